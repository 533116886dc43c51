using System.Collections.Immutable;
using FactCheck.Core.Tests.Sources;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Sentences;

/// <summary>Splits a text loaded as a real source with the default splitter.</summary>
internal static class Split
{
    /// <summary>The sentences of <paramref name="text"/> read from <paramref name="id"/> (plain text unless the id says otherwise).</summary>
    public static ImmutableArray<Sentence> Sentences(string text, string id = "news.txt") =>
        SentenceSplitter.Default.Split(Loaded.Document(id, text));

    /// <summary>The prose text of each sentence.</summary>
    public static string[] Texts(string text, string id = "news.txt") => [.. Sentences(text, id).Select(s => s.Text)];
}
