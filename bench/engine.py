"""Engine benchmark: extraction + indexing throughput, ask/whosaid latency, peak memory.

    python bench/engine.py [--quick] [--statements N] [--docs N] [--queries N] [--rebuild]

Prints the figures and a summary against the targets of issue 2; writes bench/out/engine.json.
See bench/README.md for what is measured and how the synthetic store is made.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

from briefings import extraction, ingest  # noqa: E402
from briefings.documents import parse_document, read_document  # noqa: E402
from briefings.store import Store  # noqa: E402

TARGETS = {"docs_per_s": 300.0, "p95_ms": 20.0, "rss_mb": 200.0}


def _pin_one_core() -> set[int] | None:
    """Pin this process (and what it starts) to one core; returns the cores it had."""
    try:
        cpus = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {sorted(cpus)[0]})
        return cpus
    except (AttributeError, OSError):
        return None


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))]


def _lat(values: list[float]) -> dict:
    return {
        "n": len(values),
        "p50_ms": round(_pct(values, 50), 2),
        "p95_ms": round(_pct(values, 95), 2),
        "p99_ms": round(_pct(values, 99), 2),
        "max_ms": round(max(values, default=0.0), 2),
        "mean_ms": round(statistics.fmean(values), 2) if values else 0.0,
    }


# --------------------------------------------------------------------------- 1. throughput


def corpus_documents(n: int) -> tuple[list, list[str]]:
    """``n`` documents from the reference corpus (read by path), each copy made unique by a suffix."""
    files = synth._corpus_files()
    base = [read_document(p) for p in files]
    docs = []
    for i in range(n):
        b = base[i % len(base)]
        text = b.text + f"\n\nBench copy {i // len(base)}.\n"
        docs.append(parse_document(text, f"{b.path}#{i // len(base)}"))
    return docs, sorted({str(p.parent) for p in files})


def _fresh_db(name: str) -> Path:
    db = OUT / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


async def _store_only(docs: list, extractions: list, batch: int) -> float:
    """Seconds to store already extracted documents into a fresh file, ``batch`` per transaction."""
    store = await Store.open(_fresh_db("throughput.db"))
    t = time.perf_counter()
    if batch == 1:
        for d, e in zip(docs, extractions, strict=True):
            await store.add_document(d, e)
    else:
        pairs = list(zip(docs, extractions, strict=True))
        for i in range(0, len(pairs), batch):
            for r in await store.add_documents(pairs[i : i + batch]):
                if not isinstance(r, ingest.AddResult) or not r.added:
                    raise RuntimeError(f"throughput corpus document not stored: {r}")
    seconds = time.perf_counter() - t
    await store.close()
    return seconds


async def _ingest_folder(folder: Path, jobs: int) -> tuple[float, ingest.IngestSummary]:
    """Seconds for ``ingest_paths`` (read, extract, store, as ``briefings ingest`` does) on a fresh file."""
    store = await Store.open(_fresh_db("throughput.db"))
    t = time.perf_counter()
    summary = await ingest.ingest_paths(store, [folder], jobs=jobs)
    seconds = time.perf_counter() - t
    await store.close()
    if summary.failed or summary.added != len(list(folder.iterdir())):
        raise RuntimeError(f"throughput ingest incomplete: {summary}")
    return seconds, summary


async def throughput(n_docs: int, all_cpus: set[int] | None) -> dict:
    docs, sources = corpus_documents(n_docs)
    t = time.perf_counter()
    extractions = [ingest.clean_extraction(d, extraction.extract(d.text, d.body_start)) for d in docs]
    ext_s = time.perf_counter() - t
    n_st = sum(len(e.statements) for e in extractions)

    one_s = await _store_only(docs, extractions, 1)
    batch_s = await _store_only(docs, extractions, ingest.BATCH_DOCS)

    def rate(seconds: float, n_statements: int = n_st) -> dict:
        return {
            "seconds": round(seconds, 2),
            "docs_per_s": round(len(docs) / seconds, 1),
            "statements_per_s": round(n_statements / seconds, 1),
            "ms_per_doc": round(seconds * 1000 / len(docs), 3),
        }

    out = {
        "sources": sources,
        "documents": len(docs),
        "statements": n_st,
        "chars": sum(len(d.text) for d in docs),
        "extract_only": rate(ext_s),
        "store_only_one_per_transaction": rate(one_s),
        "store_only_batched": rate(batch_s) | {"batch": ingest.BATCH_DOCS},
    }
    # the whole `briefings ingest` path on files (the corpus copies, in a temporary folder)
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp)
        for i, d in enumerate(docs):
            (folder / f"{i:05d}.txt").write_text(d.text, encoding="utf-8")
        seconds, summary = await _ingest_folder(folder, jobs=1)
        out["ingest_one_core"] = rate(seconds, summary.statements)
        if all_cpus and len(all_cpus) > 1:
            one = os.sched_getaffinity(0)
            os.sched_setaffinity(0, all_cpus)  # worker processes inherit this
            try:
                seconds, summary = await _ingest_folder(folder, jobs=len(all_cpus))
            finally:
                os.sched_setaffinity(0, one)
            out["ingest_all_cores"] = rate(seconds, summary.statements) | {"jobs": len(all_cpus)}
    return out


def median_runs(runs: list[dict]) -> dict:
    """One throughput result from several runs: for each measured path the run with the median rate, with
    every run's rate beside it (a shared machine's speed drifts from one run to the next)."""
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, dict) and "docs_per_s" in value:
            ordered = sorted((r[key] for r in runs), key=lambda r: r["docs_per_s"])
            out[key] = ordered[(len(ordered) - 1) // 2] | {"runs": [r[key]["docs_per_s"] for r in runs]}
    return out


def machine_speed() -> dict:
    """A fixed pure-Python workload (an integer loop), to compare figures taken on different machines or days."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        s = 0
        for i in range(2_000_000):
            s += i
        best = min(best, time.perf_counter() - t)
    return {"loop_mops": round(2.0 / best, 1)}


