using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards.Organisations;

/// <summary>
/// The welcome in a team or channel where TeamsQuality cannot work yet: the tenant has no organisation, or this channel
/// is no unit's. It says what is missing, what to do next and who does it (a kvalitetsadministratör in the app's tab
/// Inställningar; until IT has assigned that role, the people the operator named, by name when they are in the team).
/// </summary>
public static class SetupWelcomeCard
{
    /// <param name="language">The language of the event.</param>
    /// <param name="organisationName">The tenant's organisation; null when it has none yet.</param>
    /// <param name="unitsInTeam">The units whose channel is in this team, as "unit (channel)"; shown when the organisation exists.</param>
    /// <param name="administrators">The names of the team's members who may set it up before anyone has the role.</param>
    public static AdaptiveCard Build(UiLanguage language, string? organisationName, IReadOnlyList<string> unitsInTeam, IReadOnlyList<string> administrators)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement>
        {
            new TextBlock(t.WelcomeTitle) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(t.ProductTagline) { IsSubtle = true, Spacing = "none" },
            Plain(organisationName is null ? t.SetupWelcomeNoOrganisation : string.Format(culture, t.SetupWelcomeChannelNotLinked, organisationName)),
        };
        if (organisationName is not null && unitsInTeam.Count > 0)
        {
            body.Add(Plain(string.Format(culture, t.SetupWelcomeUnitsInTeam, string.Join(", ", unitsInTeam))) with { Spacing = "small" });
        }

        body.AddRange(NextSteps(language, organisationName is null ? t.SetupNextStepNoOrganisation : t.SetupNextStepLinkChannel, administrators));
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.SetupWelcomeFallbackText,
            Body = body,
            Actions = [SubmitAction.ForVerb(t.ShowHelp, CardVerbs.ShowHelp)],
        };
    }

    /// <summary>What to do next and who does it: the first step, the app role IT assigns, and who may until then.</summary>
    internal static IEnumerable<CardElement> NextSteps(UiLanguage language, string firstStep, IReadOnlyList<string> administrators)
    {
        var t = Texts.For(language);
        yield return new TextBlock(t.SetupNextStepsHeading) { Weight = "bolder", Style = "heading", Spacing = "medium" };
        yield return new TextBlock(firstStep);
        yield return new TextBlock(t.SetupNextStepRole) { Spacing = "small" };
        if (administrators.Count > 0)
        {
            yield return Plain(string.Format(language.Culture(), t.SetupNextStepBootstrap, t.NameList(administrators))) with { Spacing = "small" };
        }
    }

    /// <summary>Names of organisations, units and people are written by people: shown as they are, never as Markdown.</summary>
    private static RichTextBlock Plain(string text) => new([new TextRun(text)]);
}
