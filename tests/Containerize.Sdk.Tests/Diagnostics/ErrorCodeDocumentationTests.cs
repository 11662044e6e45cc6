using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Tests.Diagnostics;

/// <summary>
/// Every error and warning links to its heading in docs/errors.md (ContainerizeDiagnostic.HelpLink), so every code must
/// have one there; and every link of the README and docs/ must land on a file and a heading that exist.
/// </summary>
[TestClass]
public sealed class ErrorCodeDocumentationTests
{
    private static readonly Regex Code = new(@"CTZ\d{4}", RegexOptions.CultureInvariant);

    [TestMethod]
    public void EveryCodeTheTasksAndTargetsRaiseHasItsHeadingInTheErrorsPage()
    {
        string root = RepositoryRoot();
        ISet<string> headings = Anchors(Path.Combine(root, "docs", "errors.md"));
        IEnumerable<string> sources = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "sdk"), "*.targets", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        var raised = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string source in sources)
        {
            raised.UnionWith(Code.Matches(File.ReadAllText(source)).Select(match => match.Value));
        }

        Assert.IsGreaterThan(50, raised.Count, "the scan found too few codes to be looking at the sources");
        string[] undocumented = raised.Where(code => !headings.Contains(code.ToLowerInvariant())).ToArray();
        Assert.IsEmpty(undocumented, "no heading in docs/errors.md: " + string.Join(", ", undocumented));
    }

    [TestMethod]
    public void EveryCodeIsDefinedOnceInTheCatalogueAndNowhereElse()
    {
        string root = RepositoryRoot();
        string catalogue = Path.Combine(root, "src", "Containerize.Sdk.Tasks", "Diagnostics");
        var definitions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var elsewhere = new List<string>();
        IEnumerable<string> sources = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "sdk"), "*.targets", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        foreach (string source in sources)
        {
            bool inCatalogue = Path.GetDirectoryName(source) == catalogue && Path.GetFileName(source).StartsWith("Errors.", StringComparison.Ordinal);
            foreach (Match match in Regex.Matches(File.ReadAllText(source), "\"(CTZ\\d{4})\""))
            {
                if (!inCatalogue)
                {
                    elsewhere.Add(match.Groups[1].Value + " in " + Path.GetRelativePath(root, source));
                    continue;
                }

                string code = match.Groups[1].Value;
                if (!definitions.TryGetValue(code, out List<string>? files))
                {
                    definitions[code] = files = new List<string>();
                }

                files.Add(Path.GetFileName(source));
            }
        }

        Assert.IsGreaterThan(50, definitions.Count, "the scan found too few codes to be looking at the catalogue");
        Assert.IsEmpty(elsewhere, "codes written outside the catalogue (Diagnostics/Errors.*.cs): " + string.Join(", ", elsewhere));
        string[] twice = definitions.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key + " (" + string.Join(", ", pair.Value) + ")").ToArray();
        Assert.IsEmpty(twice, "codes defined more than once: " + string.Join(", ", twice));
    }

    [TestMethod]
    public void AHelpLinkIsTheCodesHeadingInAnErrorsPageThatExists()
    {
        string? link = new ContainerizeDiagnostic("CTZ2020", "x").HelpLink;

        Assert.IsNotNull(link, "the tasks found no docs/errors.md above " + typeof(HelpLinks).Assembly.Location);
        var uri = new Uri(link);
        Assert.IsTrue(uri.IsFile, link);
        Assert.IsTrue(File.Exists(uri.LocalPath), link);
        Assert.AreEqual("#ctz2020", uri.Fragment);
        Assert.Contains("ctz2020", Anchors(uri.LocalPath));
    }

    [TestMethod]
    public void NoErrorsPageMeansNoHelpLink()
    {
        Assert.IsNull(HelpLinks.Find(Path.GetTempPath()));
    }

    [TestMethod]
    public void EveryLinkOfTheReadmeAndTheDocsResolves()
    {
        string root = RepositoryRoot();
        var broken = new List<string>();
        IEnumerable<string> pages = new[] { "README.md", "CONTRIBUTING.md" }.Select(name => Path.Combine(root, name))
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        int links = 0;
        foreach (string page in pages)
        {
            foreach (Match link in Regex.Matches(File.ReadAllText(page), @"\]\(([^)\s]+)\)"))
            {
                string target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                links++;
                string[] parts = target.Split('#', 2);
                string file = parts[0].Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, parts[0]));
                if (!File.Exists(file) && !Directory.Exists(file))
                {
                    broken.Add(Path.GetFileName(page) + ": " + target + " (no such file)");
                }
                else if (parts.Length == 2 && !Anchors(file).Contains(parts[1]))
                {
                    broken.Add(Path.GetFileName(page) + ": " + target + " (no such heading)");
                }
            }
        }

        Assert.IsGreaterThan(20, links, "too few links found to be looking at the docs");
        Assert.IsEmpty(broken, string.Join("\n", broken));
    }

    /// <summary>The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, blanks as '-'.</summary>
    private static ISet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        bool inCode = false;
        foreach (string line in File.ReadAllLines(markdown))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && Regex.Match(line, "^#+ (.*)$") is { Success: true } heading)
            {
                anchors.Add(Regex.Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\w\- ]", "").Replace(' ', '-'));
            }
        }

        return anchors;
    }

    internal static string RepositoryRoot()
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
