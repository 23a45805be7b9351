using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Cards.SelfChecks;

namespace TeamsQuality.Jobs.SelfChecks;

/// <summary>From the use cases' view of a check to what its card shows: one mapping for the due job and the handlers.</summary>
public static class SelfCheckCards
{
    public static CheckCardFacts Facts(SelfCheckView view) =>
        new(view.Unit, view.Point, view.Occurrence, view.Result, view.Latest, view.CanRecord, view.Owners, view.ResponsibleName);
}
