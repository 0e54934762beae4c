# ruff: noqa: E501, W291, W293, RUF100
"""Shared VTIMEZONE blocks and small raw-text builders for the holdout260 calendar (persona: Nadine Gerber)."""

ME = "nadine.gerber@bluewin.ch"
ME_WORK = "nadine.gerber@rheinpharma-basel.ch"

WIN_WEU = "W. Europe Standard Time"
WIN_UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
WIN_PARIS = "Romance Standard Time"

_WIN_RULES = """BEGIN:STANDARD
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

VTZ_WEU = f"BEGIN:VTIMEZONE\nTZID:{WIN_WEU}\n{_WIN_RULES}"
VTZ_UTC1 = f"BEGIN:VTIMEZONE\nTZID:{WIN_UTC1}\n{_WIN_RULES}"
VTZ_PARIS_WIN = f"BEGIN:VTIMEZONE\nTZID:{WIN_PARIS}\n{_WIN_RULES}"


def _olson(name, std_abbr, dst_abbr):
    return f"""BEGIN:VTIMEZONE
TZID:{name}
X-LIC-LOCATION:{name}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:{dst_abbr}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:{std_abbr}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


VTZ_ZURICH = _olson("Europe/Zurich", "CET", "CEST")
VTZ_BERLIN = _olson("Europe/Berlin", "CET", "CEST")
VTZ_PARIS = _olson("Europe/Paris", "CET", "CEST")

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Besprechungs-ID: {mid}
Passcode: {pc}
Teams herunterladen<https://www.microsoft.com/de-ch/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Oder rufen Sie an (nur Audio)
+41 44 000 17 {tail},,{dial}# Schweiz, Zürich
Konferenz-ID: {dial}#
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+41 44 000 17 {tail},,{dial}# Switzerland, Zurich
Phone Conference ID: {dial}#
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams(lang, seed):
    """Teams boilerplate with invented ids derived from seed."""
    text = TEAMS_DE if lang == "de" else TEAMS_EN
    digits = f"{sum(map(ord, seed)) * 7919 * 104729 % 10**12:012d}"
    return text.format(
        tid=f"N{digits}ZjQtYmE3",
        mid=f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}",
        pc=f"q{digits[2:4]}Xa{digits[5:7]}",
        tail=digits[-2:],
        dial=digits[1:10],
    )


def esc(text):
    """Escape a TEXT value (RFC 5545)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(text, width=75):
    """Fold content lines longer than width octets (continuation lines start with one space)."""
    out = []
    for line in text.split("\n"):
        raw = line.encode("utf-8")
        if len(raw) <= width:
            out.append(line)
            continue
        parts = []
        current = ""
        limit = width
        for char in line:
            if len((current + char).encode("utf-8")) > limit:
                parts.append(current)
                current = char
                limit = width - 1
            else:
                current += char
        parts.append(current)
        out.append("\n ".join(parts))
    return "\n".join(out)


def outlook(uid, summary, start, end, organizer, attendees, body, *, tz=WIN_WEU, vtz=True, method="REQUEST",
            location="", seq=0, status="CONFIRMED", lang="de-CH", stamp="20251020T081500Z", html=True,
            sent_by="", extra="", prodid="Microsoft Exchange Server 2010"):
    """An Exchange/Outlook invitation; organizer=(cn, email); attendees=[(cn, email, role, cutype), ...]."""
    zone = {WIN_WEU: VTZ_WEU, WIN_UTC1: VTZ_UTC1, WIN_PARIS: VTZ_PARIS_WIN}.get(tz, "") if vtz else ""
    tzq = f'"{tz}"' if "," in tz or ":" in tz else tz
    org_cn, org_mail = organizer
    org_name = f'"{org_cn}"' if "," in org_cn else org_cn
    sent = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    lines = [f"ORGANIZER;CN={org_name}{sent}:mailto:{org_mail}"]
    for cn, email, role, cutype in attendees:
        name = f'"{cn}"' if "," in cn else cn
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}"
                     f"{';CUTYPE=' + cutype if cutype != 'INDIVIDUAL' else ''}:mailto:{email}")
    alt = ""
    if html:
        hbody = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        alt = ("X-ALT-DESC;FMTTYPE=text/html:" + esc(
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f'<P DIR=LTR><SPAN LANG="{lang}"><FONT FACE="Calibri">{hbody}</FONT></SPAN></P>\n\n</BODY>\n</HTML>'
        ) + "\n")
    busy = "TENTATIVE" if method == "REQUEST" else "FREE"
    text = (
        f"BEGIN:VCALENDAR\nMETHOD:{method}\nPRODID:{prodid}\nVERSION:2.0\n{zone}BEGIN:VEVENT\n"
        + "\n".join(lines) + "\n"
        + f"DESCRIPTION;LANGUAGE={lang}:{esc(body)}\n"
        + f"UID:{uid}\nSUMMARY;LANGUAGE={lang}:{esc(summary)}\n"
        + f"DTSTART;TZID={tzq}:{start}\nDTEND;TZID={tzq}:{end}\nCLASS:PUBLIC\nPRIORITY:5\n"
        + f"DTSTAMP:{stamp}\nTRANSP:OPAQUE\nSTATUS:{status}\nSEQUENCE:{seq}\n"
        + (f"LOCATION;LANGUAGE={lang}:{esc(location)}\n" if location else "")
        + f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}\nX-MICROSOFT-CDO-OWNERAPPTID:-{sum(map(ord, uid)) * 131}\n"
        + f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
        + "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
        + alt
        + "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
        + extra
        + "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
        + "END:VEVENT\nEND:VCALENDAR\n"
    )
    return fold(text)


GOOGLE_FOOTER = """

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.

