using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Tests.Inference;

/// <summary>The base-image inference table, the same rules the .NET SDK's container support follows.</summary>
[TestClass]
public sealed class BaseImageResolverTests
{
    private const string Mcr = "mcr.microsoft.com/dotnet/";

    [TestMethod]
    //      TargetFrameworkVersion, bundled runtime, ASP.NET Core, self-contained, AOT, RID, family -> base image, sdk image
    [DataRow("v10.0", "10.0.0", true, false, false, null, null, "aspnet:10.0", "sdk:10.0", DisplayName = "web app")]
    [DataRow("v8.0", "10.0.0", false, false, false, null, null, "runtime:8.0", "sdk:8.0", DisplayName = "console app on an older TFM")]
    [DataRow("v9.0", "10.0.0", true, false, false, "linux-x64", null, "aspnet:9.0", "sdk:9.0", DisplayName = "framework-dependent with a glibc RID")]
    [DataRow("v10.0", "10.0.0", false, true, false, "linux-x64", null, "runtime-deps:10.0", "sdk:10.0", DisplayName = "self-contained console app")]
    [DataRow("v10.0", "10.0.0", true, true, false, "linux-arm64", null, "runtime-deps:10.0", "sdk:10.0", DisplayName = "self-contained web app")]
    [DataRow("v10.0", "10.0.0", true, false, true, "linux-x64", null, "runtime-deps:10.0", "sdk:10.0-noble-aot", DisplayName = "Native AOT web app")]
    [DataRow("v10.0", "10.0.0", true, false, false, "linux-musl-x64", null, "aspnet:10.0-alpine", "sdk:10.0-alpine", DisplayName = "musl RID gives alpine")]
    [DataRow("v10.0", "10.0.0", false, true, false, "linux-musl-arm64", null, "runtime-deps:10.0-alpine", "sdk:10.0-alpine", DisplayName = "self-contained musl")]
    [DataRow("v10.0", "10.0.0", true, false, false, null, "alpine", "aspnet:10.0-alpine", "sdk:10.0-alpine", DisplayName = "family alpine")]
    [DataRow("v10.0", "10.0.0", true, false, false, "linux-musl-x64", "alpine3.22", "aspnet:10.0-alpine3.22", "sdk:10.0-alpine3.22", DisplayName = "versioned alpine family wins over the RID's")]
    [DataRow("v10.0", "10.0.0", true, false, false, null, "alpine-composite", "aspnet:10.0-alpine-composite", "sdk:10.0-alpine", DisplayName = "alpine composite builds on alpine")]
    [DataRow("v10.0", "10.0.0", true, false, false, null, "noble-chiseled", "aspnet:10.0-noble-chiseled", "sdk:10.0-noble", DisplayName = "chiseled builds on its distribution")]
    [DataRow("v10.0", "10.0.0", false, true, false, null, "noble-chiseled-extra", "runtime-deps:10.0-noble-chiseled-extra", "sdk:10.0-noble", DisplayName = "chiseled extra")]
    [DataRow("v10.0", "10.0.0", true, false, false, null, "azurelinux3.0-distroless", "aspnet:10.0-azurelinux3.0-distroless", "sdk:10.0-azurelinux3.0", DisplayName = "distroless builds on its distribution")]
    [DataRow("v8.0", "10.0.0", true, false, false, null, "bookworm-slim", "aspnet:8.0-bookworm-slim", "sdk:8.0-bookworm-slim", DisplayName = "debian family")]
    [DataRow("v11.0", "11.0.0-preview.3.25201.16", true, false, false, null, null, "aspnet:11.0-preview", "sdk:11.0-preview", DisplayName = "prerelease runtime of the TFM's version")]
    [DataRow("v11.0", "11.0.0-rc.1.25451.107", false, false, false, null, null, "runtime:11.0-preview", "sdk:11.0-preview", DisplayName = "release candidate")]
    [DataRow("v11.0", "11.0.0-preview.3", true, false, false, "linux-musl-x64", null, "aspnet:11.0-preview-alpine", "sdk:11.0-preview-alpine", DisplayName = "prerelease on alpine")]
    [DataRow("v10.0", "11.0.0-preview.3", true, false, false, null, null, "aspnet:10.0", "sdk:10.0", DisplayName = "a preview SDK building an older TFM uses released images")]
    [DataRow("v11.0", null, true, false, false, null, null, "aspnet:11.0", "sdk:11.0", DisplayName = "unknown bundled runtime")]
    public void InfersTheBaseAndSdkImages(
        string targetFrameworkVersion, string? bundledRuntime, bool aspNetCore, bool selfContained, bool aot, string? rid, string? family,
        string expectedBase, string expectedSdk)
    {
        BaseImageResolution resolution = BaseImageResolver.Resolve(new BaseImageInputs
        {
            TargetFrameworkVersion = targetFrameworkVersion,
            BundledRuntimeVersion = bundledRuntime,
            UsesAspNetCore = aspNetCore,
            SelfContained = selfContained,
            PublishAot = aot,
            RuntimeIdentifier = rid,
            ContainerFamily = family,
        });

        Assert.AreEqual(Mcr + expectedBase, resolution.BaseImage);
        Assert.AreEqual(Mcr + expectedSdk, resolution.SdkImage);
        Assert.AreEqual(expectedBase.Contains("alpine"), resolution.UsesMusl, "the package manager follows the final image's distribution");
        Assert.IsNotEmpty(resolution.Reasons, "each inference is explained in the log");
    }

