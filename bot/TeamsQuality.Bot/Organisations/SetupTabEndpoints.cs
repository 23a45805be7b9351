using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Tab;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Bot.Organisations;

/// <summary>
/// The setup tab's API (<c>/api/tab/setup…</c>): an administrator sees the whole setup and changes it one use case at a
/// time. Everything here starts from <see cref="TabApi.AsAdministrator"/>: anyone else is answered 403 with the message
/// the page shows, and nothing changes. A refusal is answered 400 (what was asked cannot be) or 409 (it collides with
/// how the organisation is), each refusal with its field and a message in the caller's language naming what it needs;
/// a body that cannot be read is a 400 with a message too, never a 500. After a change the answer is the setup as it now
/// is, so the page draws it again from one source.
/// </summary>
internal static class SetupTabEndpoints
{
    public static void Map(RouteGroupBuilder tab)
    {
        var setup = tab.MapGroup("/setup");
        setup.MapGet("/", ShowAsync);
        setup.MapPut("/name", (TabCaller caller, HttpRequest request, Setups s, NameOrganisation use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, body.Text("name"), ct), ct));
        setup.MapPost("/units", (TabCaller caller, HttpRequest request, Setups s, AddUnit use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, body.Text("name"), ct), ct));
        setup.MapPut("/units/{unitId}/name", (string unitId, TabCaller caller, HttpRequest request, Setups s, RenameUnit use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, unitId, body.Text("name"), ct), ct));
        setup.MapPut("/units/{unitId}/channel", (string unitId, TabCaller caller, HttpRequest request, Setups s, LinkUnitChannel use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, unitId, body.Text("channelId"), ct), ct, body => new(ChannelId: body.Text("channelId"))));
        setup.MapDelete("/units/{unitId}/channel", (string unitId, TabCaller caller, HttpRequest request, Setups s, UnlinkUnitChannel use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, _) => use.RunAsync(admin, unitId, ct), ct));
        setup.MapPut("/units/{unitId}/manager", (string unitId, TabCaller caller, HttpRequest request, Setups s, ChooseUnitManager use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, unitId, body.Text("personId"), ct), ct, body => new(PersonId: body.Text("personId"))));
        setup.MapPost("/units/{unitId}/staff", ImportAsync);
        setup.MapGet("/units/{unitId}/proposed-manager", ProposeManagerAsync);
        setup.MapPut("/people/{personId}/role", (string personId, TabCaller caller, HttpRequest request, Setups s, NameRole use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, personId, body.Role("role"), ct), ct, _ => new(PersonId: personId)));
        setup.MapPut("/people/{personId}/unit", (string personId, TabCaller caller, HttpRequest request, Setups s, MovePerson use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, personId, body.Text("unitId"), ct), ct, _ => new(PersonId: personId)));
        setup.MapDelete("/people/{personId}", (string personId, TabCaller caller, HttpRequest request, Setups s, RemovePerson use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, _) => use.RunAsync(admin, personId, ct), ct, _ => new(PersonId: personId)));
        setup.MapGet("/people/{personId}/hints", HintsAsync);
        setup.MapPut("/wheel-template", ChooseWheelTemplateAsync);
        setup.MapGet("/history", HistoryAsync);
        setup.MapPut("/manager-group/channel", (TabCaller caller, HttpRequest request, Setups s, LinkManagerGroupChannel use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, body) => use.RunAsync(admin, body.Text("channelId"), ct), ct, body => new(ChannelId: body.Text("channelId"))));
        setup.MapDelete("/manager-group/channel", (TabCaller caller, HttpRequest request, Setups s, UnlinkManagerGroupChannel use, CancellationToken ct) =>
            s.ChangeAsync(caller, request, (admin, _) => use.RunAsync(admin, ct), ct));
    }

    /// <summary>GET /api/tab/setup: the setup as the page shows it (<see cref="Setups.ViewAsync"/>).</summary>
    private static async Task<IResult> ShowAsync(TabCaller caller, Setups setups, CancellationToken cancellationToken)
    {
        var (administrator, refusal) = setups.Administrator(caller);
        return administrator is null ? refusal! : Results.Json(await setups.ViewAsync(administrator, caller.Language, cancellationToken));
    }

    /// <summary>POST /api/tab/setup/units/{unitId}/staff <c>{ personIds: [...] }</c>: who was added, who not and why, and the setup after.</summary>
    private static Task<IResult> ImportAsync(string unitId, TabCaller caller, HttpRequest request, Setups setups, ImportStaff use, CancellationToken cancellationToken) =>
        setups.WithBodyAsync(caller, request, async (administrator, body) =>
        {
            var imported = await use.RunAsync(administrator, unitId, body.Strings("personIds"), cancellationToken);
            if (imported.IsRefused)
            {
                return await setups.RefusedAsync(administrator, caller.Language, imported.Refusals, default, cancellationToken);
            }

            var texts = Texts.For(caller.Language);
            var import = imported.Value;
            return Results.Json(new
            {
                added = import.Added.Select(p => new { id = p.Id, name = p.Name }),
                refused = import.Refused.Select(r => new
                {
                    personId = r.PersonId,
                    name = r.PersonName,
                    reason = r.Reason.ToString(),
                    message = texts.SetupRefusalText(new Refusal(r.Reason, Field.Staff, r.Name), r.PersonName),
                }),
                setup = await setups.ViewAsync(administrator, caller.Language, cancellationToken),
            });
        }, cancellationToken);

    /// <summary>
    /// GET /api/tab/setup/units/{unitId}/proposed-manager: the one most of the unit's channel's team report to in Entra.
    /// Graph's failure is an answer with a message (the page goes on without the proposal), not an error.
    /// </summary>
    private static async Task<IResult> ProposeManagerAsync(string unitId, TabCaller caller, Setups setups, ShowSetup show, HintsFromDirectory hints, CancellationToken cancellationToken)
    {
        var (administrator, refusal) = setups.Administrator(caller);
        if (administrator is null)
        {
            return refusal!;
        }

        var view = (await show.RunAsync(administrator, cancellationToken)).Value;
        var unit = view.Organisation?.FindUnit(unitId);
        if (unit is null)
        {
            return Setups.Refused(caller.Language, [new Refusal(RefusalReason.NotFound, Field.Unit)], default);
        }

        var team = unit.Channel is null ? null : view.Teams.FirstOrDefault(t => t.Roster.TeamId == unit.Channel.TeamId);
        var members = team?.Roster.Members.Select(m => m.AadObjectId).ToList() ?? [];
        var proposal = await hints.ProposeManagerAsync(administrator, members, cancellationToken);
        return Results.Json(new
        {
            manager = proposal.Manager is null ? null : Entry(proposal.Manager),
            reportingToThem = proposal.ReportingToThem,
            asked = proposal.Asked,
            problem = Problem(caller.Language, proposal.Problem),
        });
    }

    /// <summary>GET /api/tab/setup/people/{personId}/hints: what Entra says of the person (in the tenant, title, department, manager).</summary>
    private static async Task<IResult> HintsAsync(string personId, TabCaller caller, Setups setups, HintsFromDirectory hints, CancellationToken cancellationToken)
    {
        var (administrator, refusal) = setups.Administrator(caller);
        if (administrator is null)
        {
            return refusal!;
        }

        var found = await hints.ForPersonAsync(administrator, personId, cancellationToken);
        return Results.Json(new
        {
            personId = found.PersonId,
            inTenant = found.InTenant,
            person = found.Person is null ? null : Entry(found.Person),
            manager = found.Manager is null ? null : Entry(found.Manager),
            problem = Problem(caller.Language, found.Problem),
        });
    }

    /// <summary>PUT /api/tab/setup/wheel-template <c>{ templateId }</c>: next wheel year's template; the setup after.</summary>
    private static Task<IResult> ChooseWheelTemplateAsync(TabCaller caller, HttpRequest request, Setups setups, ChooseWheelTemplate use, CancellationToken cancellationToken) =>
        setups.WithBodyAsync(caller, request, async (administrator, body) =>
        {
            var templateId = body.Text("templateId");
            if (WheelTemplates.Find(templateId ?? string.Empty) is null)
            {
                return Setups.Refused(caller.Language, [new Refusal(string.IsNullOrWhiteSpace(templateId) ? RefusalReason.Required : RefusalReason.UnknownChoice, Field.Process)], default);
            }

            var chosen = await use.RunAsync(administrator, templateId, cancellationToken);
            return chosen.IsRefused
                ? await setups.RefusedAsync(administrator, caller.Language, chosen.Refusals, default, cancellationToken)
                : Results.Json(await setups.ViewAsync(administrator, caller.Language, cancellationToken));
        }, cancellationToken);

    /// <summary>GET /api/tab/setup/history?size=20&amp;after=…: the organisation's history, newest first, a page at a time.</summary>
    private static async Task<IResult> HistoryAsync(TabCaller caller, HttpRequest request, Setups setups, ShowOrganisationHistory use, CancellationToken cancellationToken)
    {
        var (administrator, refusal) = setups.Administrator(caller);
        if (administrator is null)
        {
            return refusal!;
        }

        var sizeText = request.Query["size"].ToString();
        var size = ShowSetup.HistoryPageSize;
        if (sizeText.Length > 0 && (!int.TryParse(sizeText, out size) || size is < 1 or > 200))
        {
            return TabApi.Problem(400, "bad_request", Texts.For(caller.Language).SetupBadRequest);
        }

        var after = request.Query["after"].ToString();
        var page = (await use.RunAsync(administrator, size, after.Length == 0 ? null : after, cancellationToken)).Value;
        return Results.Json(Setups.History(Texts.For(caller.Language), page));
    }

    private static object Entry(DirectoryEntry entry) =>
        new { id = entry.Id, name = entry.Name, mail = entry.Mail, jobTitle = entry.JobTitle, department = entry.Department };

    private static object? Problem(UiLanguage language, DirectoryProblem? problem) => problem is null ? null : new
    {
        failure = problem.Failure.ToString(),
        permission = problem.Permission,
        retryAfterSeconds = problem.RetryAfter is { } wait ? (int?)Math.Ceiling(wait.TotalSeconds) : null,
        message = Texts.For(language).DirectoryProblemText(
            problem.Failure switch
            {
                DirectoryFailure.Throttled => DirectoryProblemKind.Throttled,
                DirectoryFailure.ConsentMissing => DirectoryProblemKind.ConsentMissing,
                DirectoryFailure.NotFound => DirectoryProblemKind.NotFound,
                _ => DirectoryProblemKind.Unavailable,
            },
            problem.Permission,
            problem.RetryAfter),
    };
}

