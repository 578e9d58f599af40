using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Http;

namespace Winkel.Search;

/// <summary>
/// <c>GET /api/search</c> and <c>GET /api/search/suggest</c>. Every parameter is read as text and
/// checked here, so bad input is a 400 naming the field; unknown category or brand values are not
/// errors, they simply match nothing.
/// </summary>
public static class SearchApi
{
    private const int MaxBrands = 50;
    private const int MaxValueLength = 200;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/search").WithTags("Search");
        search.MapGet("/", Search).WithName(nameof(Search));
        search.MapGet("/suggest", Suggest).WithName(nameof(Suggest));
        app.MapSearchAdminApi();
        return app;
    }

    public static async Task<Results<SearchJsonResult, ValidationProblem>> Search(
        string? q, string? category, [FromQuery(Name = "brand")] string[]? brand, string? minPrice, string? maxPrice,
        string? minRating, string? inStock, string? sort, string? page, string? pageSize,
        ISearchService search, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (q is { Length: > LuceneSearchService.MaxTextLength })
        {
            errors.Add("q", $"must be at most {LuceneSearchService.MaxTextLength} characters.");
        }
        if (category is { Length: > MaxValueLength })
        {
            errors.Add("category", $"must be at most {MaxValueLength} characters.");
        }
        var brands = brand ?? [];
        if (brands.Length > MaxBrands || brands.Any(b => b.Length > MaxValueLength))
        {
            errors.Add("brand", $"at most {MaxBrands} brands of at most {MaxValueLength} characters each.");
        }
        var min = ReadDecimal(minPrice, "minPrice", 1_000_000m, errors);
        var max = ReadDecimal(maxPrice, "maxPrice", 1_000_000m, errors);
        if (min is not null && max is not null && min > max)
        {
            errors.Add("maxPrice", "must not be less than minPrice.");
        }
        var rating = ReadDecimal(minRating, "minRating", 5m, errors);
        var stockOnly = inStock switch
        {
            null or "" or "false" or "0" => false,
            "true" or "1" => true,
            _ => Invalid(errors, "inStock", "must be true or false."),
        };
        var order = SearchSorts.Parse(sort) ?? InvalidSort(errors);
        var size = ReadInt(pageSize, "pageSize", 1, LuceneSearchService.MaxPageSize, 24, errors);
        var window = options.Value.MaxResultWindow;
        var number = ReadInt(page, "page", 1, int.MaxValue, 1, errors);
        if (errors.IsEmpty && (long)number * size > window)
        {
            errors.Add("page", $"page × pageSize must be at most {window}; narrow the search instead.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        var result = await search.SearchAsync(new SearchQuery
        {
            Text = q ?? "",
            Category = string.IsNullOrEmpty(category) ? null : category,
            Brands = brands,
            MinPrice = min,
            MaxPrice = max,
            MinRating = rating,
            InStockOnly = stockOnly,
            Sort = order,
            Page = number,
            PageSize = size,
        }, cancellationToken);
        return new SearchJsonResult(result);
    }

    public static async Task<Results<Ok<SuggestResponse>, ValidationProblem>> Suggest(
        string? q, ISearchService search, CancellationToken cancellationToken)
    {
        if (q is { Length: > LuceneSearchService.MaxTextLength })
        {
            return Problems.Validation("q", $"must be at most {LuceneSearchService.MaxTextLength} characters.");
        }
        var items = string.IsNullOrWhiteSpace(q) ? [] : await search.SuggestAsync(q, LuceneSearchService.MaxSuggestions, cancellationToken);
        return TypedResults.Ok(new SuggestResponse(items));
    }

    private static decimal? ReadDecimal(string? value, string field, decimal max, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number <= max)
        {
            return number;
        }
        errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"must be a number from 0 to {max}."));
        return null;
    }

    private static int ReadInt(string? value, string field, int min, int max, int fallback, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors.Add(field, max == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min}.")
            : string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}."));
        return fallback;
    }

    private static bool Invalid(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return false;
    }

    private static SearchSort InvalidSort(FieldErrors errors)
    {
        errors.Add("sort", "must be relevance, price, -price, rating or newest.");
        return SearchSort.Relevance;
    }
}
