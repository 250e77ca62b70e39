#!/usr/bin/env bash
# Brings the Simplified Chinese translation, resources/translations/
# handshake-lab_zh_CN.ts, up to date with the sources of app/ and ui/ (with
# app/scenario_texts.cpp, regenerated first from the scenario files): lupdate
# adds the new strings unfinished and drops the ones no source has any more.
# Then translate the new entries with Qt Linguist (linguist FILE.ts). The
# build only compiles the checked-in .ts file (qt_add_translations in
# app/CMakeLists.txt, whose update_translations target runs the same lupdate
# but leaves the scenario texts alone).
#   --check   change nothing: run lupdate on a copy and exit 1 listing every
#             message that has no finished translation, and every translation
#             that lost an RFC state or flag name (SYN, ACK, TIME-WAIT ...)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
TS_DIR=resources/translations
check=false
[[ ${1:-} == --check ]] && check=true

if $check; then
    scripts/update-scenario-texts.sh --check
else
    scripts/update-scenario-texts.sh
fi

work=$TS_DIR
if $check; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$TS_DIR"/*.ts "$work"/
fi

# -I . : contexts are spelled as the code names them (ui::EditList, not EditList).
"$LUPDATE" -silent -I . -locations relative -no-obsolete -target-language zh_CN \
    app/*.h app/*.cpp ui/*.h ui/*.cpp -ts "$work/handshake-lab_zh_CN.ts"

if ! $check; then
    echo "Updated: $TS_DIR/handshake-lab_zh_CN.ts"
    exit 0
fi
python3 scripts/check-translations.py "$work" "$TS_DIR"
