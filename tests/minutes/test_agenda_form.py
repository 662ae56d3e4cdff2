"""A new minutes form does not greet the editor with an error: "at least one agenda item" is
checked when the form is sent, not shown live by the editor's JavaScript (issue #15)."""

import html as html_lib
import json
import re

import pytest
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.roles import EDITORS
from minutes.models import MinutesPage
from tests.minutes.factories import make_user
from tests.minutes.test_review import form_data

pytestmark = pytest.mark.django_db

# The admin speaks the site's language (German): the message as the editor reads it.
with override("de"):
    MESSAGE = gettext("Please add at least one agenda item.")
# The editor's JavaScript gets block errors as JSON inside an HTML attribute.
MESSAGE_IN_JSON = json.dumps(MESSAGE)[1:-1]


@pytest.fixture
def editor_client(client, minutes_tree):
    client.force_login(make_user("redaktion@example.org", EDITORS))
    return client


def _add_url(minutes_tree):
    return reverse(
        "wagtailadmin_pages:add", args=["minutes", "minutespage", minutes_tree["archive"]["de"].pk]
    )


def test_new_form_shows_no_error(editor_client, minutes_tree):
    response = editor_client.get(_add_url(minutes_tree))
    assert response.status_code == 200
    page_html = html_lib.unescape(response.content.decode())
    assert MESSAGE not in page_html and MESSAGE_IN_JSON not in page_html
    assert "The minimum number of items" not in page_html
    assert '"minNum"' in page_html  # the block definitions the editor's JavaScript reads
    # The cause: a minimum there is checked (and shown in red) live, before any typing.
    assert '"min_num": 1' not in page_html
    assert not re.search(r'"minNum": [1-9]', page_html)


def test_sending_without_items_shows_the_error(editor_client, minutes_tree):
    # Submitted for review (a draft may be saved unfinished: Wagtail defers its checks).
    data = {
        k: v
        for k, v in form_data(body=minutes_tree["steering"], **{"action-submit": "1"}).items()
        if not k.startswith("agenda-")
    }
    data.update(nested_form_data({"agenda": streamfield([])}))
    response = editor_client.post(_add_url(minutes_tree), data)
    assert response.status_code == 200
    assert MESSAGE_IN_JSON in html_lib.unescape(response.content.decode())
    assert not MinutesPage.objects.filter(slug="sitzung-2025-09-11").exists()
    # What the editor typed is kept.
    assert "Die Gruppe hat beraten." in response.content.decode()
