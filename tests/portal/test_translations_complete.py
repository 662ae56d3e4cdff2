"""The interface catalogues are complete: every string in the code and templates is translated
into all nine languages, nothing is left fuzzy (Django would ignore it), plural entries have as
many forms as the language has, and placeholders survive translation.

When this fails after strings were added or changed: run makemessages, then
`scripts/translations.py missing`, translate, `import`, `fill` (see that script's docstring).
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
NPLURALS = {"de": 2, "en": 2, "ar": 6, "fa": 2, "tr": 2, "uk": 3, "ru": 3, "ro": 3, "bg": 2}
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
NAMED = re.compile(r"%\([^)]*\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")


def catalogue(lang: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))


def label(entry: polib.POEntry) -> str:
    return f"{entry.msgctxt} | {entry.msgid}" if entry.msgctxt else entry.msgid


def translations(entry: polib.POEntry) -> list[tuple[str, str]]:
    """(source, translation) pairs: msgstr[0] pairs with msgid, every other form with the plural."""
    if entry.msgid_plural:
        return [
            (entry.msgid if index == 0 else entry.msgid_plural, text)
            for index, text in sorted(entry.msgstr_plural.items())
        ]
    return [(entry.msgid, entry.msgstr)]


def test_every_language_has_a_catalogue():
    assert sorted(LANGUAGES) == sorted(NPLURALS)
    for lang in LANGUAGES:
        assert (LOCALE_DIR / lang / "LC_MESSAGES" / "django.po").is_file(), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_untranslated_or_fuzzy_entries(lang):
    po = catalogue(lang)
    untranslated = [label(e) for e in po.untranslated_entries()]
    fuzzy = [label(e) for e in po.fuzzy_entries()]
    assert not untranslated, f"{lang}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{lang}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms(lang):
    po = catalogue(lang)
    header = po.metadata.get("Plural-Forms", "")
    assert f"nplurals={NPLURALS[lang]};" in header.replace(" ", ""), (lang, header)
    wrong = [
        label(e)
        for e in po.translated_entries()
        if e.msgid_plural and sorted(e.msgstr_plural) != list(range(NPLURALS[lang]))
    ]
    assert not wrong, f"{lang}: plural entries without {NPLURALS[lang]} forms: {wrong[:5]}"


def edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_whitespace_survive_translation(lang):
    problems = []
    for entry in catalogue(lang).translated_entries():
        # python-format strings keep every placeholder; any other keeps at least its %(name)s.
        pattern = PLACEHOLDER if "python-format" in entry.flags else NAMED
        for source, text in translations(entry):
            expected, found = sorted(pattern.findall(source)), sorted(pattern.findall(text))
            if expected != found:
                problems.append(f"{label(entry)!r}: {found} instead of {expected}")
            if edges(source) != edges(text) or source.count("\n") != text.count("\n"):
                problems.append(f"{label(entry)!r}: leading/trailing space or line breaks differ")
    assert not problems, f"{lang}: " + "\n".join(problems[:10])


def test_english_catalogue_repeats_the_source():
    for entry in catalogue("en"):
        if entry.obsolete:
            continue
        expected = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        assert [text for _source, text in translations(entry)] == expected, label(entry)


def test_catalogues_contain_every_string_of_the_code(tmp_path, monkeypatch, settings):
    """Extract the strings afresh, as makemessages does, but into a scratch directory: each one
    must be in the catalogues already, or makemessages has not been run since it was added.

    makemessages writes next to any `locale` directory it walks past, so it runs in a mirror of
    the repository made of symlinks, without locale/."""
    mirror = tmp_path / "src"
    mirror.mkdir()
    skip = {"locale", ".venv", "var", "node_modules", ".git"}
    for item in ROOT.iterdir():
        if item.name not in skip and not item.name.startswith("."):
            (mirror / item.name).symlink_to(item, target_is_directory=item.is_dir())
    settings.LOCALE_PATHS = [str(tmp_path / "out")]
    monkeypatch.chdir(mirror)
    call_command(
        "makemessages",
        locale=["de"],
        ignore_patterns=[".venv", "var", "node_modules"],
        symlinks=True,
        verbosity=0,
    )
    fresh = polib.pofile(str(tmp_path / "out" / "de" / "LC_MESSAGES" / "django.po"))
    known = {(e.msgctxt, e.msgid, e.msgid_plural) for e in catalogue("de") if not e.obsolete}
    missing = sorted(label(e) for e in fresh if (e.msgctxt, e.msgid, e.msgid_plural) not in known)
    assert not missing, (
        f"{len(missing)} strings are not in locale/ yet (run makemessages, then "
        f"scripts/translations.py): {missing[:10]}"
    )
