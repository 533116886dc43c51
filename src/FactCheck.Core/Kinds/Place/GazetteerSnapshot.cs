using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using System.Text.Unicode;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The shipped gazetteer's tables as building them from <c>places.yml</c> and GeoNames' rows leaves them, written by
/// the tests' <c>GazetteerSnapshotWriter</c> into <c>Kinds/Place/Data/gazetteer.snapshot</c> and read where they lie: a lookup
/// hashes the folded key's UTF-8 bytes and probes a table of numbers, and a place and its names become objects when a
/// lookup first returns them. Building the tables on every run took 80–110 ms of CPU and 20 MB of fresh memory, most of a
/// one-article check; reading the snapshot copies it once and allocates almost nothing else. A test builds the tables from
/// the sources, writes them and compares the bytes with the shipped snapshot, so the two cannot drift apart.
/// </summary>
internal sealed unsafe class GazetteerSnapshot : GazetteerTables
{
    /// <summary>Where the snapshot is embedded, and where it lies in the source tree under src/FactCheck.Core.</summary>
    internal const string Path = "Kinds/Place/Data/gazetteer.snapshot";

    internal const int Version = 2;

    /// <summary>
    /// The sections after the header, in order, each a run of records of <see cref="Widths"/> little-endian int32s. A string
    /// is the offset in the text that ends the file of its UTF-8 bytes, written after their length (7 bits a byte).
    /// </summary>
    internal enum Section
    {
        /// <summary>(id, name, country or -1, parent or -1, type | ambiguous &lt;&lt; 8 | other names &lt;&lt; 16, first other name).</summary>
        Places,

        /// <summary>(language, name): a place's names in other languages, in the order of its sorted dictionary.</summary>
        PlaceLanguages,

        /// <summary>(first member, how many): a set of language codes a name is written in.</summary>
        LanguageSets,

        /// <summary>The language codes (strings) of the sets.</summary>
        LanguageMembers,

        /// <summary>(key, hash, first place name | how many &lt;&lt; 24): a folded name and the places it may be.</summary>
        Names,

        /// <summary>place | (language set + 1, 0 for every language) &lt;&lt; 20 | initialism &lt;&lt; 30.</summary>
        PlaceNames,

        /// <summary>The open-addressed table of <see cref="Names"/> by hash: a name's number + 1 with its hash's tag (<see cref="Bucket"/>), or 0.</summary>
        NameBuckets,

        /// <summary>(first word, hash, words of the longest name starting with it).</summary>
        FirstWords,

        /// <summary>The table of <see cref="FirstWords"/> by hash, as <see cref="NameBuckets"/>.</summary>
        FirstWordBuckets,

        /// <summary>The table of the places that have an id, by the hash of their id: a place's number + 1 with the tag, or 0.</summary>
        IdBuckets,

        /// <summary>The folded first words (strings) of the names that start with a lower-case word.</summary>
        LowerCaseFirstWords,
    }

    /// <summary>How many int32s a record of each <see cref="Section"/> has.</summary>
    internal static readonly int[] Widths = [6, 2, 2, 1, 3, 1, 1, 3, 1, 1, 1];

    /// <summary>The largest numbers the packed fields hold: places and language sets of a place name, names of a key.</summary>
    internal const int MaxPlaces = 1 << 20, MaxLanguageSets = (1 << 10) - 1, MaxNamesOfKey = 255, MaxPlaceNames = 1 << 24;

    /// <summary>"FCGZ", the version, how many places have an id, each section's record count, the text's length in bytes.</summary>
    internal static int HeaderBytes => 4 + 4 + 4 + Widths.Length * 4 + 4;

    internal static ReadOnlySpan<byte> Magic => "FCGZ"u8;

    // The longest key or id looked up, in characters: PlaceText.Key cuts every name it folds at this length.
    private const int LongestKey = 256;

