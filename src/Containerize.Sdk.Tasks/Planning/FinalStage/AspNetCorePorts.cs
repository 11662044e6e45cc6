using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// The ports an ASP.NET Core app listens on, read from the environment the project gives the container, as the
    /// .NET SDK does: ASPNETCORE_URLS when set (it overrides the other two in ASP.NET Core itself), else
    /// ASPNETCORE_HTTP_PORTS and ASPNETCORE_HTTPS_PORTS.
    /// </summary>
    public static class AspNetCorePorts
    {
        public const string Urls = "ASPNETCORE_URLS";
        public const string HttpPorts = "ASPNETCORE_HTTP_PORTS";
        public const string HttpsPorts = "ASPNETCORE_HTTPS_PORTS";

        private static readonly Regex Url = new Regex(
            @"^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<host>\[[^\]]*\]|[^/:]*)(:(?<port>[0-9]+))?(/.*)?$",
            RegexOptions.CultureInvariant);

        /// <summary>The ports, or null when the environment names none of the three variables.</summary>
        public static IReadOnlyList<int>? FromEnvironment(IReadOnlyList<KeyValuePair<string, string>> environment, Findings result)
        {
            string? urls = Find(environment, Urls);
            if (urls != null)
            {
                return FromUrls(urls, result);
            }

            string? http = Find(environment, HttpPorts);
            string? https = Find(environment, HttpsPorts);
            if (http == null && https == null)
            {
                return null;
            }

            var ports = new List<int>();
            AddPortList(ports, HttpPorts, http, result);
            AddPortList(ports, HttpsPorts, https, result);
            return ports;
        }

        private static IReadOnlyList<int> FromUrls(string urls, Findings result)
        {
            var ports = new List<int>();
            foreach (string entry in urls.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                Match match = Url.Match(entry.Trim());
                int port = -1;
                if (match.Success && match.Groups["port"].Success)
                {
                    port = Parse(match.Groups["port"].Value);
                }
                else if (match.Success)
                {
                    string scheme = match.Groups["scheme"].Value.ToLowerInvariant();
                    port = scheme == "http" ? 80 : scheme == "https" ? 443 : -1;
                }

                if (port < 0)
                {
                    result.Diagnostics.Add(Errors.UnreadableAspNetCoreUrl(Urls, entry));
                    continue;
                }

                ports.Add(port);
            }

            return ports;
        }

        private static void AddPortList(List<int> ports, string name, string? value, Findings result)
        {
            foreach (string entry in (value ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int port = Parse(entry.Trim());
                if (port < 0)
                {
                    result.Diagnostics.Add(Errors.UnreadableAspNetCoreUrl(name, entry));
                    continue;
                }

                ports.Add(port);
            }
        }

        private static int Parse(string text)
        {
            bool parsed = WholeNumber.TryParse(text, out int port);
            return parsed && port >= 1 && port <= 65535 ? port : -1;
        }

        private static string? Find(IReadOnlyList<KeyValuePair<string, string>> environment, string name)
        {
            foreach (KeyValuePair<string, string> pair in environment)
            {
                if (pair.Key == name && pair.Value.Trim().Length > 0)
                {
                    return pair.Value;
                }
            }

            return null;
        }
    }
}
