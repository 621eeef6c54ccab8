"""A local web server for the feed and page tests: feeds, article pages and misbehaving answers.

Everything binds to 127.0.0.1 on a free port.  Routes are registered by the test::

    server = FeedServer()
    await server.start()
    server.add("/feed.xml", rss([...]), "application/rss+xml", etag='"v1"')
    server.add("/a.html", article_html(...))
    server.redirect("/loop", "/loop")
    server.add("/big", size=6 * 2**20)            # streamed filler
    server.add("/slow", "...", delay=5)           # answers after 5 s (cancelled when the client leaves)

Every request is recorded in ``server.requests`` (path, host, conditional headers, user agent), and
``server.max_in_flight[host]`` is the most requests a host ever had open at once.  ``in_thread()``
runs it on its own loop for synchronous tests (the CLI).  ``StaticResolver`` maps made-up host names
to 127.0.0.1 so tests can have several "hosts" and names that resolve to private addresses (those
are refused before any connection).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape

from aiohttp import web
from aiohttp.abc import AbstractResolver


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""
    last_modified: str = ""
    delay: float = 0.0
    size: int = 0  # stream this many filler bytes instead of ``body``
    declare_length: bool = True


@dataclass
class Seen:
    method: str
    path: str
    host: str
    if_none_match: str
    if_modified_since: str
    user_agent: str
    status: int = 0


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.max_total_in_flight = 0
        self.port = 0
        self._runner: web.AppRunner | None = None

    # ------------------------------------------------------------------ set-up

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(
        self, path: str, body: str | bytes = b"", content_type: str = "text/html; charset=utf-8", **kw
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **kw)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to})
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FeedServer:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    @contextlib.contextmanager
    def in_thread(self) -> Iterator[FeedServer]:
        """Serve from a thread with its own event loop (for synchronous tests)."""
        loop = asyncio.new_event_loop()
        started = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self.start())
            started.set()
            loop.run_forever()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        started.wait(10)
        try:
            yield self
        finally:
            asyncio.run_coroutine_threadsafe(self.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()

    # ------------------------------------------------------------------ serving

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        host = (request.host or "").rsplit(":", 1)[0]
        seen = Seen(
            request.method,
            request.path,
            host,
            request.headers.get("If-None-Match", ""),
            request.headers.get("If-Modified-Since", ""),
            request.headers.get("User-Agent", ""),
        )
        self.requests.append(seen)
        self.in_flight[host] += 1
        self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
        self.max_total_in_flight = max(self.max_total_in_flight, sum(self.in_flight.values()))
        try:
            response = await self._answer(request, self.routes.get(request.path))
            seen.status = response.status
            return response
        finally:
            self.in_flight[host] -= 1

    async def _answer(self, request: web.Request, route: Route | None) -> web.StreamResponse:
        if route is None:
            return web.Response(status=404, text="not found")
        if route.delay:
            await asyncio.sleep(route.delay)
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if (route.etag and request.headers.get("If-None-Match") == route.etag) or (
            route.last_modified and request.headers.get("If-Modified-Since") == route.last_modified
        ):
            return web.Response(status=304, headers=headers)
        if route.size:
            response = web.StreamResponse(status=route.status, headers=headers)
            response.content_type = "text/html"
            if route.declare_length:
                response.content_length = route.size
            await response.prepare(request)
            chunk = b"<p>filler text for a very large page</p>\n" * 1600
            sent = 0
            while sent < route.size:
                piece = chunk[: route.size - sent]
                await response.write(piece)
                sent += len(piece)
            await response.write_eof()
            return response
        return web.Response(
            status=route.status, body=route.body, headers=headers | {"Content-Type": route.content_type}
        )


class StaticResolver(AbstractResolver):
    """Host name -> address from a table (anything else does not resolve); no DNS traffic."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = {k.lower(): v for k, v in table.items()}

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        address = self.table.get(host.lower())
        if address is None:
            raise OSError(f"{host} does not resolve")
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [{"hostname": host, "host": address, "port": port, "family": family, "proto": 0, "flags": 0}]

    async def close(self) -> None:
        return None


# --------------------------------------------------------------------------- content written for the tests


@dataclass
class Story:
    slug: str
    title: str
    paragraphs: list[str]
    author: str = "Lena Marsh"
    outlet: str = "Valley Courier"
    date: str = "2024-03-05"


