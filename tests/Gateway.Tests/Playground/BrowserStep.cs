namespace Gateway.Tests.Playground;

/// <summary>One step of the browser script and how long it took.</summary>
internal sealed record BrowserStep(string Name, bool Ok, int Ms);
