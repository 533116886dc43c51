using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Inputs;
using FactCheck.Normalization;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Alignment;

/// <summary>
/// The Alignment stage: within each story, finds the claims of different sources that state one fact. Claims are blocked
/// by kind and measure (so the work grows with the claims of one measure in one story, not with the square of all claims),
/// every pair of a block from two sources is scored (<see cref="PairScore"/>), and a claim is aligned with the claims of
/// each other source that match it best, when they match it best in return: a source that gives a toll twice, an earlier
/// and a final one, is matched figure by figure. Aligned claims are grouped into <see cref="Fact"/>s.
/// </summary>
public sealed class ClaimAligner
{
    // A block this large is a measure every source of a long story repeats (a wire service's "shares" day after day):
    // only claims with the same holder are compared there, so that it stays linear.
    private const int LargestBlock = 300;

    private readonly FrameConcepts concepts;

    private ClaimAligner(FrameConcepts concepts) => this.concepts = concepts;

    /// <summary>The aligner with the shipped concepts.</summary>
    public static ClaimAligner Default { get; } = new(FrameConcepts.Shipped);

    /// <summary>
    /// The claims of each story, with their facts, in story order, on the threads <paramref name="parallel"/> allows (by
    /// default every core; one for a few stories).
    /// </summary>
    public ImmutableArray<StoryClaims> Align(ImmutableArray<NormalizedClaim> claims, StoryMap stories, ParallelOptions? parallel = null)
    {
        var byStory = ByStory(claims, stories);
        var result = new StoryClaims[stories.Stories.Length];
        Parallel.For(0, stories.Stories.Length, Cores.For(parallel, stories.Stories.Length), i =>
        {
            var story = stories.Stories[i];
            result[i] = AlignStory(story, byStory.TryGetValue(story.Id, out var ofStory) ? ofStory.ToImmutable() : []);
        });
        return [.. result];
    }

    /// <summary>
    /// The facts of one story, from <paramref name="own"/>, its sources' claims in source order: what <see cref="Align"/>
    /// gives that story. A check that compares story by story (and lets each story's claims go after) calls it directly.
    /// </summary>
    public StoryClaims AlignStory(Story story, ImmutableArray<NormalizedClaim> own) =>
        new(story, own, story.Sources.Length > 1 || HasDraft(own) ? Facts(story, own) : []);

    /// <summary>
    /// The claims of each story, in their order. A source's claims come one after another, so its story is looked up once
    /// a run of them, not once a claim (a large check has hundreds of thousands).
    /// </summary>
    private static Dictionary<string, ImmutableArray<NormalizedClaim>.Builder> ByStory(ImmutableArray<NormalizedClaim> claims, StoryMap stories)
    {
        var byStory = new Dictionary<string, ImmutableArray<NormalizedClaim>.Builder>(StringComparer.Ordinal);
        var (source, into) = ("", (ImmutableArray<NormalizedClaim>.Builder?)null);
        foreach (var claim in claims)
        {
            if (into is null || !ReferenceEquals(claim.SourceId, source))
            {
                source = claim.SourceId;
                var story = stories.StoryOf(source)?.Id ?? "";
                if (!byStory.TryGetValue(story, out into)) byStory[story] = into = ImmutableArray.CreateBuilder<NormalizedClaim>();
            }
            into.Add(claim);
        }
        return byStory;
    }

