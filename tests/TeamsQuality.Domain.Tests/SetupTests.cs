using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Tests;

/// <summary>An administrator sets up and keeps the organisation: every rule, every refusal with its field, and the history kept.</summary>
public sealed class SetupTests
{
    private static readonly TenantId Tenant = new("11111111-2222-3333-4444-555555555555");
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly Administrator Johan = new(Tenant, "johan", "Johan Ek");

    private const string TeamId = "19:vard@thread.tacv2";
    private const string Norra = "19:norra@thread.tacv2";
    private const string Ekbacken = "19:ekbacken@thread.tacv2";
    private const string OtherTeamId = "19:ifo@thread.tacv2";
    private const string Ifo = "19:ifo-barn@thread.tacv2";

    private static readonly TeamRoster Vard = new(
        TeamId,
        "Vård och omsorg",
        [new RosterChannel(TeamId, ""), new RosterChannel(Norra, "Hemtjänst Norra"), new RosterChannel(Ekbacken, "LSS Ekbacken")],
        [
            new RosterMember("anna", "Anna Berg", "anna@kommun.se", TeamRole.Owner),
            new RosterMember("erik", "Erik Lund", "erik@kommun.se", TeamRole.Member),
            new RosterMember("fatima", "Fatima Hassan", "fatima@kommun.se", TeamRole.Member),
            new RosterMember("mats", "Mats Jansson", "mats@kommun.se", TeamRole.Member),
            new RosterMember("sara", "Sara Ahmadi", null, TeamRole.Member),
            new RosterMember("eva", "Eva Sundberg", "eva@kommun.se", TeamRole.Member),
        ],
        Now);

    private static readonly TeamRoster IfoTeam = new(
        OtherTeamId, "IFO", [new RosterChannel(OtherTeamId, ""), new RosterChannel(Ifo, "Barn och unga")],
        [new RosterMember("karin", "Karin Holm", "karin@kommun.se", TeamRole.Owner), new RosterMember("oskar", "Oskar Nilsson", null, TeamRole.Member)],
        Now);

    private static readonly IReadOnlyList<TeamRoster> Teams = [Vard, IfoTeam];

    /// <summary>Named, two units linked, Anna manages Hemtjänst Norra with Erik as staff, Mats manages Ekbacken.</summary>
    private static Organisation SetUp()
    {
        var organisation = Setup.NameOrganisation(null, Johan, "Sjöbacka kommun", Now).Organisation;
        organisation = Setup.AddUnit(organisation, Johan, "Hemtjänst Norra", Now).Organisation;
        organisation = Setup.AddUnit(organisation, Johan, "LSS Ekbacken", Now).Organisation;
        organisation = Setup.LinkChannel(organisation, Johan, Teams, "hemtjanst-norra", Norra, Now).Organisation;
        organisation = Setup.LinkChannel(organisation, Johan, Teams, "lss-ekbacken", Ekbacken, Now).Organisation;
        organisation = Setup.ChooseManager(organisation, Johan, Teams, "hemtjanst-norra", "anna", Now).Organisation;
        organisation = Setup.ChooseManager(organisation, Johan, Teams, "lss-ekbacken", "mats", Now).Organisation;
        return Setup.ImportStaff(organisation, Johan, Teams, "hemtjanst-norra", ["erik"], Now).Change.Organisation;
    }

    private static Refusal RefusedWith(Action change) => Assert.Single(Assert.Throws<RuleException>(change).Refusals);

