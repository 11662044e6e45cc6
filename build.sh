#!/usr/bin/env bash
# Builds and packs Containerize.Sdk, and runs its tests or samples.
#   ./build.sh          restore, build Containerize.Sdk.sln (Release), pack to artifacts/packages/
#   ./build.sh test     the above, then every test project; ends with "N passed, N failed, N skipped"
#   ./build.sh sample   the above, then containerize samples/ConsoleApp and samples/WebApi and run both images
#   ./build.sh bench    the above, then bench/run.sh (writes artifacts/bench/results.md); ./build.sh bench --smoke: one round
# The docker client comes from CONTAINERIZE_DOCKER when set (see resolve_docker).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo_root"

artifacts="$repo_root/artifacts"
package_feed="$artifacts/packages"
# The package version is fixed (0.1.0-dev): samples and end-to-end tests restore it here, never into
# ~/.nuget/packages, and this script removes the extracted copy so a restore never sees a stale one.
isolated_packages="$artifacts/nuget-packages"
test_results="$artifacts/test-results"
test_projects=(
  tests/Containerize.Sdk.Tests
  tests/Containerize.Sdk.TargetsTests
  tests/Containerize.Sdk.EndToEndTests
)

say() { echo "build.sh: $*" >&2; }

# Child processes must not inherit the run lock (fd 9): a build server left running would hold it for minutes.
dotnet() { command dotnet "$@" 9>&-; }

build_and_pack() {
  rm -f "$package_feed"/Containerize.Sdk.*.nupkg
  rm -rf "$isolated_packages/containerize.sdk"
  dotnet restore Containerize.Sdk.sln
  dotnet build Containerize.Sdk.sln -c Release --no-restore
  dotnet pack sdk/Containerize.Sdk.csproj -c Release --no-restore -o "$package_feed"
}

# A docker client that builds with BuildKit, exported as CONTAINERIZE_DOCKER for the product and the tests:
# CONTAINERIZE_DOCKER when set; else CONTAINERIZE_TEST_DOCKER (what ../shared/ci/docker-engine.sh --env prints);
# else docker on PATH, unless it lacks buildx and /usr/bin/docker exists (a 20.10 client builds with BuildKit
# without buildx, while a newer client without buildx falls back to the legacy builder).
resolve_docker() {
  local client=""
  if [[ -n "${CONTAINERIZE_DOCKER:-}" ]]; then
    client="$CONTAINERIZE_DOCKER"
  elif [[ -n "${CONTAINERIZE_TEST_DOCKER:-}" ]]; then
    client="$CONTAINERIZE_TEST_DOCKER"
  elif command -v docker >/dev/null 2>&1; then
    client="$(command -v docker)"
    if ! "$client" buildx version >/dev/null 2>&1 && [[ -x /usr/bin/docker ]]; then
      client=/usr/bin/docker
    fi
  fi
  if [[ -n "$client" ]]; then
    export CONTAINERIZE_DOCKER="$client"
    say "docker client: $CONTAINERIZE_DOCKER"
  else
    say "no docker client found; set CONTAINERIZE_DOCKER"
  fi
}

# The value of one attribute of the <Counters> element of a .trx file, 0 when absent.
trx_counter() {
  local file="$1" name="$2" value
  value="$(grep -o "<Counters [^>]*>" "$file" | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+' || true)"
  echo "${value:-0}"
}

