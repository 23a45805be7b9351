using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

// The stop side's refusal texts while the texts are being split per feature: these fold into Stops/Texts.Stops.cs (and
// the logbook's and wheel's files) once that lands. The wording is the texts' own; only the choice of text is here.
public sealed partial record Texts
{
    /// <summary>
    /// What to tell a person a rule of a learning stop refused (who may do it, the stop's state, or what they typed),
    /// in a sentence that says what to do next.
    /// </summary>
    public string StopRefusalText(Refusal refusal) => refusal switch
    {
        { Reason: RefusalReason.NotFound } => StopNotFound,
        { Reason: RefusalReason.NotAllowed } => NotYourUnit,
        { Reason: RefusalReason.NotInUnit, Field: Field.ProposalOwner } => string.Format(Language.Culture(), ProblemNotInUnit, FieldActionOwner),
        { Reason: RefusalReason.NotInUnit } => RefusalNotInUnit,
        { Reason: RefusalReason.NotDocumenter } => RefusalNotDocumenter,
        { Reason: RefusalReason.NotManager } => RefusalNotManager,
        { Reason: RefusalReason.AlreadyFinished } => RefusalAlreadyFinished,
        { Reason: RefusalReason.Required, Field: Field.Documenter } => ChooseDelegateFirst,
        { Reason: RefusalReason.Required, Field: Field.NeedsAction } => AssessmentRequired,
        { Reason: RefusalReason.Required } => RefusalEmptyText,
        { Reason: RefusalReason.TooLong } => string.Format(Language.Culture(), RefusalTextTooLong, FreeText.LongestText),
        { Reason: RefusalReason.ContainsPersonalIdentityNumber } => RefusalContainsPersonalIdentityNumber,
        { Reason: RefusalReason.ChangedMeanwhile } => RefusalSummaryChangedMeanwhile,
        { Reason: RefusalReason.Invalid, Field: Field.ProposalDue } => InvalidDate,
        _ => SomethingWentWrong,
    };

    /// <summary>What to tell a person whose logbook note was refused: no unit to write in, no theme, or the text.</summary>
    public string LogbookRefusalText(Refusal refusal) => refusal switch
    {
        { Reason: RefusalReason.NotInUnit } => LogbookNeedsUnit,
        { Reason: RefusalReason.Required, Field: Field.LogbookTheme } => LogbookNeedsTheme,
        _ => StopRefusalText(refusal),
    };

    /// <summary>What to tell a person who may not choose the wheel.</summary>
    public string WheelRefusalText(Refusal refusal) => refusal.Reason == RefusalReason.NotAllowed ? WheelNotAllowed : SomethingWentWrong;
}
