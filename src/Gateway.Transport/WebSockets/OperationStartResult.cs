namespace Gateway.Transport.WebSockets;

/// <summary>What <see cref="SubscriptionServer.TryStartOperation"/> did with a new operation.</summary>
public enum OperationStartResult
{
    /// <summary>The operation runs.</summary>
    Started,

    /// <summary>An operation with the same id is still running; nothing was started.</summary>
    AlreadyExists,

    /// <summary>The connection already runs <see cref="Subscriptions.GraphQLSubscriptionOptions.MaxOperationsPerConnection"/> operations; nothing was started.</summary>
    TooManyOperations,

    /// <summary>The connection is closing; nothing was started.</summary>
    Closing,
}