run_tests() {
  local project name results trx exit_code
  local passed=0 failed=0 skipped=0 problems=()
  rm -rf "$test_results"
  for project in "${test_projects[@]}"; do
    name="$(basename "$project")"
    results="$test_results/$name"
    say "testing $name"
    exit_code=0
    dotnet test --project "$project" -c Release --no-build --report-trx --results-directory "$results" || exit_code=$?
    trx="$(find "$results" -name '*.trx' 2>/dev/null | head -n 1)"
    if [[ -z "$trx" ]]; then
      problems+=("$name exited with code $exit_code and wrote no .trx report")
      continue
    fi
    passed=$((passed + $(trx_counter "$trx" passed)))
    failed=$((failed + $(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted)))
    skipped=$((skipped + $(trx_counter "$trx" notExecuted) + $(trx_counter "$trx" inconclusive)))
    # Exit code 8 means the project has no tests yet: worth a note, not a failure (zero tests in all is one, below).
    if [[ "$exit_code" -eq 8 ]]; then
      say "$name ran no tests"
    elif [[ "$exit_code" -ne 0 ]]; then
      problems+=("$name exited with code $exit_code (report: $trx)")
    fi
  done

  local problem
  for problem in "${problems[@]+"${problems[@]}"}"; do
    say "$problem"
  done
  echo "$passed passed, $failed failed, $skipped skipped"
  if [[ "$failed" -gt 0 || $((passed + failed)) -eq 0 || "${#problems[@]}" -gt 0 ]]; then
    return 1
  fi
}

# Waits until GET url answers (up to ~30 s) and prints the answer.
wait_for_http() {
  local url="$1" attempt
  for attempt in $(seq 1 60); do
    if curl -fsS --max-time 2 "$url" 2>/dev/null; then
      echo
      return 0
    fi
    sleep 0.5
  done
  say "no answer from $url after 30 s"
  return 1
}

run_samples() {
  if [[ -z "${CONTAINERIZE_DOCKER:-}" ]]; then
    say "the samples need a docker client and engine"
    return 1
  fi
  local docker="$CONTAINERIZE_DOCKER"
  local console_image=containerize-samples/consoleapp:latest
  local web_image=containerize-samples/webapi:latest

  # The images a rebuild replaces would stay behind untagged: each run removes its predecessors.
  local replaced
  replaced="$("$docker" image inspect --format '{{.Id}}' "$console_image" "$web_image" 2>/dev/null || true)"

  dotnet publish samples/ConsoleApp -c Release -p:Containerize=true
  dotnet publish samples/WebApi -c Release -p:Containerize=true

  local id
  for id in $replaced; do
    if [[ -z "$("$docker" image inspect --format '{{join .RepoTags ","}}' "$id" 2>/dev/null)" ]]; then
      "$docker" rmi "$id" >/dev/null 2>&1 || true
    fi
  done

  say "running $console_image"
  "$docker" run --rm "$console_image"

  say "running $web_image"
  local container host_port
  # Docker picks a free host port on 127.0.0.1, so no other process can take it between choosing and binding.
  container="$("$docker" run -d -p 127.0.0.1::8080 "$web_image")"
  # shellcheck disable=SC2064 # the container id is known now and must be removed whatever happens next.
  trap "'$docker' rm -f '$container' >/dev/null 2>&1 || true" EXIT
  host_port="$("$docker" port "$container" 8080/tcp | head -n 1 | sed 's/.*://')"
  say "GET http://127.0.0.1:$host_port/"
  if ! wait_for_http "http://127.0.0.1:$host_port/"; then
    "$docker" logs "$container" >&2 || true
    return 1
  fi
  "$docker" rm -f "$container" >/dev/null
  trap - EXIT
  say "sample images left in place: $console_image $web_image"
}

# The whole run is one function, parsed before it starts, and the script exits on the line that calls it: bash reads
# a script as it runs, so an edit to this file during a long test run would otherwise run half-old, half-new lines.
# Engineers share this working tree: a second run would delete the package and test results the first one is using,
# so runs take turns, holding a lock on file descriptor 9.
wait_for_other_runs() {
  mkdir -p "$artifacts"
  exec 9>"$artifacts/.build.sh.lock"
  if ! flock -n 9; then
    say "waiting for another ./build.sh run in this tree to finish"
    flock 9
  fi
}

main() {
  local mode="${1:-build}"
  wait_for_other_runs
  case "$mode" in
    build)
      build_and_pack
      ;;
    test)
      build_and_pack
      resolve_docker
      run_tests
      ;;
    sample)
      build_and_pack
      resolve_docker
      run_samples
      ;;
    bench)
      build_and_pack
      resolve_docker
      bench/run.sh "${@:2}" 9>&-
      ;;
    *)
      echo "usage: $0 [build|test|sample|bench]" >&2
      exit 2
      ;;
  esac
}

main "$@"; exit
