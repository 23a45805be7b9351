using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// A few actions in the demo units' plans, with varied status, so "åtgärder" shows something from the first start:
/// each put in by its own owner through the shared use case (so nobody is told of an action they named themselves)
/// and moved on through the lifecycle's own use case, with a comment in its history.
/// </summary>
internal static class DemoActions
{
    private sealed record Seed(string UnitId, string OwnerId, string Title, string Cause, ActionPurpose Purpose, ActionOrigin Origin, int DueInDays, ActionStatus Status, string? Comment);

    private static readonly Seed[] Seeds =
    [
        new(DemoOrganisation.Units.HemtjanstNorra, DemoOrganisation.People.ErikLund,
            "Checklista för överlämning mellan dag- och kvällspass", "Information om brukarnas dagsform når inte kvällspasset", ActionPurpose.Forebyggande,
            new ActionOrigin(ActionOriginKind.Egenkontroll, "demo-overlamning", "Egenkontroll: överlämning mellan passen"), 21, ActionStatus.Pagaende, "Utkast klart, testas av kvällsgruppen"),
        new(DemoOrganisation.Units.HemtjanstNorra, DemoOrganisation.People.AnnaBerg,
            "Uppdatera rutinen för nyckelhantering", "Nycklar har lämnats kvar i bilen", ActionPurpose.Korrigerande,
            new ActionOrigin(ActionOriginKind.Riskanalys, "demo-nycklar", "Riskanalys: nyckelhantering"), 7, ActionStatus.EjPaborjad, null),
        new(DemoOrganisation.Units.HemtjanstNorra, DemoOrganisation.People.FatimaHassan,
            "Introduktion för sommarvikarier med bredvidgång", "Nya vikarier kände inte till larmrutinen", ActionPurpose.Forebyggande,
            new ActionOrigin(ActionOriginKind.Egenkontroll, "demo-introduktion", "Egenkontroll: introduktion av nyanställda"), 30, ActionStatus.Genomford, "Alla fyra vikarier har gått bredvid"),
        new(DemoOrganisation.Units.BarnOchUnga, DemoOrganisation.People.OskarNilsson,
            "Mall för dokumentation av barnsamtal", "Barnets egen berättelse saknas ofta i utredningen", ActionPurpose.Forebyggande,
            new ActionOrigin(ActionOriginKind.Garage, "demo-barnsamtal", "Garaget: idé om barnsamtal"), 45, ActionStatus.EjPaborjad, null),
        new(DemoOrganisation.Units.Ekbacken, DemoOrganisation.People.SaraAhmadi,
            "Bildstöd för veckans aktiviteter", "Boende vet inte vad som händer under veckan", ActionPurpose.Forebyggande,
            new ActionOrigin(ActionOriginKind.Hallplats, "2027-02", "Hållplats 2 Bemötande och förhållningssätt (2027)"), 14, ActionStatus.Pagaende, "Bilderna beställda"),
    ];

    public static async Task SeedAsync(IServiceProvider use, OrganisationRepository organisations, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is not { } organisation)
        {
            return;
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        foreach (var seed in Seeds)
        {
            if (organisation.FindUnit(seed.UnitId) is not { } unit || organisation.FindPerson(seed.OwnerId) is not { } owner)
            {
                continue;
            }

            var actor = new Actor(organisation, owner);
            var added = await use.GetRequiredService<AddAction>().RunAsync(
                actor, unit, new NewAction(seed.Title, seed.Cause, owner.Id, today.AddDays(seed.DueInDays), seed.Purpose), seed.Origin, "demo-" + seed.Origin.Reference, cancellationToken);
            if (added.IsRefused)
            {
                logger.LogError("Demo action {Title} not added: {Refusals}", seed.Title, string.Join(", ", added.Refusals));
                continue;
            }

            if (seed.Status != ActionStatus.EjPaborjad)
            {
                await use.GetRequiredService<ChangeAction>().RunAsync(actor, unit, added.Value.Id, new ActionChangeRequest(seed.Status, null, null, seed.Comment), cancellationToken);
            }
        }
    }
}
