using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Auth;
using Gateway.Caching;
using Gateway.Upstream;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.ResponseCaching;

/// <summary>
/// Whole query results in front of execution, in a FusionCache of their own (memory, bounded by size; Redis too when
/// <see cref="ResponseCacheOptions.UseDistributedCache"/>). A response is keyed by tenant, caller scope and operation
/// (document, operation name, variables), kept no longer than the entities it holds are fresh, and it lists every entry
/// it was built from. When the entity cache drops or replaces one (<see cref="IEntityChangeObserver"/>), this instance
/// remembers when it learned so and refuses every response whose execution started before then; <c>RemoveByTag</c>
/// tells the other instances through the backplane, which do the same on receipt.
/// </summary>
/// <remarks>
/// That check on read is the whole rule in memory: a response is refused when any of its entries changed after its
/// execution started, which also covers one that read an entity just before its eviction and was stored just after.
/// Responses are tagged with their entries for FusionCache as well only when they are kept in Redis, where an instance
/// may read one stored before it started (and so before the changes it knows of). FusionCache checks every tag of an
/// entry on every read: untagged, a hit on 10 contacts' sessions (about 150 entries) no longer makes 150 tag look-ups.
/// </remarks>
public sealed class ResponseCache : IEntityChangeObserver
{
    public const string CacheName = "responses";

    // FusionCache's own key of a tag's removal time; a backplane message for such a key is another instance's RemoveByTag.
    private const string TagKeyMarker = "__fc:t:";

    // A thread's key buffer grown past this by one request's variables is let go after it.
    private const int MaxKeyBufferBytes = 16 * 1024;

    private readonly IFusionCache _cache;
    private readonly OrganizationCacheScope _scope;
    private readonly ResponseCacheOptions _options;
    private readonly string _keyPrefix;
    private readonly TimeProvider _time;
    private readonly FusionCacheEntryOptions _read;
    private readonly FusionCacheEntryOptions _removeEverywhere;
    private readonly FusionCacheEntryOptions _removeLocally;
    private readonly FusionCacheEntryOptions _removeInBackground;
    private readonly TimeSpan _longestLife;
    private readonly CacheOptions _cacheOptions;

    // Parsed document → SHA-256 of the text it was parsed from. Documents are cached by their text, so a hit re-hashes
    // 32 bytes instead of transcoding and hashing the whole text (2 KB for a session's detail); an entry goes with its
    // document.
    private readonly ConditionalWeakTable<GraphQLDocument, byte[]> _queryHashes = new();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadKeyBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadKeyWriter;

    // Dependency → when this instance learned it changed; kept as long as a response may live, then pruned.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _changedAt = new(StringComparer.Ordinal);
    private DateTimeOffset _nextPrune;

    public ResponseCache(
        IFusionCacheProvider caches,
        OrganizationCacheScope scope,
        IOptions<ResponseCacheOptions> options,
        IOptions<CacheOptions> cacheOptions,
        TimeProvider time)
    {
        _cache = caches.GetCache(CacheName);
        _scope = scope;
        _options = options.Value;
        _keyPrefix = cacheOptions.Value.KeyPrefix;
        _cacheOptions = cacheOptions.Value;
        _time = time;
        _longestLife = _options.MaxDurationFor([]);
        _nextPrune = time.GetUtcNow() + _longestLife;
        _read = _cache.CreateEntryOptions(entry =>
        {
            entry.SkipDistributedCacheRead = !_options.UseDistributedCache;
            entry.SkipDistributedCacheWrite = !_options.UseDistributedCache;
        });
        _removeEverywhere = _cache.CreateEntryOptions(entry =>
        {
            entry.AllowBackgroundDistributedCacheOperations = false;
            entry.AllowBackgroundBackplaneOperations = false;
        });
        _removeInBackground = _cache.CreateEntryOptions();
        _removeLocally = _cache.CreateEntryOptions(entry =>
        {
            entry.SkipDistributedCacheRead = true;
            entry.SkipDistributedCacheWrite = true;
            entry.SkipBackplaneNotifications = true;
        });
        _cache.Events.Backplane.MessageReceived += (_, e) =>
        {
            if (e.Message.CacheKey is { } key && key.IndexOf(TagKeyMarker, StringComparison.Ordinal) is var at and >= 0)
            {
                Changed(key[(at + TagKeyMarker.Length)..]);
            }
        };
    }

