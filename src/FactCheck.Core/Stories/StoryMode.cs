namespace FactCheck.Stories;

/// <summary>How sources are put into stories (factcheck.yml <c>stories:</c>).</summary>
public enum StoryMode
{
    /// <summary>By what they share: names, places, words and dates (<c>stories: grouped</c>, the default).</summary>
    Grouped,

    /// <summary>Every source in one story (<c>stories: one</c>): the user knows the set is about one thing.</summary>
    One,
}
