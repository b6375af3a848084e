namespace Gateway.Upstream;

/// <summary>What a bulk read returned: the entities found, and the ids whose items failed with something other than 404.</summary>
public sealed record BulkFetchResult<T>(IReadOnlyList<T> Entities, IReadOnlyDictionary<string, GenesysApiException> Failures);
