using FactCheck.Stories;

namespace FactCheck.Core.Tests.Stories;

/// <summary>
/// A set of keys held as characters numbers them as a dictionary of strings would, in the order they were first added,
/// and finds them again, through its growth and after it is cleared and reused.
/// </summary>
public sealed class SpanKeysTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Keys_are_numbered_in_the_order_they_were_first_added(int seed)
    {
        var random = new Random(seed);
        var keys = new SpanKeys();
        // Rounds of a few keys and of many (the set grows, then is cleared and reused), short and long, some repeated.
        foreach (var size in new[] { 3, 500, 40, 20_000, 10 })
        {
            keys.Clear();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var n = 0; n < size; n++)
            {
                var key = new string('é', random.Next(3)) + random.Next(size).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var number = keys.Add(key, out var added);
                Assert.Equal(!expected.ContainsKey(key), added);
                if (added) expected[key] = expected.Count;
                Assert.Equal(expected[key], number);
            }
            Assert.Equal(expected.Count, keys.Count);
            foreach (var (key, number) in expected)
            {
                Assert.Equal(number, keys.IndexOf(key));
                Assert.Equal(key, keys[number].ToString());
            }
            Assert.Equal(-1, keys.IndexOf("absent"));
        }
    }
}
