using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.SelfChecks;

/// <summary>The built-in self-check templates and a quality developer offering a unit's plan as one.</summary>
public sealed class SelfCheckTemplateTests
{
    private static readonly TenantId Tenant = new("11111111-2222-3333-4444-555555555555");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly Organisation Org = new(
        Tenant,
        "Exempelby kommun",
        [new Unit("hemtjanst", "Hemtjänsten", "anna", null)],
        [
            new Person("anna", "Anna Berg", Role.Enhetschef, "hemtjanst"),
            new Person("erik", "Erik Lund", Role.Medarbetare, "hemtjanst"),
            new Person("johan", "Johan Ek", Role.Verksamhetsutvecklare, null),
        ]);

    private static Unit Unit => Org.FindUnit("hemtjanst")!;

    private static SelfCheckPlan PlanWithOnePoint()
    {
        var plan = SelfCheckPlan.Empty(Tenant, "hemtjanst", 2026);
        plan.Add("kp-1", new ControlPointDraft("Larm testas", QualityPerspective.Strukturkvalitet, ControlMethod.Checklista, CheckFrequency.Manadsvis, [], "erik", null, null), Org, Org.FindPerson("anna")!, Now);
        return plan;
    }

    [Fact]
    public void The_built_in_templates_are_home_care_and_ifo_lss_with_points_that_keep_the_plans_rules()
    {
        Assert.Equal([SelfCheckTemplates.HomeCareId, SelfCheckTemplates.IfoLssId], SelfCheckTemplates.BuiltIn.Select(t => t.Id));
        foreach (var template in SelfCheckTemplates.BuiltIn)
        {
            Assert.True(template.IsBuiltIn);
            Assert.InRange(template.Points.Count, 6, 12);
            Assert.All(template.Points, p => Assert.Empty(SelfCheckPlan.CheckPoint(ControlPointDraft.Of(p))));
            Assert.All(template.Points, p => Assert.Null(p.ResponsibleId));

            // Every perspective and more than one method, as the source documents plan them.
            Assert.Equal(3, template.Points.Select(p => p.Perspective).Distinct().Count());
            Assert.True(template.Points.Select(p => p.Method).Distinct().Count() >= 4);
            Assert.Contains(template.Points, p => p.Method == ControlMethod.Aktgranskning && p.SampleSize > 0);
        }

        Assert.Equal("Hemtjänst och äldreomsorg", SelfCheckTemplates.Find(SelfCheckTemplates.HomeCareId)!.Name);
        Assert.Null(SelfCheckTemplates.Find("okänd"));
    }

    [Fact]
    public void A_quality_developer_offers_a_plan_without_its_responsible_people_and_the_offer_is_its_history()
    {
        var template = SelfCheckTemplate.Offer("t-1", " Hemtjänstens plan ", PlanWithOnePoint(), Unit, Org.FindPerson("johan")!, Now, []);

        Assert.Equal(("t-1", "Hemtjänstens plan"), (template.Id, template.Name));
        Assert.Null(Assert.Single(template.Points).ResponsibleId);
        Assert.Equal(new SelfCheckTemplateOffer(Now, "johan", "Johan Ek", "hemtjanst", "Hemtjänsten", 2026, 1), Assert.Single(template.Offers!));
        Assert.False(template.IsBuiltIn);

        var again = SelfCheckTemplate.Offer("t-2", "HEMTJÄNSTENS PLAN", PlanWithOnePoint(), Unit, Org.FindPerson("johan")!, Now.AddDays(1), [template]);
        Assert.Equal("t-1", again.Id);
        Assert.Equal(2, again.Offers!.Count);
    }

    [Fact]
    public void Only_a_quality_developer_offers_a_plan_with_points_under_a_name_that_is_not_a_built_in_ones()
    {
        Assert.Equal(
            [new Refusal(RefusalReason.NotAllowed)],
            Assert.Throws<RuleException>(() => SelfCheckTemplate.Offer("t", "Plan", PlanWithOnePoint(), Unit, Org.FindPerson("anna")!, Now, [])).Refusals);
        Assert.Equal(
            [new Refusal(RefusalReason.Required, Field.TemplateName), new Refusal(RefusalReason.WrongState)],
            Assert.Throws<RuleException>(() => SelfCheckTemplate.Offer("t", " ", SelfCheckPlan.Empty(Tenant, "hemtjanst", 2026), Unit, Org.FindPerson("johan")!, Now, [])).Refusals);
        Assert.Equal(
            [new Refusal(RefusalReason.AlreadyExists, Field.TemplateName, "IFO och LSS")],
            Assert.Throws<RuleException>(() => SelfCheckTemplate.Offer("t", "IFO och LSS", PlanWithOnePoint(), Unit, Org.FindPerson("johan")!, Now, [])).Refusals);
        Assert.Equal(
            [new Refusal(RefusalReason.TooLong, Field.TemplateName)],
            Assert.Throws<RuleException>(() => SelfCheckTemplate.Offer("t", new string('x', 81), PlanWithOnePoint(), Unit, Org.FindPerson("johan")!, Now, [])).Refusals);
    }
}
