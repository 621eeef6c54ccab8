"""Web pages and .html files -> articles: main text without boilerplate, metadata, then the usual ingest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefings.documents import DocumentError
from briefings.feedstore import FeedStore
from briefings.fetch import FetchPolicy
from briefings.ingest import ingest_paths
from briefings.webpages import page_document, read_html_file
from tests.feedserver import STORIES, FeedServer, article_html, serve_story

REPO = Path(__file__).resolve().parent.parent
BRIDGE = STORIES[0]


def test_page_text_and_metadata():
    page = page_document(
        article_html(BRIDGE, canonical="https://valley.example/news/bridge-vote"),
        url="https://mirror.example/b?utm=x",
    )
    doc = page.document
    assert doc.title == "Council backs the new river bridge"
    assert doc.outlet == "Valley Courier"
    assert page.author == "Lena Marsh"
    assert doc.published_at.startswith("2024-03-05")
    assert page.canonical_url == doc.url == "https://valley.example/news/bridge-vote"
    assert page.fetched_url == "https://mirror.example/b?utm=x"
    lines = [line for line in doc.text.splitlines() if line]
    assert lines[0] == doc.title and lines.count(doc.title) == 1  # the headline once, then the story
    for paragraph in BRIDGE.paragraphs:
        assert paragraph in lines
    for boilerplate in ("cookies", "Most read", "Copyright", "Weather", "Home"):
        assert boilerplate not in doc.text, boilerplate


def test_missing_metadata_falls_back():
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in BRIDGE.paragraphs)
        + "</article></body></html>"
    )
    page = page_document(
        html,
        url="https://www.valley.example/x.html",
        fallback_title="Bridge vote",
        fallback_date="2024-01-02T00:00:00+00:00",
    )
    assert page.document.title == "Bridge vote"
    assert page.document.outlet == "valley.example"  # the site's own name is missing: its host
    assert page.document.published_at == "2024-01-02T00:00:00+00:00"
    assert page.document.url == "https://www.valley.example/x.html"


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"   ",
        b"<html><head><title>Sign in</title></head><body><form><input name=user></form></body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00binary",
    ],
)
def test_pages_without_an_article_are_refused(html):
    with pytest.raises(DocumentError, match="no article text|empty page"):
        page_document(html, url="https://valley.example/")


def test_html_file(tmp_path):
    path = tmp_path / "bridge.html"
    path.write_text(article_html(BRIDGE), encoding="utf-8")
    page = read_html_file(path)
    assert page.document.path == str(path) and page.document.title == BRIDGE.title
    assert page.document.url == ""  # no canonical link: a file has no address
    with pytest.raises(DocumentError, match="no such file"):
        read_html_file(tmp_path / "missing.html")


async def test_ingest_urls_html_files_and_text_together(store, tmp_path):
    (tmp_path / "meals.html").write_text(article_html(STORIES[1]), encoding="utf-8")
    (tmp_path / "note.txt").write_text(
        'Budget talks resume\n"We will find the money," treasurer Hanna Berg said on Monday.\n',
        encoding="utf-8",
    )
    async with FeedServer() as server:
        bridge = serve_story(server, BRIDGE)
        server.add("/empty.html", "<html><body><nav>Home</nav></body></html>")
        summary = await ingest_paths(
            store,
            [
                bridge,
                tmp_path,
                server.url("/empty.html"),
                server.url("/missing.html"),
                "ftp://valley.example/x",
            ],
            fetch_policy=FetchPolicy(allow=("127.0.0.0/8",)),
        )
        again = await ingest_paths(store, [bridge], fetch_policy=FetchPolicy(allow=("127.0.0.0/8",)))
        refused = await ingest_paths(store, [bridge])  # default policy: loopback is not fetched
    assert summary.added == 3, summary.failed
    reasons = dict(summary.failed)
    assert "no article text" in reasons[server.url("/empty.html")]
    assert "HTTP 404" in reasons[server.url("/missing.html")]
    assert "only http and https" in reasons["ftp://valley.example/x"]
    assert again.added == 0 and again.skipped == 1  # same text: deduplicated by content hash
    assert "private, loopback or reserved" in refused.failed[0][1]
    docs = {d.title: d for d in await store.list_documents()}
    assert set(docs) == {BRIDGE.title, STORIES[1].title, "Budget talks resume"}
    web = docs[BRIDGE.title]
    assert web.url == bridge and web.outlet == "Valley Courier" and web.statements >= 2
    assert (await FeedStore(store).page(web.id))["author"] == "Lena Marsh"
    calloway = (await store.resolve_speaker("Calloway")).speaker
    assert calloway is not None and calloway.name == "Edith Calloway"
    said = await store.statements_by_speaker(calloway.id)
    assert any("connect the two halves" in h.text for h in said)


def test_cli_ingest_url_and_html(tmp_path):
    (tmp_path / "tram.html").write_text(article_html(STORIES[4]), encoding="utf-8")
    server = FeedServer()
    with server.in_thread():
        url = serve_story(server, STORIES[2])
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFINGS_")}
        env["PYTHONPATH"] = str(REPO)
        cmd = [sys.executable, "-m", "briefings.cli", "--db", str(tmp_path / "b.db"), "ingest", url]
        refused = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        env["BRIEFINGS_FETCH_ALLOW"] = "127.0.0.1"
        ok = subprocess.run(
            [*cmd, str(tmp_path / "tram.html")], env=env, capture_output=True, text=True, timeout=60
        )
        env["BRIEFINGS_FETCH_ALLOW"] = "999.1.1.1/8"
        bad_setting = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and "loopback" in refused.stderr and "Traceback" not in refused.stderr
    assert ok.returncode == 0, ok.stderr
    assert "documents added 2" in ok.stdout
    assert bad_setting.returncode == 2 and "BRIEFINGS_FETCH_ALLOW" in bad_setting.stderr
    assert "Traceback" not in bad_setting.stderr
