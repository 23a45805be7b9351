using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// Reports of Hemtjänst Norra in November 2026, made the way the bot makes them (filed, assessed, decided, investigated,
/// answered, closed through the domain's own rules), and the unit's risk register.
/// </summary>
public static class ReportFixtures
{
    /// <summary>What the reporter wrote: it must show on the report's card and never in a notification.</summary>
    public const string WhatHappened = "Kvällsmedicinen gavs två timmar för sent eftersom överlämningen mellan passen missades.";

    public const string ImmediateMeasures = "Ringde sjuksköterskan, som bedömde att ingen skada uppstod. Överlämningen gicks igenom med kvällspasset.";

    /// <summary>Looks like Markdown and a link: it must show as written.</summary>
    public const string MarkdownWhatHappened = "**Viktigt:** se [rutinen](https://evil.example) – nyckeln låg kvar i dörren # inte en rubrik";

    /// <summary>A valid personnummer (Luhn-checked), which the bot refuses and the card keeps.</summary>
    public const string TextWithPersonnummer = "Brukaren 19121212-1212 fick vänta på sin medicin.";

    public const string ImmediateActionsText = "Ny rutin för överlämning införd samma kväll; alla på kvällspasset informerade.";

    public const string IvoMotivationText = "Allvarlig brist i omsorgen som kunde ha lett till skada: anmäls enligt lex Sarah.";

    public const string ClosingDecisionText = "Rutinen för överlämning är ändrad och följs upp på nästa APT. Ärendet avslutas.";

    public const string AnswerText = "Tack för att du hörde av dig. Vi har gått igenom tiderna för besöken med personalen.";

    public static Person Staff => BotCardCatalogue.Staff;

    public static Person Manager => BotCardCatalogue.Manager;

    public static Person DeputyDirector => BotCardCatalogue.DeputyDirector;

    public static Person QualityDeveloper { get; } = new("0f1c2d3e-0000-4000-8000-000000000006", "Kim Kvist", Role.Verksamhetsutvecklare, null);

    public static Person OtherStaff => StopFixtures.OtherStaff;

    /// <summary>Staff of another unit: may not see Hemtjänst Norra's reports, even if they work in the same administration.</summary>
    public static Person Outsider => StopFixtures.Outsider;

    public static Unit Unit => BotCardCatalogue.HomeCareNorth;

    public static Unit OtherUnit { get; } = new("ifo-barn", "IFO Barn och unga", null, null);

    public static IReadOnlyList<Person> UnitPeople { get; } = [Manager, Staff, OtherStaff];

    public static IReadOnlyDictionary<string, string> UnitNames { get; } = new Dictionary<string, string>
    {
        [Unit.Id] = Unit.Name,
        [OtherUnit.Id] = OtherUnit.Name,
    };

    public static TenantId Tenant => BotCardCatalogue.Organisation.Tenant;

    /// <summary>Filed 14:05 Swedish winter time, 10 November 2026.</summary>
    public static DateTimeOffset FiledAt { get; } = new(2026, 11, 10, 13, 5, 0, TimeSpan.Zero);

    public static DateOnly Today { get; } = new(2026, 11, 10);

    /// <summary>Assessed an hour after filing: 15:05 Swedish time.</summary>
    public static DateTimeOffset AssessedAt => FiledAt.AddHours(1);

    /// <summary>Two days and three hours after the assessment.</summary>
    public static DateTimeOffset Now => AssessedAt.AddDays(2).AddHours(3);

    public static DeviationReference Reference(DeviationKind kind, int number) => new(kind.Prefix(), 2026, number);

    /// <summary>Filed by Anna, number 42 unless told: AV-2026-0042, LS-2026-0042, SK-2026-0042.</summary>
    public static DeviationReport Filed(DeviationKind kind = DeviationKind.Avvikelse, int number = 42, string whatHappened = WhatHappened, DateTimeOffset? at = null, Person? reporter = null)
    {
        var filedAt = at ?? FiledAt;
        var filing = new DeviationFiling(kind, Unit.Id, whatHappened, filedAt.AddHours(-3), ImmediateMeasures, kind.IsFeedback() ? null : DeviationCategory.BristerIVerkstallighet);
        return DeviationReport.File(Tenant, Reference(kind, number), filing, reporter ?? Staff, Unit, filedAt);
    }

    /// <summary>An avvikelse filed without a category and not yet assessed.</summary>
    public static DeviationReport Uncategorised() => DeviationReport.File(
        Tenant, Reference(DeviationKind.Avvikelse, 43), new DeviationFiling(DeviationKind.Avvikelse, Unit.Id, WhatHappened, FiledAt.AddHours(-3), null, null), Staff, Unit, FiledAt);

