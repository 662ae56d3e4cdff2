"""A small element tree from html.parser, for asserting what an element's own lang and dir are
and which language and direction it inherits (tests only; the standard library, no lxml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict
    parent: Element | None = None
    children: list = field(default_factory=list)  # Elements and strings

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def inherited(self, name: str) -> str | None:
        """The nearest `lang` or `dir` on this element or an ancestor."""
        node = self
        while node is not None:
            value = node.attrs.get(name)
            if value and not (name == "dir" and value == "auto"):
                return value
            node = node.parent
        return None

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs) -> list[Element]:
        def matches(element):
            if tag and element.tag != tag:
                return False
            for name, wanted in attrs.items():
                have = element.attrs.get(name.rstrip("_").replace("_", "-"))
                if wanted is True and have is None:
                    return False
                if wanted is not True and (have is None or wanted not in have.split()):
                    return False
            return True

        return [element for element in self.iter() if matches(element)]

    def containing(self, text: str) -> Element:
        """The innermost element whose text contains `text` (the deepest of equal ones)."""
        found = [element for element in self.iter() if text in element.text]
        assert found, f"no element contains {text!r}"
        return min(reversed(found), key=lambda element: len(element.text))


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.current = self.current.parent

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str | bytes) -> Element:
    builder = _Builder()
    builder.feed(html.decode() if isinstance(html, bytes) else html)
    return builder.root
