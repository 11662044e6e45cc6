using Containerize.Sdk.Processes;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Images;
using Containerize.Sdk.Tests.Building;

namespace Containerize.Sdk.Tests.Images;

/// <summary>Pushing against stand-in clients that print what docker and podman print.</summary>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
public sealed class ImagePushTests
{
    private const string Digest = "sha256:98c6bd55e81c760c2dbefc1549d31ebba41a417edb40a0d1d9f4ea07bee73650";

    private static readonly string[] References = { "127.0.0.1:5000/app:1.0", "127.0.0.1:5000/app:latest" };

    [TestMethod]
    public void EveryTagIsPushedAndTheDigestComesFromThePush()
    {
        using FakeClientScript fake = FakeClientScript.Create(
            "echo \"$@\" >> \"$(dirname \"$0\")/calls\"\n" +
            "echo 'The push refers to repository [127.0.0.1:5000/app]'\n" +
            "echo \"${2##*:}: digest: " + Digest + " size: 2200\"");
        string client = fake.Path;
        var streamed = new List<string>();

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Docker, References, null, line => streamed.Add(line.Text), CancellationToken.None);

        Assert.IsTrue(outcome.Succeeded);
        Assert.AreEqual(Digest, outcome.Digest);
        Assert.IsEmpty(outcome.Warnings);
        CollectionAssert.AreEqual(
            new[] { "push 127.0.0.1:5000/app:1.0", "push 127.0.0.1:5000/app:latest" },
            File.ReadAllLines(Path.Combine(Path.GetDirectoryName(client)!, "calls")));
        Assert.Contains("1.0: digest: " + Digest + " size: 2200", streamed);
    }

    [TestMethod]
    public void PodmanTheDigestComesFromItsDigestFile()
    {
        using FakeClientScript fake = FakeClientScript.Create("printf '%s' '" + Digest + "' > \"$3\"; echo 'Writing manifest to image destination'", "podman");
        string client = fake.Path;

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Podman, References, null, line => { }, CancellationToken.None);

        Assert.IsTrue(outcome.Succeeded);
        Assert.AreEqual(Digest, outcome.Digest);
    }

    [TestMethod]
    public void APushWithoutADigestSucceedsWithWarningCtz4007()
    {
        using FakeClientScript fake = FakeClientScript.Create("echo pushed");
        string client = fake.Path;

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Docker, References, null, line => { }, CancellationToken.None);

        Assert.IsTrue(outcome.Succeeded);
        Assert.IsNull(outcome.Digest);
        Assert.HasCount(1, outcome.Warnings);
        Assert.AreEqual("CTZ4007", outcome.Warnings[0].Code);
        Assert.IsTrue(outcome.Warnings[0].IsWarning);
    }

    [TestMethod]
    public void ARefusedPushIsCtz4001PointingAtTheEnginesLogin()
    {
        using FakeClientScript fake = FakeClientScript.Create(
            "echo 'The push refers to repository [registry.example.com/team/app]'\n" +
            "echo 'unauthorized: authentication required' >&2\nexit 1");
        string client = fake.Path;

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Docker, new[] { "registry.example.com/team/app:1.0" }, null, line => { }, CancellationToken.None);

        Assert.IsFalse(outcome.Succeeded);
        Assert.AreEqual("CTZ4001", outcome.Error!.Code);
        Assert.Contains("registry.example.com/team/app:1.0", outcome.Error.Message);
        Assert.Contains("unauthorized: authentication required", outcome.Error.Message);
        Assert.Contains("'docker login registry.example.com'", outcome.Error.Message);
    }

    [TestMethod]
    public void TheFirstFailedTagStopsThePush()
    {
        using FakeClientScript fake = FakeClientScript.Create("echo \"$@\" >> \"$(dirname \"$0\")/calls\"; echo 'dial tcp 127.0.0.1:5999: connect: connection refused' >&2; exit 1");
        string client = fake.Path;

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Docker, References, null, line => { }, CancellationToken.None);

        Assert.AreEqual("CTZ4001", outcome.Error!.Code);
        Assert.Contains("cannot be reached", outcome.Error.Message);
        Assert.HasCount(1, File.ReadAllLines(Path.Combine(Path.GetDirectoryName(client)!, "calls")));
    }

    [TestMethod]
    public void APushThatHangsIsCtz4008()
    {
        using FakeClientScript fake = FakeClientScript.Create("echo preparing; exec sleep 30");
        string client = fake.Path;

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Docker, References, TimeSpan.FromMilliseconds(500), line => { }, CancellationToken.None);

        Assert.AreEqual("CTZ4008", outcome.Error!.Code);
        Assert.IsLessThan(TimeSpan.FromSeconds(10), outcome.Elapsed);
    }

    [TestMethod]
    public void CancelingStopsThePush()
    {
        using FakeClientScript fake = FakeClientScript.Create("exec sleep 30");
        string client = fake.Path;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        PushOutcome outcome = ImagePush.Run(new ContainerClient(client), BuilderKind.Docker, References, null, line => { }, cancellation.Token);

        Assert.IsTrue(outcome.Canceled);
        Assert.IsFalse(outcome.Succeeded);
    }
}
