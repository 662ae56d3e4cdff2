"""The floor plan holds outside Python imports too (import-linter checks those in make lint):
templates only include, extend or load what belongs to their own app or to an app below it,
and a function-local import of project code says why it is local."""

import ast
import configparser
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIR = ROOT / "templates"
REFERENCE = re.compile(r"""{%\s*(?:include|extends)\s+["'](?P<path>[^"']+)["']""")
LOAD = re.compile(r"{%\s*load\s+(?P<libraries>[^%]+?)\s*%}")


def layers() -> dict[str, int]:
    """App -> floor (0 = core), read from the import-linter contract itself."""
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    contract = next(s for s in config.sections() if config[s].get("type") == "layers")
    rows = [row.strip() for row in config[contract]["layers"].splitlines() if row.strip()]
    floors = {}
    for floor, row in enumerate(reversed(rows)):
        for app in re.split(r"[|:]", row):
            floors[app.strip()] = floor
    return floors


FLOORS = layers()
PROJECT_APPS = set(FLOORS)


def tag_libraries() -> dict[str, str]:
    """Template tag library name -> the app that defines it."""
    return {
        module.stem: app
        for app in PROJECT_APPS
        for module in (ROOT / app / "templatetags").glob("*.py")
        if module.stem != "__init__"
    }


def template_owner(template: Path) -> str:
    relative = template.relative_to(TEMPLATE_DIR)
    first = relative.parts[0]
    return first if first in PROJECT_APPS and len(relative.parts) > 1 else "portal"


def may_use(user: str, used: str) -> bool:
    return used == user or FLOORS[used] < FLOORS[user]


def violations(template_texts: dict[str, str], libraries: dict[str, str]) -> list[str]:
    found = []
    for name, text in template_texts.items():
        owner = template_owner(TEMPLATE_DIR / name)
        for match in REFERENCE.finditer(text):
            target = match["path"].split("/")[0]
            if target in PROJECT_APPS and "/" in match["path"]:
                used = target
            elif (TEMPLATE_DIR / match["path"]).exists():
                used = "portal"  # the site's own templates: base.html, account/, 404.html ...
            else:
                continue  # a library's template (wagtailadmin/...): below every app
            if not may_use(owner, used):
                found.append(f"{name} ({owner}) uses template {match['path']} ({used})")
        for match in LOAD.finditer(text):
            for library in match["libraries"].split():
                used = libraries.get(library)
                if used and not may_use(owner, used):
                    found.append(f"{name} ({owner}) loads {library} ({used})")
    return found


def all_templates() -> dict[str, str]:
    return {
        str(path.relative_to(TEMPLATE_DIR)): path.read_text(encoding="utf-8")
        for path in TEMPLATE_DIR.rglob("*")
        if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".xsl"}
    }


def test_the_contract_names_every_app_on_a_floor():
    assert FLOORS["core"] == 0
    assert FLOORS["portal"] == 1
    assert FLOORS["events"] < FLOORS["forum"] < FLOORS["seating"]
    assert FLOORS["forum"] < FLOORS["feedback"]


def test_templates_use_only_their_own_app_or_apps_below():
    assert violations(all_templates(), tag_libraries()) == []


@pytest.mark.parametrize(
    "text",
    [
        '{% include "forum/includes/event_registration.html" %}',
        "{% load i18n seating_tags %}",
        "{% extends 'feedback/base.html' %}",
    ],
)
def test_control_a_hub_template_reaching_up_is_caught(text):
    libraries = {"seating_tags": "seating", **tag_libraries()}
    assert violations({"events/event_page.html": text}, libraries)


def local_project_imports(source: str) -> list[tuple[int, str]]:
    """(line, text) of imports of project code inside functions, without a reason comment."""
    lines = source.splitlines()
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                project = node.level > 0 or module.split(".")[0] in PROJECT_APPS
            elif isinstance(node, ast.Import):
                project = any(a.name.split(".")[0] in PROJECT_APPS for a in node.names)
            else:
                continue
            # The reason may stand on any line of the statement (a parenthesised import).
            statement = lines[node.lineno - 1 : node.end_lineno]
            comments = [text.partition("#")[2] for text in statement]
            reason = " ".join(c.replace("noqa: F401", "").strip(" -:") for c in comments).strip()
            if project and not reason:
                found.append((node.lineno, lines[node.lineno - 1].strip()))
    return found


def test_function_local_imports_of_project_code_say_why():
    offenders = []
    for app in PROJECT_APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for number, text in local_project_imports(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {text}")
    assert offenders == []


def test_control_a_silent_local_import_is_caught():
    source = "def f():\n    from forum.models import Forum\n    from . import x  # reason\n"
    assert local_project_imports(source) == [(2, "from forum.models import Forum")]


def test_the_forum_contract_forbids_every_forum_module_but_public():
    """The forbidden list in .importlinter must grow with the forum app: every module of it
    except public.py (and packages) is named, so a new forum module is not an open door."""
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    forbidden = set(config["importlinter:contract:forum-public"]["forbidden_modules"].split())
    modules = {
        f"forum.{path.stem}"
        for path in (ROOT / "forum").glob("*.py")
        if path.stem not in {"__init__", "public", "apps", "roles"}
    }
    assert modules - forbidden == set()
