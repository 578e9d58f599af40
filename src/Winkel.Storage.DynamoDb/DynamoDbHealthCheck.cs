using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Winkel.Storage.DynamoDb;

/// <summary>Ready when the Products table answers a key lookup (a missing item is fine; an unreachable store or a missing table is not).</summary>
internal sealed class DynamoDbHealthCheck(DynamoDb dynamo) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await dynamo.Client.GetItemAsync(new GetItemRequest
            {
                TableName = dynamo.Products,
                Key = Attr.Key("productId", "health-check"),
                ProjectionExpression = "productId",
            }, timeout.Token);
            return HealthCheckResult.Healthy("DynamoDB answers.");
        }
        catch (ResourceNotFoundException ex)
        {
            return HealthCheckResult.Unhealthy($"DynamoDB table {dynamo.Products} is missing: run 'Winkel.Server tables create'.", ex);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("DynamoDB is not reachable.", ex);
        }
    }
}
