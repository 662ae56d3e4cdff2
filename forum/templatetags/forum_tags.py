from django import template

register = template.Library()


@register.inclusion_tag("forum/includes/field.html")
def form_field(field):
    return {"field": field}
