using static Winkel.Search.Tests.TestIndex;

namespace Winkel.Search.Tests.Analysis;

public sealed class LanguageTests : IDisposable
{
    private readonly TestIndex _index = new TestIndex().Add(
        Product("fiets", "Gazelle Kinderfiets 20 inch", brand: "Gazelle"),
        Product("laptop", "Lenovo IdeaPad Slim 5 Laptop 14 inch", brand: "Lenovo"),
        Product("cadeau", "Sinterklaascadeau voor de kinderen", brand: "Bol"),
        Product("creme", "Nivea Crème 150 ml", brand: "Nivea", category: "beauty-health"),
        Product("tv", "Samsung 55 inch 4K TV", brand: "Samsung", category: "electronics"),
        Product("koptelefoon", "Sony draadloze koptelefoon WH-1000XM5", brand: "Sony", category: "electronics"),
        Product("headphones", "Sennheiser Momentum 4 Wireless Headphones", brand: "Sennheiser", category: "electronics"),
        Product("schoenen", "Nike hardloopschoenen Pegasus", brand: "Nike", category: "fashion"),
        Product("running", "Adidas running shoes Ultraboost", brand: "Adidas", category: "fashion"),
        Product("cafe", "Côte d'Or Noir de Noir", brand: "Côte d'Or", category: "food-drinks"));

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("fietsen", "fiets")] // Dutch plural finds the singular
    [InlineData("kinderfietsen", "fiets")]
    [InlineData("laptops", "laptop")] // English plural
    [InlineData("wireless headphone", "headphones")]
    [InlineData("run", "running")] // English stem
    [InlineData("schoen", "schoenen")] // Dutch stem inside a compound part
    [InlineData("hardloopschoenen", "schoenen")]
    public void Stemming_FindsOtherFormsOfAWord_InDutchAndEnglish(string query, string expected) =>
        Assert.Contains(expected, _index.Ids(query));

    [Theory]
    [InlineData("cadeau", "cadeau")] // a part finds the compound
    [InlineData("sinterklaas", "cadeau")]
    [InlineData("kinderfiets", "fiets")]
    public void Compounds_AreFoundByTheirParts(string query, string expected) =>
        Assert.Contains(expected, _index.Ids(query));

    [Theory]
    [InlineData("creme", "creme")] // accents folded both ways
    [InlineData("crème", "creme")]
    [InlineData("cote d'or", "cafe")]
    [InlineData("COTE", "cafe")]
    public void Accents_AndCase_DoNotMatter(string query, string expected) =>
        Assert.Contains(expected, _index.Ids(query));

    [Theory]
    [InlineData("notebook", "laptop")]
    [InlineData("televisie", "tv")]
    [InlineData("television", "tv")]
    [InlineData("bike", "fiets")]
    public void Synonyms_FindTheOtherWordsOfTheirGroup(string query, string expected) =>
        Assert.Contains(expected, _index.Ids(query));

    [Fact]
    public void Synonyms_AreConfigurable()
    {
        using var index = new TestIndex(["sneakers, schoenen"]).Add(Product("s", "Nike schoenen", brand: "Nike"));
        Assert.Equal(["s"], index.Ids("sneakers"));
        Assert.Empty(index.Ids("notebook")); // the default groups are replaced
    }

    [Theory]
    [InlineData("koptelefon", "koptelefoon")] // one letter missing
    [InlineData("koptelefoom", "koptelefoon")]
    [InlineData("headhpones", "headphones")] // letters swapped
    [InlineData("sennhaiser", "headphones")]
    [InlineData("samsnug", "tv")]
    public void Typos_InWordsOfFiveLettersOrMore_StillFind(string query, string expected) =>
        Assert.Contains(expected, _index.Ids(query));

    [Theory]
    [InlineData("sany")] // four letters: no fuzzy matching, "sony" is not found
    [InlineData("xennheiser")] // the first letters must be exact
    public void Typos_AreNotForgiven_InShortWordsOrFirstLetters(string query) =>
        Assert.Empty(_index.Ids(query));

    [Fact]
    public void KnownWords_AreNotTakenForTypos()
    {
        using var index = new TestIndex().Add(
            Product("sneakers", "Veja V-10 Sneakers", brand: "Veja"),
            Product("speakers", "JBL Bluetooth Speakers", brand: "JBL"));
        Assert.Equal(["sneakers"], index.Ids("sneakers"));
        Assert.Equal(["sneakers"], index.Ids("sneekers")); // an unknown word still finds its near spelling
    }

    [Fact]
    public void ACompoundQueryWord_DoesNotMatchEachOfItsPartsAlone()
    {
        using var index = new TestIndex().Add(
            Product("headset", "Sony koptelefoon WH-1000XM5", brand: "Sony"),
            Product("phone", "Fairphone 5 telefoon", brand: "Fairphone"),
            Product("mug", "Koffie kop met schotel", brand: "Bodum"),
            Product("boilerplate", "Regenjas", description: "Regenjas kopen? Bestel hem vandaag."));
        Assert.Equal(["headset"], index.Ids("koptelefoon"));
        Assert.Equal(["headset"], index.Ids("headphones")); // its synonym koptelefoon, not "kop" or "telefoon"
        // "kop" finds the word and the compound that holds it, not the stem of "kopen" in a description.
        Assert.Equal(["headset", "mug"], index.Ids("kop").Order());
    }

    [Fact]
    public void ACompoundTheCatalogWritesApart_IsFoundByAllItsParts()
    {
        using var index = new TestIndex().Add(
            Product("beans", "Lavazza koffie bonen 1 kg", brand: "Lavazza"),
            Product("coffee", "Lavazza koffie gemalen", brand: "Lavazza"),
            Product("cake", "Verjaardag taart bakvorm", brand: "Patisse"));
        Assert.Equal(["beans"], index.Ids("koffiebonen"));
        Assert.Equal(["cake"], index.Ids("verjaardagstaart")); // over the linking s
    }

    [Fact]
    public void EveryWord_MustMatch()
    {
        Assert.Equal(["headphones"], _index.Ids("sennheiser wireless"));
        Assert.Empty(_index.Ids("sennheiser laptop"));
    }

    [Fact]
    public void TheNameWeighsMost_InRelevance()
    {
        using var index = new TestIndex().Add(
            Product("in-description", "Bureaulamp", description: "Handig naast je laptop"),
            Product("in-name", "Laptop standaard"));
        Assert.Equal(["in-name", "in-description"], index.Ids("laptop"));
    }

    [Fact]
    public void TheLastWord_MatchesAsAPrefix_WhileTyping() => Assert.Contains("koptelefoon", _index.Ids("sony kopte"));

    [Fact]
    public void Suggest_CompletesTheLastWord_FromNamesAndBrands()
    {
        Assert.Contains("koptelefoon", _index.Suggest("kopt"));
        Assert.Contains("sony koptelefoon", _index.Suggest("sony kop"));
        Assert.Contains("samsung", _index.Suggest("SAM"));
        Assert.Empty(_index.Suggest("s"));
    }
}
