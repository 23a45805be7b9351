using System.Text.Json.Nodes;
using TeamsQuality.Conformance.Tests.Infrastructure;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// What the app says it does, where a new user reads it first (the help card, the welcome card, the Teams app's
/// description in both languages): only what is built; a user told of something looks for it and finds nothing. The
/// quality report (kvalitetsberättelse) is built and in the help; the word for stop 10's analysis day
/// (kvalitetsredovisning) names no command.
/// </summary>
public sealed class PromiseTests
{
    private static readonly string[] NotBuilt = ["kvalitetsredovisning"];

    public static TheoryData<string> FirstCards => new() { "help/sv", "help/en", "welcome-personal/sv", "welcome-personal/en", "welcome-team/sv", "welcome-team/en" };

    [Theory]
    [MemberData(nameof(FirstCards))]
    public void The_help_and_welcome_cards_promise_nothing_that_is_not_built(string name)
    {
        var text = AllText(BotCardCatalogue.Get(name).Json);

        Assert.All(NotBuilt, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("help/sv", "hållplatser", "avvikelser", "lex Sarah", "riskanalys", "egenkontroller")]
    [InlineData("help/en", "hållplatser", "deviations", "lex Sarah", "riskanalys", "self-checks")]
    public void The_help_card_says_what_is_built(string name, params string[] built)
    {
        var intro = Texts(BotCardCatalogue.Get(name).Json)[2];

        Assert.All(built, word => Assert.Contains(word, intro, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en-us.json")]
    public void The_Teams_app_description_promises_nothing_that_is_not_built(string file)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Repo.PathOf("manifest", file)))!.AsObject();
        var descriptions = file == "manifest.json"
            ? new[] { manifest["description"]!["short"]!, manifest["description"]!["full"]! }.Select(d => d.GetValue<string>())
            : manifest.Where(p => p.Key.StartsWith("description.", StringComparison.Ordinal)).Select(p => p.Value!.GetValue<string>());
        var text = string.Join("\n", descriptions);

        Assert.Contains("lex Sarah", text, StringComparison.Ordinal);
        Assert.All(NotBuilt, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
    }
}
