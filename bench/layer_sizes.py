#!/usr/bin/env python3
"""Reads `docker save IMAGE` on standard input and prints one line per layer, bottom first: its diff id and its
uncompressed size in bytes. docker save writes each layer as a tar member and lists them, in RootFS order, in
manifest.json; the image config beside it holds the matching diff ids."""
import json
import sys
import tarfile

sizes = {}
manifest = None
configs = {}
with tarfile.open(fileobj=sys.stdin.buffer, mode="r|") as archive:
    for member in archive:
        if not member.isfile():
            continue
        sizes[member.name] = member.size
        if member.name == "manifest.json":
            manifest = json.load(archive.extractfile(member))
        elif member.name.endswith(".json") and "/" not in member.name:
            configs[member.name] = json.load(archive.extractfile(member))

if not manifest:
    sys.exit("layer_sizes.py: no manifest.json in the docker save stream")
entry = manifest[0]
diff_ids = configs[entry["Config"]]["rootfs"]["diff_ids"]
for diff_id, path in zip(diff_ids, entry["Layers"]):
    print(diff_id, sizes[path])
