using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Winkel.Core.Http;

namespace Winkel.Storage.DynamoDb;

/// <summary>
/// A request that failed because DynamoDB could not be reached, kept throttling past the SDK's retries,
/// or lacks a table answers 503 problem+json with <c>Retry-After</c> — never a 500. Each write is one
/// item or one transaction, so a failed request has written nothing or everything.
/// </summary>
internal sealed partial class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> logger) : Microsoft.AspNetCore.Diagnostics.IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception) || context.Response.HasStarted)
        {
            return false;
        }
        LogUnavailable(logger, exception, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The store is unavailable.",
                Detail = "The data store did not answer; nothing was changed. Try again shortly.",
                Type = Problems.Type("store-unavailable"),
            },
        });
    }

    internal static bool IsUnavailable(Exception exception) => exception switch
    {
        ResourceNotFoundException => true,
        ProvisionedThroughputExceededException or RequestLimitExceededException or InternalServerErrorException => true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || service.ErrorType == ErrorType.Unknown,
        AmazonClientException or HttpRequestException or TimeoutException => true,
        TaskCanceledException canceled => canceled.InnerException is TimeoutException,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "DynamoDB unavailable while serving {Path}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string path);
}
