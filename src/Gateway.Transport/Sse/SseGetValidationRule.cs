using Gateway.Transport.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Sse;

/// <summary>
/// Refuses mutations sent with <c>GET</c> to the SSE transport (405, as the GraphQL-over-HTTP specification asks of a
/// safe method); queries and subscriptions may stream over <c>GET</c>, which is what <c>EventSource</c> and <c>curl</c> use.
/// </summary>
public sealed class SseGetValidationRule : ValidationRuleBase
{
    private static readonly string[] Allowed = [HttpMethods.Post];

    /// <summary>The shared instance; the rule is stateless.</summary>
    public static SseGetValidationRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new HttpMethodValidationError(
                context.Document.Source,
                operation,
                "Mutations cannot be executed over GET; send this mutation with POST.",
                Allowed));
        }

        return default;
    }
}