# --------------------------------------------------------------------------- 2. query latency


def _misspell(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


async def _make_queries(store: Store, n: int, rng: random.Random) -> tuple[list, list]:
    rows = await store._all("SELECT name, kind, statements FROM speakers ORDER BY statements DESC")
    people = [r for r in rows if r[1] == "person"]
    top = people[:50]
    titles = [
        r[0] for r in await store._all("SELECT DISTINCT surface FROM speaker_aliases WHERE kind = 'title'")
    ]
    vocab = synth.vocabulary(random.Random(0), 2000)
    common = [w for w in vocab[:300] if len(w) > 3]
    topics = synth.TOPICS

    def person():
        return (rng.choice(top) if rng.random() < 0.5 else rng.choice(people))[0]

    asks = []
    shapes = [
        "speaker_topic",
        "surname_topic",
        "misspelt_speaker",
        "topic_common",
        "topic_only",
        "speaker_only",
        "title_topic",
        "aux_verb",
        "title_word",
    ]
    aux = ("How did {who} respond to the {topic}?", "Why does {who} oppose the {topic}?",
           "Is {who} going to back the {topic}?", "What did {who} tell reporters about the {topic}?")
    for i in range(n):
        shape = shapes[i % len(shapes)]
        topic = rng.choice(topics)
        if shape == "speaker_topic":
            q = f"what did {person()} say about the {topic}?"
        elif shape == "surname_topic":
            q = f"what has {person().split()[-1]} said about {topic}"
        elif shape == "misspelt_speaker":
            first, last = person().split(maxsplit=1)
            q = f"what did {first} {_misspell(last, rng)} say about {topic}?"
        elif shape == "topic_common":
            q = f"what was said about the {rng.choice(common)} {rng.choice(common)}"
        elif shape == "topic_only":
            q = f"{topic} {rng.choice(common)}"
        elif shape == "speaker_only":
            q = f"quotes from {person()}"
        elif shape == "aux_verb":  # (a verb after the speaker: several readings may be resolved in turn)
            who = person() if rng.random() < 0.5 else person().split()[-1]
            q = rng.choice(aux).format(who=who, topic=topic)
        elif shape == "title_word":  # "the coroner": the holders of titles ending in the word
            q = f"what did the {(rng.choice(titles) if titles else 'President').split()[-1].lower()} say about {topic}?"
        else:
            q = f"what did the {rng.choice(titles) if titles else 'President'} say about {topic}?"
        asks.append((shape, q, None))

    (max_id,) = await store._one("SELECT max(id) FROM statements")
    quotes = []
    wshapes = ["exact", "shortened", "misspelt", "absent"]
    for i in range(n):
        shape = wshapes[i % len(wshapes)]
        row = None
        while row is None:
            row = await store._one("SELECT text, id FROM statements WHERE id = ?", (rng.randint(1, max_id),))
        words = row[0].split()
        if shape == "exact":
            q = row[0]
        elif shape == "shortened":
            k = min(len(words), rng.randint(6, 10))
            s = rng.randrange(0, len(words) - k + 1)
            q = " ".join(words[s : s + k])
        elif shape == "misspelt":
            ws = list(words)
            for j in rng.sample(range(len(ws)), min(2, len(ws))):
                ws[j] = _misspell(ws[j], rng)
            q = " ".join(ws)
        else:
            q = " ".join(rng.choice(vocab[200:]) for _ in range(rng.randint(8, 14)))
        quotes.append((shape, q, None if shape == "absent" else row))
    return asks, quotes


def _vm_hwm_mb() -> float | None:
    """The kernel's RSS high-water mark of this process image (Linux), a cross-check of ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


async def query_phase(db: Path, n: int, seed: int) -> dict:
    """Runs in its own process: open the store, time ask and whosaid, report peak RSS."""
    from briefings.answers import ask, whosaid

    rng = random.Random(seed)
    store = await Store.open(db)
    rss_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    asks, quotes = await _make_queries(store, n, rng)
    for _, q, _ in asks[:20]:
        await ask(store, q)
    for _, q, _ in quotes[:20]:
        await whosaid(store, q)
    res: dict = {"ask": {}, "whosaid": {}}
    answered = {"ask": 0, "whosaid": 0}
    right: dict[
        str, int
    ] = {}  # whosaid: source statement first (its text, if stored twice), or nothing for absent quotes
    for name, items, fn in (("ask", asks, ask), ("whosaid", quotes, whosaid)):
        by_shape: dict[str, list[float]] = {}
        for shape, q, source in items:
            t = time.perf_counter()
            r = await fn(store, q)
            by_shape.setdefault(shape, []).append((time.perf_counter() - t) * 1000)
            found = r.answers if name == "ask" else r.matches
            answered[name] += bool(found)
            if name == "whosaid":
                ok = not found if source is None else bool(found) and found[0].text == source[0]
                right[shape] = right.get(shape, 0) + ok
        all_ms = [v for vs in by_shape.values() for v in vs]
        res[name] = {"all": _lat(all_ms), "answered": answered[name]} | {
            s: _lat(v) for s, v in by_shape.items()
        }
    res["whosaid"]["right"] = right
    # speaker autocomplete: what a user has typed so far of a name, a surname or a title
    names = [r[0] for r in await store._all("SELECT surface FROM speaker_aliases")]
    typed = []
    for i in range(n):
        name = rng.choice(names)
        if i % 5 == 4:
            typed.append(("misspelt", _misspell(name, rng)[: rng.randint(4, 10)]))
        else:
            typed.append(
                ("prefix", name[: rng.randint(1, 8)].lower() if i % 2 else name[: rng.randint(1, 8)])
            )
    for _, t in typed[:20]:
        await store.find_speakers(t)
    by_shape = {}
    for shape, t in typed:
        start = time.perf_counter()
        await store.find_speakers(t, limit=25)
        by_shape.setdefault(shape, []).append((time.perf_counter() - start) * 1000)
    res["find_speakers"] = {"all": _lat([v for vs in by_shape.values() for v in vs])} | {
        s: _lat(v) for s, v in by_shape.items()
    }
    # a role put in other words than any stored title ("the Estonian defence minister" for a Defence Minister
    # quoted in stories about Estonia): timed apart, not in ask's mix -- the rare question that reads stories
    titles = [r[0] for r in await store._all("SELECT DISTINCT surface FROM speaker_aliases WHERE kind = 'title'")]
    adjectives = ["Estonian", "Polish", "Serbian", "Kenyan", "Chilean", "Danish", "economy", "industry", "CGIL"]
    roles = [f"what did the {rng.choice(adjectives)} {rng.choice(titles).lower()} say about the {rng.choice(synth.TOPICS)}?"
             for _ in range(max(20, n // 8))] if titles else []
    role_ms = []
    for q in roles:
        start = time.perf_counter()
        await ask(store, q)
        role_ms.append((time.perf_counter() - start) * 1000)
    res["ask_role_other_words"] = _lat(role_ms) if role_ms else None
    await store.close()
    res["rss_after_open_mb"] = round(rss_open, 1)
    res["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    res["vm_hwm_mb"] = _vm_hwm_mb()
    return res


async def ensure_store(n: int, rebuild: bool) -> tuple[Path, dict]:
    db = OUT / f"synth-{n}.db"
    meta_path = OUT / f"synth-{n}.json"
    if db.exists() and meta_path.exists() and not rebuild:
        return db, json.loads(meta_path.read_text()) | {"cached": True}
    tmp = OUT / f"synth-{n}.building.db"
    for p in (db, tmp):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    print(f"generating a store of {n:,} statements in {tmp.name} ...", flush=True)
    meta = await synth.build(tmp, n)
    tmp.rename(db)
    meta_path.write_text(json.dumps(meta))
    return db, meta | {"cached": False}


# --------------------------------------------------------------------------- main


def _row(name: str, value: float, unit: str, target: str, ok: bool) -> str:
    return f"  {name:<38} {value:>10.1f} {unit:<6} {target:<10} {'PASS' if ok else 'MISS'}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="small run (~1 min): 300 documents, 50,000 statements"
    )
    ap.add_argument("--statements", type=int, help="statements in the synthetic store (default 1,000,000)")
    ap.add_argument("--docs", type=int, help="documents for the throughput run (default 1,000)")
    ap.add_argument(
        "--queries", type=int, default=None, help="timed queries of each kind (default 400; quick 200)"
    )
    ap.add_argument("--rebuild", action="store_true", help="regenerate the synthetic store even if cached")
    ap.add_argument(
        "--repeat", type=int, default=3, help="throughput runs; the median run is reported, with the best (default 3)"
    )
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--part", choices=("all", "throughput", "queries"), default="all", help="run only one part"
    )
    ap.add_argument("--query-phase", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    if a.query_phase:
        print(json.dumps(asyncio.run(query_phase(a.query_phase, a.queries or 200, a.seed))))
        return 0

    n_st = a.statements or (50_000 if a.quick else 1_000_000)
    n_docs = a.docs or (300 if a.quick else 1000)
    n_q = a.queries or (200 if a.quick else 400)
    OUT.mkdir(parents=True, exist_ok=True)
    all_cpus = _pin_one_core()
    out: dict = {"quick": a.quick, "python": sys.version.split()[0]}
    rows = []

    if a.part in ("all", "throughput"):
        print(f"1. extraction + indexing throughput ({n_docs} documents, one core)", flush=True)
        out["machine"] = machine_speed()
        print(f"   machine: a pure-Python reference loop runs {out['machine']['loop_mops']} M iterations/s", flush=True)
        tp = median_runs([asyncio.run(throughput(n_docs, all_cpus)) for _ in range(max(1, a.repeat))])
        out["throughput"] = tp
        print(
            f"   corpus: {', '.join(tp['sources'])}, {tp['chars'] / 1e6:.1f} M chars,"
            f" {tp['statements']:,} statements in all"
        )
        lines = [
            ("extraction only", "extract_only"),
            ("store only, 1 document/transaction", "store_only_one_per_transaction"),
            (f"store only, {ingest.BATCH_DOCS} documents/transaction", "store_only_batched"),
            ("ingest (read+extract+store), one core", "ingest_one_core"),
        ]
        if "ingest_all_cores" in tp:
            lines.append((f"ingest, {tp['ingest_all_cores']['jobs']} worker processes", "ingest_all_cores"))
        for label, key in lines:
            r = tp[key]
            print(
                f"   {label:<40} {r['docs_per_s']:8.1f} docs/s  {r['statements_per_s']:9.1f} statements/s"
                f"  {r['ms_per_doc']:7.3f} ms/doc  (runs: {', '.join(f'{x:.0f}' for x in r['runs'])})"
            )
        e, o, b, i = (
            tp[k]
            for k in (
                "extract_only",
                "store_only_one_per_transaction",
                "store_only_batched",
                "ingest_one_core",
            )
        )
        rows += [
            (
                "extraction only, one core",
                e["docs_per_s"],
                "docs/s",
                ">= 300",
                e["docs_per_s"] >= TARGETS["docs_per_s"],
            ),
            (
                "store only, add_document",
                o["docs_per_s"],
                "docs/s",
                ">= 300",
                o["docs_per_s"] >= TARGETS["docs_per_s"],
            ),
            (
                "store only, batched",
                b["docs_per_s"],
                "docs/s",
                ">= 300",
                b["docs_per_s"] >= TARGETS["docs_per_s"],
            ),
            (
                "extraction + store, one core",
                i["docs_per_s"],
                "docs/s",
                ">= 300",
                i["docs_per_s"] >= TARGETS["docs_per_s"],
            ),
        ]
        if "ingest_all_cores" in tp:
            c = tp["ingest_all_cores"]
            rows.append(
                (
                    f"extraction + store, {c['jobs']} cores",
                    c["docs_per_s"],
                    "docs/s",
                    ">= 300",
                    c["docs_per_s"] >= TARGETS["docs_per_s"],
                )
            )
    if a.part == "throughput":
        return _finish(out, rows, n_st, n_docs, a.quick)

    print(f"2. query latency on {n_st:,} statements", flush=True)
    db, meta = asyncio.run(ensure_store(n_st, a.rebuild))
    out["store"] = meta
    built = "cached" if meta["cached"] else f"built in {meta['build_s']} s"
    print(
        f"   store: {meta['statements']:,} statements, {meta['documents']:,} documents, {meta['speakers']:,} speakers,"
        f" {meta['db_mb']:.0f} MB ({built});"
        f" add_document on it: median {meta['add_document_ms_on_big_store']} ms/doc,"
        f" slowest {meta.get('add_document_max_ms_on_big_store', '?')} ms"
    )
    # The query process is a grandchild started by a forked shell: a direct child would inherit
    # this process's RSS high-water mark in ru_maxrss (Linux keeps it across fork and exec).
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--query-phase",
        str(db),
        "--queries",
        str(n_q),
        "--seed",
        str(a.seed),
    ]
    proc = subprocess.run(
        ["/bin/sh", "-c", '"$@" & wait $!', "sh", *cmd], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return 1
    q = json.loads(proc.stdout.strip().splitlines()[-1])
    out["queries"] = q
    for name in ("ask", "whosaid"):
        print(f"   {name} ({q[name]['all']['n']} queries, {q[name]['answered']} answered):")
        if name == "whosaid":
            print(
                "     right (source statement first; nothing for absent quotes): "
                + ", ".join(f"{k} {v}/{q[name][k]['n']}" for k, v in q[name]["right"].items())
            )
        for shape, s in q[name].items():
            if isinstance(s, dict) and "p50_ms" in s:
                print(
                    f"     {shape:<18} p50 {s['p50_ms']:7.2f}  p95 {s['p95_ms']:7.2f}  max {s['max_ms']:7.2f} ms"
                )
    a_ms = q["find_speakers"]["all"]
    print(
        f"   find_speakers, autocomplete ({a_ms['n']} prefixes): p50 {a_ms['p50_ms']:.2f}  p95 {a_ms['p95_ms']:.2f}"
        f"  p99 {a_ms['p99_ms']:.2f}  max {a_ms['max_ms']:.2f} ms"
    )
    if q.get("ask_role_other_words"):
        r_ms = q["ask_role_other_words"]
        print(f"   ask, a role in other words than any stored title ({r_ms['n']} questions, not in ask's mix): "
              f"p50 {r_ms['p50_ms']:.2f}  p95 {r_ms['p95_ms']:.2f}  max {r_ms['max_ms']:.2f} ms")
    print(
        f"3. peak RSS of the querying process (ru_maxrss): {q['peak_rss_mb']:.1f} MB"
        f" (after opening the store: {q['rss_after_open_mb']:.1f} MB; VmHWM {q['vm_hwm_mb']} MB)"
    )
    for name in ("ask", "whosaid"):
        p95 = q[name]["all"]["p95_ms"]
        rows.append((f"{name} p95", p95, "ms", "<= 20", p95 <= TARGETS["p95_ms"]))
    rows.append(("find_speakers p99", a_ms["p99_ms"], "ms", "<= 50", a_ms["p99_ms"] <= 50))
    rows.append(
        ("peak RSS while querying", q["peak_rss_mb"], "MB", "<= 200", q["peak_rss_mb"] <= TARGETS["rss_mb"])
    )
    return _finish(out, rows, n_st, n_docs, a.quick)


def _finish(out: dict, rows: list, n_st: int, n_docs: int, quick: bool) -> int:
    out["summary"] = [
        {"figure": r[0], "value": r[1], "unit": r[2], "target": r[3], "pass": r[4]} for r in rows
    ]
    print(f"\nsummary ({n_st:,} statements, {n_docs} documents{', quick' if quick else ''}):")
    for r in rows:
        print(_row(*r))
    (OUT / "engine.json").write_text(json.dumps(out, indent=2))
    print(f"\nwritten {OUT / 'engine.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
