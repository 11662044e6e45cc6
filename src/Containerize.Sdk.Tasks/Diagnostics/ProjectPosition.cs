using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;

namespace Containerize.Sdk.Diagnostics
{
    /// <summary>
    /// Where the IDE's error list points for a diagnostic about the project's settings: the project file, at the line
    /// that sets the property the message names first, when the project file sets it (a property from the command
    /// line, an IDE or an imported file has no line there: the project file alone).
    /// </summary>
    public static class ProjectPosition
    {
        // Every property this package reads starts with Container (the .NET SDK's names) or Containerize (its own).
        private static readonly Regex PropertyName = new Regex(@"\bContainer(?:ize)?[A-Z][A-Za-z]*\b", RegexOptions.CultureInvariant);

        /// <returns>The line and column (1-based) of the first element of the property the message names; 0, 0 when there is none.</returns>
        public static (int Line, int Column) Of(string message, string projectFile)
        {
            Match name = PropertyName.Match(message);
            if (!name.Success || !File.Exists(projectFile))
            {
                return (0, 0);
            }

            try
            {
                using XmlReader reader = XmlReader.Create(projectFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && string.Equals(reader.LocalName, name.Value, StringComparison.OrdinalIgnoreCase))
                    {
                        var position = (IXmlLineInfo)reader;
                        return (position.LineNumber, position.LinePosition);
                    }
                }
            }
            catch (Exception exception) when (exception is XmlException || exception is IOException || exception is UnauthorizedAccessException)
            {
                // A project MSBuild could read is well-formed; without a line the error still names the project.
            }

            return (0, 0);
        }
    }
}
