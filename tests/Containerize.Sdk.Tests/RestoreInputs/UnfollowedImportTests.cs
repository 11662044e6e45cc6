using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class UnfollowedImportTests
{
    [TestMethod]
    [DataRow("$(MSBuildExtensionsPath)/Microsoft/VisualStudio/v17.0/WebApplications/Microsoft.WebApplication.targets", false)]
    [DataRow("$(VSToolsPath)\\TeamTest\\Microsoft.TestTools.targets", false)]
    [DataRow("$(HarnessFolder)Containerize.Sdk.props", false)]
    [DataRow("$(RepoTools)eng/versions.props", true)]
    [DataRow("$([System.Environment]::GetEnvironmentVariable('ROOT'))/x.props", true)]
    [DataRow("../*/shared.props", true)]
    [DataRow("", true)]
    public void OnlyToolsetAndGlobalPropertiesRuleOutARepositoryFile(string expression, bool mayNameRepositoryFile)
    {
        var import = new UnfollowedImport(expression, "why");

        Assert.AreEqual(mayNameRepositoryFile, import.MayNameRepositoryFile(new[] { "HarnessFolder", "Configuration" }), expression);
    }
}
