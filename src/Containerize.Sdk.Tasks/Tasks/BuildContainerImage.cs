using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Builds the image with the client and mode ProbeContainerBuilder chose. Each output line goes to the log at normal
    /// importance as it arrives; a failure is one CTZ3003 error pointing at the failing Dockerfile line.
    /// </summary>
    public sealed class BuildContainerImage : Task, ICancelableTask
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        [Required]
        public string BuilderPath { get; set; } = "";

        /// <summary>buildx, buildkit, legacy or podman.</summary>
        [Required]
        public string BuildMode { get; set; } = "";

        [Required]
        public string DockerfilePath { get; set; } = "";

        [Required]
        public string ContextDirectory { get; set; } = "";

        /// <summary>The image repository, such as contoso/web-api or registry.example.com/team/app.</summary>
        [Required]
        public string ImageName { get; set; } = "";

        /// <summary>Tags to give the image; latest when there are none.</summary>
        public string[]? ImageTags { get; set; }

        /// <summary>--build-arg items: the item is the name, its Value metadata the value.</summary>
        public ITaskItem[]? BuildArguments { get; set; }

        /// <summary>The target platform, such as linux/arm64; empty for the engine's own.</summary>
        public string? Platform { get; set; }

        /// <summary>ContainerizeBuildArguments: more arguments for the client, split on blanks outside quotes.</summary>
        public string? ExtraArguments { get; set; }

        /// <summary>ContainerizeBuildTimeout: minutes the build may take; 0 for no limit.</summary>
        public double TimeoutMinutes { get; set; }

        /// <summary>A file to record the image id in; written only when the id changes.</summary>
        public string? ImageIdFile { get; set; }

        [Output]
        public string ImageId { get; set; } = "";

        public void Cancel() => _cancellation.Cancel();

        public override bool Execute()
        {
            try
            {
                return Build();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, BuilderErrors.Unexpected("building the image from " + DockerfilePath, exception));
                return false;
            }
        }

        private bool Build()
        {
            BuildRequest? request = Request(out string dockerfileText);
            if (request == null)
            {
                return false;
            }

            ClientCommand command = BuildCommandFactory.Create(request);
            Log.LogMessage(MessageImportance.Low, "Containerize: running " + command);
            TimeSpan? timeout = TimeoutMinutes > 0 ? TimeSpan.FromMinutes(TimeoutMinutes) : (TimeSpan?)null;
            ImageBuildOutcome outcome = ImageBuild.Run(
                request,
                dockerfileText,
                timeout,
                line => Log.LogMessage(MessageImportance.Normal, "  " + line.Text),
                _cancellation.Token);

            if (outcome.Canceled)
            {
                Log.LogMessage(MessageImportance.High, "Containerize: the image build was canceled.");
                return false;
            }

            if (!outcome.Succeeded)
            {
                ContainerizeDiagnostic error = outcome.Error!;
                Log.LogError(null, error.Code, null, error.HelpLink, outcome.ErrorFile, outcome.ErrorLine, 0, 0, 0, error.Message);
                return false;
            }

            ImageInspectReport image = outcome.Image!;
            ImageId = image.ImageId;
            if (!string.IsNullOrEmpty(ImageIdFile))
            {
                bool written = GeneratedFile.WriteIfChanged(ImageIdFile!, image.ImageId + "\n");
                Log.LogMessage(MessageImportance.Low, "Containerize: " + ImageIdFile + (written ? " written" : " unchanged"));
            }

            // Each reference is repository:tag, and a registry port comes before the repository's last ':'.
            IEnumerable<string> tags = request.ImageReferences.Select(reference => reference.Substring(reference.LastIndexOf(':') + 1));
            Log.LogMessage(
                MessageImportance.High,
                "Containerize: built {0} with tags {1} (image {2}, {3} MB) in {4} s",
                ImageName.Trim(),
                string.Join(", ", tags),
                image.ShortId,
                image.SizeMegabytes,
                outcome.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
            return !Log.HasLoggedErrors;
        }

        /// <returns>The request; null after logging an error when a parameter is not usable.</returns>
        private BuildRequest? Request(out string dockerfileText)
        {
            dockerfileText = "";
            if (!BuildModeNames.TryParseMode(BuildMode, out BuildMode mode))
            {
                return Invalid("BuildMode", BuildMode, "use buildx, buildkit, legacy or podman, as ProbeContainerBuilder returns it");
            }

            string repository = ImageName.Trim();
            if (repository.Length == 0 || repository.Any(char.IsWhiteSpace))
            {
                return Invalid("ImageName", ImageName, "it must be an image repository without blanks");
            }

            IReadOnlyList<string> tags = (ImageTags ?? new string[0]).Select(tag => tag.Trim()).Where(tag => tag.Length > 0).ToList();
            string? badTag = tags.FirstOrDefault(tag => tag.Any(c => char.IsWhiteSpace(c) || c == ':' || c == '/'));
            if (badTag != null)
            {
                return Invalid("ImageTags", badTag, "a tag holds no blanks, ':' or '/'");
            }

            IReadOnlyList<string>? extra = CommandLineSplitter.Split(ExtraArguments);
            if (extra == null)
            {
                return Invalid("ExtraArguments", ExtraArguments ?? "", "a quote is not closed");
            }

            if (!File.Exists(DockerfilePath))
            {
                return Invalid("DockerfilePath", DockerfilePath, "the file does not exist");
            }

            if (!Directory.Exists(ContextDirectory))
            {
                return Invalid("ContextDirectory", ContextDirectory, "the folder does not exist");
            }

            dockerfileText = File.ReadAllText(DockerfilePath);
            return new BuildRequest
            {
                Mode = mode,
                ClientPath = BuilderPath,
                DockerfilePath = DockerfilePath,
                ContextDirectory = ContextDirectory,
                ImageReferences = (tags.Count > 0 ? tags : new[] { "latest" }).Select(tag => repository + ":" + tag).ToList(),
                BuildArguments = (BuildArguments ?? new ITaskItem[0])
                    .Select(item => new KeyValuePair<string, string>(item.ItemSpec, item.GetMetadata("Value")))
                    .ToList(),
                Platform = string.IsNullOrWhiteSpace(Platform) ? null : Platform!.Trim(),
                ExtraArguments = extra,
                HasHealthcheck = ImageBuild.HasHealthcheck(dockerfileText),
            };
        }

        private BuildRequest? Invalid(string parameter, string value, string rule)
        {
            TaskItems.Log(Log, BuilderErrors.InvalidBuildInput(parameter, value, rule));
            return null;
        }
    }
}
