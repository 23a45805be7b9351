using TeamsQuality.Cards;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.SelfChecks;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Conformance.Tests;

/// <summary>The self-check cards (a check's card when it opens, is reminded, overdue, saved, refused; egenkontroller; the manager's list), shortest and longest.</summary>
public static class SelfCheckCardCases
{
    private static readonly DateTimeOffset At = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 15);
    private static Unit Unit => BotCardCatalogue.HomeCareNorth;
    private static Person Staff => BotCardCatalogue.Staff;
    private static Person Manager => BotCardCatalogue.Manager;

    private static readonly ControlPoint Plans = new(
        "plans", "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista, CheckFrequency.Manadsvis, [],
        Staff.Id, Staff.Name, "Gå igenom alla genomförandeplaner och se att de är uppdaterade det senaste halvåret.", null);

    private static readonly ControlPoint Files = new(
        "files", "Journalanteckningar förs löpande", QualityPerspective.Strukturkvalitet, ControlMethod.Aktgranskning, CheckFrequency.Tertialvis, [],
        Staff.Id, Staff.Name, "Välj tio akter slumpvis. En akt har brister om en insats saknar anteckning.", 10);

    private static CheckOccurrence Occurrence(ControlPoint point, int period) => SelfCheckSchedule.Occurrences(point, 2027).Single(o => o.Period == period);

    private static SelfCheckResult Result(ControlPoint point, int period, CheckVerdict verdict, string? reason = "Utbildning planerad i april", int corrections = 0, string? comment = "Tre av tio saknade anteckning.") =>
        new(Unit.Id, point.Id, 2027, period, point.Perspective, Enumerable.Range(0, corrections + 1)
            .Select(i => new CheckEntry(verdict, comment, point.IsSampleCheck ? 10 : null, point.IsSampleCheck ? 3 : null, null, verdict == CheckVerdict.EjGodkand ? reason : null, Staff.Id, Staff.Name, At.AddDays(-30 + i))));

    private static CheckCardFacts Facts(ControlPoint point, int period, SelfCheckResult? result, SelfCheckResult? latest, bool canRecord = true) =>
        new(Unit, point, Occurrence(point, period), result, latest, canRecord, [Staff, Manager], point.ResponsibleName);

    public static IEnumerable<(string Name, AdaptiveCard Card)> For(UiLanguage language)
    {
        var previous = Result(Files, 1, CheckVerdict.EjGodkand);
        yield return ("selfcheck-opens", SelfCheckCard.Build(language, Facts(Files, 2, null, previous), CheckNoticeKind.Opens));
        yield return ("selfcheck-reminder", SelfCheckCard.Build(language, Facts(Plans, 3, null, null), CheckNoticeKind.Reminder));
        yield return ("selfcheck-overdue", SelfCheckCard.Build(language, Facts(Plans, 2, null, Result(Plans, 1, CheckVerdict.Godkand)), CheckNoticeKind.Overdue));
        yield return ("selfcheck-read-only", SelfCheckCard.Build(language, Facts(Files, 2, null, previous, canRecord: false)));
        var saved = Result(Files, 2, CheckVerdict.EjGodkand, corrections: 1) is var r ? new SelfCheckResult(r.UnitId, r.PointId, r.Year, r.Period, r.Perspective, [.. r.History.Take(1), r.Current with { ActionId = "a-1", Reason = null }]) : null;
        yield return ("selfcheck-saved-with-action", SelfCheckCard.Build(language, Facts(Files, 2, saved, saved), saved: true));
        yield return ("selfcheck-refused-no-action-or-reason", SelfCheckCard.Build(
            language, Facts(Files, 2, null, previous), draft: new SelfCheckDraft { Verdict = "EjGodkand", Comment = "Gällde 19121212-1212", Reviewed = "10", Defects = "12" },
            refusals: [new(RefusalReason.ActionOrReasonMissing, Field.CheckReason), new(RefusalReason.ContainsPersonalIdentityNumber, Field.CheckComment), new(RefusalReason.MoreThanReviewed, Field.CheckDefects)]));
        yield return ("selfcheck-refused-godkand-with-defects", SelfCheckCard.Build(
            language, Facts(Files, 2, null, null), draft: new SelfCheckDraft { Verdict = "Godkand", Reviewed = "tio", Defects = "2" },
            refusals: [new(RefusalReason.DefectsFound, Field.CheckVerdict), new(RefusalReason.Invalid, Field.CheckReviewed), new(RefusalReason.Required, Field.CheckDefects)]));
        yield return ("selfcheck-refused-action-form", SelfCheckCard.Build(
            language, Facts(Plans, 3, null, null),
            draft: new SelfCheckDraft { Verdict = "EjGodkand", WithAction = true, Action = new ActionFormDraft { Title = "Gå igenom planerna", Due = "2027-01-01", Purpose = "Korrigerande" } },
            refusals: [new(RefusalReason.Required, Field.ActionCause), new(RefusalReason.InThePast, Field.ActionDue), new(RefusalReason.NotAllowed)]));

        // The longest: every text at its longest in the letters that cost most, many corrections, a refused draft in every input.
        var costly = StopFixtures.Costly("V: ", 300);
        var largestPoint = Files with { What = costly, Instructions = StopFixtures.Costly("I: ", FreeText.LongestText), ResponsibleName = StopFixtures.Costly("N: ", 200) };
        var largestResult = Result(largestPoint, 2, CheckVerdict.EjGodkand, StopFixtures.Costly("R: ", FreeText.LongestText), corrections: 40, StopFixtures.Costly("C: ", FreeText.LongestText));
        var largestDraft = new SelfCheckDraft
        {
            Verdict = "EjGodkand", Comment = StopFixtures.Costly("K: ", FreeText.LongestText), Reason = StopFixtures.Costly("S: ", FreeText.LongestText), Reviewed = "123456789", Defects = "9",
            WithAction = true,
            Action = new ActionFormDraft { Title = StopFixtures.Costly("T: ", FreeText.LongestText), Cause = StopFixtures.Costly("O: ", FreeText.LongestText), Due = "2027-04-30", Owner = Staff.Id, Purpose = "Korrigerande" },
        };
        yield return ("selfcheck-largest-refused", SelfCheckCard.Build(
            language, Facts(largestPoint, 2, largestResult, largestResult) with { ResponsibleName = largestPoint.ResponsibleName }, CheckNoticeKind.Overdue, draft: largestDraft,
            refusals: [new(RefusalReason.TooLong, Field.ActionTitle), new(RefusalReason.TooLong, Field.CheckComment), new(RefusalReason.Invalid, Field.CheckReviewed)]));

        // egenkontroller and the manager's list.
        var points = new[] { Plans, Files, Plans with { Id = "survey", What = "Brukarundersökning", Method = ControlMethod.Brukarundersokning, Frequency = CheckFrequency.Arsvis, Months = [10], ResponsibleId = null, ResponsibleName = null } };
        yield return ("selfcheck-list", SelfCheckListCard.Build(language, Unit, 2027, points, [Result(Plans, 1, CheckVerdict.Godkand), previous], Today));
        yield return ("selfcheck-list-empty", SelfCheckListCard.Build(language, Unit, 2027, [], [], Today));
        var many = Enumerable.Range(1, 80).Select(i => Plans with { Id = $"p{i}", What = StopFixtures.Costly($"{i}: ", 300), ResponsibleName = StopFixtures.Costly("N: ", 200) }).ToList();
        yield return ("selfcheck-list-largest", SelfCheckListCard.Build(
            language, Unit, 2027, many, many.Select(p => Result(p, 1, CheckVerdict.EjGodkand, StopFixtures.Costly("R: ", FreeText.LongestText), 3, StopFixtures.Costly("C: ", FreeText.LongestText))).ToList(), new DateOnly(2027, 12, 20)));
        var opened = points.Select(p => new DigestItem(Unit, p, SelfCheckSchedule.Occurrences(p, 2027)[0], p.ResponsibleName)).ToList();
        yield return ("selfcheck-digest", SelfCheckDigestCard.Build(language, opened.Take(2).ToList(), opened.Skip(2).ToList()));
        yield return ("selfcheck-digest-largest", SelfCheckDigestCard.Build(
            language, many.Select(p => new DigestItem(Unit, p, Occurrence(p, 3), p.ResponsibleName)).ToList(), many.Select(p => new DigestItem(Unit, p, Occurrence(p, 2), p.ResponsibleName)).ToList()));
        yield return ("unit-picker-selfchecks", UnitPickerCard.Build(language, BotCardCatalogue.Organisation.UnitsVisibleTo(BotCardCatalogue.DeputyDirector), CardVerbs.SelfCheckList));
    }
}
