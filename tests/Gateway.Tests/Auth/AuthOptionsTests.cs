using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Auth;

/// <summary>Bad <c>Auth</c> configuration fails at start-up, naming the key.</summary>
public sealed class AuthOptionsTests
{
    [Theory]
    [InlineData(null, "gateway", "Auth:Authority")]
    [InlineData("https://login.example.com/", null, "Auth:Audience")]
    [InlineData("http://login.example.com/", "gateway", "RequireHttpsMetadata")]
    public async Task ServiceMode_IncompleteConfiguration_FailsAtStartup(string? authority, string? audience, string namedKey)
    {
        // Arrange
        await using var gateway = new GatewayFactory()
            .With("Auth:Mode", "Service")
            .With("Auth:Authority", authority)
            .With("Auth:Audience", audience);

        // Act
        var failure = await Record.ExceptionAsync(gateway.InitializeAsync);

        // Assert
        var invalid = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(invalid.Failures, message => message.Contains(namedKey, StringComparison.Ordinal));
    }
}
