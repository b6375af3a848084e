using System.Collections.Concurrent;
using Gateway.Transport.Execution;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>The default executor, remembering the services each execution was given (the engine keeps them for every event).</summary>
public sealed class SseScopeProbeExecutor(IDocumentExecuter<TestSchema> documentExecuter) : GraphQLRequestExecutor<TestSchema>(documentExecuter)
{
    public ConcurrentQueue<IServiceProvider> Services { get; } = new();

    protected override ExecutionOptions CreateExecutionOptions(
        HttpContext context,
        GraphQLRequest request,
        IReadOnlyList<IValidationRule> transportRules,
        CancellationToken cancellationToken)
    {
        var options = base.CreateExecutionOptions(context, request, transportRules, cancellationToken);
        Services.Enqueue(options.RequestServices!);
        return options;
    }
}
