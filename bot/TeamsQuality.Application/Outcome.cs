using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Application;

/// <summary>
/// What a use case did: done, with what it produced; or refused by a rule, with why and which field (nothing was
/// changed). Callers render both without catching anything: a refusal is an answer, not a failure.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    internal Outcome(T? value, IReadOnlyList<Refusal> refusals)
    {
        _value = value;
        Refusals = refusals;
    }

    /// <summary>
    /// On a refusal, the record as the use case read it (unchanged), when it read one: the card comes back showing it,
    /// with what the person typed. Null when done, or when nothing was read.
    /// </summary>
    public T? Unchanged => IsRefused ? _value : default;

    /// <summary>Why the rules said no; empty when done.</summary>
    public IReadOnlyList<Refusal> Refusals { get; }

    public bool IsRefused => Refusals.Count > 0;

    /// <summary>What the use case produced. Only when done.</summary>
    public T Value => IsRefused ? throw new InvalidOperationException("A refused outcome has no value.") : _value!;

    public static implicit operator Outcome<T>(T value) => new(value, []);

    /// <summary>The same refusal as another outcome's, for a use case that stops where another was refused.</summary>
    public Outcome<TOther> As<TOther>() => IsRefused ? Outcome.Refused<TOther>(Refusals) : throw new InvalidOperationException("Only a refusal can change type.");
}

/// <summary>Makes outcomes: <c>Outcome.Done(stop)</c>, <c>Outcome.Refused&lt;LearningStop&gt;(RefusalReason.NotManager)</c>.</summary>
public static class Outcome
{
    public static Outcome<T> Done<T>(T value) => new(value, []);

    public static Outcome<T> Refused<T>(IReadOnlyList<Refusal> refusals) =>
        refusals.Count == 0 ? throw new ArgumentException("A refusal needs a reason.", nameof(refusals)) : new(default, refusals);

    public static Outcome<T> Refused<T>(RefusalReason reason, Field field = Field.None) => Refused<T>([new Refusal(reason, field)]);

    /// <summary>Refused, with the record as it was read, unchanged (see <see cref="Outcome{T}.Unchanged"/>).</summary>
    public static Outcome<T> Refused<T>(IReadOnlyList<Refusal> refusals, T unchanged) =>
        refusals.Count == 0 ? throw new ArgumentException("A refusal needs a reason.", nameof(refusals)) : new(unchanged, refusals);
}

/// <summary>Runs domain decisions and turns a <see cref="RuleException"/> into a refused outcome, in one place.</summary>
public static class Rules
{
    public static Outcome<T> Decide<T>(Func<T> decision)
    {
        try
        {
            return Outcome.Done(decision());
        }
        catch (RuleException refused)
        {
            return Outcome.Refused<T>(refused.Refusals);
        }
    }

    public static async Task<Outcome<T>> DecideAsync<T>(Func<Task<T>> decision)
    {
        try
        {
            return Outcome.Done(await decision());
        }
        catch (RuleException refused)
        {
            return Outcome.Refused<T>(refused.Refusals);
        }
    }
}
