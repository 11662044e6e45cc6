using System.Text;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>
/// Compares generated text byte for byte with a golden file under Golden/. With CONTAINERIZE_UPDATE_GOLDEN=1 the
/// golden in the source tree is rewritten instead; review the change with git diff before committing it.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "CONTAINERIZE_UPDATE_GOLDEN";

    private const string ProjectFileName = "Containerize.Sdk.Tests.csproj";
    private const string FolderName = "Golden";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    public static void AssertMatches(string fileName, string actual)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            string target = Path.Combine(SourceFolder() ?? throw new InvalidOperationException(
                $"{UpdateVariable}=1 needs the test project's source folder, which was not found above {AppContext.BaseDirectory}."), fileName);
            File.WriteAllBytes(target, Utf8NoBom.GetBytes(actual));
            return;
        }

        string path = Locate(fileName);
        byte[] expectedBytes = File.ReadAllBytes(path);
        byte[] actualBytes = Utf8NoBom.GetBytes(actual);
        if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            return;
        }

        string actualCopy = Path.Combine(AppContext.BaseDirectory, FolderName, fileName + ".actual");
        Directory.CreateDirectory(Path.GetDirectoryName(actualCopy)!);
        File.WriteAllBytes(actualCopy, actualBytes);

        string expected = Utf8NoBom.GetString(expectedBytes);
        Assert.Fail(
            $"The generated text differs from the golden {path}.\n" +
            $"The generated text is in {actualCopy}. If the change is intended, run the tests with {UpdateVariable}=1 and review the golden with git diff.\n" +
            "--- golden\n+++ generated\n" +
            TextDiff.Lines(expected, actual));
    }

    /// <summary>The copy beside the test assembly when the build copied it there, else the source tree's.</summary>
    private static string Locate(string fileName)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, FolderName, fileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        string? source = SourceFolder();
        if (source != null && File.Exists(Path.Combine(source, fileName)))
        {
            return Path.Combine(source, fileName);
        }

        throw new FileNotFoundException($"No golden {fileName}: create it by running the tests with {UpdateVariable}=1, then review it by eye.", beside);
    }

    /// <summary>The Golden folder of the test project's sources: the first folder above the test assembly holding the project file.</summary>
    private static string? SourceFolder()
    {
        for (DirectoryInfo? folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectFileName)))
            {
                return Path.Combine(folder.FullName, FolderName);
            }
        }

        return null;
    }
}
