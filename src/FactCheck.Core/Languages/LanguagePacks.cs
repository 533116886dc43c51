using System.Collections.Immutable;
using FactCheck.Inputs;

namespace FactCheck.Languages;

/// <summary>
/// The languages a run reads: the packs FactCheck ships (<c>Languages/*.yml</c>, embedded) and any a user adds from files
/// (<c>--languages</c>), each loaded once. A source's language gives its pack; adding a language is one data file.
/// </summary>
public sealed class LanguagePacks
{
    private const string Folder = "Languages";
    private static readonly Lazy<LanguagePacks> Shipped = new(LoadBuiltIn);

    private LanguagePacks(ImmutableArray<LanguagePack> all) => All = all;

    /// <summary>The packs FactCheck ships, sorted by code.</summary>
    public static LanguagePacks BuiltIn => Shipped.Value;

    /// <summary>Every pack: the shipped ones by code, then the added ones in the order given (language detection breaks ties in this order).</summary>
    public ImmutableArray<LanguagePack> All { get; }

    /// <summary>The pack of <paramref name="code"/> ("fr"), or null.</summary>
    public LanguagePack? this[string code] => All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The codes, for messages: "en, fr".</summary>
    public string Codes => string.Join(", ", All.Select(p => p.Code));

    /// <summary>
    /// The shipped packs and those of <paramref name="files"/> (relative to <paramref name="workingDirectory"/>), or the
    /// first mistake in one of them, naming the file and the line.
    /// </summary>
    public static (LanguagePacks? Packs, UserError? Error) Load(IEnumerable<string> files, string workingDirectory)
    {
        var packs = BuiltIn.All.ToBuilder();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(Path.GetFullPath(file, workingDirectory));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, new UserError(file, null, File.Exists(Path.GetFullPath(file, workingDirectory)) ? "cannot read this language pack" : "no such language pack"));
            }
            var (pack, error) = PackReader.Read(file, text);
            if (pack is null) return (null, error);
            if (packs.FirstOrDefault(p => p.Code == pack.Code) is { } known) return (null, new UserError(file, 1, $"the language '{pack.Code}' is already loaded ({known.File})"));
            packs.Add(pack);
        }
        return packs.Count == BuiltIn.All.Length ? (BuiltIn, null) : (new LanguagePacks(packs.ToImmutable()), null);
    }

    /// <summary>
    /// The shipped packs, each read on a thread of its own: every run reads them all before anything else can start, and
    /// each is a long YAML file (the English one 85 KB).
    /// </summary>
    private static LanguagePacks LoadBuiltIn()
    {
        var codes = EmbeddedData.FileNames(Folder).ToArray();
        var others = codes.Skip(1).Select(code => Task.Run(() => ReadBuiltIn(code))).ToArray();
        return new([ReadBuiltIn(codes[0]), .. others.Select(read => read.GetAwaiter().GetResult())]);
    }

    private static LanguagePack ReadBuiltIn(string code)
    {
        var file = $"{Folder}/{code}.yml";
        var (pack, error) = PackReader.Read(file, EmbeddedData.Text(file), shipped: true);
        return pack is not null && pack.Code == code ? pack
            : throw new InvalidOperationException($"The shipped language pack {file} is wrong: {error?.ToString() ?? $"its code is not '{code}'"}");
    }
}
