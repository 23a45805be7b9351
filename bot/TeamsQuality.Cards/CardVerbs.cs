namespace TeamsQuality.Cards;

/// <summary>The verbs of the card buttons, one place so cards and handlers agree.</summary>
public static class CardVerbs
{
    public const string ShowHelp = "help";
    public const string ShowProfile = "profile";

    /// <summary>Open a stop at a step (starting it if the manager opens it): data unit, year, stop, step (1-4, default 1).</summary>
    public const string OpenStop = "stop.open";

    /// <summary>Add a contribution to a step: data unit, year, stop, step; input "contribution".</summary>
    public const string Contribute = "stop.contribute";

    /// <summary>Save a step's summary: data unit, year, stop, step, revision (the one shown); input "summary".</summary>
    public const string SaveSummary = "stop.summary";

    /// <summary>Add a proposal in step 4: data unit, year, stop; inputs "proposalTitle", "proposalOwner", "proposalDue".</summary>
    public const string Propose = "stop.propose";

    /// <summary>Let a staff member document the stop: data unit, year, stop; input "delegate" (person id).</summary>
    public const string DelegateDocumentation = "stop.delegate";

    /// <summary>Show the finishing card: data unit, year, stop.</summary>
    public const string FinishForm = "stop.finishForm";

    /// <summary>Finish the stop: data unit, year, stop; inputs "needsAction" (ja/nej), "trend", "comment".</summary>
    public const string Finish = "stop.finish";

    /// <summary>
    /// The viewer's own current view of a stop card (Universal Actions refresh, automatic or by the Uppdatera button):
    /// data unit, year, stop, and step for a step card; without a step, the channel card's view (the step the unit is in).
    /// </summary>
    public const string RefreshStop = "stop.refresh";

    /// <summary>Show how a finished stop ended (the summary card): data unit, year, stop.</summary>
    public const string ShowStopSummary = "stop.result";

    /// <summary>Show the unit's stops this year: data unit (optional).</summary>
    public const string ListStops = "stop.list";

    /// <summary>Save a logbook note: inputs "logbookStop" (stop number), "logbookText".</summary>
    public const string AddLogbookNote = "logbook.add";

    /// <summary>Open the filing card (from the help card).</summary>
    public const string DeviationForm = "report.form";

    /// <summary>File a report: inputs reportKind, reportUnit, whatHappened, occurredDate, occurredTime, immediateMeasures, category.</summary>
    public const string FileDeviation = "report.file";

    /// <summary>Show a report's details to those allowed: data reference.</summary>
    public const string OpenDeviation = "report.open";

    /// <summary>The reporter's own reports.</summary>
    public const string MyDeviations = "report.mine";

    /// <summary>The manager's assessment: data reference; inputs severity (1-4), immediateActions, category.</summary>
    public const string AssessDeviation = "report.assess";

    /// <summary>The deputy director's IVO decision: data reference; inputs ivoDecision (ja/nej), ivoMotivation.</summary>
    public const string DecideIvo = "report.ivo";

    /// <summary>An investigation entry: data reference; inputs investigationTopic, investigationText, investigationIsFact (true/false).</summary>
    public const string Investigate = "report.investigate";

    /// <summary>An action from the report: data reference; inputs actionTitle, actionOwner, actionDue.</summary>
    public const string DeviationAction = "report.action";

    /// <summary>The answer to a view, complaint or praise: data reference; input answerText.</summary>
    public const string AnswerFeedback = "report.answer";

    /// <summary>Close the report: data reference; input closingDecision.</summary>
    public const string CloseDeviation = "report.close";

    /// <summary>The unit's risk register: data unit (optional).</summary>
    public const string RiskRegister = "risk.list";

    /// <summary>Add a risk: data unit; inputs riskProcess, riskDescription, riskProbability (1-4), riskConsequence (1-4).</summary>
    public const string AddRisk = "risk.add";

    /// <summary>Choose next year's wheel template: data year (the current wheel year); input wheelTemplate.</summary>
    public const string ChooseWheel = "wheel.choose";

    /// <summary>Counts of reports: data unit (optional), year.</summary>
    public const string DeviationStatistics = "report.stats";

