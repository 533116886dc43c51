using System.Text;

namespace FactCheck.Tests;

/// <summary>
/// A folder of pages as a site or a newsroom export leaves them, written for these tests: front matter with a null date,
/// an empty date and a date no one can read, Hugo's TOML and JSON front matter, broken YAML, a binary file and a Latin-1
/// file. The readable pages disagree on the grid fund (€20bn against €25bn).
/// </summary>
internal static class RealPages
{
    /// <summary>The pages that cannot be read, as the report names them.</summary>
    public static readonly string[] Unreadable = ["pages/e-picture.md", "pages/f-latin1.md", "pages/h-broken.md"];

    /// <summary>The pages that are read, as the report names them.</summary>
    public static readonly string[] Readable = ["pages/a-null-date.md", "pages/b-empty-date.md", "pages/c-hugo.md", "pages/d-json.md", "pages/g-odd-date.md"];

    /// <summary>Writes the pages into <paramref name="root"/>/pages.</summary>
    public static void WriteTo(string root)
    {
        Write(root, "a-null-date.md", "---\ntitle: Grid fund agreed\ndate: null\nauthor: ~\n---\n\nMinisters agreed a €20bn grid fund on 12 March 2024.\n");
        Write(root, "b-empty-date.md", "---\ntitle: The fund, a week on\ndate:\nlang: en-GB\n---\n\nThe grid fund holds €25bn, officials said on 19 March 2024.\n");
        Write(root, "c-hugo.md", "+++\ntitle = \"Fund\"\ndate = 2024-03-12T10:15:00+01:00\ndraft = false\ntags = [\"energy\", \"grid\"]\n+++\n\nThe grid fund was worth €20bn, the ministry said.\n");
        Write(root, "d-json.md", "{\n  \"title\": \"Le fonds\",\n  \"date\": \"2024-03-12\",\n  \"locale\": \"fr-FR\",\n  \"categories\": [\"énergie\"]\n}\n\nLe fonds pour le réseau est doté de 20 milliards d'euros.\n");
        Write(root, "e-picture.md", [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Write(root, "f-latin1.md", Encoding.Latin1.GetBytes("Le fonds doté de 25 milliards d'euros a été créé.\n"));
        Write(root, "g-odd-date.md", "---\ntitle: Fund\ndate: last Tuesday\n---\n\nThe grid fund stands at €20bn.\n");
        Write(root, "h-broken.md", "---\ntitle: \"Fund\ntags: [a, b\n---\n\nThe grid fund holds €20bn.\n");
    }

    private static void Write(string root, string name, string text) => Write(root, name, new UTF8Encoding(false).GetBytes(text));

    private static void Write(string root, string name, byte[] bytes)
    {
        var file = Path.Combine(root, "pages", name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
    }
}
