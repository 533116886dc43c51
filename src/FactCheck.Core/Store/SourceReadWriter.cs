using FactCheck.Binding;
using FactCheck.Frames;
using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Sources;

namespace FactCheck.Store;

/// <summary>
/// Writes what the per-source stages read of one file (<see cref="SourceRead"/>): the document, its story profile and its
/// framed claims with their mentions, sentences and frames. What many claims share is written once and then referred to
/// by number, in the order it is first met (<see cref="SourceReadReader"/> numbers it alike): the prose blocks, the
/// sentences, the mentions (a restatement, a quotation's speaker or a count's date is a mention another one refers to)
/// and the places with their containers. The language pack is its number among the run's (<see cref="LanguagePacks"/>):
/// a store is read only with the configuration it was written with (<see cref="StoreFingerprint"/>).
/// </summary>
internal sealed class SourceReadWriter(StoreWriter output, LanguagePacks languages)
{
    private readonly Dictionary<ProseBlock, int> blocks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Sentences.Sentence, int> sentences = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Mention, int> mentions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Place, int> places = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when every mention of <paramref name="read"/> is of a kind FactCheck ships: a library's own kind is not stored.</summary>
    public static bool CanWrite(SourceRead read) =>
        read.Claims.All(c => c.Claim.Mention is MoneyMention or QuantityMention or PercentageMention or DurationMention or DateMention or PlaceMention or AttributionMention);

    /// <summary>
    /// How many bytes the store held once the last read written was written up to its profile: what a reader of the
    /// profile alone (<see cref="SourceReadReader.Read"/>'s profileOnly) needs.
    /// </summary>
    public long ProfileLength { get; private set; }

    /// <summary>Writes <paramref name="read"/>, its text too unless <paramref name="withText"/> is false (a cache entry keyed by the text).</summary>
    public void Write(SourceRead read, bool withText)
    {
        Document(read.Document, withText);
        output.Bool(read.MayFindAlone);
        output.Int(read.SentenceCount);
        var profile = read.Profile;
        var features = profile.Features;
        output.Int(features.Length);
        for (var k = 0; k < features.Length; k++)
        {
            var feature = features[k];
            output.Int((int)feature.Kind);
            output.String(feature.Key);
            output.Int(feature.Count);
            output.String(feature.Display);
        }
        ProfileLength = output.Position;
        output.Bool(read.ClaimsRead);
        if (!read.ClaimsRead) return;
        output.Int(read.MentionCount);
        output.Int(read.Claims.Length);
        foreach (var framed in read.Claims)
        {
            Claim(framed.Claim);
            Frame(framed.Frame);
        }
    }

    private void Document(SourceDocument document, bool withText)
    {
        output.String(document.Id);
        output.Bool(withText);
        if (withText) output.Text(document.Text);
        output.Int(Language(document.Language));
        output.Bool(document.LanguageDeclared);
        Date(document.Date);
        output.String(document.Title);
        output.String(document.Outlet);
        output.Int((int)document.Role);
        output.Int(document.ProseBlocks.Length);
        foreach (var block in document.ProseBlocks) Block(block);
        output.Int(document.Directives.Length);
        foreach (var directive in document.Directives)
        {
            output.Int((int)directive.Kind);
            output.Int(directive.Rules.Length);
            foreach (var rule in directive.Rules) output.String(rule);
            output.Int(directive.Span.Start);
            output.Int(directive.Span.End);
            output.Int(directive.Line);
        }
        output.Int(document.Warnings.Length);
        foreach (var warning in document.Warnings)
        {
            output.String(warning.Path);
            output.Int(warning.Line);
            output.String(warning.Message);
        }
    }

    private int Language(LanguagePack pack)
    {
        var index = languages.All.IndexOf(pack);
        return index >= 0 ? index : throw new InvalidOperationException($"The language pack {pack.Code} is not among the run's.");
    }

    private void Date(Inputs.SourceDate? date)
    {
        output.Bool(date is not null);
        if (date is null) return;
        output.Signed(date.Year);
        output.Int(date.Month);
        output.Int(date.Day);
        output.Int((int)date.Origin);
    }

