namespace FactCheck.Reporting;

/// <summary>Writes a report in one format. Writers print text only: no console, no file paths of their own.</summary>
public interface IReportWriter
{
    /// <summary>The value of <c>--format</c> that selects this writer.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(Report report, TextWriter output);
}
