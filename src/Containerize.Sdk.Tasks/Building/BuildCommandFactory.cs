using System.Collections.Generic;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// The command line of an image build for each build mode. Never --pull: base images may exist only locally (air-gapped
    /// networks, stand-ins), and the engine pulls what is missing anyway.
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
                    arguments.AddRange(new[] { "buildx", "build", "--load", "--progress=plain" });
                    break;
                case BuildMode.BuildKit:
                    arguments.AddRange(new[] { "build", "--progress=plain" });
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

                    break;
            }

            arguments.Add("--file");
            arguments.Add(request.DockerfilePath);
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

            if (!string.IsNullOrEmpty(request.Platform))
            {
                arguments.Add("--platform");
                arguments.Add(request.Platform!);
            }

            arguments.AddRange(request.ExtraArguments);
            arguments.Add(request.ContextDirectory);
            return new ClientCommand(request.ClientPath, arguments, environment);
        }
    }
}
