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
    Dictionary<string, object?>? Extensions);
