using Containerize.Sdk.RestoreInputs;

namespace Containerize.Sdk.Tests.RestoreInputs;

[TestClass]
public sealed class ImportPathExpanderTests
{
    private static ImportPathExpander Expander(string thisFileDirectory, params (string Name, string Value)[] properties) =>
        new(properties.ToDictionary(property => property.Name, property => property.Value, StringComparer.OrdinalIgnoreCase), thisFileDirectory);

    [TestMethod]
    public void KnownProperties_AreReplaced_CaseInsensitively()
    {
        string? value = Expander("/repo/", ("RepoRoot", "/repo/")).Expand("$(reporoot)build/common.props", out string? unexpandable);

        Assert.AreEqual("/repo/build/common.props", value);
        Assert.IsNull(unexpandable);
    }

    [TestMethod]
    public void UnknownProperty_MakesTheValueUnexpandable_AndSaysWhich()
    {
        string? value = Expander("/repo/").Expand("$(SomewhereElse)x.props", out string? unexpandable);

        Assert.IsNull(value);
        StringAssert.Contains(unexpandable, "$(SomewhereElse)");
    }

    [TestMethod]
    [DataRow("@(Compile)")]
    [DataRow("%(Identity).props")]
    [DataRow("$([System.Environment]::GetEnvironmentVariable('HOME'))/x.props")]
    [DataRow("$(Unclosed")]
    public void ItemsMetadataAndOtherFunctions_AreUnexpandable(string text)
    {
        Assert.IsNull(Expander("/repo/").Expand(text, out string? unexpandable));
        Assert.IsNotNull(unexpandable);
    }

    [TestMethod]
    public void GetPathOfFileAbove_WithTwoArguments_FindsTheFileFromTheStartingFolderUp()
    {
        using var repository = new FixtureRepository();
        string parent = repository.Write("Directory.Build.props", FixtureRepository.EmptyProject);
        string nested = repository.Folder("src/App");

        string? value = Expander(nested + "/", ("MSBuildThisFileDirectory", nested + "/"))
            .Expand("$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))", out _);

        Assert.AreEqual(parent, value);
    }

    [TestMethod]
    public void GetPathOfFileAbove_WithOneArgument_StartsInTheFolderOfTheFileThatCallsIt()
    {
        using var repository = new FixtureRepository();
        string own = repository.Write("src/Directory.Build.props", FixtureRepository.EmptyProject);

        string? value = Expander(repository.PathOf("src") + "/").Expand("$([MSBuild]::GetPathOfFileAbove(Directory.Build.props))", out _);

        Assert.AreEqual(own, value);
    }

    [TestMethod]
    public void GetPathOfFileAbove_WhenNothingIsFound_IsEmpty()
    {
        using var repository = new FixtureRepository();

        string? value = Expander(repository.Root + "/").Expand("$([MSBuild]::GetPathOfFileAbove('no-such-file-" + Guid.NewGuid().ToString("N") + ".props', '" + repository.Root + "'))", out _);

        Assert.AreEqual("", value);
    }

    [TestMethod]
    public void GetDirectoryNameOfFileAbove_TakesTheStartingFolderFirst_AndComposesWithText()
    {
        using var repository = new FixtureRepository();
        repository.Write("Directory.Build.props", FixtureRepository.EmptyProject);
        string nested = repository.Folder("src/Lib");

        string? value = Expander(nested + "/", ("MSBuildThisFileDirectory", nested + "/"))
            .Expand("$([MSBuild]::GetDirectoryNameOfFileAbove($(MSBuildThisFileDirectory).., Directory.Build.props))/Directory.Build.props", out _);

        Assert.AreEqual(repository.PathOf("Directory.Build.props"), value);
    }

    [TestMethod]
    public void NormalizePathAndPathCombine_JoinTheirArguments()
    {
        ImportPathExpander expander = Expander("/repo/src/", ("RepoRoot", "/repo/"));

        Assert.AreEqual(Path.GetFullPath("/repo/build/x.props"), expander.Expand("$([MSBuild]::NormalizePath('$(RepoRoot)', 'build', 'x.props'))", out _));
        Assert.AreEqual(Path.Combine("/repo/", "eng", "y.props"), expander.Expand("$([System.IO.Path]::Combine($(RepoRoot), 'eng', 'y.props'))", out _));
    }
}
