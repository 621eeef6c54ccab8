from pathlib import Path

import pytest

from briefings.documents import (
    MAX_BYTES,
    DocumentError,
    decode_document,
    document_id,
    parse_document,
    read_document,
)


def test_front_matter_gives_metadata_and_keeps_text_exact(tmp_path):
    text = "---\ntitle: Talks resume\noutlet: 'The Ledger'\nurl: https://x.example/a\npublished: 2024-03-18\n---\nBody line.\r\nMore.\n"
    p = tmp_path / "a.md"
    p.write_bytes(text.encode("utf-8"))
    doc = read_document(p)
    assert doc.text == text  # no newline translation: offsets index the real file
    assert (doc.title, doc.outlet, doc.url, doc.published_at) == (
        "Talks resume",
        "The Ledger",
        "https://x.example/a",
        "2024-03-18",
    )
    assert doc.text[doc.body_start :].startswith("Body line.")
    assert doc.path == str(p)


def test_first_line_is_title_without_front_matter():
    doc = parse_document("\n\n  Headline here  \nThe prose.\n", "x.txt")
    assert doc.title == "Headline here"
    assert doc.body_start == 0


def test_markdown_heading_title():
    assert parse_document("# Big news\ntext").title == "Big news"


def test_content_hash_folds_quotes_and_whitespace():
    a = document_id("He said “yes”.\n\nThen  left.")
    b = document_id('He said "yes". Then left.  ')
    assert a == b
    assert a != document_id('He said "no". Then left.')
    assert len(a) == 64
    # ids of stored documents must never change: this value was computed by the first implementation
    text = "  „Quote“ and «guillemets» ‘single’ `tick`\u00a0nbsp\u2028line\x1cfs\t\ttabs\r\n\nend  "
    assert document_id(text) == "526f34b81488b3ac28ec142db1684dc6279b930b9a9a54a71419510db0120da8"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b"   \n\t\n", "empty"),
        (b"---\ntitle: x\n---\n  \n", "empty"),
    ],
)
def test_bad_bytes_give_clear_errors(data, reason):
    with pytest.raises(DocumentError, match=reason):
        decode_document(data, "bad.txt")


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(DocumentError, match="too large"):
        read_document(p)


def test_missing_and_folder(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="folder"):
        read_document(tmp_path)


def test_seed_articles_read_when_present():
    seeds = Path("/work/shared/corpus/seeds")
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    if not files:
        pytest.skip("seed articles not available")
    for f in files:
        doc = read_document(f)
        assert doc.text == f.read_bytes().decode("utf-8")
        assert doc.title and len(doc.title) < 200