    /// <summary>The messages the bot could not deliver, newest first (quality developers).</summary>
    public const string UndeliveredMessages = "outbox.failed";

    /// <summary>The unit's open reports, newest first: data unit (optional), skip (how many newer ones to pass).</summary>
    public const string UnitDeviations = "report.unit";

    /// <summary>A lex Sarah report's IVO package: the checklist, the export link and the form that records the sending.</summary>
    public const string IvoPackage = "report.ivoPackage";

    /// <summary>Records that the report was sent to IVO: the date and IVO's diarienummer.</summary>
    public const string IvoSent = "report.ivoSent";

    /// <summary>The manager's substitute card: data unit (optional).</summary>
    public const string SubstituteForm = "substitute.form";

    /// <summary>Name a substitute: data unit; inputs substitutePerson, substituteFrom, substituteUntil (yyyy-MM-dd).</summary>
    public const string NameSubstitute = "substitute.name";

    /// <summary>End the substitute's period now: data unit.</summary>
    public const string EndSubstitute = "substitute.end";

    /// <summary>Park an item in the Garage: inputs "garageKind" (Ide, Risk, Behov), "garageStop" (stop number), "garageText".</summary>
    public const string ParkInGarage = "garage.park";

    /// <summary>The unit's Garage by theme: data unit (optional).</summary>
    public const string ShowGarage = "garage.list";

    /// <summary>The Garage at a stop, for its documenter to decide on: data unit, year, stop.</summary>
    public const string ReviewGarage = "garage.review";

    /// <summary>The action form for a parked item: data unit, year, stop, garageItem.</summary>
    public const string GaragePlanForm = "garage.planForm";

    /// <summary>Take a parked item into the plan: data unit, year, stop, garageItem; the shared action form's inputs.</summary>
    public const string GarageToPlan = "garage.toPlan";

    /// <summary>Keep a parked item in the Garage: data unit, year, stop, garageItem.</summary>
    public const string GarageKeep = "garage.keep";

    /// <summary>The card to drop a parked item with a reason: data unit, year, stop, garageItem.</summary>
    public const string GarageDropForm = "garage.dropForm";

    /// <summary>Drop a parked item: data unit, year, stop, garageItem; input "garageReason".</summary>
    public const string GarageDrop = "garage.drop";

    /// <summary>The unit's self-check plan (egenkontrollplan): data unit, year (number or string; none: this year), skip (the page).</summary>
    public const string SelfCheckPlan = "selfcheck.plan";

    /// <summary>The form for a new control point: data unit, year.</summary>
    public const string NewControlPoint = "selfcheck.point.new";

    /// <summary>The form to change a control point: data unit, year, point.</summary>
    public const string EditControlPoint = "selfcheck.point.edit";

    /// <summary>Save the control point form: data unit, year, point (none: a new one); inputs the point's fields.</summary>
    public const string SaveControlPoint = "selfcheck.point.save";

    /// <summary>Ask whether to remove a control point: data unit, year, point.</summary>
    public const string RemoveControlPoint = "selfcheck.point.remove";

    /// <summary>Remove the control point: data unit, year, point; input the reason (optional).</summary>
    public const string ConfirmRemoveControlPoint = "selfcheck.point.remove.confirm";

    /// <summary>Start the empty plan from last year's: data unit, year.</summary>
    public const string StartPlanFromLastYear = "selfcheck.plan.start.lastyear";

    /// <summary>Start the empty plan from a template: data unit, year; input the template.</summary>
    public const string StartPlanFromTemplate = "selfcheck.plan.start.template";

    /// <summary>The form to offer the plan as a template: data unit, year.</summary>
    public const string OfferTemplateForm = "selfcheck.template.form";

    /// <summary>Offer the plan as a template for every unit: data unit, year; input the name.</summary>
    public const string OfferTemplate = "selfcheck.template.offer";

    /// <summary>The unit's self-checks with their latest results and what is due (egenkontroller): data unit (optional), year (optional).</summary>
    public const string SelfCheckList = "selfcheck.list";

    /// <summary>A check's card to record its result: data unit, year, point, period.</summary>
    public const string OpenSelfCheck = "selfcheck.open";

