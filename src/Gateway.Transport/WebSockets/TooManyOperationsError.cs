using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.WebSockets;

/// <summary>
/// A <c>subscribe</c> over <see cref="Subscriptions.GraphQLSubscriptionOptions.MaxOperationsPerConnection"/>: answered
/// with an <c>error</c> message for that operation id (graphql-ws has no close code for it, and the connection and
/// its other operations are fine). The client may subscribe again once one of its operations ends.
/// </summary>
public sealed class TooManyOperationsError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_OPERATIONS";

    /// <summary>Creates the error for a connection allowed <paramref name="maxOperations"/> operations at once.</summary>
    public TooManyOperationsError(int maxOperations)
        : base(HttpStatusCode.TooManyRequests, ErrorCode, $"Too many operations on this connection: at most {maxOperations} may run at once; complete one first.")
    {
    }
}
