using System.Reflection;
using System.Text.RegularExpressions;
using TeamsQuality.Cards;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// Every text the bot can say, read by reflection over both languages: the English keeps the Swedish placeholders
/// (so a formatted text never drops or invents a value, nor throws), and an English text is not the Swedish one left
/// untranslated, except for the few the users say the same in both (domain words, numbers and names).
/// </summary>
public sealed partial class TextsTests
{
    /// <summary>
    /// The Swedish texts the English may keep as they are: words and patterns the users say the same in both languages.
    /// Anything else identical in both is a text someone forgot to translate.
    /// </summary>
    private static readonly HashSet<string> SameInBoth = new(StringComparer.Ordinal)
    {
        "Organisation",
        "Status",
        "Period",
        "Trend",
        "Medium",
        "1 risk",
        "Hållplats {0}: {1}",
        "{0} h",
        "{0} min",
        "{0}, {1}",
        "T{0} {1}",
        "LS-2026-0001",
        "garage",
        "Risk",
        "Risk – {0}",
        "{0} × {1} = {2} {3}",
        "Word",
        "PDF",
        "–",
    };

    public static TheoryData<string> StringMembers() => [.. TextProperties().Select(p => $"{p.DeclaringType!.Name}.{p.Name}")];

    public static TheoryData<string> NamingMethods() => [.. NameMethods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}({m.GetParameters()[0].ParameterType.Name})")];

    [Theory]
    [MemberData(nameof(StringMembers))]
    public void Every_text_has_the_same_placeholders_in_Swedish_and_English(string member)
    {
        var (swedish, english) = BothLanguages(TextProperties().Single(p => $"{p.DeclaringType!.Name}.{p.Name}" == member));

        Assert.False(string.IsNullOrWhiteSpace(swedish), $"{member} is empty in Swedish.");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{member} is empty in English.");
        Assert.True(
            SamePlaceholders(swedish, english),
            $"{member} has placeholders [{string.Join(" ", Placeholders(swedish))}] in Swedish but [{string.Join(" ", Placeholders(english))}] in English.");
    }

    [Theory]
    [MemberData(nameof(StringMembers))]
    public void Every_text_is_translated_unless_the_users_say_it_the_same_in_both(string member)
    {
        var (swedish, english) = BothLanguages(TextProperties().Single(p => $"{p.DeclaringType!.Name}.{p.Name}" == member));

        Assert.True(swedish != english || SameInBoth.Contains(swedish), $"{member} is \"{english}\" in English, the same as in Swedish.");
    }

    /// <summary>
    /// The texts made from a domain value (a role, a step, a status, a refusal, a problem with a field …): every value
    /// has its own words in both languages, English not left Swedish, and nothing left unformatted.
    /// </summary>
    [Theory]
    [MemberData(nameof(NamingMethods))]
    public void Every_domain_value_has_its_text_in_both_languages(string member)
    {
        var method = NameMethods().Single(m => $"{m.DeclaringType!.Name}.{m.Name}({m.GetParameters()[0].ParameterType.Name})" == member);
        var values = AllValues(method.GetParameters()[0].ParameterType).ToList();
        Assert.NotEmpty(values);

        foreach (var value in values)
        {
            var swedish = (string)method.Invoke(Instance(method.DeclaringType!, UiLanguage.Swedish), [value])!;
            var english = (string)method.Invoke(Instance(method.DeclaringType!, UiLanguage.English), [value])!;

            Assert.False(string.IsNullOrWhiteSpace(swedish), $"{member} of {value} is empty in Swedish.");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{member} of {value} is empty in English.");
            Assert.True(swedish != english || SameInBoth.Contains(swedish), $"{member} of {value} is \"{english}\" in English, the same as in Swedish.");
            Assert.Empty(Placeholders(swedish));
            Assert.Empty(Placeholders(english));
        }
    }

