namespace TeamsQuality.Domain.Deviations;

// Kept only while the old Texts members (Texts.Reports.cs: FieldName, Problem, RiskProblem) still name these types:
// the rules refuse with Rules.Refusal now, and the texts restructure removes these with the old members.
/// <summary>The fields a person fills in; named so a refusal can say which field it is about.</summary>
public enum ReportField
{
    Kind,
    Unit,
    WhatHappened,
    OccurredAt,
    ImmediateMeasures,
    Severity,
    ImmediateActions,
    Motivation,
    Investigation,
    ActionTitle,
    Decision,
    Answer,

    /// <summary>The category of a deviation or lex Sarah report, on filing or assessment.</summary>
    Category,

    /// <summary>The person named owner of an action the report leads to.</summary>
    ActionOwner,

    /// <summary>A risk's main process (huvudprocess).</summary>
    RiskProcess,

    /// <summary>A risk's description.</summary>
    RiskDescription,

    /// <summary>A risk's probability 1-4 (sannolikhet).</summary>
    RiskProbability,

    /// <summary>A risk's consequence 1-4 (konsekvens).</summary>
    RiskConsequence,
}

public enum ReportProblemKind
{
    Required,
    InTheFuture,
    ContainsPersonalIdentityNumber,
    TooLong,
    NotAllowed,
    WrongState,
    IvoDecisionMissing,

    /// <summary>A choice that is not one of the field's choices (a category that does not exist).</summary>
    UnknownChoice,

    /// <summary>The person named is not one of the unit's people nor its manager.</summary>
    NotInUnit,
}

public sealed record ReportProblem(ReportField Field, ReportProblemKind Kind);

/// <summary>The report's rules said no; nothing changed.</summary>
public sealed class ReportRuleException(IReadOnlyList<ReportProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Kind}")))
{
    public IReadOnlyList<ReportProblem> Problems { get; } = problems;
}
