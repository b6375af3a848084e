namespace Gateway.ResponseCaching;

/// <summary>
/// What the response cache keeps for one operation: its serialized <c>data</c>; when the execution that built it
/// started; until when it is fresh (the earliest end of freshness of the entities it holds, on the gateway's own clock,
/// as the entity cache reads it); the entity-cache entries it was built from (its tags); and the result's extensions
/// (what the request's own extensions asked for, such as its cost), answered again with every hit.
/// </summary>
public sealed record CachedResponse(
    byte[] Data,
    DateTimeOffset ExecutionStartedAt,
    DateTimeOffset FreshUntil,
    string[] Dependencies,
    Dictionary<string, object?>? Extensions)
{
    // Set by the one request that executes in place of a hit late in this response's life (refresh-ahead); per instance
    // of the response, never stored.
    private int _renewalClaimed;

    /// <summary>True for the first caller only.</summary>
    public bool TryClaimRenewal() => Interlocked.Exchange(ref _renewalClaimed, 1) == 0;
}
