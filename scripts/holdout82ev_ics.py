"""Helpers for the holdout82 event corpus: escaping, folding, time zones and video-call boilerplate.

The events themselves are written as raw iCalendar property lines in the holdout82ev_* modules; this module
only folds them, escapes TEXT values and supplies the VTIMEZONE blocks and conference footers that the
calendar tools paste in.
"""

from __future__ import annotations

import hashlib
import html as _html

USER_FREE = "rebecca.thompson61@btinternet.com"
USER_WORK = "rthompson@northernhearts.org.uk"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def p(name: str, text: str) -> str:
    """One property line with an escaped TEXT value."""
    return f"{name}:{esc(text)}"


def fold(line: str, width: int = 75) -> str:
    """Fold a content line at `width` octets without splitting a UTF-8 character."""
    if len(line.encode("utf-8")) <= width:
        return line
    parts: list[str] = []
    cur = ""
    size = 0
    limit = width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur, size, limit = "", 0, width - 1
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n ".join(parts)


def ics(lines: list[str], fold_width: int = 75) -> str:
    """Join raw lines into an iCalendar stream with CRLF endings, folding long lines."""
    return "\r\n".join(fold(x, fold_width) for x in lines) + "\r\n"


def tok(seed: str, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    """A stable pseudo-random token derived from `seed`."""
    out = ""
    i = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in digest)
        i += 1
    return out[:n]


def hexs(seed: str, n: int) -> str:
    return tok(seed, n, "0123456789ABCDEF")


def outlook_uid(seed: str) -> str:
    head = "040000008200E00074C5B7101A82E00800000000"
    return head + hexs(seed, 16) + "000000000000000010000000" + hexs(seed + "b", 32)


def google_uid(seed: str) -> str:
    return tok(seed, 26) + "@google.com"


