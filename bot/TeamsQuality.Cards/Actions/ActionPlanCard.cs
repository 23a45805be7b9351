using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>One action on a page of the plan, as the viewer may see it.</summary>
/// <param name="Report">The report it came from, when the viewer may see that report.</param>
/// <param name="CanChange">The viewer is its owner or the acting manager.</param>
public sealed record PlanRow(ImprovementAction Action, DeviationReference? Report, bool CanChange);

/// <summary>
/// The answer to "åtgärder": the unit's plan (verksamhetsplan), open actions first (the overdue marked), done ones
/// after, one page at a time so 100 actions stay far under Teams' 80 KB: each with origin, cause, owner, due date,
/// purpose and status, and buttons for its history and, for the owner and the manager, to change its status (or,
/// once its follow-up day has come, to answer on its effect).
/// </summary>
public static class ActionPlanCard
{
    /// <summary>How many actions one page shows.</summary>
    public const int PageSize = 15;

    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="page">The page's actions in the plan's order.</param>
    /// <param name="total">How many actions the plan has.</param>
    /// <param name="skip">How many come before this page.</param>
    /// <param name="open">How many are not done.</param>
    /// <param name="overdue">How many are past their due date and not done.</param>
    /// <param name="now">Now, for what is overdue and which follow-ups have come.</param>
    public static AdaptiveCard Build(UiLanguage language, Unit unit, IReadOnlyList<PlanRow> page, int total, int skip, int open, int overdue, DateTimeOffset now)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.ActionPlanTitle, unit.Name);
        var body = new List<CardElement> { Heading(title) };
        if (total == 0)
        {
            body.Add(new TextBlock(t.ActionPlanEmpty) { IsSubtle = true });
        }
        else
        {
            body.Add(new TextBlock(string.Format(culture, t.ActionPlanCounts, total, open, overdue)) { Spacing = "small" });
            bool? doneSection = null;
            foreach (var row in page)
            {
                var done = row.Action.Status == ActionStatus.Genomford;
                if (doneSection != done)
                {
                    body.Add(new TextBlock(done ? t.ActionPlanDoneHeading : t.ActionPlanOpenHeading) { Weight = "bolder", Spacing = "large", Separator = true });
                    doneSection = done;
                }

                body.Add(Row(language, t, unit, row, now));
            }

            if (total > page.Count)
            {
                body.Add(Hidden(string.Format(culture, t.ActionPlanShowing, skip + 1, skip + page.Count, total)));
            }
        }

        var actions = new List<CardActionElement>();
        if (skip + page.Count < total)
        {
            actions.Add(new ExecuteAction(t.ActionPlanOlder, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id, [CardKeys.Skip] = skip + PageSize } });
        }

        if (skip > 0)
        {
            actions.Add(new ExecuteAction(t.ActionPlanNewer, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id, [CardKeys.Skip] = Math.Max(0, skip - PageSize) } });
        }

        actions.Add(new ExecuteAction(t.Refresh, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id, [CardKeys.Skip] = skip } });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body = body,
            Actions = actions,
        };
    }

    private static Container Row(UiLanguage language, Texts t, Unit unit, PlanRow row, DateTimeOffset now)
    {
        var action = row.Action;
        var items = ActionCardParts.Summary(language, t, action, row.Report, now);
        var buttons = new List<CardActionElement>();
        if (row.CanChange && action.Effect is null)
        {
            var followUpDue = action.Status == ActionStatus.Genomford && action.FollowUpOn is { } followUp && followUp <= Domain.Time.SwedishTime.Day(now);
            buttons.Add(followUpDue
                ? new ExecuteAction(t.AnswerEffectButton, CardVerbs.ActionEffectForm) { Data = ActionCardParts.Data(unit, action) }
                : new ExecuteAction(t.ChangeStatusButton, CardVerbs.ActionStatusForm) { Data = ActionCardParts.Data(unit, action) });
        }

        buttons.Add(new ExecuteAction(t.ActionHistoryButton, CardVerbs.ActionHistory) { Data = ActionCardParts.Data(unit, action) });
        items.Add(new ActionSet(buttons) { Spacing = "small" });
        return new Container(items) { Spacing = "medium", Style = action.IsOverdue(now) ? "attention" : null };
    }
}
