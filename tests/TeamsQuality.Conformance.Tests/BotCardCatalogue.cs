using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Administration;

namespace TeamsQuality.Conformance.Tests;

/// <summary>One card the bot can send, built the way the bot builds it.</summary>
public sealed record BotCardCase(string Name, UiLanguage Language, AdaptiveCard Card)
{
    public JsonObject Json { get; } = Card.ToJson();
}

/// <summary>
/// Every card the bot can send today, in Swedish and English, with the inputs that change them: a question the bot
/// did not understand (short and very long), a welcome in a personal chat and in a team, and the profile of people in
/// different places of the organisation. Add new cards here and the conformance tests check them.
/// </summary>
public static class BotCardCatalogue
{
    public const string NotUnderstood = "något jag inte förstod";

    /// <summary>A message far longer than a card may be (about 120 KB of UTF-8), over several lines.</summary>
    public static string VeryLongMessage { get; } = "Hej! Jag undrar hur jag rapporterar en avvikelse när brukaren inte var hemma\n"
        + string.Concat(Enumerable.Repeat("och så vidare med å, ä och ö i varje rad; ", 3000));

    public static Person Staff { get; } = new("0f1c2d3e-0000-4000-8000-000000000001", "Anna Andersson", Role.Medarbetare, "hemtjanst-norra");

    public static Person Manager { get; } = new("0f1c2d3e-0000-4000-8000-000000000002", "Eva Ek", Role.Enhetschef, "hemtjanst-norra");

    public static Person DeputyDirector { get; } = new("0f1c2d3e-0000-4000-8000-000000000003", "Bo Berg", Role.BitradandeSocialchef, null);

    public static Unit HomeCareNorth { get; } = new(
        "hemtjanst-norra",
        "Hemtjänst Norra",
        Manager.Id,
        new UnitChannel("19:team-hemtjanst@thread.tacv2", "19:kvalitet-hemtjanst@thread.tacv2", "Kvalitet och lärande"));

    public static Organisation Organisation { get; } = new(
        new TenantId("7c1e9a52-5a7e-4a55-9d0f-3b4c5d6e7f80"),
        "Socialförvaltningen i Exempelkommun",
        [HomeCareNorth, new Unit("ifo-barn", "IFO Barn och unga", null, null)],
        [Staff, Manager, DeputyDirector]);

    public static IReadOnlyList<BotCardCase> All { get; } = Build();

    public static BotCardCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The card names for xunit theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var card in All)
        {
            data.Add(card.Name);
        }

        return data;
    }

    public static string Suffix(UiLanguage language) => language == UiLanguage.English ? "en" : "sv";

    private static List<BotCardCase> Build()
    {
        var cards = new List<BotCardCase>();
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var s = Suffix(language);
            cards.Add(new($"help/{s}", language, HelpCard.Build(language)));
            cards.Add(new($"help-not-understood/{s}", language, HelpCard.Build(language, NotUnderstood)));
            cards.Add(new($"help-not-understood-long/{s}", language, HelpCard.Build(language, VeryLongMessage)));
            cards.Add(new($"welcome-personal/{s}", language, WelcomeCard.Build(language, "Anna")));
            cards.Add(new($"welcome-team/{s}", language, WelcomeCard.Build(language, null)));
            cards.Add(new($"profile-staff/{s}", language, ProfileCard.Build(language, Organisation, Staff)));
            cards.Add(new($"profile-deputy-director/{s}", language, ProfileCard.Build(language, Organisation, DeputyDirector)));
            cards.Add(new($"profile-not-in-organisation/{s}", language, ProfileCard.Build(language, Organisation, null)));
            cards.Add(new($"profile-unknown/{s}", language, ProfileCard.Build(language, null, null)));
        }

        return cards;
    }
}
