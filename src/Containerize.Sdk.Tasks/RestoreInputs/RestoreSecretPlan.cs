using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// How the credential-bearing NuGet.config files reach the restore and nothing else: each is mounted as a BuildKit
    /// secret at its own path for the restore RUN, and left out of the build context by the generated .dockerignore.
    /// Environment variables that carry credentials are mounted as secrets and set for the restore command only.
    /// Refuses (CTZ2010-2012) whenever that cannot be guaranteed, rather than let a credential reach a layer.
    /// </summary>
    public sealed class RestoreSecretPlan
    {
        private RestoreSecretPlan(IReadOnlyList<KeyValuePair<string, string>> mounts, IReadOnlyList<KeyValuePair<string, string>> environment, string? digest, IReadOnlyList<string> dockerignorePatterns, IReadOnlyList<ContainerizeDiagnostic> diagnostics)
        {
            Mounts = mounts;
            Environment = environment;
            Digest = digest;
            DockerignorePatterns = dockerignorePatterns;
            Diagnostics = diagnostics;
        }

        /// <summary>Secret id and the config's context-relative path ('/' separators), where the restore finds it.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Mounts { get; }

        /// <summary>Secret id and variable name of each environment variable that carries credentials, set for the restore only.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Environment { get; }

        /// <summary>One digest of all the configs without their credentials; null when there are none.</summary>
        public string? Digest { get; }

        /// <summary>.dockerignore lines that leave the configs out of the context.</summary>
        public IReadOnlyList<string> DockerignorePatterns { get; }

        public IReadOnlyList<ContainerizeDiagnostic> Diagnostics { get; }

        public bool HasErrors => Diagnostics.Any(diagnostic => !diagnostic.IsWarning);

        /// <param name="secrets">The credential-bearing configs, from ComputeRestoreInputs.</param>
        /// <param name="context">The build context folder.</param>
        /// <param name="builderWithoutBuildKit">Null when the builder has BuildKit, else its description for CTZ2010.</param>
        /// <param name="userDockerignore">The .dockerignore the builder reads when the user wrote it (we then do not), else null.</param>
        public static RestoreSecretPlan Create(IReadOnlyList<RestoreSecret> secrets, string context, string? builderWithoutBuildKit, string? userDockerignore)
        {
            var diagnostics = new List<ContainerizeDiagnostic>();
            var mounts = new List<KeyValuePair<string, string>>();
            var environment = new List<KeyValuePair<string, string>>();
            var patterns = new List<string>();
            Slicing.DockerignorePatterns? userRules = userDockerignore != null && File.Exists(userDockerignore)
                ? Slicing.DockerignorePatterns.Parse(File.ReadAllText(userDockerignore))
                : null;

            foreach (RestoreSecret secret in secrets.OrderBy(secret => secret.Id, StringComparer.Ordinal))
            {
                if (secret.EnvironmentVariable != null)
                {
                    // Without BuildKit the variable is not passed at all: nothing can reach a layer, the restore may fail.
                    if (builderWithoutBuildKit != null)
                    {
                        diagnostics.Add(Errors.EnvironmentCredentialsNotPassed(secret.EnvironmentVariable, builderWithoutBuildKit));
                    }
                    else
                    {
                        environment.Add(new KeyValuePair<string, string>(secret.Id, secret.EnvironmentVariable));
                    }

                    continue;
                }

                if (builderWithoutBuildKit != null)
                {
                    diagnostics.Add(Errors.CredentialsNeedBuildKit(secret.Path, builderWithoutBuildKit));
                    continue;
                }

                string? relative = BuildContext.Relative(context, secret.Path);
                if (relative == null)
                {
                    diagnostics.Add(Errors.CredentialConfigOutsideContext(secret.Path, context));
                    continue;
                }

                try
                {
                    DockerfileEscaping.CheckedPath(relative, "The NuGet.config");
                }
                catch (ArgumentException exception)
                {
                    diagnostics.Add(Errors.PathNotRepresentable("The NuGet.config", relative, exception.Message));
                    continue;
                }

                string pattern = "/" + EscapePattern(relative);
                if (userRules != null && !userRules.IsIgnored(relative))
                {
                    diagnostics.Add(Errors.DockerignoreKeepsCredentials(userDockerignore!, secret.Path, pattern));
                }

                mounts.Add(new KeyValuePair<string, string>(secret.Id, relative));
                patterns.Add(pattern);
            }

            string? digest = mounts.Count == 0 ? null : CombinedDigest(secrets.Where(secret => secret.EnvironmentVariable == null));
            return new RestoreSecretPlan(mounts, environment, digest, patterns, diagnostics);
        }

        private static string CombinedDigest(IEnumerable<RestoreSecret> secrets)
        {
            string text = string.Join("\n", secrets.OrderBy(secret => secret.Id, StringComparer.Ordinal).Select(secret => secret.Id + " " + secret.Digest));
            using SHA256 sha = SHA256.Create();
            return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(text)).Select(value => value.ToString("x2")));
        }

        /// <summary>A path as a .dockerignore line that matches only it: the pattern characters escaped.</summary>
        private static string EscapePattern(string path)
        {
            var escaped = new StringBuilder();
            foreach (char current in path)
            {
                if (current == '*' || current == '?' || current == '[' || current == ']' || current == '\\' || current == '!')
                {
                    escaped.Append('\\');
                }

                escaped.Append(current);
            }

            return escaped.ToString();
        }
    }
}
