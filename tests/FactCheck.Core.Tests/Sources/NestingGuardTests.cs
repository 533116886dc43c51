using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

public class NestingGuardTests
{
    [Theory]
    [InlineData("Plain words.\n\nMore words > here, and > there >>>>.\n", 2, null)]
    [InlineData("one\n> two\n>> three\n>>> four\n", 2, 4)]
    [InlineData("one\r\n>\r\n> > >\r\n", 2, 3)]
    [InlineData("one\n\n      deep text\n", 2, 3)] // six columns: three levels
    [InlineData("one\n\n     five columns\n", 2, null)]
    [InlineData("one\n\t\tx\n", 3, 2)] // a tab is four columns
    [InlineData("one\n                \n>x\n", 2, null)] // a line of blanks is a blank line
    [InlineData(">>>", 2, 1)] // no line feed at the end
    [InlineData("text\n", 0, null)]
    [InlineData("", 0, null)]
    public void The_first_line_nested_past_the_limit_is_named(string text, int limit, int? line)
    {
        Assert.Equal(line, NestingGuard.FirstLineDeeperThan(text, limit));
    }

    [Fact]
    public void A_long_line_of_text_then_a_deep_line_is_found_on_its_own_line()
    {
        var text = new string('a', 10_000) + " > b\n" + new string('>', 70) + " quote\n";
        Assert.Equal(2, NestingGuard.FirstLineDeeperThan(text, 64));
        Assert.Null(NestingGuard.FirstLineDeeperThan(text, 70));
    }
}
