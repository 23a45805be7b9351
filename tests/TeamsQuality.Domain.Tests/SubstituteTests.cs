using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Tests;

/// <summary>A manager's substitute (ersättare): who may be named, for which days, and what they may do while it is on.</summary>
public sealed class SubstituteTests
{
    private static readonly TenantId Tenant = new("11111111-2222-3333-4444-555555555555");

    /// <summary>Monday 23 November 2026, 09:00 in Sweden.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = SwedishTime.Day(Now);

    private static Organisation Sample(Substitute? substitute = null) => new(
        Tenant,
        "Exempelby kommun",
        [
            new Unit("hemtjanst", "Hemtjänsten", "anna", null, substitute),
            new Unit("ifo", "IFO Barn och unga", "karin", null),
        ],
        [
            new Person("anna", "Anna Berg", Role.Enhetschef, "hemtjanst"),
            new Person("erik", "Erik Lund", Role.Medarbetare, "hemtjanst"),
            new Person("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst"),
            new Person("karin", "Karin Holm", Role.Enhetschef, "ifo"),
            new Person("oskar", "Oskar Nilsson", Role.Medarbetare, "ifo"),
            new Person("eva", "Eva Sundberg", Role.BitradandeSocialchef, null),
            new Person("johan", "Johan Ek", Role.Verksamhetsutvecklare, null),
        ]);

    private static Person P(Organisation organisation, string id) => organisation.FindPerson(id)!;

    private static Unit Named(string personId, int fromDays, int untilDays)
    {
        var organisation = Sample();
        return Substitutes.Name(organisation, P(organisation, "anna"), organisation.FindUnit("hemtjanst")!, personId, Today.AddDays(fromDays), Today.AddDays(untilDays), Now).Unit;
    }

    private static DeviationReport Filed(Unit unit, string kind = "Avvikelse") => DeviationReport.File(
        Tenant,
        new DeviationReference("AV", 2026, 1),
        new DeviationFiling(Enum.Parse<DeviationKind>(kind), unit.Id, "Larmet gick inte fram.", Now.AddHours(-2), null, null),
        P(Sample(), "fatima"),
        unit,
        Now);

    [Fact]
    public void A_substitute_sees_and_assesses_the_units_reports_while_the_period_is_on_and_not_before_or_after()
    {
        var unit = Named("erik", 7, 20);
        var erik = P(Sample(), "erik");

        Assert.False(erik.ActsAsManagerOf(unit, Now));
        Assert.False(Filed(unit).CanSee(erik, unit, Now));

        var during = Now.AddDays(7);
        var report = Filed(unit);
        Assert.True(erik.ActsAsManagerOf(unit, during));
        Assert.True(report.CanSee(erik, unit, during));
        report.Assess(erik, unit, Severity.Mindre, "Larmet testat och lagat.", null, during);
        Assert.Equal(("erik", DeviationStatus.Bedomd), (report.Assessment!.ById, report.Status));

        // The last day counts whole, on the Swedish clock; the day after it does not.
        var lastEvening = new DateTimeOffset(Today.AddDays(20).ToDateTime(new TimeOnly(23, 30)), TimeSpan.FromHours(1));
        Assert.True(erik.ActsAsManagerOf(unit, lastEvening));
        Assert.False(erik.ActsAsManagerOf(unit, lastEvening.AddHours(1)));
        Assert.Equal(RefusalReason.NotAllowed, Assert.Throws<RuleException>(() => Filed(unit).Assess(erik, unit, Severity.Mindre, "Sent", null, Now.AddDays(21))).Refusals.Single().Reason);

        // The manager still manages; the rest of the staff still do not see.
        Assert.True(P(Sample(), "anna").ActsAsManagerOf(unit, during));
        Assert.False(Filed(unit).CanSee(P(Sample(), "oskar"), unit, during));
    }

