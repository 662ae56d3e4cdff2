"""Small server-side SVG bar charts that need no JavaScript and no inline styles.

A chart is an `<svg role="img">` named by its `<title>` and summarised by its `<desc>`; the
numbers are always also in a data table beside it (templates/feedback/includes/chart.html).
Bars are horizontal with the label above them, so long option texts fit on a phone. In
right-to-left languages the whole chart is mirrored: labels and bars start at the right.

    chart = BarChart(chart_id="q12", title="Did you feel heard?",
                     categories=["Yes", "Partly", "No"],
                     series=[Series("Answers", [12, 5, 3], ["12 (60 %)", "5 (25 %)", "3 (15 %)"])],
                     direction="rtl")
    chart.svg()  # SafeString
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH = 360
BAR_HEIGHT = 16
BAR_GAP = 3
LABEL_HEIGHT = 20
GROUP_GAP = 12
LEGEND_ROW = 20
VALUE_SPACE = 96
FONT_SIZE = 14
LABEL_MAX_CHARS = 46
# Contrast of at least 4.5:1 against white for every series colour (WCAG 1.4.11 needs 3:1).
COLOURS = ("#0b5c8a", "#a34f00", "#2a6e2f", "#6a3d9a", "#8a1c3b", "#37474f")
INK = "#1b1f24"
TRACK = "#e4ebf0"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]
    labels: Sequence[str] | None = None  # formatted values; default: the numbers

    def label(self, index: int) -> str:
        if self.labels is not None:
            return str(self.labels[index])
        value = self.values[index]
        return f"{value:g}" if isinstance(value, float) else str(value)


def _text_and_lang(value) -> tuple[str, str | None]:
    text = getattr(value, "text", None)
    if text is not None:
        return str(text), getattr(value, "lang", None)
    return str(value), None


def _truncate(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class BarChart:
    chart_id: str
    title: str
    categories: Sequence
    series: Sequence[Series]
    description: str = ""
    max_value: float | None = None
    direction: str = "ltr"
    lang: str | None = None
    category_header: str = ""
    colours: Sequence[str] = field(default=COLOURS)

    def __post_init__(self):
        self.chart_id = re.sub(r"[^A-Za-z0-9_-]", "-", self.chart_id) or "chart"
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError("Every series needs one value per category.")

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def has_legend(self) -> bool:
        return len(self.series) > 1

    def _maximum(self) -> float:
        values = [v for s in self.series for v in s.values if v is not None]
        top = max([self.max_value or 0, *values, 0])
        return top or 1

    def summary(self) -> str:
        """Text alternative for `<desc>`: every value, category by category."""
        if self.description:
            return self.description
        parts = []
        for index, category in enumerate(self.categories):
            label, _lang = _text_and_lang(category)
            values = ", ".join(
                (f"{s.name}: {s.label(index)}" if self.has_legend else s.label(index))
                for s in self.series
            )
            parts.append(f"{label}: {values}")
        return "; ".join(parts)

    def rows(self) -> list[dict]:
        """The same numbers for the data table."""
        return [
            {
                "category": _text_and_lang(category)[0],
                "lang": _text_and_lang(category)[1],
                "values": [s.label(index) for s in self.series],
            }
            for index, category in enumerate(self.categories)
        ]

    def _x(self, x: float, width: float = 0) -> float:
        """Mirror a horizontal position in right-to-left charts."""
        return WIDTH - x - width if self.is_rtl else x

    def _text(self, x, y, content, *, lang=None, css="", weight=None, numeric=False) -> str:
        # Numbers like "12 (60 %)" read left to right in every language: in a right-to-left
        # chart they keep LTR order and hang from their anchor to the left.
        direction = "ltr" if numeric else self.direction
        anchor = "end" if numeric and self.is_rtl else "start"
        return format_html(
            '<text x="{}" y="{}" font-size="{}" fill="{}" text-anchor="{}" '
            'direction="{}"{}{}{}>{}</text>',
            f"{x:.1f}",
            f"{y:.1f}",
            FONT_SIZE,
            INK,
            anchor,
            direction,
            format_html(' lang="{}"', lang) if lang else "",
            format_html(' class="{}"', css) if css else "",
            format_html(' font-weight="{}"', weight) if weight else "",
            content,
        )

    def svg(self) -> SafeString:
        maximum = self._maximum()
        bar_space = WIDTH - VALUE_SPACE
        parts = []
        y = 0.0
        if self.has_legend:
            for index, series in enumerate(self.series):
                colour = self.colours[index % len(self.colours)]
                parts.append(
                    format_html(
                        '<rect x="{}" y="{}" width="14" height="14" fill="{}"/>',
                        f"{self._x(0, 14):.1f}",
                        f"{y + 3:.1f}",
                        colour,
                    )
                )
                parts.append(self._text(self._x(20), y + 15, _truncate(series.name, 40)))
                y += LEGEND_ROW
            y += 6
        group_height = LABEL_HEIGHT + len(self.series) * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
        for index, category in enumerate(self.categories):
            label, lang = _text_and_lang(category)
            parts.append(
                format_html(
                    "<g>{}{}",
                    self._text(self._x(0), y + 15, _truncate(label), lang=lang, weight="600"),
                    format_html("<title>{}</title>", label) if len(label) > LABEL_MAX_CHARS else "",
                )
            )
            bar_y = y + LABEL_HEIGHT
            for s_index, series in enumerate(self.series):
                value = series.values[index] or 0
                width = max(bar_space * value / maximum, 0)
                colour = self.colours[s_index % len(self.colours)]
                parts.append(
                    format_html(
                        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
                        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                        f"{self._x(0, bar_space):.1f}",
                        f"{bar_y:.1f}",
                        f"{bar_space:.1f}",
                        BAR_HEIGHT,
                        TRACK,
                        f"{self._x(0, width):.1f}",
                        f"{bar_y:.1f}",
                        f"{width:.1f}",
                        BAR_HEIGHT,
                        colour,
                    )
                )
                parts.append(
                    self._text(
                        self._x(bar_space + 6), bar_y + 13, series.label(index), numeric=True
                    )
                )
                bar_y += BAR_HEIGHT + BAR_GAP
            parts.append(mark_safe("</g>"))
            y += group_height
        height = max(y, 1)
        title_id = f"{self.chart_id}-title"
        desc_id = f"{self.chart_id}-desc"
        return format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" '
            'viewBox="0 0 {} {}" width="{}" height="{}" aria-labelledby="{} {}" '
            'direction="{}"{}><title id="{}">{}</title><desc id="{}">{}</desc>{}</svg>',
            WIDTH,
            f"{height:.0f}",
            WIDTH,
            f"{height:.0f}",
            title_id,
            desc_id,
            self.direction,
            format_html(' lang="{}"', self.lang) if self.lang else "",
            title_id,
            self.title,
            desc_id,
            self.summary(),
            mark_safe("".join(str(part) for part in parts)),  # noqa: S308 - built with format_html
        )

    def __html__(self) -> str:
        return self.svg()