    [Fact]
    public void Naming_creates_the_organisation_once_and_renaming_keeps_who_and_what()
    {
        var created = Setup.NameOrganisation(null, Johan, "  Sjöbacka   kommun ", Now);

        Assert.Equal("Sjöbacka kommun", created.Organisation.Name);
        Assert.Equal(Tenant, created.Organisation.Tenant);
        var entry = Assert.Single(created.History);
        Assert.Equal((HistoryKind.OrganisationNamed, "johan", "Johan Ek", Now, "Sjöbacka kommun"), (entry.Kind, entry.By.PersonId, entry.By.Name, entry.At, entry.To));

        var renamed = Setup.NameOrganisation(created.Organisation, Johan, "Sjöbacka kommun, socialförvaltningen", Now);
        Assert.Equal(("Sjöbacka kommun", "Sjöbacka kommun, socialförvaltningen"), (renamed.History[0].From, renamed.History[0].To));
        Assert.False(Setup.NameOrganisation(renamed.Organisation, Johan, "Sjöbacka kommun, socialförvaltningen", Now).Changed);
    }

    [Theory]
    [InlineData(null, RefusalReason.Required)]
    [InlineData("   ", RefusalReason.Required)]
    public void An_organisation_needs_a_name(string? name, RefusalReason reason) =>
        Assert.Equal(new Refusal(reason, Field.OrganisationName), RefusedWith(() => Setup.NameOrganisation(null, Johan, name, Now)));

    [Fact]
    public void A_name_longer_than_the_longest_is_refused() =>
        Assert.Equal(new Refusal(RefusalReason.TooLong, Field.UnitName), RefusedWith(() => Setup.AddUnit(SetUp(), Johan, new string('x', Setup.LongestName + 1), Now)));

    [Fact]
    public void Nothing_but_the_name_can_be_set_up_before_the_organisation_is_named() =>
        Assert.Equal(new Refusal(RefusalReason.NotSetUp, Field.OrganisationName), RefusedWith(() => Setup.AddUnit(null, Johan, "Hemtjänst Norra", Now)));

    [Theory]
    [InlineData("Hemtjänst Norra", "hemtjanst-norra")]
    [InlineData("LSS-boendet Ekbacken", "lss-boendet-ekbacken")]
    [InlineData("Barn och unga (IFO)", "barn-och-unga-ifo")]
    [InlineData("Öppenvård Åsa–Älvängen", "oppenvard-asa-alvangen")]
    [InlineData("Café Ängen", "cafe-angen")]
    [InlineData("???", "enhet")]
    public void A_unit_id_is_read_from_its_name_with_Swedish_letters_folded(string name, string id) =>
        Assert.Equal(id, Setup.UnitIdFor(name, []));

    [Fact]
    public void A_unit_id_that_is_taken_gets_a_number() =>
        Assert.Equal("hemtjanst-norra-3", Setup.UnitIdFor("Hemtjänst  Norra!", ["hemtjanst-norra", "hemtjanst-norra-2"]));

    [Fact]
    public void A_unit_is_added_by_name_and_the_name_is_unique_whatever_the_case()
    {
        var organisation = SetUp();

        var added = Setup.AddUnit(organisation, Johan, "Hemtjänst Södra", Now);
        var unit = added.Organisation.FindUnit("hemtjanst-sodra");
        Assert.Equal(("Hemtjänst Södra", null, null), (unit?.Name, unit?.ManagerId, unit?.Channel));
        Assert.Equal((HistoryKind.UnitAdded, "hemtjanst-sodra", "Hemtjänst Södra"), (added.History[0].Kind, added.History[0].UnitId, added.History[0].UnitName));

        Assert.Equal(new Refusal(RefusalReason.AlreadyExists, Field.UnitName, "HEMTJÄNST NORRA"), RefusedWith(() => Setup.AddUnit(organisation, Johan, "HEMTJÄNST NORRA", Now)));
    }

    [Fact]
    public void A_renamed_unit_keeps_its_id_and_cannot_take_another_units_name()
    {
        var organisation = SetUp();

        var renamed = Setup.RenameUnit(organisation, Johan, "hemtjanst-norra", "Hemtjänst Norr", Now);

        Assert.Equal("Hemtjänst Norr", renamed.Organisation.FindUnit("hemtjanst-norra")!.Name);
        Assert.Equal(("Hemtjänst Norra", "Hemtjänst Norr"), (renamed.History[0].From, renamed.History[0].To));
        Assert.Equal(new Refusal(RefusalReason.AlreadyExists, Field.UnitName, "LSS Ekbacken"), RefusedWith(() => Setup.RenameUnit(organisation, Johan, "hemtjanst-norra", "LSS Ekbacken", Now)));
        Assert.Equal(new Refusal(RefusalReason.NotFound, Field.Unit), RefusedWith(() => Setup.RenameUnit(organisation, Johan, "finns-inte", "Ny", Now)));
    }

