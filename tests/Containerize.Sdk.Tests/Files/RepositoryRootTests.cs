using Containerize.Sdk.Files;
using Containerize.Sdk.Tests.Slicing;

namespace Containerize.Sdk.Tests.Files;

[TestClass]
public sealed class RepositoryRootTests
{
    [TestMethod]
    public void TheNearestFolderWithAGitFolderAboveTheProject()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["repo/.git"]);
        Directory.CreateDirectory(folder["repo/src/Web"]);

        Assert.AreEqual(folder["repo"], RepositoryRoot.Find(folder["repo/src/Web"]));
        Assert.AreEqual(folder["repo"], RepositoryRoot.Find(folder["repo"]));
    }

    [TestMethod]
    public void AGitFileMarksAWorktree()
    {
        using var folder = new TempFolder();
        folder.Write("worktree/.git", "gitdir: /elsewhere/.git/worktrees/worktree\n");
        Directory.CreateDirectory(folder["worktree/src"]);

        Assert.AreEqual(folder["worktree"], RepositoryRoot.Find(folder["worktree/src"]));
    }

    [TestMethod]
    public void ASubmoduleBelongsToTheRepositoryAroundIt()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["outer/.git"]);
        folder.Write("outer/inner/.git", "gitdir: ../.git/modules/inner\n");
        Directory.CreateDirectory(folder["outer/inner/src"]);

        Assert.AreEqual(folder["outer"], RepositoryRoot.Find(folder["outer/inner/src"]));
    }

    /// <summary>
    /// Folders without .git are never a repository: the answer for plain/src is the answer for the temp folder above it
    /// (null on a machine whose temp folder is in no repository), whatever the machine. It never goes inconclusive.
    /// </summary>
    [TestMethod]
    public void FoldersWithoutGitAreNoRepository()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["plain/src"]);
        folder.Write("plain/git", "not a .git");

        Assert.AreEqual(RepositoryRoot.Find(Path.GetDirectoryName(folder.Path)!), RepositoryRoot.Find(folder["plain/src"]));
    }
}
