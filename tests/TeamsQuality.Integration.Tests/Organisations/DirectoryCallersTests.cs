using Azure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Organisations;

/// <summary>
/// Unit tests, no IO: the callers of <see cref="ITenantDirectory"/> (the administrator's hints, the activity feed beside
/// a notice) with Moq standing in for Microsoft Graph.
/// </summary>
public sealed class DirectoryCallersTests
{
    private static readonly TenantId Tenant = new("11111111-2222-4333-8444-555555555555");
    private static readonly Administrator Admin = new(Tenant, "admin", "Johan Ek");
    private static readonly DirectoryEntry Anna = new("anna", "Anna Berg", "anna@kommun.se", "Enhetschef", "Hemtjänst Norra");
    private static readonly DirectoryEntry Eva = new("eva", "Eva Sundberg", "eva@kommun.se", "Biträdande socialchef", null);
    private static readonly DirectoryEntry Erik = new("erik", "Erik Lund", null, "Undersköterska", "Hemtjänst Norra");

    private readonly Mock<ITenantDirectory> _directory = new(MockBehavior.Strict);

    [Fact]
    public async Task The_hints_for_a_person_are_their_job_title_department_and_manager()
    {
        _directory.Setup(d => d.FindPersonAsync(Tenant, "erik", It.IsAny<CancellationToken>())).ReturnsAsync(Erik);
        _directory.Setup(d => d.FindManagerAsync(Tenant, "erik", It.IsAny<CancellationToken>())).ReturnsAsync(Anna);

        var hints = await new HintsFromDirectory(_directory.Object).ForPersonAsync(Admin, "erik", CancellationToken.None);

        Assert.Equal((true, "Undersköterska", "Hemtjänst Norra", "Anna Berg"), (hints.InTenant, hints.Person?.JobTitle, hints.Person?.Department, hints.Manager?.Name));
        Assert.Null(hints.Problem);
    }

