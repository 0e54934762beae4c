"""Shared pieces for the holdout64 event split: the event record, time zones, calendar wrapper, folding.

The events themselves are raw iCalendar text written by hand in the holdout64ev_pos_* and holdout64ev_neg_*
modules, folded by hand where a source line would get too long (a continuation line starts with one space,
so a word boundary at a fold is written as two spaces). This module wraps them in a VCALENDAR, unfolds the
hand folds, folds again at 75 octets the way calendar servers do (never inside a UTF-8 sequence) and uses
CRLF line ends.
"""

from __future__ import annotations

from dataclasses import dataclass

USER_FREE = "dragana.petrovic@gmx.at"
USER_WORK = "d.petrovic@alpenmilch-gruppe.at"


@dataclass(frozen=True)
class Ev:
    """One labelled file: its kind (file-name tail), the UID a parser reads, the text and the label cells."""

    kind: str
    uid: str
    text: str
    interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


TZ_VIENNA = r"""BEGIN:VTIMEZONE
TZID:Europe/Vienna
X-LIC-LOCATION:Europe/Vienna
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TZ_ZURICH = TZ_VIENNA.replace("Europe/Vienna", "Europe/Zurich")
TZ_BERLIN = TZ_VIENNA.replace("Europe/Vienna", "Europe/Berlin")

TZ_WIN = r"""BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

WIN_DE_NAME = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
TZ_WIN_DE = TZ_WIN.replace("TZID:W. Europe Standard Time", "TZID:" + WIN_DE_NAME)

WIN_EN_NAME = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
TZ_WIN_EN = TZ_WIN.replace("TZID:W. Europe Standard Time", "TZID:" + WIN_EN_NAME)

PRODID_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PRODID_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PRODID_EXCHANGE = "Microsoft Exchange Server 2010"
PRODID_APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
PRODID_MAC = "-//Apple Inc.//macOS 15.1//EN"
PRODID_TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def _fold(line: str) -> list[str]:
    """Fold one content line at 75 octets; continuation lines start with one space."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
            limit = 75
        cur += ch
        size += n
    out.append(cur)
    return out


def unfold(text: str) -> list[str]:
    """Join source continuation lines (leading space or tab) to the line before, as RFC 5545 unfolds."""
    out: list[str] = []
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip("\r")
        if line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


def finish(text: str, eol: str = "\r\n", fold: bool = True) -> str:
    """Unfold the hand-written text, fold again at 75 octets (unless fold is False) and set the line ends."""
    lines: list[str] = []
    for line in unfold(text):
        lines.extend(_fold(line) if fold else [line])
    return eol.join(lines) + eol


def cal(body: str, prodid: str = PRODID_GOOGLE, method: str | None = "REQUEST", head: str = "",
        eol: str = "\r\n", fold: bool = True) -> str:
    """Wrap VTIMEZONE/VEVENT text in a VCALENDAR with the given PRODID and METHOD."""
    parts = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        parts.append("METHOD:" + method)
    if head:
        parts.append(head.strip("\n"))
    parts.append(body.strip("\n"))
    parts.append("END:VCALENDAR")
    return finish("\n".join(parts), eol=eol, fold=fold)
