using System.Globalization;
using TeamsQuality.Application;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Documents.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Bot.Deviations;

/// <summary>
/// Download kind <c>ivo</c>: a lex Sarah report's IVO package as a PDF, made again when the link is opened, for the
/// person the link was made for, with what they may see then (<see cref="ExportIvoPackage"/>: the deputy director or a
/// quality developer, the package complete). Null (the "not available" page) for anyone else, an incomplete package, a
/// report that is not there, or another format. Each download is an export in the report's history; the link's
/// expiry names the download, so a browser's retried GET of the same link is recorded once, and a new link (the card
/// shown again) is a new export.
/// </summary>
public sealed class IvoPackageDownload(OrganisationRepository organisations, ExportIvoPackage export, TimeProvider time, ILogger<IvoPackageDownload> logger) : IDownloadSource
{
    public const string DownloadKind = "ivo";

    public string Kind => DownloadKind;

    public async Task<DownloadFile?> CreateAsync(DownloadTicket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Format != "pdf" || string.IsNullOrWhiteSpace(ticket.Tenant)
            || await organisations.FindAsync(new TenantId(ticket.Tenant), cancellationToken) is not { } organisation
            || organisation.FindPerson(ticket.PersonId) is not { } person || !organisation.LetsIn(person, time.GetUtcNow()))
        {
            return null;
        }

        var exportId = "link " + ticket.Expires.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var exported = await export.RunAsync(new Actor(organisation, person), ticket.Subject, exportId, cancellationToken);
        if (exported.IsRefused)
        {
            logger.LogInformation("IVO package {Reference} not given to {Person}: {Refusals}", ticket.Subject, person.Id, string.Join(", ", exported.Refusals.Select(r => r.Reason)));
            return null;
        }

        var package = exported.Value;
        var report = package.Report;
        var names = new IvoPackageNames(package.OrganisationName, package.Deviation.Unit.Name, package.Deviation.Actions, person.Name, time.GetUtcNow());
        return new DownloadFile($"IVO-underlag-{report.Reference}.pdf", DownloadFile.Pdf, IvoPackagePdf.Render(report, names, ticket.UiLanguage));
    }
}
