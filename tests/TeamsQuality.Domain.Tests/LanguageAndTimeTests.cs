using FsCheck;
using FsCheck.Xunit;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Tests;

public sealed class LanguageAndTimeTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en")]
    [InlineData("EN-us")]
    public void English_locales_get_English(string locale) =>
        Assert.Equal(UiLanguage.English, UiLanguages.FromLocale(locale));

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("sv")]
    [InlineData("fi-FI")]
    [InlineData("")]
    [InlineData(null)]
    public void Everyone_else_gets_Swedish(string? locale) =>
        Assert.Equal(UiLanguage.Swedish, UiLanguages.FromLocale(locale));

    [Property]
    public bool Only_locales_starting_with_en_are_English(NonNull<string> locale) =>
        (UiLanguages.FromLocale(locale.Get) == UiLanguage.English) == locale.Get.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Summer_time_in_Sweden_is_two_hours_ahead_of_UTC()
    {
        var swedish = SwedishTime.ToSwedish(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(12, swedish.Hour);
        Assert.Equal(TimeSpan.FromHours(2), swedish.Offset);
    }

    [Fact]
    public void Winter_time_in_Sweden_is_one_hour_ahead_of_UTC()
    {
        var swedish = SwedishTime.ToSwedish(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(11, swedish.Hour);
        Assert.Equal(TimeSpan.FromHours(1), swedish.Offset);
    }

    [Fact]
    public void Late_evening_UTC_is_already_the_next_day_in_Sweden() =>
        Assert.Equal(new DateOnly(2026, 3, 29), SwedishTime.Day(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero)));
}
