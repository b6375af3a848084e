namespace GenesysCloud.Models;

/// <summary>A division a conversation belongs to.</summary>
public sealed record ConversationDivisionMembership
{
    /// <summary>The division.</summary>
    public DomainEntityRef? Division { get; init; }

    /// <summary>The entities of the conversation in that division.</summary>
    public List<DomainEntityRef>? Entities { get; init; }
}
