"""Raw iCalendar helpers for the holdout127 event split (Rhys Llewellyn, surgical trainee in Cardiff).

Events are written by hand as raw VEVENT text; this module only wraps them in a VCALENDAR, adds the
VTIMEZONE blocks they name, a DTSTAMP when the author left it out, and folds lines at 75 octets.
"""

FREE = "rhys.llewellyn.md@gmail.com"
WORK = "rhys.llewellyn@wales.nhs.uk"

_EU_RULES = """BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dn}
DTSTART:19700329T{dh}0000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{sn}
DTSTART:19701025T{sh}0000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD"""


def _eu(tzid: str, std: str, dst: str, sn: str, dn: str, dh: str, sh: str) -> str:
    body = _EU_RULES.format(std=std, dst=dst, sn=sn, dn=dn, dh=dh, sh=sh)
    return f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{body}\nEND:VTIMEZONE"


def _south(tzid: str, std: str, dst: str, sn: str, dn: str, dst_start: str, dst_rule: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nTZNAME:{sn}\n"
        "DTSTART:19700405T030000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU\nEND:STANDARD\n"
        f"BEGIN:DAYLIGHT\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\nTZNAME:{dn}\n"
        f"DTSTART:{dst_start}\nRRULE:{dst_rule}\nEND:DAYLIGHT\nEND:VTIMEZONE"
    )


TZ = {
    "Europe/London": _eu("Europe/London", "+0000", "+0100", "GMT", "BST", "01", "02"),
    "Europe/Dublin": _eu("Europe/Dublin", "+0000", "+0100", "GMT", "IST", "01", "02"),
    "GMT Standard Time": _eu("GMT Standard Time", "+0000", "+0100", "GMT", "BST", "01", "02"),
    "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": _eu(
        "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "+0000", "+0100", "GMT", "BST", "01", "02"
    ),
    "Europe/Berlin": _eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST", "02", "03"),
    "W. Europe Standard Time": _eu("W. Europe Standard Time", "+0100", "+0200", "CET", "CEST", "02", "03"),
    "Europe/Zurich": _eu("Europe/Zurich", "+0100", "+0200", "CET", "CEST", "02", "03"),
    "Europe/Paris": _eu("Europe/Paris", "+0100", "+0200", "CET", "CEST", "02", "03"),
    "Europe/Madrid": _eu("Europe/Madrid", "+0100", "+0200", "CET", "CEST", "02", "03"),
    "Romance Standard Time": _eu("Romance Standard Time", "+0100", "+0200", "CET", "CEST", "02", "03"),
    "Australia/Sydney": _south(
        "Australia/Sydney", "+1000", "+1100", "AEST", "AEDT", "19701004T020000",
        "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
    ),
    "AUS Eastern Standard Time": _south(
        "AUS Eastern Standard Time", "+1000", "+1100", "AEST", "AEDT", "19701004T020000",
        "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
    ),
    "New Zealand Standard Time": _south(
        "New Zealand Standard Time", "+1200", "+1300", "NZST", "NZDT", "19700927T020000",
        "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU",
    ),
    "Australia/Brisbane": (
        "BEGIN:VTIMEZONE\nTZID:Australia/Brisbane\nBEGIN:STANDARD\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1000\n"
        "TZNAME:AEST\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE"
    ),
    "Eastern Standard Time": (
        "BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\nDTSTART:16011104T020000\n"
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010311T020000\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\n"
        "TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT\nEND:VTIMEZONE"
    ),
}


def ev(kind: str, label: tuple, body: str, prodid: str, method: str | None = "REQUEST",
       tz: tuple = (), cal: str = "") -> dict:
    """One file: `label` is (is_interview, company, role, stage, interviewers, trap)."""
    return {"kind": kind, "label": label, "body": body, "prodid": prodid, "method": method, "tz": tz, "cal": cal}


def fold(line: str) -> list[str]:
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


def render(e: dict) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{e['prodid']}", "VERSION:2.0"]
    if e["method"]:
        lines.append(f"METHOD:{e['method']}")
    lines += [x for x in e["cal"].strip("\n").split("\n") if x]
    for name in e["tz"]:
        lines += TZ[name].split("\n")
    for raw in e["body"].strip("\n").split("\n"):
        raw = raw.rstrip()
        if not raw:
            continue
        lines.append(raw)
        if raw == "BEGIN:VEVENT" and "DTSTAMP:" not in e["body"]:
            lines.append("DTSTAMP:20260112T091500Z")
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out += fold(ln)
    return "\r\n".join(out) + "\r\n"
