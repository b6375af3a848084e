namespace GenesysCloud.Simulator.Tests.Notifications;

/// <summary>
/// The notification test classes start simulators of their own and hold sockets open: run one class at a time, so
/// they add one class's load to the other collections (which include a timing test), not five.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NotificationTestCollection
{
    public const string Name = "Notifications";
}
