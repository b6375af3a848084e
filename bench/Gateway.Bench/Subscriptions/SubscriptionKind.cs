namespace Gateway.Bench.Subscriptions;

/// <summary>The subscription fields the benchmark opens, each fed by its own kind of simulator change.</summary>
internal enum SubscriptionKind
{
    /// <summary><c>sessionsUpdatedForExternalContact</c>, fed by <c>session-update</c> changes of the contact's live sessions.</summary>
    ContactSessions,

    /// <summary><c>cobrowseSessionUpdated</c>, fed by <c>cobrowse-transition</c> changes of the conversation.</summary>
    CobrowseSession,
}
