"""holdout107: the user's own interviews at universities and colleges (she is the candidate)."""

from __future__ import annotations

from holdout107ev_boiler import meet, teams, teams_html, zoom
from holdout107ev_ics import (
    ME_GMAIL,
    OLK,
    UTC_DUBLIN,
    Ev,
    cal,
    desc,
    g_att,
    html,
    o_att,
    p_att,
    room,
)


def forth_valley() -> Ev:
    uid = OLK + "00000000B0F4C7A1E3A4DB010000000000000000100000004F2A9C1D7E3B6A48B1C0D2E3F4A5B6C7"
    body = (
        "Dear Eilidh,\n\nThank you for your application for the post of Head of Careers and Employability "
        "(ref UFV-2231). I am pleased to confirm your interview on Thursday 15 May.\n\n"
        "You will be asked to give a 15-minute presentation on: 'How should the Careers and Employability "
        "Service measure its impact on graduate outcomes over the next five years?' followed by a panel "
        "interview of approximately 45 minutes.\n\nThe panel will be:\n"
        "Professor Alison Drummond, Deputy Principal (Education) - Chair\n"
        "Dr Kenneth Baird, Dean of Students\nMs Shona Ferguson, Director of Student Services\n\n"
        "Please report to the Airthrey Building reception by 13:45 where I will meet you. Parking is available "
        "in Car Park B.\n\nKind regards,\nLorna Pirie\nHR Officer (Recruitment), University of the Forth Valley"
    )
    ev = [
        'ORGANIZER;CN="Drummond, Alison";SENT-BY="mailto:l.pirie@forthvalley.ac.uk"'
        ":mailto:a.drummond@forthvalley.ac.uk",
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("a.drummond@forthvalley.ac.uk", "Drummond, Alison", "ACCEPTED"),
        o_att("k.baird@forthvalley.ac.uk", "Baird, Kenneth", "ACCEPTED"),
        o_att("shona.ferguson@forthvalley.ac.uk", "Ferguson, Shona", "TENTATIVE"),
        room("rm-airthrey-boardroom@forthvalley.ac.uk", "Airthrey Building - Boardroom (12)"),
        desc(body),
        html(f"<html><body><p>{body.replace(chr(10), '<br>')}</p></body></html>"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview: Head of Careers and Employability (UFV-2231)",
        'DTSTART;TZID="GMT Standard Time":20250515T140000',
        'DTEND;TZID="GMT Standard Time":20250515T150000',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250502T101744Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Airthrey Building - Boardroom (12)",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    ics = cal([ev], "outlook", tz=("gmt",))
    return Ev(
        "outlook-panel-presentation-en", ics, uid, 1, "University of the Forth Valley",
        "Head of Careers and Employability", "",
        "a.drummond@forthvalley.ac.uk;k.baird@forthvalley.ac.uk;shona.ferguson@forthvalley.ac.uk",
        "outlook-sentby-room-en",
    )


def northmoor() -> Ev:
    uid = "jobtrain-int-58812-331907@northmoor.jobtrain.co.uk"
    body = (
        "Interview Confirmation\n\nCandidate: Eilidh Campbell\nVacancy: Careers and Employability Manager "
        "(NMU0419)\nDepartment: Careers and Enterprise\nDate: Tuesday 22 April 2025\nTime: 10:30 - 11:30\n"
        "Venue: Online (Microsoft Teams - link to follow from the panel chair)\n\n"
        "Interview panel:\nDr Sarah Whitlock - Director of Student Success (Chair)\n"
        "Imran Qureshi - Senior Careers Consultant\n\n"
        "Selection activity: you will be given a short written exercise 30 minutes before the interview.\n\n"
        "This is an automated message from Northmoor University's recruitment system. Please do not reply."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250409T151203Z",
        "DTSTART:20250422T093000Z",
        "DTEND:20250422T103000Z",
        "SUMMARY:Northmoor University - Interview for Careers and Employability Manager",
        "ORGANIZER;CN=Northmoor University Recruitment:mailto:noreply@northmoor.jobtrain.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
        "LOCATION:Online",
        "STATUS:CONFIRMED",
    ]
    return Ev(
        "jobtrain-utc-en", cal([ev], "-//Jobtrain//Interview Scheduler 4.2//EN"), uid, 1,
        "Northmoor University", "Careers and Employability Manager", "", "Sarah Whitlock;Imran Qureshi",
        "jobtrain-names-only-en",
    )


def caledon() -> Ev:
    uid = "a3f7e0c2-19b4-4c6d-9f1e-5d2b8c4a7e10"
    body = (
        "Your booking with Caledon College - Recruitment is confirmed.\n\nService: Interview with hiring manager"
        " - Employability and Partnerships Lead\nStaff: Graeme Sinclair\n\nWhen: 29/04/2025 14:00 (45 minutes)"
        "\nWhere: Granton Campus, Room G.14 (Student Services)\n\nNeed to make changes? Reschedule or cancel "
        "your booking: https://outlook.office365.com/owa/calendar/CaledonCollegeRecruitment@caledon.ac.uk/"
        "bookings/s/Xc9fQ2/cancel\n\nPowered by Microsoft Bookings"
    )
    ev = [
        "ORGANIZER;CN=Caledon College - Recruitment:mailto:CaledonCollegeRecruitment@caledon.ac.uk",
        o_att(ME_GMAIL, "Eilidh Campbell"),
        o_att("g.sinclair@caledon.ac.uk", "Graeme Sinclair", "ACCEPTED"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview with hiring manager - Employability and Partnerships Lead",
        f'DTSTART;TZID="{UTC_DUBLIN}":20250429T140000',
        f'DTEND;TZID="{UTC_DUBLIN}":20250429T144500',
        "CLASS:PUBLIC",
        "DTSTAMP:20250417T083012Z",
        "LOCATION;LANGUAGE=en-GB:Granton Campus\\, Room G.14 (Student Services)",
        "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    return Ev(
        "ms-bookings-en", cal([ev], "exchange", tz=("dublin",)), uid, 1, "Caledon College",
        "Employability and Partnerships Lead", "hiring_manager", "g.sinclair@caledon.ac.uk", "ms-bookings-en",
    )


def tayside_first() -> Ev:
    uid = OLK + "0000000070A2F1E58FAEDB01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6"
    intro = (
        "Dear Eilidh\n\nFurther to our email, please find below the Teams link for your first-round interview "
        "for the post of Director of Careers. The panel will be Fiona Mackintosh (Vice-Principal, Student "
        "Experience) and Dr Rajesh Menon (Head of Academic Development). Liam from HR will open the meeting "
        "and admit you, but will not be part of the panel.\n\nBest wishes\nLiam Cairns, HR Adviser\n"
    )
    ev = [
        'ORGANIZER;CN="Cairns, Liam":mailto:l.cairns@taytech.ac.uk',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("f.mackintosh@taytech.ac.uk", "Mackintosh, Fiona"),
        o_att("r.menon@taytech.ac.uk", "Menon, Rajesh"),
        desc(intro + "\n" + teams("361 224 870 115", "xQ7mT2")),
        html(teams_html("Director of Careers", intro, "361 224 870 115", "xQ7mT2")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Director of Careers - first-round panel (Teams)",
        f'DTSTART;TZID="{UTC_DUBLIN}":20250318T110000',
        f'DTEND;TZID="{UTC_DUBLIN}":20250318T120000',
        "CLASS:PUBLIC",
        "DTSTAMP:20250311T164455Z",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "SEQUENCE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
    ]
    return Ev(
        "outlook-teams-coordinator-en", cal([ev], "outlook", tz=("dublin",)), uid, 1,
        "Tayside University of Technology", "Director of Careers", "",
        "f.mackintosh@taytech.ac.uk;r.menon@taytech.ac.uk", "outlook-utc-zone-coordinator-en",
    )


def tayside_final() -> Ev:
    uid = OLK + "00000000D07C3A0B96B9DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56"
    body = (
        "Final interview - Director of Careers\n\nProgramme:\n12:30 Tour of the Careers Hub with Student "
        "Advisers (informal, not assessed)\n13:30 Presentation to Professor Neil Abernethy, Vice-Principal & "
        "Provost (20 mins)\n13:50 Final panel: Prof Neil Abernethy, Fiona Mackintosh, Cllr Heather Duncan "
        "(Court member)\n\nLiam Cairns (HR) will meet you at the Ewing Building main door."
    )
    ev = [
        'ORGANIZER;CN="Cairns, Liam":mailto:l.cairns@taytech.ac.uk',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("n.abernethy@taytech.ac.uk", "Abernethy, Neil (Prof)"),
        o_att("f.mackintosh@taytech.ac.uk", "Mackintosh, Fiona"),
        o_att("heather.duncan.court@taytech.ac.uk", "Duncan, Heather (Court)"),
        room("ewing-g12@taytech.ac.uk", "Ewing Building G12 Senate Room"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Final interview & presentation - Director of Careers",
        'DTSTART;TZID="GMT Standard Time":20250408T123000',
        'DTEND;TZID="GMT Standard Time":20250408T144500',
        "DTSTAMP:20250326T091250Z",
        "LOCATION;LANGUAGE=en-GB:Ewing Building G12 Senate Room",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
    ]
    return Ev(
        "outlook-final-room-en", cal([ev], "outlook", tz=("gmt",)), uid, 1, "Tayside University of Technology",
        "Director of Careers", "final",
        "n.abernethy@taytech.ac.uk;f.mackintosh@taytech.ac.uk;heather.duncan.court@taytech.ac.uk",
        "outlook-final-room-en",
    )


def wessex_first() -> Ev:
    uid = "5b0q3kq1n9s4m7v2c8e6j0d1hf@google.com"
    body = (
        "Hi Eilidh,\n\nLooking forward to speaking with you about the Head of Employer Engagement role. "
        "Joining me will be Tom Greaves (Employer Partnerships Manager) and Dr Anjali Bose (Associate Dean, "
        "Enterprise). We'll keep to an hour.\n\nBest,\nMegan\n\n" + zoom("842 1937 5520", "VXdOa2Z1cGtH")
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250507T100000",
        "DTEND;TZID=Europe/London:20250507T110000",
        "DTSTAMP:20250428T123301Z",
        "ORGANIZER;CN=Megan Holloway:mailto:m.holloway@wessex.ac.uk",
        f"UID:{uid}",
        g_att("m.holloway@wessex.ac.uk", "Megan Holloway", "ACCEPTED"),
        g_att(ME_GMAIL, ME_GMAIL),
        g_att("t.greaves@wessex.ac.uk", "Tom Greaves"),
        g_att("a.bose@wessex.ac.uk", "Anjali Bose"),
        "X-MICROSOFT-CDO-OWNERAPPTID:-1883726491",
        "CREATED:20250428T123258Z",
        desc(body),
        "LAST-MODIFIED:20250428T123301Z",
        "LOCATION:https://us02web.zoom.us/j/84219375520?pwd=VXdOa2Z1cGtH",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Head of Employer Engagement - interview (Zoom)",
        "TRANSP:OPAQUE",
    ]
    return Ev(
        "google-zoom-en", cal([ev], "google", tz=("london",)), uid, 1, "University of Wessex",
        "Head of Employer Engagement", "",
        "m.holloway@wessex.ac.uk;t.greaves@wessex.ac.uk;a.bose@wessex.ac.uk", "google-zoom-en",
    )


def wessex_final() -> Ev:
    uid = "0r7hpl2v6c1kq5g3s9d0n4e8tm@google.com"
    body = (
        "Final stage for Head of Employer Engagement: conversation with Professor Caroline Ashby, "
        "Pro Vice-Chancellor (Education). Megan will not join.\n\n" + meet("kzd-pqow-rhy")
    )
    ev = [
        "DTSTART:20250521T130000Z",
        "DTEND:20250521T134500Z",
        "DTSTAMP:20250514T090010Z",
        "ORGANIZER;CN=Megan Holloway:mailto:m.holloway@wessex.ac.uk",
        f"UID:{uid}",
        g_att("m.holloway@wessex.ac.uk", "Megan Holloway", "ACCEPTED", "OPT-PARTICIPANT"),
        g_att("c.ashby@wessex.ac.uk", "Caroline Ashby"),
        g_att(ME_GMAIL, ME_GMAIL),
        desc(body),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Final stage: Head of Employer Engagement \u2013 PVC conversation",
        "TRANSP:OPAQUE",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kzd-pqow-rhy",
    ]
    ics = cal([ev], "google", head=("X-WR-CALNAME:Eilidh", "X-WR-TIMEZONE:Europe/London"))
    return Ev(
        "google-xwr-final-en", ics, uid, 1, "University of Wessex", "Head of Employer Engagement", "final",
        "c.ashby@wessex.ac.uk", "google-xwr-timezone-final-en",
    )


def marlowe() -> Ev:
    uid = "b1c2d3e4-calendly-7f8a9b0c1d2e3f4a"
    body = (
        "Event Name: Careers Consultant (Creative Industries) - initial conversation with hiring manager\n\n"
        "Location: This is a Google Meet web conference.\nhttps://meet.google.com/tsv-bnqe-wpa\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/0f3b2a1c\n"
        "Reschedule: https://calendly.com/reschedulings/0f3b2a1c\n\nPowered by Calendly.com"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250603T112015Z",
        "DTSTART:20250610T140000Z",
        "DTEND:20250610T143000Z",
        "SUMMARY:Careers Consultant (Creative Industries) between Rhiannon Price and Eilidh Campbell",
        "ORGANIZER;CN=Rhiannon Price:mailto:r.price@marlowe-arts.ac.uk",
        "ATTENDEE;CN=Eilidh Campbell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + ME_GMAIL,
        "ATTENDEE;CN=Rhiannon Price;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r.price@marlowe-arts.ac.uk",
        desc(body),
        "LOCATION:https://meet.google.com/tsv-bnqe-wpa",
        "STATUS:CONFIRMED",
    ]
    return Ev(
        "calendly-hm-en", cal([ev], "-//Calendly//Calendly//EN"), uid, 1, "Marlowe Institute of Art",
        "Careers Consultant (Creative Industries)", "hiring_manager", "r.price@marlowe-arts.ac.uk",
        "calendly-invitee-en",
    )


def kbs() -> Ev:
    uid = "9hPz2kLq4vR7sT1wXy3bN6@Cal.com"
    body = (
        "What: Head of MBA Careers \u2014 interview with Dr Omar Haddad\nInvitee time zone: Europe/London\n"
        "Who:\n- Omar Haddad - Organizer\n  o.haddad@kingsbridge-bs.ac.uk\n- Eilidh Campbell\n  "
        + ME_GMAIL + "\nWhere: Cal Video\nhttps://app.cal.com/video/9hPz2kLq4vR7sT1wXy3bN6\n"
        "Additional notes: Omar is the hiring manager (Director, Careers & Corporate Relations)."
    )
    ev = [
        f"UID:{uid}",
        "SUMMARY:Head of MBA Careers \u2014 interview with Dr Omar Haddad between Omar Haddad and Eilidh Campbell",
        "DTSTART:20250612T083000Z",
        "DTEND:20250612T091500Z",
        "DTSTAMP:20250605T181122Z",
        desc(body),
        "ORGANIZER;CN=Omar Haddad:mailto:o.haddad@kingsbridge-bs.ac.uk",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Eilidh Campbell:mailto:" + ME_GMAIL,
        "LOCATION:https://app.cal.com/video/9hPz2kLq4vR7sT1wXy3bN6",
        "STATUS:CONFIRMED",
    ]
    return Ev(
        "calcom-hm-en", cal([ev], "-//Cal.com Inc.//Cal.com Event//EN"), uid, 1, "Kingsbridge Business School",
        "Head of MBA Careers", "hiring_manager", "o.haddad@kingsbridge-bs.ac.uk", "calcom-en",
    )


def lakeland() -> Ev:
    uid = "f4d1c8b2-6a07-4e39-93b5-0d2e7a61c4f9"
    body = (
        "From the email (Lakeland HR):\nPanel - Joanne Tyson (Head of Careers), Dr Peter Oyelaran (Faculty "
        "Employability Lead), Sam Whitworth (Students' Union VP Education).\nBring passport + degree cert for "
        "right to work check.\nTrain Glasgow C 07:40 -> Lancaster 09:52"
    )
    ev = [
        "CREATED:20250601T201530Z",
        "LAST-MODIFIED:20250601T201744Z",
        "DTSTAMP:20250601T201744Z",
        f"UID:{uid}",
        "SUMMARY:Lakeland Uni interview \u2013 Careers Manager (Employability)",
        "DTSTART;TZID=Europe/London:20250617T111500",
        "DTEND;TZID=Europe/London:20250617T123000",
        desc(body),
        "LOCATION:Bowland Tower\\, Lakeland University\\, Lancaster",
        "TRANSP:OPAQUE",
        "X-MOZ-GENERATION:2",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT1H",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    ]
    return Ev(
        "thunderbird-typed-en", cal([ev], "thunderbird", method=None, tz=("london",)), uid, 1,
        "Lakeland University", "Careers Manager (Employability)", "",
        "Joanne Tyson;Peter Oyelaran;Sam Whitworth", "thunderbird-hand-typed-en",
    )



def all_uni() -> list[Ev]:
    return [forth_valley(), northmoor(), caledon(), tayside_first(), tayside_final(), wessex_first(),
            wessex_final(), marlowe(), kbs(), lakeland()]
