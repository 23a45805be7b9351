using System.Text.Json.Nodes;

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