    private ImmutableArray<Fact> Facts(Story story, ImmutableArray<NormalizedClaim> claims)
    {
        var facts = ImmutableArray.CreateBuilder<Fact>();
        var conversions = Conversions(claims);
        var bare = claims.Where(Bare).ToList();
        var blocks = Blocks(claims, conversions);
        var texts = new SourceWords();
        var storyWords = StoryEntity.Words(claims, texts);
        var storyRounds = StoryRounds.Of(claims);
        var storySides = StorySides.Of(claims, concepts, texts);
        foreach (var (_, block) in blocks)
        {
            // A block of one source, the most common, is skipped before its claims are made aligned claims.
            if (!Compared(block)) continue;
            var members = new List<AlignedClaim>(block.Count);
            foreach (var c in block) members.Add(new AlignedClaim(c) { StoryWords = storyWords, StoryRounds = storyRounds, StorySides = storySides });
            // A source that states the measure in one sentence only (once, or a place and the region it lies in) states it once;
            // its forecast of the measure is another figure ("will be built in Wiesbaden").
            foreach (var group in members.GroupBy(m => (m.Source, m.Frame.Status)))
            {
                var alone = OneSentence(group);
                foreach (var m in group) m.Alone = alone;
            }
            // A part of one source's claims (and no draft) has no pair to score: a long file restating one measure is
            // thousands of such parts, each quadratic for nothing.
            foreach (var (part, others) in Parts(members).Where(p => Compared(p.Part)))
                facts.AddRange(FactsOf(story, part, others));
        }
        // "Un fonds de 100 milliards de dollars. Un fonds de 100 milliards…": an amount without a currency is of anything,
        // except where its own source gives the same number with one for the fact.
        for (var f = 0; f < facts.Count; f++)
        {
            var joining = bare.Where(b => facts[f].Claims.Any(c => c.SourceId == b.SourceId && SameNumber(c, b))).ToList();
            if (joining.Count > 0) facts[f] = facts[f] with { Claims = [.. facts[f].Claims, .. joining] };
        }
        return facts.ToImmutable();
    }

    /// <summary>
    /// The claims aligned by measure, in blocks of one kind and measure family, ordered by kind and family (ordinal), each
    /// block's claims in story order. A dictionary of lists and a sort of the few keys: grouped, ordered twice and copied by
    /// LINQ, and each block made aligned claims before most were dropped as of one source, they were an eighth of the
    /// stage (perf, AOT, bench corpus).
    /// </summary>
    private List<((string Kind, string Key) Key, List<NormalizedClaim> Claims)> Blocks(ImmutableArray<NormalizedClaim> claims, HashSet<NormalizedClaim> conversions)
    {
        var byKey = new Dictionary<(string Kind, string Key), List<NormalizedClaim>>();
        foreach (var c in claims)
        {
            if (c.Frame.Measure is null || c.Claim.Mention.Kind.MatchedByItsRule || Bare(c) || conversions.Contains(c)) continue;
            var key = (c.Claim.Mention.Kind.Name, concepts.Family(c.Frame.Measure.Key));
            if (!byKey.TryGetValue(key, out var block)) byKey[key] = block = [];
            block.Add(c);
        }
        var blocks = new List<((string Kind, string Key) Key, List<NormalizedClaim> Claims)>(byKey.Count);
        foreach (var (key, block) in byKey) blocks.Add((key, block));
        blocks.Sort(static (a, b) => string.CompareOrdinal(a.Key.Kind, b.Key.Kind) is var kind and not 0 ? kind : string.CompareOrdinal(a.Key.Key, b.Key.Key));
        return blocks;
    }

    /// <summary>True when some pair of <paramref name="block"/> can be scored: claims of two sources, or of a draft.</summary>
    private static bool Compared(List<NormalizedClaim> block)
    {
        foreach (var c in block)
            if (c.Claim.Mention.Sentence.Source.Role == SourceRole.Draft || c.SourceId != block[0].SourceId) return true;
        return false;
    }

    /// <summary>An amount with no currency ("un fonds de 100 milliards"): a number of anything, too vague to align on.</summary>
    private static bool Bare(NormalizedClaim claim) => claim is Kinds.Money.MoneyClaim { Currency: null };

    private static bool SameNumber(NormalizedClaim a, NormalizedClaim b) =>
        a is Kinds.Money.MoneyClaim x && b is Kinds.Money.MoneyClaim y && x.Money.Low == y.Money.Low && x.Money.High == y.Money.High;