    [TestMethod]
    [DataRow("v8.0", "10.0.101", false, null, null, "runtime:8.0", "sdk:10.0", DisplayName = "a net8.0 app builds with the host's SDK 10")]
    [DataRow("v10.0", "10.0.401", false, null, null, "runtime:10.0", "sdk:10.0", DisplayName = "the SDK's feature band does not show in the tag")]
    [DataRow("v10.0", "11.0.100-preview.3.25201.16", false, null, null, "runtime:10.0", "sdk:11.0-preview", DisplayName = "a preview SDK gives the preview SDK image")]
    [DataRow("v8.0", "10.0.101", false, "linux-musl-x64", null, "runtime:8.0-alpine", "sdk:10.0-alpine", DisplayName = "musl: the alpine SDK image of the host SDK")]
    [DataRow("v8.0", "10.0.101", false, null, "noble-chiseled", "runtime:8.0-noble-chiseled", "sdk:10.0-noble", DisplayName = "a family: the SDK image of its distribution")]
    [DataRow("v10.0", "10.0.101", true, null, null, "runtime-deps:10.0", "sdk:10.0-noble-aot", DisplayName = "Native AOT: the -aot SDK image")]
    [DataRow("v10.0", "10.0.101", true, "linux-musl-arm64", null, "runtime-deps:10.0-alpine", "sdk:10.0-alpine-aot", DisplayName = "Native AOT on musl: the alpine -aot SDK image")]
    [DataRow("v10.0", "10.0.101", true, null, "alpine3.22", "runtime-deps:10.0-alpine3.22", "sdk:10.0-alpine3.22-aot", DisplayName = "Native AOT with a versioned alpine family")]
    [DataRow("v10.0", "10.0.101", true, null, "azurelinux3.0-distroless", "runtime-deps:10.0-azurelinux3.0-distroless", "sdk:10.0-azurelinux3.0-aot", DisplayName = "Native AOT on distroless builds on its distribution")]
    [DataRow("v8.0", "10.0.101", true, null, null, "runtime-deps:8.0-noble", "sdk:10.0-noble-aot", DisplayName = "Native AOT before .NET 10 runs on noble, the glibc it was linked for")]
    [DataRow("v10.0", "11.0.100-preview.3", true, null, null, "runtime-deps:10.0", "sdk:11.0-preview-noble-aot", DisplayName = "Native AOT with a preview SDK")]
    public void TheBuildStageImageHasTheHostSdksVersion(
        string targetFrameworkVersion, string sdkVersion, bool aot, string? rid, string? family, string expectedBase, string expectedSdk)
    {
        BaseImageResolution resolution = BaseImageResolver.Resolve(new BaseImageInputs
        {
            TargetFrameworkVersion = targetFrameworkVersion,
            BundledRuntimeVersion = "10.0.0",
            SdkVersion = sdkVersion,
            PublishAot = aot,
            RuntimeIdentifier = rid,
            ContainerFamily = family,
        });

        Assert.AreEqual(Mcr + expectedBase, resolution.BaseImage);
        Assert.AreEqual(Mcr + expectedSdk, resolution.SdkImage);
        Assert.IsTrue(resolution.Reasons.Any(reason => reason.Contains(sdkVersion, StringComparison.Ordinal)), "the log says which SDK chose the image: " + string.Join(" | ", resolution.Reasons));
    }

