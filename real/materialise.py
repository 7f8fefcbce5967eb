#!/usr/bin/env python3
"""Writes real/pages/<lang>/<name>.txt for every label in real/labels/*.jsonl.

Usage:
  python3 real/materialise.py RESULTS.json   # [{"url": ..., "excerpt": ...}, ...] from the search tool
  python3 real/materialise.py --fetch        # download each url (needs web access)

Existing page files are left alone. The text is third-party material: the pages folder is
git-ignored and must stay so.
"""
import html
import json
import pathlib
import re
import sys
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent


def labels():
    for path in sorted((ROOT / "labels").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def page_text(excerpt):
    # The stored excerpts may open with the feed's ` date YYYY-MM-DD` token: it goes on line 2.
    match = re.match(r"\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+", excerpt)
    return (match.group(1), excerpt[match.end():]) if match else (None, excerpt)


def fetch(url):
    request = urllib.request.Request(url, headers={"User-Agent": "readout-materialise/1"})
    with urllib.request.urlopen(request, timeout=20) as response:
        raw = response.read(2_000_000).decode("utf-8", "replace")
    raw = re.sub(r"(?is)<(script|style|nav|footer|header)\b.*?</\1>", " ", raw)
    text = html.unescape(re.sub(r"(?s)<[^>]+>", "\n", raw))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    excerpts = {}
    if sys.argv[1] != "--fetch":
        for row in json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")):
            excerpts[row["url"]] = row["excerpt"]
    written = skipped = 0
    for label in labels():
        target = ROOT / label["file"]
        if target.exists():
            continue
        if sys.argv[1] == "--fetch":
            try:
                excerpt = fetch(label["url"])
            except Exception as error:  # one bad url must not stop the others
                print(f"skip {label['url']}: {error}", file=sys.stderr)
                skipped += 1
                continue
        elif label["url"] in excerpts:
            excerpt = excerpts[label["url"]]
        else:
            skipped += 1
            continue
        day, body = page_text(excerpt)
        day = label.get("published") or day
        target.parent.mkdir(parents=True, exist_ok=True)
        header = f"date {day}\n\n" if day else "\n"
        target.write_text(f"{label['url']}\n{header}{body}\n", encoding="utf-8")
        written += 1
    print(f"{written} written, {skipped} not found")


if __name__ == "__main__":
    main()
