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
    /// </summary>
    public static class ReproducibleLayers
    {
        /// <summary>
        /// 1980-01-01T00:00:00Z: the time of every file when SOURCE_DATE_EPOCH is not set, and always of the dependency
        /// slices. A fixed time rather than the build's, so that a layer holds the same bytes for the same files; 1980
        /// rather than 1970 because it is the earliest time a ZIP entry can hold, so an archive made of the app keeps it.
        /// </summary>
        public const long FixedEpoch = 315532800;

        /// <summary>The build argument (and host variable) that sets the app slice's time: the reproducible-builds convention.</summary>
        public const string SourceDateEpochArgument = "SOURCE_DATE_EPOCH";

        /// <summary>The modes chmod gives: rw-r--r-- for files, rwxr-xr-x for folders and for files with any execute bit.</summary>
        public const string ChmodModes = "u=rwX,go=rX";

        /// <summary>The largest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z.</summary>
        private const long LatestEpoch = 253402300799;

        /// <summary>SOURCE_DATE_EPOCH, seconds since 1970 in decimal digits; null when blank or not such a number.</summary>
        public static long? ParseSourceDateEpoch(string? value) =>
            long.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= LatestEpoch ? seconds : (long?)null;

        /// <summary>True when SOURCE_DATE_EPOCH is set but is not a number of seconds.</summary>
        public static bool IsInvalidSourceDateEpoch(string? value) => !string.IsNullOrWhiteSpace(value) && ParseSourceDateEpoch(value) == null;

        /// <summary>
        /// The time of a slice's files: SOURCE_DATE_EPOCH for the app's, the fixed time for the others, so that a CI that sets
        /// SOURCE_DATE_EPOCH to each commit's time still gets the same package layers from commit to commit.
        /// </summary>
        public static long EpochOf(Slice slice, string? sourceDateEpoch) =>
            slice == Slice.App ? ParseSourceDateEpoch(sourceDateEpoch) ?? FixedEpoch : FixedEpoch;

        public static DateTime TimeOf(long epoch) => new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(epoch);

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
