#!/usr/bin/env python3
"""Deterministic news-like JSON Lines for benchmarks.

Articles are assembled from this file's own templates and vocabulary (invented
names and places-as-words, no external text): datelines, named and unnamed
sources, grants of anonymity and reasons, quotes with curly and straight marks,
dates and times, at roughly the density of wire copy.

    bench/generate.py --mb 200 --seed 1 > /tmp/bench.jsonl
"""
import argparse
import json
import random
import sys

FIRST = ["Amina", "Daniel", "Leila", "Tomas", "Grace", "Hamid", "Ines", "Kofi", "Mira", "Pavel", "Rosa", "Samir",
         "Yuki", "Zanele", "Omar", "Elena", "Joon", "Farah", "Luis", "Nadia"]
LAST = ["Okafor", "Haddad", "Lindqvist", "Castell", "Baraka", "Aydemir", "Kerio", "Marchetti", "Ruiz", "Voss",
        "Almqvist", "Sampaio", "Osman", "Ghali", "Novak", "Tanaka", "Mensah", "Petrov", "Duarte", "Karimi"]
CITY = ["NAIROBI, Kenya", "BEIRUT", "TRIPOLI, Libya", "LIMA, Peru", "MANILA, Philippines", "KYIV, Ukraine",
        "DAKAR, Senegal", "QUITO, Ecuador", "TBILISI, Georgia", "HANOI, Vietnam", "ACCRA, Ghana", "BOGOTA, Colombia"]
ORG = ["the Interior Ministry", "the port authority", "the central bank", "the electoral commission",
       "the national police", "the Health Ministry", "the state oil company", "the army"]
TOPIC = ["the talks", "the investigation", "the negotiations", "the plan", "the deal", "the decision", "the review"]
ROLE = ["spokeswoman", "spokesman", "minister", "commander", "director", "senator", "governor", "mayor"]
UNNAMED = ["a senior official", "two security officials", "a person familiar with the matter",
           "a diplomat briefed on the talks", "residents", "officials", "a senior administration official",
           "three aid workers", "a police officer", "people familiar with the plans"]
GRANT = ["speaking on condition of anonymity", "who asked not to be named", "who requested anonymity",
         "who declined to be identified", "speaking anonymously"]
REASON = ["because they were not authorized to speak publicly", "because of the sensitivity of the talks",
          "for fear of reprisals", "because the negotiations were private", "to discuss internal deliberations"]
NO_COMMENT = ["declined to comment", "did not respond to requests for comment", "could not be reached for comment",
              "had no immediate comment"]
HEDGE = ["reportedly", "is believed to be", "according to local media reports", "could not be independently verified"]
WHEN = ["on Monday", "on Tuesday", "late Wednesday", "early Thursday", "on Friday", "over the weekend", "last week",
        "on Oct. 19", "in March", "earlier this month", "at around 3 a.m.", "two years ago", "since 2019"]
NOUN = ["convoy", "shipment", "budget", "ceasefire", "strike", "inquiry", "protest", "outbreak", "vote", "contract"]
VERB = ["stalled", "collapsed", "resumed", "was delayed", "was approved", "was suspended", "expanded", "was blocked"]
NUMBER = ["14", "more than 200", "at least 30", "nearly 1,200", "about 3,000", "two dozen", "9%", "$2 million"]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def sentence(r):
    kind = r.randrange(9)
    if kind == 0:
        return f"The {r.choice(NOUN)} {r.choice(VERB)} {r.choice(WHEN)}, {r.choice(UNNAMED)} said."
    if kind == 1:
        return (f"{r.choice(UNNAMED).capitalize()}, {r.choice(GRANT)} {r.choice(REASON)}, said {r.choice(NUMBER)} "
                f"people were affected.")
    if kind == 2:
        q = r.choice(["\u201c", '"'])
        close = "\u201d" if q == "\u201c" else '"'
        return (f"{q}We will not accept {r.choice(TOPIC)} as it stands,{close} said {r.choice(ROLE)} "
                f"{person(r)}, who spoke to reporters {r.choice(WHEN)}.")
    if kind == 3:
        return f"A {r.choice(ROLE)} for {r.choice(ORG)} {r.choice(NO_COMMENT)}."
    if kind == 4:
        return f"The {r.choice(NOUN)} {r.choice(HEDGE)} {r.choice(VERB)} {r.choice(WHEN)}."
    if kind == 5:
        return (f"According to {r.choice(UNNAMED)}, {r.choice(ORG)} had known about {r.choice(TOPIC)} "
                f"{r.choice(WHEN)}.")
    if kind == 6:
        return (f"{person(r)}, the {r.choice(ROLE)}, told The Associated Press that {r.choice(NUMBER)} "
                f"families had left {r.choice(WHEN)}.")
    if kind == 7:
        return f"U.S. officials said Lt. Col. {person(r)} met Gov. {r.choice(LAST)} at 9 a.m. Sunday."
    return f"The {r.choice(NOUN)} {r.choice(VERB)} after {r.choice(TOPIC)}, and {r.choice(NUMBER)} workers went home."


def article(r, n):
    paragraphs = []
    for p in range(r.randint(6, 16)):
        body = " ".join(sentence(r) for _ in range(r.randint(1, 3)))
        if p == 0:
            body = f"{r.choice(CITY)} (AP) \u2014 " + body
        paragraphs.append(body)
    month, day = r.randint(1, 12), r.randint(1, 28)
    return {"id": f"bench-{n}", "date": f"2025-{month:02d}-{day:02d}", "text": "\n\n".join(paragraphs)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=200, help="stop after this many megabytes")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    r = random.Random(args.seed)
    out = sys.stdout
    written, n = 0, 0
    limit = int(args.mb * 1_000_000)
    while written < limit:
        line = json.dumps(article(r, n), ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
