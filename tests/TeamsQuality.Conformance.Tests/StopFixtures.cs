using TeamsQuality.Cards;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// Learning stops of Hemtjänst Norra in the wheel year 2027 (Vetlanda's wheel, starting in November 2026), in the states
/// a unit passes through, made the way the bot makes them: planned, then contributed to, summarised, proposed, finished.
/// </summary>
public static class StopFixtures
{
    public const int Year = 2027;

    /// <summary>A contribution that looks like Markdown and a link: it must show as written.</summary>
    public const string MarkdownContribution = "**Viktigt:** se [rutinen](https://evil.example) för överlämning # inte en rubrik";

    /// <summary>A contribution with a valid personnummer (Luhn-checked), which the bot refuses and the card keeps.</summary>
    public const string ContributionWithPersonnummer = "Brukaren 19121212-1212 fick vänta på besök i två timmar.";

    public const string SavedSummary = "Samverkan med hemsjukvården fungerar bra på dagtid men brister på kvällar och helger.";

    public const string ConflictingSummary = "Samverkan fungerar bra på dagtid. På kvällar saknas en gemensam rutin för överlämning.";

    public static IReadOnlyList<StopDefinition> Wheel => WheelTemplates.Vetlanda.Stops;

    public static int StartMonth => QualityYear.StartMonth(Wheel);

    public static Person Staff => BotCardCatalogue.Staff;

    public static Person Manager => BotCardCatalogue.Manager;

    public static Person OtherStaff { get; } = new("0f1c2d3e-0000-4000-8000-000000000004", "Erik Lund", Role.Medarbetare, "hemtjanst-norra");

    /// <summary>Someone in another unit, who may not see Hemtjänst Norra's stops.</summary>
    public static Person Outsider { get; } = new("0f1c2d3e-0000-4000-8000-000000000005", "Oskar Nilsson", Role.Medarbetare, "ifo-barn");

    public static Unit Unit => BotCardCatalogue.HomeCareNorth;

    public static IReadOnlyList<Person> UnitPeople { get; } = [Manager, Staff, OtherStaff];

    /// <summary>A day in the middle of the year: stop 1 is done, stop 2 is late, stop 3's month has come.</summary>
    public static DateOnly Today { get; } = new(2027, 1, 15);

    /// <summary>14:05 Swedish winter time.</summary>
    public static DateTimeOffset At { get; } = new(2026, 11, 10, 13, 5, 0, TimeSpan.Zero);

    public static StopKey Key(int number) => new(BotCardCatalogue.Organisation.Tenant, Unit.Id, Year, number);

    public static LearningStop Planned(int number) =>
        LearningStop.Plan(Key(number), Wheel.Single(s => s.Number == number), StartMonth);

    /// <summary>Stop 1 with contributions in steps 1 and 2 and the manager's summary of both.</summary>
    public static LearningStop Discussed(int number = 1)
    {
        var stop = Planned(number);
        stop.Start(Manager, Unit, At);
        stop.Contribute(Staff, Unit, AnalysisStep.Nulagesbeskrivning, "Vi träffar hemsjukvården varje vecka, men avtalet om kvällar följs inte alltid.", At.AddMinutes(2), "c1");
        stop.Contribute(OtherStaff, Unit, AnalysisStep.Nulagesbeskrivning, "Samverkan med biståndshandläggarna fungerar bra.\nVi får besked samma dag.", At.AddMinutes(4), "c2");
        stop.Contribute(Staff, Unit, AnalysisStep.Orsaksanalys, MarkdownContribution, At.AddMinutes(10), "c3");
        stop.Contribute(OtherStaff, Unit, AnalysisStep.Orsaksanalys, "På kvällar finns ingen gemensam kontaktperson hos hemsjukvården.", At.AddMinutes(12), "c4");
        stop.WriteSummary(Manager, Unit, AnalysisStep.Nulagesbeskrivning, "Veckomötena fungerar; kvällsavtalet följs inte alltid.", 0, At.AddMinutes(20));
        stop.WriteSummary(Manager, Unit, AnalysisStep.Orsaksanalys, SavedSummary, 0, At.AddMinutes(25));
        return stop;
    }

    /// <summary>The Teams user ids (from.id) of the unit's people who have a chat with the bot.</summary>
    public static IReadOnlyList<string> RefreshUserIds { get; } = ["29:" + Manager.Id, "29:" + Staff.Id];

    /// <summary>Discussed, and the manager has moved the unit on to step 3 (Dra slutsatser).</summary>
    public static LearningStop MovedOn()
    {
        var stop = Discussed();
        stop.MoveOn(Manager, Unit, AnalysisStep.DraSlutsatser, At.AddMinutes(28));
        return stop;
    }

