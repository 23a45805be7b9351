using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Help;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Garage;

/// <summary>
/// The answer to "garage &lt;text&gt;": park an idea, risk or need in the unit's Garage under a stop's theme. The text is
/// put in the form so the user picks the kind and the theme; shown again after a refusal, it keeps what they wrote.
/// </summary>
public static class GarageCard
{
    /// <param name="language">The user's language.</param>
    /// <param name="stops">The stops of the unit's wheel: the themes to choose from.</param>
    /// <param name="draft">What the user wrote after "garage", or what they had chosen and typed in the form.</param>
    /// <param name="refusals">What the last press was refused for, each under its input (<see cref="InputOf"/>).</param>
    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<StopDefinition> stops, GarageDraft draft, IReadOnlyList<CardRefusal>? refusals = null)
    {
        var t = Texts.For(language);
        var kinds = Enum.GetValues<GarageKind>().Select(k => new Choice(t.GarageKindName(k), k.ToString())).ToList();
        return ThemeForm(
            language,
            stops,
            new ThemeFormTexts(t.GarageTitle, t.GarageIntro, t.GarageNoStops, t.GarageFallback),
            () =>
            [
                new InputChoiceSet(kinds)
                {
                    Id = CardKeys.GarageKind,
                    Label = t.GarageKindLabel,
                    Style = "expanded",
                    IsRequired = true,
                    ErrorMessage = t.GarageKindError,
                    Value = CardParts.Chosen(kinds, draft.Kind),
                    Spacing = "medium",
                },
                ThemeChoice(t, stops, CardKeys.GarageStop, t.GarageStopError, draft.StopNumber),
                new InputText
                {
                    Id = CardKeys.GarageText,
                    Label = t.GarageTextLabel,
                    IsMultiline = true,
                    MaxLength = LearningStop.LongestText,
                    IsRequired = true,
                    ErrorMessage = t.GarageTextError,
                    Value = Prefill(draft.Text?.Trim()),
                },
            ],
            new ExecuteAction(t.SaveGarageItem, CardVerbs.ParkInGarage),
            refusals);
    }

    /// <summary>The park card's input a refusal about the field goes under; null for a field it has no input for.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.GarageKind => CardKeys.GarageKind,
        Field.GarageTheme => CardKeys.GarageStop,
        Field.GarageText => CardKeys.GarageText,
        _ => null,
    };
}

/// <summary>What the user had chosen and typed on the park card, or written after "garage": put back after a refusal.</summary>
/// <param name="Text">Input "garageText", or what followed "garage".</param>
/// <param name="Kind">Input "garageKind": Ide, Risk or Behov.</param>
/// <param name="StopNumber">Input "garageStop": the number of the stop whose theme was chosen.</param>
public sealed record GarageDraft(string? Text, string? Kind = null, int? StopNumber = null)
{
    public GarageKind? ChosenKind => CardInputs.Named<GarageKind>(Kind);

    public static GarageDraft FromInputs(JsonObject? data) =>
        new(CardInputs.Text(data, CardKeys.GarageText), CardInputs.Text(data, CardKeys.GarageKind), CardInputs.Number(data, CardKeys.GarageStop));

    /// <summary>"garage &lt;text&gt;": the text, put in the form; null when "garage" was written alone (the list, not the form).</summary>
    public static GarageDraft? FromMessage(string? message) =>
        BotCommands.Garage.Pattern.Match(message ?? string.Empty).Groups["text"].Value.Trim() is { Length: > 0 } text ? new GarageDraft(text) : null;
}

/// <summary>The receipt for a parked item: under which theme, the item as written, and when it comes up.</summary>
public static class GarageReceiptCard
{
    public static AdaptiveCard Build(UiLanguage language, GarageItem item)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        return ThemeReceipt(
            language,
            string.Format(culture, t.GarageReceiptTitle, item.Theme),
            GarageItemPart.Describe(language, item, 1000),
            string.Format(culture, t.GarageReceiptHint, item.StopNumber),
            new ExecuteAction(t.ShowGarage, CardVerbs.ShowGarage) { Data = new() { [CardKeys.Unit] = item.UnitId } });
    }
}

/// <summary>How a parked item reads on every card that shows it: its kind and text, who parked it and when, where it stands.</summary>
internal static class GarageItemPart
{
    /// <param name="longest">The most of the item's text shown; a reason or an action's title shows less.</param>
    public static List<CardElement> Describe(UiLanguage language, GarageItem item, int longest)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var items = new List<CardElement>
        {
            new RichTextBlock([new TextRun(t.GarageKindName(item.Kind) + ": ") { Weight = "bolder" }, new TextRun(Shorten(item.Text, longest))]) { Spacing = "small" },
            Byline(item.ParkedByName, When(language, item.ParkedAt)),
        };
        var status = new List<TextRun> { new(t.GarageStatusName(item.Status)) { Weight = "bolder", Color = StatusColour(item.Status) } };
        if (item.Status == GarageStatus.TillPlanen && item.ActionTitle is { } title)
        {
            status.Add(new TextRun(" · " + string.Format(culture, t.GarageToPlanDetail, Shorten(title, Math.Max(60, longest / 3)))));
        }
        else if (item.Status == GarageStatus.Struken && item.Reason is { } reason)
        {
            status.Add(new TextRun(" · " + string.Format(culture, t.GarageDropDetail, Shorten(reason, Math.Max(60, longest / 2)))));
        }

        items.Add(new RichTextBlock(status) { Spacing = "none" });
        if (item.Status != GarageStatus.Parkerad && item.History.Count > 0 && item.DecidedInYear is { } year)
        {
            items.Add(Subtle(string.Format(culture, t.GarageDecidedBy, item.History[^1].PersonName, year)));
        }

        return items;
    }

    /// <summary>The top of a card deciding on one item (into the plan, drop): what is decided, where, and the item.</summary>
    public static List<CardElement> DecisionHeader(UiLanguage language, string title, Domain.Organisations.Unit unit, LearningStop stop, GarageItem item) =>
    [
        Heading(title),
        Subtle($"{unit.Name} · " + string.Format(language.Culture(), Texts.For(language).GarageThemeHeading, stop.Key.Number, stop.Definition.Theme)),
        new Container(Describe(language, item, 500)) { Style = "emphasis" },
    ];

    public static string StatusColour(GarageStatus status) => status switch
    {
        GarageStatus.TillPlanen => "good",
        GarageStatus.Struken => "attention",
        GarageStatus.KvarIGaraget => "accent",
        _ => "warning",
    };
}