    [Fact]
    public void A_substitute_answers_a_complaint_as_the_manager_would()
    {
        var unit = Named("karin", 0, 3);
        var complaint = Filed(unit, nameof(DeviationKind.Klagomal));

        complaint.AnswerFeedback(P(Sample(), "karin"), unit, "Vi har ändrat rutinen.", Now.AddHours(1));

        Assert.Equal(DeviationStatus.Besvarad, complaint.Status);
    }

    [Fact]
    public void Ending_the_period_early_takes_the_rights_away_at_once_and_keeps_who_ended_it()
    {
        var organisation = Sample(new Substitute("erik", Today, Today.AddDays(10), "anna", Now.AddDays(-1)));
        var (unit, change) = Substitutes.End(organisation, P(organisation, "anna"), organisation.FindUnit("hemtjanst")!, Now.AddHours(1));

        Assert.True(P(organisation, "erik").ActsAsManagerOf(unit, Now));
        Assert.False(P(organisation, "erik").ActsAsManagerOf(unit, Now.AddHours(2)));
        Assert.Equal((OrganisationChangeKind.SubstituteEnded, "anna", "Erik Lund"), (change.Kind, change.PersonId, change.SubstituteName));
        Assert.Equal(RefusalReason.NoneToEnd, Assert.Throws<RuleException>(() => Substitutes.End(organisation, P(organisation, "anna"), unit, Now.AddHours(2))).Refusals.Single().Reason);
    }

    [Fact]
    public void Bad_choices_are_refused_each_naming_its_field_all_at_once()
    {
        var organisation = Sample();
        var unit = organisation.FindUnit("hemtjanst")!;
        var anna = P(organisation, "anna");

        Refusal[] Refusals(string? person, DateOnly? from, DateOnly? until) =>
            [.. Assert.Throws<RuleException>(() => Substitutes.Name(organisation, anna, unit, person, from, until, Now)).Refusals];

        Assert.Equal([new(RefusalReason.Self, Field.Substitute), new(RefusalReason.EndsBeforeStart, Field.Until)], Refusals("anna", Today.AddDays(5), Today.AddDays(4)));
        Assert.Equal([new Refusal(RefusalReason.NotInUnit, Field.Substitute)], Refusals("oskar", Today, Today.AddDays(4)));
        Assert.Equal([new Refusal(RefusalReason.NotInUnit, Field.Substitute)], Refusals("johan", Today, Today.AddDays(4)));
        Assert.Equal([new Refusal(RefusalReason.NotInUnit, Field.Substitute)], Refusals("nobody", Today, Today.AddDays(4)));
        Assert.Equal([new Refusal(RefusalReason.InThePast, Field.From)], Refusals("erik", Today.AddDays(-1), Today.AddDays(4)));
        Assert.Equal(
            [new(RefusalReason.Required, Field.Substitute), new(RefusalReason.Required, Field.From), new(RefusalReason.Required, Field.Until)],
            Refusals(" ", null, null));

        // Only the unit's own manager names its substitute; a substitute cannot name another.
        var erikNamed = Named("erik", 0, 5);
        Assert.Equal(RefusalReason.NotManager, Assert.Throws<RuleException>(() => Substitutes.Name(organisation, P(organisation, "erik"), erikNamed, "fatima", Today, Today, Now)).Refusals.Single().Reason);
        Assert.Equal(RefusalReason.NotManager, Assert.Throws<RuleException>(() => Substitutes.Name(organisation, P(organisation, "karin"), unit, "fatima", Today, Today, Now)).Refusals.Single().Reason);
    }

