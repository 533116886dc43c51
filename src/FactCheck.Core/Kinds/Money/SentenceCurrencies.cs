using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Money;

/// <summary>
/// Decides the money of one sentence from the figures the scanner read in it, as a reader does:
/// <list type="bullet">
/// <item>a shared word takes the reading an earlier figure of the sentence gives ("30 Australian dlrs ... rise to 2.07
/// dlrs": Australian dollars), else its usual reading in use at the source's date ("marks" in 1987: Deutsche Marks);</item>
/// <item>a minor unit counts its share ("50 cts" is $0.50, "85 centimes d'euros" €0.85);</item>
/// <item>a bare figure takes the currency of the money figure just before it ("4.1 billion dlrs from 3.9 billion", "a
/// 756 mln loss", "1.2964 marks from 1.2918"), or of the one it is joined to after it ("1,000 and 10,000 Australian
/// dlrs", "10, 20 et 50 centimes"); one that counts something ("120 mln shares") is no money;</item>
/// <item>a hedge before figures joined by "and" holds for each ("à partir de 69 496 € et 76 100 €").</item>
/// </list>
/// </summary>
internal static class SentenceCurrencies
{
    /// <summary>
    /// The money among <paramref name="figures"/> (in order), with currencies and hedges decided. The figures are decided
    /// in place, in the list given (the scanner's, which the thread empties at its next sentence): a copy of them, made for
    /// every sentence that may hold money, was 6.8 MB of arrays over the bench corpus.
    /// </summary>
    public static List<MoneyMention> Resolve(Sentence sentence, List<MoneyFigure> figures)
    {
        var text = sentence.Text;
        var words = FigureWords.Of(sentence.Source.Language);
        var year = sentence.Source.Date?.Year;
        var codes = new string?[figures.Count];
        // Loops, not LINQ: this runs for every sentence with a figure, and the iterators and delegates were some 90 MB over a 30 MB text.
        var otherMoney = false;
        foreach (var f in figures) otherMoney |= f.Word is not null && !f.Weak;
        var resolved = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures);
        Span<int> depths = resolved.Length <= 64 ? stackalloc int[64] : new int[resolved.Length];
        for (var k = 0; k < resolved.Length; k++)
        {
            ref var f = ref resolved[k];
            if (f.Weak && !otherMoney) f = f with { Word = null, Weak = false };
            depths[k] = Depth(text, f.Start);
        }
        for (var k = 0; k < resolved.Length; k++)
        {
            var figure = resolved[k];
            if (figure.Word is null && !figure.YearLike && MoneyBefore(resolved, codes, depths, k) is { } j && CarriesForward(text, resolved[j], figure, words))
                figure = resolved[k] = figure with { Word = resolved[j].Word! with { Shared = false, Code = codes[j]! } };
            if (figure.Word is { } word) codes[k] = Choose(word, codes.AsSpan(0, k), year);
        }
        // "1,000 and 10,000 Australian dlrs": a bare figure in a list ending on money takes its currency (and its scale).
        for (var k = resolved.Length - 2; k >= 0; k--)
        {
            var (figure, next) = (resolved[k], resolved[k + 1]);
            if (figure.Word is not null || figure.YearLike || codes[k + 1] is null || next.WordBefore || !words.JoinsFigures(text, figure.End, next.Start)) continue;
            var scale = figure.Scale == 1 && next.Scale > 1 ? next.Scale : 1;
            resolved[k] = figure with { Word = next.Word, Low = figure.Low * scale, High = figure.High * scale, Unit = figure.Unit * scale, Scale = figure.Scale * scale };
            codes[k] = codes[k + 1];
        }
        var mentions = new List<MoneyMention>();
        for (var k = 0; k < resolved.Length; k++)
        {
            var figure = resolved[k];
            // "un fonds de 100 milliards semble": an amount without a currency, unless it counts what a large figure before it counted.
            var bare = figure.Word is null && figure.BareAmount && figure.Follower != FigureFollower.Joined
                       && (k == 0 || codes[k - 1] is not null || resolved[k - 1].Scale == 1);
            if (figure.Word is null && !bare) continue;
            var share = figure.Word?.Share ?? 1m;
            var qualifier = figure.Qualifier;
            if (qualifier == Qualifier.Exact && mentions.Count > 0 && mentions[^1].Qualifier != Qualifier.Exact && words.JoinsFigures(text, mentions[^1].End, figure.Start))
                qualifier = mentions[^1].Qualifier;
            // "5 dollars and 25 cents", "3 euros et 50 centimes": one amount.
            if (share < 1 && mentions.Count > 0 && mentions[^1] is { Low: var whole, High: var same, Restatement: null } major && whole == same && whole == Math.Floor(whole)
                && whole < 1e6m && major.Currency == codes[k] && figure.Low == figure.High && figure.Low * share < 1 && words.Adds(text, major.End, figure.Start))
            {
                mentions[^1] = major with { End = figure.End, Low = whole + (figure.Low * share), High = whole + (figure.Low * share), Unit = figure.Unit * share };
                continue;
            }
            mentions.Add(new MoneyMention(sentence, figure.Start, figure.End, figure.Low * share, figure.High * share, figure.Unit * share, codes[k], qualifier) { Per = figure.Per });
        }
        return mentions;
    }

    /// <summary>
    /// The money figure a bare one at <paramref name="k"/> may take its currency from: the nearest before it at its depth of
    /// brackets ("77m euros (£53m; $100m), up from 38m": euros), past years, percentages and small counts, but not past a
    /// large count ("15.3 mln shares compared to an average of 53 mln").
    /// </summary>
    private static int? MoneyBefore(ReadOnlySpan<MoneyFigure> figures, string?[] codes, ReadOnlySpan<int> depths, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (depths[j] > depths[k]) continue;
            if (codes[j] is not null) return j;
            if (figures[j].Scale > 1) return null;
        }
        return null;
    }

    /// <summary>How many brackets are open at <paramref name="at"/>.</summary>
    private static int Depth(string text, int at)
    {
        var depth = 0;
        foreach (var c in text.AsSpan(0, at))
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        return depth;
    }

    /// <summary>
    /// A bare figure after money takes its currency: a scaled one unless it counts something ("vs 33.4 mln", "a 756 mln
    /// loss"); one without a scale only right after a word that compares ("from", "against") and written to the same
    /// decimals, as prices are ("1.2964 marks from 1.2918").
    /// </summary>
    private static bool CarriesForward(string text, MoneyFigure money, MoneyFigure figure, FigureWords words)
    {
        if (figure.Follower == FigureFollower.Counted) return false;
        if (figure.Scale > 1) return true;
        return figure.Decimals > 0 && figure.Decimals == money.Decimals && words.Compares(text, money.End, figure.Start);
    }

    /// <summary>The currency a word means here: an earlier figure's reading of it, else its usual reading in use at the source's date.</summary>
    private static string Choose(CurrencyWord word, ReadOnlySpan<string?> earlier, int? year)
    {
        if (!word.Shared) return word.Code;
        for (var k = earlier.Length - 1; k >= 0; k--)
            if (earlier[k] is { } code && word.Readings.Contains(code)) return code;
        if (year is not { } y) return word.Code;
        var currencies = CurrencyData.Shipped.Currencies;
        foreach (var code in word.Readings.Prepend(word.Code))
            if (currencies.TryGetValue(code, out var currency) && currency.InUse(y)) return code;
        return word.Code;
    }
}
