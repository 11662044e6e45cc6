using System;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Published files a Linux container never needs: the web.config the Web SDK writes for IIS, and symbols (*.pdb, and the
    /// *.dbg files Native AOT strips out on Linux) unless ContainerIncludeSymbols=true.
    /// </summary>
    public static class LeftOutFiles
    {
        public static bool IsLeftOut(string relativePath, bool includeSymbols)
        {
            string path = PublishPath.Normalize(relativePath);
            if (string.Equals(path, "web.config", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return !includeSymbols && IsSymbols(path);
        }

        public static bool IsSymbols(string path) =>
            path.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".dbg", StringComparison.OrdinalIgnoreCase);
    }
}
