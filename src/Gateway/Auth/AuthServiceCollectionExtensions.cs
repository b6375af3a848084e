using Gateway.Transport.Authentication;
using GraphQL.DI;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Gateway.Auth;

/// <summary>Registers the caller authentication of <c>Auth:Mode</c>.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>The <c>Auth</c> section in effect (read while composing: the mode decides which services exist).</summary>
    public static AuthOptions ReadAuthOptions(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
    }

    /// <summary>
    /// <see cref="AuthMode.None"/>: nothing (every request is served). <see cref="AuthMode.Service"/>: ASP.NET Core's JWT
    /// bearer handler against <c>Auth:Authority</c> and <c>Auth:Audience</c>, for every GraphQL request and connection.
    /// <see cref="AuthMode.PassThrough"/>: the caller's Genesys Cloud token, forwarded upstream.
    /// </summary>
    public static IServiceCollection AddGatewayAuth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        switch (configuration.ReadAuthOptions().Mode)
        {
            case AuthMode.Service:
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
                services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>(ConfigureJwtBearer);
                services.AddGraphQLAuthentication(JwtBearerDefaults.AuthenticationScheme);
                break;
            case AuthMode.PassThrough:
                services.AddSingleton<CallerOrganizationResolver>();
                services.AddGraphQLAuthentication<PassThroughRequestAuthenticator>();

                // graphql-dotnet runs every registered IConfigureExecution, in their SortOrder.
                services.AddSingleton<IConfigureExecution, PassThroughExecution>();
                break;
            case AuthMode.None:
            default:
                break;
        }

        return services;
    }

    private static void ConfigureJwtBearer(JwtBearerOptions jwt, IOptions<AuthOptions> auth)
    {
        var options = auth.Value;
        jwt.Authority = options.Authority?.ToString();
        jwt.Audience = options.Audience;
        if (options.MetadataAddress is not null)
        {
            jwt.MetadataAddress = options.MetadataAddress.ToString();
        }

        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;

        // Only the GraphQL endpoint authenticates; nothing needs the handler to keep the token around.
        jwt.SaveToken = false;
        jwt.MapInboundClaims = false;
        jwt.Events = new JwtBearerEvents
        {
            // A WebSocket's token comes in its connection_init message, not in a header.
            OnMessageReceived = context =>
            {
                if (AuthenticationSchemeRequestAuthenticator.ConnectionTokenOf(context.HttpContext) is { } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
        };
    }
}
