using System.Collections.Immutable;

namespace FactCheck.Tests.DevSet;

/// <summary>The development set as loaded from <c>tests/DevSet</c>, with every problem found while reading it.</summary>
internal sealed record DevSetData(ImmutableArray<DevSentence> Sentences, ImmutableArray<GoldItem> Items, ImmutableArray<string> Errors)
{
    /// <summary>The folder of the set in the repository.</summary>
    public static string Folder => Path.Combine(RepoPaths.Tests, "DevSet");

    /// <summary>The corpus the set refers to: ../shared/bench-corpus beside the repository.</summary>
    public static string Corpus => Path.Combine(RepoPaths.Shared, "bench-corpus");

    /// <summary>The languages of the set, as its file names spell them.</summary>
    public static readonly ImmutableArray<string> Languages = ["en", "fr"];
}
