using System.Text;
using CsCheck;

namespace FactCheck.Core.Tests.Fuzz;

/// <summary>
/// Generates sources from fragments of real text: sentences of the sample articles, numbers in every form and script,
/// currencies, dates that cannot exist, quotes and speakers, Markdown nesting and directives, front matter in the three
/// forms (with nulls, bad dates, anchors and unclosed lists), Unicode controls and lone surrogates, and very long runs.
/// </summary>
internal static class SourceFragments
{
    private static readonly string[] Words =
    [
        "the fund", "le fonds", "the grid fund", "the budget", "le budget", "aid package", "le prêt", "the loan", "the summit", "le sommet",
        "Ministers agreed", "a déclaré", "said", "told reporters", "according to", "selon", "officials said", "Paris", "Berlin", "Kyiv", "Tallinn",
        "Riga", "NATO", "the allies", "les alliés", "32 members", "members", "countries", "pays", "inflation", "GDP", "du PIB", "rose", "fell",
        "on Tuesday", "mardi", "in March", "en mars", "tomorrow", "demain", "hier", "last year", "l'an dernier", "next week", "over five years",
        "sur quatre ans", "for a decade", "early", "mid-", "late", "about", "environ", "more than", "plus de", "nearly", "up to", "jusqu'à", "from", "to",
        "Dr.", "U.S.", "M.", "Mme", "e.g.", "No.", "St.", "the", "and", "et", ",", ";", ":", "—", "-", "(", ")", ".", "!", "?", "…",
    ];

    private static readonly string[] Currencies =
    [
        "€", "$", "£", "¥", "₹", "CHF", "USD", "EUR", "GBP", "NOK", "bn", "billion", "milliards", "million", "millions", "m", "mln", "k", "trillion",
        "dollars", "d'euros", "euros", "de dollars", "francs", "livres", "US$", "C$", "A$", "€$£", "¥¥¥", "$$", "bn bn",
    ];

    private static readonly string[] Dates =
    [
        "31 February 2024", "29 February 2023", "le 31 février 2024", "30 février", "29/02/2023", "31/04/2024", "0000-01-01", "2024-13-45", "10000",
        "year 0", "1 January 9999", "31 December 9999", "9999-12-31", "0001-01-01", "Feb 30, 2025", "Christmas Eve", "Easter 2024", "Noël", "in 2014",
        "the 1990s", "les années 90", "Q3 2024", "le troisième trimestre", "5 years ago", "il y a 5 ans", "in 10000 days", "dans 99999999 jours",
        "for 99999999999 years", "pendant 9999999999999 ans", "99999999999 weeks from now", "the day after tomorrow", "après-demain", "avant-hier",
        "le 1er mai", "May 1st", "1st of May", "the 32nd", "le 0 mars", "Tuesday 31 September", "2024-04-02T10:15:00+02:00", "12/25", "25/12",
    ];

    private static readonly string[] Markup =
    [
        "> ", ">>>>> ", "- ", "* ", "1. ", "**", "__", "_", "*", "`", "``", "[", "]", "](http://x.example/a)", "![img](a.png)", "# ", "###### ", "|", " | ",
        "\n", "\n\n", "\n    ", "\n\t", "\r\n", "```\n", "\n```\n", "<b>", "</b>", "<!-- factcheck-disable -->", "<!-- factcheck-enable -->",
        "<!-- factcheck-ignore-next-line figure-conflict -->", "<!-- factcheck-disable no-such-rule -->", "<!-- factcheck-disabel -->", "<!--", "-->",
        "&euro;", "&amp;", "&#x20AC;", "&#99999999;", "\\$", "\\*", "---", "+++", "{", "}", "<", ">",
    ];

    private static readonly string[] Quotes =
    [
        "«", "»", "« ", " »", "“", "”", "\"", "'", "‘", "’", "„", "‹", "›", "« Nous ne céderons pas », a déclaré le ministre.",
        "“We will not give in,” said Lars Berg.", "\"The fund is ready\", an allied source said.", "said Ingrid Dahl", "selon une source diplomatique",
    ];

    private static readonly string[] Unicode =
    [
        "\u202E", "\u2066", "\u200B", "\u00A0", "\u202F", "\u2009", "\uFEFF", "\u0000", "\u0007", "\u001b[2J", "\u001b]0;x\u0007", "\u009b", "\u0085",
        "\u2028", "\uD800", "\uDC00", "\uD83D\uDE00", "e\u0301", "ﬁ", "Ⅻ", "½", "¼", "²", "³", "٫", "٬", "'", "’", "\u066B", "\u0660",
    ];

    private static readonly string[] Percentages = ["%", " %", " per cent", " percent", " pour cent", "%%", " points", " pts", "‰"];

    private static readonly string[] Scripts = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "๐๑๒๓๔๕๖๗๘๙", "０１２３４５６７８９", "০১২৩৪৫৬৭৮৯", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"];

