using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;
using UiTexts = TeamsQuality.Cards.Texts;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// What people notice on the risk register and on one risk: the most serious risks first, this year's summary per
/// level, a risk's actions and its history (who, when, from which value to which, why), the forms only for the manager
/// and the quality developers, and a refusal that keeps what was typed.
/// </summary>
public sealed class RiskCardTests
{
    public static TheoryData<UiLanguage> Languages => new() { UiLanguage.Swedish, UiLanguage.English };

    private static JsonObject Card(string name, UiLanguage language) => BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;

    private static UiTexts T(UiLanguage language) => UiTexts.For(language);

    private static List<string> ChoiceValues(JsonObject input) => input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();

    private static List<string> ChoiceTitles(JsonObject input) => input["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();

    // ---- The register ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "Kritisk · Sannolikhet 4 (mycket stor) × konsekvens 4 (hög) = 16", "Process: Verkställighet · åtgärder: 3")]
    [InlineData(UiLanguage.English, "Kritisk (critical) · Probability (sannolikhet) 4 (mycket stor) × consequence (konsekvens) 4 (hög) = 16", "Process: Verkställighet · actions (åtgärder): 3")]
    public void The_register_shows_the_most_serious_risks_first_and_those_no_longer_current_last(UiLanguage language, string alarmLevel, string alarmProcess)
    {
        var texts = Texts(Card("risks-manager", language));

        // Kritisk 16, Kritisk 9, Medium 6, Medium 4, Låg 1; the inaktuell one (9) last.
        var order = new[]
        {
            "Larm besvaras inte nattetid när bara en person är i tjänst.",
            "Medicin ges för sent när överlämningen mellan passen missas.",
            "Akter förvaras olåst under sommaren.",
            "Nyckel lämnas kvar i dörren hos brukaren.",
            "Beslut fattas utan att brukaren fått yttra sig.",
            "Remisser skickas med fax och kommer bort.",
        };
        Assert.Equal(order, texts.Where(order.Contains).ToArray());
        Assert.Contains(alarmLevel, texts);
        Assert.Contains(alarmProcess, texts);
        Assert.Contains(texts, x => x.StartsWith(T(language).RiskStateName(RiskState.Inaktuell) + " · ", StringComparison.Ordinal));
        Assert.Contains(string.Format(T(language).RiskCurrentCount, 5, 1), texts);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Bedömda risker 2026", "Kritisk: 3 bedömda, 2 med åtgärder", "Medium: 1 bedömda, 0 med åtgärder", "Låg: 1 bedömda, 1 med åtgärder")]
    [InlineData(UiLanguage.English, "Risks assessed in 2026", "Kritisk (critical): 3 assessed, 2 with actions", "Medium: 1 assessed, 0 with actions", "Låg (low): 1 assessed, 1 with actions")]
    public void The_register_sums_up_the_years_assessments_per_level_and_how_many_have_actions(UiLanguage language, params string[] expected)
    {
        var card = Card("risks-manager", language);
        var texts = Texts(card);

        // The risk assessed only in 2025 is not counted; the one marked inaktuell in 2026 was assessed in 2026 and is.
        Assert.All(expected, line => Assert.Contains(line, texts));
        var runs = Descendants(card).Where(e => TypeOf(e) == "TextRun").ToList();
        Assert.Contains(runs, r => r["text"]!.GetValue<string>() == T(language).RiskLevelName(RiskLevel.Kritisk) + ": " && r["color"]!.GetValue<string>() == "attention");
        Assert.Contains(runs, r => r["text"]!.GetValue<string>() == T(language).RiskLevelName(RiskLevel.Lag) + ": " && r["color"]!.GetValue<string>() == "good");
        Assert.Contains(string.Format(T(language).RiskSummaryNone, 2026), Texts(Card("risks-empty-manager", language)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_risk_opens_and_a_long_register_is_paged_with_the_most_serious_on_the_first_page(UiLanguage language)
    {
        var t = T(language);
        var register = Card("risks-manager", language);
        var opens = Buttons(register, CardVerbs.OpenRisk);
        Assert.Equal(6, opens.Count);
        Assert.Equal("r4", DataOf(opens[0])[CardKeys.Risk]!.GetValue<string>());
        Assert.Equal(ReportFixtures.Unit.Id, DataOf(opens[0])[CardKeys.Unit]!.GetValue<string>());

        var first = Card("risks-many", language);
        var second = Card("risks-many-page-2", language);
        Assert.Equal(RiskRegisterCard.PageSize, Buttons(first, CardVerbs.OpenRisk).Count);
        Assert.Contains(string.Format(t.RiskShowing, 1, 15, 80), Texts(first));
        Assert.Contains(string.Format(t.RiskShowing, 16, 30, 80), Texts(second));
        Assert.Equal(15, DataOf(Buttons(first, CardVerbs.RiskRegister).Single(b => b["title"]!.GetValue<string>() == t.RiskLessSerious))[CardKeys.Skip]!.GetValue<int>());
        Assert.Equal(0, DataOf(Buttons(second, CardVerbs.RiskRegister).Single(b => b["title"]!.GetValue<string>() == t.RiskMoreSerious))[CardKeys.Skip]!.GetValue<int>());
        Assert.Contains(Texts(first), x => x.EndsWith(" = 16", StringComparison.Ordinal));
        Assert.DoesNotContain(Texts(second), x => x.EndsWith(" = 16", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Only_managers_and_quality_developers_add_risks_and_a_refusal_keeps_the_risk(UiLanguage language)
    {
        var t = T(language);
        var staff = Card("risks-staff", language);
        var refused = Card("risks-refused-manager", language);

        Assert.Empty(Inputs(staff));
        Assert.Empty(Buttons(staff, CardVerbs.AddRisk));
        Assert.Contains(t.RiskReadOnly, Texts(staff));

        var message = t.RiskRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Description));
        Assert.Contains($"'{t.FieldRiskDescription}'", message, StringComparison.Ordinal);
        Assert.Equal([(message, "attention")], Under(refused, CardKeys.RiskDescription));
        Assert.Equal("Verkställighet", ValueOf(refused, CardKeys.RiskProcess));
        Assert.Equal(ReportFixtures.TextWithPersonnummer, ValueOf(refused, CardKeys.RiskDescription));
        Assert.Equal("3", ValueOf(refused, CardKeys.RiskProbability));
        Assert.Equal("4", ValueOf(refused, CardKeys.RiskConsequence));

        var probability = Input(Card("risks-manager", language), CardKeys.RiskProbability)!;
        Assert.Equal(["1", "2", "3", "4"], ChoiceValues(probability));
        Assert.Equal(language == UiLanguage.Swedish ? ["1 – Mycket liten", "2 – Liten", "3 – Stor", "4 – Mycket stor"] : new[] { "1 – Mycket liten (very unlikely)", "2 – Liten (unlikely)", "3 – Stor (likely)", "4 – Mycket stor (very likely)" }, ChoiceTitles(probability));
    }

    // ---- One risk ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "Bedömd på nytt: 3 × 4 = 12 Kritisk → 4 × 4 = 16 Kritisk", "Identifierad: 3 × 4 = 12 Kritisk", "Senast bedömd 8 nov. 14:05 av Kim Kvist")]
    [InlineData(UiLanguage.English, "Assessed again: 3 × 4 = 12 Kritisk (critical) → 4 × 4 = 16 Kritisk (critical)", "Identified: 3 × 4 = 12 Kritisk (critical)", "Last assessed 8 Nov 14:05 by Kim Kvist")]
    public void A_risk_shows_its_history_from_value_to_value_with_who_when_and_why_and_its_actions_with_status(UiLanguage language, string reassessed, string identified, string lastAssessed)
    {
        var t = T(language);
        var card = Card("risk-staff", language);
        var texts = Texts(card);

        Assert.Equal([identified, reassessed], texts.Where(x => x == identified || x == reassessed).ToArray());
        Assert.Contains(ReportFixtures.RiskMotivation, texts);
        Assert.Contains(texts, x => x.StartsWith("Kim Kvist · ", StringComparison.Ordinal));
        Assert.Contains(lastAssessed, texts);
        Assert.Contains(texts, x => x == "• Larmrutin nattetid");
        Assert.Contains(texts, x => x.Contains("Erik Lund", StringComparison.Ordinal) && x.EndsWith(t.ActionStatusName(Domain.Actions.ActionStatus.EjPaborjad), StringComparison.Ordinal));

        // Staff read it; they get no form.
        Assert.Empty(Inputs(card));
        Assert.DoesNotContain(Buttons(card), b => b["verb"]!.GetValue<string>() is CardVerbs.ReassessRisk or CardVerbs.RiskAction or CardVerbs.CloseRisk);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_manager_gets_the_forms_each_press_carrying_the_risks_revision_and_an_action_is_preventive_by_default(UiLanguage language)
    {
        var card = Card("risk-manager", language);

        foreach (var verb in new[] { CardVerbs.ReassessRisk, CardVerbs.RiskAction, CardVerbs.CloseRisk })
        {
            var data = DataOf(Assert.Single(Buttons(card, verb)));
            Assert.Equal("r4", data[CardKeys.Risk]!.GetValue<string>());
            Assert.Equal(2, data[CardKeys.RiskRevision]!.GetValue<int>());
        }

        Assert.Equal("4", ValueOf(card, CardKeys.RiskProbability));
        Assert.Equal("4", ValueOf(card, CardKeys.RiskConsequence));
        Assert.True(Input(card, CardKeys.RiskComment)!["isRequired"]!.GetValue<bool>());
        Assert.Equal("Forebyggande", ValueOf(card, CardKeys.ActionPurpose));
        Assert.Equal(["Atgardad", "Inaktuell"], ChoiceValues(Input(card, CardKeys.RiskState)!));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_refused_reassessment_keeps_what_was_typed_under_the_field_it_concerns(UiLanguage language)
    {
        var t = T(language);
        var card = Card("risk-reassess-personnummer-manager", language);

        var message = t.RiskRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.RiskComment));
        Assert.Contains($"'{t.FieldRiskComment}'", message, StringComparison.Ordinal);
        Assert.Equal([(message, "attention")], Under(card, CardKeys.RiskComment));
        Assert.Equal(ReportFixtures.TextWithPersonnummer, ValueOf(card, CardKeys.RiskComment));
        Assert.Equal(("2", "4"), (ValueOf(card, CardKeys.RiskProbability), ValueOf(card, CardKeys.RiskConsequence)));

        var meanwhile = Card("risk-reassess-changed-meanwhile-manager", language);
        Assert.Contains(("• " + t.ProblemRiskChangedMeanwhile, "attention"), Above(meanwhile, CardVerbs.ReassessRisk));
        Assert.Equal("Mottagaren är utdelad.", ValueOf(meanwhile, CardKeys.RiskComment));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_risk_no_longer_current_says_why_offers_no_forms_and_keeps_what_was_typed_for_it(UiLanguage language)
    {
        var t = T(language);
        var closed = Card("risk-closed-manager", language);
        Assert.Contains(string.Format(t.RiskClosedLine, t.RiskStateName(RiskState.Inaktuell), "Faxen är avvecklad; remisser går digitalt."), Texts(closed));
        Assert.Contains(string.Format(t.RiskClosedHistoryLine, t.RiskStateName(RiskState.Inaktuell)), Texts(closed));
        Assert.Empty(Inputs(closed));

        var meanwhile = Card("risk-closed-meanwhile-manager", language);
        Assert.Contains(t.RiskUnsavedHeading, Texts(meanwhile));
        Assert.Contains("Faxen används fortfarande av en handläggare.", Texts(meanwhile));
        Assert.Contains(Texts(meanwhile), x => x.Contains(t.ProblemRiskNotCurrent, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_largest_risk_shows_the_newest_history_and_counts_the_rest(UiLanguage language)
    {
        var texts = Texts(Card("risk-largest-manager", language));

        Assert.Contains(texts, x => Regex.IsMatch(x, string.Format(T(language).RiskHistoryHidden, @"\d+")));
        Assert.Contains(texts, x => x.StartsWith("M99: ", StringComparison.Ordinal));
    }
}
