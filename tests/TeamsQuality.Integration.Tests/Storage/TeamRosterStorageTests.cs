using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Storage;

/// <summary>The teams' rosters as Teams tells them, against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamRosterStorageTests(AzuriteFixture azurite)
{
    private const string Team = "19:hemtjanst@thread.tacv2";
    private static readonly TenantId Tenant = new("b0000000-0000-4000-8000-00000000000b");
    private static readonly TenantId OtherTenant = new("c0000000-0000-4000-8000-00000000000c");

    private readonly TeamRosterRepository _rosters = new(new TableStore(Options.Create(new StorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = "r" + Guid.NewGuid().ToString("N")[..10],
    })));

    private static TeamRoster Hemtjansten(params RosterMember[] members) => new(
        Team,
        "Hemtjänsten",
        [new RosterChannel(Team, ""), new RosterChannel("19:norr@thread.tacv2", "Norr"), new RosterChannel("19:ost@thread.tacv2", "Öst")],
        members,
        new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    private static readonly RosterMember Anna = new("aad-anna", "Anna Berg", "anna@sjobacka.se", TeamRole.Owner);
    private static readonly RosterMember Bo = new("aad-bo", "Bo Ek", "bo@sjobacka.se", TeamRole.Member);

    [Fact]
    public async Task A_roster_is_read_back_whole_with_the_channels_in_Teams_order()
    {
        await _rosters.SaveAsync(Tenant, Hemtjansten(Anna, Bo), CancellationToken.None);

        var stored = await _rosters.FindAsync(Tenant, Team, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal("Hemtjänsten", stored.Name);
        Assert.Equal(["", "Norr", "Öst"], stored.Channels.Select(c => c.Name));
        Assert.Equal([Anna, Bo], stored.Members);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero), stored.LearnedAt);
    }

    [Fact]
    public async Task A_re_sync_removes_who_and_what_Teams_no_longer_has()
    {
        await _rosters.SaveAsync(Tenant, Hemtjansten(Anna, Bo), CancellationToken.None);

        await _rosters.SaveAsync(Tenant, Hemtjansten(Anna).WithoutChannel("19:ost@thread.tacv2"), CancellationToken.None);

        var stored = await _rosters.FindAsync(Tenant, Team, CancellationToken.None);
        Assert.False(stored!.HasMember("aad-bo"));
        Assert.Equal(["", "Norr"], stored.Channels.Select(c => c.Name));
    }

    [Fact]
    public async Task Each_event_changes_one_row_and_a_renamed_channel_keeps_its_place()
    {
        await _rosters.SaveAsync(Tenant, Hemtjansten(Anna), CancellationToken.None);

        await _rosters.PutChannelAsync(Tenant, Team, new RosterChannel("19:norr@thread.tacv2", "Norra"), CancellationToken.None);
        await _rosters.PutMemberAsync(Tenant, Team, Bo, CancellationToken.None);
        await _rosters.RemoveMemberAsync(Tenant, Team, "AAD-ANNA", CancellationToken.None);
        await _rosters.RemoveChannelAsync(Tenant, Team, "19:ost@thread.tacv2", CancellationToken.None);
        await _rosters.RemoveMemberAsync(Tenant, Team, "aad-nobody", CancellationToken.None);

        var stored = await _rosters.FindAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal(["", "Norra"], stored!.Channels.Select(c => c.Name));
        Assert.Equal([Bo], stored.Members);
    }

    [Fact]
    public async Task A_tenant_s_teams_are_listed_and_never_seen_from_another_tenant()
    {
        await _rosters.SaveAsync(Tenant, Hemtjansten(Anna), CancellationToken.None);
        await _rosters.SaveAsync(Tenant, new TeamRoster("19:ledning@thread.tacv2", "Ledningen", [new RosterChannel("19:ledning@thread.tacv2", "")], [Bo], DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(["Hemtjänsten", "Ledningen"], (await _rosters.ListAsync(Tenant, CancellationToken.None)).Select(t => t.Name).Order());
        Assert.Empty(await _rosters.ListAsync(OtherTenant, CancellationToken.None));
        Assert.Null(await _rosters.FindAsync(OtherTenant, Team, CancellationToken.None));
    }
}
