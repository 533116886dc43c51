using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Frames;
using FactCheck.Inputs;
using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Place;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Store;

/// <summary>
/// Reads what <see cref="SourceReadWriter"/> wrote, numbering what is shared in the order it is met, as the writer did.
/// Every sentence refers to the one document read, so a read back holds the same graph the stages built.
/// </summary>
internal sealed class SourceReadReader(StoreReader input, LanguagePacks languages)
{
    private readonly List<ProseBlock> blocks = [];
    private readonly List<Sentences.Sentence> sentences = [];
    private readonly List<Mention> mentions = [];
    private readonly List<Place> places = [];
    private SourceDocument document = null!;

    /// <summary>
    /// The read of <paramref name="file"/> (by default the document's id) whose text hashed to <paramref name="hash"/>; the
    /// text is <paramref name="text"/> when one is given (the store's own is passed over) or the store holds none (a cache
    /// entry). With <paramref name="profileOnly"/>, what only the claims need is not read: the prose blocks (the document
    /// comes back without them) and the claims.
    /// </summary>
    public SourceRead Read(string? file, string hash, string? text, bool profileOnly = false)
    {
        document = Document(text, profileOnly);
        var mayFindAlone = input.Bool();
        var sentenceCount = input.Int();
        var features = new StoryFeature[input.Count()];
        for (var k = 0; k < features.Length; k++) features[k] = new StoryFeature(input.Enum<StoryFeatureKind>(), input.String(), input.Int(), input.String());
        var profile = new StoryProfile(document.Id, document.Language, document.Date, document.Role, StoryFeatures.Of(features));
        var read = new SourceRead(file ?? document.Id, document.Role, hash, document, profile, mayFindAlone, sentenceCount);
        if (profileOnly || !input.Bool()) return read;
        var mentionCount = input.Int();
        var claims = ImmutableArray.CreateBuilder<FramedClaim>();
        for (var n = input.Count(); n > 0; n--) claims.Add(new FramedClaim(Claim(), Frame()));
        return read with { MentionCount = mentionCount, Claims = claims.DrainToImmutable(), ClaimsRead = true };
    }

    private SourceDocument Document(string? known, bool withoutProse)
    {
        var id = input.String();
        var stored = input.Bool();
        if (stored && known is not null) input.SkipText();
        var text = known ?? (stored ? input.Text() : throw new InvalidDataException("a store without its text"));
        var languageIndex = input.Int();
        var language = languageIndex < languages.All.Length ? languages.All[languageIndex] : throw new InvalidDataException("a language the run does not have");
        var declared = input.Bool();
        var date = Date();
        var title = input.OptionalString();
        var outlet = input.OptionalString();
        var role = input.Enum<SourceRole>();
        var prose = ImmutableArray.CreateBuilder<ProseBlock>();
        for (var n = input.Count(); n > 0; n--)
        {
            if (!withoutProse) prose.Add(Block());
            else if (input.Int() == 0)
            {
                input.SkipText();
                for (var map = 0; map < 3; map++) input.SkipInts();
            }
        }
        var directives = ImmutableArray.CreateBuilder<SilenceDirective>();
        for (var n = input.Count(); n > 0; n--)
        {
            var kind = input.Enum<SilenceKind>();
            var rules = ImmutableArray.CreateBuilder<string>();
            for (var r = input.Count(); r > 0; r--) rules.Add(input.String());
            directives.Add(new SilenceDirective(kind, rules.DrainToImmutable(), new SourceSpan(input.Int(), input.Int()), input.Int()));
        }
        var warnings = ImmutableArray.CreateBuilder<UserError>();
        for (var n = input.Count(); n > 0; n--) warnings.Add(new UserError(input.String(), input.OptionalInt(), input.String()));
        return new SourceDocument(id, text, language, declared, date, title, outlet, role, prose.DrainToImmutable())
        {
            Directives = directives.DrainToImmutable(), Warnings = warnings.DrainToImmutable(),
        };
    }

    private SourceDate? Date() => input.Bool() ? new SourceDate(input.Signed(), input.OptionalInt(), input.OptionalInt(), input.Enum<DateOrigin>()) : null;