STORIES = [
    Story(
        "bridge-vote",
        "Council backs the new river bridge",
        [
            "The town council voted on Tuesday to fund a second bridge over the Arlen river after a year of delays.",
            '"This bridge will finally connect the two halves of our town," Mayor Edith Calloway said after the vote.',
            "Councillor Ravi Moreno warned that the cost could rise if construction started later than planned.",
            '"We owe it to every family stuck in traffic on the old crossing," Calloway added.',
        ],
    ),
    Story(
        "school-meals",
        "Free school meals extended to all primary pupils",
        [
            "Every primary pupil in the district will receive a free lunch from September, the education board announced.",
            '"No child should learn on an empty stomach," board chair Tomas Lindqvist told reporters on Wednesday.',
            "Lindqvist said the programme would be paid for by savings in the transport budget.",
        ],
        author="Sam Okafor",
        date="2024-03-06",
    ),
    Story(
        "harbour-fees",
        "Harbour fees to double for cruise ships",
        [
            "Cruise ships docking at the old harbour will pay twice the current fee from next spring.",
            '"The harbour cannot carry these ships for free any longer," harbour master Ines Varga said on Thursday.',
            "Mayor Edith Calloway said the extra money would go to repairing the sea wall.",
            "Tour operators said the increase would drive visitors to other ports along the coast.",
        ],
        date="2024-03-07",
    ),
    Story(
        "library-hours",
        "Central library to open on Sundays",
        [
            "The central library will open on Sunday afternoons from next month, the culture office said.",
            '"Reading rooms should be open when people are free to use them," librarian Noor Haddad said.',
            "The extra hours will be staffed by volunteers and two new part-time employees.",
        ],
        author="Sam Okafor",
        date="2024-03-08",
    ),
    Story(
        "tram-strike",
        "Tram drivers call off weekend strike",
        [
            "Tram drivers called off a strike planned for the weekend after talks ran late into Friday night.",
            '"We have an offer our members can vote on," union leader Piotr Zielinski said outside the depot.',
            "Transport director Ava Brennan said services would run normally on Saturday and Sunday.",
        ],
        date="2024-03-09",
    ),
]


def article_html(story: Story, *, canonical: str = "", site: str | None = None) -> str:
    """A news page with the boilerplate real pages have: navigation, a cookie note, related links, a footer."""
    outlet = site or story.outlet
    paragraphs = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in story.paragraphs)
    canonical_link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(story.title)} | {escape(outlet)}</title>
<meta property="og:site_name" content="{escape(outlet)}">
<meta name="author" content="{escape(story.author)}">
<meta property="article:published_time" content="{story.date}T09:30:00Z">
{canonical_link}
</head><body>
<header><nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies or manage your choices.</div></header>
<main><article>
<h1>{escape(story.title)}</h1>
<p class="byline">By {escape(story.author)}</p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Weather warning for the weekend</a></li><li><a href="/y">Lottery winner found</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 {escape(outlet)}. All rights reserved. Contact us | Privacy | Terms</p></footer>
</body></html>"""


@dataclass
class Item:
    title: str
    link: str
    id: str = ""
    date: str = "Tue, 05 Mar 2024 10:00:00 GMT"
    summary: str = ""


def rss(items: list[Item], title: str = "Valley Courier", version: str = "2.0") -> str:
    body = []
    for it in items:
        guid = f'<guid isPermaLink="false">{escape(it.id)}</guid>' if it.id and version == "2.0" else ""
        date = f"<pubDate>{it.date}</pubDate>" if version == "2.0" else ""
        body.append(
            f"<item><title>{escape(it.title)}</title><link>{escape(it.link)}</link>{guid}{date}"
            f"<description>{escape(it.summary)}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="{version}"><channel><title>{escape(title)}</title>'
        f"<link>http://valley.example/</link><description>Local news</description><language>en</language>"
        + "".join(body)
        + "</channel></rss>"
    )


def rdf(items: list[Item], title: str = "Valley Courier (RSS 1.0)") -> str:
    body = "".join(
        f'<item rdf:about="{escape(it.link)}"><title>{escape(it.title)}</title><link>{escape(it.link)}</link>'
        f"<dc:date>2024-03-05T10:00:00Z</dc:date></item>"
        for it in items
    )
    return (
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="http://valley.example/"><title>{escape(title)}</title>'
        "<link>http://valley.example/</link><description>Local news</description></channel>"
        + body
        + "</rdf:RDF>"
    )


def atom(items: list[Item], title: str = "Valley Courier (Atom)") -> str:
    body = "".join(
        f'<entry><title>{escape(it.title)}</title><link rel="alternate" href="{escape(it.link)}"/>'
        f"<id>{escape(it.id or it.link)}</id><updated>2024-03-05T10:00:00Z</updated>"
        f"<summary>{escape(it.summary)}</summary></entry>"
        for it in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:valley:atom</id><updated>2024-03-05T10:00:00Z</updated>"
        + body
        + "</feed>"
    )


def serve_story(server: FeedServer, story: Story, **kw) -> str:
    return server.add(f"/news/{story.slug}.html", article_html(story, **kw))
