using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>The organisation's history, newest first, a page at a time: who changed what and when (administrators and Teams).</summary>
public sealed class ShowOrganisationHistory(OrganisationRepository organisations) : IUseCase
{
    /// <param name="administrator">Who looks (from <see cref="FindAdministrator"/>).</param>
    /// <param name="size">Entries per page (1–200).</param>
    /// <param name="after">The <see cref="HistoryPage.Next"/> of the page before; null for the newest.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<Outcome<HistoryPage>> RunAsync(Administrator administrator, int size, string? after, CancellationToken cancellationToken) =>
        await organisations.HistoryAsync(administrator.Tenant, size, after, cancellationToken);
}
