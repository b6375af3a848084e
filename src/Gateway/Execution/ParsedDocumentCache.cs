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
/// such cache and GraphQL.MemoryCache is not available here). Validation still runs on every request: it depends on
/// the variables. A text that does not parse is not cached; the engine reports its syntax error as usual.
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
        if (options.Document is null && options.Query is { } query && IsCacheable(query))
        {
            options.Document = GetOrParse(query);
        }

        return next(options);
    }

    public void Dispose() => _documents.Dispose();

    private bool IsCacheable(string query) => _options.MaxDocuments > 0 && query.Length <= _options.MaxQueryLength;

    private GraphQLDocument? GetOrParse(string query)
    {
        if (_documents.TryGetValue(query, out GraphQLDocument? cached))
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
        _documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return document;
    }
}
