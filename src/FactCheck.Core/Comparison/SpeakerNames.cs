using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>Whether two names written in different sources are one person: "Stoltenberg" and "Jens Stoltenberg" are.</summary>
internal static class SpeakerNames
{
    public static bool Same(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.SequenceEqual(y)) return true;
        if (x.Length == 1 || y.Length == 1) return (x.Length == 1 ? y : x).Contains(x.Length == 1 ? x[0] : y[0]);
        return x[^1] == y[^1] && (x[0] == y[0] || x[0][0] == y[0][0]);
    }

    private static string[] Words(string name) =>
        StatementText.Plain(name).Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
}
