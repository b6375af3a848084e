namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// The shape of the data, the same in every organization: every id and every relation (which contact a session
/// belongs to, which conversation it led to, who took part in that conversation). Depends on the seed and the counts only.
/// </summary>
internal sealed class DataPlan
{
    /// <summary>Sessions at these indices carry enum values the SDK does not know, so unknown-enum handling is exercised.</summary>
    public const int UnknownEnumPeriod = 250;
    public const int UnknownEnumOffset = 3;

    public DataPlan(SimulatorOptions options)
    {
        Seed = options.Seed;
        ReferenceTime = options.ReferenceTime.ToUniversalTime();
        ContactIds = Ids("externalcontact", options.ExternalContactCount);
        UserIds = Ids("user", options.UserCount);
        QueueIds = Ids("queue", options.QueueCount);
        SegmentIds = Ids("journeysegment", options.SegmentCount);
        ConversationIds = Ids("conversation", options.ConversationCount);
        SessionIds = Ids("session", options.SessionCount);
        OutcomeIds = Ids("journeyoutcome", 8);
        ExternalOrganizationIds = Ids("externalorganization", 20);
        DivisionId = StableIds.Guid(Seed, "division", 0);

        SessionContact = new int[SessionIds.Length];
        SessionConversation = new int[SessionIds.Length];
        SessionSparse = new bool[SessionIds.Length];
        var contacts = ContactIds.Length;
        for (var i = 0; i < SessionIds.Length; i++)
        {
            var random = StableIds.Structure(Seed, "session", i);

            // Two rounds over the contacts give every contact sessions; the rest is skewed so the first
            // contact has hundreds (several pages at the largest page size).
            SessionContact[i] = i < 2 * contacts ? i % contacts
                : random.Chance(0.1) ? 0
                : random.Next(contacts);

            var unknownEnums = IsUnknownEnumSession(i);
            SessionSparse[i] = !unknownEnums && random.Chance(0.04);
            SessionConversation[i] = unknownEnums || (!SessionSparse[i] && random.Chance(0.75))
                ? i % ConversationIds.Length
                : -1;
        }

        Conversations = new ConversationPlan[ConversationIds.Length];
        for (var j = 0; j < ConversationIds.Length; j++)
        {
            var random = StableIds.Structure(Seed, "conversation", j);
            var participantCount = random.Next(2, 5);
            var participantIds = new string[participantCount];
            var communicationIds = new string[participantCount];
            for (var p = 0; p < participantCount; p++)
            {
                participantIds[p] = StableIds.Guid(Seed, "participant", (j * 4) + p);
                communicationIds[p] = StableIds.Guid(Seed, "communication", (j * 4) + p);
            }

            Conversations[j] = new ConversationPlan(
                ContactIndex: j < SessionIds.Length ? SessionContact[j] : random.Next(contacts),
                SessionIndex: j < SessionIds.Length ? j : -1,
                UserIndex: random.Next(UserIds.Length),
                TransferUserIndex: random.Next(UserIds.Length),
                QueueIndex: random.Next(QueueIds.Length),
                ParticipantIds: participantIds,
                CommunicationIds: communicationIds,
                HasCobrowse: random.Chance(0.4),
                CobrowseSessionId: StableIds.Guid(Seed, "cobrowsesession", j));
        }
    }

    public int Seed { get; }
    public DateTimeOffset ReferenceTime { get; }
    public string[] ContactIds { get; }
    public string[] UserIds { get; }
    public string[] QueueIds { get; }
    public string[] SegmentIds { get; }
    public string[] ConversationIds { get; }
    public string[] SessionIds { get; }
    public string[] OutcomeIds { get; }
    public string[] ExternalOrganizationIds { get; }
    public string DivisionId { get; }

    /// <summary>Index of the contact each session belongs to.</summary>
    public int[] SessionContact { get; }

    /// <summary>Index of the conversation each session led to, or -1.</summary>
    public int[] SessionConversation { get; }

    /// <summary>Sessions that carry only the required fields.</summary>
    public bool[] SessionSparse { get; }

    public ConversationPlan[] Conversations { get; }

    public static bool IsUnknownEnumSession(int index) => index % UnknownEnumPeriod == UnknownEnumOffset;

    private string[] Ids(string kind, int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = StableIds.Guid(Seed, kind, i);
        }

        return ids;
    }
}

/// <summary>
/// Who takes part in a conversation. Participants by position: 0 customer, 1 agent, then the ACD (queue) leg,
/// then a second agent the conversation was transferred to.
/// </summary>
internal sealed record ConversationPlan(
    int ContactIndex,
    int SessionIndex,
    int UserIndex,
    int TransferUserIndex,
    int QueueIndex,
    string[] ParticipantIds,
    string[] CommunicationIds,
    bool HasCobrowse,
    string CobrowseSessionId);
