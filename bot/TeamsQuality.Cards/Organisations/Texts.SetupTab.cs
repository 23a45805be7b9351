using System.Globalization;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Cards;

/// <summary>
/// What the setup tab's API says (the page shows it as is, under the field it names): why a change to the organisation
/// was refused, why Microsoft Graph gave no hints, and the organisation's history as sentences, in Swedish and English.
/// </summary>
public sealed partial class Texts
{
    /// <summary>A refusal of a setup change, for the field it names, the name it carries left as the refusal has it.</summary>
    public string SetupRefusalText(Refusal refusal) => SetupRefusalText(refusal, null);

    /// <summary>
    /// A refusal of a setup change, naming what it needs: <paramref name="subject"/> is the channel or the person the
    /// change was about (by name, when known), <see cref="Refusal.Name"/> the unit or role the rule named.
    /// </summary>
    public string SetupRefusalText(Refusal refusal, string? subject)
    {
        var who = string.IsNullOrWhiteSpace(subject) ? Say("Personen", "The person") : subject;
        var other = refusal.Name ?? string.Empty;
        return refusal.Reason switch
        {
            RefusalReason.Required => refusal.Field switch
            {
                Field.OrganisationName => Say("Skriv organisationens namn.", "Type the organisation's name."),
                Field.UnitName => Say("Skriv enhetens namn.", "Type the unit's name."),
                Field.Unit => Say("Välj en enhet.", "Choose a unit."),
                Field.Channel => Say("Välj en kanal.", "Choose a channel."),
                Field.Manager => Say("Välj vem som är enhetschef.", "Choose the unit's manager (enhetschef)."),
                Field.Staff => Say("Välj minst en person att ta med.", "Choose at least one person to add."),
                Field.Role => Say("Välj en roll.", "Choose a role."),
                _ => Say("Välj en person.", "Choose a person."),
            },
            RefusalReason.TooLong => Say(
                $"Namnet får vara högst {Setup.LongestName} tecken.",
                $"The name can be at most {Setup.LongestName} characters."),
            RefusalReason.AlreadyExists => refusal.Field == Field.OrganisationName
                ? Say($"Organisationen heter redan {other}.", $"The organisation is already called {other}.")
                : Say($"Det finns redan en enhet som heter {other}. Välj ett annat namn.", $"There is already a unit called {other}. Choose another name."),
            RefusalReason.NotFound => refusal.Field switch
            {
                Field.Unit => Say("Enheten finns inte (längre). Ladda om sidan.", "The unit does not exist (any more). Reload the page."),
                _ => Say("Personen finns inte i organisationen. Ladda om sidan.", "The person is not in the organisation. Reload the page."),
            },
            RefusalReason.NotSetUp => Say("Ge organisationen ett namn först.", "Name the organisation first."),
            RefusalReason.NotRecorded => Say(
                "Teams har inte berättat om den kanalen för TeamsQuality. Lägg till appen i kanalens team och ladda om sidan.",
                "Teams has not told TeamsQuality of that channel. Add the app to the channel's team and reload the page."),
            RefusalReason.ChannelTaken when other == ManagerGroup.Id => string.IsNullOrWhiteSpace(subject)
                ? Say("Kanalen är redan chefsgruppens kanal.", "The channel is already the manager group's (chefsgruppen).")
                : Say($"Kanalen {subject} är redan chefsgruppens kanal.", $"The channel {subject} is already the manager group's (chefsgruppen)."),
            RefusalReason.ChannelTaken => string.IsNullOrWhiteSpace(subject)
                ? Say($"Kanalen är redan kopplad till enheten {other}.", $"The channel is already linked to the unit {other}.")
                : Say($"Kanalen {subject} är redan kopplad till enheten {other}.", $"The channel {subject} is already linked to the unit {other}."),
            RefusalReason.NoChannel => Say(
                "Koppla enheten till en kanal först: personalen tas från kanalens team.",
                "Link the unit to a channel first: its staff are taken from the channel's team."),
            RefusalReason.NotInTenant => Say(
                $"{who} finns inte i er organisations Teams: hen är inte medlem i något team där TeamsQuality finns.",
                $"{who} is not in your organisation's Teams: they are a member of no team that has TeamsQuality."),
            RefusalReason.NotInTeam => Say(
                $"{who} är inte medlem i teamet som enhetens kanal hör till.",
                $"{who} is not a member of the team of the unit's channel."),
            RefusalReason.InAnotherUnit => Say(
                $"{who} är redan med i enheten {other} – flytta personen i stället.",
                $"{who} is already in the unit {other} – move them instead."),
            RefusalReason.AlreadyInUnit => Say($"{who} är redan med i enheten.", $"{who} is already in the unit."),
            RefusalReason.ManagesUnit => Say(
                $"{who} är enhetschef för {other}. Välj en annan enhetschef för {other} först.",
                $"{who} is the manager (enhetschef) of {other}. Choose another manager for {other} first."),
            RefusalReason.OtherRole => Say(
                $"{who} har rollen {RoleNamed(other)}, som inte hör till en enhet. Ändra rollen först.",
                $"{who} has the role {RoleNamed(other)}, which belongs to no unit. Change the role first."),
            RefusalReason.UnknownChoice => Say(
                "Välj en av rollerna biträdande socialchef, socialchef eller verksamhetsutvecklare.",
                "Choose one of the roles biträdande socialchef, socialchef or verksamhetsutvecklare."),
            RefusalReason.ChangedMeanwhile => Say(
                "Någon annan ändrade organisationen samtidigt. Ladda om sidan och försök igen.",
                "Someone else changed the organisation at the same time. Reload the page and try again."),
            _ => Say("Den ändringen går inte att göra.", "That change cannot be made."),
        };
    }

