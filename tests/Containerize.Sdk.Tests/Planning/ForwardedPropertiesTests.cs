using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Planning;

/// <summary>Which global properties of the host publish reach the container's build, where, and how they are written.</summary>
[TestClass]
public sealed class ForwardedPropertiesTests
{
    private const string Context = "/repo";

    private static ForwardedPropertiesResult Forward(Dictionary<string, string> global, bool multiTargeting = false, string? sourceRevisionId = null, bool secrets = true) =>
        ForwardedProperties.Create(new ForwardedPropertiesInputs
        {
            GlobalProperties = global,
            ContextDirectory = Context,
            MultiTargeting = multiTargeting,
            SourceRevisionId = sourceRevisionId,
            BuilderHasSecrets = secrets,
        });

    [TestMethod]
    public void AnOrdinaryPropertyGoesToTheRestoreAndThePublish()
    {
        ForwardedPropertiesResult result = Forward(new() { ["TreatWarningsAsErrors"] = "false" });

        Assert.AreEqual("-p:TreatWarningsAsErrors=\"false\"", result.RestoreProperties);
        Assert.AreEqual("", result.PublishProperties);
        Assert.AreEqual("", result.SecretProperties);
        Assert.IsEmpty(result.Diagnostics);
    }

    [TestMethod]
    [DataRow("Version")]
    [DataRow("VersionSuffix")]
    [DataRow("AssemblyVersion")]
    [DataRow("InformationalVersion")]
    [DataRow("SourceRevisionId")]
    [DataRow("DefineConstants")]
    public void PropertiesTheRestoreNeverReadsGoToThePublishOnly(string name)
    {
        ForwardedPropertiesResult result = Forward(new() { [name] = "9.9.9" });

        Assert.AreEqual("", result.RestoreProperties);
        Assert.AreEqual("-p:" + name + "=\"9.9.9\"", result.PublishProperties);
    }

    [TestMethod]
    [DataRow("Containerize")]
    [DataRow("ContainerizeMode")]
    [DataRow("ContainerRepository")]
    [DataRow("Configuration")]
    [DataRow("RuntimeIdentifier")]
    [DataRow("SelfContained")]
    [DataRow("PublishDir")]
    [DataRow("OutputPath")]
    [DataRow("NoBuild")]
    [DataRow("NuGetInteractive")]
    [DataRow("_IsPublishing")]
    [DataRow("MSBuildRestoreSessionId")]
    [DataRow("CurrentSolutionConfigurationContents")]
    [DataRow("BuildingInsideVisualStudio")]
    public void PropertiesTheDockerfileOrTheHostDecideAreNotForwarded(string name)
    {
        ForwardedPropertiesResult result = Forward(new() { [name] = "x" });

        Assert.AreEqual("", result.RestoreProperties + result.PublishProperties + result.SecretProperties);
        Assert.IsTrue(result.Decisions.Any(decision => decision.Contains(name + " is not forwarded", StringComparison.Ordinal)), string.Join("\n", result.Decisions));
    }

    [TestMethod]
    public void TargetFrameworkIsForwardedUnlessTheProjectMultiTargets()
    {
        var global = new Dictionary<string, string> { ["TargetFramework"] = "net10.0" };

        Assert.AreEqual("-p:TargetFramework=\"net10.0\"", Forward(global).RestoreProperties);
        Assert.AreEqual("", Forward(global, multiTargeting: true).RestoreProperties);
    }

    [TestMethod]
    [DataRow("FeedPassword")]
    [DataRow("GitHubToken")]
    [DataRow("ClientSecret")]
    [DataRow("NuGetApiKey")]
    [DataRow("SigningKey")]
    [DataRow("password")]
    public void SecretNamedPropertiesGoToTheSecretOnly(string name)
    {
        ForwardedPropertiesResult result = Forward(new() { [name] = "hunter2", ["Other"] = "1" });

        Assert.AreEqual("-p:" + name + "=\"hunter2\"", result.SecretProperties);
        Assert.DoesNotContain("hunter2", result.RestoreProperties + result.PublishProperties);
        Assert.IsEmpty(result.Diagnostics);
    }

    [TestMethod]
    public void CTZ2021_ASecretNamedPropertyWithoutSecretMountsIsRefused()
    {
        ForwardedPropertiesResult result = Forward(new() { ["FeedPassword"] = "hunter2", ["Other"] = "1" }, secrets: false);

        Assert.HasCount(1, result.Diagnostics);
        Assert.AreEqual("CTZ2021", result.Diagnostics[0].Code);
        Assert.IsFalse(result.Diagnostics[0].IsWarning);
        Assert.Contains("FeedPassword", result.Diagnostics[0].Message);
        Assert.DoesNotContain("hunter2", result.Diagnostics[0].Message);
    }

