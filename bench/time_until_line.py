#!/usr/bin/env python3
"""time_until_line.py LOG TEXT COMMAND...: runs COMMAND as a terminal would (in a process group of its own), appends its
output to LOG, and prints the seconds until the first line that contains TEXT. Then it sends SIGINT to the group, as
Ctrl+C does, and waits for the command to end (SIGKILL after 60 s). For commands that never end by themselves, such as
dotnet run: the time a user waits for the app to start. Exits 1, printing nothing, when the command ends without the line."""
import os
import signal
import subprocess
import sys
import time


def default_interrupt():
    # A script started in the background has SIGINT ignored, and every program it starts inherits that: the command
    # gets Ctrl+C's default back, as a terminal gives it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__ + "\n")
        return 2
    log_path, text, command = argv[1], argv[2], argv[3:]
    with open(log_path, "a", encoding="utf-8") as log:
        log.write("### " + " ".join(command) + "\n")
        log.flush()
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True, text=True, errors="replace", preexec_fn=default_interrupt)
        seconds = None
        for line in process.stdout:
            log.write(line)
            if text in line:
                seconds = time.monotonic() - start
                log.flush()
                os.killpg(process.pid, signal.SIGINT)
                break
        try:
            # The rest of the output (the app stopping) still goes to the log.
            for line in process.stdout:
                log.write(line)
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if seconds is None:
        return 1
    print(f"{seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
