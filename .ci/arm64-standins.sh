#!/usr/bin/env bash
# Arm64 for the multi-platform end-to-end tests (MultiPlatformTests), built from the facts in ../shared/ci/README.md:
#   - qemu registered for arm64 programs (binfmt_misc, Debian's qemu-user-static), so arm64 containers run here;
#   - an arm64 Debian bookworm rootfs with what .NET needs (debootstrap), kept as a tar in /var/cache/containerize-ci,
#     where the machine keeps it between runs (about 2 minutes to make, under a second after);
#   - in the local registry, one tag for both platforms: REGISTRY/dotnet/runtime-deps:X.Y, a manifest list of the amd64
#     stand-in (mcr.microsoft.com/dotnet/runtime-deps:X.Y) and the arm64 image. NuGet serves no arm64 dotnet muxer, so
#     there is no arm64 runtime or aspnet: the tests publish self-contained apps on runtime-deps;
#   - podman told that the local registry speaks plain HTTP (/etc/containers/registries.conf.d).
# Needs the docker engine, the stand-ins and the local registry (../shared/ci/{docker-engine,standin-images,local-registry}.sh).
# Usage: .ci/arm64-standins.sh [REGISTRY]   (default 127.0.0.1:5000); prints the multi-platform base image.
set -euo pipefail
docker=${CONTAINERIZE_TEST_DOCKER:-/usr/bin/docker}
registry=${1:-127.0.0.1:5000}
cache=/var/cache/containerize-ci
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(ls "$dotnet_root/shared/Microsoft.NETCore.App" | sort -V | tail -1)
tag=${runtime%.*}
base=$registry/dotnet/runtime-deps:$tag
rootfs_tar=$cache/bookworm-arm64-runtime-deps.tar
say() { echo "arm64-standins: $*" >&2; }

if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  [ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  if ! command -v qemu-aarch64-static >/dev/null; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static binfmt-support >/dev/null
  fi
  update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
  [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || { say "qemu is not registered for arm64 (binfmt_misc)"; exit 1; }
  say "qemu registered for arm64"
fi

if [ ! -s "$rootfs_tar" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  mkdir -p "$cache"
  rootfs=$(mktemp -d)
  say "making an arm64 Debian rootfs in $rootfs (about 2 minutes)"
  debootstrap --arch=arm64 --variant=minbase \
    --include=ca-certificates,libc6,libgcc-s1,libicu72,libssl3,libstdc++6,tzdata,zlib1g bookworm "$rootfs" >"$cache/debootstrap-arm64.log" 2>&1
  # The user of Microsoft's images (APP_UID=1654), written directly: no arm64 program has to run for it.
  echo 'app:x:1654:1654::/home/app:/bin/sh' >>"$rootfs/etc/passwd"
  echo 'app:x:1654:' >>"$rootfs/etc/group"
  mkdir -p "$rootfs/home/app" && chown 1654:1654 "$rootfs/home/app"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -cf "$rootfs_tar.partial" . && mv "$rootfs_tar.partial" "$rootfs_tar"
  rm -rf "$rootfs"
fi

if ! "$docker" image inspect "$base-arm64" >/dev/null 2>&1; then
  context=$(mktemp -d)
  ln "$rootfs_tar" "$context/rootfs.tar" 2>/dev/null || cp "$rootfs_tar" "$context/rootfs.tar"
  printf 'FROM scratch\nADD rootfs.tar /\nENV APP_UID=1654 DOTNET_RUNNING_IN_CONTAINER=true\nCMD ["/bin/sh"]\n' >"$context/Dockerfile"
  DOCKER_BUILDKIT=1 "$docker" build -q --platform linux/arm64 -t "$base-arm64" "$context" >/dev/null
  rm -rf "$context"
fi
"$docker" tag "mcr.microsoft.com/dotnet/runtime-deps:$tag" "$base-amd64"
"$docker" push -q "$base-amd64" >/dev/null
"$docker" push -q "$base-arm64" >/dev/null
export DOCKER_CLI_EXPERIMENTAL=enabled
"$docker" manifest rm "$base" >/dev/null 2>&1 || true
"$docker" manifest create --insecure "$base" "$base-amd64" "$base-arm64" >/dev/null
"$docker" manifest push --insecure --purge "$base" >/dev/null
# Podman speaks to the local registry without TLS, as docker does by itself for 127.0.0.1 (registries.conf.d). Written
# whether podman is installed yet or not: .ci/run installs it after this script.
podman_conf=/etc/containers/registries.conf.d/containerize-ci-local-registry.conf
if [ ! -f "$podman_conf" ]; then
  mkdir -p "$(dirname "$podman_conf")"
  printf '[[registry]]\nlocation = "%s"\ninsecure = true\n' "$registry" >"$podman_conf"
fi
say "$base holds linux/amd64 and linux/arm64"
echo "$base"
