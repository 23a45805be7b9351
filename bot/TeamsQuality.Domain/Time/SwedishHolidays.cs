namespace TeamsQuality.Domain.Time;

/// <summary>
/// The days Sweden does not work, computed for any year: the public holidays of the law (lagen om allmänna
/// helgdagar) and the eves that are free in practice in the municipalities' agreements (midsommarafton, julafton,
/// nyårsafton). Nothing about a stop, a self-check or an action is sent or falls due on them.
/// </summary>
public static class SwedishHolidays
{
    /// <summary>Whether the day is a holiday or a free eve. Weekends are not counted here (see WorkingDays).</summary>
    public static bool IsHoliday(DateOnly day) => Of(day.Year).ContainsKey(day);

    /// <summary>The holiday's Swedish name, or null for an ordinary day.</summary>
    public static string? NameOf(DateOnly day) => Of(day.Year).GetValueOrDefault(day);

    /// <summary>Every holiday and free eve of a year, by day.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Of(int year) => Cache.GetOrAdd(year, Compute);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> Cache = new();

    private static IReadOnlyDictionary<DateOnly, string> Compute(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstFriday(new DateOnly(year, 6, 19));
        var allSaints = FirstSaturday(new DateOnly(year, 10, 31));
        var days = new Dictionary<DateOnly, string>
        {
            [new DateOnly(year, 1, 1)] = "Nyårsdagen",
            [new DateOnly(year, 1, 6)] = "Trettondedag jul",
            [easter.AddDays(-2)] = "Långfredagen",
            [easter] = "Påskdagen",
            [easter.AddDays(1)] = "Annandag påsk",
            [new DateOnly(year, 5, 1)] = "Första maj",
            [easter.AddDays(39)] = "Kristi himmelsfärdsdag",
            [easter.AddDays(49)] = "Pingstdagen",
            [new DateOnly(year, 6, 6)] = "Sveriges nationaldag",
            [midsummerEve] = "Midsommarafton",
            [midsummerEve.AddDays(1)] = "Midsommardagen",
            [allSaints] = "Alla helgons dag",
            [new DateOnly(year, 12, 24)] = "Julafton",
            [new DateOnly(year, 12, 25)] = "Juldagen",
            [new DateOnly(year, 12, 26)] = "Annandag jul",
            [new DateOnly(year, 12, 31)] = "Nyårsafton",
        };
        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstFriday(DateOnly from) => from.AddDays(((int)DayOfWeek.Friday - (int)from.DayOfWeek + 7) % 7);

    private static DateOnly FirstSaturday(DateOnly from) => from.AddDays(((int)DayOfWeek.Saturday - (int)from.DayOfWeek + 7) % 7);
}