Learn more https://support.google.com/calendar/answer/37135#forwarding
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""


def google(uid, summary, start, end, organizer, attendees, body, *, location="", meet="", seq=0, method="REQUEST",
           status="CONFIRMED", stamp="20251021T103344Z", footer=True, export_name="", tz="UTC"):
    """A Google Calendar invitation (UTC times) or, with export_name, an export entry; attendees=[(cn, email)]."""
    org_cn, org_mail = organizer
    people = [f"ORGANIZER;CN={org_cn}:mailto:{org_mail}"]
    for cn, email in attendees:
        partstat = "ACCEPTED" if email == org_mail else "NEEDS-ACTION"
        people.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={cn};"
                      f"X-NUM-GUESTS=0:mailto:{email}")
    desc = body
    if meet:
        desc += (f"\n\nJoin with Google Meet: https://meet.google.com/{meet}\nOr dial: (CH) +41 43 000 51 27 "
                 f"PIN: 8{len(uid)}4 912 03#\nMore phone numbers: https://tel.meet/{meet}?pin=8{len(uid)}491203")
    if footer:
        desc += GOOGLE_FOOTER
    head = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if export_name:
        head += (f"METHOD:PUBLISH\nX-WR-CALNAME:{export_name}\nX-WR-TIMEZONE:Europe/Zurich\n")
    else:
        head += f"METHOD:{method}\n"
    when = (f"DTSTART:{start}\nDTEND:{end}\n" if tz == "UTC"
            else f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\n")
    meetx = (f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}\n" if meet else "")
    text = (
        head + "BEGIN:VEVENT\n" + when + f"DTSTAMP:{stamp}\n" + "\n".join(people) + "\n"
        + meetx + f"UID:{uid}\nCREATED:20251015T091200Z\n"
        + f"DESCRIPTION:{esc(desc)}\nLAST-MODIFIED:{stamp}\nLOCATION:{esc(location)}\n"
        + f"SEQUENCE:{seq}\nSTATUS:{status}\nSUMMARY:{esc(summary)}\nTRANSP:OPAQUE\n"
        + "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nTRIGGER:-P0DT0H30M0S\nEND:VALARM\n"
        + "END:VEVENT\nEND:VCALENDAR\n"
    )
    return fold(text)


def apple(uid, summary, start, end, *, tz="Europe/Zurich", location="", notes="", alarm="-PT1H", allday=False,
          stamp="20251018T193011Z", extra=""):
    """A hand-typed iPhone/macOS Calendar entry; tz="" gives floating times."""
    if allday:
        when = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}\n"
        zone = ""
    elif tz:
        when = f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\n"
        zone = VTZ_ZURICH if tz == "Europe/Zurich" else VTZ_BERLIN if tz == "Europe/Berlin" else VTZ_PARIS
    else:
        when = f"DTSTART:{start}\nDTEND:{end}\n"
        zone = ""
    alarm_text = (f"BEGIN:VALARM\nX-WR-ALARMUID:{uid[:8]}-A1\nUID:{uid[:8]}-A1\nTRIGGER:{alarm}\n"
                  "ACTION:DISPLAY\nDESCRIPTION:Erinnerung\nEND:VALARM\n") if alarm else ""
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//iPhone OS 18.1//EN\nCALSCALE:GREGORIAN\n" + zone
        + "BEGIN:VEVENT\nCREATED:20251018T192955Z\n" + when
        + (f"LOCATION:{esc(location)}\n" if location else "")
        + (f"DESCRIPTION:{esc(notes)}\n" if notes else "")
        + f"DTSTAMP:{stamp}\nLAST-MODIFIED:{stamp}\nSEQUENCE:0\nSUMMARY:{esc(summary)}\nTRANSP:OPAQUE\n"
        + f"UID:{uid}\n" + extra + alarm_text + "END:VEVENT\nEND:VCALENDAR\n"
    )
    return fold(text)


