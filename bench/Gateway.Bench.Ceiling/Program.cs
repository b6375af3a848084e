using Gateway.Bench.Ceiling;

// bench/Gateway.Bench starts this with --urls and --responses (the file of captured answers it wrote).
var builder = WebApplication.CreateSlimBuilder(args);
var path = builder.Configuration["responses"];
if (string.IsNullOrEmpty(path))
{
    await Console.Error.WriteLineAsync("usage: Gateway.Bench.Ceiling --urls URL --responses FILE");
    return 2;
}

var responses = CapturedResponseTable.Load(path);
var app = builder.Build();
app.MapPost("/graphql", context => CeilingEndpoint.AnswerAsync(context, responses));
app.MapGet("/health", () => Results.Text($"{responses.Count} captured responses"));
await app.RunAsync();
return 0;
