"""Shared VTIMEZONE blocks, folding and meeting boilerplate for the holdout247 event corpus (blind split)."""

TZ_BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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
END:VTIMEZONE
"""


def _olson(tzid, std="CET", dst="CEST"):
    return TZ_BERLIN.replace("Europe/Berlin", tzid).replace("TZNAME:CET", "TZNAME:" + std).replace(
        "TZNAME:CEST", "TZNAME:" + dst)


TZ_VIENNA = _olson("Europe/Vienna")
TZ_COPENHAGEN = _olson("Europe/Copenhagen")
TZ_ZURICH = _olson("Europe/Zurich")
TZ_MADRID = _olson("Europe/Madrid")


def _outlook(tzid):
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
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
END:VTIMEZONE
"""


TZ_WEST = _outlook("W. Europe Standard Time")
TZ_ROMANCE = _outlook("Romance Standard Time")
TZ_UTC1_EN = _outlook("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")
TZ_UTC1_DE = _outlook("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien")


def fold(text):
    """Fold content lines longer than 75 octets the way RFC 5545 clients do."""
    out = []
    for line in text.split("\n"):
        first = True
        while len(line.encode("utf-8")) > (75 if first else 74):
            limit = 75 if first else 74
            cut, size = 0, 0
            for i, ch in enumerate(line):
                n = len(ch.encode("utf-8"))
                if size + n > limit:
                    break
                size += n
                cut = i + 1
            out.append(("" if first else " ") + line[:cut])
            line = line[cut:]
            first = False
        out.append(("" if first else " ") + line)
    return "\n".join(out)


def gfooter(meet=None, lang="en"):
    """Google Calendar invitation description tail (escaped TEXT, one line)."""
    if lang == "de":
        s = r"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        if meet:
            s += r"\nMit Google Meet teilnehmen: https://meet.google.com/" + meet
            s += r"\n\nWeitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720"
        s += (r"\n\nBitte bearbeite diesen Abschnitt der Beschreibung nicht."
              r"\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
              r"\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/"
              r"\n\nDu erhältst diese E-Mail\, weil du Gast dieses Termins bist. Wenn du keine Updates mehr"
              r" erhalten möchtest\, lehne den Termin ab.")
        return s
    s = r"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if meet:
        s += r"\nJoin with Google Meet: https://meet.google.com/" + meet
        s += r"\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
    s += (r"\n\nPlease do not edit this section."
          r"\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
          r"\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/"
          r"\n\nYou are receiving this email because you are an attendee on the event. To stop receiving"
          r" future updates for this event\, decline this event.")
    return s


def teams(meeting_id, passcode, lang="en"):
    bar = "_" * 80
    if lang == "de":
        return (r"\n" + bar + r"\nMicrosoft Teams-Besprechung\nSie können auf dem Computer\, in der mobilen App"
                r" oder auf einem Raumgerät teilnehmen\nKlicken Sie hier\, um an der Besprechung teilzunehmen"
                r"<https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + passcode.lower() + r"%40thread.v2/0>"
                r"\nBesprechungs-ID: " + meeting_id + r"\nKennung: " + passcode +
                r"\nTeams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web"
                r" beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere Infos"
                r"<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n" + bar + r"\n")
    return (r"\n" + bar + r"\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device"
            r"\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + passcode.lower() + r"%40thread.v2/0>\nMeeting ID: " + meeting_id + r"\nPasscode: " + passcode +
            r"\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the"
            r" web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More"
            r"<https://aka.ms/JoinTeamsMeeting> | Meeting options\n" + bar + r"\n")


def zoom(mid, pwd, host="us02web"):
    spaced = mid[:3] + " " + mid[3:7] + " " + mid[7:]
    return (r"\n\nJoin Zoom Meeting\nhttps://" + host + ".zoom.us/j/" + mid + "?pwd=" + pwd +
            r"\n\nMeeting ID: " + spaced + r"\nPasscode: " + pwd[:6] +
            r"\n\n---\n\nOne tap mobile\n+496971049922\,\," + mid + r"# Germany\n+493056795800\,\," + mid +
            r"# Germany\n\n---\n\nDial by your location\n• +49 69 7104 9922 Germany\n• +49 30 5679 5800 Germany"
            r"\n\nMeeting ID: " + spaced + r"\n\nFind your local number: https://" + host + ".zoom.us/u/abWx3kq\n")
