using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Planning
{
    /// <summary>The single RUN that installs OS packages with the base image's package manager.</summary>
    public static class OsPackageInstall
    {
        public static RunInstruction Run(OsPackageManager manager, IReadOnlyList<string> packages)
        {
            var words = new List<ShellWord>();
            if (manager == OsPackageManager.Apk)
            {
                words.AddRange(new[] { "apk", "add", "--no-cache" }.Select(ShellWord.Literal));
                words.AddRange(packages.Select(ShellWord.Literal));
                return new RunInstruction(words);
            }

            words.AddRange(new[] { "apt-get", "update" }.Select(ShellWord.Literal));
            words.Add(ShellWord.And);
            words.AddRange(new[] { "apt-get", "install", "-y", "--no-install-recommends" }.Select(ShellWord.Literal));
            words.AddRange(packages.Select(ShellWord.Literal));
            words.Add(ShellWord.And);
            words.AddRange(new[] { "rm", "-rf", "/var/lib/apt/lists/*" }.Select(word => word.EndsWith("*") ? ShellWord.Raw(word) : ShellWord.Literal(word)));
            return new RunInstruction(words);
        }
    }
}
