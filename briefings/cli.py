"""The ``briefings`` command: ingest, extract, ask, whosaid, speakers, feed, digest, demo.

Errors are one line on stderr (``briefings: error: ...``): exit 2 for bad input, 1 for a
failure while working (such as a file that could not be ingested).  Never a traceback, unless
BRIEFINGS_DEBUG is set.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import textwrap
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from . import __version__, extraction
from .answers import ask, source_line, whosaid
from .digests import Window, compose, digest_text, period_since
from .documents import DocumentError, read_document
from .ingest import clean_extraction, ingest_paths, usable_cpus
from .models import Speaker
from .schedules import ScheduleError, parse_since, to_iso
from .speakers import better_name, middle_name_variant, same_speaker
from .store import Store, StoreError

DEMO_QUESTIONS = (
    "what did Velde say about the harbour?",
    "Pell on tariffs",
    "quotes from the Foreign Minister",
    "what has Danescu said about energy prices?",
)
DEMO_QUOTES = ('did Pell say "the river belongs to everyone who lives along it"',)


class UsageError(Exception):
    """Bad input from the user: exit status 2."""


def _default_db() -> str:
    return os.environ.get("BRIEFINGS_DB") or "briefings.db"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefings",
        description="Find, attribute and index what officials say in news articles; answer questions about it.",
    )
    p.add_argument(
        "--db", default=None, help="the SQLite store (default: $BRIEFINGS_DB, else ./briefings.db)"
    )
    p.add_argument("--version", action="version", version=f"briefings {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser(
        "ingest",
        help="add articles (.txt/.md/.html files, folders recursively, http(s) web pages) to the store",
    )
    s.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes extracting statements (default: one per usable CPU, at most 8;"
        " 1 = none; used from 24 files on)",
    )

    s = sub.add_parser("extract", help="print the statements found in files (no database)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--format", choices=("jsonl", "text"), default="text")

    s = sub.add_parser("ask", help='answer a question: "what did X say about Y", "X on Y", "quotes from X"')
    s.add_argument("question")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument("--limit", type=int, default=5, help="how many answers (default 5)")

    s = sub.add_parser("whosaid", help='find who said a quote (also: did X say "...")')
    s.add_argument("quote")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument("--limit", type=int, default=5, help="how many matches (default 5)")

    s = sub.add_parser("speakers", help="list speakers with aliases, titles and statement counts")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument("--limit", type=int, default=None)

    s = sub.add_parser("feed", help="follow RSS/Atom feeds: add, list, remove, poll")
    feed = s.add_subparsers(dest="feed_command", metavar="ACTION", required=True)
    f = feed.add_parser("add", help="follow a feed and ingest what it holds now")
    f.add_argument("url")
    f.add_argument(
        "--every",
        type=int,
        default=None,
        metavar="MINUTES",
        help="minutes between polls (5-1440; default $BRIEFINGS_FEED_INTERVAL, else 15)",
    )
    f.add_argument("--no-poll", action="store_true", help="do not poll it now")
    f = feed.add_parser("list", help="the feeds followed, with their health")
    f.add_argument("--json", action="store_true", help="machine-readable output")
    f = feed.add_parser("remove", help="stop following a feed (its articles stay)")
    f.add_argument("feed", metavar="FEED", help="the feed's number (from feed list) or address")
    f = feed.add_parser("poll", help="poll feeds now and ingest their new articles")
    f.add_argument(
        "feeds", nargs="*", metavar="FEED", help="numbers or addresses (default: every enabled feed)"
    )
    f.add_argument("--due", action="store_true", help="only the feeds whose next poll time has come")

    s = sub.add_parser("digest", help="what was said since a time, grouped by speaker (the daily briefing)")
    s.add_argument(
        "--since",
        default="24h",
        metavar="WHEN",
        help="an ISO date or date-time (UTC unless it has an offset), or a duration back from now:"
        " 24h, 7d, 90m (default 24h); counts documents by when they were ingested",
    )
    s.add_argument("--speaker", action="append", default=[], metavar="NAME", help="only this speaker (repeatable)")
    s.add_argument("--topic", default="", help="only statements about this (all its words)")
    s.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("demo", help="build a temporary store from the sample articles and answer a few questions")
    return p


# --------------------------------------------------------------------------- helpers


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _progress(enabled: bool):
    if not enabled:
        return None

    def show(done: int, total: int, path: str) -> None:
        width = 30
        filled = width * done // max(total, 1)
        name = Path(path).name[:30]
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<30}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


async def _open(db: str) -> Store:
    return await Store.open(db)


def _doc_name(hit) -> str:
    return hit.path or hit.doc_id


def _quote(text: str) -> str:
    return f"“{text.strip()}”"


def _print_hit(n: int, hit, show_score: bool = False) -> None:
    head = f"{n}. {hit.speaker}"
    if hit.kind != "direct":
        head += f" ({hit.kind}{', ' + hit.cue if hit.cue else ''})"
    elif hit.cue:
        head += f" ({hit.cue})"
    if getattr(hit, "nearby", False):
        head += " [in the passage on the topic]"
    print(head + ":")
    print(textwrap.indent(textwrap.fill(_quote(hit.text), 96), "   "))
    if getattr(hit, "continued", ""):
        print(textwrap.indent(textwrap.fill("… " + _quote(hit.continued), 96), "   "))  # (the quote runs on)
    src = source_line(hit)
    if hit.path and hit.path not in src:
        src += f" [{hit.path}]"
    print(f"   — {src}" + (f"  (score {hit.score:.2f})" if show_score else ""))


# --------------------------------------------------------------------------- commands


def _fetch_policy():
    from .fetch import policy_from_env

    try:
        return policy_from_env(os.environ)
    except ValueError as e:
        raise UsageError(str(e)) from None


def _feed_options():
    from .feeds import options_from_env

    try:
        return options_from_env(os.environ)
    except ValueError as e:
        raise UsageError(str(e)) from None


async def cmd_ingest(args) -> int:
    policy = _fetch_policy()
    store = await _open(args.db)
    try:
        many = len(args.paths) > 1 or any(Path(p).is_dir() for p in args.paths)
        progress = _progress(many and not args.quiet and sys.stderr.isatty())
        jobs = args.jobs if args.jobs > 0 else min(8, usable_cpus())
        summary = await ingest_paths(store, args.paths, progress=progress, fetch_policy=policy, jobs=jobs)
    finally:
        await store.close()
    for path, reason in summary.failed:
        print(f"briefings: error: {path}: {reason}", file=sys.stderr)
    print(
        f"documents added {summary.added}, skipped {summary.skipped} (already stored), failed {len(summary.failed)}; "
        f"statements added {summary.statements}; speakers {summary.speakers}"
    )
    return 1 if summary.failed else 0


def merge_speakers(extractions: list) -> dict[tuple[int, str], str]:
    """Across files, one canonical name per person or body: (file index, name) -> canonical name."""
    groups: list[dict] = []  # {"members": [Speaker], "counts": {name: n}}
    mapping: dict[tuple[int, str], int] = {}
    for i, ext in enumerate(extractions):
        speakers = {s.name: s for s in ext.speakers}
        counts: dict[str, int] = {}
        for st in ext.statements:
            counts[st.speaker] = counts.get(st.speaker, 0) + 1
            speakers.setdefault(st.speaker, Speaker(st.speaker, kind=st.speaker_kind))
        for name, sp in speakers.items():
            found = next((g for g in groups if any(same_speaker(m, sp) for m in g["members"])), None)
            if found is None:
                found = {"members": [], "counts": {}}
                groups.append(found)
            found["members"].append(sp)
            docs, n = found["counts"].get(name, (0, 0))  # (documents that wrote it so, then statements)
            found["counts"][name] = (docs + (counts.get(name, 0) > 0), n + counts.get(name, 0))
            mapping[(i, name)] = groups.index(found)
    canonical = []
    for g in groups:
        best = None
        for name, n in g["counts"].items():
            best = name if best is None else better_name(best, name, g["counts"][best], n)
        canonical.append(best)
    return {key: canonical[gi] for key, gi in mapping.items()}


async def cmd_extract(args) -> int:
    docs, failed = [], 0
    for f in args.files:
        try:
            docs.append((f, read_document(f)))
        except DocumentError as e:
            print(f"briefings: error: {f}: {e}", file=sys.stderr)
            failed += 1
    exts, kept = [], []
    for path, doc in docs:
        try:
            exts.append(clean_extraction(doc, extraction.extract(doc.text, doc.body_start)))
            kept.append((path, doc))
        except Exception as e:  # a bug in extraction must not lose the other files' statements: report it by file
            print(f"briefings: error: {path}: extraction failed ({type(e).__name__}: {e}); skipped", file=sys.stderr)
            failed += 1
    docs = kept
    names = merge_speakers(exts)
    for i, ((path, doc), ext) in enumerate(zip(docs, exts, strict=True)):
        if args.format == "text" and ext.statements:
            print(f"== {path}: {doc.title}")
        for st in ext.statements:
            speaker = names.get((i, st.speaker), st.speaker)
            if middle_name_variant(speaker, st.speaker):
                speaker = st.speaker  # the name as this file gives it ("Walter J. Hale" here, "Walter Hale" elsewhere)
            if args.format == "jsonl":
                _print_json(
                    {
                        "doc": path,
                        "speaker": speaker,
                        "kind": st.kind,
                        "text": st.text,
                        "start": st.start,
                        "end": st.end,
                        "cue": st.cue,
                        "context": st.context,
                        "speaker_kind": st.speaker_kind,
                        "mention": st.mention,
                    }
                )
            else:
                print(f"{speaker} [{st.kind}, {st.cue}] {st.start}-{st.end}")
                print(textwrap.indent(textwrap.fill(_quote(st.text), 96), "   "))
        if args.format == "text" and not ext.statements:
            print(f"== {path}: no statements found")
    return 1 if failed else 0


async def _ask(store: Store, question: str, as_json: bool, limit: int) -> None:
    res = await ask(store, question, limit=limit)
    if as_json:
        _print_json(
            {
                "question": res.question,
                "speaker": res.speaker,
                "topic": res.topic,
                "answers": [
                    {
                        "speaker": h.speaker,
                        "text": h.text,
                        "kind": h.kind,
                        "doc": _doc_name(h),
                        "title": h.title,
                        "published_at": h.published_at,
                        "score": round(h.score, 4),
                        "context": h.context,
                        "nearby": h.nearby,
                    }
                    for h in res.answers
                ],
            }
        )
        if res.message:
            print(res.message, file=sys.stderr)
        return
    about = f" about {res.topic}" if res.topic else ""
    who = res.speaker or "Anyone"
    print(f"Q: {res.question}")
    if res.message:
        print(res.message)
    if res.answers:
        print(f"{who}{about}: {len(res.answers)} answer{'s' if len(res.answers) != 1 else ''}")
        for n, h in enumerate(res.answers, 1):
            _print_hit(n, h)


async def _query(args, what: str, text: str, run) -> int:
    """Check a question or quote and its --limit, then run it against the store."""
    if not text.strip():
        raise UsageError(f"the {what} is empty")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    store = await _open(args.db)
    try:
        await run(store, text, args.json, args.limit)
    finally:
        await store.close()
    return 0


async def cmd_ask(args) -> int:
    return await _query(args, "question", args.question, _ask)


async def _whosaid(store: Store, quote: str, as_json: bool, limit: int) -> None:
    res = await whosaid(store, quote, limit=limit)
    if as_json:
        _print_json(
            {
                "matches": [
                    {
                        "speaker": h.speaker,
                        "text": h.text,
                        "doc": _doc_name(h),
                        "title": h.title,
                        "score": round(h.score, 4),
                        **({"continued": h.continued} if h.continued else {}),
                    }
                    for h in res.matches
                ]
            }
        )
        if res.message:
            print(res.message, file=sys.stderr)
        return
    print(f"Quote: {_quote(res.quote)}")
    if res.message:
        print(res.message)
    for n, h in enumerate(res.matches, 1):
        _print_hit(n, h, show_score=True)


async def cmd_whosaid(args) -> int:
    return await _query(args, "quote", args.quote, _whosaid)


async def cmd_speakers(args) -> int:
    store = await _open(args.db)
    try:
        speakers = await store.list_speakers(args.limit)
    finally:
        await store.close()
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "kind": s.kind,
                    "titles": s.titles,
                    "aliases": s.aliases,
                    "statements": s.statements,
                }
                for s in speakers
            ]
        )
        return 0
    if not speakers:
        print("No speakers yet: ingest some articles first.")
    for s in speakers:
        line = f"{s.name} ({s.kind}, {s.statements} statement{'s' if s.statements != 1 else ''})"
        if s.titles:
            line += f"; titles: {', '.join(s.titles)}"
        if s.aliases:
            line += f"; also: {', '.join(s.aliases)}"
        print(line)
    return 0


def _ago(stamp: str) -> str:
    return stamp.replace("T", " ").replace("+00:00", " UTC") if stamp else "never"


def feed_health(feed) -> str:
    if feed.status == "ok":
        return "ok"
    since = _ago(feed.failing_since)
    if feed.status == "disabled":
        return f"disabled after {feed.failures} failures (failing since {since}): {feed.last_error}"
    return f"failing since {since} ({feed.failures} in a row): {feed.last_error}"


def poll_line(result) -> str:
    name = f"#{result.feed_id} {result.title or result.url}"
    if result.status == "not_modified":
        return f"{name}: not modified since the last poll"
    if result.status == "failed":
        line = f"{name}: failed ({result.failures} in a row): {result.error}"
        if result.disabled:
            line += " -- disabled; `briefings feed add` with its address enables it again"
        return line
    if result.status in ("busy", "missing"):
        return f"{name}: {result.error}"
    new = len(result.articles)
    line = f"{name}: {new} new article{'s' if new != 1 else ''} ({result.added} added"
    line += f", {new - result.added} already stored), {result.skipped} seen before"
    if result.entry_errors:
        line += f", {len(result.entry_errors)} could not be read"
    return line


async def _poll_and_report(store: Store, ids: list[int], options) -> int:
    from .feeds import FeedPoller
    from .fetch import Fetcher

    async with Fetcher(_fetch_policy()) as fetcher:
        results = await FeedPoller(store, fetcher, options=options).poll_many(ids)
    status = 0
    for r in results:
        print(poll_line(r))
        for where, reason in r.entry_errors:
            print(f"briefings: error: feed #{r.feed_id}: {where}: {reason}", file=sys.stderr)
        if r.status in ("failed", "missing") or r.entry_errors:
            status = 1
    return status


async def cmd_feed(args) -> int:
    from datetime import UTC, datetime

    from .feeds import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES
    from .feedstore import FeedStore
    from .fetch import FetchError, check_url

    options = _feed_options()
    if args.feed_command == "add":
        policy = _fetch_policy()
        try:
            url = str(check_url(args.url, policy))
        except FetchError as e:
            raise UsageError(str(e)) from None
        minutes = args.every if args.every is not None else options.interval // 60
        if not MIN_INTERVAL_MINUTES <= minutes <= MAX_INTERVAL_MINUTES:
            raise UsageError(f"--every must be from {MIN_INTERVAL_MINUTES} to {MAX_INTERVAL_MINUTES} minutes")
    store = await _open(args.db)
    try:
        feeds = FeedStore(store)
        if args.feed_command == "add":
            feed, created = await feeds.add_feed(url, now=datetime.now(UTC), interval=minutes * 60)
            print(
                f"{'Following' if created else 'Already following'} feed #{feed.id} {url} (every {minutes} min)"
            )
            if args.no_poll:
                return 0
            code = await _poll_and_report(store, [feed.id], options)
            after = await feeds.get_feed(feed.id)
            if created and after is not None and not after.last_ok_at:
                await feeds.remove_feed(feed.id)
                print(f"briefings: error: {url}: could not be read as a feed; not added", file=sys.stderr)
            return code
        if args.feed_command == "list":
            found = await feeds.list_feeds()
            if args.json:
                _print_json([{**asdict(f), "interval_minutes": f.interval // 60} for f in found])
                return 0
            if not found:
                print("No feeds yet: briefings feed add URL")
            for f in found:
                where = f" [guild {f.guild_id}]" if f.guild_id else ""
                print(f"#{f.id} {f.title or '(untitled)'} <{f.url}>{where}")
                print(
                    f"   every {f.interval // 60} min; {f.articles} articles; last polled {_ago(f.last_polled_at)};"
                    f" {feed_health(f)}"
                )
            return 0
        if args.feed_command == "remove":
            feed = await feeds.find_feed(args.feed)
            if feed is None:
                raise UsageError(f"no feed {args.feed[:200]!r} (see briefings feed list)")
            await feeds.remove_feed(feed.id)
            print(f"Stopped following feed #{feed.id} {feed.url} (its {feed.articles} articles stay)")
            return 0
        # poll
        if args.feeds:
            ids = []
            for text in args.feeds:
                feed = await feeds.find_feed(text)
                if feed is None:
                    raise UsageError(f"no feed {text[:200]!r} (see briefings feed list)")
                ids.append(feed.id)
        elif args.due:
            ids = [f.id for f in await feeds.due_feeds(datetime.now(UTC))]
        else:
            ids = [f.id for f in await feeds.list_feeds() if f.status != "disabled"]
        if not ids:
            print("No feeds to poll.")
            return 0
        return await _poll_and_report(store, ids, options)
    finally:
        await store.close()


async def cmd_digest(args) -> int:
    now = datetime.now(UTC)
    try:
        since = parse_since(args.since, now)
    except ScheduleError as e:
        raise UsageError(f"--{e}") from None
    store = await _open(args.db)
    try:
        names = []
        for name in args.speaker:
            match = await store.resolve_speaker(name)
            if match.speaker is None:
                hint = f"; did you mean {', '.join(s.name for s in match.suggestions[:5])}?" if match.suggestions else ""
                raise UsageError(f"--speaker: no speaker called {name.strip()[:80]!r}{hint}")
            names.append(match.speaker.name)
        digest = await compose(store, Window(since=to_iso(since)), speakers=names, topic=args.topic)
    finally:
        await store.close()
    digest.title = f"Digest {period_since(since)}"
    if args.json:
        _print_json(digest.to_dict())
    else:
        print(digest_text(digest))
    return 0


def examples_dir() -> Path:
    import briefings

    here = Path(briefings.__file__).resolve().parents[1] / "examples"
    return here if here.is_dir() else Path("examples").resolve()


async def cmd_demo(args) -> int:
    folder = examples_dir()
    if not folder.is_dir():
        raise UsageError(f"the sample articles were not found (looked for {folder})")
    with tempfile.TemporaryDirectory(prefix="briefings-demo-") as tmp:
        store = await Store.open(Path(tmp) / "demo.db")
        try:
            summary = await ingest_paths(store, [folder])
            print(
                f"Ingested {summary.added} sample articles from {folder}: "
                f"{summary.statements} statements by {summary.speakers} speakers."
            )
            for path, reason in summary.failed:
                print(f"  could not read {path}: {reason}")
            for q in DEMO_QUESTIONS:
                print()
                await _ask(store, q, False, 3)
            for q in DEMO_QUOTES:
                print()
                await _whosaid(store, q, False, 2)
        finally:
            await store.close()
    print(
        '\nTry your own: briefings --db my.db ingest examples/ && briefings --db my.db ask "Pell on the harbour"'
    )
    return 0


COMMANDS = {
    "ingest": cmd_ingest,
    "extract": cmd_extract,
    "ask": cmd_ask,
    "whosaid": cmd_whosaid,
    "speakers": cmd_speakers,
    "feed": cmd_feed,
    "digest": cmd_digest,
    "demo": cmd_demo,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    args.db = args.db or _default_db()
    try:
        return asyncio.run(COMMANDS[args.command](args))
    except UsageError as e:
        print(f"briefings: error: {e}", file=sys.stderr)
        return 2
    except StoreError as e:
        print(f"briefings: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("briefings: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # the last line of defence: one line, no traceback
        if os.environ.get("BRIEFINGS_DEBUG"):
            raise
        print(f"briefings: error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
