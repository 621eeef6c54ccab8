import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from storekit import add_zas_documents

from briefings.cli import examples_dir, main, merge_speakers
from briefings.models import Extraction, Speaker, Statement
from briefings.store import Store


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"

    async def build():
        store = await Store.open(path)
        try:
            await add_zas_documents(store)
        finally:
            await store.close()

    asyncio.run(build())
    return path


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for command in ("ingest", "extract", "ask", "whosaid", "speakers", "demo", "--db"):
        assert command in out


def test_ask_json_shape(capsys, db):
    code, out, err = run(capsys, "--db", db, "ask", "what did Zas say about a mission?", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"question", "speaker", "topic", "answers"}
    assert data["speaker"].endswith("Zas") and data["topic"] == "mission"
    first = data["answers"][0]
    assert set(first) == {"speaker", "text", "kind", "doc", "title", "published_at", "score", "context", "nearby"}
    assert first["doc"] == "one.txt" and first["text"].startswith("A mission")


def test_ask_plain_shows_sources(capsys, db):
    code, out, _ = run(capsys, "--db", db, "ask", "Sidorov on peacekeepers", "--limit", "3")
    assert code == 0
    assert "Not now, not tomorrow, not ever" in out and "CSTO will not leave Armenia, says Zas" in out


def test_whosaid_json_and_claim(capsys, db):
    code, out, _ = run(capsys, "--db", db, "whosaid", "not now not tomorow", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["matches"]
    assert data["matches"][0]["speaker"] == "Anatoly Sidorov"
    assert set(data["matches"][0]) == {"speaker", "text", "doc", "title", "score"}
    code, out, _ = run(capsys, "--db", db, "whosaid", 'did Putin say "not now, not tomorrow"')
    assert code == 0 and "No: that was said by Anatoly Sidorov, not Vladimir Putin" in out


def test_speakers(capsys, db):
    code, out, _ = run(capsys, "--db", db, "speakers", "--json")
    assert code == 0
    names = [s["name"] for s in json.loads(out)]
    assert names[0].endswith("Zas") and len(names) == 4
    code, out, _ = run(capsys, "--db", db, "speakers")
    assert "Anatoly Sidorov (person, 1 statement)" in out


@pytest.mark.parametrize("argv", [["ask", ""], ["ask", "   "], ["whosaid", ""], ["ask", "x", "--limit", "0"]])
def test_empty_input_is_a_usage_error(capsys, db, argv):
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == 2 and err.startswith("briefings: error:") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("question", ['"', "*", "AND", "NEAR(", "speaker:", ")", "x" * 10_000, 'who said "'])
def test_hostile_questions_answer_cleanly(capsys, db, question):
    code, out, err = run(capsys, "--db", db, "ask", question, "--json")
    assert code == 0 and "Traceback" not in err
    json.loads(out)


def test_unreadable_database_paths(capsys, tmp_path):
    notdb = tmp_path / "notdb.db"
    notdb.write_text("hello, I am not a database" * 200)
    for path in (notdb, tmp_path, tmp_path / "no" / "such" / "dir.db"):
        code, out, err = run(capsys, "--db", path, "speakers")
        assert code == 2 and err.startswith("briefings: error: cannot open database"), err
        assert len(err.strip().splitlines()) == 1


def test_ingest_reports_bad_files_and_keeps_going(capsys, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text(
        "---\ntitle: Good\n---\nVelde said the fees are political.\n", encoding="utf-8"
    )
    (folder / "sub" / "other.txt").write_text("Other\nPell said the harbour loses money.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    (folder / "latin1.txt").write_bytes(b"caf\xe9")
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "ignored.pdf").write_bytes(b"%PDF")
    db = tmp_path / "i.db"
    code, out, err = run(capsys, "--db", db, "ingest", folder, tmp_path / "missing.txt")
    assert code == 1
    assert "documents added 2, skipped 0 (already stored), failed 4" in out
    for name, reason in (
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("empty.md", "empty"),
        ("missing.txt", "no such"),
    ):
        line = next(x for x in err.splitlines() if name in x)
        assert reason in line
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", db, "ingest", folder / "good.md", folder / "sub")
    assert code == 0 and "documents added 0, skipped 2" in out


def test_db_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFINGS_DB", str(tmp_path / "env.db"))
    (tmp_path / "a.txt").write_text("Title\nSomeone said something.\n", encoding="utf-8")
    code, out, _ = run(capsys, "ingest", tmp_path / "a.txt")
    assert code == 0 and (tmp_path / "env.db").exists()


def test_extract_errors_and_jsonl(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Title\nVelde said the fees are political.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    code, out, err = run(capsys, "extract", good, bad, tmp_path / "missing.txt", "--format", "jsonl")
    assert code == 1
    assert "bad.txt: binary" in err and "missing.txt: no such file" in err
    for line in out.splitlines():
        obj = json.loads(line)
        text = good.read_text(encoding="utf-8")
        assert text[obj["start"] : obj["end"]] == obj["text"] and obj["doc"] == str(good)


def test_extract_reports_a_failing_file_and_keeps_the_others(capsys, tmp_path, monkeypatch):
    from briefings import extraction

    good = tmp_path / "good.txt"
    good.write_text("Title\nVelde said the fees are political.\n", encoding="utf-8")
    boom = tmp_path / "boom.txt"
    boom.write_text("Title\nBOOM said the fees are political.\n", encoding="utf-8")
    real = extraction.extract

    def flaky(text, body_start=0):
        if "BOOM" in text:
            raise IndexError("list index out of range")
        return real(text, body_start)

    monkeypatch.setattr(extraction, "extract", flaky)
    code, out, err = run(capsys, "extract", boom, good, "--format", "jsonl")
    assert code == 1
    assert "boom.txt: extraction failed (IndexError" in err and "Traceback" not in err
    assert [json.loads(line)["doc"] for line in out.splitlines()] == [str(good)]


def test_extract_merges_speakers_across_files():
    def ext(name, n):
        return Extraction([Statement(name, "direct", "x", 0, 1, "said")] * n, [Speaker(name)])

    names = merge_speakers([ext("Stantilav Zas", 1), ext("Stanislav Zas", 3), ext("Anatoly Sidorov", 1)])
    assert names[(0, "Stantilav Zas")] == names[(1, "Stanislav Zas")] == "Stanislav Zas"
    assert names[(2, "Anatoly Sidorov")] == "Anatoly Sidorov"


def test_extract_keeps_a_files_own_middle_initial_but_mends_a_misspelling(capsys, tmp_path):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text("Budget row\n\n\"We will not raise the levy,\" Walter J. Hale said on Monday.\n", encoding="utf-8")
    b.write_text("Levy vote\n\n\"The levy stays,\" Walter Hale said.\n\n\"No new tax,\" Walter Hale added.\n",
                 encoding="utf-8")
    c.write_text("Levy talks\n\n\"Talks go on,\" Walter Halle said.\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(a), str(b), str(c), "--format", "jsonl")
    assert code == 0, err
    who = {Path(r["doc"]).name: r["speaker"] for r in map(json.loads, out.splitlines())}
    # the same person either way: the file's own full name is kept, the misspelt one takes the common spelling
    assert who == {"a.txt": "Walter J. Hale", "b.txt": "Walter Hale", "c.txt": "Walter Hale"}


def test_examples_exist_and_demo_runs(capsys):
    folder = examples_dir()
    assert len(list(folder.glob("*.md"))) >= 2 and len(list(folder.glob("*.txt"))) >= 2
    code, out, err = run(capsys, "demo")
    assert code == 0, err
    assert "Ingested 5 sample articles" in out
    assert "Q: what did Velde say about the harbour?" in out


def test_console_script_runs_without_traceback(tmp_path):
    exe = Path(sys.executable).with_name("briefings")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "briefings.cli"]
    out = subprocess.run(
        [*cmd, "--db", str(tmp_path / "x.db"), "ask", "NEAR( AND *"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "BRIEFINGS_DB": ""},
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr
