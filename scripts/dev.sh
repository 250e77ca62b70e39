#!/usr/bin/env bash
# The two commands of the README:
#   ./scripts/dev.sh run [ARGS...]   install what is missing, build, start handshake-lab ARGS...
#   ./scripts/dev.sh test            install what is missing, build and run every test suite,
#                                    then fuzz the scenario loader for HL_FUZZ_SECONDS (default 60)
#                                    and the capture reader for HL_CAPTURE_FUZZ_SECONDS (default 60)
# Works as root or through sudo, with no display and no standard input.
set -euo pipefail

readonly PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev
    libgtest-dev libgmock-dev googletest libbenchmark-dev nlohmann-json3-dev libsodium-dev pkg-config
    clang libclang-rt-14-dev
    xvfb xauth imagemagick fonts-noto-cjk
    libpcap-dev tshark qt6-translations-l10n
    plantuml poppler-utils
    zlib1g-dev python3
)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() {
    printf '\n==== %s ====\n' "$*"
}

usage() {
    cat <<'USAGE'
Usage: ./scripts/dev.sh run [ARGS...]   build (preset default) and start handshake-lab with ARGS
       ./scripts/dev.sh test            build and test (presets default and asan), then fuzz
                                        the scenario loader for HL_FUZZ_SECONDS (preset fuzz, default 60)
                                        and the capture reader for HL_CAPTURE_FUZZ_SECONDS (default 60)
USAGE
}

as_root() {
    if ((EUID == 0)); then
        "$@"
    else
        sudo "$@"
    fi
}

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

# apt only runs when a package is missing, so a second run is fast and works offline.
install_packages() {
    section "Debian packages"
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        echo "All ${#PACKAGES[@]} packages are installed."
        return
    fi
    echo "Installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
}

build() {
    section "Configure and build (preset $1)"
    cmake --preset "$1"
    cmake --build --preset "$1"
}

run_tests() {
    section "Tests (preset $1)"
    ctest --preset "$1"
}

# Runs fuzz target $1 for $2 seconds with corpus directory $3 and the seed
# directories that follow (extra libFuzzer options in FUZZ_OPTIONS). New inputs
# go to the corpus, so the checked-in seed directories are only read; a
# finding is written to build/fuzz/findings/ and fails the step.
run_fuzzer() {
    local target="$1" seconds="$2" corpus="$3"
    shift 3
    local dir=build/fuzz
    local log="$dir/$target.log"
    mkdir -p "$corpus" "$dir/findings"
    local status=0
    # The log is bounded by -max_total_time.
    "$dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        ${FUZZ_OPTIONS:-} -artifact_prefix="$dir/findings/" \
        "$corpus" "$@" >"$log" 2>&1 || status=$?
    if ((status != 0)); then
        tail -n 60 "$log"
        echo "fuzz $target: FINDING (exit status $status, full log: $log); the input that fails:"
        grep -o 'Test unit written to .*' "$log" || echo "(none written)"
        echo "rerun it with: $dir/tests/fuzz/$target FILE"
        return 1
    fi
    # libFuzzer ends with "Done <runs> runs in <seconds> second(s)".
    local done_line
    done_line="$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 executions in \2 s/p' "$log")"
    echo "fuzz $target: ${done_line:-? executions}, no finding (log: $log)"
}

fuzz_scenarios() {
    local seconds="${HL_FUZZ_SECONDS:-60}"
    section "Fuzz the scenario loader (preset fuzz, $seconds s)"
    FUZZ_OPTIONS="-dict=tests/fuzz/scenario.dict" run_fuzzer scenario_fuzz "$seconds" \
        build/fuzz/corpus tests/fuzz/seeds resources/scenarios tests/data/scenarios
}

# Seeded with the real and the broken captures of tests/data/captures.
fuzz_captures() {
    local seconds="${HL_CAPTURE_FUZZ_SECONDS:-60}"
    section "Fuzz the capture reader (preset fuzz, $seconds s)"
    mkdir -p build/fuzz/capture-seeds
    cp tests/data/captures/*.pcap tests/data/captures/*.pcapng build/fuzz/capture-seeds/
    FUZZ_OPTIONS="-max_len=8192" run_fuzzer capture_fuzz "$seconds" \
        build/fuzz/capture-corpus build/fuzz/capture-seeds
}

main() {
    local verb="${1:-}"
    case "$verb" in
    run)
        shift
        install_packages
        build default
        section "Starting build/default/app/handshake-lab $*"
        exec build/default/app/handshake-lab "$@"
        ;;
    test)
        install_packages
        build default
        run_tests default
        build asan
        run_tests asan
        build fuzz
        fuzz_scenarios
        fuzz_captures
        section "All tests passed"
        ;;
    -h | --help)
        usage
        ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
}

main "$@"
