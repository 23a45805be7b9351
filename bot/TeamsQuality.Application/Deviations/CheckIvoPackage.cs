namespace TeamsQuality.Application.Deviations;

/// <summary>
/// The IVO package's checklist of a lex Sarah report: what IVO's form asks and whether the report has it, for the
/// deputy director and the quality developers (<see cref="Domain.Deviations.IvoPackage.CanPrepare"/>). Reads only.
/// </summary>
public sealed class CheckIvoPackage(OpenDeviation open) : IUseCase
{
    public async Task<Outcome<IvoPackageView>> RunAsync(Actor actor, string? reference, CancellationToken cancellationToken) =>
        IvoPackageView.Of(actor, await open.RunAsync(actor, reference, cancellationToken));
}
