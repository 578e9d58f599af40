using System.Text.Json;
using Winkel.Catalog.Demo;

namespace Winkel.Catalog.Tests.Demo;

public class ProductJsonLinesTests
{
    private const long Timestamp = 1_767_225_600;

    [Fact]
    public void Write_LeavesOutServerOwnedFields_AndWritesVatRateAsAWord()
    {
        var book = DemoCatalog.Generate(2_000, Timestamp).First(p => p.Category == "books");

        using var document = JsonDocument.Parse(DemoCatalogTests.ToJson(book));
        var root = document.RootElement;

        Assert.False(root.TryGetProperty("inStock", out _));
        Assert.False(root.TryGetProperty("createdAt", out _));
        Assert.False(root.TryGetProperty("updatedAt", out _));
        Assert.Equal("reduced", root.GetProperty("vatRate").GetString());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("price").ValueKind);
        Assert.Equal(book.Price, root.GetProperty("price").GetDecimal());
        Assert.Equal(book.Rating, root.GetProperty("rating").GetDecimal());
    }

    [Fact]
    public async Task WriteFileAsync_WritesOneLinePerProduct_AndReportsProgress()
    {
        var path = Path.Combine(Path.GetTempPath(), $"winkel-demo-{Guid.NewGuid():N}.jsonl");
        var progress = new RecordingProgress();
        try
        {
            var written = await ProductJsonLines.WriteFileAsync(
                path, DemoCatalog.Generate(25_000, Timestamp), progress, TestContext.Current.CancellationToken);

            var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(25_000, written);
            Assert.Equal(25_000, lines.Length);
            Assert.Equal([10_000L, 20_000L, 25_000L], progress.Reports);
            Assert.EndsWith("\n", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(DemoCatalogTests.ToJson(DemoCatalog.Create(25_000, Timestamp)),
                JsonSerializer.Serialize(JsonDocument.Parse(lines[^1]).RootElement));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WriteFileAsync_Stops_WhenCancelled()
    {
        var path = Path.Combine(Path.GetTempPath(), $"winkel-demo-{Guid.NewGuid():N}.jsonl");
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                ProductJsonLines.WriteFileAsync(path, DemoCatalog.Generate(50_000, Timestamp), null, new CancellationToken(canceled: true)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class RecordingProgress : IProgress<long>
    {
        public List<long> Reports { get; } = [];

        public void Report(long value) => Reports.Add(value);
    }
}
