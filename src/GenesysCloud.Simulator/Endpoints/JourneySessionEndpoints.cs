using System.Globalization;
using System.Text;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Endpoints;

/// <summary>A journey session by id, and the cursor-paged sessions of an external contact.</summary>
internal static class JourneySessionEndpoints
{
    private const int DefaultPageSize = 25;
    private const int MaxPageSize = 200;
    private const string CursorPrefix = "sim2:";

    public static void MapJourneySessionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/journey/sessions/{sessionId}", GetSession).WithSimulatorRoute(SimulatorRoutes.JourneySession);
        api.MapGet("/externalcontacts/contacts/{contactId}/journey/sessions", ListSessionsOfContact)
            .WithSimulatorRoute(SimulatorRoutes.ExternalContactJourneySessions);
    }

    private static IResult GetSession(HttpContext context, string sessionId, SimulatorDataStore data)
    {
        if (!EndpointIds.TryNormalize(sessionId, out var id))
        {
            return ApiErrors.MalformedId(context, "sessionId", sessionId);
        }

        var session = data.GetSession(SimulatorCaller.OrganizationId(context), id);
        return session is null
            ? ApiErrors.NotFound(context, $"Session {sessionId} not found")
            : TypedResults.Json(session, WireJson.Context.Session);
    }

    private static IResult ListSessionsOfContact(HttpContext context, string contactId, SimulatorDataStore data)
    {
        if (!EndpointIds.TryNormalize(contactId, out var id))
        {
            return ApiErrors.MalformedId(context, "contactId", contactId);
        }

        var query = context.Request.Query;
        var pageSize = DefaultPageSize;
        if (query.TryGetValue("pageSize", out var pageSizeText)
            && (!int.TryParse(pageSizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return ApiErrors.BadRequest(context, $"pageSize must be between 1 and {MaxPageSize}.");
        }

        var sessions = data.SessionsOfExternalContact(SimulatorCaller.OrganizationId(context), id);
        if (sessions is null)
        {
            return ApiErrors.NotFound(context, $"Contact {contactId} not found");
        }

        var after = query["after"].ToString();
        var offset = 0;
        if (after.Length > 0 && !TryReadCursor(after, sessions, out offset))
        {
            return ApiErrors.BadRequest(context, "The after cursor is not valid.");
        }

        var count = Math.Min(pageSize, sessions.Count - offset);
        var page = new List<Session>(count);
        for (var i = 0; i < count; i++)
        {
            page.Add(sessions[offset + i]);
        }

        var path = $"/api/v2/externalcontacts/contacts/{id}/journey/sessions";
        var next = offset + count;
        var listing = new SessionListing
        {
            Entities = page,
            NextUri = next < sessions.Count ? PageUri(path, pageSize, sessions, next) : null,
            SelfUri = PageUri(path, pageSize, sessions, offset),
            PreviousUri = offset > 0 ? PageUri(path, pageSize, sessions, Math.Max(0, offset - pageSize)) : null,
        };
        return TypedResults.Json(listing, WireJson.Context.SessionListing);
    }

    private static string PageUri(string path, int pageSize, IReadOnlyList<Session> sessions, int offset) =>
        offset == 0
            ? $"{path}?pageSize={pageSize}"
            : $"{path}?pageSize={pageSize}&after={WriteCursor(sessions[offset - 1].Id)}";

    // Opaque to callers, as the platform's cursors are; only this class reads it. It names the last session before the
    // page rather than a position, so sessions that join the head of the listing meanwhile neither repeat nor skip one.
    private static string WriteCursor(string lastSessionId) =>
        System.Buffers.Text.Base64Url.EncodeToString(Encoding.ASCII.GetBytes(CursorPrefix + lastSessionId));

    private static bool TryReadCursor(string cursor, IReadOnlyList<Session> sessions, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.ASCII.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith(CursorPrefix, StringComparison.Ordinal))
            {
                return false;
            }

            var id = text[CursorPrefix.Length..];
            for (var i = 0; i < sessions.Count; i++)
            {
                if (string.Equals(sessions[i].Id, id, StringComparison.Ordinal))
                {
                    offset = i + 1;
                    return true;
                }
            }

            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
