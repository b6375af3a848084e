namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// The event body of <c>v2.system.socket_closing</c> (the SDKs' <c>SystemMessageSystemMessage</c>): the channel, who
/// holds it, and a message; the client is expected to reconnect (or create a new channel when this one expired).
/// </summary>
internal sealed record SocketClosingBody(string ChannelId, string OrganizationId, string OauthClientId, string Message, string CorrelationId);
