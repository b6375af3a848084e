using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Endpoints;

/// <summary>An external contact by id, its update, and the bulk fetch of many contacts in one call.</summary>
internal static class ExternalContactEndpoints
{
    public static void MapExternalContactEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/externalcontacts/contacts/{contactId}", GetContact).WithSimulatorRoute(SimulatorRoutes.ExternalContact);
        api.MapPut("/externalcontacts/contacts/{contactId}", UpdateContactAsync).WithSimulatorRoute(SimulatorRoutes.UpdateExternalContact);
        api.MapPost("/externalcontacts/bulk/contacts", BulkFetchAsync).WithSimulatorRoute(SimulatorRoutes.BulkExternalContacts);
    }

    private static IResult GetContact(HttpContext context, string contactId, SimulatorDataStore data)
    {
        if (!EndpointIds.TryNormalize(contactId, out var id))
        {
            return ApiErrors.MalformedId(context, "contactId", contactId);
        }

        var contact = data.GetExternalContact(SimulatorCaller.OrganizationId(context), id);
        return contact is null
            ? ApiErrors.NotFound(context, $"Contact {contactId} not found")
            : TypedResults.Json(contact, WireJson.Context.ExternalContact);
    }

    private static async Task<IResult> UpdateContactAsync(HttpContext context, string contactId, SimulatorDataStore data, SimulatorNotifications notifications)
    {
        if (!EndpointIds.TryNormalize(contactId, out var id))
        {
            return ApiErrors.MalformedId(context, "contactId", contactId);
        }

        var (body, error) = await RequestBodies.ReadAsync(context, WireJson.Context.ExternalContact);
        if (error is not null)
        {
            return error;
        }

        if (!EndpointIds.TryNormalize(body!.Id, out var bodyId) || bodyId != id)
        {
            return ApiErrors.BadRequest(context, "The id in the body does not match the contact id of the path.");
        }

        var organizationId = SimulatorCaller.OrganizationId(context);
        var updated = data.UpdateExternalContact(organizationId, id, body);
        if (updated is null)
        {
            return ApiErrors.NotFound(context, $"Contact {contactId} not found");
        }

        notifications.PublishContact(SimulatorDataStore.Normalize(organizationId), updated);
        return TypedResults.Json(updated, WireJson.Context.ExternalContact);
    }

    private static async Task<IResult> BulkFetchAsync(
        HttpContext context, SimulatorDataStore data, UpstreamCallCounter counter, IOptions<SimulatorOptions> options)
    {
        var (body, error) = await RequestBodies.ReadAsync(context, GenesysJsonContext.Default.BulkIdsRequest);
        if (error is not null)
        {
            return error;
        }

        var requested = body!.Entities;
        counter.AddIds(SimulatorRoutes.BulkExternalContacts, requested.Count);
        var max = options.Value.BulkContactsMaxIds;
        if (requested.Count > max)
        {
            return ApiErrors.BadRequest(context, $"The request contains {requested.Count} entities; the maximum is {max}.");
        }

        var organizationId = SimulatorCaller.OrganizationId(context);
        var results = new List<BulkContactResult>(requested.Count);
        var errorIndexes = new List<int>();
        for (var i = 0; i < requested.Count; i++)
        {
            var requestedId = requested[i].Id;
            var contact = EndpointIds.TryNormalize(requestedId, out var id) ? data.GetExternalContact(organizationId, id) : null;
            if (contact is not null)
            {
                results.Add(new BulkContactResult { Id = requestedId, Success = true, Status = StatusCodes.Status200OK, Entity = contact });
                continue;
            }

            errorIndexes.Add(i);
            var malformed = id.Length == 0;
            results.Add(new BulkContactResult
            {
                Id = requestedId,
                Success = false,
                Status = malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound,
                Error = new BulkErrorEntity
                {
                    Code = malformed ? ErrorCodes.BadRequest : ErrorCodes.NotFound,
                    Message = malformed ? $"The value {requestedId} is not a valid id." : $"Contact {requestedId} not found",
                    Status = malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound,
                    Retryable = false,
                },
            });
        }

        return TypedResults.Json(
            new BulkFetchContactsResponse { Results = results, ErrorCount = errorIndexes.Count, ErrorIndexes = errorIndexes },
            WireJson.Context.BulkFetchContactsResponse);
    }
}
