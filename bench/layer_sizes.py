#!/usr/bin/env python3
"""Reads `docker save IMAGE` on standard input and prints one line per layer, bottom first: its diff id and its
uncompressed size in bytes.

docker save writes one of two layouts, and this reads both:
- classic (docker before 25): manifest.json lists the config file (<id>.json) and the layers (<id>/layer.tar);
- OCI (docker 25 and later, containerd's image store): index.json points at a manifest blob under blobs/sha256/, which
  names the config and layer blobs by digest. Docker 25+ also writes a manifest.json whose paths are those blobs.
The config's rootfs.diff_ids are the digests of the uncompressed layers, in the same order as the layers. A layer
stored gzip-compressed (possible in an OCI layout) is measured uncompressed, as the diff id is.
Anything else ends with a message that says what was missing."""
import gzip
import json
import sys
import tarfile

# Manifests, indexes and configs are small; layers are not kept in memory, only measured.
SMALL_FILE_LIMIT = 4 * 1024 * 1024


def fail(message):
    sys.exit("layer_sizes.py: " + message)


def gzip_size(stream):
    """The size of a gzip stream's content, read in chunks: a layer may be hundreds of MB."""
    total = 0
    with gzip.GzipFile(fileobj=stream) as unpacked:
        while True:
            chunk = unpacked.read(1 << 20)
            if not chunk:
                return total
            total += len(chunk)


def read_archive(binary_stream):
    """Every regular member's size (uncompressed), and the content of the small uncompressed ones, by path."""
    sizes, small = {}, {}
    try:
        with tarfile.open(fileobj=binary_stream, mode="r|") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                name = member.name[2:] if member.name.startswith("./") else member.name
                data = archive.extractfile(member)
                if data.peek(2)[:2] == b"\x1f\x8b":
                    sizes[name] = gzip_size(data)
                    continue
                sizes[name] = member.size
                if member.size <= SMALL_FILE_LIMIT:
                    small[name] = data.read()
    except tarfile.TarError as error:
        fail("standard input is not a tar archive from docker save (" + str(error) + ")")
    return sizes, small


def load_json(small, path, what):
    if path not in small:
        fail(what + " " + path + " is not in the archive (or is too large to be one)")
    try:
        return json.loads(small[path])
    except ValueError as error:
        fail(what + " " + path + " is not JSON (" + str(error) + ")")


def blob_path(digest):
    algorithm, _, encoded = digest.partition(":")
    return "blobs/" + algorithm + "/" + encoded


def from_classic_manifest(small):
    """manifest.json: [{"Config": path, "Layers": [path, …]}], in both the classic and docker 25+ layouts."""
    manifest = load_json(small, "manifest.json", "the manifest")
    if not isinstance(manifest, list) or not manifest:
        fail("manifest.json lists no image")
    entry = manifest[0]
    return entry["Config"], entry["Layers"]


def from_oci_index(small):
    """index.json → (nested indexes →) the first image manifest → its config and layer blobs."""
    document = load_json(small, "index.json", "the OCI index")
    path = "index.json"
    while "manifests" in document:
        if not document["manifests"]:
            fail(path + " lists no manifest")
        path = blob_path(document["manifests"][0]["digest"])
        document = load_json(small, path, "the manifest")
    if "config" not in document or "layers" not in document:
        fail(path + " is neither an OCI index nor an image manifest")
    return blob_path(document["config"]["digest"]), [blob_path(layer["digest"]) for layer in document["layers"]]


def main():
    sizes, small = read_archive(sys.stdin.buffer)
    if "manifest.json" in small:
        config_path, layer_paths = from_classic_manifest(small)
    elif "index.json" in small:
        config_path, layer_paths = from_oci_index(small)
    else:
        fail("neither manifest.json (docker save's classic layout) nor index.json (the OCI layout) is in the archive")
    diff_ids = load_json(small, config_path, "the image config").get("rootfs", {}).get("diff_ids", [])
    if len(diff_ids) != len(layer_paths):
        fail("the config has %d diff ids but the manifest %d layers" % (len(diff_ids), len(layer_paths)))
    for diff_id, path in zip(diff_ids, layer_paths):
        if path not in sizes:
            fail("layer " + path + " is not in the archive")
        print(diff_id, sizes[path])


if __name__ == "__main__":
    main()
