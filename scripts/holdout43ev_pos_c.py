"""holdout43 interviews, part C: English-language invites (Workday, Greenhouse, Ashby, Teamtailor, GoodTime,
a free-mail founder, a UK headhunter naming the client) and their follow-up rounds."""

from __future__ import annotations

from holdout43ev_boiler import meet, teams, zoom
from holdout43ev_ics import (
    FREE,
    GOOGLE,
    OUTLOOK16,
    TZ_BERLIN,
    TZ_NEW_YORK,
    TZ_WEU,
    Ev,
    alt_html,
    cal,
    esc,
    tz_olson,
    tz_windows,
)


def palettio_founder() -> Ev:
    uid = "1a7s4d9f2g5h8j0k3l6z1x4c7v@google.com"
    body = meet("en", "qvm-hzta-wpe", "445 019 382")
    desc = (
        "Hi Marta,\n\ngreat to connect on LinkedIn! As mentioned, we're hiring our first Head of Operations at "
        "Palettio (we run a pallet exchange platform for mid-size shippers, ~40 warehouses on the network "
        "so far). Would love to hear about your work at Ruhrlog and tell you what we're building.\n\n"
        f"Cheers,\nJonas\n\n{body}"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261204T180000
DTEND;TZID=Europe/Berlin:20261204T183000
DTSTAMP:20261129T111502Z
ORGANIZER;CN=Jonas Ebert:mailto:jebert.dev@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Ebert;X-NUM-GUESTS=0:mailto:jebert.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
X-GOOGLE-CONFERENCE:https://meet.google.com/qvm-hzta-wpe
CREATED:20261129T111501Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261129T111501Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marta <> Jonas (30 min)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("founder-gmail-en", "en", ics, uid, 1, "Palettio", "Head of Operations", "", "jebert.dev@gmail.com",
              "founder-gmail-company-in-body-en", "", "Google Calendar")


def fernbrueck_workday() -> Ev:
    uid = "WD-INTERVIEW-b41c7e29d0a84f65a1e3c2d9f7b06a18@myworkday.com"
    body = teams("en", "312 449 873 650", "Lp6vR3", "MzYxYWQ4NjItYzQyZS00NWQxLWIzNjgtMmQ1ZjY1NDg3YmM5")
    desc = (
        "Dear Marta,\n\nThank you for your interest in Fernbrück Pharma Logistics (FPL). Your interview has "
        "been scheduled as follows.\n\nJob Requisition: R-24117 Supply Chain Planner (m/f/d)\n"
        "Interview Type: Hiring Manager Interview\nInterviewer(s): Dr. Anke Vogel - Director Supply Chain "
        "Planning\nDuration: 45 minutes\n\nIf you need to reschedule, please reply to this message.\n\n"
        f"Kind regards,\nFPL Talent Acquisition\n\n{body}"
    )
    ics = cal(
        "PRODID:-//Workday Inc.//Workday Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261201T151224Z
DTSTART:20261210T140000Z
DTEND:20261210T144500Z
SUMMARY:Interview: Supply Chain Planner (R-24117) - Fernbrück Pharma Logistics
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Fernbrück Pharma Logistics:mailto:fernbrueck@myworkday.com
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Anke Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anke.vogel@fernbrueck-pharma.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("workday-hm-en", "en", ics, uid, 1, "Fernbrück Pharma Logistics", "Supply Chain Planner",
              "hiring_manager", "anke.vogel@fernbrueck-pharma.com", "workday-hiring-manager-en",
              "FPL|Fernbrück Pharma|Fernbrück", "Workday")


def fernbrueck_final() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000903C1D5A6E8CDB01000000000000000010000000"
           "4F3E2D1C0B1A29384756A5B4C3D2E1F0")
    desc = (
        "Hi Marta,\n\nas promised, here is the invitation for the final round at our site in Bönen. "
        "Matthias Grün (Site Director) and I will meet you at reception, then we do a short walk through "
        "the GDP area and finish with a conversation over lunch.\n\nPlease bring your ID – visitors are "
        "registered at the gate.\n\nBest regards\nAnke\n\nDr. Anke Vogel\nDirector Supply Chain Planning\n"
        "Fernbrück Pharma Logistics GmbH"
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Grün, Matthias";RSVP=TRUE:mailto:matthias.gruen@fernbrueck-pharma.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="BOE Meeting Room Weser (10)";RSVP=TRUE:mailto:boe.weser@fernbrue
 ck-pharma.com
CLASS:PUBLIC
CREATED:20261221T100045Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20270113T130000
DTSTAMP:20261221T100045Z
DTSTART;TZID="W. Europe Standard Time":20270113T100000
LAST-MODIFIED:20261221T100045Z
LOCATION:Bönen site – Meeting Room Weser
ORGANIZER;CN="Vogel, Anke, Dr.":mailto:anke.vogel@fernbrueck-pharma.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Final interview & site visit Bönen – Marta Kowalska
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-final-en", "en", ics, uid, 1, "Fernbrück Pharma Logistics", "", "final",
              "anke.vogel@fernbrueck-pharma.com;matthias.gruen@fernbrueck-pharma.com", "outlook-final-room-en",
              "FPL|Fernbrück Pharma|Fernbrück", "Outlook")


def meridian_screen() -> Ev:
    uid = "greenhouse-interview-19283746-5501@meridiancoldchain.com"
    desc = (
        "Hi Marta,\n\nThanks for applying to the Warehouse Operations Manager role at Meridian Cold Chain in "
        "Venlo. This is a 30-minute phone call with Femke Visser from our Talent team to go over your "
        "background, the role and logistics (relocation or commute, notice period, salary expectations).\n\n"
        "Femke will call you on the number in your application.\n\n"
        "Interview scheduled via Greenhouse. Need to make a change? Just reply to this email."
    )
    ics = cal(
        "PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261126T093011Z
DTSTART:20261202T120000Z
DTEND:20261202T123000Z
SUMMARY:Meridian Cold Chain: Recruiter Phone Screen - Marta Kowalska
DESCRIPTION:{esc(desc)}
LOCATION:Phone call
ORGANIZER;CN=Femke Visser:mailto:femke.visser@meridiancoldchain.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Femke Visser:mailto:femke.visser@meridiancoldchain.com
END:VEVENT
""",
    )
    return Ev("greenhouse-phone-en", "en", ics, uid, 1, "Meridian Cold Chain", "Warehouse Operations Manager",
              "recruiter_screen", "femke.visser@meridiancoldchain.com", "greenhouse-phone-screen-en", "Meridian",
              "Greenhouse")


def meridian_final() -> Ev:
    uid = "greenhouse-interview-19283746-7730@meridiancoldchain.com"
    body = teams("en", "398 220 671 045", "Wd2xF5", "ZGI0ZWFhMDMtOGU4Ny00ZGU1LTg3ZmEtYTEwNDRmYzQ0NWI2")
    desc = (
        "Hi Marta,\n\nWe're excited to invite you to the final round for the Warehouse Operations Manager "
        "position. It will be held virtually.\n\nInterview Schedule (CET)\n"
        "14:00 - 14:45  Pieter Bakker, Site Manager Venlo\n"
        "14:45 - 15:30  Sanne Mulder, Inventory Planning Lead\n\n"
        "I'll be your point of contact on the day, but I won't be joining the interviews.\n\n"
        f"Best,\nEline de Vries\nRecruiting Coordinator, Meridian Cold Chain B.V.\n\n{body}"
    )
    ics = cal(
        "PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST",
        tz_olson("Europe/Amsterdam"),
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261211T141905Z
DTSTART;TZID=Europe/Amsterdam:20261218T140000
DTEND;TZID=Europe/Amsterdam:20261218T153000
SUMMARY:Final Round (virtual) - Meridian Cold Chain - Marta Kowalska
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Eline de Vries:mailto:edevries@meridiancoldchain.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Pieter Bakker:mailto:pieter.bakker@meridiancoldchain.com
ATTENDEE;CN=Sanne Mulder:mailto:sanne.mulder@meridiancoldchain.com
END:VEVENT
""",
    )
    return Ev("greenhouse-panel-en", "en", ics, uid, 1, "Meridian Cold Chain", "Warehouse Operations Manager",
              "final", "pieter.bakker@meridiancoldchain.com;sanne.mulder@meridiancoldchain.com",
              "greenhouse-coordinator-not-interviewer-en", "Meridian", "Greenhouse")


def luma_ashby() -> Ev:
    uid = "ashby-5f0c9a2e-7d31-4c86-b2e4-8a1f6d3c9e07@ashbyhq.com"
    body = meet("en", "dpe-wkgn-rvx")
    desc = (
        "Hi Marta,\n\nyou're confirmed for the case study interview for Supply Chain Planner at Luma Home.\n\n"
        "Format: 15 min intro, 45 min working through a replenishment case together (we'll share a sheet – "
        "no prep needed), 15 min for your questions.\n\nInterviewers: Felix Hartmann (Head of Supply Chain), "
        f"Priya Nair (Senior Demand Planner)\n\n{body}\n\nScheduled with Ashby"
    )
    ics = cal(
        "PRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261207T164502Z
DTSTART:20261215T130000Z
DTEND:20261215T141500Z
SUMMARY:Luma Home | Supply Chain Planner - Case Study Interview
DESCRIPTION:{esc(desc)}
LOCATION:https://meet.google.com/dpe-wkgn-rvx
ORGANIZER;CN=Luma Home Recruiting:mailto:recruiting@lumahome.de
ATTENDEE;CN=Marta Kowalska;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Felix Hartmann;PARTSTAT=ACCEPTED:mailto:felix.hartmann@lumahome.de
ATTENDEE;CN=Priya Nair;PARTSTAT=ACCEPTED:mailto:priya.nair@lumahome.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("ashby-case-en", "en", ics, uid, 1, "Luma Home", "Supply Chain Planner", "technical",
              "felix.hartmann@lumahome.de;priya.nair@lumahome.de", "ashby-case-study-en", "", "Ashby")


def luma_final() -> Ev:
    uid = "7m2n9b4v1c6x3z8l5k0j2h7g4f@google.com"
    body = meet("en", "ybt-oqsr-jfa", "903 557 210")
    desc = (
        "Hi Marta – Felix told me great things about your case session. Let's have a final conversation "
        "before we make a decision. Happy to answer anything about the team, equity and the Erfurt "
        f"warehouse move.\n\nJana Kessel\nCOO, Luma Home\n\n{body}"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270107T163000
DTEND;TZID=Europe/Berlin:20270107T171500
DTSTAMP:20261219T082033Z
ORGANIZER;CN=Jana Kessel:mailto:jana.kessel@lumahome.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jana Kessel;X-NUM-GUESTS=0:mailto:jana.kessel@lumahome.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=recruiting@lumahome.de;X-NUM-GUESTS=0:mailto:recruiting@lumahome.de
X-GOOGLE-CONFERENCE:https://meet.google.com/ybt-oqsr-jfa
CREATED:20261219T082032Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261219T082032Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Luma Home – Final conversation w/ Jana (COO)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-final-en", "en", ics, uid, 1, "Luma Home", "", "final", "jana.kessel@lumahome.de",
              "google-final-optional-mailbox-en", "", "Google Calendar")


def lindqvist_teamtailor() -> Ev:
    uid = "teamtailor-interview-e8a3b5c1-0d47-4f29-a6b2-93c7d1e05f84"
    body = teams("en", "341 907 552 368", "Zc8nT1", "NWQ2MzVkMGQtZjEyZS00YmFlLTk3YzMtMjE5N2I0NmM0NWE3")
    desc = (
        "Hi Marta!\n\nHere is your interview with Lindqvist Outdoor for the Logistics Manager DACH role. "
        "You'll meet Erik Sandberg, Head of Logistics Europe and hiring manager for the position. He'll "
        "tell you about our new DC near Dortmund and would love to hear how you run peak season.\n\n"
        f"Warm regards,\nAlva Lindgren\nTalent Acquisition, Lindqvist Outdoor AB\n\n{body}"
    )
    ics = cal(
        "PRODID:-//Teamtailor//Teamtailor Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST",
        tz_olson("Europe/Stockholm"),
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261208T100020Z
DTSTART;TZID=Europe/Stockholm:20261216T091500
DTEND;TZID=Europe/Stockholm:20261216T100000
SUMMARY:Interview with Lindqvist Outdoor – Logistics Manager DACH
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Alva Lindgren:mailto:alva.lindgren@lindqvist-outdoor.com
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Erik Sandberg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:erik.sandberg@lindqvist-outdoor.com
END:VEVENT
""",
    )
    return Ev("teamtailor-hm-en", "en", ics, uid, 1, "Lindqvist Outdoor", "Logistics Manager DACH", "hiring_manager",
              "erik.sandberg@lindqvist-outdoor.com", "teamtailor-coordinator-organizer-en", "Lindqvist", "Teamtailor")


def conexa_headhunter() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0D1B2A3C48BDB01000000000000000010000000"
           "8899AABBCCDDEEFF0011223344556677")
    body = zoom("en", "James Whitfield", "874 2290 1156", "cXh2RkFwS1N4dz09")
    desc = (
        "Hi Marta,\n\nGreat news – my client would like to meet you. As discussed, the client is Conexa Pharma "
        "Distribution GmbH and the role is Head of Distribution Germany, based in Kamen. You'll be speaking "
        "with Dr. Henrik Lange, COO, who would be your direct line manager. I'll set up the Zoom but won't "
        "stay on the call.\n\nBest of luck, and let's speak afterwards.\n\nJames Whitfield\nPartner, Supply "
        f"Chain Practice\nKestrel Search Ltd, London\n\n{body}"
    )
    ics = cal(
        OUTLOOK16,
        tz_windows("GMT Standard Time", "+0000", "+0100"),
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Lange, Henrik";RSVP=TRUE:mailto:henrik.lange@conexa-pharma.de
CLASS:PUBLIC
CREATED:20261214T170254Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="GMT Standard Time":20270106T100000
DTSTAMP:20261214T170254Z
DTSTART;TZID="GMT Standard Time":20270106T090000
LAST-MODIFIED:20261214T170254Z
LOCATION:Zoom
ORGANIZER;CN="James Whitfield":mailto:james.whitfield@kestrelsearch.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Client interview – Head of Distribution DE (Marta Kowalska)
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("headhunter-client-en", "en", ics, uid, 1, "Conexa Pharma Distribution", "Head of Distribution Germany",
              "hiring_manager", "henrik.lange@conexa-pharma.de", "headhunter-gmt-zone-client-in-body-en",
              "Conexa Pharma|Conexa", "Outlook")


def amberline_goodtime() -> Ev:
    uid = "gt-7c2b9e14-53a8-4f1d-8e60-b4d2a9c7f315@goodtime.io"
    body = zoom("en", "Amberline Recruiting", "915 3308 4472", "N3Z6SmtPa0pEZz09", "amberline")
    desc = (
        "Hi Marta,\n\nYour interview for Customer Operations Manager, DACH is confirmed.\n\n"
        "Technical Deep-Dive (60 min)\n- Rachel Kim, Director Solutions Engineering\n"
        "- Tobias Reuter, Senior Manager Customer Operations EMEA\n\nWe'll walk through a WMS / robot fleet "
        "integration scenario and how you would run a go-live at a customer site.\n\nTimes are shown in "
        "Eastern Time; your calendar will convert them.\n\nCoordinator: Dana Whitaker\n\n"
        f"{body}\n\nPowered by GoodTime"
    )
    ics = cal(
        "PRODID:-//GoodTime.io//GoodTime Hire//EN\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_NEW_YORK,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270111T203344Z
DTSTART;TZID=America/New_York:20270120T100000
DTEND;TZID=America/New_York:20270120T110000
SUMMARY:Amberline Robotics Interview - Customer Operations Manager\\, DACH
DESCRIPTION:{esc(desc)}
LOCATION:Zoom
ORGANIZER;CN=Amberline Recruiting:mailto:interviews@amberlinerobotics.com
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Rachel Kim;ROLE=REQ-PARTICIPANT:mailto:rachel.kim@amberlinerobotics.com
ATTENDEE;CN=Tobias Reuter;ROLE=REQ-PARTICIPANT:mailto:tobias.reuter@amberlinerobotics.com
ATTENDEE;CN=Dana Whitaker;ROLE=NON-PARTICIPANT:mailto:dana.whitaker@amberlinerobotics.com
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("goodtime-tech-en", "en", ics, uid, 1, "Amberline Robotics", "Customer Operations Manager, DACH",
              "technical", "rachel.kim@amberlinerobotics.com;tobias.reuter@amberlinerobotics.com",
              "goodtime-new-york-tz-coordinator-en", "Amberline", "GoodTime")


def amberline_hm() -> Ev:
    uid = "2r8t5y1u7i3o9p4a6s0d2f8g1h@google.com"
    body = meet("en", "hvu-mxcz-kqo", "210 664 871")
    desc = (
        "Hi Marta,\n\nthanks for taking the time. As the hiring manager for the Customer Operations Manager "
        "DACH role I'd like to get to know you – your background in warehouse ops, how you lead shift teams, "
        f"and what you expect from the move to a tech company.\n\nTalk soon,\nTobias\n\n{body}"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270105T110000
DTEND;TZID=Europe/Berlin:20270105T114500
DTSTAMP:20261217T135311Z
ORGANIZER;CN=Tobias Reuter:mailto:tobias.reuter@amberlinerobotics.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tobias Reuter;X-NUM-GUESTS=0:mailto:tobias.reuter@amberlinerobotics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
X-GOOGLE-CONFERENCE:https://meet.google.com/hvu-mxcz-kqo
CREATED:20261217T135310Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261217T135310Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Amberline Robotics – Hiring Manager Interview (Tobias Reuter)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-hm-en", "en", ics, uid, 1, "Amberline Robotics", "Customer Operations Manager DACH",
              "hiring_manager", "tobias.reuter@amberlinerobotics.com", "google-hiring-manager-en", "Amberline",
              "Google Calendar")


EVENTS = [
    palettio_founder,
    fernbrueck_workday,
    fernbrueck_final,
    meridian_screen,
    meridian_final,
    luma_ashby,
    luma_final,
    lindqvist_teamtailor,
    conexa_headhunter,
    amberline_goodtime,
    amberline_hm,
]
