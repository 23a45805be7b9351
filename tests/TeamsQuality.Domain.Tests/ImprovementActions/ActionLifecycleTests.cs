using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.ImprovementActions;

/// <summary>
/// An action followed to the end: Ej påbörjad → Pågående → Genomförd (and back) by its owner or the acting manager,
/// each change with a comment in its history; the reminders' days; the follow-up three months after it is done; the
/// effect question; and what follows "no effect".
/// </summary>
public sealed class ActionLifecycleTests
{
    private static readonly TenantId Tenant = new("11111111-2222-3333-4444-555555555555");

    /// <summary>Monday 23 November 2026, 09:00 in Sweden.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = SwedishTime.Day(Now);

    private static readonly Unit HomeCare = new("hemtjanst", "Hemtjänsten", "anna", null);

    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Fatima = new("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst");
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");

    private static ImprovementAction ErikAction(DateOnly? due = null, ActionOrigin? origin = null) => ImprovementAction.Plan(
        Tenant, HomeCare, "ac-1", "Checklista för kvällspasset", "Kvällspasset missar överlämningen", Erik, due ?? new DateOnly(2026, 12, 18), ActionPurpose.Forebyggande,
        origin ?? new ActionOrigin(ActionOriginKind.Hallplats, "2027-01", "Hållplats 1 Samverkan (2027)"), Anna, Now);

    [Fact]
    public void The_owner_takes_it_from_not_started_through_in_progress_to_done_and_every_change_is_in_its_history_with_the_comment()
    {
        var action = ErikAction();

        action.Change(Erik, HomeCare, ActionStatus.Pagaende, null, null, "Började i dag med kvällsgruppen", Now.AddDays(1));
        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Checklistan används sedan en vecka", Now.AddDays(20));

        Assert.Equal(ActionStatus.Genomford, action.Status);
        var changes = action.History.Where(h => h.Kind == ActionChangeKind.Status).ToList();
        Assert.Equal([("EjPaborjad", "Pagaende"), ("Pagaende", "Genomford")], changes.Select(c => (c.From!, c.To!)));
        Assert.Equal(["Började i dag med kvällsgruppen", "Checklistan används sedan en vecka"], changes.Select(c => c.Comment!));
        Assert.All(changes, c => Assert.Equal("Erik Lund", c.PersonName));
        Assert.Equal([Now.AddDays(1), Now.AddDays(20)], changes.Select(c => c.At));
    }

    [Fact]
    public void Done_sets_the_follow_up_three_months_later_unless_another_day_is_chosen()
    {
        var action = ErikAction();
        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Klart", Now);
        Assert.Equal(Today.AddMonths(ImprovementAction.DefaultFollowUpMonths), action.FollowUpOn);
        Assert.Equal(Today, action.DoneOn);

        var chosen = ErikAction();
        chosen.Change(Anna, HomeCare, ActionStatus.Genomford, null, new DateOnly(2027, 1, 15), "Klart, följs upp efter jul", Now);
        Assert.Equal(new DateOnly(2027, 1, 15), chosen.FollowUpOn);

        chosen.Change(Anna, HomeCare, null, null, new DateOnly(2027, 3, 1), "Flyttad till efter sportlovet", Now.AddDays(1));
        Assert.Equal(new DateOnly(2027, 3, 1), chosen.FollowUpOn);
        var moved = chosen.History[^1];
        Assert.Equal((ActionChangeKind.FollowUpDate, "2027-01-15", "2027-03-01"), (moved.Kind, moved.From, moved.To));
    }

    [Fact]
    public void A_step_back_needs_its_reason_too_and_taking_back_done_clears_the_follow_up()
    {
        var action = ErikAction();
        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Klart", Now);

        var refused = Assert.Throws<RuleException>(() => action.Change(Erik, HomeCare, ActionStatus.Pagaende, null, null, " ", Now.AddDays(1)));
        Assert.Contains(refused.Refusals, r => r is { Reason: RefusalReason.Required, Field: Field.ActionComment });

        action.Change(Erik, HomeCare, ActionStatus.Pagaende, null, null, "Checklistan saknas på nattpasset", Now.AddDays(1));
        Assert.Equal(ActionStatus.Pagaende, action.Status);
        Assert.Null(action.FollowUpOn);
        Assert.Null(action.DoneOn);
    }