/// <summary>What a refused change was about, so its message can name it (the channel, the person).</summary>
internal readonly record struct SetupSubject(string? ChannelId = null, string? PersonId = null);

/// <summary>A request's JSON object, read by hand so that a body that is not one is answered with a message, not bound into a 500.</summary>
internal sealed class SetupBody
{
    private readonly JsonObject _json;

    private SetupBody(JsonObject json, IResult? problem)
    {
        _json = json;
        Problem = problem;
    }

    /// <summary>The 400 to answer instead, when the body is not a JSON object (an empty body is an empty object).</summary>
    public IResult? Problem { get; }

    public static async Task<SetupBody> ReadAsync(HttpRequest request, UiLanguage language, CancellationToken cancellationToken)
    {
        var bad = TabApi.Problem(400, "bad_request", Texts.For(language).SetupBadRequest);
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SetupBody([], null);
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject json ? new SetupBody(json, null) : new SetupBody([], bad);
        }
        catch (JsonException)
        {
            return new SetupBody([], bad);
        }
    }

    /// <summary>A string property; anything else (a number, missing) reads as none, which the rules refuse as required.</summary>
    public string? Text(string name) =>
        _json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>An array of strings; anything else reads as none.</summary>
    public IReadOnlyCollection<string?>? Strings(string name) =>
        _json[name] is JsonArray array ? array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var text) ? text : null).ToList() : null;

    /// <summary>A role by its name (e.g. "Socialchef"); an unknown name reads as <see cref="Role.Medarbetare"/>, which is no role above the units and so refused by name.</summary>
    public Role? Role(string name) => Text(name) is not { Length: > 0 } text
        ? null
        : Enum.TryParse<Role>(text, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(text, out _) ? role : Domain.Organisations.Role.Medarbetare;
}

