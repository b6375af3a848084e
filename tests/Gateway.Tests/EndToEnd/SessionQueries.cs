namespace Gateway.Tests.EndToEnd;

/// <summary>The documents the end-to-end tests send, written the way a front end writes them.</summary>
internal static class SessionQueries
{
    /// <summary>Every field of the seed <c>Session</c> model, nested types included.</summary>
    public const string SessionSeedFields = """
        id customerId customerIdType type externalId externalUrl shortId
        outcomeAchievements { outcome { id selfUri } achievedDate }
        segmentAssignments { segment { id } assignedDate }
        attributes { key value { dataType value } }
        attributeLists { key value { dataType values } }
        browser { family version lang fingerprint isMobile viewHeight viewWidth featuresFlash featuresJava featuresPdf featuresWebrtc }
        device { category type isMobile screenHeight screenWidth screenDensity fingerprint osFamily osVersion manufacturer }
        geolocation { country countryName latitude longitude locality postalCode region regionName source timezone }
        ipAddress ipOrganization
        lastPage { url title domain fragment hostname keywords lang pathname queryString breadcrumb }
        mktCampaign { content medium name source term clickId network }
        referrer { url domain hostname keywords pathname queryString fragment name medium }
        app { name namespace version buildNumber }
        sdkLibrary { name version }
        networkConnectivity { carrier bluetoothEnabled cellularEnabled wifiEnabled }
        searchTerms userAgentString durationInSeconds eventCount pageviewCount screenviewCount
        lastEvent { id eventName createdDate }
        lastConnectedQueue { id }
        lastConnectedUser { id }
        lastUserDisposition { code notes user { id } }
        conversationChannels { type messageType platform }
        originatingDirection originatingDirectionRaw
        conversationSubject
        lastUserDisconnectType lastUserDisconnectTypeRaw
        lastAcdOutcome lastAcdOutcomeRaw
        authenticated selfUri createdDate endedDate
        externalContact { id }
        awayDate idleDate
        conversation { id }
        """;

    public const string SessionById = "query Session($id: ID!) { session(id: $id) { " + SessionSeedFields + " } }";
}
