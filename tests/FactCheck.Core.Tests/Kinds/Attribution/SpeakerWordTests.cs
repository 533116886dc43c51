using System.Text.RegularExpressions;
using FactCheck.Kinds.Attribution;

namespace FactCheck.Core.Tests.Kinds.Attribution;

/// <summary>
/// The speaker parser finds a speaker's words with a scan of their characters, where it ran the regex
/// <c>[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&amp;]*</c>: the scan keeps the regex's words only if each of its two tests says of
/// every character what the regex's classes say.
/// </summary>
public sealed class SpeakerWordTests
{
    private static readonly Regex Opens = new(@"^[\p{L}\p{M}\p{N}]$", RegexOptions.CultureInvariant);

    private static readonly Regex GoesOn = new(@"^[\p{L}\p{M}\p{N}'’.\-&]$", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_character_opens_and_goes_on_with_a_word_as_the_regex_classes_say()
    {
        for (var c = char.MinValue; ; c++)
        {
            var text = c.ToString();
            Assert.True(Opens.IsMatch(text) == SpeakerParser.StartsWord(c), $"opens U+{(int)c:X4}");
            Assert.True(GoesOn.IsMatch(text) == SpeakerParser.InWord(c), $"goes on U+{(int)c:X4}");
            if (c == char.MaxValue) break;
        }
    }
}
