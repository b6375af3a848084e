using Gateway.Common;
using Gateway.Sessions;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.ExternalContacts;

/// <summary>An external contact (SDK model <c>ExternalContact</c>).</summary>
public sealed class ExternalContactGraphType : ObjectGraphType<ExternalContact>
{
    public ExternalContactGraphType()
    {
        Name = "ExternalContact";
        Description = "An external contact: a customer known to the organization.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The globally unique identifier for the object.");
        Field(x => x.FirstName, nullable: true).Description("The first name of the contact.");
        Field(x => x.MiddleName, nullable: true).Description("The middle name of the contact.");
        Field(x => x.LastName, nullable: true).Description("The last name of the contact.");
        Field(x => x.Salutation, nullable: true).Description("The salutation of the contact.");
        Field(x => x.Title, nullable: true).Description("The title of the contact.");
        Field(x => x.WorkPhone, type: typeof(PhoneNumberGraphType)).Description("The work phone.");
        Field(x => x.CellPhone, type: typeof(PhoneNumberGraphType)).Description("The cell phone.");
        Field(x => x.HomePhone, type: typeof(PhoneNumberGraphType)).Description("The home phone.");
        Field(x => x.OtherPhone, type: typeof(PhoneNumberGraphType)).Description("Another phone.");
        Field(x => x.WorkEmail, nullable: true).Description("The work email.");
        Field(x => x.PersonalEmail, nullable: true).Description("The personal email.");
        Field(x => x.OtherEmail, nullable: true).Description("Another email.");
        Field(x => x.Address, type: typeof(ContactAddressGraphType)).Description("The postal address.");
        Field(x => x.ExternalOrganization, type: typeof(DomainEntityRefGraphType)).Description("The external organization the contact belongs to.");
        Field(x => x.ModifyDate, type: typeof(IsoDateTimeGraphType)).Description("When the contact was last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.CreateDate, type: typeof(IsoDateTimeGraphType)).Description("When the contact was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.ExternalSystemUrl, nullable: true).Description("A string that identifies an external system-of-record resource that may have more detailed information on the contact. It should be a valid URL (including the http/https protocol, port, and path [if any]).");
        Field(x => x.Type, nullable: true).Description("The type of contact (Curated, Ephemeral, Identified).");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");

        Field<NonNullGraphType<SessionConnectionGraphType>>("sessions")
            .Description("This contact's journey sessions, newest first, as a cursor connection (the same paging as `sessionsByExternalContact`; every contact of a level is listed in one dispatch).")
            .WithPagingArguments()
            .WithSessionConnectionCost()
            .Resolve(context => SessionConnectionField.Resolve(context, context.Source.Id));
    }
}
