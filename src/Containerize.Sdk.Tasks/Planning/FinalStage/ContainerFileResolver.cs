using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// ContainerFile items: a file or folder in the build context (Include) copied to an absolute path in the image
    /// (Destination; ending in '/' keeps the file name) before the app, so they form layers that rarely change. Chmod
    /// (octal) needs BuildKit's COPY --chmod; without BuildKit it is a warning and the file keeps its mode from the context.
    /// </summary>
    public static class ContainerFileResolver
    {
        private static readonly Regex Mode = new Regex("^[0-7]{3,4}$", RegexOptions.CultureInvariant);

        public static IReadOnlyList<ContainerFileSpec> Resolve(IReadOnlyList<ContainerFileSetting> files, string context, bool useBuildKit, Findings result)
        {
            var resolved = new List<ContainerFileSpec>();
            foreach (ContainerFileSetting file in files)
            {
                string? source = Source(file.Source, context, result);
                string? destination = Destination(file, result);
                string? chmod = Chmod(file, useBuildKit, result);
                if (source != null && destination != null)
                {
                    resolved.Add(new ContainerFileSpec(source, destination, chmod));
                }
            }

            return resolved;
        }

        private static string? Source(string path, string context, Findings result)
        {
            // BuildContext reads '\\' as a separator; on Linux it is a character of the name, which COPY cannot hold.
            if (Path.DirectorySeparatorChar == '/' && path.IndexOf('\\') >= 0)
            {
                result.Diagnostics.Add(Errors.PathNotRepresentable("ContainerFile", path, "it contains '\\'"));
                return null;
            }

            string? relative = BuildContext.Relative(context, path);
            if (relative == null)
            {
                result.Diagnostics.Add(Errors.ContainerFileOutsideContext(path, context));
                return null;
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                result.Diagnostics.Add(Errors.ContainerFileMissing(path));
                return null;
            }

            if (ContextExclusions.ExcludingPattern(relative) is string pattern)
            {
                result.Diagnostics.Add(Errors.ContainerFileExcluded(path, pattern));
                return null;
            }

            try
            {
                return DockerfileEscaping.CheckedPath(relative.Length == 0 ? "." : relative, "ContainerFile");
            }
            catch (System.ArgumentException exception)
            {
                result.Diagnostics.Add(Errors.PathNotRepresentable("ContainerFile", relative, exception.Message));
                return null;
            }
        }

        private static string? Destination(ContainerFileSetting file, Findings result)
        {
            string destination = (file.Destination ?? "").Trim();
            bool valid = destination.StartsWith("/", System.StringComparison.Ordinal) && DockerfileText.FitsOnOneLine(destination);
            if (valid)
            {
                try
                {
                    DockerfileEscaping.CheckedPath(destination, "ContainerFile Destination");
                }
                catch (System.ArgumentException)
                {
                    valid = false;
                }
            }

            if (!valid)
            {
                result.Diagnostics.Add(Errors.InvalidContainerFileDestination(file.Source, destination));
                return null;
            }

            return destination;
        }

        private static string? Chmod(ContainerFileSetting file, bool useBuildKit, Findings result)
        {
            string chmod = (file.Chmod ?? "").Trim();
            if (chmod.Length == 0)
            {
                return null;
            }

            if (!Mode.IsMatch(chmod))
            {
                result.Diagnostics.Add(Errors.InvalidChmod(file.Source, chmod));
                return null;
            }

            if (!useBuildKit)
            {
                result.Diagnostics.Add(Errors.ChmodWithoutBuildKit(file.Source, chmod));
            }

            return chmod;
        }
    }
}
