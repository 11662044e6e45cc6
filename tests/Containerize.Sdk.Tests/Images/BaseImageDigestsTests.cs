using Containerize.Sdk.Builders;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Images;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Images;

/// <summary>The digest of each base image: from the reference, the engine's RepoDigests, or BuildKit's FROM step.</summary>
[TestClass]
public sealed class BaseImageDigestsTests
{
    private const string Aspnet = "mcr.microsoft.com/dotnet/aspnet:10.0";
    private const string Sdk = "mcr.microsoft.com/dotnet/sdk:10.0";
    private const string DigestA = "sha256:0c949afa82333dba99fe88f97a81e5555a8395f8d5b6ce00f2f18a2eeaa6fb64";
    private const string DigestB = "sha256:b44e557df7628edf523b864a43189a776890ec5f4c2dfe458d98752e6e0724a2";

    [TestMethod]
    public void TheImagesAreTheFromLinesWithoutStagesScratchOrArguments_TheFinalOneLast()
    {
        const string dockerfile = """
            ARG CONTAINERIZE_APP_STAGE=build
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            RUN dotnet publish
            FROM scratch AS host
            FROM ${CONTAINERIZE_APP_STAGE} AS app
            from build AS again
            FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
            """;

        CollectionAssert.AreEqual(new[] { Sdk, Aspnet }, BaseImageDigests.FromLines(dockerfile).ToArray());
    }

    [TestMethod]
    [DataRow("[\"mcr.microsoft.com/dotnet/aspnet@" + DigestA + "\"]", Aspnet, DigestA, DisplayName = "the tag's repository")]
    [DataRow("[\"other/aspnet@" + DigestB + "\",\"mcr.microsoft.com/dotnet/aspnet@" + DigestA + "\"]", Aspnet, DigestA, DisplayName = "among others")]
    [DataRow("[\"alpine@" + DigestA + "\"]", "docker.io/library/alpine:3", DigestA, DisplayName = "docker's short name")]
    [DataRow("[\"docker.io/library/alpine@" + DigestA + "\"]", "alpine:3", DigestA, DisplayName = "podman's long name")]
    [DataRow("[]", Aspnet, null, DisplayName = "built locally")]
    [DataRow("null", Aspnet, null, DisplayName = "none at all")]
    [DataRow("[\"other/aspnet@" + DigestB + "\"]", Aspnet, null, DisplayName = "another repository's only")]
    [DataRow("not json", Aspnet, null, DisplayName = "an answer that is no list")]
    public void TheEnginesRepoDigestForTheReferencesRepository(string json, string reference, string? digest)
    {
        Assert.AreEqual(digest, BaseImageDigests.FromRepoDigests(json + "\n", reference));
    }

    [TestMethod]
    public void BuildKitsFromStepNamesTheDigestOfWhatItPulled()
    {
        string[] output =
        {
            "#3 [internal] load metadata for docker.io/library/alpine:3",
            "#4 [final 1/2] FROM docker.io/library/alpine:3@" + DigestB,
            "#5 [build 1/7] FROM mcr.microsoft.com/dotnet/sdk:10.0",
        };

        Assert.AreEqual(DigestB, BaseImageDigests.FromBuildOutput(output, "alpine:3"));
        Assert.IsNull(BaseImageDigests.FromBuildOutput(output, Sdk), "a local image's FROM step names no digest");
        Assert.IsNull(BaseImageDigests.FromBuildOutput(output, "alpine:4"), "another tag");
    }