    /// <summary>
    /// The amounts written in brackets right after another amount of their sentence ("3,6 milliards d'euros (5,26 milliards
    /// $CAN)"): the same figure converted, one claim with it, checked as a conversion and never a side of its own.
    /// </summary>
    private static HashSet<NormalizedClaim> Conversions(ImmutableArray<NormalizedClaim> claims)
    {
        var found = new HashSet<NormalizedClaim>();
        // Sentence by sentence, amounts in reading order, the text read once: a sentence of thousands of amounts stays linear.
        foreach (var sentence in claims.OfType<Kinds.Money.MoneyClaim>().GroupBy(c => c.Claim.Mention.Sentence, ReferenceEqualityComparer.Instance))
        {
            // One amount alone in its sentence has no amount before it to convert: most sentences, nothing to build.
            if (sentence.TryGetNonEnumeratedCount(out var count) && count < 2) continue;
            var money = sentence.OrderBy(c => c.Claim.Mention.Start).ToList();
            var starting = money.GroupBy(c => c.Claim.Mention.Start).ToDictionary(g => g.Key, g => g.First());
            var ends = money.Select(c => c.Claim.Mention.End).ToHashSet();
            var text = money[0].Claim.Mention.Sentence.Text;
            var (scanned, open, after, onlyAmounts, converts) = (0, -1, 0, false, false);
            foreach (var claim in money)
            {
                var mention = claim.Claim.Mention;
                for (; scanned < mention.Start; scanned++)
                {
                    if (text[scanned] != '(') continue;
                    // A new bracket: is an amount right before it, and only amounts after it so far?
                    (open, after, onlyAmounts) = (scanned, scanned + 1, true);
                    var end = open;
                    while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
                    for (converts = false; end <= open && !converts; end++) converts = ends.Contains(end);
                }
                if (open < 0 || !converts) continue;
                if (onlyAmounts) (onlyAmounts, after) = OnlyAmountsBetween(text, after, mention.Start, starting);
                if (onlyAmounts) found.Add(claim);
            }
        }
        return found;
    }

    /// <summary>
    /// True when only amounts of the sentence and the separators of a list of conversions stand in <c>[from, to)</c>
    /// ("14bn euros ($18.34bn; £9.6bn)" gives the same figure twice converted), and where the next look may go on from.
    /// </summary>
    private static (bool Only, int Next) OnlyAmountsBetween(string text, int from, int to, Dictionary<int, Kinds.Money.MoneyClaim> starting)
    {
        var at = from;
        while (at < to)
        {
            if (char.IsWhiteSpace(text[at]) || text[at] is ';' or ',' or '/') { at++; continue; }
            if (!starting.TryGetValue(at, out var next) || next.Claim.Mention.End > to) return (false, at);
            at = next.Claim.Mention.End;
        }
        return (true, at);
    }

    /// <summary>
    /// The parts of a block whose claims are scored pair by pair, each with the claims its facts' alternates are looked for
    /// in. A block larger than <see cref="LargestBlock"/> is split by holder. A holder's part still larger (a file of
    /// thousands of paragraphs restating one fund) would be billions of pairs, and an array beyond the runtime's range: it
    /// is cut into parts of <see cref="LargestBlock"/> claims that take each source's claims in turn, so every part mixes
    /// the sources, and whose alternates come from the part itself.
    /// </summary>
    private static IEnumerable<(List<AlignedClaim> Part, List<AlignedClaim> Others)> Parts(List<AlignedClaim> members)
    {
        if (members.Count <= LargestBlock)
        {
            yield return (members, members);
            yield break;
        }
        foreach (var holder in members.Where(m => m.Frame.Holder is not null).GroupBy(m => m.Frame.Holder!.Key))
        {
            var part = holder.ToList();
            if (part.Count <= LargestBlock)
            {
                yield return (part, members);
                continue;
            }
            var inTurn = part.GroupBy(m => m.Source).SelectMany(source => source.Select((m, k) => (Claim: m, Turn: k)))
                .OrderBy(p => p.Turn).ThenBy(p => p.Claim.Source, StringComparer.Ordinal).Select(p => p.Claim).ToList();
            for (var from = 0; from < inTurn.Count; from += LargestBlock)
            {
                var cut = inTurn.GetRange(from, Math.Min(LargestBlock, inTurn.Count - from));
                yield return (cut, cut);
            }
        }
    }

