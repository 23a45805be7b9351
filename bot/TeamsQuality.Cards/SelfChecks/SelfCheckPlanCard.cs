using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>A unit's self-check plan as the card shows it to one person.</summary>
/// <param name="Plan">The plan (its unit's and year's).</param>
/// <param name="Today">The Swedish day, for each point's next due date.</param>
/// <param name="CanKeep">The viewer may add, change and remove points.</param>
/// <param name="CanOffer">The viewer may offer the plan as a template.</param>
/// <param name="EarlierYear">Last year, when an empty plan the viewer keeps can start from its plan.</param>
/// <param name="Templates">The templates an empty plan the viewer keeps can start from.</param>
/// <param name="ManagerName">The unit's manager, responsible where a point names nobody.</param>
public sealed record SelfCheckPlanShown(
    Unit Unit, SelfCheckPlan Plan, DateOnly Today, bool CanKeep, bool CanOffer, int? EarlierYear, IReadOnlyList<SelfCheckTemplate> Templates, string? ManagerName);

/// <summary>
/// "Egenkontrollplan": a unit's control points for a year, grouped by quality perspective, each with its method, how
/// often, who is responsible and when it is next due. Those who keep the plan get Ändra and Ta bort per point, Ny
/// kontrollpunkt, and for an empty plan the ways to start it (last year's plan, a template); the quality developers
/// Erbjud som mall. One page of points at a time, so a plan of any size stays far under Teams' 80 KB.
/// </summary>
public static class SelfCheckPlanCard
{
    /// <summary>How many points one page shows.</summary>
    public const int PageSize = 15;

    /// <summary>How much of a point's "what" the list shows (the form shows it whole).</summary>
    internal const int LongestWhat = 300;

    private static readonly QualityPerspective[] PerspectiveOrder = [QualityPerspective.Strukturkvalitet, QualityPerspective.Processkvalitet, QualityPerspective.Resultatkvalitet];

