using System.Text.Json.Nodes;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>What the check's card shows: the point, the occurrence, its result and the point's latest, and what the viewer may do.</summary>
/// <param name="Result">This occurrence's result, if recorded.</param>
/// <param name="Latest">The point's latest result this year (this occurrence's, or an earlier one's), if any.</param>
/// <param name="CanRecord">Whether the viewer may record (or correct) the result.</param>
/// <param name="Owners">Who may own an action planned from it: the unit's own people.</param>
/// <param name="ResponsibleName">Who performs it (the point's responsible, or the unit's manager).</param>
public sealed record CheckCardFacts(
    Unit Unit, ControlPoint Point, CheckOccurrence Occurrence, SelfCheckResult? Result, SelfCheckResult? Latest, bool CanRecord, IReadOnlyList<Person> Owners, string? ResponsibleName);

/// <summary>
/// One occurrence of a control point: posted 1:1 to the responsible person when it opens, as a reminder a week before it
/// is due and when it is overdue, and opened from <c>egenkontroller</c>. It shows the point, its instructions and the
/// latest result, and to those who may record it the form: Godkänd / Ej godkänd, a comment, for file reviews the counts
/// (granskade, med brister), a reason for an Ej godkänd without an action, and behind a button the shared action form
/// (the cause proposed from the point). A refusal brings back the same card with everything typed and each message
/// under its input; a refusal in the action form keeps that form open in the card.
/// </summary>
public static class SelfCheckCard
{
    private const int LongestInstructions = 2000;

    /// <summary>The most one put-back input may cost as JSON: four of them (comment, reason, the action's title and cause) stay well under Teams' limit.</summary>
    private const int PutBackCost = 8000;

