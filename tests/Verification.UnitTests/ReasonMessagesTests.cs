using System.Reflection;
using Contracts;

namespace Verification.UnitTests;

public class ReasonMessagesTests
{
    private static IEnumerable<string> Vocabulary() =>
        typeof(ReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!);

    public static TheoryData<string> AllCodes() => new(Vocabulary());

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_reason_code_has_a_french_and_an_english_sentence(string code)
    {
        Assert.True(ReasonMessages.IsKnown(code), $"{code} has no student sentence");
        var message = ReasonMessages.For(code);
        Assert.False(string.IsNullOrWhiteSpace(message.MessageFr));
        Assert.False(string.IsNullOrWhiteSpace(message.MessageEn));
        Assert.NotEqual(message.MessageFr, message.MessageEn);
        Assert.EndsWith(".", message.MessageFr.TrimEnd());
        Assert.EndsWith(".", message.MessageEn.TrimEnd());
    }

    [Fact]
    public void The_catalog_holds_no_code_outside_the_vocabulary()
    {
        var vocabulary = Vocabulary().ToHashSet();
        Assert.All(ReasonMessages.All, message => Assert.Contains(message.Code, vocabulary));
        Assert.Equal(vocabulary.Count, ReasonMessages.All.Count);
    }

    [Fact]
    public void An_unknown_code_still_gets_a_sentence_in_both_languages()
    {
        var message = ReasonMessages.For("something_new");
        Assert.Contains("agent", message.MessageFr);
        Assert.Contains("agent", message.MessageEn);
    }
}
