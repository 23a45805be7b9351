using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsQuality.Conformance.Tests.Infrastructure;

/// <summary>One card's verdict from eng/validate-cards.mjs.</summary>
public sealed record CardValidation(string Name, int Bytes, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>The validator's verdict on a batch of cards, and the process run that gave it.</summary>
public sealed record CardValidationRun(ProcessResult Process, IReadOnlyDictionary<string, CardValidation> Results)
{
    public CardValidation For(string name) =>
        Results.TryGetValue(name, out var result) ? result : throw new InvalidOperationException($"The validator returned no result for card \"{name}\".\n{Process}");
}

/// <summary>Runs eng/validate-cards.mjs (the official Adaptive Cards library plus our Teams rules) on many cards in one node process.</summary>
public static class CardValidator
{
    public static async Task<CardValidationRun> ValidateAsync(IEnumerable<KeyValuePair<string, JsonObject>> cards, string script = "eng/validate-cards.mjs")
    {
        Repo.RequireNodeTools();
        var input = new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Key, ["card"] = c.Value.DeepClone() }).ToArray());
        var run = await ExternalProcess.RunAsync("node", [script], input.ToJsonString());
        if (run.ExitCode is not (0 or 1))
        {
            Assert.Fail($"The card validator could not validate (exit {run.ExitCode}); if a tool is missing, run eng/install-tools.sh.\n{run}");
        }

        JsonObject output;
        try
        {
            output = JsonNode.Parse(run.StdOut)?.AsObject() ?? throw new JsonException("empty output");
        }
        catch (JsonException e)
        {
            Assert.Fail($"The card validator did not print JSON ({e.Message}).\n{run}");
            throw;
        }

        var results = output["results"]!.AsArray()
            .Select(r => new CardValidation(
                r!["name"]!.GetValue<string>(),
                r["bytes"]!.GetValue<int>(),
                r["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList(),
                r["warnings"]!.AsArray().Select(w => w!.GetValue<string>()).ToList()))
            .ToDictionary(r => r.Name, StringComparer.Ordinal);
        return new CardValidationRun(run, results);
    }
}
