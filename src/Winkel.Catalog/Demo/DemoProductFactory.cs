using System.Text;
using Winkel.Catalog.Products;

namespace Winkel.Catalog.Demo;

/// <summary>
/// Builds demo products one at a time. Not thread-safe: it reuses one string builder and one draw, so
/// each enumeration of the catalog gets its own factory.
/// </summary>
internal sealed class DemoProductFactory(int seed, long timestamp)
{
    private static readonly string[] Warehouses = ["AMS-1", "AMS-1", "AMS-1", "RTM-2", "RTM-2", "EIN-1", "EIN-1", "UTR-3", "UTR-3", "UTR-3"];
    private static readonly string[] ImageSuffixes = ["/1.jpg", "/2.jpg", "/3.jpg", "/4.jpg"];
    private static readonly int[] CentEndings = [99, 99, 99, 95, 49, 0];
    private static readonly string[] Closings =
    [
        "Ordered before 23:59 on a working day, delivered tomorrow.",
        "Free delivery in the Netherlands and Belgium on orders over €20.",
        "Not happy with it? Return it free of charge within 30 days.",
    ];

    private static readonly string[] SeoPromises = [" Voor 23:59 besteld, morgen in huis.", " Gratis retourneren binnen 30 dagen."];

    private readonly StringBuilder _text = new(1024);
    private readonly DemoDraw _draw = new();

    public Product Create(int number)
    {
        var random = DemoRandom.ForProduct(seed, number);
        var brands = random.Pick(DemoTaxonomy.Lines);
        var line = random.Pick(random.Pick(brands));
        Draw(line, ref random);

        var productId = DemoNumbers.ProductId(number);
        var name = Render(line.NameTemplate, line).Trim();
        var price = Price(line, ref random);
        var stock = random.Chance(8) ? 0 : 1 + (int)(250UL * Square(ref random) >> 32);
        return new Product
        {
            ProductId = productId,
            Category = line.Category,
            Subcategory = line.Subcategory,
            Brand = line.Brand,
            Name = name,
            Description = Description(line, ref random),
            Price = price,
            Stock = stock,
            Warehouse = random.Pick(Warehouses),
            Attributes = Attributes(line),
            Images = Images(productId, random.Between(2, 4)),
            Rating = Rating(ref random),
            ReviewCount = (int)(5000UL * Cube(ref random) >> 32) + 1,
            Tags = Tags(line, ref random),
            Seo = new ProductSeo { Title = SeoTitle(name, line), Description = SeoDescription(line, price), Keywords = line.Keywords },
            VatRate = line.VatRate,
            CreatedAt = timestamp,
            UpdatedAt = timestamp,
        };
    }

    private void Draw(DemoLine line, ref DemoRandom random)
    {
        for (var i = 0; i < line.Values.Length; i++)
        {
            var choice = random.Next(line.Values[i].Length);
            _draw.Choices[i] = choice;
            var value = line.Values[i][choice];
            _draw.Values[i] = line.IsPattern[i] ? DemoNumbers.Expand(value, ref random) : value;
        }
        _draw.Code = line.Code.Length == 0 ? "" : DemoNumbers.Expand(line.Code, ref random);
    }

    private string Render(DemoTemplate template, DemoLine line)
    {
        _text.Clear();
        template.AppendTo(_text, line, _draw);
        return _text.ToString();
    }

    private string Description(DemoLine line, ref DemoRandom random)
    {
        _text.Clear();
        random.Pick(line.Intros).AppendTo(_text, line, _draw);
        var sentences = line.Sentences;
        var first = random.Next(sentences.Length);
        _text.Append(' ');
        sentences[first].AppendTo(_text, line, _draw);
        if (sentences.Length > 1 && random.Chance(70))
        {
            _text.Append(' ');
            sentences[(first + 1 + random.Next(sentences.Length - 1)) % sentences.Length].AppendTo(_text, line, _draw);
        }
        if (random.Chance(50))
        {
            _text.Append(' ').Append(random.Pick(Closings));
        }
        return _text.ToString();
    }

    private Dictionary<string, string> Attributes(DemoLine line)
    {
        var attributes = new Dictionary<string, string>(line.AttributeNames.Length, StringComparer.Ordinal);
        for (var i = 0; i < line.AttributeNames.Length; i++)
        {
            attributes[line.AttributeNames[i]] = _draw.Values[i];
        }
        return attributes;
    }

    /// <summary>Skewed towards the cheap end of the range, then rounded to the endings shops use (€349,00, €24,99, €4,95).</summary>
    private static decimal Price(DemoLine line, ref DemoRandom random)
    {
        var cents = line.MinCents + (long)((ulong)(line.MaxCents - line.MinCents) * Square(ref random) >> 32);
        var euros = cents / 100;
        var ending = random.Pick(CentEndings);
        if (euros < 100 && ending == 0)
        {
            ending = 95;
        }
        euros = euros switch
        {
            < 10 => euros,
            < 100 => euros - (euros % 5) + 4,
            < 1000 => euros - (euros % 10) + 9,
            _ => euros - (euros % 50) + 49,
        };
        if (euros >= 100 && ending == 49)
        {
            ending = 0;
        }
        return new decimal((int)(euros * 100 + ending), 0, 0, false, 2);
    }

    /// <summary>Most products score 3.8 to 4.7; one in seven lands anywhere from 1.0 to 5.0.</summary>
    private static decimal Rating(ref DemoRandom random)
    {
        var tenths = random.Chance(15)
            ? random.Between(10, 50)
            : 38 + random.Next(4) + random.Next(4) + random.Next(4);
        return new decimal(tenths, 0, 0, false, 1);
    }

    private static string[] Images(string productId, int count)
    {
        var images = new string[count];
        for (var i = 0; i < count; i++)
        {
            images[i] = string.Concat("/media/products/", productId, ImageSuffixes[i]);
        }
        return images;
    }

    private static string[] Tags(DemoLine line, ref DemoRandom random)
    {
        var pool = line.TagPool;
        var extra = Math.Min(random.Next(4), pool.Length);
        var tags = new string[line.FixedTags.Length + extra];
        line.FixedTags.CopyTo(tags, 0);
        var start = random.Next(Math.Max(pool.Length, 1));
        for (var i = 0; i < extra; i++)
        {
            tags[line.FixedTags.Length + i] = pool[(start + i) % pool.Length];
        }
        return tags;
    }

    private static string SeoTitle(string name, DemoLine line)
    {
        const string Suffix = " kopen? | Winkel";
        const int Max = 70;
        if (name.Length + Suffix.Length <= Max)
        {
            return name + Suffix;
        }
        var shortName = line.ShortName.Length + Suffix.Length <= Max ? line.ShortName : DemoNumbers.Truncate(line.ShortName, Max - Suffix.Length);
        return shortName + Suffix;
    }

    private string SeoDescription(DemoLine line, decimal price)
    {
        _text.Clear();
        _text.Append(line.ShortName).Append(" bestellen? Nu voor ");
        DemoNumbers.AppendEuros(_text, price);
        _text.Append(" bij Winkel.");
        foreach (var sentence in SeoPromises)
        {
            if (_text.Length + sentence.Length <= 160)
            {
                _text.Append(sentence);
            }
        }
        return _text.Length <= 160 ? _text.ToString() : DemoNumbers.Truncate(_text.ToString(), 160);
    }

    private static ulong Square(ref DemoRandom random)
    {
        var u = random.NextUInt64() >> 48;
        return u * u;
    }

    private static ulong Cube(ref DemoRandom random)
    {
        var u = random.NextUInt64() >> 48;
        return u * u * u >> 16;
    }
}