    /// <summary>What is wrong with a unit's setup, naming the person when it is about one.</summary>
    public string SetupProblemText(SetupProblem problem)
    {
        var person = problem.PersonName ?? problem.PersonId ?? string.Empty;
        return problem.Kind switch
        {
            SetupProblemKind.NoManager => Say("Enheten har ingen enhetschef.", "The unit has no manager (enhetschef)."),
            SetupProblemKind.NoChannel => Say(
                "Enheten är inte kopplad till någon kanal, så hållplatserna har ingenstans att hamna.",
                "The unit is linked to no channel, so its hållplatser have nowhere to go."),
            SetupProblemKind.ChannelNotRecorded => Say(
                "Teams berättar inte längre om enhetens kanal (borttagen, eller appen borttagen ur teamet).",
                "Teams no longer tells of the unit's channel (deleted, or the app removed from its team)."),
            SetupProblemKind.TeamNotReachable => Say(
                "Teamet som enhetens kanal hör till går inte att nå (appen borttagen, teamet borttaget eller arkiverat).",
                "The team of the unit's channel cannot be reached (the app removed, the team deleted or archived)."),
            SetupProblemKind.ManagerNotInTeam => Say($"Enhetschefen {person} är inte medlem i kanalens team.", $"The manager {person} is not a member of the channel's team."),
            SetupProblemKind.StaffNotInTeam => Say($"{person} är inte medlem i kanalens team.", $"{person} is not a member of the channel's team."),
            _ => problem.Kind.ToString(),
        };
    }

    /// <summary>A request the setup API cannot read (not JSON, a value of the wrong kind).</summary>
    public string SetupBadRequest => Say(
        "Begäran kunde inte läsas. Ladda om sidan och försök igen.",
        "The request could not be read. Reload the page and try again.");

    /// <summary>Why Microsoft Graph gave no hints, and what helps; the page works on without them.</summary>
    public string DirectoryProblemText(DirectoryProblemKind kind, string? permission, TimeSpan? retryAfter) => kind switch
    {
        DirectoryProblemKind.Throttled => retryAfter is { } wait
            ? Say(
                $"Microsoft Graph har för mycket att göra just nu. Försök igen om {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} sekunder; ni kan ställa in organisationen utan förslagen.",
                $"Microsoft Graph is busy right now. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds; you can set up the organisation without the hints.")
            : Say(
                "Microsoft Graph har för mycket att göra just nu. Försök igen om en stund; ni kan ställa in organisationen utan förslagen.",
                "Microsoft Graph is busy right now. Try again in a while; you can set up the organisation without the hints."),
        DirectoryProblemKind.ConsentMissing => Say(
            $"TeamsQuality saknar behörigheten {permission} i Microsoft Graph. Be en global administratör i er organisation att godkänna den (administratörsmedgivande); tills dess visas inga förslag.",
            $"TeamsQuality lacks the permission {permission} in Microsoft Graph. Ask a global administrator of your organisation to grant it (admin consent); until then no hints are shown."),
        DirectoryProblemKind.NotFound => Say("Personen finns inte i er organisations katalog (Entra).", "The person is not in your organisation's directory (Entra)."),
        _ => Say(
            "Microsoft Graph svarar inte just nu, så inga förslag visas. Ni kan ställa in organisationen ändå.",
            "Microsoft Graph does not answer right now, so no hints are shown. You can set up the organisation anyway."),
    };

