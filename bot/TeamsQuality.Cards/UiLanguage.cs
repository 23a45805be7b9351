namespace TeamsQuality.Cards;

/// <summary>The language the bot speaks to a user: Swedish by default, English when the user's locale is English.</summary>
public enum UiLanguage
{
    Swedish,
    English,
}

public static class UiLanguages
{
    /// <summary>English when the locale starts with "en" (en, en-US, en-GB, …); Swedish otherwise.</summary>
    public static UiLanguage FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Swedish;

    /// <summary>The culture to format dates and numbers in.</summary>
    public static System.Globalization.CultureInfo Culture(this UiLanguage language) =>
        System.Globalization.CultureInfo.GetCultureInfo(language == UiLanguage.English ? "en-GB" : "sv-SE");

    /// <summary>The card language: a bare ISO 639-1 code, as the Adaptive Card schema wants it ("sv", "en").</summary>
    public static string Tag(this UiLanguage language) => language == UiLanguage.English ? "en" : "sv";
}
