using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Xml;
using System.Xml.Linq;
using Containerize.Sdk.Diagnostics;

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
        private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

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
                byte[] json = File.ReadAllBytes(path);
                int start = json.Take(Utf8ByteOrderMark.Length).SequenceEqual(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
                using (XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(json, start, json.Length - start, XmlDictionaryReaderQuotas.Max))
                {
                    root = XElement.Load(reader);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is XmlException)
            {
                error = Errors.UnreadableRestoreGraph(path, exception.Message);
                return new RestoreFact[0];
            }
            catch (InvalidOperationException)
            {
                // XElement.Load's answer to a reader that holds no element at all: an empty file.
                error = Errors.UnreadableRestoreGraph(path, "the file is empty");
                return new RestoreFact[0];
            }

            XElement? projects = Member(root, "projects");
            if (projects == null || (string?)projects.Attribute("type") != "object")
            {
                error = Errors.UnreadableRestoreGraph(path, "it has no \"projects\" object");
                return new RestoreFact[0];
            }

            var facts = new List<RestoreFact>();
            foreach (XElement project in projects.Elements())
            {
                XElement? restore = Member(project, "restore");
                string projectPath = (string?)Member(restore, "projectPath") ?? Key(project);
                foreach (XElement config in Members(Member(restore, "configFilePaths")))
                {
                    facts.Add(new RestoreFact(config.Value, RestoreFactKinds.NuGetConfig, projectPath));
                }

                foreach (XElement source in Members(Member(restore, "sources")))
                {
                    facts.Add(new RestoreFact(Key(source), RestoreFactKinds.PackageSource, projectPath));
                }
            }

            return facts;
        }

        /// <summary>
        /// The JSON name of an element JsonReaderWriterFactory made: its own name, or, when the JSON name is no XML name
        /// (a path, a URL), the attribute item of an element item.
        /// </summary>
        private static string Key(XElement member) => (string?)member.Attribute("item") ?? member.Name.LocalName;

        private static XElement? Member(XElement? parent, string name) =>
            parent?.Elements().FirstOrDefault(member => string.Equals(Key(member), name, StringComparison.Ordinal));

        private static IEnumerable<XElement> Members(XElement? parent) => parent?.Elements() ?? Enumerable.Empty<XElement>();
    }
}
