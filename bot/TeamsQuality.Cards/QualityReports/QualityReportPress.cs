using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards.QualityReports;

/// <summary>
/// What a press on a quality report card names and what its form sent: the one parser of the report cards' data and
/// inputs. Unreadable values are null (the use case then refuses the field), never an exception.
/// </summary>
public sealed record QualityReportPress(
    string? Scope,
    int? Year,
    WrittenSectionKind? Section,
    QualityPerspective? Perspective,
    string? Text,
    int? Revision,
    bool? NeedsAction,
    Trend? Trend,
    string? Comment)
{
    /// <summary>The scope value of the administration's report (no unit id can have an underscore).</summary>
    public const string Administration = "_forvaltning";

    public bool IsAdministration => Scope == Administration;

    /// <summary>The unit's id of a unit's report; null for the administration's.</summary>
    public string? UnitId => IsAdministration ? null : Scope;

    public static string ScopeOf(QualityReport report) => report.UnitId ?? Administration;

    public static string ScopeOf(ReportScope scope, string? unitId) => scope == ReportScope.Forvaltning ? Administration : unitId ?? Administration;

    public static QualityReportPress FromData(JsonObject? data) => new(
        CardInputs.Text(data, CardKeys.ReportScope),
        CardInputs.Number(data, CardKeys.ReportYear),
        CardInputs.Named<WrittenSectionKind>(CardInputs.Text(data, CardKeys.ReportSection)),
        CardInputs.Named<QualityPerspective>(CardInputs.Text(data, CardKeys.ReportPerspective)),
        data?[CardKeys.ReportText]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data[CardKeys.ReportText]!.GetValue<string>() : null,
        CardInputs.Number(data, CardKeys.ReportRevision),
        CardInputs.Text(data, CardKeys.ReportNeedsAction) switch { "true" => true, "false" => false, _ => null },
        CardInputs.Named<Trend>(CardInputs.Text(data, CardKeys.ReportTrend)),
        CardInputs.Text(data, CardKeys.ReportComment));

    /// <summary>The data a button of a report's card carries.</summary>
    public static JsonObject Data(string scope, int year, WrittenSectionKind? section = null, QualityPerspective? perspective = null)
    {
        var data = new JsonObject { [CardKeys.ReportScope] = scope, [CardKeys.ReportYear] = year };
        if (section is { } s)
        {
            data[CardKeys.ReportSection] = s.ToString();
        }

        if (perspective is { } p)
        {
            data[CardKeys.ReportPerspective] = p.ToString();
        }

        return data;
    }

    /// <summary>The report cards' input for a refused field.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.ReportSection => CardKeys.ReportText,
        Field.NeedsAction => CardKeys.ReportNeedsAction,
        Field.ReportTrend => CardKeys.ReportTrend,
        Field.Comment => CardKeys.ReportComment,
        _ => null,
    };

    /// <summary>"2027" from "kvalitetsberättelse 2027"; null when no year was written.</summary>
    public static int? YearIn(string? text)
    {
        var match = text is null ? null : System.Text.RegularExpressions.Regex.Match(text, @"\b(20[0-9]{2})\b");
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
