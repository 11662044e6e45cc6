using System.Collections.Generic;

namespace Containerize.Sdk.Processes
{
    /// <summary>The last lines of an output of any length, for error reports.</summary>
    public sealed class LineTail
    {
        private readonly Queue<string> _lines = new Queue<string>();
        private readonly int _capacity;

        public LineTail(int capacity)
        {
            _capacity = capacity;
        }

        public void Add(string line)
        {
            if (_capacity <= 0)
            {
                return;
            }

            if (_lines.Count == _capacity)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
        }

        public IReadOnlyList<string> Lines() => _lines.ToArray();
    }
}
