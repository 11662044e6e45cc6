using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>Every error code ContainerSpecFactory raises, each from the one wrong value that causes it.</summary>
[TestClass]
public sealed class ContainerSpecFactoryErrorTests
{
    [TestMethod]
    public void ValidSettingsGiveASpecAndNoDiagnostics()
    {
        ContainerSpecResult result = ContainerSpecFactory.Create(FactorySettings.WebApp());

        Assert.IsNotNull(result.Spec);
        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    [DataRow("Docker")]
    [DataRow("Publish;Source")]
    public void CTZ1001_UnknownContainerizeMode(string mode)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Mode = mode;

        AssertSingleError(settings, "CTZ1001", "ContainerizeMode");
    }

    [TestMethod]
    [DataRow("bad user")]
    [DataRow("app;rm")]
    [DataRow("$APP_UID")]
    [DataRow("app\nRUN evil")]
    [DataRow("app:")]
    public void CTZ1001_InvalidContainerUser(string user)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.User = user;

        AssertSingleError(settings, "CTZ1001", "ContainerUser");
    }

    [TestMethod]
    [DataRow("app")]
    [DataRow("relative/path")]
    [DataRow("/app/$HOME")]
    [DataRow("/app\\x")]
    [DataRow("/app\"x")]
    [DataRow("/app\nRUN evil")]
    public void CTZ1001_InvalidContainerWorkingDirectory(string directory)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.WorkingDirectory = directory;

        AssertSingleError(settings, "CTZ1001", "ContainerWorkingDirectory");
    }

    [TestMethod]
    [DataRow("Re lease")]
    [DataRow("Release;Evil=1")]
    [DataRow("$(Configuration)")]
    public void CTZ1001_InvalidConfiguration(string configuration)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Configuration = configuration;

        AssertSingleError(settings, "CTZ1001", "Configuration");
    }

    [TestMethod]
    [DataRow("win-x64")]
    [DataRow("osx-arm64")]
    [DataRow("linux-x64 -p:Evil=1")]
    [DataRow("Linux-X64")]
    public void CTZ1001_NonLinuxOrMalformedRuntimeIdentifier(string rid)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.RuntimeIdentifier = rid;

        AssertSingleError(settings, "CTZ1001", "ContainerRuntimeIdentifier");
    }

    [TestMethod]
    public void CTZ1140_BlazorWebAssemblyStandalone_SaysItIsAStaticSite_AndWhatToDo()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.RuntimeIdentifier = "browser-wasm";

        AssertSingleError(settings, "CTZ1140", "browser-wasm");
        string message = ContainerSpecFactory.Create(settings).Diagnostics.Single().Message;
        Assert.Contains("static site", message);
        Assert.Contains("wwwroot", message);
        Assert.Contains("ASP.NET Core", message);
    }

    [TestMethod]
    [DataRow("http://contoso.azurecr.io")]
    [DataRow("bad host")]
    public void CTZ1001_InvalidRegistry(string registry)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Registry = registry;

        AssertSingleError(settings, "CTZ1001", "ContainerRegistry");
    }

    [TestMethod]
    [DataRow("abc", "")]
    [DataRow("0", "")]
    [DataRow("65536", "")]
    [DataRow("8080", "sctp")]
    public void CTZ1001_InvalidContainerPort(string port, string type)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.FinalStage.Ports = new[] { new NamedValue(port, type) };

        AssertSingleError(settings, "CTZ1001", "ContainerPort");
    }

    [TestMethod]
    [DataRow("Contoso/Web")]
    [DataRow("contoso//web")]
    [DataRow("-web")]
    [DataRow("web:1.0")]
    public void CTZ1002_InvalidRepository(string repository)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Repository = repository;

        AssertSingleError(settings, "CTZ1002", "ContainerRepository");
    }

    [TestMethod]
    public void CTZ1003_InvalidImageTag()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ImageTag = "bad tag";

        AssertSingleError(settings, "CTZ1003", "ContainerImageTag");
    }

    [TestMethod]
    [DataRow("1.0;-bad")]
    [DataRow(".hidden")]
    [DataRow(";;")]
    public void CTZ1003_InvalidImageTags(string tags)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ImageTags = tags;

        AssertSingleError(settings, "CTZ1003", "ContainerImageTags");
    }

    [TestMethod]
    public void CTZ1004_ImageTagAndImageTagsBothSet()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ImageTag = "1.0";
        settings.ImageTags = "1.0;latest";

        AssertSingleError(settings, "CTZ1004", "ContainerImageTags");
    }

    [TestMethod]
    [DataRow("windowsservercore-ltsc2022")]
    [DataRow("Alpine")]
    [DataRow("noble chiseled")]
    public void CTZ1005_UnknownFamily(string family)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Family = family;

        AssertSingleError(settings, "CTZ1005", "ContainerFamily");
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:bad tag")]
    [DataRow("MCR.microsoft.com/Dotnet/Aspnet:10.0")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0\nRUN evil")]
    public void CTZ1006_InvalidBaseImage(string image)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.BaseImage = image;

        AssertSingleError(settings, "CTZ1006", "ContainerBaseImage");
    }

    [TestMethod]
    public void CTZ1006_InvalidSdkImage()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0 AS evil";

        AssertSingleError(settings, "CTZ1006", "ContainerSdkImage");
    }

    [TestMethod]
    [DataRow(".NETFramework", "v4.8")]
    [DataRow(".NETStandard", "v2.0")]
    [DataRow(".NETCoreApp", "v3.1")]
    [DataRow(".NETCoreApp", "vNext")]
    public void CTZ2001_TargetFrameworkThatCannotRunInALinuxContainer(string identifier, string version)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.TargetFrameworkIdentifier = identifier;
        settings.TargetFrameworkVersion = version;

        AssertSingleError(settings, "CTZ2001", version);
    }

    [TestMethod]
    public void CTZ2001_IsNotRaisedWhenBothImagesAreGiven()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.TargetFrameworkIdentifier = ".NETCoreApp";
        settings.TargetFrameworkVersion = "v3.1";
        settings.BaseImage = "mcr.microsoft.com/dotnet/aspnet:3.1";
        settings.SdkImage = "mcr.microsoft.com/dotnet/sdk:3.1";

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNotNull(result.Spec, string.Join("\n", result.Diagnostics));
        Assert.AreEqual("mcr.microsoft.com/dotnet/aspnet:3.1", result.Spec.BaseImage);
        Assert.AreEqual("mcr.microsoft.com/dotnet/sdk:3.1", result.Spec.SdkImage);
    }

    [TestMethod]
    public void CTZ2002_RestoreInputOutsideAnExplicitContext()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.In("src");
        settings.RestoreInputs = new[] { settings.ProjectFullPath, FactorySettings.In("Directory.Build.props") };

        AssertSingleError(settings, "CTZ2002", "Directory.Build.props");
    }

    [TestMethod]
    public void CTZ2002_ProjectOutsideAnExplicitContext()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.In("src", "Other");

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNull(result.Spec);
        Assert.IsTrue(result.Diagnostics.All(diagnostic => diagnostic.Code == "CTZ2002"), string.Join("\n", result.Diagnostics));
        Assert.IsTrue(result.Diagnostics.Any(diagnostic => diagnostic.Message.Contains("Web.csproj")), string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void CTZ2003_LocalPackageSourceOutsideAnExplicitContext()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.In("src");
        settings.LocalPackageSources = new[] { FactorySettings.In("feed") };

        AssertSingleError(settings, "CTZ2003", "feed");
    }

    [TestMethod]
    public void CTZ2003_NamesTheOriginOfTheSource()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.In("src");
        string feed = FactorySettings.In("feed");
        settings.LocalPackageSources = new[] { feed };
        settings.LocalPackageSourceOrigins = new Dictionary<string, string> { [feed] = "named in the NuGet.config '/elsewhere/NuGet.config'" };

        AssertSingleError(settings, "CTZ2003", "named in the NuGet.config '/elsewhere/NuGet.config'");
    }

    [TestMethod]
    public void CTZ2030_AFeedThatWouldMakeTheContextTheFileSystemRoot_IsNamed_AndNothingIsPlanned()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        string root = Path.GetPathRoot(FactorySettings.Root)!;
        string feed = Path.Combine(root, "ctz-elsewhere", "feed");
        settings.RepositoryRoot = FactorySettings.Root;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, FactorySettings.In("NuGet.config") };
        settings.LocalPackageSources = new[] { feed };
        settings.LocalPackageSourceOrigins = new Dictionary<string, string> { [feed] = "named in the NuGet.config '/ctz-elsewhere/NuGet.config'" };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        string all = string.Join("\n", result.Diagnostics);
        Assert.IsNull(result.Spec, all);
        Assert.HasCount(1, result.Diagnostics, "one error, and no CTZ2005 that would suggest '/' as the context: " + all);
        Assert.AreEqual("CTZ2030", result.Diagnostics[0].Code);
        Assert.Contains("'" + feed + "' (named in the NuGet.config '/ctz-elsewhere/NuGet.config')", result.Diagnostics[0].Message);
        Assert.DoesNotContain(FactorySettings.In("NuGet.config"), result.Diagnostics[0].Message, "an input beside the project did not widen the context");
        Assert.DoesNotContain("ContainerizeContext to '" + root, result.Diagnostics[0].Message);
    }

    [TestMethod]
    public void CTZ2030_AConfigInTheHomeFolderThatWouldMakeItTheContext()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        string home = Path.GetDirectoryName(Path.GetDirectoryName(FactorySettings.Root)!)!;
        string config = Path.Combine(home, "NuGet.config");
        settings.HomeDirectory = home;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, config };

        AssertSingleError(settings, "CTZ2030", "'" + config + "'");
    }

    [TestMethod]
    public void CTZ2030_IsNotRaisedForAContextBelowTheHomeFolder_NorForAnExplicitOne()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.HomeDirectory = Path.GetDirectoryName(Path.GetDirectoryName(FactorySettings.Root)!)!;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, FactorySettings.In("NuGet.config") };

        Assert.IsEmpty(ContainerSpecFactory.Create(settings).Diagnostics);

        settings.HomeDirectory = FactorySettings.Root;
        settings.ContextDirectory = FactorySettings.Root;
        Assert.IsEmpty(ContainerSpecFactory.Create(settings).Diagnostics);
    }

    [TestMethod]
    public void CTZ2005_AConfigAboveTheRepositoryPullsTheContextUpWithAWarning()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        string above = Path.GetDirectoryName(FactorySettings.Root)!;
        string config = Path.Combine(above, "NuGet.config");
        settings.RepositoryRoot = FactorySettings.Root;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, config, FactorySettings.In("NuGet.config") };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        string all = string.Join("\n", result.Diagnostics);
        Assert.IsNotNull(result.Spec, "a warning still plans the image: " + all);
        Assert.AreEqual(above, result.ContextDirectory);
        Assert.HasCount(1, result.Diagnostics, all);
        Assert.AreEqual("CTZ2005", result.Diagnostics[0].Code);
        Assert.IsTrue(result.Diagnostics[0].IsWarning);
        Assert.Contains("'" + config + "'", result.Diagnostics[0].Message);
        Assert.DoesNotContain(FactorySettings.In("NuGet.config"), result.Diagnostics[0].Message, "a config inside the repository did not widen the context");
        Assert.Contains("ContainerizeContext to '" + above + "'", result.Diagnostics[0].Message);
    }

    [TestMethod]
    public void CTZ2005_ALocalFeedAboveTheRepositoryIsNamed()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        string feed = Path.Combine(Path.GetDirectoryName(FactorySettings.Root)!, "feed");
        settings.RepositoryRoot = FactorySettings.Root;
        settings.LocalPackageSources = new[] { feed };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.AreEqual("CTZ2005", result.Diagnostics.Single().Code);
        Assert.Contains("'" + feed + "'", result.Diagnostics.Single().Message);
    }

    [TestMethod]
    public void CTZ2005_IsNotRaisedForAContextInsideTheRepository()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.RepositoryRoot = FactorySettings.Root;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, FactorySettings.In("NuGet.config") };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.AreEqual(FactorySettings.Root, result.ContextDirectory);
        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void CTZ2005_IsNotRaisedInPublishMode_WhichBuildsFromTheStagedOutput()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.Mode = "Publish";
        settings.RepositoryRoot = FactorySettings.Root;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, Path.Combine(Path.GetDirectoryName(FactorySettings.Root)!, "NuGet.config") };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void CTZ2005_IsNotRaisedWhenContainerizeContextChoosesTheFolderAbove()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        string above = Path.GetDirectoryName(FactorySettings.Root)!;
        settings.RepositoryRoot = FactorySettings.Root;
        settings.ContextDirectory = above;
        settings.RestoreInputs = new[] { settings.ProjectFullPath, Path.Combine(above, "NuGet.config") };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.AreEqual(above, result.ContextDirectory);
        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    [DataRow("$weird")]
    [DataRow("it's")]
    [DataRow("say \"hi\"")]
    [DataRow("a`b")]
    public void CTZ2004_ProjectPathThatADockerfileCannotHold(string folder)
    {
        // The folder lies inside the context, so it is written into the Dockerfile; the context's own path never is.
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ContextDirectory = FactorySettings.Root;
        settings.ProjectFullPath = FactorySettings.In("src", folder, "Web.csproj");
        settings.RestoreInputs = new[] { settings.ProjectFullPath };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNull(result.Spec);
        Assert.IsTrue(result.Diagnostics.Count > 0 && result.Diagnostics.All(diagnostic => diagnostic.Code == "CTZ2004"), string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void AContextFolderWithADollarIsFineBecauseItIsNeverWrittenIntoTheDockerfile()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.ProjectFullPath = FactorySettings.In("src", "$weird", "Web.csproj");
        settings.RestoreInputs = new[] { settings.ProjectFullPath };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNotNull(result.Spec, string.Join("\n", result.Diagnostics));
        Assert.AreEqual("Web.csproj", result.Spec.ProjectPath);
    }

    [TestMethod]
    public void CTZ2004_RestoreInputWithADollar()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.RestoreInputs = new[] { settings.ProjectFullPath, FactorySettings.In("build", "$(Evil).props") };

        AssertSingleError(settings, "CTZ2004", "$(Evil).props");
    }

    [TestMethod]
    public void CTZ2004_LocalFeedWithADollar()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.LocalPackageSources = new[] { FactorySettings.In("feed$x") };

        AssertSingleError(settings, "CTZ2004", "feed$x");
    }

    [TestMethod]
    public void ValuesInMessagesStayOnOneLine()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.User = "app\nerror CTZ0000: forged";

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        ContainerizeDiagnostic diagnostic = result.Diagnostics.Single();
        Assert.DoesNotContain("\n", diagnostic.Message);
        Assert.Contains("app\\nerror", diagnostic.Message);
    }

    /// <summary>One error with the code, naming what is wrong, and no spec: a failing project writes no Dockerfile.</summary>
    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0", true, false, "CTZ1130", DisplayName = "runtime for an ASP.NET Core app")]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:10.0", false, false, "CTZ1130", DisplayName = "runtime-deps for a framework-dependent app")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:8.0", true, false, "CTZ1131", DisplayName = "aspnet:8.0 for a net10.0 app")]
    [DataRow("contoso.azurecr.io/mirror/dotnet/aspnet:9.0-alpine", true, false, "CTZ1131", DisplayName = "a mirror's tag says as much")]
    public void CTZ1130_CTZ1131_ABaseImageWhoseTagCannotRunTheApp(string baseImage, bool aspNetCore, bool selfContained, string code)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.UsesAspNetCore = aspNetCore;
        settings.SelfContained = selfContained;
        settings.BaseImage = baseImage;

        AssertSingleError(settings, code, baseImage);
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);
        Assert.Contains(aspNetCore ? "Microsoft.AspNetCore.App 10.0" : "Microsoft.NETCore.App 10.0", result.Diagnostics[0].Message, "the message names what the app needs");
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:10.0", true, DisplayName = "runtime-deps for a self-contained app")]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:8.0", true, DisplayName = "a self-contained app brings its own runtime")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", false)]
    [DataRow("contoso.azurecr.io/base/web:2024", false, DisplayName = "a name that says nothing gives no verdict")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:latest", false, DisplayName = "a tag without a version gives no verdict")]
    public void ABaseImageThatRunsTheAppOrSaysNothing_IsNoDiagnostic(string baseImage, bool selfContained)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.SelfContained = selfContained;
        settings.RuntimeIdentifier = selfContained ? "linux-x64" : null;
        settings.BaseImage = baseImage;

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(selfContained ? null : "Microsoft.AspNetCore.App 10.0", result.BaseImageNeed?.ToString(), "the build checks the local image's environment against this");
    }

    [TestMethod]
    public void CTZ1132_ABaseImageOfALaterMajorVersion_IsAWarning()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.TargetFrameworkVersion = "v8.0";
        settings.BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0";

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNotNull(result.Spec, "a warning does not stop the build");
        Assert.HasCount(1, result.Diagnostics);
        Assert.AreEqual("CTZ1132", result.Diagnostics[0].Code);
        Assert.IsTrue(result.Diagnostics[0].IsWarning);
        Assert.Contains("RollForward", result.Diagnostics[0].Message);
    }

    [TestMethod]
    public void CTZ1133_AClosureTargetFrameworkNewerThanTheHostSdk()
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.SdkVersion = "10.0.101";
        settings.ClosureTargetFrameworks = new[]
        {
            new ProjectTargetFramework(settings.ProjectFullPath, ".NETCoreApp,Version=v10.0"),
            new ProjectTargetFramework(FactorySettings.In("libs", "Next", "Next.csproj"), ".NETCoreApp,Version=v11.0"),
            new ProjectTargetFramework(FactorySettings.In("libs", "Old", "Old.csproj"), ".NETStandard,Version=v2.0"),
        };

        AssertSingleError(settings, "CTZ1133", FactorySettings.In("libs", "Next", "Next.csproj"));
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/sdk:8.0", "10.0.101", "net8.0", "global.json asks for the .NET SDK 10.0.101")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:8.0-noble-aot", null, "net10.0", "targets .NET 10.0")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:9.0", "8.0.400", "net10.0", "targets .NET 10.0", DisplayName = "the closure needs more than global.json")]
    public void CTZ1134_AnExplicitSdkImageOlderThanNeeded_IsAWarning(string sdkImage, string? globalJson, string libraryFramework, string reason)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.TargetFrameworkVersion = "v8.0";
        settings.SdkImage = sdkImage;
        settings.SdkVersion = "10.0.101";
        settings.GlobalJsonSdkVersion = globalJson;
        settings.ClosureTargetFrameworks = new[]
        {
            new ProjectTargetFramework(settings.ProjectFullPath, ".NETCoreApp,Version=v8.0"),
            new ProjectTargetFramework(FactorySettings.In("libs", "Lib", "Lib.csproj"), ".NETCoreApp,Version=v" + libraryFramework.Substring(3)),
        };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNotNull(result.Spec, "a warning does not stop the build");
        Assert.HasCount(1, result.Diagnostics, string.Join("\n", result.Diagnostics));
        Assert.AreEqual("CTZ1134", result.Diagnostics[0].Code);
        Assert.IsTrue(result.Diagnostics[0].IsWarning);
        Assert.Contains(reason, result.Diagnostics[0].Message);
        Assert.Contains(sdkImage, result.Diagnostics[0].Message);
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/sdk:10.0")]
    [DataRow("contoso.azurecr.io/build/dotnet-sdk:8.0", DisplayName = "a name that says nothing")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:latest")]
    public void AnExplicitSdkImageThatIsRecentEnoughOrSaysNothing_IsNoDiagnostic(string sdkImage)
    {
        ContainerSettings settings = FactorySettings.WebApp();
        settings.SdkImage = sdkImage;
        settings.SdkVersion = "10.0.101";
        settings.GlobalJsonSdkVersion = "10.0.100";
        settings.ClosureTargetFrameworks = new[] { new ProjectTargetFramework(settings.ProjectFullPath, ".NETCoreApp,Version=v10.0") };

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        Assert.AreEqual(sdkImage, result.Spec!.SdkImage);
    }

    private static void AssertSingleError(ContainerSettings settings, string code, string mentioned)
    {
        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        string all = string.Join("\n", result.Diagnostics);
        Assert.IsNull(result.Spec, "a spec with errors must not be planned");
        Assert.IsTrue(result.HasErrors, all);
        Assert.HasCount(1, result.Diagnostics, all);
        Assert.AreEqual(code, result.Diagnostics[0].Code, all);
        Assert.Contains(Errors.Show(mentioned), result.Diagnostics[0].Message);
    }
}
