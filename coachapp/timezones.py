"""The IANA name of this computer's time zone, which recurring rituals need.

Python knows the local offset but not the zone's name, and the name is what keeps "10:00 every
Tuesday" right across daylight-saving changes and in calendar files. tzlocal reads it on Linux
and Windows alike; French public bodies are the first users, hence the fallback.
"""

from __future__ import annotations

import logging
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

log = logging.getLogger("coachapp.timezones")

FALLBACK = "Europe/Paris"


@cache
def local_zone_name() -> str:
    try:
        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return str(name)
    except (ZoneInfoNotFoundError, ValueError, LookupError, OSError) as exc:
        log.warning("Cannot tell this computer's time zone (%s); using %s", exc, FALLBACK)
    return FALLBACK


def local_zone() -> ZoneInfo:
    return ZoneInfo(local_zone_name())
