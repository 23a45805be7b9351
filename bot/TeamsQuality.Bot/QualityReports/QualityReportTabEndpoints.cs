using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Bot.Tab;
using TeamsQuality.Cards;
using TeamsQuality.Cards.QualityReports;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Bot.QualityReports;

/// <summary>
/// The kvalitetsberättelse in the tab (<c>/api/tab/quality-report</c>): GET the report of a scope and year (the year in
/// figures, the perspectives, the written sections with their history, the reports the caller may choose), PUT a
/// section, PUT a perspective's assessment, POST for fresh Word/PDF links. Who may read and write is the use cases'
/// (the same as the card's); a refusal is 400 <c>{ refusals: [{ field, reason, message }] }</c> (like the setup API),
/// someone who may read no report 403, a body that cannot be read 400 — never a 500 for input.
/// </summary>
internal static class QualityReportTabEndpoints
{
    public static void Map(RouteGroupBuilder tab)
    {
        var report = tab.MapGroup("/quality-report");
        report.MapGet("/", ShowAsync);
        report.MapPut("/section", SectionAsync);
        report.MapPut("/perspective", PerspectiveAsync);
        report.MapPost("/links", LinksAsync);
    }

    private static async Task<IResult> ShowAsync(
        TabCaller caller, HttpRequest request, WhoAmI whoAmI, QualityReportViews views, ShowReportDraft drafts, CancellationToken cancellationToken)
    {
        if (await ActorAsync(caller, whoAmI, cancellationToken) is not { } actor)
        {
            return NotForYou(caller);
        }

        var choices = views.Choices(actor, caller.Language);
        var scope = request.Query["scope"].ToString() is { Length: > 0 } asked ? asked : QualityReportViews.First(actor, choices) ?? (choices.Count > 0 ? choices[0].Scope : null);
        if (scope is null)
        {
            return NotForYou(caller);
        }

        int? year = int.TryParse(request.Query["year"].ToString(), out var y) && y is >= 2000 and <= 2100 ? y : null;
        return await ViewAsync(caller, actor, views, drafts, scope, year, choices, cancellationToken);
    }

    private static async Task<IResult> SectionAsync(
        TabCaller caller, HttpRequest request, WhoAmI whoAmI, QualityReportViews views, ShowReportDraft drafts, WriteReportSection write, CancellationToken cancellationToken)
    {
        if (await ActorAsync(caller, whoAmI, cancellationToken) is not { } actor)
        {
            return NotForYou(caller);
        }

        if (await BodyAsync(request, cancellationToken) is not { } body || Target(body) is not { } target)
        {
            return BadRequest(caller);
        }

        var section = CardInputs.Named<WrittenSectionKind>(Text(body, "section"));
        var saved = await write.RunAsync(actor, target, section, Text(body, "text") ?? string.Empty, Number(body, "revision"), cancellationToken);
        return saved.IsRefused
            ? Refused(caller, saved.Refusals)
            : await ViewAsync(caller, actor, views, drafts, Text(body, "scope")!, target.Year, views.Choices(actor, caller.Language), cancellationToken);
    }

    private static async Task<IResult> PerspectiveAsync(
        TabCaller caller, HttpRequest request, WhoAmI whoAmI, QualityReportViews views, ShowReportDraft drafts, AssessReportPerspective assess, CancellationToken cancellationToken)
    {
        if (await ActorAsync(caller, whoAmI, cancellationToken) is not { } actor)
        {
            return NotForYou(caller);
        }

        if (await BodyAsync(request, cancellationToken) is not { } body || Target(body) is not { } target)
        {
            return BadRequest(caller);
        }

        bool? needsAction = body["needsAction"]?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
        var saved = await assess.RunAsync(
            actor, target, CardInputs.Named<QualityPerspective>(Text(body, "perspective")), needsAction, CardInputs.Named<Trend>(Text(body, "trend")), Text(body, "comment"), cancellationToken);
        return saved.IsRefused
            ? Refused(caller, saved.Refusals)
            : await ViewAsync(caller, actor, views, drafts, Text(body, "scope")!, target.Year, views.Choices(actor, caller.Language), cancellationToken);
    }

    private static async Task<IResult> LinksAsync(TabCaller caller, HttpRequest request, WhoAmI whoAmI, QualityReportViews views, CancellationToken cancellationToken)
    {
        if (await ActorAsync(caller, whoAmI, cancellationToken) is not { } actor)
        {
            return NotForYou(caller);
        }

        if (await BodyAsync(request, cancellationToken) is not { } body || Text(body, "scope") is not { } scope)
        {
            return BadRequest(caller);
        }

        var compiled = await views.CompileAsync(actor, scope, Number(body, "year"), cancellationToken);
        if (compiled.IsRefused)
        {
            return Refused(caller, compiled.Refusals);
        }

        var (word, pdf) = views.Links(actor, compiled.Value, caller.Language);
        return Results.Json(new { word, pdf });
    }

