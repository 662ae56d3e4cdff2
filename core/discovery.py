"""Finding what the apps declare: each app may have a module of a given name (roles, demo,
load_data, services), and core imports it from every installed app, in INSTALLED_APPS order,
the way Django's admin finds `admin.py`. Core thereby uses the apps above it without
importing any of them by name."""

import importlib
from collections.abc import Iterator
from types import ModuleType

from django.apps import AppConfig, apps


def app_modules(name: str) -> Iterator[tuple[AppConfig, ModuleType]]:
    """(app config, module) for every installed app that has a module `<app>.<name>`.

    A missing module is skipped; an import error inside one that exists is raised, so a
    broken declaration is never silently ignored."""
    for config in apps.get_app_configs():
        dotted = f"{config.name}.{name}"
        try:
            module = importlib.import_module(dotted)
        except ModuleNotFoundError as error:
            if error.name != dotted:
                raise
            continue
        yield config, module