    /// <summary>When a change was made, as the reader's clock in Sweden shows it: "2026-11-29 20:47".</summary>
    public static string HistoryTime(DateTimeOffset at) =>
        SwedishTime.ToSwedish(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What an entry of the organisation's history did, as a sentence without who (the page shows who apart).</summary>
    public string HistoryText(HistoryEntry entry)
    {
        var unit = entry.UnitName ?? entry.UnitId ?? string.Empty;
        var person = entry.PersonName ?? entry.PersonId ?? string.Empty;
        return entry.Kind switch
        {
            HistoryKind.OrganisationNamed => Say($"Organisationen {entry.To} skapades.", $"The organisation {entry.To} was created."),
            HistoryKind.OrganisationRenamed => Say($"Organisationen bytte namn från {entry.From} till {entry.To}.", $"The organisation was renamed from {entry.From} to {entry.To}."),
            HistoryKind.UnitAdded => Say($"Enheten {unit} lades till.", $"The unit {unit} was added."),
            HistoryKind.UnitRenamed => Say($"Enheten {entry.From} bytte namn till {entry.To}.", $"The unit {entry.From} was renamed {entry.To}."),
            HistoryKind.ChannelLinked => Say($"{unit} kopplades till kanalen {entry.To}.", $"{unit} was linked to the channel {entry.To}."),
            HistoryKind.ChannelUnlinked => Say($"{unit} kopplades från kanalen {entry.From}.", $"{unit} was unlinked from the channel {entry.From}."),
            HistoryKind.ManagerChosen => Say($"{person} blev enhetschef för {unit}.", $"{person} became the manager (enhetschef) of {unit}."),
            HistoryKind.StaffAdded => Say($"{person} togs med i {unit}.", $"{person} was added to {unit}."),
            HistoryKind.RoleNamed => Say($"{person} fick rollen {RoleNamed(entry.To)}.", $"{person} was given the role {RoleNamed(entry.To)}."),
            HistoryKind.PersonMoved => Say(
                $"{person} flyttades från {entry.From ?? "ingen enhet"} till {entry.To ?? "ingen enhet"}.",
                $"{person} was moved from {entry.From ?? "no unit"} to {entry.To ?? "no unit"}."),
            HistoryKind.PersonRemoved => Say($"{person} togs bort ur organisationen.", $"{person} was removed from the organisation."),
            HistoryKind.LeftTeam => Say($"{person} lämnade teamet och därmed {unit}.", $"{person} left the team and so {unit}."),
            HistoryKind.SubstituteNamed => Say($"{person} blev ersättare i {unit} {entry.From}–{entry.To}.", $"{person} became substitute (ersättare) in {unit} {entry.From}–{entry.To}."),
            HistoryKind.SubstituteEnded => Say($"Ersättaren {person} i {unit} avslutades.", $"The substitute {person} in {unit} was ended."),
            HistoryKind.WheelTemplateChosen => Say($"Årshjulet för nästa år blev {entry.To}.", $"Next year's wheel became {entry.To}."),
            HistoryKind.ManagerGroupChannelLinked => Say($"Chefsgruppen kopplades till kanalen {entry.To}.", $"The manager group (chefsgruppen) was linked to the channel {entry.To}."),
            HistoryKind.ManagerGroupChannelUnlinked => Say($"Chefsgruppen kopplades från kanalen {entry.From}.", $"The manager group (chefsgruppen) was unlinked from the channel {entry.From}."),
            _ => entry.Kind.ToString(),
        };
    }

    private string RoleNamed(string? role) =>
        Enum.TryParse<Role>(role, out var parsed) ? RoleName(parsed) : role ?? string.Empty;
}

/// <summary>Why Microsoft Graph gave no hints, as the texts tell it (the application's failure, mirrored: Cards does not know the application).</summary>
public enum DirectoryProblemKind
{
    Throttled,
    ConsentMissing,
    NotFound,
    Unavailable,
}
