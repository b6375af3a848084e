using System.Net.Http.Headers;
using Gateway.Tests.Auth;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.ResponseCaching;

/// <summary>Pass-through callers of two organizations on one gateway: each organization's responses are its own.</summary>
public sealed class ResponseCachePassThroughTests(PassThroughGateway fixture) : IClassFixture<PassThroughGateway>
{
    [Fact]
    public async Task SameQuery_CallersOfTwoOrganizations_EachAnsweredItsOwn_SharedWithinOne()
    {
        // Arrange: a user whose name differs between the organizations, so a shared response would show.
        var simulator = fixture.Simulator;
        var userId = simulator.Data.UserIds.Skip(80)
            .First(id => simulator.Data.GetUser(PassThroughGateway.OrganizationA, id)!.Name != simulator.Data.GetUser(PassThroughGateway.OrganizationB, id)!.Name);
        var firstA = await QueryAsync(fixture.TokenOf(PassThroughGateway.OrganizationA), userId);

        // Act
        var otherCallerOfA = await QueryAsync(fixture.TokenOf(PassThroughGateway.OrganizationA), userId);
        var callsB = fixture.CallsOf(PassThroughGateway.OrganizationB);
        var callerOfB = await QueryAsync(fixture.TokenOf(PassThroughGateway.OrganizationB), userId);

        // Assert: organization A's callers share A's response (as they share its entities); B's caller executes, upstream.
        Assert.False(firstA.IsHit());
        Assert.True(otherCallerOfA.IsHit());
        Assert.Equal(firstA.Data.ToString(), otherCallerOfA.Data.ToString());
        Assert.False(callerOfB.IsHit());
        Assert.Equal(simulator.Data.GetUser(PassThroughGateway.OrganizationB, userId)!.Name, callerOfB.Data.GetProperty("user").GetProperty("name").GetString());
        Assert.True(fixture.CallsOf(PassThroughGateway.OrganizationB) > callsB);
    }

    private async Task<GraphQLResponse> QueryAsync(string token, string userId)
    {
        using var http = fixture.Gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
    }
}