    public bool IsEnabled => _options.Enabled;

    /// <summary>
    /// The key of an operation for the current tenant and caller; <see langword="null"/> when the tenant is unknown (the
    /// upstream is down and the organization was never looked up): then nothing is cached, the execution reports it.
    /// </summary>
    public async Task<string?> KeyForAsync(ExecutionOptions execution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execution);
        string organizationId;
        try
        {
            organizationId = await _scope.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OrganizationUnknownException)
        {
            return null;
        }

        // One buffer and writer per thread: the key is built synchronously from here on, and a hit allocates only the key.
        var buffer = _threadKeyBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = _threadKeyWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        writer.WriteStringValue(CallerScope(execution.User));
        writer.WriteStringValue(execution.OperationName);
        writer.WriteBase64StringValue(QueryHash(execution));
        WriteInputs(writer, execution.Variables);

        // What the request's extensions ask for can shape the answer (its cost, say).
        WriteInputs(writer, execution.Extensions);
        writer.WriteEndArray();
        writer.Flush();

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        if (buffer.Capacity > MaxKeyBufferBytes)
        {
            // A request with huge variables does not keep its buffer for the thread's later keys.
            _threadKeyBuffer = null;
            _threadKeyWriter = null;
        }

        return KeyOf(organizationId, hash);
    }

    // {prefix}:{organization}:response:{SHA-256 in lower-case hex}, written once.
    private string KeyOf(string organizationId, ReadOnlySpan<byte> hash)
    {
        const string Marker = ":response:";
        var length = _keyPrefix.Length + 1 + organizationId.Length + Marker.Length + (hash.Length * 2);
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        _keyPrefix.CopyTo(chars);
        var at = _keyPrefix.Length;
        chars[at++] = ':';
        organizationId.CopyTo(chars[at..]);
        at += organizationId.Length;
        Marker.CopyTo(chars[at..]);
        at += Marker.Length;
        Convert.TryToHexStringLower(hash, chars[at..], out _);
        return new string(chars);
    }

    // The engine's inputs as JSON, without the serializer's per-call state for an object graph; what the request parser
    // produces (objects, lists, strings, numbers, booleans, null), and the serializer for any other value.
    private static void WriteInputs(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? inputs)
    {
        if (inputs is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var (name, value) in inputs)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case BigInteger number:
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case IReadOnlyDictionary<string, object?> fields:
                WriteInputs(writer, fields);
                break;
            case IEnumerable<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    /// <summary>The fresh response kept under <paramref name="key"/>, if any.</summary>
    public async Task<CachedResponse?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        var found = await _cache.TryGetAsync<CachedResponse>(key, _read, cancellationToken).ConfigureAwait(false);
        if (!found.HasValue)
        {
            return null;
        }

        var response = found.Value;
        var now = _time.GetUtcNow();
        if (now > response.FreshUntil || ChangedSince(response.Dependencies, response.ExecutionStartedAt))
        {
            await _cache.RemoveAsync(key, _removeLocally, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // Refresh-ahead (Cache:RefreshAheadRatio): late in its life, one request executes in place of the hit. It reads
        // the entity cache, which renews the entries due in the background; when they land, their change drops this
        // response. Without it, hits would hide the entities from refresh-ahead until they expired under every reader.
        if (_cacheOptions.RenewalDueAt(response.ExecutionStartedAt, response.FreshUntil) is { } due && now >= due && response.TryClaimRenewal())
        {
            return null;
        }

        return response;
    }

    /// <summary>
    /// Keeps <paramref name="data"/> for the operation under <paramref name="key"/>, built from what <paramref name="reads"/>
    /// recorded by an execution that started at <paramref name="startedAt"/>; not if one of those entries changed since.
    /// </summary>
    public async Task<ResponseStoreOutcome> StoreAsync(
        string key,
        byte[] data,
        Dictionary<string, object?>? extensions,
        EntityReadLog reads,
        DateTimeOffset startedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reads);
        if (reads.HasStale)
        {
            return ResponseStoreOutcome.Stale;
        }

        if (data.Length > _options.MaxResponseBytes)
        {
            return ResponseStoreOutcome.TooLarge;
        }

        var kinds = reads.Kinds;
        var freshUntil = Min(reads.FreshUntil, startedAt + _options.MaxDurationFor(kinds));
        var duration = freshUntil - _time.GetUtcNow();
        if (duration <= TimeSpan.Zero)
        {
            return ResponseStoreOutcome.Expired;
        }

        var dependencies = reads.Dependencies.ToArray();
        if (ChangedSince(dependencies, startedAt))
        {
            return ResponseStoreOutcome.Invalidated;
        }

        var entry = _cache.CreateEntryOptions(options =>
        {
            options.Duration = duration;
            options.IsFailSafeEnabled = false;
            options.Size = data.Length;
            options.SkipDistributedCacheRead = !_options.UseDistributedCache;
            options.SkipDistributedCacheWrite = !_options.UseDistributedCache;

            // Another instance's response to the same operation is as good: no need to drop it.
            options.SkipBackplaneNotifications = true;
        });
        var response = new CachedResponse(data, startedAt, freshUntil, dependencies, extensions is { Count: > 0 } ? new(extensions) : null);
        await _cache.SetAsync(key, response, entry, _options.UseDistributedCache ? dependencies : null, cancellationToken).ConfigureAwait(false);
        return ResponseStoreOutcome.Stored;
    }

    public async Task EntityChangedAsync(string dependency, EntityChange change, CancellationToken cancellationToken)
    {
        Changed(dependency);

        // Untagged responses need no removal here; a backplane still carries it to the other instances.
        if (!_options.UseDistributedCache && (change == EntityChange.EvictedHere || !_cache.HasBackplane))
        {
            return;
        }

        var options = change switch
        {
            EntityChange.Evicted => _removeEverywhere,
            EntityChange.EvictedHere => _removeLocally,
            _ => _removeInBackground,
        };
        await _cache.RemoveByTagAsync(dependency, options, cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private byte[] QueryHash(ExecutionOptions execution)
    {
        var document = execution.Document;
        if (document is not null && _queryHashes.TryGetValue(document, out var known))
        {
            return known;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(execution.Query!));
        if (document is not null)
        {
            _queryHashes.AddOrUpdate(document, hash);
        }

        return hash;
    }

    private bool ChangedSince(string[] dependencies, DateTimeOffset startedAt)
    {
        if (_changedAt.IsEmpty)
        {
            return false;
        }

        foreach (var dependency in dependencies)
        {
            if (_changedAt.TryGetValue(dependency, out var changedAt) && changedAt >= startedAt)
            {
                return true;
            }
        }

        return false;
    }

    private void Changed(string dependency)
    {
        var now = _time.GetUtcNow();
        _changedAt[dependency] = now;
        if (now < _nextPrune)
        {
            return;
        }

        // Responses live no longer than the longest cap: a change older than that concerns none of them.
        _nextPrune = now + _longestLife;
        foreach (var (changed, at) in _changedAt)
        {
            if (at < now - _longestLife)
            {
                _changedAt.TryRemove(new KeyValuePair<string, DateTimeOffset>(changed, at));
            }
        }
    }

    // Callers of one tenant share responses unless configured otherwise; then a pass-through caller is its token (hashed),
    // a service caller its subject.
    private string CallerScope(ClaimsPrincipal? user)
    {
        if (_options.ShareAcrossCallers)
        {
            return "shared";
        }

        if (UpstreamCaller.Current is { } caller)
        {
            return "token:" + AccessTokenHash.Of(caller.AccessToken);
        }

        var subject = user?.FindFirst("sub")?.Value ?? user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return subject is null ? "anonymous" : "subject:" + subject;
    }
}
