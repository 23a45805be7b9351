namespace TeamsQuality.Domain.Rules;

/// <summary>
/// What a person fills in or chooses, across every feature, so a refusal can say which field it is about (the card
/// puts the message under that field). <see cref="None"/>: the refusal is about the press itself (who may do it, the
/// record's state), not about anything typed.
/// </summary>
public enum Field
{
    None,

    // ---- Learning stops ----
    Contribution,
    Summary,
    ProposalTitle,
    ProposalOwner,
    ProposalDue,
    Documenter,
    NeedsAction,
    Comment,

    // ---- Logbook ----
    LogbookText,
    LogbookTheme,

    // ---- Deviations, lex Sarah, complaints ----
    Kind,
    Unit,
    WhatHappened,
    OccurredAt,
    ImmediateMeasures,
    Category,
    Severity,
    ImmediateActions,
    Motivation,
    Investigation,
    Decision,
    Answer,
    ActionTitle,
    ActionOwner,

    // ---- Actions (åtgärder) in the unit's plan ----
    ActionDue,
    ActionCause,
    ActionPurpose,

    // ---- Risks ----
    Process,
    Description,
    Probability,
    Consequence,

    // ---- Substitutes (ersättare) ----
    Substitute,
    From,
    Until,

    // ---- Setting up the organisation ----
    OrganisationName,
    UnitName,
    Channel,
    Manager,
    Staff,
    Person,
    Role,

    // ---- Self-check plan (egenkontrollplan) ----
    ControlWhat,
    ControlPerspective,
    ControlMethod,
    ControlFrequency,
    ControlMonths,
    ControlResponsible,
    ControlInstructions,
    ControlSampleSize,
    ControlRemovalReason,
    TemplateName,

    // ---- Nordmaling's Garage ----
    GarageKind,
    GarageTheme,
    GarageText,
    GarageReason,

    // ---- Self-check results (egenkontroll) ----
    CheckVerdict,
    CheckComment,
    CheckReviewed,
    CheckDefects,
    CheckReason,

    // ---- Risks: re-assessment, closing ----
    RiskComment,
    RiskState,
    RiskClosing,
    // ---- Actions followed to the end ----
    ActionStatus,
    ActionComment,
    ActionFollowUp,
    ActionEffect,

    // ---- The quality report (kvalitetsberättelsen) ----
    ReportSection,
    ReportPerspective,
    ReportTrend,

    // ---- The IVO package (lex Sarah report to IVO) ----
    IvoPackage,
    IvoSentOn,
    IvoDiarienummer,
}

/// <summary>Why a rule said no.</summary>
public enum RefusalReason
{
    /// <summary>Nothing was filled in where something must be.</summary>
    Required,

    /// <summary>Longer than <see cref="FreeText.LongestText"/>.</summary>
    TooLong,

    /// <summary>The text contains a personnummer or samordningsnummer.</summary>
    ContainsPersonalIdentityNumber,

    /// <summary>Not a date (or number) the field takes.</summary>
    Invalid,

    InTheFuture,

    InThePast,

    /// <summary>The last day is before the first.</summary>
    EndsBeforeStart,

    /// <summary>A choice that is not one of the field's choices.</summary>
    UnknownChoice,

    /// <summary>The person may not do this (their role or unit does not allow it).</summary>
    NotAllowed,

    /// <summary>The person (asking, or named in the field) is not one of the unit's people nor its manager.</summary>
    NotInUnit,

    /// <summary>Only the stop's documenter (the manager or their delegate) may do this.</summary>
    NotDocumenter,

    /// <summary>Only the unit's manager (or who acts for them) may do this.</summary>
    NotManager,

    /// <summary>The person named themselves where someone else must be named.</summary>
    Self,

    /// <summary>The record is not in a state that allows this.</summary>
    WrongState,

    AlreadyFinished,

    /// <summary>Somebody else saved the same text since it was read; both texts are kept.</summary>
    ChangedMeanwhile,

    /// <summary>A lex Sarah report cannot be closed before the IVO decision.</summary>
    IvoDecisionMissing,

    /// <summary>There is nothing to end (e.g. no substitute).</summary>
    NoneToEnd,

    /// <summary>The record a press names is not there (or not in the person's organisation), e.g. a stop never planned.</summary>
    NotFound,

    /// <summary>The tenant has no organisation yet: it must be named first.</summary>
    NotSetUp,

    /// <summary>Another one of the organisation already has this name (<see cref="Refusal.Name"/>: the name).</summary>
    AlreadyExists,

    /// <summary>Teams has not told the app of this channel or team (the app is not installed there, or it was deleted).</summary>
    NotRecorded,

    /// <summary>The channel is linked to another unit already (<see cref="Refusal.Name"/>: that unit).</summary>
    ChannelTaken,

    /// <summary>The unit is linked to no channel, so it has no team to take people from.</summary>
    NoChannel,

    /// <summary>The person is in no team the app knows and not in the organisation: not someone of this tenant.</summary>
    NotInTenant,

    /// <summary>The person is not a member of the team of the unit's channel.</summary>
    NotInTeam,

    /// <summary>
    /// The person is already in another unit (<see cref="Refusal.Name"/>: that unit), as staff or its manager: a person
    /// is in one unit only. Move them out first.
    /// </summary>
    InAnotherUnit,

    /// <summary>The person is already in this unit.</summary>
    AlreadyInUnit,

    /// <summary>
    /// The person manages a unit (<see cref="Refusal.Name"/>: that unit): choose another manager for it first, so no unit
    /// loses its manager by a move or a removal.
    /// </summary>
    ManagesUnit,

    /// <summary>The person has a role that does not fit (<see cref="Refusal.Name"/>: the role, as <see cref="Organisations.Role"/>).</summary>
    OtherRole,

    /// <summary>A count is larger than the count it is part of (med brister more than granskade).</summary>
    MoreThanReviewed,

    /// <summary>A sample check with files med brister cannot be Godkänd.</summary>
    DefectsFound,

    /// <summary>Ej godkänd needs an action planned or a recorded reason why none is needed.</summary>
    ActionOrReasonMissing,

    /// <summary>
    /// The IVO package lacks something IVO's form asks (<see cref="Refusal.Name"/>: the
    /// <see cref="Deviations.IvoPackageItem"/> missing); one refusal per item.
    /// </summary>
    IvoPackageIncomplete,
}

/// <summary>A rule said no: why, which field it is about, and the name the message needs (e.g. the unit a channel is linked to).</summary>
/// <param name="Name">What the message names, when the reason says it does; a name, never a text in a language.</param>
public sealed record Refusal(RefusalReason Reason, Field Field = Field.None, string? Name = null);

/// <summary>One or more rules said no; nothing was changed.</summary>
public sealed class RuleException(IReadOnlyList<Refusal> refusals)
    : Exception(string.Join("; ", refusals.Select(r => $"{r.Field}: {r.Reason}")))
{
    public RuleException(RefusalReason reason, Field field = Field.None, string? name = null)
        : this([new Refusal(reason, field, name)])
    {
    }

    public IReadOnlyList<Refusal> Refusals { get; } = refusals;

    /// <summary>Throws when there is anything to refuse.</summary>
    public static void ThrowIfAny(IReadOnlyCollection<Refusal> refusals)
    {
        if (refusals.Count > 0)
        {
            throw new RuleException([.. refusals]);
        }
    }
}
