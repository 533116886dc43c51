namespace FactCheck.Reporting;

/// <summary>
/// A writer whose format is UTF-8 bytes from the start (JSON): given a stream, it writes to it directly, without decoding its
/// bytes into a text writer's characters only for the text writer to encode them again. Callers that hold only a text writer
/// use <see cref="IReportWriter.Write"/>, which gives the same bytes.
/// </summary>
public interface IByteReportWriter : IReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as UTF-8 without a byte order mark; the stream is left open.</summary>
    void Write(Report report, Stream output);
}
