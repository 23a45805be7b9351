using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// The Garage's cards as people meet them: the park form keeps what was typed and says under each input what is wrong,
/// only the stop's documenter gets the decisions, the plan form is prefilled from the item, a drop needs a reason, and
/// the stop's first step and due card show what is parked under the theme.
/// </summary>
public sealed class GarageCardTests
{
    [Theory]
    [InlineData(UiLanguage.Swedish, "Välj om det är en idé, en risk eller ett behov – det du skrev finns kvar.")]
    [InlineData(UiLanguage.English, "Choose whether it is an idea, a risk or a need – what you wrote is kept.")]
    public void A_refused_park_form_keeps_the_text_and_the_theme_and_says_what_is_wrong_under_each_input(UiLanguage language, string kindMessage)
    {
        var card = Card("garage-form-refused", language);

        Assert.Equal(GarageFixtures.ItemWithPersonnummer, ValueOf(card, CardKeys.GarageText));
        Assert.Equal("1", ValueOf(card, CardKeys.GarageStop));
        Assert.Contains(Under(card, CardKeys.GarageKind), u => u.Text == kindMessage);
        Assert.Contains(Under(card, CardKeys.GarageText), u => u.Text.Contains(language == UiLanguage.English ? "personal identity number" : "personnummer", StringComparison.Ordinal));
        Assert.Single(Buttons(card, CardVerbs.ParkInGarage));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void Garage_with_a_text_prefills_it_and_offers_every_theme_and_kind(UiLanguage language)
    {
        var card = Card("garage-form-prefilled", language);

        Assert.Equal("Gemensamt månadsmöte med hemsjukvården", ValueOf(card, CardKeys.GarageText));
        Assert.Equal(StopFixtures.Wheel.Count, Input(card, CardKeys.GarageStop)!["choices"]!.AsArray().Count);
        Assert.Equal(["Ide", "Risk", "Behov"], Input(card, CardKeys.GarageKind)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void Only_the_documenter_gets_the_decisions_and_only_on_what_is_still_open(UiLanguage language)
    {
        var manager = Card("garage-review-manager", language);
        var staff = Card("garage-review-staff", language);

        // Parked and kept can still go into the plan or be struck; only the parked one can be kept (again).
        Assert.Equal(["g1", "g3"], Buttons(manager, CardVerbs.GaragePlanForm).Select(b => DataOf(b)[CardKeys.GarageItem]!.GetValue<string>()));
        Assert.Equal(["g1"], Buttons(manager, CardVerbs.GarageKeep).Select(b => DataOf(b)[CardKeys.GarageItem]!.GetValue<string>()));
        Assert.Equal(2, Buttons(manager, CardVerbs.GarageDropForm).Count);
        Assert.Empty(Buttons(staff, CardVerbs.GaragePlanForm));
        Assert.Empty(Buttons(staff, CardVerbs.GarageKeep));
        Assert.Empty(Buttons(staff, CardVerbs.GarageDropForm));

        // Everyone reads where each stands: the action it became, the reason it was struck.
        var text = AllText(staff);
        Assert.Contains("Kontaktlista för kvällar", text, StringComparison.Ordinal);
        Assert.Contains("Görs redan i förvaltningens projekt", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Idé från garaget: Gemensamt månadsmöte med hemsjukvården om kvällarna")]
    [InlineData(UiLanguage.English, "Idé (idea) from the Garage: Gemensamt månadsmöte med hemsjukvården om kvällarna")]
    public void The_plan_form_is_prefilled_from_the_item_as_a_preventive_action(UiLanguage language, string cause)
    {
        var card = Card("garage-plan", language);

        Assert.Equal("Gemensamt månadsmöte med hemsjukvården om kvällarna", ValueOf(card, CardKeys.ActionTitle));
        Assert.Equal(cause, ValueOf(card, CardKeys.ActionCause));
        Assert.Equal("Forebyggande", ValueOf(card, CardKeys.ActionPurpose));
        Assert.Equal("g1", DataOf(Assert.Single(Buttons(card, CardVerbs.GarageToPlan)))[CardKeys.GarageItem]!.GetValue<string>());
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void A_refused_plan_form_keeps_what_was_typed_with_each_refusal_under_its_input(UiLanguage language)
    {
        var card = Card("garage-plan-refused", language);

        Assert.Equal(GarageFixtures.ItemWithPersonnummer, ValueOf(card, CardKeys.ActionTitle));
        Assert.Equal("Idé från garaget", ValueOf(card, CardKeys.ActionCause));
        Assert.NotEmpty(Under(card, CardKeys.ActionTitle));
        Assert.NotEmpty(Under(card, CardKeys.ActionDue));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Skriv varför det stryks – ett skäl behövs.")]
    [InlineData(UiLanguage.English, "Write why it is dropped – a reason is needed.")]
    public void Dropping_without_a_reason_says_so_under_the_reason(UiLanguage language, string message)
    {
        var card = Card("garage-drop-refused", language);

        Assert.Contains(Under(card, CardKeys.GarageReason), u => u.Text == message);
        Assert.Single(Buttons(card, CardVerbs.GarageDrop));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "2 saker parkerade i garaget under det här temat", "1 sak parkerad i garaget under det här temat")]
    [InlineData(UiLanguage.English, "2 items parked in the Garage (garaget) under this theme", "1 item parked in the Garage (garaget) under this theme")]
    public void The_due_card_counts_what_is_parked_under_the_theme(UiLanguage language, string two, string one)
    {
        Assert.Contains(two, AllText(Card("stop-due-with-garage", language)), StringComparison.Ordinal);
        Assert.Contains(one, AllText(Card("stop-due-one-garage-item", language)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void The_first_step_lists_the_garage_and_opens_its_review(UiLanguage language)
    {
        var card = Card("step1-with-garage-manager", language);

        Assert.Contains("Gemensamt månadsmöte med hemsjukvården om kvällarna", AllText(card), StringComparison.Ordinal);
        var review = Assert.Single(Buttons(card, CardVerbs.ReviewGarage));
        Assert.Equal(1, DataOf(review)[CardKeys.Stop]!.GetValue<int>());
        Assert.Empty(Buttons(Card("step1-largest-with-garage-manager", language), CardVerbs.GarageKeep));
    }

    private static JsonObject Card(string name, UiLanguage language) => BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;
}