    [Fact]
    public void The_acting_manager_may_change_it_but_a_colleague_a_quality_developer_and_another_units_manager_may_not()
    {
        foreach (var outsider in new[] { Fatima, Johan, Karin })
        {
            var action = ErikAction();
            var refused = Assert.Throws<RuleException>(() => action.Change(outsider, HomeCare, ActionStatus.Pagaende, null, null, "Jag tar den", Now));
            Assert.Equal(RefusalReason.NotAllowed, Assert.Single(refused.Refusals).Reason);
            Assert.Single(action.History);
        }

        var byManager = ErikAction();
        byManager.Change(Anna, HomeCare, ActionStatus.Pagaende, null, null, "Erik har börjat", Now);
        Assert.Equal(ActionStatus.Pagaende, byManager.Status);

        // Fatima while she stands in for Anna.
        var substituted = HomeCare with { Substitute = new Substitute("fatima", Today, Today.AddDays(5), "anna", Now) };
        var bySubstitute = ErikAction();
        bySubstitute.Change(Fatima, substituted, ActionStatus.Pagaende, null, null, "Erik har börjat", Now);
        Assert.Equal(ActionStatus.Pagaende, bySubstitute.Status);
    }

    [Fact]
    public void A_personnummer_in_the_comment_is_refused_and_nothing_changes()
    {
        var action = ErikAction();

        var refused = Assert.Throws<RuleException>(() => action.Change(Erik, HomeCare, ActionStatus.Pagaende, null, null, "Gäller 19121212-1212", Now));

        Assert.Contains(refused.Refusals, r => r is { Reason: RefusalReason.ContainsPersonalIdentityNumber, Field: Field.ActionComment });
        Assert.Equal(ActionStatus.EjPaborjad, action.Status);
        Assert.Single(action.History);
    }

    [Fact]
    public void The_due_date_can_be_moved_but_not_into_the_past_and_the_move_is_kept()
    {
        var action = ErikAction();

        Assert.Throws<RuleException>(() => action.Change(Erik, HomeCare, null, Today.AddDays(-1), null, "Glömde", Now));
        action.Change(Erik, HomeCare, null, new DateOnly(2027, 1, 29), null, "Sjukskrivning i december", Now);

        Assert.Equal(new DateOnly(2027, 1, 29), action.DueDate);
        var moved = action.History[^1];
        Assert.Equal((ActionChangeKind.DueDate, "2026-12-18", "2027-01-29", "Sjukskrivning i december"), (moved.Kind, moved.From, moved.To, moved.Comment));
        var nothing = Assert.Throws<RuleException>(() => action.Change(Erik, HomeCare, ActionStatus.EjPaborjad, new DateOnly(2027, 1, 29), null, "Inget nytt", Now));
        Assert.Equal(Field.ActionStatus, Assert.Single(nothing.Refusals).Field);
    }

    [Fact]
    public void The_owner_is_reminded_a_week_before_on_the_day_and_the_first_working_day_after_and_not_after_done()
    {
        // Due Friday 18 December 2026: a week before is Friday the 11th, overdue Monday the 21st.
        var action = ErikAction(new DateOnly(2026, 12, 18));
        Assert.Equal(
            [(ActionReminderKind.WeekBefore, new DateOnly(2026, 12, 11)), (ActionReminderKind.OnTheDay, new DateOnly(2026, 12, 18)), (ActionReminderKind.Overdue, new DateOnly(2026, 12, 21))],
            action.ReminderDays());

        // Due on julafton (a free eve): reminded on the working day before, overdue after Christmas and the weekend.
        var christmas = ErikAction(new DateOnly(2026, 12, 24));
        Assert.Equal(
            [(ActionReminderKind.WeekBefore, new DateOnly(2026, 12, 17)), (ActionReminderKind.OnTheDay, new DateOnly(2026, 12, 23)), (ActionReminderKind.Overdue, new DateOnly(2026, 12, 28))],
            christmas.ReminderDays());

        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Klart", Now);
        Assert.False(action.StillWanted(ActionReminderKind.OnTheDay, new DateOnly(2026, 12, 18)));
        Assert.Equal([(ActionReminderKind.FollowUp, new DateOnly(2027, 2, 23))], action.ReminderDays());
    }

