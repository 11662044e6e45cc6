using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// What the build stage needs of the context besides the restore inputs, as full paths: the folder of every project
    /// of the closure, the files its projects include from outside their own folders (ContextItem facts), and the
    /// .editorconfig, .globalconfig and Directory.Build.rsp files above each project, which the compiler and MSBuild
    /// read without an item naming them. Sorted, so the generated .dockerignore is stable.
    /// </summary>
    public static class ClosureFiles
    {
        private static readonly string[] FilesReadFromFoldersAbove = { ".editorconfig", ".globalconfig", "Directory.Build.rsp" };

        /// <param name="facts">The facts of the whole closure; only Project and ContextItem facts are read.</param>
        /// <param name="isToolsetFile">True for files of the SDK, the .NET installation and the package cache: the SDK image has its own.</param>
        public static IReadOnlyList<string> Compute(IEnumerable<RestoreFact> facts, Func<string, bool> isToolsetFile)
        {
            var paths = new HashSet<string>(Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (RestoreFact fact in facts)
            {
                if (fact.Value.Trim().Length == 0)
                {
                    continue;
                }

                string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(fact.ProjectFullPath))!;
                if (string.Equals(fact.Kind, RestoreFactKinds.Project, StringComparison.OrdinalIgnoreCase))
                {
                    string folder = Path.GetDirectoryName(Path.GetFullPath(fact.Value))!;
                    paths.Add(folder);
                    paths.UnionWith(FilesAbove(folder));
                }
                else if (string.Equals(fact.Kind, RestoreFactKinds.ContextItem, StringComparison.OrdinalIgnoreCase))
                {
                    string path = Path.GetFullPath(fact.Value.Trim());
                    if ((File.Exists(path) || Directory.Exists(path)) && !isToolsetFile(path) && !IsUnder(path, projectDirectory))
                    {
                        paths.Add(Admitted(path, fact.GlobDirectory, projectDirectory));
                    }
                }
            }

            return paths.OrderBy(path => path.Replace('\\', '/'), StringComparer.Ordinal).ToList();
        }

        /// <summary>
        /// A file from a '**' glob admits the glob's folder, so a file added there later is sent too; so does a file of
        /// another folder (a '*' glob there looks the same as a single file). A file in a folder that holds the project
        /// (a linked README, a key file, a shared AssemblyInfo.cs) admits only itself: its folder would be the whole tree.
        /// </summary>
        private static string Admitted(string path, string globDirectory, string projectDirectory)
        {
            string folder = Path.GetDirectoryName(path)!;
            string glob = globDirectory.Trim().TrimEnd('/', '\\');
            if (glob.Length > 0)
            {
                string globRoot = folder;
                for (int depth = glob.Split('/', '\\').Length; depth > 0 && globRoot.Length > 0; depth--)
                {
                    globRoot = Path.GetDirectoryName(globRoot) ?? "";
                }

                return globRoot.Length > 0 ? globRoot : folder;
            }

            return IsUnder(projectDirectory, folder) ? path : folder;
        }

        private static IEnumerable<string> FilesAbove(string projectDirectory)
        {
            for (string? folder = projectDirectory; folder != null; folder = Path.GetDirectoryName(folder))
            {
                foreach (string name in FilesReadFromFoldersAbove)
                {
                    string file = Path.Combine(folder, name);
                    if (File.Exists(file))
                    {
                        yield return file;
                    }
                }
            }
        }

        /// <summary>Whether the path is the folder or lies inside it.</summary>
        private static bool IsUnder(string path, string folder) => BuildContext.Relative(folder, path) != null;
    }
}
