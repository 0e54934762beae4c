# ruff: noqa: E501
"""holdout199 events, part b: the two Dutch employers, the German one, and English-language look-alikes."""

EVENTS = [
    {
        "kind": "workday-screen",
        "label": ("WD-INT-7b3e91c0-55aa-4f02-9c1d-2b6f0e8a4d11@myworkday.com", 1, "Van der Meulen Fresh Produce", "Quality Assurance Manager", "recruiter_screen", "femke.devries@vandermeulenfresh.nl", "workday-teams-screen-amsterdam-tz"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@TZ_AMSTERDAM@
BEGIN:VEVENT
UID:WD-INT-7b3e91c0-55aa-4f02-9c1d-2b6f0e8a4d11@myworkday.com
DTSTAMP:20250227T144417Z
DTSTART;TZID=Europe/Amsterdam:20250306T100000
DTEND;TZID=Europe/Amsterdam:20250306T103000
SUMMARY:Interview Invitation: Quality Assurance Manager (R-10482) - Lucía Martín Ortega
ORGANIZER;CN=Van der Meulen Recruiting:mailto:vandermeulen@myworkday.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Femke de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:femke.devries@vandermeulenfresh.nl
LOCATION:Microsoft Teams
DESCRIPTION:Dear Lucía\,\n\nThank you for your interest in the Quality Assurance Manager position at Van der Meulen Fresh Produce in Barendrecht.\n\nYou are invited to a 30-minute introductory video call with Femke de Vries\, Talent Acquisition Partner. Femke will tell you more about the role and our company and would like to learn about your background in food safety\, BRCGS/IFS and GLOBALG.A.P.\n\nPlease note the time is shown in Central European Time (Amsterdam).\n\nJoin Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE2Yzk5ZDEtYjI1Ny00%40thread.v2/0\nMeeting ID: 342 918 557 604  Passcode: hT5pQe\n\nKind regards\,\nVan der Meulen Fresh Produce B.V. | Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-hiring-manager",
        "label": ("040000008200E00074C5B7101A82E00800000000D07A7B61AF96DB01000000000000000010000000B9A67C5D3E2F4A1BA0C9E8D7F6A5B4C3", 1, "Van der Meulen Fresh Produce", "Quality Assurance Manager", "hiring_manager", "joost.bakker@vandermeulenfresh.nl", "outlook-windows-tz-teams-english-second-round"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Joost":mailto:Joost.Bakker@vandermeulenfresh.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="de Vries, Femke":mailto:Femke.deVries@vandermeulenfresh.nl
DESCRIPTION;LANGUAGE=en-US:Hi Lucía\,\n\nAs discussed with Femke\, here is the invite for our conversation about the QA Manager role. I'd like to go through a couple of real cases from our citrus and stone fruit lines (residue non-conformities\, a customer complaint) and hear how you would handle them. Femke is optional.\n\nBest regards\,\nJoost Bakker\nHead of Quality\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc0ZjQx%40thread.v2/0?context=%7b%22Tid%22%3a%2288e1%22%7d>\nMeeting ID: 377 205 118 943\nPasscode: 8mFw3B\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07A7B61AF96DB01000000000000000010000000B9A67C5D3E2F4A1BA0C9E8D7F6A5B4C3
SUMMARY;LANGUAGE=en-US:Lucía Martín / Joost Bakker - QA Manager
DTSTART;TZID=W. Europe Standard Time:20250318T140000
DTEND;TZID=W. Europe Standard Time:20250318T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T160245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onsite-barendrecht",
        "label": ("040000008200E00074C5B7101A82E00800000000F1E0D2C3B4A5DB0100000000000000001000000044AA77CC11EE33FF5500BB99DD228866", 1, "Van der Meulen Fresh Produce", "Quality Assurance Manager", "final", "joost.bakker@vandermeulenfresh.nl;marieke.jansen@vandermeulenfresh.nl", "final-onsite-abroad-coordinator-organizer-room"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="van Dijk, Sanne":mailto:Sanne.vanDijk@vandermeulenfresh.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Martín Ortega:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bakker, Joost":mailto:Joost.Bakker@vandermeulenfresh.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jansen, Marieke":mailto:Marieke.Jansen@vandermeulenfresh.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BRD Meeting Room Kiwi (10p)":mailto:brd.kiwi@vandermeulenfresh.nl
DESCRIPTION;LANGUAGE=en-US:Dear Lucía\,\n\nWe are happy to welcome you in Barendrecht for the final step. Programme:\n10:00 Welcome & coffee (Sanne)\n10:15 Conversation with Marieke Jansen\, Operations Director\, and Joost Bakker\, Head of Quality\n11:30 Tour of the packhouse and the lab (please wear closed shoes)\n12:30 Lunch\n\nYour flight (VLC-RTM) and hotel are booked through our travel agency\; the confirmation follows by e-mail. Expenses will be reimbursed.\n\nAddress: Van der Meulen Fresh Produce B.V.\, Handelsweg 12\, 2988 DB Ridderkerk/Barendrecht. Please report to reception.\n\nKind regards\,\nSanne van Dijk\nHR Coordinator\n
UID:040000008200E00074C5B7101A82E00800000000F1E0D2C3B4A5DB0100000000000000001000000044AA77CC11EE33FF5500BB99DD228866
SUMMARY;LANGUAGE=en-US:Final interview QA Manager - Lucía Martín Ortega (on site)
DTSTART;TZID=W. Europe Standard Time:20250403T100000
DTEND;TZID=W. Europe Standard Time:20250403T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T101530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BRD Meeting Room Kiwi (10p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-invite",
        "label": ("3d5f1b9e8c7a40b2a6e4d2c0b8a69f71@hollandiazuivel.nl", 1, "Hollandia Zuivel", "Food Safety & Quality Lead", "hiring_manager", "pieter.hoekstra@hollandiazuivel.nl;anouk.smit@hollandiazuivel.nl", "greenhouse-google-invite-coordinator-not-interviewer"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMSTERDAM@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250409T150000
DTEND;TZID=Europe/Amsterdam:20250409T154500
DTSTAMP:20250402T124401Z
ORGANIZER;CN=Lotte Visser:mailto:lotte.visser@hollandiazuivel.nl
UID:3d5f1b9e8c7a40b2a6e4d2c0b8a69f71@hollandiazuivel.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pieter
  Hoekstra;X-NUM-GUESTS=0:mailto:pieter.hoekstra@hollandiazuivel.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Anouk Smit;X-NUM-GUESTS=0:mailto:anouk.smit@hollandiazuivel.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hi Lucía\,\n\nThis is your interview with Pieter Hoekstra (QA M
 anager\, Leeuwarden plant) and Anouk Smit (Food Safety Specialist) for the
  Food Safety & Quality Lead role.\n\nThe interview will be held in English.
  Pieter will ask about HACCP verification\, environmental monitoring and how
  you lead a team through an FSSC 22000 audit.\n\nJoin with Google Meet: htt
 ps://meet.google.com/hvz-qmkp-sre\nJoin by phone: (NL) +31 20 808 2592 PIN:
  418 772 930#\n\nIf you need to reschedule\, reply to this e-mail.\n\nBest\
 ,\nLotte Visser | Recruitment Coordinator\nHollandia Zuivel B.V.\n\n-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:
 :~::-\nScheduled with Greenhouse
LOCATION:https://meet.google.com/hvz-qmkp-sre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Lucía Martín Ortega <> Hollandia Zuivel - Food Safety &
  Quality Lead
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-update",
        "label": ("3d5f1b9e8c7a40b2a6e4d2c0b8a69f71@hollandiazuivel.nl", 1, "Hollandia Zuivel", "Food Safety & Quality Lead", "hiring_manager", "pieter.hoekstra@hollandiazuivel.nl;anouk.smit@hollandiazuivel.nl", "rescheduled-same-uid-higher-sequence"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMSTERDAM@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250411T103000
DTEND;TZID=Europe/Amsterdam:20250411T111500
DTSTAMP:20250407T082915Z
ORGANIZER;CN=Lotte Visser:mailto:lotte.visser@hollandiazuivel.nl
UID:3d5f1b9e8c7a40b2a6e4d2c0b8a69f71@hollandiazuivel.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pieter
  Hoekstra;X-NUM-GUESTS=0:mailto:pieter.hoekstra@hollandiazuivel.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anouk
  Smit;X-NUM-GUESTS=0:mailto:anouk.smit@hollandiazuivel.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hi Lucía\,\n\nPieter has an unannounced NVWA inspection on Wedn
 esday\, so we moved your interview to Friday morning. Same link. Sorry for
  the change!\n\nThis is your interview with Pieter Hoekstra (QA Manager\, L
 eeuwarden plant) and Anouk Smit (Food Safety Specialist) for the Food Safet
 y & Quality Lead role.\n\nJoin with Google Meet: https://meet.google.com/hv
 z-qmkp-sre\nJoin by phone: (NL) +31 20 808 2592 PIN: 418 772 930#\n\nBest\,
 \nLotte Visser | Recruitment Coordinator\nHollandia Zuivel B.V.\n\n-::~:~::
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~
 ::-\nScheduled with Greenhouse
LOCATION:https://meet.google.com/hvz-qmkp-sre
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Updated invitation: Interview: Lucía Martín Ortega <> Hollandia Zui
 vel - Food Safety & Quality Lead @ Fri 11 Apr 2025 10:30 - 11:15 (CEST)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-video",
        "label": ("personio-interview-2f7c19a4-8d36-4b51-a0e2-6c9d3b1f7e85", 1, "Brandt Feinkost", "Quality Manager (m/w/d)", "recruiter_screen", "k.neumann@brandt-feinkost.de", "personio-english-screen-berlin-tz"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
@TZ_BERLIN@
BEGIN:VEVENT
UID:personio-interview-2f7c19a4-8d36-4b51-a0e2-6c9d3b1f7e85
DTSTAMP:20250305T093320Z
DTSTART;TZID=Europe/Berlin:20250312T090000
DTEND;TZID=Europe/Berlin:20250312T094500
SUMMARY:Video interview | Quality Manager (m/w/d) | Brandt Feinkost GmbH & Co. KG
DESCRIPTION:Dear Lucía Martín Ortega\,\n\nthank you for your application as Quality Manager (m/w/d) at our plant in Lüneburg. We would like to get to know you in a first video interview with Katrin Neumann (HR).\n\nThe conversation will be held in English\; if it goes well\, the next round with our Head of QA will be partly in German.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0%40thread.v2/0\n\nBest regards\nKatrin Neumann\nPeople & Culture\nBrandt Feinkost GmbH & Co. KG
LOCATION:Microsoft Teams
ORGANIZER;CN=Katrin Neumann:mailto:K.Neumann@brandt-feinkost.de
ATTENDEE;CN=Lucía Martín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fachgespraech",
        "label": ("040000008200E00074C5B7101A82E0080000000080C1F2D3E4B5DB010000000000000000100000005C6D7E8F90A1B2C3D4E5F60718293A4B", 1, "Brandt Feinkost", "Qualitätsmanagerin (m/w/d)", "technical", "matthias.hoffmann@brandt-feinkost.de;stefan.krause@brandt-feinkost.de", "german-fachgespraech-outlook-berlin"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_BERLIN@
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Dr. Matthias":mailto:Matthias.Hoffmann@brandt-feinkost.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Krause, Stefan":mailto:Stefan.Krause@brandt-feinkost.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Neumann, Katrin":mailto:K.Neumann@brandt-feinkost.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Martín Ortega\,\n\nvielen Dank für das nette Gespräch mit Frau Neumann. Gerne möchten wir Sie zu einem Fachgespräch einladen. Herr Krause (Werkleiter) und ich möchten mit Ihnen über HACCP\, IFS Food Version 8\, Reklamationsmanagement und Ihre Erfahrung mit Listeria-Monitoring sprechen. Wir führen das Gespräch gerne teilweise auf Deutsch und teilweise auf Englisch.\n\nBitte bereiten Sie eine kurze Präsentation (10 Min.) vor: „Wie würde ich die ersten 100 Tage als QM gestalten?"\n\nMit freundlichen Grüßen\nDr. Matthias Hoffmann\nLeiter Qualitätssicherung\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät aus teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk2%40thread.v2/0>\nBesprechungs-ID: 318 440 271 995\nPasscode: Zx9Qh4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000080C1F2D3E4B5DB010000000000000000100000005C6D7E8F90A1B2C3D4E5F60718293A4B
SUMMARY;LANGUAGE=de-DE:Fachgespräch Qualitätsmanagerin (m/w/d) - Frau Martín Ortega
DTSTART;TZID=Europe/Berlin:20250327T100000
DTEND;TZID=Europe/Berlin:20250327T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T135958Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "luneburg-trip",
        "label": ("8E2B7D41-90C3-4F5A-B1E6-3A7C9D2F0B18", 1, "Brandt Feinkost", "Quality Manager (m/w/d)", "final", "Herr Brandt;Dr. Hoffmann", "self-typed-final-abroad-berlin-tz-no-attendees"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.1//EN
CALSCALE:GREGORIAN
@TZ_BERLIN@
BEGIN:VEVENT
CREATED:20250403T190210Z
UID:8E2B7D41-90C3-4F5A-B1E6-3A7C9D2F0B18
DTEND;TZID=Europe/Berlin:20250424T160000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Brandt Lüneburg - última ronda (Werk + GF)
LAST-MODIFIED:20250403T190744Z
DTSTAMP:20250403T190744Z
DTSTART;TZID=Europe/Berlin:20250424T100000
LOCATION:Brandt Feinkost\, Lüneburg
SEQUENCE:0
DESCRIPTION:vuelo VLC-HAM mié 23 19:05 (Eurowings)\, tren HH Hbf -> Lünebur
 g\nhotel Bergström (pagan ellos)\n10h Werksführung con Dr. Hoffmann\n11:30
  entrevista con Herr Brandt (Geschäftsführer)\, en alemán!! repasar Rückve
 rfolgbarkeit\, Rückruf\, Schädlingsbekämpfung\n14h comida + HR
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "label": ("preply-lesson-88310457@preply.com", 0, "", "", "", "", "mock-interview-english-tutor"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Preply//Lessons//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:preply-lesson-88310457@preply.com
DTSTAMP:20250301T111825Z
DTSTART:20250304T180000Z
DTEND:20250304T185000Z
SUMMARY:Lesson with Sarah H. (English)
DESCRIPTION:Lesson plan (from your tutor): Job interview role-play for a QA Manager position. I'll be the hiring manager of a Dutch company :) Prepare: tell me about yourself (2 min)\, a time you handled a product recall\, strengths/weaknesses\, questions for the interviewer.\n\nJoin the lesson: https://preply.com/en/classroom/88310457
LOCATION:Preply classroom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-intro",
        "label": ("f3a1c6b2-77d0-4e8f-9b5a-1c2d3e4f5a6b@calendly.com", 0, "", "", "", "", "headhunter-intro-no-employer-named"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f3a1c6b2-77d0-4e8f-9b5a-1c2d3e4f5a6b@calendly.com
DTSTAMP:20250219T200133Z
DTSTART:20250224T160000Z
DTEND:20250224T162000Z
SUMMARY:Lucía Martín Ortega and Tom Verhoeven
ORGANIZER;CN=Tom Verhoeven:mailto:tom@foodtalent.eu
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Event Name: 20 min intro call - FoodTalent Europe\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/83377102951?pwd=Qk1aT0V5\n\nQuestions: Please share anything that will help prepare for our meeting.\nLooking for QA / food safety manager roles in NL or DE\, open to relocation. Spanish\, English C1\, German B1.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/f3a1c6b2\nReschedule: https://calendly.com/reschedulings/f3a1c6b2\n\nPowered by Calendly.com
LOCATION:https://us06web.zoom.us/j/83377102951?pwd=Qk1aT0V5
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
