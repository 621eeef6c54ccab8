"""The careful HTTP client: schemes, address checks (literal, resolved, every redirect hop), limits."""

from __future__ import annotations

import asyncio
import time

import pytest

from briefings.fetch import BlockedAddress, Fetcher, FetchError, FetchPolicy, check_url, policy_from_env
from tests.feedserver import FeedServer, StaticResolver

LOOPBACK = FetchPolicy(allow=("127.0.0.0/8",))


@pytest.fixture
async def server():
    async with FeedServer() as s:
        s.add("/hello", "<p>hello</p>")
        yield s


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "gopher://x/", "//no-scheme/x", "x"],
)
async def test_only_http_and_https(url):
    async with Fetcher(LOOPBACK) as f:
        with pytest.raises(FetchError, match="only http and https|not a web address|has no host"):
            await f.get(url)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "[::1]",
        "[fe80::1]",
        "[fc00::5]",
        "[::ffff:127.0.0.1]",
        "[::ffff:10.0.0.1]",
        "224.0.0.1",
    ],
)
def test_private_literal_addresses_are_refused(host):
    with pytest.raises(BlockedAddress):
        check_url(f"http://{host}/feed.xml", FetchPolicy())
    check_url("http://93.184.216.34/feed.xml", FetchPolicy())  # a public address passes the check


async def test_loopback_refused_unless_allowed(server):
    async with Fetcher(FetchPolicy()) as f:
        with pytest.raises(BlockedAddress):
            await f.get(server.url("/hello"))
        # a host *name* that resolves to loopback is refused on the resolved address
        with pytest.raises(BlockedAddress, match="resolves to"):
            await f.get(server.url("/hello", host="localhost"))
    assert server.requests == []  # nothing reached the server
    async with Fetcher(LOOPBACK) as f:
        assert (await f.get(server.url("/hello"))).body == b"<p>hello</p>"
        assert (await f.get(server.url("/hello", host="localhost"))).status == 200
    async with Fetcher(
        FetchPolicy(allow=("news.test",)), resolver=StaticResolver({"news.test": "127.0.0.1"})
    ) as f:
        assert (await f.get(server.url("/hello", host="news.test"))).status == 200  # allowed by name
        with pytest.raises(BlockedAddress):
            await f.get(server.url("/hello"))  # but not the address itself


async def test_every_redirect_hop_is_checked(server):
    # Only 127.0.0.1 is allowed; the refused targets are other loopback addresses, so even a broken
    # check could not send a request anywhere but this machine.
    policy = FetchPolicy(allow=("127.0.0.1/32",))
    resolver = StaticResolver({"news.test": "127.0.0.1", "intranet.test": "127.0.0.3"})
    server.redirect("/to-other-address", f"http://127.0.0.2:{server.port}/hello")
    server.redirect("/to-intranet", f"http://intranet.test:{server.port}/hello")
    server.redirect("/to-file", "file:///etc/passwd")
    server.redirect("/ok", "/hello")
    async with Fetcher(policy, resolver=resolver) as f:
        with pytest.raises(BlockedAddress, match="127.0.0.2 is a private"):
            await f.get(server.url("/to-other-address"))
        with pytest.raises(BlockedAddress, match="intranet.test resolves to"):
            await f.get(server.url("/to-intranet", host="news.test"))
        with pytest.raises(FetchError, match="only http and https"):
            await f.get(server.url("/to-file"))
        result = await f.get(server.url("/ok"))
        assert result.url == server.url("/hello") and result.body == b"<p>hello</p>"
    assert [r.host for r in server.hits("/hello")] == ["127.0.0.1"]


async def test_redirect_loop_and_limit(server):
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    for i in range(10):
        server.redirect(f"/chain/{i}", f"/chain/{i + 1}")
    server.add("/chain/10", "<p>end</p>")
    async with Fetcher(FetchPolicy(allow=("127.0.0.0/8",), max_redirects=5)) as f:
        with pytest.raises(FetchError, match="redirect loop"):
            await f.get(server.url("/loop-a"))
        with pytest.raises(FetchError, match="too many redirects"):
            await f.get(server.url("/chain/0"))
        assert (await f.get(server.url("/chain/5"))).body == b"<p>end</p>"  # exactly 5 hops
    assert len(server.hits("/chain/0")) == 1


@pytest.mark.parametrize("declare", [True, False])
async def test_size_limit(server, declare):
    server.add("/big", size=3 * 2**20, declare_length=declare)
    async with Fetcher(FetchPolicy(allow=("127.0.0.0/8",), max_bytes=2**20)) as f:
        with pytest.raises(FetchError, match="too large|larger than the limit"):
            await f.get(server.url("/big"))
    async with Fetcher(FetchPolicy(allow=("127.0.0.0/8",), max_bytes=4 * 2**20)) as f:
        assert len((await f.get(server.url("/big"))).body) == 3 * 2**20


