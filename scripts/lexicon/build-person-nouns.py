#!/usr/bin/env python3
"""Builds rules/anonymity/person_nouns.tsv from WordNet 3.0 (Debian package
wordnet-base; WordNet licence, Princeton University: free to use, copy and
distribute with its copyright notice, which the table's header carries).

A noun is kept when its most frequent sense is a person (lexicographer file
noun.person), that sense is not a proper name (no instance hypernym), and the
sense was seen at least once in WordNet's tagged corpus: "juror", "guide",
"organizer", "member" are in; "aeschylus" and one-off coinages are out.
Plurals come from WordNet's exception list, else from English spelling rules.

    scripts/lexicon/build-person-nouns.py [/usr/share/wordnet] > rules/anonymity/person_nouns.tsv
"""
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
PERSON_FILE = 18  # noun.person
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
# Left out: slurs and abusive words (a source is never called that in a news
# story's own voice), and words whose everyday sense in news is not a person
# (adjectives, titles, animals, objects) although WordNet's first sense is.
EXCLUDED = set("""
abo bastard booby boy-o bugger bullyboy coon commie crackpot cripple cuss dago
half-breed hell-rooster idiot imbecile jap jackass jerk krauthead lunkhead loon
negro nigger nigra prick puke punk retard skunk slob stupid whore wop yid
bogey bourbon cardinal champ chosen darling dear deceased desperate don double
equal general hood host junior major minor miss modern national native
ordinary pa ma pop private prey pursued regular senior sir stiff superior
switch tackle tiger whale white yank aeon spirit soul muse embodiment
incarnation personification monstrosity character comer lifter mover saver
""".split())


def person_synsets():
    """Offsets of noun.person synsets that are classes, not named individuals."""
    keep = set()
    with open(f"{WN}/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            if int(head[1]) != PERSON_FILE:
                continue
            words = int(head[3], 16)
            ptr_at = 4 + 2 * words
            pointers = head[ptr_at + 1: ptr_at + 1 + 4 * int(head[ptr_at])]
            if "@i" not in pointers[0::4]:
                keep.add(head[0])
    return keep


def first_sense_persons(persons):
    out = []
    with open(f"{WN}/index.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            tagged = int(fields[5 + p_cnt])
            offsets = fields[6 + p_cnt: 6 + p_cnt + synset_cnt]
            if WORD.match(lemma) and lemma not in EXCLUDED and tagged > 0 and offsets[0] in persons:
                out.append(lemma)
    return out


def irregular_plurals():
    plurals = {}
    with open(f"{WN}/noun.exc", encoding="latin-1") as f:
        for line in f:
            inflected, base = line.split()[:2]
            if WORD.match(inflected) and inflected != base:
                plurals.setdefault(base, inflected)
    return plurals


def plural(noun, irregular):
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("man") and not noun.endswith(("human", "german", "shaman")):
        return noun[:-3] + "men"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def main():
    irregular = irregular_plurals()
    nouns = sorted(set(first_sense_persons(person_synsets())))
    print("# Nouns whose most frequent sense is a person, from WordNet 3.0")
    print("# (noun.person, tagged at least once), with their plurals; built by")
    print("# scripts/lexicon/build-person-nouns.py. WordNet 3.0 Copyright 2006 by")
    print("# Princeton University. All rights reserved; used under the WordNet")
    print("# licence (https://wordnet.princeton.edu/license-and-commercial-use).")
    print("singular\tplural")
    for n in nouns:
        print(f"{n}\t{plural(n, irregular)}")


if __name__ == "__main__":
    main()
