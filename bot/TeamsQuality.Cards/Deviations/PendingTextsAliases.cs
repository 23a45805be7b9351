// The Texts files (Texts.Reports.cs, Texts.UnitReports.cs, Texts.cs) still name the deviation and risk types by their
// former names and place, and are not edited while the texts are being restructured per feature. These aliases keep
// them compiling until then; they go with the restructure.
global using Consequence = TeamsQuality.Domain.Risks.Consequence;
global using Probability = TeamsQuality.Domain.Risks.Probability;
global using ReportKind = TeamsQuality.Domain.Deviations.DeviationKind;
global using ReportStatus = TeamsQuality.Domain.Deviations.DeviationStatus;
global using ReportWait = TeamsQuality.Domain.Deviations.DeviationWait;
global using RiskLevel = TeamsQuality.Domain.Risks.RiskLevel;
