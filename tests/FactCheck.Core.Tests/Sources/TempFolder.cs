using System.Globalization;
using System.Text;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A fresh folder under the system temp path for one test, deleted with everything in it when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "factcheck-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture))).FullName;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a BOM and returns the file's full path.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes exactly <paramref name="bytes"/> and returns the file's full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var file = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    // A recursive delete removes symbolic links themselves, never what they point to.
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
