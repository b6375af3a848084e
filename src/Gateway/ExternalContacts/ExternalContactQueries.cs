using Gateway.Common.Errors;
using Gateway.Conversations;
using Gateway.DataLoading;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.ExternalContacts;

/// <summary>The root fields of the ExternalContacts feature.</summary>
public static class ExternalContactQueries
{
    public static void AddExternalContactQueries(this ObjectGraphType query)
    {
        query.Field<ExternalContactGraphType>("externalContact")
            .Description("An external contact by id; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The externalContact id.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.RequestServices!.GetRequiredService<ExternalContactByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(externalContact => externalContact ?? throw new NotFoundError("ExternalContact", id));
            });

        query.Field<ListGraphType<ExternalContactGraphType>>("externalContacts")
            .Description("External contacts by id, in the order asked, in one bulk call; an unknown id is a null item with NOT_FOUND.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(EntitiesByIds.ArgumentName, $"The ids, at most {EntitiesByIds.MaxIds}.")
            .Resolve(context => EntitiesByIds.Load<ExternalContactByIdDataLoader, ExternalContact>(context, "ExternalContact"));
    }
}