    /// <param name="notice">Why it was sent (opens, reminder, overdue); null when opened by the viewer.</param>
    /// <param name="saved">Just saved: says so above the rest.</param>
    public static AdaptiveCard Build(
        UiLanguage language, CheckCardFacts facts, CheckNoticeKind? notice = null, bool saved = false, SelfCheckDraft? draft = null, IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var point = facts.Point;
        var occurrence = facts.Occurrence;
        var body = new List<CardElement>
        {
            Heading(notice switch
            {
                CheckNoticeKind.Opens => t.CheckHeadingOpens,
                CheckNoticeKind.Reminder => t.CheckHeadingReminder,
                CheckNoticeKind.Overdue => t.CheckHeadingOverdue,
                _ => t.CheckHeading,
            }),
            new RichTextBlock([new TextRun(Shorten(point.What, 300)) { Weight = "bolder" }]) { Spacing = "none" },
        };

        var responsible = facts.ResponsibleName ?? t.CheckResponsibleManager;
        var method = t.MethodOfCheck(point.Method) + (point.IsSampleCheck && point.SampleSize is { } size ? " · " + string.Format(culture, t.CheckSampleSize, size) : string.Empty);
        body.Add(new FactSet(
        [
            new(t.CheckUnitLabel, facts.Unit.Name),
            new(t.CheckPerspectiveLabel, t.PerspectiveName(point.Perspective)),
            new(t.CheckMethodLabel, method),
            new(t.CheckPeriodLabel, t.PeriodOf(point.Frequency, occurrence)),
            new(t.CheckDueLabel, Date(language, occurrence.Due)),
            new(t.CheckResponsibleLabel, responsible),
        ]));

        if (!string.IsNullOrWhiteSpace(point.Instructions))
        {
            body.Add(Subheading(t.CheckInstructionsHeading));
            body.Add(Plain(Shorten(point.Instructions, LongestInstructions)));
        }

        body.Add(Subheading(t.CheckLastResultHeading));
        if (facts.Latest is { } latest)
        {
            body.AddRange(ResultLines(language, t, point, latest));
        }
        else
        {
            body.Add(Subtle(t.CheckNoResultYet));
        }

        if (saved && facts.Result is { } result)
        {
            body.Insert(1, Notice(string.Format(culture, t.CheckSaved, t.VerdictName(result.Current.Verdict)) + (result.Current.ActionId is not null ? " " + t.CheckSavedWithAction : string.Empty), isError: false));
        }

        var actions = new List<CardActionElement>();
        if (facts.CanRecord)
        {
            AddForm(body, actions, language, t, facts, saved ? null : draft);
        }
        else
        {
            body.Add(new TextBlock(string.Format(culture, t.CheckReadOnly, responsible)) { IsSubtle = true, Size = "small", Spacing = "medium", Wrap = true });
            actions.Add(new ExecuteAction(t.Refresh, CardVerbs.OpenSelfCheck) { Data = Data(facts) });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.CheckFallback, Shorten(point.What, 200)),
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.SelfCheckResultRefusal, SelfCheckDraft.InputOf, CardVerbs.RecordSelfCheck), t.CheckRefusedHeading),
            Actions = actions,
        };
    }

    /// <summary>A result as lines: verdict, period, who and when; the counts; the action or the reason; the comment; corrections.</summary>
    internal static IEnumerable<CardElement> ResultLines(UiLanguage language, Texts t, ControlPoint point, SelfCheckResult result)
    {
        var culture = language.Culture();
        var entry = result.Current;
        var period = SelfCheckSchedule.Occurrences(point, result.Year).FirstOrDefault(o => o.Period == result.Period) is { } occurrence
            ? t.PeriodOf(point.Frequency, occurrence)
            : result.Key;
        yield return new RichTextBlock(
        [
            new TextRun(t.VerdictName(entry.Verdict)) { Weight = "bolder", Color = entry.Verdict == CheckVerdict.Godkand ? "good" : "attention" },
            new TextRun(" · " + string.Format(culture, t.CheckResultLine, period, entry.ByName, WhenOnRecord(language, entry.At))) { IsSubtle = true },
        ])
        {
            Spacing = "small",
        };
        if (entry.Reviewed is { } reviewed && entry.WithDefects is { } defects)
        {
            yield return Subtle(string.Format(culture, t.CheckCountsLine, reviewed, defects));
        }

        if (entry.ActionId is not null)
        {
            yield return Subtle(t.CheckActionPlanned);
        }
        else if (entry.Reason is { } reason)
        {
            yield return Subtle(string.Format(culture, t.CheckReasonLine, Shorten(reason, 500)));
        }

        if (entry.Comment is { } comment)
        {
            yield return Plain(Shorten(comment, 1000));
        }

        if (result.History.Count > 1)
        {
            yield return Subtle(string.Format(culture, t.CheckCorrections, result.History.Count - 1));
        }
    }

    private static void AddForm(List<CardElement> body, List<CardActionElement> actions, UiLanguage language, Texts t, CheckCardFacts facts, SelfCheckDraft? draft)
    {
        var point = facts.Point;
        body.Add(new TextBlock(t.CheckYourResultHeading) { Weight = "bolder", Size = "medium", Spacing = "large", Separator = true });
        if (facts.Result is not null)
        {
            body.Add(new TextBlock(t.CheckRecordedThisPeriod) { IsSubtle = true, Size = "small", Spacing = "none", Wrap = true });
        }

        var verdicts = Enum.GetValues<CheckVerdict>().Select(v => new Choice(t.VerdictName(v), v.ToString())).ToList();
        body.Add(new InputChoiceSet(verdicts)
        {
            Id = CardKeys.CheckVerdict,
            Label = t.FieldCheckVerdict,
            Style = "expanded",
            IsRequired = true,
            ErrorMessage = t.CheckVerdictError,
            Value = Chosen(verdicts, draft?.Verdict),
        });
        if (point.IsSampleCheck)
        {
            body.Add(new InputText { Id = CardKeys.CheckReviewed, Label = t.FieldCheckReviewed, MaxLength = 6, IsRequired = true, ErrorMessage = t.CheckCountError, Value = Cut(draft?.Reviewed), Placeholder = point.SampleSize?.ToString(language.Culture()) });
            body.Add(new InputText { Id = CardKeys.CheckDefects, Label = t.FieldCheckDefects, MaxLength = 6, IsRequired = true, ErrorMessage = t.CheckCountError, Value = Cut(draft?.Defects), Placeholder = "0" });
        }

        body.Add(new InputText { Id = CardKeys.CheckComment, Label = t.FieldCheckComment, IsMultiline = true, MaxLength = FreeText.LongestText, Value = PrefillWithin(draft?.Comment, PutBackCost) });
        body.Add(new InputText { Id = CardKeys.CheckReason, Label = t.FieldCheckReason, IsMultiline = true, MaxLength = FreeText.LongestText, Value = PrefillWithin(draft?.Reason, PutBackCost) });

        var data = Data(facts);
        var save = new ExecuteAction(t.CheckSave, CardVerbs.RecordSelfCheck) { Data = data, Style = "positive" };
        var withAction = Data(facts);
        withAction[CardKeys.CheckWithAction] = "1";
        var saveWithAction = new ExecuteAction(t.CheckSaveWithAction, CardVerbs.RecordSelfCheck) { Data = withAction, Style = "positive" };
        var cause = point.What;

        // What was typed is put back whole up to a budget per input, so the refused card stays under Teams' limit.
        var typed = draft?.Action is { } form
            ? form with { Title = PrefillWithin(form.Title, PutBackCost), Cause = PrefillWithin(form.Cause, PutBackCost) }
            : null;
        if (draft is { WithAction: true })
        {
            // Worked in and refused: the action form stays open in the card, with what was typed under its own button. Its
            // inputs are not required here, so "Spara resultatet" (with a reason instead) still goes through.
            var inputs = ActionFormPart.Inputs(language, facts.Owners, typed, cause, ActionPurpose.Korrigerande)
                .Select(e => e is InputElement input ? input with { IsRequired = null } : e);
            body.Add(new ActionSet([save]) { Spacing = "medium" });
            body.Add(new Container([new TextBlock(t.CheckPlanAction) { Weight = "bolder", Color = "accent" }, Subtle(t.CheckActionHint), .. inputs, new ActionSet([saveWithAction])])
            {
                Style = "emphasis",
                Spacing = "medium",
            });
            return;
        }

        actions.Add(save);
        actions.Add(new ShowCardAction(t.CheckPlanAction, new AdaptiveCard
        {
            Body = [Subtle(t.CheckActionHint), .. ActionFormPart.Inputs(language, facts.Owners, typed, cause, ActionPurpose.Korrigerande)],
            Actions = [saveWithAction],
            Teams = null,
        }));
    }

    /// <summary>A count as typed, put back (a count input holds a few characters).</summary>
    private static string? Cut(string? text) => text is null ? null : Shorten(text, 6, ellipsis: false);

    /// <summary>The data that names the occurrence on every button of the card.</summary>
    public static JsonObject Data(CheckCardFacts facts) => Data(facts.Unit.Id, facts.Occurrence);

    public static JsonObject Data(string unitId, CheckOccurrence occurrence) => new()
    {
        [CardKeys.Unit] = unitId,
        [CardKeys.Year] = occurrence.Year,
        [CardKeys.ControlPoint] = occurrence.PointId,
        [CardKeys.CheckPeriod] = occurrence.Period,
    };
}
