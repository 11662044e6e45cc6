using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.RestoreInputs;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Turns the restore facts of the published project and its ProjectReference closure (collected by
    /// Containerize.Sdk.ProjectRestoreInputs.targets) into the restore inputs GenerateDockerfile copies.
    /// </summary>
    public sealed class ComputeRestoreInputs : Task
    {
        /// <summary>
        /// Items with metadata Kind (see RestoreFactKinds) and Project (the project full path). A RestoreGraph item brings
        /// the NuGet.config files and package sources of the whole closure (see RestoreGraphFile).
        /// </summary>
        [Required]
        public ITaskItem[] ProjectFacts { get; set; } = new ITaskItem[0];

        /// <summary>Toolset folders whose files are never restore inputs: MSBuild, the SDKs, the package cache.</summary>
        public string[] ExcludedFolders { get; set; } = new string[0];

        [Output]
        public ITaskItem[] RestoreInputs { get; set; } = new ITaskItem[0];

        /// <summary>Local folder package sources; metadata Origin says which NuGet.config or property added each.</summary>
        [Output]
        public ITaskItem[] LocalPackageSources { get; set; } = new ITaskItem[0];

        /// <summary>The TargetFrameworkMoniker of each project of the closure (metadata Project), from its TargetFramework facts.</summary>
        [Output]
        public ITaskItem[] TargetFrameworks { get; set; } = new ITaskItem[0];

        /// <summary>
        /// The build secrets of the restore: NuGet.config files with credentials (metadata Id, Digest), and environment
        /// variables that carry credentials (the item is the variable's name; metadata Id, Environment).
        /// </summary>
        [Output]
        public ITaskItem[] RestoreSecrets { get; set; } = new ITaskItem[0];

        /// <summary>What the build stage reads of the context besides the restore inputs (see ClosureFiles): folders and files.</summary>
        [Output]
        public ITaskItem[] ClosurePaths { get; set; } = new ITaskItem[0];

        /// <summary>Why the closure's files may be incomplete (an import that could not be followed), so the whole context must be sent; empty when they are complete.</summary>
        [Output]
        public string ClosureIncompleteReason { get; set; } = "";

        public override bool Execute()
        {
            List<RestoreFact> projectFacts = ProjectFacts.Select(item => new RestoreFact(item.ItemSpec, item.GetMetadata("Kind"), item.GetMetadata("Project"), item.GetMetadata("GlobDir"))).ToList();
            bool IsTargetFramework(RestoreFact fact) => string.Equals(fact.Kind, RestoreFactKinds.TargetFramework, StringComparison.OrdinalIgnoreCase);
            TargetFrameworks = projectFacts.Where(IsTargetFramework)
                .Select(fact => (fact.Value, fact.ProjectFullPath))
                .Distinct()
                .Select(framework =>
                {
                    var item = new TaskItem(framework.Value);
                    item.SetMetadata("Project", framework.ProjectFullPath);
                    return (ITaskItem)item;
                })
                .ToArray();
            ClosurePaths = ClosureFiles.Compute(projectFacts, new ImportScanner(ExcludedFolders).IsExcluded).Select(path => (ITaskItem)new TaskItem(path)).ToArray();
            IReadOnlyList<RestoreFact> facts = RestoreGraphFile.Expand(projectFacts.Where(fact => !IsTargetFramework(fact) && !string.Equals(fact.Kind, RestoreFactKinds.ContextItem, StringComparison.OrdinalIgnoreCase)), out ContainerizeDiagnostic? error);
            if (error != null)
            {
                TaskItems.Log(Log, error);
                return false;
            }

            RestoreInputResult result = RestoreInputSet.Compute(facts, ExcludedFolders);
            foreach (string skipped in result.Skipped)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: " + skipped);
            }

            ICollection<string> globalProperties = BuildEngine is IBuildEngine6 engine ? engine.GetGlobalProperties().Keys.ToList() : new List<string>();
            if (result.UnfollowedImports.FirstOrDefault(import => import.MayNameRepositoryFile(globalProperties)) is UnfollowedImport unfollowed)
            {
                ClosureIncompleteReason = "an import that may name a repository file could not be followed (" + unfollowed.Description + ")";
            }

            RestoreInputs = result.Files.Select(path => (ITaskItem)new TaskItem(path)).ToArray();
            LocalPackageSources = result.LocalPackageSources.Select(path => (ITaskItem)new TaskItem(path, new Dictionary<string, string> { ["Origin"] = result.LocalPackageSourceOrigins[path] })).ToArray();
            RestoreSecrets = result.CredentialConfigs.Select((path, index) => Secret(path, index)).ToArray();
            foreach (ITaskItem secret in RestoreSecrets)
            {
                Log.LogMessage(MessageImportance.Normal, "Containerize: " + secret.ItemSpec + " holds credentials: it is mounted as the build secret '" + secret.GetMetadata("Id") + "' for the restore, never copied into the image.");
            }

            IReadOnlyList<string> variables = EnvironmentCredentials.Find(result.CredentialConfigs, ProcessEnvironment());
            foreach (string variable in variables)
            {
                Log.LogMessage(MessageImportance.Normal, "Containerize: the environment variable " + variable + " carries credentials: it is passed as the build secret '" + RestoreSecretIds.ForEnvironment(variable) + "' and set for the restore only.");
            }

            RestoreSecrets = RestoreSecrets.Concat(variables.Select(EnvironmentSecret)).ToArray();

            return !Log.HasLoggedErrors;
        }

        /// <summary>The variable's name is the item; its value never leaves the environment (the builder passes --secret env=).</summary>
        private static ITaskItem EnvironmentSecret(string variable)
        {
            var item = new TaskItem(variable);
            item.SetMetadata("Id", RestoreSecretIds.ForEnvironment(variable));
            item.SetMetadata("Environment", variable);
            return item;
        }

        private static IReadOnlyDictionary<string, string> ProcessEnvironment()
        {
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
            {
                environment[(string)entry.Key] = entry.Value as string ?? "";
            }

            return environment;
        }

        private static ITaskItem Secret(string path, int index)
        {
            var item = new TaskItem(path);
            item.SetMetadata("Id", RestoreSecretIds.ForConfig(index));
            item.SetMetadata("Digest", NuGetConfigCredentials.DigestWithoutCredentials(path));
            return item;
        }
    }
}
