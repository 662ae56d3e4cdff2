"""Draw the favicon and app icons (PNG) from the crest (portal/static/portal/crest.svg) with
the same Chromium the browser tests use: no third-party service, no extra image library.

    .venv/bin/python scripts/make_icons.py

Writes portal/static/portal/icons/{icon-32,icon-192,icon-512,apple-touch-icon}.png and the
SVG favicon. Run it again after replacing the crest."""

import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

STATIC = Path(__file__).resolve().parent.parent / "portal" / "static" / "portal"
SIZES = {"icon-32.png": 32, "icon-192.png": 192, "icon-512.png": 512, "apple-touch-icon.png": 180}


def main() -> None:
    crest = (
        (STATIC / "crest.svg")
        .read_text()
        .replace("<svg ", '<svg style="width:100%;height:100%" ', 1)
    )
    icons = STATIC / "icons"
    icons.mkdir(exist_ok=True)
    shutil.copy(STATIC / "crest.svg", icons / "favicon.svg")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"))
        page = browser.new_page()
        for name, size in SIZES.items():
            # App icons get a white square with a margin (launchers crop to circles).
            pad = 0 if size <= 32 else size // 8
            page.set_viewport_size({"width": size, "height": size})
            page.set_content(
                "<html><body style='margin:0;background:#fff;display:grid;place-items:center;"
                f"width:{size}px;height:{size}px'><div style='width:{size - 2 * pad}px;"
                f"height:{size - 2 * pad}px'>{crest}"
                "</div></body></html>"
            )
            page.screenshot(path=str(icons / name), omit_background=size <= 32)
        browser.close()


if __name__ == "__main__":
    main()
