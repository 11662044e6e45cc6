using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;
namespace Containerize.Sdk.Planning
{
    /// <summary>The build context: its folder, the project and restore inputs relative to it, the refusals and warnings about where it lies, and what of it the build stage is sent.</summary>
    internal static class ContextResolver
    {
        public static ContextPaths Resolve(ContainerSettings settings, ContainerizeMode mode, ContainerSpecResult result)
        {
            string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.ProjectFullPath))!;
            // The credential-bearing configs are read by the restore too: they are mounted from inside the context.
            List<string> restoreFiles = settings.RestoreInputs.Concat(settings.RestoreSecrets.Where(secret => secret.EnvironmentVariable == null).Select(secret => secret.Path)).ToList();
            var everything = new List<string> { projectDirectory };
            everything.AddRange(restoreFiles.Select(input => Path.GetDirectoryName(Path.GetFullPath(input))!));
            everything.AddRange(settings.LocalPackageSources);
            string context;
            if (ContainerSpecFactory.Blank(settings.ContextDirectory) is string explicitContext)
            {
                context = Path.GetFullPath(explicitContext);
                result.Decisions.Add("build context " + context + " (ContainerizeContext)");
            }
            else
            {
                context = BuildContext.CommonFolder(everything);
                result.Decisions.Add("build context " + context + ": the smallest folder that holds the project and its restore inputs");
                // Publish mode builds from the staged publish output instead, so this context is never sent.
                if (mode == ContainerizeMode.Source && !RefuseRootOrHome(settings, context, projectDirectory, result))
                {
                    WarnAboveRepository(settings, context, result);
                }
            }

            result.ContextDirectory = context;
            string? project = BuildContext.Relative(context, settings.ProjectFullPath);
            if (project == null)
            {
                result.Diagnostics.Add(Errors.InputOutsideContext(settings.ProjectFullPath, context));
                return new ContextPaths("", new string[0]);
            }

            string projectPath = CheckPath(project, "The project path", result);
            var inputs = new List<string>();
            foreach (string input in restoreFiles)
            {
                string? relative = BuildContext.Relative(context, input);
                if (relative == null)
                {
                    result.Diagnostics.Add(Errors.InputOutsideContext(input, context));
                    continue;
                }

                inputs.Add(CheckPath(relative, "The restore input", result));
            }

            foreach (string source in settings.LocalPackageSources)
            {
                string? relative = BuildContext.Relative(context, source);
                if (relative == null)
                {
                    settings.LocalPackageSourceOrigins.TryGetValue(source, out string? origin);
                    result.Diagnostics.Add(Errors.LocalSourceOutsideContext(source, origin, context));
                    continue;
                }

                inputs.Add(CheckPath(relative.Length == 0 ? "./" : relative.TrimEnd('/') + "/", "The local package source", result));
            }

            List<string> sorted = inputs.Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal).ToList();
            foreach (string input in sorted)
            {
                result.Decisions.Add("restore input " + input);
            }

            return new ContextPaths(projectPath, sorted);
        }

        /// <summary>The project and the restore inputs, relative to the build context.</summary>
        public sealed record ContextPaths(string Project, IReadOnlyList<string> RestoreInputs);


        /// <summary>
        /// A context of '/' or of the home folder (or a folder above it) would send the whole machine, or every project and
        /// secret the user has, to the builder: an error naming the inputs that pulled it there, never a build.
        /// </summary>
        private static bool RefuseRootOrHome(ContainerSettings settings, string context, string projectDirectory, ContainerSpecResult result)
        {
            bool isRoot = BuildContext.IsFileSystemRoot(context);
            string? home = ContainerSpecFactory.Blank(settings.HomeDirectory);
            if (!isRoot && (home == null || BuildContext.Relative(context, home) == null))
            {
                return false;
            }

            // The inputs beside the branch of the context that holds the project are the ones that widened it.
            string projectRelative = BuildContext.Relative(context, projectDirectory) ?? "";
            string branch = Path.Combine(context, projectRelative.Split('/')[0]);
            List<string> pulling = settings.RestoreInputs.Concat(settings.LocalPackageSources)
                .Where(input => projectRelative.Length == 0 || BuildContext.Relative(branch, input) == null)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(input => input, StringComparer.Ordinal)
                .ToList();
            if (pulling.Count == 0)
            {
                pulling.Add(settings.ProjectFullPath);
            }

            List<string> described = pulling
                .Select(input => "'" + input + "'" + (settings.LocalPackageSourceOrigins.TryGetValue(input, out string? origin) ? " (" + origin + ")" : ""))
                .ToList();

            result.Diagnostics.Add(Errors.ContextAtRootOrHome(context, isRoot, described));
            return true;
        }

        /// <summary>
        /// A NuGet.config, global.json or feed above the repository pulls the context up with it, and with it every folder
        /// beside the repository: the user should hear of it, not find it in a slow build.
        /// </summary>
        private static void WarnAboveRepository(ContainerSettings settings, string context, ContainerSpecResult result)
        {
            string? repository = ContainerSpecFactory.Blank(settings.RepositoryRoot);
            if (repository == null || BuildContext.Relative(context, repository) is not string relative || relative.Length == 0)
            {
                return;
            }

            var outside = new List<string>();
            foreach (string input in settings.RestoreInputs.Concat(settings.LocalPackageSources))
            {
                if (BuildContext.Relative(repository, input) == null && !outside.Contains(input))
                {
                    outside.Add(input);
                }
            }

            outside.Sort(StringComparer.Ordinal);
            result.Diagnostics.Add(Errors.ContextAboveRepository(context, Path.GetFullPath(repository), outside));
        }

        private static string CheckPath(string path, string what, ContainerSpecResult result)
        {
            try
            {
                return Dockerfiles.DockerfileEscaping.CheckedPath(path, what);
            }
            catch (ArgumentException exception)
            {
                result.Diagnostics.Add(Errors.PathNotRepresentable(what, path, exception.Message));
                return path;
            }
        }


        /// <summary>What the build stage reads of the context (see ContextAdmission), or null for the whole context.</summary>
        public static IReadOnlyList<string>? AdmittedPaths(ContainerSettings settings, ContainerSpecResult result)
        {
            ContextAdmission admission = ContainerSpecFactory.Blank(settings.WholeContextReason) is string reason
                ? ContextAdmission.WholeContext(reason)
                : ContextAdmission.Compute(
                    result.ContextDirectory,
                    new[] { Path.GetDirectoryName(Path.GetFullPath(settings.ProjectFullPath))! }
                        .Concat(settings.ClosurePaths)
                        .Concat(settings.RestoreInputs)
                        .Concat(settings.LocalPackageSources)
                        .Concat(settings.FinalStage.Files.Select(file => file.Source)));
            result.Decisions.AddRange(admission.Decisions);
            if (admission.Paths != null)
            {
                result.Decisions.Add("the build context admits only what the project closure is built from: " + string.Join(", ", admission.Paths));
            }

            return admission.Paths;
        }
    }
}
