using System.Net;
using Gateway.Common.Errors;
using Gateway.Transport.Errors;

namespace Gateway.Auth;

/// <summary>
/// 503: the organization of a pass-through caller's token could not be found out (the upstream's look-up failed other
/// than by refusing the token), so nothing can be read for the caller yet.
/// </summary>
public sealed class CallerOrganizationUnknownError()
    : RequestError(
        HttpStatusCode.ServiceUnavailable,
        GatewayErrorCodes.UpstreamOrganizationUnknown,
        "The organization of the caller's Genesys Cloud token could not be found out; try again later.");
