using System.Collections.Concurrent;
using System.Text;

namespace FactCheck.Store;

/// <summary>
/// Reads what <see cref="StoreWriter"/> wrote. A damaged file ends in an <see cref="InvalidDataException"/> (a count out of
/// bounds, a string number never written) or an <see cref="EndOfStreamException"/>, which the readers of stores catch.
/// A <paramref name="shared"/> pool, when given, makes each string read the one instance the pool holds of its value:
/// strings read of many stores (the features of every profile a run index decodes) are then held once, as the stages
/// that read them from the texts share them.
/// </summary>
internal sealed class StoreReader(Stream input, ConcurrentDictionary<string, string>? shared = null) : IDisposable
{
    private readonly BinaryReader reader = new(input, Encoding.UTF8, leaveOpen: true);
    private readonly List<string> strings = [];

    /// <summary>A count or a small non-negative number.</summary>
    public int Int()
    {
        var value = reader.Read7BitEncodedInt();
        return value >= 0 ? value : throw new InvalidDataException("a negative count");
    }

    /// <summary>A count of items that each take at least one byte: never more than the bytes left.</summary>
    public int Count()
    {
        var count = Int();
        return reader.BaseStream.CanSeek && count > reader.BaseStream.Length - reader.BaseStream.Position ? throw new InvalidDataException("a count beyond the end") : count;
    }

    /// <summary>True when every byte is read.</summary>
    public bool AtEnd => reader.BaseStream.Position == reader.BaseStream.Length;

    /// <summary>A number of either sign.</summary>
    public int Signed() => reader.ReadInt32();

    /// <summary>A 64-bit number (<see cref="StoreWriter.Long"/>).</summary>
    public long Long() => reader.ReadInt64();

    /// <summary>A number that may be missing.</summary>
    public int? OptionalInt() => reader.ReadBoolean() ? reader.ReadInt32() : null;

    /// <summary>A flag.</summary>
    public bool Bool() => reader.ReadBoolean();

    /// <summary>A decimal.</summary>
    public decimal Decimal() => reader.ReadDecimal();

    /// <summary>A decimal that may be missing.</summary>
    public decimal? OptionalDecimal() => reader.ReadBoolean() ? reader.ReadDecimal() : null;

    /// <summary>A double.</summary>
    public double Double() => reader.ReadDouble();

    /// <summary>A date.</summary>
    public DateOnly Date()
    {
        var day = reader.ReadInt32();
        return day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(day) : throw new InvalidDataException("a day out of range");
    }

    /// <summary><paramref name="count"/> raw bytes.</summary>
    public byte[] Bytes(int count) => reader.ReadBytes(count);

    /// <summary>A string or null (<see cref="StoreWriter.String"/>).</summary>
    public string? OptionalString()
    {
        var tag = Int();
        if (tag == 0) return null;
        if (tag == 1)
        {
            var value = reader.ReadString();
            if (shared is not null) value = shared.GetOrAdd(value, value);
            strings.Add(value);
            return value;
        }
        return tag - 2 < strings.Count ? strings[tag - 2] : throw new InvalidDataException("a string never written");
    }

    /// <summary>A string that is never null.</summary>
    public string String() => OptionalString() ?? throw new InvalidDataException("a missing string");

    /// <summary>A string written whole (<see cref="StoreWriter.Text"/>).</summary>
    public string Text() => reader.ReadString();

    /// <summary>Passes over a string written whole, without making it.</summary>
    public void SkipText()
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("a text beyond the end");
        reader.BaseStream.Seek(length, SeekOrigin.Current);
    }

    /// <summary>Passes over an array of numbers (<see cref="Ints"/>).</summary>
    public void SkipInts()
    {
        for (var n = Count(); n > 0; n--) reader.Read7BitEncodedInt();
    }

    /// <summary>An array of numbers.</summary>
    public int[] Ints()
    {
        var values = new int[Count()];
        for (var i = 0; i < values.Length; i++) values[i] = Int();
        return values;
    }

    /// <summary>A value of enum <typeparamref name="T"/>, checked to be one of its members.</summary>
    public T Enum<T>() where T : struct, System.Enum
    {
        var value = Int();
        var result = (T)(object)value;
        return System.Enum.IsDefined(result) ? result : throw new InvalidDataException($"{value} is no {typeof(T).Name}");
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();
}
