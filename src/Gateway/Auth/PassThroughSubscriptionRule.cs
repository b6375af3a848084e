using Gateway.Common.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Auth;

/// <summary>Refuses subscription operations in pass-through mode (<c>SUBSCRIPTIONS_UNAVAILABLE</c>).</summary>
public sealed class PassThroughSubscriptionRule : ValidationRuleBase
{
    public static PassThroughSubscriptionRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                "Subscriptions are not available when the gateway forwards callers' tokens (Auth:Mode PassThrough): its event channel is not the caller's. Query instead.",
                context.Operation)
            {
                Code = GatewayErrorCodes.SubscriptionsUnavailable,
            });
        }

        return default;
    }
}
