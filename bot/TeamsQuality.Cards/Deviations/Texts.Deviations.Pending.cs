using System.Globalization;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>
/// The messages for the rules' refusals on the deviation and risk cards, in the words the cards have always used: which
/// field, what is wrong, and that what was typed is kept. (Pending: these join the deviation and risk texts when the
/// texts are restructured per feature.)
/// </summary>
public sealed partial record Texts
{
    /// <summary>The field as the deviation and risk cards label it, for a message that names it.</summary>
    public string DeviationFieldName(Field field) => field switch
    {
        Field.Kind => FieldKind,
        Field.Unit => FieldUnit,
        Field.WhatHappened => FieldWhatHappened,
        Field.OccurredAt => FieldOccurredAt,
        Field.ImmediateMeasures => FieldImmediateMeasures,
        Field.Severity => FieldSeverity,
        Field.ImmediateActions => FieldImmediateActions,
        Field.Motivation => FieldMotivation,
        Field.Investigation => FieldInvestigation,
        Field.ActionTitle => FieldActionTitle,
        Field.Decision => FieldDecision,
        Field.Answer => FieldAnswer,
        Field.Category => CategoryFactLabel,
        Field.ActionOwner => FieldActionOwner,
        Field.Process => FieldRiskProcess,
        Field.Description => FieldRiskDescription,
        Field.Probability => RiskProbabilityLabel,
        Field.Consequence => RiskConsequenceLabel,
        _ => field.ToString(),
    };

    /// <summary>A clear message for a refusal on a deviation card: which field, what is wrong, and that what was typed is kept.</summary>
    public string DeviationRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        var field = DeviationFieldName(refusal.Field);
        return refusal.Reason switch
        {
            RefusalReason.Required when refusal.Field is Field.Kind or Field.Unit or Field.Severity or Field.Probability or Field.Consequence
                => string.Format(culture, ProblemChoose, field),
            RefusalReason.Required => string.Format(culture, ProblemRequired, field),
            RefusalReason.InTheFuture => string.Format(culture, ProblemInTheFuture, field),
            RefusalReason.ContainsPersonalIdentityNumber => string.Format(culture, ProblemPersonalIdentityNumber, field),
            RefusalReason.TooLong => string.Format(culture, ProblemTooLong, field, FreeText.LongestText),
            RefusalReason.NotAllowed => refusal.Field switch
            {
                Field.Severity or Field.ImmediateActions => ProblemOnlyManagerAssesses,
                Field.Answer => ProblemOnlyManagerAnswers,
                Field.Motivation => ProblemOnlyDeputyDirectorDecidesIvo,
                Field.Investigation => ProblemOnlyQualityDevelopersInvestigate,
                Field.ActionTitle => ProblemOnlyManagerOrQualityDeveloperAddsActions,
                Field.Decision => ProblemOnlyManagerOrQualityDeveloperCloses,
                _ => ProblemNotAllowed,
            },
            RefusalReason.WrongState => refusal.Field switch
            {
                Field.Severity or Field.ImmediateActions => ProblemCannotAssessNow,
                Field.Motivation => ProblemCannotDecideIvoNow,
                Field.Investigation => ProblemCannotInvestigateNow,
                Field.ActionTitle => ProblemCannotAddActionNow,
                Field.Answer => ProblemCannotAnswerNow,
                Field.Decision => ProblemCannotCloseNow,
                _ => ProblemWrongState,
            },
            RefusalReason.IvoDecisionMissing => ProblemIvoDecisionMissing,
            RefusalReason.UnknownChoice => string.Format(culture, ProblemUnknownChoice, field),
            RefusalReason.NotInUnit => string.Format(culture, ProblemNotInUnit, field),
            _ => SomethingWentWrong,
        };
    }

    /// <summary>A refusal on the risk register's form: each names its own field (process, description, probability, consequence).</summary>
    public string RiskRefusal(Refusal refusal) => refusal.Reason == RefusalReason.NotAllowed
        ? ProblemOnlyManagerOrQualityDeveloperAddsRisks
        : DeviationRefusal(refusal);
}
