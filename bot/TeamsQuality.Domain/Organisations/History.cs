namespace TeamsQuality.Domain.Organisations;

/// <summary>Who made a change to the organisation: an administrator by id and name, or Teams itself.</summary>
/// <param name="PersonId">The administrator's Entra object id; null when Teams caused the change.</param>
/// <param name="Name">Their name, or "Teams".</param>
public sealed record ChangedBy(string? PersonId, string Name)
{
    /// <summary>Changes Teams caused (a member removed from a team), made by the app on Teams' word.</summary>
    public static ChangedBy Teams { get; } = new(null, "Teams");

    public bool IsTeams => PersonId is null;

    public static ChangedBy Of(Administrator administrator) => new(administrator.PersonId, administrator.Name);
}

/// <summary>What kind of change an entry of the organisation's history records.</summary>
public enum HistoryKind
{
    /// <summary>The organisation was created with its name (<see cref="HistoryEntry.To"/>).</summary>
    OrganisationNamed,

    /// <summary>The organisation's name changed from <see cref="HistoryEntry.From"/> to <see cref="HistoryEntry.To"/>.</summary>
    OrganisationRenamed,

    UnitAdded,

    /// <summary>The unit's name changed from <see cref="HistoryEntry.From"/> to <see cref="HistoryEntry.To"/> (its id stays).</summary>
    UnitRenamed,

    /// <summary>The unit was linked to the channel <see cref="HistoryEntry.To"/> (before: <see cref="HistoryEntry.From"/>, if any).</summary>
    ChannelLinked,

    /// <summary>The unit's channel <see cref="HistoryEntry.From"/> was unlinked.</summary>
    ChannelUnlinked,

    /// <summary>The person became the unit's manager (enhetschef); <see cref="HistoryEntry.From"/>: the manager before, if any.</summary>
    ManagerChosen,

    /// <summary>The person was added to the unit as staff (medarbetare), from its team.</summary>
    StaffAdded,

    /// <summary>The person was named to a role above the units (<see cref="HistoryEntry.To"/>; before: <see cref="HistoryEntry.From"/>).</summary>
    RoleNamed,

    /// <summary>The person moved from the unit <see cref="HistoryEntry.From"/> to <see cref="HistoryEntry.To"/> (null: no unit).</summary>
    PersonMoved,

    /// <summary>The person was removed from the organisation; <see cref="HistoryEntry.From"/>: their unit, or their role above the units.</summary>
    PersonRemoved,

    /// <summary>
    /// Teams told that the person left the team of the unit's channel: they are no longer in the unit (their role,
    /// <see cref="HistoryEntry.From"/>: Medarbetare, or Enhetschef when they managed it).
    /// </summary>
    LeftTeam,

    /// <summary>A manager named a substitute (ersättare) for the days <see cref="HistoryEntry.From"/>–<see cref="HistoryEntry.To"/>.</summary>
    SubstituteNamed,

    /// <summary>A substitute's period (<see cref="HistoryEntry.From"/>–<see cref="HistoryEntry.To"/>) was ended early.</summary>
    SubstituteEnded,

    /// <summary>Next wheel year's template was chosen: <see cref="HistoryEntry.To"/> (before: <see cref="HistoryEntry.From"/>), template ids.</summary>
    WheelTemplateChosen,

    /// <summary>The manager group was linked to the channel <see cref="HistoryEntry.To"/> (before: <see cref="HistoryEntry.From"/>, if any).</summary>
    ManagerGroupChannelLinked,

    /// <summary>The manager group's channel <see cref="HistoryEntry.From"/> was unlinked.</summary>
    ManagerGroupChannelUnlinked,
}

/// <summary>
/// One entry of the organisation's history: who, when (UTC), what, and the names a reader needs, as they were at the
/// time (a unit renamed later still reads as it was called then). The tab turns it into a sentence in the reader's
/// language, e.g. <see cref="HistoryKind.PersonMoved"/> "Erik Lund flyttad från Hemtjänst Norra till LSS Ekbacken".
/// </summary>
/// <param name="At">When, UTC.</param>
/// <param name="By">Who made the change.</param>
/// <param name="Kind">What kind of change.</param>
/// <param name="UnitId">The unit it is about, if any.</param>
/// <param name="UnitName">That unit's name then.</param>
/// <param name="PersonId">The person it is about, if any.</param>
/// <param name="PersonName">That person's name then.</param>
/// <param name="From">What it was before (a name, a unit's name, a role, a day), as <see cref="Kind"/> says.</param>
/// <param name="To">What it became, as <see cref="Kind"/> says.</param>
public sealed record HistoryEntry(
    DateTimeOffset At,
    ChangedBy By,
    HistoryKind Kind,
    string? UnitId = null,
    string? UnitName = null,
    string? PersonId = null,
    string? PersonName = null,
    string? From = null,
    string? To = null);

/// <summary>
/// What a change did: the organisation as it left it and the history it keeps. No entries: nothing changed (asking for
/// what already is), and nothing is written.
/// </summary>
public sealed record OrganisationChanged(Organisation Organisation, IReadOnlyList<HistoryEntry> History)
{
    public bool Changed => History.Count > 0;

    public static OrganisationChanged Unchanged(Organisation organisation) => new(organisation, []);
}