    /// <summary>
    /// Record a check's result: data unit, year, point, period, withAction ("1" from the action form); inputs checkVerdict,
    /// checkComment, checkReviewed, checkDefects, checkReason, and the shared action form's inputs.
    /// </summary>
    public const string RecordSelfCheck = "selfcheck.record";

    /// <summary>One risk of the register, with its history and actions: data unit, risk.</summary>
    public const string OpenRisk = "risk.open";

    /// <summary>Assess a risk again: data unit, risk, riskRevision; inputs riskProbability, riskConsequence (1-4), riskComment.</summary>
    public const string ReassessRisk = "risk.reassess";

    /// <summary>Mark a risk as no longer current: data unit, risk, riskRevision; inputs riskState (Atgardad/Inaktuell), riskClosing.</summary>
    public const string CloseRisk = "risk.close";

    /// <summary>An action against a risk, into the unit's plan: data unit, risk; inputs of the shared action form (actionTitle, actionCause, actionOwner, actionDue, actionPurpose).</summary>
    public const string RiskAction = "risk.action";
    /// <summary>The unit's plan of actions (åtgärder): data unit (optional), skip (how many to pass).</summary>
    public const string ActionPlan = "action.plan";

    /// <summary>The form to change an action's status, due date or follow-up date: data unit, action.</summary>
    public const string ActionStatusForm = "action.statusForm";

    /// <summary>Change an action: data unit, action; inputs actionStatus, actionDue, actionFollowUp, actionComment.</summary>
    public const string ChangeActionStatus = "action.status";

    /// <summary>An action's history: data unit, action.</summary>
    public const string ActionHistory = "action.history";

    /// <summary>The effect question of a done action: data unit, action.</summary>
    public const string ActionEffectForm = "action.effectForm";

    /// <summary>Answer "Hade åtgärden effekt?": data unit, action; inputs actionEffect (Ja/Delvis/Nej), actionComment.</summary>
    public const string AnswerActionEffect = "action.effect";

    /// <summary>After no effect, a new action: data unit, action; the shared action form's inputs.</summary>
    public const string NoEffectNewAction = "action.effectNew";

    /// <summary>After no effect, back to the analysis: data unit, action.</summary>
    public const string NoEffectBackToAnalysis = "action.effectBack";

    /// <summary>The weekly digest's button: the person turns their digest off.</summary>
    public const string DigestOff = "digest.off";

    /// <summary>Turns the person's weekly digest on again.</summary>
    public const string DigestOn = "digest.on";
    /// <summary>The quality report (kvalitetsberättelsen): data reportScope (a unit's id, or "_forvaltning") and reportYear.</summary>
    public const string QualityReport = "report.show";

    /// <summary>A written section's form: data reportScope, reportYear, reportSection.</summary>
    public const string QualityReportSection = "report.section";

    /// <summary>Save a written section: data as the form's, inputs reportText, reportRevision.</summary>
    public const string QualityReportSaveSection = "report.section.save";

    /// <summary>A perspective's assessment form: data reportScope, reportYear, reportPerspective.</summary>
    public const string QualityReportPerspective = "report.perspective";

    /// <summary>Save a perspective's assessment: inputs reportNeedsAction, reportTrend, reportComment.</summary>
    public const string QualityReportSavePerspective = "report.perspective.save";
}

/// <summary>The keys of card data and inputs, one place so cards and handlers agree.</summary>
public static class CardKeys
{
    public const string Unit = "unit";
    public const string Year = "year";
    public const string Stop = "stop";
    public const string Step = "step";
    public const string Revision = "revision";

