namespace GenesysCloud.Simulator;

/// <summary>The answer of <c>POST /__simulator/notifications/sockets/close</c>: the mode applied and the channels whose socket it ended.</summary>
public sealed record SocketCloseResponse(string Mode, IReadOnlyList<string> ChannelIds);
