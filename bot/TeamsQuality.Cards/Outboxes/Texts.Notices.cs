using TeamsQuality.Cards.Outboxes;

namespace TeamsQuality.Cards;

public sealed partial class Texts
{
    private NoticeTexts? notices;

    /// <summary>The texts of the proactive notices, in this language.</summary>
    public NoticeTexts Notices => notices ??= new NoticeTexts(this);
}

/// <summary>
/// The texts of the proactive notices that go through the outbox (the reporter hears back, an action's owner is told,
/// a report waits for assessment, messages that could not be delivered), in Swedish and English side by side. A class
/// of their own so their names do not clash with the cards' texts; reached as <see cref="Texts.Notices"/>.
/// </summary>
public sealed class NoticeTexts
{
    private readonly Texts texts;

    internal NoticeTexts(Texts texts) => this.texts = texts;

    public static NoticeTexts Swedish => Texts.Swedish.Notices;

    public static NoticeTexts English => Texts.English.Notices;

    public UiLanguage Language => texts.Language;

    /// <summary>The activity feed's line beside a 1:1 notice: neutral, as the feed shows on lock screens and phones.</summary>
    public string ActivityFeedLine => Say("Du har ett nytt meddelande från TeamsQuality.", "You have a new message from TeamsQuality.");

    public string StatusAssessedTitle => Say("Din rapport har bedömts", "Your report has been assessed (bedömd)");

    public string StatusAnsweredTitle => Say("Din rapport har besvarats", "Your report has been answered (besvarad)");

    public string StatusClosedTitle => Say("Din rapport är avslutad", "Your report has been closed (avslutad)");

    public string StatusChangedTitle => Say("Din rapport har fått ny status", "Your report has a new status");

    public string NewStatusLabel => Say("Ny status", "New status");

    public string StatusOpenHint => Say("Öppna rapporten för att se vad som har hänt med den.", "Open the report to see what has happened to it.");

    /// <summary>{0}: the reference; {1}: the new status.</summary>
    public string StatusFallback => Say("Rapport {0}: {1}", "Report {0}: {1}");

    public string ActionOwnerTitle => Say("Du är ansvarig för en åtgärd", "You own an action (åtgärd)");

    /// <summary>{0}: who named the owner.</summary>
    public string ActionOwnerIntro => Say(
        "{0} har gett dig ansvaret för en åtgärd i enhetens plan.",
        "{0} has made you responsible for an action in the unit's plan.");

    public string ActionDueLabel => Say("Klar senast", "Due");

    public string ActionNoDueDate => Say("Inget datum satt", "No date set");

    public string ActionOriginLabel => Say("Kommer från", "Comes from");

    public string ActionFromReport => Say("En rapport", "A report");

    public string ActionOwnerHint => Say(
        "Följ åtgärden till slut, och berätta för enhetschefen när den är genomförd.",
        "Follow the action through, and tell the enhetschef (unit manager) when it is done.");

    /// <summary>{0}: the action.</summary>
    public string ActionOwnerFallback => Say("Du är ansvarig för en åtgärd: {0}", "You own an action: {0}");

    public string AssessmentReminderTitle => Say("En rapport väntar på din bedömning", "A report is waiting for your bedömning (assessment)");

    public string AssessmentEscalatedTitle => Say(
        "Eskalerat: en rapport väntar på bedömning",
        "Escalated: a report is waiting for its bedömning (assessment)");

    /// <summary>{0}: how long, e.g. "2 dagar 3 timmar".</summary>
    public string AssessmentWaitingSince => Say("Har väntat på bedömning i {0}", "Waiting for assessment for {0}");

    public string AssessmentReminderText => Say(
        "Bedöm den: allvarlighetsgrad och omedelbara åtgärder.",
        "Assess it: severity (allvarlighetsgrad) and immediate actions.");

    public string AssessmentEscalatedNote => Say(
        "Eskalerad: verksamhetsutvecklarna har också fått påminnelsen.",
        "Escalated: the verksamhetsutvecklare (quality developers) have been reminded too.");

    /// <summary>{0}: the reference.</summary>
    public string AssessmentReminderFallback => Say("Rapport {0} väntar på bedömning", "Report {0} is waiting for assessment");

