using Microsoft.Extensions.Options;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Storage;

/// <summary>The repositories against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageTests(AzuriteFixture azurite)
{
    private readonly TableStore _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        TablePrefix = "s" + Guid.NewGuid().ToString("N")[..10],
    }));

    private const string TenantA = "a0000000-0000-4000-8000-00000000000a";

    [Fact]
    public async Task The_organisation_is_stored_once_and_read_back_whole()
    {
        var repository = new OrganisationRepository(_tables);

        Assert.True(await repository.CreateAsync(DemoOrganisation.Create(), CancellationToken.None));
        Assert.False(await repository.CreateAsync(new Organisation(DemoOrganisation.Tenant, "Another name", [], []), CancellationToken.None));

        var stored = await repository.FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(DemoOrganisation.Name, stored.Name);
        Assert.Equal(3, stored.Units.Count);
        Assert.Equal(10, stored.People.Count);
        Assert.Equal("19:hemtjanst-norra@thread.tacv2", stored.FindUnit(DemoOrganisation.Units.HemtjanstNorra)?.Channel?.ChannelId);
        Assert.Equal(Role.BitradandeSocialchef, stored.FindPerson(DemoOrganisation.People.EvaSundberg)?.Role);
    }

    [Fact]
    public async Task One_tenants_organisation_is_never_seen_from_another_tenant()
    {
        var organisations = new OrganisationRepository(_tables);
        await organisations.CreateAsync(DemoOrganisation.Create(), CancellationToken.None);

        Assert.NotNull(await organisations.FindAsync(DemoOrganisation.Tenant, CancellationToken.None));
        Assert.Null(await organisations.FindAsync(new TenantId(TenantA), CancellationToken.None));
    }
}
