using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Users;

/// <summary>The root fields of the Users feature.</summary>
public static class UserQueries
{
    public static void AddUserQueries(this ObjectGraphType query)
        => query.AddEntityRootFields<UserGraphType, UserByIdDataLoader, User>("user", "users", "User", "A user", "Users");
}
