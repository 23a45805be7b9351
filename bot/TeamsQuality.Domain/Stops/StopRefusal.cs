namespace TeamsQuality.Domain.Stops;

/// <summary>
/// The stop's own refusal reasons before every feature said no with <see cref="Rules.Refusal"/>. Nothing in the domain
/// refuses with these any more; only the texts' old <c>Refusal(StopRefusal)</c> still names them, and this goes with
/// that method when the texts are split per feature.
/// </summary>
public enum StopRefusal
{
    NotInUnit,
    NotDocumenter,
    NotManager,
    AlreadyFinished,
    EmptyText,
    TextTooLong,
    ContainsPersonalIdentityNumber,
    SummaryChangedMeanwhile,
    OwnerNotInUnit,
}
