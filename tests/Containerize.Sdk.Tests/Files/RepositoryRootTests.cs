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

    [TestMethod]
    public void NullOutsideARepository()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["plain/src"]);
        Assume(RepositoryRoot.Find(folder.Path) == null);

        Assert.IsNull(RepositoryRoot.Find(folder["plain/src"]));
    }

    // The temp folder itself could sit inside a repository on some machine; the test says nothing there.
    private static void Assume(bool condition)
    {
        if (!condition)
        {
            Assert.Inconclusive("the temp folder lies inside a git repository");
        }
    }
}
