using System.Text.RegularExpressions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Deviations;

/// <summary>
/// What IVO's lex Sarah form (anmälan enligt 14 kap. 7 § SoL / 24 f § LSS) asks, in the users' words, each answered by
/// something the report already holds: nothing here is a second form. The consequences for the client and when it was
/// noticed live in the investigation (its topics <see cref="InvestigationTopic.HandelseOchKonsekvenser"/> and
/// <see cref="InvestigationTopic.NarDetUpptacktes"/>), the causes in <see cref="InvestigationTopic.Orsaker"/>.
/// </summary>
public enum IvoPackageItem
{
    /// <summary>Vad hände: the report's own description.</summary>
    VadHande,

    /// <summary>Tidpunkt och enhet: when it happened and where (both required when it was filed).</summary>
    NarOchVar,

    /// <summary>När det upptäcktes: an investigation entry on that topic.</summary>
    NarDetUpptacktes,

    /// <summary>Konsekvenser för den enskilde: an investigation entry on the event and its consequences.</summary>
    Konsekvenser,

    /// <summary>Omedelbara åtgärder: what the reporter did at once, or the manager's immediate actions.</summary>
    OmedelbaraAtgarder,

    /// <summary>Utredningens fakta: at least one entry of the investigation marked as fact.</summary>
    UtredningFakta,

    /// <summary>Orsaker (analys): an investigation entry on the causes.</summary>
    Orsaker,

    /// <summary>Åtgärder, planerade eller vidtagna: at least one action in the unit's plan.</summary>
    Atgarder,

    /// <summary>Bedömning: the manager's severity on the matrix.</summary>
    Bedomning,

    /// <summary>Beslut: the deputy director's decision to report to IVO, with its motivation.</summary>
    Beslut,
}

/// <summary>One line of the checklist: the item and whether the report has it.</summary>
public sealed record IvoPackageLine(IvoPackageItem Item, bool Present);

/// <summary>When the report was sent to IVO (IVO's e-service or post) and the diarienummer IVO gave it, recorded by whom.</summary>
public sealed record IvoSubmission(DateOnly SentOn, string Diarienummer, string ById, string ByName, DateTimeOffset At);

/// <summary>
/// The IVO package of a lex Sarah report: IVO takes no edits once a report is sent, so the package is checked complete
/// before it is exported. It concerns a lex Sarah report assessed 3-4 (or one the deputy director decided to report)
/// unless the decision is not to report: then there is no package. It is prepared by the deputy director (who decides)
/// and the quality developers (who investigate and, in most administrations, send it in IVO's e-service); never by the
/// reporter, staff or the unit's manager, who see the report but not the package.
/// </summary>
public static partial class IvoPackage
{
    /// <summary>Whether the report has an IVO package at all (see the class).</summary>
    public static bool Concerns(DeviationReport report) =>
        report.Kind.IsLexSarah()
        && report.IvoDecision?.ReportToIvo != false
        && (report.Assessment?.Severity.MustBeReportedToIvo() == true || report.IvoDecision?.ReportToIvo == true);

    /// <summary>The deputy director and the quality developers.</summary>
    public static bool CanPrepare(Person person) => person.Role is Role.BitradandeSocialchef or Role.Verksamhetsutvecklare;

    /// <summary>Every item IVO's form asks, in the form's order, and whether the report has it.</summary>
    public static IReadOnlyList<IvoPackageLine> Checklist(DeviationReport report)
    {
        bool Topic(InvestigationTopic topic) => report.Investigation.Any(e => e.Topic == topic);
        return
        [
            new(IvoPackageItem.VadHande, !string.IsNullOrWhiteSpace(report.WhatHappened)),
            new(IvoPackageItem.NarOchVar, report.OccurredAt != default && !string.IsNullOrWhiteSpace(report.UnitId)),
            new(IvoPackageItem.NarDetUpptacktes, Topic(InvestigationTopic.NarDetUpptacktes)),
            new(IvoPackageItem.Konsekvenser, Topic(InvestigationTopic.HandelseOchKonsekvenser)),
            new(IvoPackageItem.OmedelbaraAtgarder, !string.IsNullOrWhiteSpace(report.ImmediateMeasures) || !string.IsNullOrWhiteSpace(report.Assessment?.ImmediateActions)),
            new(IvoPackageItem.UtredningFakta, report.Investigation.Any(e => e.IsFact)),
            new(IvoPackageItem.Orsaker, Topic(InvestigationTopic.Orsaker)),
            new(IvoPackageItem.Atgarder, report.ActionIds.Count > 0),
            new(IvoPackageItem.Bedomning, report.Assessment is not null),
            new(IvoPackageItem.Beslut, report.IvoDecision?.ReportToIvo == true),
        ];
    }

    /// <summary>What the report still lacks, in the form's order; empty when the package is complete.</summary>
    public static IReadOnlyList<IvoPackageItem> Missing(DeviationReport report) =>
        Checklist(report).Where(line => !line.Present).Select(line => line.Item).ToList();

    /// <summary>
    /// IVO's diarienummer as IVO writes it, e.g. "3.1.1-12345/2027": a dotted record plan code, a dash, the case number,
    /// a slash and the year. Read loosely: spaces around the dash and slash are allowed and the plan code may be left out.
    /// </summary>
    public static string? NormaliseDiarienummer(string? text)
    {
        var match = text is null ? null : DiarienummerPattern().Match(text.Trim());
        return match is { Success: true } ? $"{(match.Groups["plan"].Success ? match.Groups["plan"].Value + "-" : string.Empty)}{match.Groups["number"].Value}/{match.Groups["year"].Value}" : null;
    }

    [GeneratedRegex(@"^(?:(?<plan>[0-9]{1,3}(?:\.[0-9]{1,3}){0,4})\s*-\s*)?(?<number>[0-9]{1,7})\s*/\s*(?<year>(?:19|20)[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DiarienummerPattern();
}
