using System;
using System.Collections.Generic;
using System.Globalization;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// The MSBuild errors in one build step's output, each once: MSBuild prints every error twice (where it happens and
    /// again in the summary), and NuGet prints one error over several lines that all carry its code.
    /// </summary>
    public sealed class MsBuildErrorList
    {
        /// <summary>More are counted, not kept: a build with thousands of errors must not fill memory or the error list.</summary>
        public const int Capacity = 50;

        private readonly List<MsBuildError> _errors = new List<MsBuildError>();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private MsBuildError? _pending;

        /// <summary>Errors left out once <see cref="Capacity"/> was reached.</summary>
        public int Omitted { get; private set; }

        /// <param name="text">A line of the step's output, without the builder's prefix.</param>
        public void Read(string text)
        {
            MsBuildError? error = MsBuildError.Parse(text);
            if (error == null)
            {
                Complete();
                return;
            }

            if (_pending != null && error.Continues(_pending))
            {
                _pending = _pending with { Message = _pending.Message + " " + error.Message.Trim() };
                return;
            }

            Complete();
            _pending = error with { Message = error.Message.Trim() };
        }

        public IReadOnlyList<MsBuildError> Errors()
        {
            Complete();
            return _errors;
        }

        private void Complete()
        {
            if (_pending == null)
            {
                return;
            }

            if (_seen.Add(Identity(_pending)))
            {
                if (_errors.Count < Capacity)
                {
                    _errors.Add(_pending);
                }
                else
                {
                    Omitted++;
                }
            }

            _pending = null;
        }

        /// <summary>What makes two printed errors the same one. The project is left out: the summary adds it to errors
        /// that NuGet printed without it.</summary>
        private static string Identity(MsBuildError error) =>
            string.Join("\n", error.Origin, error.Line.ToString(CultureInfo.InvariantCulture), error.Column.ToString(CultureInfo.InvariantCulture), error.Code, error.Message);
    }
}
