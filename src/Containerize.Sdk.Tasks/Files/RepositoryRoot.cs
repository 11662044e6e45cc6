using System.IO;

namespace Containerize.Sdk.Files
{
    /// <summary>The git repository a project lives in, found by its .git folder (or the .git file of a worktree or submodule).</summary>
    public static class RepositoryRoot
    {
        /// <returns>
        /// The outermost folder at or above the given one that holds .git, so that a submodule counts as part of the
        /// repository around it; null outside a repository.
        /// </returns>
        public static string? Find(string directory)
        {
            string? outermost = null;
            for (DirectoryInfo? folder = new DirectoryInfo(Path.GetFullPath(directory)); folder != null; folder = folder.Parent)
            {
                string git = Path.Combine(folder.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    outermost = folder.FullName;
                }
            }

            return outermost;
        }
    }
}