    // A block is written whole where it is first met, and by number after that (Ref).
    private void Block(ProseBlock block)
    {
        if (Ref(blocks, block)) return;
        output.Text(block.Text);
        var (prose, original, wide) = block.Map.Runs;
        output.Ints(prose);
        output.Ints(original);
        output.Ints(wide);
        blocks[block] = blocks.Count;
    }

    private void Sentence(Sentences.Sentence sentence)
    {
        if (Ref(sentences, sentence)) return;
        Block(sentence.Block);
        output.Int(sentence.Start);
        output.Int(sentence.End);
        output.Bool(sentence.IsPiece);
        sentences[sentence] = sentences.Count;
    }

    /// <summary>Writes the number of <paramref name="item"/> + 1 when it was written before, and true; else 0, and false.</summary>
    private bool Ref<T>(Dictionary<T, int> table, T item) where T : notnull
    {
        if (table.TryGetValue(item, out var number))
        {
            output.Int(number + 1);
            return true;
        }
        output.Int(0);
        return false;
    }

    private void Claim(Claim claim)
    {
        Mention(claim.Mention);
        output.String(claim.Subject);
        output.String(claim.Attribute);
        output.Bool(claim.SubjectWord is not null);
        if (claim.SubjectWord is { } word)
        {
            output.Signed(word.Start.IsFromEnd ? ~word.Start.Value : word.Start.Value);
            output.Signed(word.End.IsFromEnd ? ~word.End.Value : word.End.Value);
        }
        output.Bool(claim.Speaker is not null);
        if (claim.Speaker is { } speaker)
        {
            output.String(speaker.Name);
            output.Int((int)speaker.Kind);
            output.String(speaker.Note);
            output.Bool(speaker.Denied);
        }
    }

    private void Frame(ClaimFrame frame)
    {
        output.Bool(frame.Measure is not null);
        if (frame.Measure is { } measure)
        {
            output.String(measure.Key);
            output.String(measure.Written);
            output.Int((int)measure.Origin);
        }
        output.Bool(frame.Holder is not null);
        if (frame.Holder is { } holder)
        {
            output.String(holder.Name);
            output.String(holder.Key);
            output.Int(holder.Others.Length);
            foreach (var other in holder.Others) output.String(other);
            output.Bool(holder.Sure);
            output.String(holder.Target);
            output.Bool(holder.Inside);
        }
        var scope = frame.Scope;
        output.Bool(scope.Time is not null);
        if (scope.Time is { } time)
        {
            output.String(time.Written);
            Span(time.Span);
            output.String(time.SourceId);
        }
        output.String(scope.Basis);
        output.Bool(scope.IsPart);
        output.String(scope.Round);
        output.Int((int)frame.Status);
        output.String(frame.CountedIn);
        output.String(frame.Occurrence);
    }

    private void Span(DateSpan? span)
    {
        output.Bool(span is not null);
        if (span is null) return;
        output.Date(span.First);
        output.Date(span.Last);
        output.Int((int)span.Unit);
        output.Int((int)span.Part);
        output.Date(span.PeriodStart);
        Span(span.Through);
    }

    /// <summary>A mention that may be missing (a restatement, a count's date).</summary>
    private void OptionalMention(Mention? mention)
    {
        output.Bool(mention is not null);
        if (mention is not null) Mention(mention);
    }

    private void Mention(Mention mention)
    {
        if (Ref(mentions, mention)) return;
        var writer = new MentionFieldWriter(output, OptionalMention, Place);
        Sentence(mention.Sentence);
        output.Int(mention.Start);
        output.Int(mention.End);
        writer.Write(mention);
        mentions[mention] = mentions.Count;
    }

    private void Place(Place place)
    {
        if (Ref(places, place)) return;
        output.Bool(place.Parent is not null);
        if (place.Parent is { } parent) Place(parent);
        output.String(place.Id);
        output.String(place.Name);
        output.Int(place.Names.Count);
        foreach (var (language, name) in place.Names)
        {
            output.String(language);
            output.String(name);
        }
        output.Int((int)place.Kind);
        output.String(place.Country);
        output.Bool(place.Ambiguous);
        places[place] = places.Count;
    }
}
