using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards;

/// <summary>The pieces the learning-stop cards share: headings, user text without Markdown, dates, the stop's button data.</summary>
internal static class StopCardParts
{
    /// <summary>
    /// The most of a user's text a card puts back in an input: what the rules allow and as much again, so a text the bot
    /// refused as too long comes back whole for the user to shorten, while a pasted book cannot push the card over 80 KB.
    /// </summary>
    public const int LongestPrefill = 2 * LearningStop.LongestText;

    public static TextBlock Heading(string text) => new(text) { Size = "large", Weight = "bolder", Style = "heading" };

    public static TextBlock Subheading(string text) => new(text) { Weight = "bolder", Spacing = "medium" };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = "none", Size = "small" };

    /// <summary>Text someone wrote (or a template's text), shown as written: a text run has no Markdown.</summary>
    public static RichTextBlock Plain(string text, string? spacing = null) => new([new TextRun(text)]) { Spacing = spacing };

    /// <summary>One line per item with a bullet, each as written (a template's "1." must not become a list).</summary>
    public static IEnumerable<CardElement> Bullets(IEnumerable<string> items) =>
        items.Select((item, i) => (CardElement)new RichTextBlock([new TextRun("• " + item)]) { Spacing = i == 0 ? null : "small" });

    /// <summary>What the bot tells the user at the top of a card: a refusal in red, a receipt in green.</summary>
    public static RichTextBlock Notice(string text, bool isError) =>
        new([new TextRun(text) { Color = isError ? "attention" : "good", Weight = "bolder" }]);

    /// <summary>Who wrote something and when, small under the text.</summary>
    public static RichTextBlock Byline(string name, string when) =>
        new([new TextRun(name) { Weight = "bolder", IsSubtle = true }, new TextRun(" · " + when) { IsSubtle = true }]) { Spacing = "none" };

    /// <summary>
    /// What a stop card becomes for someone who may not see the unit's stops (<see cref="LearningStop.CanSee"/>): the
    /// heading they asked for, the refusal in red, and the way back to the help.
    /// </summary>
    public static AdaptiveCard StopAccessRefused(UiLanguage language, Texts t, string fallback, List<CardElement> body, Unit unit)
    {
        body.Add(new TextBlock(string.Format(language.Culture(), t.StopAccessRefused, unit.Name)) { Color = "attention" });
        return CardParts.BackToHelpCard(language, t, fallback, body);
    }

    /// <summary>The data every stop button carries: unit, year, stop (and the step, the revision), numbers as JSON numbers.</summary>
    public static JsonObject StopData(StopKey key, int? step = null, int? revision = null)
    {
        var data = new JsonObject
        {
            [CardKeys.Unit] = key.UnitId,
            [CardKeys.Year] = key.Year,
            [CardKeys.Stop] = key.Number,
        };
        if (step is { } s)
        {
            data[CardKeys.Step] = s;
        }

        if (revision is { } r)
        {
            data[CardKeys.Revision] = r;
        }

        return data;
    }

    /// <summary>
    /// The choice of a stop's theme to put something under for when that stop comes ("logga", "garage"): the stops of the
    /// wheel year by number, the chosen one kept when it is one of them.
    /// </summary>
    public static InputChoiceSet ThemeChoice(Texts t, IReadOnlyList<StopDefinition> stops, string id, string error, int? selected) =>
        new(stops.OrderBy(s => s.Number).Select(s => new Choice($"{s.Number}. {s.Theme}", s.Number.ToString(CultureInfo.InvariantCulture))).ToList())
        {
            Id = id,
            Label = t.ThemeChoiceLabel,
            Style = "compact",
            Placeholder = t.ThemeChoicePlaceholder,
            IsRequired = true,
            ErrorMessage = error,
            Value = selected is { } number && stops.Any(s => s.Number == number) ? number.ToString(CultureInfo.InvariantCulture) : null,
            Spacing = "medium",
        };

    /// <summary>
    /// A form that puts something under a stop's theme for when that stop comes ("logga", "garage"): its title, what it
    /// is for, the inputs (among them <see cref="ThemeChoice"/>) and the save button, each refusal under its input and
    /// above the button. Without stops to choose from (no wheel yet) it says so, with the refusals at the top, as there
    /// is no input to put them under, and leads back to the help.
    /// </summary>
    public static AdaptiveCard ThemeForm(
        UiLanguage language, IReadOnlyList<StopDefinition> stops, ThemeFormTexts texts, Func<IEnumerable<CardElement>> inputs, ExecuteAction save, IReadOnlyList<CardRefusal>? refusals)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>();
        if (stops.Count == 0)
        {
            body.AddRange((refusals ?? []).Select(r => r.Message).Distinct().Select(message => (CardElement)Notice(message, isError: true)));
            body.Add(Heading(texts.Title));
            body.Add(new TextBlock(texts.NoStops) { Color = "warning" });
            return CardParts.BackToHelpCard(language, t, texts.Fallback, body);
        }

        body.Add(Heading(texts.Title));
        body.Add(new TextBlock(texts.Intro) { Size = "small", Spacing = "none" });
        body.AddRange(inputs());
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = texts.Fallback,
            Body = RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
            Actions = [save with { Style = "positive" }],
        };
    }

    /// <summary>The receipt for what was put under a stop's theme: under which (green), what was put there, and when it comes up.</summary>
    public static AdaptiveCard ThemeReceipt(UiLanguage language, string title, IReadOnlyList<CardElement> what, string hint, ExecuteAction next) => new()
    {
        Lang = language.Tag(),
        FallbackText = title,
        Body =
        [
            new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = "good" },
            new Container(what) { Style = "emphasis" },
            new TextBlock(hint) { IsSubtle = true, Size = "small" },
        ],
        Actions = [next],
    };

    /// <summary>"30 november 2026" / "30 November 2026".</summary>
    public static string Date(UiLanguage language, DateOnly day) => day.ToString("d MMMM yyyy", language.Culture());

    /// <summary>"3 nov. 14:05" / "3 Nov 14:05", on the Swedish clock whatever the instant's offset.</summary>
    public static string When(UiLanguage language, DateTimeOffset instant) =>
        SwedishTime.ToSwedish(instant).ToString("d MMM HH:mm", language.Culture());

    /// <summary>"10 nov. 2026 14:55" / "10 Nov 2026 14:55": for what stays on record, on the Swedish clock.</summary>
    public static string WhenOnRecord(UiLanguage language, DateTimeOffset instant) =>
        SwedishTime.ToSwedish(instant).ToString("d MMM yyyy HH:mm", language.Culture());

    /// <summary>"1 h", "1,5 h" (Swedish) / "1.5 h" (English), "45 min".</summary>
    public static string Duration(UiLanguage language, TimeSpan time)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        return time < TimeSpan.FromHours(1)
            ? string.Format(culture, t.Minutes, Math.Round(time.TotalMinutes).ToString("0", culture))
            : string.Format(culture, t.Hours, time.TotalHours.ToString("0.##", culture));
    }

    /// <summary>"November", "Maj–juni" in the language's month names.</summary>
    public static string Months(UiLanguage language, IReadOnlyList<int> months)
    {
        if (months.Count == 0)
        {
            return "–";
        }

        var names = language.Culture().DateTimeFormat;
        var first = names.GetMonthName(months[0]);
        var text = months.Count == 1 ? first : $"{first}–{names.GetMonthName(months[^1])}";
        return char.ToUpper(text[0], language.Culture()) + text[1..];
    }

    /// <summary>A count in words: none, one, or many.</summary>
    public static string Count(UiLanguage language, int count, string none, string one, string many) => count switch
    {
        <= 0 => none,
        1 => one,
        _ => string.Format(language.Culture(), many, count),
    };

    /// <summary>Text for an input's value, kept whole up to <see cref="LongestPrefill"/>.</summary>
    public static string? Prefill(string? text) => string.IsNullOrEmpty(text) ? null : Shorten(text, LongestPrefill, ellipsis: false);

    /// <summary>Cuts a text to at most <paramref name="longest"/> characters as a reader counts them, never inside one.</summary>
    public static string Shorten(string text, int longest, bool ellipsis = true)
    {
        if (text.Length <= longest)
        {
            return text;
        }

        var characters = new StringInfo(text);
        if (characters.LengthInTextElements <= longest)
        {
            return text;
        }

        return ellipsis ? characters.SubstringByTextElements(0, longest - 1).TrimEnd() + "…" : characters.SubstringByTextElements(0, longest);
    }

    /// <summary>Names in Swedish alphabetical order (å, ä, ö last).</summary>
    public static StringComparer NameOrder { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);
}

/// <summary>The words of a <see cref="StopCardParts.ThemeForm"/>: its title, what it is for, what it says without a wheel, its fallback.</summary>
internal sealed record ThemeFormTexts(string Title, string Intro, string NoStops, string Fallback);
