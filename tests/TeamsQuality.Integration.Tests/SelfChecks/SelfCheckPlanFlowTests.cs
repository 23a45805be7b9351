using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.SelfChecks;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.SelfChecks;

/// <summary>
/// The self-check plan (egenkontrollplan) through the bot as Teams drives it: Anna plans Hemtjänst Norra's self-checks
/// on the card, Erik reads the plan and may not change it, a personnummer is refused with everything typed kept, a
/// plan starts from last year's or a template, and a quality developer offers a plan as a template another unit starts
/// from. Monday 23 November 2026.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SelfCheckPlanFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private const string Erik = DemoOrganisation.People.ErikLund;
    private const string Fatima = DemoOrganisation.People.FatimaHassan;
    private const string Karin = DemoOrganisation.People.KarinHolm;
    private const string Johan = DemoOrganisation.People.JohanEk;
    private const string Norra = DemoOrganisation.Units.HemtjanstNorra;
    private DemoTeams _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Anna_plans_three_self_checks_on_the_card_and_the_plan_lists_them_with_their_next_due_dates()
    {
        var empty = await WriteAsync(Anna, "egenkontrollplan");
        var emptyText = RecordedCall.VisibleTextOf(empty);
        Assert.Contains("Egenkontrollplan 2026 – Hemtjänst Norra", emptyText, StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.SelfCheckPlanEmpty, emptyText, StringComparison.Ordinal);
        Assert.Contains(Buttons(empty), b => Verb(b) == CardVerbs.StartPlanFromTemplate);

        var form = await _demo.ExecuteAsync(Anna, CardVerbs.NewControlPoint, Data(Button(empty, CardVerbs.NewControlPoint)));
        Assert.Equal(
            ["controlWhat", "controlPerspective", "controlMethod", "controlFrequency", "controlMonths", "controlResponsible", "controlInstructions", "controlSampleSize"],
            Inputs(form).Select(i => i["id"]!.GetValue<string>()));
        var save = Data(Button(form, CardVerbs.SaveControlPoint));

        await SaveAsync(save, "Genomförandeplaner är aktuella", "Processkvalitet", "Aktgranskning", "Manadsvis", responsible: Erik, sample: "10", instructions: "Tio slumpvis valda akter.");
        await SaveAsync(save, "Trygghetslarm är testade", "Strukturkvalitet", "Checklista", "Kvartalsvis");
        var plan = await SaveAsync(save, "Brukarnas mål följs upp (LOKE)", "Resultatkvalitet", "LokeUppfoljning", "ValdaManader", months: "4,11", responsible: Fatima);

        var text = RecordedCall.VisibleTextOf(plan);
        Assert.Contains(Texts.Swedish.SelfCheckPointSaved, text, StringComparison.Ordinal);
        Assert.Contains("3 kontrollpunkter", text, StringComparison.Ordinal);
        Assert.Contains("Genomförandeplaner är aktuella", text, StringComparison.Ordinal);
        Assert.Contains("Aktgranskning · Månadsvis · Urval: 10 akter", text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: Erik Lund · Nästa: 30 november 2026", text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: Anna Berg · Nästa: 30 december 2026", text, StringComparison.Ordinal);
        Assert.Contains("LOKE-uppföljning · Valda månader: april, november", text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: Fatima Hassan · Nästa: 30 november 2026", text, StringComparison.Ordinal);

        // Grouped by perspective: struktur, process, resultat.
        Assert.True(text.IndexOf("Trygghetslarm", StringComparison.Ordinal) < text.IndexOf("Genomförandeplaner", StringComparison.Ordinal), text);
        Assert.True(text.IndexOf("Genomförandeplaner", StringComparison.Ordinal) < text.IndexOf("Brukarnas mål", StringComparison.Ordinal), text);
        Assert.Equal(3, Buttons(plan).Count(b => Verb(b) == CardVerbs.EditControlPoint));

        var stored = (await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None))!;
        Assert.Equal(3, stored.Points.Count);
        Assert.All(stored.History, c => Assert.Equal(("Anna Berg", SelfCheckPlanChangeKind.PointAdded), (c.PersonName, c.Kind)));

        // The same plan, asked for again, in English.
        var english = RecordedCall.VisibleTextOf(await WriteAsync(Anna, "self-check plan", "en-GB"));
        Assert.Contains("Responsible: Erik Lund · Next due: 30 November 2026", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anna_changes_a_point_and_removes_another_after_being_asked_and_the_history_keeps_both()
    {
        var plan = await SaveAsync(NewPoint(), "Trygghetslarm är testade", "Strukturkvalitet", "Checklista", "Kvartalsvis");
        plan = await SaveAsync(NewPoint(), "Kontinuitet", "Resultatkvalitet", "Statistik", "Manadsvis");

        var edit = Buttons(plan).First(b => Verb(b) == CardVerbs.EditControlPoint);
        var form = await _demo.ExecuteAsync(Anna, CardVerbs.EditControlPoint, Data(edit));
        Assert.Equal("Trygghetslarm är testade", InputValue(form, "controlWhat"));
        Assert.Equal("Kvartalsvis", InputValue(form, "controlFrequency"));
        plan = await _demo.ExecuteAsync(Anna, CardVerbs.SaveControlPoint, With(Data(Button(form, CardVerbs.SaveControlPoint)),
            ("controlWhat", "Trygghetslarm är testade varje månad"), ("controlPerspective", "Strukturkvalitet"), ("controlMethod", "Checklista"),
            ("controlFrequency", "Manadsvis"), ("controlResponsible", Erik)));
        Assert.Contains("Trygghetslarm är testade varje månad", RecordedCall.VisibleTextOf(plan), StringComparison.Ordinal);

        var remove = Buttons(plan).Single(b => Verb(b) == CardVerbs.RemoveControlPoint && Data(b)["point"]!.GetValue<string>() != Data(edit)["point"]!.GetValue<string>());
        var ask = await _demo.ExecuteAsync(Anna, CardVerbs.RemoveControlPoint, Data(remove));
        Assert.Contains(Texts.Swedish.RemoveControlPointHeading, RecordedCall.VisibleTextOf(ask), StringComparison.Ordinal);
        var gone = await _demo.ExecuteAsync(Anna, CardVerbs.ConfirmRemoveControlPoint, With(Data(Button(ask, CardVerbs.ConfirmRemoveControlPoint)), ("controlRemovalReason", "Följs i ledningsgruppen")));

        var goneText = RecordedCall.VisibleTextOf(gone);
        Assert.Contains(Texts.Swedish.SelfCheckPointRemoved, goneText, StringComparison.Ordinal);
        Assert.DoesNotContain("Kontinuitet", goneText, StringComparison.Ordinal);
        var stored = (await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None))!;
        Assert.Equal(
            [SelfCheckPlanChangeKind.PointAdded, SelfCheckPlanChangeKind.PointAdded, SelfCheckPlanChangeKind.PointChanged, SelfCheckPlanChangeKind.PointRemoved],
            stored.History.Select(c => c.Kind));
        Assert.Equal(("Kontinuitet", "Följs i ledningsgruppen"), (stored.History[3].PointWhat, stored.History[3].Detail));
        Assert.Contains("Kvartalsvis", stored.History[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erik_reads_the_plan_without_buttons_to_change_it_and_a_forged_press_is_refused()
    {
        var plan = await SaveAsync(NewPoint(), "Trygghetslarm är testade", "Strukturkvalitet", "Checklista", "Kvartalsvis");
        var point = Data(Buttons(plan).First(b => Verb(b) == CardVerbs.EditControlPoint));

        var erikSees = await WriteAsync(Erik, "egenkontrollplan");
        var text = RecordedCall.VisibleTextOf(erikSees);
        Assert.Contains("Trygghetslarm är testade", text, StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.SelfCheckReadOnly, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Buttons(erikSees), b => Verb(b) is CardVerbs.EditControlPoint or CardVerbs.RemoveControlPoint or CardVerbs.NewControlPoint or CardVerbs.OfferTemplateForm);

        var forgedSave = await _demo.ExecuteAsync(Erik, CardVerbs.SaveControlPoint, With(point,
            ("controlWhat", "Inget att kontrollera"), ("controlPerspective", "Strukturkvalitet"), ("controlMethod", "Checklista"), ("controlFrequency", "Arsvis"), ("controlMonths", "12")));
        var forgedNew = await _demo.ExecuteAsync(Erik, CardVerbs.NewControlPoint, new JsonObject { ["unit"] = Norra, ["year"] = 2026 });
        var forgedRemove = await _demo.ExecuteAsync(Erik, CardVerbs.ConfirmRemoveControlPoint, point);
        foreach (var card in new[] { forgedSave, forgedNew, forgedRemove })
        {
            Assert.True(Shows(card, Texts.Swedish.ProblemOnlyPlanKeepers), RecordedCall.VisibleTextOf(card));
            Assert.Contains("Trygghetslarm är testade", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        }

        var stored = (await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None))!;
        Assert.Equal(["Trygghetslarm är testade"], stored.Points.Select(p => p.What));
        Assert.Single(stored.History);

        // Another unit's manager does not see Hemtjänst Norra's plan at all.
        var karin = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Karin, CardVerbs.SelfCheckPlan, new JsonObject { ["unit"] = Norra, ["year"] = 2026 }));
        Assert.Contains(Texts.Swedish.NotYourUnit, karin, StringComparison.Ordinal);
        Assert.DoesNotContain("Trygghetslarm", karin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personnummer_in_what_is_checked_is_refused_under_it_with_everything_typed_kept()
    {
        var typed = With(NewPoint(),
            ("controlWhat", "Kontrollera akten för 19121212-1212"), ("controlPerspective", "Processkvalitet"), ("controlMethod", "Aktgranskning"),
            ("controlFrequency", "ValdaManader"), ("controlMonths", "3,9"), ("controlResponsible", Erik), ("controlInstructions", "Se mallen för aktgranskning."), ("controlSampleSize", "0"));

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.SaveControlPoint, typed);

        Assert.True(Shows(card, string.Format(Texts.Swedish.ProblemPersonalIdentityNumber, Texts.Swedish.FieldControlWhat)), RecordedCall.VisibleTextOf(card));
        Assert.True(Shows(card, Texts.Swedish.ProblemControlSampleInvalid), RecordedCall.VisibleTextOf(card));
        Assert.Equal("Kontrollera akten för 19121212-1212", InputValue(card, "controlWhat"));
        Assert.Equal("Processkvalitet", InputValue(card, "controlPerspective"));
        Assert.Equal("Aktgranskning", InputValue(card, "controlMethod"));
        Assert.Equal("ValdaManader", InputValue(card, "controlFrequency"));
        Assert.Equal("3,9", InputValue(card, "controlMonths"));
        Assert.Equal(Erik, InputValue(card, "controlResponsible"));
        Assert.Equal("Se mallen för aktgranskning.", InputValue(card, "controlInstructions"));
        Assert.Equal("0", InputValue(card, "controlSampleSize"));
        Assert.Null(await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None));
    }

    [Fact]
    public async Task Anna_starts_this_years_plan_from_last_years_with_the_same_points_and_the_responsible_still_in_the_unit()
    {
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var anna = organisation.FindPerson(Anna)!;
        var lastYear = SelfCheckPlan.Empty(DemoOrganisation.Tenant, Norra, 2025);
        var inMarch2025 = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
        lastYear.Add("kp-larm", new ControlPointDraft("Trygghetslarm är testade", QualityPerspective.Strukturkvalitet, ControlMethod.Checklista, CheckFrequency.Kvartalsvis, [], Erik, null, null), organisation, anna, inMarch2025);
        lastYear.Add("kp-akter", new ControlPointDraft("Journalgranskning", QualityPerspective.Processkvalitet, ControlMethod.Aktgranskning, CheckFrequency.Halvarsvis, [], null, null, 8), organisation, anna, inMarch2025);
        await Plans.SaveAsync(lastYear, CancellationToken.None);

        var empty = await WriteAsync(Anna, "egenkontrollplan");
        var start = Button(empty, CardVerbs.StartPlanFromLastYear);
        Assert.Equal("Starta från planen 2025", start["title"]!.GetValue<string>());

        var started = await _demo.ExecuteAsync(Anna, CardVerbs.StartPlanFromLastYear, Data(start));
        var text = RecordedCall.VisibleTextOf(started);
        Assert.Contains(Texts.Swedish.SelfCheckPlanStarted, text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: Erik Lund · Nästa: 30 december 2026", text, StringComparison.Ordinal);
        Assert.Contains("Journalgranskning", text, StringComparison.Ordinal);

        var stored = (await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None))!;
        Assert.Equal(["kp-larm", "kp-akter"], stored.Points.Select(p => p.Id));
        Assert.Equal((SelfCheckPlanChangeKind.StartedFromEarlierYear, "2025", "Anna Berg"), (stored.History[0].Kind, stored.History[0].Detail, stored.History[0].PersonName));

        // Once started, starting again is refused: the plan is changed point by point.
        var again = await _demo.ExecuteAsync(Anna, CardVerbs.StartPlanFromLastYear, Data(start));
        Assert.True(Shows(again, Texts.Swedish.ProblemPlanNotEmpty), RecordedCall.VisibleTextOf(again));
        Assert.Equal(2, (await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None))!.Points.Count);
    }

    [Fact]
    public async Task Anna_starts_from_a_built_in_template_and_the_demo_units_have_theirs_from_the_start()
    {
        var empty = await WriteAsync(Anna, "egenkontrollplan");
        var template = Inputs(empty).Single(i => i["id"]!.GetValue<string>() == "selfCheckTemplate");
        Assert.Contains(template["choices"]!.AsArray(), c => c!["title"]!.GetValue<string>().StartsWith("Hemtjänst och äldreomsorg", StringComparison.Ordinal));

        var forged = await _demo.ExecuteAsync(Anna, CardVerbs.StartPlanFromTemplate, With(Data(Button(empty, CardVerbs.StartPlanFromTemplate)), ("selfCheckTemplate", "finns-inte")));
        Assert.True(Shows(forged, Texts.Swedish.ProblemUnknownTemplate), RecordedCall.VisibleTextOf(forged));

        var started = await _demo.ExecuteAsync(Anna, CardVerbs.StartPlanFromTemplate, With(Data(Button(empty, CardVerbs.StartPlanFromTemplate)), ("selfCheckTemplate", SelfCheckTemplates.HomeCareId)));
        var text = RecordedCall.VisibleTextOf(started);
        Assert.Contains($"{SelfCheckTemplates.Find(SelfCheckTemplates.HomeCareId)!.Points.Count} kontrollpunkter", text, StringComparison.Ordinal);
        Assert.Contains("Trygghetslarm är testade", text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: Anna Berg", text, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(started.ToJsonString()) < 80 * 1024);

        // The demo gave Barn och unga and LSS Ekbacken this year's plan from the IFO and LSS template.
        var ifo = SelfCheckTemplates.Find(SelfCheckTemplates.IfoLssId)!;
        foreach (var unit in new[] { DemoOrganisation.Units.BarnOchUnga, DemoOrganisation.Units.Ekbacken })
        {
            var plan = (await Plans.FindAsync(DemoOrganisation.Tenant, unit, 2026, CancellationToken.None))!;
            Assert.Equal(ifo.Points.Select(p => p.Id), plan.Points.Select(p => p.Id));
        }
    }

    [Fact]
    public async Task Johan_offers_Hemtjanst_Norras_plan_as_a_template_and_Karin_starts_next_years_plan_from_it()
    {
        await SaveAsync(NewPoint(), "Trygghetslarm är testade", "Strukturkvalitet", "Checklista", "Kvartalsvis", responsible: Erik);
        var annasPlan = await SaveAsync(NewPoint(), "Kontinuitet", "Resultatkvalitet", "Statistik", "Manadsvis");
        Assert.DoesNotContain(Buttons(annasPlan), b => Verb(b) == CardVerbs.OfferTemplateForm);
        var annaForges = await _demo.ExecuteAsync(Anna, CardVerbs.OfferTemplate, new JsonObject { ["unit"] = Norra, ["year"] = 2026, ["templateName"] = "Annas mall" });
        Assert.True(Shows(annaForges, Texts.Swedish.ProblemOnlyQualityDevelopersOffer), RecordedCall.VisibleTextOf(annaForges));

        var johanSees = await _demo.ExecuteAsync(Johan, CardVerbs.SelfCheckPlan, new JsonObject { ["unit"] = Norra, ["year"] = 2026 });
        var form = await _demo.ExecuteAsync(Johan, CardVerbs.OfferTemplateForm, Data(Button(johanSees, CardVerbs.OfferTemplateForm)));
        var offer = Data(Button(form, CardVerbs.OfferTemplate));
        var nameless = await _demo.ExecuteAsync(Johan, CardVerbs.OfferTemplate, With(offer, ("templateName", " ")));
        Assert.True(Shows(nameless, Texts.Swedish.TemplateNameError), RecordedCall.VisibleTextOf(nameless));
        var offered = await _demo.ExecuteAsync(Johan, CardVerbs.OfferTemplate, With(offer, ("templateName", "Hemtjänst Norras plan")));
        Assert.Contains("Planen finns nu som mallen 'Hemtjänst Norras plan' för alla enheter.", RecordedCall.VisibleTextOf(offered), StringComparison.Ordinal);

        var norra = (await Plans.FindAsync(DemoOrganisation.Tenant, Norra, 2026, CancellationToken.None))!;
        Assert.Equal((SelfCheckPlanChangeKind.OfferedAsTemplate, "Johan Ek", "Hemtjänst Norras plan"), (norra.History[^1].Kind, norra.History[^1].PersonName, norra.History[^1].Detail));

        // Karin plans Barn och unga's 2027 from it: the points without their responsible, hers until she chooses.
        var nextYear = await _demo.ExecuteAsync(Karin, CardVerbs.SelfCheckPlan, new JsonObject { ["unit"] = DemoOrganisation.Units.BarnOchUnga, ["year"] = 2027 });
        var choice = Inputs(nextYear).Single(i => i["id"]!.GetValue<string>() == "selfCheckTemplate")["choices"]!.AsArray()
            .Single(c => c!["title"]!.GetValue<string>().StartsWith("Hemtjänst Norras plan", StringComparison.Ordinal))!["value"]!.GetValue<string>();
        var started = await _demo.ExecuteAsync(Karin, CardVerbs.StartPlanFromTemplate, With(Data(Button(nextYear, CardVerbs.StartPlanFromTemplate)), ("selfCheckTemplate", choice)));

        var text = RecordedCall.VisibleTextOf(started);
        Assert.Contains("Egenkontrollplan 2027 – Barn och unga (IFO)", text, StringComparison.Ordinal);
        Assert.Contains("Trygghetslarm är testade", text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: Karin Holm · Nästa: 31 mars 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Erik Lund", text, StringComparison.Ordinal);
        var barn = (await Plans.FindAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.BarnOchUnga, 2027, CancellationToken.None))!;
        Assert.Equal(2, barn.Points.Count);
        Assert.Equal(("Hemtjänst Norras plan", "Karin Holm"), (barn.History[0].Detail, barn.History[0].PersonName));
    }

    private SelfCheckPlanRepository Plans => _demo.Services.GetRequiredService<SelfCheckPlanRepository>();

    private static JsonObject NewPoint() => new() { ["unit"] = Norra, ["year"] = 2026 };

    /// <summary>Fills in the control point form as Anna and saves it; returns the card she gets back.</summary>
    private async Task<JsonObject> SaveAsync(
        JsonObject save, string what, string perspective, string method, string frequency, string? months = null, string? responsible = null, string? sample = null, string? instructions = null)
    {
        var inputs = new List<(string, string)> { ("controlWhat", what), ("controlPerspective", perspective), ("controlMethod", method), ("controlFrequency", frequency) };
        inputs.Add(("controlResponsible", responsible ?? "manager"));
        if (months is not null)
        {
            inputs.Add(("controlMonths", months));
        }

        if (sample is not null)
        {
            inputs.Add(("controlSampleSize", sample));
        }

        if (instructions is not null)
        {
            inputs.Add(("controlInstructions", instructions));
        }

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.SaveControlPoint, With(save, [.. inputs]));
        Assert.True(Shows(card, Texts.Swedish.SelfCheckPointSaved), RecordedCall.VisibleTextOf(card));
        return card;
    }

    /// <summary>Writes in the person's chat with the bot and returns the card it answers with.</summary>
    private async Task<JsonObject> WriteAsync(string personId, string text, string locale = "sv-SE")
    {
        await _demo.IdleAsync();
        var seen = _demo.Teams.Calls.Count;
        var response = await _demo.Client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_demo.Teams.ServiceUrl, text, personId, locale));
        response.EnsureSuccessStatusCode();
        var reply = await _demo.Teams.WaitForCallAsync(c => c.Card is not null && c.Path == ChatOf(personId) && _demo.Teams.Calls.ToList().IndexOf(c) >= seen);
        return reply.Card!;
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode card) => Descendants(card).Where(o => o["type"]?.GetValue<string>() == "Action.Execute");

    private static JsonObject Button(JsonNode card, string verb) => Buttons(card).First(b => Verb(b) == verb);

    private static string? Verb(JsonObject button) => button["verb"]?.GetValue<string>();

    private static JsonObject Data(JsonObject button) => (JsonObject)button["data"]!.DeepClone();
}
