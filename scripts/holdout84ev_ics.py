"""Raw iCalendar helpers for the holdout84 event split (written blind; see make_event_corpus_holdout84.py).

Events are composed as raw text by the topic modules; this module only escapes text values, folds long
lines at 75 octets, wraps VEVENTs in a VCALENDAR and adds the VTIMEZONE blocks a tool would emit.
"""

from __future__ import annotations

USER_FREE = "claire.dubois.veto@laposte.net"
USER_WORK = "c.dubois@clinique-veto-confluence.fr"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str, width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = width
        else:
            cur += ch
    out.append(cur)
    return out


def _rules(std_name: str, dst_name: str) -> list[str]:
    return [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
    ]


def vtimezone(tzid: str) -> list[str]:
    """A VTIMEZONE for a Central-European zone under the name the emitting tool uses."""
    head = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if tzid.startswith("Europe/"):
        head.append(f"X-LIC-LOCATION:{tzid}")
        rules = _rules("CET", "CEST")
    elif tzid.startswith("("):
        # Outlook "display name" zones carry no abbreviations
        rules = [r for r in _rules("", "") if not r.startswith("TZNAME")]
        rules = [r.replace("19700329T020000", "16010325T020000").replace("19701025T030000", "16011028T030000")
                 for r in rules]
    else:
        rules = [r.replace("19700329T020000", "16010101T020000").replace("19701025T030000", "16010101T030000")
                 for r in _rules("Standard Time", "Daylight Time") if not r.startswith("TZNAME")]
    return [*head, *rules, "END:VTIMEZONE"]


def cal(
    body: str,
    *,
    prodid: str,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    version_first: bool = False,
) -> str:
    """Wrap raw VEVENT text (one property a line, leading blanks ignored) in a VCALENDAR with CRLF and folding."""
    lines = ["BEGIN:VCALENDAR"]
    if version_first:
        lines += ["VERSION:2.0", f"PRODID:{prodid}"]
    else:
        lines += [f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for tz in tzs:
        lines += vtimezone(tz)
    for raw in body.strip("\n").splitlines():
        s = raw.strip()
        if s.startswith(">"):  # continuation of the previous line in the source (keeps source lines short)
            lines[-1] += s[1:]
        elif s:
            lines.append(s)
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out += fold(ln)
    return "\r\n".join(out) + "\r\n"


def label(
    uid: str,
    iv: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
) -> dict[str, str]:
    return {
        "uid": uid,
        "is_interview": str(iv),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
    }


# --- video / phone boilerplate, as the tools print it -------------------------------------------------------------

def teams_fr(mid: str, code: str) -> str:
    return (
        "________________________________________________________________________________\n"
        "Réunion Microsoft Teams\n"
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
        f"Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
        f"ID de la réunion : {mid}\n"
        f"Code secret : {code[:6]}\n"
        "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
        "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion\n"
        "________________________________________________________________________________"
    )


def teams_en(mid: str, code: str) -> str:
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {code[:6]}\n"
        "Download Teams | Join on the web\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
        "________________________________________________________________________________"
    )


def zoom_fr(host: str, mid: str, pwd: str, sub: str = "us02web") -> str:
    return (
        f"{host} vous invite à une réunion Zoom planifiée.\n\n"
        "Participer à la réunion Zoom\n"
        f"https://{sub}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
        f"ID de réunion: {mid}\n"
        f"Code secret: {pwd[:6]}\n\n"
        "Une seule touche sur l'appareil mobile\n"
        f"+33170372246,,{mid.replace(' ', '')}# France\n\n"
        "Trouvez votre numéro local : https://us02web.zoom.us/u/kdXyZ"
    )


def zoom_en(host: str, mid: str, pwd: str) -> str:
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\n"
        f"https://zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {pwd[:6]}\n\n"
        "One tap mobile\n"
        f"+41432107108,,{mid.replace(' ', '')}# Switzerland\n"
        f"+3226266000,,{mid.replace(' ', '')}# Belgium"
    )


def meet_fr(code: str) -> str:
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        "Participer avec Google Meet : https://meet.google.com/" + code + "\n\n"
        "Ou appeler le : (FR) +33 1 87 40 45 12 PIN : 318 442 907#\n"
        "Autres numéros de téléphone : https://tel.meet/" + code + "?pin=318442907\n\n"
        "Pour en savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
        "Veuillez ne pas modifier cette section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def meet_en(code: str) -> str:
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        "Join with Google Meet: https://meet.google.com/" + code + "\n"
        "Or dial: (BE) +32 2 290 01 73 PIN: 775 120 338#\n"
        "More phone numbers: https://tel.meet/" + code + "?pin=775120338\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def webex_fr(site: str, num: str) -> str:
    return (
        "-- Ne supprimez pas et ne modifiez pas la section suivante. --\n\n"
        "Rejoindre la réunion Webex\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m3f9a1c\n"
        f"Numéro de la réunion (code d'accès) : {num}\n"
        "Mot de passe de la réunion : Vet2026!\n\n"
        "Rejoindre par téléphone\n"
        "+33-1-7091-8646 France Numéro d'appel payant\n\n"
        "-- Ne supprimez pas et ne modifiez pas la section ci-dessus. --"
    )


def simple_event(
    uid, summary, start, end, *, org, attendees=(), desc="", loc="",
    prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=(), tz="Europe/Paris", method="REQUEST",
):
    """A plain REQUEST from the clinic's Google Workspace or the user's phone (raw lines)."""
    att = "\n".join(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}"
                    for cn, a in attendees)
    when = (f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}" if tz else f"DTSTART:{start}\nDTEND:{end}")
    org_line = f"ORGANIZER;CN={org[0]}:mailto:{org[1]}" if org else ""
    body = "\n".join([
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260301T080000Z", when, f"SUMMARY:{esc(summary)}", org_line, att,
        f"LOCATION:{esc(loc)}" if loc else "", f"DESCRIPTION:{esc(desc)}" if desc else "", *extra, "END:VEVENT",
    ])
    return cal(body, prodid=prodid, method=method if org else None, tzs=(tz,) if tz and "/" in tz else ())
