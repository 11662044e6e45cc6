using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class ContainerTargetFrameworkTests
{
    private static readonly TargetFrameworkCandidate[] Frameworks =
    {
        new("net8.0", ".NETCoreApp", "8.0", ""),
        new("net10.0-windows", ".NETCoreApp", "10.0", "windows"),
        new("net10.0", ".NETCoreApp", "10.0", ""),
        new("net9.0", ".NETCoreApp", "9.0", ""),
        new("netstandard2.1", ".NETStandard", "2.1", ""),
        new("net48", ".NETFramework", "4.8", ""),
    };

    [TestMethod]
    public void WithoutAChoice_TheHighestDotNetFrameworkWithoutAPlatform_IsTaken()
    {
        Assert.AreEqual("net10.0", ContainerTargetFramework.Select(Frameworks, null, out ContainerizeDiagnostic? error));
        Assert.IsNull(error);
    }

    [TestMethod]
    public void VersionsCompareAsNumbers_NotAsText()
    {
        var frameworks = new[] { new TargetFrameworkCandidate("net10.0", ".NETCoreApp", "v10.0", ""), new TargetFrameworkCandidate("net9.0", ".NETCoreApp", "v9.0", "") };

        Assert.AreEqual("net10.0", ContainerTargetFramework.Select(frameworks.Reverse().ToList(), "", out _));
    }

    [TestMethod]
    public void TheUsersChoice_IsTaken_AsTheProjectWritesIt()
    {
        Assert.AreEqual("net9.0", ContainerTargetFramework.Select(Frameworks, " NET9.0 ", out ContainerizeDiagnostic? error));
        Assert.IsNull(error);
    }

    [TestMethod]
    public void CTZ2013_AChoiceThatIsNotAFrameworkOfTheProject()
    {
        Assert.IsNull(ContainerTargetFramework.Select(Frameworks, "net7.0", out ContainerizeDiagnostic? error));
        Assert.AreEqual("CTZ2013", error?.Code);
        StringAssert.Contains(error!.Message, "net8.0;net10.0-windows;net10.0");
    }

    [TestMethod]
    public void NoDotNetFramework_GivesNothing_WithoutError()
    {
        var frameworks = new[] { new TargetFrameworkCandidate("netstandard2.0", ".NETStandard", "2.0", ""), new TargetFrameworkCandidate("net48", ".NETFramework", "4.8", "") };

        Assert.AreEqual("", ContainerTargetFramework.Select(frameworks, null, out ContainerizeDiagnostic? error));
        Assert.IsNull(error);
    }
}
