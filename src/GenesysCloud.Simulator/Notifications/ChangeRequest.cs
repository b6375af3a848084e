namespace GenesysCloud.Simulator;

/// <summary>
/// The body of the change routes under <c>/__simulator/notifications/</c>: <c>cobrowse-transition</c> and
/// <c>segment</c> take <see cref="ConversationId"/> (the transition also <see cref="State"/> and <see cref="DisconnectType"/>),
/// <c>session-update</c> takes <see cref="SessionId"/> and <see cref="End"/>, <c>session</c> takes
/// <see cref="ExternalContactId"/>, <c>random</c> nothing. <see cref="OrganizationId"/> defaults to the first client's.
/// </summary>
public sealed record ChangeRequest
{
    public string? OrganizationId { get; init; }
    public string? ConversationId { get; init; }
    public string? State { get; init; }
    public string? DisconnectType { get; init; }
    public string? SessionId { get; init; }
    public bool End { get; init; }
    public string? ExternalContactId { get; init; }
}
