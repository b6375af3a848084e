using System.ComponentModel.DataAnnotations;

namespace Gateway.ResponseCaching;

/// <summary>
/// The <c>ResponseCache</c> configuration section: whole query results kept in front of execution. A response lives no
/// longer than the freshest-ending entity it holds, nor than the cap of any kind it holds (<see cref="Durations"/>).
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "ResponseCache";

    /// <summary>The off switch: false executes every query.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a response is kept: <c>Default</c> for every response, and per entity kind (<c>EntityKinds</c>) for a
    /// response holding an entity of that kind; zero for a kind means a response holding it is never kept.
    /// </summary>
    public Dictionary<string, TimeSpan> Durations { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Default"] = TimeSpan.FromMinutes(5),
    };

    /// <summary>A larger response (its <c>data</c>, serialized) is not kept.</summary>
    [Range(1, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>The memory the kept responses may take, in megabytes (each counted by its size); the least used go first.</summary>
    [Range(1, 1_000_000)]
    public int MemoryLimitMegabytes { get; set; } = 64;

    /// <summary>
    /// True: callers of one organization share responses, as they share entities in the entity cache. False: each caller
    /// (its token in pass-through mode, its subject in service mode) has responses of its own.
    /// </summary>
    public bool ShareAcrossCallers { get; set; } = true;

    /// <summary>Keep responses in Redis as well (when configured), so one instance's responses serve the others.</summary>
    public bool UseDistributedCache { get; set; }

    /// <summary>The cap for a response holding <paramref name="kinds"/>: the shortest of theirs and <c>Default</c>.</summary>
    public TimeSpan MaxDurationFor(IEnumerable<string> kinds)
    {
        var duration = Durations.TryGetValue("Default", out var fallback) ? fallback : TimeSpan.FromMinutes(5);
        foreach (var kind in kinds)
        {
            if (Durations.TryGetValue(kind, out var cap) && cap < duration)
            {
                duration = cap;
            }
        }

        return duration;
    }
}
