namespace FactCheck.Kinds.Money;

/// <summary>
/// Reads one YAML flow value as the generated currency file writes it: a plain or "double-quoted" scalar (no escapes),
/// a flow list <c>[a, "b"]</c> or a flow mapping <c>{key: value}</c>, nested. Scalars are strings, lists
/// <see cref="List{T}"/>, mappings <see cref="Dictionary{TKey, TValue}"/>. The file is ours and generated, so anything
/// else is a bug in it, and throws; a test holds this reading equal to YamlDotNet's.
/// </summary>
internal static class FlowValue
{
    /// <summary>The value starting at <paramref name="i"/> (spaces before it skipped), leaving <paramref name="i"/> after it.</summary>
    public static object Read(string s, ref int i)
    {
        Skip(s, ref i);
        if (i >= s.Length) throw Wrong(s, i, "a value");
        switch (s[i])
        {
            case '[':
                var list = new List<object>();
                i++;
                for (Skip(s, ref i); s[i] != ']'; Next(s, ref i, ']')) list.Add(Read(s, ref i));
                i++;
                return list;
            case '{':
                var map = new Dictionary<string, object>(StringComparer.Ordinal);
                i++;
                for (Skip(s, ref i); s[i] != '}'; Next(s, ref i, '}'))
                {
                    var colon = s.IndexOf(':', i);
                    if (colon < 0) throw Wrong(s, i, "a key");
                    var key = s[i..colon].Trim();
                    i = colon + 1;
                    map[key] = Read(s, ref i);
                }
                i++;
                return map;
            case '"':
                var end = s.IndexOf('"', i + 1);
                if (end < 0 || s.AsSpan(i, end - i).Contains('\\')) throw Wrong(s, i, "a closed string without escapes");
                var quoted = s[(i + 1)..end];
                i = end + 1;
                return quoted;
            default:
                var start = i;
                while (i < s.Length && s[i] is not (',' or ']' or '}')) i++;
                return s[start..i].Trim();
        }
    }

    /// <summary>After an item: a comma and the next item, or the closing bracket.</summary>
    private static void Next(string s, ref int i, char close)
    {
        Skip(s, ref i);
        if (i < s.Length && s[i] == ',') i++;
        Skip(s, ref i);
        if (i >= s.Length) throw Wrong(s, i, $"'{close}'");
    }

    private static void Skip(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
    }

    private static InvalidOperationException Wrong(string s, int i, string expected) =>
        new($"The shipped currency file is wrong: {expected} expected at column {i + 1} of \"{s}\"");
}
