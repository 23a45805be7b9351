using TeamsQuality.Cards;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Garage;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// Nordmaling's Garage as its cards meet it: items of every kind and status under stop 1 (Samverkan), the Garage at its
/// largest (300 items at their longest, decided with reasons and actions at their longest), and the cards in every state.
/// </summary>
public static class GarageFixtures
{
    public const string ItemWithPersonnummer = "Brukaren 19121212-1212 behöver en kontaktperson på kvällar";

    /// <summary>Stop 1, started by the manager: the Garage is decided on while it goes on.</summary>
    public static LearningStop Stop => StopFixtures.Discussed();

    public static GarageItem Parked(string id = "g1", GarageKind kind = GarageKind.Ide, string text = "Gemensamt månadsmöte med hemsjukvården om kvällarna") =>
        GarageItem.Park(StopFixtures.Staff, StopFixtures.Unit, kind, StopFixtures.Wheel[0], text, StopFixtures.At, id);

    /// <summary>One of each: parked, into the plan, kept, struck.</summary>
    public static IReadOnlyList<GarageItem> Mixed()
    {
        var stop = Stop;
        var planned = Parked("g2", GarageKind.Behov, "En gemensam kontaktlista för kvällar och helger");
        planned.ToPlan(StopFixtures.Manager, StopFixtures.Unit, stop, "ac-g2", "Kontaktlista för kvällar", StopFixtures.At.AddHours(1));
        var kept = Parked("g3", GarageKind.Risk, "Överrapporteringen kan falla bort när ordinarie personal är sjuk");
        kept.Keep(StopFixtures.Manager, StopFixtures.Unit, stop, StopFixtures.At.AddHours(1));
        var struck = Parked("g4", GarageKind.Ide, "Digital tavla i personalrummet");
        struck.Drop(StopFixtures.Manager, StopFixtures.Unit, stop, "Görs redan i förvaltningens projekt", StopFixtures.At.AddHours(1));
        return [Parked(), planned, kept, struck];
    }

    /// <summary>Three hundred items at their longest under stop 1 and the other themes, a third of them decided with texts at their longest.</summary>
    public static IReadOnlyList<GarageItem> Largest()
    {
        var stop = Stop;
        return Enumerable.Range(1, 300).Select(i =>
        {
            var theme = StopFixtures.Wheel[i % 3 == 0 ? 0 : i % StopFixtures.Wheel.Count];
            var item = GarageItem.Park(
                StopFixtures.ManyPeople[i % StopFixtures.ManyPeople.Count], StopFixtures.Unit, (GarageKind)(i % 3), theme, StopFixtures.Costly($"G{i}: "), StopFixtures.At.AddMinutes(-i), "g" + i);
            if (theme.Number == 1 && i % 2 == 0)
            {
                item.Drop(StopFixtures.Manager, StopFixtures.Unit, stop, StopFixtures.Costly($"S{i}: "), StopFixtures.At);
            }
            else if (theme.Number == 1 && i % 5 == 0)
            {
                item.ToPlan(StopFixtures.Manager, StopFixtures.Unit, stop, "ac-g" + i, StopFixtures.Costly($"A{i}: "), StopFixtures.At);
            }

            return item;
        }).ToList();
    }

    /// <summary>The Garage's cards, and the stop's cards with the Garage as material.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Cards(UiLanguage language)
    {
        var t = Texts.For(language);
        var unit = StopFixtures.Unit;
        var wheel = StopFixtures.Wheel;
        var stop = Stop;
        var mixed = Mixed();
        var largest = Largest();
        var underStop = largest.Where(i => i.IsMaterialFor(stop)).ToList();

        yield return ("garage-form", GarageCard.Build(language, wheel, new GarageDraft(null)));
        yield return ("garage-form-prefilled", GarageCard.Build(language, wheel, new GarageDraft("Gemensamt månadsmöte med hemsjukvården")));
        yield return ("garage-form-refused", GarageCard.Build(
            language, wheel, new GarageDraft(ItemWithPersonnummer, null, 1),
            CardRefusals.Of(
                [new Refusal(RefusalReason.Required, Field.GarageKind), new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.GarageText)],
                t.GarageRefusalText, GarageCard.InputOf, CardVerbs.ParkInGarage)));
        yield return ("garage-form-no-wheel", GarageCard.Build(language, [], new GarageDraft("något"), CardRefusals.Of([new Refusal(RefusalReason.NotInUnit)], t.GarageRefusalText, GarageCard.InputOf, CardVerbs.ParkInGarage)));
        yield return ("garage-receipt", GarageReceiptCard.Build(language, Parked()));