    /// <summary>The item numbered by the reference just read, or null when the item itself follows (<see cref="SourceReadWriter"/>'s Ref).</summary>
    private T? Known<T>(List<T> table) where T : class
    {
        var number = input.Int();
        return number == 0 ? null : number - 1 < table.Count ? table[number - 1] : throw new InvalidDataException("a reference to nothing");
    }

    private ProseBlock Block()
    {
        if (Known(blocks) is { } known) return known;
        var (text, prose, original, wide) = (input.Text(), input.Ints(), input.Ints(), input.Ints());
        // A map whose runs do not line up would fail far from here, in a later stage: it is damage, found now.
        if (prose.Length != original.Length || (wide.Length != 0 && wide.Length != prose.Length))
            throw new InvalidDataException("a prose block's map is damaged");
        var block = new ProseBlock(text, new SourceMap(prose, original, wide));
        blocks.Add(block);
        return block;
    }

    private Sentences.Sentence Sentence()
    {
        if (Known(sentences) is { } known) return known;
        var block = Block();
        var (start, end) = (input.Int(), input.Int());
        if (end > block.Text.Length || start > end) throw new InvalidDataException("a sentence outside its block");
        var sentence = new Sentences.Sentence(document, block, start, end) { IsPiece = input.Bool() };
        sentences.Add(sentence);
        return sentence;
    }

    private Mention? OptionalMention() => input.Bool() ? Mention() : null;

    private Mention Mention()
    {
        if (Known(mentions) is { } known) return known;
        var sentence = Sentence();
        var (start, end) = (input.Int(), input.Int());
        if (end > sentence.Text.Length || start > end) throw new InvalidDataException("a mention outside its sentence");
        var mention = new MentionFieldReader(input, OptionalMention, Place).Read(sentence, start, end);
        mentions.Add(mention);
        return mention;
    }

    private Place Place()
    {
        if (Known(places) is { } known) return known;
        var parent = input.Bool() ? Place() : null;
        var id = input.String();
        var name = input.String();
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var n = input.Count(); n > 0; n--) names[input.String()] = input.String();
        var place = new Place(id, name, names.ToImmutable(), input.Enum<PlaceType>(), input.OptionalString(), parent, input.Bool());
        places.Add(place);
        return place;
    }

    private Claim Claim()
    {
        var mention = Mention();
        var claim = new Claim(mention, input.OptionalString(), input.OptionalString());
        if (input.Bool()) claim = claim with { SubjectWord = new Range(Index(input.Signed()), Index(input.Signed())) };
        if (input.Bool()) claim = claim with { Speaker = new Speaker(input.String(), input.Enum<SpeakerKind>(), input.OptionalString()) { Denied = input.Bool() } };
        return claim;
    }

    private static Index Index(int value) => value < 0 ? new Index(~value, fromEnd: true) : new Index(value);

    private ClaimFrame Frame()
    {
        var measure = input.Bool() ? new FrameMeasure(input.String(), input.String(), input.Enum<MeasureOrigin>()) : null;
        FrameHolder? holder = null;
        if (input.Bool())
        {
            var (name, key) = (input.String(), input.String());
            var others = ImmutableArray.CreateBuilder<string>();
            for (var n = input.Count(); n > 0; n--) others.Add(input.String());
            holder = new FrameHolder(name, key, others.DrainToImmutable()) { Sure = input.Bool(), Target = input.OptionalString(), Inside = input.Bool() };
        }
        var time = input.Bool() ? new FrameTime(input.String(), Span(), input.String()) : null;
        var scope = new FrameScope(time, input.OptionalString(), input.Bool(), input.OptionalString());
        return new ClaimFrame(measure, holder, scope.Equals(FrameScope.None) ? FrameScope.None : scope, input.Enum<ClaimStatus>())
        {
            CountedIn = input.OptionalString(), Occurrence = input.OptionalString(),
        };
    }

    private DateSpan? Span()
    {
        if (!input.Bool()) return null;
        var (first, last, unit, part, periodStart) = (input.Date(), input.Date(), input.Enum<DateUnit>(), input.Enum<DatePart>(), input.Date());
        return new DateSpan(first, last, unit, part) { PeriodStart = periodStart, Through = Span() };
    }
}
