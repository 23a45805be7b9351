using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>The pieces the report and risk cards share: button data, choices, colours, problems, dates.</summary>
internal static class ReportCardParts
{
    /// <summary>The data of every button about one report: its reference, e.g. "AV-2026-0042".</summary>
    public static JsonObject ReferenceData(ReportReference reference) => new() { [CardKeys.Reference] = reference.ToString() };

    /// <summary>A notice's main button: open the report (the server checks who may see it).</summary>
    public static ExecuteAction OpenReportButton(Texts t, ReportReference reference) =>
        new(t.OpenReport, CardVerbs.OpenReport) { Data = ReferenceData(reference), Style = "positive" };

    /// <summary>The problems as refusals, each about the input of its field (placed by <see cref="RefusalPlacement"/>).</summary>
    public static List<CardRefusal> Refusals(IReadOnlyList<ReportProblem>? problems, Func<ReportProblem, string> message, Func<ReportField, string> inputOf) =>
        (problems ?? []).Distinct().Select(problem => new CardRefusal(message(problem), inputOf(problem.Field))).ToList();

    /// <summary>
    /// The input a report field is filled in on the filing card and the report's forms. A field added later finds its
    /// input by the convention of the keys (ActionOwner is "actionOwner"); one without an input on the card is shown
    /// just above the button instead.
    /// </summary>
    public static string ReportInput(ReportField field) => field switch
    {
        ReportField.Kind => CardKeys.ReportKind,
        ReportField.Unit => CardKeys.ReportUnit,
        ReportField.OccurredAt => CardKeys.OccurredDate,
        ReportField.Motivation => CardKeys.IvoMotivation,
        ReportField.Investigation => CardKeys.InvestigationText,
        ReportField.Decision => CardKeys.ClosingDecision,
        ReportField.Answer => CardKeys.AnswerText,
        _ => KeyOf(field.ToString()),
    };

    /// <summary>"ActionOwner" → "actionOwner": the card keys are the fields' names in camel case.</summary>
    public static string KeyOf(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>
    /// One report in a list (the reporter's own, the unit's open ones): its reference and kind, the lines given (where it
    /// stands), and "Visa", compact so it reads well on a phone. Never any of its content.
    /// </summary>
    public static ColumnSet ReportRow(Texts t, DeviationReport report, IEnumerable<CardElement> lines) => new(
    [
        new Column(
        [
            new RichTextBlock(
            [
                new TextRun(report.Reference.ToString()) { Weight = "bolder" },
                new TextRun(" · " + t.ReportKindName(report.Kind)),
            ]),
            .. lines,
        ])
        {
            Width = "stretch",
            VerticalContentAlignment = "center",
        },
        new Column([new ActionSet([new ExecuteAction(t.ShowReport, CardVerbs.OpenReport) { Data = ReferenceData(report.Reference) }])])
        {
            Width = "auto",
            VerticalContentAlignment = "center",
        },
    ])
    {
        Separator = true,
        Spacing = "medium",
    };

    public static List<Choice> KindChoices(Texts t) =>
        Enum.GetValues<ReportKind>().Select(kind => new Choice(t.ReportKindName(kind), kind.ToString())).ToList();

    public static List<Choice> CategoryChoices(Texts t) =>
        Enum.GetValues<DeviationCategory>().Select(category => new Choice(t.CategoryName(category), category.ToString())).ToList();

    public static List<Choice> SeverityChoices(Texts t) =>
        Enum.GetValues<Severity>().Select(severity => new Choice(t.SeverityName(severity), ((int)severity).ToString(CultureInfo.InvariantCulture))).ToList();

    /// <summary>The value to preselect: the first candidate that is one of the choices (a stale or forged value is not).</summary>
    public static string? Chosen(IReadOnlyList<Choice> choices, params string?[] candidates) =>
        candidates.FirstOrDefault(value => value is not null && choices.Any(c => string.Equals(c.Value, value, StringComparison.Ordinal)));

    /// <summary>A date input's value: the draft's date when it is one, else the fallback.</summary>
    public static string? DateValue(string? draft, DateOnly? fallback = null) =>
        (ReportInputs.Date(draft) ?? fallback)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time input's value: the draft's time when it is one.</summary>
    public static string? TimeValue(string? draft) => ReportInputs.Time(draft)?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? StatusColour(ReportStatus status) => status switch
    {
        ReportStatus.Inkommen => "warning",
        ReportStatus.Bedomd or ReportStatus.UnderUtredning => "accent",
        ReportStatus.Besvarad or ReportStatus.Avslutad => "good",
        _ => null,
    };

    public static string LevelColour(RiskLevel level) => level switch
    {
        RiskLevel.Kritisk => "attention",
        RiskLevel.Medium => "warning",
        _ => "good",
    };

    /// <summary>When it happened: the date alone when no time of day was given (midnight on the Swedish clock).</summary>
    public static string Occurred(UiLanguage language, DateTimeOffset occurredAt)
    {
        var swedish = SwedishTime.ToSwedish(occurredAt);
        return swedish.TimeOfDay == TimeSpan.Zero
            ? swedish.ToString("d MMM yyyy", language.Culture())
            : WhenOnRecord(language, occurredAt);
    }

    /// <summary>Adds the newest items that fit the budget (at least one); returns how many older ones were left out.</summary>
    public static (List<T> Shown, int Hidden) Newest<T>(IReadOnlyList<T> all, int maxCount, int budget, Func<T, int> size)
    {
        var shown = new List<T>();
        var used = 0;
        for (var i = all.Count - 1; i >= 0 && shown.Count < maxCount; i--)
        {
            used += size(all[i]);
            if (shown.Count > 0 && used > budget)
            {
                break;
            }

            shown.Insert(0, all[i]);
        }

        return (shown, all.Count - shown.Count);
    }

    /// <summary>
    /// The most a text may add to a card as JSON, at worst: a character outside ASCII costs 6 bytes escaped (å is
    /// \u00E5), so budgets count that way and a card of emoji or åäö stays under Teams' limit as surely as plain text.
    /// </summary>
    public static int JsonCost(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var cost = 0;
        foreach (var c in text)
        {
            cost += c is >= ' ' and < (char)127 && c is not '"' and not '\\' and not '<' and not '>' and not '&' and not '\'' and not '+' and not '`' ? 1 : 6;
        }

        return cost;
    }

    /// <summary>The text cut (with "…", never inside a character) so that it costs at most <paramref name="maxCost"/>.</summary>
    public static string WithinCost(string text, int maxCost, bool ellipsis = true)
    {
        if (JsonCost(text) <= maxCost)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var cost = ellipsis ? 6 : 0;
        var length = 0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            cost += JsonCost(element);
            if (cost > maxCost)
            {
                break;
            }

            length += element.Length;
        }

        return ellipsis ? text[..length].TrimEnd() + "…" : text[..length];
    }

