using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Digest;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Digest;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Conformance.Tests;

/// <summary>The weekly digest's cards: a manager's (every part, more than fit), the deputy director's across many units with IVO, a quality developer's, and the setting's answers.</summary>
public static class DigestCardCases
{
    private static readonly DigestWeek Week = DigestWeek.Of(new DateOnly(2027, 3, 1));

    public static IEnumerable<(string Name, AdaptiveCard Card)> For(UiLanguage language)
    {
        var unit = BotCardCatalogue.HomeCareNorth;
        var part = Part(unit, 3, longest: false);
        var group = new UnitDigest(BotCardCatalogue.Organisation.ManagerGroup.AsHolder(), [new DueItem("7. Öppna jämförelser", new DateOnly(2027, 8, 31), DueState.Due)], [], [], []);
        yield return ("digest-manager", DigestCard.Build(language, new PersonDigest(BotCardCatalogue.Manager, Week, DigestScope.Units, [part], group, [])));
        yield return ("digest-manager-longest", DigestCard.Build(language, new PersonDigest(BotCardCatalogue.Manager, Week, DigestScope.Units, [Part(unit, 12, longest: true), Part(new Unit("ifo-barn", "IFO Barn och unga", null, null), 12, longest: true)], group, [])));

        var units = Enumerable.Range(1, 14).Select(i => Part(new Unit($"enhet-{i}", $"Enhet nummer {i} med ett långt namn i förvaltningen", null, null), i % 4, longest: false)).ToList();
        IvoPending[] ivo = [.. Enumerable.Range(1, 7).Select(i => new IvoPending(new DeviationReference("LS", 2027, i), "Hemtjänst Norra", new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero)))];
        yield return ("digest-deputy-director", DigestCard.Build(language, new PersonDigest(BotCardCatalogue.DeputyDirector, Week, DigestScope.AcrossUnits, units, group, ivo)));
        yield return ("digest-quality-developer", DigestCard.Build(language, new PersonDigest(BotCardCatalogue.DeputyDirector with { Role = Role.Verksamhetsutvecklare }, Week, DigestScope.AcrossUnits, units.Take(3).ToList(), null, [])));
        yield return ("digest-setting-off", DigestCard.Setting(language, on: false));
        yield return ("digest-setting-on", DigestCard.Setting(language, on: true));
    }

    private static UnitDigest Part(Unit unit, int count, bool longest)
    {
        string Title(string text, int i) => longest ? string.Concat(Enumerable.Repeat(text + " ", 20)) + i : $"{text} {i}";
        var items = Enumerable.Range(1, Math.Max(1, count)).ToList();
        return new UnitDigest(
            unit,
            items.Select(i => new DueItem(Title("Samverkan", i), new DateOnly(2027, 2, 28), i % 2 == 0 ? DueState.Overdue : DueState.Due)).ToList(),
            items.Select(i => new DueItem(Title("Genomförandeplaner är aktuella", i), new DateOnly(2027, 3, 31), DueState.Due)).ToList(),
            items.Select(i => new DueItem(Title("Uppdatera rutinen för nyckelhantering", i), new DateOnly(2027, 2, 20), DueState.Overdue)).ToList(),
            items.Select(i => new DeviationReference("AV", 2027, i)).ToList());
    }
}
