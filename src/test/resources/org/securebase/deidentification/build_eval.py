#!/usr/bin/env python3
"""Builds eval-X.jsonl from the marked-up sources eval-X.src.txt (X from a to o).

Source format: one vignette per paragraph (paragraphs separated by blank lines). The first line of a
paragraph is `id | tag, tag, ...`; the remaining lines are the vignette text (joined with single
spaces). Identifiers are marked inline as {{TYPE:value}}, TYPE one of NAME LOC DATE AGE CONTACT ID ORG.
The script strips the markup, computes Python string offsets, checks text[start:end] == span text,
and writes one JSON object per line: {"id", "tags", "text", "phi": [{"start","end","type","text"}]}.

Usage: python3 build_eval.py            (builds every set next to this script)
       python3 build_eval.py SRC OUT    (one set)
"""
import json, os, re, sys, collections

TYPES = ("NAME", "LOC", "DATE", "AGE", "CONTACT", "ID", "ORG")
MARK = re.compile(r"\{\{(" + "|".join(TYPES) + r"):(.+?)\}\}")
ATTACH = {"avoidant", "ambivalent", "disorganized"}


def parse(src_path):
    with open(src_path, encoding="utf-8") as f:
        raw = f.read()
    items = []
    for n, para in enumerate(re.split(r"\n\s*\n", raw.strip())):
        lines = [l.strip() for l in para.strip().splitlines() if l.strip()]
        if not lines or lines[0].startswith("#"):
            continue
        head, body = lines[0], " ".join(lines[1:])
        if "|" not in head:
            sys.exit(f"{src_path}: paragraph {n}: first line must be 'id | tags': {head!r}")
        vid, tags = head.split("|", 1)
        vid = vid.strip()
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        text, phi, pos = [], [], 0
        length = 0
        for m in MARK.finditer(body):
            before = body[pos:m.start()]
            text.append(before)
            length += len(before)
            value = m.group(2)
            phi.append({"start": length, "end": length + len(value), "type": m.group(1), "text": value})
            text.append(value)
            length += len(value)
            pos = m.end()
        text.append(body[pos:])
        text = "".join(text)
        if "{{" in text or "}}" in text:
            sys.exit(f"{src_path}: {vid}: leftover or malformed markup in: {text}")
        items.append({"id": vid, "tags": tags, "text": text, "phi": phi})
    return items


def validate(items, src_path):
    ids = set()
    for it in items:
        vid, text = it["id"], it["text"]
        if vid in ids:
            sys.exit(f"{src_path}: duplicate id {vid}")
        ids.add(vid)
        if not ATTACH & set(it["tags"]):
            sys.exit(f"{src_path}: {vid}: no attachment tag in {it['tags']}")
        words = len(text.split())
        if not 60 <= words <= 180:
            sys.exit(f"{src_path}: {vid}: {words} words (want 60-180)")
        for p in it["phi"]:
            if text[p["start"]:p["end"]] != p["text"]:
                sys.exit(f"{src_path}: {vid}: offset mismatch for {p}")
            if p["text"] != p["text"].strip() or not p["text"]:
                sys.exit(f"{src_path}: {vid}: span has outer whitespace: {p['text']!r}")
        # every other occurrence of a marked value must be marked too
        covered = set()
        for p in it["phi"]:
            covered |= set(range(p["start"], p["end"]))
        for p in it["phi"]:
            for m in re.finditer(r"(?<!\w)" + re.escape(p["text"]) + r"(?!\w)", text, re.I):
                if not set(range(m.start(), m.end())) & covered:
                    sys.exit(f"{src_path}: {vid}: unmarked repeat of {p['text']!r} at {m.start()}")


def write(items, out_path):
    with open(out_path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for p in row["phi"]:
                assert row["text"][p["start"]:p["end"]] == p["text"], (row["id"], p)


def report(name, items):
    per_type = collections.Counter(p["type"] for it in items for p in it["phi"])
    total = sum(per_type.values())
    words = [len(it["text"].split()) for it in items]
    print(f"{name}: {len(items)} vignettes, {total} identifiers "
          f"({total / len(items):.1f}/vignette), words {min(words)}-{max(words)}")
    print("   " + ", ".join(f"{t} {per_type.get(t, 0)}" for t in TYPES))
    tags = collections.Counter(t for it in items for t in it["tags"] if t in ATTACH)
    print("   attachment tags: " + ", ".join(f"{t} {tags[t]}" for t in sorted(ATTACH)))


def name_owners(items, setname):
    owners = collections.defaultdict(set)
    for it in items:
        for p in it["phi"]:
            if p["type"] == "NAME":
                owners[p["text"].lower()].add(f"{setname}:{it['id']}")
    return owners


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) == 3:
        pairs = [(sys.argv[1], sys.argv[2])]
    else:
        pairs = [(os.path.join(here, f"eval-{s}.src.txt"), os.path.join(here, f"eval-{s}.jsonl")) for s in "abcdefghijklmno"]
    for src, out in pairs:
        items = parse(src)
        validate(items, src)
        write(items, out)
        report(os.path.basename(out), items)
        # within a set no name may stand for two people; sets written apart may share a common name
        owners = name_owners(items, os.path.basename(src)[:6])
        reused = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
        if reused:
            sys.exit(f"names reused across vignettes: {reused}")


if __name__ == "__main__":
    main()
