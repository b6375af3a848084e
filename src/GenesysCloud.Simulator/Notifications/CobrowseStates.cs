namespace GenesysCloud.Simulator;

/// <summary>The states of a co-browse communication the simulator moves through: alerting, connected, disconnected.</summary>
public static class CobrowseStates
{
    public const string Alerting = "alerting";
    public const string Connected = "connected";
    public const string Disconnected = "disconnected";
}
