#!/usr/bin/env python3
"""Check the sample gold: valid JSON, one gold file per report, every quote a verbatim substring of its
report body (whitespace normalised; for HTML the text of <article>), every place_norm in places.json.

usage: python3 samples/syria-2017/tools/check_gold.py
"""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class ArticleText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.out = 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if self.depth and tag in ("p", "h1", "h2", "li"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.out.append(data)


def bodies():
    out, rdir = {}, os.path.join(ROOT, "reports")
    for name in sorted(os.listdir(rdir)):
        path = os.path.join(rdir, name)
        rid, ext = os.path.splitext(name)
        text = open(path, encoding="utf-8").read()
        if ext == ".txt":
            out[rid] = text.split("\n---\n", 1)[1]
        elif ext == ".html":
            p = ArticleText()
            p.feed(text)
            out[rid] = "".join(p.out)
        elif ext == ".jsonl":
            for line in text.splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec["text"]
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    b = bodies()
    places = json.load(open(os.path.join(ROOT, "places.json"), encoding="utf-8"))
    problems = 0
    for rid, body in b.items():
        gpath = os.path.join(ROOT, "gold", rid + ".json")
        if not os.path.exists(gpath):
            print(f"no gold for {rid}"); problems += 1; continue
        doc = json.load(open(gpath, encoding="utf-8"))
        body_n = norm(body)
        for item in doc["events"] + doc["claims"]:
            if norm(item["quote"]) not in body_n:
                print(f"{rid}: quote not in body: {item['quote'][:80]}"); problems += 1
        for ev in doc["events"]:
            if ev["place_norm"] not in places:
                print(f"{rid}: place_norm without coordinates: {ev['place_norm']}"); problems += 1
    print(f"{len(b)} reports checked, {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
