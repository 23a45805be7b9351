using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Garage;

public sealed class GarageItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TenantId Tenant = new("t");
    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", null);
    private static readonly Unit Ifo = new("ifo", "Barn och unga", "karin", null);
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Fatima = new("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst");
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly StopDefinition Samverkan = WheelTemplates.Vetlanda.Stop(1)!;

    [Fact]
    public void Anyone_in_the_unit_parks_an_item_under_a_theme_and_its_history_says_who_and_when()
    {
        var item = GarageItem.Park(Fatima, Hemtjansten, GarageKind.Ide, Samverkan, "  Gemensamt månadsmöte med hemsjukvården ", Now, "g1");

        Assert.Equal(
            ("hemtjanst", GarageKind.Ide, 1, "Samverkan", "Fatima Hassan", "Gemensamt månadsmöte med hemsjukvården", GarageStatus.Parkerad),
            (item.UnitId, item.Kind, item.StopNumber, item.Theme, item.ParkedByName, item.Text, item.Status));
        var parked = Assert.Single(item.History);
        Assert.Equal(("fatima", GarageStatus.Parkerad, Now), (parked.PersonId, parked.Status, parked.At));
    }

    [Fact]
    public void Only_the_units_own_people_park_in_its_garage()
    {
        Assert.Equal([new Refusal(RefusalReason.NotInUnit)], RefusalsOf(() => GarageItem.Park(Johan, null, GarageKind.Ide, Samverkan, "text", Now, "g1")));
        Assert.Equal([new Refusal(RefusalReason.NotInUnit)], RefusalsOf(() => GarageItem.Park(Erik, Ifo, GarageKind.Ide, Samverkan, "text", Now, "g1")));
    }

    [Fact]
    public void Kind_theme_and_text_are_refused_at_once_and_a_personnummer_never_gets_in()
    {
        Assert.Equal(
            [new Refusal(RefusalReason.Required, Field.GarageKind), new Refusal(RefusalReason.Required, Field.GarageTheme), new Refusal(RefusalReason.Required, Field.GarageText)],
            RefusalsOf(() => GarageItem.Park(Erik, Hemtjansten, null, null, " ", Now, "g1")));
        Assert.Equal(
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.GarageText)],
            RefusalsOf(() => GarageItem.Park(Erik, Hemtjansten, GarageKind.Risk, Samverkan, "Brukaren 19121212-1212 faller ofta", Now, "g1")));
    }

    [Fact]
    public void The_documenter_takes_it_into_the_plan_at_the_stop_and_the_history_keeps_who_and_the_action()
    {
        var stop = Started(2027);
        var item = Parked();

        item.ToPlan(Anna, Hemtjansten, stop, "ga-g1", "Månadsmöte med hemsjukvården", Now.AddDays(1));

        Assert.Equal((GarageStatus.TillPlanen, "ga-g1", 2027), (item.Status, item.ActionId, item.DecidedInYear));
        var decided = item.History[^1];
        Assert.Equal(("Anna Berg", GarageStatus.TillPlanen, 2027, "Månadsmöte med hemsjukvården"), (decided.PersonName, decided.Status, decided.StopYear, decided.Detail));
        Assert.False(item.AwaitsDecisionAt(stop));
        Assert.True(item.IsMaterialFor(stop));

        // Once in the plan it is not decided on again; the same decision again (a retried press) changes nothing.
        Assert.Equal([new Refusal(RefusalReason.WrongState)], RefusalsOf(() => item.Keep(Anna, Hemtjansten, stop, Now)));
        item.ToPlan(Anna, Hemtjansten, stop, "ga-g1", "Månadsmöte med hemsjukvården", Now.AddDays(2));
        Assert.Equal([GarageStatus.Parkerad, GarageStatus.TillPlanen], item.History.Select(h => h.Status));
    }

    [Fact]
    public void A_kept_item_comes_up_again_at_the_themes_next_stop()
    {
        var item = Parked();
        item.Keep(Anna, Hemtjansten, Started(2027), Now);

        Assert.Equal(GarageStatus.KvarIGaraget, item.Status);
        Assert.False(item.AwaitsDecisionAt(Started(2027)));
        Assert.True(item.AwaitsDecisionAt(Started(2028)));
    }

    [Fact]
    public void Striking_needs_a_reason_without_a_personnummer()
    {
        var stop = Started(2027);
        var item = Parked();

        Assert.Equal([new Refusal(RefusalReason.Required, Field.GarageReason)], RefusalsOf(() => item.Drop(Anna, Hemtjansten, stop, "  ", Now)));
        Assert.Equal([new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.GarageReason)], RefusalsOf(() => item.Drop(Anna, Hemtjansten, stop, "Gäller 19121212-1212", Now)));
        Assert.Equal(GarageStatus.Parkerad, item.Status);

        item.Drop(Anna, Hemtjansten, stop, "Görs redan i kommunens samverkansavtal", Now);

        Assert.Equal((GarageStatus.Struken, "Görs redan i kommunens samverkansavtal"), (item.Status, item.Reason));
        Assert.Equal("Görs redan i kommunens samverkansavtal", item.History[^1].Detail);
    }

    [Fact]
    public void Only_the_stops_documenter_decides_and_only_while_the_stop_is_going_on()
    {
        var item = Parked();

        // Erik takes part but does not document; Anna's stop not started yet, or finished, decides nothing.
        Assert.Equal([new Refusal(RefusalReason.NotDocumenter)], RefusalsOf(() => item.Keep(Erik, Hemtjansten, Started(2027), Now)));
        Assert.Equal([new Refusal(RefusalReason.WrongState)], RefusalsOf(() => item.Keep(Anna, Hemtjansten, Planned(2027), Now)));
        var finished = Started(2027);
        finished.Finish(Anna, Hemtjansten, false, Trend.Oforandrad, null, Now);
        Assert.Equal([new Refusal(RefusalReason.AlreadyFinished)], RefusalsOf(() => item.Keep(Anna, Hemtjansten, finished, Now)));
        Assert.False(GarageItem.CanDecide(Erik, Hemtjansten, Started(2027)));
        Assert.True(GarageItem.CanDecide(Anna, Hemtjansten, Started(2027)));

        // The delegate documents, so decides.
        var delegated = Started(2027);
        delegated.DelegateDocumentation(Anna, Hemtjansten, Erik, Now);
        item.Keep(Erik, Hemtjansten, delegated, Now);
        Assert.Equal(GarageStatus.KvarIGaraget, item.Status);
    }

    [Fact]
    public void An_item_is_decided_only_at_a_stop_of_its_own_theme()
    {
        var item = Parked();
        var other = LearningStop.Plan(new StopKey(Tenant, "hemtjanst", 2027, 2), WheelTemplates.Vetlanda.Stop(2)!, startMonth: 11);
        other.Start(Anna, Hemtjansten, Now);

        Assert.Equal([new Refusal(RefusalReason.WrongState)], RefusalsOf(() => item.Keep(Anna, Hemtjansten, other, Now)));
        Assert.False(item.IsMaterialFor(other));
    }

    private static GarageItem Parked() => GarageItem.Park(Fatima, Hemtjansten, GarageKind.Ide, Samverkan, "Gemensamt månadsmöte med hemsjukvården", Now, "g1");

    private static LearningStop Planned(int year) => LearningStop.Plan(new StopKey(Tenant, "hemtjanst", year, 1), Samverkan, startMonth: 11);

    private static LearningStop Started(int year)
    {
        var stop = Planned(year);
        stop.Start(Anna, Hemtjansten, Now);
        return stop;
    }

    private static IReadOnlyList<Refusal> RefusalsOf(Action decide) => Assert.Throws<RuleException>(decide).Refusals;
}
