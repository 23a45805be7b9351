namespace TeamsQuality.Cards;

/// <summary>
/// The texts of the proactive notices that go through the outbox (the reporter hears back, an action's owner is told,
/// a report waits for assessment, messages that could not be delivered), in Swedish and English. Kept in a record of
/// their own so the notices' words are in one place; reached as <see cref="Texts.Notices"/>.
/// </summary>
public sealed record NoticeTexts
{
    public static NoticeTexts Swedish { get; } = new()
    {
        StatusAssessedTitle = "Din rapport har bedömts",
        StatusAnsweredTitle = "Din rapport har besvarats",
        StatusClosedTitle = "Din rapport är avslutad",
        StatusChangedTitle = "Din rapport har fått ny status",
        NewStatusLabel = "Ny status",
        StatusOpenHint = "Öppna rapporten för att se vad som har hänt med den.",
        StatusFallback = "Rapport {0}: {1}",
        ActionOwnerTitle = "Du är ansvarig för en åtgärd",
        ActionOwnerIntro = "{0} har gett dig ansvaret för en åtgärd i enhetens plan.",
        ActionDueLabel = "Klar senast",
        ActionNoDueDate = "Inget datum satt",
        ActionOriginLabel = "Kommer från",
        ActionFromReport = "En rapport",
        ActionOwnerHint = "Följ åtgärden till slut, och berätta för enhetschefen när den är genomförd.",
        ActionOwnerFallback = "Du är ansvarig för en åtgärd: {0}",
        AssessmentReminderTitle = "En rapport väntar på din bedömning",
        AssessmentEscalatedTitle = "Eskalerat: en rapport väntar på bedömning",
        AssessmentWaitingSince = "Har väntat på bedömning i {0}",
        AssessmentReminderText = "Bedöm den: allvarlighetsgrad och omedelbara åtgärder.",
        AssessmentEscalatedNote = "Eskalerad: verksamhetsutvecklarna har också fått påminnelsen.",
        AssessmentReminderFallback = "Rapport {0} väntar på bedömning",
        DeliveryFailedTitleOne = "1 meddelande kunde inte levereras",
        DeliveryFailedTitleMany = "{0} meddelanden kunde inte levereras",
        DeliveryFailedIntro = "Jag har försökt flera gånger utan att lyckas. Mottagaren har kanske inte appen i Teams, eller så finns kanalen inte längre. Se till att de får veta det på annat sätt.",
        DeliveryFailedMore = "… och {0} till",
        DeliveryFailedPrivacy = "Här står bara vem det gällde och vilket slags meddelande, aldrig innehållet.",
        DeliveryFailedFallback = "{0} meddelanden kunde inte levereras",
        ShowUndelivered = "Visa alla som inte levererats",
        UndeliveredNone = "Alla meddelanden har levererats.",
        UndeliveredOnlyQualityDevelopers = "Listan över meddelanden som inte kunde levereras är till för verksamhetsutvecklarna.",
        ChannelOf = "Kanalen för {0}",
        UnknownRecipient = "Okänd mottagare",
        KindReportFiled = "Ny rapport att ta hand om",
        KindIvoDecisionNeeded = "Beslut om IVO-anmälan behövs",
        KindIvoReminder = "Påminnelse om beslut om IVO-anmälan",
        KindAssessmentReminder = "Påminnelse om bedömning",
        KindReportStatus = "Besked om en rapports status",
        KindActionOwner = "Ansvar för en åtgärd",
        KindStopDue = "Hållplatsen i kanalen",
        KindStopNudge = "Påminnelse om hållplats",
        KindStopStarted = "Besked om att en hållplats har startats",
        KindStopSummary = "Sammanfattning av hållplats",
        KindCardUpdate = "Uppdatering av ett kort",
        KindDeliveryFailed = "Besked om meddelanden som inte levererats",
        KindSubstitute = "Besked om uppdrag som ersättare",
    };

    public static NoticeTexts English { get; } = new()
    {
        StatusAssessedTitle = "Your report has been assessed (bedömd)",
        StatusAnsweredTitle = "Your report has been answered (besvarad)",
        StatusClosedTitle = "Your report has been closed (avslutad)",
        StatusChangedTitle = "Your report has a new status",
        NewStatusLabel = "New status",
        StatusOpenHint = "Open the report to see what has happened to it.",
        StatusFallback = "Report {0}: {1}",
        ActionOwnerTitle = "You own an action (åtgärd)",
        ActionOwnerIntro = "{0} has made you responsible for an action in the unit's plan.",
        ActionDueLabel = "Due",
        ActionNoDueDate = "No date set",
        ActionOriginLabel = "Comes from",
        ActionFromReport = "A report",
        ActionOwnerHint = "Follow the action through, and tell the enhetschef (unit manager) when it is done.",
        ActionOwnerFallback = "You own an action: {0}",
        AssessmentReminderTitle = "A report is waiting for your bedömning (assessment)",
        AssessmentEscalatedTitle = "Escalated: a report is waiting for its bedömning (assessment)",
        AssessmentWaitingSince = "Waiting for assessment for {0}",
        AssessmentReminderText = "Assess it: severity (allvarlighetsgrad) and immediate actions.",
        AssessmentEscalatedNote = "Escalated: the verksamhetsutvecklare (quality developers) have been reminded too.",
        AssessmentReminderFallback = "Report {0} is waiting for assessment",
        DeliveryFailedTitleOne = "1 message could not be delivered",
        DeliveryFailedTitleMany = "{0} messages could not be delivered",
        DeliveryFailedIntro = "I tried several times without success. The recipient may not have the app in Teams, or the channel may be gone. Make sure they hear about it another way.",
        DeliveryFailedMore = "… and {0} more",
        DeliveryFailedPrivacy = "Only who it was for and what kind of message is shown here, never its content.",
        DeliveryFailedFallback = "{0} messages could not be delivered",
        ShowUndelivered = "Show all undelivered messages",
        UndeliveredNone = "Every message has been delivered.",
        UndeliveredOnlyQualityDevelopers = "The list of messages that could not be delivered is for the verksamhetsutvecklare (quality developers).",
        ChannelOf = "The channel of {0}",
        UnknownRecipient = "Unknown recipient",
        KindReportFiled = "A new report to handle",
        KindIvoDecisionNeeded = "The IVO decision is needed",
        KindIvoReminder = "A reminder of the IVO decision",
        KindAssessmentReminder = "A reminder to assess a report",
        KindReportStatus = "A report's new status",
        KindActionOwner = "Owning an action (åtgärd)",
        KindStopDue = "The stop (hållplats) in the channel",
        KindStopNudge = "A reminder of a stop (hållplats)",
        KindStopStarted = "The notice that a stop (hållplats) was started",
        KindStopSummary = "The summary of a stop (hållplats)",
        KindCardUpdate = "An update of a card",
        KindDeliveryFailed = "Messages that could not be delivered",
        KindSubstitute = "Being named substitute (ersättare), or its end",
    };

