using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Wheel;

public sealed class WheelTemplateTests
{
    public static TheoryData<string> TemplateIds => [WheelTemplates.VetlandaId, WheelTemplates.NordmalingId];

    [Fact]
    public void Both_templates_are_embedded_and_found_by_id()
    {
        Assert.Equal([WheelTemplates.NordmalingId, WheelTemplates.VetlandaId], WheelTemplates.All.Select(t => t.Id));
        Assert.Same(WheelTemplates.Vetlanda, WheelTemplates.Find("vetlanda-tryggve"));
        Assert.Same(WheelTemplates.Nordmaling, WheelTemplates.Find("NORDMALING-HUSET"));
        Assert.Null(WheelTemplates.Find("okänd"));
    }

    [Theory]
    [InlineData(1, "Samverkan", new[] { 11 }, StopHolder.Enhet, 60)]
    [InlineData(2, "Bemötande och förhållningssätt", new[] { 12 }, StopHolder.Enhet, 60)]
    [InlineData(3, "Processer och rutiner", new[] { 1 }, StopHolder.Enhet, 60)]
    [InlineData(4, "Synpunkter, klagomål, avvikelser, riskanalys", new[] { 3 }, StopHolder.Enhet, 90)]
    [InlineData(5, "Rättssäkerhet", new[] { 4 }, StopHolder.Enhet, 60)]
    [InlineData(6, "Hur går det för brukarna 1 – LOKE", new[] { 5, 6 }, StopHolder.Enhet, 120)]
    [InlineData(7, "Öppna jämförelser", new[] { 8 }, StopHolder.Chefsgrupp, 60)]
    [InlineData(8, "Personal- och kompetensförsörjning", new[] { 9 }, StopHolder.Chefsgrupp, 90)]
    [InlineData(9, "Hur går det för brukarna 2 – LOKE", new[] { 9 }, StopHolder.Analysdag, 180)]
    [InlineData(10, "Analysdagar – kvalitetsredovisning", new[] { 9, 10 }, StopHolder.Analysdag, 180)]
    public void Vetlanda_has_the_stops_of_the_guides_table(int number, string theme, int[] months, StopHolder heldBy, int minutes)
    {
        var stop = WheelTemplates.Vetlanda.Stop(number);

        Assert.NotNull(stop);
        Assert.Equal(theme, stop.Theme);
        Assert.Equal(months, stop.Months);
        Assert.Equal(heldBy, stop.HeldBy);
        Assert.Equal(TimeSpan.FromMinutes(minutes), stop.TimeEstimate);
    }

    [Fact]
    public void Vetlanda_has_ten_stops_in_order_and_only_stop_4_is_also_the_risk_analysis()
    {
        var stops = WheelTemplates.Vetlanda.Stops;

        Assert.Equal(Enumerable.Range(1, 10), stops.Select(s => s.Number));
        Assert.Equal("Riskanalys", WheelTemplates.Vetlanda.Stop(4)!.AlsoDocumentedAs);
        Assert.All(stops.Where(s => s.Number != 4), s => Assert.Null(s.AlsoDocumentedAs));
    }

    [Fact]
    public void Every_perspective_is_covered_by_some_stop_in_both_templates()
    {
        foreach (var template in WheelTemplates.All)
        {
            Assert.Equal(Enum.GetValues<QualityPerspective>(), template.Stops.Select(s => s.Perspective).Distinct().Order());
        }
    }

    [Fact]
    public void Vetlanda_perspectives_follow_tryggves_definitions()
    {
        var vetlanda = WheelTemplates.Vetlanda;

        // Tryggve: processes, routines, staffing and competence are structure; encounter, legal certainty and
        // cooperation are process; how it goes for the clients is result.
        Assert.Equal(QualityPerspective.Processkvalitet, vetlanda.Stop(1)!.Perspective);
        Assert.Equal(QualityPerspective.Processkvalitet, vetlanda.Stop(2)!.Perspective);
        Assert.Equal(QualityPerspective.Strukturkvalitet, vetlanda.Stop(3)!.Perspective);
        Assert.Equal(QualityPerspective.Processkvalitet, vetlanda.Stop(5)!.Perspective);
        Assert.Equal(QualityPerspective.Resultatkvalitet, vetlanda.Stop(6)!.Perspective);
        Assert.Equal(QualityPerspective.Strukturkvalitet, vetlanda.Stop(8)!.Perspective);
        Assert.Equal(QualityPerspective.Resultatkvalitet, vetlanda.Stop(9)!.Perspective);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_stop_has_purpose_preparation_and_questions_for_all_four_steps(string id)
    {
        var template = WheelTemplates.Find(id)!;

        Assert.All(template.Stops, stop =>
        {
            Assert.NotEmpty(stop.Purpose);
            Assert.NotEmpty(stop.Preparation);
            Assert.True(stop.TimeEstimate > TimeSpan.Zero);
            Assert.NotEmpty(stop.Months);
            Assert.All(stop.Months, m => Assert.InRange(m, 1, 12));
            foreach (var step in Enum.GetValues<AnalysisStep>())
            {
                Assert.NotEmpty(stop.QuestionsFor(step));
            }

            Assert.All(
                stop.Purpose.Concat(stop.Preparation).Concat(stop.Questions.Values.SelectMany(q => q)),
                text =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(text));
                    Assert.Equal(text.Trim(), text);
                    Assert.DoesNotContain("*", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("Hypergene", text, StringComparison.Ordinal);
                    Assert.True(char.IsUpper(text[0]), $"\"{text}\" should start with a capital letter.");
                    Assert.Contains(text[^1], ".?");
                });
        });
    }

