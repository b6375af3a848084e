using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Execution;

/// <summary>
/// Turns one parsed <see cref="GraphQLRequest"/> into an <see cref="ExecutionResult"/> against
/// <typeparamref name="TSchema"/>. Shared by every transport (HTTP now; WebSocket and SSE later) so that
/// auth, limits and persisted documents hook in once, whatever carried the request.
/// </summary>
/// <typeparam name="TSchema">The schema the request runs against.</typeparam>
public interface IGraphQLRequestExecutor<TSchema>
    where TSchema : ISchema
{
    /// <summary>Validates and executes <paramref name="request"/>.</summary>
    /// <param name="context">The HTTP context that carried the request (services, user).</param>
    /// <param name="request">The request to execute.</param>
    /// <param name="transportRules">
    /// Extra validation rules the transport imposes (e.g. queries only over GET); they run for cached documents too.
    /// </param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLRequest request,
        IReadOnlyList<IValidationRule> transportRules,
        CancellationToken cancellationToken);

    /// <summary>
    /// As the other overload, with the services of this operation's own scope: a WebSocket carries many operations for
    /// as long as it is open, and scoped services (DataLoaders) of one must not serve another.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLRequest request,
        IReadOnlyList<IValidationRule> transportRules,
        IServiceProvider requestServices,
        CancellationToken cancellationToken);
}
