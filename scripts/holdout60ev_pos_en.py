"""holdout60: the user's own interviews, London employers (part 1)."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, meet, teams
from holdout60ev_ics import Ev, pos


def kestrel_greenhouse() -> Ev:
    uid = "greenhouse-scheduled-interview-28471923-4410@greenhouse.io"
    t = teams("en", "374 905 118 263", "b8Xq2T", "YjU0ZWI2NjYtN2ZlZC00MmQ5LTk1NzEtNmM1ZDIwZTg4ZmQ3")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250410T124507Z
DTSTART;TZID=Europe/London:20250417T100000
DTEND;TZID=Europe/London:20250417T110000
SUMMARY:Interview with Kestrel Digital Construction – BIM Coordinator
ORGANIZER;CN=Ella Watts:mailto:ella.watts@kestreldc.co.uk
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Tom Akande;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.akande@kestreldc.co.uk
ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.nair@kestreldc.co.uk
DESCRIPTION:Hi Lucía\,\n\nThank you for your interest in the BIM Coordinator role at Kestrel Digital
  Construction! Here are the details for your upcoming interview:\n\nDate: Thursday\, 17 April 2025\nTime:
  10:00 - 11:00 BST (11:00 - 12:00 in Valencia)\nLocation: Microsoft Teams (link below)\n\nYou'll meet
  with:\n10:00 - 10:30  Tom Akande\, BIM Lead – technical conversation: Revit\, Navisworks\, ISO
  19650\n10:30 - 11:00  Priya Nair\, Senior BIM Coordinator – short clash-detection exercise (screen
  share)\n\nIf you need any adjustments\, just reply to this email.\n\nBest\,\nElla Watts\nRecruiting
  Coordinator\, Kestrel DC\n\n{t}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("greenhouse-teams-technical-en", uid, text, "Kestrel Digital Construction", "BIM Coordinator",
               "technical", "tom.akande@kestreldc.co.uk;priya.nair@kestreldc.co.uk")


def kestrel_final() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000C0E2A4B6D8F1DB01000000000000000010000000"
           "B1D3F5A7C9E1B3D5F7A9C1E3B5D7F9A1")
    tz = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:{tz}@@
BEGIN:VEVENT
ORGANIZER;CN="Dunmore, Rachel":mailto:rachel.dunmore@kestreldc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watts, Ella":mailto:ella.watts@kestreldc.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Lucía\,\n\nGreat to hear such good feedback from Tom and Priya. I'd like to
  invite you to the final stage for the BIM Coordinator role: an hour with me in our Clerkenwell office\,
  looking at how you'd set up the information requirements on a new job and talking about where you
  want to take your career. Ella will look after your travel expenses.\n\nKind regards\,\nRachel
  Dunmore\nDirector of Digital Delivery\nKestrel Digital Construction Ltd\n3rd Floor\, 40 Great Sutton
  Street\, London EC1V 0DX\n
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Final interview – BIM Coordinator – Lucía Ferreira Gómez
DTSTART;TZID="{tz}":20250501T140000
DTEND;TZID="{tz}":20250501T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T161132Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Kestrel DC – 3rd Floor\, 40 Great Sutton Street\, London EC1V 0DX
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-utc-zone-final-en", uid, text, "Kestrel Digital Construction", "BIM Coordinator", "final",
               "rachel.dunmore@kestreldc.co.uk")


def harrow_lever_phone() -> Ev:
    uid = "lever-interview-1c3e5a7b-9d2f-4e6a-8b0c-2d4f6a8c0e1b"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250327T142233Z
DTSTART:20250401T130000Z
DTEND:20250401T133000Z
SUMMARY:Harrow Lane Architects – Phone Screen with Grace Oduya
ORGANIZER;CN=Grace Oduya (Harrow Lane Architects):mailto:no-reply@hire.lever.co
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Grace Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:grace@harrowlane.co.uk
DESCRIPTION:Hi Lucía\,\n\nThanks for applying for the Architect (ARB-eligible) – Residential role at Harrow
  Lane. Grace will call you on +34 6** *** 418 for a relaxed 30-minute chat about your experience\, your
  visa situation and what you're looking for.\n\nSpeak soon\,\nThe Harrow Lane team
LOCATION:Phone call – Grace will call you
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("lever-phone-screen-en", uid, text, "Harrow Lane Architects", "Architect (ARB-eligible) – Residential",
               "recruiter_screen", "grace@harrowlane.co.uk")


def harrow_lever_onsite() -> Ev:
    uid = "lever-interview-7e9a1c3d-5f7b-4a9c-b1d3-e5f7a9c1e3b5"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250411T090145Z
DTSTART:20250424T090000Z
DTEND:20250424T113000Z
SUMMARY:Harrow Lane Architects – Onsite Interview (Architect\, Residential)
ORGANIZER;CN=Grace Oduya (Harrow Lane Architects):mailto:no-reply@hire.lever.co
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Simon Harrow;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:simon@harrowlane.co.uk
ATTENDEE;CN=Leonie Baptiste;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:leonie@harrowlane.co.uk
DESCRIPTION:Hi Lucía\,\n\nWe're looking forward to welcoming you to the studio! Your onsite interview:\n\n10:00
  Portfolio walk-through with Simon Harrow (Founding Director)\n10:45 Design exercise debrief with Leonie
  Baptiste (Associate)\n11:30 Studio tour\n\nAddress: Unit 4\, 21 Clerkenwell Close\, London EC1R 0AA.
  Grace will meet you at reception.\n\nThe Harrow Lane team
LOCATION:Unit 4\, 21 Clerkenwell Close\, London EC1R 0AA
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("lever-onsite-en", uid, text, "Harrow Lane Architects", "Architect, Residential", "onsite",
               "simon@harrowlane.co.uk;leonie@harrowlane.co.uk")


def spanwise_ashby_hm() -> Ev:
    uid = "ashby-interview-event-3f0d1b7e-2c4a-4e9b-8d6f-0a2c4e6b8d0f"
    m = meet("en", "hwe-nqpa-tzs", "+44 20 3956 0431", "845 201 337")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250414T170500Z
DTSTART:20250422T150000Z
DTEND:20250422T154500Z
SUMMARY:Lucía Ferreira Gómez <> Daniel Reyes – Hiring Manager Interview
ORGANIZER;CN=Spanwise Recruiting:mailto:recruiting@spanwise.io
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Daniel Reyes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniel.reyes@spanwise.io
DESCRIPTION:Hi Lucía\,\n\nYou're confirmed for your Hiring Manager Interview for the BIM Solutions Specialist
  (EMEA) role at Spanwise.\n\nInterviewer: Daniel Reyes\, Head of Customer Success\n\nTips: Daniel will ask
  about projects where you rolled out a new workflow to a team\, and how you explain BIM to non-technical
  clients.\n\n{m}\n\nNeed to reschedule? Reply to this email.\nScheduled via Ashby
LOCATION:https://meet.google.com/hwe-nqpa-tzs
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("ashby-meet-hiring-manager-en", uid, text, "Spanwise", "BIM Solutions Specialist (EMEA)",
               "hiring_manager", "daniel.reyes@spanwise.io")


def spanwise_ashby_case() -> Ev:
    uid = "ashby-interview-event-9b1d3f5a-7c9e-4b1d-a3f5-c7e9b1d3f5a7"
    m = meet("en", "kzr-tvbm-oqd", "+44 20 3956 0431", "118 402 996")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250428T101800Z
DTSTART:20250506T140000Z
DTEND:20250506T150000Z
SUMMARY:Spanwise – Case Study Presentation (Lucía Ferreira Gómez)
ORGANIZER;CN=Spanwise Recruiting:mailto:recruiting@spanwise.io
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Hannah Cole;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.cole@spanwise.io
ATTENDEE;CN=Vikram Shah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vikram.shah@spanwise.io
ATTENDEE;CN=Spanwise Recruiting;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:recruiting@spanwise.io
DESCRIPTION:Hi Lucía\,\n\nHere are the details for your case study round for the BIM Solutions Specialist
  (EMEA) role.\n\nFormat: 25 minutes presenting the onboarding plan you prepared for a mid-size contractor\,
  then 35 minutes of questions.\nInterviewers: Hannah Cole (Product Manager)\, Vikram Shah (Solutions
  Engineer)\n\n{m}\n\nScheduled via Ashby
LOCATION:https://meet.google.com/kzr-tvbm-oqd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("ashby-case-study-en", uid, text, "Spanwise", "BIM Solutions Specialist (EMEA)", "technical",
               "hannah.cole@spanwise.io;vikram.shah@spanwise.io")


def ashdown_modernloop() -> Ev:
    uid = "ml-5d7f9b1c3e5a-panel-20250513@modernloop.io"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250506T113040Z
DTSTART;TZID=Europe/London:20250513T130000
DTEND;TZID=Europe/London:20250513T150000
SUMMARY:Ashdown Construction | Panel Interview – Digital Construction Engineer
ORGANIZER;CN=Beth Cartwright:mailto:beth.cartwright@ashdown-construction.co.uk
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Mark Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mark.oyelaran@ashdown-construction.co.uk
ATTENDEE;CN=Siân Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sian.pritchard@ashdown-construction.co
 .uk
ATTENDEE;CN=Gabriel Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gabriel.costa@ashdown-construction.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=LDN-7F-Thames (8):mailto:ldn-7f-thames@ashdown-co
 nstruction.co.uk
DESCRIPTION:Hi Lucía\,\n\nYour panel interview for Digital Construction Engineer is confirmed at our London
  office (7th floor\, 110 Bishopsgate\, EC2N 4AY).\n\nSchedule\n13:00 – 13:45  Mark Oyelaran\, Head of
  Digital Construction\n13:45 – 14:30  Siân Pritchard\, Project Director & Gabriel Costa\, Senior Design
  Manager\n14:30 – 15:00  Site-team Q&A and office tour\n\nPlease bring photo ID for building security. I'll
  meet you in the lobby.\n\nBeth Cartwright\nTalent Coordinator\n\n--\nScheduled with ModernLoop
LOCATION:LDN-7F-Thames (8)\, 110 Bishopsgate
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("modernloop-panel-room-en", uid, text, "Ashdown Construction", "Digital Construction Engineer",
               "onsite", "mark.oyelaran@ashdown-construction.co.uk;sian.pritchard@ashdown-construction.co.uk;"
               "gabriel.costa@ashdown-construction.co.uk")


def fenwick_phone_utc() -> Ev:
    uid = "4hn2p6r8t0v1x3z5b7d9f1h3jk@google.com"
    foot = gcal_footer("en", "olivia.grant@fenwicktate.com")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T080000Z
DTEND:20250404T082000Z
DTSTAMP:20250402T152218Z
ORGANIZER;CN=Olivia Grant:mailto:olivia.grant@fenwicktate.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olivia Grant;X-NUM-GUESTS=0:m
 ailto:olivia.grant@fenwicktate.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmai
 l.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hi Lucía – as promised\, a quick 20-minute call to go through your application for the
  Architect role in our Workplace team. I'll ring your mobile.\n\nOlivia Grant\nTalent Partner\, Fenwick
  Tate Partnership{foot}
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen: Lucía Ferreira Gómez / Fenwick Tate
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-utc-phone-screen-en", uid, text, "Fenwick Tate Partnership", "Architect",
               "recruiter_screen", "olivia.grant@fenwicktate.com")


def mercer_icims() -> Ev:
    uid = "icims-interview-mercerhale-2025-1143-77410@icims.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250415T080810Z
DTSTART:20250423T093000Z
DTEND:20250423T101500Z
SUMMARY:Interview Scheduled: Revit Technician (Req 2025-1143)
ORGANIZER;CN=Mercer Hale Careers:mailto:careers@mercerhale.com
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=James O'Connor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:james.oconnor@mercerhale.com
DESCRIPTION:Dear Lucía\,\n\nThank you for your application to Mercer Hale Engineering. We are pleased to
  confirm your video interview for the position of Revit Technician (Req 2025-1143)\, Building Services\,
  London.\n\nYou will meet James O'Connor\, Building Services Design Manager\, who leads the team this
  role reports into.\n\nA Zoom link will be sent by James separately.\n\nKind regards\,\nTalent Acquisition
  Team\nMercer Hale Engineering Ltd\n\nThis message was sent via iCIMS.
LOCATION:Video interview (Zoom)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("icims-video-en", uid, text, "Mercer Hale Engineering", "Revit Technician", "hiring_manager",
               "james.oconnor@mercerhale.com")


def events() -> list[Ev]:
    return [
        kestrel_greenhouse(),
        kestrel_final(),
        harrow_lever_phone(),
        harrow_lever_onsite(),
        spanwise_ashby_hm(),
        spanwise_ashby_case(),
        ashdown_modernloop(),
        fenwick_phone_utc(),
        mercer_icims(),
    ]
