using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;

namespace Containerize.Sdk.RestoreInputs
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

        /// <summary>The restore RUN with each config mounted as a secret at its own path, readable during that RUN only.</summary>
        public static RunInstruction Mounted(ContainerSpec spec, RunInstruction restore)
        {
            if (spec.RestoreSecrets.Count == 0)
            {
                return restore;
            }

            List<SecretMount> mounts = spec.RestoreSecrets
                .Select(secret => new SecretMount(secret.Key, DockerfilePlanner.SourceDirectory + "/" + secret.Value))
                .ToList();
            return new RunInstruction(restore.Words, restore.CacheMounts, restore.SecretMounts.Concat(mounts).ToList());
        }
    }
}
