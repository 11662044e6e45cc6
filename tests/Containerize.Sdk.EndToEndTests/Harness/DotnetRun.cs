using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>
/// dotnet run -p:ContainerizeRun=true as a terminal runs it: in a process group of its own (setsid), so Interrupt sends
/// SIGINT to the whole group, as Ctrl+C does. Its output is collected as it comes.
/// </summary>
internal sealed class DotnetRun : IDisposable
{
    private static readonly Regex Url = new(@"http://127\.0\.0\.1:(\d+)", RegexOptions.CultureInvariant);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DotnetRun(Process process)
    {
        _process = process;
    }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="projectDirectory">The project's folder, dotnet run's working directory.</param>
    /// <param name="properties">-p: arguments, name=value.</param>
    /// <param name="appArguments">The arguments after dotnet run's --.</param>
    public static DotnetRun Start(string projectDirectory, IEnumerable<string> properties, params string[] appArguments)
    {
        var arguments = new List<string> { "dotnet", "run", "-c", "Release", "--disable-build-servers", "-p:ContainerizeRun=true" };
        if (DockerClient.ConfiguredPath() is string dockerPath)
        {
            arguments.Add("-p:ContainerizeDockerPath=" + dockerPath);
        }

        arguments.AddRange(properties.Select(property => "-p:" + property));
        if (appArguments.Length > 0)
        {
            arguments.Add("--");
            arguments.AddRange(appArguments);
        }

        ProcessStartInfo startInfo = ProcessRunner.StartInfo("setsid", arguments, projectDirectory, ContainerizePublish.ChildEnvironment(null));
        startInfo.RedirectStandardInput = true;
        var process = new Process { StartInfo = startInfo };
        var run = new DotnetRun(process);
        process.OutputDataReceived += (_, line) => run.Append(line.Data);
        process.ErrorDataReceived += (_, line) => run.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <summary>The host port of the first URL the run printed; fails the test when none came in time.</summary>
    public int WaitForUrlPort(TimeSpan timeout)
    {
        Stopwatch clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            Match match = Url.Match(Output);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value);
            }

            Thread.Sleep(200);
        }

        Match last = Url.Match(Output);
        Assert.IsTrue(last.Success, "dotnet run printed no URL:\n" + Output);
        return int.Parse(last.Groups[1].Value);
    }

    /// <summary>SIGINT to the process group, as Ctrl+C in a terminal sends it.</summary>
    /// <remarks>
    /// By the system call, never by the kill command: procps-ng 4.0.2's kill reads "kill -INT -PGID" as a signal to
    /// every process of the machine.
    /// </remarks>
    public void Interrupt()
    {
        Assert.IsGreaterThan(1, _process.Id);
        Assert.AreEqual(0, Kill(-_process.Id, SignalInterrupt), "kill(-" + _process.Id + ", SIGINT) failed: errno " + Marshal.GetLastPInvokeError());
    }

    /// <returns>The exit code; fails the test when the run did not end in time.</returns>
    public int WaitForExit(TimeSpan timeout)
    {
        Assert.IsTrue(_process.WaitForExit(timeout), "dotnet run did not end:\n" + Output);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private const int SignalInterrupt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private void Append(string? line)
    {
        if (line != null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
