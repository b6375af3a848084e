namespace GenesysCloud.Simulator;

/// <summary>
/// The body of <c>POST /__simulator/notifications/sockets/close</c>: <see cref="Mode"/> is <c>socket_closing</c>,
/// <c>abort</c> or <c>silence</c>; without <see cref="ChannelId"/> every open socket (of <see cref="OrganizationId"/>, when given).
/// </summary>
public sealed record SocketCloseRequest(string? Mode, string? ChannelId = null, string? OrganizationId = null);
