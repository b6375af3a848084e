using Gateway.Hosting;
using Gateway.Schema;

if (SchemaExportCommand.IsRequested(args))
{
    return await SchemaExportCommand.RunAsync(args);
}

if (HealthProbeCommand.IsRequested(args))
{
    return await HealthProbeCommand.RunAsync(args);
}

var app = GatewayApplication.Build(WebApplication.CreateBuilder(args));
await app.RunAsync();
return 0;
