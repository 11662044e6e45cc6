#!/usr/bin/env python3
"""Tests of time_until_line.py with small shell commands: python3 bench/test_time_until_line.py (bench/run.sh runs it
before measuring)."""
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "time_until_line.py")


def run(*command):
    log = tempfile.NamedTemporaryFile(delete=False)
    log.close()
    result = subprocess.run([sys.executable, SCRIPT, log.name, *command], capture_output=True, text=True, timeout=120)
    with open(log.name, encoding="utf-8") as file:
        output = file.read()
    os.unlink(log.name)
    return result, output


class TimeUntilLineTests(unittest.TestCase):
    def test_times_until_the_line_then_interrupts_the_group(self):
        # The child of the shell must get the SIGINT too, as a terminal's Ctrl+C reaches the whole group.
        script = "sleep 0.3; echo 'app: ready'; sh -c 'trap \"echo child interrupted; exit 0\" INT; while :; do sleep 0.05; done'"
        result, output = run("ready", "sh", "-c", script)
        self.assertEqual(result.returncode, 0, result.stderr)
        seconds = float(result.stdout)
        self.assertGreaterEqual(seconds, 0.3)
        self.assertLess(seconds, 30)
        self.assertIn("app: ready", output)
        self.assertIn("child interrupted", output)

    def test_a_command_that_ends_without_the_line_fails(self):
        result, output = run("ready", "sh", "-c", "echo starting; exit 0")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("starting", output)


if __name__ == "__main__":
    unittest.main()
