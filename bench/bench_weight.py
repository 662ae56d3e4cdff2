"""Page weight: what a welcome topic costs on the wire, with its CSS, fonts and scripts
(issue 14.9: at most 60 KB compressed, for newcomers on slow phones).

Static files are collected with the production storage (whitenoise's
CompressedManifestStaticFilesStorage writes .gz and .br beside each file) and served by
whitenoise from gunicorn, so the table shows what production sends for
`Accept-Encoding: gzip, br`. The HTML itself is compressed by the proxy in front in production
(nginx gzip), so its row is measured as gzip level 6 of the body when the server sent it
uncompressed. Fonts are whatever the CSS loads through url(...)."""

import gzip
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import http.client  # noqa: E402

from harness import gunicorn, manage, prepared_database, print_table  # noqa: E402

BUDGET = 60 * 1024
PAGES = ("/ar/ankommen/gesundheit/", "/de/ankommen/gesundheit/", "/fa/ankommen/gesundheit/")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and ("stylesheet" in rel or "preload" in rel) and attrs.get("href"):
            self.found.append(("css" if "stylesheet" in rel else "preload", attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            self.found.append(("script", attrs["src"]))
        elif tag == "img" and attrs.get("src") and not attrs["src"].startswith("data:"):
            self.found.append(("image", attrs["src"]))


def fetch(url: str) -> tuple[int, dict, bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "br, gzip"})
        response = connection.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, response.read()
    finally:
        connection.close()


def _decoded(headers: dict, body: bytes) -> bytes:
    encoding = headers.get("content-encoding", "")
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "br":
        try:
            import brotli
        except ImportError:  # only fonts and CSS url() scanning need the text
            return b""
        return brotli.decompress(body)
    return body


def weigh(base: str, path: str) -> tuple[list[list[object]], int]:
    status, headers, body = fetch(base + path)
    if status != 200:
        raise SystemExit(f"{path}: {status}")
    html = _decoded(headers, body)
    wire = len(body) if headers.get("content-encoding") else len(gzip.compress(html, 6))
    how = headers.get("content-encoding") or "gzip -6 (proxy)"
    rows = [[path, "html", len(html), wire, how]]
    parser = _Assets()
    parser.feed(html.decode("utf-8"))
    seen = set()
    queue = [(kind, urljoin(base + path, href)) for kind, href in parser.found]
    while queue:
        kind, url = queue.pop(0)
        if url in seen or not url.startswith(base):
            continue
        seen.add(url)
        status, headers, body = fetch(url)
        text = _decoded(headers, body)
        encoding = headers.get("content-encoding") or "none"
        rows.append(["  " + urlsplit(url).path, kind, len(text) or "?", len(body), encoding])
        if kind == "css" and text:
            for ref in CSS_URL.findall(text.decode("utf-8", "replace")):
                if not ref.startswith("data:"):
                    font = ref.lower().split("?")[0].endswith((".woff2", ".woff", ".ttf", ".otf"))
                    queue.append(("font" if font else "css asset", urljoin(url, ref)))
    total = sum(row[3] for row in rows)
    return rows, total


def main() -> None:
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    collected = {"BENCH_COLLECTED_STATIC": "1", "STATIC_ROOT": static_root}
    env = prepared_database("weight", commands=[["load_demo"]], extra_env=collected)
    manage(env, "collectstatic", "--no-input", "-v0")
    rows, totals = [], []
    with gunicorn(env) as base:
        for path in PAGES:
            page_rows, total = weigh(base, path)
            rows += page_rows
            verdict = "within" if total <= BUDGET else "OVER"
            rows.append([f"= {path}", "total on the wire", "", total, f"{verdict} 60 KB"])
            totals.append(total)
    headers = ["resource", "kind", "bytes", "bytes on the wire", "encoding"]
    print_table("Welcome topic weight (whitenoise static, collected and compressed)", headers, rows)
    print(f"\nheaviest welcome topic: {max(totals) / 1024:.1f} KB of {BUDGET // 1024} KB")
    if max(totals) > BUDGET:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
