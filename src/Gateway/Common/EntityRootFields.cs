using Gateway.Common.Errors;
using Gateway.DataLoading;
using Gateway.Limits;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Common;

/// <summary>The pair of root fields every by-id entity has: one by <c>id</c>, and many by <c>ids</c> in one batch.</summary>
public static class EntityRootFields
{
    /// <summary>
    /// Adds <c>{single}(id: ID!)</c> (null with NOT_FOUND when unknown) and <c>{plural}(ids: [ID!]!)</c> (in the order
    /// asked; an unknown id is a null item with its own NOT_FOUND), both through <typeparamref name="TLoader"/>.
    /// </summary>
    public static void AddEntityRootFields<TGraphType, TLoader, TValue>(
        this ObjectGraphType query, string single, string plural, string entityKind, string singleNoun, string pluralNoun)
        where TGraphType : IGraphType
        where TLoader : BatchDataLoader<string, TValue>
        where TValue : class
    {
        query.Field<TGraphType>(single)
            .Description($"{singleNoun} by id; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The {single} id.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.Loader<TLoader>()
                    .LoadAsync(id)
                    .Then(value => value ?? throw new NotFoundError(entityKind, id));
            });

        query.Field<ListGraphType<TGraphType>>(plural)
            .Description($"{pluralNoun} by id, in the order asked, in one bulk call; an unknown id is a null item with NOT_FOUND.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(EntitiesByIds.ArgumentName, $"The ids, at most {EntitiesByIds.MaxIds}.")
            .WithListCost(FieldCostExtensions.UpstreamWeight, EntitiesByIds.ArgumentName)
            .Resolve(context => EntitiesByIds.Load<TLoader, TValue>(context, entityKind));
    }
}
