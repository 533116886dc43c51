using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Stories;

/// <summary>
/// Short articles written for these tests (fictional events, no published text), and their story profiles as the check
/// makes them: loaded, split, places found, profiled.
/// </summary>
internal static class StoryTexts
{
    // One event told four times: a ferry that ran aground off a (fictional) island, in English and in French.
    public const string FerryWire = """
        The ferry Solvang Tide ran aground off Vardholm island on Tuesday night with 212 passengers aboard, the Norwegian
        coastguard said. All passengers were evacuated by lifeboat to Vardholm harbour. Captain Ingrid Maalsnes told the
        coastguard the ferry had lost power in heavy seas. Solvang Lines, which runs the ferry, said an inquiry had begun.
        """;

    public const string FerryDaily = """
        Passengers of the Solvang Tide described a night of fear after the ferry struck rocks near Vardholm. "We heard a
        bang and the lights went out," one passenger said. The coastguard said 212 people were brought ashore at Vardholm
        harbour. Solvang Lines apologised and said Captain Maalsnes had acted correctly.
        """;

    public const string FerryBlog = """
        How did the Solvang Tide end up on the rocks off Vardholm? Solvang Lines blames a power failure; the coastguard
        is looking at the route the ferry took in the storm. Captain Ingrid Maalsnes has twenty years at sea.
        """;

    public const string FerryFrench = """
        Le ferry Solvang Tide s'est échoué mardi soir au large de l'île de Vardholm avec 212 passagers à bord, selon les
        garde-côtes norvégiens. Les passagers ont été évacués vers le port de Vardholm. La compagnie Solvang Lines a ouvert
        une enquête; la capitaine Ingrid Maalsnes a évoqué une panne de courant.
        """;

    // Another event, in French only: a fire in the museum of a (fictional) town.
    public const string MuseumAgency = """
        Un incendie a détruit dans la nuit de samedi l'aile nord du musée Delarive de Castelbrune, a indiqué la préfecture.
        Aucune victime n'est à déplorer. Selon la conservatrice Hélène Vautrain, une centaine de tableaux ont été sauvés.
        """;

    public const string MuseumDaily = """
        À Castelbrune, les habitants sont sous le choc après l'incendie du musée Delarive. La conservatrice Hélène Vautrain
        a remercié les pompiers, qui ont sauvé une centaine de tableaux. L'aile nord du musée est détruite.
        """;

    // Four articles that share no story.
    public const string Bakery = """
        A new bakery opened on Harlow Street this week, selling sourdough loaves and cinnamon buns from six in the morning.
        The owners, two sisters, trained in Copenhagen.
        """;

    public const string Transfer = """
        Striker Emil Hartsoe has signed a three-year contract with FC Lindenau after scoring eighteen goals last season.
        The club did not disclose the fee.
        """;

    public const string Chips = """
        Le fabricant de puces Veltronic a publié un chiffre d'affaires en hausse, porté par la demande des constructeurs
        automobiles. L'usine de Rennesburg tourne à plein régime.
        """;

    public const string Orchestra = """
        The Marrow Valley orchestra will tour Japan in the spring, playing Sibelius and a new work by its conductor,
        Paulina Okafor.
        """;

    /// <summary>A source of <paramref name="text"/> named <paramref name="id"/>.</summary>
    public static SourceDocument Source(string id, string text, string language = "en", string? date = null, SourceRole role = SourceRole.Reference) =>
        TestText.Dated(id, text, language, date) with { Role = role };

    /// <summary>The profile of <paramref name="source"/>, as the check reads it.</summary>
    public static StoryProfile Profile(SourceDocument source) => FactCheck.Pipeline.CheckStages.Default.Profile(source, SentenceSplitter.Default.Split(source));

    /// <summary>The stories of <paramref name="sources"/> as the default grouper makes them.</summary>
    public static StoryMap Group(params SourceDocument[] sources) => StoryGrouper.Default.Group([.. sources.Select(Profile)]);

    /// <summary>Each story as "id [label] sources…", one line a story, to compare runs and to read in a failure.</summary>
    public static List<string> Describe(StoryMap map) => Describe(map.Stories);

    /// <summary>Each story as "id [label] sources…", one line a story.</summary>
    public static List<string> Describe(ImmutableArray<Story> stories) => [.. stories.Select(s => $"{s.Id} [{s.Label}] {string.Join(' ', s.Sources)}")];

    /// <summary>The sources of each story, one line a story.</summary>
    public static List<string> Members(StoryMap map) => [.. map.Stories.Select(s => string.Join(' ', s.Sources))];
}