    [Fact]
    public void The_effect_is_asked_when_the_follow_up_day_has_come_answered_once_and_then_the_action_is_closed()
    {
        var action = ErikAction();
        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Klart", Now);
        var followUp = Now.AddMonths(3);

        Assert.Equal(RefusalReason.WrongState, Assert.Throws<RuleException>(() => action.AnswerEffect(Erik, HomeCare, ActionEffect.Ja, null, Now.AddMonths(2))).Refusals[0].Reason);
        Assert.Contains(Assert.Throws<RuleException>(() => action.AnswerEffect(Erik, HomeCare, ActionEffect.Delvis, null, followUp)).Refusals, r => r.Field == Field.ActionComment);

        action.AnswerEffect(Erik, HomeCare, ActionEffect.Delvis, "Kvällen bättre, natten inte", followUp);

        Assert.Equal(ActionEffect.Delvis, action.Effect!.Effect);
        Assert.Empty(action.ReminderDays());
        Assert.Throws<RuleException>(() => action.AnswerEffect(Erik, HomeCare, ActionEffect.Ja, "Ändrar mig", followUp));
        Assert.Equal(RefusalReason.AlreadyFinished, Assert.Throws<RuleException>(() => action.Change(Erik, HomeCare, ActionStatus.Pagaende, null, null, "Igen", followUp)).Refusals[0].Reason);
    }

    [Fact]
    public void After_no_effect_the_owner_chooses_once_what_follows_and_it_is_kept()
    {
        var action = ErikAction();
        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Klart", Now);
        var followUp = Now.AddMonths(3);
        Assert.Throws<RuleException>(() => action.FollowNoEffect(Erik, HomeCare, NoEffectStep.NyAtgard, "Ny", followUp));

        action.AnswerEffect(Erik, HomeCare, ActionEffect.Nej, "Ingen använder checklistan", followUp);
        action.FollowNoEffect(Erik, HomeCare, NoEffectStep.NyAtgard, "Överlämning muntligt vid varje byte", followUp);

        Assert.Equal(NoEffectStep.NyAtgard, action.AfterNoEffect);
        Assert.Equal((ActionChangeKind.NextStep, "Överlämning muntligt vid varje byte"), (action.History[^1].Kind, action.History[^1].Comment));
        Assert.Equal(RefusalReason.AlreadyFinished, Assert.Throws<RuleException>(() => action.FollowNoEffect(Erik, HomeCare, NoEffectStep.TillbakaTillAnalysen, null, followUp)).Refusals[0].Reason);
    }

    [Fact]
    public void Back_to_the_analysis_goes_to_the_stop_it_came_from_or_for_a_report_to_the_risk_analysis_stop_or_else_the_next_stop()
    {
        var wheel = OrganisationWheel.From(WheelTemplates.Vetlanda, 2027);

        Assert.Equal(1, ErikAction().AnalysisTheme(wheel, Today)!.Number);
        Assert.Equal(4, ErikAction(origin: new ActionOrigin(ActionOriginKind.Avvikelse, "LS-2026-0001", "LS-2026-0001")).AnalysisTheme(wheel, Today)!.Number);

        // A self-check's action: the unit's next stop, stop 1 until the end of November, then stop 2 (December).
        var fromSelfCheck = ErikAction(origin: new ActionOrigin(ActionOriginKind.Egenkontroll, "ek-1", "Egenkontroll: genomförandeplaner"));
        Assert.Equal(1, fromSelfCheck.AnalysisTheme(wheel, Today)!.Number);
        Assert.Equal(2, fromSelfCheck.AnalysisTheme(wheel, new DateOnly(2026, 12, 1))!.Number);
    }

    [Fact]
    public void The_note_for_the_analysis_says_what_failed_and_why_without_the_reports_reference()
    {
        var action = ErikAction(origin: new ActionOrigin(ActionOriginKind.Avvikelse, "LS-2026-0001", "LS-2026-0001"));
        action.Change(Erik, HomeCare, ActionStatus.Genomford, null, null, "Klart", Now);
        action.AnswerEffect(Erik, HomeCare, ActionEffect.Nej, "Ingen använder checklistan", Now.AddMonths(3));
        var stop4 = WheelTemplates.Vetlanda.Stop(4)!;

        var note = action.BackToAnalysisNote(stop4, Erik, Now.AddMonths(3), "back-ac-1");

        Assert.Equal((4, "hemtjanst", "Erik Lund"), (note.StopNumber, note.UnitId, note.AuthorName));
        Assert.Contains("Checklista för kvällspasset", note.Text, StringComparison.Ordinal);
        Assert.Contains("Kvällspasset missar överlämningen", note.Text, StringComparison.Ordinal);
        Assert.Contains("Ingen använder checklistan", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LS-2026", note.Text, StringComparison.Ordinal);
    }
}