    public required string StatusAssessedTitle { get; init; }

    public required string StatusAnsweredTitle { get; init; }

    public required string StatusClosedTitle { get; init; }

    public required string StatusChangedTitle { get; init; }

    public required string NewStatusLabel { get; init; }

    public required string StatusOpenHint { get; init; }

    /// <summary>{0}: the reference; {1}: the new status.</summary>
    public required string StatusFallback { get; init; }

    public required string ActionOwnerTitle { get; init; }

    /// <summary>{0}: who named the owner.</summary>
    public required string ActionOwnerIntro { get; init; }

    public required string ActionDueLabel { get; init; }

    public required string ActionNoDueDate { get; init; }

    public required string ActionOriginLabel { get; init; }

    public required string ActionFromReport { get; init; }

    public required string ActionOwnerHint { get; init; }

    /// <summary>{0}: the action.</summary>
    public required string ActionOwnerFallback { get; init; }

    public required string AssessmentReminderTitle { get; init; }

    public required string AssessmentEscalatedTitle { get; init; }

    /// <summary>{0}: how long, e.g. "2 dagar 3 timmar".</summary>
    public required string AssessmentWaitingSince { get; init; }

    public required string AssessmentReminderText { get; init; }

    public required string AssessmentEscalatedNote { get; init; }

    /// <summary>{0}: the reference.</summary>
    public required string AssessmentReminderFallback { get; init; }

    public required string DeliveryFailedTitleOne { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string DeliveryFailedTitleMany { get; init; }

    public required string DeliveryFailedIntro { get; init; }

    /// <summary>{0}: how many more than the card lists.</summary>
    public required string DeliveryFailedMore { get; init; }

    public required string DeliveryFailedPrivacy { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string DeliveryFailedFallback { get; init; }

    public required string ShowUndelivered { get; init; }

    public required string UndeliveredNone { get; init; }

    public required string UndeliveredOnlyQualityDevelopers { get; init; }

    /// <summary>{0}: the unit.</summary>
    public required string ChannelOf { get; init; }

    public required string UnknownRecipient { get; init; }

    public required string KindReportFiled { get; init; }

    public required string KindIvoDecisionNeeded { get; init; }

    public required string KindIvoReminder { get; init; }

    public required string KindAssessmentReminder { get; init; }

    public required string KindReportStatus { get; init; }

    public required string KindActionOwner { get; init; }

    public required string KindStopDue { get; init; }

    public required string KindStopNudge { get; init; }

    public required string KindStopStarted { get; init; }

    public required string KindStopSummary { get; init; }

    public required string KindCardUpdate { get; init; }

    public required string KindDeliveryFailed { get; init; }

    public required string KindSubstitute { get; init; }

    /// <summary>What kind of message it was, in words, for the list of what could not be delivered.</summary>
    public string KindName(NoticeKind kind) => kind switch
    {
        NoticeKind.ReportFiled => KindReportFiled,
        NoticeKind.IvoDecisionNeeded => KindIvoDecisionNeeded,
        NoticeKind.IvoReminder => KindIvoReminder,
        NoticeKind.AssessmentReminder => KindAssessmentReminder,
        NoticeKind.ReportStatus => KindReportStatus,
        NoticeKind.ActionOwner => KindActionOwner,
        NoticeKind.StopDue => KindStopDue,
        NoticeKind.StopNudge => KindStopNudge,
        NoticeKind.StopStarted => KindStopStarted,
        NoticeKind.StopSummary => KindStopSummary,
        NoticeKind.CardUpdate => KindCardUpdate,
        NoticeKind.DeliveryFailed => KindDeliveryFailed,
        NoticeKind.Substitute => KindSubstitute,
        _ => kind.ToString(),
    };
}

public sealed partial record Texts
{
    /// <summary>The texts of the proactive notices, in this language.</summary>
    public NoticeTexts Notices => Language == UiLanguage.English ? NoticeTexts.English : NoticeTexts.Swedish;
}
