"""Ids and search terms typed into URLs, query strings and form posts.

`str.isdigit()` is not enough: "²" passes it and makes int() fail, and "٣" (Arabic-Indic
three) passes and becomes 3, so a link with its id in another script would still work. An id
here is 1 to 18 ASCII digits, which always fits the database's 64-bit integer (2**63 has 19)."""

MAX_ID_DIGITS = 18


def parse_id(text: str | None) -> int | None:
    """The id in `text`, or None if it is not one."""
    text = (text or "").strip()
    if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS:
        return int(text)
    return None


def search_text(text: str | None, *, limit: int = 100) -> str:
    """A search term as typed, without control characters (PostgreSQL refuses NUL in text, and
    none of them means anything in a name or an address), trimmed to `limit` characters."""
    printable = "".join(ch for ch in (text or "") if ch.isprintable() or ch == " ")
    return printable.strip()[:limit]
