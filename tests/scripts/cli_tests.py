#!/usr/bin/env python3
"""CLI tests: run the built claimex binary and compare its output exactly.

Every line any case produces is also validated against docs/schema.json (with
the jsonschema package) and checked for the offset invariant: slicing the
original text at [start, end) in the chosen unit gives back `text`. The
originals are read here independently of claimex (Python's UTF-8 decoder with
errors="replace" follows the same maximal-subpart rule).
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

FIX = pathlib.Path("tests/cli/fixtures")
EXP = pathlib.Path("tests/cli/expected")
CLAIMEX = None
VALIDATOR = None
failures = []
checks = 0


def run(args, stdin=None, cwd=None):
    p = subprocess.run([CLAIMEX, *args], input=stdin, capture_output=True, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def expect(name, cond, detail=""):
    global checks
    checks += 1
    if not cond:
        failures.append(f"{name}: {detail}")
        print(f"FAIL {name} {detail}")


# ---- originals and invariants ------------------------------------------------

def originals_from(paths, stdin_bytes=None):
    """id -> original bytes (text files) or str (JSON Lines records)."""
    out = {}

    def add_jsonl(data, name):
        for n, line in enumerate(data.decode("utf-8").split("\n"), 1):
            line = line.rstrip("\r")
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                rid = rec.get("id")
                rid = rid if isinstance(rid, str) else (json.dumps(rid) if isinstance(rid, (int, float)) else f"{name}:{n}")
                out[rid] = rec["text"]

    if stdin_bytes is not None:
        if stdin_bytes.lstrip().startswith(b"{"):
            add_jsonl(stdin_bytes, "<stdin>")
        else:
            out["-"] = stdin_bytes
    for p in paths:
        p = pathlib.Path(p)
        files = sorted(x for x in p.rglob("*") if x.suffix in (".txt", ".jsonl")) if p.is_dir() else [p]
        for f in files:
            if not f.exists():
                continue
            if f.suffix == ".jsonl":
                add_jsonl(f.read_bytes(), str(f))
            else:
                out[str(f)] = f.read_bytes()
    return out


def slice_unit(original, start, end, unit):
    if isinstance(original, bytes):
        if unit == "utf8":
            return original[start:end].decode("utf-8", "replace")
        original = original.decode("utf-8", "replace")
    if unit == "codepoint":
        return original[start:end]
    if unit == "utf8":
        return original.encode("utf-8")[start:end].decode("utf-8")
    return original.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def check_lines(name, stdout, originals, unit="codepoint"):
    lines = stdout.splitlines()
    for line in lines:
        rec = json.loads(line)
        errors = sorted(VALIDATOR.iter_errors(rec), key=str)
        expect(f"{name} schema", not errors, errors[0].message if errors else "")
        if "error" in rec:
            continue
        original = originals.get(rec["id"])
        expect(f"{name} original known", original is not None, rec["id"])
        spans = rec.get("dates", []) + rec.get("places", []) + rec.get("actors", []) + rec.get("anonymity_markers", [])
        ids = [m["id"] for m in spans]
        expect(f"{name} unique ids", len(ids) == len(set(ids)), rec["id"])
        for m in spans:
            if original is None:
                continue
            got = slice_unit(original, m["start"], m["end"], unit)
            expect(f"{name} offsets", got == m["text"], f"{rec['id']} {unit} [{m['start']},{m['end']}) {got!r} != {m['text']!r}")
    return lines


def same_as_file(name, stdout, path):
    # CLAIMEX_UPDATE_EXPECTED=1 rewrites the expected files; review the git diff.
    if os.environ.get("CLAIMEX_UPDATE_EXPECTED") == "1":
        (EXP / path).write_text(stdout, encoding="utf-8")
    want = (EXP / path).read_text(encoding="utf-8")
    expect(name + " output", stdout == want, f"differs from {EXP / path}:\n--- got\n{stdout}--- want\n{want}")


# ---- cases -------------------------------------------------------------------

def case_files_in_each_unit():
    art = FIX / "article.txt"
    for unit, exp in (("codepoint", "article.jsonl"), ("utf8", "article.utf8.jsonl"), ("utf16", "article.utf16.jsonl")):
        code, out, _ = run(["extract", "--offsets", unit, str(art)])
        expect(f"article {unit} exit", code == 0, str(code))
        check_lines(f"article {unit}", out, originals_from([art]), unit)
        same_as_file(f"article {unit}", out, exp)


def case_stdin_text_and_jsonl():
    data = (FIX / "article.txt").read_bytes()
    code, out, _ = run(["extract", "-"], stdin=data)
    expect("stdin text exit", code == 0, str(code))
    check_lines("stdin text", out, originals_from([], data))
    same_as_file("stdin text", out, "article.stdin.jsonl")

    briefs = pathlib.Path("corpus/dev/wire-briefs.jsonl").read_bytes()
    code1, out1, _ = run(["extract", "--jobs", "1"], stdin=briefs)
    code2, out2, _ = run(["extract", "--jobs", "2"], stdin=briefs)
    expect("stdin jsonl exit", code1 == 0 and code2 == 0, f"{code1} {code2}")
    expect("stdin jsonl --jobs 1 == --jobs 2", out1 == out2)
    check_lines("stdin jsonl", out1, originals_from([], briefs))
    same_as_file("stdin jsonl", out1, "briefs.jsonl")


def case_folder():
    code, out, _ = run(["extract", str(FIX / "folder")])
    expect("folder exit", code == 0, str(code))
    check_lines("folder", out, originals_from([FIX / "folder"]))
    same_as_file("folder", out, "folder.jsonl")


def case_bad_records():
    code, out, err = run(["extract", str(FIX / "bad.jsonl")])
    expect("bad.jsonl exit 3", code == 3, str(code))
    expect("bad.jsonl stderr", "4 record(s) could not be processed" in err, err)
    lines = check_lines("bad.jsonl", out, originals_from([FIX / "bad.jsonl"]))
    expect("bad.jsonl records in = lines out", len(lines) == 7, str(len(lines)))
    same_as_file("bad.jsonl", out, "bad.jsonl")

    code, out, _ = run(["extract", "--fail-fast", str(FIX / "bad.jsonl")])
    expect("--fail-fast exit 3", code == 3, str(code))
    expect("--fail-fast stops after the first error", len(out.splitlines()) == 2, out)


def case_bad_inputs():
    paths = [FIX / "bad-inputs", FIX / "missing.txt"]
    code, out, _ = run(["extract", *map(str, paths)])
    expect("bad inputs exit 3", code == 3, str(code))
    for unit in ("codepoint", "utf8", "utf16"):
        _, o, _ = run(["extract", "--offsets", unit, *map(str, paths)])
        check_lines(f"bad inputs {unit}", o, originals_from(paths), unit)
    same_as_file("bad inputs", out, "bad-inputs.jsonl")


def case_symlink_loop_and_oversize():
    with tempfile.TemporaryDirectory() as tmp:
        (pathlib.Path(tmp) / "a").mkdir()
        (pathlib.Path(tmp) / "a" / "x.txt").write_text("Officials said so.\n")
        os.symlink(tmp, pathlib.Path(tmp) / "a" / "loop")
        code, out, _ = run(["extract", tmp])
        expect("symlink loop: one record, not followed", code == 0 and len(out.splitlines()) == 1, out)
    code, out, _ = run(["extract", "--max-bytes", "10", str(FIX / "plain.txt")])
    expect("--max-bytes: error record", code == 3 and json.loads(out)["error"]["code"] == "too_large", out)
    code, out, _ = run(["extract", "--max-bytes", "30"], stdin=b'{"id":"big","text":"Officials said so."}\n{"id":"s","text":"ok"}\n')
    recs = [json.loads(l) for l in out.splitlines()]
    expect("--max-bytes on a JSON line", code == 3 and recs[0]["error"]["code"] == "too_large" and recs[1]["id"] == "s", out)


def case_fuzz_inputs_keep_every_invariant():
    """Property check over inputs the fuzzer found interesting (first byte and all)."""
    sample = sorted(pathlib.Path("tests/fuzz/corpus-sample/extract").iterdir())
    for unit in ("codepoint", "utf8", "utf16"):
        code, out, _ = run(["extract", "--format", "text", "--offsets", unit, *map(str, sample)])
        expect(f"fuzz sample {unit} exit", code in (0, 3), str(code))
        lines = check_lines(f"fuzz sample {unit}", out, originals_from(sample), unit)
        expect(f"fuzz sample {unit} records in = lines out", len(lines) == len(sample), str(len(lines)))


def case_huge_article_without_newline():
    with tempfile.TemporaryDirectory() as tmp:
        huge = pathlib.Path(tmp) / "huge.txt"
        huge.write_bytes(b"word " * 10_000_000)  # 50 MB, no newline, no sentence end
        code, out, err = run(["extract", str(huge)])
        rec = json.loads(out)
        expect("50 MB article: one result, no markers", code == 0 and rec["anonymity_markers"] == [], err)


def case_dates_and_usage():
    code, out, _ = run(["extract", "--date", "2024-01-02", str(FIX / "plain.txt")])
    rec = json.loads(out)
    expect("--date", code == 0 and rec["dct"] == "2024-01-02" and rec["dct_source"] == "flag", out)
    code, _, err = run(["extract", "--date", "2024-13-01", str(FIX / "plain.txt")])
    expect("bad --date exit 2", code == 2 and "--date must be YYYY-MM-DD" in err, f"{code} {err}")
    code, _, _ = run(["extract", "--no-such-flag"])
    expect("unknown flag exit 2", code == 2, str(code))
    code, out, _ = run(["--help"])
    expect("--help exit 0", code == 0 and "extract" in out, str(code))
    code, _, _ = run([])
    expect("no subcommand exit 2", code == 2, str(code))
    code, _, _ = run(["extract", "--offsets", "bytes", str(FIX / "plain.txt")])
    expect("bad --offsets exit 2", code == 2, str(code))


def case_output_file_and_pretty():
    with tempfile.TemporaryDirectory() as tmp:
        target = pathlib.Path(tmp) / "out.jsonl"
        code, out, _ = run(["extract", "-o", str(target), str(FIX / "folder")])
        expect("-o exit", code == 0 and out == "", str(code))
        expect("-o content", target.read_text(encoding="utf-8") == (EXP / "folder.jsonl").read_text(encoding="utf-8"))
        expect("-o leaves no temporary file", sorted(os.listdir(tmp)) == ["out.jsonl"], str(os.listdir(tmp)))
        code, _, err = run(["extract", "-o", str(pathlib.Path(tmp) / "no-dir" / "x.jsonl"), str(FIX / "plain.txt")])
        expect("-o unwritable exit 2", code == 2 and "cannot write" in err, f"{code} {err}")
    code, out, _ = run(["extract", "--pretty", str(FIX / "plain.txt")])
    expect("--pretty keeps key order", code == 0 and out.startswith('{\n  "schema": "claimex/1",\n  "id"'), out[:60])


def case_broken_pipe():
    big = "".join(json.dumps({"id": f"r{i}", "text": "Officials said the port reopened. " * 20}) + "\n" for i in range(20000))
    with tempfile.TemporaryFile() as src:
        src.write(big.encode())
        src.seek(0)
        p = subprocess.Popen([CLAIMEX, "extract", "--format", "jsonl", "-"], stdin=src,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = p.stdout.readline()
        p.stdout.close()
        code = p.wait(timeout=60)
        err = p.stderr.read().decode()
    expect("broken pipe: first line", json.loads(first)["id"] == "r0")
    expect("broken pipe: quiet exit 0", code == 0 and err == "", f"{code} {err!r}")


def case_interrupt():
    import select
    import signal
    import time
    # 300 records: the first batch (256) is processed and flushed, then claimex
    # waits on the open pipe for the rest of the next batch. Small enough that
    # neither pipe fills up. The signal goes only once the batch is out (or
    # the -o temporary file exists): start-up under sanitizers takes seconds.
    lines = "".join(json.dumps({"id": f"r{i}", "text": "Officials said so."}) + "\n" for i in range(300))
    with tempfile.TemporaryDirectory() as tmp:
        target = pathlib.Path(tmp) / "out.jsonl"
        for args in (["extract", "-"], ["extract", "-o", str(target), "-"]):
            p = subprocess.Popen([CLAIMEX, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            p.stdin.write(lines.encode())
            p.stdin.flush()          # the pipe stays open: claimex waits for more
            received = b""
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if args[1] == "-":
                    if received.count(b"\n") >= 256:
                        break
                    ready, _, _ = select.select([p.stdout], [], [], 0.2)
                    if ready:
                        chunk = os.read(p.stdout.fileno(), 1 << 16)
                        if not chunk:
                            break
                        received += chunk
                else:
                    if os.listdir(tmp):
                        time.sleep(0.5)
                        break
                    time.sleep(0.1)
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=60)
            out = received + out
            expect(f"SIGINT {args[1]} exit 130", p.returncode == 130, f"{p.returncode} {err!r}")
            records = [json.loads(line) for line in out.decode().splitlines()]  # only complete records
            if args[1] == "-":
                expect("SIGINT keeps the flushed batch", len(records) == 256, str(len(records)))
        expect("SIGINT -o leaves no file", os.listdir(tmp) == [], str(os.listdir(tmp)))


def write_rules(tmp, files):
    for rel, text in files.items():
        f = pathlib.Path(tmp) / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text, encoding="utf-8")
    return tmp


def case_rules_commands():
    code, out, _ = run(["rules", "check"])
    expect("rules check exit 0", code == 0 and " 0 problems" in out, out)
    code, out, _ = run(["rules", "list"])
    rows = out.splitlines()
    expect("rules list", code == 0 and len(rows) >= 30 and all(len(r.split("\t")) == 4 for r in rows), out[:200])
    expect("rules list row", "anonymity/grant-condition\tkind=grant\tanonymity/grant.toml:" in out, out[:200])

    bad = {
        "anonymity/x.toml": "[[rule]]\nid = \"anonymity/x\"\nkind = \"grant\"\npattern = '''(oops'''\nmatch = [\"x\"]\n\n"
                            "[[rule]]\nid = \"anonymity/x\"\nkind = \"grant\"\npattern = '''{missing}'''\nmatch = [\"x\"]\n",
    }
    with tempfile.TemporaryDirectory() as tmp:
        write_rules(tmp, bad)
        code, out, _ = run(["rules", "check", "--rules", tmp])
        expect("broken rules: check exit 1", code == 1, str(code))
        expect("broken rules: bad regex at file:line", f"{tmp}/anonymity/x.toml:2: rule 'anonymity/x': bad pattern: missing ): (oops" in out, out)
        expect("broken rules: duplicate id at file:line", f"{tmp}/anonymity/x.toml:8: duplicate rule id 'anonymity/x'" in out, out)
        code, out, err = run(["extract", "--rules", tmp, str(FIX / "plain.txt")])
        expect("broken rules: extract refuses to run", code == 2 and out == "" and "failed to load" in err, f"{code} {err}")
    with tempfile.TemporaryDirectory() as tmp:
        write_rules(tmp, {"anonymity/x.toml": "[[rule]]\nid = \"anonymity/x\"\nkind = \"grant\"\npattern = '''a'''\nmatch = [\"b\"]\nno_match = [\"a\"]\n"})
        code, out, _ = run(["rules", "check", "--rules", tmp])
        expect("failing examples: exit 1", code == 1 and "x.toml:5: rule 'anonymity/x' does not match \"b\"" in out
               and "x.toml:6: rule 'anonymity/x' must not match \"a\"" in out, out)
    code, _, err = run(["rules", "check", "--rules", "/nonexistent"])
    expect("missing rules dir exit 2", code == 2 and "not found" in err, err)


def case_diff_shows_a_rule_change():
    with tempfile.TemporaryDirectory() as tmp:
        import shutil
        shutil.copytree("rules", tmp, dirs_exist_ok=True)
        hedge = pathlib.Path(tmp) / "anonymity" / "hedge.toml"
        hedge.write_text(hedge.read_text().replace("|rumou?redly)", "|rumou?redly|apparently)"), encoding="utf-8")
        text = pathlib.Path(tmp) / "a.txt"
        text.write_text("Officials said the talks had apparently failed.\n", encoding="utf-8")
        code, out, _ = run(["diff", "--rules-old", "rules", "--rules-new", tmp, str(text)])
        expect("rule diff exit 1", code == 1, str(code))
        expect("rule diff names the change", f'{text}\n+ anonymity_markers [29,39) "apparently" kind=hedge rule=anonymity/hedge-adverb\n'
               "      in: Officials said the talks had [apparently] failed.\n" in out, out)
        expect("rule diff names the rule", "anonymity/hedge-adverb: +1 -0 ~0" in out, out)
        code, out, _ = run(["diff", "--rules-old", "rules", "--rules-new", "rules", str(text)])
        expect("no change exit 0", code == 0 and "summary: 0 change(s)" in out, out)
        code, out, _ = run(["diff", "--format", "json", "--rules-old", "rules", "--rules-new", tmp, str(text)])
        expect("json diff", json.loads(out)["summary"]["rules"]["anonymity/hedge-adverb"]["added"] == 1, out)
    code, _, err = run(["diff", "only-one.jsonl"])
    expect("diff usage exit 2", code == 2, err)


def case_eval_scores_each_actor_kind():
    """eval: one row per actor kind, so a maintainer sees which kind lags; a gold
    person without `name` names itself."""
    with tempfile.TemporaryDirectory() as tmp:
        d = pathlib.Path(tmp)
        (d / "a.txt").write_text(" date 2025-12-05 Farida Osman, a lawyer, said residents had left. "
                                 "Osman said two police officers stayed.\n", encoding="utf-8")
        (d / "a.gold.json").write_text(json.dumps({"actors": [
            {"text": "Farida Osman", "kind": "person"},
            {"text": "Osman", "kind": "person", "name": "Farida Osman", "occurrence": 2},
            {"text": "residents", "kind": "descriptor"},
            {"text": "two police officers", "kind": "person"}]}), encoding="utf-8")
        code, out, _ = run(["eval", "--gold", tmp, "--json"])
        fields = json.loads(out)["fields"] if code == 0 else {}
        row = lambda k: (fields.get(k, {}).get("gold"), fields.get(k, {}).get("found"), fields.get(k, {}).get("f1"))
        expect("eval exit 0", code == 0, str(code))
        expect("eval actors.kind", row("actors.kind") == (4, 4, 0.75), str(row("actors.kind")))
        expect("eval actors.kind[person]", row("actors.kind[person]") == (3, 2, 0.8), str(row("actors.kind[person]")))
        expect("eval actors.kind[descriptor]", row("actors.kind[descriptor]") == (1, 2, 2 / 3),
               str(row("actors.kind[descriptor]")))
        expect("eval person_name: first mention names itself", row("actors.person_name") == (3, 2, 0.8),
               str(row("actors.person_name")))


def case_only_writes_the_fields_asked_for():
    """--only: each field equals the full run's; fields not asked for are absent."""
    _, full, _ = run(["extract", "corpus"])
    full = [json.loads(l) for l in full.splitlines()]
    core = {"schema", "id", "dct", "dct_source", "warnings"}
    for only, fields in (("dates", ["dates"]), ("places", ["places"]), ("markers", ["anonymity_markers"]),
                         ("actors,dates", ["actors", "dates"]), ("claims", ["claims", "summary"])):
        code, out, _ = run(["extract", "--only", only, "corpus"])
        part = [json.loads(l) for l in check_lines(f"--only {only}", out, originals_from([pathlib.Path("corpus")]))]
        expect(f"--only {only} exit and count", code == 0 and len(part) == len(full), f"{code} {len(part)}")
        for f, p in zip(full, part):
            expect(f"--only {only} keys {p['id']}", set(p) == core | set(fields), str(sorted(p)))
            for field in fields:
                expect(f"--only {only} {field} {p['id']}", p.get(field) == f.get(field))
    code, _, err = run(["extract", "--only", "dates,weather", str(FIX / "plain.txt")])
    expect("--only unknown field exit 2", code == 2 and "unknown field 'weather'" in err, f"{code} {err}")


