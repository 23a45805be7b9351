using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// A few results in the demo units' self-check plans (Barn och unga, LSS Ekbacken), so <c>egenkontroller</c> shows
/// something: each unit's manager records the two latest past occurrences of each point through the same use case as
/// the card (Godkänd; a file review with defects Ej godkänd with an action in the plan; one Ej godkänd with a reason).
/// Runs once, right after the organisation is set up, and records nothing for a unit without a plan.
/// </summary>
internal static class DemoSelfCheckResults
{
    private static readonly string[] Units = [DemoOrganisation.Units.BarnOchUnga, DemoOrganisation.Units.Ekbacken];

    public static async Task SeedAsync(IServiceProvider use, Organisation organisation, TimeProvider time, CancellationToken cancellationToken)
    {
        var plans = use.GetRequiredService<SelfCheckPlanRepository>();
        var record = use.GetRequiredService<RecordSelfCheck>();
        var now = time.GetUtcNow();
        var today = SwedishTime.Day(now);
        foreach (var unitId in Units)
        {
            if (organisation.FindUnit(unitId) is not { ManagerId: { } managerId } unit
                || organisation.FindPerson(managerId) is not { } manager
                || await plans.FindAsync(organisation.Tenant, unitId, today.Year, cancellationToken) is not { } plan)
            {
                continue;
            }

            var actor = new Actor(organisation, manager);
            var reasonGiven = false;
            foreach (var point in plan.Points)
            {
                foreach (var occurrence in SelfCheckSchedule.Occurrences(point, today.Year).Where(o => o.Due < today).TakeLast(2))
                {
                    var input = new CheckInput(CheckVerdict.Godkand, "Inga brister.", null, null, null);
                    NewAction? action = null;
                    if (point.IsSampleCheck)
                    {
                        var sample = (point.SampleSize ?? 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        input = new CheckInput(CheckVerdict.EjGodkand, "Två akter saknade uppföljning av målen.", sample, "2", null);
                        action = new NewAction(
                            "Gå igenom uppföljningen av målen på nästa APT", "Uppföljningen dokumenteras inte i akten", null,
                            Domain.Stops.WorkingDays.OnOrAfter(today.AddDays(30)), ActionPurpose.Korrigerande);
                    }
                    else if (!reasonGiven)
                    {
                        input = new CheckInput(CheckVerdict.EjGodkand, "Rutinen följdes inte helt under semesterperioden.", null, null, "Rutinen gås igenom på hållplatsen om kompetens.");
                        reasonGiven = true;
                    }

                    await record.RunAsync(actor, unit, occurrence.Year, point.Id, occurrence.Period, input, action, cancellationToken);
                }
            }
        }
    }
}
