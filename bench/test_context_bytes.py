#!/usr/bin/env python3
"""Tests of context_bytes.py on BuildKit's --progress=plain output, as docker 20.10's BuildKit prints it:
python3 bench/test_context_bytes.py (bench/run.sh runs it before measuring)."""
import os
import subprocess
import sys
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "context_bytes.py")

# Trimmed from a real build: the .dockerignore's step also prints "transferring context:", and comes first.
BUILD_OUTPUT = """#2 [internal] load .dockerignore
#2 sha256:e7f5c5d6014899cb26e2a3fc2a5db888a9254adff0dd2edbefe24c8fca2b8847
#2 transferring context:
#2 transferring context: 2B 0.0s done
#2 DONE 0.3s

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 101B 0.0s done
#1 DONE 0.4s

#5 [internal] load build context
#5 sha256:5bd09f8fac77514628eb574a49fa87923eaa5608a48ce748252f88e53df872dd
#5 transferring context: 31.46MB 5.0s
#5 transferring context: 104.2MB 9.8s done
#5 DONE 10.0s

#6 [2/2] COPY blob /blob
#6 DONE 0.1s
"""


def run(text):
    return subprocess.run([sys.executable, SCRIPT], input=text, capture_output=True, text=True)


class ContextBytesTests(unittest.TestCase):
    def test_the_last_size_of_the_build_context_step_in_bytes(self):
        result = run(BUILD_OUTPUT)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "104200000")

    def test_each_unit(self):
        for size, expected in [("512B", 512), ("1.5kB", 1500), ("2.25MB", 2250000), ("1.003GB", 1003000000)]:
            with self.subTest(size=size):
                text = f"#3 [internal] load build context\n#3 transferring context: {size} 0.1s done\n"
                self.assertEqual(run(text).stdout.strip(), str(expected))

    def test_a_build_context_step_that_is_not_the_first_step(self):
        text = "#9 [internal] load build context\n#1 transferring context: 2B done\n#9 transferring context: 7kB done\n"
        self.assertEqual(run(text).stdout.strip(), "7000")

    def test_output_without_a_build_context_step_fails_with_a_message(self):
        result = run("#2 [internal] load .dockerignore\n#2 transferring context: 2B 0.0s done\n")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("load build context", result.stderr)
        self.assertEqual(result.stdout, "")


if __name__ == "__main__":
    unittest.main()
