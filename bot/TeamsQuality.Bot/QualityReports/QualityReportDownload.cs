using System.Globalization;
using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Cards.QualityReports;
using TeamsQuality.Documents.QualityReports;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Bot.QualityReports;

/// <summary>
/// The kvalitetsberättelse as a file (kind <c>kvalitetsberattelse</c>, subject <c>enhet:{unitId}:{year}</c> or
/// <c>forvaltning:{year}</c>, format <c>docx</c> or <c>pdf</c>): compiled again when the link is opened, for the person
/// who asked, with what they may read now. Null (the "not available" page) when they are no longer in the organisation,
/// may not read the report, or the subject or format is not one of ours.
/// </summary>
public sealed class QualityReportDownload(WhoAmI whoAmI, QualityReportViews views) : IDownloadSource
{
    public string Kind => QualityReportViews.Kind;

    public async Task<DownloadFile?> CreateAsync(DownloadTicket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Format is not ("docx" or "pdf") || Parse(ticket.Subject) is not { } subject)
        {
            return null;
        }

        var profile = await whoAmI.RunAsync(new TenantId(ticket.Tenant), ticket.PersonId, cancellationToken);
        if (profile.IsRefused || profile.Value is not { Organisation: { } organisation, Person: { } person })
        {
            return null;
        }

        var compiled = await views.CompileAsync(new Actor(organisation, person), subject.Scope, subject.Year, cancellationToken);
        if (compiled.IsRefused)
        {
            return null;
        }

        var report = compiled.Value;
        var name = $"{Cards.Texts.For(ticket.UiLanguage).QualityReportFileName} {report.Year} – {report.Title}";
        return ticket.Format == "docx"
            ? new DownloadFile(FileName(name, "docx"), DownloadFile.Docx, QualityReportWord.Render(report, ticket.UiLanguage))
            : new DownloadFile(FileName(name, "pdf"), DownloadFile.Pdf, QualityReportPdf.Render(report, ticket.UiLanguage));
    }

    /// <summary>"enhet:hemtjanst-norra:2027" → (hemtjanst-norra, 2027); "forvaltning:2027" → (the administration, 2027).</summary>
    internal static (string Scope, int Year)? Parse(string subject)
    {
        var parts = subject.Split(':');
        return parts switch
        {
            ["enhet", { Length: > 0 } unitId, var year] when int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) => (unitId, y),
            ["forvaltning", var year] when int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) => (QualityReportPress.Administration, y),
            _ => null,
        };
    }

    /// <summary>The name without what file systems refuse (a unit may be named "A/B").</summary>
    private static string FileName(string name, string extension) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '\\' or '/' or ':' ? '-' : c)) + "." + extension;
}
