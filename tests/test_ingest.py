"""Batched ingestion and extraction in worker processes give the store exactly what one-by-one does."""

from briefings import ingest
from briefings.store import Store

SPEAKERS = [
    ("Katarina Velde", "the harbour fees"),
    ("Jonas Pell", "the ferry timetable"),
    ("Ada Okafor", "the grain corridor"),
    ("Milan Horak", "the bridge repairs"),
]


def write_articles(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        name, topic = SPEAKERS[i % len(SPEAKERS)]
        surname = name.split()[-1]
        text = (
            f"Report number {i} on {topic}\n\n"
            f'"We will settle {topic} by spring {2000 + i}," {name} said on Monday.\n'
            f"{surname} said the council had met {i + 2} times about {topic}.\n"
        )
        (folder / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    (folder / "empty.md").write_text("   \n", encoding="utf-8")


async def snapshot(store: Store) -> tuple:
    speakers = sorted((s.name, s.statements, tuple(sorted(s.aliases))) for s in await store.list_speakers())
    hits = await store.search("settle council", limit=1000)
    return (
        await store.counts(),
        speakers,
        sorted((h.speaker, h.text, h.path.rsplit("/", 1)[-1]) for h in hits),
    )


async def test_pool_and_batches_store_the_same_as_one_by_one(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    write_articles(folder, 30)
    monkeypatch.setattr(ingest, "POOL_MIN_FILES", 10)
    seen: list[int] = []
    results = []
    for label, jobs, batch in (("single", 1, 1), ("batched", 1, 7), ("pool", 2, 7)):
        store = await Store.open(tmp_path / f"{label}.db")
        try:
            summary = await ingest.ingest_paths(
                store, [folder], progress=lambda done, total, path: seen.append(done), jobs=jobs, batch=batch
            )
            assert (summary.added, summary.skipped, summary.statements) == (30, 0, 60)
            assert sorted(p.rsplit("/", 1)[-1] for p, _ in summary.failed) == ["broken.txt", "empty.md"]
            assert "UTF-8" in dict(summary.failed)[str(folder / "broken.txt")]
            assert await store.fts_check()
            results.append(await snapshot(store))
            # ingesting the folder again adds nothing
            again = await ingest.ingest_paths(store, [folder], jobs=jobs, batch=batch)
            assert (again.added, again.skipped) == (0, 30)
        finally:
            await store.close()
        assert seen[-32:] == list(range(1, 33))  # progress after every file, in order
    assert results[0] == results[1] == results[2]
    counts, speakers, _ = results[0]
    expected = {name: 2 * sum(1 for i in range(30) if i % len(SPEAKERS) == k) for k, (name, _) in enumerate(SPEAKERS)}
    assert {name: n for name, n, _ in speakers} == expected


def test_windows_respect_count_and_size(tmp_path):
    paths = []
    for i, size in enumerate([10, 10, 10, 50, 10, 10]):
        p = tmp_path / f"{i}.txt"
        p.write_bytes(b"x" * size)
        paths.append(p)
    sizes = [[p.stat().st_size for p in w] for w in ingest._windows(paths, batch=3, max_bytes=45)]
    assert sizes == [[10, 10, 10], [50], [10, 10]]
    assert [len(w) for w in ingest._windows(paths, batch=4)] == [4, 2]
