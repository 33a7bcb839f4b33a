using System.Data.Common;
using AfterSalesBot.Storage.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>Ready means: the database answers and every migration of this build is applied.</summary>
internal sealed class DatabaseReadinessCheck(MigrationRunner runner) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var status = await runner.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, object>
            {
                ["applied"] = status.Applied.Count,
                ["pending"] = status.Pending,
            };
            return status.UpToDate
                ? HealthCheckResult.Healthy($"{status.Applied.Count} migration(s) applied", data)
                : HealthCheckResult.Unhealthy($"pending migrations: {string.Join(", ", status.Pending)}", data: data);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or MigrationChecksumMismatchException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"database unreachable or inconsistent: {ex.Message}");
        }
    }
}
