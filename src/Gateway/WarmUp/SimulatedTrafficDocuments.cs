namespace Gateway.WarmUp;

/// <summary>
/// What the simulated traffic of the warm-up asks (<see cref="SimulatedTrafficWarmUp"/>): a front end's pages, with
/// nearly every field of the journey session, the conversation and its co-browse sessions, so that each field's resolver,
/// every DataLoader and every upstream model's JSON path run before a caller's query does. Each takes one id variable.
/// </summary>
internal static class SimulatedTrafficDocuments
{
    public const string Session = """
        query WarmUpSession($id: ID!) { session(id: $id) { ...WarmUpSession } }
        """ + SessionFragments;

    public const string ContactJourney = """
        query WarmUpContactJourney($id: ID!) {
          externalContacts(ids: [$id]) {
            ...WarmUpContact
            sessions(first: 5) { pageInfo { hasNextPage endCursor } nodes { ...WarmUpSession } }
          }
          sessionsByExternalContact(externalContactId: $id, first: 3) { edges { cursor node { id type createdDate } } }
        }
        """ + SessionFragments;

    public const string Conversation = """
        query WarmUpConversation($id: ID!) {
          conversation(id: $id) { ...WarmUpConversation }
          cobrowseSessions(conversationId: $id) { ...WarmUpCobrowse }
        }
        """ + ConversationFragments;

    public const string User = """
        query WarmUpUser($id: ID!) { users(ids: [$id]) { ...WarmUpUser } user(id: $id) { id name } }
        fragment WarmUpUser on User { id name email department title state username version selfUri division { id name } manager { id } }
        """;

    private const string SessionFragments = """

        fragment WarmUpSession on Session {
          id shortId type externalId externalUrl customerId customerIdType selfUri createdDate endedDate awayDate idleDate
          authenticated eventCount pageviewCount screenviewCount durationInSeconds ipAddress ipOrganization userAgentString
          searchTerms conversationSubject originatingDirection originatingDirectionRaw lastAcdOutcome lastAcdOutcomeRaw
          lastUserDisconnectType lastUserDisconnectTypeRaw
          app { name namespace version buildNumber }
          browser { family version lang fingerprint isMobile viewHeight viewWidth featuresFlash featuresJava featuresPdf featuresWebrtc }
          device { category type isMobile manufacturer osFamily osVersion fingerprint screenHeight screenWidth screenDensity }
          geolocation { country countryName region regionName locality postalCode latitude longitude timezone source }
          lastPage { url title domain hostname pathname queryString fragment keywords lang breadcrumb }
          referrer { url domain hostname pathname queryString fragment keywords medium name }
          mktCampaign { name source medium content term network clickId }
          sdkLibrary { name version }
          networkConnectivity { carrier bluetoothEnabled cellularEnabled wifiEnabled }
          lastEvent { id eventName createdDate }
          conversationChannels { type platform messageType }
          outcomeAchievements { achievedDate outcome { id selfUri } }
          lastUserDisposition { code notes user { id name } }
          externalContact { ...WarmUpContact }
          lastConnectedUser { id name email department title state }
          lastConnectedQueue { ...WarmUpQueue }
          segmentAssignments { assignedDate segment { ...WarmUpSegment } }
          conversation { ...WarmUpConversation }
        }

        fragment WarmUpContact on ExternalContact {
          id firstName middleName lastName salutation title type workEmail personalEmail otherEmail externalSystemUrl
          createDate modifyDate selfUri
          address { address1 address2 city state postalCode countryCode }
          workPhone { ...WarmUpPhone } cellPhone { ...WarmUpPhone } homePhone { ...WarmUpPhone } otherPhone { ...WarmUpPhone }
          externalOrganization { id name selfUri }
        }

        fragment WarmUpPhone on PhoneNumber { display e164 extension countryCode acceptsSMS normalizationCountryCode userInput }

        fragment WarmUpSegment on JourneySegment {
          id displayName description color scope isActive shouldDisplayToAgent assignmentExpirationDays context journey
          createdDate modifiedDate version selfUri
        }
        """ + ConversationFragments;

    private const string ConversationFragments = """

        fragment WarmUpConversation on Conversation {
          id name address externalTag startTime endTime state recordingState securePause maxParticipants utilizationLabelId
          conversationIds selfUri
          divisions { division { id name } entities { id } }
          participants {
            id name purpose participantType address ani aniName dnis locale startTime endTime connectedTime startAcwTime
            endAcwTime userId userUri queueId queueName groupId teamId externalContactId externalOrganizationId
            consultParticipantId alertingTimeoutMs flaggedReason mediaRoles screenRecordingState wrapupRequired wrapupPrompt
            wrapupSkipped wrapupTimeoutMs
            attributes { key value }
            wrapup { code name notes tags durationSeconds endTime provider }
            user { id name email }
            queue { ...WarmUpQueue }
            externalContact { id firstName lastName }
            cobrowsesessions { id state }
          }
          cobrowseSessions { ...WarmUpCobrowse }
        }

        fragment WarmUpCobrowse on Cobrowsesession {
          id state initialState cobrowseSessionId cobrowseRole cobrowseRoleKind controlling viewerUrl provider peerId
          providerEventTime connectedTime disconnectedTime startAlertingTime disconnectType afterCallWorkRequired
          self { name nameRaw addressDisplayable addressNormalized addressRaw }
          wrapup { code name }
          segments { type startTime endTime howEnded disconnectType }
        }

        fragment WarmUpQueue on Queue {
          id name description memberCount userMemberCount joinedMemberCount dateCreated dateModified createdBy modifiedBy selfUri
          division { id name }
        }
        """;
}
