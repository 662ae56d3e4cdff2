import pytest

from tests.shared_tree import again, on_tree, shared


def build_minutes(tree: dict) -> dict:
    from tests.minutes.factories import make_archive, make_body

    archives = make_archive(tree)
    steering = make_body(
        translations={
            tree["locales"]["ar"]: "مجموعة التوجيه",
            tree["locales"]["en"]: "Steering group",
        }
    )
    housing = make_body(name="AG Wohnen", slug="ag-wohnen", kind="working_group", translations={})
    return {"archive": archives, "steering": steering, "housing": housing}


# Built once per worker on the shared tree (tests/shared_tree.py).
on_tree("minutes_tree", build_minutes, again, module=__name__)


@pytest.fixture
def minutes_tree(site_tree):
    """The portal's test tree plus a minutes archive in de, en and ar, and two bodies."""
    return {**site_tree, **(shared("minutes_tree") or build_minutes(site_tree))}