async def test_slow_server_times_out(server):
    server.add("/slow", "late", delay=30)
    async with Fetcher(FetchPolicy(allow=("127.0.0.0/8",), timeout=0.5)) as f:
        started = time.perf_counter()
        with pytest.raises(FetchError, match="timed out after 0.5 s"):
            await f.get(server.url("/slow"))
        assert time.perf_counter() - started < 5


async def test_http_errors_conditional_requests_and_user_agent(server):
    server.add("/gone", "gone", status=410)
    server.add("/busy", "busy", status=503, headers={"Retry-After": "120"})
    server.add(
        "/feed", "<rss/>", "application/rss+xml", etag='"v7"', last_modified="Tue, 05 Mar 2024 10:00:00 GMT"
    )
    async with Fetcher(LOOPBACK) as f:
        with pytest.raises(FetchError, match="HTTP 410") as e:
            await f.get(server.url("/gone"))
        assert e.value.status == 410
        with pytest.raises(FetchError, match="HTTP 503") as e:
            await f.get(server.url("/busy"))
        assert e.value.retry_after == 120
        first = await f.get(server.url("/feed"))
        assert first.status == 200 and first.etag == '"v7"' and first.content_type == "application/rss+xml"
        again = await f.get(server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
        assert again.not_modified and again.body == b""
        only_date = await f.get(server.url("/feed"), last_modified=first.last_modified)
        assert only_date.not_modified
    seen = server.hits("/feed")
    assert [r.if_none_match for r in seen] == ["", '"v7"', ""]
    assert seen[2].if_modified_since == "Tue, 05 Mar 2024 10:00:00 GMT"
    assert all(r.user_agent.startswith("Briefings/") for r in server.requests)


async def test_per_host_concurrency_limit(server):
    server.add("/wait", "ok", delay=0.2)
    names = {f"outlet{i}.test": "127.0.0.1" for i in range(3)}
    policy = FetchPolicy(allow=("127.0.0.0/8",), per_host=2, total=16)
    async with Fetcher(policy, resolver=StaticResolver(names)) as f:
        results = await asyncio.gather(*(f.get(server.url("/wait", host=h)) for h in names for _ in range(6)))
    assert all(r.body == b"ok" for r in results)
    for host in names:
        assert server.max_in_flight[host] == 2, dict(server.max_in_flight)
    assert server.max_total_in_flight > 2  # the hosts ran side by side
    assert not f._per_host  # the per-host table forgets idle hosts


async def test_unreachable_and_unresolvable():
    async with Fetcher(LOOPBACK, resolver=StaticResolver({})) as f:
        with pytest.raises(FetchError, match="cannot connect"):
            await f.get("http://127.0.0.1:9/")  # the discard port: nothing listens
        with pytest.raises(FetchError, match="cannot resolve"):
            await f.get("http://nowhere.test/")


def test_policy_from_env():
    p = policy_from_env(
        {
            "BRIEFINGS_FETCH_ALLOW": "127.0.0.0/8, ::1 feeds.internal.example",
            "BRIEFINGS_FETCH_MAX_MB": "2.5",
            "BRIEFINGS_FETCH_TIMEOUT": "7",
            "BRIEFINGS_FETCH_PER_HOST": "3",
        }
    )
    assert p.max_bytes == int(2.5 * 2**20) and p.timeout == 7 and p.per_host == 3
    import ipaddress

    assert p.address_allowed(ipaddress.ip_address("127.0.0.5")) and p.address_allowed(
        ipaddress.ip_address("::1")
    )
    assert not p.address_allowed(ipaddress.ip_address("10.0.0.1"))
    assert p.host_allowed("Feeds.Internal.Example") and not p.host_allowed("other.example")
    defaults = policy_from_env({})
    assert defaults.max_bytes == 5 * 2**20 and defaults.allow == ()
    for env, needle in (
        ({"BRIEFINGS_FETCH_ALLOW": "10.0.0.0/33"}, "BRIEFINGS_FETCH_ALLOW"),
        ({"BRIEFINGS_FETCH_ALLOW": "not a host!"}, "BRIEFINGS_FETCH_ALLOW"),
        ({"BRIEFINGS_FETCH_MAX_MB": "lots"}, "BRIEFINGS_FETCH_MAX_MB"),
        ({"BRIEFINGS_FETCH_TIMEOUT": "0"}, "BRIEFINGS_FETCH_TIMEOUT"),
        ({"BRIEFINGS_FETCH_PER_HOST": "2.5"}, "BRIEFINGS_FETCH_PER_HOST"),
    ):
        with pytest.raises(ValueError, match=needle):
            policy_from_env(env)
