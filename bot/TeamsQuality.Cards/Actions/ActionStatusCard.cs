using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>What was typed on the status form, as the card sent it; put back after a refusal.</summary>
public sealed record ActionStatusDraft
{
    public string? Status { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? Due { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? FollowUp { get; init; }

    public string? Comment { get; init; }

    public static ActionStatusDraft FromInputs(JsonObject? data) => new()
    {
        Status = CardInputs.Text(data, CardKeys.ActionStatus),
        Due = CardInputs.Text(data, CardKeys.ActionDue),
        FollowUp = CardInputs.Text(data, CardKeys.ActionFollowUp),
        Comment = CardInputs.Text(data, CardKeys.ActionComment),
    };

    public ActionStatus? ChosenStatus => CardInputs.Named<ActionStatus>(Status);

    public DateOnly? DueDate => CardInputs.Date(Due);

    public DateOnly? FollowUpDate => CardInputs.Date(FollowUp);

    /// <summary>A date was sent that is no date: refused, not dropped.</summary>
    public bool DateUnreadable => (Due is not null && DueDate is null) || (FollowUp is not null && FollowUpDate is null);

    /// <summary>The input a refusal about a field goes under.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.ActionStatus => CardKeys.ActionStatus,
        Field.ActionDue => CardKeys.ActionDue,
        Field.ActionFollowUp => CardKeys.ActionFollowUp,
        Field.ActionComment => CardKeys.ActionComment,
        _ => null,
    };
}

/// <summary>
/// "Ändra status": the action as it is, and for its owner and the acting manager the form: the new status (any, back
/// too), a new due date, the follow-up date once done (empty: three months on), and the comment every change needs.
/// A refusal shows under the field it concerns with everything typed kept; "Sparat" after a change.
/// </summary>
public static class ActionStatusCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="action">The action as it is now.</param>
    /// <param name="report">The report it came from, when the viewer may see that report.</param>
    /// <param name="canChange">Whether the viewer may change it.</param>
    /// <param name="now">Now.</param>
    /// <param name="draft">What was typed, put back after a refusal.</param>
    /// <param name="refusals">Why the change was refused.</param>
    /// <param name="saved">Whether a change was just saved.</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, ImprovementAction action, DeviationReference? report, bool canChange, DateTimeOffset now,
        ActionStatusDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, bool saved = false)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.ActionStatusTitle, Shorten(action.Title, 80));
        var body = new List<CardElement> { new TextBlock(t.ChangeStatusButton) { Size = "large", Weight = "bolder", Style = "heading" } };
        body.AddRange(ActionCardParts.Summary(language, t, action, report, now));
        if (saved)
        {
            body.Add(Notice(t.ActionChangeSaved, isError: false));
        }

        var actions = new List<CardActionElement>();
        if (canChange && action.Effect is null)
        {
            var statuses = Enum.GetValues<ActionStatus>().Select(s => new Choice(t.ActionStatusName(s), s.ToString())).ToList();
            body.Add(new InputChoiceSet(statuses)
            {
                Id = CardKeys.ActionStatus,
                Label = t.FieldActionStatus,
                Style = "expanded",
                Value = CardParts.Chosen(statuses, draft?.Status) ?? Next(action.Status).ToString(),
                IsRequired = true,
                ErrorMessage = t.ActionNothingChanged,
                Spacing = "medium",
                Separator = true,
            });
            body.Add(new InputDate { Id = CardKeys.ActionDue, Label = t.FieldNewDueDate, Value = CardParts.DateValue(draft?.Due, action.DueDate) });
            body.Add(new InputDate { Id = CardKeys.ActionFollowUp, Label = t.FieldFollowUpDate, Value = CardParts.DateValue(draft?.FollowUp, action.FollowUpOn) });
            body.Add(new InputText
            {
                Id = CardKeys.ActionComment,
                Label = t.FieldActionComment,
                IsMultiline = true,
                MaxLength = FreeText.LongestText,
                IsRequired = true,
                ErrorMessage = t.ActionCommentError,
                Value = CardParts.PrefillWithin(draft?.Comment),
            });
            actions.Add(new ExecuteAction(t.SaveActionChange, CardVerbs.ChangeActionStatus) { Data = ActionCardParts.Data(unit, action), Style = "positive" });
        }
        else
        {
            body.Add(new TextBlock(action.Effect is null ? t.ActionReadOnly : t.ActionEffectGiven) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }

        actions.Add(new ExecuteAction(t.ActionHistoryButton, CardVerbs.ActionHistory) { Data = ActionCardParts.Data(unit, action), AssociatedInputs = "none" });
        actions.Add(new ExecuteAction(t.ShowActionPlan, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id }, AssociatedInputs = "none" });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.ActionLifecycleRefusal, ActionStatusDraft.InputOf, CardVerbs.ChangeActionStatus), t.ReportProblemsHeading),
            Actions = actions,
        };
    }

    /// <summary>The status most likely wanted next: a started action is to be done, a new one started.</summary>
    private static ActionStatus Next(ActionStatus status) => status == ActionStatus.EjPaborjad ? ActionStatus.Pagaende : ActionStatus.Genomford;
}
