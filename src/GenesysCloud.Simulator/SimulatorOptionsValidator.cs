using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator;

/// <summary>Rejects a configuration the simulator cannot serve, at start rather than at the first request.</summary>
public sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        void AtLeast(int value, int minimum, string key)
        {
            if (value < minimum)
            {
                failures.Add($"Simulator:{key} must be at least {minimum} (was {value}).");
            }
        }

        AtLeast(options.ExternalContactCount, 1, nameof(options.ExternalContactCount));
        AtLeast(options.SessionCount, 1, nameof(options.SessionCount));
        AtLeast(options.ConversationCount, 1, nameof(options.ConversationCount));
        AtLeast(options.UserCount, 1, nameof(options.UserCount));
        AtLeast(options.QueueCount, 1, nameof(options.QueueCount));
        AtLeast(options.SegmentCount, 1, nameof(options.SegmentCount));
        AtLeast(options.LatencyMilliseconds, 0, nameof(options.LatencyMilliseconds));
        AtLeast(options.LatencyJitterMilliseconds, 0, nameof(options.LatencyJitterMilliseconds));
        AtLeast(options.RateLimitPerMinute, 0, nameof(options.RateLimitPerMinute));
        AtLeast(options.TokenLifetimeSeconds, 1, nameof(options.TokenLifetimeSeconds));
        AtLeast(options.BulkContactsMaxIds, 1, nameof(options.BulkContactsMaxIds));
        AtLeast(options.ListMaxIds, 1, nameof(options.ListMaxIds));

        var notifications = options.Notifications;
        if (notifications is null)
        {
            failures.Add("Simulator:Notifications is required.");
        }
        else
        {
            var prefix = SimulatorNotificationsOptions.SectionName + ":";
            AtLeast(notifications.ChannelLifetimeSeconds, 1, prefix + nameof(notifications.ChannelLifetimeSeconds));
            AtLeast(notifications.HeartbeatIntervalSeconds, 1, prefix + nameof(notifications.HeartbeatIntervalSeconds));
            AtLeast(notifications.MaxChannelsPerClient, 1, prefix + nameof(notifications.MaxChannelsPerClient));
            AtLeast(notifications.MaxTopicsPerChannel, 1, prefix + nameof(notifications.MaxTopicsPerChannel));
            AtLeast(notifications.EventIntervalMilliseconds, 0, prefix + nameof(notifications.EventIntervalMilliseconds));
            AtLeast(notifications.SendQueueCapacity, 1, prefix + nameof(notifications.SendQueueCapacity));
        }

        if (options.ErrorRate is < 0 or > 1 || double.IsNaN(options.ErrorRate))
        {
            failures.Add($"Simulator:ErrorRate must be between 0 and 1 (was {options.ErrorRate}).");
        }

        var clientIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Clients.Count; i++)
        {
            var client = options.Clients[i];
            var key = $"Simulator:Clients:{i}";
            if (string.IsNullOrWhiteSpace(client.ClientId))
            {
                failures.Add($"{key}:ClientId is required.");
            }
            else if (!clientIds.Add(client.ClientId))
            {
                failures.Add($"{key}:ClientId '{client.ClientId}' is configured twice.");
            }

            if (string.IsNullOrEmpty(client.ClientSecret))
            {
                failures.Add($"{key}:ClientSecret is required.");
            }

            if (!Guid.TryParse(client.OrganizationId, out _))
            {
                failures.Add($"{key}:OrganizationId must be a GUID (was '{client.OrganizationId}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
