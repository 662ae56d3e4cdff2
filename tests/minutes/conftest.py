import pytest


@pytest.fixture
def minutes_tree(site_tree):
    """The portal's test tree plus a minutes archive in de, en and ar, and two bodies."""
    from tests.minutes.factories import make_archive, make_body

    archives = make_archive(site_tree)
    steering = make_body(
        translations={
            site_tree["locales"]["ar"]: "مجموعة التوجيه",
            site_tree["locales"]["en"]: "Steering group",
        }
    )
    housing = make_body(name="AG Wohnen", slug="ag-wohnen", kind="working_group", translations={})
    return {**site_tree, "archive": archives, "steering": steering, "housing": housing}
