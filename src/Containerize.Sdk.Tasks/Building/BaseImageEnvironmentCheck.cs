using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Inference;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Building
{
    /// <summary>
    /// Right before the build: when the engine already has the final stage's base image, what its environment
    /// (DOTNET_VERSION, ASPNET_VERSION) says it holds against what the app needs. The image is never pulled for this: a
    /// base the engine does not have is checked only by its tag, at evaluation.
    /// </summary>
    public static class BaseImageEnvironmentCheck
    {
        public const string EnvironmentFormat = "{{json .Config.Env}}";

        public static ClientCommand Inspect(ContainerClient client, string reference) =>
            client.Command(new[] { "image", "inspect", "--format", EnvironmentFormat, reference });

        /// <param name="run">Runs the inspect command (ProbeOutput.Run unless a test replaces it).</param>
        /// <param name="decision">What was found, for a low-importance message.</param>
        /// <returns>An error or warning when the image does not, or may not, run the app; null when it does or when the engine does not have it.</returns>
        public static ContainerizeDiagnostic? Check(
            ContainerClient client, string baseImage, RuntimeNeed need, Func<ClientCommand, TimeSpan, ProbeOutput> run, out string decision)
        {
            ProbeOutput inspect = run(Inspect(client, baseImage), ImageBuild.InspectTimeout);
            IReadOnlyList<string>? environment = inspect.ExitCode == 0 ? Files.JsonFile.StringArray(inspect.StandardOutput) : null;
            if (environment == null)
            {
                string why = inspect.ExitCode == 0 ? "the engine's answer is no environment" : inspect.Problem(ImageBuild.InspectTimeout);
                decision = "the environment of the base image " + baseImage + " is not checked against " + need + " (" + why + "); it is never pulled for that";
                return null;
            }

            ProvidedRuntime provided = ProvidedRuntime.FromEnvironment(environment);
            RuntimeFit fit = provided.Check(need);
            decision = "the base image " + baseImage + " says " + provided.Description + "; the app needs " + need;
            return fit == RuntimeFit.Fits ? null : Errors.BaseImageEnvironmentMismatch(baseImage, provided, need, fit);
        }
    }
}
