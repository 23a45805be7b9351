using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Integration.Tests.SelfChecks;

/// <summary>The self-check plans against a real Azurite: a unit's plan whole, a tenant's year at once, saves conditional on what was read.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SelfCheckPlanStorageTests(AzuriteFixture azurite)
{
    private readonly TableStore _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = "s" + Guid.NewGuid().ToString("N")[..10],
    }));

    private SelfCheckPlanRepository _plans => new(_tables);

    private static readonly TenantId Tenant = new("a0000000-0000-4000-8000-00000000000a");
    private static readonly TenantId Other = new("b0000000-0000-4000-8000-00000000000b");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static Organisation Org(TenantId tenant) => new(
        tenant,
        "Exempelby kommun",
        [new Unit("hemtjanst", "Hemtjänsten", "anna", null), new Unit("hemtjanst-norra", "Hemtjänst Norra", "nils", null)],
        [
            new Person("anna", "Anna Berg", Role.Enhetschef, "hemtjanst"),
            new Person("erik", "Erik Lund", Role.Medarbetare, "hemtjanst"),
            new Person("nils", "Nils Ek", Role.Enhetschef, "hemtjanst-norra"),
        ]);

    private static ControlPointDraft Draft(string what, ControlMethod method = ControlMethod.Checklista, int? sample = null, string? responsible = "erik") =>
        new(what, QualityPerspective.Processkvalitet, method, CheckFrequency.ValdaManader, [3, 9], responsible, "Instruktioner för " + what, sample);

    [Fact]
    public async Task A_plan_is_read_back_whole_with_its_points_in_order_and_its_history()
    {
        var org = Org(Tenant);
        var anna = org.FindPerson("anna")!;
        var plan = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        plan.Add("kp-b", Draft("Genomförandeplaner"), org, anna, Now);
        plan.Add("kp-a", Draft("Journalgranskning", ControlMethod.Aktgranskning, 10, responsible: null), org, anna, Now);
        await _plans.SaveAsync(plan, CancellationToken.None);
        Assert.NotNull(plan.Revision);

        plan.Change("kp-b", Draft("Genomförandeplaner är aktuella"), org, anna, Now.AddMinutes(1));
        plan.Add("kp-c", Draft("Larm"), org, anna, Now.AddMinutes(2));
        plan.Remove("kp-c", "Fel enhet", org, anna, Now.AddMinutes(3));
        await _plans.SaveAsync(plan, CancellationToken.None);

        var read = await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(["kp-b", "kp-a"], read.Points.Select(p => p.Id));
        var first = read.Points[0];
        Assert.Equal(("Genomförandeplaner är aktuella", CheckFrequency.ValdaManader, "erik", "Erik Lund", "Instruktioner för Genomförandeplaner är aktuella"),
            (first.What, first.Frequency, first.ResponsibleId, first.ResponsibleName, first.Instructions));
        Assert.Equal([3, 9], first.Months);
        Assert.Equal((ControlMethod.Aktgranskning, 10, (string?)null), (read.Points[1].Method, read.Points[1].SampleSize, read.Points[1].ResponsibleId));
        Assert.Equal(
            [SelfCheckPlanChangeKind.PointAdded, SelfCheckPlanChangeKind.PointAdded, SelfCheckPlanChangeKind.PointChanged, SelfCheckPlanChangeKind.PointAdded, SelfCheckPlanChangeKind.PointRemoved],
            read.History.Select(c => c.Kind));
        Assert.Equal(("Anna Berg", "kp-c", "Larm", "Fel enhet"), (read.History[4].PersonName, read.History[4].PointId, read.History[4].PointWhat, read.History[4].Detail));
        Assert.Contains("Genomförandeplaner", read.History[2].Detail);
        Assert.Equal(Now.AddMinutes(3), read.History[4].At);
    }

    [Fact]
    public async Task A_save_on_a_plan_read_before_someone_elses_save_is_refused_and_writes_nothing()
    {
        var org = Org(Tenant);
        var anna = org.FindPerson("anna")!;
        var plan = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        plan.Add("kp-1", Draft("Genomförandeplaner"), org, anna, Now);
        await _plans.SaveAsync(plan, CancellationToken.None);

        var mine = (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!;
        var theirs = (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!;
        theirs.Add("kp-2", Draft("Brukarundersökning"), org, anna, Now);
        await _plans.SaveAsync(theirs, CancellationToken.None);

        mine.Add("kp-3", Draft("Larm"), org, anna, Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _plans.SaveAsync(mine, CancellationToken.None));

        // A second new plan for the same unit and year is a conflict too, never an overwrite.
        var again = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        again.Add("kp-9", Draft("Annat"), org, anna, Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _plans.SaveAsync(again, CancellationToken.None));

        var read = (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!;
        Assert.Equal(["kp-1", "kp-2"], read.Points.Select(p => p.Id));
        Assert.Equal(2, read.History.Count);
    }

    [Fact]
    public async Task A_change_is_decided_again_on_the_fresh_plan_when_someone_saved_meanwhile()
    {
        var org = Org(Tenant);
        var anna = org.FindPerson("anna")!;
        var attempts = 0;

        var (plan, _) = await _plans.ChangeAsync(Tenant, "hemtjanst", 2027, p =>
        {
            if (attempts++ == 0)
            {
                // Someone else adds a point between this read and this save.
                var other = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
                other.Add("kp-other", Draft("Larm"), org, anna, Now);
                _plans.SaveAsync(other, CancellationToken.None).GetAwaiter().GetResult();
            }

            return p.Add("kp-mine", Draft("Genomförandeplaner"), org, anna, Now);
        }, CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.Equal(["kp-other", "kp-mine"], plan.Points.Select(p => p.Id));
        Assert.Equal(["kp-other", "kp-mine"], (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!.Points.Select(p => p.Id));
    }

    [Fact]
    public async Task An_offered_template_is_kept_per_tenant_and_offering_the_same_name_again_replaces_it_keeping_its_history()
    {
        var org = Org(Tenant);
        var johan = new Person("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
        var plan = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2026);
        plan.Add("kp-1", Draft("Genomförandeplaner"), org, org.FindPerson("anna")!, Now);
        var templates = new SelfCheckTemplateRepository(_tables);

        var first = await templates.OfferAsync(Tenant, offered => SelfCheckTemplate.Offer("t-1", "Hemtjänstens plan", plan, org.FindUnit("hemtjanst")!, johan, Now, offered), CancellationToken.None);
        plan.Add("kp-2", Draft("Larm"), org, org.FindPerson("anna")!, Now);
        var second = await templates.OfferAsync(Tenant, offered => SelfCheckTemplate.Offer("t-2", "hemtjänstens plan ", plan, org.FindUnit("hemtjanst")!, johan, Now.AddDays(1), offered), CancellationToken.None);

        var listed = Assert.Single(await templates.ListAsync(Tenant, CancellationToken.None));
        Assert.Equal(("t-1", "hemtjänstens plan"), (second.Id, listed.Name));
        Assert.Equal(["Genomförandeplaner", "Larm"], listed.Points.Select(p => p.What));
        Assert.All(listed.Points, p => Assert.Null(p.ResponsibleId));
        Assert.Equal([Now, Now.AddDays(1)], listed.Offers!.Select(o => o.At));
        Assert.Equal(("Johan Ek", "Hemtjänsten", 2026, 1), (listed.Offers![0].PersonName, listed.Offers[0].UnitName, listed.Offers[0].Year, listed.Offers[0].PointCount));
        Assert.False(listed.IsBuiltIn);
        Assert.Equal("t-1", first.Id);
        Assert.Empty(await templates.ListAsync(Other, CancellationToken.None));
    }

    [Fact]
    public async Task The_year_lists_every_units_plan_apart_and_no_other_year_or_tenant()
    {
        var org = Org(Tenant);
        var hemtjanst = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        hemtjanst.Add("kp-1", Draft("Genomförandeplaner"), org, org.FindPerson("anna")!, Now);
        var norra = SelfCheckPlan.Empty(Tenant, "hemtjanst-norra", 2027);
        norra.Add("kp-1", Draft("Larm", responsible: null), org, org.FindPerson("nils")!, Now);
        norra.Add("kp-2", Draft("Brukarundersökning", responsible: null), org, org.FindPerson("nils")!, Now);
        var earlier = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2026);
        earlier.Add("kp-0", Draft("Förra året"), org, org.FindPerson("anna")!, Now);
        var otherOrg = Org(Other);
        var otherTenant = SelfCheckPlan.Empty(Other, "hemtjanst", 2027);
        otherTenant.Add("kp-x", Draft("Annan kommun"), otherOrg, otherOrg.FindPerson("anna")!, Now);
        foreach (var plan in new[] { hemtjanst, norra, earlier, otherTenant })
        {
            await _plans.SaveAsync(plan, CancellationToken.None);
        }

        var year = await _plans.ListYearAsync(Tenant, 2027, CancellationToken.None);

        Assert.Equal(["hemtjanst", "hemtjanst-norra"], year.Select(p => p.UnitId));
        Assert.Equal(["Genomförandeplaner"], year[0].Points.Select(p => p.What));
        Assert.Equal(["Larm", "Brukarundersökning"], year[1].Points.Select(p => p.What));

        // "hemtjanst" is a prefix of "hemtjanst-norra": its plan alone is read.
        Assert.Equal(["kp-1"], (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!.Points.Select(p => p.Id));
        Assert.Null(await _plans.FindAsync(Other, "hemtjanst-norra", 2027, CancellationToken.None));
        Assert.Empty(await _plans.ListYearAsync(Tenant, 2028, CancellationToken.None));
    }

    [Fact]
    public async Task The_years_points_read_at_once_are_the_plans_points_after_a_point_is_added_one_removed_and_one_changed()
    {
        var org = Org(Tenant);
        var anna = org.FindPerson("anna")!;
        var nils = org.FindPerson("nils")!;
        var plan = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        plan.Add("kp-b", Draft("Genomförandeplaner"), org, anna, Now);
        plan.Add("kp-a", Draft("Journalgranskning", ControlMethod.Aktgranskning, 10, responsible: null), org, anna, Now);
        plan.Add("kp-c", Draft("Larm"), org, anna, Now);
        await _plans.SaveAsync(plan, CancellationToken.None);
        var norra = SelfCheckPlan.Empty(Tenant, "hemtjanst-norra", 2027);
        norra.Add("kp-1", Draft("Brukarundersökning", responsible: null), org, nils, Now);
        await _plans.SaveAsync(norra, CancellationToken.None);

        plan.Add("kp-d", Draft("Läkemedelshantering"), org, anna, Now.AddMinutes(1));
        plan.Remove("kp-c", "Fel enhet", org, anna, Now.AddMinutes(2));
        plan.Change("kp-a", Draft("Journalgranskning, social dokumentation", ControlMethod.Aktgranskning, 20, responsible: null) with { Months = [4, 10] }, org, anna, Now.AddMinutes(3));
        await _plans.SaveAsync(plan, CancellationToken.None);

        var whole = (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!;
        var year = await _plans.PointsOfYearAsync(Tenant, 2027, null, CancellationToken.None);
        var unit = await _plans.PointsOfYearAsync(Tenant, 2027, "hemtjanst", CancellationToken.None);

        Assert.Equal(["hemtjanst", "hemtjanst-norra"], year.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["kp-b", "kp-a", "kp-d"], year["hemtjanst"].Select(p => p.Id));
        Assert.Equal(Describe(whole.Points), Describe(year["hemtjanst"]));
        Assert.Equal(Describe(whole.Points), Describe(Assert.Single(unit).Value));
        var changed = year["hemtjanst"][1];
        Assert.Equal(("Journalgranskning, social dokumentation", 20, true), (changed.What, changed.SampleSize, changed.IsSampleCheck));
        Assert.Equal([4, 10], changed.Months);
        Assert.Equal(["Brukarundersökning"], year["hemtjanst-norra"].Select(p => p.What));
        Assert.Empty(await _plans.PointsOfYearAsync(Other, 2027, null, CancellationToken.None));
        Assert.Empty(await _plans.PointsOfYearAsync(Tenant, 2027, "hemtjanst-sodra", CancellationToken.None));
    }

    [Fact]
    public async Task A_plan_saved_before_its_head_row_kept_a_copy_of_its_points_still_reads_its_points()
    {
        var org = Org(Tenant);
        var anna = org.FindPerson("anna")!;
        var old = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        old.Add("kp-b", Draft("Genomförandeplaner"), org, anna, Now);
        old.Add("kp-a", Draft("Journalgranskning", ControlMethod.Aktgranskning, 10, responsible: null), org, anna, Now);
        await _plans.SaveAsync(old, CancellationToken.None);
        var current = SelfCheckPlan.Empty(Tenant, "hemtjanst-norra", 2027);
        current.Add("kp-1", Draft("Larm", responsible: null), org, org.FindPerson("nils")!, Now);
        await _plans.SaveAsync(current, CancellationToken.None);
        await WithoutCopyAsync("hemtjanst", 2027);

        var year = await _plans.PointsOfYearAsync(Tenant, 2027, null, CancellationToken.None);
        var unit = await _plans.PointsOfYearAsync(Tenant, 2027, "hemtjanst", CancellationToken.None);

        Assert.Equal(["kp-b", "kp-a"], year["hemtjanst"].Select(p => p.Id));
        Assert.Equal(Describe(old.Points), Describe(year["hemtjanst"]));
        Assert.Equal(Describe(old.Points), Describe(unit["hemtjanst"]));
        Assert.Equal(["Larm"], year["hemtjanst-norra"].Select(p => p.What));

        // Saved again, the plan keeps the copy once more and reads the same.
        var read = (await _plans.FindAsync(Tenant, "hemtjanst", 2027, CancellationToken.None))!;
        read.Add("kp-c", Draft("Larm"), org, anna, Now.AddMinutes(1));
        await _plans.SaveAsync(read, CancellationToken.None);
        Assert.Equal(["kp-b", "kp-a", "kp-c"], (await _plans.PointsOfYearAsync(Tenant, 2027, null, CancellationToken.None))["hemtjanst"].Select(p => p.Id));
    }

    [Fact]
    public async Task A_plan_of_the_most_points_with_the_longest_texts_saves_and_reads_its_points_at_once()
    {
        var org = Org(Tenant);
        var anna = org.FindPerson("anna")!;
        var longest = string.Concat(Enumerable.Repeat("Genomförandeplanen är aktuell. ", 200))[..Domain.Rules.FreeText.LongestText];
        var draft = new ControlPointDraft(longest, QualityPerspective.Processkvalitet, ControlMethod.Aktgranskning, CheckFrequency.ValdaManader,
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "erik", longest, SelfCheckPlan.LargestSample);
        var plan = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2027);
        for (var i = 0; i < SelfCheckPlan.MostPoints; i++)
        {
            plan.Add($"kp-{i:00}", draft, org, anna, Now);
            if (i is 19 or 39 or 48 or 59 or 79)
            {
                // A save is one transaction of at most 100 rows: a point and its history row each.
                await _plans.SaveAsync(plan, CancellationToken.None);
                var year = await _plans.PointsOfYearAsync(Tenant, 2027, null, CancellationToken.None);
                Assert.Equal(plan.Points.Select(p => p.Id), year["hemtjanst"].Select(p => p.Id));
                Assert.All(year["hemtjanst"], p => Assert.Equal((longest, longest), (p.What, p.Instructions)));
                if (i == 48)
                {
                    // 49 points of the longest texts still fit their head row: the copy is what is read.
                    Assert.NotNull(await CopyPartsAsync("hemtjanst", 2027));
                }
            }
        }

        // 80 such points do not fit one row (1 MiB): the plan saved all the same, and its points are read from their rows.
        Assert.Null(await CopyPartsAsync("hemtjanst", 2027));
        Assert.Equal(SelfCheckPlan.MostPoints, (await _plans.PointsOfYearAsync(Tenant, 2027, "hemtjanst", CancellationToken.None))["hemtjanst"].Count);
    }

    private static List<string> Describe(IEnumerable<ControlPoint> points) =>
        points.Select(p => $"{p.Id}|{p.What}|{p.Perspective}|{p.Method}|{p.Frequency}|{string.Join(",", p.Months)}|{p.ResponsibleId}|{p.ResponsibleName}|{p.Instructions}|{p.SampleSize}").ToList();

    /// <summary>How many parts the head row's copy of the points has; null when it keeps none.</summary>
    private async Task<int?> CopyPartsAsync(string unitId, int year)
    {
        var table = await _tables.GetAsync(TableKeys.SelfCheckPlansTable, CancellationToken.None);
        var head = await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(TableKeys.SelfCheckYearPartition(Tenant.Value, year), TableKeys.SelfCheckPlanRow(unitId));
        return head.Value.GetInt32("PointsParts");
    }

    /// <summary>Makes the unit's head row as a save before the copy was kept wrote it: the points' order, no copy.</summary>
    private async Task WithoutCopyAsync(string unitId, int year)
    {
        var table = await _tables.GetAsync(TableKeys.SelfCheckPlansTable, CancellationToken.None);
        var head = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(TableKeys.SelfCheckYearPartition(Tenant.Value, year), TableKeys.SelfCheckPlanRow(unitId))).Value;
        foreach (var name in head.Keys.Where(k => k.StartsWith("Points", StringComparison.Ordinal)).ToList())
        {
            head.Remove(name);
        }

        Assert.True(head.ContainsKey("PointOrder"));
        await table.UpdateEntityAsync(head, head.ETag, Azure.Data.Tables.TableUpdateMode.Replace);
        Assert.Null(await CopyPartsAsync(unitId, year));
    }
}
