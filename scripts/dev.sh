#!/usr/bin/env bash
# The two commands of the README:
#   ./scripts/dev.sh run [ARGS...]   install what is missing, build, start handshake-lab ARGS...
#   ./scripts/dev.sh test            install what is missing, build and run every test suite
# Works as root or through sudo, with no display and no standard input.
set -euo pipefail

readonly PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev
    libgtest-dev libgmock-dev googletest libbenchmark-dev nlohmann-json3-dev libsodium-dev pkg-config
    xvfb xauth imagemagick fonts-noto-cjk
    libpcap-dev tshark
)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() {
    printf '\n==== %s ====\n' "$*"
}

usage() {
    cat <<'USAGE'
Usage: ./scripts/dev.sh run [ARGS...]   build (preset default) and start handshake-lab with ARGS
       ./scripts/dev.sh test            build and test (presets default and asan)
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
