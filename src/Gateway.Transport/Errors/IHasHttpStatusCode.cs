using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>
/// Marks a GraphQL error that decides the HTTP status code of the response it appears in,
/// whatever the negotiated response media type.
/// </summary>
public interface IHasHttpStatusCode
{
    /// <summary>The HTTP status code the response must carry.</summary>
    HttpStatusCode StatusCode { get; }
}
