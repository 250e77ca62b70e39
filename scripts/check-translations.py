#!/usr/bin/env python3
"""Checks Qt Linguist files that lupdate has just brought up to date.

Usage: check-translations.py UPDATED_DIR CHECKED_IN_DIR

Exits 1, listing each one with the source file and line, when a message has no
finished translation (new, unfinished or empty), or when a translation drops
an RFC state or flag name that its source contains: those names are spelled as
RFC 9293 spells them in every language.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

RFC_NAMES = [
    "SYN-RECEIVED", "SYN-SENT", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT",
    "CLOSING", "LAST-ACK", "TIME-WAIT", "LISTEN", "CLOSED",
    "SYN", "ACK", "FIN", "RST", "PSH", "URG",
]
RFC_PATTERNS = {name: re.compile(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])")
                for name in RFC_NAMES}


def locations(message, ts_dir, last_lines):
    """The message's "file:line" places; lupdate -locations relative writes
    line numbers relative to the previous location in the same file."""
    places = []
    current = last_lines.setdefault("__file__", None)
    for location in message.findall("location"):
        if "filename" in location.attrib:
            current = os.path.relpath(
                os.path.normpath(os.path.join(ts_dir, location.attrib["filename"])))
            last_lines["__file__"] = current
        line = location.attrib.get("line", "0")
        base = last_lines.get(current, 0)
        number = base + int(line) if line[0] in "+-" else int(line)
        last_lines[current] = number
        places.append(f"{current}:{number}")
    return places


def texts(translation):
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def check_file(path, problems):
    ts_dir = os.path.dirname(path)
    last_lines = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            places = locations(message, ts_dir, last_lines)
            where = places[0] if places else os.path.basename(path)
            translation = message.find("translation")
            label = f"{where}: [{name}] \"{source}\""
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not all(t.strip() for t in texts(translation)):
                state = translation.get("type") if translation is not None else "missing"
                problems.append(f"{label}: not translated ({state or 'empty'})")
                continue
            for rfc, pattern in RFC_PATTERNS.items():
                if pattern.search(source) and not all(pattern.search(t) for t in texts(translation)):
                    problems.append(f"{label}: the translation lost the RFC name {rfc}")


def main():
    updated_dir, checked_in_dir = sys.argv[1], sys.argv[2]
    problems = []
    files = sorted(glob.glob(os.path.join(updated_dir, "*_zh_CN.ts")))
    for path in files:
        base = os.path.basename(path)
        if not os.path.exists(os.path.join(checked_in_dir, base)):
            problems.append(f"{checked_in_dir}/{base} is missing: run scripts/update-translations.sh")
        before = len(problems)
        check_file(path, problems)
        if len(problems) > before:
            problems.insert(before, f"--- {checked_in_dir}/{base}")
    if problems:
        print("\n".join(problems))
        print(f"{sum(1 for p in problems if not p.startswith('---'))} problem(s). "
              "Run scripts/update-translations.sh, then translate with linguist.", file=sys.stderr)
        return 1
    print(f"All messages in {len(files)} file(s) are translated and keep their RFC names.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