    /// <summary>A number in one of the forms text writes them: grouped, decimal, signed, huge, in another script, spelled.</summary>
    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[0, 1_000_000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[0, 999_999_999].Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[0, 999_999].Select(n => n.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))),
        Gen.Int[0, 9999].Select(n => $"{n / 100}.{n % 100}"),
        Gen.OneOf("1e999", "1E+400", "NaN", "Infinity", "-0", "+7", "5-10", "10–20", "0x1F", "1/0", "3 1/2", "1 000 000", "1’000’000", "1.000.000,5",
            "79228162514264337593543950336", "4,294,967,296", "9,999,999,999,999,999,999,999,999,999", "0.000000000000000000000000000001", "one", "deux", "vingt-cinq", "a dozen", "mille"),
        Gen.Int[1, 400].Select(n => new string('9', n)),
        Gen.Select(Gen.Int[0, Scripts.Length - 1], Gen.Int[1, 12], Gen.Int[0, int.MaxValue],
            (script, length, seed) => string.Concat(Enumerable.Range(0, length).Select(i => Scripts[script].Substring((int)((uint)(seed >> (i % 24)) % 10) * Scripts[script].Length / 10, Scripts[script].Length / 10)))));

    /// <summary>A short or very long run of one fragment: "1,1,1,…", "$1 $1 …", digits by the thousand, quote marks by the hundred.</summary>
    private static readonly Gen<string> LongRun = Gen.Select(Gen.OneOf("1,", "$1 ", "9", "«", "\"", "€", "$", "*", "[", ">", "1 ", "- ", "12.5% ", "a ", "<!-- factcheck-disable -->\n"), Gen.Int[50, 3000],
        (fragment, count) => string.Concat(Enumerable.Repeat(fragment, count)));

    private static Gen<string> Sentences(string[] real) => real.Length == 0 ? Gen.OneOf(Words) : Gen.OneOf(real);

    /// <summary>One token of prose.</summary>
    private static Gen<string> Token(string[] real) => Gen.Frequency(
        (30, Gen.OneOf(Words)), (10, Sentences(real)), (20, Number), (12, Gen.OneOf(Currencies)), (8, Gen.OneOf(Dates)), (6, Gen.OneOf(Percentages)),
        (8, Gen.OneOf(Quotes)), (10, Gen.OneOf(Markup)), (6, Gen.OneOf(Unicode)), (1, LongRun));

    private static readonly Gen<string> FrontMatterValue = Gen.OneOf(
        "", "null", "~", "Null", "\"\"", "2024-04-02", "2024-04-02T10:15:00+02:00", "2024-04-02 10:15", "2024-02-31", "0000-01-01", "10000-01-01", "yesterday",
        "Tue, 02 Apr 2024 10:15:00 +0200", "fr", "fr-FR", "en_GB", "de", "draft", "reference", "editor", "[a, b", "[a, b]", "{x: 1}", "&a x", "*a", "*b", "\"unclosed",
        "'it''s'", "\"esc \\\" aped\"", "|", ">", "- x", "1e999", "\uD800", "Le Monde", ": :", "#comment");

    private static readonly Gen<string> FrontMatterKey = Gen.OneOf("date", "Date", "title", "lang", "language", "locale", "pubDate", "publishDate", "published", "lastmod", "role", "outlet", "tags", "author", "date", "x y", "-", "?");

    /// <summary>No front matter, or YAML, TOML or JSON front matter of a few keys with values sites write (and some they should not).</summary>
    private static readonly Gen<string> FrontMatter = Gen.Frequency(
        (4, Gen.Const("")),
        (4, Gen.Select(FrontMatterKey, FrontMatterValue).Array[0, 6].Select(kv => "---\n" + string.Concat(kv.Select(p => $"{p.Item1}: {p.Item2}\n")) + "---\n\n")),
        (1, Gen.Select(FrontMatterKey, FrontMatterValue).Array[0, 6].Select(kv => "+++\n" + string.Concat(kv.Select(p => $"{p.Item1} = \"{p.Item2}\"\n")) + "+++\n\n")),
        (1, Gen.Select(FrontMatterKey, FrontMatterValue).Array[0, 6].Select(kv => "{\n" + string.Join(",\n", kv.Select(p => $"  \"{p.Item1}\": \"{p.Item2}\"")) + "\n}\n\n")),
        (1, Gen.OneOf("---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\n\n", "---\n" + new string('[', 200) + "\n---\n\n", "+++\nunclosed = \"\n", "{\n\"a\": [\n", "---\n---\n")));

    /// <summary>A source's text: front matter, then paragraphs of tokens.</summary>
    public static Gen<string> Text(string[] real) =>
        Gen.Select(FrontMatter, Token(real).Array[1, 40].Array[1, 6],
            (head, paragraphs) => head + string.Join("\n\n", paragraphs.Select(tokens => string.Join(' ', tokens))) + "\n");

    /// <summary>Two or three sources, Markdown or plain text, so that comparison has something to compare.</summary>
    public static Gen<(string Id, string Text)[]> Sources(string[] real) =>
        Gen.Select(Text(real).Array[1, 3], Gen.Bool.Array[3], (texts, plain) =>
            texts.Select((text, i) => ($"{(char)('a' + i)}.{(plain[i] ? "txt" : "md")}", text)).ToArray());

    /// <summary>
    /// Every date, currency and quote fragment in an English and a French sentence: checked once before timing, so that the
    /// recognizer models each builds on first use (seconds, cold) are start-up, not the cost of an input.
    /// </summary>
    public static (string Id, string Text)[] WarmUp() =>
    [
        ("warm.md", string.Concat(Dates.Concat(Currencies).Concat(Quotes).Select(f => $"The fund holds 100 {f} on {f}, said Ingrid Dahl.\n\n"))),
        ("chaud.md", "---\nlang: fr\n---\n\n" + string.Concat(Dates.Concat(Currencies).Concat(Quotes).Select(f => $"Le fonds est doté de 100 {f} le {f}, a déclaré le ministre.\n\n"))),
    ];

    /// <summary>The sentences of the sample articles, as fragments of real text.</summary>
    public static string[] RealSentences()
    {
        var folder = Path.Combine(RepoPaths.Root, "samples");
        return [.. Directory.EnumerateFiles(folder, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllText(f, Encoding.UTF8).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 10)];
    }
}
