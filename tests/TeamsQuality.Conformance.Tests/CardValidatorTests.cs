using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Conformance.Tests.Infrastructure;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// The card conformance test must not pass vacuously: eng/validate-cards.mjs has to fail cards Teams would not show
/// right. Each broken card is a real card from our builders with one defect added.
/// </summary>
public sealed class CardValidatorTests
{
    /// <summary>Name → (defect added to a valid help card, a fragment the validator's error must contain).</summary>
    private static readonly Dictionary<string, (Action<JsonObject> Break, string ExpectedError)> Defects = new()
    {
        ["unknown-element-type"] = (c => Body(c).Add(new JsonObject { ["type"] = "Carousel2", ["text"] = "x" }), "Unknown element type \"Carousel2\""),
        ["unknown-action-type"] = (c => Actions(c).Add(new JsonObject { ["type"] = "Action.Teleport", ["title"] = "x" }), "Unknown action type \"Action.Teleport\""),
        ["textblock-without-text"] = (c => Body(c).Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true }), "TextBlock has no \"text\""),
        ["invalid-property-value"] = (c => Body(c).Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "x", ["size"] = "huge" }), "Invalid value \"huge\" for property \"size\""),
        ["execute-without-verb"] = (c => Actions(c).Add(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Spara" }), "Action.Execute \"Spara\" has no \"verb\""),
        ["execute-without-verb-in-showcard-actionset"] = (
            c => Body(c).Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(new JsonObject
                {
                    ["type"] = "Action.ShowCard",
                    ["title"] = "Mer",
                    ["card"] = new JsonObject
                    {
                        ["type"] = "AdaptiveCard",
                        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Djupt" }),
                        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Djup knapp", ["verb"] = "" }),
                    },
                }),
            }),
            "Action.Execute \"Djup knapp\" has no \"verb\""),
        ["input-without-id"] = (c => Body(c).Add(new JsonObject { ["type"] = "Input.Text", ["label"] = "Beskrivning" }), "Input.Text has no \"id\""),
        ["input-without-label"] = (c => Body(c).Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "beskrivning" }), "Input.Text \"beskrivning\" has no \"label\""),
        ["version-too-new"] = (c => c["version"] = "1.6", "\"version\" is \"1.6\""),
        ["version-missing"] = (c => c.Remove("version"), "\"version\" is not set"),
        ["too-large"] = (c => Body(c).Add(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('å', 41_000) }), "keep a card under 81920 bytes"),
    };

    private static readonly Lazy<Task<CardValidationRun>> Validation = new(() =>
        CardValidator.ValidateAsync(
            Defects.Select(d => KeyValuePair.Create(d.Key, Broken(d.Value.Break)))
                .Append(KeyValuePair.Create("control", HelpCard.Build(UiLanguage.Swedish).ToJson()))));

    public static TheoryData<string> DefectNames => new(Defects.Keys);

    [Theory]
    [MemberData(nameof(DefectNames))]
    public async Task Validator_fails_a_card_with_a_defect(string defect)
    {
        var run = await Validation.Value;
        var result = run.For(defect);
        var expected = Defects[defect].ExpectedError;

        Assert.True(
            result.Errors.Any(e => e.Contains(expected, StringComparison.Ordinal)),
            $"The validator did not report \"{expected}\" for the card with defect \"{defect}\". Errors: [{string.Join("; ", result.Errors)}], warnings: [{string.Join("; ", result.Warnings)}]");
    }

    [Fact]
    public async Task Validator_exits_1_on_broken_cards_and_passes_the_unbroken_one_in_the_same_batch()
    {
        var run = await Validation.Value;

        Assert.True(run.Process.ExitCode == 1, $"Expected exit code 1 for a batch with broken cards.\n{run.Process}");
        Assert.Empty(run.For("control").Errors);
    }

    [Fact]
    public async Task Validator_fails_a_card_with_all_four_classic_defects()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "Unknown.Element" },
                new JsonObject { ["type"] = "TextBlock" },
                new JsonObject { ["type"] = "Input.Text", ["label"] = "Namn" }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Skicka" }),
        };

        var run = await CardValidator.ValidateAsync([KeyValuePair.Create("broken", card)]);
        var errors = run.For("broken").Errors;

        Assert.Equal(1, run.Process.ExitCode);
        foreach (var expected in new[] { "Unknown element type \"Unknown.Element\"", "TextBlock has no \"text\"", "Action.Execute \"Skicka\" has no \"verb\"", "Input.Text has no \"id\"" })
        {
            Assert.True(errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), $"Missing error \"{expected}\" in [{string.Join("; ", errors)}]");
        }
    }

    [Fact]
    public async Task Validator_exits_2_and_says_how_to_install_when_the_library_is_missing()
    {
        Repo.RequireNodeTools();
        // The script finds the library relative to its own location: a copy in an empty repository has no tools/.
        var fakeRepo = Directory.CreateTempSubdirectory("teamsquality-no-tools-");
        try
        {
            Directory.CreateDirectory(Path.Combine(fakeRepo.FullName, "eng"));
            var script = Path.Combine(fakeRepo.FullName, "eng", "validate-cards.mjs");
            File.Copy(Repo.PathOf("eng", "validate-cards.mjs"), script);

            var run = await ExternalProcess.RunAsync("node", [script], "[{\"name\":\"x\",\"card\":{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[]}}]");

            Assert.True(run.ExitCode == 2, $"Expected exit code 2 without the library.\n{run}");
            Assert.Contains("eng/install-tools.sh", run.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            fakeRepo.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("[{\"card\":{}}]")]
    public async Task Validator_exits_2_on_bad_input(string stdin)
    {
        Repo.RequireNodeTools();
        var run = await ExternalProcess.RunAsync("node", ["eng/validate-cards.mjs"], stdin);

        Assert.True(run.ExitCode == 2, $"Expected exit code 2 for stdin {stdin}.\n{run}");
    }

    private static JsonObject Broken(Action<JsonObject> defect)
    {
        var card = HelpCard.Build(UiLanguage.Swedish).ToJson();
        defect(card);
        return card;
    }

    private static JsonArray Body(JsonObject card) => card["body"]!.AsArray();

    private static JsonArray Actions(JsonObject card) => card["actions"]!.AsArray();
}
