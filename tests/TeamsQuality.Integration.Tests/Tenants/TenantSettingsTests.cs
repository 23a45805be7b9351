using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Tenants;

/// <summary>
/// Two tenants served by one process, each with the operator's own settings (Tenants:&lt;id&gt;:…) over the global
/// defaults: A keeps the defaults, B's staff work until 20:00, its wheel is Nordmaling's house and its reports are
/// reminded of every other hour.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TenantSettingsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string A = "a1000000-0000-4000-8000-0000000000a1";
    private const string B = "b1000000-0000-4000-8000-0000000000b1";

    private DemoTeams _demo = null!;

    public async Task InitializeAsync() =>
        // Monday 23 November 2026, 18:00 Swedish time: after A's working day, within B's.
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 18, 0), new Dictionary<string, string?>
        {
            [$"Tenants:{A}:Enabled"] = "true",
            [$"Tenants:{B}:Enabled"] = "true",
            [$"Tenants:{B}:WorkdayStarts"] = "07:00",
            [$"Tenants:{B}:WorkdayEnds"] = "20:00",
            [$"Tenants:{B}:WheelTemplate"] = WheelTemplates.NordmalingId,
            [$"Tenants:{B}:AssessmentReminderInterval"] = "02:00:00",
            ["Deviations:IvoReminderInterval"] = "12:00:00",
            ["Outbox:SendImmediately"] = "false",
        });

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_notice_after_As_working_day_waits_for_its_next_morning_while_Bs_goes_at_once()
    {
        foreach (var tenant in new[] { A, B })
        {
            await KnowChatAsync(tenant);
            var outbox = _demo.Services.GetRequiredService<Outbox>();
            await outbox.SendToPersonAsync(new TenantId(tenant), Manager(tenant), "settings-test-" + tenant, NoticeKind.StopNudge, _ => Card(tenant), CancellationToken.None);
        }

        await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        Assert.Single(CardsTo(B));
        Assert.Empty(CardsTo(A));

        // Tuesday 07:30: within B's day, still before A's.
        _demo.Clock.Now = ManualClock.Swedish(2026, 11, 24, 7, 30);
        await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        Assert.Empty(CardsTo(A));

        _demo.Clock.Now = ManualClock.Swedish(2026, 11, 24, 8, 0);
        await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        Assert.Single(CardsTo(A));
        Assert.Single(CardsTo(B));
    }

    [Fact]
    public async Task A_new_organisation_starts_with_its_tenants_wheel_template()
    {
        foreach (var tenant in new[] { A, B })
        {
            await _demo.Services.GetRequiredService<TenantRegistry>().EnsureAsync(tenant, CancellationToken.None);
            await _demo.Services.GetRequiredService<OrganisationRepository>().CreateAsync(
                new Organisation(new TenantId(tenant), "Kommun " + tenant[..2], [new Unit("enheten", "Enheten", Manager(tenant), null)], [new Person(Manager(tenant), "Chefen", Role.Enhetschef, "enheten")]),
                CancellationToken.None);
        }

        await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));

        var wheels = _demo.Services.GetRequiredService<WheelRepository>();
        var stops = _demo.Services.GetRequiredService<LearningStopRepository>();
        var today = new DateOnly(2026, 11, 23);
        // Vetlanda's unit holds 8 of the ten stops: 7 and 8 are the manager group's, held once for the administration.
        foreach (var (tenant, template, count) in new[] { (A, WheelTemplates.VetlandaId, 8), (B, WheelTemplates.NordmalingId, 6) })
        {
            var wheel = (await wheels.FindAsync(new TenantId(tenant), CancellationToken.None))!;
            Assert.Equal(template, wheel.Versions[0].TemplateId);
            Assert.Equal(count, (await stops.ListYearAsync(new TenantId(tenant), "enheten", wheel.YearOf(today), CancellationToken.None)).Count);
        }
    }

    [Fact]
    public void The_reminder_intervals_are_the_tenants_own_where_given_and_the_global_ones_otherwise()
    {
        var tenants = _demo.Services.GetRequiredService<TenantPolicies>();
        var a = tenants.For(new TenantId(A));
        var b = tenants.For(new TenantId(B));

        Assert.Equal((TimeSpan.FromDays(1), TimeSpan.FromDays(2)), (a.AssessmentReminders.Interval, a.AssessmentReminders.EscalateAfter));
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromDays(2)), (b.AssessmentReminders.Interval, b.AssessmentReminders.EscalateAfter));
        // Deviations:IvoReminderInterval, the global setting, holds for both.
        Assert.Equal(TimeSpan.FromHours(12), a.IvoReminders.Interval);
        Assert.Equal(TimeSpan.FromHours(12), b.IvoReminders.Interval);
        Assert.False(tenants.IsEnabled("c1000000-0000-4000-8000-0000000000c1"));
    }

    private static string Manager(string tenant) => tenant[..2] + "-manager";

    private static AdaptiveCard Card(string tenant) => new() { Body = [new TextBlock("Påminnelse till " + tenant)] };

    private List<RecordedCall> CardsTo(string tenant) =>
        _demo.Teams.Calls.Where(c => c.Path == $"/v3/conversations/a:personal-{Manager(tenant)}/activities" && c.Card is not null).ToList();

    private Task KnowChatAsync(string tenant) =>
        _demo.Services.GetRequiredService<IConversationReferenceStore>().RememberAsync(
            new ConversationReference
            {
                TenantId = tenant,
                ServiceUrl = _demo.Teams.ServiceUrl,
                ConversationId = "a:personal-" + Manager(tenant),
                ConversationType = "personal",
                AadObjectId = Manager(tenant),
                Locale = "sv-SE",
                LastSeen = _demo.Clock.GetUtcNow(),
            },
            CancellationToken.None);
}
