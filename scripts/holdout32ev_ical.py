"""iCalendar text helpers for the holdout32 event corpus (raw text, the way producers emit it)."""

from __future__ import annotations

from collections.abc import Sequence

STAMP = "20261120T081500Z"
ME_PRIV = "mehmet.yilmaz@t-online.de"
ME_WORK = "mehmet.yilmaz@brenner-zulieferteile.de"

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    out: list[str] = []
    data = line.encode("utf-8")
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74
    out.append(data.decode("utf-8"))
    return "\r\n ".join(out)


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", cutype: str | None = None,
        partstat: str = "NEEDS-ACTION", rsvp: bool = True, quote: bool = True) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if quote or "," in cn else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + ":mailto:" + email


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or " " in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return f'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{cn}":mailto:{email}'


def resource(email: str, cn: str) -> str:
    return f'ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{cn}":mailto:{email}'


def ev(uid: str, summary: str, start: str, end: str, *, tz: str | None = "W. Europe Standard Time",
       desc: str = "", loc: str = "", people: Sequence[str] = (), status: str | None = None, seq: int = 0,
       extra: Sequence[str] = (), allday: bool = False, lang: str | None = None, recid: str | None = None,
       rrule: str | None = None, transp: str = "OPAQUE", created: str | None = None) -> list[str]:
    """One VEVENT as unfolded property lines. start/end: 'YYYYMMDDTHHMMSS', '...Z' (UTC) or 'YYYYMMDD' (all-day)."""
    lines = ["BEGIN:VEVENT"]
    ltag = f";LANGUAGE={lang}" if lang else ""

    def dt(name: str, val: str) -> str:
        if allday:
            return f"{name};VALUE=DATE:{val}"
        if val.endswith("Z") or tz is None:
            return f"{name}:{val}"
        return f'{name};TZID="{tz}":{val}' if " " in tz else f"{name};TZID={tz}:{val}"

    lines.append(dt("DTSTART", start))
    lines.append(dt("DTEND", end))
    if rrule:
        lines.append("RRULE:" + rrule)
    if recid:
        lines.append(dt("RECURRENCE-ID", recid))
    lines.append("DTSTAMP:" + STAMP)
    lines.extend(people)
    lines.append("UID:" + uid)
    if created:
        lines.append("CREATED:" + created)
    if desc:
        lines.append(f"DESCRIPTION{ltag}:" + esc(desc))
    if loc:
        lines.append(f"LOCATION{ltag}:" + esc(loc))
    lines.append(f"SEQUENCE:{seq}")
    lines.append("STATUS:" + (status or "CONFIRMED"))
    lines.append(f"SUMMARY{ltag}:" + esc(summary))
    lines.append("TRANSP:" + transp)
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def _rules(std_name: str, dst_name: str, outlook: bool) -> list[str]:
    y = "16010101" if outlook else "19700101"
    return ["BEGIN:STANDARD", f"DTSTART:{y}T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"] + ([] if outlook else [f"TZNAME:{std_name}"]) + [
            "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{y}T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"] + ([] if outlook else [f"TZNAME:{dst_name}"]) + [
            "END:DAYLIGHT"]


def vtimezone(tzid: str) -> list[str]:
    outlook = "/" not in tzid
    return ["BEGIN:VTIMEZONE", "TZID:" + tzid, *_rules("CET", "CEST", outlook), "END:VTIMEZONE"]


def cal(events: Sequence[list[str]], prodid: str, *, method: str | None = "REQUEST",
        tzs: Sequence[str] = ("W. Europe Standard Time",), xwr: str | None = None, head: Sequence[str] = (),
        calname: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append("METHOD:" + method)
    if calname:
        lines.append("X-WR-CALNAME:" + calname)
    if xwr:
        lines.append("X-WR-TIMEZONE:" + xwr)
    lines.extend(head)
    for tzid in tzs:
        lines.extend(vtimezone(tzid))
    for e in events:
        lines.extend(e)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def ms_extra(busy: str = "BUSY", importance: str = "1") -> list[str]:
    return ["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
            f"X-MICROSOFT-CDO-IMPORTANCE:{importance}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0"]


def alarm(minutes: int = 15) -> list[str]:
    return ["BEGIN:VALARM", f"TRIGGER:-PT{minutes}M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]


SEP = "_" * 80


def teams(lang: str, mid: str, pw: str) -> str:
    head = {
        "de": "Microsoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
              "Hier klicken, um an der Besprechung teilzunehmen",
        "en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting",
        "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
              "Cliquez ici pour participer à la réunion",
        "es": "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
              "Haga clic aquí para unirse a la reunión",
    }[lang]
    idw = {"de": "Besprechungs-ID", "en": "Meeting ID", "fr": "ID de la réunion", "es": "Id. de reunión"}[lang]
    pww = {"de": "Kennung", "en": "Passcode", "fr": "Code secret", "es": "Código de acceso"}[lang]
    return (f"{SEP}\n{head}\n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"{idw}: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\n{pww}: {pw}\n"
            "Microsoft Teams herunterladen | Im Web beitreten\n" if lang == "de" else
            f"{SEP}\n{head}\n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"{idw}: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\n{pww}: {pw}\n") + SEP


def zoom(host: str, mid: str, pw: str, lang: str = "en") -> str:
    intro = {"en": "is inviting you to a scheduled Zoom meeting.",
             "de": "lädt Sie zu einem geplanten Zoom-Meeting ein.",
             "es": "le está invitando a una reunión de Zoom programada.",
             "fr": "vous invite à une réunion Zoom planifiée."}[lang]
    join = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "es": "Unirse a la reunión Zoom",
            "fr": "Participer à la réunion Zoom"}[lang]
    return (f"{host} {intro}\n\n{join}\nhttps://zoom.us/j/{mid}?pwd={pw}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\n"
            f"Passcode: {pw[:6]}\n\nOne tap mobile\n+496938079883,,{mid}# Germany\n+41432107042,,{mid}# Switzerland")


def meet(code: str, lang: str = "en") -> str:
    j = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "es": "Unirse con Google Meet",
         "fr": "Participer avec Google Meet"}[lang]
    more = {"en": "Learn more about Meet at: https://support.google.com/a/users/answer/9282720",
            "de": "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720",
            "es": "Más información sobre Meet: https://support.google.com/a/users/answer/9282720",
            "fr": "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720"}[lang]
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{j}: https://meet.google.com/{code}\n\n{more}\n\nPlease do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def meet_props(code: str) -> list[str]:
    return [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"]


def webex(site: str, num: str, pw: str) -> str:
    return (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{num}a7f\nMeeting number (access code): {num[:4]} {num[4:7]} "
            f"{num[7:]}\nMeeting password: {pw}\n\nJoin by phone\n+49-619-6781-9736 Germany toll\n"
            "Global call-in numbers\n\nCan't join the meeting?\nhttps://help.webex.com/docs/DOC-5412")


# (kind, language, ics text, is_interview, company, role, stage, interviewers, trap)
Entry = tuple[str, str, str, int, str, str, str, str, str]


def pos(kind: str, lang: str, text: str, company: str, role: str, stage: str, ivs: str, trap: str = "") -> Entry:
    return (kind, lang, text, 1, company, role, stage, ivs, trap)


def neg(kind: str, lang: str, text: str, trap: str = "") -> Entry:
    return (kind, lang, text, 0, "", "", "", "", trap)
