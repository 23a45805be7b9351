using System.Globalization;
using TeamsQuality.Application;
using TeamsQuality.Application.Overview;
using TeamsQuality.Bot.Tab;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Bot.Overview;

/// <summary>
/// The management view's API (<c>/api/tab/overview…</c>, issue 11 item 3): the first page for a wheel year, and the
/// drill into one unit. Who sees what is the use cases' decision (<see cref="OverviewAudience"/>); here a refusal becomes
/// its answer in the caller's language: 403 for someone not in the organisation, 404 for a unit they may not see (as
/// for one that does not exist), 400 for a year that is not one. Figures the caller may not see are left out of the
/// answer, not sent and hidden.
/// </summary>
internal static class OverviewTabEndpoints
{
    public static void Map(RouteGroupBuilder tab)
    {
        var overview = tab.MapGroup("/overview");
        overview.MapGet("/", ShowAsync);
        overview.MapGet("/units/{unitId}", ShowUnitAsync);
    }

    /// <summary>GET /api/tab/overview?year=2027: every unit the caller sees × the year's stops, the wheel, actions and (for those who see them) the figures.</summary>
    private static Task<IResult> ShowAsync(TabCaller caller, HttpRequest request, ShowOverview use, CancellationToken cancellationToken) =>
        AnswerAsync(caller, request, year => use.RunAsync(caller.Tenant, caller.ObjectId, year, cancellationToken), (view, texts) => new
        {
            year = view.Year,
            today = view.Today,
            audience = view.Audience.ToString(),
            seesFigures = view.Audience.SeesFigures(),
            wheel = view.Wheel.Select(s => new
            {
                number = s.Definition.Number,
                theme = s.Definition.Theme,
                months = s.Definition.Months,
                perspective = texts.PerspectiveName(s.Definition.Perspective),
                heldBy = s.Definition.HeldBy.ToString(),
                holder = texts.HolderName(s.Definition.HeldBy),
                dueDate = s.DueDate,
                state = s.State.ToString(),
                counts = s.Counts.ToDictionary(c => c.Key.ToString(), c => c.Value),
            }),
            units = view.Rows.Select(r => new
            {
                id = r.Holder.Id,
                name = r.Holder.Name,
                managerGroup = r.IsManagerGroup,
                stops = r.Stops.Select(Stop),
                actions = new { open = r.Actions.Open, overdue = r.Actions.Overdue },
                selfChecks = r.SelfChecks is null ? null : SelfChecks(r.SelfChecks),
                deviations = r.Deviations,
                currentRisks = r.CurrentRisks,
            }),
            actions = new { open = view.Actions.Open, overdue = view.Actions.Overdue },
            overdue = view.Overdue.Select(o => new { unitId = o.Unit.Id, unit = o.Unit.Name, title = o.Action.Title, owner = o.Action.OwnerName, dueDate = o.Action.DueDate }),
            selfChecks = view.SelfChecks is null ? null : SelfChecks(view.SelfChecks),
            deviations = view.Deviations is null ? null : Tertials(texts, view.Deviations),
            riskMatrix = view.RiskMatrix?.Select(c => new
            {
                probability = (int)c.Probability,
                probabilityName = texts.ProbabilityName(c.Probability),
                consequence = (int)c.Consequence,
                consequenceName = texts.ConsequenceName(c.Consequence),
                level = c.Level.ToString(),
                levelName = texts.RiskLevelName(c.Level),
                count = c.Count,
            }),
        });

    /// <summary>GET /api/tab/overview/units/{unitId}?year=2027: the unit's stops, actions and (for those who see them) self-check points, risks and reports.</summary>
    private static Task<IResult> ShowUnitAsync(string unitId, TabCaller caller, HttpRequest request, ShowUnitOverview use, CancellationToken cancellationToken) =>
        AnswerAsync(caller, request, year => use.RunAsync(caller.Tenant, caller.ObjectId, unitId, year, cancellationToken), (view, texts) => new
        {
            year = view.Year,
            today = view.Today,
            audience = view.Audience.ToString(),
            seesFigures = view.Audience.SeesFigures(),
            unit = new { id = view.Unit.Id, name = view.Unit.Name },
            stops = view.Stops.Select(Stop),
            actions = view.Actions.Select(a => new
            {
                title = a.Title,
                owner = a.OwnerName,
                dueDate = a.DueDate,
                status = a.Status.ToString(),
                statusName = texts.ActionStatusName(a.Status),
                overdue = a.IsOverdue(view.Today),
            }),
            selfChecks = view.SelfChecks?.Select(p => new
            {
                what = p.Point.What,
                perspective = texts.PerspectiveName(p.Point.Perspective),
                planned = p.Planned,
                done = p.Done,
                latest = p.LatestVerdict?.ToString(),
                latestName = p.LatestVerdict is { } verdict ? texts.VerdictName(verdict) : null,
                latestPeriod = p.LatestPeriod,
            }),
            risks = view.Risks?.Select(r => new { level = r.Key.ToString(), levelName = texts.RiskLevelName(r.Key), count = r.Value }),
            deviations = view.Deviations is null ? null : Tertials(texts, view.Deviations),
        });

    /// <summary>The year asked for (400 when it is not one), the use case's answer shaped as JSON, or its refusal (403/404).</summary>
    private static async Task<IResult> AnswerAsync<T>(TabCaller caller, HttpRequest request, Func<int?, Task<Outcome<T>>> run, Func<T, Texts, object> shape)
    {
        var texts = Texts.For(caller.Language);
        if (!TryYear(request, out var year))
        {
            return TabApi.Problem(400, "bad_request", texts.OverviewBadYear);
        }

        var shown = await run(year);
        return shown.IsRefused ? Refused(texts, shown.Refusals) : Results.Json(shape(shown.Value, texts));
    }

    private static object Stop(HolderStopState s) => new { number = s.Number, theme = s.Theme, dueDate = s.DueDate, state = s.State.ToString() };

    private static object SelfChecks(SelfCheckCounts c) =>
        new { planned = c.Planned, dueSoFar = c.DueSoFar, done = c.Done, godkand = c.Godkand, ejGodkand = c.EjGodkand };

    private static object Tertials(Texts texts, IReadOnlyList<TertialCounts> tertials) => new
    {
        kinds = tertials[0].PerKind.Keys.Select(k => new { kind = k.ToString(), name = texts.ReportKindName(k) }),
        tertials = tertials.Select(t => new
        {
            number = t.Tertial.Number,
            name = texts.TertialName(t.Tertial),
            total = t.Total,
            perKind = t.PerKind.ToDictionary(k => k.Key.ToString(), k => k.Value),
        }),
    };

    private static IResult Refused(Texts texts, IReadOnlyList<Refusal> refusals) =>
        refusals.Any(r => r.Reason == RefusalReason.NotFound)
            ? TabApi.Problem(404, "not_found", texts.OverviewUnitNotFound)
            : TabApi.Problem(403, "not_in_organisation", texts.OverviewNotInOrganisation);

    /// <summary>The query's year: none is this wheel year; anything but a year from 2000 to 2100 is refused.</summary>
    private static bool TryYear(HttpRequest request, out int? year)
    {
        year = null;
        var text = request.Query["year"].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 2000 and <= 2100)
        {
            year = parsed;
            return true;
        }

        return false;
    }
}
