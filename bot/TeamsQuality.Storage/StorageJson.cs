using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;

namespace TeamsQuality.Storage;

/// <summary>How values that are stored as JSON inside a table property are written: enums by name.</summary>
internal static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>
/// A table string property holds at most 32 K characters; longer text (a whole wheel) is written in numbered parts.
/// </summary>
internal static class LongText
{
    private const int PartLength = 30_000;

    /// <summary>How many parts a text of this many characters is written in.</summary>
    public static int PartsOf(int length) => (length + PartLength - 1) / PartLength;

    public static void Write(TableEntity row, string name, string value)
    {
        var parts = PartsOf(value.Length);
        row[name + "Parts"] = parts;
        for (var i = 0; i < parts; i++)
        {
            row[$"{name}{i}"] = value.Substring(i * PartLength, Math.Min(PartLength, value.Length - (i * PartLength)));
        }
    }

    public static string Read(TableEntity row, string name)
    {
        var parts = row.GetInt32(name + "Parts") ?? 0;
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            text.Append(row.GetString($"{name}{i}"));
        }

        return text.ToString();
    }
}
