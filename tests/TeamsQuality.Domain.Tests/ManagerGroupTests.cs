using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests;

/// <summary>
/// The manager group (chefsgruppen): who is in it, where it holds its stops, and that it holds the wheel's Chefsgrupp
/// stops once, with the deputy director leading, the unit managers taking part and staff kept out.
/// </summary>
public sealed class ManagerGroupTests
{
    private static readonly TenantId Tenant = new("tenant-1");
    private static readonly DateTimeOffset Now = new(2027, 8, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Administrator Johan = new(Tenant, "johan", "Johan Ek");
    private const string TeamId = "19:team@thread.tacv2";
    private const string NorraChannel = "19:norra@thread.tacv2";
    private const string GroupChannel = "19:chefer@thread.tacv2";

    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "norra");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "norra");
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");
    private static readonly Person Olle = new("olle", "Olle Ny", Role.Enhetschef, null);
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Person QualityDeveloper = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);

    private static readonly TeamRoster Team = new(
        TeamId, "Förvaltningen",
        [new RosterChannel(TeamId, ""), new RosterChannel(NorraChannel, "Hemtjänst Norra"), new RosterChannel(GroupChannel, "Chefsgruppen")],
        [new RosterMember("anna", "Anna Berg", null, TeamRole.Owner)],
        Now);

    private static Organisation Sjobacka(UnitChannel? groupChannel = null) => new(
        Tenant,
        "Sjöbacka",
        [new Unit("norra", "Hemtjänst Norra", "anna", new UnitChannel(TeamId, NorraChannel, "Hemtjänst Norra")), new Unit("ifo", "IFO", "karin", null)],
        [Anna, Erik, Karin, Olle, Eva, QualityDeveloper],
        groupChannel);

    private static Refusal RefusedWith(Action change) => Assert.Single(Assert.Throws<RuleException>(change).Refusals);

    private static LearningStop GroupStop(int number = 7) =>
        LearningStop.Plan(new StopKey(Tenant, ManagerGroup.Id, 2027, number), WheelTemplates.Vetlanda.Stop(number)!, startMonth: 11);

    [Fact]
    public void The_group_is_the_deputy_director_leading_every_manager_of_a_unit_and_never_a_unit()
    {
        var organisation = Sjobacka();
        var group = organisation.ManagerGroup;

        Assert.Equal(["Eva Sundberg"], group.Leaders.Select(p => p.Name));
        Assert.Equal(["Anna Berg", "Karin Holm"], group.Managers.Select(p => p.Name));
        Assert.False(ManagerGroup.Includes(Olle)); // an enhetschef in no unit
        Assert.False(ManagerGroup.Includes(Erik));
        Assert.False(ManagerGroup.Includes(QualityDeveloper));

        // Not a unit: not among the units, not in any unit picker, not found as one.
        Assert.DoesNotContain(organisation.Units, u => u.Id == ManagerGroup.Id);
        Assert.DoesNotContain(organisation.UnitsVisibleTo(Eva), u => u.Id == ManagerGroup.Id);
        Assert.Null(organisation.FindUnit(ManagerGroup.Id));
        Assert.Equal(ManagerGroup.Name, organisation.FindStopHolder(ManagerGroup.Id)!.Name);
        Assert.Equal(["Eva Sundberg", "Anna Berg", "Karin Holm"], organisation.MembersOf(ManagerGroup.Id).Select(p => p.Name));
    }

    [Fact]
    public void No_unit_id_can_be_the_group_id()
    {
        Assert.NotEqual(ManagerGroup.Id, Setup.UnitIdFor("Chefsgruppen", []));
        Assert.NotEqual(ManagerGroup.Id, Setup.UnitIdFor("_chefsgruppen", []));
    }

    [Fact]
    public void The_administrator_links_the_group_to_a_channel_and_the_history_says_so()
    {
        var linked = Setup.LinkManagerGroupChannel(Sjobacka(), Johan, [Team], GroupChannel, Now);

        Assert.Equal(GroupChannel, linked.Organisation.ManagerGroupChannel!.ChannelId);
        Assert.Equal(GroupChannel, linked.Organisation.FindStopHolder(ManagerGroup.Id)!.Channel!.ChannelId);
        var entry = Assert.Single(linked.History);
        Assert.Equal((HistoryKind.ManagerGroupChannelLinked, "Johan Ek", "Chefsgruppen"), (entry.Kind, entry.By.Name, entry.To));

        var unlinked = Setup.UnlinkManagerGroupChannel(linked.Organisation, Johan, Now);
        Assert.Null(unlinked.Organisation.ManagerGroupChannel);
        Assert.Equal((HistoryKind.ManagerGroupChannelUnlinked, "Chefsgruppen"), (unlinked.History[0].Kind, unlinked.History[0].From));
        Assert.False(Setup.UnlinkManagerGroupChannel(unlinked.Organisation, Johan, Now).Changed);
    }

    [Fact]
    public void A_channel_belongs_to_one_unit_or_the_group()
    {
        Assert.Equal(new Refusal(RefusalReason.ChannelTaken, Field.Channel, "Hemtjänst Norra"), RefusedWith(() => Setup.LinkManagerGroupChannel(Sjobacka(), Johan, [Team], NorraChannel, Now)));
        Assert.Equal(new Refusal(RefusalReason.NotRecorded, Field.Channel), RefusedWith(() => Setup.LinkManagerGroupChannel(Sjobacka(), Johan, [Team], "19:okand", Now)));
        Assert.Equal(new Refusal(RefusalReason.Required, Field.Channel), RefusedWith(() => Setup.LinkManagerGroupChannel(Sjobacka(), Johan, [Team], " ", Now)));

        var withGroup = Sjobacka(new UnitChannel(TeamId, GroupChannel, "Chefsgruppen"));
        Assert.Equal(new Refusal(RefusalReason.ChannelTaken, Field.Channel, ManagerGroup.Id), RefusedWith(() => Setup.LinkChannel(withGroup, Johan, [Team], "ifo", GroupChannel, Now)));
    }

    [Fact]
    public void The_group_holds_the_Chefsgrupp_stops_once_and_the_units_the_others()
    {
        var vetlanda = WheelTemplates.Vetlanda.Stops;

        Assert.Equal([7, 8], vetlanda.Where(s => ManagerGroup.HasOwn(ManagerGroup.Id, s)).Select(s => s.Number));
        Assert.Equal([1, 2, 3, 4, 5, 6, 9, 10], vetlanda.Where(s => ManagerGroup.HasOwn("norra", s)).Select(s => s.Number));
        Assert.DoesNotContain(WheelTemplates.Nordmaling.Stops, s => ManagerGroup.HasOwn(ManagerGroup.Id, s));
    }

    [Fact]
    public void A_unit_copy_of_a_group_stop_from_an_earlier_planning_is_never_nudged_the_group_stop_is()
    {
        var copy = LearningStop.Plan(new StopKey(Tenant, "norra", 2027, 7), WheelTemplates.Vetlanda.Stop(7)!, 11);
        var unitStop = LearningStop.Plan(new StopKey(Tenant, "norra", 2027, 6), WheelTemplates.Vetlanda.Stop(6)!, 11);

        Assert.True(copy.IsUnitCopyOfGroupStop);
        Assert.All(Enum.GetValues<StopEventKind>(), kind => Assert.False(StopNudges.StillWanted(kind, copy)));
        Assert.True(StopNudges.StillWanted(StopEventKind.Due, GroupStop()));
        Assert.True(StopNudges.StillWanted(StopEventKind.Due, unitStop));
    }

    [Fact]
    public void Managers_of_every_unit_and_the_deputy_director_take_part_and_staff_do_not()
    {
        var group = Sjobacka().ManagerGroup.AsHolder();
        var stop = GroupStop();

        stop.Contribute(Anna, group, AnalysisStep.Nulagesbeskrivning, "Vi ligger under riket på kontinuitet.", Now, "c1");
        stop.Contribute(Karin, group, AnalysisStep.Nulagesbeskrivning, "IFO:s handläggningstider har förbättrats.", Now, "c2");
        stop.Contribute(Eva, group, AnalysisStep.Orsaksanalys, "Vi jämför med liknande kommuner.", Now, "c3");

        Assert.Equal(3, stop.Contributions.Count);
        Assert.Equal(new Refusal(RefusalReason.NotInUnit), RefusedWith(() => stop.Contribute(Erik, group, AnalysisStep.Nulagesbeskrivning, "Jag vill också", Now, "c4")));
        Assert.Equal(new Refusal(RefusalReason.NotInUnit), RefusedWith(() => stop.Contribute(Olle, group, AnalysisStep.Nulagesbeskrivning, "Jag med", Now, "c5")));
        Assert.False(LearningStop.CanSee(Erik, group));
        Assert.True(LearningStop.CanSee(Karin, group));
        Assert.True(LearningStop.CanSee(QualityDeveloper, group)); // the quality developer reads the year's analysis
        Assert.False(stop.CanTakePart(QualityDeveloper, group));
    }

    [Fact]
    public void The_deputy_director_leads_documents_and_may_delegate_to_a_manager_as_a_unit_manager_does()
    {
        var group = Sjobacka().ManagerGroup.AsHolder();
        var stop = GroupStop(8);

        Assert.Equal(new Refusal(RefusalReason.NotManager), RefusedWith(() => stop.Start(Anna, group, Now)));
        stop.Start(Eva, group, Now);
        Assert.Equal(new Refusal(RefusalReason.NotDocumenter), RefusedWith(() => stop.WriteSummary(Karin, group, AnalysisStep.Nulagesbeskrivning, "Sammanfattning", 0, Now)));
        Assert.Equal(new Refusal(RefusalReason.NotInUnit, Field.Documenter), RefusedWith(() => stop.DelegateDocumentation(Eva, group, Erik, Now)));

        stop.DelegateDocumentation(Eva, group, Karin, Now);
        stop.WriteSummary(Karin, group, AnalysisStep.Nulagesbeskrivning, "Rekryteringsläget per enhet", 0, Now);
        stop.Propose(Anna, group, "Gemensam introduktion för nyanställda", null, null, Now, "p1");
        Assert.Equal(new Refusal(RefusalReason.NotInUnit, Field.ProposalOwner), RefusedWith(() => stop.Propose(Anna, group, "Erik håller i det", Erik, null, Now, "p2")));

        var actions = stop.Finish(Eva, group, needsAction: true, Trend.Oforandrad, null, Now, Eva);

        // What nobody else was named for is the deputy director's, in the manager group's plan.
        var action = Assert.Single(actions);
        Assert.Equal((ManagerGroup.Id, "eva", "Eva Sundberg"), (action.UnitId, action.OwnerId, action.OwnerName));
    }
}
