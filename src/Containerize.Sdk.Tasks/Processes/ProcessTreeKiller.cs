using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;

namespace Containerize.Sdk.Processes
{
    /// <summary>
    /// Kills a process and everything it started. Killing only the client could leave a helper holding the output pipes
    /// open, and the build running on.
    /// </summary>
    public static class ProcessTreeKiller
    {
        // Process.Kill(bool entireProcessTree) exists from .NET Core 3.0, where dotnet's MSBuild runs this task, but not in
        // netstandard2.0: it is found at run time. Visual Studio's .NET Framework MSBuild falls back to taskkill.
        private static readonly MethodInfo? KillTree = typeof(Process).GetMethod("Kill", new[] { typeof(bool) });

        public static void Kill(Process process)
        {
            try
            {
                if (process.HasExited)
                {
                    return;
                }

                if (KillTree != null)
                {
                    KillTree.Invoke(process, new object[] { true });
                }
                else if (Environment.OSVersion.Platform == PlatformID.Win32NT)
                {
                    KillWithTaskkill(process.Id);
                }
                else
                {
                    process.Kill();
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException || exception is Win32Exception || exception is TargetInvocationException)
            {
                // It ended on its own between the check and the kill, or is beyond reach; either way nothing more can be done.
            }
        }

        private static void KillWithTaskkill(int processId)
        {
            var startInfo = new ProcessStartInfo("taskkill", "/T /F /PID " + processId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            using (Process? taskkill = Process.Start(startInfo))
            {
                taskkill?.WaitForExit(10000);
            }
        }
    }
}
