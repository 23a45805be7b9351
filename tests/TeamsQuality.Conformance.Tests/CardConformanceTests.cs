using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Conformance.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// Every card the bot can send, checked by the official Adaptive Cards library (schema 1.5, as Teams desktop and web
/// render it) and our Teams rules in eng/validate-cards.mjs, plus what a user notices: language, words, their input.
/// </summary>
public sealed class CardConformanceTests(ITestOutputHelper output)
{
    private const int MaxCardBytes = 80 * 1024;

    // All cards go to one node process: starting node and loading the library once keeps the test fast.
    private static readonly Lazy<Task<CardValidationRun>> Validation = new(() =>
        CardValidator.ValidateAsync(BotCardCatalogue.All.Select(c => KeyValuePair.Create(c.Name, c.Json))));

    public static TheoryData<string> CardNames => BotCardCatalogue.Names();

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task Card_passes_the_official_library_and_the_Teams_rules(string name)
    {
        var run = await Validation.Value;
        var result = run.For(name);
        var errors = result.Errors;
        foreach (var message in result.Warnings.Select(w => $"warning: {w}"))
        {
            output.WriteLine(message);
        }

        Assert.True(
            errors.Count == 0,
            $"Card \"{name}\" has {errors.Count} error(s) from eng/validate-cards.mjs:\n  - {string.Join("\n  - ", errors)}\n"
            + $"Card JSON: {BotCardCatalogue.Get(name).Json.ToJsonString()}");
        Assert.True(result.Bytes > 0, $"The validator measured card \"{name}\" as empty.");
    }

