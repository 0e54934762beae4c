"""holdout77: more of the user's own interviews (a research institute's direct invite with CN="Last, First",
an education centre board, a UK academy trust through an agency and its all-day final, a terse Google export,
an Outlook invite with a ROOM attendee)."""

from __future__ import annotations

from holdout77ev_ics import ME, OLK, TEAMS_EN, esc, item, lab, vcal


def teams(n: int) -> str:
    return TEAMS_EN.format(url=f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{n:x}Zj@thread.v2/0",
                           mid=f"3{n % 97:02d} 4{n % 89:02d} 71{n % 7} 0{n % 83:02d}", pw=f"Kq{n % 991}x")


def niem_direct() -> dict[str, object]:
    uid = OLK + "5F4E3D2C9AB9DB0100000000000000001000000009F8E7D6C5B4A3928170F6E5D4C3B2A1"
    desc = esc("""Hi Siobhán,

As discussed on the phone, here's the invite for the interview with Mark and me at our office on the \
Drumcondra campus (St Patrick's Road entrance, Block C, 2nd floor). We'll talk through your application \
and your experience with Junior Cycle assessment and CBAs, and ask you to look at a few sample items.

Looking forward to meeting you,
Sorcha

Dr Sorcha Ní Bhriain
Senior Research Fellow
National Institute for Educational Measurement""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Ní Bhriain, Sorcha":mailto:sorcha.nibhriain@niem.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gilsenan, Mark":mailto:mark.gilsenan@niem.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Siobhán Kelly – interview (Research Officer\\, Mathematics Assessment)
DTSTART;TZID=GMT Standard Time:20250326T140000
DTEND;TZID=GMT Standard Time:20250326T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T170245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:NIEM\\, Block C\\, Drumcondra Campus
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    return item(
        "outlook-direct-lastfirst",
        lab(uid, 1, "National Institute for Educational Measurement", "Research Officer, Mathematics Assessment",
            "", "sorcha.nibhriain@niem.ie;mark.gilsenan@niem.ie", "outlook-direct-employee-cn-last-first"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
        forms="NIEM",
    )


def dwec() -> dict[str, object]:
    uid = OLK + "E0D1C2B3A189DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB"
    desc = esc(f"""Dear Siobhán,

On behalf of the Management Committee, I am pleased to invite you to interview for the position of Centre \
Director, Dublin West Education Centre.

Interview board: Ms Geraldine Kinsella (Chairperson, Management Committee), Mr Eamon Roche (Teacher \
Education Section) and Ms Ann Tobin (Director, Kildare Education Centre).

Please be prepared to speak for up to five minutes on your vision for the Centre's programme for \
post-primary teachers.

Regards,
Geraldine Kinsella

{teams(12007)}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN=Geraldine Kinsella:mailto:chair@dwec.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Interview – Centre Director – Siobhán Kelly
DTSTART;TZID=GMT Standard Time:20250227T160000
DTEND;TZID=GMT Standard Time:20250227T170000
DTSTAMP:20250217T120304Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
END:VEVENT"""
    return item(
        "outlook-teams-board",
        lab(uid, 1, "Dublin West Education Centre", "Centre Director", "",
            "chair@dwec.ie;Eamon Roche;Ann Tobin", "outlook-teams-board-named-in-body"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
        forms="DWEC",
    )


def harcourt_agency() -> dict[str, object]:
    uid = "a71c3e09-2b5f-4d6e-9c8a-1f0e2d3c4b5a"
    desc = esc(f"""Hi Siobhan,

Great news – Harcourt Academies Trust have invited you to a first-stage interview for the Trust Lead for \
Mathematics role. It will be on Teams with Dr Simon Ashworth (Director of Education) and Kate Morley (Trust \
Lead for Primary Maths). The link below came from Harcourt's system.

Call me after if you can – I'd love to hear how it went. Best of luck!

Ellie Parfitt
Senior Consultant – Leadership & Central Teams
Bridgewater Education Recruitment | 0121 496 0311

{teams(7717)}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN=Ellie Parfitt:mailto:ellie.parfitt@bridgewater-edu.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Simon Ashworth:mailto:s.ashworth@harcourtacademies.org.uk
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Siobhan Kelly – 1st stage interview – Trust Lead for Mathematics
DTSTART;TZID=Europe/London:20250408T160000
DTEND;TZID=Europe/London:20250408T164500
DTSTAMP:20250402T094455Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Microsoft Teams Meeting
END:VEVENT"""
    return item(
        "agency-uk-trust",
        lab(uid, 1, "Harcourt Academies Trust", "Trust Lead for Mathematics", "",
            "s.ashworth@harcourtacademies.org.uk;Kate Morley", "agency-names-employer-in-body"),
        vcal(body, "outlook", tzs=("Europe/London",)),
        forms="Harcourt|Harcourt Academies",
    )


def harcourt_allday() -> dict[str, object]:
    uid = "F1D7A0C3-88E2-4B6A-9D1F-3C5E7A9B2D40"
    notes = esc("""FR 0655 DUB-BHX, back on 19.40
tour 9.30, lesson obs task, student panel, then final panel w/ CEO (Mrs Okafor) + Simon Ashworth
Ellie says ~6 candidates, decision Fri""")
    body = f"""BEGIN:VEVENT
CREATED:20250422T210112Z
DTSTAMP:20250422T210145Z
DTSTART;VALUE=DATE:20250501
DTEND;VALUE=DATE:20250502
LAST-MODIFIED:20250422T210145Z
SUMMARY:Harcourt – final interview day (Wolverhampton) ✈️
DESCRIPTION:{notes}
LOCATION:Harcourt Academies Trust\\, Wolverhampton
SEQUENCE:0
TRANSP:TRANSPARENT
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT"""
    return item(
        "mac-allday-final",
        lab(uid, 1, "Harcourt Academies Trust", "", "final", "Mrs Okafor;Simon Ashworth",
            "apple-allday-handtyped-final"),
        vcal(body, "mac", method=None),
    )


def oakfield_handtyped() -> dict[str, object]:
    uid = "3fk0e2r9m1v6a5b8q4t7n2c0xh@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250617T143000
DTEND;TZID=Europe/Dublin:20250617T151500
DTSTAMP:20250609T190244Z
UID:{uid}
CREATED:20250609T190201Z
DESCRIPTION:ask re timetabling + yr head structure. email from Bernie said 3 on board
LAST-MODIFIED:20250609T190201Z
LOCATION:Oakfield Community School\\, Lucan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Oakfield CS – DP interview 2.30
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT"""
    head = ("X-WR-CALNAME:siobhan.kelly.maths@eircom.net", "X-WR-TIMEZONE:Europe/Dublin")
    return item(
        "google-export-handtyped",
        lab(uid, 1, "Oakfield Community School", "DP", "", "", "google-export-handtyped-terse"),
        vcal(body, "google", method="PUBLISH", head=head, tzs=("Europe/Dublin",)),
        forms="Oakfield CS|Oakfield",
    )


def mochtas_room() -> dict[str, object]:
    uid = OLK + "A4E61B7C2B95DB010000000000000000100000005E3F1A2B4C6D8E0F1A3B5C7D9E2F4A6B"
    teams = TEAMS_EN.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4Y2Rk@thread.v2/0",
                            mid="371 508 226 914", pw="x7Qp2N")
    desc = esc(f"""Dear Ms Kelly,

You are invited to interview for the post of Assistant Principal II (Year Head, 1st Year) on Tuesday \
25 March at 3.50pm. The board will be Mr Donal Keane (Principal) and myself. The interview will take place \
in Meeting Room 1 in the admin block; a Teams link is included below in case you are unable to attend \
in person.

Regards,
Michelle Brennan
Deputy Principal, St. Mochta's Secondary School, Clonsilla

{teams}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Brennan, Michelle":mailto:mbrennan@stmochtas.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Keane, Donal":mailto:dkeane@stmochtas.ie
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN="Meeting Room 1 (Admin)":mailto:room1@stmochtas.ie
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Interview\\, Assistant Principal II (Year Head\\, 1st Year)
DTSTART;TZID=GMT Standard Time:20250325T155000
DTEND;TZID=GMT Standard Time:20250325T162000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T122015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Meeting Room 1 (Admin)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4Y2Rk@thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mbrennan@stmochtas.ie\\;gruu\\;opaque=app:conf:focus:id:teams
END:VEVENT"""
    return item(
        "outlook-room-ap2",
        lab(uid, 1, "St. Mochta's Secondary School", "Assistant Principal II (Year Head, 1st Year)", "",
            "mbrennan@stmochtas.ie;dkeane@stmochtas.ie", "outlook-room-attendee-escaped-commas"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
        forms="St. Mochta's|St. Mochta's Clonsilla",
    )


def events() -> list[dict[str, object]]:
    return [
        niem_direct(),
        dwec(),
        harcourt_agency(),
        harcourt_allday(),
        oakfield_handtyped(),
        mochtas_room(),
    ]
