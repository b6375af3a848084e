using Gateway.DataLoading;
using Gateway.Limits;
using Gateway.Users;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A user's wrap-up of a session's conversation; the user is loaded by id.</summary>
public sealed class ConversationUserDispositionGraphType : ObjectGraphType<ConversationUserDisposition>
{
    public ConversationUserDispositionGraphType()
    {
        Name = "ConversationUserDisposition";
        Description = "The disposition (wrap-up) a user gave a conversation.";
        Field(x => x.Code, nullable: true).Description("User-defined wrap-up code for the conversation.");
        Field(x => x.Notes, nullable: true).Description("Text entered by the user to describe the call or disposition.");
        Field<UserGraphType>("user")
            .Description("The user that wrapped up the conversation, loaded by id (null and a NOT_FOUND error when the user no longer exists).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<UserByIdDataLoader, User>(context, context.Source.User?.Id, "User"));
    }
}
