using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.SelfChecks;

/// <summary>What is due, overdue and done, what the job sends on which day, and the counts per perspective for the report.</summary>
public sealed class SelfCheckProgressTests
{
    private static readonly ControlPoint March = new(
        "p", "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista, CheckFrequency.ValdaManader, [3], "erik", "Erik Lund", null, null);

    private static CheckOccurrence Occurrence => SelfCheckSchedule.Occurrences(March, 2027).Single();

    private static SelfCheckResult Done(ControlPoint point, int period, CheckVerdict verdict) =>
        new("u", point.Id, 2027, period, point.Perspective, [new CheckEntry(verdict, null, null, null, null, "skäl", "erik", "Erik Lund", DateTimeOffset.UnixEpoch)]);

    [Fact]
    public void The_check_is_posted_reminded_and_overdue_on_its_working_days_each_once()
    {
        // March 2027: opens Monday 1 March, reminded Wednesday 24 March, due Wednesday 31 March, overdue Thursday 1 April
        // (Easter: Good Friday 26 March and Easter Monday 29 March are not working days).
        var notices = Enumerable.Range(0, 60).Select(d => new DateOnly(2027, 2, 20).AddDays(d))
            .Select(day => (day, kind: SelfCheckProgress.NoticeOn(Occurrence, day, hasResult: false)))
            .Where(n => n.kind is not null)
            .ToList();

        Assert.Equal(
            [(new DateOnly(2027, 3, 1), CheckNoticeKind.Opens), (new DateOnly(2027, 3, 24), CheckNoticeKind.Reminder), (new DateOnly(2027, 4, 1), CheckNoticeKind.Overdue)],
            notices.Select(n => (n.day, n.kind!.Value)));
    }

    [Fact]
    public void Nothing_is_sent_for_a_check_with_a_result()
    {
        Assert.Null(SelfCheckProgress.NoticeOn(Occurrence, new DateOnly(2027, 3, 24), hasResult: true));
        Assert.Null(SelfCheckProgress.NoticeOn(Occurrence, new DateOnly(2027, 4, 1), hasResult: true));
    }

    [Fact]
    public void An_occurrence_is_upcoming_then_open_then_overdue_until_a_result_makes_it_done()
    {
        OccurrenceState On(DateOnly day, params SelfCheckResult[] results) => SelfCheckProgress.Of(March, 2027, results, day).Single().State;

        Assert.Equal(OccurrenceState.Upcoming, On(new DateOnly(2027, 2, 26)));
        Assert.Equal(OccurrenceState.Open, On(new DateOnly(2027, 3, 31)));
        Assert.Equal(OccurrenceState.Overdue, On(new DateOnly(2027, 4, 1)));
        Assert.Equal(OccurrenceState.Done, On(new DateOnly(2027, 4, 1), Done(March, 3, CheckVerdict.Godkand)));
    }

    [Fact]
    public void The_report_counts_planned_due_done_and_verdicts_per_perspective()
    {
        var monthly = March with { Id = "m", Frequency = CheckFrequency.Manadsvis, Months = [], Perspective = QualityPerspective.Strukturkvalitet };
        var tally = SelfCheckProgress.Tally([March, monthly], 2027, [Done(monthly, 1, CheckVerdict.Godkand), Done(monthly, 2, CheckVerdict.EjGodkand), Done(March, 3, CheckVerdict.Godkand)], new DateOnly(2027, 4, 15));

        Assert.Equal(new PerspectiveTally(QualityPerspective.Strukturkvalitet, 12, 3, 2, 1, 1), tally.Single(t => t.Perspective == QualityPerspective.Strukturkvalitet));
        Assert.Equal(new PerspectiveTally(QualityPerspective.Processkvalitet, 1, 1, 1, 1, 0), tally.Single(t => t.Perspective == QualityPerspective.Processkvalitet));
        Assert.Equal(new PerspectiveTally(QualityPerspective.Resultatkvalitet, 0, 0, 0, 0, 0), tally.Single(t => t.Perspective == QualityPerspective.Resultatkvalitet));
    }
}