        yield return ("garage-list", GarageListCard.Build(language, unit, mixed));
        yield return ("garage-list-empty", GarageListCard.Build(language, unit, []));
        yield return ("garage-list-largest", GarageListCard.Build(language, unit, largest));

        yield return ("garage-review-manager", GarageReviewCard.Build(language, unit, stop, mixed, StopFixtures.Manager));
        yield return ("garage-review-staff", GarageReviewCard.Build(language, unit, stop, mixed, StopFixtures.Staff));
        yield return ("garage-review-decided-manager", GarageReviewCard.Build(language, unit, stop, mixed, StopFixtures.Manager, notice: t.GarageSavedKept));
        yield return ("garage-review-refused-staff", GarageReviewCard.Build(language, unit, stop, mixed, StopFixtures.Staff, refusal: t.GarageNotDocumenter));
        yield return ("garage-review-empty-manager", GarageReviewCard.Build(language, unit, stop, [], StopFixtures.Manager));
        yield return ("garage-review-outsider", GarageReviewCard.Build(language, unit, stop, mixed, StopFixtures.Outsider));
        yield return ("garage-review-largest-manager", GarageReviewCard.Build(language, unit, stop, underStop, StopFixtures.Manager));

        yield return ("garage-plan", GaragePlanCard.Build(language, unit, stop, Parked(), StopFixtures.UnitPeople));
        yield return ("garage-plan-refused", GaragePlanCard.Build(
            language, unit, stop, Parked(), StopFixtures.UnitPeople,
            new ActionFormDraft { Title = ItemWithPersonnummer, Cause = "Idé från garaget", Purpose = "Forebyggande" },
            CardRefusals.Of(
                [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ActionTitle), new Refusal(RefusalReason.Required, Field.ActionDue)],
                t.GarageRefusalText, ActionFormDraft.InputOf, CardVerbs.GarageToPlan)));
        yield return ("garage-plan-largest", GaragePlanCard.Build(
            language, unit, stop, largest[0], StopFixtures.ManyPeople,
            new ActionFormDraft { Title = StopFixtures.Costly("T: "), Cause = StopFixtures.Costly("C: "), Due = "2027-02-28" },
            CardRefusals.Of([new Refusal(RefusalReason.TooLong, Field.ActionTitle), new Refusal(RefusalReason.TooLong, Field.ActionCause)], t.GarageRefusalText, ActionFormDraft.InputOf, CardVerbs.GarageToPlan)));
        yield return ("garage-drop", GarageDropCard.Build(language, unit, stop, Parked()));
        yield return ("garage-drop-refused", GarageDropCard.Build(
            language, unit, stop, Parked(), null,
            CardRefusals.Of([new Refusal(RefusalReason.Required, Field.GarageReason)], t.GarageRefusalText, GarageDropCard.InputOf, CardVerbs.GarageDrop)));

        yield return ("stop-due-with-garage", StopDueCard.Build(language, StopFixtures.Planned(1), unit, wheel.Count, 3, null, 2));
        yield return ("stop-due-one-garage-item", StopDueCard.Build(language, StopFixtures.Planned(2), unit, wheel.Count, 0, null, 1));
        yield return ("step1-with-garage-manager", AnalysisStepCard.Build(
            language, stop, unit, StopFixtures.UnitPeople, StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning, logbookNotes: [StopFixtures.Note], garageItems: mixed));
        yield return ("step1-largest-with-garage-manager", AnalysisStepCard.Build(
            language, StopFixtures.Largest(), unit, StopFixtures.ManyPeople, StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning, StopFixtures.LargestDraft,
            logbookNotes: StopFixtures.ManyNotes, garageItems: underStop));
    }
}
