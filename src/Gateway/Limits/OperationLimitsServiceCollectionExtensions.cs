using Gateway.Upstream;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>Registers the operation limits (<c>GraphQL:Limits</c>) with the engine, so they hold on every transport and for cached documents.</summary>
public static class OperationLimitsServiceCollectionExtensions
{
    /// <summary>
    /// The options (bound, validated at start; introspection on in Development and on the embedded simulator unless
    /// configured), the metrics, and the execution steps (the schema shows the weights itself: <see cref="FieldCostDescriptionVisitor"/>).
    /// </summary>
    public static IGraphQLBuilder AddOperationLimits(this IGraphQLBuilder graphQL, IServiceCollection services, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(graphQL);
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OperationLimitsOptions>().BindConfiguration(OperationLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OperationLimitsOptions>().PostConfigure<IOptions<GenesysOptions>>((options, genesys) =>
            options.Introspection.Enabled ??= isDevelopment || genesys.Value.UsesEmbeddedSimulator);
        services.AddSingleton<IValidateOptions<OperationLimitsOptions>, IntrospectionLimitsValidator>();
        services.TryAddSingleton<OperationLimitMetrics>();
        services.TryAddSingleton(TimeProvider.System);
        return graphQL
            .ConfigureExecution<DocumentSizeLimit>()
            .ConfigureExecution<OperationShapeLimit>()
            .ConfigureExecution<ExecutionTimeoutLimit>()
            .ConfigureExecution<ResponseSizeLimit>();
    }
}
