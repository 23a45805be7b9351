using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards.Help;

/// <summary>
/// What anyone in a tenant the operator has not enabled gets, whatever they wrote or pressed: that TeamsQuality is not
/// on for their organisation, that nothing is stored, and what to ask their IT for (with the tenant id the operator
/// needs, which is no secret: it is in every sign-in).
/// </summary>
public static class NotEnabledCard
{
    public static AdaptiveCard Build(UiLanguage language, string tenantId)
    {
        var t = Texts.For(language);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.NotEnabledFallbackText,
            Body =
            [
                new TextBlock(t.NotEnabledTitle) { Size = "large", Weight = "bolder", Style = "heading" },
                new TextBlock(t.NotEnabledBody),
                new FactSet([new Fact(t.NotEnabledTenantId, tenantId)]),
            ],

            // Once IT has had it enabled, the same card leads on (to help); until then it answers with itself.
            Actions = [new ExecuteAction(t.NotEnabledTryAgain, CardVerbs.ShowHelp)],
        };
    }
}