    /// <summary>Started, read without its history (as the due scan reads it): who started it is not known.</summary>
    public static LearningStop StartedWithoutHistory() =>
        new(Key(1), Wheel.Single(s => s.Number == 1), Planned(1).Opens, Planned(1).DueDate, StopStatus.Paborjad, null, null, [], [], [], null, [], AnalysisStep.Orsaksanalys);

    /// <summary>Discussed, with conclusions and two proposals in step 4.</summary>
    public static LearningStop WithProposals()
    {
        var stop = Discussed();
        stop.Contribute(Manager, Unit, AnalysisStep.DraSlutsatser, "Vi behöver en rutin för kvällarna.", At.AddMinutes(30), "c5");
        stop.WriteSummary(Manager, Unit, AnalysisStep.DraSlutsatser, "Ja: en gemensam rutin för kvällar och helger behövs.", 0, At.AddMinutes(32));
        stop.Contribute(Staff, Unit, AnalysisStep.ForslagPaAtgarder, "Bjud in hemsjukvården till ett gemensamt möte.", At.AddMinutes(35), "c6");
        stop.Propose(Staff, Unit, "Gemensam rutin för överlämning kvällar och helger", OtherStaff, new DateOnly(2027, 1, 31), At.AddMinutes(36), "p1");
        stop.Propose(Manager, Unit, "Ta upp kvällssamverkan i samverkansgruppen", null, null, At.AddMinutes(37), "p2");
        return stop;
    }

    /// <summary>The stop with staff member Anna documenting it.</summary>
    public static LearningStop Delegated()
    {
        var stop = Discussed();
        stop.DelegateDocumentation(Manager, Unit, Staff, At.AddMinutes(40));
        return stop;
    }

    /// <summary>Finished by the manager: status Klar, the two proposals became actions.</summary>
    public static (LearningStop Stop, IReadOnlyList<ImprovementAction> Actions) Finished()
    {
        var stop = WithProposals();
        stop.WriteSummary(Manager, Unit, AnalysisStep.ForslagPaAtgarder, "Två förslag: en rutin och en fråga till samverkansgruppen.", 0, At.AddMinutes(45));
        var actions = stop.Finish(Manager, Unit, needsAction: true, Trend.Battre, "Bättre än förra året tack vare veckomötena.", At.AddMinutes(50));
        return (stop, actions);
    }

    /// <summary>A stop whose step 2 has far more said than one card can show.</summary>
    public static LearningStop Crowded()
    {
        var stop = Planned(1);
        var long3000 = string.Concat(Enumerable.Repeat("Överlämningen på kvällen brister när ingen vet vem som ringer. ", 48));
        for (var i = 0; i < 60; i++)
        {
            stop.Contribute(i % 2 == 0 ? Staff : OtherStaff, Unit, AnalysisStep.Orsaksanalys, $"{i + 1}: {long3000}", At.AddMinutes(i), $"c{i}");
        }

        stop.WriteSummary(Manager, Unit, AnalysisStep.Orsaksanalys, new string('s', LearningStop.LongestText), 0, At.AddHours(2));
        return stop;
    }

    /// <summary>The unit at its largest for the size tests: a hundred people, most with long names.</summary>
    public static IReadOnlyList<Person> ManyPeople { get; } =
    [
        Manager, Staff, OtherStaff,
        .. Enumerable.Range(1, 97).Select(i => new Person($"0f1c2d3e-0000-4000-9000-{i:D12}", $"Åsa-Britt Öhrström-Ljunggren {i}", Role.Medarbetare, Unit.Id)),
    ];

    /// <summary>
    /// A text of exactly <paramref name="length"/> characters that costs the most as JSON: å, ä, ö and emoji (each
    /// escaped to six bytes), never cut inside an emoji.
    /// </summary>
    public static string Costly(string prefix, int length = LearningStop.LongestText)
    {
        var text = new System.Text.StringBuilder(prefix);
        while (text.Length + 5 <= length)
        {
            text.Append("åäö😀");
        }

        return text.Append('ö', length - text.Length).ToString();
    }

    /// <summary>
    /// The largest stop a unit could produce: 300 contributions in every step and every summary, each at its longest in
    /// the costliest letters, 200 proposals at their longest, the documentation delegated.
    /// </summary>
    public static LearningStop Largest()
    {
        var stop = Planned(1);
        var people = ManyPeople;
        foreach (var step in Enum.GetValues<AnalysisStep>())
        {
            for (var i = 0; i < LargestContributions; i++)
            {
                stop.Contribute(people[i % people.Count], Unit, step, Costly($"{i + 1}: "), At.AddMinutes(i), $"{step}-{i}");
            }

            stop.WriteSummary(Manager, Unit, step, Costly("S: "), 0, At.AddHours(10));
        }

        for (var i = 0; i < 200; i++)
        {
            stop.Propose(people[i % people.Count], Unit, Costly($"P{i + 1}: "), people[(i + 1) % people.Count], new DateOnly(2027, 2, 28), At.AddHours(11).AddMinutes(i), $"p{i}");
        }

        stop.DelegateDocumentation(Manager, Unit, people[10], At.AddHours(12));
        return stop;
    }

