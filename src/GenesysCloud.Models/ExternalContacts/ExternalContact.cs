namespace GenesysCloud.Models;

/// <summary>An external contact (`GET /api/v2/externalcontacts/contacts/{contactId}`).</summary>
public sealed record ExternalContact
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The first name of the contact.</summary>
    public string? FirstName { get; init; }

    /// <summary>The middle name of the contact.</summary>
    public string? MiddleName { get; init; }

    /// <summary>The last name of the contact.</summary>
    public string? LastName { get; init; }

    /// <summary>The salutation of the contact.</summary>
    public string? Salutation { get; init; }

    /// <summary>The title of the contact.</summary>
    public string? Title { get; init; }

    /// <summary>The work phone.</summary>
    public PhoneNumber? WorkPhone { get; init; }

    /// <summary>The cell phone.</summary>
    public PhoneNumber? CellPhone { get; init; }

    /// <summary>The home phone.</summary>
    public PhoneNumber? HomePhone { get; init; }

    /// <summary>Another phone.</summary>
    public PhoneNumber? OtherPhone { get; init; }

    /// <summary>The work email.</summary>
    public string? WorkEmail { get; init; }

    /// <summary>The personal email.</summary>
    public string? PersonalEmail { get; init; }

    /// <summary>Another email.</summary>
    public string? OtherEmail { get; init; }

    /// <summary>The postal address.</summary>
    public ContactAddress? Address { get; init; }

    /// <summary>The external organization the contact belongs to.</summary>
    public DomainEntityRef? ExternalOrganization { get; init; }

    /// <summary>When the contact was last modified.</summary>
    public DateTimeOffset? ModifyDate { get; init; }

    /// <summary>When the contact was created.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>A URL that identifies an external system-of-record resource for the contact.</summary>
    public string? ExternalSystemUrl { get; init; }

    /// <summary>The type of contact (Curated, Ephemeral, Identified).</summary>
    public string? Type { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
