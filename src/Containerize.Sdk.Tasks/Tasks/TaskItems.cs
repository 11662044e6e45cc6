using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;
using Microsoft.Build.Framework;

namespace Containerize.Sdk.Tasks
{
    /// <summary>Conversions from MSBuild items to the plain types the library takes.</summary>
    internal static class TaskItems
    {
        public static IReadOnlyList<string> Specs(ITaskItem[]? items) =>
            items == null ? new string[0] : items.Select(item => item.ItemSpec).ToList();

        public static IReadOnlyList<string> FullPaths(ITaskItem[]? items) =>
            items == null ? new string[0] : items.Select(item => item.GetMetadata("FullPath")).ToList();

        /// <summary>Each item's non-empty metadata value, keyed by the item's full path.</summary>
        public static IReadOnlyDictionary<string, string> MetadataByFullPath(ITaskItem[]? items, string metadata)
        {
            var values = new Dictionary<string, string>();
            foreach (ITaskItem item in items ?? new ITaskItem[0])
            {
                string value = item.GetMetadata(metadata);
                if (value.Length > 0)
                {
                    values[item.GetMetadata("FullPath")] = value;
                }
            }

            return values;
        }

        public static IReadOnlyList<NamedValue> Named(ITaskItem[]? items, string metadata) =>
            items == null ? new NamedValue[0] : items.Select(item => new NamedValue(item.ItemSpec, item.GetMetadata(metadata))).ToList();

        /// <param name="file">The file the diagnostic is about, for the IDE's error list; null for none.</param>
        /// <param name="line">Its line in that file (1-based); 0 for none.</param>
        /// <param name="column">Its column; 0 for none.</param>
        public static void Log(Microsoft.Build.Utilities.TaskLoggingHelper log, Diagnostics.ContainerizeDiagnostic diagnostic, string? file = null, int line = 0, int column = 0)
        {
            if (diagnostic.IsWarning)
            {
                log.LogWarning(null, diagnostic.Code, null, diagnostic.HelpLink, file, line, column, 0, 0, diagnostic.Message);
            }
            else
            {
                log.LogError(null, diagnostic.Code, null, diagnostic.HelpLink, file, line, column, 0, 0, diagnostic.Message);
            }
        }
    }
}
