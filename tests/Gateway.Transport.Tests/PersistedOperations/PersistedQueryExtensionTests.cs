using Gateway.Transport.PersistedOperations;
using GraphQL;

namespace Gateway.Transport.Tests.PersistedOperations;

public sealed class PersistedQueryExtensionTests
{
    [Fact]
    public void ComputeHash_Query_IsLowercaseHexOfSha256OverUtf8()
    {
        // The vector is Python's hashlib.sha256(b"{ hello }").hexdigest().
        Assert.Equal("001c3174e099bd72b729d0c0a529ba9f5a740c446e2a6e1d71b283cb84ec3065", PersistedQueryExtension.ComputeHash("{ hello }"));
    }

    [Fact]
    public void Read_NoPersistedQueryExtension_IsNull()
    {
        Assert.Null(PersistedQueryExtension.Read(null));
        Assert.Null(PersistedQueryExtension.Read(new Inputs(new Dictionary<string, object?> { ["other"] = 1 })));
    }

    [Fact]
    public void Read_UppercaseHash_IsNormalizedToLowercase()
    {
        var extension = PersistedQueryExtension.Read(Extensions(1, new string('A', 64)));

        Assert.Equal(new string('a', 64), extension!.Sha256Hash);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData("1")]
    [InlineData(null)]
    public void Read_UnsupportedVersion_IsPersistedQueryInvalid(object? version)
    {
        var error = Assert.Throws<PersistedQueryInvalidError>(() => PersistedQueryExtension.Read(Extensions(version, new string('a', 64))));

        Assert.Equal(PersistedQueryInvalidError.ErrorCode, error.Code);
        Assert.Contains("version", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz1c3174e099bd72b729d0c0a529ba9f5a740c446e2a6e1d71b283cb84ec3065")]
    [InlineData(null)]
    public void Read_MalformedHash_IsPersistedQueryInvalid(string? hash)
    {
        var error = Assert.Throws<PersistedQueryInvalidError>(() => PersistedQueryExtension.Read(Extensions(1, hash)));

        Assert.Contains("sha256Hash", error.Message, StringComparison.Ordinal);
    }

    private static Inputs Extensions(object? version, string? hash)
        => new(new Dictionary<string, object?>
        {
            ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = version, ["sha256Hash"] = hash },
        });
}
