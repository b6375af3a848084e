using Gateway.Common.Errors;
using Gateway.Conversations;
using Gateway.DataLoading;
using Gateway.Limits;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Cobrowse;

/// <summary>The root fields of the Cobrowse feature.</summary>
public static class CobrowseQueries
{
    public static void AddCobrowseQueries(this ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<CobrowsesessionGraphType>>>("cobrowseSessions")
            .Description("Every participant's co-browse sessions of a conversation; null with NOT_FOUND when the conversation is unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("conversationId", "The conversation id.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context =>
            {
                // Through the conversation loader, so asking for the conversation too costs no second call.
                var id = context.GetArgument<string>("conversationId");
                return context.Loader<ConversationByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(conversation => CobrowseSessions.Of(conversation ?? throw new NotFoundError("Conversation", id)));
            });

        query.Field<CobrowseConversationGraphType>("cobrowseConversation")
            .Description("A co-browse conversation by id; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The conversation id.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.Loader<CobrowseConversationByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(conversation => conversation ?? throw new NotFoundError("CobrowseConversation", id));
            });
    }
}