    private static async Task<IResult> ViewAsync(
        TabCaller caller, Actor actor, QualityReportViews views, ShowReportDraft drafts, string scope, int? year, IReadOnlyList<ReportChoice> choices, CancellationToken cancellationToken)
    {
        var compiled = await views.CompileAsync(actor, scope, year, cancellationToken);
        if (compiled.IsRefused)
        {
            return Refused(caller, compiled.Refusals);
        }

        var report = compiled.Value;
        var target = new ReportTarget(report.Scope, report.UnitId, report.Year);
        var draft = (await drafts.RunAsync(actor, target, cancellationToken)).Value;
        var texts = Texts.For(caller.Language);
        var culture = caller.Language.Culture();
        return Results.Json(new
        {
            scope = QualityReportPress.ScopeOf(report),
            year = report.Year,
            title = string.Format(culture, texts.QualityReportTitle, report.Year, report.Title),
            period = texts.QualityYearSpan(report.Span),
            compiled = string.Format(culture, texts.QualityReportCompiled, Domain.Time.SwedishTime.ToSwedish(report.CompiledAt).ToString("g", culture), report.CompiledByName),
            canWrite = views.CanWrite(actor, report),
            choices = choices.Select(c => new { scope = c.Scope, name = c.Name }),
            figures = QualityReportCard.Figures(texts, culture, report).Select(f => new { label = f.Title, value = f.Value }),
            units = report.Units.Select(u => new { id = u.UnitId, name = u.UnitName, text = string.Format(culture, texts.QualityReportUnitLine, u.StopsFinished, u.StopsPlanned, u.Deviations, u.ActionsOverdue) }),
            perspectives = report.Perspectives.Select(p => new
            {
                perspective = p.Perspective.ToString(),
                name = texts.PerspectiveName(p.Perspective),
                needsAction = p.NeedsAction,
                trend = p.Trend.ToString(),
                trendName = texts.TrendName(p.Trend),
                comment = p.Comment,
                edited = p.Edited,
                source = p.Edited ? texts.QualityReportEdited
                    : p.FromStops.Count > 0 ? string.Format(culture, texts.QualityReportFromStops, string.Join(", ", p.FromStops))
                    : texts.QualityReportNotAssessed,
            }),
            trends = new[] { Trend.Battre, Trend.Oforandrad, Trend.Samre, Trend.EjBedomd }.Select(t => new { value = t.ToString(), name = texts.TrendName(t) }),
            sections = QualityReport.WrittenOrder.Select(kind => new
            {
                kind = kind.ToString(),
                name = texts.SectionName(kind),
                text = draft.SectionOrEmpty(kind)?.Text ?? string.Empty,
                revision = draft.RevisionOf(kind),
                saved = draft.SectionOrEmpty(kind) is { } s
                    ? string.Format(culture, texts.QualityReportSavedBy, s.ByName, Domain.Time.SwedishTime.ToSwedish(s.At).ToString("g", culture), s.Revision)
                    : null,
                history = draft.HistoryOf(kind).Select(h => new
                {
                    revision = h.Revision,
                    byName = h.ByName,
                    at = h.At,
                    line = string.Format(culture, texts.QualityReportHistoryLine, h.Revision, h.ByName, Domain.Time.SwedishTime.ToSwedish(h.At).ToString("g", culture)),
                    text = h.Text,
                }),
            }),
        });
    }

    private static async Task<Actor?> ActorAsync(TabCaller caller, WhoAmI whoAmI, CancellationToken cancellationToken)
    {
        var profile = await whoAmI.RunAsync(caller.Tenant, caller.ObjectId, cancellationToken);
        return !profile.IsRefused && profile.Value is { Organisation: { } organisation, Person: { } person } ? new Actor(organisation, person) : null;
    }

    private static ReportTarget? Target(JsonObject body) =>
        Number(body, "year") is not { } year || Text(body, "scope") is not { } scope ? null
        : scope == QualityReportPress.Administration ? ReportTarget.OfAdministration(year)
        : ReportTarget.OfUnit(scope, year);

    private static async Task<JsonObject?> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject body, string key) =>
        body[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static int? Number(JsonObject body, string key) =>
        body[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var n) ? n : null;

    private static IResult Refused(TabCaller caller, IReadOnlyList<Refusal> refusals)
    {
        var texts = Texts.For(caller.Language);
        var shown = refusals.Select(r => new
        {
            field = r.Field switch
            {
                Field.ReportSection => "text",
                Field.NeedsAction => "needsAction",
                Field.ReportTrend => "trend",
                Field.Comment => "comment",
                _ => JsonNamingPolicy.CamelCase.ConvertName(r.Field.ToString()),
            },
            reason = r.Reason.ToString(),
            message = texts.QualityReportRefusal(r),
        }).ToList();
        var status = refusals.Any(r => r.Reason == RefusalReason.NotAllowed) ? 403 : 400;
        return Results.Json(new { error = "refused", message = string.Join(" ", shown.Select(s => s.message).Distinct()), refusals = shown }, statusCode: status);
    }

    private static IResult NotForYou(TabCaller caller) => TabApi.Problem(403, "not_allowed", Texts.For(caller.Language).QualityReportNotForYou);

    private static IResult BadRequest(TabCaller caller) => TabApi.Problem(400, "bad_request", Texts.For(caller.Language).SetupBadRequest);
}
