using System.Text.Json;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>What a <see cref="WebSocketTestClient"/> received: a JSON message, or the close frame's code and reason.</summary>
public sealed record WebSocketTestReceived(JsonElement? Message, int? CloseCode, string? CloseReason);
