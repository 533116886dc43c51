using FactCheck.Sentences;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// What FactCheck is measured against: Microsoft.Recognizers.Text's currency model run on every sentence, as a checker
/// without its own money rules would. The only file of this project that imports the recognizers, as in the library.
/// </summary>
internal sealed class NaiveBaseline
{
    // The library caches one model per culture for the whole process (every thread gets the same instance), so only
    // the first NaiveBaseline, or FactChecker before it, pays the ~0.2 s it takes to build one.
    private readonly IModel english = new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel();
    private readonly IModel french = new NumberWithUnitRecognizer(Culture.French).GetCurrencyModel();

    /// <summary>How many currency results the model finds in <paramref name="sentences"/>, each read in its source's language.</summary>
    public int Count(IEnumerable<Sentence> sentences)
    {
        var results = 0;
        foreach (var sentence in sentences)
            results += (sentence.Source.Language.Code == "fr" ? french : english).Parse(sentence.Text).Count;
        return results;
    }
}
