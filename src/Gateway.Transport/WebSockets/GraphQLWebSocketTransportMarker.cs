namespace Gateway.Transport.WebSockets;

/// <summary>Registered by <see cref="GraphQLWebSocketServiceCollectionExtensions.AddGraphQLWebSocketTransport"/>, so the pipeline can tell it was called.</summary>
internal sealed class GraphQLWebSocketTransportMarker
{
}
