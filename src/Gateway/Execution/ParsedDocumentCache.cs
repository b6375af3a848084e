using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.Execution;

/// <summary>
/// Keeps parsed query documents by their text, so a front end's repeated queries skip the parser (the engine has no
/// such cache and GraphQL.MemoryCache is not available here), and, once a document passed validation, skip the
/// document's validation too: the spec's rules depend on the document and the schema alone. The rules that depend on the
/// request still run every time: the transport's (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: no
/// mutation over GET; pass-through: no subscription), and the engine still coerces the variables. The limits are
/// execution steps of their own and run on every request. A text that does not parse is not cached; the engine reports
/// its syntax error as usual.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly IDocumentBuilder _documentBuilder;
    private readonly ParsedDocumentCacheOptions _options;
    private readonly MemoryCache _documents;
    private long _documentsParsed;

    public ParsedDocumentCache(IDocumentBuilder documentBuilder, IOptions<ParsedDocumentCacheOptions> options)
    {
        _documentBuilder = documentBuilder;
        _options = options.Value;
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _options.MaxDocuments) });
    }

    // Before everything else that configures execution, so later steps see the document.
    public float SortOrder => 0;

    /// <summary>Documents parsed and kept since start (for tests and diagnostics).</summary>
    public long DocumentsParsed => Interlocked.Read(ref _documentsParsed);

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is null && options.Query is { } query && IsCacheable(query) && GetOrParse(query) is { } cached)
        {
            options.Document = cached.Document;
            if (cached.IsValidated)
            {
                options.ValidationRules = options.CachedDocumentValidationRules ?? [];
                return next(options);
            }

            return ExecuteAndRememberValidationAsync(options, next, cached);
        }

        return next(options);
    }

    // Executed means the document passed every validation rule of the engine (with these variables, which none of the
    // spec's document rules read).
    private static async Task<ExecutionResult> ExecuteAndRememberValidationAsync(ExecutionOptions options, ExecutionDelegate next, ParsedDocument cached)
    {
        var result = await next(options).ConfigureAwait(false);
        if (result.Executed)
        {
            cached.IsValidated = true;
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    private bool IsCacheable(string query) => _options.MaxDocuments > 0 && query.Length <= _options.MaxQueryLength;

    private ParsedDocument? GetOrParse(string query)
    {
        if (_documents.TryGetValue(query, out ParsedDocument? cached))
        {
            return cached;
        }

        GraphQLDocument document;
        try
        {
            document = _documentBuilder.Build(query);
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        Interlocked.Increment(ref _documentsParsed);
        var parsed = new ParsedDocument(document);
        _documents.Set(query, parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return parsed;
    }
}