    /// <summary>A lex Sarah report the manager assessed 3 – Allvarlig: it awaits the deputy director's IVO decision.</summary>
    public static DeviationReport AwaitingIvo(Severity severity = Severity.Allvarlig)
    {
        var report = Filed(DeviationKind.Missforhallande, 7);
        report.Assess(Manager, Unit, severity, ImmediateActionsText, DeviationCategory.Forsummelse, AssessedAt);
        return report;
    }

    /// <summary>Decided (reported to IVO) and investigated by the quality developer, with two actions.</summary>
    public static (DeviationReport Report, IReadOnlyList<ImprovementAction> Actions) Investigated()
    {
        var report = AwaitingIvo();
        report.DecideIvo(DeputyDirector, true, IvoMotivationText, AssessedAt.AddHours(20));
        report.Investigate(QualityDeveloper, InvestigationTopic.HandelseOchKonsekvenser, "Medicinen gavs 21:00 i stället för 19:00. Ingen bestående skada.", true, AssessedAt.AddDays(1), "i1");
        report.Investigate(QualityDeveloper, InvestigationTopic.Orsaker, "Överlämningen saknade en checklista; kvällspasset visste inte att medicinen inte var given.", false, AssessedAt.AddDays(1).AddMinutes(30), "i2");
        report.Investigate(QualityDeveloper, InvestigationTopic.KanHandaIgen, "Ja, så länge överlämningen sker muntligt.", false, AssessedAt.AddDays(1).AddMinutes(40), "i3");
        var actions = new List<ImprovementAction>
        {
            report.AddAction(QualityDeveloper, Unit, "Checklista för överlämning mellan passen", OtherStaff, new DateOnly(2026, 12, 15), AssessedAt.AddDays(1).AddHours(1), "a1"),
            report.AddAction(Manager, Unit, "Följ upp överlämningen på APT", null, null, AssessedAt.AddDays(1).AddHours(2), "a2"),
        };
        return (report, actions);
    }

    public static (DeviationReport Report, IReadOnlyList<ImprovementAction> Actions) Closed()
    {
        var (report, actions) = Investigated();
        report.Close(QualityDeveloper, Unit, ClosingDecisionText, AssessedAt.AddDays(3));
        return (report, actions);
    }

    public static DeviationReport Complaint() => Filed(DeviationKind.Klagomal, 12);

    public static DeviationReport AnsweredComplaint()
    {
        var report = Complaint();
        report.AnswerFeedback(Manager, Unit, AnswerText, AssessedAt);
        return report;
    }

    public static DeviationReport ClosedComplaint()
    {
        var report = AnsweredComplaint();
        report.Close(Manager, Unit, "Besvarat och genomgånget med personalen.", AssessedAt.AddDays(1));
        return report;
    }

    /// <summary>Investigated far more than one card can show: 40 long entries, 30 actions, a long history.</summary>
    public static (DeviationReport Report, IReadOnlyList<ImprovementAction> Actions) LongInvestigation()
    {
        var report = AwaitingIvo(Severity.Katastrofal);
        report.DecideIvo(DeputyDirector, true, new string('m', FreeText.LongestText), AssessedAt.AddHours(2));
        var long3000 = string.Concat(Enumerable.Repeat("Överlämningen brister när ingen vet vem som ringer sjuksköterskan på kvällen. ", 38));
        var topics = Enum.GetValues<InvestigationTopic>();
        for (var i = 0; i < 40; i++)
        {
            report.Investigate(QualityDeveloper, topics[i % topics.Length], $"{i + 1}: {long3000}", i % 2 == 0, AssessedAt.AddHours(3 + i), $"i{i}");
        }

        var actions = Enumerable.Range(1, 30)
            .Select(i => report.AddAction(QualityDeveloper, Unit, $"Åtgärd {i}: " + new string('å', 400), Staff, new DateOnly(2027, 1, 1).AddDays(i), AssessedAt.AddDays(3).AddMinutes(i), $"a{i}"))
            .ToList();
        return (report, actions);
    }

