using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage;
using TeamsQuality.Jobs;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Conversation;

/// <summary>
/// The manager's way into the unit's reports: the list of its open reports ("enhetens rapporter"), for the manager and
/// their substitute, the quality developers and the deputy director; and the substitute (ersättare) the manager names to
/// assess while they are away, who is told when named. Who may do what is the domain's (DeviationReport, Substitutes).
/// </summary>
public sealed class UnitReportsConversation(
    AskerLookup askers,
    ReportRepository reports,
    OrganisationRepository organisations,
    Outbox outbox,
    TimeProvider time,
    ILogger<UnitReportsConversation> logger)
{
    public static void Register(IServiceProvider services, ActivityRouter router)
    {
        var conversation = ActivatorUtilities.CreateInstance<UnitReportsConversation>(services);
        router
            .OnMessage(BotCommands.UnitReports.Pattern, conversation.ShowUnitReportsAsync)
            .OnMessage(BotCommands.Substitute.Pattern, conversation.ShowSubstituteAsync)
            .OnCardAction(CardVerbs.UnitReports, conversation.UnitReportsActionAsync)
            .OnCardAction(CardVerbs.SubstituteForm, conversation.SubstituteFormActionAsync)
            .OnCardAction(CardVerbs.NameSubstitute, conversation.NameAsync)
            .OnCardAction(CardVerbs.EndSubstitute, conversation.EndAsync);
    }

    // ---- The unit's open reports ----

    private async Task ShowUnitReportsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var asker = await askers.FindAsync(turn, cancellationToken);
        var personal = turn.Activity.Conversation?.ConversationType is null or "personal";

        // In a channel or group chat everyone would read the list: a button instead, whose answer Teams shows to the one
        // who pressed it (a unit to choose, where the chat belongs to no unit).
        var card = asker is null ? NotInOrganisation(turn)
            : personal ? await UnitReportsCardAsync(asker, turn, null, 0, cancellationToken)
            : asker.UnitInContext(turn) is { } unit ? PrivateViewCard.ForUnitReports(asker.Language, unit).ToJson()
            : UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.UnitReports).ToJson();
        await SendAsync(turn, card, cancellationToken);
    }

    private async Task<CardActionResult> UnitReportsActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var skip = int.TryParse(action.GetString(CardKeys.Skip), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return CardActionResult.ReplaceCard(await UnitReportsCardAsync(asker, turn, action.GetString(CardKeys.Unit), skip, cancellationToken));
    }

    private async Task<JsonObject> UnitReportsCardAsync(Asker asker, TurnContext turn, string? unitId, int skip, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var organisation = asker.Organisation;
        var followed = DeviationReport.UnitsFollowedBy(organisation, asker.Person, now);
        if (followed.Count == 0)
        {
            // The reason is the role: say so, and where their own reports are.
            return NoticeCard.Build(asker.Language, asker.Texts.UnitReportsNotForStaff, isError: true).ToJson();
        }

        var unit = unitId is not null
            ? organisation.FindUnit(unitId)
            : followed.FirstOrDefault(u => u == asker.UnitInContext(turn)) ?? (followed.Count == 1 ? followed[0] : null);
        if (unit is null && unitId is null)
        {
            return UnitPickerCard.Build(asker.Language, followed, CardVerbs.UnitReports).ToJson();
        }

        if (unit is null || !DeviationReport.CanFollowUnit(asker.Person, unit, now))
        {
            return NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson();
        }

        var page = await reports.OpenOfUnitAsync(organisation.Tenant, unit.Id, skip, UnitReportsCard.PageSize, cancellationToken);
        if (page.Reports.Count == 0 && page.Total > 0)
        {
            // Past the end (reports were closed meanwhile): the last page there is.
            skip = (page.Total - 1) / UnitReportsCard.PageSize * UnitReportsCard.PageSize;
            page = await reports.OpenOfUnitAsync(organisation.Tenant, unit.Id, skip, UnitReportsCard.PageSize, cancellationToken);
        }

        var substituteName = unit.Substitute is { } substitute ? organisation.FindPerson(substitute.PersonId)?.Name : null;
        return UnitReportsCard.Build(asker.Language, unit, page.Reports, page.Total, skip, now, substituteName, Substitutes.CanName(asker.Person, unit)).ToJson();
    }

    // ---- The substitute ----

    private async Task ShowSubstituteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var asker = await askers.FindAsync(turn, cancellationToken);
        await SendAsync(turn, asker is null ? NotInOrganisation(turn) : await SubstituteCardAsync(asker, asker.Organisation, turn, null, cancellationToken), cancellationToken);
    }

    private async Task<CardActionResult> SubstituteFormActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await askers.FindAsync(turn, cancellationToken) is { } asker
            ? await SubstituteCardAsync(asker, asker.Organisation, turn, action.GetString(CardKeys.Unit), cancellationToken)
            : NotInOrganisation(turn));

    private async Task<JsonObject> SubstituteCardAsync(
        Asker asker, Organisation organisation, TurnContext turn, string? unitId, CancellationToken cancellationToken,
        SubstituteDraft? draft = null, IReadOnlyList<SubstituteProblem>? problems = null, string? notice = null)
    {
        var person = organisation.FindPerson(asker.Person.Id) ?? asker.Person;
        var managed = organisation.Units.Where(u => Substitutes.CanName(person, u)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        Unit? unit;
        if (unitId is not null)
        {
            unit = organisation.FindUnit(unitId);
            if (unit is null || !Substitutes.CanName(person, unit))
            {
                return NoticeCard.Build(asker.Language, asker.Texts.SubstituteOnlyManager, isError: true).ToJson();
            }
        }
        else if (managed.Count == 0)
        {
            return NoticeCard.Build(asker.Language, asker.Texts.SubstituteNoUnit, isError: true).ToJson();
        }
        else
        {
            unit = managed.FirstOrDefault(u => u == asker.UnitInContext(turn)) ?? (managed.Count == 1 ? managed[0] : null);
            if (unit is null)
            {
                return UnitPickerCard.Build(asker.Language, managed, CardVerbs.SubstituteForm).ToJson();
            }
        }

        var history = await organisations.HistoryOfUnitAsync(organisation.Tenant, unit.Id, cancellationToken);
        var name = unit.Substitute is { } substitute ? organisation.FindPerson(substitute.PersonId)?.Name : null;
        return SubstituteCard.Build(asker.Language, unit, Substitutes.Candidates(organisation, unit), name, history, time.GetUtcNow(), draft, problems, notice).ToJson();
    }

    private Task<CardActionResult> NameAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var draft = SubstituteDraft.FromInputs(action.Data);
        return ChangeAsync(turn, action, draft, (organisation, manager, unit, now) =>
            Substitutes.Name(organisation, manager, unit, draft.Person, SubstituteDraft.Day(draft.From), SubstituteDraft.Day(draft.Until), now),
            t => t.SubstituteSaved, cancellationToken);
    }

    private Task<CardActionResult> EndAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, null, Substitutes.End, t => t.SubstituteEndedNotice, cancellationToken);

    /// <summary>
    /// Applies a change of the unit's substitute as the domain rules it, keeps it in the organisation's history, tells
    /// those it concerns, and shows the card again; a refusal shows the card with the problems and what was chosen.
    /// </summary>
    private async Task<CardActionResult> ChangeAsync(
        TurnContext turn,
        CardAction action,
        SubstituteDraft? draft,
        Func<Organisation, Person, Unit, DateTimeOffset, (Unit Unit, OrganisationChange Change)> change,
        Func<Texts, string> saved,
        CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var unitId = action.GetString(CardKeys.Unit);
        if (unitId is null || asker.Organisation.FindUnit(unitId) is not { } before)
        {
            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.SubstituteOnlyManager, isError: true).ToJson());
        }

        var now = time.GetUtcNow();
        try
        {
            var (organisation, made) = await organisations.ChangeUnitAsync(
                asker.Organisation.Tenant,
                unitId,
                (current, unit) => change(current, current.FindPerson(asker.Person.Id) ?? asker.Person, unit, now),
                cancellationToken);
            askers.Forget(organisation.Tenant);
            logger.LogInformation("{Person} {Change} for {Unit}", asker.Person.Id, made.Kind, unitId);
            await TellAsync(organisation, organisation.FindUnit(unitId)!, before.Substitute, made, cancellationToken);
            return CardActionResult.ReplaceCard(await SubstituteCardAsync(asker, organisation, turn, unitId, cancellationToken, notice: saved(asker.Texts)));
        }
        catch (SubstituteRuleException refusal)
        {
            return CardActionResult.ReplaceCard(await SubstituteCardAsync(asker, asker.Organisation, turn, unitId, cancellationToken, draft, refusal.Problems));
        }
    }

    /// <summary>
    /// The person named is told (and one whose period ended or was replaced): who, which unit, which days; nothing of any
    /// report. Recorded in the outbox under the change's own key and sent in the background: the manager's card does not
    /// wait for anyone's chat. When it cannot be recorded the change stands, and that is logged.
    /// </summary>
    private async Task TellAsync(Organisation organisation, Unit unit, Substitute? earlier, OrganisationChange made, CancellationToken cancellationToken)
    {
        var told = new List<(string PersonId, Substitute Substitute, bool Ended)>();
        if (unit.Substitute is { } current)
        {
            told.Add((current.PersonId, current, made.Kind == OrganisationChangeKind.SubstituteEnded));
        }

        if (made.Kind == OrganisationChangeKind.SubstituteNamed && earlier is not null && !earlier.IsOver(made.At)
            && !string.Equals(earlier.PersonId, made.SubstituteId, StringComparison.OrdinalIgnoreCase))
        {
            told.Add((earlier.PersonId, earlier, true));
        }

        try
        {
            foreach (var (personId, substitute, ended) in told)
            {
                var key = $"substitute~{unit.Id}~{made.At.UtcTicks.ToString(CultureInfo.InvariantCulture)}~{(ended ? "ended" : "named")}~{personId}";
                await outbox.SendToPersonAsync(
                    organisation.Tenant, personId, key, NoticeKind.Substitute,
                    language => SubstituteNoticeCard.Build(language, unit, made.PersonName, substitute, ended),
                    cancellationToken, about: unit.Name);
            }

            outbox.DeliverSoon(organisation.Tenant);
        }
        catch (Azure.RequestFailedException ex)
        {
            logger.LogError(ex, "Could not record the notice about the substitute for {Unit}", unit.Id);
        }
    }

    private static async Task SendAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken) =>
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);

    private static JsonObject NotInOrganisation(TurnContext turn)
    {
        var language = UiLanguages.FromLocale(turn.Locale);
        return NoticeCard.Build(language, Texts.For(language).ProfileUnknown, isError: true).ToJson();
    }
}
