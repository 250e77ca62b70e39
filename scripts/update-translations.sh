#!/usr/bin/env bash
# Brings the Simplified Chinese translation files up to date with the sources
# (lupdate), one file per owner so that people translating in parallel never
# edit the same file:
#   resources/translations/narration_zh_CN.ts     <- ui/narration*
#   resources/translations/learn_zh_CN.ts         <- ui/quiz* ui/interview* ui/questions*
#   resources/translations/handshake-lab_zh_CN.ts <- every other .cpp/.h in app/ and ui/
#                                                    (with app/scenario_texts.cpp)
# Then translate the new entries with Qt Linguist (linguist FILE.ts). The build
# never runs lupdate; it only compiles the checked-in .ts files.
#   --check   change nothing: run lupdate on copies and exit 1 listing every
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

shopt -s nullglob
narration=(ui/narration*.cpp ui/narration*.h)
learn=(ui/quiz*.cpp ui/quiz*.h ui/interview*.cpp ui/interview*.h ui/questions*.cpp ui/questions*.h)
main=()
for file in app/*.cpp app/*.h ui/*.cpp ui/*.h; do
    case " ${narration[*]} ${learn[*]} " in
    *" $file "*) ;;
    *) main+=("$file") ;;
    esac
done

work=$TS_DIR
if $check; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$TS_DIR"/*.ts "$work"/ 2>/dev/null || true
fi
mkdir -p "$work"

# update NAME FILES...: lupdate FILES into $work/NAME_zh_CN.ts (created if new).
update() {
    local name=$1
    shift
    (($# > 0)) || return 0
    "$LUPDATE" -silent -I . -locations relative -no-obsolete -target-language zh_CN \
        "$@" -ts "$work/${name}_zh_CN.ts"
}
update handshake-lab "${main[@]}"
update narration "${narration[@]}"
update learn "${learn[@]}"

if ! $check; then
    echo "Updated: $(ls "$TS_DIR"/*_zh_CN.ts | tr '\n' ' ')"
    exit 0
fi
python3 scripts/check-translations.py "$work" "$TS_DIR"