    /// <summary>The facts of one block: mutual best matches between sources, joined where they share a claim.</summary>
    private IEnumerable<Fact> FactsOf(Story story, List<AlignedClaim> members, List<AlignedClaim> block)
    {
        var n = members.Count;
        var scores = new (AlignmentStrength Strength, double Score)[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (members[i].Source != members[j].Source || IsDraft(members[i]))
                    scores[i, j] = scores[j, i] = PairScore.Of(members[i], members[j], concepts);
        var parent = Enumerable.Range(0, n).ToArray();
        var anchored = new HashSet<int>();
        // The groups Joinable compares, listed again at each call into the same two lists.
        var sides = (new List<int>(), new List<int>());
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                if (scores[i, j].Strength == AlignmentStrength.Weak) continue;
                // Two claims of one draft that may be one fact: a draft contradicting itself is its writer's business.
                var mutual = members[i].Source == members[j].Source || (IsBest(scores, members, i, j) && IsBest(scores, members, j, i));
                if (!mutual || !Joinable(parent, members, scores, i, j, sides)) continue;
                parent[Find(parent, i)] = Find(parent, j);
                if (scores[i, j].Strength != AlignmentStrength.Strong) continue;
                anchored.Add(i);
                anchored.Add(j);
            }
        // A source's second figure for a fact its first was matched on joins it when it matches that fact best: a source
        // that gives 8 and then 9 for one count contradicts itself and the source that gives 8 ("initially 8" would be
        // another status, and another fact).
        // Loops, not a range, a filter and a sort a claim: a block's every claim asked them.
        for (var i = 0; i < n; i++)
        {
            if (InGroupWithOther(parent, i)) continue;
            var best = BestOfOtherSources(scores, members, i);
            if (best >= 0 && SourceJoined(parent, members, i, best) && Joinable(parent, members, scores, i, best, sides))
            {
                parent[Find(parent, i)] = Find(parent, best);
                if (scores[i, best].Strength == AlignmentStrength.Strong) anchored.Add(i);
            }
        }
        foreach (var group in Enumerable.Range(0, n).GroupBy(i => Find(parent, i)).Where(g => g.Count() > 1).OrderBy(g => g.Min()))
        {
            var claims = group.Select(i => members[i]).ToList();
            yield return new Fact(claims[0].Claim.Claim.Mention.Kind, story.Id, Labels.Subject(claims), Labels.Attribute(claims, concepts), [.. claims.Select(c => c.Claim)],
                Labels.MatchedOn(claims), group.Where(anchored.Contains).Select(i => members[i].Claim).ToFrozenSet())
            {
                Alternates = Alternates(claims, block),
            };
        }
    }

    /// <summary>
    /// True when no claim of <paramref name="i"/>'s group and none of <paramref name="j"/>'s are of two facts for sure (other
    /// status, holder, scope): a chain of good matches (the "non" and the turnout both given by one office) is no fact.
    /// </summary>
    private static bool Joinable(
        int[] parent, List<AlignedClaim> members, (AlignmentStrength Strength, double Score)[,] scores, int i, int j, (List<int> Left, List<int> Right) sides)
    {
        var (gi, gj) = (Find(parent, i), Find(parent, j));
        if (gi == gj) return true;
        var (left, right) = sides;
        left.Clear();
        right.Clear();
        for (var k = 0; k < members.Count; k++)
        {
            var root = Find(parent, k);
            if (root == gi) left.Add(k);
            else if (root == gj) right.Add(k);
        }
        foreach (var a in left)
            foreach (var b in right)
                if (scores[a, b].Score == PairScore.Never) return false;
        return true;
    }

