using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Checks;
using Verification.Worker.Policy;

namespace Verification.UnitTests;

public class DecisionPolicyTests
{
    private static DecisionPolicy Policy(params string[] autoAccept) =>
        new(Options.Create(new DecisionPolicyOptions { AutoAcceptTypes = autoAccept }));

    [Fact]
    public void A_single_reject_rejects_even_when_another_check_is_unsure()
    {
        var result = Policy().Decide(DocumentTypes.IdentityDocument,
        [
            Finding.Review("a", ReasonCodes.ProcessingFailed),
            Finding.Reject("b", ReasonCodes.Blurry, "12", ">= 40"),
        ]);
        Assert.Equal(Decisions.Rejected, result.Decision);
        Assert.Equal([ReasonCodes.Blurry], result.ReasonCodes);
        Assert.Equal(DecisionPolicy.RuleRejectedByFinding, result.Rule);
    }

    [Fact]
    public void Doubt_without_reject_goes_to_an_agent_with_the_reasons()
    {
        var result = Policy().Decide(DocumentTypes.StudentVisa, [Finding.Pass("a"), Finding.Review("b", ReasonCodes.MrzNotFound)]);
        Assert.Equal(Decisions.ManualReview, result.Decision);
        Assert.Equal([ReasonCodes.MrzNotFound], result.ReasonCodes);
    }

    [Fact]
    public void A_clean_file_of_a_type_the_machine_may_not_accept_goes_to_an_agent()
    {
        var result = Policy().Decide(DocumentTypes.BankDetails, [Finding.Pass("a"), Finding.NotApplicable("b", "not a PDF")]);
        Assert.Equal(Decisions.ManualReview, result.Decision);
        Assert.Empty(result.ReasonCodes);
        Assert.Equal(DecisionPolicy.RuleNoAutomaticAcceptance, result.Rule);
    }

    [Fact]
    public void A_clean_file_of_an_auto_accepted_type_is_accepted()
    {
        var result = Policy(DocumentTypes.BankDetails).Decide(DocumentTypes.BankDetails, [Finding.Pass("a")]);
        Assert.Equal(Decisions.Accepted, result.Decision);
        Assert.Equal(DecisionPolicy.RuleAllPassed, result.Rule);
    }

    [Fact]
    public void Repeated_reasons_are_reported_once()
    {
        var result = Policy().Decide(DocumentTypes.BankDetails,
            [Finding.Reject("a", ReasonCodes.Blurry), Finding.Reject("b", ReasonCodes.Blurry)]);
        Assert.Single(result.ReasonCodes);
    }
}
