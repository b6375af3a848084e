using GenesysCloud.Models;

namespace Gateway.Cobrowse;

/// <summary>One co-browse session that changed, with the participant that holds it and its conversation's id.</summary>
public sealed record CobrowseSessionUpdate(string ConversationId, Participant Participant, Cobrowsesession CobrowseSession);
