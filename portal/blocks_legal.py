"""StreamField blocks of the legal and accessibility pages.

- `VideoBlock`: a video that the site hosts itself (a Wagtail document, played by the browser's
  own `<video>`) or a plain link to one elsewhere. Never an embed: an iframe from a video
  platform would send every visitor's address there before they chose to watch. The text
  version is required, for everyone who cannot play or hear the video.
- `RetentionTableBlock`: the storage periods of the privacy notice, rendered from the values
  the code really uses (portal/legal.py `retention_rows`), so the notice cannot drift from them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .blocks import ContentStreamBlock


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title of the video"), max_length=200)
    video = DocumentChooserBlock(
        label=_("Video file (MP4 or WebM)"),
        required=False,
        help_text=_("Upload the video as a document: the site serves it itself."),
    )
    link = blocks.URLBlock(
        label=_("Or: link to the video"),
        required=False,
        help_text=_("Shown as a plain link; nothing from the other site loads with the page."),
    )
    poster = ImageChooserBlock(label=_("Still image"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("The same content as text"),
        features=["bold", "ol", "ul", "link"],
        help_text=_("For everyone who cannot play or hear the video."),
    )

    class Meta:
        icon = "media"
        template = "portal/blocks/video.html"


class RetentionTableBlock(blocks.StaticBlock):
    class Meta:
        icon = "table"
        label = _("Storage periods (from the settings)")
        admin_text = _("Shows which data the platform keeps and for how long, as configured.")
        template = "portal/blocks/retention_table.html"


class LegalStreamBlock(ContentStreamBlock):
    """Text blocks plus the privacy notice's storage periods."""

    retention = RetentionTableBlock()


class EntryStreamBlock(ContentStreamBlock):
    """Text blocks plus videos (sign language)."""

    video = VideoBlock()
