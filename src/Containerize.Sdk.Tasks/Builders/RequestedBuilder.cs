using System;

namespace Containerize.Sdk.Builders
{
    /// <summary>What ContainerizeBuilder asks for.</summary>
    public enum RequestedBuilder
    {
        /// <summary>docker when its engine answers, otherwise podman.</summary>
        Auto,
        Docker,
        Podman,
        None,
    }

    public static class RequestedBuilders
    {
        /// <summary>auto, docker, podman or none, ignoring case; empty means auto.</summary>
        public static bool TryParse(string? text, out RequestedBuilder builder)
        {
            string value = (text ?? "").Trim();
            if (value.Length == 0)
            {
                builder = RequestedBuilder.Auto;
                return true;
            }

            foreach (RequestedBuilder candidate in new[] { RequestedBuilder.Auto, RequestedBuilder.Docker, RequestedBuilder.Podman, RequestedBuilder.None })
            {
                if (string.Equals(value, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    builder = candidate;
                    return true;
                }
            }

            builder = RequestedBuilder.Auto;
            return false;
        }
    }
}
