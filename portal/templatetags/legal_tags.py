"""Links to the legal and accessibility pages (footer, home page) and the privacy notice's
table of storage periods."""

from django import template

from portal.legal import LABELS, legal_links, retention_rows

register = template.Library()


@register.inclusion_tag("portal/includes/legal_links.html", takes_context=True)
def footer_legal_links(context):
    request = context["request"]
    links = legal_links(request)
    return {"links": list(links.values()), "request": request}


@register.inclusion_tag("portal/includes/entry_links.html", takes_context=True)
def entry_links(context):
    """Leichte Sprache and Gebärdensprache, near the top of the home page (BITV 2.0 §4)."""
    links = legal_links(context["request"])
    return {"links": [links[kind] for kind in ("easy_language", "sign_language") if kind in links]}


@register.simple_tag(takes_context=True)
def storage_periods(context):
    return retention_rows(context.get("request"), context.get("page"))


@register.simple_tag
def legal_label(kind: str) -> str:
    return str(LABELS[kind])