    public const int LargestContributions = 300;

    /// <summary>Stop 1 with 300 contributions in step 2, short and long, as a busy unit writes them.</summary>
    public static LearningStop ManyContributions()
    {
        var stop = Planned(1);
        var sentence = "Överlämningen på kvällen brister när ingen vet vem som ringer. ";
        for (var i = 0; i < LargestContributions; i++)
        {
            var text = $"{i + 1}: " + string.Concat(Enumerable.Repeat(sentence, 1 + (i * 7 % 60)));
            stop.Contribute(ManyPeople[i % ManyPeople.Count], Unit, AnalysisStep.Orsaksanalys, text[..Math.Min(text.Length, LearningStop.LongestText)], At.AddMinutes(i), $"c{i}");
        }

        return stop;
    }

    /// <summary>The largest stop finished with a comment at its longest: its 200 proposals became actions.</summary>
    public static (LearningStop Stop, IReadOnlyList<ImprovementAction> Actions) LargestFinished()
    {
        var stop = Largest();
        var actions = stop.Finish(Manager, Unit, needsAction: true, Trend.Samre, Costly("K: "), At.AddHours(13), Manager);
        return (stop, actions);
    }

    /// <summary>Three hundred logbook notes at their longest under the stop's theme.</summary>
    public static IReadOnlyList<LogbookNote> ManyNotes =>
        Enumerable.Range(1, 300).Select(i => Note with { Id = "n" + i, AuthorName = ManyPeople[i % ManyPeople.Count].Name, Text = Costly($"N{i}: "), At = At.AddMinutes(-i) }).ToList();

    /// <summary>What a documenter could have typed in every input of a step card at once, each twice as long as allowed.</summary>
    public static StepCardDraft LargestDraft { get; } = new()
    {
        Contribution = Costly("C: ", 2 * LearningStop.LongestText),
        Summary = Costly("D: ", 2 * LearningStop.LongestText),
        ProposalTitle = Costly("T: ", 2 * LearningStop.LongestText),
        ProposalOwner = OtherStaff.Id,
        ProposalDue = "2027-02-28",
        Delegate = Staff.Id,
    };

    /// <summary>The whole wheel year as the list shows it on <see cref="Today"/>: 1 Klar, 2 Påbörjad and late, the rest planned.</summary>
    /// <summary>The manager group where it holds its stops: Bo Berg leads it, Eva Ek is in it, its channel linked.</summary>
    public static Unit ManagerGroupHolder { get; } =
        BotCardCatalogue.Organisation.WithManagerGroupChannel(new UnitChannel("19:team-hemtjanst@thread.tacv2", "19:chefsgruppen@thread.tacv2", "Chefsgruppen")).ManagerGroup.AsHolder();

    /// <summary>The manager group's own stops of 2027 (Vetlanda's 7 and 8), the first one started by the deputy director.</summary>
    public static IReadOnlyList<LearningStop> GroupYear2027()
    {
        var stops = Wheel.Where(d => ManagerGroup.HasOwn(ManagerGroup.Id, d))
            .Select(d => LearningStop.Plan(new StopKey(BotCardCatalogue.Organisation.Tenant, ManagerGroup.Id, Year, d.Number), d, StartMonth))
            .ToList();
        stops[0].Contribute(Manager, ManagerGroupHolder, AnalysisStep.Nulagesbeskrivning, "Vi ligger under riket på kontinuitet.", At, "g1");
        return stops;
    }

    /// <summary>A unit's stops of 2027 as planned now: without the manager group's.</summary>
    public static IReadOnlyList<LearningStop> UnitYear2027() => Year2027().Where(s => !s.IsUnitCopyOfGroupStop).ToList();

    public static IReadOnlyList<LearningStop> Year2027()
    {
        var stops = Wheel.Select(d => Planned(d.Number)).ToList();
        stops[0] = Finished().Stop;
        stops[1].Contribute(Staff, Unit, AnalysisStep.Nulagesbeskrivning, "Vi pratar om bemötande på APT.", At, "b1");
        return stops;
    }

    public static LogbookNote Note { get; } = new(
        "n1", Unit.Id, 1, "Samverkan", Staff.Id, Staff.Name, "Kvällsöverlämningen till hemsjukvården fungerade bättre när vi ringde direkt.", At);
}
