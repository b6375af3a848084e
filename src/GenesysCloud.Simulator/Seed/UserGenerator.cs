using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

internal static class UserGenerator
{
    /// <summary>One user in ten leads a team; the others report to the lead of their block of ten.</summary>
    public static User Create(GenerationContext context, int index)
    {
        var plan = context.Plan;
        var id = plan.UserIds[index];
        var random = context.Values("user", index);
        var first = random.Pick(SampleValues.FirstNames);
        var last = random.Pick(SampleValues.LastNames);
        var email = $"{first}.{last}.{index}@example-outfitters.com".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        var isLead = index % 10 == 0;
        var managerId = plan.UserIds[index - (index % 10)];

        return new User
        {
            Id = id,
            Name = $"{first} {last}",
            Division = context.HomeDivision,
            Department = random.Pick(SampleValues.Departments),
            Email = email,
            State = random.Chance(0.95) ? "active" : "inactive",
            Title = isLead ? "Team Lead" : random.Pick(SampleValues.AgentTitles),
            Username = email,
            Manager = isLead ? null : new DomainEntityRef { Id = managerId, SelfUri = SelfUris.User(managerId) },
            Version = random.Next(1, 12),
            SelfUri = SelfUris.User(id),
        };
    }
}
