using Containerize.Sdk.RestoreInputs;
using Containerize.Sdk.Tests.Slicing;

namespace Containerize.Sdk.Tests.RestoreInputs;

/// <summary>What the build stage reads of the context besides the restore inputs, from the facts of a fixture repository.</summary>
[TestClass]
public sealed class ClosureFilesTests
{
    [TestMethod]
    public void ProjectFoldersAndFilesIncludedFromOtherFoldersAreRead()
    {
        using var repo = new TempFolder();
        string app = repo.Write("src/App/App.csproj", "<Project />");
        string library = repo.Write("libs/Greetings/Greetings.csproj", "<Project />");
        repo.Write("src/App/Program.cs", "");
        repo.Write("shared/Sub/Deep.cs", "");
        repo.Write("linked/One.cs", "");
        repo.Write("README.md", "");
        repo.Write("key.snk", "");
        repo.Write("toolset/package/content.txt", "");
        repo.Write(".editorconfig", "root = true");
        repo.Write("unrelated/big.bin", "");

        IReadOnlyList<string> paths = ClosureFiles.Compute(
            new[]
            {
                new RestoreFact(app, RestoreFactKinds.Project, app),
                new RestoreFact(library, RestoreFactKinds.Project, app),
                new RestoreFact(repo["src/App/Program.cs"], RestoreFactKinds.ContextItem, app),
                new RestoreFact(repo["shared/Sub/Deep.cs"], RestoreFactKinds.ContextItem, app, "Sub/"),
                new RestoreFact(repo["linked/One.cs"], RestoreFactKinds.ContextItem, app),
                new RestoreFact(repo["README.md"], RestoreFactKinds.ContextItem, library),
                new RestoreFact(repo["key.snk"], RestoreFactKinds.ContextItem, app),
                new RestoreFact(repo["toolset/package/content.txt"], RestoreFactKinds.ContextItem, app),
                new RestoreFact(repo["missing/Gone.cs"], RestoreFactKinds.ContextItem, app),
                new RestoreFact(repo["Directory.Build.props"], RestoreFactKinds.DirectoryBuildProps, app),
            },
            path => path.StartsWith(repo["toolset"], StringComparison.Ordinal));

        CollectionAssert.AreEqual(
            new[] { ".editorconfig", "README.md", "key.snk", "libs/Greetings", "linked", "shared", "src/App" },
            paths.Select(path => Path.GetRelativePath(repo.Path, path).Replace('\\', '/')).Where(path => !path.StartsWith("..", StringComparison.Ordinal)).ToArray(),
            "a '**' glob admits its own folder, a file of another folder admits that folder, a file in a folder above the project only itself");
    }
}
