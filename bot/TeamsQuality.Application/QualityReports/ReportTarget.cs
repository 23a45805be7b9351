using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Application.QualityReports;

/// <summary>Which report a request is about: a unit's (its id) or the administration's, of a year.</summary>
public sealed record ReportTarget(ReportScope Scope, string? UnitId, int Year)
{
    public static ReportTarget OfUnit(string unitId, int year) => new(ReportScope.Enhet, unitId, year);

    public static ReportTarget OfAdministration(int year) => new(ReportScope.Forvaltning, null, year);

    public ReportDraftKey Key(TenantId tenant) => new(tenant, Scope, Scope == ReportScope.Enhet ? UnitId : null, Year);

    /// <summary>The unit of a unit's report, or a refusal for one the organisation does not have; null for the administration's.</summary>
    internal (Unit? Unit, Refusal? Refused) Resolve(Organisation organisation) =>
        Scope == ReportScope.Forvaltning ? (null, null)
        : UnitId is not null && organisation.FindUnit(UnitId) is { } unit ? (unit, null)
        : (null, new Refusal(RefusalReason.NotFound, Field.Unit));
}
