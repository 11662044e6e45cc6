using System.Text;

namespace Containerize.Sdk.Processes
{
    /// <summary>
    /// Quotes an argument for a line of a Windows batch file. The program receives its command line as the C runtime
    /// splits it (ArgumentQuoter), but cmd.exe reads the line first: it expands %…% everywhere and treats &amp; | &lt; &gt; ^ ( )
    /// as its own outside what it sees as quotes. cmd knows no backslash escapes, so its idea of "inside quotes" is
    /// followed character by character, and each special character it would see outside quotes gets a caret.
    /// </summary>
    public static class CmdQuoter
    {
        private const string CmdSpecialCharacters = "&|<>^()";

        public static string Quote(string argument)
        {
            bool special = argument.IndexOf('%') >= 0 || argument.IndexOf('!') >= 0 || argument.IndexOfAny(CmdSpecialCharacters.ToCharArray()) >= 0;
            string quoted = ArgumentQuoter.Quote(argument, always: special);
            var text = new StringBuilder();
            bool insideQuotes = false;
            foreach (char c in quoted)
            {
                if (c == '"')
                {
                    insideQuotes = !insideQuotes;
                    text.Append(c);
                }
                else if (c == '%')
                {
                    // In a batch file %% is a literal percent sign, inside quotes or not.
                    text.Append("%%");
                }
                else if (!insideQuotes && CmdSpecialCharacters.IndexOf(c) >= 0)
                {
                    text.Append('^').Append(c);
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }

        /// <summary>Whether cmd.exe can carry the argument at all: a line break ends the command line.</summary>
        public static bool CanQuote(string argument) => argument.IndexOf('\n') < 0 && argument.IndexOf('\r') < 0;
    }
}