    [Fact]
    public void The_person_named_is_told_and_so_is_one_whose_period_was_on_or_planned_and_is_replaced()
    {
        var organisation = Sample(new Substitute("erik", Today.AddDays(2), Today.AddDays(5), "anna", Now.AddDays(-1)));
        var anna = P(organisation, "anna");
        var unit = organisation.FindUnit("hemtjanst")!;

        string[] Told((Unit Unit, OrganisationChange Change) made, Substitute? before) =>
            [.. Substitutes.Told(made.Unit, before, made.Change).Select(t => $"{t.PersonId}:{(t.Ended ? "ended" : "named")}:{t.Period.From:MM-dd}")];

        // Fatima replaces Erik's planned period: she hears she is named, he that his ended.
        Assert.Equal(["fatima:named:11-24", "erik:ended:11-25"], Told(Substitutes.Name(organisation, anna, unit, "fatima", Today.AddDays(1), Today.AddDays(3), Now), unit.Substitute));

        // Erik named again for other days hears it once, as named.
        Assert.Equal(["erik:named:11-30"], Told(Substitutes.Name(organisation, anna, unit, "erik", Today.AddDays(7), Today.AddDays(9), Now), unit.Substitute));

        // A period already over is nobody's news; ending one tells only the one it ends for.
        var over = new Substitute("erik", Today.AddDays(-5), Today.AddDays(-1), "anna", Now.AddDays(-6));
        Assert.Equal(["fatima:named:11-23"], Told(Substitutes.Name(organisation, anna, unit with { Substitute = over }, "fatima", Today, Today, Now), over));
        Assert.Equal(["erik:ended:11-25"], Told(Substitutes.End(organisation, anna, unit, Now), unit.Substitute));
    }

    [Fact]
    public void The_choices_are_the_units_people_and_the_other_managers_never_the_manager()
    {
        var organisation = Sample();

        Assert.Equal(["Erik Lund", "Fatima Hassan", "Karin Holm"], Substitutes.Candidates(organisation, organisation.FindUnit("hemtjanst")!).Select(p => p.Name));
    }

    [Fact]
    public void The_notice_of_a_new_report_reaches_the_substitute_only_while_the_period_is_on()
    {
        var organisation = Sample(new Substitute("erik", Today.AddDays(1), Today.AddDays(3), "anna", Now));
        var unit = organisation.FindUnit("hemtjanst")!;

        string[] Hear(DateTimeOffset at, DeviationKind kind, string reporter = "fatima") =>
            [.. DeviationRecipients.OfNewReport(organisation, unit, kind, reporter, at).Select(r => $"{r.Person.Id}:{r.MustAssess}").Order()];

        Assert.Equal(["anna:True"], Hear(Now, DeviationKind.Avvikelse));
        Assert.Equal(["anna:True", "erik:True"], Hear(Now.AddDays(2), DeviationKind.Avvikelse));
        Assert.Equal(["anna:True", "erik:True", "eva:False", "johan:False"], Hear(Now.AddDays(2), DeviationKind.Missforhallande));
        Assert.Equal(["anna:True"], Hear(Now.AddDays(2), DeviationKind.Avvikelse, reporter: "erik"));
        Assert.Equal(["anna:True"], Hear(Now.AddDays(4), DeviationKind.Avvikelse));
        Assert.Equal(["anna", "erik"], DeviationRecipients.Assessors(organisation, unit, Now.AddDays(2)).Select(p => p.Id));
    }

    [Fact]
    public void A_unit_list_is_followed_by_its_acting_manager_the_quality_developers_and_the_deputy_director_not_staff()
    {
        var organisation = Sample(new Substitute("erik", Today, Today.AddDays(3), "anna", Now));

        string[] Followed(string id, DateTimeOffset at) => [.. DeviationReport.UnitsFollowedBy(organisation, P(organisation, id), at).Select(u => u.Id)];

        Assert.Equal(["hemtjanst"], Followed("anna", Now));
        Assert.Equal(["hemtjanst"], Followed("erik", Now));
        Assert.Empty(Followed("erik", Now.AddDays(4)));
        Assert.Empty(Followed("fatima", Now));
        Assert.Equal(["hemtjanst", "ifo"], Followed("johan", Now));
        Assert.Equal(["hemtjanst", "ifo"], Followed("eva", Now));
    }
}
