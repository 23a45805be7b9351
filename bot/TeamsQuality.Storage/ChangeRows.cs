using Azure.Data.Tables;

namespace TeamsQuality.Storage;

/// <summary>One change of a record's history as stored: who, when, what kind, and a detail.</summary>
internal sealed record ChangeRow(DateTimeOffset At, string PersonId, string PersonName, string Change, string? Detail);

/// <summary>
/// History rows, the same for every record that keeps one (stops, reports): appended, never rewritten, keyed by time
/// and position so changes made in the same instant keep their order.
/// </summary>
internal static class ChangeRows
{
    public const string Kind = "change";

    /// <param name="partition">The record's partition.</param>
    /// <param name="rowKey">The row key for a change's time and id.</param>
    /// <param name="firstPosition">The position in the history of the first new change.</param>
    /// <param name="changes">The changes made since the record was read.</param>
    public static IEnumerable<TableEntity> Create(string partition, Func<DateTimeOffset, string, string> rowKey, int firstPosition, IEnumerable<ChangeRow> changes)
    {
        var position = firstPosition;
        foreach (var change in changes)
        {
            var id = (position++).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            yield return new TableEntity(partition, rowKey(change.At, id))
            {
                ["Kind"] = Kind,
                ["Id"] = id,
                ["At"] = change.At,
                ["PersonId"] = change.PersonId,
                ["PersonName"] = change.PersonName,
                ["Change"] = change.Change,
                ["Detail"] = change.Detail,
            };
        }
    }

    public static ChangeRow Read(TableEntity row) =>
        new(row.GetDateTimeOffset("At")!.Value, row.GetString("PersonId"), row.GetString("PersonName"), row.GetString("Change"), row.GetString("Detail"));
}
