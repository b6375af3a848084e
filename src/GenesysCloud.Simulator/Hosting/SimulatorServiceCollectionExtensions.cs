using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator;

public static class SimulatorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the simulator's services, with <see cref="SimulatorOptions"/> bound from the <c>Simulator</c> section of
    /// <paramref name="configuration"/> (defaults when null) and validated at start.
    /// </summary>
    public static IServiceCollection AddGenesysSimulator(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SimulatorOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(SimulatorOptions.SectionName));
        }

        options.ValidateOnStart();
        return services.AddSimulatorCore();
    }

    /// <summary>Adds the simulator's services with these options, validated now.</summary>
    public static IServiceCollection AddGenesysSimulator(this IServiceCollection services, SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var result = new SimulatorOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SimulatorOptions), result.Failures);
        }

        services.AddSingleton<IOptions<SimulatorOptions>>(Options.Create(options));
        return services.AddSimulatorCore();
    }

    private static IServiceCollection AddSimulatorCore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>());
        services.AddLogging();
        services.AddRoutingCore();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UpstreamCallCounter>();
        services.TryAddSingleton<SimulatorFaults>();
        services.TryAddSingleton<SimulatorTokenStore>();
        services.TryAddSingleton<SimulatorDataStore>();
        services.TryAddSingleton<Notifications.NotificationChannelRegistry>();
        services.TryAddSingleton(provider => new SimulatorNotifications(
            provider.GetRequiredService<Notifications.NotificationChannelRegistry>(),
            provider.GetRequiredService<SimulatorDataStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<SimulatorOptions>>(),
            provider.GetRequiredService<ILogger<SimulatorNotifications>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, Notifications.ScheduledChangeService>());
        return services;
    }
}
