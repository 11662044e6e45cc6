#!/usr/bin/env bash
# Measures Containerize.Sdk on bench/app, a real-size app of its own (Razor Pages, static files, two class libraries,
# eleven NuGet dependencies), copied into a repository with large unrelated folders beside it (docs-site/, ~100 MB, and
# tools/, a project nothing references). It writes a markdown table to artifacts/bench/results.md and every round to
# artifacts/bench/rounds.tsv. Every time is one whole command as a user types it, side by side:
#   - our default, dotnet publish -p:Containerize=true;
#   - our hermetic path, docker build -f <the Dockerfile our publish generated> <repository>, run from a copy that was
#     never built on the host (no bin/, no obj/, nothing published), as CI runs it;
#   - publish mode, dotnet publish -p:Containerize=true -p:ContainerizeMode=Publish;
#   - the .NET SDK's dotnet publish -t:PublishContainer, whose base image comes from a local registry
#     (../shared/ci/local-registry.sh);
#   - bench/handwritten.Dockerfile, the app's hand-written multi-stage Dockerfile (restore layer first, like
#     dotnet-docker's samples), docker build;
#   - a plain dotnet publish (no Containerize), for a republish with nothing changed.
# Warm: after a one-line .cs change. Cold: a fresh copy of the repository (no bin/, no obj/) with a changed project file,
# so no layer of the app is cached anywhere; the NuGet packages are in the host's cache (and in our Dockerfile's cache
# mount; the hand-written Dockerfile has none and downloads them). It also measures the bytes of build context the
# hermetic path sends against the closure's own size, the layers a one-line change adds, the image sizes, and the
# package's overhead on a publish and a build (issue 7).
# Every row compares two sides run in pairs, and each pair runs in alternating order (ours first in odd rounds, theirs
# first in even ones). Each ratio is compared with its target before it is rounded for the table.
#
# The rounds and the statistic are fixed here, not settable, so that a result cannot be tuned until a target passes;
# change them only in a commit of their own, with the reason, never in one that makes a target pass:
# - the median, because the machine is shared and a round can take up to half as long again as its neighbours: the
#   median ignores such a round, a mean does not;
# - 5 rounds for the warm publishes and image builds (each takes seconds, and their rounds vary by about 10%), 2 cold
#   rounds (a cold build takes a minute or more);
# - 41 publish pairs and 101 build pairs for the overhead rows, whose ratio is the median of the pairs' own ratios: a
#   no-op publish or build takes about a second, one pair's ratio varies by 5-7%, and the targets are 5% and 1%.
#
# bench/run.sh --smoke runs one round of each, only to check that the script works end to end: it writes
# artifacts/bench/smoke.md, whose table says it is no measurement, and never results.md.
# bench/run.sh --run measures only the inner loop from the terminal and the IDE (issue 16), as artifacts/bench/run.md:
# after a one-line change, dotnet run -p:ContainerizeRun=true and dotnet build -t:ContainerizeRun until the line that
# says where the app answers, each against dotnet publish -p:Containerize=true; the host's own dotnet run until the app
# listens against dotnet build, which is what dotnet run costs any app; and a design-time build of the project with
# Containerize and ContainerizeRun set against the same without the package (101 pairs, the ratio the median of the
# pairs' own, as for the other overhead rows). 5 rounds for the others, as for the warm rows.
# bench/run.sh --fleet measures only a CI fleet's shared build cache (issue 17), as artifacts/bench/fleet.md: on a second,
# empty engine (../shared/ci/second-engine.sh, a fresh runner), the hermetic dotnet publish of a fresh clone with a
# one-line change, with ContainerizeCacheFrom naming the image the first engine pushed against the same publish without
# it; before every round the second engine's build cache and images are removed, so each round starts as a fresh runner.
# Needs the package (./build.sh packs it; ./build.sh bench does both), a docker engine with BuildKit, python3, and the
# stand-in images.
set -euo pipefail

# The whole script is one brace group, which bash parses before it runs any of it: bash reads a script as it runs, so an
# edit to this file during a run of half an hour would otherwise run half-old, half-new lines.
{
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=5
cold_rounds=2
overhead_rounds=41
build_overhead_rounds=101
results_dir="$repo_root/artifacts/bench"
results="$results_dir/results.md"
rounds_file="$results_dir/rounds.tsv"
smoke=false
fleet=false
fleet_rounds=3
inner_loop=false
inner_loop_rounds=5
design_time_rounds=101
if [[ "${1:-}" == "--fleet" ]]; then
  fleet=true
  results="$results_dir/fleet.md"
  rounds_file="$results_dir/fleet-rounds.tsv"
elif [[ "${1:-}" == "--run" ]]; then
  inner_loop=true
  results="$results_dir/run.md"
  rounds_file="$results_dir/run-rounds.tsv"
elif [[ "${1:-}" == "--smoke" ]]; then
  smoke=true
  rounds=1 cold_rounds=1 overhead_rounds=1 build_overhead_rounds=1
  results="$results_dir/smoke.md"
  rounds_file="$results_dir/smoke-rounds.tsv"
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--smoke|--fleet|--run]" >&2
  exit 2
fi
package="$repo_root/artifacts/packages/Containerize.Sdk.0.1.0-dev.nupkg"
# The commit measured is the one checked out when the run starts (./build.sh bench packs it just before): later commits
# in the same tree do not reach the package this run uses.
commit="$(git -C "$repo_root" rev-parse --short HEAD)$(git -C "$repo_root" diff --quiet HEAD -- src sdk 2>/dev/null || echo ' with uncommitted changes')"
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

