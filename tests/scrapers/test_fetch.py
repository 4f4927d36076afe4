"""The HTTP layer: robots.txt, content types, the size limit and polite spacing, on a mock transport."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from scrapers import base
from tests.conftest import free_port

PAGE = "<html><body><p>客服:95017-2</p></body></html>"


class FakeTime:
    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Site:
    """A mock web: robots.txt and pages per host; records every request with the fake time it arrived."""

    def __init__(self, time: FakeTime, *, robots: dict[str, httpx.Response] | None = None,
                 pages: dict[str, httpx.Response] | None = None):
        self.time, self.robots, self.pages = time, robots or {}, pages or {}
        self.requests: list[tuple[float, httpx.Request]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((self.time.now, request))
        if request.url.path == "/robots.txt":
            return self.robots.get(request.url.host, httpx.Response(404))
        return self.pages.get(str(request.url), httpx.Response(404, text="not here"))

    def urls(self) -> list[str]:
        return [str(request.url) for _, request in self.requests]


def html(text: str = PAGE, content_type: str = "text/html; charset=utf-8", **kwargs) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": content_type}, content=text.encode("utf-8"), **kwargs)


@pytest.fixture
def time() -> FakeTime:
    return FakeTime()


def fetcher(site: Site, time: FakeTime):
    client = httpx.Client(transport=httpx.MockTransport(site))
    politeness = base.Politeness(clock=time.clock, sleep=time.sleep)
    return lambda url: base.fetch(url, client=client, politeness=politeness)


class TestFetch:
    def test_a_page_becomes_a_document_with_its_hash(self, time):
        site = Site(time, pages={"https://pay.example/help": html()})
        document = fetcher(site, time)("https://pay.example/help")
        assert document.text == PAGE
        assert document.content_sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
        assert document.url == "https://pay.example/help"
        assert site.urls() == ["https://pay.example/robots.txt", "https://pay.example/help"]

    def test_every_request_says_who_asks_and_has_timeouts(self, time):
        site = Site(time, pages={"https://pay.example/help": html()})
        fetcher(site, time)("https://pay.example/help")
        for _, request in site.requests:
            assert request.headers["user-agent"] == "VerifiedContactsBot/0.1 (+https://github.com/verified-contacts)"
            assert request.extensions["timeout"] == {"connect": 5.0, "read": 15.0, "write": 15.0, "pool": 15.0}

    def test_the_declared_charset_decodes_the_page(self, time):
        body = "<p>客服热线</p>".encode("gbk")
        site = Site(time, pages={"https://pay.example/gbk": httpx.Response(
            200, headers={"content-type": "text/html; charset=gbk"}, content=body)})
        assert fetcher(site, time)("https://pay.example/gbk").text == "<p>客服热线</p>"

    def test_a_meta_charset_decodes_the_page_when_the_header_has_none(self, time):
        body = '<meta charset="gb18030"><p>客服热线</p>'.encode("gb18030")
        site = Site(time, pages={"https://pay.example/meta": httpx.Response(
            200, headers={"content-type": "text/html"}, content=body)})
        assert "客服热线" in fetcher(site, time)("https://pay.example/meta").text

    def test_an_http_error_is_a_fetch_error(self, time):
        site = Site(time)
        with pytest.raises(base.FetchError, match="HTTP 404"):
            fetcher(site, time)("https://pay.example/gone")

    def test_a_transport_failure_is_a_fetch_error(self, time):
        def refuse(request):
            raise httpx.ConnectTimeout("timed out", request=request)

        politeness = base.Politeness(clock=time.clock, sleep=time.sleep)
        client = httpx.Client(transport=httpx.MockTransport(refuse))
        with pytest.raises(base.SiteUnreachable, match=r"^https://pay.example cannot be reached \(ConnectTimeout: timed out\)"):
            base.fetch("https://pay.example/help", client=client, politeness=politeness)

    def test_a_site_that_does_not_answer_is_said_to_be_unreachable_not_to_refuse(self, time):
        # It was "RobotsDisallowed: …/robots.txt could not be read", as if the site's rules had refused us.
        port = free_port()
        politeness = base.Politeness(clock=time.clock, sleep=time.sleep)
        with pytest.raises(base.SiteUnreachable) as refused:
            base.fetch(f"http://127.0.0.1:{port}/help", politeness=politeness)
        assert not isinstance(refused.value, base.RobotsDisallowed)
        assert str(refused.value).startswith(f"http://127.0.0.1:{port} cannot be reached (ConnectError: ")


class TestRobots:
    def test_a_disallowed_page_is_refused_and_never_requested(self, time):
        site = Site(time, robots={"pay.example": httpx.Response(200, text="User-agent: *\nDisallow: /private\n")},
                    pages={"https://pay.example/private/help": html()})
        with pytest.raises(base.RobotsDisallowed, match="robots.txt of pay.example disallows"):
            fetcher(site, time)("https://pay.example/private/help")
        assert site.urls() == ["https://pay.example/robots.txt"]

    def test_rules_for_our_agent_apply_to_us(self, time):
        rules = "User-agent: VerifiedContactsBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
        site = Site(time, robots={"pay.example": httpx.Response(200, text=rules)}, pages={"https://pay.example/help": html()})
        with pytest.raises(base.RobotsDisallowed):
            fetcher(site, time)("https://pay.example/help")

    def test_an_allowed_page_is_fetched_and_robots_read_once(self, time):
        site = Site(time, robots={"pay.example": httpx.Response(200, text="User-agent: *\nDisallow: /private\n")},
                    pages={"https://pay.example/a": html(), "https://pay.example/b": html()})
        fetch = fetcher(site, time)
        fetch("https://pay.example/a")
        fetch("https://pay.example/b")
        assert site.urls().count("https://pay.example/robots.txt") == 1

    def test_a_server_error_on_robots_means_do_not_crawl(self, time):
        site = Site(time, robots={"pay.example": httpx.Response(503)}, pages={"https://pay.example/help": html()})
        with pytest.raises(base.RobotsDisallowed):
            fetcher(site, time)("https://pay.example/help")
        assert "https://pay.example/help" not in site.urls()

    def test_a_redirect_into_a_disallowed_path_is_refused(self, time):
        site = Site(time, robots={"pay.example": httpx.Response(200, text="User-agent: *\nDisallow: /private\n")},
                    pages={"https://pay.example/help": httpx.Response(301, headers={"location": "/private/help"}),
                           "https://pay.example/private/help": html()})
        with pytest.raises(base.RobotsDisallowed):
            fetcher(site, time)("https://pay.example/help")
        assert "https://pay.example/private/help" not in site.urls()

    def test_an_allowed_redirect_is_followed(self, time):
        site = Site(time, pages={"https://pay.example/old": httpx.Response(302, headers={"location": "https://pay.example/new"}),
                                 "https://pay.example/new": html()})
        assert fetcher(site, time)("https://pay.example/old").url == "https://pay.example/new"


class TestRefusals:
    @pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/octet-stream", ""])
    def test_what_is_not_a_text_page_is_refused(self, time, content_type):
        response = httpx.Response(200, content=b"%PDF-1.7", headers={"content-type": content_type} if content_type else {})
        site = Site(time, pages={"https://pay.example/file": response})
        with pytest.raises(base.UnsupportedContentType, match="is not a text page"):
            fetcher(site, time)("https://pay.example/file")

    @pytest.mark.parametrize("content_type", ["text/html", "application/xhtml+xml; charset=utf-8", "text/plain"])
    def test_html_and_text_are_accepted(self, time, content_type):
        site = Site(time, pages={"https://pay.example/page": html(content_type=content_type)})
        assert fetcher(site, time)("https://pay.example/page").text == PAGE

    def test_a_declared_size_over_the_limit_is_refused_before_reading(self, time):
        read = []

        def body():
            read.append(1)
            yield b"x" * 1024

        response = httpx.Response(200, headers={"content-type": "text/html", "content-length": str(base.MAX_BYTES + 1)},
                                  content=body())
        site = Site(time, pages={"https://pay.example/big": response})
        with pytest.raises(base.DocumentTooLarge, match="declared"):
            fetcher(site, time)("https://pay.example/big")
        assert read == []

    def test_an_undeclared_size_is_counted_while_reading_and_reading_stops(self, time):
        chunk = b"<p>" + b"x" * (64 * 1024 - 3)
        sent = []

        def body():
            for _ in range(100):  # 6.4 MB if read to the end
                sent.append(1)
                yield chunk

        site = Site(time, pages={"https://pay.example/endless": httpx.Response(
            200, headers={"content-type": "text/html"}, content=body())})
        with pytest.raises(base.DocumentTooLarge, match="stopped reading"):
            fetcher(site, time)("https://pay.example/endless")
        assert len(sent) == base.MAX_BYTES // len(chunk) + 1

    def test_only_web_addresses_are_fetched(self, time):
        with pytest.raises(base.FetchError, match="only http"):
            fetcher(Site(time), time)("ftp://pay.example/file")


class TestPoliteness:
    def test_requests_to_one_host_are_two_seconds_apart(self, time):
        site = Site(time, pages={"https://pay.example/a": html(), "https://pay.example/b": html()})
        fetch = fetcher(site, time)
        fetch("https://pay.example/a")
        fetch("https://pay.example/b")
        times = [at for at, _ in site.requests]
        assert len(times) == 3  # robots.txt, a, b
        assert all(later - earlier >= 2.0 for earlier, later in zip(times, times[1:]))
        assert time.sleeps == [2.0, 2.0]

    def test_another_host_does_not_wait_for_the_first(self, time):
        site = Site(time, pages={"https://pay.example/a": html(), "https://help.example/a": html()})
        fetch = fetcher(site, time)
        fetch("https://pay.example/a")
        before = time.now
        fetch("https://help.example/a")
        robots_at = next(at for at, request in site.requests if request.url.host == "help.example")
        assert robots_at == before  # asked at once: the wait is per host

    def test_time_already_passed_counts_toward_the_wait(self, time):
        politeness = base.Politeness(clock=time.clock, sleep=time.sleep)
        politeness.wait("pay.example")
        time.now += 1.5
        politeness.wait("pay.example")
        assert time.sleeps == [pytest.approx(0.5)]
