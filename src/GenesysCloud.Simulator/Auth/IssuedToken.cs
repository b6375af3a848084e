namespace GenesysCloud.Simulator;

/// <summary>An access token the simulator issued, the client it was issued to and when it expires.</summary>
public sealed record IssuedToken(string AccessToken, SimulatorClientOptions Client, DateTimeOffset ExpiresAt)
{
    /// <summary>The organization the token acts in: it decides which data set the caller sees.</summary>
    public string OrganizationId => Client.OrganizationId;
}
