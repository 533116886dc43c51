using System.Text;

namespace FactCheck.Store;

/// <summary>
/// The primitives of a stored read, written little-endian: counts and small numbers as 7-bit varints, and strings once,
/// then by number. Subjects, attributes, frame keys and the source's id repeat in every claim: a table keeps a store of
/// a file with a thousand claims a fraction of the size its strings written each time would take.
/// </summary>
internal sealed class StoreWriter(Stream output) : IDisposable
{
    private readonly BinaryWriter writer = new(output, Encoding.UTF8, leaveOpen: true);
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    /// <summary>A count or a small non-negative number (an offset, an index).</summary>
    public void Int(int value) => writer.Write7BitEncodedInt(value);

    /// <summary>A number of either sign, as it is (sentence-relative offsets are never negative; dates' offsets may be).</summary>
    public void Signed(int value) => writer.Write(value);

    /// <summary>A 64-bit number, as it is (a size, a time in ticks, an offset).</summary>
    public void Long(long value) => writer.Write(value);

    /// <summary>A number that may be missing.</summary>
    public void Int(int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v) writer.Write(v);
    }

    /// <summary>A flag.</summary>
    public void Bool(bool value) => writer.Write(value);

    /// <summary>A decimal, exactly (its scale too: "1.50" and "1.5" are written as they were read).</summary>
    public void Decimal(decimal value) => writer.Write(value);

    /// <summary>A decimal that may be missing.</summary>
    public void Decimal(decimal? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v) writer.Write(v);
    }

    /// <summary>A double, bit for bit.</summary>
    public void Double(double value) => writer.Write(value);

    /// <summary>A date, as its day number.</summary>
    public void Date(DateOnly value) => writer.Write(value.DayNumber);

    /// <summary>Raw bytes (a file's magic number).</summary>
    public void Bytes(ReadOnlySpan<byte> value) => writer.Write(value);

    /// <summary>A string or null: 0 for null, 1 and the text for a string not written before, its number + 2 after that.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }
        if (strings.TryGetValue(value, out var known))
        {
            Int(known + 2);
            return;
        }
        strings[value] = strings.Count;
        Int(1);
        writer.Write(value);
    }

    /// <summary>A string written whole, outside the table: a text too large to be met twice.</summary>
    public void Text(string value) => writer.Write(value);

    /// <summary>An array of numbers.</summary>
    public void Ints(int[] values)
    {
        Int(values.Length);
        foreach (var value in values) Int(value);
    }

    /// <summary>How many bytes are written so far, what is buffered included.</summary>
    public long Position
    {
        get
        {
            writer.Flush();
            return writer.BaseStream.Position;
        }
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Flush() => writer.Flush();

    /// <inheritdoc/>
    public void Dispose() => writer.Dispose();
}
