using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Teams.Storage;

public static class BotStateStoresExtensions
{
    /// <summary>
    /// The protocol's stores in table storage: conversation references and the redelivery marks. They use the table
    /// storage that AddTeamsQualityStorage registers (TableStore, and TenantRegistry so a conversation's tenant is known
    /// to the scheduled jobs).
    /// </summary>
    public static IServiceCollection AddBotStateStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InboundActivityLog>();
        services.TryAddSingleton<IInboundActivityLog>(sp => sp.GetRequiredService<InboundActivityLog>());
        services.TryAddSingleton<IConversationReferenceStore, ConversationReferenceStore>();
        return services;
    }
}
