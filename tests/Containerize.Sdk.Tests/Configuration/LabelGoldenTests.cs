using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class LabelGoldenTests
{
    private static NamedValue[] AllSources() => new[]
    {
        new NamedValue("title", "Web"),
        new NamedValue("version", "1.2.3"),
        new NamedValue("description", "  A web app\n    that spans lines  "),
        new NamedValue("authors", "Contoso Team"),
        new NamedValue("url", "https://contoso.example/web"),
        new NamedValue("source", "https://github.com/contoso/web"),
        new NamedValue("revision", "0123456789abcdef"),
        new NamedValue("vendor", "Contoso"),
        new NamedValue("licenses", "MIT"),
    };

    [TestMethod]
    public void OciLabelsFromTheProjectThenUserLabelsThenCreatedLast()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.LabelSources = AllSources();
        settings.FinalStage.Created = "2025-01-02T03:04:05Z";
        settings.FinalStage.Labels = new[] { new NamedValue("com.contoso.team", "web"), new NamedValue("org.opencontainers.image.vendor", "Contoso Ltd") };
        Planning.GoldenFile.AssertMatches("Labels.OciAndUser.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void EmptySourcesAreSkipped()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.LabelSources = new[] { new NamedValue("title", ""), new NamedValue("version", "1.0.0"), new NamedValue("description", "   ") };
        string label = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "LABEL").Single();
        CollectionAssert.AreEqual(
            new[] { "org.opencontainers.image.version", "org.opencontainers.image.base.name", "dev.containerize.sbom" },
            DockerfileLines.Pairs(label).Select(pair => pair.Key).ToArray());
    }

    [TestMethod]
    [DataRow(null, "1234567890", "2009-02-13T23:31:30Z")]
    [DataRow("2025-01-02T03:04:05Z", "1234567890", "2025-01-02T03:04:05Z")]
    [DataRow(null, null, null)]
    public void TheCreatedLabelComesFromContainerizeCreatedElseSourceDateEpoch(string? created, string? epoch, string? expected)
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.Created = created;
        settings.FinalStage.SourceDateEpoch = epoch;
        string? label = ContainerSpecFactory.Create(settings).Spec!.FinalStage.VolatileLabels.SingleOrDefault(pair => pair.Key == "org.opencontainers.image.created").Value;
        Assert.AreEqual(expected, label);
    }

    [TestMethod]
    public void TheSbomLabelNamesItsPathInTheWorkingDirectory_AndContainerizeSbomFalseLeavesItOut()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.WorkingDirectory = "/srv/app/";
        Assert.AreEqual("/srv/app/sbom.cdx.json", ContainerSpecFactory.Create(settings).Spec!.FinalStage.Labels.Single(pair => pair.Key == "dev.containerize.sbom").Value);
        StringAssert.Contains(ContainerSpecFactory.Create(settings).Dockerfile, " -p:_ContainerizeSbomFile=/app/publish/sbom.cdx.json -p:_ContainerizeSbomBaseImage=");

        settings.Sbom = false;
        ContainerSpecResult without = ContainerSpecFactory.Create(settings);
        Assert.IsFalse(without.Spec!.FinalStage.Labels.Any(pair => pair.Key == "dev.containerize.sbom"));
        Assert.DoesNotContain("Sbom", without.Dockerfile);
    }

    [TestMethod]
    [DataRow("12x")]
    [DataRow("-1")]
    [DataRow("1e9")]
    [DataRow("99999999999999")]
    public void ASourceDateEpochThatIsNotANumberOfSecondsIsAnError(string epoch)
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.SourceDateEpoch = epoch;

        ContainerSpecResult result = ContainerSpecFactory.Create(settings);

        Assert.IsNull(result.Spec);
        Assert.AreEqual("CTZ1001", result.Diagnostics.Single().Code);
        StringAssert.Contains(result.Diagnostics.Single().Message, "SOURCE_DATE_EPOCH");
    }

    [TestMethod]
    public void GenerateLabelsFalseKeepsOnlyUserLabels()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.LabelSources = AllSources();
        settings.FinalStage.Created = "2025-01-02T03:04:05Z";
        settings.FinalStage.GenerateLabels = "False";
        settings.FinalStage.Labels = new[] { new NamedValue("com.contoso.team", "web") };
        Planning.GoldenFile.AssertMatches("Labels.GenerateFalse.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void GenerateLabelsFalseWithoutUserLabelsWritesNoLabel()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.LabelSources = AllSources();
        settings.FinalStage.GenerateLabels = "false";
        Assert.IsEmpty(DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "LABEL"));
    }
}
