"""Portal speed: home page and an Arabic welcome page, cached and uncached, beside the
static-file ceiling of the same server."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import RESULT_HEADERS, gunicorn, load_test, prepared_database, print_table, result_row  # noqa: E402

REQUESTS = 1500
CONCURRENCY = 8


def main() -> None:
    env = prepared_database("portal", commands=[["load_demo"]])
    rows = []
    with gunicorn(env) as base:
        rows.append(
            result_row(
                "static file (ceiling)",
                load_test(
                    f"{base}/static/portal/site.css", concurrency=CONCURRENCY, requests=REQUESTS
                ),
            )
        )
        rows.append(
            result_row(
                "home /de/ (cached)",
                load_test(f"{base}/de/", concurrency=CONCURRENCY, requests=REQUESTS),
            )
        )
        rows.append(
            result_row(
                "welcome /ar/… (cached)",
                load_test(
                    f"{base}/ar/ankommen/gesundheit/", concurrency=CONCURRENCY, requests=REQUESTS
                ),
            )
        )
    with gunicorn(env, extra_env={"PAGE_CACHE_SECONDS": "0"}) as base:
        rows.append(
            result_row(
                "home /de/ (uncached)",
                load_test(f"{base}/de/", concurrency=CONCURRENCY, requests=REQUESTS // 2),
            )
        )
        rows.append(
            result_row(
                "welcome /ar/… (uncached)",
                load_test(
                    f"{base}/ar/ankommen/gesundheit/",
                    concurrency=CONCURRENCY,
                    requests=REQUESTS // 2,
                ),
            )
        )
        rows.append(
            result_row(
                "welcome /ar/… (uncached, 1 client)",
                load_test(f"{base}/ar/ankommen/gesundheit/", concurrency=1, requests=200),
            )
        )
    print_table("Portal pages (gunicorn, 2 workers, loopback)", RESULT_HEADERS, rows)


if __name__ == "__main__":
    main()
