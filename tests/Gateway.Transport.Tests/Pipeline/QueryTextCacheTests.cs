using System.Text.Json;
using Gateway.Transport.Pipeline;

namespace Gateway.Transport.Tests.Pipeline;

public sealed class QueryTextCacheTests
{
    [Fact]
    public void Read_SameTextTwice_ReturnsTheStringReadTheFirstTime()
    {
        // Arrange
        var cache = new QueryTextCache(maxEntries: 10, maxBytes: 1024);
        using var first = Body("query Q { a b }");
        using var second = Body("query Q { a b }");

        // Act
        var one = cache.Read(first.RootElement.GetProperty("query"));
        var other = cache.Read(second.RootElement.GetProperty("query"));

        // Assert
        Assert.Equal("query Q { a b }", one);
        Assert.Same(one, other);
    }

    [Fact]
    public void Read_EscapedText_SameStringAsTheJsonReaderGives()
    {
        // Arrange: newlines, a quote, a non-ASCII letter written as an escape.
        var cache = new QueryTextCache(maxEntries: 10, maxBytes: 1024);
        using var body = JsonDocument.Parse("""{ "query": "query {\n  a(s: \"\u00e9\")\n}" }""");
        var query = body.RootElement.GetProperty("query");

        // Act
        var first = cache.Read(query);
        var again = cache.Read(query);

        // Assert
        Assert.Equal(query.GetString(), first);
        Assert.Equal("query {\n  a(s: \"é\")\n}", again);
    }

    [Fact]
    public void Read_TextsThatDifferOnlyInTheirEscapes_EachReadAsItIs()
    {
        // Arrange: the same characters, one written as an escape: different bytes, equal strings.
        var cache = new QueryTextCache(maxEntries: 10, maxBytes: 1024);
        using var plain = JsonDocument.Parse("""{ "query": "{ é }" }""");
        using var escaped = JsonDocument.Parse("""{ "query": "{ \u00e9 }" }""");

        // Act
        var one = cache.Read(plain.RootElement.GetProperty("query"));
        var other = cache.Read(escaped.RootElement.GetProperty("query"));

        // Assert
        Assert.Equal("{ é }", one);
        Assert.Equal("{ é }", other);
    }

    [Fact]
    public void Read_TextLongerThanTheLimit_NotKept()
    {
        // Arrange
        var cache = new QueryTextCache(maxEntries: 10, maxBytes: 8);
        using var body = Body("query Q { a b }");
        var query = body.RootElement.GetProperty("query");

        // Act
        var one = cache.Read(query);
        var other = cache.Read(query);

        // Assert
        Assert.Equal(one, other);
        Assert.NotSame(one, other);
    }

    [Fact]
    public void Read_CacheFull_StartsOverAndKeepsTheNewText()
    {
        // Arrange: two entries at most.
        var cache = new QueryTextCache(maxEntries: 2, maxBytes: 1024);
        using var a = Body("{ a }");
        using var b = Body("{ b }");
        using var c = Body("{ c }");
        var firstA = cache.Read(a.RootElement.GetProperty("query"));
        cache.Read(b.RootElement.GetProperty("query"));

        // Act: a third text while full, then the first and the third again.
        var firstC = cache.Read(c.RootElement.GetProperty("query"));
        var againC = cache.Read(c.RootElement.GetProperty("query"));
        var againA = cache.Read(a.RootElement.GetProperty("query"));

        // Assert
        Assert.Same(firstC, againC);
        Assert.Equal(firstA, againA);
        Assert.NotSame(firstA, againA);
    }

    [Fact]
    public void Read_SizeZero_KeepsNothing()
    {
        // Arrange
        var cache = new QueryTextCache(maxEntries: 0, maxBytes: 1024);
        using var body = Body("{ a }");
        var query = body.RootElement.GetProperty("query");

        // Act
        var one = cache.Read(query);
        var other = cache.Read(query);

        // Assert
        Assert.Equal("{ a }", other);
        Assert.NotSame(one, other);
    }

    private static JsonDocument Body(string query) => JsonDocument.Parse(JsonSerializer.Serialize(new { query }));
}
