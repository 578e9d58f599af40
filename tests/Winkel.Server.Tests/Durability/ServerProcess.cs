using System.Collections.Concurrent;
using System.Diagnostics;

namespace Winkel.Server.Tests.Durability;

/// <summary>
/// The built store as a real operating-system process on a loopback port, so that a test can kill it
/// the hard way (SIGKILL) and start it again on the same data folder.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the store wrote to standard output so far, line by line (JSON log lines, as output is redirected).</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public static async Task<ServerProcess> StartAsync(string dataDir, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{UnusedPort.Pick()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { ServerDll(), "--urls", address.ToString(), $"--Winkel:DataDir={dataDir}", "--Winkel:Catalog:Demo=false",
            "--Winkel:RateLimit:Enabled=false" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } data)
            {
                server.Output.Enqueue(data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as when a node dies.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The store exited with code {_process.ExitCode} while starting.");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The store did not become ready in 30 s.");
    }

    /// <summary>The server's own build output (artifacts/bin/Winkel.Server/&lt;configuration&gt;), built with the tests.</summary>
    private static string ServerDll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(testDir.Parent!.Parent!.FullName, "Winkel.Server", testDir.Name, "Winkel.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the store's binary is missing.", dll);
    }
}
