from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def subpage_url(context, page, name: str, **kwargs) -> str:
    """URL of a route of a routable page (the archive's body pages and feeds)."""
    request = context.get("request")
    return (page.get_url(request) or "") + page.reverse_subpage(name, kwargs=kwargs)
