using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Tests.Deviations;

/// <summary>The IVO package of a lex Sarah report: what IVO's form asks and is missing, the export and the sending on record.</summary>
public sealed class IvoPackageTests
{
    private static readonly TenantId Tenant = new("tenant-1");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", null);
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);

    private static DeviationReport Filed(DeviationKind kind = DeviationKind.Missforhallande, string? immediateMeasures = "Insatsen utförd samma kväll.") => DeviationReport.File(
        Tenant,
        new DeviationReference(kind.Prefix(), 2026, 1),
        new DeviationFiling(kind, "hemtjanst", "Insatsen uteblev i tre dagar.", Now.AddDays(-3), immediateMeasures, null),
        Erik,
        Hemtjansten,
        Now.AddDays(-2));

    private static DeviationReport Decided(Severity severity = Severity.Allvarlig, bool report = true)
    {
        var filed = Filed();
        filed.Assess(Anna, Hemtjansten, severity, "Planeringen kontrollerad.", DeviationCategory.BristerIVerkstallighet, Now.AddDays(-2));
        filed.DecideIvo(Eva, report, "Allvarligt missförhållande.", Now.AddDays(-2));
        return filed;
    }

    private static DeviationReport Complete()
    {
        var report = Decided();
        report.Investigate(Johan, InvestigationTopic.HandelseOchKonsekvenser, "Brukaren var utan mat i tre dagar.", isFact: true, Now.AddDays(-1), "i1");
        report.Investigate(Johan, InvestigationTopic.NarDetUpptacktes, "Anhörig ringde den 21 november.", isFact: true, Now.AddDays(-1), "i2");
        report.Investigate(Johan, InvestigationTopic.Orsaker, "Insatsen föll bort vid schemabyte.", isFact: false, Now.AddDays(-1), "i3");
        report.AddAction(Johan, Hemtjansten, "Kontroll av planering vid schemabyte", null, new DateOnly(2027, 1, 31), Now.AddDays(-1), "a1");
        return report;
    }

    [Fact]
    public void A_report_just_decided_lacks_the_investigation_and_the_actions_in_the_forms_order()
    {
        Assert.Equal(
            [IvoPackageItem.NarDetUpptacktes, IvoPackageItem.Konsekvenser, IvoPackageItem.UtredningFakta, IvoPackageItem.Orsaker, IvoPackageItem.Atgarder],
            IvoPackage.Missing(Decided()));
    }

    [Fact]
    public void Before_the_assessment_everything_the_manager_and_the_deputy_director_add_is_missing_too()
    {
        var missing = IvoPackage.Missing(Filed(immediateMeasures: null));

        Assert.Contains(IvoPackageItem.OmedelbaraAtgarder, missing);
        Assert.Contains(IvoPackageItem.Bedomning, missing);
        Assert.Contains(IvoPackageItem.Beslut, missing);
        Assert.DoesNotContain(IvoPackageItem.VadHande, missing);
        Assert.DoesNotContain(IvoPackageItem.NarOchVar, missing);
    }

    [Fact]
    public void An_investigated_report_with_an_action_is_complete()
    {
        Assert.Empty(IvoPackage.Missing(Complete()));
        Assert.All(IvoPackage.Checklist(Complete()), line => Assert.True(line.Present));
    }

    [Theory]
    [InlineData(Severity.Allvarlig, true, true)]
    [InlineData(Severity.Katastrofal, true, true)]
    [InlineData(Severity.Katastrofal, false, false)] // decided not to report: no package
    [InlineData(Severity.Mattlig, true, true)] // decided to report although assessed 2
    [InlineData(Severity.Mattlig, false, false)]
    public void Only_a_lex_Sarah_report_assessed_3_to_4_or_decided_to_report_has_a_package(Severity severity, bool report, bool concerns)
    {
        Assert.Equal(concerns, IvoPackage.Concerns(Decided(severity, report)));
    }

    [Fact]
    public void A_deviation_assessed_serious_has_no_IVO_package_nor_does_a_lex_Sarah_report_awaiting_its_assessment()
    {
        var deviation = Filed(DeviationKind.Avvikelse);
        deviation.Assess(Anna, Hemtjansten, Severity.Katastrofal, "Larm.", null, Now);

        Assert.False(IvoPackage.Concerns(deviation));
        Assert.False(IvoPackage.Concerns(Filed()));
    }

    [Fact]
    public void Exporting_an_incomplete_package_is_refused_naming_every_missing_item_and_records_nothing()
    {
        var report = Decided();

        var refused = Assert.Throws<RuleException>(() => report.RecordIvoExport(Johan, "link 1", Now));

        Assert.All(refused.Refusals, r => Assert.Equal((RefusalReason.IvoPackageIncomplete, Field.IvoPackage), (r.Reason, r.Field)));
        Assert.Equal(IvoPackage.Missing(report).Select(i => i.ToString()), refused.Refusals.Select(r => r.Name));
        Assert.DoesNotContain(report.History, h => h.Kind == DeviationChangeKind.IvoPackageExported);
    }

    [Fact]
    public void An_export_is_in_the_history_with_who_and_when_once_per_download()
    {
        var report = Complete();

        Assert.True(report.RecordIvoExport(Eva, "link 1", Now));
        Assert.False(report.RecordIvoExport(Eva, "link 1", Now.AddSeconds(2))); // the browser retried the same link
        Assert.True(report.RecordIvoExport(Johan, "link 2", Now.AddMinutes(5)));

        var exports = report.History.Where(h => h.Kind == DeviationChangeKind.IvoPackageExported).ToList();
        Assert.Equal([("Eva Sundberg", Now), ("Johan Ek", Now.AddMinutes(5))], exports.Select(e => (e.PersonName, e.At)));
    }

    [Theory]
    [InlineData("erik")]
    [InlineData("anna")]
    public void The_reporter_and_the_unit_manager_may_not_export_or_record_the_sending(string personId)
    {
        var person = personId == "erik" ? Erik : Anna;
        var report = Complete();

        Assert.Equal(RefusalReason.NotAllowed, Assert.Throws<RuleException>(() => report.RecordIvoExport(person, "link 1", Now)).Refusals.Single().Reason);
        Assert.Equal(RefusalReason.NotAllowed, Assert.Throws<RuleException>(() => report.RecordSentToIvo(person, new DateOnly(2026, 11, 23), "3.1.1-12345/2026", Now)).Refusals.Single().Reason);
    }

    [Fact]
    public void The_sending_is_recorded_with_date_and_diarienummer_and_a_correction_keeps_what_it_said_before()
    {
        var report = Complete();

        report.RecordSentToIvo(Johan, new DateOnly(2026, 11, 23), " 3.1.1 - 12345 / 2026 ", Now);
        report.RecordSentToIvo(Johan, new DateOnly(2026, 11, 23), "3.1.1-12345/2026", Now.AddMinutes(1)); // the same again: nothing new
        report.RecordSentToIvo(Eva, new DateOnly(2026, 11, 22), "3.1.1-12354/2026", Now.AddMinutes(2));

        Assert.Equal(new IvoSubmission(new DateOnly(2026, 11, 22), "3.1.1-12354/2026", "eva", "Eva Sundberg", Now.AddMinutes(2)), report.SentToIvo);
        var sent = report.History.Where(h => h.Kind == DeviationChangeKind.SentToIvo).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal("2026-11-23 3.1.1-12345/2026", sent[0].Detail);
        Assert.Equal("2026-11-22 3.1.1-12354/2026 (tidigare 2026-11-23 3.1.1-12345/2026)", sent[1].Detail);
    }

    [Fact]
    public void A_bad_diarienummer_and_a_missing_date_are_refused_at_once()
    {
        var refused = Assert.Throws<RuleException>(() => Complete().RecordSentToIvo(Johan, null, "IVO ärende tolv", Now));

        Assert.Equal([(Field.IvoSentOn, RefusalReason.Required), (Field.IvoDiarienummer, RefusalReason.Invalid)], refused.Refusals.Select(r => (r.Field, r.Reason)));
    }

    [Fact]
    public void A_sending_date_in_the_future_is_refused()
    {
        var refused = Assert.Throws<RuleException>(() => Complete().RecordSentToIvo(Johan, new DateOnly(2026, 11, 24), "12345/2026", Now));

        Assert.Equal((Field.IvoSentOn, RefusalReason.InTheFuture), (refused.Refusals.Single().Field, refused.Refusals.Single().Reason));
    }

    [Fact]
    public void The_sending_cannot_be_recorded_before_the_decision_to_report()
    {
        var report = Filed();
        report.Assess(Anna, Hemtjansten, Severity.Allvarlig, "Planeringen kontrollerad.", null, Now);

        Assert.Equal(RefusalReason.WrongState, Assert.Throws<RuleException>(() => report.RecordSentToIvo(Eva, new DateOnly(2026, 11, 23), "12345/2026", Now)).Refusals.Single().Reason);
    }

    [Theory]
    [InlineData("3.1.1-12345/2027", "3.1.1-12345/2027")]
    [InlineData("3.1.1 - 12345 / 2027", "3.1.1-12345/2027")]
    [InlineData("12345/2027", "12345/2027")]
    [InlineData("8.5-41234/2026", "8.5-41234/2026")]
    [InlineData("3.1.1-12345", null)]
    [InlineData("IVO 12345", null)]
    [InlineData("", null)]
    public void A_diarienummer_is_read_loosely_as_IVO_writes_it(string text, string? normalised)
    {
        Assert.Equal(normalised, IvoPackage.NormaliseDiarienummer(text));
    }

    /// <summary>
    /// The package is drawn from the report's own texts, and every one of them went through the free-text rule: a
    /// personnummer in any of them is refused, so none can reach the PDF. (Client names cannot be recognised; the card
    /// asks for none and the diarienummer instead.)
    /// </summary>
    [Fact]
    public void No_text_that_goes_into_the_package_can_hold_a_personnummer()
    {
        const string Pnr = "Brukaren 19121212-1212";
        var report = Decided();
        void Refused(Action change, Field field) =>
            Assert.Contains(Assert.Throws<RuleException>(change).Refusals, r => r.Reason == RefusalReason.ContainsPersonalIdentityNumber && r.Field == field);

        Assert.Contains(DeviationReport.Check(new DeviationFiling(DeviationKind.Missforhallande, "hemtjanst", Pnr, Now, null, null), Now), r => r.Field == Field.WhatHappened);
        Assert.Contains(DeviationReport.Check(new DeviationFiling(DeviationKind.Missforhallande, "hemtjanst", "Text", Now, Pnr, null), Now), r => r.Field == Field.ImmediateMeasures);
        Refused(() => Filed().Assess(Anna, Hemtjansten, Severity.Allvarlig, Pnr, null, Now), Field.ImmediateActions);
        Refused(() => report.Investigate(Johan, InvestigationTopic.Orsaker, Pnr, isFact: true, Now, "x"), Field.Investigation);
        Refused(() => report.AddAction(Johan, Hemtjansten, Pnr, null, null, Now, "x"), Field.ActionTitle);
        var undecided = Filed();
        undecided.Assess(Anna, Hemtjansten, Severity.Allvarlig, "Ok", null, Now);
        Refused(() => undecided.DecideIvo(Eva, true, Pnr, Now), Field.Motivation);
        Refused(() => report.RecordSentToIvo(Eva, new DateOnly(2026, 11, 23), "191212121212", Now), Field.IvoDiarienummer);
        Assert.Null(report.SentToIvo);
        Assert.Empty(report.Investigation);
    }
}