    [Fact]
    public void A_unit_is_linked_to_a_recorded_channel_and_the_General_channel_goes_by_the_teams_name()
    {
        var organisation = Setup.AddUnit(SetUp(), Johan, "Ledningen", Now).Organisation;

        var linked = Setup.LinkChannel(organisation, Johan, Teams, "ledningen", TeamId, Now);

        Assert.Equal(new UnitChannel(TeamId, TeamId, "Vård och omsorg"), linked.Organisation.FindUnit("ledningen")!.Channel);
        Assert.Equal((HistoryKind.ChannelLinked, "Vård och omsorg"), (linked.History[0].Kind, linked.History[0].To));
    }

    [Fact]
    public void A_channel_linked_to_another_unit_is_refused_naming_that_unit()
    {
        var organisation = Setup.AddUnit(SetUp(), Johan, "Hemtjänst Södra", Now).Organisation;

        Assert.Equal(new Refusal(RefusalReason.ChannelTaken, Field.Channel, "Hemtjänst Norra"), RefusedWith(() => Setup.LinkChannel(organisation, Johan, Teams, "hemtjanst-sodra", Norra, Now)));
    }

    [Fact]
    public void A_channel_Teams_never_told_of_is_refused_and_none_is_required()
    {
        var organisation = SetUp();

        Assert.Equal(new Refusal(RefusalReason.NotRecorded, Field.Channel), RefusedWith(() => Setup.LinkChannel(organisation, Johan, Teams, "hemtjanst-norra", "19:okand@thread.tacv2", Now)));
        Assert.Equal(new Refusal(RefusalReason.Required, Field.Channel), RefusedWith(() => Setup.LinkChannel(organisation, Johan, Teams, "hemtjanst-norra", " ", Now)));
    }

    [Fact]
    public void Every_problem_of_a_request_is_told_at_once()
    {
        var refused = Assert.Throws<RuleException>(() => Setup.LinkChannel(SetUp(), Johan, Teams, "finns-inte", "19:okand@thread.tacv2", Now));

        Assert.Equal([new Refusal(RefusalReason.NotFound, Field.Unit), new Refusal(RefusalReason.NotRecorded, Field.Channel)], refused.Refusals);
    }

    [Fact]
    public void An_unlinked_unit_keeps_its_people_and_shows_it_has_no_channel()
    {
        var unlinked = Setup.UnlinkChannel(SetUp(), Johan, "hemtjanst-norra", Now);

        Assert.Null(unlinked.Organisation.FindUnit("hemtjanst-norra")!.Channel);
        Assert.Equal("Hemtjänst Norra", unlinked.History[0].From);
        Assert.Equal("hemtjanst-norra", unlinked.Organisation.FindPerson("erik")!.UnitId);
        Assert.Contains(new SetupProblem(SetupProblemKind.NoChannel, "hemtjanst-norra", "Hemtjänst Norra"), Setup.Problems(unlinked.Organisation, Teams));
    }

    [Fact]
    public void The_manager_chosen_from_the_team_joins_the_organisation_as_enhetschef_with_the_teams_name_and_e_mail()
    {
        var anna = SetUp().FindPerson("anna");

        Assert.Equal(new Person("anna", "Anna Berg", Role.Enhetschef, "hemtjanst-norra", "anna@kommun.se"), anna);
    }

