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

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGraphQL();
await app.RunAsync();
return 0;
