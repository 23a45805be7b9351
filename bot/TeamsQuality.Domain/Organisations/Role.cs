namespace TeamsQuality.Domain.Organisations;

/// <summary>The roles in the social services administration, in the users' own words (DOMAIN.md, "People and organisation").</summary>
public enum Role
{
    /// <summary>Staff: file deviations, write logbook notes, take part in stops, perform self-checks.</summary>
    Medarbetare,

    /// <summary>Unit manager: runs the unit's stops, assesses deviations, owns actions and the unit's quality report.</summary>
    Enhetschef,

    /// <summary>Deputy director: leads the manager group, follows all units, decides on IVO reports.</summary>
    BitradandeSocialchef,

    /// <summary>Quality developer: administers the model, investigates deviations, compiles statistics.</summary>
    Verksamhetsutvecklare,

    /// <summary>Director of social services: reads the year's analysis and reports.</summary>
    Socialchef,
}

public static class RoleExtensions
{
    /// <summary>Roles that follow every unit of the administration, not just their own.</summary>
    public static bool FollowsAllUnits(this Role role) =>
        role is Role.BitradandeSocialchef or Role.Verksamhetsutvecklare or Role.Socialchef;

    /// <summary>
    /// Whether people of this role are told of the messages the bot could not deliver, and may list them: the quality
    /// developers, who see to it that those people hear it another way.
    /// </summary>
    public static bool HearsOfUndeliveredMessages(this Role role) => role == Role.Verksamhetsutvecklare;
}