/// <summary>
/// What every setup endpoint shares: the administrator check, the answer to a change (the setup after it, or its
/// refusals with their messages) and the setup as JSON. Registered per request.
/// </summary>
internal sealed class Setups(FindAdministrator administrators, ShowSetup show, ShowWheel wheel)
{
    // A change that collides with how the organisation is (409), rather than one that cannot be as asked (400).
    private static readonly HashSet<RefusalReason> Conflicts =
    [
        RefusalReason.AlreadyExists, RefusalReason.ChannelTaken, RefusalReason.InAnotherUnit, RefusalReason.AlreadyInUnit,
        RefusalReason.ManagesUnit, RefusalReason.OtherRole, RefusalReason.ChangedMeanwhile,
    ];

    public (Administrator? Administrator, IResult? Refusal) Administrator(TabCaller caller) => caller.AsAdministrator(administrators);

    /// <summary>Runs one change for the administrator with the request's body; answers the setup after it, or why not.</summary>
    public Task<IResult> ChangeAsync(
        TabCaller caller, HttpRequest request, Func<Administrator, SetupBody, Task<Outcome<OrganisationChanged>>> change, CancellationToken cancellationToken, Func<SetupBody, SetupSubject>? subject = null) =>
        WithBodyAsync(caller, request, async (administrator, body) =>
        {
            var changed = await change(administrator, body);
            return changed.IsRefused
                ? await RefusedAsync(administrator, caller.Language, changed.Refusals, subject?.Invoke(body) ?? default, cancellationToken)
                : Results.Json(await ViewAsync(administrator, caller.Language, cancellationToken));
        }, cancellationToken);

