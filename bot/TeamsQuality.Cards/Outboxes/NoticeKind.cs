namespace TeamsQuality.Cards.Outboxes;

/// <summary>
/// What kind of proactive message the bot sends. Recorded with each message in the outbox, so what could not be
/// delivered can be named ("a reminder of a stop to Anna Berg") without saying what it contained.
/// </summary>
public enum NoticeKind
{
    /// <summary>A new report needs attention (to the manager; lex Sarah also to the quality developers and the deputy director).</summary>
    ReportFiled,

    /// <summary>A report assessed 3-4 needs the deputy director's decision on reporting to IVO.</summary>
    IvoDecisionNeeded,

    /// <summary>A reminder that the IVO decision is still missing.</summary>
    IvoReminder,

    /// <summary>A report is still waiting for the manager's assessment.</summary>
    AssessmentReminder,

    /// <summary>The reporter is told that their report was assessed, answered or closed.</summary>
    ReportStatus,

    /// <summary>Someone was named owner of an action.</summary>
    ActionOwner,

    /// <summary>A stop's card in the unit's channel when it falls due.</summary>
    StopDue,

    /// <summary>A 1:1 nudge to the manager about a stop (due, a week left, overdue).</summary>
    StopNudge,

    /// <summary>The notice in the unit's channel that someone started a stop.</summary>
    StopStarted,

    /// <summary>The summary of a finished stop in the unit's channel.</summary>
    StopSummary,

    /// <summary>A card posted earlier, updated in place.</summary>
    CardUpdate,

    /// <summary>The quality developers are told that messages could not be delivered.</summary>
    DeliveryFailed,

    /// <summary>Someone is told they were named substitute (ersättare) for a unit's manager, or that it ended.</summary>
    Substitute,

    /// <summary>A self-check to the responsible person 1:1: when it opens, a week before it is due, and when it is overdue.</summary>
    SelfCheckDue,

    /// <summary>The unit manager's daily list of self-checks that opened or became overdue in their unit.</summary>
    SelfCheckDigest,
    /// <summary>An action's owner is reminded of its due date (a week before, on the day, overdue).</summary>
    ActionReminder,

    /// <summary>An action's owner is asked whether the done action had effect.</summary>
    ActionEffect,

    /// <summary>The weekly digest (veckobrevet): Monday's list of what is to do or overdue, once per person and week.</summary>
    WeeklyDigest,
}
