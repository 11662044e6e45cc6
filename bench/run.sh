#!/usr/bin/env bash
# Measures Containerize.Sdk on a copy of samples/WebApi (with Serilog.AspNetCore and Npgsql), side by side, and writes
# a markdown table to artifacts/bench/results.md:
#   1. source mode against a naive Dockerfile (COPY . ., restore, publish): the generated Dockerfile's image build against
#      the naive one's, cold (a changed .csproj: nothing of the app is cached) and warm (after a one-line .cs change),
#      same builder and base images; and the whole dotnet publish -p:Containerize=true, warm;
#   2. publish mode (-p:ContainerizeMode=Publish) against the .NET SDK's dotnet publish -t:PublishContainer, whose base
#      image comes from a local registry (../shared/ci/local-registry.sh), after a one-line .cs change;
#   3. the bytes of the layers a one-line change adds, ours against the SDK's;
#   4. the final image size, ours against the SDK's on the same base;
#   5. overhead (issue 7): publish with Containerize=true ContainerizeBuilder=none against a publish without the
#      package, and a plain build with the package against one without it.
# Every time is a whole process as a user runs it. Every row compares two sides run in pairs, and each pair runs in
# alternating order (ours first in odd rounds, theirs first in even ones). Each ratio is compared with its target
# before it is rounded for the table.
#
# The rounds and the statistic are fixed here, not settable, so that a result cannot be tuned until a target passes;
# change them only in a commit of their own, with the reason, never in one that makes a target pass:
# - the median, because the machine is shared and a round can take up to half as long again as its neighbours: the
#   median ignores such a round, a mean does not;
# - 5 rounds for the image builds and publishes (each takes seconds, and their rounds vary by about 10%), 2 cold rounds
#   (a cold build takes a minute, and the cold row has no target);
# - 41 publish pairs and 101 build pairs for the overhead rows, whose ratio is the median of the pairs' own ratios: a
#   no-op publish or build takes under a second, one pair's ratio varies by 5-7%, and the targets are 5% and 1%.
#
# bench/run.sh --smoke runs one round of each, only to check that the script works end to end: it writes
# artifacts/bench/smoke.md, whose table says it is no measurement, and never results.md.
# Needs the package (./build.sh packs it; ./build.sh bench does both), a docker engine, python3, and the stand-in images.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=5
cold_rounds=2
overhead_rounds=41
build_overhead_rounds=101
results_dir="$repo_root/artifacts/bench"
results="$results_dir/results.md"
smoke=false
if [[ "${1:-}" == "--smoke" ]]; then
  smoke=true
  rounds=1 cold_rounds=1 overhead_rounds=1 build_overhead_rounds=1
  results="$results_dir/smoke.md"
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--smoke]" >&2
  exit 2
fi
package="$repo_root/artifacts/packages/Containerize.Sdk.0.1.0-dev.nupkg"
registry_port=5000
registry="127.0.0.1:$registry_port"
sdk_base="$registry/dotnet/aspnet:10.0"
base_image="mcr.microsoft.com/dotnet/aspnet:10.0"
# A BuildKit-capable client: CONTAINERIZE_DOCKER, else /usr/bin/docker (the 20.10 client builds with BuildKit when
# DOCKER_BUILDKIT=1; a newer client without buildx would fall back to the legacy builder).
docker="${CONTAINERIZE_DOCKER:-/usr/bin/docker}"
export DOCKER_BUILDKIT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The SDK's registry client speaks HTTPS unless told that the local registry is plain HTTP.
export DOTNET_CONTAINER_INSECURE_REGISTRIES="$registry"

say() { echo "bench: $*" >&2; }

for tool in dotnet python3 bc "$docker"; do
  command -v "$tool" >/dev/null 2>&1 || { say "$tool is needed"; exit 1; }
done
[[ -f "$package" ]] || { say "$package is missing: run ./build.sh first (./build.sh bench packs and benches)"; exit 1; }
"$docker" image inspect "$base_image" >/dev/null 2>&1 || { say "$base_image is missing: run ../shared/ci/standin-images.sh"; exit 1; }

