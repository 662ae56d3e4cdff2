"""The portal's demo data (portal/demo/welcome.yaml, site.yaml) is complete and consistent;
the old Python module's self-check, now on the data file."""

import re

from django.conf import settings

from portal import demo

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_welcome_topics_are_complete_in_every_language():
    data = demo.welcome_data()  # checks every text has all nine languages
    topics = data["topics"]
    slugs = [topic["slug"] for topic in topics]
    assert len(topics) == 6 and len(set(slugs)) == 6
    for topic in topics:
        slug = topic["slug"]
        assert re.fullmatch(r"[a-z0-9-]+", slug), slug
        assert 2 <= [block["type"] for block in topic["body"]].count("heading") <= 3, slug
        for block in topic["body"]:
            assert block["type"] in {"heading", "paragraph"}, slug
            assert set(block["value"]) == set(LANGUAGES), slug
            assert all(text.strip() for text in block["value"].values()), slug
        assert 1 <= len(topic["contacts"]) <= 2, slug
        for contact in topic["contacts"]:
            assert set(contact["languages"]) <= set(LANGUAGES), slug
            assert contact["phone"].startswith("+49 2999 "), contact["phone"]  # fictional area
            assert contact["email"].endswith("example.org"), contact["email"]
        assert 1 <= len(topic["links"]) <= 2, slug
        assert all(link["url"].startswith("https://") for link in topic["links"]), slug
    # Translations are translations, not copies of the German.
    titles = topics[0]["title"]
    assert all(titles[code] != titles["de"] for code in LANGUAGES if code not in ("de",))


def test_site_data_names_the_town_and_known_roles():
    site = demo.site_data()
    assert site["town"]["postal_code"] == "45999"  # no real German postal code
    assert {account["role"] for account in site["accounts"]} <= set(demo.ROLES)
    assert set(site["languages"]) == set(LANGUAGES)
