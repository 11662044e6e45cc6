using System;
using System.Collections.Generic;
using System.IO;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// Finds a client executable: an explicit path wins, then an environment variable, then the name on PATH.
    /// PATH is searched here rather than left to process start, so a missing client is a clear error, not an exception.
    /// </summary>
    public sealed class ClientPathResolver
    {
        public const string DockerEnvironmentVariable = "CONTAINERIZE_DOCKER";

        private readonly Func<string, string?> _getEnvironmentVariable;
        private readonly Func<string, bool> _fileExists;
        private readonly bool _isWindows;

        public ClientPathResolver(Func<string, string?> getEnvironmentVariable, Func<string, bool> fileExists, bool isWindows)
        {
            _getEnvironmentVariable = getEnvironmentVariable;
            _fileExists = fileExists;
            _isWindows = isWindows;
        }

        /// <summary>The resolver for this machine: the real environment and file system.</summary>
        public static ClientPathResolver ForThisMachine() =>
            new ClientPathResolver(Environment.GetEnvironmentVariable, File.Exists, Path.DirectorySeparatorChar == '\\');

        /// <summary>docker: the ContainerizeDockerPath property, then CONTAINERIZE_DOCKER, then docker on PATH.</summary>
        public ClientPathResolution ResolveDocker(string? explicitPath) =>
            Resolve("docker", "ContainerizeDockerPath", explicitPath, DockerEnvironmentVariable);

        /// <summary>podman: the ContainerizePodmanPath property, then podman on PATH.</summary>
        public ClientPathResolution ResolvePodman(string? explicitPath) =>
            Resolve("podman", "ContainerizePodmanPath", explicitPath, environmentVariable: null);

        private ClientPathResolution Resolve(string name, string property, string? explicitPath, string? environmentVariable)
        {
            if (!string.IsNullOrWhiteSpace(explicitPath))
            {
                return Locate(explicitPath!.Trim(), $"{property} '{explicitPath.Trim()}'");
            }

            string? fromEnvironment = environmentVariable == null ? null : _getEnvironmentVariable(environmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Locate(fromEnvironment!.Trim(), $"{environmentVariable} '{fromEnvironment.Trim()}'");
            }

            return Locate(name, name + " on PATH");
        }

        /// <summary>A value with a directory part is a path; a bare name is looked up on PATH, as a shell would.</summary>
        private ClientPathResolution Locate(string value, string source)
        {
            if (value.IndexOf('/') >= 0 || (_isWindows && value.IndexOf('\\') >= 0))
            {
                foreach (string candidate in WithExecutableExtensions(value))
                {
                    if (_fileExists(candidate))
                    {
                        return ClientPathResolution.At(IsRooted(candidate) ? candidate : Path.GetFullPath(candidate), source);
                    }
                }

                return ClientPathResolution.NotFound(source + ", which does not exist");
            }

            foreach (string directory in PathDirectories())
            {
                foreach (string candidate in WithExecutableExtensions(Join(directory, value)))
                {
                    if (_fileExists(candidate))
                    {
                        return ClientPathResolution.At(candidate, source);
                    }
                }
            }

            return ClientPathResolution.NotFound(source == value + " on PATH" ? value + " is not on PATH" : source + ", which is not on PATH");
        }

        private IEnumerable<string> PathDirectories()
        {
            string path = _getEnvironmentVariable("PATH") ?? "";
            foreach (string entry in path.Split(_isWindows ? ';' : ':'))
            {
                // Windows PATH entries may be quoted; an empty posix entry means the current directory, which a build must not pick up.
                string directory = entry.Trim().Trim('"');
                if (directory.Length > 0 && IsRooted(directory))
                {
                    yield return directory;
                }
            }
        }

        // Paths are taken apart by hand, not with System.IO.Path, so Windows rules can be tested on any machine.
        private bool IsRooted(string path) =>
            _isWindows
                ? path.StartsWith("\\\\", StringComparison.Ordinal) || (path.Length >= 3 && char.IsLetter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/'))
                : path.StartsWith("/", StringComparison.Ordinal);

        private string Join(string directory, string name)
        {
            char separator = _isWindows ? '\\' : '/';
            return directory.TrimEnd(separator, '/') + separator + name;
        }

        private bool HasExtension(string path)
        {
            int lastSeparator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return path.LastIndexOf('.') > lastSeparator;
        }

        private IEnumerable<string> WithExecutableExtensions(string path)
        {
            yield return path;
            if (!_isWindows || HasExtension(path))
            {
                yield break;
            }

            string extensions = _getEnvironmentVariable("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD";
            foreach (string extension in extensions.Split(';'))
            {
                if (extension.Length > 0)
                {
                    yield return path + extension.ToLowerInvariant();
                }
            }
        }
    }

    /// <summary>Where a client executable was found, or what was searched when it was not.</summary>
    public sealed class ClientPathResolution
    {
        private ClientPathResolution(string? path, string searched)
        {
            Path = path;
            Searched = searched;
        }

        /// <summary>The full path of the executable; null when none was found.</summary>
        public string? Path { get; }

        public bool Found => Path != null;

        /// <summary>Where it came from or what was tried, for messages: "ContainerizeDockerPath '/x'", "docker on PATH".</summary>
        public string Searched { get; }

        public static ClientPathResolution At(string path, string source) => new ClientPathResolution(path, source);

        public static ClientPathResolution NotFound(string searched) => new ClientPathResolution(null, searched);
    }
}
