"""One page tree per pytest worker, not one per test (issue 12; see docs/ci-timing.md).

build_site_tree() takes one to three seconds (18 pages in six languages, revisions, search
index); some 370 tests use it through the `site_tree` fixture, and the minutes and calendar
tests add an archive or a calendar on top. Here the tree (with those additions) is built once,
in a transaction that stays open while the tests that ask for it run. Each of those tests runs
in a savepoint inside it, which pytest-django rolls back as always, so every test still meets
the same fresh tree, and gets freshly read objects. Before any other database test the outer
transaction is rolled back as well: those tests see exactly the database they saw before (no
tree). tests/conftest.py opens and closes the transaction from pytest_runtest_setup, before a
test's own transaction exists, and sorts the tests so that each worker builds each kind of tree
once.

An addition on top of the tree is registered with `on_tree(fixture_name, build, fresh)`:
`build(tree) -> data` makes it (the same code the fixture would run), `fresh(data) -> data`
reads its objects again. The fixture then returns `shared(fixture_name)` when it is not None.
"""

from __future__ import annotations

from collections.abc import Callable

ADDITIONS: dict[str, tuple[Callable, Callable, str]] = {}


def on_tree(name: str, build: Callable, fresh: Callable, *, module: str) -> None:
    """`module` defines the fixture `name` (a test module's own fixture of the same name is
    not shared)."""
    ADDITIONS[name] = (build, fresh, module)


def again(objects):
    """The same objects read from the database again: one object, a dict of objects of one
    model, or a dict of such dicts."""
    if isinstance(objects, dict):
        values = list(objects.values())
        if not values:
            return {}
        if isinstance(values[0], dict):
            return {key: again(value) for key, value in objects.items()}
        models = {type(value) for value in values}
        if len(models) == 1:
            by_pk = models.pop().objects.in_bulk([value.pk for value in values])
            return {key: by_pk[value.pk] for key, value in objects.items()}
        return {key: again(value) for key, value in objects.items()}
    return type(objects).objects.get(pk=objects.pk)


def fresh_tree(tree: dict) -> dict:
    return {key: again(value) for key, value in tree.items()}


class TreeBlock:
    def __init__(self):
        self.blocker = None  # pytest-django's django_db_blocker, once the database exists
        self.atomic = None
        self.kind: tuple[str, ...] | None = None
        self.data: dict = {}
        self.wanted: tuple[str, ...] | None = None  # what the test about to run needs

    def is_open(self, kind=None) -> bool:
        from django.db import connection

        return (
            self.atomic is not None
            and bool(connection.atomic_blocks)
            and connection.atomic_blocks[0] is self.atomic
            and (kind is None or kind == self.kind)
        )

    def open(self, kind: tuple[str, ...]) -> None:
        from django.db import transaction

        from tests.portal_tree import build_site_tree

        self.close()
        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            self.kind = kind
            try:
                tree = build_site_tree()
                self.data = {"site_tree": tree}
                for name in kind:
                    self.data[name] = ADDITIONS[name][0](tree)
            except BaseException:
                self.close()
                raise

    def close(self) -> None:
        if self.atomic is None:
            return
        from django.db import connection, transaction

        atomic, self.atomic, self.kind, self.data = self.atomic, None, None, {}
        with self.blocker.unblock():
            if connection.atomic_blocks == [atomic]:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)

    def get(self, name: str):
        """Fresh objects of the shared tree or addition `name`, or None if not shared now."""
        if not self.is_open() or name not in self.data:
            return None
        if name == "site_tree":
            return fresh_tree(self.data[name])
        return ADDITIONS[name][1](self.data[name])


BLOCK = TreeBlock()


def shared(name: str):
    return BLOCK.get(name)


def _defined_in(item, name: str) -> str | None:
    """The module of the fixture `name` that `item` gets, if it uses one."""
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.get(name) if info is not None else None
    if not definitions or name not in item.fixturenames:
        return None
    return getattr(definitions[-1].func, "__module__", None)


def wanted_kind(item) -> tuple[str, ...] | None:
    """None if the test does not use the shared tree, else the additions it uses (sorted)."""
    if _defined_in(item, "site_tree") != "tests.conftest":
        return None
    return tuple(
        sorted(
            name for name, (*_, module) in ADDITIONS.items() if _defined_in(item, name) == module
        )
    )