    /// <summary>Answers 403 unless the caller administers, 400 unless the body is a JSON object; else what <paramref name="handle"/> answers.</summary>
    public async Task<IResult> WithBodyAsync(TabCaller caller, HttpRequest request, Func<Administrator, SetupBody, Task<IResult>> handle, CancellationToken cancellationToken)
    {
        var (administrator, refusal) = Administrator(caller);
        if (administrator is null)
        {
            return refusal!;
        }

        var body = await SetupBody.ReadAsync(request, caller.Language, cancellationToken);
        return body.Problem ?? await handle(administrator, body);
    }

    /// <summary>The refusals with their messages, naming the channel or person the change was about by the name the setup knows.</summary>
    public async Task<IResult> RefusedAsync(Administrator administrator, UiLanguage language, IReadOnlyList<Refusal> refusals, SetupSubject subject, CancellationToken cancellationToken)
    {
        if (subject == default)
        {
            return Refused(language, refusals, default);
        }

        var view = (await show.RunAsync(administrator, cancellationToken)).Value;
        var channel = subject.ChannelId is null ? null : view.Teams.SelectMany(t => t.Channels).FirstOrDefault(c => c.ChannelId == subject.ChannelId)?.Name;
        var person = subject.PersonId is null
            ? null
            : view.Organisation?.FindPerson(subject.PersonId)?.Name
              ?? view.Teams.SelectMany(t => t.Roster.Members).FirstOrDefault(m => m.Is(subject.PersonId))?.Name;
        return Refused(language, refusals, new NamedSubject(channel, person));
    }

    public static IResult Refused(UiLanguage language, IReadOnlyList<Refusal> refusals, NamedSubject names)
    {
        var texts = Texts.For(language);
        var shown = refusals.Select(r => new
        {
            field = JsonNamingPolicy.CamelCase.ConvertName(r.Field.ToString()),
            reason = r.Reason.ToString(),
            message = texts.SetupRefusalText(r, r.Field == Field.Channel ? names.Channel : names.Person),
        }).ToList();
        var status = refusals.Any(r => Conflicts.Contains(r.Reason)) ? 409 : 400;
        return Results.Json(new { error = "refused", message = string.Join(" ", shown.Select(s => s.message).Distinct()), refusals = shown }, statusCode: status);
    }

