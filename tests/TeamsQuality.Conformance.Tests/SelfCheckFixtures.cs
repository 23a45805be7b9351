using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Conformance.Tests;

/// <summary>Self-check plans as the cards meet them: a few points, the largest plan a unit can keep, an empty one.</summary>
internal static class SelfCheckFixtures
{
    /// <summary>Monday 23 November 2026, 09:00 in Sweden.</summary>
    public static readonly DateTimeOffset At = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Organisation Organisation => BotCardCatalogue.Organisation;

    public static Unit Unit => BotCardCatalogue.HomeCareNorth;

    public static Person Manager => BotCardCatalogue.Manager;

    public static IReadOnlyList<Person> People => [BotCardCatalogue.Manager, BotCardCatalogue.Staff];

    public static ControlPointDraft Draft(string what, ControlMethod method = ControlMethod.Checklista, CheckFrequency frequency = CheckFrequency.Kvartalsvis, int[]? months = null, string? responsible = null, string? instructions = null) =>
        new(what, QualityPerspective.Processkvalitet, method, frequency, months ?? [], responsible, instructions, method == ControlMethod.Aktgranskning ? 10 : null);

    /// <summary>Four points of every kind, one a file review, one in chosen months, one done by staff.</summary>
    public static SelfCheckPlan Few(int year = 2026)
    {
        var plan = SelfCheckPlan.Empty(Organisation.Tenant, Unit.Id, year);
        var at = year < 2026 ? new DateTimeOffset(year, 3, 1, 8, 0, 0, TimeSpan.Zero) : At;
        plan.Add("kp-1", Draft("Genomförandeplaner är upprättade och följs upp i tid", ControlMethod.Aktgranskning, CheckFrequency.Tertialvis), Organisation, Manager, at);
        plan.Add("kp-2", Draft("Trygghetslarm är testade", frequency: CheckFrequency.Manadsvis, responsible: BotCardCatalogue.Staff.Id) with { Perspective = QualityPerspective.Strukturkvalitet }, Organisation, Manager, at);
        plan.Add("kp-3", Draft("Brukarnas mål följs upp (LOKE)", ControlMethod.LokeUppfoljning, CheckFrequency.ValdaManader, [5, 9]) with { Perspective = QualityPerspective.Resultatkvalitet }, Organisation, Manager, at);
        plan.Add("kp-4", Draft("Öppna jämförelser", ControlMethod.OppnaJamforelser, CheckFrequency.Arsvis, [12]) with { Perspective = QualityPerspective.Resultatkvalitet }, Organisation, Manager, at);
        return plan;
    }

    /// <summary>As many points as a plan holds, each with the longest and costliest texts a person can write.</summary>
    public static SelfCheckPlan Largest()
    {
        var plan = SelfCheckPlan.Empty(Organisation.Tenant, Unit.Id, 2026);
        for (var i = 0; i < SelfCheckPlan.MostPoints; i++)
        {
            plan.Add($"kp-{i:D2}", Draft(StopFixtures.Costly($"{i + 1}: ", 4000), ControlMethod.Aktgranskning, CheckFrequency.ValdaManader, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], BotCardCatalogue.Staff.Id, StopFixtures.Costly("I: ", 4000))
                with { Perspective = (QualityPerspective)(i % 3) }, Organisation, Manager, At);
        }

        return plan;
    }
}
