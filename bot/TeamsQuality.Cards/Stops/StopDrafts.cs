using System.Text.Json.Nodes;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// What the user had typed in a step card's inputs, so a card shown again after a refusal (a personnummer, an empty
/// text, a conflict) puts it back: bad input never loses what the user wrote.
/// </summary>
public sealed record StepCardDraft
{
    /// <summary>Input "contribution".</summary>
    public string? Contribution { get; init; }

    /// <summary>Input "summary".</summary>
    public string? Summary { get; init; }

    /// <summary>Input "proposalTitle".</summary>
    public string? ProposalTitle { get; init; }

    /// <summary>Input "proposalOwner": a person id.</summary>
    public string? ProposalOwner { get; init; }

    /// <summary>Input "proposalDue": yyyy-MM-dd as the date input sends it.</summary>
    public string? ProposalDue { get; init; }

    /// <summary>Input "delegate": a person id.</summary>
    public string? Delegate { get; init; }

    /// <summary>The proposal's due date as the date input sent it (yyyy-MM-dd); null when none was chosen or it is no date.</summary>
    public DateOnly? ProposalDueDate => CardInputs.Date(ProposalDue);

    /// <summary>A due date came that is no date: refused with the date kept, not dropped.</summary>
    public bool ProposalDueUnreadable => ProposalDue is not null && ProposalDueDate is null;

    /// <summary>The draft from a card action's data (the action's data merged with the card's inputs).</summary>
    public static StepCardDraft FromInputs(JsonObject? data) => new()
    {
        Contribution = CardInputs.Text(data, CardKeys.Contribution),
        Summary = CardInputs.Text(data, CardKeys.Summary),
        ProposalTitle = CardInputs.Text(data, CardKeys.ProposalTitle),
        ProposalOwner = CardInputs.Text(data, CardKeys.ProposalOwner),
        ProposalDue = CardInputs.Text(data, CardKeys.ProposalDue),
        Delegate = CardInputs.Text(data, CardKeys.Delegate),
    };
}

/// <summary>What the user had chosen and typed on the finishing card, put back when the card is shown again.</summary>
public sealed record FinishCardDraft
{
    /// <summary>Input "needsAction": "ja" or "nej".</summary>
    public string? NeedsAction { get; init; }

    /// <summary>Input "trend": Battre, Oforandrad, Samre or EjBedomd.</summary>
    public string? Trend { get; init; }

    /// <summary>Input "comment".</summary>
    public string? Comment { get; init; }

    /// <summary>The bedömning: true (actions are needed), false, or null when none was made.</summary>
    public bool? NeedsActionAnswer => NeedsAction switch
    {
        NeedsActionValues.Yes => true,
        NeedsActionValues.No => false,
        _ => null,
    };

    /// <summary>The trend chosen; "not assessed" when none came.</summary>
    public Trend TrendChosen => Enum.TryParse<Trend>(Trend, out var trend) ? trend : Domain.Stops.Trend.EjBedomd;

    public static FinishCardDraft FromInputs(JsonObject? data) => new()
    {
        NeedsAction = CardInputs.Text(data, CardKeys.NeedsAction),
        Trend = CardInputs.Text(data, CardKeys.Trend),
        Comment = CardInputs.Text(data, CardKeys.Comment),
    };
}

/// <summary>The values the finishing card's "needsAction" input sends.</summary>
public static class NeedsActionValues
{
    public const string Yes = "ja";
    public const string No = "nej";
}

/// <summary>
/// What a press on a stop's card names, read from the data its buttons carry (<see cref="StopCardParts.StopData"/>):
/// the stop (unit, wheel year, number), and the step, the page of contributions and the summary's revision the card
/// was showing.
/// </summary>
/// <param name="Step">The step the button names; null when it names none (or none of the four).</param>
/// <param name="Page">The page of contributions, when the button turns one.</param>
/// <param name="Revision">The revision of the step's summary the card showed (0: none).</param>
public sealed record StopPress(string UnitId, int Year, int Number, AnalysisStep? Step, int? Page, int Revision)
{
    /// <summary>The press, or null when its data names no stop.</summary>
    public static StopPress? FromData(JsonObject? data) =>
        CardInputs.Text(data, CardKeys.Unit) is { } unit && CardInputs.Number(data, CardKeys.Year) is { } year && CardInputs.Number(data, CardKeys.Stop) is { } number
            ? new StopPress(
                unit,
                year,
                number,
                CardInputs.Number(data, CardKeys.Step) is >= 1 and <= 4 and var step ? (AnalysisStep)step : null,
                CardInputs.Number(data, CardKeys.Page),
                CardInputs.Number(data, CardKeys.Revision) ?? 0)
            : null;

    /// <summary>The unit a "Visa alla hållplatser" button names (the unit picker's choice, a receipt's unit); null when none.</summary>
    public static string? ListedUnit(JsonObject? data) => CardInputs.Text(data, CardKeys.ListUnit) ?? CardInputs.Text(data, CardKeys.Unit);
}
