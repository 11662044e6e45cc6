using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// The command line of an image build for each build mode. --pull only when ContainerizePull asks for it: base images
    /// may exist only locally (air-gapped networks, stand-ins), and the engine pulls what is missing anyway.
    /// </summary>
    public static class BuildCommandFactory
    {
        public const string BuildKitVariable = "DOCKER_BUILDKIT";

        public static ClientCommand Create(BuildRequest request)
        {
            var arguments = new List<string>();
            var environment = new Dictionary<string, string>();
            switch (request.Mode)
            {
                case BuildMode.Buildx:
                    arguments.AddRange(new[] { "buildx", "build" });
                    if (!string.IsNullOrEmpty(request.BuildxBuilder))
                    {
                        arguments.Add("--builder");
                        arguments.Add(request.BuildxBuilder!);
                    }

                    // A multi-platform image cannot be loaded into a docker engine: it goes to its registry directly.
                    arguments.Add(request.PushFromBuilder ? "--push" : "--load");
                    AddPlainProgress(request, arguments);
                    break;
                case BuildMode.BuildKit:
                    arguments.Add("build");
                    AddPlainProgress(request, arguments);
                    environment[BuildKitVariable] = "1";
                    break;
                case BuildMode.Legacy:
                    arguments.Add("build");

                    // A DOCKER_BUILDKIT=1 left in the user's environment makes a client without buildx refuse to build.
                    environment[BuildKitVariable] = "0";
                    break;
                case BuildMode.Podman:
                    arguments.Add("build");
                    if (request.HasHealthcheck)
                    {
                        arguments.AddRange(new[] { "--format", "docker" });
                    }

                    if (request.SourceDateEpoch is long epoch)
                    {
                        arguments.AddRange(new[] { "--timestamp", epoch.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                    }

                    break;
            }

            arguments.Add("--file");
            arguments.Add(request.DockerfilePath);
            if (!string.IsNullOrEmpty(request.Target))
            {
                arguments.Add("--target");
                arguments.Add(request.Target!);
            }

            foreach (string reference in request.ImageReferences)
            {
                arguments.Add("--tag");
                arguments.Add(reference);
            }

            foreach (KeyValuePair<string, string> buildArgument in request.BuildArguments)
            {
                arguments.Add("--build-arg");
                arguments.Add(buildArgument.Key + "=" + buildArgument.Value);
            }

            bool buildKit = request.Mode == BuildMode.Buildx || request.Mode == BuildMode.BuildKit;
            if (buildKit && SharedBuildCache.ExportsInline(request.CacheTo))
            {
                arguments.Add("--build-arg");
                arguments.Add(SharedBuildCache.InlineCacheArgument + "=1");
            }

            foreach (KeyValuePair<string, string> label in request.Labels)
            {
                arguments.Add("--label");
                arguments.Add(label.Key + "=" + label.Value);
            }

            foreach (BuildSecret secret in request.Secrets)
            {
                arguments.Add("--secret");
                arguments.Add(secret.Argument);
            }

            if (request.Platforms.Count > 0)
            {
                arguments.Add("--platform");
                arguments.Add(string.Join(",", request.Platforms));
            }

            if (!string.IsNullOrEmpty(request.Network))
            {
                arguments.Add("--network");
                arguments.Add(request.Network!);
            }

            if (request.Pull)
            {
                arguments.Add("--pull");
            }

            AddEach(arguments, "--cache-from", buildKit ? SharedBuildCache.CacheFrom(request.CacheFrom) : request.CacheFrom);
            AddEach(arguments, "--cache-to", buildKit ? request.CacheTo.Where(value => !SharedBuildCache.IsInline(value)) : request.CacheTo);
            if (request.Mode == BuildMode.Buildx && !string.IsNullOrEmpty(request.MetadataFile))
            {
                arguments.Add("--metadata-file");
                arguments.Add(request.MetadataFile!);
            }

            arguments.AddRange(request.ExtraArguments);
            arguments.Add(request.ContextDirectory);
            return request.Client.Command(arguments, environment, request.SecretVariables);
        }

        private static void AddPlainProgress(BuildRequest request, List<string> arguments)
        {
            if (request.PlainProgress)
            {
                arguments.Add("--progress=plain");
            }
        }

        private static void AddEach(List<string> arguments, string option, IEnumerable<string> values)
        {
            foreach (string value in values)
            {
                arguments.Add(option);
                arguments.Add(value);
            }
        }
    }
}