    [Fact]
    public void A_person_not_of_the_tenant_cannot_be_chosen() =>
        Assert.Equal(new Refusal(RefusalReason.NotInTenant, Field.Manager), RefusedWith(() => Setup.ChooseManager(SetUp(), Johan, Teams, "hemtjanst-norra", "stranger", Now)));

    [Fact]
    public void The_manager_of_another_unit_or_its_staff_is_refused_naming_the_unit_to_move_them_from()
    {
        var organisation = SetUp();

        Assert.Equal(new Refusal(RefusalReason.InAnotherUnit, Field.Manager, "LSS Ekbacken"), RefusedWith(() => Setup.ChooseManager(organisation, Johan, Teams, "hemtjanst-norra", "mats", Now)));
        Assert.Equal(new Refusal(RefusalReason.InAnotherUnit, Field.Manager, "Hemtjänst Norra"), RefusedWith(() => Setup.ChooseManager(organisation, Johan, Teams, "lss-ekbacken", "erik", Now)));
    }

    [Fact]
    public void A_role_above_the_units_is_refused_as_a_manager()
    {
        var organisation = Setup.NameRole(SetUp(), Johan, Teams, "eva", Role.BitradandeSocialchef, Now).Organisation;

        Assert.Equal(new Refusal(RefusalReason.OtherRole, Field.Manager, "BitradandeSocialchef"), RefusedWith(() => Setup.ChooseManager(organisation, Johan, Teams, "lss-ekbacken", "eva", Now)));
    }

    [Fact]
    public void The_units_own_staff_member_can_become_its_manager_and_the_manager_before_stays_in_no_unit()
    {
        var changed = Setup.ChooseManager(SetUp(), Johan, Teams, "hemtjanst-norra", "erik", Now);

        Assert.Equal("erik", changed.Organisation.FindUnit("hemtjanst-norra")!.ManagerId);
        Assert.Equal((Role.Enhetschef, "hemtjanst-norra"), (changed.Organisation.FindPerson("erik")!.Role, changed.Organisation.FindPerson("erik")!.UnitId));
        Assert.Equal((Role.Enhetschef, null), (changed.Organisation.FindPerson("anna")!.Role, changed.Organisation.FindPerson("anna")!.UnitId));
        var entry = Assert.Single(changed.History);
        Assert.Equal((HistoryKind.ManagerChosen, "Erik Lund", "Hemtjänst Norra", "Anna Berg"), (entry.Kind, entry.PersonName, entry.UnitName, entry.From));

        // Anna, now in no unit, can manage another one.
        var moved = Setup.ChooseManager(Setup.AddUnit(changed.Organisation, Johan, "Hemtjänst Södra", Now).Organisation, Johan, Teams, "hemtjanst-sodra", "anna", Now);
        Assert.Equal("hemtjanst-sodra", moved.Organisation.FindPerson("anna")!.UnitId);
    }

    [Fact]
    public void Staff_are_imported_from_the_units_team_and_each_one_refused_is_told_by_name_and_why()
    {
        var organisation = Setup.NameRole(SetUp(), Johan, Teams, "eva", Role.BitradandeSocialchef, Now).Organisation;
        organisation = Setup.ImportStaff(organisation, Johan, Teams, "lss-ekbacken", ["sara"], Now).Change.Organisation;

        var import = Setup.ImportStaff(organisation, Johan, Teams, "hemtjanst-norra", ["fatima", "FATIMA", "sara", "erik", "anna", "eva", "karin", " "], Now);

        Assert.Equal([new Person("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst-norra", "fatima@kommun.se")], import.Added);
        Assert.Equal(
            [
                new ImportRefusal("sara", "Sara Ahmadi", RefusalReason.InAnotherUnit, "LSS Ekbacken"),
                new ImportRefusal("erik", "Erik Lund", RefusalReason.AlreadyInUnit, "Hemtjänst Norra"),
                new ImportRefusal("anna", "Anna Berg", RefusalReason.AlreadyInUnit, "Hemtjänst Norra"),
                new ImportRefusal("eva", "Eva Sundberg", RefusalReason.OtherRole, "BitradandeSocialchef"),
                new ImportRefusal("karin", null, RefusalReason.NotInTeam),
            ],
            import.Refused);
        Assert.Equal("hemtjanst-norra", import.Change.Organisation.FindPerson("fatima")!.UnitId);
        var entry = Assert.Single(import.Change.History);
        Assert.Equal((HistoryKind.StaffAdded, "fatima", "Fatima Hassan", "Hemtjänst Norra"), (entry.Kind, entry.PersonId, entry.PersonName, entry.UnitName));
    }