    public string DeliveryFailedTitleOne => Say("1 meddelande kunde inte levereras", "1 message could not be delivered");

    /// <summary>{0}: how many.</summary>
    public string DeliveryFailedTitleMany => Say("{0} meddelanden kunde inte levereras", "{0} messages could not be delivered");

    public string DeliveryFailedIntro => Say(
        "Jag har försökt flera gånger utan att lyckas. Mottagaren har kanske inte appen i Teams, eller så finns kanalen inte längre. Se till att de får veta det på annat sätt.",
        "I tried several times without success. The recipient may not have the app in Teams, or the channel may be gone. Make sure they hear about it another way.");

    /// <summary>{0}: how many more than the card lists.</summary>
    public string DeliveryFailedMore => Say("… och {0} till", "… and {0} more");

    public string DeliveryFailedPrivacy => Say(
        "Här står bara vem det gällde och vilket slags meddelande, aldrig innehållet.",
        "Only who it was for and what kind of message is shown here, never its content.");

    /// <summary>{0}: how many.</summary>
    public string DeliveryFailedFallback => Say("{0} meddelanden kunde inte levereras", "{0} messages could not be delivered");

    public string ShowUndelivered => Say("Visa alla som inte levererats", "Show all undelivered messages");

    public string UndeliveredNone => Say("Alla meddelanden har levererats.", "Every message has been delivered.");

    public string UndeliveredOnlyQualityDevelopers => Say(
        "Listan över meddelanden som inte kunde levereras är till för verksamhetsutvecklarna.",
        "The list of messages that could not be delivered is for the verksamhetsutvecklare (quality developers).");

    /// <summary>{0}: the unit.</summary>
    public string ChannelOf => Say("Kanalen för {0}", "The channel of {0}");

    public string UnknownRecipient => Say("Okänd mottagare", "Unknown recipient");

    public string KindReportFiled => Say("Ny rapport att ta hand om", "A new report to handle");

    public string KindIvoDecisionNeeded => Say("Beslut om IVO-anmälan behövs", "The IVO decision is needed");

    public string KindIvoReminder => Say("Påminnelse om beslut om IVO-anmälan", "A reminder of the IVO decision");

    public string KindAssessmentReminder => Say("Påminnelse om bedömning", "A reminder to assess a report");

    public string KindReportStatus => Say("Besked om en rapports status", "A report's new status");

    public string KindActionOwner => Say("Ansvar för en åtgärd", "Owning an action (åtgärd)");

    public string KindStopDue => Say("Hållplatsen i kanalen", "The stop (hållplats) in the channel");

    public string KindStopNudge => Say("Påminnelse om hållplats", "A reminder of a stop (hållplats)");

    public string KindStopStarted => Say("Besked om att en hållplats har startats", "The notice that a stop (hållplats) was started");

    public string KindStopSummary => Say("Sammanfattning av hållplats", "The summary of a stop (hållplats)");

    public string KindCardUpdate => Say("Uppdatering av ett kort", "An update of a card");

    public string KindDeliveryFailed => Say("Besked om meddelanden som inte levererats", "Messages that could not be delivered");

    public string KindSubstitute => Say("Besked om uppdrag som ersättare", "Being named substitute (ersättare), or its end");

    public string KindSelfCheckDue => Say("Egenkontroll att göra (eller påminnelse)", "A self-check (egenkontroll) to do, or its reminder");

    public string KindSelfCheckDigest => Say("Enhetens egenkontroller för dagen", "The unit's self-checks (egenkontroller) of the day");
    public string KindActionReminder => Say("Påminnelse om en åtgärd", "A reminder of an action (åtgärd)");

    public string KindActionEffect => Say("Uppföljning av en åtgärds effekt", "The follow-up of an action's effect");

    public string KindWeeklyDigest => Say("Veckobrevet", "The weekly digest (veckobrevet)");

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
        NoticeKind.SelfCheckDue => KindSelfCheckDue,
        NoticeKind.SelfCheckDigest => KindSelfCheckDigest,
        NoticeKind.ActionReminder => KindActionReminder,
        NoticeKind.ActionEffect => KindActionEffect,
        NoticeKind.WeeklyDigest => KindWeeklyDigest,
        _ => kind.ToString(),
    };

    private string Say(string swedish, string english) => texts.Say(swedish, english);
}
