#!/usr/bin/env python3
"""Fill the interface catalogues in locale/ from the translation memory in scripts/translations/.

The memory is one JSON file per language, `scripts/translations/<lang>.json`, mapping a key to
its translation: the key is the msgid, or "<msgctxt>\\u0004<msgid>" for an entry with a
context; a plural entry maps to a list with one string per plural form of that language (in the
order of its Plural-Forms header). The memory is the source of truth: re-running after
`makemessages` fills every entry it knows, leaves the rest empty (and reports them), and never
keeps a guess of msgmerge (`#, fuzzy`).

Usage (from the repository root):

    .venv/bin/python scripts/translations.py fill          # memory -> locale/*/django.po
    .venv/bin/python scripts/translations.py missing [OUT]  # what still needs translating (JSON)
    .venv/bin/python scripts/translations.py import FILE... # add translations to the memory
    .venv/bin/python scripts/translations.py check          # exit 1 if anything is missing/wrong

The usual pass after strings changed in code or templates:

    .venv/bin/python manage.py makemessages --ignore=.venv --ignore=var --ignore=node_modules \\
        -l de -l en -l ar -l fa -l tr -l uk -l ru -l ro -l bg
    .venv/bin/python scripts/translations.py missing /tmp/missing.json
    # translate, then: .venv/bin/python scripts/translations.py import batch.py
    .venv/bin/python scripts/translations.py fill
    .venv/bin/python manage.py compilemessages --ignore=.venv

An import file is JSON ({key: {lang: translation}}) or a Python file that defines ORDER (a tuple
of language codes) and T ({key: tuple of translations in ORDER}); a plural entry's translation is
a list. English needs no memory: its msgstr is always the msgid.
"""

from __future__ import annotations

import json
import re
import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale"
MEMORY_DIR = Path(__file__).resolve().parent / "translations"
DOMAIN = "django"

# gettext's standard plural rules; nplurals is the number of msgstr[n] a plural entry needs.
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ar": (
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
        ": n%100>=11 ? 4 : 5);"
    ),
    "fa": "nplurals=2; plural=(n > 1);",
    "tr": "nplurals=2; plural=(n != 1);",
    "uk": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
    "ru": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "bg": "nplurals=2; plural=(n != 1);",
}
LANGUAGES = tuple(PLURAL_FORMS)
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
TEAMS = {
    "de": "German",
    "en": "English",
    "ar": "Arabic",
    "fa": "Persian",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ru": "Russian",
    "ro": "Romanian",
    "bg": "Bulgarian",
}

# printf-style placeholders as Python's % operator reads them: %(name)s, %d, %s, %.1f, %%.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")
NAMED = re.compile(r"%\([^)]*\)")
# HTML tags that must survive translation unchanged. Only real element names: "<date>" in a help
# text is a word for the reader, to be translated.
HTML_ELEMENTS = (
    "a|abbr|b|bdi|bdo|br|cite|code|del|dfn|div|em|i|img|ins|kbd|li|mark|ol|p|q|s|small|span|"
    "strong|sub|sup|time|u|ul"
)
TAG = re.compile(rf"</?(?:{HTML_ELEMENTS})\b[^>]*>")


def nplurals(lang: str) -> int:
    return int(re.search(r"nplurals\s*=\s*(\d+)", PLURAL_FORMS[lang]).group(1))


def key_of(entry: polib.POEntry) -> str:
    return f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def memory_path(lang: str) -> Path:
    return MEMORY_DIR / f"{lang}.json"


def load_memory(lang: str) -> dict:
    path = memory_path(lang)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def save_memory(lang: str, memory: dict) -> None:
    MEMORY_DIR.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(sorted(memory.items())), ensure_ascii=False, indent=1)
    memory_path(lang).write_text(text + "\n", encoding="utf-8")


def placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "%%")


def edges(text: str) -> tuple[str, str]:
    """Leading and trailing whitespace: must be kept as in the msgid."""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def problems(entry: polib.POEntry, value, lang: str) -> list[str]:
    """Why `value` cannot be the translation of `entry` in `lang` (empty list: it can)."""
    found = []
    if entry.msgid_plural:
        if not isinstance(value, list):
            return [f"plural entry needs a list of {nplurals(lang)} forms"]
        if len(value) != nplurals(lang):
            return [f"{len(value)} plural forms, {lang} has {nplurals(lang)}"]
        sources = [entry.msgid] + [entry.msgid_plural] * (len(value) - 1)
        pairs = list(zip(sources, value, strict=True))
    else:
        if not isinstance(value, str):
            return ["singular entry needs a string"]
        pairs = [(entry.msgid, value)]
    python_format = "python-format" in entry.flags
    for source, text in pairs:
        if not text.strip():
            found.append("empty translation")
            continue
        if python_format:
            if placeholders(source) != placeholders(text):
                found.append(f"placeholders {placeholders(text)} != {placeholders(source)}")
        elif sorted(NAMED.findall(source)) != sorted(NAMED.findall(text)):
            found.append("named placeholders differ")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            found.append("HTML tags differ")
        if edges(source) != edges(text):
            found.append("leading/trailing whitespace differs")
        if source.count("\n") != text.count("\n"):
            found.append("line breaks differ")
    return found


