using System.Text.RegularExpressions;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// Errors the official library reports in our cards that are known and reported, but not fixed yet (the card builders
/// belong to bot/TeamsQuality.Cards). Each entry is as narrow as possible: one exact message. The conformance test
/// tolerates these and nothing else, and <see cref="CardConformanceTests.Known_card_issues_are_still_present"/> fails
/// as soon as one no longer occurs, so the list cannot go stale: when you fix the card, delete its entry here.
/// </summary>
public static partial class KnownCardIssues
{
    public sealed record KnownIssue(string Why, Regex Error);

    public static IReadOnlyList<KnownIssue> All { get; } =
    [
        new(
            "AdaptiveCard.lang must be a bare ISO 639-1 code (\"sv\", \"en\"; schema: \"The 2-letter ISO-639-1 language used in the card\"); "
            + "the builders set UiLanguages.Tag() (\"sv-SE\", \"en-GB\"), which adaptivecards 3.0.6 rejects and drops, so the card has no language at all.",
            LangWithRegion()),
    ];

    public static bool IsKnown(string error) => All.Any(k => k.Error.IsMatch(error));

    [GeneratedRegex("""^parse InvalidPropertyValue: Invalid value "(sv-SE|en-GB)" for property "lang"\. \[AdaptiveCard\]$""")]
    private static partial Regex LangWithRegion();
}
