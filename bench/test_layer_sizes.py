#!/usr/bin/env python3
"""Tests of layer_sizes.py on tiny archives of both `docker save` layouts, built here in memory:
python3 bench/test_layer_sizes.py (./build.sh bench runs it before measuring)."""
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "layer_sizes.py")


def layer(content):
    """A layer tar holding one file with the content given."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("app/file.txt")
        info.size = len(content)
        archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def sha256(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def archive(files):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def run(data):
    return subprocess.run([sys.executable, SCRIPT], input=data, capture_output=True, check=False)


LAYERS = [layer(b"a" * 10), layer(b"b" * 5000)]
CONFIG = json.dumps({"rootfs": {"type": "layers", "diff_ids": [sha256(data) for data in LAYERS]}}).encode()
EXPECTED = "".join("%s %d\n" % (sha256(data), len(data)) for data in LAYERS)


class LayerSizesTests(unittest.TestCase):
    def test_classic_layout(self):
        files = {"abc.json": CONFIG, "manifest.json": json.dumps([{"Config": "abc.json", "Layers": ["l1/layer.tar", "l2/layer.tar"]}]).encode()}
        files["l1/layer.tar"], files["l2/layer.tar"] = LAYERS
        result = run(archive(files))
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(EXPECTED, result.stdout.decode())

    def oci_files(self, layers, with_manifest_json):
        manifest = json.dumps({
            "schemaVersion": 2,
            "config": {"digest": sha256(CONFIG)},
            "layers": [{"digest": sha256(data)} for data in layers],
        }).encode()
        index = json.dumps({"schemaVersion": 2, "manifests": [{"digest": sha256(manifest)}]}).encode()
        files = {"oci-layout": b'{"imageLayoutVersion": "1.0.0"}', "index.json": index}
        for blob in [CONFIG, manifest] + layers:
            files["blobs/sha256/" + sha256(blob)[7:]] = blob
        if with_manifest_json:
            files["manifest.json"] = json.dumps([{
                "Config": "blobs/sha256/" + sha256(CONFIG)[7:],
                "Layers": ["blobs/sha256/" + sha256(data)[7:] for data in layers],
            }]).encode()
        return files

    def test_oci_layout_as_docker_25_writes_it(self):
        result = run(archive(self.oci_files(LAYERS, with_manifest_json=True)))
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(EXPECTED, result.stdout.decode())

    def test_oci_layout_without_manifest_json_and_gzip_layers(self):
        result = run(archive(self.oci_files([gzip.compress(data) for data in LAYERS], with_manifest_json=False)))
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(EXPECTED, result.stdout.decode(), "sizes are of the uncompressed layers")

    def test_an_archive_of_neither_layout_fails_with_a_message(self):
        result = run(archive({"something.txt": b"x"}))
        self.assertNotEqual(0, result.returncode)
        self.assertIn("neither manifest.json", result.stderr.decode())
        self.assertEqual(b"", result.stdout)

    def test_a_missing_layer_fails_with_a_message(self):
        files = self.oci_files(LAYERS, with_manifest_json=False)
        del files["blobs/sha256/" + sha256(LAYERS[1])[7:]]
        result = run(archive(files))
        self.assertNotEqual(0, result.returncode)
        self.assertIn("is not in the archive", result.stderr.decode())


if __name__ == "__main__":
    unittest.main()
