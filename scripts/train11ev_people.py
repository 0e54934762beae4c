"""Builders shared by the train11 spec modules: people, addresses and a compact event constructor."""

from __future__ import annotations

import unicodedata
from typing import Any

from train11ev_boiler import google_footer, video
from train11ev_ics import ME_CN, ME_PRIVATE, ME_WORK, Att, Ev

NH = "nordhavn-bank.se"


def addr(name: str, domain: str, style: str = "first.last") -> str:
    """Given a display name and a domain, returns an ASCII mailbox in the given style."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [x for x in plain.replace("-", " ").split() if x]
    if style == "flast":
        local = parts[0][0] + parts[-1]
    elif style == "first":
        local = parts[0]
    else:
        local = ".".join(parts)
    return f"{local}@{domain}"


def p(name: str, domain: str, style: str = "first.last", **kw: Any) -> Att:
    """Given a name and a domain, returns an attendee with a derived address."""
    return Att(name, addr(name, domain, style), **kw)


def room(name: str, email: str) -> Att:
    """Given a room name and mailbox, returns a ROOM attendee."""
    return Att(name, email, role="NON-PARTICIPANT", cutype="ROOM", partstat="ACCEPTED")


def res(name: str, email: str) -> Att:
    """Given a resource name and mailbox, returns a RESOURCE attendee."""
    return Att(name, email, role="NON-PARTICIPANT", cutype="RESOURCE", partstat="ACCEPTED")


def me(work: bool = False) -> Att:
    """Given which address, returns Jonas as an attendee."""
    return Att(ME_CN, ME_WORK if work else ME_PRIVATE)


def org(a: Att) -> tuple[str, str]:
    """Given an attendee, returns the (CN, address) organizer pair."""
    return (a.cn, a.email)


def ev(kind: str, lang: str, summary: str, interview: bool, *, vid: str = "", footer: bool = False,
       people: list[Att] | None = None, organizer: Att | None = None, work: bool = False,
       organizer_in_att: bool = True, **kw: Any) -> Ev:
    """Given the essentials, returns an Ev with Jonas added, the organizer listed and boilerplate appended."""
    desc = str(kw.pop("desc", ""))
    if vid:
        desc = (desc + "\n\n" if desc else "") + video(vid, summary + kind, lang)
    if footer:
        desc += google_footer(lang)
    att: list[Att] = []
    if organizer is not None and organizer_in_att:
        att.append(Att(organizer.cn, organizer.email, role="CHAIR", partstat="ACCEPTED", coord=organizer.coord))
    att += list(people or [])
    if kw.pop("with_me", True):
        att.append(me(work))
    return Ev(kind=kind, lang=lang, summary=summary, interview=interview, desc=desc,
              org=org(organizer) if organizer else None, att=att,
              me=ME_WORK if work else ME_PRIVATE, **kw)