    [Fact]
    public async Task The_validator_checked_every_card()
    {
        var run = await Validation.Value;
        Assert.True(run.Process.ExitCode == 0, $"eng/validate-cards.mjs found errors in the bot's cards.\n{run.Process}");
        Assert.Equal(BotCardCatalogue.All.Select(c => c.Name).Order(), run.Results.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_is_under_80_KB_as_the_bot_serialises_it(string name)
    {
        // Default JsonNode serialisation escapes every non-ASCII letter (å → \u00E5), the largest the card can get.
        var card = BotCardCatalogue.Get(name);
        var bytes = Encoding.UTF8.GetByteCount(card.Json.ToJsonString());

        Assert.True(bytes < MaxCardBytes, $"Card \"{name}\" is {bytes} bytes of JSON; a card must stay under {MaxCardBytes} bytes (80 KB).");
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_says_its_language_and_version(string name)
    {
        var card = BotCardCatalogue.Get(name);
        var lang = card.Json["lang"]?.GetValue<string>();

        // The schema wants the bare ISO 639-1 language; the library drops "sv-SE", leaving screen readers guessing.
        Assert.Equal(card.Language == UiLanguage.English ? "en" : "sv", lang);

        Assert.Equal("1.5", card.Json["version"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_button_has_a_verb_the_bot_handles(string name)
    {
        var known = typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var card = BotCardCatalogue.Get(name).Json;

        // The refresh's action is sent by Teams itself, so the bot must handle its verb too.
        var actions = Descendants(card)
            .Where(o => o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit")
            .Concat(CardReading.RefreshOf(card)?["action"] is JsonObject refresh ? [refresh] : [])
            .ToList();

        Assert.NotEmpty(actions);
        foreach (var action in actions)
        {
            var verb = action["type"]!.GetValue<string>() == "Action.Execute"
                ? action["verb"]?.GetValue<string>()
                : action["data"]?["verb"]?.GetValue<string>();
            Assert.True(
                verb is not null && known.Contains(verb),
                $"Card \"{name}\": button \"{action["title"]}\" has verb \"{verb}\", which is not one of CardVerbs ({string.Join(", ", known)}).");
        }
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "hjälp")]
    [InlineData(UiLanguage.English, "help")]
    public void Help_card_tells_the_user_how_to_ask_for_help(UiLanguage language, string word)
    {
        var card = BotCardCatalogue.Get($"help/{BotCardCatalogue.Suffix(language)}");
        var texts = Texts(card.Json);

        Assert.True(
            texts.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase)),
            $"The {language} help card never says \"{word}\". Its texts: {string.Join(" | ", texts)}");
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void Not_understood_card_quotes_what_the_user_wrote(UiLanguage language)
    {
        var card = BotCardCatalogue.Get($"help-not-understood/{BotCardCatalogue.Suffix(language)}");
        var first = FirstTextBlock(card.Json);

        Assert.Contains($"\"{BotCardCatalogue.NotUnderstood}\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain(first, FirstTextBlock(BotCardCatalogue.Get($"help/{BotCardCatalogue.Suffix(language)}").Json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void Not_understood_card_shortens_a_long_message_to_one_recognisable_line(UiLanguage language)
    {
        var card = BotCardCatalogue.Get($"help-not-understood-long/{BotCardCatalogue.Suffix(language)}");
        var first = FirstTextBlock(card.Json);
        var opening = BotCardCatalogue.VeryLongMessage[..40];

        Assert.True(first.Contains($"\"{opening}", StringComparison.Ordinal), $"The card does not quote the start of the message: {first}");
        Assert.True(first.Contains("…\"", StringComparison.Ordinal), $"The card does not show that the quote was shortened: {first}");
        Assert.True(first.Length < 300, $"The quote of a {BotCardCatalogue.VeryLongMessage.Length}-character message is {first.Length} characters long: {first[..Math.Min(first.Length, 300)]}…");
        Assert.DoesNotContain("\n", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void Welcome_card_greets_the_person_by_name_in_a_personal_chat_only(UiLanguage language)
    {
        var s = BotCardCatalogue.Suffix(language);

        Assert.Contains(Texts(BotCardCatalogue.Get($"welcome-personal/{s}").Json), t => t.Contains("Anna", StringComparison.Ordinal));
        Assert.DoesNotContain(Texts(BotCardCatalogue.Get($"welcome-team/{s}").Json), t => t.Contains("Anna", StringComparison.Ordinal) || t.Contains("{0}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void Profile_card_shows_what_the_organisation_knows_about_the_user(UiLanguage language)
    {
        var s = BotCardCatalogue.Suffix(language);
        var t = Cards.Texts.For(language);

        var staff = Texts(BotCardCatalogue.Get($"profile-staff/{s}").Json);
        foreach (var expected in new[] { BotCardCatalogue.Staff.Name, BotCardCatalogue.HomeCareNorth.Name, BotCardCatalogue.HomeCareNorth.Channel!.ChannelName, BotCardCatalogue.Organisation.Name })
        {
            Assert.True(staff.Contains(expected), $"The staff member's profile ({language}) does not show \"{expected}\": {string.Join(" | ", staff)}");
        }

        var deputy = Texts(BotCardCatalogue.Get($"profile-deputy-director/{s}").Json);
        Assert.True(deputy.Contains(t.ProfileAllUnits), $"The deputy director's profile ({language}) does not say they follow all units: {string.Join(" | ", deputy)}");
        Assert.DoesNotContain(t.ProfileChannel, deputy);

        foreach (var unknown in new[] { "profile-not-in-organisation", "profile-unknown" })
        {
            var texts = Texts(BotCardCatalogue.Get($"{unknown}/{s}").Json);
            Assert.True(texts.Contains(t.ProfileUnknown), $"\"{unknown}/{s}\" does not tell the user they are not in the organisation: {string.Join(" | ", texts)}");
        }
    }

    /// <summary>The first text on the card: a TextBlock, or the runs of a RichTextBlock.</summary>
    private static string FirstTextBlock(JsonObject card)
    {
        var first = card["body"]!.AsArray().OfType<JsonObject>().First(e => e["type"]?.GetValue<string>() is "TextBlock" or "RichTextBlock");
        return first["type"]!.GetValue<string>() == "TextBlock"
            ? first["text"]!.GetValue<string>()
            : string.Concat(first["inlines"]!.AsArray().Select(run => run!["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void What_the_user_wrote_is_shown_as_written_not_as_Markdown(UiLanguage language)
    {
        const string written = "[klicka här](https://evil.example) **fet**";
        var card = HelpCard.Build(language, written).ToJson();
        var quoting = Descendants(card).Where(o => Texts(o).Any(t => t.Contains("evil.example", StringComparison.Ordinal))).ToList();

        // Only a TextRun (no Markdown in Adaptive Cards) may carry it; a TextBlock would render the link and the bold.
        Assert.NotEmpty(quoting);
        Assert.All(quoting, o => Assert.NotEqual("TextBlock", o["type"]?.GetValue<string>()));
        Assert.Contains(Descendants(card), o => o["type"]?.GetValue<string>() == "TextRun" && o["text"]!.GetValue<string>().Contains(written, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_message_is_never_cut_inside_a_character()
    {
        var written = new string('a', 56) + "👍🏽👍🏽👍🏽👍🏽👍🏽 och mer text efter";
        var quote = FirstTextBlock(HelpCard.Build(UiLanguage.Swedish, written).ToJson());

        Assert.DoesNotContain('\uFFFD', quote);
        foreach (var (c, i) in quote.Select((c, i) => (c, i)))
        {
            Assert.False(char.IsHighSurrogate(c) && (i + 1 >= quote.Length || !char.IsLowSurrogate(quote[i + 1])), $"A lone surrogate at {i} in: {quote}");
        }
    }

    /// <summary>Every text a user can read on the card: TextBlocks, facts, button titles, the fallback text.</summary>
    private static List<string> Texts(JsonObject card)
    {
        var texts = new List<string>();
        if (card["fallbackText"]?.GetValue<string>() is { } fallback)
        {
            texts.Add(fallback);
        }

        foreach (var node in Descendants(card))
        {
            foreach (var key in new[] { "text", "title", "value" })
            {
                if (node[key] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => CardReading.Descendants(node);
}