    /// <summary>The setup as the page draws it: organisation, units with their problems, people, teams, roles, wheel, history.</summary>
    public async Task<object> ViewAsync(Administrator administrator, UiLanguage language, CancellationToken cancellationToken)
    {
        var texts = Texts.For(language);
        var view = (await show.RunAsync(administrator, cancellationToken)).Value;
        var organisation = view.Organisation;
        var wheelView = organisation is null ? null : await wheel.RunAsync(administrator.Tenant, true, cancellationToken);
        string? UnitName(string? unitId) => unitId is null ? null : organisation?.FindUnit(unitId)?.Name;
        return new
        {
            organisation = organisation is null ? null : new
            {
                name = organisation.Name,
                units = organisation.Units.OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true)).Select(u => new
                {
                    id = u.Id,
                    name = u.Name,
                    channel = u.Channel is null ? null : new { teamId = u.Channel.TeamId, channelId = u.Channel.ChannelId, name = u.Channel.ChannelName },
                    manager = u.ManagerId is null ? null : new { id = u.ManagerId, name = organisation.FindPerson(u.ManagerId)?.Name ?? u.ManagerId },
                    staff = organisation.People.Count(p => p.Role == Role.Medarbetare && p.UnitId == u.Id),
                    problems = view.Problems.Where(p => p.UnitId == u.Id).Select(p => texts.SetupProblemText(p)),
                }),
                // The manager group is no unit (not in the units' table): only where its stops are held is set here.
                managerGroup = new
                {
                    name = ManagerGroup.Name,
                    channel = organisation.ManagerGroupChannel is { } group ? new { teamId = group.TeamId, channelId = group.ChannelId, name = group.ChannelName } : null,
                    leaders = organisation.ManagerGroup.Leaders.Select(p => p.Name),
                },
                people = organisation.People.OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true)).Select(p => new
                {
                    id = p.Id,
                    name = p.Name,
                    role = p.Role.ToString(),
                    roleLabel = texts.RoleName(p.Role),
                    unitId = p.Role is Role.Medarbetare or Role.Enhetschef ? p.UnitId : null,
                    unitName = p.Role is Role.Medarbetare or Role.Enhetschef ? UnitName(p.UnitId) : null,
                }),
            },
            teams = view.Teams.Select(t => new
            {
                teamId = t.Roster.TeamId,
                name = t.Roster.Name,
                reachable = t.Roster.IsReachable,
                channels = t.Channels.Select(c => new { id = c.ChannelId, name = c.Name, isGeneral = c.IsGeneral, unitId = c.LinkedUnit?.Id, unitName = c.LinkedUnit?.Name }),
                members = t.Roster.Members.Select(m =>
                {
                    var known = organisation?.FindPerson(m.AadObjectId);
                    var unitId = known?.UnitId;
                    return new
                    {
                        id = m.AadObjectId,
                        name = m.Name,
                        email = m.Email,
                        role = known?.Role.ToString(),
                        unitId,
                        unitName = known is null ? null : known.Role is Role.Medarbetare or Role.Enhetschef ? UnitName(unitId) : texts.RoleName(known.Role),
                    };
                }),
            }),
            notInOrganisation = view.NotInOrganisation.Select(m => new { id = m.AadObjectId, name = m.Name, email = m.Email }),
            rolesAboveUnits = Setup.RolesAboveUnits.Select(r => new { value = r.ToString(), label = texts.RoleName(r) }),
            wheel = wheelView is null ? null : new
            {
                nextYear = wheelView.Year + 1,
                templateId = wheelView.NextYearTemplateId,
                templates = WheelTemplates.All.Select(t => new { id = t.Id, name = t.Name }),
            },
            history = History(texts, view.History),
        };
    }

    public static object History(Texts texts, HistoryPage page) => new
    {
        entries = page.Entries.Select(e => new
        {
            at = e.At,
            when = Texts.HistoryTime(e.At),
            by = e.By.Name,
            text = texts.HistoryText(e),
        }),
        next = page.Next,
    };
}

/// <summary>The names a refusal's message needs: the channel's and the person's, as the setup knows them.</summary>
internal readonly record struct NamedSubject(string? Channel, string? Person);
