using System.Reflection;

namespace Gateway.DataLoading;

/// <summary>Registers every concrete <see cref="BatchDataLoader{TKey,TValue}"/> of an assembly as a scoped (per-request) service.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    public static IServiceCollection AddDataLoaders(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false } && IsBatchDataLoader(type))
            {
                services.AddScoped(type);
            }
        }

        return services;
    }

    private static bool IsBatchDataLoader(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(BatchDataLoader<,>))
            {
                return true;
            }
        }

        return false;
    }
}
