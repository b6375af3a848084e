using Gateway.Transport.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Http;

/// <summary>
/// Refuses subscriptions over plain HTTP: a single JSON response cannot carry an event stream,
/// which belongs to the WebSocket and SSE transports.
/// </summary>
public sealed class HttpPostValidationRule : ValidationRuleBase
{
    private static readonly string[] Allowed = [HttpMethods.Get, HttpMethods.Post];

    /// <summary>The shared instance; the rule is stateless.</summary>
    public static HttpPostValidationRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new HttpMethodValidationError(
                context.Document.Source,
                operation,
                "Subscriptions cannot be executed over a plain HTTP request; use a streaming transport.",
                Allowed));
        }

        return default;
    }
}
