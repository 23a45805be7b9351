using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Logbook;

/// <summary>
/// A note of learning from daily work (loggbok), written by anyone in a unit at any time under a stop's theme; the
/// notes are material when that stop comes.
/// </summary>
public sealed record LogbookNote(string Id, string UnitId, int StopNumber, string Theme, string AuthorId, string AuthorName, string Text, DateTimeOffset At)
{
    /// <summary>
    /// A note written by one of the unit's own people (the logbook is the unit's: someone outside it, or in another
    /// unit's channel, has none to write in), under the theme of one of the wheel's stops, in free text. Refused, in
    /// that order, with what is missing first.
    /// </summary>
    /// <param name="by">Who writes it.</param>
    /// <param name="unit">The unit it is written in; null when the writer is in none.</param>
    /// <param name="theme">The stop whose theme it is under; null when none was chosen.</param>
    /// <param name="text">What they noted.</param>
    public static LogbookNote Write(Person by, Unit? unit, StopDefinition? theme, string? text, DateTimeOffset at, string id)
    {
        if (unit is null || !string.Equals(by.UnitId, unit.Id, StringComparison.Ordinal))
        {
            throw new RuleException(RefusalReason.NotInUnit);
        }

        if (theme is null)
        {
            throw new RuleException(RefusalReason.Required, Field.LogbookTheme);
        }

        return new LogbookNote(id, unit.Id, theme.Number, theme.Theme, by.Id, by.Name, FreeText.Clean(text, Field.LogbookText), at);
    }
}
