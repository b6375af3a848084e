using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

/// <summary>What every generator needs: the plan (ids, relations) and the organization whose values it draws.</summary>
internal sealed class GenerationContext(DataPlan plan, string organizationId)
{
    public DataPlan Plan { get; } = plan;
    public string OrganizationId { get; } = organizationId;
    public int Seed => Plan.Seed;
    public DateTimeOffset Now => Plan.ReferenceTime;

    /// <summary>The value stream of one entity in this organization.</summary>
    public Random Values(string kind, int index) => StableIds.Values(Seed, OrganizationId, kind, index);

    public DomainEntityRef HomeDivision => new() { Id = Plan.DivisionId, Name = "Home", SelfUri = SelfUris.Division(Plan.DivisionId) };
}
