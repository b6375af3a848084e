using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Execution;

/// <summary>
/// Default <see cref="IGraphQLRequestExecutor{TSchema}"/>: runs the request through graphql-dotnet's
/// <see cref="IDocumentExecuter{TSchema}"/>, which also applies every registered <c>IConfigureExecution</c>.
/// </summary>
/// <typeparam name="TSchema">The schema the request runs against.</typeparam>
public class GraphQLRequestExecutor<TSchema> : IGraphQLRequestExecutor<TSchema>
    where TSchema : ISchema
{
    private readonly IDocumentExecuter<TSchema> _documentExecuter;

    /// <summary>Creates the executor.</summary>
    public GraphQLRequestExecutor(IDocumentExecuter<TSchema> documentExecuter)
    {
        _documentExecuter = documentExecuter;
    }

    /// <inheritdoc />
    public virtual Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLRequest request,
        IReadOnlyList<IValidationRule> transportRules,
        CancellationToken cancellationToken)
    {
        var options = CreateExecutionOptions(context, request, transportRules, cancellationToken);
        return _documentExecuter.ExecuteAsync(options);
    }

    /// <inheritdoc />
    public virtual Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLRequest request,
        IReadOnlyList<IValidationRule> transportRules,
        IServiceProvider requestServices,
        CancellationToken cancellationToken)
    {
        var options = CreateExecutionOptions(context, request, transportRules, cancellationToken);
        options.RequestServices = requestServices;
        return _documentExecuter.ExecuteAsync(options);
    }

    /// <summary>Maps the request and its HTTP context onto the engine's options; override to add a user context, limits, …</summary>
    protected virtual ExecutionOptions CreateExecutionOptions(
        HttpContext context,
        GraphQLRequest request,
        IReadOnlyList<IValidationRule> transportRules,
        CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
        };

        if (transportRules.Count > 0)
        {
            // Setting ValidationRules replaces the defaults, so the spec's core rules go first.
            options.ValidationRules = DocumentValidator.CoreRules.Concat(transportRules);
            options.CachedDocumentValidationRules = transportRules;
        }

        return options;
    }
}
