namespace GenesysCloud.Simulator;

/// <summary>How <see cref="SimulatorNotifications.CloseSockets"/> ends a channel's socket.</summary>
public enum SocketCloseMode
{
    /// <summary>Send <c>v2.system.socket_closing</c>, then close with the handshake (the platform's maintenance close).</summary>
    SocketClosing,

    /// <summary>Drop the connection without a close handshake, as a network failure does.</summary>
    Abort,

    /// <summary>Keep the connection open but send nothing more (no heartbeat, pong or event), to exercise a client's watchdog.</summary>
    Silence,
}
