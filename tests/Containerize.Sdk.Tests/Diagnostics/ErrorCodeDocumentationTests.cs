using System.Text.RegularExpressions;

namespace Containerize.Sdk.Tests.Diagnostics;

/// <summary>Every error and warning links to the README (ContainerizeDiagnostic.HelpLink), so every code must be explained there.</summary>
[TestClass]
public sealed class ErrorCodeDocumentationTests
{
    private static readonly Regex Code = new(@"CTZ\d{4}", RegexOptions.CultureInvariant);

    [TestMethod]
    public void EveryCodeTheTasksAndTargetsRaiseIsInTheReadme()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        IEnumerable<string> sources = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "sdk"), "*.targets", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        var raised = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string source in sources)
        {
            raised.UnionWith(Code.Matches(File.ReadAllText(source)).Select(match => match.Value));
        }

        Assert.IsGreaterThan(50, raised.Count, "the scan found too few codes to be looking at the sources");
        string[] undocumented = raised.Where(code => !readme.Contains(code, StringComparison.Ordinal)).ToArray();
        Assert.IsEmpty(undocumented, "not in the README: " + string.Join(", ", undocumented));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Containerize.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Containerize.Sdk.sln is not above " + AppContext.BaseDirectory);
    }
}
