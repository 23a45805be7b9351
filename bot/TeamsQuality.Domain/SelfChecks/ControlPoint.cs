using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.SelfChecks;

/// <summary>How a control point is checked (the methods of the source documents: Vetlanda, Tranås, Örnsköldsvik).</summary>
public enum ControlMethod
{
    /// <summary>LOKE-uppföljning: following up the clients' goals.</summary>
    LokeUppfoljning,

    /// <summary>Brukarundersökning: asking the clients.</summary>
    Brukarundersokning,

    /// <summary>Statistik: figures from the case system or elsewhere.</summary>
    Statistik,

    /// <summary>Aktgranskning / journalgranskning: a sample of files reviewed; the result counts the files and those with defects.</summary>
    Aktgranskning,

    /// <summary>Checklista: going through a checklist.</summary>
    Checklista,

    /// <summary>Öppna jämförelser: comparing with others (Socialstyrelsen's open comparisons, Kolada).</summary>
    OppnaJamforelser,
}

/// <summary>How often a control point is checked within the (calendar) year.</summary>
public enum CheckFrequency
{
    /// <summary>Every month.</summary>
    Manadsvis,

    /// <summary>Every quarter: January–March, April–June, July–September, October–December.</summary>
    Kvartalsvis,

    /// <summary>Every tertial: January–April, May–August, September–December.</summary>
    Tertialvis,

    /// <summary>Twice a year: January–June, July–December.</summary>
    Halvarsvis,

    /// <summary>Once a year, in the month chosen (<see cref="ControlPoint.Months"/>, one month).</summary>
    Arsvis,

    /// <summary>In the months chosen (<see cref="ControlPoint.Months"/>).</summary>
    ValdaManader,
}

/// <summary>
/// One control point of a unit's self-check plan (egenkontrollplan): what is checked, from which quality perspective,
/// how, how often, by whom, with what instructions and, for file reviews, how many files.
/// </summary>
/// <param name="Id">Stable within the plan (kept when the plan is copied to next year, so results compare year on year).</param>
/// <param name="What">What is checked, e.g. "Genomförandeplaner är aktuella".</param>
/// <param name="Perspective">Struktur-, process- or resultatkvalitet.</param>
/// <param name="Method">How it is checked.</param>
/// <param name="Frequency">How often.</param>
/// <param name="Months">For <see cref="CheckFrequency.Arsvis"/> the one month, for <see cref="CheckFrequency.ValdaManader"/> the months (1–12); empty otherwise.</param>
/// <param name="ResponsibleId">Who performs it: one of the unit's people (null: the unit's manager).</param>
/// <param name="ResponsibleName">Their name as it was when chosen.</param>
/// <param name="Instructions">How to do it (where to look, what counts as a defect).</param>
/// <param name="SampleSize">For <see cref="ControlMethod.Aktgranskning"/>: how many files are reviewed each time.</param>
public sealed record ControlPoint(
    string Id,
    string What,
    QualityPerspective Perspective,
    ControlMethod Method,
    CheckFrequency Frequency,
    IReadOnlyList<int> Months,
    string? ResponsibleId,
    string? ResponsibleName,
    string? Instructions,
    int? SampleSize)
{
    /// <summary>Whether a result counts files (granskade, med brister).</summary>
    public bool IsSampleCheck => Method == ControlMethod.Aktgranskning;
}
