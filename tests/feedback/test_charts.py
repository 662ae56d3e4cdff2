"""The SVG bar-chart helper."""

import xml.etree.ElementTree as ET

import pytest

from feedback.charts import BarChart, Series
from feedback.translations import LocalText

SVG = "{http://www.w3.org/2000/svg}"


def _chart(**kwargs):
    defaults = {
        "chart_id": "q1",
        "title": "Did you feel heard?",
        "categories": ["Yes", "Partly", "No"],
        "series": [Series("Answers", [12, 5, 3], ["12 (60 %)", "5 (25 %)", "3 (15 %)"])],
    }
    defaults.update(kwargs)
    return BarChart(**defaults)


def test_svg_is_well_formed_and_named():
    root = ET.fromstring(str(_chart().svg()))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "q1-title q1-desc"
    assert root.find(f"{SVG}title").text == "Did you feel heard?"
    desc = root.find(f"{SVG}desc").text
    assert "Yes: 12 (60 %)" in desc and "No: 3 (15 %)" in desc
    assert "style" not in str(_chart().svg())  # the public CSP forbids inline styles


def test_bar_lengths_are_proportional():
    root = ET.fromstring(str(_chart().svg()))
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("fill") == "#0b5c8a"]
    widths = [float(r.get("width")) for r in bars]
    assert widths[0] > widths[1] > widths[2] > 0
    assert widths[0] / widths[2] == pytest.approx(4, rel=0.01)


def test_right_to_left_charts_are_mirrored():
    ltr = ET.fromstring(str(_chart().svg()))
    rtl = ET.fromstring(str(_chart(direction="rtl").svg()))
    ltr_bar = [r for r in ltr.iter(f"{SVG}rect") if r.get("fill") == "#0b5c8a"][0]
    rtl_bar = [r for r in rtl.iter(f"{SVG}rect") if r.get("fill") == "#0b5c8a"][0]
    assert float(ltr_bar.get("x")) == 0
    assert float(rtl_bar.get("x")) + float(rtl_bar.get("width")) == pytest.approx(360)
    directions = {t.get("direction") for t in rtl.iter(f"{SVG}text")}
    assert directions == {"rtl", "ltr"}  # labels RTL, numbers keep their LTR order


def test_labels_are_escaped_and_carry_their_language():
    chart = _chart(categories=[LocalText("<script>x</script>", "de"), "B & C", "D"], lang="fa")
    svg = str(chart.svg())
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    root = ET.fromstring(svg)
    assert root.get("lang") == "fa"
    assert any(t.get("lang") == "de" for t in root.iter(f"{SVG}text"))


def test_grouped_series_get_a_legend_and_table_rows():
    chart = _chart(
        categories=["2024", "2025"],
        series=[Series("Registrations", [10, 20]), Series("Attended", [8, 15])],
    )
    root = ET.fromstring(str(chart.svg()))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Registrations" in texts and "Attended" in texts
    assert chart.rows() == [
        {"category": "2024", "lang": None, "values": ["10", "8"]},
        {"category": "2025", "lang": None, "values": ["20", "15"]},
    ]


def test_empty_data_and_mismatched_series():
    root = ET.fromstring(str(_chart(series=[Series("Answers", [0, 0, 0])]).svg()))
    assert root.get("viewBox").startswith("0 0 360")
    with pytest.raises(ValueError):
        _chart(series=[Series("Answers", [1, 2])])


def test_long_labels_are_shortened_in_the_graphic_only():
    long = "Sehr lange Antwortmöglichkeit mit vielen Wörtern, die nicht in eine Zeile passt"
    chart = _chart(categories=[long, "b", "c"])
    svg = str(chart.svg())
    assert "…" in svg
    assert chart.rows()[0]["category"] == long
