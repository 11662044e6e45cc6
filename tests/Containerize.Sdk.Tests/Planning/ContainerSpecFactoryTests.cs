using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>What ContainerSpecFactory infers when the project leaves it out: the build context, restore inputs, image name and tags.</summary>
[TestClass]
public sealed class ContainerSpecFactoryTests
{
    [TestMethod]
    public void TheContextIsTheSmallestFolderHoldingTheProjectAndItsRestoreInputs()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.RestoreInputs = new[]
        {
            settings.ProjectFullPath,
            FactorySettings.In("src", "Directory.Build.props"),
            FactorySettings.In("src", "Shared", "Shared.csproj"),
        };

        ContainerSpecResult result = Create(settings);

        Assert.AreEqual(FactorySettings.In("src"), result.ContextDirectory);
        Assert.AreEqual("Web/Web.csproj", result.Spec!.ProjectPath);
        CollectionAssert.AreEqual(new[] { "Directory.Build.props", "Shared/Shared.csproj", "Web/Web.csproj" }, result.Spec.RestoreInputs.ToArray());
    }

    [TestMethod]
    public void AProjectAloneIsItsOwnContext()
    {
        ContainerSpecResult result = Create(FactorySettings.WebApp());

        Assert.AreEqual(FactorySettings.In("src", "Web"), result.ContextDirectory);
        Assert.AreEqual("Web.csproj", result.Spec!.ProjectPath);
        CollectionAssert.AreEqual(new[] { "Web.csproj" }, result.Spec.RestoreInputs.ToArray());
    }

    [TestMethod]
    public void FoldersSharingAPrefixAreNotNested()
    {
        // src/Web and src/WebApi share the text "src/Web" but not the folder: the context is src.
        ContainerSettings settings = FactorySettings.WebApp();
        settings.RestoreInputs = new[] { settings.ProjectFullPath, FactorySettings.In("src", "WebApi", "WebApi.csproj") };

        ContainerSpecResult result = Create(settings);

        Assert.AreEqual(FactorySettings.In("src"), result.ContextDirectory);
        CollectionAssert.AreEqual(new[] { "Web/Web.csproj", "WebApi/WebApi.csproj" }, result.Spec!.RestoreInputs.ToArray());
    }

    [TestMethod]
    public void AnExplicitContextIsKeptAndPathsAreRelativeToIt()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.Root;

        ContainerSpecResult result = Create(settings);

        Assert.AreEqual(FactorySettings.Root, result.ContextDirectory);
        Assert.AreEqual("src/Web/Web.csproj", result.Spec!.ProjectPath);
    }

    [TestMethod]
    public void LocalPackageSourcesWidenTheContextAndBecomeFolderInputs()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.LocalPackageSources = new[] { FactorySettings.In("packages", "local") };

        ContainerSpecResult result = Create(settings);

        Assert.AreEqual(FactorySettings.Root, result.ContextDirectory);
        CollectionAssert.AreEqual(new[] { "packages/local/", "src/Web/Web.csproj" }, result.Spec!.RestoreInputs.ToArray());
    }

    [TestMethod]
    public void ALocalPackageSourceAtTheContextRootIsCopiedAsDotSlash()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.Root;
        settings.LocalPackageSources = new[] { FactorySettings.Root };

        ContainerSpecResult result = Create(settings);

        CollectionAssert.Contains(result.Spec!.RestoreInputs.ToArray(), "./");
    }

    [TestMethod]
    public void RestoreInputsAreSortedAndDistinct()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.Root;
        settings.RestoreInputs = new[]
        {
            FactorySettings.In("src", "Web", "Web.csproj"),
            FactorySettings.In("NuGet.config"),
            FactorySettings.In("Directory.Build.props"),
            FactorySettings.In("NuGet.config"),
        };

        ContainerSpecResult result = Create(settings);

        CollectionAssert.AreEqual(new[] { "Directory.Build.props", "NuGet.config", "src/Web/Web.csproj" }, result.Spec!.RestoreInputs.ToArray());
    }

    [TestMethod]
    public void WithoutTagsTheImageIsTaggedLatestAndTheVersion()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Version = "1.2.3+abc";

        ContainerSpecResult result = Create(settings);

        CollectionAssert.AreEqual(new[] { "latest", "1.2.3-abc" }, result.Tags.ToArray());
    }

    [TestMethod]
    public void WithoutTagsAndWithoutAVersionTheImageIsTaggedLatest()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Version = null;

        ContainerSpecResult result = Create(settings);

        CollectionAssert.AreEqual(new[] { "latest" }, result.Tags.ToArray());
    }

    [TestMethod]
    public void ImageTagsAreSplitTrimmedAndDeduplicated()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ImageTags = " 1.0 ;1.0;; stable ";

        ContainerSpecResult result = Create(settings);

        CollectionAssert.AreEqual(new[] { "1.0", "stable" }, result.Tags.ToArray());
    }

    [TestMethod]
    public void AnExplicitImageTagIsTheOnlyTag()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ImageTag = "2.0-rc.1";

        ContainerSpecResult result = Create(settings);

        CollectionAssert.AreEqual(new[] { "2.0-rc.1" }, result.Tags.ToArray());
    }

    [TestMethod]
    public void TheDefaultRepositoryComesFromTheAssemblyName()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.AssemblyName = "My.Web_App";

        ContainerSpecResult result = Create(settings);

        Assert.AreEqual("my.web_app", result.ImageName);
    }

    [TestMethod]
    public void TheRegistryPrefixesTheRepository()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Registry = "localhost:5000/";
        settings.Repository = "contoso/web";

        ContainerSpecResult result = Create(settings);

        Assert.AreEqual("localhost:5000/contoso/web", result.ImageName);
    }

    [TestMethod]
    public void AWebAppGetsTheAspNetImagePort8080AndDotnetEntrypoint()
    {
        ContainerSpecResult result = Create(FactorySettings.WebApp());

        ContainerSpec spec = result.Spec!;
        Assert.AreEqual("mcr.microsoft.com/dotnet/aspnet:10.0", spec.BaseImage);
        Assert.AreEqual("mcr.microsoft.com/dotnet/sdk:10.0", spec.SdkImage);
        Assert.AreEqual(8080, spec.FinalStage.Ports.Single().Port);
        CollectionAssert.AreEqual(new[] { "dotnet", "Web.dll" }, spec.FinalStage.Entrypoint.ToArray());
        Assert.AreEqual("/app", spec.WorkingDirectory);
        Assert.IsNull(spec.User, "no ContainerUser leaves the base image's non-root user");
    }

    [TestMethod]
    public void AConsoleAppGetsTheRuntimeImageAndNoPort()
    {
        ContainerSpecResult result = Create(FactorySettings.ConsoleApp());

        Assert.AreEqual("mcr.microsoft.com/dotnet/runtime:10.0", result.Spec!.BaseImage);
        Assert.IsEmpty(result.Spec.FinalStage.Ports);
    }

    [TestMethod]
    public void PublishAotImpliesSelfContainedAndStartsTheNativeExecutable()
    {
        ContainerSettings settings = FactorySettings.ConsoleApp();
        settings.PublishAot = true;
        settings.RuntimeIdentifier = "linux-x64";
        settings.WorkingDirectory = "/srv/";

        ContainerSpec spec = Create(settings).Spec!;

        Assert.IsTrue(spec.SelfContained);
        Assert.AreEqual("mcr.microsoft.com/dotnet/runtime-deps:10.0", spec.BaseImage);
        CollectionAssert.AreEqual(new[] { "/srv/Worker" }, spec.FinalStage.Entrypoint.ToArray());
    }

    [TestMethod]
    public void UserAndWorkingDirectoryReachTheSpec()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.User = "app:app";
        settings.WorkingDirectory = "/srv/web";

        ContainerSpec spec = Create(settings).Spec!;

        Assert.AreEqual("app:app", spec.User);
        Assert.AreEqual("/srv/web", spec.WorkingDirectory);
    }

    [TestMethod]
    public void ASharedBuildCacheKeepsThePackagesInTheRestoreLayer()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.UseBuildKit = true;
        string local = Containerize.Sdk.Dockerfiles.DockerfileWriter.Write(DockerfilePlanner.Plan(Create(settings).Spec!));
        settings.SharesBuildCache = true;

        string shared = Containerize.Sdk.Dockerfiles.DockerfileWriter.Write(DockerfilePlanner.Plan(Create(settings).Spec!));

        Assert.AreEqual(2, local.Split("--mount=type=cache,id=nuget").Length - 1, local);
        Assert.DoesNotContain("--mount=type=cache", shared, "another engine has no cache mount to find the packages in");
        Assert.Contains("# The NuGet packages stay in the restore layer", shared);
        Assert.Contains("dotnet restore", shared);
    }

    [TestMethod]
    public void TheSdkRunsOnTheBuildPlatformForAnotherPlatform_OrSeveral()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.UseBuildKit = true;
        settings.BuildPlatform = "linux/amd64";

        settings.TargetPlatforms = new[] { "linux/amd64" };
        Assert.IsFalse(Create(settings).Spec!.CrossBuild, "the build machine's own platform");
        settings.TargetPlatforms = new[] { "linux/arm64" };
        Assert.IsTrue(Create(settings).Spec!.CrossBuild);
        string dockerfile = Containerize.Sdk.Dockerfiles.DockerfileWriter.Write(DockerfilePlanner.Plan(Create(settings).Spec!));
        Assert.Contains("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile);
        Assert.Contains("-a $TARGETARCH", dockerfile);
        settings.TargetPlatforms = new[] { "linux/amd64", "linux/arm64" };
        Assert.IsTrue(Create(settings).Spec!.CrossBuild);
        settings.UseBuildKit = false;
        Assert.IsFalse(Create(settings).Spec!.CrossBuild, "BUILDPLATFORM and TARGETARCH are BuildKit's");
    }

    private static ContainerSpecResult Create(ContainerSettings settings)
    {
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);
        Assert.IsNotNull(result.Spec, string.Join("\n", result.Diagnostics));
        return result;
    }
}
