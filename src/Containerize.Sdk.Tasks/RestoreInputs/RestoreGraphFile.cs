using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// NuGet's restore graph, obj/&lt;project file&gt;.nuget.dgspec.json: for the restored project and every project of its
    /// ProjectReference closure, the NuGet.config files NuGet read (restore.configFilePaths) and the sources it used
    /// (the keys of restore.sources). Every PackageReference restore writes it, so reading it spares each project's
    /// _GetRestoreSettings on every publish, and it is what the restore whose assets the build uses actually read.
    /// </summary>
    public static class RestoreGraphFile
    {
        /// <summary>The facts, each RestoreGraph fact replaced by the facts its file holds.</summary>
        public static IReadOnlyList<RestoreFact> Expand(IEnumerable<RestoreFact> facts, out ContainerizeDiagnostic? error)
        {
            error = null;
            var expanded = new List<RestoreFact>();
            foreach (RestoreFact fact in facts)
            {
                if (!string.Equals(fact.Kind, RestoreFactKinds.RestoreGraph, StringComparison.OrdinalIgnoreCase))
                {
                    expanded.Add(fact);
                    continue;
                }

                expanded.AddRange(Read(fact.Value, out error));
                if (error != null)
                {
                    return new RestoreFact[0];
                }
            }

            return expanded;
        }

        /// <summary>For every project of the graph, a NuGetConfig fact for each config and a PackageSource fact for each source.</summary>
        public static IReadOnlyList<RestoreFact> Read(string path, out ContainerizeDiagnostic? error)
        {
            error = null;
            XElement root;
            try
            {
                root = JsonFile.Load(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is FormatException)
            {
                error = Errors.UnreadableRestoreGraph(path, exception.Message);
                return new RestoreFact[0];
            }

            XElement? projects = JsonFile.Member(root, "projects");
            if (!JsonFile.IsObject(projects))
            {
                error = Errors.UnreadableRestoreGraph(path, "it has no \"projects\" object");
                return new RestoreFact[0];
            }

            var facts = new List<RestoreFact>();
            foreach (XElement project in JsonFile.Members(projects))
            {
                XElement? restore = JsonFile.Member(project, "restore");
                string projectPath = (string?)JsonFile.Member(restore, "projectPath") ?? JsonFile.Key(project);
                foreach (XElement config in JsonFile.Members(JsonFile.Member(restore, "configFilePaths")))
                {
                    facts.Add(new RestoreFact(config.Value, RestoreFactKinds.NuGetConfig, projectPath));
                }

                foreach (XElement source in JsonFile.Members(JsonFile.Member(restore, "sources")))
                {
                    facts.Add(new RestoreFact(JsonFile.Key(source), RestoreFactKinds.PackageSource, projectPath));
                }
            }

            return facts;
        }
    }
}
