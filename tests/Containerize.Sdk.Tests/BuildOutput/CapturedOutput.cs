using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.BuildOutput;

/// <summary>
/// Build outputs captured on a real engine (docker 20.10 with BuildKit, docker 28.2 with the legacy builder, podman 4.3)
/// and the Dockerfiles that produced them, from BuildOutput/TestData. The test project does not copy them to the output, so
/// they are read beside the test assembly when a build put them there, else from the source tree.
/// </summary>
internal static class CapturedOutput
{
    private const string ProjectFileName = "Containerize.Sdk.Tests.csproj";
    private static readonly string RelativeFolder = Path.Combine("BuildOutput", "TestData");

    public static string Text(string fileName) => File.ReadAllText(Locate(fileName));

    /// <summary>The file's lines as the process runner delivers them: split at \r\n, \r or \n, like StreamReader.ReadLine.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        var lines = new List<string>();
        using var reader = new StringReader(Text(fileName));
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Feeds a captured output to a reader. The captures merged both streams, so every line counts as standard output.</summary>
    public static BuildFailure Read(IBuildOutputReader reader, string fileName)
    {
        foreach (string line in Lines(fileName))
        {
            reader.Read(new OutputLine(line, IsStandardError: false));
        }

        return reader.Failure();
    }

    private static string Locate(string fileName)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, RelativeFolder, fileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (DirectoryInfo? folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectFileName)))
            {
                string source = Path.Combine(folder.FullName, RelativeFolder, fileName);
                if (File.Exists(source))
                {
                    return source;
                }

                break;
            }
        }

        throw new FileNotFoundException($"Captured output {fileName} was found neither beside the test assembly nor in the source tree.", beside);
    }
}