    // Where the bytes lie: in the library's own image for the shipped snapshot (read where the loader mapped it, so that
    // nothing is copied and only the pages a check's lookups touch are ever read), or in an array.
    private readonly byte* start;
    private readonly int length;
    private readonly byte[]? array;
    private readonly int[] starts = new int[Widths.Length];
    private readonly int[] counts = new int[Widths.Length];
    private readonly int text;
    private readonly int ids;
    private readonly Place?[] places;
    private readonly PlaceName[]?[] names;
    private readonly FrozenSet<string>[] languageSets;

    private GazetteerSnapshot(byte* start, int length, byte[]? array)
    {
        this.start = start;
        this.length = length;
        this.array = array;
        if (length < HeaderBytes || !Data[..4].SequenceEqual(Magic) || Int(4) != Version)
            throw new InvalidOperationException($"The shipped gazetteer snapshot {Path} is not one this build reads.");
        ids = Int(8);
        var at = HeaderBytes;
        for (var s = 0; s < Widths.Length; s++)
        {
            counts[s] = Int(12 + s * 4);
            starts[s] = at;
            at += counts[s] * Widths[s] * 4;
        }
        text = at;
        if (text + Int(HeaderBytes - 4) != length) throw new InvalidOperationException($"The shipped gazetteer snapshot {Path} is cut short.");
        if (counts[(int)Section.Places] > MaxPlaces) throw new InvalidOperationException($"The shipped gazetteer snapshot {Path} is not one this build reads.");
        places = new Place?[counts[(int)Section.Places]];
        names = new PlaceName[]?[counts[(int)Section.Names]];
        languageSets = new FrozenSet<string>[counts[(int)Section.LanguageSets]];
        for (var set = 0; set < languageSets.Length; set++)
        {
            var members = new string[Field(Section.LanguageSets, set, 1)];
            for (var m = 0; m < members.Length; m++) members[m] = String(Field(Section.LanguageMembers, Field(Section.LanguageSets, set, 0) + m, 0));
            languageSets[set] = members.ToFrozenSet(StringComparer.Ordinal);
        }
        var firsts = new string[counts[(int)Section.LowerCaseFirstWords]];
        for (var f = 0; f < firsts.Length; f++) firsts[f] = String(Field(Section.LowerCaseFirstWords, f, 0));
        HoldLowerCaseFirstWords(firsts);
    }

    /// <summary>The snapshot shipped in the library.</summary>
    public static GazetteerSnapshot Shipped()
    {
        using var stream = EmbeddedData.Open(Path);
        if (stream is UnmanagedMemoryStream image) return new GazetteerSnapshot(image.PositionPointer, checked((int)image.Length), null);
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return Of(bytes);
    }

    /// <summary>The snapshot in <paramref name="bytes"/> (as <c>GazetteerSnapshotWriter.Write</c> made them).</summary>
    internal static GazetteerSnapshot Of(byte[] bytes) => new(null, bytes.Length, bytes);

    private ReadOnlySpan<byte> Data => array ?? new ReadOnlySpan<byte>(start, length);

    public override int Count => ids;

    public override Place? Find(string id)
    {
        Span<byte> buffer = stackalloc byte[LongestKey * 3];
        if (Utf8Key(id, buffer) is not (>= 0 and var length)) return null;
        var key = buffer[..length];
        var buckets = counts[(int)Section.IdBuckets];
        var hash = HashOf(key);
        var tag = TagOf(hash);
        for (var slot = SlotOf(hash, buckets); ; slot = (slot + 1) & (buckets - 1))
        {
            var bucket = Field(Section.IdBuckets, slot, 0);
            if (bucket == 0) return null;
            if (NumberIn(bucket, tag) is not (>= 0 and var number)) continue;
            if (Bytes(Field(Section.Places, number, 0)).SequenceEqual(key)) return PlaceAt(number);
        }
    }

    public override PlaceName[]? Lookup(ReadOnlySpan<char> key) => NamesOf(Probe(Section.Names, Section.NameBuckets, key));

