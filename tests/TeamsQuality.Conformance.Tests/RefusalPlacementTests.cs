using TeamsQuality.Cards;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// A refusal is shown where the user is looking: in red right under the input it concerns, and again just above the
/// button that sends it (on a phone the top of a long card is far out of sight), on every form that can be refused.
/// Fields added later (the action's owner, a risk's probability) find their inputs by the keys' naming convention.
/// </summary>
public sealed class RefusalPlacementTests
{
    [Theory]
    [InlineData("report-filing-personnummer", CardKeys.WhatHappened, CardVerbs.FileDeviation)]
    [InlineData("report-assessment-refused-manager", CardKeys.ImmediateActions, CardVerbs.AssessDeviation)]
    [InlineData("report-ivo-refused-deputy-director", CardKeys.IvoMotivation, CardVerbs.DecideIvo)]
    [InlineData("report-investigation-refused-quality-developer", CardKeys.InvestigationText, CardVerbs.Investigate)]
    [InlineData("report-action-owner-refused-manager", CardKeys.ActionOwner, CardVerbs.DeviationAction)]
    [InlineData("risks-refused-manager", CardKeys.RiskDescription, CardVerbs.AddRisk)]
    [InlineData("risks-no-probability-manager", CardKeys.RiskProbability, CardVerbs.AddRisk)]
    [InlineData("risk-reassess-personnummer-manager", CardKeys.RiskComment, CardVerbs.ReassessRisk)]
    [InlineData("risk-action-refused-manager", CardKeys.ActionOwner, CardVerbs.RiskAction)]
    [InlineData("risk-close-refused-manager", CardKeys.RiskState, CardVerbs.CloseRisk)]
    [InlineData("step1-personnummer-staff", CardKeys.Contribution, CardVerbs.Contribute)]
    [InlineData("step2-summary-conflict-manager", CardKeys.Summary, CardVerbs.SaveSummary)]
    [InlineData("step2-delegate-refused-manager", CardKeys.Delegate, CardVerbs.DelegateDocumentation)]
    [InlineData("step4-proposal-too-long-staff", CardKeys.ProposalTitle, CardVerbs.Propose)]
    [InlineData("finish-form-refused", CardKeys.Comment, CardVerbs.Finish)]
    [InlineData("logbook-refused", CardKeys.LogbookText, CardVerbs.AddLogbookNote)]
    [InlineData("substitute-refused-period", CardKeys.SubstituteUntil, CardVerbs.NameSubstitute)]
    [InlineData("action-status-refused-owner", CardKeys.ActionComment, CardVerbs.ChangeActionStatus)]
    [InlineData("action-effect-refused", CardKeys.ActionComment, CardVerbs.AnswerActionEffect)]
    [InlineData("action-no-effect-refused", CardKeys.ActionTitle, CardVerbs.NoEffectNewAction)]
    public void A_refusal_is_under_the_input_it_concerns_and_just_above_the_button(string name, string input, string verb)
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var card = BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;
            var message = Assert.Single(Under(card, input), x => x.Color == "attention").Text;

            Assert.Contains(Above(card, verb), x => x.Color == "attention" && x.Text.EndsWith(message, StringComparison.Ordinal));
            Assert.Single(Texts(card), x => x.Contains(message, StringComparison.Ordinal) && !x.StartsWith("• ", StringComparison.Ordinal));
            Assert.DoesNotContain(Texts(card).Take(3), x => x.Contains(message, StringComparison.Ordinal));
        }
    }
}