    [Fact]
    public void An_import_needs_a_unit_with_a_channel_of_a_recorded_team_and_someone_chosen()
    {
        var organisation = Setup.AddUnit(SetUp(), Johan, "Hemtjänst Södra", Now).Organisation;

        Assert.Equal(new Refusal(RefusalReason.NoChannel, Field.Channel), RefusedWith(() => Setup.ImportStaff(organisation, Johan, Teams, "hemtjanst-sodra", ["fatima"], Now)));
        Assert.Equal(new Refusal(RefusalReason.NotRecorded, Field.Channel), RefusedWith(() => Setup.ImportStaff(organisation, Johan, [IfoTeam], "hemtjanst-norra", ["fatima"], Now)));
        Assert.Equal(new Refusal(RefusalReason.Required, Field.Staff), RefusedWith(() => Setup.ImportStaff(organisation, Johan, Teams, "hemtjanst-norra", [], Now)));
    }

    [Fact]
    public void Roles_above_the_units_are_named_and_changed_and_staff_are_moved_out_of_their_unit_first()
    {
        var organisation = SetUp();

        var named = Setup.NameRole(organisation, Johan, Teams, "eva", Role.Socialchef, Now);
        Assert.Equal(new Person("eva", "Eva Sundberg", Role.Socialchef, null, "eva@kommun.se"), named.Organisation.FindPerson("eva"));
        Assert.Equal((HistoryKind.RoleNamed, null, "Socialchef"), (named.History[0].Kind, named.History[0].From, named.History[0].To));

        var changed = Setup.NameRole(named.Organisation, Johan, Teams, "eva", Role.BitradandeSocialchef, Now);
        Assert.Equal(("Socialchef", "BitradandeSocialchef"), (changed.History[0].From, changed.History[0].To));

        Assert.Equal(new Refusal(RefusalReason.InAnotherUnit, Field.Person, "Hemtjänst Norra"), RefusedWith(() => Setup.NameRole(organisation, Johan, Teams, "erik", Role.Verksamhetsutvecklare, Now)));
        Assert.Equal(new Refusal(RefusalReason.ManagesUnit, Field.Person, "Hemtjänst Norra"), RefusedWith(() => Setup.NameRole(organisation, Johan, Teams, "anna", Role.Verksamhetsutvecklare, Now)));
        Assert.Equal(new Refusal(RefusalReason.UnknownChoice, Field.Role), RefusedWith(() => Setup.NameRole(organisation, Johan, Teams, "fatima", Role.Enhetschef, Now)));
        Assert.Equal(new Refusal(RefusalReason.Required, Field.Role), RefusedWith(() => Setup.NameRole(organisation, Johan, Teams, "fatima", null, Now)));
        Assert.Equal(new Refusal(RefusalReason.NotInTenant, Field.Person), RefusedWith(() => Setup.NameRole(organisation, Johan, Teams, "stranger", Role.Socialchef, Now)));
    }

