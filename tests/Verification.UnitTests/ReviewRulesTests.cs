using Contracts;
using Review.Messaging;
using Review.Queue;

namespace Verification.UnitTests;

public class AcceptSamplerTests
{
    [Fact]
    public void Draws_close_to_the_configured_share_of_documents()
    {
        const int documents = 200_000;
        var sampled = Enumerable.Range(0, documents).Count(_ => AcceptSampler.IsSampled(Guid.CreateVersion7(), 0.02));
        // 2% of 200,000 is 4,000; three standard deviations (~94) either side.
        Assert.InRange(sampled, 3_700, 4_300);
    }

    [Fact]
    public void Draws_the_same_way_for_the_same_document_every_time()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => Guid.NewGuid()).ToList();
        Assert.Equal(ids.Select(id => AcceptSampler.IsSampled(id, 0.3)), ids.Select(id => AcceptSampler.IsSampled(id, 0.3)));
    }

    [Fact]
    public void Samples_nothing_at_zero_and_everything_at_one()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => Guid.NewGuid()).ToList();
        Assert.DoesNotContain(ids, id => AcceptSampler.IsSampled(id, 0));
        Assert.All(ids, id => Assert.True(AcceptSampler.IsSampled(id, 1)));
    }
}

public class ResolutionTests
{
    [Fact]
    public void A_rejection_needs_at_least_one_reason()
    {
        var errors = new Resolution(Decisions.Rejected, [], null).Validate();
        Assert.Contains("reasonCodes", errors.Keys);
    }

    [Fact]
    public void A_rejection_with_a_known_reason_and_a_comment_is_valid()
    {
        Assert.Empty(new Resolution(Decisions.Rejected, [ReasonCodes.Blurry], "glare on the photo").Validate());
        Assert.Empty(new Resolution(Decisions.Accepted, [], null).Validate());
    }

    [Theory]
    [InlineData("not_a_code")]
    [InlineData(ReasonCodes.ProcessingFailed)]
    public void Refuses_a_reason_agents_may_not_give(string code)
    {
        Assert.Contains("reasonCodes", new Resolution(Decisions.Rejected, [code], null).Validate().Keys);
    }

    [Fact]
    public void Refuses_an_unknown_decision_and_reasons_on_an_acceptance()
    {
        Assert.Contains("decision", new Resolution(Decisions.ManualReview, [], null).Validate().Keys);
        Assert.Contains("reasonCodes", new Resolution(Decisions.Accepted, [ReasonCodes.Blurry], null).Validate().Keys);
    }

    [Fact]
    public void Normalizing_drops_duplicates_and_blank_comments_and_keeps_the_agents_order()
    {
        var normalized = new Resolution(Decisions.Rejected, [" cropped_edges", "blurry", "cropped_edges", ""], "  ").Normalized();
        Assert.Equal([ReasonCodes.CroppedEdges, ReasonCodes.Blurry], normalized.ReasonCodes);
        Assert.Null(normalized.Comment);
    }

    [Fact]
    public void Every_agent_reason_is_in_the_shared_vocabulary_and_the_first_ten_have_digit_keys()
    {
        Assert.All(ReasonChoices.All, code => Assert.True(ReasonMessages.IsKnown(code), code));
        Assert.Equal(ReasonCodes.Blurry, ReasonChoices.All[0]);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"], Enumerable.Range(0, 10).Select(ReasonChoices.ShortcutFor));
        Assert.Null(ReasonChoices.ShortcutFor(10));
    }
}