    [Fact]
    public void Vetlanda_content_is_the_guides_own()
    {
        var vetlanda = WheelTemplates.Vetlanda;

        Assert.Contains(vetlanda.Stop(1)!.Purpose, p => p.Contains("samverkan", StringComparison.Ordinal));
        Assert.Contains("Hur fungerar samverkan just nu?", vetlanda.Stop(1)!.QuestionsFor(AnalysisStep.Nulagesbeskrivning));
        Assert.Contains(vetlanda.Stop(5)!.QuestionsFor(AnalysisStep.Nulagesbeskrivning), q => q.Contains("rättssäkerhet", StringComparison.Ordinal));
        Assert.Contains(vetlanda.Stop(5)!.Purpose, p => p.Contains("rättssäker handläggning", StringComparison.Ordinal));
        Assert.Contains(vetlanda.Stop(4)!.Purpose, p => p.Contains("lex Sarah", StringComparison.Ordinal));
        Assert.Contains(vetlanda.Stop(4)!.Preparation, p => p.Contains("riskanalys", StringComparison.Ordinal));
        Assert.Contains("Värdera nya risker.", vetlanda.Stop(4)!.QuestionsFor(AnalysisStep.DraSlutsatser));
        Assert.Contains(vetlanda.Stop(2)!.Preparation, p => p.Contains("brukarundersökningen", StringComparison.Ordinal));
        Assert.Contains(vetlanda.Stop(7)!.Purpose, p => p.Contains("Region Jönköpings län", StringComparison.Ordinal));
        Assert.Contains(vetlanda.Stop(8)!.Preparation, p => p.Contains("kompetensförsörjningsplan", StringComparison.Ordinal));
        Assert.Contains(vetlanda.Stop(10)!.QuestionsFor(AnalysisStep.DraSlutsatser), q => q.Contains("socialnämnden", StringComparison.Ordinal));
    }

