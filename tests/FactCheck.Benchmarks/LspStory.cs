using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// Ten articles of one made-up story (a bridge closed for repairs), about 5 KB each: the same facts told in a different
/// order by each outlet, with the figures of a few changed in some, so the story has findings to report.
/// </summary>
internal static class LspStory
{
    private static readonly string[] Facts =
    [
        "The Karvik harbour bridge will close for {0} weeks from 3 June, the city council said on Monday.",
        "Repairs to the bridge are expected to cost €{1}m, paid from the council's transport budget.",
        "About {2},000 vehicles cross the bridge every day, according to the regional roads agency.",
        "The bridge, opened in 1968, is 640 metres long and carries four lanes of traffic.",
        "Mayor Hanna Lind said the work could not wait any longer because the cables were older than the city hall.",
        "Ferry operator Nordlink will add 24 extra crossings a day while the bridge is shut.",
        "The contractor said the price of steel rose 18% last year, which pushed the cost of the repairs up.",
        "The council approved a €{3}m loan from the regional bank to pay for the first phase of the work.",
        "Shop owners near the bridge expect their sales to fall by as much as 30% during the closure.",
        "An inspection in 2023 found corrosion on 12 of the bridge's 48 cables.",
        "Some 300 workers will be on site, working in three shifts around the clock.",
        "The detour through the Osterby tunnel adds about 14 kilometres to the journey into the centre.",
        "The roads agency said the bridge last closed in 2009, for a repair that took eight weeks.",
        "Buses will run every ten minutes between the two ferry piers during the closure.",
        "The council expects the bridge to reopen before the Karvik regatta in September.",
        "Opposition councillor Erik Sand said the council had known about the corrosion for two years.",
    ];

    private static readonly string[] Background =
    [
        "Residents of the old town have long complained about the noise of the traffic on the bridge.",
        "The harbour itself will stay open to ships, although cranes will block one of the two channels.",
        "Cyclists will be allowed to cross on a temporary walkway on the northern side.",
        "The city's hospital said ambulances would use the tunnel and that it had planned for longer journeys.",
        "Teachers at the island school asked the council to delay the closure until the summer holidays.",
        "The contractor has repaired similar bridges in the south of the country.",
        "Engineers will replace the cables one by one, so that the deck is never left without support.",
        "The council will publish a weekly update on the progress of the work on its website.",
        "Taxi drivers said the detour would make trips to the airport longer and dearer.",
        "The ferry company said its boats could carry cars as well as people on foot.",
        "Local historians recalled that the first bridge on the site was built of wood.",
        "The weather in June is usually calm, which the engineers said would help the work on the cables.",
        "Several events planned on the waterfront have been moved to the park by the station.",
        "Businesses on the island said deliveries would come by boat during the closure.",
        "The council said it had asked the national government for help with the cost.",
        "Police will direct traffic at the tunnel entrance during the morning and evening rush.",
        "A public meeting about the closure will be held in the town hall next week.",
        "Drivers were advised to leave earlier and to share cars where they could.",
        "The roads agency will count the traffic in the tunnel to see how the detour is used.",
        "Engineers said the bridge was safe to use until the day it closes.",
    ];

    /// <summary>The draft's file name; the others are <c>outlet-N.md</c>.</summary>
    public const string Draft = "draft.md";

    /// <summary>Writes the ten articles into <paramref name="folder"/>; returns the draft's text.</summary>
    public static string Write(string folder)
    {
        for (var i = 1; i < 10; i++) File.WriteAllText(Path.Combine(folder, $"outlet-{i}.md"), Article(i, weeks: 10, cost: 85, vehicles: 40, loan: 30), new UTF8Encoding(false));
        var draft = Article(0, weeks: 12, cost: 85, vehicles: 40, loan: 30);
        File.WriteAllText(Path.Combine(folder, Draft), draft, new UTF8Encoding(false));
        return draft;
    }

    /// <summary>The draft with its cost given as <paramref name="cost"/> (€m): one figure changed, as a writer types.</summary>
    public static string DraftWithCost(int cost) => Article(0, weeks: 12, cost: cost, vehicles: 40, loan: 30);

    private static string Article(int outlet, int weeks, int cost, int vehicles, int loan)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ndate: 2024-05-20\noutlet: Outlet {outlet}\n---\n\n# Karvik bridge to close for repairs\n\n");
        // Each outlet tells the facts in its own order, between background sentences of its own choosing.
        var facts = Facts.Select((f, i) => (f, i)).OrderBy(p => (p.i * 7 + outlet * 3) % Facts.Length).Select(p => p.f).ToArray();
        for (var i = 0; i < facts.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, facts[i], weeks, cost, vehicles, loan)} ");
            text.Append(Background[(i + outlet) % Background.Length]).Append(' ');
            text.Append(Background[(i * 3 + outlet + 7) % Background.Length]);
            if (i % 2 == 0) text.Append(' ').Append(Background[(i * 5 + outlet + 3) % Background.Length]);
            text.Append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.ToString().TrimEnd() + "\n";
    }
}
