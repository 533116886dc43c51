using System.CommandLine;
using System.Text;
using FactCheck.Configuration;

namespace FactCheck.Cli;

/// <summary><c>factcheck init</c>: writes the commented starter factcheck.yml in the working directory, never over an existing one.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var command = new Command("init", UserMessages.InitDescription);
        command.SetAction(_ =>
        {
            var path = Path.Combine(workingDirectory, ConfigReader.FileName);
            try
            {
                // CreateNew fails if the file appeared since: a configuration is never overwritten.
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(file, new UTF8Encoding(false));
                writer.Write(StarterConfig.Text);
            }
            catch (IOException) when (File.Exists(path))
            {
                stderr.WriteLine($"factcheck: {ConfigReader.FileName}: {UserMessages.ConfigExists}");
                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factcheck: {ConfigReader.FileName}: {UserMessages.CannotWrite(e.Message)}");
                return ExitCodes.InputError;
            }
            stdout.WriteLine(UserMessages.ConfigWritten);
            return ExitCodes.Clean;
        });
        return command;
    }
}
