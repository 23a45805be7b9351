using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Tests;

/// <summary>Keeping a team's roster current from what Teams tells, event by event.</summary>
public sealed class TeamRosterTests
{
    private const string Team = "19:team@thread.tacv2";

    private static readonly TeamRoster Roster = new(
        Team,
        "Hemtjänsten",
        [new RosterChannel(Team, ""), new RosterChannel("19:norr@thread.tacv2", "Norr")],
        [new RosterMember("AAD-ANNA", "Anna Berg", "anna@x.se", TeamRole.Owner)],
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_member_removed_is_no_longer_in_the_team_and_the_id_is_matched_whatever_its_case()
    {
        Assert.True(Roster.HasMember("aad-anna"));

        Assert.False(Roster.WithoutMember("aad-anna").HasMember("AAD-ANNA"));
    }

    [Fact]
    public void A_member_told_again_is_replaced_not_doubled()
    {
        var again = Roster.WithMember(new RosterMember("aad-anna", "Anna Berg Ek", "anna@x.se", TeamRole.Member));

        var anna = Assert.Single(again.Members);
        Assert.Equal(("Anna Berg Ek", TeamRole.Member), (anna.Name, anna.Role));
    }

    [Fact]
    public void A_renamed_channel_keeps_its_place_and_a_new_one_comes_last()
    {
        var changed = Roster.WithChannel(new RosterChannel("19:norr@thread.tacv2", "Norra")).WithChannel(new RosterChannel("19:syd@thread.tacv2", "Syd"));

        Assert.Equal(["", "Norra", "Syd"], changed.Channels.Select(c => c.Name));
    }

    [Fact]
    public void The_general_channel_is_never_removed()
    {
        var changed = Roster.WithoutChannel(Team).WithoutChannel("19:norr@thread.tacv2");

        var general = Assert.Single(changed.Channels);
        Assert.True(general.IsGeneral(changed));
    }

    [Fact]
    public void A_team_gone_keeps_when_it_first_stopped_working_and_Teams_own_reason_over_a_later_refusal()
    {
        var archivedAt = DateTimeOffset.UnixEpoch.AddDays(1);

        var gone = Roster.MarkedGone(TeamGoneReason.TeamArchived, archivedAt)
            .MarkedGone(TeamGoneReason.NotFound, archivedAt.AddDays(1));

        Assert.False(gone.IsReachable);
        Assert.Equal(new TeamGone(TeamGoneReason.TeamArchived, archivedAt), gone.Gone);
        Assert.Equal(TeamGoneReason.TeamDeleted, gone.MarkedGone(TeamGoneReason.TeamDeleted, archivedAt.AddDays(2)).Gone!.Reason);
        Assert.Equal(Roster.Members, gone.Members);
    }
}