def thunderbird(uid, summary, start, end, *, tz="Europe/Zurich", location="", notes="", alarm="-PT30M",
                stamp="20251019T065512Z", extra="", categories=""):
    """A Thunderbird/Lightning entry; tz="" gives floating times."""
    zone = {"Europe/Zurich": VTZ_ZURICH, "Europe/Berlin": VTZ_BERLIN, "Europe/Paris": VTZ_PARIS}.get(tz, "")
    when = (f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\n" if tz else f"DTSTART:{start}\nDTEND:{end}\n")
    text = (
        "BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\n" + zone
        + f"BEGIN:VEVENT\nCREATED:{stamp}\nLAST-MODIFIED:{stamp}\nDTSTAMP:{stamp}\nUID:{uid}\n"
        + f"SUMMARY:{esc(summary)}\n" + when
        + (f"CATEGORIES:{categories}\n" if categories else "")
        + (f"LOCATION:{esc(location)}\n" if location else "")
        + (f"DESCRIPTION:{esc(notes)}\n" if notes else "")
        + extra
        + "TRANSP:OPAQUE\n"
        + (f"BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;VALUE=DURATION:{alarm}\nDESCRIPTION:Default Mozilla Description\n"
           "END:VALARM\n" if alarm else "")
        + "END:VEVENT\nEND:VCALENDAR\n"
    )
    return fold(text)


def ats(uid, summary, start, end, organizer, attendees, body, *, prodid, method="REQUEST", location="", seq=0,
        status="CONFIRMED", stamp="20251022T120501Z", tz="", extra="", zone=""):
    """A scheduler/ATS invitation; times in UTC unless tz is given; attendees=[(cn, email, role)]."""
    org_cn, org_mail = organizer
    org_name = f'"{org_cn}"' if "," in org_cn else org_cn
    people = [f"ORGANIZER;CN={org_name}:mailto:{org_mail}"]
    for cn, email, role in attendees:
        name = f'"{cn}"' if "," in cn else cn
        people.append(f"ATTENDEE;CN={name};ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email}")
    when = (f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\n" if tz else f"DTSTART:{start}\nDTEND:{end}\n")
    text = (
        f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:{prodid}\nCALSCALE:GREGORIAN\nMETHOD:{method}\n" + zone
        + f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{stamp}\n" + when
        + f"SUMMARY:{esc(summary)}\nDESCRIPTION:{esc(body)}\n"
        + (f"LOCATION:{esc(location)}\n" if location else "")
        + "\n".join(people) + "\n"
        + f"SEQUENCE:{seq}\nSTATUS:{status}\nTRANSP:OPAQUE\n" + extra
        + "END:VEVENT\nEND:VCALENDAR\n"
    )
    return fold(text)