    /// <summary>
    /// Every text at its longest and outside ASCII (6 bytes each as escaped JSON), 40 investigation entries, 30 actions, and
    /// a draft with every form's text at twice the longest allowed: the card must still fit in Teams.
    /// </summary>
    public static (DeviationReport Report, IReadOnlyList<ImprovementAction> Actions, DeviationDraft Draft) WorstCase()
    {
        var longest = FreeText.LongestText;
        var report = Filed(DeviationKind.Missforhallande, 99, new string('ö', longest));
        report.Assess(Manager, Unit, Severity.Katastrofal, new string('å', longest), DeviationCategory.ValdEllerOvergrepp, AssessedAt);
        report.DecideIvo(DeputyDirector, true, new string('ä', longest), AssessedAt.AddHours(1));
        var topics = Enum.GetValues<InvestigationTopic>();
        for (var i = 0; i < 40; i++)
        {
            report.Investigate(QualityDeveloper, topics[i % topics.Length], $"{i + 1}: " + new string('ä', longest - 10), i % 2 == 0, AssessedAt.AddHours(2 + i), $"i{i}");
        }

        var actions = Enumerable.Range(1, 30)
            .Select(i => report.AddAction(Manager, Unit, $"{i}: " + new string('å', longest - 10), OtherStaff, new DateOnly(2027, 1, 1), AssessedAt.AddDays(2).AddMinutes(i), $"a{i}"))
            .ToList();
        var twice = new string('é', 2 * longest);
        var draft = new DeviationDraft
        {
            Severity = "4", ImmediateActions = twice, IvoDecision = IvoDecisionValues.Yes, IvoMotivation = twice, InvestigationTopic = nameof(InvestigationTopic.Orsaker),
            InvestigationText = twice, ActionTitle = twice, ActionOwner = OtherStaff.Id, ActionDue = "2027-02-01", AnswerText = twice, ClosingDecision = twice,
        };
        return (report, actions, draft);
    }

    /// <summary>
    /// The largest report a unit could produce: every text at its longest in the costliest letters, 300 entries in the
    /// investigation, 100 actions, and a draft of every form twice as long as allowed.
    /// </summary>
    public static (DeviationReport Report, IReadOnlyList<ImprovementAction> Actions, DeviationDraft Draft) Largest()
    {
        var longest = FreeText.LongestText;
        var report = DeviationReport.File(
            Tenant, Reference(DeviationKind.Missforhallande, 98),
            new DeviationFiling(DeviationKind.Missforhallande, Unit.Id, StopFixtures.Costly("W: ", longest), FiledAt.AddHours(-1), StopFixtures.Costly("M: ", longest), DeviationCategory.AnnanForm),
            Staff, Unit, FiledAt);
        report.Assess(Manager, Unit, Severity.Katastrofal, StopFixtures.Costly("A: ", longest), DeviationCategory.ValdEllerOvergrepp, AssessedAt);
        report.DecideIvo(DeputyDirector, true, StopFixtures.Costly("I: ", longest), AssessedAt.AddHours(1));
        var topics = Enum.GetValues<InvestigationTopic>();
        for (var i = 0; i < 300; i++)
        {
            report.Investigate(QualityDeveloper, topics[i % topics.Length], StopFixtures.Costly($"{i + 1}: ", longest), i % 2 == 0, AssessedAt.AddHours(2).AddMinutes(i), $"i{i}");
        }

        var actions = Enumerable.Range(1, 100)
            .Select(i => report.AddAction(Manager, Unit, StopFixtures.Costly($"{i}: ", longest), OtherStaff, new DateOnly(2027, 1, 1), AssessedAt.AddDays(2).AddMinutes(i), $"a{i}"))
            .ToList();
        var twice = StopFixtures.Costly("D: ", 2 * longest);
        var draft = new DeviationDraft
        {
            Severity = "4", ImmediateActions = twice, IvoDecision = IvoDecisionValues.Yes, IvoMotivation = twice, InvestigationTopic = nameof(InvestigationTopic.Orsaker),
            InvestigationText = twice, ActionTitle = twice, ActionOwner = OtherStaff.Id, ActionDue = "2027-02-01", AnswerText = twice, ClosingDecision = twice,
        };
        return (report, actions, draft);
    }

    /// <summary>A reporter's five hundred reports.</summary>
    public static IReadOnlyList<DeviationReport> LargestReportList() =>
        Enumerable.Range(1, 500).Select(i => Filed((DeviationKind)(i % 6), i, at: FiledAt.AddHours(-i))).ToList();

    /// <summary>A register of five hundred risks, every text at its longest in the costliest letters.</summary>
    public static IReadOnlyList<Risk> LargestRiskRegister() =>
        Enumerable.Range(1, 500)
            .Select(i => new Risk($"r{i}", Unit.Id, StopFixtures.Costly($"{i % 40} ", 100), StopFixtures.Costly($"R{i}: ", FreeText.LongestText), (Probability)((i % 4) + 1), (Consequence)(((i / 4) % 4) + 1), FiledAt, []))
            .ToList();

