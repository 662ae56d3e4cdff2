"""schema.org `Event` as JSON-LD, for search engines and assistants.

Rendered into `<script type="application/ld+json">` (data, not script: the CSP allows it). The
JSON is escaped like Django's `json_script`: <, > and & become \\u003C, \\u003E, \\u0026, so no
text an editor types can close the script element."""

from __future__ import annotations

import json
import re
from datetime import datetime

from django.utils.safestring import SafeString, mark_safe

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
}
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
REPEAT_FREQUENCY = {"weekly": "P1W", "monthly": "P1M", "monthly_weekday": "P1M"}
IN_STOCK = "https://schema.org/InStock"
# The first amount in an editor's free text ("10 €, ermäßigt 5 €", "€10"): the full price.
AMOUNT = re.compile(r"(\d+)(?:[.,](\d{1,2}))?")


def _iso(moment: datetime, all_day: bool) -> str:
    """A date for all-day events; otherwise date, time and the zone's offset, whole seconds."""
    return moment.date().isoformat() if all_day else moment.replace(microsecond=0).isoformat()


def _price(cost: str) -> str | None:
    found = AMOUNT.search(cost)
    if found is None:
        return None
    whole, cents = found.groups()
    return f"{int(whole)}.{cents.ljust(2, '0')}" if cents else str(int(whole))


def offers(page, *, url: str) -> dict:
    """Free: price 0. Paid: the first amount of the cost text, and where to register (the
    external registration link, else the event page)."""
    offer = {
        "@type": "Offer",
        "url": page.registration_url or url,
        "priceCurrency": "EUR",
        "availability": IN_STOCK,
    }
    if not page.cost:
        offer["price"] = "0"
        return offer
    price = _price(page.cost)
    if price is not None:
        offer["price"] = price
    offer["description"] = page.cost  # reductions and the like, as the editor wrote them
    return offer


def _description(page) -> str:
    """Search engines want a description: the summary, else the page's search description,
    else the title (never empty)."""
    return page.summary or getattr(page, "search_description", "") or page.title


def event_data(
    page,
    *,
    url: str,
    start: datetime,
    end: datetime,
    venue,
    languages: list[str],
    category_names: list[str],
) -> dict:
    """`start`/`end`: local datetimes of the occurrence described (the next one of a series)."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "startDate": _iso(start, page.all_day),
        "endDate": _iso(end, page.all_day),
        "eventStatus": STATUS.get(page.status, STATUS["scheduled"]),
        "url": url,
        "inLanguage": languages or [page.locale.language_code],
    }
    data["description"] = _description(page)
    locations = []
    if venue is not None:
        place = {
            "@type": "Place",
            "name": venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": venue.street,
                "postalCode": venue.postal_code,
                "addressLocality": venue.city,
                "addressCountry": "DE",
            },
        }
        if venue.latitude is not None and venue.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
        features = [
            {"@type": "LocationFeatureSpecification", "name": name, "value": True}
            for name, present in (
                ("step-free access", venue.step_free),
                ("hearing loop", venue.hearing_loop),
                ("accessible toilet", venue.accessible_toilet),
            )
            if present
        ]
        if features:
            place["amenityFeature"] = features
        locations.append(place)
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    if venue is not None and page.online_url:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif page.online_url:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    data["eventAttendanceMode"] = mode
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if page.organiser_name or page.organiser_email:
        organizer = {"@type": "Organization", "name": page.organiser_name or page.organiser_email}
        if page.organiser_email:
            organizer["email"] = page.organiser_email
        if page.organiser_phone:
            organizer["telephone"] = page.organiser_phone
        data["organizer"] = organizer
    data["isAccessibleForFree"] = not page.cost
    data["offers"] = offers(page, url=url)
    if category_names:
        data["keywords"] = ", ".join(category_names)
    if page.is_recurring:
        schedule = {
            "@type": "Schedule",
            "repeatFrequency": REPEAT_FREQUENCY.get(page.repeat, "P1W"),
            "startDate": page.start.astimezone(page.zone).date().isoformat(),
            "endDate": page.repeat_until.isoformat(),
            "scheduleTimezone": page.zone.key,
        }
        if not page.all_day:
            schedule["startTime"] = start.strftime("%H:%M")
            schedule["endTime"] = end.strftime("%H:%M")
        if page.repeat_interval and page.repeat_interval > 1:
            unit = "W" if page.repeat == "weekly" else "M"
            schedule["repeatFrequency"] = f"P{page.repeat_interval}{unit}"
        data["eventSchedule"] = schedule
    return data


def json_ld(data: dict) -> SafeString:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(ESCAPES))  # noqa: S308 - escaped just above
