using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Organisations;

/// <summary>
/// A fresh tenant set up through the use cases the tab calls, end to end against Azurite with the real repositories:
/// the roster Teams told → the organisation named → two units → their channels → managers → staff imported → a move →
/// a removal; each bad input refused with its field and nothing changed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SetupUseCaseTests(AzuriteFixture azurite) : IDisposable
{
    private const string TenantId = "f0000000-0000-4000-8000-00000000000f";
    private const string TeamId = "19:vard@thread.tacv2";
    private const string Norra = "19:norra@thread.tacv2";
    private const string Ekbacken = "19:ekbacken@thread.tacv2";
    private static readonly TenantId Tenant = new(TenantId);

    private readonly ServiceProvider _services = Services(azurite);

    public void Dispose() => _services.Dispose();

    private static ServiceProvider Services(AzuriteFixture azurite)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "s" + Guid.NewGuid().ToString("N")[..10],
            [$"Tenants:{TenantId}:Enabled"] = "true",
            [$"Tenants:{TenantId}:Administrators:0"] = "aad-johan",
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTeamsQualityStorage(configuration)
            .AddTeamsQualityUseCases()
            .AddSingleton<ITeamRosterSource, TeamsNotAsked>()
            .BuildServiceProvider();
    }

    /// <summary>Teams is not asked here: what the tests need of the roster is recorded before.</summary>
    private sealed class TeamsNotAsked : ITeamRosterSource
    {
        public Task<IReadOnlyList<RosterChannel>> ChannelsAsync(TenantId tenant, string teamId, CancellationToken cancellationToken) =>
            throw new TeamRosterUnavailableException("Not asked in these tests.");

        public Task<IReadOnlyList<RosterMember>> MembersAsync(TenantId tenant, string teamId, CancellationToken cancellationToken) =>
            throw new TeamRosterUnavailableException("Not asked in these tests.");
    }

    private T Use<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static readonly TeamRoster Vard = new(
        TeamId,
        "Vård och omsorg",
        [new RosterChannel(TeamId, ""), new RosterChannel(Norra, "Hemtjänst Norra"), new RosterChannel(Ekbacken, "LSS Ekbacken")],
        [
            new RosterMember("aad-anna", "Anna Berg", "anna@kommun.se", TeamRole.Owner),
            new RosterMember("aad-erik", "Erik Lund", "erik@kommun.se", TeamRole.Member),
            new RosterMember("aad-fatima", "Fatima Hassan", "fatima@kommun.se", TeamRole.Member),
            new RosterMember("aad-mats", "Mats Jansson", "mats@kommun.se", TeamRole.Member),
            new RosterMember("aad-sara", "Sara Ahmadi", "sara@kommun.se", TeamRole.Member),
            new RosterMember("aad-johan", "Johan Ek", "johan@kommun.se", TeamRole.Owner),
        ],
        DateTimeOffset.UtcNow);

    private async Task<Administrator> AdministratorAsync()
    {
        await Use<TeamRosterRepository>().SaveAsync(Tenant, Vard, CancellationToken.None);
        return Use<FindAdministrator>().Run(Tenant, "aad-johan", "Johan Ek", []).Value;
    }

    private static T Done<T>(Outcome<T> outcome)
    {
        Assert.False(outcome.IsRefused, "Refused: " + string.Join(", ", outcome.Refusals));
        return outcome.Value;
    }

    [Fact]
    public async Task A_fresh_tenant_is_set_up_from_its_team_step_by_step()
    {
        var johan = await AdministratorAsync();
        var none = CancellationToken.None;

        var empty = Done(await Use<ShowSetup>().RunAsync(johan, none));
        Assert.Null(empty.Organisation);
        Assert.Equal(["Hemtjänst Norra", "LSS Ekbacken", "Vård och omsorg"], empty.Teams.Single().Channels.Select(c => c.Name).Order());
        Assert.Equal(6, empty.NotInOrganisation.Count);

        Done(await Use<NameOrganisation>().RunAsync(johan, "Sjöbacka kommun, socialförvaltningen", none));
        var norra = Done(await Use<AddUnit>().RunAsync(johan, "Hemtjänst Norra", none)).History.Single().UnitId!;
        var ekbacken = Done(await Use<AddUnit>().RunAsync(johan, "LSS Ekbacken", none)).History.Single().UnitId!;
        Assert.Equal(("hemtjanst-norra", "lss-ekbacken"), (norra, ekbacken));
        Done(await Use<LinkUnitChannel>().RunAsync(johan, norra, Norra, none));
        Done(await Use<LinkUnitChannel>().RunAsync(johan, ekbacken, Ekbacken, none));
        Done(await Use<ChooseUnitManager>().RunAsync(johan, norra, "aad-anna", none));
        Done(await Use<ChooseUnitManager>().RunAsync(johan, ekbacken, "aad-mats", none));
        Done(await Use<NameRole>().RunAsync(johan, "aad-johan", Role.Verksamhetsutvecklare, none));

        var import = Done(await Use<ImportStaff>().RunAsync(johan, norra, ["aad-erik", "aad-fatima", "aad-mats", "aad-nobody"], none));
        Assert.Equal(["Erik Lund", "Fatima Hassan"], import.Added.Select(p => p.Name));
        Assert.Equal(
            [new ImportRefusal("aad-mats", "Mats Jansson", RefusalReason.InAnotherUnit, "LSS Ekbacken"), new ImportRefusal("aad-nobody", null, RefusalReason.NotInTeam)],
            import.Refused);

        Done(await Use<MovePerson>().RunAsync(johan, "aad-erik", ekbacken, none));
        Done(await Use<RemovePerson>().RunAsync(johan, "aad-fatima", none));

        var setup = Done(await Use<ShowSetup>().RunAsync(johan, none));
        var organisation = setup.Organisation!;
        Assert.Equal("Sjöbacka kommun, socialförvaltningen", organisation.Name);
        Assert.Equal(
            [("Anna Berg", Role.Enhetschef, norra), ("Erik Lund", Role.Medarbetare, ekbacken), ("Johan Ek", Role.Verksamhetsutvecklare, null), ("Mats Jansson", Role.Enhetschef, ekbacken)],
            organisation.People.OrderBy(p => p.Name).Select(p => (p.Name, p.Role, p.UnitId)));
        Assert.Equal(["Fatima Hassan", "Sara Ahmadi"], setup.NotInOrganisation.Select(m => m.Name));
        Assert.Equal("Hemtjänst Norra", setup.Teams.Single().Channels.Single(c => c.ChannelId == Norra).LinkedUnit?.Name);
        Assert.Empty(setup.Problems);

        // The history, newest first: who did what, and the names a reader needs.
        var latest = setup.History.Entries;
        Assert.Equal((HistoryKind.PersonRemoved, "Fatima Hassan", "Hemtjänst Norra"), (latest[0].Kind, latest[0].PersonName, latest[0].From));
        Assert.Equal((HistoryKind.PersonMoved, "Erik Lund", "Hemtjänst Norra", "LSS Ekbacken"), (latest[1].Kind, latest[1].PersonName, latest[1].From, latest[1].To));
        Assert.All(latest, e => Assert.Equal(new ChangedBy("aad-johan", "Johan Ek"), e.By));
        Assert.Equal(HistoryKind.OrganisationNamed, latest[^1].Kind);
        Assert.Equal(setup.History.Entries, Done(await Use<ShowOrganisationHistory>().RunAsync(johan, 50, null, none)).Entries);
    }

    [Fact]
    public async Task Each_bad_input_is_refused_under_its_field_and_nothing_changes()
    {
        var johan = await AdministratorAsync();
        var none = CancellationToken.None;

        Assert.Equal([new Refusal(RefusalReason.NotSetUp, Field.OrganisationName)], (await Use<AddUnit>().RunAsync(johan, "Hemtjänst Norra", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.Required, Field.OrganisationName)], (await Use<NameOrganisation>().RunAsync(johan, " ", none)).Refusals);

        Done(await Use<NameOrganisation>().RunAsync(johan, "Sjöbacka kommun", none));
        Done(await Use<AddUnit>().RunAsync(johan, "Hemtjänst Norra", none));
        Done(await Use<AddUnit>().RunAsync(johan, "LSS Ekbacken", none));
        Done(await Use<LinkUnitChannel>().RunAsync(johan, "hemtjanst-norra", Norra, none));
        Done(await Use<ChooseUnitManager>().RunAsync(johan, "hemtjanst-norra", "aad-anna", none));
        var version = await Use<OrganisationRepository>().VersionAsync(Tenant, none);

        Assert.Equal([new Refusal(RefusalReason.AlreadyExists, Field.UnitName, "Hemtjänst Norra")], (await Use<AddUnit>().RunAsync(johan, "Hemtjänst Norra", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.ChannelTaken, Field.Channel, "Hemtjänst Norra")], (await Use<LinkUnitChannel>().RunAsync(johan, "lss-ekbacken", Norra, none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.NotRecorded, Field.Channel)], (await Use<LinkUnitChannel>().RunAsync(johan, "lss-ekbacken", "19:okand@thread.tacv2", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.NotInTenant, Field.Manager)], (await Use<ChooseUnitManager>().RunAsync(johan, "lss-ekbacken", "aad-stranger", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.InAnotherUnit, Field.Manager, "Hemtjänst Norra")], (await Use<ChooseUnitManager>().RunAsync(johan, "lss-ekbacken", "aad-anna", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.NoChannel, Field.Channel)], (await Use<ImportStaff>().RunAsync(johan, "lss-ekbacken", ["aad-erik"], none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.Required, Field.Staff)], (await Use<ImportStaff>().RunAsync(johan, "hemtjanst-norra", [], none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.ManagesUnit, Field.Person, "Hemtjänst Norra")], (await Use<RemovePerson>().RunAsync(johan, "aad-anna", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.ManagesUnit, Field.Person, "Hemtjänst Norra")], (await Use<MovePerson>().RunAsync(johan, "aad-anna", "lss-ekbacken", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.NotFound, Field.Unit)], (await Use<RenameUnit>().RunAsync(johan, "finns-inte", "Ny", none)).Refusals);
        Assert.Equal([new Refusal(RefusalReason.UnknownChoice, Field.Role)], (await Use<NameRole>().RunAsync(johan, "aad-sara", Role.Medarbetare, none)).Refusals);

        Assert.Equal(version, await Use<OrganisationRepository>().VersionAsync(Tenant, none));
        var problems = Done(await Use<ShowSetup>().RunAsync(johan, none)).Problems;
        Assert.Equal(
            [(SetupProblemKind.NoManager, "lss-ekbacken"), (SetupProblemKind.NoChannel, "lss-ekbacken")],
            problems.Select(p => (p.Kind, p.UnitId)));
    }

    [Fact]
    public async Task An_administrator_chooses_next_years_wheel_and_the_choice_is_in_the_history()
    {
        var johan = await AdministratorAsync();
        Done(await Use<NameOrganisation>().RunAsync(johan, "Sjöbacka kommun", CancellationToken.None));

        var wheel = Done(await Use<TeamsQuality.Application.Wheel.ChooseWheelTemplate>().RunAsync(johan, TeamsQuality.Domain.Wheel.WheelTemplates.NordmalingId, CancellationToken.None));

        Assert.Equal(TeamsQuality.Domain.Wheel.WheelTemplates.NordmalingId, wheel.NextYearTemplateId);
        var latest = Done(await Use<ShowSetup>().RunAsync(johan, CancellationToken.None)).History.Entries[0];
        Assert.Equal(
            (HistoryKind.WheelTemplateChosen, TeamsQuality.Domain.Wheel.WheelTemplates.VetlandaId, TeamsQuality.Domain.Wheel.WheelTemplates.NordmalingId, "Johan Ek"),
            (latest.Kind, latest.From, latest.To, latest.By.Name));
    }

    [Fact]
    public async Task Who_Teams_says_left_the_team_leaves_the_unit_by_Teams_and_the_manager_is_missed()
    {
        var johan = await AdministratorAsync();
        var none = CancellationToken.None;
        Done(await Use<NameOrganisation>().RunAsync(johan, "Sjöbacka kommun", none));
        Done(await Use<AddUnit>().RunAsync(johan, "Hemtjänst Norra", none));
        Done(await Use<LinkUnitChannel>().RunAsync(johan, "hemtjanst-norra", Norra, none));
        Done(await Use<ChooseUnitManager>().RunAsync(johan, "hemtjanst-norra", "aad-anna", none));
        Done(await Use<ImportStaff>().RunAsync(johan, "hemtjanst-norra", ["aad-erik"], none));
        Done(await Use<NameRole>().RunAsync(johan, "aad-johan", Role.Verksamhetsutvecklare, none));

        Done(await Use<FollowTeam>().MembersRemovedAsync(Tenant, TeamId, null, ["aad-anna", "aad-erik", "aad-johan"], none));

        var setup = Done(await Use<ShowSetup>().RunAsync(johan, none));
        Assert.Equal([(null, Role.Enhetschef), (null, Role.Medarbetare), (null, Role.Verksamhetsutvecklare)], setup.Organisation!.People.OrderBy(p => p.Name).Select(p => (p.UnitId, p.Role)));
        Assert.Null(setup.Organisation.FindUnit("hemtjanst-norra")!.ManagerId);
        Assert.Contains(setup.Problems, p => p.Kind == SetupProblemKind.NoManager);
        var left = setup.History.Entries.Where(e => e.Kind == HistoryKind.LeftTeam).ToList();
        Assert.Equal(["Anna Berg", "Erik Lund"], left.Select(e => e.PersonName).Order());
        Assert.All(left, e => Assert.Equal(ChangedBy.Teams, e.By));
    }
}