# The layer sizes come from docker save, whose layout depends on the engine: check the reader on both layouts first.
python3 "$repo_root/bench/test_layer_sizes.py" >/dev/null 2>&1 || { say "bench/test_layer_sizes.py fails: run it to see why"; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/containerize-bench.XXXXXX")"
log="$work/bench.log"
tag="b$$"
ours_source="containerize-bench/source:$tag"
ours_publish="containerize-bench/publish:$tag"
sdk_image="containerize-bench/sdk:$tag"
naive_image="containerize-bench/naive:$tag"
started_registry=false
tagged_sdk_base=false

cleanup() {
  local image
  local images=("$ours_source" "$ours_publish" "$sdk_image" "$naive_image")
  if [[ "$tagged_sdk_base" == true ]]; then
    images+=("$sdk_base")
  fi
  for image in "${images[@]}"; do
    "$docker" rmi -f "$image" >/dev/null 2>&1 || true
  done
  if [[ -f "$work/images" ]]; then
    sort -u "$work/images" | while read -r image; do "$docker" rmi -f "$image" >/dev/null 2>&1 || true; done
  fi
  if [[ "$started_registry" == true ]]; then
    "$repo_root/../shared/ci/local-registry.sh" stop "$registry_port" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- timing -----------------------------------------------------------------------------------------------------------

now() { date +%s.%N; }

# Runs a command with its output in the log; prints the seconds it took.
timed() {
  local start end
  echo "### $*" >>"$log"
  start="$(now)"
  if ! "$@" >>"$log" 2>&1; then
    say "failed: $*"
    tail -n 30 "$log" >&2
    exit 1
  fi
  end="$(now)"
  echo "$end - $start" | bc
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Ratios unrounded (the verdicts compare these), and rounded only for the table by rounded2 and rounded3.
ratio() { echo "scale=9; $1 / $2" | bc; }
# The median of per-round ratios: paired_ratio "ours rounds" "theirs rounds" (space-separated, same order).
paired_ratio() {
  local ratios
  ratios="$(paste <(tr ' ' '\n' <<<"$1") <(tr ' ' '\n' <<<"$2") | awk '{ printf "%.9f\n", $1 / $2 }')"
  # shellcheck disable=SC2086 # one ratio per word
  median $ratios
}
rounded2() { awk -v r="$1" 'BEGIN { printf "%.2f", r }'; }
rounded3() { awk -v r="$1" 'BEGIN { printf "%.3f", r }'; }
seconds() { awk -v s="$1" 'BEGIN { printf "%.1f s", s }'; }
megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
kilobytes() { awk -v b="$1" 'BEGIN { printf "%.1f kB", b / 1000 }'; }
rounds_list() { printf '%s\n' "$@" | awk '{ printf "%s%.2f", (NR > 1 ? " " : ""), $1 }'; }
# verdict RATIO OPERATOR TARGET, with the unrounded ratio; a smoke run measures nothing, so it meets nothing.
verdict() {
  if [[ "$smoke" == true ]]; then echo "— (smoke run)"
  elif [[ "$(awk -v r="$1" -v t="$3" -v op="$2" 'BEGIN { print (op == "<" ? r < t : r <= t) }')" == 1 ]]; then echo "yes"
  else echo "**no**"; fi
}

# --- the app ----------------------------------------------------------------------------------------------------------

# A copy of samples/WebApi laid out as a user's repository: its own NuGet.config with the package in feed/, and a
# Directory.Build.props that keeps the host's restore of the fixed 0.1.0-dev version out of ~/.nuget/packages.
make_app() {
  local root="$1"
  mkdir -p "$root/feed"
  cp "$package" "$root/feed/"
  cp "$repo_root/samples/Directory.Packages.props" "$root/"
  cp -r "$repo_root/samples/WebApi" "$root/WebApi"
  rm -rf "$root/WebApi/bin" "$root/WebApi/obj"
  cat >"$root/NuGet.config" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="local" value="feed" />
  </packageSources>
</configuration>
EOF
  cat >"$root/Directory.Build.props" <<'EOF'
<Project>
  <PropertyGroup Condition="'$(DOTNET_RUNNING_IN_CONTAINER)' != 'true'">
    <RestorePackagesPath>$(MSBuildThisFileDirectory)../host-packages/</RestorePackagesPath>
  </PropertyGroup>
</Project>
EOF
  # The one line the warm rounds change: a constant compiled into the app.
  printf 'internal static class BenchEdit\n{\n    public const string Round = "0";\n}\n' >"$root/WebApi/BenchEdit.cs"
}

# Every edit names this run: BuildKit keys its cache on content, so an edit repeated from an earlier run would be cached.
run_id="$(date +%s)-$$"

edit_code() { sed -i "s/Round = \"[^\"]*\"/Round = \"$run_id-$1\"/" "$app/WebApi/BenchEdit.cs"; }

# A change to the project file: nothing of the app stays cached, in either Dockerfile.
edit_project() { sed -i "s|^<Project Sdk=\"Microsoft.NET.Sdk.Web\">.*|<Project Sdk=\"Microsoft.NET.Sdk.Web\"><!-- bench $run_id-$1 -->|" "$app/WebApi/WebApi.csproj"; }

dotnet_flags=(-c Release -tl:off -v:m --disable-build-servers)

# Each build's image id goes to a list, so that the images later builds untag are removed at the end too.
ours_source_build() {
  dotnet publish "$app/WebApi" "${dotnet_flags[@]}" -p:Containerize=true -p:ContainerizeDockerPath="$docker" \
    -p:ContainerRepository="${ours_source%:*}" -p:ContainerImageTag="$tag"
  image_id "$ours_source" >>"$work/images"
}

ours_publish_build() {
  dotnet publish "$app/WebApi" "${dotnet_flags[@]}" -p:Containerize=true -p:ContainerizeMode=Publish -p:ContainerizeDockerPath="$docker" \
    -p:ContainerRepository="${ours_publish%:*}" -p:ContainerImageTag="$tag"
  image_id "$ours_publish" >>"$work/images"
}

sdk_build() {
  dotnet publish "$app/WebApi" "${dotnet_flags[@]}" -t:PublishContainer -p:ContainerBaseImage="$sdk_base" \
    -p:ContainerRepository="${sdk_image%:*}" -p:ContainerImageTag="$tag"
  image_id "$sdk_image" >>"$work/images"
}

# The image build alone from the Dockerfile Containerize.Sdk generated (in the warm-up, for this BuildKit client): the
# same builder, base images and context as the naive Dockerfile's build, so the two Dockerfiles compare as they are.
# A change to the code or the project file does not alter the generated Dockerfile.
ours_dockerfile_build() {
  "$docker" build -f "$app/WebApi/obj/Release/net10.0/containerize/Dockerfile" -t "$ours_source" "$app"
  image_id "$ours_source" >>"$work/images"
}

naive_build() {
  "$docker" build -f "$work/naive/Dockerfile" -t "$naive_image" "$app"
  image_id "$naive_image" >>"$work/images"
}

# What a hand-written multi-stage Dockerfile often looks like: everything copied, then restore and publish.
make_naive_dockerfile() {
  mkdir -p "$work/naive"
  cat >"$work/naive/Dockerfile" <<'EOF'
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore WebApi/WebApi.csproj
RUN dotnet publish WebApi/WebApi.csproj --no-restore -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app/publish .
ENTRYPOINT ["dotnet", "WebApi.dll"]
EOF
  printf '**/bin\n**/obj\n' >"$work/naive/Dockerfile.dockerignore"
}

image_id() { "$docker" image inspect --format '{{.Id}}' "$1"; }
image_size() { "$docker" image inspect --format '{{.Size}}' "$1"; }

# Bytes of the layers of image $2 that image $1 does not have (uncompressed, as docker save writes them).
new_layer_bytes() {
  local before="$1" after="$2"
  "$docker" image inspect --format '{{range .RootFS.Layers}}{{println .}}{{end}}' "$before" | sed '/^$/d' >"$work/before-layers"
  "$docker" save "$after" | python3 "$repo_root/bench/layer_sizes.py" >"$work/after-layers"
  awk 'NR == FNR { old[$1] = 1; next } !($1 in old) { sum += $2 } END { print sum + 0 }' "$work/before-layers" "$work/after-layers"
}

# --- setup ------------------------------------------------------------------------------------------------------------

mkdir -p "$results_dir"
app="$work/app"
make_app "$app"
make_naive_dockerfile
say "work folder $work, log $log"

if ! curl -fsS "http://$registry/v2/" >/dev/null 2>&1; then
  "$repo_root/../shared/ci/local-registry.sh" start "$registry_port" >/dev/null
  started_registry=true
fi
if ! "$docker" image inspect "$sdk_base" >/dev/null 2>&1; then
  "$docker" tag "$base_image" "$sdk_base"
  tagged_sdk_base=true
fi
"$docker" push "$sdk_base" >>"$log" 2>&1

say "warming up (restore, first builds; not measured)"
timed dotnet restore "$app/WebApi" >/dev/null
timed ours_source_build >/dev/null
timed naive_build >/dev/null

# --- 1. source mode against the naive Dockerfile --------------------------------------------------------------------

# Runs $1 pairs of the functions $3 (ours) and $4 (theirs), ours first in odd rounds and theirs first in even ones, so
# neither side always runs second (after the other has warmed the machine's caches); appends their times to the
# arrays named $5 (ours) and $6 (theirs); $2 labels the progress lines. Each function gets the round number.
alternate_pairs() {
  # Local names must not shadow the globals the timed functions read ($plain, $app): bash scopes dynamically.
  local pair_rounds="$1" pair_label="$2" run_ours="$3" run_theirs="$4" pair_round
  local -n ours_times="$5" theirs_times="$6"
  for pair_round in $(seq 1 "$pair_rounds"); do
    say "$pair_label round $pair_round/$pair_rounds"
    if (( pair_round % 2 )); then
      ours_times+=("$("$run_ours" "$pair_round")"); theirs_times+=("$("$run_theirs" "$pair_round")")
    else
      theirs_times+=("$("$run_theirs" "$pair_round")"); ours_times+=("$("$run_ours" "$pair_round")")
    fi
  done
}

cold_ours=() cold_naive=() warm_ours=() warm_naive=() warm_whole=() warm_whole_naive=()
cold_ours_round() { edit_project "cold-$1-ours"; timed ours_dockerfile_build; }
cold_naive_round() { edit_project "cold-$1-naive"; timed naive_build; }
alternate_pairs "$cold_rounds" cold cold_ours_round cold_naive_round cold_ours cold_naive

warm_ours_round() { edit_code "warm-$1-ours"; timed ours_dockerfile_build; }
warm_naive_round() { edit_code "warm-$1-naive"; timed naive_build; }
warm_whole_round() { edit_code "warm-$1-whole"; timed ours_source_build; }
# Its own edit: a naive build of an edit already built would be all cached.
warm_whole_naive_round() { edit_code "warm-$1-whole-naive"; timed naive_build; }
alternate_pairs "$rounds" warm warm_ours_round warm_naive_round warm_ours warm_naive
# The whole publish is compared with naive builds of its own pairs, so that it too alternates its order.
alternate_pairs "$rounds" "warm whole" warm_whole_round warm_whole_naive_round warm_whole warm_whole_naive

# Layers a one-line change adds in source mode.
before_source="$(image_id "$ours_source")"
edit_code "layers-source"
timed ours_source_build >/dev/null
source_new_bytes="$(new_layer_bytes "$before_source" "$ours_source")"
"$docker" rmi "$before_source" >/dev/null 2>&1 || true

# --- 2. publish mode against the SDK's PublishContainer --------------------------------------------------------------

say "publish mode and the SDK: first builds (not measured)"
edit_code "publish-warmup"
timed ours_publish_build >/dev/null
timed sdk_build >/dev/null

publish_ours=() publish_sdk=()
publish_ours_round() { edit_code "publish-$1-ours"; timed ours_publish_build; }
publish_sdk_round() { edit_code "publish-$1-sdk"; timed sdk_build; }
alternate_pairs "$rounds" publish publish_ours_round publish_sdk_round publish_ours publish_sdk

# --- 3. and 4. layers a one-line change adds, and image sizes ---------------------------------------------------------

say "new-layer bytes after a one-line change"
before_publish="$(image_id "$ours_publish")"
before_sdk="$(image_id "$sdk_image")"
edit_code "layers"
timed ours_publish_build >/dev/null
timed sdk_build >/dev/null
publish_new_bytes="$(new_layer_bytes "$before_publish" "$ours_publish")"
sdk_new_bytes="$(new_layer_bytes "$before_sdk" "$sdk_image")"
for id in "$before_publish" "$before_sdk"; do
  "$docker" rmi "$id" >/dev/null 2>&1 || true
done

size_source="$(image_size "$ours_source")"
size_publish="$(image_size "$ours_publish")"
size_sdk="$(image_size "$sdk_image")"

# --- 5. overhead of the package (issue 7) -------------------------------------------------------------------------------

say "overhead rounds"
plain="$work/plain"
make_app "$plain"
sed -i '/Include="Containerize.Sdk"/d' "$plain/WebApi/WebApi.csproj"
timed dotnet restore "$plain/WebApi" >/dev/null
timed dotnet build "$plain/WebApi" -c Release --disable-build-servers >/dev/null
timed dotnet build "$app/WebApi" -c Release --disable-build-servers >/dev/null

# The differences measured here are milliseconds of a sub-second process on a shared machine: each round runs the pair
# in alternating order (plain first, then ours first), and the ratio is the median of the rounds' own ratios, so a
# slow stretch of the machine or the second-run position never counts against one side only.
overhead_publish_ours=() overhead_publish_plain=() overhead_build_ours=() overhead_build_plain=()
publish_plain() { timed dotnet publish "$plain/WebApi" "${dotnet_flags[@]}" --no-restore; }
publish_ours() { timed dotnet publish "$app/WebApi" "${dotnet_flags[@]}" --no-restore -p:Containerize=true -p:ContainerizeBuilder=none; }
build_plain() { timed dotnet build "$plain/WebApi" "${dotnet_flags[@]}" --no-restore; }
build_ours() { timed dotnet build "$app/WebApi" "${dotnet_flags[@]}" --no-restore; }
alternate_pairs "$overhead_rounds" "overhead publish" publish_ours publish_plain overhead_publish_ours overhead_publish_plain
# The build's target (1%) is a few milliseconds, below one round's noise: more rounds.
alternate_pairs "$build_overhead_rounds" "overhead build" build_ours build_plain overhead_build_ours overhead_build_plain

# --- the table --------------------------------------------------------------------------------------------------------

m_cold_ours="$(median "${cold_ours[@]}")"; m_cold_naive="$(median "${cold_naive[@]}")"
m_warm_ours="$(median "${warm_ours[@]}")"; m_warm_naive="$(median "${warm_naive[@]}")"
m_warm_whole="$(median "${warm_whole[@]}")"; m_warm_whole_naive="$(median "${warm_whole_naive[@]}")"
m_pub_ours="$(median "${publish_ours[@]}")"; m_pub_sdk="$(median "${publish_sdk[@]}")"
m_ovp_ours="$(median "${overhead_publish_ours[@]}")"; m_ovp_plain="$(median "${overhead_publish_plain[@]}")"
m_ovb_ours="$(median "${overhead_build_ours[@]}")"; m_ovb_plain="$(median "${overhead_build_plain[@]}")"

r_cold="$(ratio "$m_cold_ours" "$m_cold_naive")"
r_warm="$(ratio "$m_warm_ours" "$m_warm_naive")"
r_warm_whole="$(ratio "$m_warm_whole" "$m_warm_whole_naive")"
r_pub="$(ratio "$m_pub_ours" "$m_pub_sdk")"
r_bytes_publish="$(ratio "$publish_new_bytes" "$sdk_new_bytes")"
r_bytes_source="$(ratio "$source_new_bytes" "$sdk_new_bytes")"
r_size_publish="$(ratio "$size_publish" "$size_sdk")"
r_size_source="$(ratio "$size_source" "$size_sdk")"
r_ovp="$(paired_ratio "${overhead_publish_ours[*]}" "${overhead_publish_plain[*]}")"
r_ovb="$(paired_ratio "${overhead_build_ours[*]}" "${overhead_build_plain[*]}")"

cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)"
memory="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
{
  echo "## Benchmark: samples/WebApi (Serilog.AspNetCore, Npgsql)"
  echo
  echo "Machine: $(nproc) cores ($cpu), $memory, $(uname -sr); .NET SDK $(dotnet --version); docker $("$docker" version --format '{{.Server.Version}}') with BuildKit. Date: $(date -u '+%Y-%m-%d %H:%M UTC')."
  if [[ "$smoke" == true ]]; then
    echo "**Smoke run (bench/run.sh --smoke): one round of each, to check the script; these numbers are no measurement.**"
  fi
  echo "Each time is one whole process (\`docker build\` or \`dotnet publish\`), the median of $rounds rounds ($cold_rounds cold, $overhead_rounds for the publish overhead, $build_overhead_rounds for the build overhead); base images are local stand-ins for mcr.microsoft.com/dotnet/*:10.0."
  echo "Every pair of rounds runs in alternating order (ours first, then theirs first). The overhead rows' ratio is the median of the rounds' own ratios (the times shown are each side's median); the others are ratios of the medians. Each ratio is compared with its target before it is rounded for the table."
  echo
  echo "| Measure | Containerize.Sdk | Compared with | Ratio | Target | Met |"
  echo "|---|---|---|---|---|---|"
  echo "| Cold image build, generated Dockerfile vs naive Dockerfile (\`docker build\` each) | $(seconds "$m_cold_ours") | $(seconds "$m_cold_naive") | $(rounded2 "$r_cold") | — | — |"
  echo "| Warm image rebuild after a one-line .cs change, generated vs naive Dockerfile | $(seconds "$m_warm_ours") | $(seconds "$m_warm_naive") | $(rounded2 "$r_warm") | ≤ 0.60 | $(verdict "$r_warm" "<=" 0.60) |"
  echo "| Warm rebuild as a user runs it: \`dotnet publish -p:Containerize=true\` (host publish included) vs naive \`docker build\` | $(seconds "$m_warm_whole") | $(seconds "$m_warm_whole_naive") | $(rounded2 "$r_warm_whole") | — | — |"
  echo "| Publish mode (\`-p:ContainerizeMode=Publish\`) vs SDK \`-t:PublishContainer\`, after a one-line .cs change | $(seconds "$m_pub_ours") | $(seconds "$m_pub_sdk") | $(rounded2 "$r_pub") | ≤ 1.00 | $(verdict "$r_pub" "<=" 1.00) |"
  echo "| New-layer bytes after a one-line change, publish mode vs SDK | $(kilobytes "$publish_new_bytes") | $(kilobytes "$sdk_new_bytes") | $(rounded2 "$r_bytes_publish") | ≤ 0.10 | $(verdict "$r_bytes_publish" "<=" 0.10) |"
  echo "| New-layer bytes after a one-line change, source mode vs SDK | $(kilobytes "$source_new_bytes") | $(kilobytes "$sdk_new_bytes") | $(rounded2 "$r_bytes_source") | ≤ 0.10 | $(verdict "$r_bytes_source" "<=" 0.10) |"
  echo "| Final image size, publish mode vs SDK (same base) | $(megabytes "$size_publish") | $(megabytes "$size_sdk") | $(rounded2 "$r_size_publish") | ≤ 1.00 | $(verdict "$r_size_publish" "<=" 1.00) |"
  echo "| Final image size, source mode vs SDK (same base) | $(megabytes "$size_source") | $(megabytes "$size_sdk") | $(rounded2 "$r_size_source") | ≤ 1.00 | $(verdict "$r_size_source" "<=" 1.00) |"
  echo "| Overhead: publish with \`Containerize=true ContainerizeBuilder=none\` vs publish without the package | $(seconds "$m_ovp_ours") | $(seconds "$m_ovp_plain") | $(rounded3 "$r_ovp") | < 1.05 | $(verdict "$r_ovp" "<" 1.05) |"
  echo "| Overhead: build with the package (Containerize unset) vs without it | $(seconds "$m_ovb_ours") | $(seconds "$m_ovb_plain") | $(rounded3 "$r_ovb") | < 1.01 | $(verdict "$r_ovb" "<" 1.01) |"
  echo
  echo "Cold: the project file changed, so no layer of the app is cached; our restore still finds packages in its BuildKit cache mount, the naive Dockerfile downloads them again (that is the difference the cache mount makes). Warm: a constant in a .cs file changed. Raw rounds in seconds, ours / theirs: cold $(rounds_list "${cold_ours[@]}") / $(rounds_list "${cold_naive[@]}"); warm $(rounds_list "${warm_ours[@]}") / $(rounds_list "${warm_naive[@]}"); warm whole $(rounds_list "${warm_whole[@]}") / $(rounds_list "${warm_whole_naive[@]}"); publish $(rounds_list "${publish_ours[@]}") / $(rounds_list "${publish_sdk[@]}"); overhead publish $(rounds_list "${overhead_publish_ours[@]}") / $(rounds_list "${overhead_publish_plain[@]}"); overhead build $(rounds_list "${overhead_build_ours[@]}") / $(rounds_list "${overhead_build_plain[@]}")."
} >"$results"

cat "$results"
say "wrote $results"
