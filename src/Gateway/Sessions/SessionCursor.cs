using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Gateway.Sessions;

/// <summary>
/// Where an edge of a contact's session listing sits: the upstream <c>after</c> token of the page it was read from
/// (<c>null</c> for the first page) and its offset in that page. Resuming after a cursor reads that upstream page
/// and skips up to and including the offset. Offset -1 means "just before the page starts": the last edge of an
/// upstream page points into the next page this way, so resuming from it reads the next page directly.
/// A cursor inside a page also names its session (<see cref="AnchorId"/>): when sessions joined the head of the list
/// meanwhile, resuming finds that session again instead of trusting the offset.
/// The client sees it base64url-encoded and opaque.
/// </summary>
public readonly record struct SessionCursor(string? PageAfter, int Offset, string? AnchorId = null)
{
    private const string Prefix = "sc1:";
    private const string AnchoredPrefix = "sc2:";

    /// <summary>The largest upstream page (its <c>pageSize</c> maximum): offsets stay below it.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The opaque text a client passes back as <c>after</c>.</summary>
    public string Encode()
    {
        var text = AnchorId is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Offset}:{PageAfter}")
            : string.Create(CultureInfo.InvariantCulture, $"{AnchoredPrefix}{Offset}:{AnchorId}:{PageAfter}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Reads a cursor this gateway issued; false for anything else.</summary>
    public static bool TryDecode(string? encoded, out SessionCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(encoded) || encoded.Length > 4096)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(encoded);
        }
        catch (FormatException)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return false;
        }

        string? anchorId = null;
        ReadOnlySpan<char> body;
        if (text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            body = text.AsSpan(Prefix.Length);
        }
        else if (text.StartsWith(AnchoredPrefix, StringComparison.Ordinal))
        {
            // offset:anchor:pageAfter — the anchor is a session id, which holds no colon.
            var rest = text.AsSpan(AnchoredPrefix.Length);
            var first = rest.IndexOf(':');
            var second = first < 0 ? -1 : rest[(first + 1)..].IndexOf(':');
            if (second <= 0)
            {
                return false;
            }

            anchorId = rest.Slice(first + 1, second).ToString();
            body = string.Concat(rest[..first], rest[(first + 1 + second)..]).AsSpan();
        }
        else
        {
            return false;
        }

        var separator = body.IndexOf(':');
        if (separator < 0
            || !int.TryParse(body[..separator], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset)
            || offset < -1
            || offset >= MaxPageSize)
        {
            return false;
        }

        var pageAfter = body[(separator + 1)..];
        if (offset == -1 && pageAfter.IsEmpty)
        {
            // Nothing sits before the first page.
            return false;
        }

        cursor = new SessionCursor(pageAfter.IsEmpty ? null : pageAfter.ToString(), offset, anchorId);
        return true;
    }
}
