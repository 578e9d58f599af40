using Winkel.Core;

namespace Winkel.Catalog.Demo;

/// <summary>Publishers as brands; titles and authors are invented, so no real writer is misquoted.</summary>
internal static class DemoBooks
{
    private const string Isbn = "ISBN=978-90-###-####-#";

    public static DemoCategory Category => new()
    {
        Slug = "books",
        VatRate = VatRate.Reduced,
        Intros =
        [
            "{line} is the new book by {Author}, published by {brand}.",
            "In {line}, {Author} tells a story you will not forget.",
            "Published by {brand}: {line} by {Author}.",
        ],
        Subcategories = [Fiction, Thrillers, ChildrensBooks],
    };

    private static DemoSubcategory Fiction => new()
    {
        Slug = "fiction",
        Noun = "Novel",
        MinPrice = 12.99m,
        MaxPrice = 29.99m,
        NameTemplates = ["{line} - {Author} ({Format})"],
        Attributes =
        [
            "Author=Marit Hoekstra;Jeroen van der Velde;Sanne Bakker;Pieter-Jan Meijer;Lotte Visser;Daan Mulder;Femke de Groot;Thijs Kuipers",
            "Format=Paperback;Paperback;Hardcover",
            "Language=Dutch;Dutch;Dutch;English",
            "Pages=224;288;352;416;512",
            "Genre=literary fiction;historical novel;family saga;romance",
            Isbn,
        ],
        Brands =
        [
            new("De Bezige Bij", "", ["Het Stille Water", "Zout op de Huid", "Noorderlicht", "Wat de Rivier Weet"]),
            new("Querido", "", ["De Laatste Zomer in Zeeland", "Een Huis aan de Gracht", "De Tuin van Mijn Vader"]),
            new("Singel", "", ["Winterkoninkje", "Het Jaar van de Storm", "Brieven uit Batavia"]),
            new("Atlas Contact", "", ["Lage Landen", "De Veerman", "Alles wat Bleef"]),
            new("Penguin", "", ["The Lighthouse Keeper's Daughter", "A Summer in Amsterdam", "The Tulip Merchant"], "Language=English"),
        ],
        Sentences =
        [
            "{Author} writes with warmth and precision about family, love and loss.",
            "A {Genre} that readers and critics alike could not put down.",
            "This {Format:lc} edition has {Pages} pages.",
            "Perfect for the summer holidays or a rainy Sunday on the sofa.",
        ],
        Tags = ["book", "fiction", "roman", "reading", "boekenweek"],
    };

    private static DemoSubcategory Thrillers => new()
    {
        Slug = "thrillers",
        Noun = "Thriller",
        MinPrice = 9.99m,
        MaxPrice = 24.99m,
        NameTemplates = ["{line} - {Author} ({Format})"],
        Attributes =
        [
            "Author=Mark Jansen;Ilse de Boer;Ruben Smit;Karin Hendriks;Joost van Dijk;Noor Willems",
            "Format=Paperback;Paperback;Hardcover",
            "Language=Dutch;Dutch;English",
            "Pages=256;320;384;448",
            "Series=standalone;book 1 in a series;book 3 in a series",
            Isbn,
        ],
        Brands =
        [
            new("Luitingh-Sijthoff", "", ["Nachtdienst", "De Verdwijning", "Koud Spoor"]),
            new("A.W. Bruna", "", ["Het Zevende Slachtoffer", "Stille Getuige", "Dood Water"]),
            new("Ambo|Anthos", "", ["De Schaduwman", "Vals Alarm", "Laagwater"]),
            new("The House of Books", "", ["Niemand Ziet Je", "Het Laatste Bericht"]),
        ],
        Sentences =
        [
            "A gripping thriller by {Author} that keeps you guessing until the very last page.",
            "Set in a rain-soaked Rotterdam, where nothing is what it seems.",
            "{Pages} pages of suspense in a {Format:lc} edition; this is {Series}.",
        ],
        Tags = ["book", "thriller", "spanning", "crime", "reading"],
    };

    private static DemoSubcategory ChildrensBooks => new()
    {
        Slug = "childrens-books",
        Noun = "Children's Book",
        MinPrice = 7.99m,
        MaxPrice = 24.99m,
        NameTemplates = ["{line} - {Author} ({Format})"],
        Attributes =
        [
            "Author=Mies Kramer;Bas Vermeer;Lieke Dekker;Tom Brouwer;Yara El Idrissi",
            "Illustrator=Jip Verhoeven;Anouk Smits;Milan de Wit",
            "Age=2+;4+;6+;8+;10+",
            "Format=Hardcover;Paperback;Board book",
            "Pages=24;32;48;96;160",
            "Language=Dutch",
            Isbn,
        ],
        Brands =
        [
            new("Gottmer", "", ["Eendje Plons", "De Draak die Niet Kon Vliegen", "Beer gaat Logeren"]),
            new("Lemniscaat", "", ["Juf Ster en de Pepernoten", "Het Geheim van de Molen"]),
            new("Querido", "", ["Pip en de Piratenschat", "Het Grote Voorleesboek"]),
            new("Clavis", "", ["Muis zoekt een Huis", "Slaap Lekker, Kleine Vos"], "Age=2+;3+", "Format=Board book;Hardcover"),
        ],
        Sentences =
        [
            "A delightful book for children aged {Age}, written by {Author} and illustrated by {Illustrator}.",
            "Perfect for reading aloud at bedtime.",
            "This {Format:lc} has {Pages} pages full of colourful pictures.",
            "A lovely surprise in a Sinterklaas shoe or as a birthday gift.",
        ],
        Tags = ["book", "children", "voorlezen", "kinderboek", "sinterklaas"],
    };
}
