using TeamsQuality.Documents.Rendering;
using UglyToad.PdfPig;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// The PDF layout every PDF of the app is written with (the quality report, the IVO package), read back with PdfPig as
/// a reader would: the text is there with its Swedish letters, a long table goes on over the page break with its header
/// row again, every page says "Sida n av m", and the document information names title and author.
/// </summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public void A_long_table_continues_on_the_next_page_with_its_header_row_and_every_page_is_numbered()
    {
        var rows = Enumerable.Range(1, 120)
            .Select(i => (IReadOnlyList<string>)[$"Rad {i}", $"Åtgärd nummer {i} för Hemtjänst Östra med en lång text som måste brytas över flera rader i cellen", i % 2 == 0 ? "Pågående" : "Genomförd"])
            .ToList();
        byte[] bytes;
        using (var layout = new PdfLayout("Kvalitetsberättelse 2027", "Vetlanda kommun"))
        {
            layout.Title("Kvalitetsberättelse 2027");
            layout.Heading("Åtgärder", 1);
            layout.Paragraph("Enhetens åtgärder under året, med ansvarig och status.");
            layout.KeyValues([("Enhet", "Hemtjänst Östra"), ("Sammanställd", "2027-12-01 av Anna Berg")]);
            layout.Table(["Nr", "Åtgärdsbeskrivning", "Status"], rows, [1, 5, 2]);
            bytes = layout.ToBytes("Sida {0} av {1}");
        }

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 2, $"{pdf.NumberOfPages} pages");
        Assert.Equal("Kvalitetsberättelse 2027", pdf.Information.Title);
        Assert.Equal("Vetlanda kommun", pdf.Information.Author);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains("Hemtjänst Östra", pages[0]);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Sida {i + 1} av {pages.Count}", pages[i]);
            // Every page the table runs onto starts it again with its header row.
            Assert.Contains("Åtgärdsbeskrivning", pages[i]);
        }

        var all = string.Join(" ", pages);
        foreach (var row in rows)
        {
            Assert.Contains(row[0] + " ", all + " ");
        }

        Assert.Contains("Rad 120", pages[^1]);
    }
}
