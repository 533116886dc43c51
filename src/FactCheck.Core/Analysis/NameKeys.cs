namespace FactCheck.Analysis;

/// <summary>
/// The names a thread has read, each as one string with its key ("Lac-Mégantic": "lac megantic"): a source names the same
/// people and places in sentence after sentence, and a new text, its folded form and its key for each of them were most of
/// what reading names allocated. Both depend on the characters alone, never on the language or the source, so a name read
/// in one source is the same name in the next. Bounded and per thread, as <see cref="Inputs.ShortStrings"/> is.
/// </summary>
internal sealed class NameKeys
{
    /// <summary>Past this many names a thread's table starts again, so that a long run does not keep every name it met.</summary>
    private const int Limit = 8192;

    /// <summary>A longer name (a run of capitalised words in a table) is rarely met twice: it is not kept.</summary>
    private const int LongestKept = 64;

    [ThreadStatic]
    private static NameKeys? current;

    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private NameKeys() => bySpan = keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A string equal to <paramref name="name"/> and its key, the same ones each time on this thread.</summary>
    public static (string Text, string Key) Of(ReadOnlySpan<char> name)
    {
        if (name.Length > LongestKept)
        {
            var whole = name.ToString();
            return (whole, KeyOf(whole));
        }
        var table = current ??= new NameKeys();
        if (table.bySpan.TryGetValue(name, out var text, out var key)) return (text, key);
        if (table.keys.Count >= Limit) table.keys.Clear();
        text = name.ToString();
        key = KeyOf(text);
        table.keys[text] = key;
        return (text, key);
    }

    /// <summary>The folded name with one space between its words and its parts ("Lac-Mégantic" is "lac megantic").</summary>
    private static string KeyOf(string text)
    {
        var folded = WordFolding.Fold(text);
        // Most names are one word without joiners: their folded form is their key, not copied.
        if (!HasKeySeparator(folded)) return folded;
        var key = string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = IsKeySeparator(source[i]) ? ' ' : source[i];
        });
        return key.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : key;
    }

    private static bool IsKeySeparator(char c) => c is '-' or '‐' or '‑' or '\'' || char.IsWhiteSpace(c);

    private static bool HasKeySeparator(string folded)
    {
        foreach (var c in folded)
            if (IsKeySeparator(c)) return true;
        return false;
    }
}
