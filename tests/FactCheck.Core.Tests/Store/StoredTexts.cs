using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// Sources of every kind a store holds, written for these tests: money with a conversion in brackets and an entity,
/// places, dates (relative ones too), durations, counts, percentages, quotations given to two people, a silencing comment,
/// a French text and a file that cannot be read. Two stories, so that some sources are compared and one is alone.
/// </summary>
internal static class StoredTexts
{
    /// <summary>Writes the sources into <paramref name="folder"/>.</summary>
    public static void WriteAll(TempFolder folder)
    {
        folder.Write("wire.md", """
            ---
            title: Grid fund agreed
            outlet: Northern Wire
            date: 2024-03-12
            ---
            # Grid fund

            The grid ministers of Norway and Sweden agreed a &euro;20bn grid fund in Oslo on Tuesday, over five years.
            The fund is worth $21.6bn (€20bn), and nine countries will join it, officials said.
            Inflation in the region reached 4.5% in February, up from 3.9%.
            "The blackout must never happen again," said Lars Berg, the Norwegian minister.
            The headquarters will be in Tallinn, near the 120-metre tower.
            """);
        folder.Write("daily.md", """
            ---
            date: 2024-03-13
            ---
            Norway and Sweden set up a grid fund of €25bn in Oslo yesterday, their grid ministers said, for four years.
            Eight countries will join the fund. Inflation in the region reached 4.7% in February.
            "The blackout must never happen again," said Ingrid Dahl, the Swedish minister.
            <!-- factcheck-ignore-next-line -->
            The headquarters will be in Riga, officials said on 12 March 2024.
            The fund's headquarters opens in Riga in early 2025.
            """);
        folder.Write("agence.md", """
            ---
            date: 2024-03-12
            lang: fr
            ---
            Les ministres de la Norvège et de la Suède ont créé à Oslo un fonds pour les réseaux de 25 milliards d'euros sur quatre ans.
            Neuf pays rejoindront le fonds, dont le siège sera à Tallinn, a déclaré Lars Berg mardi.
            """);
        folder.Write("sport.txt", "The striker scored 14 goals for the club this season. \"We never give up,\" said the coach, Paolo Rossi.\n");
        folder.Write("coach.md", "---\ndate: 2023-05-02\n---\nThe coach said the club had won 3% more matches than in the 2022 season, a rise of 2 wins.\n");
        folder.Write("broken.md", [0x66, 0x75, 0x6e, 0x64, 0xff, 0xfe, 0x0a]);
    }

    /// <summary>The JSON report of <paramref name="result"/>, which must have one: what the byte-for-byte comparisons compare.</summary>
    public static string Json(CheckResult result)
    {
        Assert.Null(result.Error);
        using var text = new StringWriter { NewLine = "\n" };
        new JsonReportWriter().Write(result.Report!, text);
        return text.ToString();
    }
}
