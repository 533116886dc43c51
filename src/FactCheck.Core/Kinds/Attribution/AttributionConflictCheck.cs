using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// attribution-conflict: finds statements that are one statement (the same words in one language; the same concepts,
/// names and figures across two languages), groups them, and reports a finding when the group gives the statement
/// to speakers who cannot both have said it: two named people, or a named person and an anonymous source, in different
/// sources. Candidate pairs come from an index of each statement's rarest words, so the work grows with the matches,
/// not with the square of the statements.
/// </summary>
public sealed class AttributionConflictCheck(AttributionRule rule) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    private readonly record struct Match(int A, int B, double Score, string? Across, ImmutableArray<string> Shared)
    {
        /// <summary>True for statements of two languages, matched by what the languages share.</summary>
        public bool CrossLanguage => Across is not null;
    }

    /// <summary>The conflicts of one story, in the order of each group's first statement.</summary>
    public IEnumerable<Finding> Compare(StoryClaims story)
    {
        var claims = story.Claims;
        // Every match pairs statements of two sources: a story whose bound statements all come from one source has none,
        // and its statements' words are not read (AttributionClaim.Text reads them when first asked).
        if (!FromTwoSources(claims.OfType<AttributionClaim>().Where(c => c.Claim.IsBound))) return [];
        // Reported speech that speaks of its speaker ("X said its auditors…") is another statement in another speaker's mouth.
        var statements = claims.OfType<AttributionClaim>()
            .Where(c => c.Claim.IsBound && (c.Text.Words.Length >= rule.MinWords || IsShortSaying(c.Text)) && !(c.Attribution.Reported && c.Text.SpeaksOfSpeaker)).ToList();
        var matches = Matches(statements);
        // A finding grows from pairs whose speakers conflict; a statement joins it only when it is itself one of those
        // pairs or matches one of its statements directly, so that chains of near matches do not gather unrelated text.
        var conflicts = matches.Where(m => SpeakersConflict(statements[m.A].Speaker, statements[m.B].Speaker)).ToList();
        var groups = new DisjointSets(statements.Count);
        foreach (var match in conflicts) groups.Union(match.A, match.B);
        var inConflict = conflicts.SelectMany(m => new[] { m.A, m.B }).ToHashSet();
        var members = inConflict.ToDictionary(i => i, groups.Find);
        foreach (var match in matches)
        {
            if (inConflict.Contains(match.A) && !members.ContainsKey(match.B)) members[match.B] = groups.Find(match.A);
            else if (inConflict.Contains(match.B) && !members.ContainsKey(match.A)) members[match.A] = groups.Find(match.B);
        }
        var findings = new List<Finding>();
        var conflictsOf = conflicts.ToLookup(m => groups.Find(m.A));
        foreach (var group in members.GroupBy(p => p.Value, p => p.Key).OrderBy(g => g.Min()))
        {
            var sides = Sides([.. group.Select(i => statements[i])]);
            if (sides.Count < 2) continue;
            var direct = conflictsOf[group.Key].ToList();
            var sameLanguage = direct.Where(m => !m.CrossLanguage).ToList();
            var best = (sameLanguage.Count > 0 ? sameLanguage : direct).MaxBy(m => m.Score);
            var severity = Levels.Parse(sameLanguage.Count > 0 ? rule.Level : rule.CrossLanguageLevel);
            var values = sides.Select(s => new ValueGroup(s[0].Speaker.Display, [.. s.Cast<NormalizedClaim>()])).ToImmutableArray();
            var subject = statements[group.Min()].Claim.Subject!;
            findings.Add(new Finding(rule.Id, severity, subject, "speaker", Message(subject, values, best), values) { Story = story.Story.Id, MatchedOn = MatchedOn(best) });
        }
        return findings;
    }

    /// <summary>Every pair of statements from different sources that are one statement, within a language and across.</summary>
    private List<Match> Matches(List<AttributionClaim> statements)
    {
        var matches = new List<Match>();
        // Every match pairs statements of two sources (by words, by a short saying's wording, across languages): a story whose
        // statements all come from one source has none, and its indexes are not built.
        if (!FromTwoSources(statements)) return matches;
        // Each statement's words as sorted numbers, its source as a number: the test most candidates fail stays in cache.
        var numbers = TakeNumbers(ref wordNumbersOfThread);
        var wordIds = statements.Select(s => Numbered(s.Text.Words, numbers)).ToArray();
        var words = new StatementIndex(wordIds, numbers.Count, _ => true, rule.IndexCap);
        var sourceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var source = statements.Select(s => sourceIds.TryGetValue(s.SourceId, out var n) ? n : sourceIds[s.SourceId] = sourceIds.Count).ToArray();
        var language = statements.Select(s => s.Language).ToArray();
        var fraction = Math.Min(rule.Jaccard, rule.Containment);
        for (var a = 0; a < statements.Count; a++)
        {
            var x = wordIds[a];
            // Jaccard or containment above the lower threshold needs at least that share of the smaller statement's words.
            var needed = Math.Max(rule.MinShared, (int)Math.Ceiling(fraction * x.Length));
            foreach (var b in words.Candidates(a, needed))
            {
                var y = wordIds[b];
                // Each pair once, from its smaller statement: the count asked for is the smaller one's.
                if (y.Length < x.Length || (y.Length == x.Length && b < a)) continue;
                if (source[a] == source[b] || language[a] != language[b] || SharedCount(x, y) < needed) continue;
                // Two reported statements that name different people or places are two statements: wire copy repeats
                // "X is issuing 100 mln Swiss francs of notes" for every issuer.
                if (statements[a].Attribution.Reported && statements[b].Attribution.Reported && !SameNames(statements[a].Text, statements[b].Text)) continue;
                if (SameLanguageScore(statements[a].Text, statements[b].Text) is { } score) matches.Add(new Match(Math.Min(a, b), Math.Max(a, b), score.Value, null, score.Shared));
            }
        }
        matches.AddRange(ShortSayingMatches(statements, source));
        // Each pair of languages once, the one of the smaller code first: its statements are looked up in an index of the other's.
        var languages = language.Distinct().OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        // The concepts are numbered only for a story of two languages, the only one that reads them: numbering them for every
        // story hashed each statement's concepts into a dictionary and made an array of them that nothing read.
        var conceptNumbers = TakeNumbers(ref conceptNumbersOfThread);
        var shareable = languages.Count < 2 ? [] : statements.Select(s => Numbered(s.Text.Concepts, conceptNumbers)).ToArray();
        foreach (var (first, second) in languages.SelectMany((l, i) => languages.Skip(i + 1).Select(m => (l, m))))
        {
            var concepts = new StatementIndex(shareable, conceptNumbers.Count, i => language[i] == second, rule.IndexCap);
            var across = $"{first.Name} and {second.Name}";
            for (var a = 0; a < statements.Count; a++)
            {
                if (language[a] != first) continue;
                foreach (var b in concepts.Candidates(a, rule.CrossShared))
                    if (statements[b].SourceId != statements[a].SourceId && Near(statements[a], statements[b])
                        && CrossLanguageScore(statements[a].Text, statements[b].Text) is { } score)
                        matches.Add(new Match(Math.Min(a, b), Math.Max(a, b), score.Value, across, score.Shared));
            }
        }
        matches.Sort((p, q) => p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        GiveBack(numbers, ref wordNumbersOfThread);
        GiveBack(conceptNumbers, ref conceptNumbersOfThread);
        return matches;
    }

    /// <summary>
    /// The dictionaries that number a story's words and concepts, one pair a thread, emptied for each story: made for every
    /// story of several sources and grown by doubling, their entries were 15 MB over the bench corpus. Taken while in use
    /// (a nested use gets its own) and let go past <see cref="KeptNumbers"/> features, so a huge story's are not held.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, int>? wordNumbersOfThread, conceptNumbersOfThread;

    private const int KeptNumbers = 4096;

    private static Dictionary<string, int> TakeNumbers(ref Dictionary<string, int>? kept)
    {
        var numbers = kept ?? new Dictionary<string, int>(StringComparer.Ordinal);
        kept = null;
        return numbers;
    }

    private static void GiveBack(Dictionary<string, int> numbers, ref Dictionary<string, int>? kept)
    {
        if (numbers.Count > KeptNumbers) return;
        numbers.Clear();
        kept = numbers;
    }

    /// <summary>True when the statements come from two sources or more: only then can two of them match.</summary>
    private static bool FromTwoSources(IEnumerable<AttributionClaim> statements)
    {
        string? first = null;
        foreach (var statement in statements)
        {
            first ??= statement.SourceId;
            if (statement.SourceId != first) return true;
        }
        return false;
    }

    /// <summary>A statement with too few content words for the word test, but long enough to be told by its whole wording.</summary>
    private bool IsShortSaying(StatementText text) => text.Words.Length < rule.MinWords && text.Words.Length >= 2 && text.Length >= rule.MinSayingWords;

    /// <summary>
    /// Short sayings of two sources that are one saying: the same content words, and their whole wording alike. Only
    /// statements with the same content words are paired, so the work stays linear.
    /// </summary>
    private IEnumerable<Match> ShortSayingMatches(List<AttributionClaim> statements, int[] source)
    {
        var groups = Enumerable.Range(0, statements.Count).Where(i => IsShortSaying(statements[i].Text))
            .GroupBy(i => statements[i].Language.Code + ":" + string.Join(' ', statements[i].Text.Words), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToList();
            for (var x = 0; x < members.Count; x++)
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (source[a] == source[b]) continue;
                    var (p, q) = (statements[a].Text, statements[b].Text);
                    var shared = Common(p.Wording, q.Wording).Length;
                    var wording = (double)shared / (p.Wording.Length + q.Wording.Length - shared);
                    if (wording >= rule.SayingWording) yield return new Match(Math.Min(a, b), Math.Max(a, b), wording, null, p.Words);
                }
        }
    }

    /// <summary>
    /// Each feature's number (the next one for a feature not met before), sorted. A loop and one array: a select, an order and
    /// their copies made for every statement were more than half of the CPU of finding the matches (perf of the bench corpus).
    /// </summary>
    private static int[] Numbered(ImmutableArray<string> features, Dictionary<string, int> numbers)
    {
        var numbered = new int[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, features[i], out var known);
            if (!known) number = numbers.Count - 1;
            numbered[i] = number;
        }
        Array.Sort(numbered);
        return numbered;
    }

    private static bool SameNames(StatementText x, StatementText y) =>
        x.Concepts.Where(c => c.StartsWith("n:", StringComparison.Ordinal)).SequenceEqual(y.Concepts.Where(c => c.StartsWith("n:", StringComparison.Ordinal)));

    /// <summary>Whether two sources are dated close enough for a match across languages (an undated source always is).</summary>
    private bool Near(AttributionClaim x, AttributionClaim y) =>
        x.Claim.Mention.Sentence.Source.Date is not { } a || y.Claim.Mention.Sentence.Source.Date is not { } b
        || Math.Abs(a.Midpoint.DayNumber - b.Midpoint.DayNumber) <= rule.CrossLanguageDays;

    /// <summary>Jaccard or containment of the content words, whichever is higher, when it reaches the rule's threshold.</summary>
    internal (double Value, ImmutableArray<string> Shared)? SameLanguageScore(StatementText x, StatementText y)
    {
        var shared = Common(x.Words, y.Words);
        if (shared.Length < rule.MinShared || !FiguresAgree(x.Figures, y.Figures)) return null;
        var jaccard = (double)shared.Length / (x.Words.Length + y.Words.Length - shared.Length);
        var containment = (double)shared.Length / Math.Min(x.Words.Length, y.Words.Length);
        if (jaccard < rule.Jaccard && containment < rule.Containment) return null;
        return (Math.Max(jaccard, containment), shared);
    }

    /// <summary>How many words both sorted arrays hold: the cheap test most candidates fail.</summary>
    private static int SharedCount(int[] x, int[] y)
    {
        int i = 0, j = 0, count = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { count++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return count;
    }

    /// <summary>The words both sorted arrays hold.</summary>
    private static ImmutableArray<string> Common(ImmutableArray<string> x, ImmutableArray<string> y)
    {
        var common = ImmutableArray.CreateBuilder<string>();
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var order = string.CompareOrdinal(x[i], y[j]);
            if (order == 0) { common.Add(x[i]); i++; j++; }
            else if (order < 0) i++;
            else j++;
        }
        return common.ToImmutable();
    }

    /// <summary>Shared concepts over the shorter statement's content words, when enough are shared.</summary>
    internal (double Value, ImmutableArray<string> Shared)? CrossLanguageScore(StatementText x, StatementText y)
    {
        var shared = Common(x.Concepts, y.Concepts);
        if (shared.Length < rule.CrossShared || !FiguresAgree(x.Figures, y.Figures)) return null;
        // A name or figure anchors the match to one story, and two shared words say it is one statement about it.
        var anchors = shared.Count(c => !c.StartsWith("c:", StringComparison.Ordinal));
        if (anchors == 0 || shared.Length - anchors < 2) return null;
        var overlap = (double)shared.Length / Math.Min(x.Words.Length, y.Words.Length);
        var ofLonger = (double)shared.Length / Math.Max(x.Words.Length, y.Words.Length);
        return overlap >= rule.CrossOverlap && ofLonger >= rule.CrossOverlapOfLonger ? (overlap, shared) : null;
    }

    /// <summary>Different figures make different statements; a statement without figures may quote one with them.</summary>
    private static bool FiguresAgree(ImmutableArray<string> x, ImmutableArray<string> y) =>
        x.IsEmpty || y.IsEmpty || (x.Length <= y.Length ? x.All(y.Contains) : y.All(x.Contains));

    /// <summary>
    /// Whether two speakers cannot both be the one who made a statement: two different speakers, or one speaker that one
    /// source gives the words to and another says did not say them. Two denials, or a denial and another speaker, agree.
    /// </summary>
    internal static bool SpeakersConflict(Speaker a, Speaker b) =>
        a.Denied || b.Denied ? a.Denied != b.Denied && SameSide(a with { Denied = false }, b with { Denied = false }) : DifferentSpeakers(a, b);

    private static bool DifferentSpeakers(Speaker a, Speaker b) => (a.Kind, b.Kind) switch
    {
        (SpeakerKind.Named, SpeakerKind.Named) => !SpeakerNames.Same(a.Name, b.Name),
        (SpeakerKind.Role, SpeakerKind.Role) => a.Name != b.Name,
        (SpeakerKind.Named or SpeakerKind.Role, SpeakerKind.Anonymous) or (SpeakerKind.Anonymous, SpeakerKind.Named or SpeakerKind.Role) => true,
        _ => false,
    };

    /// <summary>The statements of a group split by speaker, then only the sides in conflict with a side of another source.</summary>
    private static List<List<AttributionClaim>> Sides(List<AttributionClaim> members)
    {
        var sides = new List<List<AttributionClaim>>();
        foreach (var claim in members.OrderBy(c => c.SourceId, StringComparer.Ordinal).ThenBy(c => c.Claim.Mention.Span.Start))
        {
            var side = sides.Find(s => SameSide(s[0].Speaker, claim.Speaker));
            if (side is null) sides.Add(side = []);
            side.Add(claim);
        }
        return [.. sides.Where(s => sides.Exists(o => o != s && SpeakersConflict(o[0].Speaker, s[0].Speaker)
            && !o.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal).SetEquals(s.Select(c => c.SourceId))))];
    }

    private static bool SameSide(Speaker a, Speaker b) =>
        a.Denied == b.Denied && a.Kind == b.Kind && (a.Kind == SpeakerKind.Anonymous || (a.Kind == SpeakerKind.Named ? SpeakerNames.Same(a.Name, b.Name) : a.Name == b.Name));

    private static string Message(string subject, ImmutableArray<ValueGroup> values, Match best)
    {
        // "given to Edmund Burke (2 sources) and denied for Edmund Burke (1 source)": a denial is a status, not a speaker.
        var anyDenied = values.Any(v => v.Claims[0] is AttributionClaim { Speaker.Denied: true });
        var sides = anyDenied
            ? string.Join(" and ", values.Select(v => v.Claims[0] is AttributionClaim { Speaker: { Denied: true } denied }
                ? $"denied for {(denied with { Denied = false }).Display} ({Sources(v)})"
                : $"given to {v.Display} ({Sources(v)})"))
            : "given to " + string.Join(" and to ", values.Select(v => $"{v.Display} ({Sources(v)})"));
        var basis = best.CrossLanguage
            ? $" Matched across {best.Across} by {string.Join(", ", best.Shared.Select(Readable))} (overlap {best.Score.ToString("0.00", CultureInfo.InvariantCulture)})."
            : $" Same words: {best.Score.ToString("0.00", CultureInfo.InvariantCulture)}.";
        return $"“{subject}” is {sides}.{basis}";
    }

    /// <summary>"same words 0.82", or the concepts a match across languages shares: what the statements were matched on.</summary>
    private static string MatchedOn(Match best) => best.CrossLanguage
        ? string.Join(", ", best.Shared.Select(Readable))
        : "same words " + best.Score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Readable(string concept) => concept[0] == '#' ? concept[1..] : concept[(concept.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static string Sources(ValueGroup value)
    {
        var count = value.Claims.Select(c => c.SourceId).Distinct().Count();
        return count == 1 ? "1 source" : $"{count.ToString(CultureInfo.InvariantCulture)} sources";
    }

    /// <summary>Union-find over statement indexes.</summary>
    private sealed class DisjointSets(int count)
    {
        private readonly int[] parent = [.. Enumerable.Range(0, count)];

        public int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        public void Union(int a, int b)
        {
            var (x, y) = (Find(a), Find(b));
            if (x != y) parent[Math.Max(x, y)] = Math.Min(x, y);
        }
    }
}
