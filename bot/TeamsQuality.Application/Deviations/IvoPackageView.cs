using TeamsQuality.Domain.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// A lex Sarah report's IVO package as the deputy director or a quality developer reads it: the report as opened (its
/// unit and actions), the organisation's name for the document's header, and the checklist of what IVO's form asks.
/// </summary>
public sealed record IvoPackageView(DeviationView Deviation, string OrganisationName)
{
    public DeviationReport Report => Deviation.Report;

    public IReadOnlyList<IvoPackageLine> Checklist => IvoPackage.Checklist(Report);

    public IReadOnlyList<IvoPackageItem> Missing => IvoPackage.Missing(Report);

    public bool IsComplete => Missing.Count == 0;

    /// <summary>
    /// The package of a report the person may open, or why not: <see cref="Domain.Rules.RefusalReason.NotAllowed"/> for
    /// one who may not open the report or not prepare a package (the reporter, staff, the unit's manager), and
    /// <see cref="Domain.Rules.RefusalReason.WrongState"/> for a report with no package (not lex Sarah, not assessed 3-4,
    /// or decided not to report).
    /// </summary>
    /// <summary>
    /// A change to the package's report by one who may prepare it: who may and whether there is a package at all are
    /// answered from the report as read, before anything is written; then the change is made as every change to a report is.
    /// </summary>
    internal static async Task<Outcome<IvoPackageView>> ChangeAsync(
        OpenDeviation open, Actor actor, string? reference, Action<DeviationReport, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var checkedFirst = Of(actor, await open.RunAsync(actor, reference, cancellationToken));
        return checkedFirst.IsRefused
            ? checkedFirst
            : Of(actor, await open.ChangeAsync(actor, reference, (report, _, now) => change(report, now), afterSave: null, cancellationToken));
    }

    internal static Outcome<IvoPackageView> Of(Actor actor, Outcome<DeviationView> opened)
    {
        if (opened.IsRefused && opened.Unchanged is null)
        {
            return opened.As<IvoPackageView>();
        }

        var view = opened.IsRefused ? opened.Unchanged! : opened.Value;
        if (!IvoPackage.CanPrepare(actor.Person))
        {
            return Outcome.Refused<IvoPackageView>(Domain.Rules.RefusalReason.NotAllowed);
        }

        if (!IvoPackage.Concerns(view.Report) && !opened.IsRefused)
        {
            return Outcome.Refused<IvoPackageView>(Domain.Rules.RefusalReason.WrongState, Domain.Rules.Field.IvoPackage);
        }

        var package = new IvoPackageView(view, actor.Organisation.Name);
        return opened.IsRefused ? Outcome.Refused(opened.Refusals, package) : package;
    }
}
