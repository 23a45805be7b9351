using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards.Actions;

/// <summary>
/// What the user had typed in the shared form for a new action (from a self-check, a risk, the Garage), put back after a
/// refusal. Every value as the card sent it.
/// </summary>
public sealed record ActionFormDraft
{
    public string? Title { get; init; }

    public string? Cause { get; init; }

    /// <summary>The owner's person id.</summary>
    public string? Owner { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? Due { get; init; }

    /// <summary>The purpose's name, "Forebyggande" or "Korrigerande".</summary>
    public string? Purpose { get; init; }

    public static ActionFormDraft FromInputs(JsonObject? data) => new()
    {
        Title = CardInputs.Text(data, CardKeys.ActionTitle),
        Cause = CardInputs.Text(data, CardKeys.ActionCause),
        Owner = CardInputs.Text(data, CardKeys.ActionOwner),
        Due = CardInputs.Text(data, CardKeys.ActionDue),
        Purpose = CardInputs.Text(data, CardKeys.ActionPurpose),
    };

    /// <summary>The due date chosen; null when none or unreadable (see <see cref="DueUnreadable"/>).</summary>
    public DateOnly? DueDate => CardInputs.Date(Due);

    /// <summary>A due date was sent that is no date: refused, not dropped.</summary>
    public bool DueUnreadable => Due is not null && DueDate is null;

    public ActionPurpose? ChosenPurpose => CardInputs.Named<ActionPurpose>(Purpose);

    /// <summary>Whether anything was typed (a form left empty is not put back open).</summary>
    public bool Any => Title is not null || Cause is not null || Owner is not null || Due is not null;

    /// <summary>The input of the form a field is filled in, where a refusal about it is shown.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.ActionTitle => CardKeys.ActionTitle,
        Field.ActionCause => CardKeys.ActionCause,
        Field.ActionOwner => CardKeys.ActionOwner,
        Field.ActionDue => CardKeys.ActionDue,
        Field.ActionPurpose => CardKeys.ActionPurpose,
        _ => null,
    };
}

/// <summary>
/// The inputs of a new action, the same wherever an action is planned as people go (a failed self-check, a risk, a
/// garage item): what is to be done, the cause it addresses, the owner (one of the unit's own; empty = the manager),
/// the due date and the purpose. The caller puts them in its form with its own button, and parses with
/// <see cref="ActionFormDraft.FromInputs"/>; refusals go under these inputs with <see cref="ActionFormDraft.InputOf"/>.
/// </summary>
public static class ActionFormPart
{
    /// <param name="language">The reader's language.</param>
    /// <param name="owners">Who may own it: the unit's own people (staff and manager).</param>
    /// <param name="draft">What was typed, put back.</param>
    /// <param name="cause">The cause proposed (e.g. the failed check's control point), used when nothing was typed.</param>
    /// <param name="purpose">The purpose proposed.</param>
    public static IReadOnlyList<CardElement> Inputs(UiLanguage language, IEnumerable<Person> owners, ActionFormDraft? draft, string? cause, ActionPurpose purpose)
    {
        var t = Texts.For(language);
        var choices = owners.OrderBy(p => p.Name, StringComparer.Create(language.Culture(), ignoreCase: true)).Select(p => new Choice(p.Name, p.Id)).ToList();
        var items = new List<CardElement>
        {
            new InputText { Id = CardKeys.ActionTitle, Label = t.FieldActionTitle, IsMultiline = true, MaxLength = Domain.Rules.FreeText.LongestText, Value = draft?.Title, IsRequired = true, ErrorMessage = t.ActionTitleError },
            new InputText { Id = CardKeys.ActionCause, Label = t.FieldActionCause, IsMultiline = true, MaxLength = Domain.Rules.FreeText.LongestText, Value = draft?.Cause ?? cause, IsRequired = true, ErrorMessage = t.ActionCauseError, Placeholder = t.ActionCausePlaceholder },
        };
        if (choices.Count > 0)
        {
            items.Add(new InputChoiceSet(choices)
            {
                Id = CardKeys.ActionOwner,
                Label = t.ActionOwnerLabel,
                Style = "compact",
                Placeholder = t.ProposalOwnerPlaceholder,
                Value = CardParts.Chosen(choices, draft?.Owner),
            });
        }

        items.Add(new InputDate { Id = CardKeys.ActionDue, Label = t.ActionDueLabel, Value = CardParts.DateValue(draft?.Due), IsRequired = true, ErrorMessage = t.ActionDueError });
        var purposes = Enum.GetValues<ActionPurpose>().Select(p => new Choice(t.ActionPurposeName(p), p.ToString())).ToList();
        items.Add(new InputChoiceSet(purposes)
        {
            Id = CardKeys.ActionPurpose,
            Label = t.FieldActionPurpose,
            Style = "expanded",
            Value = CardParts.Chosen(purposes, draft?.Purpose) ?? purpose.ToString(),
            IsRequired = true,
            ErrorMessage = t.ActionPurposeError,
        });
        return items;
    }
}