# The parsers read docker's output, whose format depends on the engine: check them first.
for parser_test in test_layer_sizes.py test_context_bytes.py test_time_until_line.py; do
  python3 "$repo_root/bench/$parser_test" >/dev/null 2>&1 || { say "bench/$parser_test fails: run it to see why"; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/containerize-bench.XXXXXX")"
log="$work/bench.log"
tag="b$$"
ours_default="containerize-bench/default:$tag"
ours_hermetic="containerize-bench/hermetic:$tag"
ours_publish="containerize-bench/publish:$tag"
sdk_image="containerize-bench/sdk:$tag"
handwritten_image="containerize-bench/handwritten:$tag"
started_registry=false
fleet_port=23759
fleet_engine="tcp://127.0.0.1:$fleet_port"
started_fleet_engine=false
tagged_sdk_base=false
# The host's NuGet packages for this run only: Containerize.Sdk has a fixed development version (0.1.0-dev), so a copy
# in ~/.nuget/packages would go stale after the next pack. A docker build does not see this variable.
export NUGET_PACKAGES="$work/host-packages"

cleanup() {
  local image
  local images=("$ours_default" "$ours_hermetic" "$ours_publish" "$sdk_image" "$handwritten_image")
  if [[ "$tagged_sdk_base" == true ]]; then
    images+=("$sdk_base")
  fi
  for image in "${images[@]}"; do
    "$docker" rmi -f "$image" >/dev/null 2>&1 || true
  done
  if [[ -f "$work/images" ]]; then
    sort -u "$work/images" | while read -r image; do "$docker" rmi -f "$image" >/dev/null 2>&1 || true; done
  fi
  if [[ "$started_fleet_engine" == true ]]; then
    "$repo_root/../shared/ci/second-engine.sh" stop "$fleet_port" >/dev/null 2>&1 || true
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

# --- the repository ---------------------------------------------------------------------------------------------------

# The app's project folder, and the closure it is built from (its project folders, the restore inputs, the local
# feed), relative to the repository root.
web="src/Bench.Web"
closure=(src/Bench.Web src/Bench.Domain src/Bench.Data feed NuGet.config Directory.Build.props Directory.Packages.props)

# The repository every copy starts from: bench/app with the package in feed/ and a NuGet.config that names it, a few
# hundred KB of generated static files (the size of a UI library's), and the large folders the app is not built from:
# docs-site/ (~100 MB of pages and images) and tools/ (a console project that nothing references).
make_repository() {
  local root="$1"
  cp -r "$repo_root/bench/app" "$root"
  rm -rf "$root"/src/*/bin "$root"/src/*/obj
  mkdir -p "$root/feed"
  cp "$package" "$root/feed/"
  cat >"$root/NuGet.config" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="local" value="feed" />
  </packageSources>
</configuration>
XML
  mkdir -p "$root/$web/wwwroot/lib"
  awk 'BEGIN { for (i = 0; i < 2500; i++) printf "export function widget%d(element) { element.dataset.widget = \"%d\"; return element.querySelectorAll(\".w%d\").length; }\n", i, i, i }' \
    >"$root/$web/wwwroot/lib/bench-ui.js"
  awk 'BEGIN { for (i = 0; i < 2000; i++) printf ".w%d { margin: %dpx; padding: %dpx %dpx; border: 1px solid #%06x; }\n", i, i % 17, i % 5, i % 9, (i * 2654435) % 16777216 }' \
    >"$root/$web/wwwroot/lib/bench-ui.css"
  mkdir -p "$root/docs-site/pages" "$root/docs-site/assets"
  head -c 80000000 /dev/urandom | split -b 200000 -d -a 4 --additional-suffix=.png - "$root/docs-site/assets/image-"
  awk 'BEGIN { for (i = 0; i < 300000; i++) printf "<p>Page text %d: the app is built from none of this folder.</p>\n", i }' |
    split -b 40000 -d -a 4 --additional-suffix=.html - "$root/docs-site/pages/page-"
  mkdir -p "$root/tools/Bench.Tools/fixtures"
  printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n</Project>\n' \
    >"$root/tools/Bench.Tools/Bench.Tools.csproj"
  printf 'Console.WriteLine("A tool the app does not reference.");\n' >"$root/tools/Bench.Tools/Program.cs"
  head -c 10000000 /dev/urandom >"$root/tools/Bench.Tools/fixtures/sample.bin"
}

# Bytes of the files of the closure (its own size, without bin/ and obj/: the copy it is measured in was never built).
closure_bytes() {
  (cd "$1" && find "${closure[@]}" -type f -printf '%s\n') | awk '{ sum += $1 } END { print sum + 0 }'
}

# Every edit names this run: BuildKit keys its cache on content, so an edit repeated from an earlier run would be cached.
run_id="$(date +%s)-$$"

# edit_code ROOT LABEL: the one-line change of the warm rounds, a constant compiled into the app.
edit_code() { sed -i "s/Round = \"[^\"]*\"/Round = \"$run_id-$2\"/" "$1/$web/BenchEdit.cs"; }

# edit_project ROOT LABEL: a change to the project file, so nothing of the app stays cached, in either Dockerfile.
edit_project() { sed -i "s|^<Project Sdk=\"Microsoft.NET.Sdk.Web\">.*|<Project Sdk=\"Microsoft.NET.Sdk.Web\"><!-- bench $run_id-$2 -->|" "$1/$web/Bench.Web.csproj"; }

# cold_copy LABEL: a fresh copy of the repository (never built: no bin/, no obj/) with a changed project file.
cold_copy() {
  local root="$work/cold-$1"
  cp -r "$pristine" "$root"
  edit_project "$root" "cold-$1"
  echo "$root"
}

dotnet_flags=(-c Release -tl:off -v:m --disable-build-servers)

# Each build function takes the repository root. Each build's image id goes to a list, so that the images later builds
# untag are removed at the end too.
ours_default_build() {
  dotnet publish "$1/$web" "${dotnet_flags[@]}" -p:Containerize=true -p:ContainerizeDockerPath="$docker" \
    -p:ContainerRepository="${ours_default%:*}" -p:ContainerImageTag="$tag"
  image_id "$ours_default" >>"$work/images"
}

ours_publish_build() {
  dotnet publish "$1/$web" "${dotnet_flags[@]}" -p:Containerize=true -p:ContainerizeMode=Publish -p:ContainerizeDockerPath="$docker" \
    -p:ContainerRepository="${ours_publish%:*}" -p:ContainerImageTag="$tag"
  image_id "$ours_publish" >>"$work/images"
}

sdk_build() {
  dotnet publish "$1/$web" "${dotnet_flags[@]}" -t:PublishContainer -p:ContainerBaseImage="$sdk_base" \
    -p:ContainerRepository="${sdk_image%:*}" -p:ContainerImageTag="$tag"
  image_id "$sdk_image" >>"$work/images"
}

plain_publish() { dotnet publish "$1/$web" "${dotnet_flags[@]}"; }

# The Dockerfile our publish generated (kept from the warm-up), built as CI builds it: no build arguments, from a
# repository that was never built on the host, with the context our publish chose. Its output stays in a file for the context bytes.
hermetic_build() {
  "$docker" build --progress=plain -f "$work/generated/Dockerfile" -t "$ours_hermetic" "$1/$context_path" 2>&1 | tee "$work/hermetic-build.out"
  image_id "$ours_hermetic" >>"$work/images"
}

handwritten_build() {
  "$docker" build --progress=plain -f "$repo_root/bench/handwritten.Dockerfile" -t "$handwritten_image" "$1" 2>&1 | tee "$work/handwritten-build.out"
  image_id "$handwritten_image" >>"$work/images"
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

# Runs $1 pairs of the functions $3 (ours) and $4 (theirs), ours first in odd rounds and theirs first in even ones, so
# neither side always runs second (after the other has warmed the machine's caches); appends their times to the
# arrays named $5 (ours) and $6 (theirs), and to the rounds file as soon as they are measured (a run cut short keeps its
# rounds); $2 labels the progress lines and the rounds. Each function gets the round number.
alternate_pairs() {
  # Local names must not shadow the globals the timed functions read ($plain, $app): bash scopes dynamically.
  local pair_rounds="$1" pair_label="$2" run_ours="$3" run_theirs="$4" pair_round ours_seconds theirs_seconds
  local -n ours_times="$5" theirs_times="$6"
  for pair_round in $(seq 1 "$pair_rounds"); do
    say "$pair_label round $pair_round/$pair_rounds"
    if (( pair_round % 2 )); then
      ours_seconds="$("$run_ours" "$pair_round")"; theirs_seconds="$("$run_theirs" "$pair_round")"
    else
      theirs_seconds="$("$run_theirs" "$pair_round")"; ours_seconds="$("$run_ours" "$pair_round")"
    fi
    ours_times+=("$ours_seconds"); theirs_times+=("$theirs_seconds")
    printf '%s\t%s\t%d\t%s\n' "$pair_label" ours "$pair_round" "$ours_seconds" "$pair_label" theirs "$pair_round" "$theirs_seconds" >>"$rounds_file"
  done
}

# --- setup ------------------------------------------------------------------------------------------------------------

mkdir -p "$results_dir"
printf 'row\tside\tround\tseconds\n' >"$rounds_file"
pristine="$work/pristine"
app="$work/app"
clean="$work/clean"
make_repository "$pristine"
cp -r "$pristine" "$app"
cp -r "$pristine" "$clean"
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

# --- fleet: a fresh runner reusing the build cache another runner pushed (bench/run.sh --fleet) ---------------------------

if [[ "$fleet" == true ]]; then
  fleet_repository="containerize-bench/fleet-$tag"
  fleet_publish() {
    local root="$1" image_tag="$2"
    shift 2
    dotnet publish "$root/$web" "${dotnet_flags[@]}" -p:Containerize=true -p:ContainerizeMode=Hermetic -p:ContainerizeDockerPath="$docker" \
      -p:ContainerRegistry="$registry" -p:ContainerRepository="$fleet_repository" -p:ContainerImageTag="$image_tag" -p:ContainerizeCacheTo=type=inline "$@"
  }
  # A fresh runner: the base images and nothing else, no build cache.
  # The images first: the build cache an image still uses is not pruned.
  fleet_reset() {
    DOCKER_HOST="$fleet_engine" "$docker" images --format '{{.ID}} {{.Repository}}' | awk '$2 !~ /^mcr.microsoft.com\/dotnet\// { print $1 }' | sort -u |
      while read -r image; do DOCKER_HOST="$fleet_engine" "$docker" rmi -f "$image" >>"$log" 2>&1 || true; done
    DOCKER_HOST="$fleet_engine" "$docker" builder prune -af >>"$log" 2>&1
  }
  # fleet_round ROUND with|without: a fresh clone with a one-line change, published on the fresh runner.
  fleet_round() {
    local root="$work/fleet-$2-$1" cache_from=()
    [[ "$2" == with ]] && cache_from=(-p:ContainerizeCacheFrom="$registry/$fleet_repository:seed")
    fleet_reset
    cp -r "$pristine" "$root"
    edit_code "$root" "fleet-$1-$2"
    DOCKER_HOST="$fleet_engine" timed fleet_publish "$root" "r$1-$2" "${cache_from[@]}"
    # Whether the restore step was CACHED, from the builder's whole output (build.log beside the Dockerfile): BuildKit
    # prints "#N [build 8/10] RUN … dotnet restore …" and, for a step it took from the cache, "#N CACHED".
    local build_log="$root/$web/obj/Release/net10.0/containerize/build.log" step
    step="$(awk '/^#[0-9]+ \[build +[0-9]+\/[0-9]+\] RUN .*dotnet restore/ { print $1; exit }' "$build_log")"
    if [[ -n "$step" ]] && grep -qx "$step CACHED" "$build_log"; then echo "$2" >>"$work/fleet-restore-cached"; fi
  }
  "$repo_root/../shared/ci/second-engine.sh" start "$fleet_port" >/dev/null
  started_fleet_engine=true
  "$docker" save "$base_image" mcr.microsoft.com/dotnet/sdk:10.0 | DOCKER_HOST="$fleet_engine" "$docker" load -q >>"$log"
  say "the first runner publishes and pushes the image with its build-stage cache (not measured)"
  cp -r "$pristine" "$work/fleet-seed"
  timed fleet_publish "$work/fleet-seed" seed >/dev/null
  printf '%s\n' "$registry/$fleet_repository:seed" "$registry/$fleet_repository:seed-buildcache" >>"$work/images"
  fleet_with=() fleet_without=()
  : >"$work/fleet-restore-cached"
  fleet_with_round() { fleet_round "$1" with; }
  fleet_without_round() { fleet_round "$1" without; }
  alternate_pairs "$fleet_rounds" "fleet cache-from vs none" fleet_with_round fleet_without_round fleet_with fleet_without
  restore_cached="$(grep -cx with "$work/fleet-restore-cached" || true) of $fleet_rounds with the cache, $(grep -cx without "$work/fleet-restore-cached" || true) of $fleet_rounds without"
  m_with="$(median "${fleet_with[@]}")"; m_without="$(median "${fleet_without[@]}")"
  r_fleet="$(ratio "$m_with" "$m_without")"
  {
    echo "## Fleet benchmark: bench/app on a fresh runner, with and without the cache the first runner pushed"
    echo
    echo "Machine: $(nproc) cores, $(uname -sr); .NET SDK $(dotnet --version); docker $("$docker" version --format '{{.Server.Version}}') with BuildKit built in (no buildx). Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Commit: $commit."
    echo "Each time is one whole \`dotnet publish -p:Containerize=true -p:ContainerizeMode=Hermetic -p:ContainerRegistry=… -p:ContainerizeCacheTo=type=inline\` of a fresh clone with a one-line change, on a second engine whose build cache and images are removed before every round; the median of $fleet_rounds rounds, in alternating order. The host's NuGet packages are warm in both."
    echo
    echo "| Measure | With \`ContainerizeCacheFrom=<the pushed image>\` | Without | Ratio | Restore step from the cache |"
    echo "|---|---|---|---|---|"
    echo "| Fresh runner, one-line change | $(seconds "$m_with") | $(seconds "$m_without") | $(rounded2 "$r_fleet") | $restore_cached |"
    echo
    echo "Raw rounds in seconds, with / without: $(rounds_list "${fleet_with[@]}") / $(rounds_list "${fleet_without[@]}")."
  } >"$results"
  cat "$results"
  say "wrote $results and $rounds_file"
  exit
fi

# --- the inner loop: dotnet run in the container (bench/run.sh --run) -------------------------------------------------

if [[ "$inner_loop" == true ]]; then
  run_repository="containerize-bench/run"
  run_properties=(-p:ContainerizeDockerPath="$docker" -p:ContainerRepository="$run_repository" -p:ContainerImageTag="$tag")
  # The commands as a user types them, each in its own default configuration (dotnet run and dotnet build: Debug;
  # dotnet publish: Release). Unlike the other rows, with the compiler server a user's inner loop has, even where the
  # environment turns it off (UseSharedCompilation=false): with a cold compiler every round compiles for seconds more,
  # varying by seconds, which hides what the run path costs. The servers are shut down when the rows are measured.
  inner_flags=(-tl:off -v:m)
  unset UseSharedCompilation
  # until_line TEXT COMMAND...: seconds until the command prints TEXT, then Ctrl+C (bench/time_until_line.py).
  until_line() {
    local seconds
    if ! seconds="$(python3 "$repo_root/bench/time_until_line.py" "$log" "$@")"; then
      say "never printed '$1': $*"; tail -n 30 "$log" >&2; exit 1
    fi
    echo "$seconds"
  }
  banner="Containerize: running"
  # The host app listens on a free port of its own: port 5000, its default, is the local registry's.
  listening="Now listening on"
  # Each round's image takes the tag from the one before, so each is listed for the cleanup.
  run_container() {
    edit_code "$app" "run-$1-container"
    until_line "$banner" dotnet run --project "$app/$web" "${inner_flags[@]}" -p:ContainerizeRun=true "${run_properties[@]}"
    image_id "$run_repository:$tag" >>"$work/images"
  }
  build_target_container() {
    edit_code "$app" "run-$1-target"
    until_line "$banner" dotnet build "$app/$web" "${inner_flags[@]}" -t:ContainerizeRun "${run_properties[@]}"
    image_id "$run_repository:$tag" >>"$work/images"
  }
  publish_container() {
    edit_code "$app" "run-$1-publish-$2"
    timed dotnet publish "$app/$web" "${inner_flags[@]}" -p:Containerize=true "${run_properties[@]}"
    image_id "$run_repository:$tag" >>"$work/images"
  }
  publish_for_run() { publish_container "$1" run; }
  publish_for_target() { publish_container "$1" target; }
  run_host() { edit_code "$app" "run-$1-host"; ASPNETCORE_URLS=http://127.0.0.1:0 until_line "$listening" dotnet run --project "$app/$web" "${inner_flags[@]}"; }
  build_host() { edit_code "$app" "run-$1-build"; timed dotnet build "$app/$web" "${inner_flags[@]}"; }
  # What an IDE evaluates while the user types, with both properties set as a Directory.Build.props would set them.
  design_time_targets="ResolveAssemblyReferencesDesignTime;ResolveProjectReferencesDesignTime;ResolvePackageDependenciesDesignTime;Compile"
  design_time_flags=(-tl:off -v:m --disable-build-servers --no-restore -t:"$design_time_targets" -p:DesignTimeBuild=true -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true)
  plain="$work/plain"
  cp -r "$pristine" "$plain"
  sed -i '/Include="Containerize.Sdk"/d' "$plain/$web/Bench.Web.csproj"
  design_time_ours() { timed dotnet build "$app/$web" "${design_time_flags[@]}" -p:Containerize=true -p:ContainerizeRun=true; }
  design_time_plain() { timed dotnet build "$plain/$web" "${design_time_flags[@]}"; }

  say "warming up (restore, first builds, first image; not measured)"
  timed dotnet restore "$app/$web" >/dev/null
  timed dotnet restore "$plain/$web" >/dev/null
  timed dotnet build "$plain/$web" --disable-build-servers >/dev/null
  run_container warm-up >/dev/null
  publish_container warm-up warm-up >/dev/null

  run_times=() run_publish=() target_times=() target_publish=() host_run=() host_build=() dt_ours=() dt_plain=()
  alternate_pairs "$inner_loop_rounds" "dotnet run in the container vs publish" run_container publish_for_run run_times run_publish
  alternate_pairs "$inner_loop_rounds" "build -t:ContainerizeRun vs publish" build_target_container publish_for_target target_times target_publish
  alternate_pairs "$inner_loop_rounds" "host dotnet run vs dotnet build" run_host build_host host_run host_build
  dotnet build-server shutdown >>"$log" 2>&1 || true
  alternate_pairs "$design_time_rounds" "design-time build with the package vs without" design_time_ours design_time_plain dt_ours dt_plain

  m_run="$(median "${run_times[@]}")"; m_run_publish="$(median "${run_publish[@]}")"
  m_target="$(median "${target_times[@]}")"; m_target_publish="$(median "${target_publish[@]}")"
  m_host_run="$(median "${host_run[@]}")"; m_host_build="$(median "${host_build[@]}")"
  m_dt_ours="$(median "${dt_ours[@]}")"; m_dt_plain="$(median "${dt_plain[@]}")"
  r_run="$(ratio "$m_run" "$m_run_publish")"
  r_target="$(ratio "$m_target" "$m_target_publish")"
  r_host="$(ratio "$m_host_run" "$m_host_build")"
  r_dt="$(paired_ratio "${dt_ours[*]}" "${dt_plain[*]}")"
  {
    echo "## Inner-loop benchmark: bench/app run in its container, after a one-line change"
    echo
    echo "Machine: $(nproc) cores, $(uname -sr); .NET SDK $(dotnet --version); docker $("$docker" version --format '{{.Server.Version}}') with BuildKit built in (no buildx). Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Commit: $commit."
    echo "Each time is one whole command as a user types it, in its own default configuration (\`dotnet run\` and \`dotnet build\` Debug, \`dotnet publish\` Release) and with the compiler server running, after a one-line .cs change; a command that runs the app is timed until the line that says where it answers, then stopped with Ctrl+C. The median of $inner_loop_rounds rounds ($design_time_rounds pairs for the design-time build, whose ratio is the median of the pairs' own), each pair in alternating order."
    echo
    echo "| Measure | Time | Compared with | Ratio | Target | Met |"
    echo "|---|---|---|---|---|---|"
    echo "| \`dotnet run -p:ContainerizeRun=true\` until \`Containerize: running … http://127.0.0.1:…\` vs \`dotnet publish -p:Containerize=true\` | $(seconds "$m_run") | $(seconds "$m_run_publish") | $(rounded2 "$r_run") | ≤ 1.00 | $(verdict "$r_run" "<=" 1.00) |"
    echo "| \`dotnet build -t:ContainerizeRun\` until the same line vs \`dotnet publish -p:Containerize=true\` | $(seconds "$m_target") | $(seconds "$m_target_publish") | $(rounded2 "$r_target") | ≤ 1.00 | $(verdict "$r_target" "<=" 1.00) |"
    echo "| For reference, no container: the host's \`dotnet run\` until \`Now listening on\` vs \`dotnet build\` | $(seconds "$m_host_run") | $(seconds "$m_host_build") | $(rounded2 "$r_host") | — | — |"
    echo "| Overhead: design-time build with \`Containerize=true ContainerizeRun=true\` vs without the package | $(seconds "$m_dt_ours") | $(seconds "$m_dt_plain") | $(rounded3 "$r_dt") | < 1.01 | $(verdict "$r_dt" "<" 1.01) |"
    echo
    echo "Raw rounds in seconds, first / second column: dotnet run $(rounds_list "${run_times[@]}") / $(rounds_list "${run_publish[@]}"); build -t:ContainerizeRun $(rounds_list "${target_times[@]}") / $(rounds_list "${target_publish[@]}"); host dotnet run $(rounds_list "${host_run[@]}") / $(rounds_list "${host_build[@]}"); design-time $(rounds_list "${dt_ours[@]}") / $(rounds_list "${dt_plain[@]}")."
  } >"$results"
  cat "$results"
  say "wrote $results and $rounds_file"
  exit
fi

say "warming up (restore, first builds; not measured)"
timed dotnet restore "$app/$web" >/dev/null
timed ours_default_build "$app" >/dev/null
# The generated Dockerfile and its .dockerignore, as a user would keep them for CI; a code change does not alter them.
generated="$app/$web/obj/Release/net10.0/containerize"
mkdir -p "$work/generated"
cp "$generated/Dockerfile" "$generated/Dockerfile.dockerignore" "$work/generated/"
# The build context our publish chose (its last-build.txt records it), relative to the repository root: the hermetic
# builds send the same folder of their own copy, whatever the product infers.
context_dir="$(awk -F'\t' '$1 == "context" { print $2 }' "$generated/last-build.txt")"
[[ -n "$context_dir" ]] || { say "$generated/last-build.txt names no build context"; exit 1; }
context_path="$(realpath --relative-to="$app" "$context_dir")"
timed hermetic_build "$clean" >/dev/null
timed handwritten_build "$clean" >/dev/null
timed sdk_build "$app" >/dev/null
timed ours_publish_build "$app" >/dev/null

# --- warm: after a one-line .cs change -------------------------------------------------------------------------------

default_warm=() sdk_warm_default=()
default_warm_round() { edit_code "$app" "warm-$1-default"; timed ours_default_build "$app"; }
sdk_warm_default_round() { edit_code "$app" "warm-$1-sdk-default"; timed sdk_build "$app"; }
alternate_pairs "$rounds" "warm default vs SDK" default_warm_round sdk_warm_default_round default_warm sdk_warm_default

hermetic_warm=() handwritten_warm=()
hermetic_warm_round() { edit_code "$clean" "warm-$1-hermetic"; timed hermetic_build "$clean"; }
handwritten_warm_round() { edit_code "$clean" "warm-$1-handwritten"; timed handwritten_build "$clean"; }
alternate_pairs "$rounds" "warm hermetic vs hand-written" hermetic_warm_round handwritten_warm_round hermetic_warm handwritten_warm

publish_warm=() sdk_warm_publish=()
publish_warm_round() { edit_code "$app" "warm-$1-publish"; timed ours_publish_build "$app"; }
sdk_warm_publish_round() { edit_code "$app" "warm-$1-sdk-publish"; timed sdk_build "$app"; }
alternate_pairs "$rounds" "warm publish mode vs SDK" publish_warm_round sdk_warm_publish_round publish_warm sdk_warm_publish

# --- republish with nothing changed ----------------------------------------------------------------------------------

say "republish with nothing changed: first runs (not measured)"
timed ours_default_build "$app" >/dev/null
timed plain_publish "$app" >/dev/null
default_unchanged=() plain_unchanged=()
default_unchanged_round() { timed ours_default_build "$app"; }
plain_unchanged_round() { timed plain_publish "$app"; }
alternate_pairs "$rounds" "unchanged default vs plain publish" default_unchanged_round plain_unchanged_round default_unchanged plain_unchanged

# --- cold: a fresh copy of the repository with a changed project file -------------------------------------------------

# The context bytes of each cold hermetic and hand-written build: a fresh copy is a new local source for BuildKit, so
# the whole context is sent (a warm build sends only what changed).
hermetic_cold=() handwritten_cold=()
hermetic_cold_round() {
  local root; root="$(cold_copy "hermetic-$1")"
  timed hermetic_build "$root"
  python3 "$repo_root/bench/context_bytes.py" <"$work/hermetic-build.out" >>"$work/context-hermetic"
  say "context sent: $(tail -n 1 "$work/context-hermetic") bytes"
  rm -rf "$root"
}
handwritten_cold_round() {
  local root; root="$(cold_copy "handwritten-$1")"
  timed handwritten_build "$root"
  python3 "$repo_root/bench/context_bytes.py" <"$work/handwritten-build.out" >>"$work/context-handwritten"
  say "context sent: $(tail -n 1 "$work/context-handwritten") bytes"
  rm -rf "$root"
}
alternate_pairs "$cold_rounds" "cold hermetic vs hand-written" hermetic_cold_round handwritten_cold_round hermetic_cold handwritten_cold

default_cold=() sdk_cold_default=()
default_cold_round() { local root; root="$(cold_copy "default-$1")"; timed ours_default_build "$root"; rm -rf "$root"; }
sdk_cold_default_round() { local root; root="$(cold_copy "sdk-default-$1")"; timed sdk_build "$root"; rm -rf "$root"; }
alternate_pairs "$cold_rounds" "cold default vs SDK" default_cold_round sdk_cold_default_round default_cold sdk_cold_default

publish_cold=() sdk_cold_publish=()
publish_cold_round() { local root; root="$(cold_copy "publish-$1")"; timed ours_publish_build "$root"; rm -rf "$root"; }
sdk_cold_publish_round() { local root; root="$(cold_copy "sdk-publish-$1")"; timed sdk_build "$root"; rm -rf "$root"; }
alternate_pairs "$cold_rounds" "cold publish mode vs SDK" publish_cold_round sdk_cold_publish_round publish_cold sdk_cold_publish

# --- layers a one-line change adds, and image sizes -------------------------------------------------------------------

say "new-layer bytes after a one-line change"
timed ours_default_build "$app" >/dev/null
timed ours_publish_build "$app" >/dev/null
timed sdk_build "$app" >/dev/null
before_default="$(image_id "$ours_default")"
before_publish="$(image_id "$ours_publish")"
before_sdk="$(image_id "$sdk_image")"
edit_code "$app" "layers"
timed ours_default_build "$app" >/dev/null
timed ours_publish_build "$app" >/dev/null
timed sdk_build "$app" >/dev/null
default_new_bytes="$(new_layer_bytes "$before_default" "$ours_default")"
publish_new_bytes="$(new_layer_bytes "$before_publish" "$ours_publish")"
sdk_new_bytes="$(new_layer_bytes "$before_sdk" "$sdk_image")"
for id in "$before_default" "$before_publish" "$before_sdk"; do
  "$docker" rmi "$id" >/dev/null 2>&1 || true
done

size_default="$(image_size "$ours_default")"
size_publish="$(image_size "$ours_publish")"
size_sdk="$(image_size "$sdk_image")"

# --- overhead of the package (issue 7) --------------------------------------------------------------------------------

say "overhead rounds"
plain="$work/plain"
cp -r "$pristine" "$plain"
sed -i '/Include="Containerize.Sdk"/d' "$plain/$web/Bench.Web.csproj"
timed dotnet restore "$plain/$web" >/dev/null
timed dotnet build "$plain/$web" -c Release --disable-build-servers >/dev/null
timed dotnet build "$app/$web" -c Release --disable-build-servers >/dev/null

# The differences measured here are milliseconds of a process of about a second on a shared machine: each round runs the
# pair in alternating order, and the ratio is the median of the rounds' own ratios, so a slow stretch of the machine or
# the second-run position never counts against one side only.
overhead_publish_ours=() overhead_publish_plain=() overhead_build_ours=() overhead_build_plain=()
publish_plain() { timed dotnet publish "$plain/$web" "${dotnet_flags[@]}" --no-restore; }
publish_ours() { timed dotnet publish "$app/$web" "${dotnet_flags[@]}" --no-restore -p:Containerize=true -p:ContainerizeBuilder=none; }
build_plain() { timed dotnet build "$plain/$web" "${dotnet_flags[@]}" --no-restore; }
build_ours() { timed dotnet build "$app/$web" "${dotnet_flags[@]}" --no-restore; }
alternate_pairs "$overhead_rounds" "overhead publish" publish_ours publish_plain overhead_publish_ours overhead_publish_plain
# The build's target (1%) is a few milliseconds, below one round's noise: more rounds.
alternate_pairs "$build_overhead_rounds" "overhead build" build_ours build_plain overhead_build_ours overhead_build_plain

# --- the table --------------------------------------------------------------------------------------------------------

m() { median "$@"; }
m_default_warm="$(m "${default_warm[@]}")"; m_sdk_warm_default="$(m "${sdk_warm_default[@]}")"
m_hermetic_warm="$(m "${hermetic_warm[@]}")"; m_handwritten_warm="$(m "${handwritten_warm[@]}")"
m_publish_warm="$(m "${publish_warm[@]}")"; m_sdk_warm_publish="$(m "${sdk_warm_publish[@]}")"
m_default_unchanged="$(m "${default_unchanged[@]}")"; m_plain_unchanged="$(m "${plain_unchanged[@]}")"
m_hermetic_cold="$(m "${hermetic_cold[@]}")"; m_handwritten_cold="$(m "${handwritten_cold[@]}")"
m_default_cold="$(m "${default_cold[@]}")"; m_sdk_cold_default="$(m "${sdk_cold_default[@]}")"
m_publish_cold="$(m "${publish_cold[@]}")"; m_sdk_cold_publish="$(m "${sdk_cold_publish[@]}")"
m_ovp_ours="$(m "${overhead_publish_ours[@]}")"; m_ovp_plain="$(m "${overhead_publish_plain[@]}")"
m_ovb_ours="$(m "${overhead_build_ours[@]}")"; m_ovb_plain="$(m "${overhead_build_plain[@]}")"
# shellcheck disable=SC2046 # one number per line
context_hermetic="$(m $(cat "$work/context-hermetic"))"
# shellcheck disable=SC2046
context_handwritten="$(m $(cat "$work/context-handwritten"))"
closure_size="$(closure_bytes "$clean")"

r_default_warm="$(ratio "$m_default_warm" "$m_sdk_warm_default")"
r_hermetic_warm="$(ratio "$m_hermetic_warm" "$m_handwritten_warm")"
r_publish_warm="$(ratio "$m_publish_warm" "$m_sdk_warm_publish")"
r_unchanged="$(ratio "$m_default_unchanged" "$m_plain_unchanged")"
r_hermetic_cold="$(ratio "$m_hermetic_cold" "$m_handwritten_cold")"
r_default_cold="$(ratio "$m_default_cold" "$m_sdk_cold_default")"
r_publish_cold="$(ratio "$m_publish_cold" "$m_sdk_cold_publish")"
r_context_hermetic="$(ratio "$context_hermetic" "$closure_size")"
r_context_handwritten="$(ratio "$context_handwritten" "$closure_size")"
r_bytes_publish="$(ratio "$publish_new_bytes" "$sdk_new_bytes")"
r_bytes_default="$(ratio "$default_new_bytes" "$sdk_new_bytes")"
r_size_publish="$(ratio "$size_publish" "$size_sdk")"
r_size_default="$(ratio "$size_default" "$size_sdk")"
r_ovp="$(paired_ratio "${overhead_publish_ours[*]}" "${overhead_publish_plain[*]}")"
r_ovb="$(paired_ratio "${overhead_build_ours[*]}" "${overhead_build_plain[*]}")"


cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)"
memory="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
{
  echo "## Benchmark: bench/app (Razor Pages, two class libraries, eleven NuGet dependencies) in a repository with ~110 MB of unrelated folders"
  echo
  echo "Machine: $(nproc) cores ($cpu), $memory, $(uname -sr); .NET SDK $(dotnet --version); docker $("$docker" version --format '{{.Server.Version}}') with BuildKit. Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Commit: $commit."
  if [[ "$smoke" == true ]]; then
    echo "**Smoke run (bench/run.sh --smoke): one round of each, to check the script; these numbers are no measurement.**"
  fi
  echo "Each time is one whole command as a user types it (\`dotnet publish\` or \`docker build\`), the median of $rounds rounds ($cold_rounds cold, $overhead_rounds for the publish overhead, $build_overhead_rounds for the build overhead); base images are local stand-ins for mcr.microsoft.com/dotnet/*:10.0."
  echo "Every pair of rounds runs in alternating order (ours first, then theirs first). The overhead rows' ratio is the median of the rounds' own ratios (the times shown are each side's median); the others are ratios of the medians. Each ratio is compared with its target before it is rounded for the table."
  echo
  echo "| Measure | Containerize.Sdk | Compared with | Ratio | Target | Met |"
  echo "|---|---|---|---|---|---|"
  echo "| Warm, after a one-line .cs change: default \`dotnet publish -p:Containerize=true\` vs SDK \`dotnet publish -t:PublishContainer\` | $(seconds "$m_default_warm") | $(seconds "$m_sdk_warm_default") | $(rounded2 "$r_default_warm") | ≤ 1.00 (moonshot ≤ 0.80) | $(verdict "$r_default_warm" "<=" 1.00) (moonshot: $(verdict "$r_default_warm" "<=" 0.80)) |"
  echo "| Warm, after a one-line .cs change: hermetic \`docker build -f <generated Dockerfile> <repository>\` vs the hand-written Dockerfile's \`docker build\` | $(seconds "$m_hermetic_warm") | $(seconds "$m_handwritten_warm") | $(rounded2 "$r_hermetic_warm") | ≤ 1.00 | $(verdict "$r_hermetic_warm" "<=" 1.00) |"
  echo "| Warm, after a one-line .cs change: publish mode (\`-p:ContainerizeMode=Publish\`) vs SDK \`-t:PublishContainer\` | $(seconds "$m_publish_warm") | $(seconds "$m_sdk_warm_publish") | $(rounded2 "$r_publish_warm") | ≤ 1.00 | $(verdict "$r_publish_warm" "<=" 1.00) |"
  echo "| Republish with nothing changed: default \`dotnet publish -p:Containerize=true\` vs a plain \`dotnet publish\` | $(seconds "$m_default_unchanged") | $(seconds "$m_plain_unchanged") | $(rounded2 "$r_unchanged") | ≤ 1.05 | $(verdict "$r_unchanged" "<=" 1.05) |"
  echo "| Cold, a fresh clone with a changed project file: hermetic \`docker build\` vs the hand-written Dockerfile's | $(seconds "$m_hermetic_cold") | $(seconds "$m_handwritten_cold") | $(rounded2 "$r_hermetic_cold") | ≤ 1.00 | $(verdict "$r_hermetic_cold" "<=" 1.00) |"
  echo "| Cold: default \`dotnet publish -p:Containerize=true\` vs SDK \`-t:PublishContainer\` | $(seconds "$m_default_cold") | $(seconds "$m_sdk_cold_default") | $(rounded2 "$r_default_cold") | — | — |"
  echo "| Cold: publish mode vs SDK \`-t:PublishContainer\` | $(seconds "$m_publish_cold") | $(seconds "$m_sdk_cold_publish") | $(rounded2 "$r_publish_cold") | — | — |"
  echo "| Build context sent by the hermetic \`docker build\` vs the closure's own size | $(megabytes "$context_hermetic") | $(megabytes "$closure_size") | $(rounded2 "$r_context_hermetic") | ≤ 1.10 | $(verdict "$r_context_hermetic" "<=" 1.10) |"
  echo "| Build context sent by the hand-written Dockerfile's \`docker build\` vs the closure's own size | $(megabytes "$context_handwritten") | $(megabytes "$closure_size") | $(rounded2 "$r_context_handwritten") | — | — |"
  echo "| New-layer bytes after a one-line change, publish mode vs SDK | $(kilobytes "$publish_new_bytes") | $(kilobytes "$sdk_new_bytes") | $(rounded2 "$r_bytes_publish") | ≤ 0.10 | $(verdict "$r_bytes_publish" "<=" 0.10) |"
  echo "| New-layer bytes after a one-line change, default vs SDK | $(kilobytes "$default_new_bytes") | $(kilobytes "$sdk_new_bytes") | $(rounded2 "$r_bytes_default") | ≤ 0.10 | $(verdict "$r_bytes_default" "<=" 0.10) |"
  echo "| Final image size, publish mode vs SDK (same base) | $(megabytes "$size_publish") | $(megabytes "$size_sdk") | $(rounded2 "$r_size_publish") | ≤ 1.00 | $(verdict "$r_size_publish" "<=" 1.00) |"
  echo "| Final image size, default vs SDK (same base) | $(megabytes "$size_default") | $(megabytes "$size_sdk") | $(rounded2 "$r_size_default") | ≤ 1.00 | $(verdict "$r_size_default" "<=" 1.00) |"
  echo "| Overhead: publish with \`Containerize=true ContainerizeBuilder=none\` vs publish without the package | $(seconds "$m_ovp_ours") | $(seconds "$m_ovp_plain") | $(rounded3 "$r_ovp") | < 1.05 | $(verdict "$r_ovp" "<" 1.05) |"
  echo "| Overhead: build with the package (Containerize unset) vs without it | $(seconds "$m_ovb_ours") | $(seconds "$m_ovb_plain") | $(rounded3 "$r_ovb") | < 1.01 | $(verdict "$r_ovb" "<" 1.01) |"
  echo
  echo "Raw rounds in seconds, ours / theirs (also in $(basename "$rounds_file")): warm default $(rounds_list "${default_warm[@]}") / $(rounds_list "${sdk_warm_default[@]}"); warm hermetic $(rounds_list "${hermetic_warm[@]}") / $(rounds_list "${handwritten_warm[@]}"); warm publish mode $(rounds_list "${publish_warm[@]}") / $(rounds_list "${sdk_warm_publish[@]}"); unchanged $(rounds_list "${default_unchanged[@]}") / $(rounds_list "${plain_unchanged[@]}"); cold hermetic $(rounds_list "${hermetic_cold[@]}") / $(rounds_list "${handwritten_cold[@]}"); cold default $(rounds_list "${default_cold[@]}") / $(rounds_list "${sdk_cold_default[@]}"); cold publish mode $(rounds_list "${publish_cold[@]}") / $(rounds_list "${sdk_cold_publish[@]}"). Context bytes per cold round, hermetic / hand-written: $(tr '\n' ' ' <"$work/context-hermetic")/ $(tr '\n' ' ' <"$work/context-handwritten"); closure $closure_size."
} >"$results"

cat "$results"
say "wrote $results and $rounds_file"
exit
}
