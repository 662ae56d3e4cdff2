"""StreamField blocks for newcomer information. Contact cards carry what a newcomer needs to
actually go there: address, opening hours, phone and the languages spoken at the desk."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name of the office"), max_length=200)
    address = blocks.TextBlock(label=_("Address"), required=False)
    opening_hours = blocks.TextBlock(label=_("Opening hours"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=50)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    languages = blocks.MultipleChoiceBlock(
        label=_("Languages spoken there"), choices=LANGUAGE_CHOICES, required=False
    )

    class Meta:
        icon = "user"
        template = "portal/blocks/contact_card.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    url = blocks.URLBlock(label=_("Address (URL)"))

    class Meta:
        icon = "link"
        template = "portal/blocks/link.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title shown"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "portal/blocks/document.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=200,
        form_classname="title",
        template="portal/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )
    contact = ContactCardBlock()
    link = LinkBlock()
    document = DocumentBlock()
