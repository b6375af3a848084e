using Microsoft.Extensions.Options;

namespace Gateway.Notifications;

/// <summary>Fails start-up on a <c>Genesys:Notifications</c> section whose timings contradict one another.</summary>
public sealed class NotificationsOptionsValidator : IValidateOptions<NotificationsOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = NotificationsOptions.SectionName;

        if (options.PingAfter >= options.HeartbeatTimeout)
        {
            failures.Add($"{Section}:PingAfter must be shorter than {Section}:HeartbeatTimeout (a ping needs time to be answered).");
        }

        if (options.ReconnectBaseDelay > options.ReconnectMaxDelay)
        {
            failures.Add($"{Section}:ReconnectBaseDelay must not be longer than {Section}:ReconnectMaxDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