def apple_uid(seed: str) -> str:
    h = hexs(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def guid(seed: str) -> str:
    return apple_uid(seed).lower()


# --- time zones -----------------------------------------------------------------------------------------

def tz_olson_london(lic: bool = True) -> list[str]:
    out = ["BEGIN:VTIMEZONE", "TZID:Europe/London"]
    if lic:
        out.append("X-LIC-LOCATION:Europe/London")
    out += [
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]
    return out


def tz_apple_london() -> list[str]:
    return [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "DTSTART:19810329T010000", "TZNAME:BST", "TZOFFSETTO:+0100", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "DTSTART:19961027T020000", "TZNAME:GMT", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE",
    ]


def tz_windows(tzid: str = "GMT Standard Time", std: str = "-0000", dst: str = "+0100") -> list[str]:
    """Outlook/Exchange style block for a Windows zone name (or a "(UTC+01:00) ..." display name)."""
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000" if std != "-0000" else "DTSTART:16011028T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000" if std != "-0000" else "DTSTART:16010325T010000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def tz_olson_cet(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]


UTC_LONDON = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
UTC_BERLIN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def alarm(minutes: int = 15, text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", f"TRIGGER:-PT{minutes}M", "ACTION:DISPLAY", f"DESCRIPTION:{text}", "END:VALARM"]


def outlook_tail(busy: str = "TENTATIVE") -> list[str]:
    return [
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0",
    ]


# --- conference boilerplate -----------------------------------------------------------------------------

RULE = "_" * 80


def teams_url(seed: str) -> str:
    thread = tok(seed, 48, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    tid = guid(seed + "tenant")
    oid = guid(seed + "org")
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context=%7b%22Tid%22"
            f"%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")


def _digits(seed: str, n: int) -> str:
    return tok(seed, n, "0123456789").replace("0", "4", 1)


def teams_en(seed: str, dial: bool = True, new_style: bool = False) -> str:
    mid = _digits(seed, 12)
    mid_s = " ".join(mid[i:i + 3] for i in range(0, 12, 3))
    code = tok(seed + "pc", 6, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    url = teams_url(seed)
    if new_style:
        out = [RULE, "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>",
               f"Join the meeting now<{url}>", f"Meeting ID: {mid_s} {_digits(seed + 'x', 1)}", f"Passcode: {code}"]
    else:
        out = [RULE, "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
               f"Click here to join the meeting<{url}>", f"Meeting ID: {mid_s}", f"Passcode: {code}",
               "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web"
               "<https://www.microsoft.com/microsoft-teams/join-a-meeting>"]
    if dial:
        conf = _digits(seed + "conf", 9)
        out += ["Or call in (audio only)" if not new_style else "Dial in by phone",
                f"+44 20 3855 {_digits(seed + 'ph', 4)},,{conf}#   United Kingdom, London",
                f"Phone Conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#",
                "Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN"
                "<https://dialin.teams.microsoft.com/usp/pstnconferencing>"]
    out += ["Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options"
            f"<https://teams.microsoft.com/meetingOptions/?organizerId={guid(seed + 'o')}>", RULE]
    return "\n".join(out)


def teams_fr(seed: str) -> str:
    mid = _digits(seed, 12)
    mid_s = " ".join(mid[i:i + 3] for i in range(0, 12, 3))
    code = tok(seed + "pc", 6, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return "\n".join([
        RULE, "Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
        f"Cliquez ici pour rejoindre la réunion<{teams_url(seed)}>", f"ID de la réunion : {mid_s}",
        f"Code secret : {code}",
        "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web"
        "<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
        "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion"
        f"<https://teams.microsoft.com/meetingOptions/?organizerId={guid(seed + 'o')}>", RULE])


def zoom_en(seed: str, host: str = "", sub: str = "us06web") -> str:
    mid = _digits(seed, 11)
    pwd = _digits(seed + "p", 6)
    pwd_t = tok(seed + "pwd", 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    mid_s = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    first = f"{host} is inviting you to a scheduled Zoom meeting.\n\n" if host else ""
    return (f"{first}Join Zoom Meeting\nhttps://{sub}.zoom.us/j/{mid}?pwd={pwd_t}.1\n\nMeeting ID: {mid_s}\n"
            f"Passcode: {pwd}\n\n---\n\nOne tap mobile\n+442034815240,,{mid}#,,,,*{pwd}# United Kingdom\n"
            f"+443300885830,,{mid}#,,,,*{pwd}# United Kingdom\n\n---\n\nDial by your location\n"
            f"• +44 203 481 5240 United Kingdom\n• +44 330 088 5830 United Kingdom\n\nMeeting ID: {mid_s}\n"
            f"Passcode: {pwd}\n\nFind your local number: https://{sub}.zoom.us/u/k{tok(seed + 'u', 8)}")


def meet_code(seed: str) -> str:
    t = tok(seed + "meet", 10, "abcdefghijklmnopqrstuvwxyz")
    return f"{t[:3]}-{t[3:7]}-{t[7:]}"


def meet_en(seed: str) -> str:
    code = meet_code(seed)
    pin = _digits(seed + "pin", 9)
    return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (GB) +44 20 3956 {_digits(seed, 4)} "
            f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\nMore phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def meet_es(seed: str) -> str:
    code = meet_code(seed)
    pin = _digits(seed + "pin", 9)
    return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Unirse con Google Meet: https://meet.google.com/{code}\nO marcar: (ES) +34 910 48 {_digits(seed, 2)} "
            f"{_digits(seed + 'q', 2)} PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n"
            f"Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "No edites esta sección.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def webex_en(seed: str, site: str) -> str:
    num = _digits(seed, 10)
    num_s = f"{num[:4]} {num[4:7]} {num[7:]}"
    pw = tok(seed + "w", 11, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return (f"Join meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{tok(seed, 32, '0123456789abcdef')}\n\n"
            f"Meeting number (access code): {num_s}\nMeeting password: {pw}\n\nJoin by phone\n"
            f"+44-20-7660-8149 United Kingdom Toll\n+44-20-3478-5289 United Kingdom Toll 2\n\n"
            f"Join by video system\nDial {num}@{site}.webex.com\nYou can also dial 173.243.2.68 and enter your "
            "meeting number.\n\nCan't join the meeting?\nhttps://help.webex.com/docs/DOC-5412")


def ev(kind: str, uid: str, lines: list[str], *, company: str = "", role: str = "", stage: str = "",
       interviewers: str = "", trap: str, side: bool = False, fold_width: int = 75) -> dict:
    """One corpus event with its label. `side` marks the user on the hiring side."""
    return {"kind": kind, "uid": uid, "text": ics(lines, fold_width), "is_interview": None, "company": company,
            "role": role, "stage": stage, "interviewers": interviewers, "trap": trap, "side": side}


def pos(kind: str, uid: str, lines: list[str], **kw) -> dict:
    e = ev(kind, uid, lines, **kw)
    e["is_interview"] = 1
    return e


def neg(kind: str, uid: str, lines: list[str], *, trap: str, side: bool = False, fold_width: int = 75) -> dict:
    e = ev(kind, uid, lines, trap=trap, side=side, fold_width=fold_width)
    e["is_interview"] = 0
    return e


def alt_desc(text: str, font: str = "Aptos") -> str:
    """An Outlook X-ALT-DESC line: the plain text as the HTML body Outlook sends alongside it."""
    paras = "".join(f'<p class="MsoNormal"><span lang="EN-GB">{_html.escape(x) or "&nbsp;"}</span></p>\n'
                    for x in text.split("\n"))
    body = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.18324.20194">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f'<div style="font-family:{font}">\n{paras}</div>\n</BODY>\n</HTML>')
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(body)


def cn(name: str) -> str:
    return f'"{name}"' if any(c in name for c in ",;:") else name


def att_ol(name: str, mail: str, *, opt: bool = False, cutype: str = "", partstat: str = "") -> str:
    """An Outlook/Exchange ATTENDEE line."""
    params = f"ATTENDEE;CN={cn(name)}"
    if cutype:
        params += f";CUTYPE={cutype}"
    params += ";ROLE=OPT-PARTICIPANT" if opt else ""
    params += f";PARTSTAT={partstat}" if partstat else ";RSVP=TRUE"
    return f"{params}:mailto:{mail}"


def att_g(name: str, mail: str, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT") -> str:
    """A Google Calendar ATTENDEE line."""
    rsvp = "TRUE" if partstat == "NEEDS-ACTION" else "FALSE"
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)};"
            f"X-NUM-GUESTS=0:mailto:{mail}")


def outlook(uid: str, *, org: str, atts: list[str], summary: str, start: str, end: str, stamp: str, desc: str,
            tzid: str = "GMT Standard Time", location: str = "", seq: int = 0, method: str = "REQUEST",
            extra: tuple[str, ...] = (), lang: str = "en-GB", tz: list[str] | None = None, alt: bool = True,
            busy: str = "TENTATIVE", prodid: str = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN") -> list[str]:
    """An Outlook/Exchange invitation; `org` is the full ORGANIZER line."""
    q = f'"{tzid}"' if "," in tzid or " " in tzid else tzid
    lines = ["BEGIN:VCALENDAR", "METHOD:" + method, f"PRODID:{prodid}", "VERSION:2.0",
             "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    lines += tz if tz is not None else tz_windows(tzid)
    lines += ["BEGIN:VEVENT", *atts, "CLASS:PUBLIC", f"CREATED:{stamp}", f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}",
              f"DTEND;TZID={q}:{end}", f"DTSTAMP:{stamp}", f"DTSTART;TZID={q}:{start}", f"LAST-MODIFIED:{stamp}"]
    if location:
        lines.append(f"LOCATION;LANGUAGE={lang}:{esc(location)}")
    lines += [org, "PRIORITY:5", f"SEQUENCE:{seq}", *extra, f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              "TRANSP:OPAQUE", f"UID:{uid}"]
    if alt:
        lines.append(alt_desc(desc))
    lines += outlook_tail(busy)
    if method != "CANCEL":
        lines += alarm(15)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return lines


def google(uid: str, *, org: str, atts: list[str], summary: str, start: str, end: str, stamp: str, desc: str,
           location: str = "", seq: int = 0, tzid: str = "Europe/London", extra: tuple[str, ...] = (),
           method: str = "REQUEST", meet: str = "") -> list[str]:
    """A Google Calendar invitation (times with TZID, or UTC when tzid is empty)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid == "Europe/London":
        lines += tz_olson_london()
    elif tzid:
        lines += tz_olson_cet(tzid)
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={cn(org.split('|')[0])}:mailto:{org.split('|')[1]}", f"UID:{uid}",
              *atts, *extra]
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{stamp}", p("DESCRIPTION", desc), f"LAST-MODIFIED:{stamp}", p("LOCATION", location),
              f"SEQUENCE:{seq}", "STATUS:CONFIRMED", p("SUMMARY", summary), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return lines
