using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.BuildOutput;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;
using Containerize.Sdk.Images;
using Containerize.Sdk.Inference;
using Containerize.Sdk.Processes;
using Microsoft.Build.Framework;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Builds the image with the client and mode ProbeContainerBuilder chose. Each output line goes to the log at normal
    /// importance as it arrives, and into BuildLogFile; a failure is each MSBuild error the failing step printed, at its
    /// host file, then one CTZ3003 error pointing at the failing Dockerfile line. A multi-platform
    /// image is pushed by the builder itself; a single-platform one is pushed afterwards by PushContainerImage, which then
    /// writes the summary line.
    /// </summary>
    public sealed class BuildContainerImage : ImageBuildTask, ICancelableTask
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        [Required]
        public string BuilderPath { get; set; } = "";

        /// <summary>buildx, buildkit, legacy or podman.</summary>
        [Required]
        public string BuildMode { get; set; } = "";

        /// <summary>ContainerizeBuildTimeout: minutes the build may take; 0 for no limit.</summary>
        public double TimeoutMinutes { get; set; }

        /// <summary>A file to record the image id in; written only when the id changes.</summary>
        public string? ImageIdFile { get; set; }

        /// <summary>The file the builder's whole output goes to, replaced by each build.</summary>
        public string? BuildLogFile { get; set; }

        /// <summary>A file to record the digest in when the builder pushed the image.</summary>
        public string? ImageDigestFile { get; set; }

        /// <summary>The final stage's base image (ContainerizeBaseImage), whose environment is checked when the engine has it.</summary>
        public string? BaseImage { get; set; }

        /// <summary>
        /// Where to record the digest of each base image the build used (base-images.json, in the lock file's format);
        /// empty for nowhere.
        /// </summary>
        public string? BaseImagesFile { get; set; }

        /// <summary>Whether the base image's digest labels the image (ContainerGenerateLabels is not false).</summary>
        public bool LabelBaseImageDigest { get; set; } = true;

        /// <summary>The shared framework the base image must hold (GenerateDockerfile's RequiredFramework); empty for no check.</summary>
        public string? RequiredFramework { get; set; }

        /// <summary>Its major.minor.</summary>
        public string? RequiredFrameworkVersion { get; set; }

        private string BaseImagesSuffix => BaseImageSummary.Length == 0 ? "" : "; base images " + BaseImageSummary;

        private string AppSourceSuffix => string.IsNullOrWhiteSpace(AppSource) ? "" : ", " + AppSource!.Trim();

        /// <summary>GenerateDockerfile's AppSource: where the app came from, for the summary line; empty to say nothing.</summary>
        public string? AppSource { get; set; }

        /// <summary>The local image's id; empty when the builder pushed the image instead of loading it.</summary>
        [Output]
        public string ImageId { get; set; } = "";

        /// <summary>The digest of the image (or multi-platform index) the builder pushed; empty otherwise.</summary>
        [Output]
        public string ImageDigest { get; set; } = "";

        /// <summary>The build-stage cache image's references (SharedBuildCache), for the push; empty when none was built.</summary>
        [Output]
        public string[] BuildStageCacheReferences { get; set; } = new string[0];

        /// <summary>Whether the builder pushed the image itself, so no push follows.</summary>
        [Output]
        public bool Pushed { get; set; }

        /// <summary>Each base image with its digest, for the summary the push writes.</summary>
        [Output]
        public string BaseImageSummary { get; set; } = "";

        /// <summary>How long the build took, in seconds, for the summary the push writes.</summary>
        [Output]
        public string BuildSeconds { get; set; } = "";

        public void Cancel() => _cancellation.Cancel();

        public override bool Execute()
        {
            try
            {
                return Build();
            }
            catch (Exception exception)
            {
                TaskItems.Log(Log, Errors.Unexpected("building the image from " + DockerfilePath, exception));
                return false;
            }
        }

        private bool Build()
        {
            if (!BuildModeNames.TryParseMode(BuildMode, out BuildMode mode))
            {
                Invalid("BuildMode", BuildMode, "use buildx, buildkit, legacy or podman, as ProbeContainerBuilder returns it");
                return false;
            }

            // A pushed image is not in the engine to inspect: buildx writes its digest into the metadata file instead.
            string? metadataFile = Push && PlatformList.Count > 1 ? Path.GetTempFileName() : null;
            try
            {
                string? logFile = string.IsNullOrEmpty(BuildLogFile) ? null : Path.GetFullPath(BuildLogFile);
                BuildRequest? request = CreateRequest(mode, BuilderPath, metadataFile, out string dockerfileText, logFile);
                if (request == null)
                {
                    return false;
                }

                // Podman's build for another platform names the base's image for it by digest (PodmanPlatformImages).
                string hostPlatform = ContainerPlatforms.ForThisMachine();
                bool podmanPlatforms = PodmanPlatformImages.Applies(request, hostPlatform);
                Dictionary<string, string?> baseDigests = BaseDigestsBeforeBuild(request, dockerfileText, podmanPlatforms);
                return BaseImageCanRunApp() && Run(request, dockerfileText, baseDigests, hostPlatform, podmanPlatforms);
            }
            finally
            {
                if (metadataFile != null)
                {
                    File.Delete(metadataFile);
                }
            }
        }

        /// <summary>The digest of each image the Dockerfile starts from that is known now; the final one's labels the image.</summary>
        /// <param name="podmanPlatforms">Whether podman builds for another platform: the local tag may then be another platform's
        /// image, so it is neither pulled under that tag nor its digest the label.</param>
        private Dictionary<string, string?> BaseDigestsBeforeBuild(BuildRequest request, string dockerfileText, bool podmanPlatforms)
        {
            var decisions = new List<string>();
            IReadOnlyList<string> images = BaseImageDigests.FromLines(dockerfileText);
            TimeSpan pullTimeout = TimeSpan.FromMinutes(TimeoutMinutes > 0 ? TimeoutMinutes : 30);
            Dictionary<string, string?> digests = BaseImageDigests.BeforeBuild(
                request.Client, images, request.Platforms.Count == 1 ? request.Platforms[0] : null, pullFinal: !request.IsMultiPlatform && !podmanPlatforms, request.Pull, pullTimeout, ProbeOutput.Run, decisions);
            LogDecisions(decisions);
            if (LabelBaseImageDigest && !podmanPlatforms && images.Count > 0 && digests[images[images.Count - 1]] is string digest)
            {
                request.Labels = new[] { new KeyValuePair<string, string>(BaseImageDigests.DigestLabel, digest) };
            }

            return digests;
        }

        /// <summary>The digests the build itself found, in BaseImagesFile and the summary.</summary>
        private void RecordBaseDigests(Dictionary<string, string?> digests, IReadOnlyList<string> fromSteps)
        {
            var decisions = new List<string>();
            BaseImageDigests.AfterBuild(new ContainerClient(BuilderPath, DockerContext), digests, fromSteps, ProbeOutput.Run, decisions);
            LogDecisions(decisions);
            BaseImageSummary = BaseImageDigests.Summary(digests);
            if (!string.IsNullOrEmpty(BaseImagesFile) && digests.Count > 0)
            {
                bool written = GeneratedFile.WriteIfChanged(BaseImagesFile!, BaseImageLock.Text(digests));
                Log.LogMessage(MessageImportance.Low, "Containerize: " + BaseImagesFile + (written ? " written" : " unchanged"));
            }
        }

        private void LogDecisions(IEnumerable<string> decisions)
        {
            foreach (string decision in decisions)
            {
                Log.LogMessage(MessageImportance.Low, "Containerize: " + decision);
            }
        }

        /// <returns>False after logging an error when the local base image's environment shows it cannot run the app.</returns>
        private bool BaseImageCanRunApp()
        {
            RuntimeNeed? need = RuntimeNeed.Parse(RequiredFramework, RequiredFrameworkVersion);
            string baseImage = (BaseImage ?? "").Trim();
            if (need == null || baseImage.Length == 0)
            {
                return true;
            }

            ContainerizeDiagnostic? problem = BaseImageEnvironmentCheck.Check(new ContainerClient(BuilderPath, DockerContext), baseImage, need, ProbeOutput.Run, out string decision);
            Log.LogMessage(MessageImportance.Low, "Containerize: " + decision);
            if (problem == null)
            {
                return true;
            }

            TaskItems.Log(Log, problem);
            return problem.IsWarning;
        }

        private bool Run(BuildRequest request, string dockerfileText, Dictionary<string, string?> baseDigests, string hostPlatform, bool podmanPlatforms)
        {
            var fromSteps = new List<string>();
            bool platformByPlatform = request.IsMultiPlatform && request.Mode == Builders.BuildMode.BuildKit;
            Log.LogMessage(
                MessageImportance.Low,
                podmanPlatforms
                    ? "Containerize: podman builds each platform from the base image's own image for it, named by digest" + (request.IsMultiPlatform ? ", then podman manifest joins them: " : ": ") + string.Join("; ", request.Platforms.Select(platform => BuildCommandFactory.Create(PodmanPlatformImages.ForPlatform(request, platform, hostPlatform, request.IsMultiPlatform))))
                    : platformByPlatform
                    ? "Containerize: docker's built-in BuildKit builds one platform at a time, then docker manifest joins them: " + string.Join("; ", request.Platforms.Select(platform => BuildCommandFactory.Create(PlatformImages.ForPlatform(request, platform))))
                    : "Containerize: running " + BuildCommandFactory.Create(request));
            TimeSpan? timeout = TimeoutMinutes > 0 ? TimeSpan.FromMinutes(TimeoutMinutes) : (TimeSpan?)null;
            Action<OutputLine> onLine = line =>
            {
                Log.LogMessage(MessageImportance.Normal, "  " + line.Text);
                if (line.Text.IndexOf(" FROM ", StringComparison.Ordinal) >= 0)
                {
                    fromSteps.Add(line.Text);
                }
            };

            // buildx builds every platform in one command; docker's built-in BuildKit and podman one platform at a time.
            ImageBuildOutcome outcome = podmanPlatforms
                ? PodmanPlatformImages.Build(request, dockerfileText, hostPlatform, timeout, onLine, _cancellation.Token)
                : platformByPlatform
                ? PlatformImages.BuildAndPush(request, dockerfileText, timeout, onLine, _cancellation.Token)
                : ImageBuild.Run(request, dockerfileText, timeout, onLine, _cancellation.Token);

            if (!outcome.Succeeded)
            {
                LogFailure(outcome);
                return false;
            }

            foreach (ContainerizeDiagnostic warning in outcome.Warnings)
            {
                TaskItems.Log(Log, warning);
            }

            BuildSeconds = Seconds(outcome.Elapsed);
            RecordBaseDigests(baseDigests, fromSteps);
            string tags = string.Join(", ", ImageCommands.Tags(request.ImageReferences));
            if (outcome.Pushed)
            {
                Pushed = true;
                ImageDigest = outcome.Digest ?? "";
                WriteRecord(ImageDigestFile, ImageDigest);
                Log.LogMessage(
                    MessageImportance.High,
                    "Containerize: built and pushed {0} for {1} with tags {2} (digest {3}) in {4} s{5}{6}",
                    ImageName.Trim(),
                    string.Join(", ", request.Platforms),
                    tags,
                    ImageDigest.Length > 0 ? ImageDigest : "unknown",
                    BuildSeconds,
                    AppSourceSuffix,
                    BaseImagesSuffix);
                return !Log.HasLoggedErrors;
            }

            ImageInspectReport image = outcome.Image!;
            BuildRequest? buildStageCache = SharedBuildCache.BuildStageRequest(request, Push, StageLayout.BuildStageName);
            if (buildStageCache != null && !BuildStageCache(buildStageCache, dockerfileText, timeout))
            {
                return false;
            }

            ImageId = image.ImageId;
            WriteRecord(ImageIdFile, image.ImageId);

            // With a push to follow, the push's line is the summary: it adds the digest.
            Log.LogMessage(
                Push ? MessageImportance.Normal : MessageImportance.High,
                "Containerize: built {0} with tags {1} (image {2}, {3} MB) in {4} s{5}{6}",
                ImageName.Trim(),
                tags,
                image.ShortId,
                image.SizeMegabytes,
                BuildSeconds,
                AppSourceSuffix,
                BaseImagesSuffix);
            return !Log.HasLoggedErrors;
        }

        /// <summary>
        /// The build-stage cache image (SharedBuildCache), built after the image from the same cache, so in seconds, for
        /// PushContainerImage to push beside it.
        /// </summary>
        private bool BuildStageCache(BuildRequest buildStageCache, string dockerfileText, TimeSpan? timeout)
        {
            Log.LogMessage(MessageImportance.Normal, "Containerize: building the build-stage cache image " + string.Join(", ", buildStageCache.ImageReferences) + ", so that other engines reuse the restore layer: " + BuildCommandFactory.Create(buildStageCache));
            ImageBuildOutcome outcome = ImageBuild.Run(buildStageCache, dockerfileText, timeout, line => Log.LogMessage(MessageImportance.Low, "  " + line.Text), _cancellation.Token);
            if (!outcome.Succeeded)
            {
                LogFailure(outcome);
                return false;
            }

            BuildStageCacheReferences = buildStageCache.ImageReferences.ToArray();
            return true;
        }

        /// <summary>Each MSBuild error of the failing step at its host file, the last lines when none names the cause, then the step's error.</summary>
        private void LogFailure(ImageBuildOutcome outcome)
        {
            if (outcome.Canceled)
            {
                Log.LogMessage(MessageImportance.High, "Containerize: the image build was canceled.");
                return;
            }

            foreach (MsBuildError buildError in outcome.MsBuildErrors)
            {
                Log.LogError(null, buildError.Code, null, null, buildError.Origin, buildError.Line, buildError.Column, 0, 0, buildError.Message);
            }

            if (outcome.LastLines.Count > 0)
            {
                Log.LogMessage(MessageImportance.High, "Containerize: the build's last output lines:" + string.Concat(outcome.LastLines.Select(line => Environment.NewLine + "  " + line)));
            }

            ContainerizeDiagnostic error = outcome.Error!;
            Log.LogError(null, error.Code, null, error.HelpLink, outcome.ErrorFile, outcome.ErrorLine, 0, 0, 0, error.Message);
        }

        private void WriteRecord(string? path, string value)
        {
            if (string.IsNullOrEmpty(path) || value.Length == 0)
            {
                return;
            }

            bool written = GeneratedFile.WriteIfChanged(path!, value + "\n");
            Log.LogMessage(MessageImportance.Low, "Containerize: " + path + (written ? " written" : " unchanged"));
        }

        internal static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