    /// <summary>
    /// The key's hash, or -1 for a span that cannot be a key; its bucket in the names' table is asked of the processor
    /// now. Most of the probe's own time was the wait for that bucket (perf annotate: two thirds of its samples on
    /// the instruction after the load), and the longest-name search tries several keys in a row, each waiting in turn.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public override long Prepare(ReadOnlySpan<char> key)
    {
        const Section buckets = Section.NameBuckets;
        Span<byte> buffer = stackalloc byte[LongestKey * 3];
        if (Utf8Key(key, buffer) is not (>= 0 and var length)) return -1;
        var hash = HashOf(buffer[..length]);
        // The shipped snapshot lies where the loader mapped it; one in an array (the tests') is not fetched ahead.
        if (Sse.IsSupported && array is null)
            Sse.Prefetch0(start + starts[(int)buckets] + SlotOf(hash, counts[(int)buckets]) * 4L);
        return (uint)hash;
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    public override PlaceName[]? Lookup(ReadOnlySpan<char> key, long prepared)
    {
        if (prepared < 0) return null;
        Span<byte> buffer = stackalloc byte[LongestKey * 3];
        if (Utf8Key(key, buffer) is not (>= 0 and var length)) return null;
        return NamesOf(Probe(Section.Names, Section.NameBuckets, buffer[..length], (int)prepared));
    }

    /// <summary>The names of record <paramref name="name"/> of <see cref="Section.Names"/>, made once; null for -1.</summary>
    private PlaceName[]? NamesOf(int name)
    {
        if (name < 0) return null;
        if (Volatile.Read(ref names[name]) is { } made) return made;
        var written = NamesAt(name);
        return Interlocked.CompareExchange(ref names[name], written, null) ?? written;
    }

    /// <summary>This snapshot's number among the tables whose answers a thread keeps (<see cref="RecentFirstWords"/>).</summary>
    private readonly int owner = RecentFirstWords.NewOwner();

    public override int LongestFrom(ReadOnlySpan<char> first)
    {
        if (RecentFirstWords.TryFind(owner, first, out var longest)) return longest;
        var word = Probe(Section.FirstWords, Section.FirstWordBuckets, first);
        longest = word < 0 ? 0 : Field(Section.FirstWords, word, 2);
        RecentFirstWords.Keep(owner, first, longest);
        return longest;
    }

    /// <summary>A bucket's low bits hold a record's number + 1, the others the <see cref="TagOf"/> of its key's hash.</summary>
    internal const int NumberBits = 20;

    private const int NumberMask = (1 << NumberBits) - 1;

    /// <summary>
    /// What a bucket holds for record <paramref name="number"/> of key hash <paramref name="hash"/>: a probe compares the
    /// tag and reads the record only when it is the key's. Most look-ups are of words that are no place ("The", "Minister"),
    /// and without the tag each went through two or three records, each read a wait on memory, before its empty slot.
    /// </summary>
    internal static int Bucket(int number, int hash) =>
        number + 1 is var value && value <= NumberMask ? value | (TagOf(hash) << NumberBits)
        : throw new ArgumentOutOfRangeException(nameof(number), "a gazetteer table holds at most 2^20 - 1 records");

    /// <summary>The low bits of a key's hash, which its bucket keeps beside its number.</summary>
    private static int TagOf(int hash) => hash & ((1 << (32 - NumberBits)) - 1);

    /// <summary>The record number a filled <paramref name="bucket"/> holds when its tag is <paramref name="tag"/>, else -1: another key's.</summary>
    private static int NumberIn(int bucket, int tag) => (int)((uint)bucket >> NumberBits) == tag ? (bucket & NumberMask) - 1 : -1;

    /// <summary>FNV-1a of <paramref name="bytes"/>: the writer places records by it and a lookup probes by it.</summary>
    internal static int HashOf(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return (int)hash;
    }

    /// <summary>The first slot to probe in a table of <paramref name="buckets"/> (a power of two) for <paramref name="hash"/>.</summary>
    internal static int SlotOf(int hash, int buckets) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - BitOperations.Log2((uint)buckets)));

    /// <summary>The number of the record of <paramref name="records"/> whose key is <paramref name="key"/>, or -1.</summary>
    /// <remarks>
    /// The key's buffer is not cleared first: only the bytes <see cref="Utf8Key"/> writes are read, and clearing its 768
    /// bytes at each of the two or three probes of every capitalized word was a cost of its own (perf: 0.1 % of the check).
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private int Probe(Section records, Section buckets, ReadOnlySpan<char> key)
    {
        Span<byte> buffer = stackalloc byte[LongestKey * 3];
        if (Utf8Key(key, buffer) is not (>= 0 and var length)) return -1;
        return Probe(records, buckets, buffer[..length], HashOf(buffer[..length]));
    }

    /// <summary>The number of the record of <paramref name="records"/> whose key's UTF-8 is <paramref name="bytes"/>, of hash <paramref name="hash"/>, or -1.</summary>
    private int Probe(Section records, Section buckets, ReadOnlySpan<byte> bytes, int hash)
    {
        var tag = TagOf(hash);
        var size = counts[(int)buckets];
        for (var slot = SlotOf(hash, size); ; slot = (slot + 1) & (size - 1))
        {
            var bucket = Field(buckets, slot, 0);
            if (bucket == 0) return -1;
            if (NumberIn(bucket, tag) is not (>= 0 and var number)) continue;
            if (Field(records, number, 1) == hash && Bytes(Field(records, number, 0)).SequenceEqual(bytes)) return number;
        }
    }

    /// <summary>
    /// Writes <paramref name="key"/> in UTF-8 into <paramref name="buffer"/> and returns how many bytes, or -1 for a span
    /// that cannot be a key: keys are folded names and ids, a few words long, and text (no half of a surrogate pair).
    /// </summary>
    private static int Utf8Key(ReadOnlySpan<char> key, Span<byte> buffer) =>
        key.Length <= LongestKey && Utf8.FromUtf16(key, buffer, out _, out var length, replaceInvalidSequences: false) == OperationStatus.Done ? length : -1;

    private PlaceName[] NamesAt(int name)
    {
        var firstAndCount = Field(Section.Names, name, 2);
        var (first, count) = (firstAndCount & (MaxPlaceNames - 1), (int)((uint)firstAndCount >> 24));
        var written = new PlaceName[count];
        for (var i = 0; i < count; i++)
        {
            var packed = Field(Section.PlaceNames, first + i, 0);
            var set = ((packed >> 20) & MaxLanguageSets) - 1;
            written[i] = new PlaceName(PlaceAt(packed & (MaxPlaces - 1)), set < 0 ? null : languageSets[set], (packed >> 30) == 1);
        }
        return written;
    }

    /// <summary>The place numbered <paramref name="number"/>, made once: its parent first.</summary>
    private Place PlaceAt(int number)
    {
        if (Volatile.Read(ref places[number]) is { } made) return made;
        var parent = Field(Section.Places, number, 3);
        var country = Field(Section.Places, number, 2);
        var packed = Field(Section.Places, number, 4);
        var place = new Place(String(Field(Section.Places, number, 0)), String(Field(Section.Places, number, 1)), LanguageNames(number, packed >> 16),
            (PlaceType)(packed & 0xFF), country < 0 ? null : String(country), parent < 0 ? null : PlaceAt(parent), ((packed >> 8) & 1) == 1);
        return Interlocked.CompareExchange(ref places[number], place, null) ?? place;
    }

    private ImmutableSortedDictionary<string, string> LanguageNames(int place, int count)
    {
        var first = Field(Section.Places, place, 5);
        if (count == 0) return ImmutableSortedDictionary<string, string>.Empty;
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = first; i < first + count; i++) names[String(Field(Section.PlaceLanguages, i, 0))] = String(Field(Section.PlaceLanguages, i, 1));
        return names.ToImmutable();
    }

    private string String(int number) => Encoding.UTF8.GetString(Bytes(number));

    private ReadOnlySpan<byte> Bytes(int offset)
    {
        var data = Data;
        var (bytes, at) = (0, text + offset);
        for (var shift = 0; ; shift += 7)
        {
            var b = data[at++];
            bytes |= (b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return data.Slice(at, bytes);
    }

    private int Field(Section section, int record, int field) => Int(starts[(int)section] + (record * Widths[(int)section] + field) * 4);

    private int Int(int offset) => BinaryPrimitives.ReadInt32LittleEndian(Data.Slice(offset, 4));
}
