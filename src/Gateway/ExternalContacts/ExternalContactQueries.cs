using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.ExternalContacts;

/// <summary>The root fields of the ExternalContacts feature.</summary>
public static class ExternalContactQueries
{
    public static void AddExternalContactQueries(this ObjectGraphType query)
        => query.AddEntityRootFields<ExternalContactGraphType, ExternalContactByIdDataLoader, ExternalContact>("externalContact", "externalContacts", "ExternalContact", "An external contact", "External contacts");
}
