"""holdout64: the user's own interviews, English (multinationals in Austria and Switzerland), first part."""

from __future__ import annotations

from holdout64ev_boiler import meet, teams_en, zoom_en
from holdout64ev_ics import PRODID_APPLE, PRODID_OUTLOOK, TZ_VIENNA, TZ_ZURICH, Ev, cal

EVENTS: list[Ev] = []

# Greenhouse-scheduled recruiter screen from the recruiter's Google calendar, UTC, Zoom.
EVENTS.append(Ev(
    "greenhouse-recruiter-screen-en",
    "7h2m0c4rq9v1d6n8b3s5t0k2pe@google.com",
    cal(rf"""BEGIN:VEVENT
DTSTART:20250917T120000Z
DTEND:20250917T123000Z
DTSTAMP:20250911T150412Z
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@brightwellfoods.com
UID:7h2m0c4rq9v1d6n8b3s5t0k2pe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah Cole;X-NUM-GUESTS=0:mailto:ha
 nnah.cole@brightwellfoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović;X-NUM
 -GUESTS=0:mailto:dragana.petrovic@gmx.at
DESCRIPTION:Hi Dragana\,\n\nThanks for your interest in the Head of People\, CEE role at Brightwell Foods.
  This is a 30-minute conversation to walk through your background and our process.\n\nInterviewer: Hann
 ah Cole\, Senior Talent Partner EMEA\n\n{zoom_en("842 1190 5521", "Q2xWbGtoYUZz")}\n\nThis event was sch
 eduled via Greenhouse.
LOCATION:https://us02web.zoom.us/j/84211905521
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dragana Petrović <> Brightwell Foods | Recruiter Screen
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Brightwell Foods", "Head of People, CEE", "recruiter_screen", "hannah.cole@brightwellfoods.com",
    "greenhouse-en",
))

# Greenhouse onsite loop at the Vienna office: coordinator organizes, a room is booked.
EVENTS.append(Ev(
    "greenhouse-onsite-loop-en",
    "greenhouse-onsite-2c91a7e4f0b3@brightwellfoods.com",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:greenhouse-onsite-2c91a7e4f0b3@brightwellfoods.com
DTSTAMP:20251006T083312Z
DTSTART;TZID=Europe/Vienna:20251016T093000
DTEND;TZID=Europe/Vienna:20251016T130000
ORGANIZER;CN=Priya Nair:mailto:priya.nair@brightwellfoods.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marcus Lindgren:mailto:marcus.lindgren@brightwellfoods.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Elena Vogl:mailto:elena.vogl@brightwellfoods.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tom Becker:mailto:tom.becker@brightwellfoods.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=VIE-4-Danube (10):mailto:vie-4-danube@resource.brightwellfo
 ods.com
SUMMARY:Onsite Interview – Dragana Petrović – Head of People\, CEE
DESCRIPTION:Hi Dragana\,\n\nWe're looking forward to welcoming you at our Vienna office (Wienerbergstraße
  11\, Tower B\, 4th floor). Please check in at reception and ask for me.\n\nSchedule\n09:30–10:15 Marcus
  Lindgren\, General Manager CEE (hiring manager)\n10:15–11:00 Elena Vogl\, Finance Director CEE\n11:15–12
 :00 Tom Becker\, VP HR Europe\n12:00–13:00 Lunch with the HR team (informal)\n\nI'm your coordinator for t
 he day and won't be interviewing – call me on +43 664 3318 270 if anything comes up.\n\nBest\,\nPriya Na
 ir\nRecruiting Coordinator\, Brightwell Foods
LOCATION:Brightwell Foods Vienna\, Wienerbergstraße 11\, 1100 Wien – VIE-4-Danube
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Brightwell Foods", "Head of People, CEE", "onsite",
    "marcus.lindgren@brightwellfoods.com;elena.vogl@brightwellfoods.com;tom.becker@brightwellfoods.com",
    "greenhouse-onsite-coordinator-room-en",
))

# Workday recruiter phone screen, Swiss pharma.
EVENTS.append(Ev(
    "workday-phone-screen-en",
    "WD-7d20f1b8c3a94e6f8b0a2c5d9e1f4a63@seelandpharma.myworkday.com",
    cal(TZ_ZURICH + "\n" + r"""BEGIN:VEVENT
UID:WD-7d20f1b8c3a94e6f8b0a2c5d9e1f4a63@seelandpharma.myworkday.com
DTSTAMP:20250922T071100Z
DTSTART;TZID=Europe/Zurich:20250929T090000
DTEND;TZID=Europe/Zurich:20250929T093000
ORGANIZER;CN=Seeland Pharma Talent Acquisition:mailto:seelandpharma@myworkday.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Nadine Roth:mailto:nadine.roth@seeland-pharma.ch
SUMMARY:Recruiter Phone Screen: Head of HR Switzerland (JR-2025-0815)
DESCRIPTION:Dear Dragana\,\n\nThank you for applying to Seeland Pharma AG. We would like to invite you to
  a phone screen for Head of HR Switzerland (JR-2025-0815).\n\nInterviewer: Nadine Roth\, Talent Acquisiti
 on Lead\nFormat: Phone call – Nadine will call you on the number in your profile.\n\nTo reschedule\, plea
 se use the candidate home in Workday.\n\nKind regards\,\nSeeland Pharma Talent Acquisition
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Seeland Pharma", "Head of HR Switzerland", "recruiter_screen", "nadine.roth@seeland-pharma.ch",
    "workday-phone-screen-en",
))

# Outlook cancellation of the hiring manager interview (METHOD:CANCEL, STATUS:CANCELLED).
EVENTS.append(Ev(
    "outlook-cancel-hiring-manager-en",
    "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000F00DBABE1234567890AB"
    "CDEF12345678",
    cal(TZ_ZURICH + "\n" + r"""BEGIN:VEVENT
ORGANIZER;CN="Roth, Nadine":mailto:nadine.roth@seeland-pharma.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN="Zürcher, Beat":mailto:beat.zuercher@seeland-pharma.ch
DESCRIPTION;LANGUAGE=en-US:Dear Dragana\,\n\nUnfortunately Beat has to travel to our Singapore site next w
 eek\, so I have to cancel this slot. I will send you new options shortly.\n\nApologies and kind regards\,\n
 Nadine\n\n-----\nInterview with Dr. Beat Zürcher\, Site Head Basel (hiring manager) – Head of HR Switzerl
 and
SUMMARY;LANGUAGE=en-US:Canceled: Hiring Manager Interview – Head of HR Switzerland
DTSTART;TZID=Europe/Zurich:20251014T150000
DTEND;TZID=Europe/Zurich:20251014T160000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000F00DBABE1234567890AB
 CDEF12345678
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251008T061544Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Seeland Pharma AG\, Klybeckstrasse 190\, 4057 Basel
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT""", prodid=PRODID_OUTLOOK, method="CANCEL"),
    1, "Seeland Pharma", "Head of HR Switzerland", "hiring_manager", "beat.zuercher@seeland-pharma.ch",
    "cancelled-outlook-en",
))

# Ashby, interview with the co-founder/CEO.
EVENTS.append(Ev(
    "ashby-ceo-en",
    "ashby-4e0b6c2a-8d71-4f39-a5e2-1c9d7b3f0a86",
    cal(TZ_VIENNA.replace("Europe/Vienna", "Europe/Berlin") + "\n" + rf"""BEGIN:VEVENT
UID:ashby-4e0b6c2a-8d71-4f39-a5e2-1c9d7b3f0a86
DTSTAMP:20251001T160000Z
DTSTART;TZID=Europe/Berlin:20251007T140000
DTEND;TZID=Europe/Berlin:20251007T144500
ORGANIZER;CN=Quellwerk Recruiting:mailto:recruiting@quellwerk.io
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Jonas Albrecht:mailto:jonas@quellwerk.io
SUMMARY:Dragana Petrović – VP People – Interview with Jonas Albrecht (CEO)
DESCRIPTION:Hi Dragana\,\n\nYou're confirmed for your interview for VP People at Quellwerk.\n\nYou'll be
  meeting with Jonas Albrecht\, Co-founder & CEO. The VP People reports directly to Jonas\, so expect a c
 onversation about how you've built people teams and what you'd do in your first six months.\n\n
 {zoom_en("713 552 0984", "cXVlbGx3ZXJr", "quellwerk")}\n\nNeed to reschedule? Reply to this email.\n\nSc
 heduled with Ashby
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Quellwerk", "VP People", "hiring_manager", "jonas@quellwerk.io", "ashby-ceo-en",
))

# Take-home presentation (case), Google Meet.
EVENTS.append(Ev(
    "meet-take-home-presentation-en",
    "5q8e1n3c7v0b2m4k6h9t1d3s5r@google.com",
    cal(rf"""BEGIN:VEVENT
DTSTART:20251020T130000Z
DTEND:20251020T141500Z
DTSTAMP:20251013T092000Z
ORGANIZER;CN=Quellwerk Recruiting:mailto:recruiting@quellwerk.io
UID:5q8e1n3c7v0b2m4k6h9t1d3s5r@google.com
ATTENDEE;CN=Dragana Petrović;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Jonas Albrecht;PARTSTAT=ACCEPTED:mailto:jonas@quellwerk.io
ATTENDEE;CN=Mareike Lorenz;PARTSTAT=ACCEPTED:mailto:mareike@quellwerk.io
ATTENDEE;CN=Quellwerk Recruiting;PARTSTAT=ACCEPTED:mailto:recruiting@quellwerk.io
DESCRIPTION:Take-home presentation: your 90-day People plan for Quellwerk (VP People).\n\n25 min presenta
 tion\, 45 min Q&A with Jonas Albrecht (CEO) and Mareike Lorenz (COO). Please share slides in the call.\n\n
 {meet("pkr-wzuf-gao", "en")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quellwerk | VP People | Take-home presentation
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Quellwerk", "VP People", "technical", "jonas@quellwerk.io;mareike@quellwerk.io",
    "take-home-presentation-en",
))

# Lever intro call.
EVENTS.append(Ev(
    "lever-intro-call-en",
    "lever-interview-9b3f7a1e-0c2d-4e58-8f6a-71d2c4b9e035",
    cal(TZ_VIENNA.replace("Europe/Vienna", "Europe/Berlin") + "\n" + rf"""BEGIN:VEVENT
UID:lever-interview-9b3f7a1e-0c2d-4e58-8f6a-71d2c4b9e035
DTSTAMP:20250924T111500Z
DTSTART;TZID=Europe/Berlin:20251001T100000
DTEND;TZID=Europe/Berlin:20251001T103000
ORGANIZER;CN=Chloe Martin:mailto:chloe.martin@kestrel.io
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Kestrel Analytics: Intro call with Dragana Petrović
DESCRIPTION:Interview with Kestrel Analytics\nPosition: Director People Operations DACH (Munich)\n\nInterv
 iewers:\n• Chloe Martin\, Talent Partner\n\n{teams_en("276 140 995 314", "YjE3ZmEwMTMtMDU")}\n\nThis in
 terview was scheduled through Lever.
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Kestrel Analytics", "Director People Operations DACH", "recruiter_screen", "chloe.martin@kestrel.io",
    "lever-en",
))

# Final round with the CPO, Zoom.
EVENTS.append(Ev(
    "lever-final-cpo-en",
    "lever-interview-e04c8b26-5a1f-4d93-b7e0-3f6a2d9c1b47",
    cal(rf"""BEGIN:VEVENT
UID:lever-interview-e04c8b26-5a1f-4d93-b7e0-3f6a2d9c1b47
DTSTAMP:20251028T140000Z
DTSTART:20251105T160000Z
DTEND:20251105T170000Z
ORGANIZER;CN=Chloe Martin:mailto:chloe.martin@kestrel.io
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Rachel Okafor:mailto:rachel.okafor@kestrel.io
SUMMARY:Final round: Dragana Petrović / Rachel Okafor (Chief People Officer)
DESCRIPTION:Interview with Kestrel Analytics\nPosition: Director People Operations DACH\nStage: Final rou
 nd\n\nInterviewers:\n• Rachel Okafor\, Chief People Officer (Boston)\n\n
 {zoom_en("960 3318 2047", "a2VzdHJlbEZpbmFs")}\n\nThis interview was scheduled through Lever.
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Kestrel Analytics", "Director People Operations DACH", "final", "rachel.okafor@kestrel.io",
    "lever-final-en",
))

# Workday video interview with the GM (hiring manager), Teams.
EVENTS.append(Ev(
    "workday-teams-gm-en",
    "WD-0f6e2d1c-9b8a-4736-a5c4-e3f2d1c0b9a8@oakridge.myworkday.com",
    cal(TZ_ZURICH + "\n" + rf"""BEGIN:VEVENT
UID:WD-0f6e2d1c-9b8a-4736-a5c4-e3f2d1c0b9a8@oakridge.myworkday.com
DTSTAMP:20251010T083000Z
DTSTART;TZID=Europe/Zurich:20251017T110000
DTEND;TZID=Europe/Zurich:20251017T120000
ORGANIZER;CN=Oakridge Nutrition Recruiting:mailto:oakridge@myworkday.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Stefan Huber:mailto:stefan.huber@oakridge-nutrition.com
SUMMARY:Interview – HR Director DACH – Dragana Petrović
DESCRIPTION:Dear Dragana\,\n\nWe are pleased to confirm your interview for the position of HR Director DAC
 H (R0041187).\n\nInterviewer: Stefan Huber\, General Manager DACH (hiring manager)\nFormat: Video (Micros
 oft Teams)\n\n{teams_en("381 007 624 559", "OWE4NTljYWItNmY")}\n\nKind regards\,\nOakridge Nutrition Tal
 ent Acquisition\, Zug
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Oakridge Nutrition", "HR Director DACH", "hiring_manager", "stefan.huber@oakridge-nutrition.com",
    "workday-hiring-manager-en",
))

# Terse iPhone entry: the user's note of a headhunter call about a named employer.
EVENTS.append(Ev(
    "ios-headhunter-names-employer-en",
    "D93B7E21-64A0-4C5F-8E1D-2B7F0C9A3E58",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20250930T061210Z
DTEND;TZID=Europe/Vienna:20251002T123000
DTSTAMP:20250930T061222Z
DTSTART;TZID=Europe/Vienna:20251002T120000
LAST-MODIFIED:20250930T061222Z
SEQUENCE:0
SUMMARY:HH call re Oakridge HR Dir DACH
DESCRIPTION:she calls me\; ask about salary band + Zug vs. remote
TRANSP:OPAQUE
UID:D93B7E21-64A0-4C5F-8E1D-2B7F0C9A3E58
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    1, "Oakridge Nutrition", "HR Dir DACH", "recruiter_screen", "", "user-typed-headhunter-en",
))

# Workable, two studio leads, no stage named.
EVENTS.append(Ev(
    "workable-studio-leads-en",
    "workable-event-1f7c3e9a5b",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:workable-event-1f7c3e9a5b
DTSTAMP:20251015T101000Z
DTSTART;TZID=Europe/Vienna:20251021T150000
DTEND;TZID=Europe/Vienna:20251021T160000
ORGANIZER;CN=Jana Novotná:mailto:jana@pixelwald.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Jana Novotná:mailto:jana@pixelwald.com
ATTENDEE;CN=Ben Auer:mailto:ben@pixelwald.com
SUMMARY:Interview with Pixelwald Studios (Head of People)
DESCRIPTION:Hi Dragana\,\n\nYou'll meet our two studio leads\, Jana Novotná and Ben Auer\, for a conversat
 ion about how we work and what we'd need from our first Head of People.\n\n
 {zoom_en("895 220 4471", "cGl4ZWx3YWxk")}\n\nSent via Workable
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Pixelwald Studios", "Head of People", "", "jana@pixelwald.com;ben@pixelwald.com", "workable-en",
))
