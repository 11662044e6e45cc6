using System;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// The times and modes of every file and folder of the layers the final stage copies, so that the same files give the
    /// same layer bytes on every build and machine, whichever stage (build, host, publish mode) supplied them. The build
    /// stage applies them with chmod and touch (SliceInstructions), the host with StagePublishOutput.
    /// A file's time comes from its content, not from a clock: files the host stages travel in the build context, and
    /// BuildKit sends again only the context files whose size or time changed, so one fixed time for every file would let
    /// a changed assembly of the same size (assemblies are padded to 512 bytes) reach the image stale.
    /// </summary>
    public static class ReproducibleLayers
    {
        /// <summary>
        /// 1980-01-01T00:00:00Z: the time of every folder, and the earliest time of a file. 1980 rather than 1970 because
        /// it is the earliest time a ZIP entry can hold, so an archive made of the app keeps it.
        /// </summary>
        public const long FixedEpoch = 315532800;

        /// <summary>How many hex digits of a file's SHA-256 (as sha256sum prints it) are added to FixedEpoch as seconds: 28 bits, 1980 to 1988.</summary>
        public const int HashDigits = 7;

        /// <summary>The variable of the reproducible-builds convention: the image's created label, and podman's --timestamp.</summary>
        public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

        /// <summary>The modes chmod gives: rw-r--r-- for files, rwxr-xr-x for folders and for files with any execute bit.</summary>
        public const string ChmodModes = "u=rwX,go=rX";

        /// <summary>The largest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z.</summary>
        private const long LatestEpoch = 253402300799;

        /// <summary>SOURCE_DATE_EPOCH, seconds since 1970 in decimal digits; null when blank or not such a number.</summary>
        public static long? ParseSourceDateEpoch(string? value) =>
            long.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= LatestEpoch ? seconds : (long?)null;

        /// <summary>True when SOURCE_DATE_EPOCH is set but is not a number of seconds.</summary>
        public static bool IsInvalidSourceDateEpoch(string? value) => !string.IsNullOrWhiteSpace(value) && ParseSourceDateEpoch(value) == null;

        public static DateTime TimeOf(long epoch) => new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(epoch);

        public static DateTime FolderTime => TimeOf(FixedEpoch);

        /// <summary>A file's time: FixedEpoch plus the first HashDigits hex digits of its SHA-256, in seconds.</summary>
        public static DateTime FileTime(byte[] sha256)
        {
            long value = 0;
            for (int digit = 0; digit < HashDigits; digit++)
            {
                int b = sha256[digit / 2];
                value = (value << 4) | (long)(digit % 2 == 0 ? b >> 4 : b & 0xF);
            }

            return TimeOf(FixedEpoch + value);
        }

        /// <summary>
        /// The shell commands that give every entry under the folder its mode and time, as FileTime and FolderTime say
        /// (POSIX sh, chmod, find, sha256sum and a touch that reads -d @seconds, as GNU coreutils' and BusyBox's do): one sha256sum for all
        /// the files, one touch per file.
        /// </summary>
        public static string ShellCommands(string folder) =>
            "chmod -R " + ChmodModes + " " + folder + "; "
            + "find " + folder + " ! -type f -exec touch -h -d @" + FixedEpoch + " {} +; "
            + "find " + folder + " -type f -exec sha256sum {} + | while read -r h f; do p=${h%\"${h#" + new string('?', HashDigits) + "}\"}; "
            + "touch -h -d \"@$((" + FixedEpoch + " + 0x$p))\" \"$f\"; done";

        /// <summary>The mode ChmodModes gives an entry of this mode (the permission bits, 0777 at most).</summary>
        public static int NormalizedMode(bool isDirectory, int mode) => isDirectory || (mode & 0x49) != 0 ? 0x1ED : 0x1A4;

        /// <summary>
        /// Gives a staged file or folder its normalized mode, where the platform has modes. The tasks target netstandard2.0,
        /// which has no API for modes; the .NET that runs MSBuild outside Visual Studio has File.Get/SetUnixFileMode (.NET 7+).
        /// On Windows there are no modes to normalize.
        /// </summary>
        public static void NormalizeMode(string path, bool isDirectory)
        {
            if (GetUnixFileMode == null || SetUnixFileMode == null || Path.DirectorySeparatorChar == '\\')
            {
                return;
            }

            try
            {
                int mode = Convert.ToInt32(GetUnixFileMode.Invoke(null, new object[] { path }), CultureInfo.InvariantCulture) & 0x1FF;
                int normalized = NormalizedMode(isDirectory, mode);
                if (mode != normalized)
                {
                    SetUnixFileMode.Invoke(null, new[] { path, Enum.ToObject(SetUnixFileMode.GetParameters()[1].ParameterType, normalized) });
                }
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException != null)
            {
                // The IOException or UnauthorizedAccessException itself, which the staging reports as CTZ2203.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
            }
        }

        private static readonly MethodInfo? GetUnixFileMode = typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });

        private static readonly MethodInfo? SetUnixFileMode = FileMethod("SetUnixFileMode", 2);

        private static MethodInfo? FileMethod(string name, int parameterCount)
        {
            foreach (MethodInfo method in typeof(File).GetMethods())
            {
                ParameterInfo[] parameters = method.GetParameters();
                if (method.Name == name && parameters.Length == parameterCount && parameters[0].ParameterType == typeof(string))
                {
                    return method;
                }
            }

            return null;
        }
    }
}
