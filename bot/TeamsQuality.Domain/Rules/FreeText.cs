using TeamsQuality.Domain.Privacy;

namespace TeamsQuality.Domain.Rules;

/// <summary>
/// The one rule for what people write in free text anywhere (a contribution, a summary, what happened, a risk, a
/// logbook note …): not empty where it is required, at most <see cref="LongestText"/> characters, and never a
/// personnummer or samordningsnummer — free text is shared with the unit and must not identify a client.
/// </summary>
public static class FreeText
{
    public const int LongestText = 4000;

    /// <summary>What is wrong with the text for the field; none when it may be saved.</summary>
    public static IEnumerable<Refusal> Check(string? text, Field field, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                yield return new Refusal(RefusalReason.Required, field);
            }

            yield break;
        }

        if (text.Trim().Length > LongestText)
        {
            yield return new Refusal(RefusalReason.TooLong, field);
        }

        if (PersonalIdentityNumbers.Contains(text))
        {
            yield return new Refusal(RefusalReason.ContainsPersonalIdentityNumber, field);
        }
    }

    /// <summary>The text trimmed, or a <see cref="RuleException"/> with what is wrong with it.</summary>
    public static string Clean(string? text, Field field)
    {
        RuleException.ThrowIfAny(Check(text, field).ToList());
        return text!.Trim();
    }
}
