using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

internal static class QueueGenerator
{
    public static Queue Create(GenerationContext context, int index)
    {
        var plan = context.Plan;
        var id = plan.QueueIds[index];
        var random = context.Values("queue", index);
        var topic = random.Pick(SampleValues.QueueTopics);
        var region = random.Pick(SampleValues.QueueRegions);
        var created = context.Now - random.Between(TimeSpan.FromDays(200), TimeSpan.FromDays(1500));
        var modified = created + random.Between(TimeSpan.FromDays(1), context.Now - created);
        var members = random.Next(3, 60);
        var creator = random.Pick(plan.UserIds);

        return new Queue
        {
            // The index keeps names unique, as the platform requires of queue names.
            Name = $"{topic} {region} {index + 1:00}",
            Id = id,
            Division = context.HomeDivision,
            Description = $"{topic} enquiries routed for {region}.",
            DateCreated = created,
            DateModified = modified,
            CreatedBy = creator,
            ModifiedBy = random.Pick(plan.UserIds),
            MemberCount = members,
            UserMemberCount = members,
            JoinedMemberCount = random.Next(0, members + 1),
            SelfUri = SelfUris.Queue(id),
        };
    }
}