    [TestMethod]
    public void APathInsideTheContextBecomesTheBuildStagesPath()
    {
        ForwardedPropertiesResult result = Forward(new() { ["SolutionDir"] = "/repo/", ["KeyFilePath"] = "/repo/keys/a.snk", ["Plain"] = "/repo/src" });

        StringAssert.Contains(result.RestoreProperties, "-p:SolutionDir=\"/src/\"");
        StringAssert.Contains(result.RestoreProperties, "-p:Plain=\"/src/src\"");
        Assert.IsEmpty(result.Diagnostics);
    }

    [TestMethod]
    public void CTZ2020_APathOutsideTheContextIsAWarningAndNotForwarded()
    {
        ForwardedPropertiesResult result = Forward(new() { ["SharedProps"] = "/elsewhere/shared.props" });

        Assert.AreEqual("", result.RestoreProperties);
        Assert.HasCount(1, result.Diagnostics);
        Assert.AreEqual("CTZ2020", result.Diagnostics[0].Code);
        Assert.IsTrue(result.Diagnostics[0].IsWarning);
        Assert.Contains("SharedProps", result.Diagnostics[0].Message);
    }

    [TestMethod]
    public void TheHostsCommitGoesToThePublishWithSourceControlQueriesOff()
    {
        ForwardedPropertiesResult result = Forward(new(), sourceRevisionId: "0123abcd");

        Assert.AreEqual("-p:SourceRevisionId=\"0123abcd\" -p:EnableSourceControlManagerQueries=\"false\"", result.PublishProperties);
        Assert.AreEqual("", result.RestoreProperties);
    }

    [TestMethod]
    public void ACommitGivenOnTheCommandLineWins()
    {
        ForwardedPropertiesResult result = Forward(new() { ["SourceRevisionId"] = "given" }, sourceRevisionId: "found");

        Assert.AreEqual("-p:SourceRevisionId=\"given\"", result.PublishProperties);
    }

    [TestMethod]
    public void LinesAreSortedByNameSoTheSamePropertiesGiveTheSameArguments()
    {
        ForwardedPropertiesResult result = Forward(new() { ["Zeta"] = "1", ["alpha"] = "2", ["Mid"] = "3" });

        Assert.AreEqual("-p:alpha=\"2\" -p:Mid=\"3\" -p:Zeta=\"1\"", result.RestoreProperties);
    }

    [TestMethod]
    [DataRow("a;b", "-p:P=\"a;b\"")]
    [DataRow("say \"hi\"", "-p:P=\"say %22hi%22\"")]
    [DataRow("line\nbreak\r", "-p:P=\"line%0Abreak%0D\"")]
    [DataRow("$(HOME) $HOME `id` %3B %25", "-p:P=\"$(HOME) $HOME `id` %3B %25\"")]
    [DataRow("C:\\dir\\", "-p:P=\"C:\\dir\\\\\"")]
    [DataRow("a\\b", "-p:P=\"a\\b\"")]
    [DataRow("é ü 日本", "-p:P=\"é ü 日本\"")]
    [DataRow("", "-p:P=\"\"")]
    public void ALineHoldsTheValueQuotedForAResponseFile(string value, string line)
    {
        Assert.AreEqual(line, ForwardedProperties.Line("P", value));
    }

    [TestMethod]
    public void NoValueCanStartANewLineOrCloseTheQuoteEarly()
    {
        foreach (string value in new[] { "x\"\n-p:Containerize=\"true", "\"", "\\\"", "a\r\n-p:B=1" })
        {
            string line = ForwardedProperties.Line("P", value);

            Assert.DoesNotContain("\n", line);
            Assert.DoesNotContain("\r", line);
            Assert.AreEqual(2, line.Count(c => c == '"'), line);
            Assert.DoesNotContain("\" -p:", line, "where the build stage breaks the build argument into lines");
            Assert.EndsWith("\"", line);
        }
    }

    [TestMethod]
    public void TheBuildStageBreaksABuildArgumentIntoItsLinesAgain()
    {
        var global = new Dictionary<string, string> { ["A"] = "x\" -p:B=\"y", ["C"] = "1 -p:D=\"2\"", ["E"] = "" };
        ForwardedPropertiesResult result = Forward(global);
        string[] lines = global.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => ForwardedProperties.Line(pair.Key, pair.Value)).ToArray();

        // What LineBreakScript (s/" -p:/"\n-p:/g) does to the build argument.
        Assert.AreEqual(string.Join("\n", lines), result.RestoreProperties.Replace("\" -p:", "\"\n-p:"));
        Assert.AreEqual("s/\" -p:/\"\\n-p:/g", ForwardedProperties.LineBreakScript);
    }
}
