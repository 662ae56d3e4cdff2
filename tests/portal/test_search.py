import pytest

pytestmark = pytest.mark.django_db


def test_search_returns_results_of_the_current_language_only(client, site_tree):
    german = client.get("/de/search/", {"q": "Anmeldung"})
    assert german.status_code == 200
    assert b"/de/ankommen/anmeldung/" in german.content
    assert b"/ar/ankommen/anmeldung/" not in german.content
    arabic = client.get("/ar/search/", {"q": "Registration"})
    assert b"/ar/ankommen/anmeldung/" in arabic.content
    assert b"/en/ankommen/anmeldung/" not in arabic.content


def test_empty_result_has_a_clear_message(client, site_tree):
    response = client.get("/de/search/", {"q": "Raumschiff"})
    assert response.status_code == 200
    assert b'class="empty"' in response.content


def test_oversized_query_is_a_400_in_the_visitors_language(client, site_tree):
    response = client.get("/ar/search/", {"q": "x" * 5000})
    assert response.status_code == 400
    assert b'lang="ar" dir="rtl"' in response.content
    assert b'role="alert"' in response.content


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "\x00\x01",
        "%%%",
        "' OR 1=1 --",
    ],
)
def test_hostile_queries_are_escaped_never_500(client, site_tree, query):
    response = client.get("/de/search/", {"q": query, "page": "99999999999999999999"})
    assert response.status_code in (200, 400)
    assert b"<script>alert(1)</script>" not in response.content
    assert b"<img src=x" not in response.content


def test_malformed_page_number_is_not_an_error(client, site_tree):
    response = client.get("/de/search/?q=Anmeldung&page=abc")
    assert response.status_code == 200