    [Fact]
    public void The_two_LOKE_stops_share_the_guides_questions_and_the_second_builds_on_the_first()
    {
        var loke1 = WheelTemplates.Vetlanda.Stop(6)!;
        var loke2 = WheelTemplates.Vetlanda.Stop(9)!;

        Assert.Equal(loke1.QuestionsFor(AnalysisStep.ForslagPaAtgarder), loke2.QuestionsFor(AnalysisStep.ForslagPaAtgarder));
        Assert.Contains("Vad säger våra brukare om oss och den hjälp de får?", loke1.QuestionsFor(AnalysisStep.Nulagesbeskrivning));
        Assert.Contains("Vad säger våra brukare om oss och den hjälp de får?", loke2.QuestionsFor(AnalysisStep.Nulagesbeskrivning));
        Assert.Contains(loke1.Purpose, p => p.Contains("LOKE 2", StringComparison.Ordinal));
        Assert.Contains(loke2.Preparation, p => p.Contains("LOKE 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Nordmaling_has_the_six_rooms_of_the_house_in_order()
    {
        var nordmaling = WheelTemplates.Nordmaling;

        Assert.Equal(
            [
                "Processer och rutiner",
                "Helhetssyn och samverkan",
                "Trygghet och säkerhet",
                "Förhållningssätt och delat beslutsfattande",
                "Personal och kompetens",
                "Omvärldsbevakning",
            ],
            nordmaling.Stops.Select(s => s.Theme));
        Assert.Equal(Enumerable.Range(1, 6), nordmaling.Stops.Select(s => s.Number));
        Assert.All(nordmaling.Stops, s => Assert.Equal(StopHolder.Enhet, s.HeldBy));
        Assert.Equal(Enumerable.Range(1, 12), nordmaling.Stops.SelectMany(s => s.Months));
    }

    [Fact]
    public void Every_Nordmaling_room_reviews_the_garage_and_ends_with_an_action_plan()
    {
        Assert.All(WheelTemplates.Nordmaling.Stops, room =>
        {
            Assert.Contains(room.Preparation, p => p.Contains("Garaget", StringComparison.Ordinal) && p.Contains(room.Theme, StringComparison.Ordinal));
            Assert.Contains(room.Purpose, p => p.StartsWith($"Säkerställa att rummet {room.Theme} uppfyller husets bottenplatta och tak", StringComparison.Ordinal));
            Assert.Contains(
                "Upprätta en handlingsplan för genomförande, uppföljning och tidsram.",
                room.QuestionsFor(AnalysisStep.ForslagPaAtgarder));
        });
    }

    [Fact]
    public void Nordmaling_content_is_the_houses_own()
    {
        var nordmaling = WheelTemplates.Nordmaling;

        Assert.Contains("Är det digitala biblioteket uppdaterat?", nordmaling.Stop(1)!.QuestionsFor(AnalysisStep.Nulagesbeskrivning));
        Assert.Contains(nordmaling.Stop(3)!.Purpose, p => p.Contains("rättssäker handläggning", StringComparison.Ordinal));
        Assert.Contains(nordmaling.Stop(5)!.Preparation, p => p.Contains("kompetensinventering", StringComparison.Ordinal));
        Assert.Contains(nordmaling.Stop(6)!.Preparation, p => p.Contains("Kolada", StringComparison.Ordinal));
        Assert.Equal(QualityPerspective.Strukturkvalitet, nordmaling.Stop(1)!.Perspective);
        Assert.Equal(QualityPerspective.Processkvalitet, nordmaling.Stop(2)!.Perspective);
    }

    [Fact]
    public void Parse_reads_a_valid_template()
    {
        var template = WheelTemplates.Parse(Json(), "test.json");

        Assert.Equal("test", template.Id);
        var stop = Assert.Single(template.Stops);
        Assert.Equal(QualityPerspective.Processkvalitet, stop.Perspective);
        Assert.Equal(TimeSpan.FromMinutes(45), stop.TimeEstimate);
        Assert.Equal(["Hur är läget?"], stop.QuestionsFor(AnalysisStep.Nulagesbeskrivning));
    }

    [Theory]
    [InlineData("\"months\": [1]", "\"months\": [13]", "stop 1 \"Prov\": months must be 1-12")]
    [InlineData("\"months\": [1]", "\"months\": []", "stop 1 \"Prov\": no months")]
    [InlineData("\"number\": 1", "\"number\": 2", "numbered 1 to 1")]
    [InlineData("\"purpose\": [\"Lära.\"]", "\"purpose\": []", "stop 1 \"Prov\": purpose is missing or empty")]
    [InlineData("\"preparation\": [\"Ta fram underlag.\"]", "\"preparation\": [\" \"]", "stop 1 \"Prov\": preparation: item 1 is blank")]
    [InlineData("\"DraSlutsatser\": [\"Måste något göras?\"],", "", "stop 1 \"Prov\": questions for DraSlutsatser is missing")]
    [InlineData("\"Processkvalitet\"", "\"Kvalitet\"", "cannot be read")]
    [InlineData("\"timeEstimateMinutes\": 45", "\"timeEstimateMinutes\": 0", "timeEstimateMinutes must be a positive")]
    [InlineData("\"theme\": \"Prov\"", "\"theme\": \"Prov\", \"extra\": 1", "cannot be read")]
    public void Parse_names_the_template_and_stop_when_the_data_is_wrong(string replace, string with, string expected)
    {
        var json = Json();
        Assert.Contains(replace, json, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => WheelTemplates.Parse(json.Replace(replace, with, StringComparison.Ordinal), "test.json"));

        Assert.Contains("test.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_duplicate_stop_numbers()
    {
        var json = Json();
        var stop = json[json.IndexOf("{ \"number\"", StringComparison.Ordinal)..(json.LastIndexOf(']') - 1)].TrimEnd();
        var twice = json.Replace(stop, stop + ", " + stop, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => WheelTemplates.Parse(twice, "test.json"));

        Assert.Contains("stop number 1 is used by more than one stop", error.Message, StringComparison.Ordinal);
    }

    private static string Json() =>
        """
        {
          "id": "test", "name": "Test", "source": "Prov",
          "stops": [ { "number": 1, "theme": "Prov", "perspective": "Processkvalitet", "months": [1], "timeEstimateMinutes": 45, "heldBy": "Enhet", "purpose": ["Lära."], "preparation": ["Ta fram underlag."], "questions": { "Nulagesbeskrivning": ["Hur är läget?"], "Orsaksanalys": ["Varför?"], "DraSlutsatser": ["Måste något göras?"], "ForslagPaAtgarder": ["Vad kan vi göra?"] }, "alsoDocumentedAs": null } ]
        }
        """;
}
