namespace TeamsQuality.Domain.Deviations;

/// <summary>What a staff member reports (DOMAIN.md: deviations, complaints, lex Sarah).</summary>
public enum DeviationKind
{
    /// <summary>A deviation from how things should be done.</summary>
    Avvikelse,

    /// <summary>Lex Sarah: a missförhållande (an irregularity affecting a client).</summary>
    Missforhallande,

    /// <summary>Lex Sarah: a påtaglig risk för missförhållande (an evident risk of one).</summary>
    PatagligRiskForMissforhallande,

    /// <summary>A view (synpunkt).</summary>
    Synpunkt,

    /// <summary>A complaint (klagomål).</summary>
    Klagomal,

    /// <summary>Praise (beröm).</summary>
    Berom,
}

/// <summary>The categories of deviations and lex Sarah reports (seed 004).</summary>
public enum DeviationCategory
{
    BristerIHandlaggning,
    BristerIVerkstallighet,
    BristerIBemotande,
    Forsummelse,
    EkonomiskaOegentligheter,
    ValdEllerOvergrepp,
    AnnanForm,
}

/// <summary>The severity matrix (seed 000, table 1).</summary>
public enum Severity
{
    Mindre = 1,
    Mattlig = 2,
    Allvarlig = 3,
    Katastrofal = 4,
}

public static class DeviationKinds
{
    /// <summary>Lex Sarah: staff must report at once; it reaches the quality developers and the deputy director too.</summary>
    public static bool IsLexSarah(this DeviationKind kind) => kind is DeviationKind.Missforhallande or DeviationKind.PatagligRiskForMissforhallande;

    /// <summary>Views, complaints and praise follow a short flow: received, answered, closed.</summary>
    public static bool IsFeedback(this DeviationKind kind) => kind is DeviationKind.Synpunkt or DeviationKind.Klagomal or DeviationKind.Berom;

    /// <summary>The reference prefix: AV for deviations, LS for lex Sarah, SK for views, complaints and praise.</summary>
    public static string Prefix(this DeviationKind kind) => kind.IsLexSarah() ? "LS" : kind.IsFeedback() ? "SK" : "AV";

    /// <summary>Severity 3 and 4 "ska anmälas till IVO".</summary>
    public static bool MustBeReportedToIvo(this Severity severity) => severity >= Severity.Allvarlig;
}

/// <summary>A report's reference, e.g. AV-2026-0042: kind prefix, year filed, number within the tenant's year.</summary>
public sealed record DeviationReference(string Prefix, int Year, int Number)
{
    public override string ToString() => $"{Prefix}-{Year:D4}-{Number:D4}";

    public static bool TryParse(string? text, out DeviationReference reference)
    {
        reference = new DeviationReference("AV", 0, 0);
        var parts = text?.Trim().ToUpperInvariant().Split('-');
        if (parts is not { Length: 3 } || parts[0] is not ("AV" or "LS" or "SK")
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        reference = new DeviationReference(parts[0], year, number);
        return true;
    }
}