    [Fact]
    public async Task Someone_Entra_does_not_have_is_not_in_the_tenant_and_no_manager_is_asked_for()
    {
        _directory.Setup(d => d.FindPersonAsync(Tenant, "stranger", It.IsAny<CancellationToken>())).ReturnsAsync((DirectoryEntry?)null);

        var hints = await new HintsFromDirectory(_directory.Object).ForPersonAsync(Admin, "stranger", CancellationToken.None);

        Assert.False(hints.InTenant);
        Assert.Null(hints.Problem);
        _directory.Verify(d => d.FindManagerAsync(It.IsAny<TenantId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_missing_consent_is_a_problem_the_administrator_is_shown_with_the_permission_not_an_error()
    {
        _directory.Setup(d => d.FindPersonAsync(Tenant, "erik", It.IsAny<CancellationToken>()))
            .ThrowsAsync(DirectoryException.ConsentMissing(Tenant, DirectoryPermissions.UserReadAll));

        var hints = await new HintsFromDirectory(_directory.Object).ForPersonAsync(Admin, "erik", CancellationToken.None);

        Assert.Equal(new DirectoryProblem(DirectoryFailure.ConsentMissing, "User.Read.All", null), hints.Problem);
        Assert.False(hints.InTenant);
    }

    [Fact]
    public async Task The_proposed_manager_of_a_unit_is_the_one_most_of_its_people_report_to()
    {
        _directory.Setup(d => d.FindManagerAsync(Tenant, "erik", It.IsAny<CancellationToken>())).ReturnsAsync(Anna);
        _directory.Setup(d => d.FindManagerAsync(Tenant, "fatima", It.IsAny<CancellationToken>())).ReturnsAsync(Anna);
        _directory.Setup(d => d.FindManagerAsync(Tenant, "anna", It.IsAny<CancellationToken>())).ReturnsAsync(Eva);
        _directory.Setup(d => d.FindManagerAsync(Tenant, "nils", It.IsAny<CancellationToken>())).ReturnsAsync((DirectoryEntry?)null);

        var proposal = await new HintsFromDirectory(_directory.Object).ProposeManagerAsync(Admin, ["anna", "erik", "fatima", "nils", "ERIK"], CancellationToken.None);

        Assert.Equal(("anna", 2, 4), (proposal.Manager?.Id, proposal.ReportingToThem, proposal.Asked));
    }

    [Fact]
    public async Task Throttled_while_proposing_says_how_long_Graph_asked_to_wait()
    {
        _directory.Setup(d => d.FindManagerAsync(Tenant, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DirectoryException(DirectoryFailure.Throttled, "busy", retryAfter: TimeSpan.FromSeconds(30)));

        var proposal = await new HintsFromDirectory(_directory.Object).ProposeManagerAsync(Admin, ["erik"], CancellationToken.None);

        Assert.Null(proposal.Manager);
        Assert.Equal(new DirectoryProblem(DirectoryFailure.Throttled, null, TimeSpan.FromSeconds(30)), proposal.Problem);
    }

    [Theory]
    [InlineData("en-GB", "You have a new message from TeamsQuality.")]
    [InlineData("sv-SE", "Du har ett nytt meddelande från TeamsQuality.")]
    public async Task With_the_feed_on_for_the_tenant_a_nudge_also_puts_a_neutral_line_in_the_feed_in_the_persons_language(string locale, string line)
    {
        _directory.Setup(d => d.SendActivityAsync(Tenant, "anna", It.IsAny<ActivityFeedNotice>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await Feed(tenantFeed: true, globalFeed: false, locale).SentAsync(Tenant, Message("StopNudge"), Delivered, CancellationToken.None);

        _directory.Verify(d => d.SendActivityAsync(Tenant, "anna", new ActivityFeedNotice("TeamsQuality", line), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_tenants_own_setting_wins_over_the_global_one_and_channel_posts_and_status_notices_never_go_to_the_feed()
    {
        await Feed(tenantFeed: false, globalFeed: true).SentAsync(Tenant, Message("StopNudge"), Delivered, CancellationToken.None);
        await Feed(tenantFeed: null, globalFeed: true).SentAsync(Tenant, Message("StopDue", OutboxTarget.Channel("19:c")), Delivered, CancellationToken.None);
        await Feed(tenantFeed: null, globalFeed: true).SentAsync(Tenant, Message("ReportStatus"), Delivered, CancellationToken.None);

        _directory.VerifyNoOtherCalls(); // strict: any feed call would have failed
    }

    [Fact]
    public async Task A_feed_Graph_refuses_leaves_the_delivered_message_alone()
    {
        _directory.Setup(d => d.SendActivityAsync(Tenant, "anna", It.IsAny<ActivityFeedNotice>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(DirectoryException.ConsentMissing(Tenant, DirectoryPermissions.ActivitySend));

        await Feed(tenantFeed: null, globalFeed: true).SentAsync(Tenant, Message("ReportFiled"), Delivered, CancellationToken.None);

        _directory.Verify(d => d.SendActivityAsync(Tenant, "anna", It.IsAny<ActivityFeedNotice>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private static readonly ProactiveDelivery Delivered = new(true, "a:chat", "1", null);

    private static PendingMessage Message(string kind, OutboxTarget? target = null) =>
        new("key-" + kind, target ?? OutboxTarget.Person("anna"), kind, null, "{}", false, 1, DateTimeOffset.UtcNow, "p~1", ETag.All);

    private ActivityFeedNotices Feed(bool? tenantFeed, bool globalFeed, string locale = "sv-SE")
    {
        var references = new Mock<IConversationReferenceStore>();
        references.Setup(r => r.FindPersonalAsync(Tenant.Value, "anna", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationReference { TenantId = Tenant.Value, ServiceUrl = "https://smba/", ConversationId = "a:chat", Locale = locale });
        var tenants = new TenantsOptions();
        tenants.Settings[Tenant.Value] = new TenantSettings { ActivityFeed = tenantFeed };
        var monitor = Mock.Of<IOptionsMonitor<TenantsOptions>>(m => m.CurrentValue == tenants);
        return new ActivityFeedNotices(_directory.Object, references.Object, monitor, Options.Create(new OutboxOptions { ActivityFeed = globalFeed }), NullLogger<ActivityFeedNotices>.Instance);
    }
}
