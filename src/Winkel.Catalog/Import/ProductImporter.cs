using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;
using Winkel.Core;

namespace Winkel.Catalog.Import;

/// <summary>
/// Imports JSON Lines: each line is read and validated like a create body; good lines are written in
/// batches (parsing the next batch while the store writes the previous one), bad lines are reported
/// with their line number and field errors. Used by the admin endpoint and the <c>import</c> verb.
/// </summary>
public sealed class ProductImporter(ICatalogStore store, TimeProvider time, IOptions<CatalogOptions> options)
{
    private const int BatchSize = 1_000;

    public async Task<ImportReport> ImportAsync(Stream jsonLines, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<Product>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writer = WriteBatchesAsync(batches, cancellationToken);
        var failures = new List<ImportFailure>();
        var maxReported = options.Value.ImportMaxReportedFailures;
        long lines = 0, bytes = 0, good = 0, failed = 0;
        var now = time.Now();
        var batch = new List<Product>(BatchSize);
        var reader = PipeReader.Create(jsonLines, new StreamPipeReaderOptions(bufferSize: 1 << 16, leaveOpen: true));
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                while (TryReadLine(ref buffer, out var line, read.IsCompleted))
                {
                    lines++;
                    bytes += line.Length + 1;
                    if (IsBlank(line))
                    {
                        continue;
                    }
                    var errors = new FieldErrors();
                    var product = Parse(line, errors);
                    if (product is null)
                    {
                        failed++;
                        if (failures.Count < maxReported)
                        {
                            failures.Add(new ImportFailure(lines, errors.ToDictionary()));
                        }
                        continue;
                    }
                    good++;
                    batch.Add(product with { CreatedAt = now, UpdatedAt = now });
                    if (batch.Count == BatchSize)
                    {
                        await batches.Writer.WriteAsync(batch, cancellationToken);
                        batch = new List<Product>(BatchSize);
                        progress?.Report(new ImportProgress(lines, good, failed, bytes));
                    }
                }
                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
            if (batch.Count > 0)
            {
                await batches.Writer.WriteAsync(batch, cancellationToken);
            }
            batches.Writer.Complete();
        }
        catch (Exception ex)
        {
            batches.Writer.TryComplete(ex);
            throw;
        }
        finally
        {
            await reader.CompleteAsync();
            await writer.ContinueWith(static _ => { }, TaskScheduler.Default);
        }
        await writer;
        progress?.Report(new ImportProgress(lines, good, failed, bytes));
        return new ImportReport((int)good, failures, (int)failed);
    }

    private async Task WriteBatchesAsync(Channel<List<Product>> batches, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await store.UpsertManyAsync(batch, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // Unblocks the parser waiting to hand over the next batch.
            batches.Writer.TryComplete(ex);
            throw;
        }
    }

    private static Product? Parse(ReadOnlySequence<byte> line, FieldErrors errors)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                errors.Add("line", "must hold exactly one JSON object.");
                return null;
            }
            return ProductReader.ReadProduct(document.RootElement, errors);
        }
        catch (JsonException ex)
        {
            errors.Add("line", $"is not valid JSON (at byte {ex.BytePositionInLine + 1}).");
            return null;
        }
    }

    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line, bool isCompleted)
    {
        var newline = buffer.PositionOf((byte)'\n');
        if (newline is { } end)
        {
            line = buffer.Slice(0, end);
            buffer = buffer.Slice(buffer.GetPosition(1, end));
            return true;
        }
        if (isCompleted && !buffer.IsEmpty)
        {
            line = buffer;
            buffer = buffer.Slice(buffer.End);
            return true;
        }
        line = default;
        return false;
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
