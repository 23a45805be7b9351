using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Storage;

/// <summary>
/// The organisation changed by administrators and by Teams, against a real Azurite: two changes at once never undo each
/// other, a change too large for one transaction is saved whole with its history, the history reads newest first.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OrganisationChangeStorageTests(AzuriteFixture azurite)
{
    private const string TeamId = "19:vard@thread.tacv2";
    private const string Norra = "19:norra@thread.tacv2";
    private static readonly TenantId Tenant = new("e0000000-0000-4000-8000-00000000000e");
    private static readonly Administrator Johan = new(Tenant, "johan", "Johan Ek");
    private static readonly Administrator Lena = new(Tenant, "lena", "Lena Ek");
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly TableStore _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = "o" + Guid.NewGuid().ToString("N")[..10],
    }));

    private OrganisationRepository Organisations => new(_tables);

    private static TeamRoster Team(int members) => new(
        TeamId,
        "Vård och omsorg",
        [new RosterChannel(TeamId, ""), new RosterChannel(Norra, "Hemtjänst Norra")],
        Enumerable.Range(1, members).Select(n => new RosterMember($"aad-{n:D3}", $"Person {n:D3}", $"p{n}@kommun.se", TeamRole.Member)).ToList(),
        Now);

    private async Task<Organisation> WithUnitAsync(TeamRoster team)
    {
        var organisations = Organisations;
        await organisations.ChangeAsync(Tenant, o => Setup.NameOrganisation(o, Johan, "Sjöbacka kommun", Now), CancellationToken.None);
        await organisations.ChangeAsync(Tenant, o => Setup.AddUnit(o, Johan, "Hemtjänst Norra", Now), CancellationToken.None);
        return (await organisations.ChangeAsync(Tenant, o => Setup.LinkChannel(o, Johan, [team], "hemtjanst-norra", Norra, Now), CancellationToken.None)).Organisation;
    }

    [Fact]
    public async Task Two_administrators_at_once_never_undo_each_other()
    {
        await WithUnitAsync(Team(3));
        var bothRead = new Barrier(2);

        // Both read the same organisation and decide before either writes; the one who writes second is refused by the
        // ETag, reads again and decides again on what the first left.
        Func<Organisation?, OrganisationChanged> Adding(Administrator who, string unit)
        {
            var first = true;
            return organisation =>
            {
                if (first)
                {
                    first = false;
                    bothRead.SignalAndWait(TimeSpan.FromSeconds(10));
                }

                return Setup.AddUnit(organisation, who, unit, Now);
            };
        }

        await Task.WhenAll(
            Task.Run(() => Organisations.ChangeAsync(Tenant, Adding(Johan, "LSS Ekbacken"), CancellationToken.None)),
            Task.Run(() => Organisations.ChangeAsync(Tenant, Adding(Lena, "Barn och unga"), CancellationToken.None)));

        var stored = await Organisations.FindAsync(Tenant, CancellationToken.None);
        Assert.Equal(["barn-och-unga", "hemtjanst-norra", "lss-ekbacken"], stored!.Units.Select(u => u.Id).Order());
        var history = await Organisations.HistoryAsync(Tenant, 10, null, CancellationToken.None);
        Assert.Equal(["Johan Ek", "Lena Ek"], history.Entries.Where(e => e.Kind == HistoryKind.UnitAdded && e.UnitId != "hemtjanst-norra").Select(e => e.By.Name).Order());
    }

    [Fact]
    public async Task A_substitute_named_meanwhile_is_not_undone_by_an_administrators_change_of_the_same_unit()
    {
        var team = Team(3);
        await WithUnitAsync(team);
        await Organisations.ChangeAsync(Tenant, o => Setup.ChooseManager(o, Johan, [team], "hemtjanst-norra", "aad-001", Now), CancellationToken.None);
        await Organisations.ChangeAsync(Tenant, o => Setup.ImportStaff(o, Johan, [team], "hemtjanst-norra", ["aad-002"], Now).Change, CancellationToken.None);
        var first = true;

        await Organisations.ChangeAsync(
            Tenant,
            organisation =>
            {
                if (first)
                {
                    // The manager names a substitute after the administrator read the organisation.
                    first = false;
                    Organisations.ChangeUnitAsync(
                        Tenant, "hemtjanst-norra",
                        (o, unit) => Substitutes.Name(o, o.FindPerson("aad-001")!, unit, "aad-002", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5), Now),
                        CancellationToken.None).GetAwaiter().GetResult();
                }

                return Setup.RenameUnit(organisation, Johan, "hemtjanst-norra", "Hemtjänst Norr", Now);
            },
            CancellationToken.None);

        var unit = (await Organisations.FindAsync(Tenant, CancellationToken.None))!.FindUnit("hemtjanst-norra")!;
        Assert.Equal(("Hemtjänst Norr", "aad-002"), (unit.Name, unit.Substitute?.PersonId));
        Assert.Single(await Organisations.HistoryOfUnitAsync(Tenant, "hemtjanst-norra", CancellationToken.None));
        var history = await Organisations.HistoryAsync(Tenant, 2, null, CancellationToken.None);
        Assert.Equal([HistoryKind.UnitRenamed, HistoryKind.SubstituteNamed], history.Entries.Select(e => e.Kind));
    }

    [Fact]
    public async Task An_import_larger_than_one_transaction_is_saved_whole_with_an_entry_for_each_person()
    {
        var team = Team(150);
        await WithUnitAsync(team);
        var versionBefore = await Organisations.VersionAsync(Tenant, CancellationToken.None);

        var import = await Organisations.ChangeAsync(
            Tenant, o => Setup.ImportStaff(o, Johan, [team], "hemtjanst-norra", team.Members.Select(m => m.AadObjectId).ToList(), Now).Change, CancellationToken.None);

        Assert.Equal(150, import.History.Count);
        var stored = await Organisations.FindAsync(Tenant, CancellationToken.None);
        Assert.Equal(150, stored!.MembersOf("hemtjanst-norra").Count());
        Assert.Equal("p77@kommun.se", stored.FindPerson("aad-077")!.Email);
        Assert.NotEqual(versionBefore, await Organisations.VersionAsync(Tenant, CancellationToken.None));

        var entries = new List<HistoryEntry>();
        string? next = null;
        var pages = 0;
        do
        {
            Assert.True(++pages <= 10, "The history never came to an end");
            var page = await Organisations.HistoryAsync(Tenant, 40, next, CancellationToken.None);
            entries.AddRange(page.Entries);
            next = page.Next;
        }
        while (next is not null);

        Assert.Equal(150, entries.Count(e => e.Kind == HistoryKind.StaffAdded));
        Assert.Equal(team.Members.Select(m => m.Name).Order(), entries.Where(e => e.Kind == HistoryKind.StaffAdded).Select(e => e.PersonName).Order());

        // The organisation is free again: the next change goes through at once.
        var watch = Stopwatch.StartNew();
        await Organisations.ChangeAsync(Tenant, o => Setup.MovePerson(o, Johan, "aad-001", null, Now), CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"The next change waited {watch.Elapsed}");
    }

    [Fact]
    public async Task A_change_waits_while_another_is_being_written_in_parts()
    {
        await WithUnitAsync(Team(3));
        var table = await _tables.GetAsync(TableKeys.OrganisationTable, CancellationToken.None);
        await table.UpdateEntityAsync(
            new TableEntity(TableKeys.TenantPartition(Tenant.Value), TableKeys.OrganisationRow) { ["WritingUntil"] = DateTimeOffset.UtcNow.AddSeconds(1.5) },
            Azure.ETag.All, TableUpdateMode.Merge);

        var watch = Stopwatch.StartNew();
        await Organisations.ChangeAsync(Tenant, o => Setup.AddUnit(o, Johan, "LSS Ekbacken", Now), CancellationToken.None);

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.2), $"The change did not wait: {watch.Elapsed}");
    }

    [Fact]
    public async Task The_history_reads_newest_first_a_page_at_a_time_and_every_change_changes_the_version()
    {
        var team = Team(3);
        await WithUnitAsync(team);
        var versions = new List<string?> { await Organisations.VersionAsync(Tenant, CancellationToken.None) };
        for (var minute = 1; minute <= 3; minute++)
        {
            var at = Now.AddMinutes(minute);
            await Organisations.ChangeAsync(Tenant, o => Setup.AddUnit(o, Johan, $"Enhet {minute}", at), CancellationToken.None);
            versions.Add(await Organisations.VersionAsync(Tenant, CancellationToken.None));
        }

        Assert.Equal(versions.Count, versions.Distinct().Count());
        var first = await Organisations.HistoryAsync(Tenant, 2, null, CancellationToken.None);
        Assert.Equal(["enhet-3", "enhet-2"], first.Entries.Select(e => e.UnitId));
        var second = await Organisations.HistoryAsync(Tenant, 2, first.Next, CancellationToken.None);
        Assert.Equal(["enhet-1", null], second.Entries.Select(e => e.UnitId == "hemtjanst-norra" ? null : e.UnitId));
        var rest = await Organisations.HistoryAsync(Tenant, 10, second.Next, CancellationToken.None);
        Assert.Equal([HistoryKind.UnitAdded, HistoryKind.OrganisationNamed], rest.Entries.Select(e => e.Kind));
        Assert.Null(rest.Next);
        Assert.All(rest.Entries, e => Assert.Equal(("johan", "Johan Ek", TimeSpan.Zero), (e.By.PersonId, e.By.Name, e.At.Offset)));
    }

    [Fact]
    public async Task A_decision_that_changes_nothing_writes_nothing()
    {
        await WithUnitAsync(Team(3));
        var version = await Organisations.VersionAsync(Tenant, CancellationToken.None);

        await Organisations.ChangeAsync(Tenant, o => Setup.RenameUnit(o, Johan, "hemtjanst-norra", "Hemtjänst Norra", Now), CancellationToken.None);

        Assert.Equal(version, await Organisations.VersionAsync(Tenant, CancellationToken.None));
    }
}
