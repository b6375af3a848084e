using Gateway.Sessions;

namespace Gateway.Tests.Sessions;

public sealed class SessionCursorTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData(null, 24)]
    [InlineData("eyJwb3MiOjI1fQ==", 0)]
    [InlineData("token:with:colons/and+plus=", 199)]
    [InlineData("next-page", -1)]
    public void Encode_ThenDecode_RoundTrips(string? pageAfter, int offset)
    {
        // Arrange
        var cursor = new SessionCursor(pageAfter, offset);

        // Act
        var decoded = SessionCursor.TryDecode(cursor.Encode(), out var result);

        // Assert
        Assert.True(decoded);
        Assert.Equal(cursor, result);
    }

    [Theory]
    [InlineData(null, 0, "3c3f5a1e-0000-4000-8000-000000000001")]
    [InlineData("token:with:colons/and+plus=", 57, "s-42")]
    public void Encode_WithAnchorSession_ThenDecode_RoundTrips(string? pageAfter, int offset, string anchorId)
    {
        var cursor = new SessionCursor(pageAfter, offset, anchorId);

        Assert.True(SessionCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Fact]
    public void Encode_Always_IsUrlSafeBase64()
        => Assert.Matches("^[A-Za-z0-9_-]+$", new SessionCursor("a+b/c=d?", 3).Encode());

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("c2MxOg")] // "sc1:" without an offset
    [InlineData("c2MxOng6YWJj")] // "sc1:x:abc" (offset is not a number)
    [InlineData("c2MxOjIwMDphYmM")] // "sc1:200:abc" (offset past the largest page)
    [InlineData("c2MxOi0yOmFiYw")] // "sc1:-2:abc"
    [InlineData("c2MxOi0xOg")] // "sc1:-1:" (nothing sits before the first page)
    [InlineData("eHl6OjA6YWJj")] // "xyz:0:abc" (another prefix)
    public void TryDecode_MalformedCursor_IsRejected(string encoded)
        => Assert.False(SessionCursor.TryDecode(encoded, out _));
}
