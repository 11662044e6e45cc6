using System.Globalization;
using System.Linq;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>Parses a property value that must be digits only.</summary>
    public static class WholeNumber
    {
        /// <summary>
        /// Digits 0-9 and nothing else: int.TryParse, even with NumberStyles.None, ignores trailing NUL characters, so
        /// "80\0" would pass as 80.
        /// </summary>
        public static bool TryParse(string? text, out int value)
        {
            value = 0;
            return text != null && text.Length > 0 && text.All(c => c >= '0' && c <= '9') && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }
}
