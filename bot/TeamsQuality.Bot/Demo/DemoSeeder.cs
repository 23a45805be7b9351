using Microsoft.Extensions.Options;
using TeamsQuality.Application;
using TeamsQuality.Application.Garage;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Bot.Demo;

/// <summary>"Demo" configuration section.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seed the demo organisation on start when the demo tenant has none.</summary>
    public bool Seed { get; set; }

    /// <summary>
    /// Where the demo tenant's new chats and channel posts go (the local playground's channel when it serves, as they
    /// would go to Teams); none: where Teams last said. Set by the host, not configured.
    /// </summary>
    public string? ServiceUrl { get; set; }

    /// <summary>
    /// With the playground: two lex Sarah reports for the IVO package, one complete and one not (<see cref="DemoReports"/>).
    /// Off for tests that file lex Sarah reports themselves and count their references from LS-…-0001.
    /// </summary>
    public bool LexSarahReports { get; set; } = true;

    /// <summary>
    /// With the playground: Hemtjänst Norra's year so far, two finished stops and a handful of reports, so Anna's
    /// kvalitetsberättelse has content (<see cref="DemoQualityYear"/>). Off for tests that count stops and reports from zero.
    /// </summary>
    public bool QualityYear { get; set; } = true;

    /// <summary>How long the seed waits for the bot to have learned the demo team after the installation event.</summary>
    public TimeSpan RosterWait { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Sjöbacka as Teams and Entra know it, where the demo seed can reach it: the playground when it serves. Without one
/// the seed has no Teams to learn the team from (see <see cref="DemoSeeder"/>).
/// </summary>
public interface IDemoTenantHost
{
    /// <summary>Whether it serves now (the playground is on).</summary>
    bool Serving { get; }

    /// <summary>
    /// Adds the app to the demo team as IT does in Teams: the installation event goes to the bot's <c>/api/messages</c>,
    /// and the bot learns the team's channels and members from the host's roster over HTTP.
    /// </summary>
    Task InstallInDemoTeamAsync(CancellationToken cancellationToken);

    /// <summary>The app roles Entra gives the person in their token (Sjöbacka's IT gave Johan Ek Kvalitetsadministratör).</summary>
    IReadOnlyCollection<string> AppRolesOf(string personId);
}

/// <summary>
/// Once the server listens: sets up the demo organisation when the demo tenant has none, the way a real tenant is set
/// up. The app is added to Sjöbacka's team (the bot learns the team from Teams' roster, here the playground's), then
/// Johan Ek, who holds the app role Kvalitetsadministratör, sets it up through the use cases the settings tab calls:
/// names the organisation, adds the units, links their channels, chooses their managers, takes in their staff,
/// names the roles above the units and links the manager group's channel. So the demo ends where <see cref="DemoOrganisation.Create"/> is, and its history
/// shows who set it up. It then plans the units' year and points the demo tenant's conversations at the playground.
/// </summary>
/// <remarks>
/// Without the playground (tests that drive the bot through a fake Teams, <c>Playground:Enabled=false</c>; a
/// registered bot, <c>Bot:AppId</c>, when <c>Demo:Seed=true</c> is set on purpose) there is no Teams to add the app
/// to, so the team is recorded as Teams would have listed it (the demo organisation's channels and people) and the
/// same setup follows: every seeded organisation comes through the setup rules and keeps its history, and those tests
/// still start from Sjöbacka. Nothing is seeded for a demo tenant the operator has not enabled: nobody administers it.
/// Runs in <see cref="IHostedLifecycleService.StartedAsync"/>, after the server listens (the installation goes over
/// HTTP) and before the host counts as started, so the first request after start finds the organisation.
/// </remarks>
public sealed class DemoSeeder(
    IOptions<DemoOptions> demo,
    OrganisationRepository organisations,
    TeamRosterRepository rosters,
    TenantRegistry tenants,
    IConversationReferenceStore references,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<DemoSeeder> logger,
    IDemoTenantHost? host = null) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Seed)
        {
            return;
        }

        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is not null)
        {
            logger.LogInformation("Demo organisation {Name}: already there", DemoOrganisation.Name);
        }
        else if (await OnboardAsync(cancellationToken))
        {
            logger.LogInformation("Demo organisation {Name}: set up by Johan Ek through the onboarding", DemoOrganisation.Name);
            await PlanSelfChecksAsync(cancellationToken);
        }
        else
        {
            return;
        }

        await tenants.EnsureAsync(DemoOrganisation.Tenant.Value, cancellationToken);

        // The demo units got their year as each was added (AddUnit plans it), before the nightly planning runs.
        if (demo.Value.ServiceUrl is { } serviceUrl)
        {
            await references.SetServiceUrlAsync(DemoOrganisation.Tenant.Value, serviceUrl, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> OnboardAsync(CancellationToken cancellationToken)
    {
        var target = DemoOrganisation.Create();
        IReadOnlyCollection<string> roles;
        if (host is { Serving: true })
        {
            try
            {
                await host.InstallInDemoTeamAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                // The app runs all the same, with no organisation: the next start tries again.
                logger.LogError(ex, "Demo organisation not seeded: the installation in the demo team did not reach the bot");
                return false;
            }

            if (!await TeamLearnedAsync(cancellationToken))
            {
                logger.LogError("Demo organisation not seeded: the bot did not learn the demo team {Team} from the playground", DemoOrganisation.DemoTeamId);
                return false;
            }

            roles = host.AppRolesOf(DemoOrganisation.People.JohanEk);
        }
        else
        {
            await rosters.SaveAsync(DemoOrganisation.Tenant, TeamAsTeamsListsIt(target), cancellationToken);
            roles = [Administration.AppRole]; // as Sjöbacka's IT assigned it (DemoDirectory)
        }

        await using var scope = scopes.CreateAsyncScope();
        var use = scope.ServiceProvider;
        var johan = use.GetRequiredService<FindAdministrator>().Run(DemoOrganisation.Tenant, DemoOrganisation.People.JohanEk, "Johan Ek", roles);
        if (johan.IsRefused)
        {
            logger.LogWarning("Demo organisation not seeded: Johan Ek may not administer the demo tenant (is Tenants:{Tenant}:Enabled set?)", DemoOrganisation.Tenant);
            return false;
        }

        var setup = new DemoSetup(use, johan.Value, logger, cancellationToken);
        if (!await setup.RunAsync(target))
        {
            return false;
        }

        await ParkInGarageAsync(use, cancellationToken);

        // A few self-check results where the demo has plans, through the same use case as the check's card.
        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is { } organisation)
        {
            await DemoSelfCheckResults.SeedAsync(use, organisation, time, cancellationToken);
        }

        // Only for people trying the playground: the tests that drive the bot through a fake Teams start from empty plans.
        if (host is { Serving: true })
        {
            await DemoActions.SeedAsync(use, organisations, time, logger, cancellationToken);
            if (demo.Value.LexSarahReports)
            {
                await DemoReports.SeedAsync(use, organisations, time, logger, cancellationToken);
            }

            if (demo.Value.QualityYear)
            {
                await DemoQualityYear.SeedAsync(use, organisations, time, logger, cancellationToken);
            }
        }

        return true;
    }

    /// <summary>
    /// What the units' people have parked in the Garage, as they would with "garage …": in Hemtjänst Norra under stop 1
    /// (Samverkan, the next stop due) so its first step has something to decide on, and a little in the other units.
    /// </summary>
    private async Task ParkInGarageAsync(IServiceProvider use, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is not { } organisation)
        {
            return;
        }

        (string Person, GarageKind Kind, int Stop, string Text)[] parked =
        [
            (DemoOrganisation.People.FatimaHassan, GarageKind.Ide, 1, "Ett gemensamt månadsmöte med hemsjukvården, så att vi tar upp kvällarnas överrapportering innan något går fel."),
            (DemoOrganisation.People.ErikLund, GarageKind.Risk, 1, "Överrapporteringen till hemsjukvården kan falla bort när ordinarie personal är sjuk och vikarier inte har kontaktlistan."),
            (DemoOrganisation.People.ErikLund, GarageKind.Behov, 2, "Fler medarbetare behöver utbildning i lågaffektivt bemötande."),
            (DemoOrganisation.People.LinaSvensson, GarageKind.Behov, 1, "En tydligare rutin för samverkan med skolan när ett barn byter skola mitt i en utredning."),
            (DemoOrganisation.People.SaraAhmadi, GarageKind.Ide, 1, "Bjud in daglig verksamhet till vårt APT två gånger om året."),
        ];
        var park = use.GetRequiredService<ParkInGarage>();
        foreach (var (personId, kind, stop, text) in parked)
        {
            if (organisation.FindPerson(personId) is not { } person)
            {
                continue;
            }

            var actor = new Actor(organisation, person);
            var unit = person.UnitId is { } unitId ? organisation.FindUnit(unitId) : null;
            var done = await park.RunAsync(actor, unit, kind, stop, text, cancellationToken);
            if (done.IsRefused)
            {
                logger.LogWarning("Demo organisation: {Person} could not park in the Garage: {Refusals}", person.Name, string.Join(", ", done.Refusals));
            }
        }
    }

    /// <summary>
    /// Barn och unga and LSS Ekbacken get this year's self-check plan from the IFO and LSS template, started by their
    /// managers through the use case a manager's press calls. Hemtjänst Norra's plan is left empty: the playground's
    /// walk-through has Anna plan its self-checks herself.
    /// </summary>
    private async Task PlanSelfChecksAsync(CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is not { } organisation)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var start = scope.ServiceProvider.GetRequiredService<TeamsQuality.Application.SelfChecks.StartPlanFromTemplate>();
        var year = TeamsQuality.Domain.Time.SwedishTime.Day(time.GetUtcNow()).Year;
        foreach (var (unitId, managerId) in new[] { (DemoOrganisation.Units.BarnOchUnga, DemoOrganisation.People.KarinHolm), (DemoOrganisation.Units.Ekbacken, DemoOrganisation.People.MatsJansson) })
        {
            if (organisation.FindUnit(unitId) is not { } unit || organisation.FindPerson(managerId) is not { } manager)
            {
                continue;
            }

            var started = await start.RunAsync(new Actor(organisation, manager), unit, year, TeamsQuality.Domain.SelfChecks.SelfCheckTemplates.IfoLssId, cancellationToken);
            if (started.IsRefused)
            {
                logger.LogWarning("Demo self-check plan of {Unit} not started: {Refusals}", unit.Name, string.Join(", ", started.Refusals.Select(r => r.Reason)));
            }
        }
    }

    /// <summary>The installation turn may go on in the background past the turn budget: wait until the team is recorded.</summary>
    private async Task<bool> TeamLearnedAsync(CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + demo.Value.RosterWait;
        while (true)
        {
            if (await rosters.FindAsync(DemoOrganisation.Tenant, DemoOrganisation.DemoTeamId, cancellationToken) is not null)
            {
                return true;
            }

            if (time.GetUtcNow() >= until)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>The demo team as Teams would list it: General, the units' and the manager group's channels and the organisation's people.</summary>
    private TeamRoster TeamAsTeamsListsIt(Organisation organisation) => new(
        DemoOrganisation.DemoTeamId,
        DemoOrganisation.Name,
        [new RosterChannel(DemoOrganisation.DemoTeamId, "General"), .. organisation.Units.Select(u => u.Channel).Append(organisation.ManagerGroupChannel).OfType<UnitChannel>().Select(c => new RosterChannel(c.ChannelId, c.ChannelName))],
        organisation.People.Select(p => new RosterMember(p.Id, p.Name, p.Email, TeamRole.Member)).ToList(),
        time.GetUtcNow());

    /// <summary>Johan Ek's setup, step by step as in the settings tab; the first refusal stops it (and is logged).</summary>
    private sealed class DemoSetup(IServiceProvider use, Administrator johan, ILogger logger, CancellationToken cancellationToken)
    {
        public async Task<bool> RunAsync(Organisation target)
        {
            if (!Done(await use.GetRequiredService<NameOrganisation>().RunAsync(johan, target.Name, cancellationToken), "name the organisation"))
            {
                return false;
            }

            foreach (var unit in target.Units)
            {
                if (!await UnitAsync(target, unit))
                {
                    return false;
                }
            }

            foreach (var person in target.People.Where(p => p.UnitId is null))
            {
                if (!Done(await use.GetRequiredService<NameRole>().RunAsync(johan, person.Id, person.Role, cancellationToken), $"name {person.Name} {person.Role}"))
                {
                    return false;
                }
            }

            // The manager group holds its stops in a channel of its own.
            return target.ManagerGroupChannel is not { } group
                || Done(await use.GetRequiredService<LinkManagerGroupChannel>().RunAsync(johan, group.ChannelId, cancellationToken), $"link the manager group to {group.ChannelName}");
        }

        private async Task<bool> UnitAsync(Organisation target, Unit unit)
        {
            // The unit's id is made from the name it is added with; where the demo's id is its channel's name (e.g.
            // "lss-ekbacken" for "LSS-boendet Ekbacken") Johan adds it by that name and renames it, as an administrator
            // who wants a short id would.
            var addAs = new[] { unit.Name, unit.Channel?.ChannelName }.OfType<string>()
                .FirstOrDefault(name => Setup.UnitIdFor(name, []) == unit.Id);
            if (addAs is null)
            {
                logger.LogError("Demo organisation not seeded: no name gives the unit id {Unit}", unit.Id);
                return false;
            }

            var added = await use.GetRequiredService<AddUnit>().RunAsync(johan, addAs, cancellationToken);
            if (!Done(added, $"add the unit {addAs}"))
            {
                return false;
            }

            if (addAs != unit.Name && !Done(await use.GetRequiredService<RenameUnit>().RunAsync(johan, unit.Id, unit.Name, cancellationToken), $"rename {unit.Id}"))
            {
                return false;
            }

            if (unit.Channel is { } channel && !Done(await use.GetRequiredService<LinkUnitChannel>().RunAsync(johan, unit.Id, channel.ChannelId, cancellationToken), $"link {unit.Id} to {channel.ChannelName}"))
            {
                return false;
            }

            if (unit.ManagerId is { } manager && !Done(await use.GetRequiredService<ChooseUnitManager>().RunAsync(johan, unit.Id, manager, cancellationToken), $"choose the manager of {unit.Id}"))
            {
                return false;
            }

            var staff = target.People.Where(p => p.UnitId == unit.Id && p.Id != unit.ManagerId).Select(p => (string?)p.Id).ToList();
            if (staff.Count == 0)
            {
                return true;
            }

            var imported = await use.GetRequiredService<ImportStaff>().RunAsync(johan, unit.Id, staff, cancellationToken);
            if (!Done(imported, $"take in the staff of {unit.Id}"))
            {
                return false;
            }

            if (imported.Value.Refused.Count > 0)
            {
                logger.LogError("Demo organisation: staff of {Unit} not taken in: {Refused}", unit.Id, string.Join(", ", imported.Value.Refused));
                return false;
            }

            return true;
        }

        private bool Done<T>(Outcome<T> outcome, string step)
        {
            if (outcome.IsRefused)
            {
                logger.LogError("Demo organisation not seeded: Johan Ek could not {Step}: {Refusals}", step, string.Join(", ", outcome.Refusals));
            }

            return !outcome.IsRefused;
        }
    }
}