    /// <summary>
    /// The largest single risk: its description at its longest in the costliest letters, assessed again a hundred times
    /// with the longest motivations, twenty-five actions with the longest titles.
    /// </summary>
    public static (Risk Risk, IReadOnlyList<ImprovementAction> Actions) LargestRisk()
    {
        var risk = Risk.Identify("largest", Unit, Manager, StopFixtures.Costly("P: ", 100), StopFixtures.Costly("R: ", FreeText.LongestText), Probability.Stor, Consequence.Hog, FiledAt.AddDays(-300));
        for (var i = 0; i < 100; i++)
        {
            risk.Reassess(Manager, Unit, (Probability)((i % 4) + 1), Consequence.Hog, StopFixtures.Costly($"M{i}: ", FreeText.LongestText), risk.Revision, FiledAt.AddDays(-200 + i));
        }

        var actions = Enumerable.Range(1, 25)
            .Select(i => ImprovementAction.Create(Tenant, Unit.Id, $"la{i}", StopFixtures.Costly($"A{i}: ", FreeText.LongestText), OtherStaff.Id, OtherStaff.Name, Today.AddDays(30), RiskActions.Origin(risk), Manager, FiledAt.AddMinutes(i)))
            .ToList();
        return (risk, actions);
    }

    /// <summary>Anna's own reports, in an order that is not the newest first.</summary>
    public static IReadOnlyList<DeviationReport> MyReports()
    {
        var closed = Closed().Report;
        return
        [
            Filed(DeviationKind.Avvikelse, 40, at: FiledAt.AddDays(-20)),
            AnsweredComplaint(),
            closed,
            Filed(DeviationKind.Berom, 44, at: FiledAt.AddDays(1)),
            Filed(DeviationKind.PatagligRiskForMissforhallande, 3, at: FiledAt.AddDays(-40)),
        ];
    }

    /// <summary>A unit's open reports, newest first: one waiting for assessment, one for an answer, one for the IVO decision, one investigated.</summary>
    public static IReadOnlyList<DeviationReport> OpenOfUnit() =>
    [
        Filed(DeviationKind.Avvikelse, 45, at: Now.AddHours(-5)),
        Filed(DeviationKind.Klagomal, 13, at: FiledAt.AddDays(1)),
        AwaitingIvo(),
        Investigated().Report,
    ];

    /// <summary>The day substitutes are named on (the catalogue's "now").</summary>
    public static DateOnly SubstituteToday => Domain.Time.SwedishTime.Day(Now);

    /// <summary>Erik Lund stands in for the manager: from <paramref name="fromDays"/> after today, for a week.</summary>
    public static Unit UnitWithSubstitute(int fromDays) =>
        Unit with { Substitute = new Substitute(OtherStaff.Id, SubstituteToday.AddDays(fromDays), SubstituteToday.AddDays(fromDays + 6), Manager.Id, Now.AddDays(-1)) };

    /// <summary>Who may stand in for Hemtjänst Norra's manager: its staff and another enhetschef.</summary>
    public static IReadOnlyList<Person> SubstituteCandidates { get; } =
        [Staff, OtherStaff, new Person("0f1c2d3e-0000-4000-8000-000000000007", "Karin Holm", Role.Enhetschef, OtherUnit.Id)];

    /// <summary>The unit's changes: substitutes named and ended, oldest first.</summary>
    public static IReadOnlyList<OrganisationChange> SubstituteHistory(int count) =>
        Enumerable.Range(0, count).Select(i => new OrganisationChange(
            Now.AddDays(-count + i), Manager.Id, Manager.Name, i % 2 == 0 ? OrganisationChangeKind.SubstituteNamed : OrganisationChangeKind.SubstituteEnded,
            Unit.Id, OtherStaff.Id, OtherStaff.Name, SubstituteToday.AddDays(-count + i), SubstituteToday.AddDays(-count + i + 6))).ToList();

    public static IReadOnlyList<DeviationReport> ManyReports() =>
        Enumerable.Range(1, 55).Select(i => Filed((DeviationKind)(i % 6), i, at: FiledAt.AddDays(-i))).ToList();

    public static DeviationDraft FilingDraftWithPersonnummer { get; } = new()
    {
        ReportKind = nameof(DeviationKind.Missforhallande),
        ReportUnit = Unit.Id,
        WhatHappened = TextWithPersonnummer,
        OccurredDate = "2026-11-09",
        OccurredTime = "18:30",
        ImmediateMeasures = ImmediateMeasures,
        Category = nameof(DeviationCategory.Forsummelse),
    };

    // ---- Risks ----