def set_header(po: polib.POFile, lang: str) -> None:
    po.header = "Interface translations of Teilhabe. Filled by scripts/translations.py."
    po.metadata_is_fuzzy = False
    po.metadata["Project-Id-Version"] = "Teilhabe"
    po.metadata["Language-Team"] = TEAMS[lang]
    po.metadata["Last-Translator"] = "Teilhabe localisation"
    po.metadata["Language"] = lang
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.metadata["Plural-Forms"] = PLURAL_FORMS[lang]


def english(entry: polib.POEntry) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
    else:
        entry.msgstr = entry.msgid


def apply(entry: polib.POEntry, value) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural = dict(enumerate(value))
    else:
        entry.msgstr = value


def clear(entry: polib.POEntry, lang: str) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural = dict.fromkeys(range(nplurals(lang)), "")
    else:
        entry.msgstr = ""


def current(entry: polib.POEntry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
    return entry.msgstr


def fill(lang: str) -> dict:
    """Fill one catalogue from the memory; returns counts and what is still missing."""
    po = polib.pofile(str(po_path(lang)), wrapwidth=79)
    set_header(po, lang)
    memory = load_memory(lang) if lang != "en" else {}
    missing, rejected, adopted = [], [], 0
    for entry in list(po):
        if entry.obsolete:  # msgmerge keeps removed strings as #~; the memory keeps them instead
            po.remove(entry)
            continue
        was_fuzzy = "fuzzy" in entry.flags
        if was_fuzzy:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        if lang == "en":
            english(entry)
            continue
        key = key_of(entry)
        if key in memory:
            found = problems(entry, memory[key], lang)
            if not found:
                apply(entry, memory[key])
                continue
            rejected.append((key, found))
        elif not was_fuzzy and entry.translated() and not problems(entry, current(entry), lang):
            # Translated by hand in the .po: keep it, and remember it.
            memory[key] = current(entry)
            adopted += 1
            continue
        clear(entry, lang)
        missing.append(entry)
    po.save()
    if lang != "en" and adopted:
        save_memory(lang, memory)
    return {"entries": len(po), "missing": missing, "rejected": rejected, "adopted": adopted}


def describe(entry: polib.POEntry) -> dict:
    item = {"msgid": entry.msgid}
    if entry.msgctxt:
        item["msgctxt"] = entry.msgctxt
    if entry.msgid_plural:
        item["msgid_plural"] = entry.msgid_plural
    if entry.comment:
        item["comment"] = entry.comment
    item["where"] = sorted({path for path, _line in entry.occurrences})
    return item


def cmd_fill(_args: list[str]) -> int:
    status = 0
    for lang in LANGUAGES:
        result = fill(lang)
        print(
            f"{lang}: {result['entries']} entries, {len(result['missing'])} missing"
            + (f", {result['adopted']} adopted from the .po" if result["adopted"] else "")
        )
        for key, found in result["rejected"]:
            status = 1
            print(f"  rejected {key!r}: {'; '.join(found)}")
    return status


def cmd_missing(args: list[str]) -> int:
    report = {}
    for lang in TRANSLATED:
        memory = load_memory(lang)
        po = polib.pofile(str(po_path(lang)))
        for entry in po:
            if entry.obsolete:
                continue
            key = key_of(entry)
            if key not in memory or problems(entry, memory[key], lang):
                item = report.setdefault(key, describe(entry))
                item.setdefault("languages", []).append(lang)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args:
        Path(args[0]).write_text(text + "\n", encoding="utf-8")
        print(f"{len(report)} msgids need translations -> {args[0]}")
    else:
        print(text)
    return 0


def read_batch(path: Path) -> dict[str, dict]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    namespace = runpy.run_path(str(path))
    order, table = namespace["ORDER"], namespace["T"]
    batch = {}
    for key, values in table.items():
        if len(values) != len(order):
            raise SystemExit(f"{path}: {key!r} has {len(values)} translations, not {len(order)}")
        batch[key] = dict(zip(order, values, strict=True))
    return batch


def cmd_import(args: list[str]) -> int:
    memories = {lang: load_memory(lang) for lang in TRANSLATED}
    count = 0
    for name in args:
        for key, values in read_batch(Path(name)).items():
            for lang, value in values.items():
                if lang not in memories:
                    raise SystemExit(f"{name}: unknown language {lang!r} for {key!r}")
                memories[lang][key] = list(value) if isinstance(value, list | tuple) else value
                count += 1
    for lang, memory in memories.items():
        save_memory(lang, memory)
    print(f"imported {count} translations")
    return 0


def cmd_check(_args: list[str]) -> int:
    status = 0
    for lang in LANGUAGES:
        po = polib.pofile(str(po_path(lang)))
        entries = [e for e in po if not e.obsolete]
        untranslated = len(po.untranslated_entries())
        fuzzy = len(po.fuzzy_entries())
        bad = [
            (key_of(e), found)
            for e in entries
            if e.translated() and (found := problems(e, current(e), lang))
        ]
        header = po.metadata.get("Plural-Forms", "")
        wrong_header = header != PLURAL_FORMS[lang]
        print(
            f"{lang}: {len(entries)} entries, {untranslated} untranslated, {fuzzy} fuzzy, "
            f"{len(bad)} with problems" + (", wrong Plural-Forms" if wrong_header else "")
        )
        for key, found in bad:
            print(f"  {key!r}: {'; '.join(found)}")
        if untranslated or fuzzy or bad or wrong_header:
            status = 1
    return status


COMMANDS = {"fill": cmd_fill, "missing": cmd_missing, "import": cmd_import, "check": cmd_check}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
