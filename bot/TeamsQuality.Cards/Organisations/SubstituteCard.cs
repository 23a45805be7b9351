using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Organisations;

/// <summary>What the manager chose on the substitute card, put back after a refusal: the card's one parser of its inputs.</summary>
public sealed record SubstituteDraft(string? Person, string? From, string? Until)
{
    /// <summary>The first day as the date input sends it (yyyy-MM-dd); null when absent or not a date.</summary>
    public DateOnly? FromDay => Day(From);

    /// <summary>The last day, the same way.</summary>
    public DateOnly? UntilDay => Day(Until);

    public static SubstituteDraft FromInputs(JsonObject data)
    {
        string? Get(string key) => data[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        return new SubstituteDraft(Get(CardKeys.SubstitutePerson), Get(CardKeys.SubstituteFrom), Get(CardKeys.SubstituteUntil));
    }

    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>
/// The unit manager's card for their substitute (ersättare): who stands in now or next and for which days (with a button
/// to end it now), the form to name someone (one of the unit's people or another enhetschef, from and to a day), and
/// the history of who named whom and when. A refusal is said under the field it concerns and again just above the
/// button (<see cref="RefusalPlacement"/>), with what was chosen put back.
/// </summary>
public static class SubstituteCard
{
    private const int MostHistoryLines = 10;

    /// <param name="language">The manager's language.</param>
    /// <param name="unit">The unit, with its substitute if one was named.</param>
    /// <param name="candidates">Who may stand in: the unit's people and the other enhetschefer.</param>
    /// <param name="substituteName">The named substitute's name, when there is one.</param>
    /// <param name="history">The unit's changes, oldest first.</param>
    /// <param name="now">Now: whether the period is on, and the first day that may be chosen.</param>
    /// <param name="draft">What the manager chose, put back after a refusal.</param>
    /// <param name="refusals">Why the last press was refused, each naming its field.</param>
    /// <param name="notice">A receipt at the top, in green.</param>
    public static AdaptiveCard Build(
        UiLanguage language,
        Unit unit,
        IReadOnlyList<Person> candidates,
        string? substituteName,
        IReadOnlyList<OrganisationChange> history,
        DateTimeOffset now,
        SubstituteDraft? draft = null,
        IReadOnlyList<Refusal>? refusals = null,
        string? notice = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var today = Domain.Time.SwedishTime.Day(now);
        refusals ??= [];
        draft ??= new SubstituteDraft(null, null, null);
        var title = string.Format(culture, t.SubstituteTitle, unit.Name);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(notice))
        {
            body.Add(Notice(notice, isError: false));
        }

        body.Add(Heading(title));
        body.Add(new TextBlock(t.SubstituteIntro) { Size = "small", IsSubtle = true, Spacing = "none" });

        // Who stands in now or next, and the way to end it.
        if (unit.Substitute is { } current && !current.IsOver(now))
        {
            var name = substituteName ?? current.PersonId;
            var period = t.Period(current.From, current.Until);
            body.Add(new TextBlock(string.Format(culture, current.IsOn(now) ? t.SubstituteCurrentOn : t.SubstituteCurrentPlanned, name, period)) { Weight = "bolder", Spacing = "medium" });
            body.Add(new ActionSet([new ExecuteAction(t.EndSubstitute, CardVerbs.EndSubstitute) { Data = UnitDeviationsCard.UnitData(unit), AssociatedInputs = "none" }]) { Spacing = "small" });
        }
        else
        {
            body.Add(new TextBlock(t.SubstituteNone) { IsSubtle = true, Spacing = "medium" });
        }

        // Ending what was already over is said where the button to end it was.
        foreach (var refusal in refusals.Where(r => r.Reason == RefusalReason.NoneToEnd).Distinct())
        {
            body.Add(new RichTextBlock([new TextRun(t.SubstituteRefusalText(refusal)) { Color = "attention", Weight = "bolder" }]) { Spacing = "small" });
        }

        body.Add(Section(t.NameSubstituteHeading));
        var choices = candidates.Select(p => new Choice(p.Name, p.Id)).ToList();
        body.Add(new InputChoiceSet(choices)
        {
            Id = CardKeys.SubstitutePerson,
            Label = t.SubstitutePersonLabel,
            Style = "compact",
            Placeholder = t.SubstitutePersonPlaceholder,
            IsRequired = true,
            ErrorMessage = t.SubstitutePersonError,
            Value = Chosen(choices, draft.Person),
        });
        foreach (var (id, label, error, value) in new[]
        {
            (CardKeys.SubstituteFrom, t.SubstituteFromLabel, t.SubstituteFromError, DateValue(draft.From, today)),
            (CardKeys.SubstituteUntil, t.SubstituteUntilLabel, t.SubstituteUntilError, DateValue(draft.Until)),
        })
        {
            body.Add(new InputDate { Id = id, Label = label, IsRequired = true, ErrorMessage = error, Value = value });
        }

        body.Add(new ActionSet([new ExecuteAction(t.SaveSubstitute, CardVerbs.NameSubstitute) { Data = UnitDeviationsCard.UnitData(unit), Style = "positive" }]) { Spacing = "small" });

        AddHistory(body, language, t, history);

        // Each refusal in red under its field, and all of them again just above "Utse ersättaren"; one about no field
        // (only the manager names a substitute) just above the button.
        var placed = CardRefusals.Of(refusals.Where(r => r.Reason != RefusalReason.NoneToEnd), t.SubstituteRefusalText, InputOf, CardVerbs.NameSubstitute);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body = RefusalPlacement.Place(body, placed, t.ReportProblemsHeading),
            Actions = [new ExecuteAction(t.ShowUnitReports, CardVerbs.UnitDeviations) { Data = UnitDeviationsCard.UnitData(unit) }],
        };
    }

    private static void AddHistory(List<CardElement> body, UiLanguage language, Texts t, IReadOnlyList<OrganisationChange> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        body.Add(Section(t.HistoryHeading));
        var (shown, hidden) = Newest(history, MostHistoryLines, int.MaxValue, _ => 0);
        if (hidden > 0)
        {
            body.Add(Hidden(string.Format(language.Culture(), t.HistoryHidden, hidden)));
        }

        foreach (var change in shown)
        {
            var what = change.Kind == OrganisationChangeKind.SubstituteEnded ? t.SubstituteHistoryEnded : t.SubstituteHistoryNamed;
            body.Add(new RichTextBlock(
            [
                new TextRun(WhenOnRecord(language, change.At) + " · ") { IsSubtle = true },
                new TextRun(change.PersonName) { Weight = "bolder" },
                new TextRun(" · " + string.Format(language.Culture(), what, change.SubstituteName, t.Period(change.From, change.Until))),
            ])
            {
                Spacing = "small",
            });
        }
    }

    /// <summary>The card's input for a field a refusal names.</summary>
    private static string? InputOf(Field field) => field switch
    {
        Field.Substitute => CardKeys.SubstitutePerson,
        Field.From => CardKeys.SubstituteFrom,
        Field.Until => CardKeys.SubstituteUntil,
        _ => null,
    };

    private static TextBlock Section(string text) => new(text) { Weight = "bolder", Size = "medium", Spacing = "large", Separator = true };
}