    /// <summary>Which page of a step's contributions ("Visa äldre"): 0 the newest.</summary>
    public const string Page = "page";
    public const string Contribution = "contribution";
    public const string Summary = "summary";
    public const string ProposalTitle = "proposalTitle";
    public const string ProposalOwner = "proposalOwner";
    public const string ProposalDue = "proposalDue";
    public const string Delegate = "delegate";
    public const string NeedsAction = "needsAction";
    public const string Trend = "trend";
    public const string Comment = "comment";
    public const string LogbookStop = "logbookStop";
    public const string LogbookText = "logbookText";
    public const string Reference = "reference";
    public const string ReportKind = "reportKind";
    public const string ReportUnit = "reportUnit";
    public const string WhatHappened = "whatHappened";
    public const string OccurredDate = "occurredDate";
    public const string OccurredTime = "occurredTime";
    public const string ImmediateMeasures = "immediateMeasures";
    public const string Category = "category";
    public const string Severity = "severity";
    public const string ImmediateActions = "immediateActions";
    public const string IvoDecision = "ivoDecision";
    public const string IvoMotivation = "ivoMotivation";
    public const string InvestigationTopic = "investigationTopic";
    public const string InvestigationText = "investigationText";
    public const string InvestigationIsFact = "investigationIsFact";
    public const string ActionTitle = "actionTitle";
    public const string ActionOwner = "actionOwner";
    public const string ActionDue = "actionDue";
    public const string ActionCause = "actionCause";
    public const string ActionPurpose = "actionPurpose";
    public const string AnswerText = "answerText";
    public const string ClosingDecision = "closingDecision";
    public const string RiskProcess = "riskProcess";
    public const string RiskDescription = "riskDescription";
    public const string RiskProbability = "riskProbability";
    public const string RiskConsequence = "riskConsequence";
    public const string WheelTemplate = "wheelTemplate";
    public const string Skip = "skip";
    public const string SubstitutePerson = "substitutePerson";
    public const string SubstituteFrom = "substituteFrom";
    public const string SubstituteUntil = "substituteUntil";
    public const string GarageKind = "garageKind";
    public const string GarageStop = "garageStop";
    public const string GarageText = "garageText";
    public const string GarageItem = "garageItem";
    public const string GarageReason = "garageReason";
    public const string ControlPoint = "point";
    public const string ControlWhat = "controlWhat";
    public const string ControlPerspective = "controlPerspective";
    public const string ControlMethod = "controlMethod";
    public const string ControlFrequency = "controlFrequency";
    public const string ControlMonths = "controlMonths";
    public const string ControlResponsible = "controlResponsible";
    public const string ControlInstructions = "controlInstructions";
    public const string ControlSampleSize = "controlSampleSize";
    public const string ControlRemovalReason = "controlRemovalReason";
    public const string SelfCheckTemplate = "selfCheckTemplate";
    public const string TemplateName = "templateName";
    public const string CheckPeriod = "period";
    public const string CheckWithAction = "withAction";
    public const string CheckVerdict = "checkVerdict";
    public const string CheckComment = "checkComment";
    public const string CheckReviewed = "checkReviewed";
    public const string CheckDefects = "checkDefects";
    public const string CheckReason = "checkReason";

    public const string Risk = "risk";
    public const string RiskRevision = "riskRevision";
    public const string RiskComment = "riskComment";
    public const string RiskState = "riskState";
    public const string RiskClosing = "riskClosing";

    /// <summary>
    /// The unit chosen on a stop list that also has stop buttons (the deputy director's list of the manager group's
    /// stops): not "unit", which an Action.Execute would merge over the stop its button names.
    /// </summary>
    public const string ListUnit = "listUnit";

    /// <summary>An action's id in a unit's plan.</summary>
    public const string ActionId = "action";
    public const string ActionStatus = "actionStatus";
    public const string ActionComment = "actionComment";
    public const string ActionFollowUp = "actionFollowUp";
    public const string ActionEffect = "actionEffect";

    /// <summary>The day a report was sent to IVO (yyyy-MM-dd) and IVO's diarienummer.</summary>
    public const string IvoSentOn = "ivoSentOn";
    public const string IvoDiarienummer = "ivoDiarienummer";
    /// <summary>Which quality report: a unit's id, or <c>_forvaltning</c> for the administration's (no unit id has an underscore).</summary>
    public const string ReportScope = "reportScope";
    public const string ReportYear = "reportYear";
    public const string ReportSection = "reportSection";
    public const string ReportText = "reportText";
    public const string ReportRevision = "reportRevision";
    public const string ReportPerspective = "reportPerspective";
    public const string ReportNeedsAction = "reportNeedsAction";
    public const string ReportTrend = "reportTrend";
    public const string ReportComment = "reportComment";
}
