using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;

namespace TeamsQuality.Domain.Tests;

public sealed class BotCommandTests
{
    [Theory]
    [InlineData("hjälp")]
    [InlineData("Hjälp")]
    [InlineData(" HJÄLP! ")]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("hjalp")]
    public void Ways_to_ask_for_help_are_understood(string text) =>
        Assert.Matches(BotCommands.Help.Pattern, text);

    [Theory]
    [InlineData("hjälp mig att rapportera en avvikelse")]
    [InlineData("helpdesk")]
    [InlineData("")]
    public void Other_messages_are_not_taken_for_help(string text) =>
        Assert.DoesNotMatch(BotCommands.Help.Pattern, text);

    [Theory]
    [InlineData("vem är jag")]
    [InlineData("Vem är jag?")]
    [InlineData("who am I")]
    public void Asking_who_I_am_is_understood(string text) =>
        Assert.Matches(BotCommands.WhoAmI.Pattern, text);

    [Theory]
    [InlineData("LS-2026-0001", "LS-2026-0001")]
    [InlineData("  ls-2026-0001 ", "LS-2026-0001")]
    [InlineData("Av-2026-0012.", "AV-2026-0012")]
    [InlineData("SK–2026–3", "SK-2026-3")]
    [InlineData("sk - 2026 - 0003", "SK-2026-0003")]
    public void A_reference_written_alone_is_read_however_it_is_cased_spaced_or_dashed(string text, string reference)
    {
        Assert.Matches(BotCommands.OpenReference.Pattern, text);
        Assert.Equal(reference, BotCommands.Reference(text));
    }

    [Theory]
    [InlineData("LS-2026-0001 är klar?")]
    [InlineData("XX-2026-0001")]
    [InlineData("LS-26-0001")]
    [InlineData("LS-٢٠٢٦-0001")]
    [InlineData("rapportera")]
    public void Other_messages_are_not_taken_for_a_reference(string text)
    {
        Assert.DoesNotMatch(BotCommands.OpenReference.Pattern, text);
        Assert.Null(BotCommands.Reference(text));
    }

    [Theory]
    [InlineData("enhetens rapporter")]
    [InlineData("Enhetens rapporter!")]
    [InlineData("unit reports")]
    public void Asking_for_the_units_reports_is_understood(string text)
    {
        Assert.Matches(BotCommands.UnitReports.Pattern, text);
        Assert.DoesNotMatch(BotCommands.MyReports.Pattern, text);
    }

    [Theory]
    [InlineData("åtgärder")]
    [InlineData("Åtgärder!")]
    [InlineData("atgarder")]
    [InlineData("actions")]
    [InlineData("verksamhetsplan")]
    public void Asking_for_the_units_actions_is_understood(string text)
    {
        Assert.Matches(BotCommands.Actions.Pattern, text);
        Assert.DoesNotMatch(BotCommands.Risks.Pattern, text);
    }

    [Fact]
    public void Every_command_has_a_keyword_and_description_in_both_languages()
    {
        foreach (var command in BotCommands.All)
        {
            Assert.All([command.Keyword(UiLanguage.Swedish), command.Keyword(UiLanguage.English), command.Description(UiLanguage.Swedish), command.Description(UiLanguage.English)], s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.Matches(command.Pattern, command.Keyword(UiLanguage.Swedish));
            Assert.Matches(command.Pattern, command.Keyword(UiLanguage.English));
        }
    }
}
