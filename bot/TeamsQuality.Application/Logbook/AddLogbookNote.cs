using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Logbook;

namespace TeamsQuality.Application.Logbook;

/// <summary>The logbook as a note leaves it: the themes it could go under, and the note once saved.</summary>
public sealed record LogbookEntry(IReadOnlyList<StopDefinition> Themes, LogbookNote? Note);

/// <summary>
/// A note of learning from daily work in the unit's logbook, under a stop's theme; it is counted on that stop's card
/// and shown in its first step when the stop comes. Refused: the themes, so the form comes back as it was.
/// </summary>
public sealed class AddLogbookNote(StopThemes themes, LogbookRepository logbook, TimeProvider time) : IUseCase
{
    /// <param name="unit">The unit the note is written in (the channel's, else the writer's own); none when the writer is in none.</param>
    /// <param name="stopNumber">The stop whose theme was chosen.</param>
    public async Task<Outcome<LogbookEntry>> RunAsync(Actor actor, Unit? unit, int? stopNumber, string? text, CancellationToken cancellationToken)
    {
        var (wheel, theme) = await themes.ChosenAsync(actor, stopNumber, cancellationToken);
        var written = Rules.Decide(() => LogbookNote.Write(actor.Person, unit, theme, text, time.GetUtcNow(), Guid.NewGuid().ToString("N")));
        if (written.IsRefused)
        {
            return Outcome.Refused(written.Refusals, new LogbookEntry(wheel, null));
        }

        await logbook.AddAsync(actor.Tenant, written.Value, cancellationToken);
        return new LogbookEntry(wheel, written.Value);
    }
}
