using TeamsQuality.Cards.Actions;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Conformance.Tests;

/// <summary>Actions in a unit's plan in the states a user meets them in, for the catalogue: longest texts, a full plan, a long history.</summary>
public static class ActionFixtures
{
    public static Unit Unit => BotCardCatalogue.HomeCareNorth;

    public static Person Owner => BotCardCatalogue.Staff;

    public static Person Manager => BotCardCatalogue.Manager;

    /// <summary>Monday 23 November 2026, 09:00 Swedish time.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static string Longest(string start) => start + new string('å', Domain.Rules.FreeText.LongestText - start.Length);

    public static ImprovementAction New(int n = 1, ActionOriginKind kind = ActionOriginKind.Hallplats, bool longest = false, DateOnly? due = null)
    {
        var origin = kind switch
        {
            ActionOriginKind.Avvikelse => new ActionOrigin(kind, "LS-2026-0007", "LS-2026-0007"),
            ActionOriginKind.Egenkontroll => new ActionOrigin(kind, "ek-" + n, longest ? Longest("Egenkontroll: ") : "Egenkontroll: genomförandeplaner"),
            ActionOriginKind.Riskanalys => new ActionOrigin(kind, "risk-" + n, "Riskanalys: läkemedel"),
            ActionOriginKind.Garage => new ActionOrigin(kind, "garage-" + n, "Garaget: idé om introduktion"),
            _ => new ActionOrigin(kind, "2027-01", "Hållplats 1 Samverkan (2027)"),
        };
        return ImprovementAction.Create(
            Unit.Organisation(), Unit.Id, "ac-" + n, longest ? Longest($"Åtgärd {n}: ") : $"Checklista för kvällspasset {n}", Owner.Id, longest ? new string('Ö', 200) : Owner.Name,
            due ?? new DateOnly(2026, 12, 18), origin, Manager, Now.AddDays(-30), longest ? Longest("Orsak: ") : "Kvällspasset missar överlämningen", ActionPurpose.Forebyggande);
    }

    public static ImprovementAction Started(int n = 1, bool longest = false)
    {
        var action = New(n, longest: longest);
        action.Change(Owner, Unit, ActionStatus.Pagaende, null, null, longest ? Longest("Började: ") : "Började i dag", Now.AddDays(-20));
        return action;
    }

    public static ImprovementAction Done(int n = 1, bool longest = false, DateTimeOffset? at = null)
    {
        var action = Started(n, longest);
        action.Change(Owner, Unit, ActionStatus.Genomford, null, null, longest ? Longest("Klart: ") : "Klart", at ?? Now.AddDays(-10));
        return action;
    }

    /// <summary>Done three months ago: its follow-up day has come.</summary>
    public static (ImprovementAction Action, DateTimeOffset FollowUp) DueForFollowUp(bool longest = false)
    {
        var at = Now.AddMonths(-3).AddDays(-1);
        return (Done(1, longest, at), Now);
    }

    public static ImprovementAction NoEffect(bool longest = false)
    {
        var (action, now) = DueForFollowUp(longest);
        action.AnswerEffect(Owner, Unit, ActionEffect.Nej, longest ? Longest("Ingen effekt: ") : "Ingen använder checklistan", now);
        return action;
    }

    /// <summary>An action whose history is long: many moves of the due date, with the longest comments.</summary>
    public static ImprovementAction LongHistory()
    {
        var action = New(1, longest: true, due: new DateOnly(2027, 1, 1));
        for (var i = 1; i <= 60; i++)
        {
            action.Change(Manager, Unit, null, new DateOnly(2027, 1, 1).AddDays(i), null, Longest($"Flytt {i}: "), Now.AddMinutes(i));
        }

        return action;
    }

    /// <summary>A page of a plan of 100 actions: every origin, open and overdue ones first, the longest texts.</summary>
    public static IReadOnlyList<PlanRow> FullPage(bool longest)
    {
        var kinds = Enum.GetValues<ActionOriginKind>();
        return Enumerable.Range(1, ActionPlanCard.PageSize)
            .Select(i => i % 4 == 0 ? Done(i, longest) : New(i, kinds[i % kinds.Length], longest, due: new DateOnly(2026, 11, 1).AddDays(i)))
            .Select(a => new PlanRow(a, a.Origin.Kind == ActionOriginKind.Avvikelse ? new DeviationReference("LS", 2026, 7) : null, true))
            .OrderBy(r => r.Action.Status == ActionStatus.Genomford)
            .ToList();
    }

    private static TenantId Organisation(this Unit _) => BotCardCatalogue.Organisation.Tenant;
}
