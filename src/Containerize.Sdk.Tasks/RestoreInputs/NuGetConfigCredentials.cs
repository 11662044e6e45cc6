using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// Whether a NuGet.config holds secrets (packageSourceCredentials, apikeys), and a digest of the rest of it.
    /// A config with secrets never enters the image: it is mounted as a BuildKit secret for the restore only.
    /// </summary>
    public static class NuGetConfigCredentials
    {
        private static readonly string[] SecretSections = { "packageSourceCredentials", "apikeys" };

        public static bool HasCredentials(string path)
        {
            XDocument? document = Load(path);
            if (document?.Root == null)
            {
                // NuGet cannot read it either; if it even looks like it holds secrets, keep it out of the image.
                string text = File.ReadAllText(path);
                return SecretSections.Any(section => text.IndexOf(section, StringComparison.OrdinalIgnoreCase) >= 0);
            }

            return SecretElements(document.Root).Any(section => section.Elements().Any());
        }

        /// <summary>
        /// SHA-256 of the config without its secret sections. BuildKit does not key a RUN on the content of its
        /// secret mounts, so the Dockerfile carries this digest to re-run restore when the feeds change.
        /// </summary>
        public static string DigestWithoutCredentials(string path)
        {
            XDocument? document = Load(path);
            string content;
            if (document?.Root == null)
            {
                content = "unreadable";
            }
            else
            {
                foreach (XElement section in SecretElements(document.Root).ToList())
                {
                    section.Remove();
                }

                content = document.ToString(SaveOptions.DisableFormatting);
            }

            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(content));
            return string.Concat(hash.Select(value => value.ToString("x2")));
        }

        private static System.Collections.Generic.IEnumerable<XElement> SecretElements(XElement root) =>
            root.Elements().Where(section => SecretSections.Any(name => string.Equals(section.Name.LocalName, name, StringComparison.OrdinalIgnoreCase)));

        private static XDocument? Load(string path)
        {
            try
            {
                return XDocument.Load(path);
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
