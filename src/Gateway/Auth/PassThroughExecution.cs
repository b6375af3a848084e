using Gateway.Transport.Errors;
using Gateway.Upstream;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Gateway.Auth;

/// <summary>
/// Pass-through mode, for every operation on every transport: runs it as its caller (<see cref="UpstreamCaller"/>:
/// the caller's token upstream, the caller's organization in cache keys) and refuses subscriptions, whose events come
/// from the gateway's own Notifications channel and would be resolved with no caller's token.
/// </summary>
public sealed class PassThroughExecution : IConfigureExecution
{
    private static readonly IValidationRule[] Rules = [PassThroughSubscriptionRule.Instance];

    // After the parsed-document cache (0), before the limits that watch execution (1 to 3), so all of it runs as the caller.
    public float SortOrder => 0.5f;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.User?.Identity is not PassThroughIdentity caller)
        {
            // The endpoint authenticates every request first; an operation without a caller must not borrow anyone's token.
            return new ExecutionResult { Errors = new ExecutionErrors { new UnauthenticatedError() } };
        }

        options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Concat(Rules);
        options.CachedDocumentValidationRules = (options.CachedDocumentValidationRules ?? []).Concat(Rules);

        // Set here, it flows into the resolvers, DataLoader dispatches and cache factories of this execution, and ends with it.
        UpstreamCaller.Current = new UpstreamCaller(caller.AccessToken, caller.OrganizationId);
        return await next(options).ConfigureAwait(false);
    }
}