    /// <param name="language">The viewer's language.</param>
    /// <param name="shown">The plan and what the viewer may do with it.</param>
    /// <param name="skip">How many points come before this page.</param>
    /// <param name="notice">What the last press did ("Sparat"), if anything.</param>
    /// <param name="refusals">Why the last press was refused.</param>
    /// <param name="chosenTemplate">The template the viewer had chosen, put back after a refusal.</param>
    /// <param name="refusalText">The refusals' words (the plan's by default; starting or offering say some otherwise).</param>
    public static AdaptiveCard Build(
        UiLanguage language, SelfCheckPlanShown shown, int skip = 0, string? notice = null, IReadOnlyList<Refusal>? refusals = null, string? chosenTemplate = null,
        Func<Texts, Func<Refusal, string>>? refusalText = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var (unit, plan) = (shown.Unit, shown.Plan);
        var title = string.Format(culture, t.SelfCheckPlanTitle, plan.Year, unit.Name);
        var body = new List<CardElement> { Heading(title) };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = "good", Weight = "bolder", Spacing = "small" });
        }

        var ordered = PerspectiveOrder.SelectMany(p => plan.Points.Where(point => point.Perspective == p)).ToList();
        skip = ordered.Count == 0 ? 0 : Math.Clamp(skip, 0, (ordered.Count - 1) / PageSize * PageSize);
        var page = ordered.Skip(skip).Take(PageSize).ToList();
        if (ordered.Count == 0)
        {
            body.Add(new TextBlock(t.SelfCheckPlanEmpty) { IsSubtle = true });
            if (shown.CanKeep)
            {
                StartOptions(body, t, shown, chosenTemplate);
            }
        }
        else
        {
            body.Add(new TextBlock(ordered.Count == 1 ? t.SelfCheckPointCountOne : string.Format(culture, t.SelfCheckPointCountMany, ordered.Count)) { Spacing = "small" });
            foreach (var group in page.GroupBy(p => p.Perspective))
            {
                body.Add(new RichTextBlock([new TextRun(t.PerspectiveName(group.Key)) { Weight = "bolder" }]) { Spacing = "large", Separator = true });
                body.AddRange(group.Select(point => Row(language, t, shown, point, skip)));
            }

            if (ordered.Count > page.Count)
            {
                body.Add(Hidden(string.Format(culture, t.SelfCheckPointsShowing, skip + 1, skip + page.Count, ordered.Count)));
            }
        }

        if (plan.Year < shown.Today.Year)
        {
            body.Add(new TextBlock(t.SelfCheckPlanClosed) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }
        else if (!shown.CanKeep)
        {
            body.Add(new TextBlock(t.SelfCheckReadOnly) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }

        var actions = new List<CardActionElement>();
        if (skip + page.Count < ordered.Count)
        {
            actions.Add(new ExecuteAction(t.SelfCheckOlder, CardVerbs.SelfCheckPlan) { Data = SelfCheckPlanData.Of(unit, plan.Year, skip: skip + PageSize) });
        }

        if (skip > 0)
        {
            actions.Add(new ExecuteAction(t.SelfCheckNewer, CardVerbs.SelfCheckPlan) { Data = SelfCheckPlanData.Of(unit, plan.Year, skip: Math.Max(0, skip - PageSize)) });
        }

        if (shown.CanKeep && plan.Points.Count < SelfCheckPlan.MostPoints)
        {
            actions.Add(new ExecuteAction(t.SelfCheckNewPoint, CardVerbs.NewControlPoint) { Data = SelfCheckPlanData.Of(unit, plan.Year), Style = "positive" });
        }

        if (shown.CanOffer)
        {
            actions.Add(new ExecuteAction(t.SelfCheckOfferAsTemplate, CardVerbs.OfferTemplateForm) { Data = SelfCheckPlanData.Of(unit, plan.Year) });
        }

        actions.Add(new ExecuteAction(t.Refresh, CardVerbs.SelfCheckPlan) { Data = SelfCheckPlanData.Of(unit, plan.Year, skip: skip) });
        var words = (refusalText ?? (x => x.SelfCheckRefusal))(t);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.SelfCheckPlanFallback, plan.Year, unit.Name),
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], words, f => f == Field.TemplateName ? CardKeys.SelfCheckTemplate : null), t.ReportProblemsHeading),
            Actions = actions,
        };
    }

    /// <summary>"Kvartalsvis", "Årsvis: april", "Valda månader: maj, september".</summary>
    internal static string Frequency(UiLanguage language, Texts t, ControlPoint point)
    {
        var names = language.Culture().DateTimeFormat;
        return point.Months.Count == 0
            ? t.CheckFrequencyName(point.Frequency)
            : $"{t.CheckFrequencyName(point.Frequency)}: {string.Join(", ", point.Months.Where(m => m is >= 1 and <= 12).Select(names.GetMonthName))}";
    }

    private static Container Row(UiLanguage language, Texts t, SelfCheckPlanShown shown, ControlPoint point, int skip)
    {
        var culture = language.Culture();
        var next = SelfCheckPlan.NextDue(point, shown.Plan.Year, shown.Today);
        var items = new List<CardElement>
        {
            new RichTextBlock([new TextRun(Shorten(point.What, LongestWhat)) { Weight = "bolder" }]),
            Subtle($"{t.ControlMethodName(point.Method)} · {Frequency(language, t, point)}"
                + (point.SampleSize is { } size ? " · " + string.Format(culture, t.SelfCheckSampleLine, size) : string.Empty)),
            Subtle(string.Format(culture, t.SelfCheckResponsibleLine, point.ResponsibleName ?? shown.ManagerName ?? t.SelfCheckResponsibleNobody)
                + " · " + (next is { } due ? string.Format(culture, t.SelfCheckNextDue, Date(language, due)) : t.SelfCheckNoMoreThisYear)),
        };
        if (shown.CanKeep)
        {
            items.Add(new ActionSet(
            [
                new ExecuteAction(t.SelfCheckEdit, CardVerbs.EditControlPoint) { Data = SelfCheckPlanData.Of(shown.Unit, shown.Plan.Year, point.Id, skip) },
                new ExecuteAction(t.SelfCheckRemove, CardVerbs.RemoveControlPoint) { Data = SelfCheckPlanData.Of(shown.Unit, shown.Plan.Year, point.Id, skip), Style = "destructive" },
            ])
            {
                Spacing = "small",
            });
        }

        return new Container(items) { Spacing = "medium" };
    }

    private static void StartOptions(List<CardElement> body, Texts t, SelfCheckPlanShown shown, string? chosenTemplate)
    {
        var (unit, year) = (shown.Unit, shown.Plan.Year);
        body.Add(new TextBlock(t.SelfCheckStartHeading) { Weight = "bolder", Size = "medium", Spacing = "large", Separator = true });
        if (shown.EarlierYear is { } earlier)
        {
            body.Add(Subtle(t.SelfCheckStartFromLastYearHint));
            body.Add(new ActionSet([new ExecuteAction(string.Format(CultureInfo.InvariantCulture, t.SelfCheckStartFromLastYear, earlier), CardVerbs.StartPlanFromLastYear)
            {
                Data = SelfCheckPlanData.Of(unit, year),
                AssociatedInputs = "none",
            }]));
        }

        if (shown.Templates.Count > 0)
        {
            var culture = t.Language.Culture();
            var choices = shown.Templates.Select(template => new Choice(
                $"{Shorten(template.Name, SelfCheckTemplate.LongestName)} ({string.Format(culture, t.SelfCheckTemplatePoints, template.Points.Count)})", template.Id)).ToList();
            body.Add(new InputChoiceSet(choices)
            {
                Id = CardKeys.SelfCheckTemplate,
                Label = t.SelfCheckTemplateLabel,
                Style = "compact",
                IsRequired = true,
                ErrorMessage = t.SelfCheckTemplateError,
                Value = Chosen(choices, chosenTemplate) ?? choices[0].Value,
            });
            body.Add(new ActionSet([new ExecuteAction(t.SelfCheckStartFromTemplate, CardVerbs.StartPlanFromTemplate) { Data = SelfCheckPlanData.Of(unit, year) }]));
        }

        body.Add(Subtle(t.SelfCheckStartEmptyHint));
    }
}
