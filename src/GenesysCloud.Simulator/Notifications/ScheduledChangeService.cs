using GenesysCloud.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// Every <c>Simulator:Notifications:EventIntervalMilliseconds</c> (off at 0), one random change in each configured
/// organization whose data set is in use, so a demo or a benchmark sees a live stream of events.
/// </summary>
internal sealed class ScheduledChangeService(
    SimulatorNotifications notifications,
    SimulatorDataStore data,
    IOptions<SimulatorOptions> options,
    TimeProvider time,
    ILogger<ScheduledChangeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Notifications.EventIntervalMilliseconds;
        if (interval <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(interval), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var organizationId in data.OrganizationIds)
                {
                    if (!data.IsBuilt(organizationId))
                    {
                        continue;
                    }

                    try
                    {
                        notifications.PublishRandomChange(organizationId);
                    }
                    catch (NotificationChangeException exception)
                    {
                        SimulatorLog.ScheduledChangeFailed(logger, exception);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