    [TestMethod]
    public void AnExplicitSdkImageWinsOverTheAotImage()
    {
        BaseImageResolution resolution = BaseImageResolver.Resolve(new BaseImageInputs
        {
            TargetFrameworkVersion = "v10.0",
            SdkVersion = "10.0.101",
            PublishAot = true,
            SdkImage = "contoso.azurecr.io/dotnet/sdk:10.0-aot-custom",
        });

        Assert.AreEqual("contoso.azurecr.io/dotnet/sdk:10.0-aot-custom", resolution.SdkImage);
    }

    [TestMethod]
    public void AnExplicitBaseImageIsUsedAsItIsAndTheSdkImageIsStillInferred()
    {
        BaseImageResolution resolution = BaseImageResolver.Resolve(new BaseImageInputs
        {
            TargetFrameworkVersion = "v10.0",
            UsesAspNetCore = true,
            BaseImage = " contoso.azurecr.io/base/aspnet-alpine:10.0 ",
        });

        Assert.AreEqual("contoso.azurecr.io/base/aspnet-alpine:10.0", resolution.BaseImage);
        Assert.AreEqual(Mcr + "sdk:10.0", resolution.SdkImage);
        Assert.IsTrue(resolution.UsesMusl, "an alpine base installs packages with apk");
    }

    [TestMethod]
    public void AnExplicitSdkImageIsUsedAsItIs()
    {
        BaseImageResolution resolution = BaseImageResolver.Resolve(new BaseImageInputs
        {
            TargetFrameworkVersion = "v10.0",
            ContainerFamily = "alpine",
            SdkImage = "contoso.azurecr.io/sdk:10.0-custom",
        });

        Assert.AreEqual(Mcr + "runtime:10.0-alpine", resolution.BaseImage);
        Assert.AreEqual("contoso.azurecr.io/sdk:10.0-custom", resolution.SdkImage);
    }

    [TestMethod]
    [DataRow("v10.0", "10.0")]
    [DataRow("v8.0", "8.0")]
    [DataRow("V9.0", "9.0")]
    [DataRow("v10.0.1", "10.0")]
    [DataRow("vNext", null)]
    [DataRow("", null)]
    public void TagVersionIsMajorDotMinor(string targetFrameworkVersion, string? expected)
    {
        Assert.AreEqual(expected, BaseImageResolver.TagVersion(targetFrameworkVersion));
    }

    [TestMethod]
    public void AnUnreadableTargetFrameworkVersionIsRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => BaseImageResolver.Resolve(new BaseImageInputs { TargetFrameworkVersion = "latest" }));
    }

    [TestMethod]
    [DataRow("alpine", true)]
    [DataRow("alpine3.22", true)]
    [DataRow("alpine-extra", true)]
    [DataRow("noble", true)]
    [DataRow("noble-chiseled", true)]
    [DataRow("noble-chiseled-extra", true)]
    [DataRow("jammy-chiseled-composite-extra", true)]
    [DataRow("azurelinux3.0", true)]
    [DataRow("azurelinux3.0-distroless-extra", true)]
    [DataRow("bookworm-slim", true)]
    [DataRow("Alpine", false)]
    [DataRow("windowsservercore-ltsc2022", false)]
    [DataRow("nanoserver-1809", false)]
    [DataRow("noble-chiseled\nRUN evil", false)]
    [DataRow("alpine ", false)]
    [DataRow("", false)]
    public void KnownFamilies(string family, bool known)
    {
        Assert.AreEqual(known, BaseImageResolver.IsKnownFamily(family));
    }
}
