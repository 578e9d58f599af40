namespace Winkel.Search.Analysis;

/// <summary>
/// Parts of Dutch compound words common in a shop's catalog. Dutch writes compounds as one word
/// ("sinterklaascadeau", "koffiebonen", "kinderfiets"); a part found inside a longer word is indexed
/// beside it, so "cadeau" finds "Sinterklaascadeau". Extended by <c>Winkel:Search:CompoundParts</c>.
/// </summary>
internal static class CompoundParts
{
    public static readonly string[] BuiltIn =
    [
        "sinterklaas", "kerst", "cadeau", "cadeaus", "pakket", "koffie", "bonen", "thee", "zakjes", "chocolade",
        "letter", "melk", "puur", "noten", "pepernoten", "kruidnoten", "speculaas", "taart", "koek", "koekjes",
        "fiets", "kinder", "kind", "baby", "speel", "speelgoed", "goed", "tuin", "slang", "stoel", "tafel",
        "lamp", "keuken", "mes", "messen", "pan", "pannen", "wasmachine", "was", "machine", "droger", "koel", "kast",
        "vries", "stof", "zuiger", "tand", "borstel", "haar", "droger", "scheer", "apparaat", "boor", "schroef",
        "zaag", "hamer", "sport", "schoen", "schoenen", "hard", "loop", "wandel", "jas", "broek", "trui", "shirt",
        "tas", "rug", "zak", "telefoon", "hoes", "oplader", "kabel", "kop", "hoofd", "oor", "dopjes", "luid",
        "spreker", "televisie", "scherm", "toetsenbord", "muis", "spel", "spellen", "bord", "kaart", "kaarten",
        "puzzel", "boek", "boeken", "kook", "verjaardag", "water", "fles", "flessen", "glas", "glazen", "bed",
        "kussen", "deken", "dekbed", "handdoek", "zeep", "shampoo", "crème", "creme", "olie", "wijn", "bier",
    ];
}
