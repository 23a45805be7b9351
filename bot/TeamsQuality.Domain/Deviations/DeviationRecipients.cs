using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Deviations;

/// <summary>Someone who must hear that a report needs attention, and whether it is theirs to assess (or answer).</summary>
public sealed record DeviationRecipient(Person Person, bool MustAssess);

/// <summary>
/// Who must hear about a report, as rules of the domain, so every sender (the notice at filing, the reminders while it
/// waits, the IVO nudges, whatever sends them) asks the same question and gets the same people. The notices themselves
/// carry no content of the report: a reference and a button that opens it for those allowed.
/// </summary>
public static class DeviationRecipients
{
    /// <summary>
    /// Who must hear about a new report in this unit at this instant: those acting as its manager (the manager, and a
    /// substitute whose period is on), who assess it; for lex Sarah also the quality developers and the deputy director.
    /// Never the reporter: they have their receipt.
    /// </summary>
    public static IReadOnlyList<DeviationRecipient> OfNewReport(Organisation organisation, Unit unit, DeviationKind kind, string reporterId, DateTimeOffset now)
    {
        var recipients = Assessors(organisation, unit, now).Select(p => new DeviationRecipient(p, MustAssess: true)).ToList();
        if (kind.IsLexSarah())
        {
            recipients.AddRange(organisation.People
                .Where(p => p.Role is Role.Verksamhetsutvecklare or Role.BitradandeSocialchef)
                .Select(p => new DeviationRecipient(p, MustAssess: false)));
        }

        return recipients
            .DistinctBy(r => r.Person.Id, StringComparer.OrdinalIgnoreCase)
            .Where(r => !string.Equals(r.Person.Id, reporterId, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>
    /// Who is to assess the unit's reports at this instant (and so be reminded of one waiting): the manager, and the
    /// substitute whose period is on.
    /// </summary>
    public static IReadOnlyList<Person> Assessors(Organisation organisation, Unit unit, DateTimeOffset now) =>
        organisation.ActingManagersOf(unit, now);

    /// <summary>
    /// Who is reminded that a report still waits for the assessment: those acting as the unit's manager now, and when
    /// escalated also the quality developers; never the reporter.
    /// </summary>
    public static IReadOnlyList<Person> OfAssessmentReminder(Organisation organisation, Unit unit, string reporterId, bool escalated, DateTimeOffset now) =>
        Assessors(organisation, unit, now)
            .Concat(escalated ? organisation.People.Where(p => p.Role == Role.Verksamhetsutvecklare) : [])
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .Where(p => !string.Equals(p.Id, reporterId, StringComparison.OrdinalIgnoreCase))
            .ToList();

    /// <summary>
    /// Who must decide on reporting to IVO (and is reminded until it is recorded): the deputy director; when escalated
    /// also the quality developers, who may see the report and follow it up (the director may not see report details,
    /// so is not sent a card that opens one).
    /// </summary>
    public static IReadOnlyList<Person> OfIvoDecision(Organisation organisation, bool escalated) =>
        organisation.People.Where(p => p.Role == Role.BitradandeSocialchef || (escalated && p.Role == Role.Verksamhetsutvecklare)).ToList();

    /// <summary>
    /// The reporter, when their report has just been assessed, answered or closed by someone else and they are still in
    /// the organisation; otherwise nobody.
    /// </summary>
    public static Person? OfStatusChange(Organisation organisation, DeviationReport report, Person by) =>
        report.Status is DeviationStatus.Bedomd or DeviationStatus.Besvarad or DeviationStatus.Avslutad
        && !string.Equals(report.ReporterId, by.Id, StringComparison.OrdinalIgnoreCase)
            ? organisation.FindPerson(report.ReporterId)
            : null;
}
