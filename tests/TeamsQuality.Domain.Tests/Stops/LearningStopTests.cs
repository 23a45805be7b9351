using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Stops;

public sealed class LearningStopTests
{
    private static readonly TenantId Tenant = new("tenant-1");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", new UnitChannel("team", "19:hemtjanst", "Hemtjänsten"));
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Fatima = new("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst");
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);

    /// <summary>The one refusal a change was met with (nothing was changed).</summary>
    private static Refusal RefusalOf(Action change) => Assert.Single(Assert.Throws<RuleException>(change).Refusals);

    private static LearningStop Samverkan() =>
        LearningStop.Plan(new StopKey(Tenant, "hemtjanst", 2027, 1), WheelTemplates.Vetlanda.Stop(1)!, startMonth: 11);

    [Fact]
    public void A_November_stop_of_the_2027_wheel_is_due_on_the_last_day_of_November_2026()
    {
        var stop = Samverkan();

        Assert.Equal(new DateOnly(2026, 11, 1), stop.Opens);
        Assert.Equal(new DateOnly(2026, 11, 30), stop.DueDate);
        Assert.Equal(StopStatus.EjPaborjad, stop.Status);
    }

    [Fact]
    public void A_May_June_stop_is_due_at_the_end_of_June()
    {
        var loke = LearningStop.Plan(new StopKey(Tenant, "hemtjanst", 2027, 6), WheelTemplates.Vetlanda.Stop(6)!, 11);

        Assert.Equal(new DateOnly(2027, 5, 1), loke.Opens);
        Assert.Equal(new DateOnly(2027, 6, 30), loke.DueDate);
    }

    [Fact]
    public void The_manager_starts_the_stop_and_it_is_recorded_who_and_when()
    {
        var stop = Samverkan();

        stop.Start(Anna, Hemtjansten, Now);

        Assert.Equal(StopStatus.Paborjad, stop.Status);
        var change = Assert.Single(stop.History);
        Assert.Equal((StopChangeKind.Started, "Anna Berg", Now), (change.Kind, change.PersonName, change.At));
    }

    [Fact]
    public void Staff_cannot_start_but_can_contribute_which_starts_the_stop()
    {
        var stop = Samverkan();

        Assert.Equal(new Refusal(RefusalReason.NotManager), RefusalOf(() => stop.Start(Erik, Hemtjansten, Now)));
        var contribution = stop.Contribute(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "  Vi samverkar bra med hemsjukvården. ", Now, "c1");

        Assert.Equal("Vi samverkar bra med hemsjukvården.", contribution.Text);
        Assert.Equal(StopStatus.Paborjad, stop.Status);
        Assert.Single(stop.ContributionsTo(AnalysisStep.Nulagesbeskrivning));
    }

    [Fact]
    public void The_documenter_moves_the_unit_on_to_a_later_step_and_it_is_recorded()
    {
        var stop = Samverkan();
        Assert.False(stop.MoveOn(Anna, Hemtjansten, AnalysisStep.Orsaksanalys, Now));
        stop.Start(Anna, Hemtjansten, Now);

        // Staff browsing ahead, or anyone going back to read, leaves the unit where it is.
        Assert.False(stop.MoveOn(Erik, Hemtjansten, AnalysisStep.DraSlutsatser, Now));
        Assert.True(stop.MoveOn(Anna, Hemtjansten, AnalysisStep.DraSlutsatser, Now.AddMinutes(20)));
        Assert.False(stop.MoveOn(Anna, Hemtjansten, AnalysisStep.Orsaksanalys, Now.AddMinutes(30)));

        Assert.Equal(new StopProgress(StopStatus.Paborjad, AnalysisStep.DraSlutsatser), stop.Progress);
        Assert.Equal("Anna Berg", stop.StartedByName);
        var moved = stop.History[^1];
        Assert.Equal((StopChangeKind.MovedOn, "Anna Berg", nameof(AnalysisStep.DraSlutsatser)), (moved.Kind, moved.PersonName, moved.Detail));

        // A delegated documenter moves it on too.
        stop.DelegateDocumentation(Anna, Hemtjansten, Fatima, Now.AddMinutes(40));
        Assert.True(stop.MoveOn(Fatima, Hemtjansten, AnalysisStep.ForslagPaAtgarder, Now.AddMinutes(45)));
    }

    [Theory]
    [InlineData("karin")]
    [InlineData("johan")]
    public void People_outside_the_unit_cannot_take_part(string personId)
    {
        var stop = Samverkan();
        var outsider = personId == "karin" ? Karin : Johan;

        var refusal = RefusalOf(() => stop.Contribute(outsider, Hemtjansten, AnalysisStep.Orsaksanalys, "text", Now, "c1"));

        Assert.Equal(new Refusal(RefusalReason.NotInUnit), refusal);
        Assert.Empty(stop.Contributions);
    }

    [Fact]
    public void The_deputy_director_and_quality_developers_see_every_units_stops_others_do_not()
    {
        Assert.True(LearningStop.CanSee(Eva, Hemtjansten));
        Assert.True(LearningStop.CanSee(Johan, Hemtjansten));
        Assert.True(LearningStop.CanSee(Erik, Hemtjansten));
        Assert.False(LearningStop.CanSee(Karin, Hemtjansten));
    }

    [Fact]
    public void Only_the_manager_or_the_delegate_writes_summaries()
    {
        var stop = Samverkan();

        Assert.Equal(new Refusal(RefusalReason.NotDocumenter), RefusalOf(() => stop.WriteSummary(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "Sammanfattning", 0, Now)));
        stop.DelegateDocumentation(Anna, Hemtjansten, Erik, Now);
        var summary = stop.WriteSummary(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "Sammanfattning", 0, Now);

        Assert.Equal(1, summary.Revision);
        Assert.Equal("Erik Lund", stop.DelegateName);
        Assert.Equal(new Refusal(RefusalReason.NotDocumenter), RefusalOf(() => stop.WriteSummary(Fatima, Hemtjansten, AnalysisStep.Orsaksanalys, "x", 0, Now)));
    }

    [Fact]
    public void A_summary_written_over_a_newer_one_is_refused_and_the_saved_text_stays()
    {
        var stop = Samverkan();
        stop.WriteSummary(Anna, Hemtjansten, AnalysisStep.Orsaksanalys, "Annas text", 0, Now);

        var conflict = RefusalOf(() => stop.WriteSummary(Anna, Hemtjansten, AnalysisStep.Orsaksanalys, "Min text", 0, Now));

        Assert.Equal(new Refusal(RefusalReason.ChangedMeanwhile, Field.Summary), conflict);
        Assert.Equal("Annas text", stop.SummaryOf(AnalysisStep.Orsaksanalys)!.Text);
    }

    [Theory]
    [InlineData("Brukaren 19121212-1212 föll i badrummet")]
    [InlineData("Gäller 121212-1212")]
    [InlineData("Samordningsnummer 701063-2391 i ärendet")]
    public void Text_with_a_personnummer_is_refused_and_nothing_is_stored(string text)
    {
        var stop = Samverkan();

        var refusal = RefusalOf(() => stop.Contribute(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, text, Now, "c1"));

        Assert.Equal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Contribution), refusal);
        Assert.Empty(stop.Contributions);
        Assert.Equal(StopStatus.EjPaborjad, stop.Status);
    }

    [Fact]
    public void Empty_and_overlong_texts_are_refused()
    {
        var stop = Samverkan();

        Assert.Equal(new Refusal(RefusalReason.Required, Field.Contribution), RefusalOf(() => stop.Contribute(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "   ", Now, "c1")));
        Assert.Equal(new Refusal(RefusalReason.TooLong, Field.Contribution), RefusalOf(() => stop.Contribute(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, new string('x', 4001), Now, "c2")));
    }

    [Fact]
    public void Finishing_turns_every_proposal_into_an_action_of_the_unit_with_origin_this_stop()
    {
        var stop = Samverkan();
        stop.Propose(Erik, Hemtjansten, "Gemensamt möte med hemsjukvården varje månad", Fatima, new DateOnly(2027, 2, 28), Now, "p1");
        stop.Propose(Fatima, Hemtjansten, "Rutin för överrapportering", null, null, Now, "p2");

        var actions = stop.Finish(Anna, Hemtjansten, needsAction: true, Trend.Battre, "Bra samtal", Now.AddHours(1));

        Assert.Equal(StopStatus.Klar, stop.Status);
        Assert.Equal((true, Trend.Battre, "Bra samtal"), (stop.Conclusion!.NeedsAction, stop.Conclusion.Trend, stop.Conclusion.Comment));
        Assert.Collection(
            actions,
            a => Assert.Equal(("Gemensamt möte med hemsjukvården varje månad", "fatima", new DateOnly(2027, 2, 28)), (a.Title, a.OwnerId, a.DueDate!.Value)),
            a => Assert.Equal(("Rutin för överrapportering", "anna", "Anna Berg"), (a.Title, a.OwnerId, a.OwnerName)));
        Assert.All(actions, a => Assert.Equal("Hållplats 1 Samverkan (2027)", a.Origin.Description));
        Assert.All(actions, a => Assert.Equal(Actions.ActionStatus.EjPaborjad, a.Status));

        // Each names the stop by "{year}-{NN}", and leads back to it (the summary lists them, an owner's card opens the stop).
        Assert.All(actions, a => Assert.Equal("2027-01", a.Origin.Reference));
        Assert.All(actions, a => Assert.True(StopActions.CameFrom(a, stop.Key)));
        Assert.All(actions, a => Assert.Equal(stop.Key, StopActions.StopOf(a)));
        Assert.False(StopActions.CameFrom(actions[0], stop.Key with { Number = 2 }));
    }

    [Fact]
    public void A_proposals_owner_is_one_of_the_units_people_or_its_manager_as_for_delegation()
    {
        var stop = Samverkan();

        // Karin manages another unit; Johan follows all units but belongs to none.
        foreach (var outsider in new[] { Karin, Johan, Erik with { Id = "sara", Name = "Sara Ahmadi", UnitId = "lss" } })
        {
            var refusal = RefusalOf(() => stop.Propose(Erik, Hemtjansten, "Månadsmöte", outsider, null, Now, "p-" + outsider.Id));
            Assert.Equal(new Refusal(RefusalReason.NotInUnit, Field.ProposalOwner), refusal);
            Assert.Equal(new Refusal(RefusalReason.NotInUnit, Field.Documenter), RefusalOf(() => stop.DelegateDocumentation(Anna, Hemtjansten, outsider, Now)));
        }

        Assert.Empty(stop.Proposals);
        Assert.Empty(stop.History);

        // Staff of the unit, and its manager even when the organisation lists her under another unit.
        stop.Propose(Erik, Hemtjansten, "Månadsmöte", Fatima, null, Now, "p1");
        stop.Propose(Erik, Hemtjansten, "Rutin", Anna with { UnitId = "ledning" }, null, Now, "p2");
        Assert.Equal(["fatima", "anna"], stop.Proposals.Select(p => p.OwnerId));
    }

    [Fact]
    public void A_finished_stop_takes_no_more_changes()
    {
        var stop = Samverkan();
        stop.Finish(Anna, Hemtjansten, false, Trend.Oforandrad, null, Now);

        Assert.Equal(new Refusal(RefusalReason.AlreadyFinished), RefusalOf(() => stop.Contribute(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "sent", Now, "c9")));
    }

    [Fact]
    public void Every_change_is_in_the_history_in_order()
    {
        var stop = Samverkan();
        stop.Start(Anna, Hemtjansten, Now);
        stop.Contribute(Erik, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "a", Now.AddMinutes(1), "c1");
        stop.WriteSummary(Anna, Hemtjansten, AnalysisStep.Nulagesbeskrivning, "s", 0, Now.AddMinutes(2));
        stop.Finish(Anna, Hemtjansten, false, Trend.EjBedomd, null, Now.AddMinutes(3));

        Assert.Equal([StopChangeKind.Started, StopChangeKind.Contributed, StopChangeKind.SummaryWritten, StopChangeKind.Finished], stop.History.Select(h => h.Kind));
        Assert.Equal(4, stop.NewChanges.Count);
    }
}
