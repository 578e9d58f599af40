namespace Winkel.Catalog.Import;

/// <summary>A line of an import that did not land, numbered from 1, with its errors per field.</summary>
public sealed record ImportFailure(long Line, IDictionary<string, string[]> Errors);

/// <summary>
/// What an import did: how many products landed and which lines failed. Only the first failures are
/// listed (<see cref="CatalogOptions.ImportMaxReportedFailures"/>); <see cref="FailedCount"/> counts all.
/// </summary>
public sealed record ImportReport(int Imported, IReadOnlyList<ImportFailure> Failed, int FailedCount);

/// <summary>Progress of a running import: lines read and bytes consumed so far.</summary>
public readonly record struct ImportProgress(long Lines, long Imported, long Failed, long Bytes);
