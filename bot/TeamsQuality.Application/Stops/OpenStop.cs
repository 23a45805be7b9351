using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// Opens a stop at a step. The manager opening a stop not yet started starts it; the documenter going on to a later
/// step moves the unit's analysis there (anyone else may read ahead without moving the unit). The channel hears of both.
/// </summary>
public sealed class OpenStop(LearningStopRepository stops, StopMaterial material, IStopNotices notices, TimeProvider time) : IUseCase
{
    /// <param name="step">The step the press names; none: where the unit is in a started stop (step 1 otherwise).</param>
    public async Task<Outcome<StepView>> RunAsync(Actor actor, StopAddress address, AnalysisStep? step, CancellationToken cancellationToken)
    {
        var person = actor.Person;
        var shown = AnalysisStep.Nulagesbeskrivning;
        var opened = await StopCommand.ChangeAsync(actor, address, stops, notices, (stop, unit) =>
        {
            shown = step ?? (stop.Status == StopStatus.Paborjad ? stop.CurrentStep : AnalysisStep.Nulagesbeskrivning);
            var now = time.GetUtcNow();
            if (stop.Status == StopStatus.EjPaborjad && stop.CanManage(person, unit))
            {
                stop.Start(person, unit, now);
            }

            stop.MoveOn(person, unit, shown, now);
        }, cancellationToken);
        if (opened.IsRefused)
        {
            return opened.As<StepView>();
        }

        var (unit, stop) = opened.Value;
        return new StepView(unit, stop, shown, await material.ForStepAsync(actor.Tenant, stop, shown, cancellationToken));
    }
}
