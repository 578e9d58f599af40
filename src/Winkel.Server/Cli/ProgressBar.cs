using System.Globalization;

namespace Winkel.Server.Cli;

/// <summary>A one-line progress bar on a terminal; on redirected output, a line every 10%.</summary>
internal sealed class ProgressBar(TextWriter output, long total, string unit) : IDisposable
{
    private const int Width = 30;
    private readonly bool _interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private readonly long _started = TimeProvider.System.GetTimestamp();
    private long _lastDraw;
    private int _lastDecile = -1;

    public void Update(long done)
    {
        var fraction = total <= 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        if (_interactive)
        {
            var now = TimeProvider.System.GetTimestamp();
            if (TimeProvider.System.GetElapsedTime(_lastDraw, now).TotalMilliseconds < 100 && fraction < 1)
            {
                return;
            }
            _lastDraw = now;
            var filled = (int)(fraction * Width);
            var seconds = TimeProvider.System.GetElapsedTime(_started).TotalSeconds;
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {fraction,6:P1}  {done:N0} {unit}  {seconds:F1} s   "));
            return;
        }
        var decile = (int)(fraction * 10);
        if (decile > _lastDecile)
        {
            _lastDecile = decile;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fraction:P0} ({done:N0} {unit})"));
        }
    }

    public void Complete(long done) => Update(Math.Max(done, total));

    public void Dispose()
    {
        if (_interactive)
        {
            output.WriteLine();
        }
    }
}
