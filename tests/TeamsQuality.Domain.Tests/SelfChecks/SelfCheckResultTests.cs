using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.SelfChecks;

/// <summary>The result of a self-check: who may record it, the counts of a file review, and Ej godkänd followed through.</summary>
public sealed class SelfCheckResultTests
{
    /// <summary>Monday 15 March 2027, 10:00 in Sweden.</summary>
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", null);

    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Fatima = new("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst");
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");

    private static readonly ControlPoint Plans = new(
        "genomforandeplaner", "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista,
        CheckFrequency.Manadsvis, [], "erik", "Erik Lund", "Gå igenom planerna.", null);

    private static readonly ControlPoint Files = Plans with { Id = "akter", What = "Journalanteckningar", Method = ControlMethod.Aktgranskning, SampleSize = 10 };

    private static CheckOccurrence March(ControlPoint point) => SelfCheckSchedule.Occurrences(point, 2027).Single(o => o.Period == 3);

    private static IReadOnlyList<Refusal> Refused(Action record) => Assert.Throws<RuleException>(record).Refusals;

    [Fact]
    public void The_responsible_person_the_acting_manager_and_quality_developers_may_record_others_not()
    {
        Assert.True(SelfCheckResult.CanRecord(Erik, Hemtjansten, Plans, Now));
        Assert.True(SelfCheckResult.CanRecord(Anna, Hemtjansten, Plans, Now));
        Assert.True(SelfCheckResult.CanRecord(Johan, Hemtjansten, Plans, Now));
        Assert.False(SelfCheckResult.CanRecord(Fatima, Hemtjansten, Plans, Now));
        Assert.False(SelfCheckResult.CanRecord(Eva, Hemtjansten, Plans, Now));
        Assert.False(SelfCheckResult.CanRecord(Karin, Hemtjansten, Plans, Now));

        var substituted = Hemtjansten with { Substitute = new Substitute("fatima", new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 19), "anna", Now) };
        Assert.True(SelfCheckResult.CanRecord(Fatima, substituted, Plans, Now));

