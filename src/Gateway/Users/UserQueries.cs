using Gateway.Common.Errors;
using Gateway.Conversations;
using Gateway.DataLoading;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Users;

/// <summary>The root fields of the Users feature.</summary>
public static class UserQueries
{
    public static void AddUserQueries(this ObjectGraphType query)
    {
        query.Field<UserGraphType>("user")
            .Description("A user by id; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The user id.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.RequestServices!.GetRequiredService<UserByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(user => user ?? throw new NotFoundError("User", id));
            });

        query.Field<ListGraphType<UserGraphType>>("users")
            .Description("Users by id, in the order asked, in one bulk call; an unknown id is a null item with NOT_FOUND.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(EntitiesByIds.ArgumentName, $"The ids, at most {EntitiesByIds.MaxIds}.")
            .Resolve(context => EntitiesByIds.Load<UserByIdDataLoader, User>(context, "User"));
    }
}
