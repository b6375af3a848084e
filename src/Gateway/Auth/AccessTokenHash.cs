using System.Security.Cryptography;
using System.Text;

namespace Gateway.Auth;

/// <summary>How a caller's token names what belongs to it (its organization look-up, its own responses) without being kept.</summary>
public static class AccessTokenHash
{
    /// <summary>The lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Of(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(accessToken)));
    }
}
