"""Count the project's app-to-app imports: `python scripts/app_imports.py [ROOT]`.

Prints one line per pair, "from-app -> to-app: count", for
- Python imports (every `import x` / `from x import ...` statement in an app's modules,
  migrations included, whose target is another project app; relative imports resolved);
- template dependencies: `{% include %}`, `{% extends %}` and `{% load %}` in
  templates/<app>/ (and the site-wide templates at templates/*.html, counted as portal's) that
  name another app's templates (templates/<other>/...) or tag library (<other>/templatetags/).

ROOT defaults to this checkout; point it at an unpacked older commit to compare, e.g.
`git archive f44e358 | tar -x -C /tmp/before && python scripts/app_imports.py /tmp/before`.
An app is a top-level folder with an apps.py. Arrows within one app are not counted; an arrow
that does not point down the floors of .importlinter is marked "(against the floors)"."""

import ast
import re
import sys
from collections import Counter
from pathlib import Path

TEMPLATE_TAG = re.compile(r"{%\s*(include|extends|load)\s+([^%]+?)\s*%}")
QUOTED = re.compile(r"""["']([^"']+)["']""")
# The floors of .importlinter, bottom first: an arrow to a floor that is not lower is marked.
FLOORS = {
    "core": 0,
    "portal": 1,
    "events": 2,
    "forum": 3,
    "minutes": 3,
    "seating": 4,
    "feedback": 4,
}


def project_apps(root: Path) -> list[str]:
    return sorted(path.parent.name for path in root.glob("*/apps.py"))


def _module_name(root: Path, path: Path) -> list[str]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def python_imports(root: Path, apps: list[str]) -> Counter:
    counts: Counter = Counter()
    for app in apps:
        for path in (root / app).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            try:
                tree = ast.parse(source)
            except SyntaxError:  # pragma: no cover - the project's files all parse
                continue
            package = _module_name(root, path)
            if path.name != "__init__.py":
                package = package[:-1]
            for node in ast.walk(tree):
                targets = []
                if isinstance(node, ast.Import):
                    targets = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    if node.level:
                        base = package[: len(package) - node.level + 1]
                        targets = [".".join([*base, *([node.module] if node.module else [])])]
                    elif node.module:
                        targets = [node.module]
                for target in {t.split(".")[0] for t in targets if t}:
                    if target in apps and target != app:
                        counts[(app, target)] += 1
    return counts


def _template_owner(path: Path, templates: Path, apps: list[str]) -> str | None:
    parts = path.relative_to(templates).parts
    if len(parts) == 1:
        return "portal"  # base.html and the error pages are the site's
    return parts[0] if parts[0] in apps else None


def template_imports(root: Path, apps: list[str]) -> Counter:
    libraries = {
        path.stem: path.parent.parent.name
        for app in apps
        for path in (root / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }
    templates = root / "templates"
    counts: Counter = Counter()
    for path in templates.rglob("*.html"):
        owner = _template_owner(path, templates, apps)
        if owner is None:
            continue
        for kind, argument in TEMPLATE_TAG.findall(path.read_text(encoding="utf-8")):
            if kind == "load":
                names = (
                    argument.split(" from ")[-1].split()
                    if " from " in argument
                    else argument.split()
                )
                targets = {libraries[name] for name in names if name in libraries}
            else:
                quoted = QUOTED.match(argument)
                targets = {quoted.group(1).split("/")[0]} if quoted else set()
            for target in targets:
                if target in apps and target != owner:
                    counts[(owner, target)] += 1
    return counts


def main(root: Path) -> None:
    apps = project_apps(root)
    for title, counts in (
        ("Python imports", python_imports(root, apps)),
        ("Template include/extends/load", template_imports(root, apps)),
    ):
        print(f"# {title} ({sum(counts.values())} in all)")
        for (source, target), count in sorted(counts.items()):
            upward = FLOORS.get(target, -1) >= FLOORS.get(source, 99)
            print(f"{source} -> {target}: {count}" + ("  (against the floors)" if upward else ""))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
