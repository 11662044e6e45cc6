using System.Diagnostics;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Processes;

/// <summary>The runner against short-lived real processes; every wait is bounded so a regression fails instead of hanging.</summary>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
public sealed class ProcessRunnerTests
{
    private static ClientCommand Shell(string script, IReadOnlyDictionary<string, string>? environment = null) =>
        new("/bin/sh", new[] { "-c", script }, environment);

    private static bool HasEnded(int processId)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(2))
        {
            if (!IsRunning(processId))
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    // A killed grandchild is re-parented to PID 1, which here can take seconds to reap it: until then Process sees the
    // zombie as alive. A zombie has ended, so on Linux the state in /proc decides.
    private static bool IsRunning(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            try
            {
                using Process process = Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return false;
        }

        // The state follows the command name, which is in parentheses and may itself contain them.
        char state = stat[stat.LastIndexOf(')') + 2];
        return state != 'Z' && state != 'X';
    }

    [TestMethod]
    public void StreamsBothOutputsOnTheCallingThreadAndReportsTheExitCode()
    {
        var lines = new List<OutputLine>();
        int testThread = Environment.CurrentManagedThreadId;
        bool otherThread = false;

        ProcessRunResult result = ProcessRunner.Run(
            Shell("echo one; echo two >&2; echo three; exit 7"),
            line =>
            {
                otherThread |= Environment.CurrentManagedThreadId != testThread;
                lines.Add(line);
            },
            TimeSpan.FromSeconds(10),
            CancellationToken.None);

        Assert.AreEqual(ProcessOutcome.Exited, result.Outcome);
        Assert.AreEqual(7, result.ExitCode);
        Assert.IsFalse(result.Succeeded);
        Assert.IsFalse(otherThread);
        CollectionAssert.AreEqual(new[] { "one", "three" }, lines.Where(l => !l.IsStandardError).Select(l => l.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "two" }, lines.Where(l => l.IsStandardError).Select(l => l.Text).ToArray());
    }

    [TestMethod]
    public void TimeoutKillsTheProcessPromptly()
    {
        int processId = 0;

        ProcessRunResult result = ProcessRunner.Run(
            Shell("echo $$; exec sleep 30"),
            line => processId = int.Parse(line.Text),
            TimeSpan.FromMilliseconds(500),
            CancellationToken.None);

        Assert.AreEqual(ProcessOutcome.TimedOut, result.Outcome);
        Assert.AreEqual(-1, result.ExitCode);
        Assert.IsLessThan(TimeSpan.FromSeconds(3), result.Elapsed);
        Assert.AreNotEqual(0, processId);
        Assert.IsTrue(HasEnded(processId), "sleep 30 still runs after the timeout");
    }

    [TestMethod]
    public void CancellationKillsTheWholeProcessTree()
    {
        int childId = 0;
        using var cancellation = new CancellationTokenSource();
        var stopwatch = Stopwatch.StartNew();

        // The shell waits on a background sleep that holds the output pipes: killing only the shell would leave both.
        ProcessRunResult result = ProcessRunner.Run(
            Shell("sleep 30 & echo $!; wait"),
            line =>
            {
                childId = int.Parse(line.Text);
                cancellation.Cancel();
            },
            TimeSpan.FromSeconds(20),
            cancellation.Token);

        Assert.AreEqual(ProcessOutcome.Canceled, result.Outcome);
        Assert.IsLessThan(TimeSpan.FromSeconds(3), stopwatch.Elapsed);
        Assert.AreNotEqual(0, childId);
        Assert.IsTrue(HasEnded(childId), "the shell's child sleep 30 still runs after cancellation");
    }

    [TestMethod]
    public void ACallbackThatThrowsStillEndsTheProcess()
    {
        int processId = 0;

        Assert.ThrowsExactly<InvalidOperationException>(() => ProcessRunner.Run(
            Shell("echo $$; exec sleep 30"),
            line =>
            {
                processId = int.Parse(line.Text);
                throw new InvalidOperationException("logger failed");
            },
            TimeSpan.FromSeconds(20),
            CancellationToken.None));

        Assert.IsTrue(HasEnded(processId), "sleep 30 outlived the failed run");
    }

    [TestMethod]
    public void EnvironmentVariablesAreSetOnTheChildOnly()
    {
        var output = new List<string>();

        ProcessRunner.Run(
            Shell("echo \"$CTZ_RUNNER_TEST\""),
            line => output.Add(line.Text),
            TimeSpan.FromSeconds(10),
            CancellationToken.None);
        ProcessRunner.Run(
            Shell("echo \"$CTZ_RUNNER_TEST\""),
            line => output.Add(line.Text),
            TimeSpan.FromSeconds(10),
            CancellationToken.None);
        ProcessRunResult withVariable = ProcessRunner.Run(
            Shell("echo \"$CTZ_RUNNER_TEST\"", new Dictionary<string, string> { ["CTZ_RUNNER_TEST"] = "child only" }),
            line => output.Add(line.Text),
            TimeSpan.FromSeconds(10),
            CancellationToken.None);

        Assert.IsTrue(withVariable.Succeeded);
        CollectionAssert.AreEqual(new[] { "", "", "child only" }, output);
        Assert.IsNull(Environment.GetEnvironmentVariable("CTZ_RUNNER_TEST"));
    }

    [TestMethod]
    public void AMissingExecutableIsAResultNotAnException()
    {
        ProcessRunResult result = ProcessRunner.Run(new ClientCommand("/nonexistent/docker", new[] { "version" }), null, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.AreEqual(ProcessOutcome.FailedToStart, result.Outcome);
        Assert.Contains("/nonexistent/docker", result.StartError!);
    }

    [TestMethod]
    public void KeepsOnlyTheLastLines()
    {
        ProcessRunResult result = ProcessRunner.Run(
            Shell("i=0; while [ $i -lt 100 ]; do echo line$i; i=$((i+1)); done"),
            null,
            TimeSpan.FromSeconds(10),
            CancellationToken.None,
            tailLineCount: 40);

        Assert.HasCount(40, result.LastLines);
        Assert.AreEqual("line60", result.LastLines[0]);
        Assert.AreEqual("line99", result.LastLines[39]);
    }

    [TestMethod]
    public void NothingIsTypedIn()
    {
        // cat waits for input forever unless standard input is closed.
        ProcessRunResult result = ProcessRunner.Run(Shell("cat; echo done"), null, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.AreEqual(ProcessOutcome.Exited, result.Outcome);
        CollectionAssert.AreEqual(new[] { "done" }, result.LastLines.ToArray());
    }
}
