using Gateway.Transport.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Http;

/// <summary>
/// Lets <c>GET</c> execute queries only: the spec requires 405 for anything else, since GET is a safe
/// method that caches, prefetchers and link crawlers replay freely.
/// </summary>
public sealed class HttpGetValidationRule : ValidationRuleBase
{
    private static readonly string[] Allowed = [HttpMethods.Post];

    /// <summary>The shared instance; the rule is stateless.</summary>
    public static HttpGetValidationRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(
                context.Document.Source,
                operation,
                operation.Operation == OperationType.Mutation
                    ? "Only query operations can be executed over GET; send this mutation with POST."
                    : "Only query operations can be executed over GET; subscriptions need a streaming transport.",
                Allowed));
        }

        return default;
    }
}
