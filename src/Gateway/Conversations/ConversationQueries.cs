using Gateway.Common.Errors;
using Gateway.DataLoading;
using Gateway.Limits;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Conversations;

/// <summary>The root fields of the Conversations feature.</summary>
public static class ConversationQueries
{
    public static void AddConversationQueries(this ObjectGraphType query)
    {
        query.Field<ConversationGraphType>("conversation")
            .Description("A live conversation by id, with its participants and their co-browse sessions; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The conversation id.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.Loader<ConversationByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(conversation => conversation ?? throw new NotFoundError("Conversation", id));
            });
    }
}
