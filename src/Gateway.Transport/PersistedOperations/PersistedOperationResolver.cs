using System.Net;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.PersistedOperations;

/// <summary>
/// Turns a persisted-operation request into its query text before anything else configures execution (hence the
/// lowest <see cref="SortOrder"/>): limits, the parsed-document cache and validation then see the text as if the client
/// had sent it. Every transport runs through it, since they all execute through the engine. It reads an APQ
/// <c>extensions.persistedQuery</c> (look up, or check and register) and a <c>documentId</c> (the GraphQL-over-HTTP
/// persisted documents proposal: <c>sha256:&lt;hex&gt;</c>, or a manifest's own id), and enforces the
/// <see cref="PersistedOperationMode"/>.
/// </summary>
/// <remarks>
/// graphql-dotnet's own <c>PersistedDocumentHandler</c> reads <c>documentId</c> only, runs after the other steps
/// (sort order 200, so a resolved text would skip limits placed before it) and its errors carry no HTTP status;
/// this step covers both protocols at the front of the pipeline.
/// </remarks>
public sealed class PersistedOperationResolver : IConfigureExecution
{
    private const string Sha256Prefix = "sha256:";

    private readonly IPersistedOperationStore _store;
    private readonly PersistedOperationMetrics _metrics;
    private readonly PersistedOperationOptions _options;

    /// <summary>Creates the step.</summary>
    public PersistedOperationResolver(IPersistedOperationStore store, PersistedOperationMetrics metrics, IOptions<PersistedOperationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _metrics = metrics;
        _options = options.Value;
    }

    /// <summary>Before the operation limits (negative orders) and the document cache (0); only telemetry that must see its refusals sorts lower.</summary>
    public float SortOrder => -1000;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            var persistedQuery = PersistedQueryExtension.Read(options.Extensions);
            if (_options.Mode == PersistedOperationMode.Disabled)
            {
                return persistedQuery is null && options.DocumentId is null
                    ? await next(options)
                    : Refuse(new PersistedQueryNotSupportedError(persistedQuery is null ? HttpStatusCode.BadRequest : HttpStatusCode.OK));
            }

            if (options.DocumentId is { } documentId)
            {
                return await ExecuteDocumentAsync(options, next, documentId);
            }

            if (persistedQuery is not null)
            {
                return options.Query is null
                    ? await ExecuteHashAsync(options, next, persistedQuery.Sha256Hash)
                    : await ExecuteAndRegisterAsync(options, next, persistedQuery.Sha256Hash);
            }

            return _options.Mode == PersistedOperationMode.TrustedOnly && options.Query is not null
                ? Refuse(new PersistedQueryRequiredError())
                : await next(options);
        }
        catch (Errors.RequestError error)
        {
            return Refuse(error);
        }
    }

    private async Task<ExecutionResult> ExecuteDocumentAsync(ExecutionOptions options, ExecutionDelegate next, string documentId)
    {
        if (options.Query is not null)
        {
            throw new PersistedQueryInvalidError("A request carries either 'query' or 'documentId', not both.");
        }

        var id = documentId;
        if (documentId.StartsWith(Sha256Prefix, StringComparison.Ordinal))
        {
            id = documentId[Sha256Prefix.Length..];
            if (!PersistedQueryExtension.IsSha256Hex(id))
            {
                throw new PersistedQueryInvalidError("A 'sha256:' documentId must be followed by the 64 hexadecimal digits of a SHA-256 hash.");
            }

            id = id.ToLowerInvariant();
        }

        options.Query = await LookUpAsync(id, options.CancellationToken) ?? throw new PersistedDocumentNotFoundError();
        return await next(options);
    }

    private async Task<ExecutionResult> ExecuteHashAsync(ExecutionOptions options, ExecutionDelegate next, string hash)
    {
        options.Query = await LookUpAsync(hash, options.CancellationToken)
            ?? throw (_options.Mode == PersistedOperationMode.TrustedOnly ? new PersistedDocumentNotFoundError() : new PersistedQueryNotFoundError());
        return await next(options);
    }

    private async Task<ExecutionResult> ExecuteAndRegisterAsync(ExecutionOptions options, ExecutionDelegate next, string hash)
    {
        var query = options.Query!;
        if (!string.Equals(PersistedQueryExtension.ComputeHash(query), hash, StringComparison.Ordinal))
        {
            throw new PersistedQueryHashMismatchError();
        }

        if (_options.Mode == PersistedOperationMode.TrustedOnly)
        {
            // The hash matches the text, so the text is the trusted one if the hash is in the manifest.
            _ = await LookUpAsync(hash, options.CancellationToken) ?? throw new PersistedDocumentNotFoundError();
            return await next(options);
        }

        var result = await next(options);

        // Kept only once it parsed and validated, so the store never holds what cannot run; a huge text runs, unkept.
        if (result.Executed && query.Length <= _options.MaxDocumentLength)
        {
            await _store.RegisterAsync(hash, query, options.CancellationToken);
            _metrics.Registered();
        }

        return result;
    }

    private async ValueTask<string?> LookUpAsync(string id, CancellationToken cancellationToken)
    {
        var query = await _store.GetAsync(id, cancellationToken);
        if (query is null)
        {
            _metrics.Miss();
        }
        else
        {
            _metrics.Hit();
        }

        return query;
    }

    private ExecutionResult Refuse(Errors.RequestError error)
    {
        _metrics.Refused(error.Code);
        return new ExecutionResult { Errors = new ExecutionErrors { error } };
    }
}
