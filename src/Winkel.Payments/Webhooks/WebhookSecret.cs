using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Winkel.Payments.Webhooks;

/// <summary>
/// The webhook secret: <c>Winkel:Payments:WebhookSecret</c> when set, else the one kept in the data
/// folder's <c>webhook-secret</c> file, generated at first start (no secret ever ships in the repository).
/// </summary>
internal sealed partial class WebhookSecret(IOptions<PaymentsOptions> options, IOptions<PaymentsDataOptions> data, ILogger<WebhookSecret> logger)
{
    public const string FileName = "webhook-secret";

    private readonly Lazy<string> _value = new(() => Resolve(options.Value, data.Value, logger));

    public string Value => _value.Value;

    private static string Resolve(PaymentsOptions options, PaymentsDataOptions data, ILogger logger)
    {
        if (!string.IsNullOrEmpty(options.WebhookSecret))
        {
            return options.WebhookSecret;
        }
        var path = Path.GetFullPath(Path.Combine(data.DataDir, FileName));
        if (File.Exists(path))
        {
            return Read(path);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // Written aside and moved into place, so that two processes starting at once agree on one secret.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var write = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            write.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, write))
        {
            writer.Write(secret);
        }
        try
        {
            File.Move(temporary, path, overwrite: false);
            LogGenerated(logger, path);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Read(path);
        }
    }

    private static string Read(string path)
    {
        var secret = File.ReadAllText(path).Trim();
        return secret.Length >= 16
            ? secret
            : throw new InvalidOperationException($"The webhook secret file {path} holds fewer than 16 characters; delete it to generate a new one, or set Winkel:Payments:WebhookSecret.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Winkel:Payments:WebhookSecret is not set: generated a webhook secret in {Path}. Set the setting when several nodes share the store")]
    private static partial void LogGenerated(ILogger logger, string path);
}

/// <summary>Resolves the secret at start, so that a missing or unreadable data folder stops the start, not the first webhook.</summary>
internal sealed class WebhookSecretCheck(WebhookSecret secret) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = secret.Value;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
