using Winkel.Search.Analysis;

namespace Winkel.Search.Tests.Analysis;

public sealed class CompoundSplitterTests
{
    private readonly CompoundSplitter _splitter = new(["verjaardag"]);

    [Theory]
    [InlineData("koffiebonen", new[] { "koffie", "bonen" })]
    [InlineData("koptelefoon", new[] { "kop", "telefoon" })]
    [InlineData("verjaardagstaart", new[] { "verjaardag", "taart" })] // linking s
    [InlineData("boekenkast", new[] { "boeken", "kast" })]
    public void Split_GivesTheFewestKnownPartsThatCoverTheWord(string word, string[] parts) =>
        Assert.Equal(parts, _splitter.Split(word));

    [Theory]
    [InlineData("koptelefon")] // a typo: "telefon" is no part
    [InlineData("telefoon")] // one part is no compound
    [InlineData("kopkast")] // shorter than eight letters
    [InlineData("sneakers")]
    public void Split_GivesNothing_WhenThePartsDoNotCoverTheWord(string word) =>
        Assert.Empty(_splitter.Split(word));
}