    [Fact]
    public void The_reflection_reaches_every_feature_and_the_notices()
    {
        var names = TextProperties().Select(p => p.Name).ToHashSet();

        Assert.True(names.Count > 450, $"Only {names.Count} texts found.");
        Assert.Contains(nameof(Texts.StopDueTitle), names);
        Assert.Contains(nameof(Texts.ReportFilingTitle), names);
        Assert.Contains(nameof(Texts.RiskRegisterTitle), names);
        Assert.Contains(nameof(Texts.WheelTitle), names);
        Assert.Contains(nameof(Texts.LogbookTitle), names);
        Assert.Contains(nameof(Texts.SubstituteTitle), names);
        Assert.Contains(nameof(Texts.HelpTitle), names);
        Assert.Contains(nameof(Texts.CommandStops), names);
        Assert.Contains(nameof(NoticeTexts.StatusAssessedTitle), names);
        Assert.Contains(NameMethods(), m => m.Name == nameof(Texts.RoleName));
        Assert.Contains(NameMethods(), m => m.Name == nameof(Texts.DeviationRefusal));
        Assert.Contains(NameMethods(), m => m.Name == nameof(NoticeTexts.KindName));
    }

    /// <summary>The check itself: a moved, renamed, dropped or reformatted placeholder is told apart; order is free.</summary>
    [Theory]
    [InlineData("Hej {0}, {1}", "Hi {1}, {0}", true)]
    [InlineData("{0} av {1}", "{0} of {1} ({1})", true)]
    [InlineData("{0} av {1}", "{0} of {2}", false)]
    [InlineData("{0} av {1}", "{0} of", false)]
    [InlineData("Klar {0:d}", "Due {0}", false)]
    [InlineData("Klar {0:d}", "Due {0:d}", true)]
    [InlineData("{0,5} st", "{0} pcs", false)]
    [InlineData("{{0}} är ingen", "{0} is one", false)]
    public void Placeholders_are_compared_by_index_and_format(string swedish, string english, bool same) =>
        Assert.Equal(same, SamePlaceholders(swedish, english));

    private static bool SamePlaceholders(string swedish, string english) => Placeholders(swedish).SetEquals(Placeholders(english));

    /// <summary>"{0}", "{1:d}", "{2,5}": index, alignment and format, as string.Format reads them; "{{" is a brace, not one.</summary>
    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => Regex.Replace(m.Value, @"\s", string.Empty))
            .ToHashSet(StringComparer.Ordinal);

    private static (string Swedish, string English) BothLanguages(PropertyInfo property) =>
        ((string)property.GetValue(Instance(property.DeclaringType!, UiLanguage.Swedish))!,
         (string)property.GetValue(Instance(property.DeclaringType!, UiLanguage.English))!);

    private static object Instance(Type type, UiLanguage language) =>
        type == typeof(NoticeTexts) ? Texts.For(language).Notices : Texts.For(language);

    private static IEnumerable<Type> TextTypes() => [typeof(Texts), typeof(NoticeTexts)];

    private static IEnumerable<PropertyInfo> TextProperties() =>
        TextTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Where(p => p.PropertyType == typeof(string));

    /// <summary>Public methods that make a text from one domain value whose every value can be listed.</summary>
    private static IEnumerable<MethodInfo> NameMethods() =>
        TextTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters() is [var only] && AllValues(only.ParameterType).Any());

    /// <summary>
    /// Every value of an enum, or of a record made of enums (a problem: field × kind), its other parameters optional and
    /// left at their defaults (a refusal's name); none otherwise.
    /// </summary>
    private static IEnumerable<object> AllValues(Type type)
    {
        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>();
        }

        var constructor = type.GetConstructors().FirstOrDefault(c =>
            c.GetParameters().Any(p => p.ParameterType.IsEnum) && c.GetParameters().All(p => p.ParameterType.IsEnum || p.HasDefaultValue));
        if (constructor is null || type.IsPrimitive)
        {
            return [];
        }

        IEnumerable<object[]> combinations = [[]];
        foreach (var parameter in constructor.GetParameters())
        {
            var values = parameter.ParameterType.IsEnum ? Enum.GetValues(parameter.ParameterType).Cast<object?>().ToList() : [parameter.DefaultValue];
            combinations = combinations.SelectMany(c => values.Select(v => (object[])[.. c, v!])).ToList();
        }

        return combinations.Select(constructor.Invoke);
    }

    [GeneratedRegex(@"\{\s*\d+\s*(,\s*-?\d+\s*)?(:[^{}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