def case_empty_stdin_holds_no_record():
    for stdin in (b"", b"\n  \n"):
        code, out, _ = run(["extract"], stdin=stdin)
        expect(f"stdin {stdin!r}: no record", code == 0 and out == "", out)
    code, out, _ = run(["extract", "--format", "text"], stdin=b"")
    expect("--format text: empty stdin is one empty article", code == 0 and len(out.splitlines()) == 1, out)


def case_gnu_parallel_recipe():
    """The README's scale-out recipe: GNU parallel cuts a JSON Lines archive into
    blocks at line ends and runs one claimex per block; ordered by id, the
    result equals one claimex over the whole archive."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = pathlib.Path(tmp) / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as f:
            for round_ in range(3):
                for path in sorted(pathlib.Path("corpus").rglob("*.txt")):
                    f.write(json.dumps({"id": f"{round_}/{path}", "text": path.read_text(encoding="utf-8")}) + "\n")
        _, single, _ = run(["extract", "--jobs", "1", str(archive)])
        # Blocks of 200 KB cut the ~500 KB archive in three: enough to test the
        # cuts, few enough processes for the sanitizer build's start-up.
        p = subprocess.run(["parallel", "--will-cite", "--pipepart", "-a", str(archive), "--block", "200k", "-j", "2",
                            CLAIMEX, "extract", "--jobs", "1"], capture_output=True)
        by_id = lambda text: sorted(text.splitlines(), key=lambda l: json.loads(l)["id"])
        lines = p.stdout.decode("utf-8")
        expect("parallel --pipepart exit", p.returncode == 0, p.stderr.decode()[-300:])
        expect("parallel --pipepart: every record once", len(lines.splitlines()) == len(single.splitlines()),
               f"{len(lines.splitlines())} != {len(single.splitlines())}")
        expect("parallel --pipepart equals one process, by id", by_id(lines) == by_id(single))
        # A stream (no seekable file) goes through --pipe the same way.
        p = subprocess.run(["parallel", "--will-cite", "--pipe", "--block", "200k", "-j", "2", CLAIMEX, "extract", "--jobs", "1"],
                           input=archive.read_bytes(), capture_output=True)
        expect("parallel --pipe equals one process, by id", p.returncode == 0 and by_id(p.stdout.decode()) == by_id(single))


def case_progress_on_a_terminal_and_quiet():
    """Progress goes to stderr only when it is a terminal; --quiet silences it and the summary."""
    import pty
    master, slave = pty.openpty()
    records = len(run(["extract", "corpus"])[1].splitlines())
    p = subprocess.run([CLAIMEX, "extract", "corpus"], stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    try:
        while chunk := os.read(master, 65536):
            err += chunk
    except OSError:
        pass
    os.close(master)
    expect("progress on a terminal", p.returncode == 0 and f"{records} articles".encode() in err and b"MB/s" in err, err[-200:])
    code, out, err = run(["extract", "corpus"])
    expect("no progress into a pipe", code == 0 and err == "", err[-200:])
    code, out, err = run(["extract", "--quiet", str(FIX / "bad.jsonl")])
    expect("--quiet keeps exit 3 and the lines, drops the summary", code == 3 and len(out.splitlines()) == 7 and err == "", err)


def case_man_page_is_generated_from_the_options():
    code, out, _ = run(["generate", "man"])
    committed = pathlib.Path("docs/claimex.1").read_text(encoding="utf-8")
    expect("docs/claimex.1 is what `claimex generate man` prints (run it after changing an option)",
           code == 0 and out == committed)
    for sub in (["extract"], ["eval"], ["diff"], ["render"], ["explain"], ["rules"], ["rules", "check"], ["rules", "list"]):
        code, out, _ = run([*sub, "--help"])
        expect(f"{sub} --help has examples", code == 0 and "Examples:" in out, out[-200:])


def case_render_saved_results():
    """render --results shows a saved extract output: the same page as extracting again, in any unit."""
    with tempfile.TemporaryDirectory() as tmp:
        direct = pathlib.Path(tmp) / "direct.html"
        code, _, _ = run(["render", "corpus", "-o", str(direct)])
        expect("render exit", code == 0, str(code))
        html = direct.read_text(encoding="utf-8")
        expect("render: self-contained (no external assets)", "http://" not in html and "https://" not in html
               and "<link" not in html and " src=" not in html)
        for unit in ("codepoint", "utf16", "utf8"):
            saved = pathlib.Path(tmp) / f"out-{unit}.jsonl"
            run(["extract", "--offsets", unit, "-o", str(saved), "corpus"])
            page = pathlib.Path(tmp) / f"saved-{unit}.html"
            code, _, _ = run(["render", "corpus", "--results", str(saved), "--offsets", unit, "-o", str(page)])
            expect(f"render --results {unit} equals extracting again", code == 0 and page.read_bytes() == direct.read_bytes())
        lines = (pathlib.Path(tmp) / "out-codepoint.jsonl").read_text(encoding="utf-8").splitlines()
        part = pathlib.Path(tmp) / "part.jsonl"
        part.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
        code, out, err = run(["render", "corpus", "--results", str(part)])
        expect("render --results: articles without a result are error cards, exit 3",
               code == 3 and out.count('class="error"') == len(lines) - 2, f"{code} {err}")


def case_corpus_invariants():
    for unit in ("codepoint", "utf8", "utf16"):
        code, out, _ = run(["extract", "--offsets", unit, "corpus"])
        expect(f"corpus {unit} exit", code == 0, str(code))
        originals = originals_from([pathlib.Path("corpus")])
        lines = check_lines(f"corpus {unit}", out, originals, unit)
        expect(f"corpus {unit} records in = lines out", len(lines) == len(originals), f"{len(lines)} != {len(originals)}")


def main():
    global CLAIMEX, VALIDATOR
    ap = argparse.ArgumentParser()
    ap.add_argument("--claimex", required=True)
    ap.add_argument("--schema", required=True)
    args = ap.parse_args()
    CLAIMEX = os.path.abspath(args.claimex)
    VALIDATOR = jsonschema.Draft202012Validator(json.loads(pathlib.Path(args.schema).read_text()))
    cases = [v for k, v in globals().items() if k.startswith("case_")]
    for case in cases:
        before = len(failures)
        case()
        print(("ok   " if len(failures) == before else "FAIL ") + case.__name__)
    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
