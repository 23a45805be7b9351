using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Deviations;

/// <summary>Someone who must hear that a report needs attention, and whether it is theirs to assess (or answer).</summary>
public sealed record ReportRecipient(Person Person, bool MustAssess);

/// <summary>
/// Who must hear about a report, as a rule of the domain, so every sender (the notice at filing, the reminders while it
/// waits for assessment, whatever sends them) asks the same question and gets the same people.
/// </summary>
public static class ReportRecipients
{
    /// <summary>
    /// Who must hear about a new report in this unit at this instant: those acting as its manager (the manager, and a
    /// substitute whose period is on), who assess it; for lex Sarah also the quality developers and the deputy director.
    /// Never the reporter: they have their receipt.
    /// </summary>
    public static IReadOnlyList<ReportRecipient> OfNewReport(Organisation organisation, Unit unit, ReportKind kind, string reporterId, DateTimeOffset now)
    {
        var recipients = Assessors(organisation, unit, now).Select(p => new ReportRecipient(p, MustAssess: true)).ToList();
        if (kind.IsLexSarah())
        {
            recipients.AddRange(organisation.People
                .Where(p => p.Role is Role.Verksamhetsutvecklare or Role.BitradandeSocialchef)
                .Select(p => new ReportRecipient(p, MustAssess: false)));
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
}
