using System.Text;

namespace Containerize.Sdk.Tests.Configuration;

/// <summary>
/// Compares a generated final stage with Configuration/Golden/NAME.Dockerfile in the source tree. With
/// CONTAINERIZE_UPDATE_GOLDEN=1 the golden is written instead; review it with git diff before committing it.
/// </summary>
internal static class ConfigurationGolden
{
    public const string UpdateVariable = "CONTAINERIZE_UPDATE_GOLDEN";

    private const string ProjectFileName = "Containerize.Sdk.Tests.csproj";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    public static void AssertMatches(string name, string actual)
    {
        string path = Path.Combine(GoldenFolder(), name + ".Dockerfile");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, Utf8NoBom.GetBytes(actual));
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"No golden {path}: run the tests with {UpdateVariable}=1 to write it, then review it by eye.\n{actual}");
        }

        string expected = Utf8NoBom.GetString(File.ReadAllBytes(path));
        if (expected != actual)
        {
            Assert.Fail($"The final stage differs from the golden {path}; if the change is intended, run the tests with {UpdateVariable}=1 and review git diff.\n--- golden\n{expected}\n--- generated\n{actual}");
        }
    }

    /// <summary>Configuration/Golden in the test project's sources: found above the test assembly, beside the project file.</summary>
    private static string GoldenFolder()
    {
        for (DirectoryInfo? folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectFileName)))
            {
                return Path.Combine(folder.FullName, "Configuration", "Golden");
            }
        }

        throw new InvalidOperationException("The test project's source folder was not found above " + AppContext.BaseDirectory + ".");
    }
}
