using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Logbook;

public sealed class LogbookNoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", null);
    private static readonly Unit Ifo = new("ifo", "Barn och unga", "karin", null);
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly StopDefinition Samverkan = WheelTemplates.Vetlanda.Stop(1)!;

    [Fact]
    public void A_note_is_kept_under_the_stops_theme_as_written_without_the_spaces_around_it()
    {
        var note = LogbookNote.Write(Erik, Hemtjansten, Samverkan, "  Bra samarbete med biståndshandläggarna idag ", Now, "n1");

        Assert.Equal(("hemtjanst", 1, "Samverkan", "Erik Lund", "Bra samarbete med biståndshandläggarna idag"), (note.UnitId, note.StopNumber, note.Theme, note.AuthorName, note.Text));
    }

    [Fact]
    public void Only_the_units_own_people_write_in_its_logbook()
    {
        // Someone in no unit, and someone writing in another unit's channel, have no logbook there.
        Assert.Equal(new Refusal(RefusalReason.NotInUnit), RefusalOf(() => LogbookNote.Write(Johan, null, Samverkan, "text", Now, "n1")));
        Assert.Equal(new Refusal(RefusalReason.NotInUnit), RefusalOf(() => LogbookNote.Write(Erik, Ifo, Samverkan, "text", Now, "n1")));
    }

    [Fact]
    public void A_note_needs_its_theme_and_a_text_without_a_personnummer()
    {
        Assert.Equal(new Refusal(RefusalReason.Required, Field.LogbookTheme), RefusalOf(() => LogbookNote.Write(Erik, Hemtjansten, null, "text", Now, "n1")));
        Assert.Equal(new Refusal(RefusalReason.Required, Field.LogbookText), RefusalOf(() => LogbookNote.Write(Erik, Hemtjansten, Samverkan, "  ", Now, "n1")));
        Assert.Equal(
            new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.LogbookText),
            RefusalOf(() => LogbookNote.Write(Erik, Hemtjansten, Samverkan, "Brukaren 19121212-1212 var nöjd", Now, "n1")));
    }

    private static Refusal RefusalOf(Action write) => Assert.Single(Assert.Throws<RuleException>(write).Refusals);
}
