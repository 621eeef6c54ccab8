"""A careful HTTP client for pages and feeds: only http/https, public addresses, bounded everything.

Every request goes through :class:`Fetcher`:

- the scheme must be http or https, on the first address and on every redirect hop (redirects are
  followed here, one hop at a time, at most ``max_redirects``);
- the address actually connected to must be public: a host written as an IP address is checked
  before the request, a host name is checked on the addresses its DNS lookup returns, inside the
  connector's resolver, so the check and the connection use the same addresses (no second lookup
  that could answer differently).  Private, loopback, link-local, multicast and reserved ranges are
  refused unless ``FetchPolicy.allow`` lists the network or the host name;
- the body is read in chunks and abandoned past ``max_bytes`` (counted after decompression);
- ``timeout`` bounds a whole request (connect, headers, body), so a slow server cannot hold a poll;
- at most ``per_host`` requests run at once against one host and ``total`` in all;
- a polite User-Agent names the program.

Failures raise :class:`FetchError` with a one-line reason and, for HTTP errors, the status and any
``Retry-After`` delay.  Nothing here knows about feeds or articles.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
import socket
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import ThreadedResolver
from yarl import URL

from . import __version__

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_PER_HOST = 2
DEFAULT_TOTAL = 16
USER_AGENT = f"Briefings/{__version__} (news quote indexer; reads public articles and feeds)"

_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_HOST_NAME = re.compile(r"^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*\.?$")
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(Exception):
    """A request that could not be made or answered; ``str()`` is one line saying why."""

    def __init__(self, message: str, *, status: int = 0, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class BlockedAddress(FetchError):
    """The address is not one this program may connect to."""


@dataclass(frozen=True)
class FetchPolicy:
    allow: tuple[str, ...] = ()  # networks ("127.0.0.0/8"), addresses or host names allowed though private
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    per_host: int = DEFAULT_PER_HOST
    total: int = DEFAULT_TOTAL
    user_agent: str = USER_AGENT
    _networks: tuple[_Network, ...] = field(default=(), init=False, repr=False, compare=False)
    _hosts: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        networks, hosts = parse_allow(self.allow)
        object.__setattr__(self, "_networks", networks)
        object.__setattr__(self, "_hosts", hosts)
        for name in ("max_bytes", "max_redirects", "per_host", "total"):
            if int(getattr(self, name)) < (0 if name == "max_redirects" else 1):
                raise ValueError(f"{name} must be positive")
        if not self.timeout > 0:
            raise ValueError("timeout must be positive")

    def host_allowed(self, host: str) -> bool:
        return host.lower().rstrip(".") in self._hosts

    def address_allowed(self, address: _IPAddress) -> bool:
        """Public addresses, and private ones the allow-list names."""
        if address.version == 6 and address.ipv4_mapped is not None:  # ::ffff:10.0.0.1 is 10.0.0.1
            address = address.ipv4_mapped
        if any(address in net for net in self._networks):
            return True
        return address.is_global and not address.is_multicast


def parse_allow(entries: tuple[str, ...] | list[str]) -> tuple[tuple[_Network, ...], frozenset[str]]:
    """Split allow-list entries into networks and host names; ValueError on anything else."""
    networks: list[_Network] = []
    hosts: set[str] = set()
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            continue
        except ValueError:
            pass
        name = entry.lower().rstrip(".")
        if not _HOST_NAME.match(name) or name.replace(".", "").isdigit():
            raise ValueError(f"{entry[:80]!r} is not an address, network (CIDR) or host name")
        hosts.add(name)
    return tuple(networks), frozenset(hosts)


def policy_from_env(env: Mapping[str, str]) -> FetchPolicy:
    """The fetch settings from the environment; ValueError with the setting's name when one is wrong.

    BRIEFINGS_FETCH_ALLOW (comma-separated networks/addresses/host names), BRIEFINGS_FETCH_MAX_MB,
    BRIEFINGS_FETCH_TIMEOUT (seconds), BRIEFINGS_FETCH_PER_HOST.
    """

    def number(name: str, default: float, low: float, high: float, kind=float) -> Any:
        raw = (env.get(name) or "").strip()
        if not raw:
            return default
        try:
            value = kind(raw)
        except ValueError:
            raise ValueError(f"{name}: {raw[:40]!r} is not a number") from None
        if not low <= value <= high:
            raise ValueError(f"{name}: {raw[:40]} is outside {low:g}..{high:g}")
        return value

    allow = tuple(a for a in re.split(r"[,\s]+", env.get("BRIEFINGS_FETCH_ALLOW") or "") if a)
    try:
        parse_allow(allow)
    except ValueError as e:
        raise ValueError(f"BRIEFINGS_FETCH_ALLOW: {e}") from None
    max_mb = number("BRIEFINGS_FETCH_MAX_MB", DEFAULT_MAX_BYTES / 2**20, 0.01, 1024)
    return FetchPolicy(
        allow=allow,
        max_bytes=int(max_mb * 2**20),
        timeout=number("BRIEFINGS_FETCH_TIMEOUT", DEFAULT_TIMEOUT, 0.1, 600),
        per_host=number("BRIEFINGS_FETCH_PER_HOST", DEFAULT_PER_HOST, 1, 64, int),
    )


def check_url(url: str | URL, policy: FetchPolicy) -> URL:
    """The parsed URL when its scheme and (literal) address are acceptable; FetchError otherwise.

    Host names are checked later, on the addresses they resolve to.
    """
    try:
        parsed = url if isinstance(url, URL) else URL(str(url).strip())
    except (ValueError, TypeError):
        raise FetchError(f"{str(url)[:200]!r} is not a web address") from None
    if parsed.scheme not in ("http", "https"):
        shown = f"{parsed.scheme}:" if parsed.scheme else "no scheme"
        raise FetchError(f"only http and https addresses can be fetched ({shown} in {str(url)[:200]})")
    host = parsed.raw_host or ""
    if not host:
        raise FetchError(f"{str(url)[:200]} has no host")
    literal = _literal_address(host)
    if literal is not None and not policy.address_allowed(literal):
        raise BlockedAddress(f"{host} is a private, loopback or reserved address; not fetched")
    return parsed


def _literal_address(host: str) -> _IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


class GuardedResolver(AbstractResolver):
    """Resolves through ``base`` and keeps only the addresses the policy allows."""

    def __init__(self, policy: FetchPolicy, base: AbstractResolver | None = None) -> None:
        self.policy = policy
        self.base = base or ThreadedResolver()

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        results = await self.base.resolve(host, port, family)
        if self.policy.host_allowed(host):
            return results
        kept = []
        for r in results:
            address = _literal_address(r["host"])
            if address is not None and self.policy.address_allowed(address):
                kept.append(r)
        if not kept:
            raise BlockedAddress(f"{host} resolves to a private, loopback or reserved address; not fetched")
        return kept

    async def close(self) -> None:
        await self.base.close()


@dataclass(slots=True)
class FetchResult:
    url: str  # the final address, after redirects
    status: int  # 200, or 304 for a conditional request that found nothing new
    body: bytes
    content_type: str = ""  # media type without parameters, lower case
    charset: str = ""
    etag: str = ""
    last_modified: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # a few response headers, lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304


_KEPT_HEADERS = ("content-type", "content-location", "etag", "last-modified", "content-language")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Fetcher:
    """One HTTP session with the policy's limits.  ``async with Fetcher(policy) as f: await f.get(url)``."""

    def __init__(
        self, policy: FetchPolicy | None = None, *, resolver: AbstractResolver | None = None
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._base_resolver = resolver
        self._session: aiohttp.ClientSession | None = None
        self._per_host: dict[str, tuple[asyncio.Semaphore, int]] = {}  # host -> (semaphore, users)
        self._total: asyncio.Semaphore | None = None

    async def __aenter__(self) -> Fetcher:
        self._open()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                resolver=GuardedResolver(self.policy, self._base_resolver),
                limit=self.policy.total,
                limit_per_host=self.policy.per_host,
                ttl_dns_cache=60,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(
                    total=self.policy.timeout, connect=min(10.0, self.policy.timeout)
                ),
                headers={"User-Agent": self.policy.user_agent},
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,  # no proxies from the environment: the address checks must hold
            )
            self._total = asyncio.Semaphore(self.policy.total)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @contextlib.asynccontextmanager
    async def _host_slot(self, host: str) -> AsyncIterator[None]:
        """Hold one of the host's ``per_host`` slots (the table forgets hosts nobody is using)."""
        entry = self._per_host.get(host)
        if entry is None:
            entry = (asyncio.Semaphore(self.policy.per_host), 0)
        sem, users = entry
        self._per_host[host] = (sem, users + 1)
        try:
            async with sem:
                yield
        finally:
            sem, users = self._per_host[host]
            if users <= 1:
                del self._per_host[host]
            else:
                self._per_host[host] = (sem, users - 1)

    async def get(
        self,
        url: str,
        *,
        accept: str = "*/*",
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        """GET ``url`` within the policy; a 304 answer to a conditional request is returned, not raised."""
        session = self._open()
        assert self._total is not None
        current = check_url(url, self.policy)
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: set[str] = set()
        for _hop in range(self.policy.max_redirects + 1):
            seen.add(str(current))
            host = (current.raw_host or "").lower()
            async with self._host_slot(host), self._total:
                result = await self._one(session, current, headers)
            if isinstance(result, FetchResult):
                return result
            try:
                target = current.join(URL(result))
            except (ValueError, TypeError):
                raise FetchError(f"{current} redirects to an unusable address") from None
            current = check_url(target, self.policy)
            if str(current) in seen:
                raise FetchError(f"redirect loop at {str(current)[:200]}")
        raise FetchError(f"too many redirects (more than {self.policy.max_redirects}) from {str(url)[:200]}")

    async def _one(self, session: aiohttp.ClientSession, url: URL, headers: dict) -> FetchResult | str:
        """One request: the result, or the Location to follow."""
        shown = str(url)[:200]
        try:
            async with session.get(url, headers=headers, allow_redirects=False) as resp:
                if resp.status in _REDIRECTS:
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchError(
                            f"{shown} answered {resp.status} without a Location", status=resp.status
                        )
                    return location
                if resp.status == 304:
                    return self._result(resp, b"")
                if resp.status >= 400 or resp.status < 200:
                    raise FetchError(
                        f"HTTP {resp.status} {resp.reason or ''} from {shown}".replace("  ", " "),
                        status=resp.status,
                        retry_after=_retry_after(resp.headers.get("Retry-After")),
                    )
                declared = resp.content_length
                if declared is not None and declared > self.policy.max_bytes:
                    raise FetchError(
                        f"{shown} is too large ({_size(declared)}; the limit is {_size(self.policy.max_bytes)})"
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in resp.content.iter_chunked(65536):
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(
                            f"{shown} is larger than the limit of {_size(self.policy.max_bytes)}"
                        )
                    chunks.append(chunk)
                return self._result(resp, b"".join(chunks))
        except FetchError:
            raise
        except TimeoutError:
            raise FetchError(f"{shown} timed out after {self.policy.timeout:g} s") from None
        except aiohttp.ClientConnectorDNSError:
            raise FetchError(f"cannot resolve the host of {shown}") from None
        except aiohttp.ClientConnectorError as e:
            raise FetchError(f"cannot connect to {shown}: {e.os_error.strerror or e.os_error}") from None
        except aiohttp.TooManyRedirects:
            raise FetchError(f"too many redirects from {shown}") from None
        except aiohttp.InvalidURL:
            raise FetchError(f"{shown} is not a valid web address") from None
        except aiohttp.ClientPayloadError as e:
            raise FetchError(f"{shown} sent a broken body: {str(e).splitlines()[0][:120]}") from None
        except aiohttp.ClientResponseError as e:
            raise FetchError(f"{shown} sent a bad response: {e.message[:120]}", status=e.status) from None
        except aiohttp.ClientError as e:
            raise FetchError(f"{shown}: {type(e).__name__}: {str(e)[:120]}") from None
        except (OSError, ValueError) as e:
            raise FetchError(f"{shown}: {type(e).__name__}: {str(e)[:120]}") from None

    @staticmethod
    def _result(resp: aiohttp.ClientResponse, body: bytes) -> FetchResult:
        headers = {k: resp.headers[k] for k in _KEPT_HEADERS if k in resp.headers}
        return FetchResult(
            url=str(resp.url),
            status=resp.status,
            body=body,
            content_type=(resp.content_type or "").lower() if "content-type" in headers else "",
            charset=resp.charset or "",
            etag=resp.headers.get("ETag", ""),
            last_modified=resp.headers.get("Last-Modified", ""),
            headers=headers,
        )


def _size(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    return f"{max(1, n // 1024)} KB"


__all__ = [
    "BlockedAddress",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "GuardedResolver",
    "check_url",
    "policy_from_env",
]
