using TeamsQuality.Cards;

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
