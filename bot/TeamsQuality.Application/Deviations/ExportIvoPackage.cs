namespace TeamsQuality.Application.Deviations;

/// <summary>
/// Exports the IVO package of a lex Sarah report: refused while it is incomplete (one refusal per missing item, so the
/// card can list them), otherwise the export is recorded in the report's history (who, when) and the report is returned
/// for the document to be drawn from. <paramref name="exportId"/> names the download, so a retried download of the same
/// link is recorded once.
/// </summary>
public sealed class ExportIvoPackage(OpenDeviation open) : IUseCase
{
    public Task<Outcome<IvoPackageView>> RunAsync(Actor actor, string? reference, string exportId, CancellationToken cancellationToken) =>
        IvoPackageView.ChangeAsync(open, actor, reference, (report, now) => report.RecordIvoExport(actor.Person, exportId, now), cancellationToken);
}
