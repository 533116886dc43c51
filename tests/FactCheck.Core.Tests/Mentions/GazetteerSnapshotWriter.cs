using System.Buffers.Binary;
using System.Text;
using FactCheck.Kinds.Place;
using Section = FactCheck.Kinds.Place.GazetteerSnapshot.Section;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// Writes the tables of a complete <see cref="GazetteerIndex"/> in the format <see cref="GazetteerSnapshot"/> reads. The
/// same tables give the same bytes: places are numbered in the order of the index's table of ids, names and first words
/// keep the order they were added in, and a string written twice is stored once. It lives with the tests that write the
/// shipped snapshot (<see cref="GazetteerSnapshotTests"/>): the library only reads it.
/// </summary>
internal static class GazetteerSnapshotWriter
{
    // Names are text: a key with half a surrogate pair is a bug of the index, not something to write.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The snapshot of <paramref name="tables"/>.</summary>
    public static byte[] Write(IndexedTables tables)
    {
        var index = tables.Index;
        var sections = Enumerable.Range(0, GazetteerSnapshot.Widths.Length).Select(_ => new List<int>()).ToArray();
        var text = new List<byte>();
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);

        int StringOf(string value)
        {
            if (strings.TryGetValue(value, out var known)) return known;
            var bytes = Strict.GetBytes(value);
            var offset = text.Count;
            for (var length = (uint)bytes.Length; ; length >>= 7)
            {
                text.Add((byte)(length < 0x80 ? length : (length & 0x7F) | 0x80));
                if (length < 0x80) break;
            }
            text.AddRange(bytes);
            return strings[value] = offset;
        }

        // Every place the tables reach gets a number: those with an id in the id table's order, then their parents and
        // the places of names, as met.
        var numbers = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        var ordered = new List<Place>();
        void Number(Place place)
        {
            for (var p = place; p is not null && !numbers.ContainsKey(p); p = p.Parent)
            {
                numbers[p] = ordered.Count;
                ordered.Add(p);
            }
        }
        foreach (var (id, place) in index.ById)
        {
            if (!string.Equals(id, place.Id, StringComparison.Ordinal)) throw new InvalidOperationException($"The gazetteer lists '{place.Id}' as '{id}'.");
            Number(place);
        }
        foreach (var written in index.Names.Values.SelectMany(n => n)) Number(written.Place);

        if (ordered.Count > GazetteerSnapshot.MaxPlaces) throw new InvalidOperationException($"{ordered.Count} places are more than a snapshot holds.");
        foreach (var place in ordered)
        {
            var languagesFrom = sections[(int)Section.PlaceLanguages].Count / 2;
            foreach (var (language, name) in place.Names) Add(sections, Section.PlaceLanguages, StringOf(language), StringOf(name));
            Add(sections, Section.Places, StringOf(place.Id), StringOf(place.Name), place.Country is null ? -1 : StringOf(place.Country),
                place.Parent is null ? -1 : numbers[place.Parent], (int)place.Kind | (place.Ambiguous ? 1 << 8 : 0) | (place.Names.Count << 16), languagesFrom);
        }

        var languageSets = new Dictionary<string, int>(StringComparer.Ordinal);
        int SetOf(IReadOnlyCollection<string>? languages)
        {
            if (languages is null) return -1;
            var members = languages.Order(StringComparer.Ordinal).ToArray();
            var key = string.Join('\0', members);
            if (languageSets.TryGetValue(key, out var known)) return known;
            if (languageSets.Count == GazetteerSnapshot.MaxLanguageSets) throw new InvalidOperationException("More sets of languages than a snapshot holds.");
            Add(sections, Section.LanguageSets, sections[(int)Section.LanguageMembers].Count, members.Length);
            foreach (var member in members) Add(sections, Section.LanguageMembers, StringOf(member));
            return languageSets[key] = languageSets.Count;
        }

        var nameHashes = new List<int>();
        foreach (var (key, written) in index.Names)
        {
            var hash = GazetteerSnapshot.HashOf(Strict.GetBytes(key));
            nameHashes.Add(hash);
            var first = sections[(int)Section.PlaceNames].Count;
            if (written.Length > GazetteerSnapshot.MaxNamesOfKey || first + written.Length > GazetteerSnapshot.MaxPlaceNames)
                throw new InvalidOperationException($"'{key}' names more places than a snapshot holds.");
            Add(sections, Section.Names, StringOf(key), hash, first | (written.Length << 24));
            foreach (var name in written) Add(sections, Section.PlaceNames, numbers[name.Place] | ((SetOf(name.Languages) + 1) << 20) | (name.Initialism ? 1 << 30 : 0));
        }
        sections[(int)Section.NameBuckets] = Buckets(nameHashes);

        var firstHashes = new List<int>();
        foreach (var (first, words) in index.LongestFrom)
        {
            var hash = GazetteerSnapshot.HashOf(Strict.GetBytes(first));
            firstHashes.Add(hash);
            Add(sections, Section.FirstWords, StringOf(first), hash, words);
        }
        sections[(int)Section.FirstWordBuckets] = Buckets(firstHashes);

        var idHashes = new List<int>();
        var idNumbers = new List<int>();
        foreach (var place in index.ById.Values)
        {
            idHashes.Add(GazetteerSnapshot.HashOf(Strict.GetBytes(place.Id)));
            idNumbers.Add(numbers[place]);
        }
        sections[(int)Section.IdBuckets] = Buckets(idHashes, idNumbers);

        foreach (var first in tables.LowerCaseFirstList) Add(sections, Section.LowerCaseFirstWords, StringOf(first));

        return Bytes(sections, text, index.ById.Count);
    }

    private static void Add(List<int>[] sections, Section section, params ReadOnlySpan<int> fields)
    {
        if (fields.Length != GazetteerSnapshot.Widths[(int)section]) throw new ArgumentException($"A record of {section} has {GazetteerSnapshot.Widths[(int)section]} fields.");
        sections[(int)section].AddRange(fields);
    }

    /// <summary>
    /// An open-addressed table at most three quarters full, in which record i (or <paramref name="values"/>[i]) sits at the first free
    /// slot from its hash's, with its hash's tag: a lookup probes from there to an empty slot.
    /// </summary>
    private static List<int> Buckets(List<int> hashes, List<int>? values = null)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, hashes.Count + hashes.Count / 3 + 1));
        var slots = new int[size];
        for (var i = 0; i < hashes.Count; i++)
        {
            var slot = GazetteerSnapshot.SlotOf(hashes[i], size);
            while (slots[slot] != 0) slot = (slot + 1) & (size - 1);
            slots[slot] = GazetteerSnapshot.Bucket(values?[i] ?? i, hashes[i]);
        }
        return [.. slots];
    }

    private static byte[] Bytes(List<int>[] sections, List<byte> text, int ids)
    {
        var output = new List<byte>(GazetteerSnapshot.HeaderBytes + sections.Sum(s => s.Count * 4) + text.Count);
        output.AddRange(GazetteerSnapshot.Magic);
        void Int(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
            output.AddRange(bytes);
        }
        Int(GazetteerSnapshot.Version);
        Int(ids);
        for (var s = 0; s < sections.Length; s++) Int(sections[s].Count / GazetteerSnapshot.Widths[s]);
        Int(text.Count);
        foreach (var section in sections)
            foreach (var value in section) Int(value);
        output.AddRange(text);
        return [.. output];
    }
}