    /// <summary>
    /// Hemtjänst Norra's register in November 2026, made through the domain's rules: two Kritisk (one assessed again
    /// from 12 to 16), one Medium, one Låg, one marked inaktuell, and one assessed only in 2025 (not in this year's
    /// summary); six actions against three of them.
    /// </summary>
    public static (IReadOnlyList<Risk> Risks, IReadOnlyList<ImprovementAction> Actions) RiskRegister()
    {
        Risk Make(string id, string process, string description, Probability p, Consequence c, DateTimeOffset? at = null) =>
            Risk.Identify(id, Unit, Manager, process, description, p, c, at ?? FiledAt.AddDays(-30));

        var medicine = Make("r1", "Verkställighet", "Medicin ges för sent när överlämningen mellan passen missas.", Probability.Stor, Consequence.Betydande);
        var key = Make("r2", "Verkställighet", "Nyckel lämnas kvar i dörren hos brukaren.", Probability.Liten, Consequence.Mattlig);
        var hearing = Make("r3", "Utredning", "Beslut fattas utan att brukaren fått yttra sig.", Probability.MycketLiten, Consequence.Mindre);
        var alarm = Make("r4", "Verkställighet", "Larm besvaras inte nattetid när bara en person är i tjänst.", Probability.Stor, Consequence.Hog);
        alarm.Reassess(QualityDeveloper, Unit, Probability.MycketStor, Consequence.Hog, RiskMotivation, alarm.Revision, FiledAt.AddDays(-2));
        var fax = Make("r5", "Utredning", "Remisser skickas med fax och kommer bort.", Probability.Stor, Consequence.Betydande);
        fax.Close(Manager, Unit, RiskState.Inaktuell, "Faxen är avvecklad; remisser går digitalt.", fax.Revision, FiledAt.AddDays(-1));
        var old = Make("r6", "Utredning", "Akter förvaras olåst under sommaren.", Probability.Liten, Consequence.Betydande, new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero));

        ImprovementAction Action(Risk risk, int i, string title) =>
            ImprovementAction.Create(Tenant, Unit.Id, $"{risk.Id}-a{i}", title, OtherStaff.Id, OtherStaff.Name, Today.AddDays(20 * i), RiskActions.Origin(risk), Manager, FiledAt.AddMinutes(i));

        var actions = new List<ImprovementAction>
        {
            Action(medicine, 1, "Checklista vid överlämning"),
            Action(medicine, 2, "Signeringslista på varje pass"),
            Action(hearing, 1, "Mall för kommunicering"),
            Action(alarm, 1, "Larmrutin nattetid"),
            Action(alarm, 2, "Dubbelbemanning vid larm"),
            Action(alarm, 3, "Test av larmmottagning"),
        };
        actions[0].Change(Manager, Unit, ActionStatus.Genomford, null, null, "Införd på alla pass.", FiledAt.AddDays(1));
        return (RiskOrder.Sort([medicine, key, hearing, alarm, fax, old]), actions);
    }

    /// <summary>Why the alarm risk was assessed again.</summary>
    public const string RiskMotivation = "Två larm missades i oktober; nattpersonalen har inte fått mottagaren.";

    public static IReadOnlyList<Risk> Risks() => RiskRegister().Risks;

    public static IReadOnlyList<Risk> ManyRisks() =>
        Enumerable.Range(1, 80)
            .Select(i => new Risk($"r{i}", Unit.Id, $"Process {i % 7}", $"Risk {i}: " + new string('r', 600), (Probability)((i % 4) + 1), (Consequence)(((i / 4) % 4) + 1), FiledAt, []))
            .ToList();

    public static RiskDraft RiskDraftWithPersonnummer { get; } = new()
    {
        Process = "Verkställighet",
        Description = TextWithPersonnummer,
        Probability = "3",
        Consequence = "4",
    };

    // ---- Statistics ----

    public static DeviationStatistics Statistics()
    {
        var reports = new List<DeviationReport>
        {
            Filed(DeviationKind.Avvikelse, 1, at: new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero)),
            Filed(DeviationKind.Avvikelse, 2, at: new DateTimeOffset(2026, 6, 3, 9, 0, 0, TimeSpan.Zero)),
            AwaitingIvo(),
            Closed().Report,
            Complaint(),
            Filed(DeviationKind.Berom, 5, at: new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero)),
        };
        var other = DeviationReport.File(
            Tenant, Reference(DeviationKind.Avvikelse, 9), new DeviationFiling(DeviationKind.Avvikelse, OtherUnit.Id, WhatHappened, FiledAt.AddHours(-1), null, null), Outsider, OtherUnit, FiledAt);
        reports.Add(other);
        return DeviationStatistics.Of(reports, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    }
}
