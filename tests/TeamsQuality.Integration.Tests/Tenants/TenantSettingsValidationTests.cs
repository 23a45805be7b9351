using Microsoft.Extensions.Options;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Tenants;

/// <summary>A per-tenant setting that cannot be used stops the app at start, naming it, instead of a job at night.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TenantSettingsValidationTests(AzuriteFixture azurite)
{
    private const string Tenant = "a3000000-0000-4000-8000-0000000000a3";

    [Fact]
    public async Task An_unknown_wheel_template_and_a_day_that_ends_before_it_starts_stop_the_start_with_both_named()
    {
        await using var bot = new BotApp(azurite, new Dictionary<string, string?>
        {
            [$"Tenants:{Tenant}:Enabled"] = "true",
            [$"Tenants:{Tenant}:WheelTemplate"] = "gothenburg-wheel",
            [$"Tenants:{Tenant}:WorkdayStarts"] = "17:00",
            [$"Tenants:{Tenant}:WorkdayEnds"] = "08:00",
        });

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => bot.Client());

        Assert.Contains($"Tenants:{Tenant}:WheelTemplate 'gothenburg-wheel' is not a wheel template", refused.Message, StringComparison.Ordinal);
        Assert.Contains("the working day must start before it ends (17:00–08:00)", refused.Message, StringComparison.Ordinal);
    }
}
