using Gateway.Sessions;

namespace Gateway.Tests.Sessions;

public sealed class UpstreamEnumMappingTests
{
    [Theory]
    [InlineData("Inbound", OriginatingDirection.Inbound)]
    [InlineData("Outbound", OriginatingDirection.Outbound)]
    [InlineData("Unknown", OriginatingDirection.Unknown)]
    [InlineData("OutdatedSdkVersion", OriginatingDirection.OutdatedSdkVersion)]
    public void Map_KnownOriginatingDirection_ReturnsItsValue(string raw, OriginatingDirection expected)
        => Assert.Equal(expected, UpstreamEnumMapping<OriginatingDirection>.Map(raw, OriginatingDirection.OutdatedSdkVersion));

    [Theory]
    [InlineData("TransportFailure", LastUserDisconnectType.TransportFailure)]
    [InlineData("ConferenceTransfer", LastUserDisconnectType.ConferenceTransfer)]
    [InlineData("DoNotDisturbEndpoint", LastUserDisconnectType.DoNotDisturbEndpoint)]
    [InlineData("Peer", LastUserDisconnectType.Peer)]
    public void Map_KnownDisconnectType_ReturnsItsValue(string raw, LastUserDisconnectType expected)
        => Assert.Equal(expected, UpstreamEnumMapping<LastUserDisconnectType>.Map(raw, LastUserDisconnectType.OutdatedSdkVersion));

    [Theory]
    [InlineData("inbound")]
    [InlineData("INBOUND")]
    [InlineData("iNbOuNd")]
    public void Map_DifferentCase_MatchesCaseInsensitively(string raw)
        => Assert.Equal(OriginatingDirection.Inbound, UpstreamEnumMapping<OriginatingDirection>.Map(raw, OriginatingDirection.OutdatedSdkVersion));

    [Fact]
    public void Map_ScreamingSnakeCase_Matches()
        => Assert.Equal(LastAcdOutcome.FlowOut, UpstreamEnumMapping<LastAcdOutcome>.Map("FLOW_OUT", LastAcdOutcome.OutdatedSdkVersion));

    [Theory]
    [InlineData("Sideways")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("Inbound,Outbound")]
    public void Map_UnknownValue_ReturnsFallback(string raw)
        => Assert.Equal(OriginatingDirection.OutdatedSdkVersion, UpstreamEnumMapping<OriginatingDirection>.Map(raw, OriginatingDirection.OutdatedSdkVersion));

    [Fact]
    public void Map_Null_ReturnsNull()
        => Assert.Null(UpstreamEnumMapping<LastAcdOutcome>.Map(null, LastAcdOutcome.OutdatedSdkVersion));

    [Fact]
    public void IsKnown_EveryLastUserDisconnectTypeName_IsTrue()
    {
        string[] upstreamValues =
        [
            "OutdatedSdkVersion", "Unknown", "Endpoint", "Client", "System", "Transfer", "Error", "Peer", "Other", "Spam",
            "Timeout", "TransportFailure", "ConferenceTransfer", "ConsultTransfer", "ForwardTransfer", "NoAnswerTransfer",
            "NotAvailableTransfer", "Uncallable", "DoNotDisturbEndpoint", "DoNotDisturbTransfer",
        ];

        Assert.All(upstreamValues, value => Assert.True(UpstreamEnumMapping<LastUserDisconnectType>.IsKnown(value), value));
        Assert.Equal(upstreamValues.Length, Enum.GetValues<LastUserDisconnectType>().Length);
    }
}
