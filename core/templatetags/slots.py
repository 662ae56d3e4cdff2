"""{% load slots %}{% slot "event_page_panels" page position="registration" %}: a hub's
template renders a slot without knowing who fills it (see core/slots.py). Like any simple
tag it takes `as name`, to test whether anything was contributed:

    {% slot "event_page_panels" page position="registration" as panels %}
    {% if panels %}{{ panels }}{% else %}...{% endif %}"""

from django import template
from django.utils.safestring import SafeString

from core import slots as registry

register = template.Library()


@register.simple_tag(takes_context=True)
def slot(context, name: str, obj=None, position: str = "") -> SafeString:
    found = registry.collect(context.get("request"), name, obj, position=position)
    return registry.render(context, found)
