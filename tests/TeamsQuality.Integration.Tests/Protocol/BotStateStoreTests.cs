using Microsoft.Extensions.Options;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>The protocol's own stores (conversation references, redelivery marks) against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotStateStoreTests(AzuriteFixture azurite)
{
    private readonly TableStore _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = "s" + Guid.NewGuid().ToString("N")[..10],
    }));

    private const string TenantA = "a0000000-0000-4000-8000-00000000000a";
    private const string TenantB = "b0000000-0000-4000-8000-00000000000b";
    private const string TenantC = "c0000000-0000-4000-8000-00000000000c";

    [Fact]
    public async Task One_tenants_conversations_are_never_seen_from_another_tenant_and_the_tenant_is_registered()
    {
        var tenants = new TenantRegistry(_tables);
        var references = new ConversationReferenceStore(_tables, tenants);
        await references.RememberAsync(
            new ConversationReference
            {
                TenantId = TenantA,
                ServiceUrl = "https://smba.example/",
                ConversationId = "a:1",
                ConversationType = "personal",
                AadObjectId = "person-1",
                LastSeen = DateTimeOffset.UtcNow,
            },
            CancellationToken.None);

        Assert.NotNull(await references.FindPersonalAsync(TenantA, "person-1", CancellationToken.None));
        Assert.Null(await references.FindPersonalAsync(TenantB, "person-1", CancellationToken.None));
        Assert.Null(await references.FindServiceUrlAsync(TenantB, CancellationToken.None));
        Assert.Contains(TenantA, await tenants.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Teams_ids_with_characters_keys_cannot_hold_are_stored_and_found()
    {
        var references = new ConversationReferenceStore(_tables, new TenantRegistry(_tables));
        const string channel = "19:abc/def#ghi?jkl%mno@thread.tacv2";
        await references.RememberAsync(
            new ConversationReference
            {
                TenantId = TenantC,
                ServiceUrl = "https://smba.example/",
                ConversationId = channel + ";messageid=1",
                ConversationType = "channel",
                TeamsChannelId = channel,
                LastSeen = DateTimeOffset.UtcNow,
            },
            CancellationToken.None);

        var found = await references.FindChannelAsync(TenantC, channel, CancellationToken.None);
        Assert.Equal(channel + ";messageid=1", found?.ConversationId);
    }

    [Fact]
    public async Task An_activity_is_taken_on_once_and_again_after_it_is_forgotten()
    {
        var log = new InboundActivityLog(_tables, TimeProvider.System);

        Assert.True(await log.TryBeginAsync("tenant-d", "a:1", "activity-1", CancellationToken.None));
        Assert.False(await log.TryBeginAsync("tenant-d", "a:1", "activity-1", CancellationToken.None));
        Assert.True(await log.TryBeginAsync("tenant-e", "a:1", "activity-1", CancellationToken.None));

        await log.ForgetAsync("tenant-d", "a:1", "activity-1", CancellationToken.None);
        Assert.True(await log.TryBeginAsync("tenant-d", "a:1", "activity-1", CancellationToken.None));
    }
}
