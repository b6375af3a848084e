using Gateway.Upstream;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Upstream;

public sealed class GenesysOptionsValidatorTests
{
    private readonly GenesysOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
        => Assert.True(_validator.Validate(null, new GenesysOptions()).Succeeded);

    [Fact]
    public void Validate_ClientIdAndSecret_Succeeds()
        => Assert.True(_validator.Validate(null, new GenesysOptions { ClientId = "id", ClientSecret = "secret" }).Succeeded);

    [Fact]
    public void Validate_ClientIdWithoutSecret_Fails()
    {
        var result = _validator.Validate(null, new GenesysOptions { ClientId = "id" });

        Assert.True(result.Failed);
        Assert.Contains("Genesys:ClientSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://api.example.com/")]
    [InlineData("/relative/path")]
    [InlineData("file:///etc/passwd")]
    public void Validate_BaseUrlNotAbsoluteHttp_FailsWithoutEchoingIt(string url)
    {
        var result = _validator.Validate(null, new GenesysOptions { ApiBaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) });

        Assert.True(result.Failed);
        Assert.Contains("Genesys:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(url, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad region/with path")]
    public void Validate_RegionMakingNoHost_Fails(string region)
        => Assert.True(_validator.Validate(null, new GenesysOptions { Region = region }).Failed);

    [Fact]
    public void Validate_TotalTimeoutShorterThanAttempt_Fails()
        => Assert.True(_validator.Validate(null, new GenesysOptions { AttemptTimeoutSeconds = 20, TotalTimeoutSeconds = 10 }).Failed);

    [Fact]
    public void AddGenesysCloudClient_ClientIdWithoutSecret_OptionsRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Genesys:ClientId"] = "id" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddGenesysCloudClient(configuration).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GenesysOptions>>().Value);

        Assert.Contains("Genesys:ClientSecret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGenesysCloudClient_BatchSizeOutOfRange_OptionsRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Genesys:BulkIdsPerRequest"] = "500" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddGenesysCloudClient(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GenesysOptions>>().Value);
    }

    [Fact]
    public void AddGenesysCloudClient_Configured_ConnectionFromOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Genesys:Region"] = "mypurecloud.de",
                ["Genesys:ClientId"] = "id",
                ["Genesys:ClientSecret"] = "secret",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddGenesysCloudClient(configuration).BuildServiceProvider();

        var connection = services.GetRequiredService<UpstreamConnection>();

        Assert.Equal(new Uri("https://api.mypurecloud.de/"), connection.ApiBaseUrl);
        Assert.Equal(new Uri("https://login.mypurecloud.de/"), connection.LoginBaseUrl);
        Assert.Equal("id", connection.ClientId);
        Assert.Equal("secret", connection.ClientSecret);
    }
}