    /// <summary>A user's text put back in an input: whole up to <see cref="StopCardParts.LongestPrefill"/> characters and <paramref name="maxCost"/>.</summary>
    public static string? PrefillWithin(string? text, int maxCost = LongestPrefillCost) =>
        Prefill(text) is { } prefill ? WithinCost(prefill, maxCost, ellipsis: false) : null;

    /// <summary>The most one put-back input may cost: 8000 plain characters, or a whole 4000-character Swedish text.</summary>
    public const int LongestPrefillCost = 10_000;

    /// <summary>The oldest items that fit the budget (at least one), in order; returns how many newer ones were left out.</summary>
    public static (List<T> Shown, int Hidden) Oldest<T>(IReadOnlyList<T> all, int maxCount, int budget, Func<T, int> size)
    {
        var shown = new List<T>();
        var used = 0;
        foreach (var item in all)
        {
            used += size(item);
            if (shown.Count >= maxCount || (shown.Count > 0 && used > budget))
            {
                break;
            }

            shown.Add(item);
        }

        return (shown, all.Count - shown.Count);
    }

    /// <summary>
    /// The card built with the first budget (largest first) that makes it smaller than <paramref name="maxBytes"/> as
    /// JSON at its largest (every non-ASCII letter escaped), or with the last: a card always reaches Teams, which refuses
    /// an oversized one outright.
    /// </summary>
    public static AdaptiveCard FirstThatFits<TBudget>(IReadOnlyList<TBudget> budgets, int maxBytes, Func<TBudget, AdaptiveCard> build)
    {
        AdaptiveCard card = null!;
        foreach (var budget in budgets)
        {
            card = build(budget);
            if (System.Text.Encoding.UTF8.GetByteCount(card.ToJson().ToJsonString()) < maxBytes)
            {
                break;
            }
        }

        return card;
    }

    /// <summary>A small subtle line saying how many are not shown.</summary>
    public static TextBlock Hidden(string text) => new(text) { IsSubtle = true, Size = "small", Spacing = "small" };
}
