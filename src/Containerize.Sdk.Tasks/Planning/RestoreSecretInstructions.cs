using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Dockerfiles;

namespace Containerize.Sdk.Planning
{
    /// <summary>The build-stage instructions for the credential-bearing NuGet.config files of ContainerSpec.RestoreSecrets.</summary>
    public static class RestoreSecretInstructions
    {
        /// <summary>Holds the configs' digest (without credentials) so that a change of feeds re-runs the restore.</summary>
        public const string DigestVariable = "CONTAINERIZE_RESTORE_CONFIG_DIGEST";

        /// <summary>
        /// An ENV with the digest, before the restore: BuildKit keys a RUN on its environment but not on the content of
        /// its secret mounts. Nothing when there are no secrets.
        /// </summary>
        public static IEnumerable<Instruction> Digest(ContainerSpec spec)
        {
            if (spec.RestoreSecrets.Count == 0 || spec.RestoreSecretsDigest == null)
            {
                return new Instruction[0];
            }

            return new[] { new EnvInstruction(new[] { new KeyValuePair<string, string>(DigestVariable, "sha256:" + spec.RestoreSecretsDigest) }) };
        }

        /// <summary>
        /// The restore RUN with each config mounted as a secret at its own path, and each credential variable mounted and
        /// set for the dotnet restore command alone (NAME="$(cat /run/secrets/id)" dotnet restore ...): readable during
        /// that RUN only, and in no layer, ENV or history entry.
        /// </summary>
        public static RunInstruction Mounted(ContainerSpec spec, RunInstruction restore)
        {
            if (spec.RestoreSecrets.Count == 0 && spec.RestoreSecretEnvironment.Count == 0)
            {
                return restore;
            }

            IEnumerable<SecretMount> configs = spec.RestoreSecrets
                .Select(secret => new SecretMount(secret.Key, StageLayout.SourceDirectory + "/" + secret.Value));
            IEnumerable<SecretMount> variables = spec.RestoreSecretEnvironment
                .Select(secret => new SecretMount(secret.Key, StageLayout.SecretsDirectory + "/" + secret.Key));
            IEnumerable<ShellWord> assignments = spec.RestoreSecretEnvironment
                .Select(secret => ShellWord.Raw(CheckedName(secret.Value) + "=\"$(cat " + StageLayout.SecretsDirectory + "/" + secret.Key + ")\""));
            return new RunInstruction(
                assignments.Concat(restore.Words).ToList(),
                restore.CacheMounts,
                restore.SecretMounts.Concat(configs).Concat(variables).ToList());
        }

        /// <summary>A raw shell word is never user input: the name is checked here, though the targets checked it too.</summary>
        private static string CheckedName(string variable)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(variable, "^[A-Za-z_][A-Za-z0-9_]*$"))
            {
                throw new System.ArgumentException("The environment variable name '" + variable + "' cannot be written into the Dockerfile.");
            }

            return variable;
        }
    }
}