    [TestMethod]
    public void BeforeTheBuild_AFinalImageTheEngineLacksIsPulled_ThenItsDigestRead_AndOtherImagesAreOnlyInspected()
    {
        var engine = new FakeEngine { [Sdk] = "[]" };
        engine.Registry[Aspnet] = DigestA;
        var decisions = new List<string>();

        Dictionary<string, string?> digests = BaseImageDigests.BeforeBuild(new ContainerClient("docker"), new[] { Sdk, Aspnet }, "linux/arm64", pullFinal: true, pull: false, TimeSpan.FromMinutes(1), engine.Run, decisions);

        Assert.IsNull(digests[Sdk], "a locally built SDK image has no registry digest");
        Assert.AreEqual(DigestA, digests[Aspnet]);
        CollectionAssert.AreEqual(new[] { "pull --platform linux/arm64 " + Aspnet }, engine.Pulls);
        Assert.IsTrue(decisions.Any(decision => decision.Contains("pulled " + Aspnet)), string.Join("\n", decisions));
    }

    [TestMethod]
    public void BeforeTheBuild_NothingIsPulledForSeveralPlatforms_NorWhenTheEngineHasTheImage()
    {
        var engine = new FakeEngine { [Aspnet] = "[\"mcr.microsoft.com/dotnet/aspnet@" + DigestA + "\"]" };

        Dictionary<string, string?> present = BaseImageDigests.BeforeBuild(new ContainerClient("docker"), new[] { Aspnet }, null, pullFinal: true, pull: false, TimeSpan.FromMinutes(1), engine.Run, new List<string>());
        Dictionary<string, string?> multi = BaseImageDigests.BeforeBuild(new ContainerClient("docker"), new[] { "contoso/base:1" }, null, pullFinal: false, pull: true, TimeSpan.FromMinutes(1), engine.Run, new List<string>());

        Assert.AreEqual(DigestA, present[Aspnet]);
        Assert.IsNull(multi["contoso/base:1"]);
        Assert.IsEmpty(engine.Pulls);
    }

    [TestMethod]
    public void BeforeTheBuild_ContainerizePullPullsTheFinalImageEvenWhenTheEngineHasIt_SoTheLabelNamesWhatTheBuildUses()
    {
        var engine = new FakeEngine { [Aspnet] = "[\"mcr.microsoft.com/dotnet/aspnet@" + DigestA + "\"]" };
        engine.Registry[Aspnet] = DigestB;

        Dictionary<string, string?> digests = BaseImageDigests.BeforeBuild(new ContainerClient("docker"), new[] { Aspnet }, null, pullFinal: true, pull: true, TimeSpan.FromMinutes(1), engine.Run, new List<string>());

        Assert.AreEqual(DigestB, digests[Aspnet]);
        CollectionAssert.AreEqual(new[] { "pull " + Aspnet }, engine.Pulls);
    }

    [TestMethod]
    public void AReferenceThatNamesItsDigest_IsNeitherInspectedNorPulled()
    {
        var engine = new FakeEngine();

        Dictionary<string, string?> digests = BaseImageDigests.BeforeBuild(new ContainerClient("docker"), new[] { Aspnet + "@" + DigestA }, null, pullFinal: true, pull: true, TimeSpan.FromMinutes(1), engine.Run, new List<string>());

        Assert.AreEqual(DigestA, digests[Aspnet + "@" + DigestA]);
        Assert.IsEmpty(engine.Asked);
    }

    [TestMethod]
    public void AfterTheBuild_AnUnknownDigestComesFromTheBuildOutputOrTheEngine()
    {
        var engine = new FakeEngine { ["contoso/base:1"] = "[\"contoso/base@" + DigestB + "\"]" };
        var digests = new Dictionary<string, string?> { [Sdk] = null, ["contoso/base:1"] = null, ["local/only:1"] = null };

        BaseImageDigests.AfterBuild(new ContainerClient("docker"), digests, new[] { "#5 [build 1/7] FROM " + Sdk + "@" + DigestA }, engine.Run, new List<string>());

        Assert.AreEqual(DigestA, digests[Sdk]);
        Assert.AreEqual(DigestB, digests["contoso/base:1"]);
        Assert.IsNull(digests["local/only:1"]);
        Assert.AreEqual(
            "mcr.microsoft.com/dotnet/sdk:10.0@sha256:0c949afa8233, contoso/base:1@sha256:b44e557df762, local/only:1 (no registry digest)",
            BaseImageDigests.Summary(digests));
    }

