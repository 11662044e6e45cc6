#!/usr/bin/env python3
"""Reads the output of `docker build --progress=plain` (BuildKit) on standard input and prints the bytes of the build
context sent to the builder.

BuildKit names each step on a line `#N <name>` and repeats `#N transferring context: <size> ...` while it sends; the
build context is the step named `[internal] load build context` (the Dockerfile and the .dockerignore are sent by
steps of their own, which also print `transferring context:`). Sizes are written as docker's units.HumanSize does: four
significant digits and a decimal unit (B, kB, MB, GB, TB). The last size of the step is what it sent in all. A build
with no such step (the legacy builder, or another output format) ends with a message that says so."""
import re
import sys

UNITS = {"B": 1, "kB": 1000, "MB": 1000**2, "GB": 1000**3, "TB": 1000**4}
STEP_NAME = re.compile(r"^#(\d+) \[internal\] load build context\s*$")
TRANSFER = re.compile(r"^#(\d+) transferring context: ([0-9.]+)(B|kB|MB|GB|TB)\b")


def context_bytes(lines):
    """The bytes of every build-context step's last transfer line, added up; None when there is no such step."""
    context_steps = set()
    last_size = {}
    for line in lines:
        line = line.rstrip("\n")
        named = STEP_NAME.match(line)
        if named:
            context_steps.add(named.group(1))
            continue
        transfer = TRANSFER.match(line)
        if transfer:
            last_size[transfer.group(1)] = round(float(transfer.group(2)) * UNITS[transfer.group(3)])
    sizes = [last_size[step] for step in context_steps if step in last_size]
    return sum(sizes) if sizes else None


def main():
    size = context_bytes(sys.stdin)
    if size is None:
        sys.exit("context_bytes.py: no '#N transferring context:' line of an '[internal] load build context' step: "
                 "was this BuildKit's --progress=plain output?")
    print(size)


if __name__ == "__main__":
    main()
