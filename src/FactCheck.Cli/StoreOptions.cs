using System.CommandLine;
using FactCheck.Inputs;
using FactCheck.Pipeline;
using FactCheck.Store;

namespace FactCheck.Cli;

/// <summary>
/// check's options that keep what is read beyond the process: --shard (read a share of the files into a claims file),
/// --claims (compare the claims files of every shard as one run) and --cache (an entry per file on disk). What changes
/// what is read (--config, --places, --languages, --date) goes with the shards and again with the merge, which refuses
/// claims files read otherwise; what only the comparison uses (--one-story, --baseline, --format, --fail-on) goes with
/// the merge and is refused with --shard.
/// </summary>
internal sealed class StoreOptions
{
    private readonly Option<string?> shard = new("--shard") { Description = UserMessages.ShardDescription, HelpName = "i/n" };
    private readonly Option<string[]> claims = new("--claims")
    {
        Description = UserMessages.ClaimsDescription, HelpName = "FILE", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true,
    };
    private readonly Option<string?> cache = new("--cache") { Description = UserMessages.CacheDescription, HelpName = "DIR" };

    public StoreOptions() =>
        shard.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Shard.Parse(result.Tokens[0].Value).Error is { } error) result.AddError("--shard " + error);
        });

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(shard);
        command.Add(claims);
        command.Add(cache);
    }

    /// <summary>True when the run reads a share of the files into a claims file.</summary>
    public bool IsShard(ParseResult parse) => parse.GetValue(shard) is not null;

    /// <summary>
    /// <paramref name="options"/> with the shard, the claims files and the cache the command line gives, or the first
    /// option that conflicts with them. <paramref name="conflicts"/> names the options given that only a merge uses.
    /// </summary>
    public (CheckOptions? Options, UserError? Error) Apply(ParseResult parse, CheckOptions options, IEnumerable<string> conflicts, bool hasOutput)
    {
        var files = parse.GetValue(claims) ?? [];
        if (parse.GetValue(shard) is { } written)
        {
            if (files.Length > 0) return Refused("--shard", UserMessages.ShardWithClaims);
            if (!hasOutput) return Refused("--shard", UserMessages.ShardWithoutOutput);
            if (options.Input is not null) return Refused("--shard", UserMessages.ShardWithStdin);
            if (conflicts.FirstOrDefault() is { } option) return Refused(option, UserMessages.MergeOnly);
            options = options with { Shard = Shard.Parse(written).Shard };
        }
        else if (files.Length > 0)
        {
            if (!options.Paths.IsEmpty || !options.Against.IsEmpty) return Refused("--claims", UserMessages.ClaimsWithPaths);
            options = options with { ClaimsFiles = [.. files] };
        }
        else if (options.Paths.IsEmpty) return Refused("check", UserMessages.NoPaths);
        if (parse.GetValue(cache) is { } folder) options = options with { Cache = new SourceReadCache(Path.GetFullPath(folder, options.WorkingDirectory)) };
        return (options, null);
    }

    private static (CheckOptions? Options, UserError? Error) Refused(string option, string message) => (null, new UserError(option, null, message));
}
