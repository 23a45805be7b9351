using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>What every self-check plan card's buttons carry: the unit and the year (and the point, and the page).</summary>
public static class SelfCheckPlanData
{
    public static JsonObject Of(Unit unit, int year, string? pointId = null, int? skip = null)
    {
        var data = new JsonObject { [CardKeys.Unit] = unit.Id, [CardKeys.Year] = year };
        if (pointId is not null)
        {
            data[CardKeys.ControlPoint] = pointId;
        }

        if (skip is > 0)
        {
            data[CardKeys.Skip] = skip.Value.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    /// <summary>The unit, year, point and page a press names; the year is null when none (or none readable) was sent.</summary>
    public static (string? UnitId, int? Year, string? PointId, int Skip) Read(JsonObject? data)
    {
        var skip = CardInputs.Number(data, CardKeys.Skip) ?? 0;
        return (CardInputs.Text(data, CardKeys.Unit), CardInputs.Number(data, CardKeys.Year), CardInputs.Text(data, CardKeys.ControlPoint), Math.Max(0, skip));
    }
}
