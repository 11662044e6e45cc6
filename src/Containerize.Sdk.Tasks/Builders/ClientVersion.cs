using System.Globalization;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// A client's version as it reports it ("20.10.24+dfsg1", "28.2.2", "24.0.7-0ubuntu2~22.04.1"). Distribution builds
    /// decorate it freely, so only the leading major number is relied on.
    /// </summary>
    public static class ClientVersion
    {
        /// <summary>The leading major version number, or null when the text does not start with one.</summary>
        public static int? Major(string? version)
        {
            string text = (version ?? "").Trim();
            if (text.StartsWith("v", System.StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(1);
            }

            int length = 0;
            while (length < text.Length && text[length] >= '0' && text[length] <= '9')
            {
                length++;
            }

            if (length == 0 || length > 6)
            {
                return null;
            }

            return int.Parse(text.Substring(0, length), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
