using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>
/// The demo organisation is set up the way a real tenant is: the app added to Sjöbacka's team (the installation event
/// through the playground's channel, the roster from its stand-in over HTTP), then Johan Ek's setup through the use
/// cases the settings tab calls. It ends in the organisation the other tests start from, with Johan's history.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoOnboardingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_fresh_start_sets_up_Sjobacka_through_the_onboarding_as_Johan_Ek()
    {
        var requests = new ConcurrentQueue<string>();
        await using var bot = new BotApp(azurite, services: s => s.AddSingleton<IStartupFilter>(new RecordRequests(requests)));
        using var client = bot.Client(); // returns once the host has started, the seed included

        var organisations = bot.Services.GetRequiredService<OrganisationRepository>();
        var seeded = await organisations.FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        Assert.NotNull(seeded);
        var expected = DemoOrganisation.Create();
        Assert.Equal(expected.Name, seeded.Name);
        Assert.Equal(Units(expected), Units(seeded));
        Assert.Equal(People(expected), People(seeded));

        // The people came from Teams' roster, with the e-mail the directory has.
        Assert.Equal("anna.berg@sjobacka.se", seeded.FindPerson(DemoOrganisation.People.AnnaBerg)!.Email);

        // The roster was learned from the playground's stand-in over HTTP, after the installation event came in at
        // /api/messages: the team as the directory has it, with the two people who are not in the organisation.
        Assert.Contains(requests, r => r.StartsWith("POST /api/messages", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.StartsWith("GET /playground/v3/teams/", StringComparison.Ordinal) && r.EndsWith("/conversations", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.StartsWith("GET /playground/v3/conversations/", StringComparison.Ordinal) && r.EndsWith("/pagedmembers", StringComparison.Ordinal));
        var roster = await bot.Services.GetRequiredService<TeamRosterRepository>().FindAsync(DemoOrganisation.Tenant, DemoOrganisation.DemoTeamId, CancellationToken.None);
        Assert.Equal(12, roster!.Members.Count);
        Assert.True(roster.HasMember(DemoDirectory.NilsStrom));
        Assert.True(roster.HasMember(DemoDirectory.IngridDahl));
        Assert.Null(seeded.FindPerson(DemoDirectory.NilsStrom));
        Assert.Null(seeded.FindPerson(DemoDirectory.IngridDahl));

        // The history shows the setup, every step by Johan Ek.
        var history = await organisations.HistoryAsync(DemoOrganisation.Tenant, 200, null, CancellationToken.None);
        Assert.NotEmpty(history.Entries);
        Assert.All(history.Entries, e => Assert.Equal(new ChangedBy(DemoOrganisation.People.JohanEk, "Johan Ek"), e.By));
        Assert.Contains(history.Entries, e => e.Kind == HistoryKind.OrganisationNamed && e.To == DemoOrganisation.Name);
        Assert.Equal(3, history.Entries.Count(e => e.Kind == HistoryKind.ChannelLinked));

        // A few actions in the plans, in every status, each with its origin and cause, so "åtgärder" shows something.
        var plan = await bot.Services.GetRequiredService<TeamsQuality.Storage.Actions.ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        Assert.Equal(
            [TeamsQuality.Domain.Actions.ActionStatus.EjPaborjad, TeamsQuality.Domain.Actions.ActionStatus.Pagaende, TeamsQuality.Domain.Actions.ActionStatus.Genomford],
            plan.Select(a => a.Status).Distinct().Order());
        Assert.All(plan, a => Assert.False(string.IsNullOrWhiteSpace(a.Cause)));
    }

    [Fact]
    public async Task A_restart_keeps_what_was_changed_and_does_not_set_it_up_again()
    {
        string prefix;
        await using (var first = new BotApp(azurite))
        {
            first.Client().Dispose();
            prefix = first.TablePrefix;
        }

        // Meanwhile an administrator renamed a unit; the next start keeps it.
        await using var second = new BotApp(azurite, tablePrefix: prefix, settings: new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        second.Client().Dispose();
        var organisations = second.Services.GetRequiredService<OrganisationRepository>();
        await organisations.ChangeAsync(
            DemoOrganisation.Tenant,
            o => Setup.RenameUnit(o, new Administrator(DemoOrganisation.Tenant, DemoOrganisation.People.JohanEk, "Johan Ek"), DemoOrganisation.Units.Ekbacken, "Ekbacken", DateTimeOffset.UtcNow),
            CancellationToken.None);
        var before = (await organisations.HistoryAsync(DemoOrganisation.Tenant, 200, null, CancellationToken.None)).Entries.Count;

        await using var third = new BotApp(azurite, tablePrefix: prefix);
        third.Client().Dispose();
        var after = third.Services.GetRequiredService<OrganisationRepository>();
        Assert.Equal("Ekbacken", (await after.FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!.FindUnit(DemoOrganisation.Units.Ekbacken)!.Name);
        Assert.Equal(before, (await after.HistoryAsync(DemoOrganisation.Tenant, 200, null, CancellationToken.None)).Entries.Count);
    }

    [Fact]
    public async Task Without_the_playground_the_team_is_recorded_as_Teams_lists_it_and_Johan_sets_it_up_all_the_same()
    {
        await using var bot = new BotApp(azurite, new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Hangfire:ServerEnabled"] = "false" });
        bot.Client().Dispose();

        var organisations = bot.Services.GetRequiredService<OrganisationRepository>();
        var seeded = await organisations.FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        var expected = DemoOrganisation.Create();
        Assert.Equal(Units(expected), Units(seeded!));
        Assert.Equal(People(expected), People(seeded!));
        var history = await organisations.HistoryAsync(DemoOrganisation.Tenant, 200, null, CancellationToken.None);
        Assert.All(history.Entries, e => Assert.Equal("Johan Ek", e.By.Name));
    }

    private static List<string> Units(Organisation organisation) =>
        organisation.Units.Select(u => $"{u.Id}|{u.Name}|{u.ManagerId}|{u.Channel?.TeamId}|{u.Channel?.ChannelId}|{u.Channel?.ChannelName}").Order(StringComparer.Ordinal).ToList();

    private static List<string> People(Organisation organisation) =>
        organisation.People.Select(p => $"{p.Id}|{p.Name}|{p.Role}|{p.UnitId}").Order(StringComparer.Ordinal).ToList();

    /// <summary>Records every request the app takes (method, path), its own calls to the playground's stand-ins too.</summary>
    private sealed class RecordRequests(ConcurrentQueue<string> requests) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, go) =>
            {
                requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
                await go();
            });
            next(app);
        };
    }
}
