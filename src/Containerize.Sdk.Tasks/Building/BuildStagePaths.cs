using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// Maps the paths in errors from the build stage back to the host: the generated Dockerfile copies the build context
    /// into <see cref="StageLayout.SourceDirectory"/>, so /src/a/b.cs is a/b.cs under the context folder.
    /// </summary>
    public static class BuildStagePaths
    {
        private static readonly string SourcePrefix = StageLayout.SourceDirectory + "/";

        /// <returns>
        /// The host file a build-stage path names; null when it lies outside the source folder or no such file is in the
        /// context (a file the build generated, or a Dockerfile of the user's that lays the sources out otherwise).
        /// </returns>
        public static string? ToHost(string containerPath, string contextDirectory)
        {
            if (!containerPath.StartsWith(SourcePrefix, StringComparison.Ordinal))
            {
                return null;
            }

            string[] segments = containerPath.Substring(SourcePrefix.Length).Split('/');
            if (segments.Contains(".."))
            {
                return null;
            }

            string host = Path.GetFullPath(Path.Combine(contextDirectory, string.Join(Path.DirectorySeparatorChar.ToString(), segments)));
            return File.Exists(host) ? host : null;
        }

        /// <summary>
        /// The error as the host's error list should show it: at the host file it names, or else at its project, or else
        /// at the failing Dockerfile line. A location that has no host file stays in the message.
        /// </summary>
        /// <param name="error">The error with build-stage paths.</param>
        /// <param name="dockerfilePath">The Dockerfile that was built.</param>
        /// <param name="dockerfileLine">The failing step's line; 0 when unknown.</param>
        public static MsBuildError ToHost(MsBuildError error, string contextDirectory, string dockerfilePath, int dockerfileLine)
        {
            if (error.OriginIsFile && ToHost(error.Origin, contextDirectory) is string file)
            {
                return error with { Origin = file, Project = null };
            }

            string message = error.OriginIsFile ? $"{error.Message} (at {Location(error)} in the build container)" : error.Message;
            string? project = error.Project == null ? null : ToHost(error.Project, contextDirectory);
            return project != null
                ? error with { Origin = project, Line = 0, Column = 0, Message = message, Project = null }
                : error with { Origin = dockerfilePath, Line = dockerfileLine, Column = 0, Message = message, Project = null };
        }

        private static string Location(MsBuildError error)
        {
            if (error.Line == 0)
            {
                return error.Origin;
            }

            string line = error.Line.ToString(CultureInfo.InvariantCulture);
            return error.Column == 0
                ? $"{error.Origin}({line})"
                : $"{error.Origin}({line},{error.Column.ToString(CultureInfo.InvariantCulture)})";
        }
    }
}
