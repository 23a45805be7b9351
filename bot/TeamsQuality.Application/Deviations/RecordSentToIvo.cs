namespace TeamsQuality.Application.Deviations;

/// <summary>
/// The deputy director or a quality developer records when the report was sent to IVO and IVO's diarienummer (a
/// correction is recorded the same way; the history keeps what it said before).
/// </summary>
public sealed class RecordSentToIvo(OpenDeviation open) : IUseCase
{
    /// <param name="actor">Who records it.</param>
    /// <param name="reference">The report.</param>
    /// <param name="sentOn">The day it was sent, on the Swedish calendar.</param>
    /// <param name="sentOnUnreadable">A date was sent that is not a date (the date input cannot send one): refused as missing.</param>
    /// <param name="diarienummer">IVO's diarienummer, e.g. 3.1.1-12345/2027.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public Task<Outcome<IvoPackageView>> RunAsync(
        Actor actor, string? reference, DateOnly? sentOn, bool sentOnUnreadable, string? diarienummer, CancellationToken cancellationToken) =>
        IvoPackageView.ChangeAsync(
            open, actor, reference, (report, now) => report.RecordSentToIvo(actor.Person, sentOnUnreadable ? null : sentOn, diarienummer, now), cancellationToken);
}
