using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>
/// What a thread last had <see cref="LanguagePack.Cached{T}"/> build of <typeparamref name="T"/>, and for which pack: the
/// kinds ask for their words and patterns at every sentence and figure, and a file is read in one language, so the answer
/// is nearly always the last one. <c>Cached</c> finds it in the pack's concurrent dictionary (the key's hash, its
/// equality, the <see cref="Lazy{T}"/>, a cast): those look-ups were 0.55 % of a check's samples, about 0.35 % in the
/// kinds' calls (perf of 311cea8). Kept in a <c>[ThreadStatic]</c> field of the asking class, keyed by the type's own
/// <see cref="Type"/> as the class's <c>Of</c> keyed it: the pack still builds it once, for every thread.
/// </summary>
internal struct PackMemo<T>
    where T : class
{
    private LanguagePack? pack;
    private T? built;

    /// <summary>The pack's <typeparamref name="T"/>, built by <paramref name="build"/> on the pack's first use.</summary>
    public T Of(LanguagePack language, Func<LanguagePack, T> build)
    {
        if (!ReferenceEquals(pack, language) || built is null) (pack, built) = (language, language.Cached(typeof(T), build));
        return built;
    }
}
