using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Refuses a query text longer than <see cref="OperationLimitsOptions.MaxDocumentLength"/> or with more than
/// <see cref="OperationLimitsOptions.MaxTokens"/> tokens, before the parsed-document cache or the parser builds a tree:
/// the lexer reads tokens off the text without allocating, and stops one past the limit.
/// </summary>
public sealed class DocumentSizeLimit : IConfigureExecution
{
    private readonly IOptionsMonitor<OperationLimitsOptions> _options;
    private readonly OperationLimitMetrics _metrics;

    public DocumentSizeLimit(IOptionsMonitor<OperationLimitsOptions> options, OperationLimitMetrics metrics)
    {
        _options = options;
        _metrics = metrics;
    }

    // Before ParsedDocumentCache (0): a huge text is refused without being parsed or looked up.
    public float SortOrder => -10;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        return options.Query is { } query && Check(query, _options.CurrentValue) is { } error
            ? Task.FromResult(Refuse(error))
            : next(options);
    }

    /// <summary>The refusal of <paramref name="query"/>, or null when it is within both limits. Synchronous and allocation-free when it is not refused.</summary>
    public static OperationLimitError? Check(string query, OperationLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        if (query.Length > limits.MaxDocumentLength)
        {
            return new OperationLimitError(
                OperationLimitCodes.MaxDocumentSizeExceeded,
                $"The document is {query.Length} characters long; at most {limits.MaxDocumentLength} are allowed.",
                limits.MaxDocumentLength,
                query.Length);
        }

        var tokens = CountTokens(query, limits.MaxTokens + 1);
        return tokens > limits.MaxTokens
            ? new OperationLimitError(
                OperationLimitCodes.MaxTokensExceeded,
                $"The document has more than {limits.MaxTokens} tokens.",
                limits.MaxTokens,
                tokens)
            : null;
    }

    /// <summary>Tokens in <paramref name="query"/>, counting no further than <paramref name="stopAt"/>; a text the lexer refuses counts up to there (the parser reports it).</summary>
    public static int CountTokens(string query, int stopAt)
    {
        ROM source = query;
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Not ours to report: the parser answers the syntax error with its location.
        }

        return count;
    }

    private ExecutionResult Refuse(OperationLimitError error)
    {
        _metrics.Refused(error.Code!);
        return new ExecutionResult { Errors = [error] };
    }
}
