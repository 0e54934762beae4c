"""Shared VTIMEZONE blocks and small text helpers for the holdout244 event modules (blind split)."""

VIENNA = """BEGIN:VTIMEZONE
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

BERLIN = VIENNA.replace("Europe/Vienna", "Europe/Berlin")

ZURICH = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
BEGIN:STANDARD
DTSTART:18940601T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
TZNAME:MEZ
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
END:STANDARD
END:VTIMEZONE"""

WEST = """BEGIN:VTIMEZONE
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

CENTRAL = WEST.replace("W. Europe Standard Time", "Central Europe Standard Time")

UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def outlook_tz(name):
    """Outlook-style VTIMEZONE for a '(UTC+01:00) ...' display name."""
    return WEST.replace("TZID:W. Europe Standard Time", "TZID:" + name)


def fold(text, width=75):
    """Fold every content line longer than `width` octets (RFC 5545), never inside a UTF-8 sequence."""
    out = []
    for line in text.split("\n"):
        raw = line.encode("utf-8")
        if len(raw) <= width:
            out.append(line)
            continue
        parts, cur, limit = [], b"", width
        for ch in line:
            b = ch.encode("utf-8")
            if len(cur) + len(b) > limit:
                parts.append(cur.decode("utf-8"))
                cur, limit = b"", width - 1
            cur += b
        parts.append(cur.decode("utf-8"))
        out.append("\n ".join(parts))
    return "\n".join(out)


ME_PRIV = "magdalena.haas@gmx.at"
ME_WORK = "magdalena.haas@klinik-donaupark.at"

GOOGLE_FOOTER = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\\n\\n"
    "You are receiving this email because you are an attendee on the event. To stop receiving "
    "future updates for this event\\, decline this event.\\n\\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer\\, "
    "be added to the guest list\\, invite others regardless of their own invitation status\\, "
    "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)

TEAMS_DE = (
    "________________________________________________________________________________\\n"
    "Microsoft Teams Besprechung\\n"
    "Nehmen Sie auf dem Computer\\, in der mobilen App oder im Raumgerät teil\\n"
    "Klicken Sie hier\\, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\\n"
    "Besprechungs-ID: {mid}\\n"
    "Kennung: {pw}\\n"
    "Teams herunterladen <https://www.microsoft.com/microsoft-teams/download-app> | "
    "Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>\\n"
    "Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\\n"
    "________________________________________________________________________________"
)

TEAMS_EN = (
    "________________________________________________________________________________\\n"
    "Microsoft Teams meeting\\n"
    "Join on your computer\\, mobile app or room device\\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\\n"
    "Meeting ID: {mid}\\n"
    "Passcode: {pw}\\n"
    "Download Teams | Join on the web\\n"
    "Learn more <https://aka.ms/JoinTeamsMeeting> | Meeting options\\n"
    "________________________________________________________________________________"
)


def teams(lang="de", tid="NzQ1ZjJhMDAtYjE4", mid="372 118 904 551", pw="q7XkP2"):
    return (TEAMS_DE if lang == "de" else TEAMS_EN).format(tid=tid, mid=mid, pw=pw)


def zoom(mid="842 3391 0675", pw="592144", host="us06web", lang="en"):
    m = mid.replace(" ", "")
    if lang == "de":
        return (f"Zoom-Meeting beitreten\\nhttps://{host}.zoom.us/j/{m}?pwd=QmF4bE9yZz09\\n\\n"
                f"Meeting-ID: {mid}\\nKenncode: {pw}\\n\\nSchnelleinwahl mobil\\n+4312535501\\,\\,{m}# Österreich\\n"
                f"+496938079883\\,\\,{m}# Deutschland")
    return (f"Join Zoom Meeting\\nhttps://{host}.zoom.us/j/{m}?pwd=QmF4bE9yZz09\\n\\n"
            f"Meeting ID: {mid}\\nPasscode: {pw}\\n\\nOne tap mobile\\n+4312535501\\,\\,{m}# Austria\\n"
            f"+442034815240\\,\\,{m}# United Kingdom")
