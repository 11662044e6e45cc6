using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Images
{
    /// <summary>The commands that move a built image on: push it to its registry, or save it as an archive.</summary>
    public static class ImageCommands
    {
        /// <summary>
        /// <c>docker push ref</c>. Podman prints no digest, so it is asked to write it to a file; docker prints
        /// "tag: digest: sha256:… size: …" at the end of every push.
        /// </summary>
        public static ClientCommand Push(ContainerClient client, BuilderKind kind, string reference, string? podmanDigestFile)
        {
            var arguments = new List<string> { "push" };
            if (kind == BuilderKind.Podman && !string.IsNullOrEmpty(podmanDigestFile))
            {
                arguments.Add("--digestfile");
                arguments.Add(podmanDigestFile!);
            }

            arguments.Add(reference);
            return client.Command(arguments);
        }

        /// <summary>
        /// <c>docker save --output path ref…</c>: one archive that <c>docker load</c> reads back with every tag. Podman
        /// writes its own OCI layout unless asked for the docker archive, and needs -m to keep more than one name.
        /// </summary>
        public static ClientCommand Save(ContainerClient client, BuilderKind kind, string archivePath, IReadOnlyList<string> references)
        {
            var arguments = new List<string> { "save", "--output", archivePath };
            if (kind == BuilderKind.Podman)
            {
                arguments.InsertRange(1, new[] { "--format", "docker-archive" });
                if (references.Count > 1)
                {
                    arguments.Insert(1, "--multi-image-archive");
                }
            }

            arguments.AddRange(references);
            return client.Command(arguments);
        }

        /// <summary>The repository of a reference, registry/repository:tag without its tag (a registry port is kept).</summary>
        public static string RepositoryOf(string reference)
        {
            int colon = reference.LastIndexOf(':');
            return colon > reference.LastIndexOf('/') ? reference.Substring(0, colon) : reference;
        }

        /// <summary>The tag of a reference; "latest" when it has none.</summary>
        public static string TagOf(string reference)
        {
            int colon = reference.LastIndexOf(':');
            return colon > reference.LastIndexOf('/') ? reference.Substring(colon + 1) : "latest";
        }

        /// <summary>repository:tag-suffix: a tag of the same repository beside the reference's own (latest when it has none).</summary>
        public static string WithTagSuffix(string reference, string suffix) => RepositoryOf(reference) + ":" + TagOf(reference) + suffix;

        /// <summary>repository@digest: the reference that pulls exactly the pushed image.</summary>
        public static string DigestReference(string reference, string digest) => RepositoryOf(reference) + "@" + digest;

        public static IReadOnlyList<string> Tags(IEnumerable<string> references) => references.Select(TagOf).ToList();
    }
}