    /// <summary>True when another claim is in <paramref name="i"/>'s group.</summary>
    private static bool InGroupWithOther(int[] parent, int i)
    {
        for (var k = 0; k < parent.Length; k++)
            if (k != i && Find(parent, k) == Find(parent, i)) return true;
        return false;
    }

    /// <summary>
    /// The claim of another source that <paramref name="i"/> matches best, not weakly (the first of equals), or -1.
    /// Compared as a sort by score compares (a NaN below any score), so that it picks what the sort picked.
    /// </summary>
    private static int BestOfOtherSources((AlignmentStrength Strength, double Score)[,] scores, List<AlignedClaim> members, int i)
    {
        var best = -1;
        for (var k = 0; k < members.Count; k++)
            if (members[k].Source != members[i].Source && scores[i, k].Strength != AlignmentStrength.Weak && (best < 0 || scores[i, k].Score.CompareTo(scores[i, best].Score) > 0))
                best = k;
        return best;
    }

    /// <summary>True when another claim of <paramref name="i"/>'s source is in <paramref name="best"/>'s group.</summary>
    private static bool SourceJoined(int[] parent, List<AlignedClaim> members, int i, int best)
    {
        for (var k = 0; k < members.Count; k++)
            if (k != i && members[k].Source == members[i].Source && Find(parent, k) == Find(parent, best)) return true;
        return false;
    }

    /// <summary>True when <paramref name="j"/> is among the claims of its source that best match <paramref name="i"/>.</summary>
    private static bool IsBest((AlignmentStrength Strength, double Score)[,] scores, List<AlignedClaim> members, int i, int j)
    {
        for (var k = 0; k < members.Count; k++)
            if (k != j && members[k].Source == members[j].Source && scores[i, k].Strength != AlignmentStrength.Weak && scores[i, k].Score > scores[i, j].Score) return false;
        return true;
    }

    /// <summary>The fact's sources' other figures of the measure, stated with another status (earlier, provisional, compared) and of a holder they share.</summary>
    private static ImmutableArray<NormalizedClaim> Alternates(List<AlignedClaim> fact, List<AlignedClaim> block)
    {
        var sources = fact.Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
        var status = fact[0].Frame.Status;
        return [.. block.Where(c => sources.Contains(c.Source) && c.Frame.Status != status && !fact.Contains(c)
            && fact.Exists(f => f.Source == c.Source && HolderMatch.Score(f.Frame.Holder, c.Frame.Holder, true, out _) is not null)).Select(c => c.Claim)];
    }

    /// <summary>True when the claims of <paramref name="group"/> (one at least) are all of one sentence.</summary>
    private static bool OneSentence(IEnumerable<AlignedClaim> group)
    {
        Sentences.Sentence? first = null;
        foreach (var claim in group)
        {
            var sentence = claim.Claim.Claim.Mention.Sentence;
            if (first is null) first = sentence;
            else if (!ReferenceEquals(sentence, first)) return false;
        }
        return true;
    }

    /// <summary>True when some pair of <paramref name="part"/> can be scored: claims of two sources, or of a draft.</summary>
    private static bool Compared(List<AlignedClaim> part) => part.Exists(IsDraft) || part.Exists(m => m.Source != part[0].Source);

    private static bool IsDraft(AlignedClaim claim) => claim.Claim.Claim.Mention.Sentence.Source.Role == SourceRole.Draft;

    private static bool HasDraft(ImmutableArray<NormalizedClaim> claims) => claims.Any(c => c.Claim.Mention.Sentence.Source.Role == SourceRole.Draft);

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