    [Fact]
    public void Staff_move_between_units_and_out_of_them_and_the_history_says_from_where_to_where()
    {
        var moved = Setup.MovePerson(SetUp(), Johan, "erik", "lss-ekbacken", Now);

        Assert.Equal("lss-ekbacken", moved.Organisation.FindPerson("erik")!.UnitId);
        var entry = Assert.Single(moved.History);
        Assert.Equal((HistoryKind.PersonMoved, "Erik Lund", "Hemtjänst Norra", "LSS Ekbacken"), (entry.Kind, entry.PersonName, entry.From, entry.To));

        var out_ = Setup.MovePerson(moved.Organisation, Johan, "erik", null, Now);
        Assert.Null(out_.Organisation.FindPerson("erik")!.UnitId);
        Assert.Equal(("LSS Ekbacken", null), (out_.History[0].From, out_.History[0].To));
        Assert.False(Setup.MovePerson(out_.Organisation, Johan, "erik", null, Now).Changed);
    }

    [Fact]
    public void A_manager_is_not_moved_or_removed_until_another_is_chosen()
    {
        var organisation = SetUp();

        Assert.Equal(new Refusal(RefusalReason.ManagesUnit, Field.Person, "Hemtjänst Norra"), RefusedWith(() => Setup.MovePerson(organisation, Johan, "anna", "lss-ekbacken", Now)));
        Assert.Equal(new Refusal(RefusalReason.ManagesUnit, Field.Person, "Hemtjänst Norra"), RefusedWith(() => Setup.RemovePerson(organisation, Johan, "anna", Now)));
        Assert.Equal(new Refusal(RefusalReason.NotFound, Field.Unit), RefusedWith(() => Setup.MovePerson(organisation, Johan, "erik", "finns-inte", Now)));
        Assert.Equal(new Refusal(RefusalReason.NotFound, Field.Person), RefusedWith(() => Setup.MovePerson(organisation, Johan, "stranger", "lss-ekbacken", Now)));

        var replaced = Setup.ChooseManager(organisation, Johan, Teams, "hemtjanst-norra", "fatima", Now).Organisation;
        var removed = Setup.RemovePerson(replaced, Johan, "anna", Now);
        Assert.Null(removed.Organisation.FindPerson("anna"));
        Assert.Equal((HistoryKind.PersonRemoved, "Anna Berg", "Enhetschef"), (removed.History[0].Kind, removed.History[0].PersonName, removed.History[0].From));
    }

    [Fact]
    public void Removed_staff_are_gone_with_their_unit_named_in_the_history()
    {
        var removed = Setup.RemovePerson(SetUp(), Johan, "erik", Now);

        Assert.Null(removed.Organisation.FindPerson("erik"));
        Assert.Equal(("hemtjanst-norra", "Hemtjänst Norra"), (removed.History[0].UnitId, removed.History[0].From));
    }

    [Fact]
    public void Who_leaves_the_team_leaves_its_units_at_once_by_Teams_and_roles_above_the_units_stay()
    {
        var organisation = Setup.NameRole(SetUp(), Johan, Teams, "eva", Role.Verksamhetsutvecklare, Now).Organisation;

        var left = Setup.LeaveTeam(organisation, TeamId, ["erik", "anna", "eva", "stranger"], Now);

        Assert.Null(left.Organisation.FindPerson("erik")!.UnitId);
        Assert.Null(left.Organisation.FindPerson("anna")!.UnitId);
        Assert.Null(left.Organisation.FindUnit("hemtjanst-norra")!.ManagerId);
        Assert.Equal(new Person("eva", "Eva Sundberg", Role.Verksamhetsutvecklare, null, "eva@kommun.se"), left.Organisation.FindPerson("eva"));
        Assert.False(left.Organisation.LetsIn(left.Organisation.FindPerson("erik")!, Now));
        Assert.All(left.History, e => Assert.True(e.By.IsTeams));
        Assert.Equal(
            [("Anna Berg", "Enhetschef"), ("Erik Lund", "Medarbetare")],
            left.History.Select(e => (e.PersonName!, e.From!)).Order());
        Assert.Contains(new SetupProblem(SetupProblemKind.NoManager, "hemtjanst-norra", "Hemtjänst Norra"), Setup.Problems(left.Organisation, Teams));
    }

