using FactCheck.Tests.DevSet;

namespace FactCheck.Core.Tests.DevSet;

/// <summary>A test that reads ../shared/bench-corpus: skipped, saying why, when the corpus is not beside the repository.</summary>
public sealed class BenchCorpusFactAttribute : FactAttribute
{
    public BenchCorpusFactAttribute()
    {
        if (!Directory.Exists(DevSetData.Corpus))
            Skip = $"{DevSetData.Corpus} is missing: the development set refers to its files and holds none of their text";
    }
}