        // No responsible named: the unit's manager performs it, and staff may not.
        Assert.False(SelfCheckResult.CanRecord(Erik, Hemtjansten, Plans with { ResponsibleId = null }, Now));
        Assert.Contains(Refused(() => Record(Fatima, Plans, new(CheckVerdict.Godkand, null, null, null, null))), r => r.Reason == RefusalReason.NotAllowed);
    }

    [Fact]
    public void Godkand_is_recorded_with_its_comment_and_who_recorded_it()
    {
        var result = Record(Erik, Plans, new(CheckVerdict.Godkand, "  Alla tio aktuella ", null, null, "ignored"));

        Assert.Equal(CheckVerdict.Godkand, result.Current.Verdict);
        Assert.Equal("Alla tio aktuella", result.Current.Comment);
        Assert.Null(result.Current.Reason);
        Assert.Equal(("erik", "Erik Lund", Now), (result.Current.ById, result.Current.ByName, result.Current.At));
        Assert.Equal("2027-03", result.Key);
        Assert.Equal(QualityPerspective.Processkvalitet, result.Perspective);
    }

    [Fact]
    public void Ej_godkand_cannot_be_closed_without_an_action_or_a_reason()
    {
        var refusals = Refused(() => Record(Erik, Plans, new(CheckVerdict.EjGodkand, "Tre saknas", null, null, "  ")));
        Assert.Equal([new Refusal(RefusalReason.ActionOrReasonMissing, Field.CheckReason)], refusals);

        var withReason = Record(Erik, Plans, new(CheckVerdict.EjGodkand, null, null, null, "Planerna skrivs om i april ändå"));
        Assert.Equal("Planerna skrivs om i april ändå", withReason.Current.Reason);

        var withAction = SelfCheckResult.Record(Hemtjansten, Plans, March(Plans), Erik, new(CheckVerdict.EjGodkand, null, null, null, null), "action-1", Now, null);
        Assert.Equal("action-1", withAction.Current.ActionId);
    }

    [Fact]
    public void An_action_is_planned_only_for_Ej_godkand()
    {
        var refusals = Assert.Throws<RuleException>(() =>
            SelfCheckResult.Record(Hemtjansten, Plans, March(Plans), Erik, new(CheckVerdict.Godkand, null, null, null, null), "action-1", Now, null)).Refusals;
        Assert.Equal([new Refusal(RefusalReason.WrongState, Field.CheckVerdict)], refusals);
    }

    [Fact]
    public void A_verdict_is_required_and_free_text_refuses_personnummer_per_field()
    {
        var refusals = Refused(() => Record(Erik, Plans, new(null, "Gällde 19121212-1212", null, null, null)));

        Assert.Contains(new Refusal(RefusalReason.Required, Field.CheckVerdict), refusals);
        Assert.Contains(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.CheckComment), refusals);

        var reason = Refused(() => Record(Erik, Plans, new(CheckVerdict.EjGodkand, null, null, null, "Brukaren 191212121212 flyttar")));
        Assert.Equal([new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.CheckReason)], reason);
    }

    [Theory]
    [InlineData(null, "0", Field.CheckReviewed, RefusalReason.Required)]
    [InlineData("10", "", Field.CheckDefects, RefusalReason.Required)]
    [InlineData("tio", "0", Field.CheckReviewed, RefusalReason.Invalid)]
    [InlineData("2.5", "0", Field.CheckReviewed, RefusalReason.Invalid)]
    [InlineData("0", "0", Field.CheckReviewed, RefusalReason.Invalid)]
    [InlineData("10", "-1", Field.CheckDefects, RefusalReason.Invalid)]
    [InlineData("10", "11", Field.CheckDefects, RefusalReason.MoreThanReviewed)]
    public void A_file_review_counts_whole_files_and_no_more_defects_than_files(string? reviewed, string? defects, Field field, RefusalReason reason)
    {
        var refusals = Refused(() => Record(Erik, Files, new(CheckVerdict.EjGodkand, null, reviewed, defects, "Skäl")));

        Assert.Equal([new Refusal(reason, field)], refusals);
    }

    [Fact]
    public void A_file_review_with_defects_cannot_be_Godkand_and_without_defects_it_can()
    {
        Assert.Equal(
            [new Refusal(RefusalReason.DefectsFound, Field.CheckVerdict)],
            Refused(() => Record(Erik, Files, new(CheckVerdict.Godkand, null, "10", "2", null))));

        var clean = Record(Erik, Files, new(CheckVerdict.Godkand, null, " 10 ", "0", null));
        Assert.Equal((10, 0), (clean.Current.Reviewed, clean.Current.WithDefects));

        var failed = Record(Erik, Files, new(CheckVerdict.EjGodkand, null, "10", "3", "Åtgärdas i stop 5"));
        Assert.Equal((10, 3), (failed.Current.Reviewed, failed.Current.WithDefects));
    }

    [Fact]
    public void Counts_are_not_kept_for_checks_that_review_no_files()
    {
        var result = Record(Erik, Plans, new(CheckVerdict.Godkand, null, "10", "2", null));

        Assert.Null(result.Current.Reviewed);
        Assert.Null(result.Current.WithDefects);
    }

    [Fact]
    public void A_correction_keeps_the_earlier_result_in_the_history()
    {
        var first = Record(Erik, Plans, new(CheckVerdict.EjGodkand, null, null, null, "Skäl"));
        var corrected = SelfCheckResult.Record(Hemtjansten, Plans, March(Plans), Anna, new(CheckVerdict.Godkand, "Rättat", null, null, null), null, Now.AddHours(1), first);

        Assert.Equal(CheckVerdict.Godkand, corrected.Current.Verdict);
        Assert.Equal("anna", corrected.Current.ById);
        Assert.Equal([CheckVerdict.EjGodkand, CheckVerdict.Godkand], corrected.History.Select(h => h.Verdict));
        Assert.Equal("erik", corrected.History[0].ById);
    }

    private static SelfCheckResult Record(Person by, ControlPoint point, CheckInput input) =>
        SelfCheckResult.Record(Hemtjansten, point, March(point), by, input, null, Now, null);
}
