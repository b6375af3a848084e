namespace GenesysCloud.Simulator;

/// <summary>
/// A change the simulator refuses: the entity does not exist (<see cref="StatusCode"/> 404) or is not in a state the
/// change applies to (409), such as a segment on a co-browse that is not connected.
/// </summary>
public sealed class NotificationChangeException : InvalidOperationException
{
    public NotificationChangeException()
    {
    }

    public NotificationChangeException(string message)
        : base(message)
    {
    }

    public NotificationChangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotificationChangeException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>404 for an unknown entity, 409 for a change its state does not allow.</summary>
    public int StatusCode { get; } = StatusCodes.Status409Conflict;

    internal static NotificationChangeException NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    internal static NotificationChangeException Conflict(string message) => new(StatusCodes.Status409Conflict, message);
}