    [TestMethod]
    public void LockingPullsEachImageAndRecordsItsDigest_ExceptOnesThatNameTheirOwn()
    {
        var engine = new FakeEngine();
        engine.Registry[Aspnet] = DigestA;
        engine.Registry[Sdk] = DigestB;
        var problems = new List<ContainerizeDiagnostic>();

        Dictionary<string, string?> digests = BaseImageDigests.Lock(new ContainerClient("docker"), new[] { Aspnet, Sdk, "contoso/base:1@" + DigestA }, TimeSpan.FromMinutes(1), engine.Run, problems);

        Assert.IsEmpty(problems);
        CollectionAssert.AreEquivalent(new[] { Aspnet, Sdk }, digests.Keys.ToArray());
        Assert.AreEqual(DigestA, digests[Aspnet]);
        Assert.AreEqual(DigestB, digests[Sdk]);
        CollectionAssert.AreEqual(new[] { "pull " + Aspnet, "pull " + Sdk }, engine.Pulls);
    }

    [TestMethod]
    public void LockingAnImageThatCannotBePulled_OrHasNoRegistryDigest_IsAnError()
    {
        var engine = new FakeEngine { ["local/only:1"] = "[]" };
        engine.Registry["local/only:1"] = null;
        var problems = new List<ContainerizeDiagnostic>();

        BaseImageDigests.Lock(new ContainerClient("docker"), new[] { "unreachable.example/base:1", "local/only:1" }, TimeSpan.FromMinutes(1), engine.Run, problems);

        CollectionAssert.AreEqual(new[] { "CTZ4009", "CTZ4010" }, problems.Select(problem => problem.Code).ToArray());
        Assert.Contains("unreachable.example/base:1", problems[0].Message);
        Assert.Contains("local/only:1", problems[1].Message);
    }

    [TestMethod]
    [DataRow(Aspnet + "@" + DigestA, DigestA)]
    [DataRow(Aspnet, null)]
    [DataRow(Aspnet + "@sha256:short", null)]
    public void TheDigestInAReference(string reference, string? digest)
    {
        Assert.AreEqual(digest, BaseImageDigests.InReference(reference));
    }

    /// <summary>
    /// An engine that answers image inspect with the RepoDigests it holds (a missing image fails), and pull with what
    /// Registry holds for the tag (a tag it does not know fails; null: an image pulled from no registry).
    /// </summary>
    private sealed class FakeEngine : Dictionary<string, string>
    {
        public Dictionary<string, string?> Registry { get; } = new();

        public List<string> Asked { get; } = new();

        public List<string> Pulls { get; } = new();

        public ProbeOutput Run(ClientCommand command, TimeSpan timeout)
        {
            Asked.Add(string.Join(" ", command.Arguments));
            string reference = command.Arguments[command.Arguments.Count - 1];
            if (command.Arguments[0] == "pull")
            {
                Pulls.Add(string.Join(" ", command.Arguments));
                if (!Registry.TryGetValue(reference, out string? digest))
                {
                    return new ProbeOutput(1, "", "Error response from daemon: Get \"https://unreachable.example/v2/\": dial tcp: lookup unreachable.example: no such host");
                }

                this[reference] = digest == null ? "[]" : "[\"" + BaseImageDigests.RepositoryOf(reference) + "@" + digest + "\"]";
                return new ProbeOutput(0, "", "");
            }

            CollectionAssert.AreEqual(new[] { "image", "inspect", "--format", "{{json .RepoDigests}}", reference }, command.Arguments.ToArray());
            return TryGetValue(reference, out string? json) ? new ProbeOutput(0, json + "\n", "") : new ProbeOutput(1, "", "Error: No such image: " + reference);
        }
    }
}