    [Fact]
    public void Leaving_another_team_changes_nothing() =>
        Assert.False(Setup.LeaveTeam(SetUp(), OtherTeamId, ["erik", "anna"], Now).Changed);

    [Fact]
    public void A_substitute_who_leaves_the_team_stands_in_no_more()
    {
        var organisation = SetUp();
        var unit = organisation.FindUnit("hemtjanst-norra")! with { Substitute = new Substitute("erik", new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 5), "anna", Now) };
        organisation = organisation.With(units: [unit]);

        var left = Setup.LeaveTeam(organisation, TeamId, ["erik"], Now.AddHours(1));

        Assert.Null(left.Organisation.FindUnit("hemtjanst-norra")!.SubstituteOn(Now.AddHours(1)));
        Assert.Contains(left.History, e => e.Kind == HistoryKind.SubstituteEnded && e.PersonName == "Erik Lund");
    }

    [Fact]
    public void The_problems_are_what_an_administrator_must_put_right()
    {
        var organisation = Setup.AddUnit(SetUp(), Johan, "Hemtjänst Södra", Now).Organisation;
        organisation = Setup.ImportStaff(organisation, Johan, Teams, "lss-ekbacken", ["sara"], Now).Change.Organisation;

        // Teams no longer lists Mats (the manager) and Sara (staff) in the team, and no one was told.
        var now = Vard.WithoutMember("mats").WithoutMember("sara");

        Assert.Equal(
            [
                new SetupProblem(SetupProblemKind.NoManager, "hemtjanst-sodra", "Hemtjänst Södra"),
                new SetupProblem(SetupProblemKind.NoChannel, "hemtjanst-sodra", "Hemtjänst Södra"),
                new SetupProblem(SetupProblemKind.ManagerNotInTeam, "lss-ekbacken", "LSS Ekbacken", "mats", "Mats Jansson"),
                new SetupProblem(SetupProblemKind.StaffNotInTeam, "lss-ekbacken", "LSS Ekbacken", "sara", "Sara Ahmadi"),
            ],
            Setup.Problems(organisation, [now, IfoTeam]));
        Assert.Contains(new SetupProblem(SetupProblemKind.ChannelNotRecorded, "hemtjanst-norra", "Hemtjänst Norra"), Setup.Problems(organisation, [IfoTeam]));
        Assert.Equal(
            [(SetupProblemKind.TeamNotReachable, "hemtjanst-norra"), (SetupProblemKind.NoManager, "hemtjanst-sodra"), (SetupProblemKind.NoChannel, "hemtjanst-sodra"), (SetupProblemKind.TeamNotReachable, "lss-ekbacken")],
            Setup.Problems(organisation, [now.MarkedGone(TeamGoneReason.AppRemoved, Now), IfoTeam]).Select(p => (p.Kind, p.UnitId)));
    }

    [Fact]
    public void Who_of_the_teams_is_not_yet_in_the_organisation_is_listed_once_by_name() =>
        Assert.Equal(["Eva Sundberg", "Fatima Hassan", "Karin Holm", "Oskar Nilsson", "Sara Ahmadi"], Setup.NotInOrganisation(SetUp(), [Vard, IfoTeam, Vard]).Select(m => m.Name));

    [Fact]
    public void Asking_for_what_already_is_keeps_no_history()
    {
        var organisation = SetUp();

        Assert.False(Setup.LinkChannel(organisation, Johan, Teams, "hemtjanst-norra", Norra, Now).Changed);
        Assert.False(Setup.ChooseManager(organisation, Johan, Teams, "hemtjanst-norra", "anna", Now).Changed);
        Assert.False(Setup.RenameUnit(organisation, Johan, "hemtjanst-norra", "Hemtjänst Norra", Now).Changed);
    }

    [Fact]
    public void An_administrator_changes_their_own_tenant_only() =>
        Assert.Throws<ArgumentException>(() => Setup.AddUnit(SetUp(), Johan with { Tenant = new TenantId("99999999-2222-3333-4444-555555555555") }, "X", Now));
}
