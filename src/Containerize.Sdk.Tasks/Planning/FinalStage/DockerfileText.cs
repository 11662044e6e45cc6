namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>Which free-text values (ENV and LABEL values) a Dockerfile line can hold.</summary>
    public static class DockerfileText
    {
        /// <summary>
        /// False for line breaks and other control characters but tab: a Dockerfile instruction is one line, and control
        /// characters would reach logs and `docker inspect` readers unseen.
        /// </summary>
        public static bool FitsOnOneLine(string value)
        {
            foreach (char c in value)
            {
                if (c != '\t' && (char.IsControl(c) || c == '\u2028' || c == '\u2029'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
