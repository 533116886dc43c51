using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Normalization;

/// <summary>
/// What normalizing one claim may need to know about the whole set of sources: the date an undated source borrows, from
/// the sources of its story (<see cref="SetDateFor"/>), or from the whole set when its story has none.
/// </summary>
public sealed record NormalizationContext(ImmutableArray<SourceDocument> Sources)
{
    // A plain table, as StoryMap's: built once on the serial path, where freezing it cost more than its look-ups save.
    private readonly Dictionary<string, SourceDate?> storyDates = new(StringComparer.Ordinal);

    /// <summary>A context whose undated sources borrow the date of their story's sources.</summary>
    public NormalizationContext(ImmutableArray<SourceDocument> sources, StoryMap stories) : this(sources)
    {
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        storyDates = new(byId.Count, StringComparer.Ordinal);
        foreach (var story in stories.Stories)
        {
            // Most stories of a large run are one source, whose date is its own: a set of one needs no list sorted.
            var date = story.Sources.Length == 1 ? byId.GetValueOrDefault(story.Sources[0])?.Date
                : DateOfTheSet([.. story.Sources.Where(byId.ContainsKey).Select(id => byId[id])]);
            foreach (var id in story.Sources) storyDates.Add(id, date);
        }
    }

    /// <summary>The date an undated source borrows: the median of the other sources' dates (declared ones first).</summary>
    public SourceDate? SetDate { get; } = DateOfTheSet(Sources);

    /// <summary>The date <paramref name="source"/> borrows when it has none: its story's median date, else the set's.</summary>
    public SourceDate? SetDateFor(SourceDocument source) => storyDates.GetValueOrDefault(source.Id) ?? SetDate;

    /// <summary>True when <paramref name="source"/>'s story dates it from sources that declare their date.</summary>
    public bool StoryDeclares(SourceDocument source) => storyDates.GetValueOrDefault(source.Id) is { Origin: DateOrigin.Declared };

    private static SourceDate? DateOfTheSet(ImmutableArray<SourceDocument> sources)
    {
        var declared = sources.Where(s => s.Date?.Origin == DateOrigin.Declared).Select(s => s.Date!).ToList();
        var known = declared.Count > 0 ? declared : [.. sources.Where(s => s.Date is not null).Select(s => s.Date!)];
        return known.Count == 0 ? null : known.OrderBy(d => d.Midpoint).ElementAt(known.Count / 2);
    }
}
