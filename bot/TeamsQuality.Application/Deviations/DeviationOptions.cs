using TeamsQuality.Domain.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// "Deviations" configuration: how often the deputy director is reminded of a missing IVO decision and the manager of
/// a report not yet assessed, and when each escalates to the quality developers.
/// </summary>
public sealed class DeviationOptions
{
    public const string SectionName = "Deviations";

    /// <summary>How long between reminders of a missing IVO decision (the law says "snarast": as soon as possible).</summary>
    public TimeSpan IvoReminderInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After this long without a decision the reminders also go to the quality developers (who may see the report).</summary>
    public TimeSpan IvoEscalateAfter { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long between reminders to the manager of a report not yet assessed (lex Sarah: "utan dröjsmål").</summary>
    public TimeSpan AssessmentReminderInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After this long without an assessment the reminders also go to the quality developers.</summary>
    public TimeSpan AssessmentEscalateAfter { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The reminders of a missing IVO decision, from the assessment.</summary>
    public ReminderSchedule IvoReminders => new(IvoReminderInterval, IvoEscalateAfter);

    /// <summary>The reminders of a report not yet assessed, from when it was filed.</summary>
    public ReminderSchedule AssessmentReminders => new(AssessmentReminderInterval, AssessmentEscalateAfter);
}
