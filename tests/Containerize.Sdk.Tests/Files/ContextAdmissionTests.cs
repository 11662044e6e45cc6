using Containerize.Sdk.Files;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Files;

/// <summary>
/// The paths the generated .dockerignore admits, read back the way the engine reads them (DockerignorePatterns): the
/// closure is sent, everything beside it is not, and no name can change what a line means.
/// </summary>
[TestClass]
public sealed class ContextAdmissionTests
{
    private static readonly string Context = Path.Combine(Path.GetTempPath(), "ctz-context");

    [TestMethod]
    public void TheClosureIsSentAndEverythingBesideItIsNot()
    {
        ContextAdmission admission = Admit("src/App", "libs/Greetings", "Directory.Build.props", "src/App/App.csproj", "artifacts/packages");
        DockerignorePatterns rules = DockerignorePatterns.Parse(Dockerignore.Text(admission.Paths, new[] { "/NuGet.config" }));

        CollectionAssert.AreEqual(new[] { "Directory.Build.props", "artifacts/packages", "libs/Greetings", "src/App" }, admission.Paths!.ToArray(), "a path inside an admitted folder adds no line");
        Assert.IsFalse(rules.IsIgnored("src/App/Program.cs"));
        Assert.IsFalse(rules.IsIgnored("src/App/Pages/Index.cshtml"));
        Assert.IsFalse(rules.IsIgnored("libs/Greetings/Greeter.cs"));
        Assert.IsFalse(rules.IsIgnored("Directory.Build.props"));
        Assert.IsFalse(rules.IsIgnored("artifacts/packages/Containerize.Sdk.0.1.0.nupkg"));
        Assert.IsTrue(rules.IsIgnored("docs/big.bin"));
        Assert.IsTrue(rules.IsIgnored("src/Other/Program.cs"));
        Assert.IsTrue(rules.IsIgnored("src/AppOther/Program.cs"), "a folder is admitted by its whole name, not a prefix");
        Assert.IsTrue(rules.IsIgnored("README.md"));
        Assert.IsTrue(rules.IsIgnored("src/App/obj/project.assets.json"), "build output stays out inside the closure");
        Assert.IsTrue(rules.IsIgnored("src/App/bin/Release/App.dll"));
        Assert.IsTrue(rules.IsIgnored("NuGet.config"), "a credential-bearing config stays out");
        Assert.IsTrue(rules.MayAdmitInside("src"), "the fingerprint walks down to the admitted folder");
        Assert.IsFalse(rules.MayAdmitInside("docs"), "the fingerprint never walks a folder beside the closure");
        Assert.IsEmpty(admission.Decisions);
    }

    [TestMethod]
    [DataRow("My App/src")]
    [DataRow("#notes/App")]
    [DataRow("!important/App")]
    [DataRow("a#b!c/App")]
    [DataRow("Ünïcode ünd spaces/App")]
    public void NamesWithSpacesHashesAndBangsAreAdmittedAsTheyAre(string folder)
    {
        ContextAdmission admission = Admit(folder);
        DockerignorePatterns rules = DockerignorePatterns.Parse(Dockerignore.Text(admission.Paths, new string[0]));

        CollectionAssert.AreEqual(new[] { folder }, admission.Paths!.ToArray());
        Assert.IsFalse(rules.IsIgnored(folder + "/Program.cs"));
        Assert.IsTrue(rules.IsIgnored(folder + "x/Program.cs"));
        Assert.IsTrue(rules.IsIgnored("other/Program.cs"));
    }

    [TestMethod]
    [DataRow("libs/[Shared]/Code.cs", "libs", "[Shared]")]
    [DataRow("libs/Shared*/Code.cs", "libs", "Shared*")]
    [DataRow("libs/Shared?/Code.cs", "libs", "Shared?")]
    [DataRow("libs/Shared (copy)/Code.cs", "libs", "Shared (copy)")]
    [DataRow("libs/Sha\\red/Code.cs", "libs", "Sha\\red")]
    [DataRow("libs/a^b/Code.cs", "libs", "a^b")]
    [DataRow("libs/ trailing /Code.cs", "libs", " trailing ")]
    [DataRow("libs/Shared/key[1].snk", "libs/Shared", "key[1].snk")]
    public void ANameAPatternCouldMisreadAdmitsItsFolderInstead(string path, string admittedFolder, string name)
    {
        ContextAdmission admission = Admit(path);
        DockerignorePatterns rules = DockerignorePatterns.Parse(Dockerignore.Text(admission.Paths, new string[0]));

        CollectionAssert.AreEqual(new[] { admittedFolder }, admission.Paths!.ToArray());
        Assert.IsFalse(rules.IsIgnored(path), "the file itself is sent");
        Assert.IsTrue(rules.IsIgnored("other/Code.cs"));
        Assert.HasCount(1, admission.Decisions);
        StringAssert.Contains(admission.Decisions[0], name);
    }

    [TestMethod]
    public void AFirstFolderNoLineCanNameSendsTheWholeContext()
    {
        ContextAdmission admission = Admit("src/App", "[tools]/build.props");

        Assert.IsNull(admission.Paths);
        StringAssert.Contains(admission.Decisions.Single(), "the whole build context is sent");
        Assert.AreEqual(Dockerignore.Text(), Dockerignore.Text(admission.Paths, new string[0]));
    }

    [TestMethod]
    public void TheContextFolderItselfSendsTheWholeContext()
    {
        ContextAdmission admission = ContextAdmission.Compute(Context, new[] { Context, Path.Combine(Context, "src") });

        Assert.IsNull(admission.Paths);
    }

    [TestMethod]
    public void APathOutsideTheContextIsNamedAndNotAdmitted()
    {
        string outside = Path.Combine(Path.GetTempPath(), "elsewhere", "Shared.cs");
        ContextAdmission admission = ContextAdmission.Compute(Context, new[] { Path.Combine(Context, "src", "App"), outside });

        CollectionAssert.AreEqual(new[] { "src/App" }, admission.Paths!.ToArray());
        StringAssert.Contains(admission.Decisions.Single(), outside);
    }

    [TestMethod]
    [DataRow("src/[App]")]
    [DataRow("src/*")]
    [DataRow("")]
    [DataRow("src/ App")]
    [DataRow("src/App\nsecrets")]
    public void TheTextRefusesAPathItCannotWriteLiterally(string path)
    {
        Assert.ThrowsExactly<ArgumentException>(() => Dockerignore.Text(new[] { path }, new string[0]));
    }

    private static ContextAdmission Admit(params string[] relativePaths) =>
        ContextAdmission.Compute(Context, relativePaths.Select(path => Path.Combine(Context, path)));
}
