"""Tool-shaped VEVENT builders for holdout93: Outlook/Exchange, Google, Apple, Thunderbird, ATS exports."""

from __future__ import annotations

from holdout93ev_ics import STAMP, alarm, calendar, dt, esc, hexid, oid, uid_of, vevent


def uuid(seed: str, upper: bool = False) -> str:
    h = hexid(seed, 32)
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def _common(summary: str, desc: str, location: str, lang: str = "") -> list[str]:
    lp = f";LANGUAGE={lang}" if lang else ""
    out = [f"SUMMARY{lp}:{esc(summary)}"]
    if desc:
        out.append(f"DESCRIPTION{lp}:{esc(desc)}")
    if location:
        out.append(f"LOCATION{lp}:{esc(location)}")
    return out


def html(desc: str) -> str:
    body = "".join(f"<p class=MsoNormal>{p or '&nbsp;'}</p>" for p in desc.replace("&", "&amp;").split("\n"))
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang=FR-BE>' + body + "</body></html>")
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(page)


def outlook(seed: str, summary: str, start: str, end: str, tz: str, organizer: str, attendees: list[str],
            desc: str = "", location: str = "", lang: str = "fr-BE", alt: bool = True, method: str = "REQUEST",
            status: str = "CONFIRMED", seq: int = 0, extra: tuple[str, ...] = (), allday: bool = False,
            prodid: str = "Microsoft Exchange Server 2010", teams_url: str = "") -> tuple[str, str]:
    lines = [organizer, *attendees]
    lines += _common(summary, desc, location, lang)[1:2] if desc else []
    lines += [f"UID:{oid(seed)}", f"SUMMARY;LANGUAGE={lang}:{esc(summary)}"]
    lines += [dt("DTSTART", start, tz), dt("DTEND", end, tz)]
    lines += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{STAMP}", "TRANSP:OPAQUE", f"STATUS:{status}",
              f"SEQUENCE:{seq}"]
    if location:
        lines.append(f"LOCATION;LANGUAGE={lang}:{esc(location)}")
    lines += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}", "X-MICROSOFT-ONLINEMEETINGINFORMATION:{}"]
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE", *extra]
    if alt and desc:
        lines.append(html(desc))
    if method != "CANCEL":
        lines += alarm(15, "REMINDER")
    ev = vevent(lines)
    return calendar(prodid, [ev], method=method, tzs=(tz,) if tz else ()), uid_of(lines)


def google(seed: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], desc: str = "",
           location: str = "", tz: str = "", method: str = "REQUEST", conf: str = "", status: str = "CONFIRMED",
           seq: int = 0, xwr: str = "", extra: tuple[str, ...] = (), domain: str = "google.com",
           created: str = "20250328T101010Z") -> tuple[str, str]:
    uid = f"{hexid(seed, 26)}@{domain}"
    lines = [dt("DTSTART", start, tz), dt("DTEND", end, tz), f"DTSTAMP:{STAMP}", organizer, f"UID:{uid}"]
    lines += attendees
    if conf:
        lines.append(f"X-GOOGLE-CONFERENCE:{conf}")
    lines += [f"CREATED:{created}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    lines += [f"LAST-MODIFIED:{STAMP}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", *extra]
    if method != "CANCEL":
        lines += alarm(10, "This is an event reminder")
    calprops = ("CALSCALE:GREGORIAN",) + ((f"X-WR-TIMEZONE:{xwr}", f"X-WR-CALNAME:{xwr and 'Thomas'}") if xwr
                                         else ())
    return (calendar("-//Google Inc//Google Calendar 70.9054//EN", [vevent(lines)], method=method,
                     tzs=(tz,) if tz else (), calprops=calprops), uid)


def apple(seed: str, summary: str, start: str, end: str, tz: str = "Europe/Brussels", desc: str = "",
          location: str = "", url: str = "", extra: tuple[str, ...] = (), ios: str = "iPhone OS 17.5.1",
          organizer: str = "", attendees: tuple[str, ...] = ()) -> tuple[str, str]:
    uid = uuid(seed, upper=True)
    lines = [f"CREATED:{STAMP}", dt("DTEND", end, tz), f"DTSTAMP:{STAMP}", dt("DTSTART", start, tz),
             f"LAST-MODIFIED:{STAMP}", "SEQUENCE:0", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"]
    if organizer:
        lines.append(organizer)
    lines += list(attendees)
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if url:
        lines.append(f"URL;VALUE=URI:{url}")
    lines += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *extra]
    lines += ["BEGIN:VALARM", f"X-WR-ALARMUID:{uuid(seed + 'a', True)}", f"UID:{uuid(seed + 'a', True)}",
              "TRIGGER:-PT30M", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "END:VALARM"]
    ev = vevent(lines)
    tzs = (tz,) if tz and len(start) > 8 else ()
    return calendar(f"-//Apple Inc.//{ios}//EN", [ev], tzs=tzs, calprops=("CALSCALE:GREGORIAN",)), uid


def thunderbird(seed: str, summary: str, start: str, end: str, tz: str = "Europe/Brussels", desc: str = "",
                location: str = "", organizer: str = "", attendees: tuple[str, ...] = (),
                method: str = "", extra: tuple[str, ...] = ()) -> tuple[str, str]:
    uid = uuid(seed)
    lines = [f"CREATED:{STAMP}", f"LAST-MODIFIED:{STAMP}", f"DTSTAMP:{STAMP}", f"UID:{uid}",
             f"SUMMARY:{esc(summary)}"]
    if organizer:
        lines.append(organizer)
    lines += list(attendees)
    lines += [dt("DTSTART", start, tz), dt("DTEND", end, tz), "TRANSP:OPAQUE", "X-MOZ-GENERATION:2"]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    lines += list(extra)
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT1H", "DESCRIPTION:Mozilla Alarm",
              "END:VALARM"]
    tzs = (tz,) if tz and len(start) > 8 else ()
    return calendar("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", [vevent(lines)], method=method,
                    tzs=tzs), uid


def ats(prodid: str, uid: str, summary: str, start: str, end: str, organizer: str, attendees: list[str],
        desc: str = "", location: str = "", tz: str = "", method: str = "REQUEST", status: str = "CONFIRMED",
        seq: int = 0, extra: tuple[str, ...] = (), url: str = "") -> tuple[str, str]:
    lines = [f"UID:{uid}", f"DTSTAMP:{STAMP}", dt("DTSTART", start, tz), dt("DTEND", end, tz),
             f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines += [organizer, *attendees, f"STATUS:{status}", f"SEQUENCE:{seq}", *extra]
    return calendar(prodid, [vevent(lines)], method=method, tzs=(tz,) if tz else ()), uid
