# ruff: noqa: E501, W291  (raw iCalendar text: long content lines and the trailing space before a fold are data)
"""holdout148 events, part E: Munich (German), UK/Brussels and ed-tech employers (raw iCalendar text)."""

from holdout148ev_tz import BERLIN_G, BRUSSELS_G, LONDON_G, WEUROPE_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("personio", "personio-interview-2b7f40c1-9d3e-4a6b-8c21-55e0f1a2b3c4@personio.de", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:personio-interview-2b7f40c1-9d3e-4a6b-8c21-55e0f1a2b3c4@personio.de
DTSTAMP:20241202T101010Z
DTSTART;TZID=Europe/Berlin:20241210T161500
DTEND;TZID=Europe/Berlin:20241210T170000
SUMMARY:Kennenlerngespräch: MYP Coordinator / Lehrkraft Mathematik (m/w/d) - Aoife Brennan
ORGANIZER;CN=Munich Bilingual Campus gGmbH:mailto:jobs@munich-bilingual-campus.de
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Katharina Vogl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.vogl@munich-bilingual-campus.de
DESCRIPTION:Liebe Frau Brennan\,\n\nvielen Dank für Ihre Bewerbung als MYP
  Coordinator / Lehrkraft Mathematik (m/w/d). Gerne möchten wir Sie in eine
 m ersten Kennenlerngespräch (ca. 45 Minuten\, auf Englisch oder Deutsch) p
 ersönlich kennenlernen. Ihre Gesprächspartnerin ist Katharina Vogl (HR Bus
 iness Partner).\n\nGoogle Meet: https://meet.google.com/fvb-qmsz-ehn\n\nMit
  freundlichen Grüßen\nIhr Recruiting-Team\nMunich Bilingual Campus gGmbH
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Munich Bilingual Campus", "MYP Coordinator / Lehrkraft Mathematik (m/w/d)", "recruiter_screen",
    "k.vogl@munich-bilingual-campus.de", "german-personio-kennenlerngespraech")

add("probeunterricht", "personio-interview-8e1a22f3-4c5d-4b7e-9f01-a2b3c4d5e6f7@personio.de", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:personio-interview-8e1a22f3-4c5d-4b7e-9f01-a2b3c4d5e6f7@personio.de
DTSTAMP:20250108T133301Z
DTSTART;TZID=Europe/Berlin:20250117T080000
DTEND;TZID=Europe/Berlin:20250117T113000
SUMMARY:Hospitation und Probeunterricht (Mathematik\, Klasse 9) - Aoife Brennan
ORGANIZER;CN=Munich Bilingual Campus gGmbH:mailto:jobs@munich-bilingual-campus.de
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Dr. Stefan Huber;ROLE=REQ-PARTICIPANT:mailto:s.huber@munich-bilingual-campus.de
ATTENDEE;CN=Julia Brandl;ROLE=REQ-PARTICIPANT:mailto:j.brandl@munich-bilingual-campus.de
DESCRIPTION:Ablauf:\n08:00 Empfang im Sekretariat (Haus B)\n08:15 Hospitat
 ion in einer MYP-Klasse\n09:45 Probeunterricht Mathematik\, Klasse 9b (45 
 Min.\, Thema: Lineare Funktionen\, Unterrichtssprache Englisch)\n10:45 Ref
 lexionsgespräch mit Dr. Stefan Huber (Stellv. Schulleiter) und Julia Bran
 dl (Fachbereichsleitung Mathematik)\n\nReisekosten werden nach Vorlage de
 r Belege erstattet.
LOCATION:Munich Bilingual Campus\, Haus B\, Leopoldstraße 210\, 80804 München
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Munich Bilingual Campus", "", "technical", "s.huber@munich-bilingual-campus.de;j.brandl@munich-bilingual-campus.de",
    "german-probeunterricht-trial-lesson-day")

add("abschluss", "040000008200E00074C5B7101A82E00800000000E0A6B9F1B069DB01000000000000000010000000DEADBEEF0011223344556677AABBCCDD",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Wagner, Dr. Martina":mailto:m.wagner@munich-bilingual-campus.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber, Dr. Stefan":mailto:s.huber@munich-bilingual-campus.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brennan\,\n\nwie telefonisch besprochen hier die Einladung zum abschließenden Gespräch mit der Schulleitung. Themen: Ihre Vorstellungen zur MYP-Koordination\, Rahmenbedingungen (Deputat\, TV-L-Anlehnung\, Umzug)\, offene Fragen.\n\nHerzliche Grüße\nMartina Wagner\nSchulleiterin\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDFk%40thread.v2/0>\nBesprechungs-ID: 351 882 940 17\nKennung: Vq9Z7a\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E0A6B9F1B069DB01000000000000000010000000DEADBEEF0011223344556677AABBCCDD
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Schulleitung - Frau Brennan
DTSTART;TZID=W. Europe Standard Time:20250129T170000
DTEND;TZID=W. Europe Standard Time:20250129T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T154433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Munich Bilingual Campus", "", "final", "m.wagner@munich-bilingual-campus.de;s.huber@munich-bilingual-campus.de",
    "german-outlook-abschlussgespraech-w-europe-zone")

add("smartrecruiters", "SR-INT-744b1e09-7f33-4c1b-92aa-15de60c0b771", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INT-744b1e09-7f33-4c1b-92aa-15de60c0b771
DTSTAMP:20241112T140523Z
DTSTART:20241119T160000Z
DTEND:20241119T170000Z
SUMMARY:Interview: Head of Mathematics (Secondary) - Bavarian International School gAG
ORGANIZER;CN=Bavarian International School:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Chris Landry;ROLE=REQ-PARTICIPANT:mailto:c.landry@bis-school.com
ATTENDEE;CN=Anja Mertens;ROLE=REQ-PARTICIPANT:mailto:a.mertens@bis-school.com
DESCRIPTION:Dear Aoife\,\n\nYour interview has been scheduled.\nPosition: 
 Head of Mathematics (Secondary)\nInterviewers: Chris Landry (Secondary Pri
 ncipal)\, Anja Mertens (IB Diploma Coordinator)\nType: Video interview (Zoo
 m: https://bis-school.zoom.us/j/96120045571)\nTime zone: 17:00 - 18:00 CET 
 (Munich)\n\nKind regards\,\nBIS Recruitment
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Bavarian International School", "Head of Mathematics (Secondary)", "",
    "c.landry@bis-school.com;a.mertens@bis-school.com", "smartrecruiters-utc-noreply-organizer")

add("vorstellung", "040000008200E00074C5B7101A82E00800000000F1C0D7A2A24CDB0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Sekretariat EGS";SENT-BY="mailto:verwaltung@eg-starnberg.de":mailto:sekretariat@eg-starnberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Köhler, Andreas (OStD)":mailto:a.koehler@eg-starnberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Seidl, Barbara":mailto:b.seidl@eg-starnberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brennan\,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch für die Stelle als Lehrkraft für Mathematik/Physik im englischsprachigen Zweig ein. Am Gespräch nehmen Schulleiter OStD Andreas Köhler und die Fachbetreuerin Mathematik\, StDin Barbara Seidl\, teil.\n\nBitte beachten Sie: Für eine unbefristete Anstellung ist die Anerkennung Ihrer Lehramtsbefähigung durch das Bayerische Staatsministerium erforderlich.\n\nMit freundlichen Grüßen\nSekretariat\nEuropäisches Gymnasium Starnberg\n
UID:040000008200E00074C5B7101A82E00800000000F1C0D7A2A24CDB0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Brennan (M/Ph\, engl. Zweig)
DTSTART;TZID=W. Europe Standard Time:20250205T140000
DTEND;TZID=W. Europe Standard Time:20250205T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Europäisches Gymnasium Starnberg", "Lehrkraft für Mathematik/Physik im englischsprachigen Zweig", "",
    "a.koehler@eg-starnberg.de;b.seidl@eg-starnberg.de", "german-vorstellungsgespraech-sent-by-sekretariat")

add("workday", "WD-INTERVIEW-c03f1b52e8a94a0fb4c2d7e91a6b3f08@myworkday.com", r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-c03f1b52e8a94a0fb4c2d7e91a6b3f08@myworkday.com
DTSTAMP:20250212T113015Z
DTSTART;TZID=Europe/London:20250220T150000
DTEND;TZID=Europe/London:20250220T160000
SUMMARY:Interview for Curriculum Lead\, Mathematics (Global Education Team) - R-0028817
ORGANIZER;CN=Nord Anglia Education:mailto:nordanglia@myworkday.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Dr Helen Okafor;ROLE=REQ-PARTICIPANT:mailto:helen.okafor@nordanglia.com
DESCRIPTION:Interview Details\nCandidate: Aoife Brennan\nJob Requisition: R-0028817 Curriculum Lead\, Mathematics (Global Education Team)\nInterviewer: Dr Helen Okafor\, Director of Curriculum\nLocation: Microsoft Teams (link to follow from the interviewer)\n\nThis is a system generated message from Workday. Please do not reply.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Nord Anglia Education", "Curriculum Lead, Mathematics (Global Education Team)", "hiring_manager",
    "helen.okafor@nordanglia.com", "workday-london-requisition-in-title")

add("icims", "icims-int-2025-04-01-55710-ab@icims.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduling//EN
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
UID:icims-int-2025-04-01-55710-ab@icims.com
DTSTAMP:20250325T090000Z
DTSTART;TZID=Europe/London:20250401T133000
DTEND;TZID=Europe/London:20250401T143000
SUMMARY:Interview Confirmation - Curriculum Manager\, Mathematics (Job ID 55710)
ORGANIZER;CN=IB Talent Acquisition:mailto:talent@ibo.org
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Owen Pryce;ROLE=REQ-PARTICIPANT:mailto:owen.pryce@ibo.org
ATTENDEE;CN=Mei Lin Tan;ROLE=REQ-PARTICIPANT:mailto:meilin.tan@ibo.org
DESCRIPTION:Dear Aoife\,\n\nThank you for your interest in the Internatio
 nal Baccalaureate. This email confirms your panel interview for Curriculum
  Manager\, Mathematics (Cardiff / hybrid).\n\nPanel: Owen Pryce (Head of D
 P Development)\, Mei Lin Tan (Senior Curriculum Manager)\nWebex: https://ib
 o.webex.com/meet/owen.pryce  Access code: 2741 118 903\n\nPlease prepare a
  15-minute response to the pre-read on the DP Mathematics: Analysis and Ap
 proaches subject review.\n\nIB Talent Acquisition (sent via iCIMS)
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "International Baccalaureate", "Curriculum Manager, Mathematics", "",
    "owen.pryce@ibo.org;meilin.tan@ibo.org", "icims-webex-panel-with-pre-read")

add("greenhouse-screen", "greenhouse-6652311003-interview@greenhouse.io", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-6652311003-interview@greenhouse.io
DTSTAMP:20250303T154455Z
DTSTART:20250306T130000Z
DTEND:20250306T133000Z
SUMMARY:Aoife Brennan <> Brightwave Learning - Recruiter Screen
ORGANIZER;CN=Dara Whelan:mailto:dara.whelan@brightwavelearning.com
ATTENDEE;CN=Dara Whelan;PARTSTAT=ACCEPTED:mailto:dara.whelan@brightwavelearning.com
ATTENDEE;CN=Aoife Brennan;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Hi Aoife\,\n\nLooking forward to our chat about the Learning Designer\, Mathematics (Secondary) role!\n\nZoom: https://brightwave.zoom.us/j/83300214577\n\nDara Whelan\nTalent Partner\, Brightwave Learning\n\n(Scheduled with Greenhouse)
LOCATION:https://brightwave.zoom.us/j/83300214577
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Brightwave Learning", "Learning Designer, Mathematics (Secondary)", "recruiter_screen",
    "dara.whelan@brightwavelearning.com", "greenhouse-recruiter-screen-edtech")

add("goodtime-loop", "goodtime-evt-a81f22c9d0e3", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-a81f22c9d0e3
DTSTAMP:20250314T103000Z
DTSTART:20250320T123000Z
DTEND:20250320T150000Z
SUMMARY:Virtual Onsite: Aoife Brennan - Learning Designer\, Mathematics
ORGANIZER;CN=Brightwave Learning Recruiting:mailto:scheduling@brightwavelearning.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Your virtual onsite schedule (all times Irish time):\n\n12:30 - 13:15  Portfolio walkthrough - Sinéad Fox (Head of Content)\n13:15 - 14:00  Design exercise: build a lesson sequence on quadratic functions - Tomás Reilly (Senior Learning Designer)\, Kate Imbert (Product Manager)\n14:00 - 14:30  Break\n14:30 - 15:00  Values interview - Olu Adeyemi (Engineering Manager)\n\nOne Zoom link for all sessions: https://brightwave.zoom.us/j/81990033121\n\nCoordinator: Megan (scheduling@brightwavelearning.com)\nPowered by GoodTime
LOCATION:https://brightwave.zoom.us/j/81990033121
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Brightwave Learning", "Learning Designer, Mathematics", "onsite",
    "Sinéad Fox;Tomás Reilly;Kate Imbert;Olu Adeyemi", "goodtime-virtual-onsite-loop-names-in-body")

add("lever", "lever-interview-0f5e6d7c-8b9a-4c3d-a2b1-c0d9e8f7a6b5", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0f5e6d7c-8b9a-4c3d-a2b1-c0d9e8f7a6b5
DTSTAMP:20250205T112200Z
DTSTART:20250211T170000Z
DTEND:20250211T174500Z
SUMMARY:Third Space Learning: Aoife Brennan / Tom Hartley
ORGANIZER;CN=Tom Hartley:mailto:tom.hartley@thirdspacelearning.com
ATTENDEE;CN=Aoife Brennan;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Tom Hartley;PARTSTAT=ACCEPTED:mailto:tom.hartley@thirdspacelearning.com
DESCRIPTION:Interview for Head of Curriculum (Maths) with Tom Hartley\, Director of Education.\n\nGoogle Meet: https://meet.google.com/pdj-hmkw-ruc\n\n---\nInvitation sent by Lever on behalf of Third Space Learning.
LOCATION:https://meet.google.com/pdj-hmkw-ruc
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Third Space Learning", "Head of Curriculum (Maths)", "hiring_manager",
    "tom.hartley@thirdspacelearning.com", "lever-slash-title-hiring-manager")

add("modernloop", "ml-sched-5c4b3a29-1807-46f5-b4e3-d2c1b0a9f8e7@modernloop.io", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-sched-5c4b3a29-1807-46f5-b4e3-d2c1b0a9f8e7@modernloop.io
DTSTAMP:20250408T090101Z
DTSTART:20250415T150000Z
DTEND:20250415T160000Z
SUMMARY:Mathsio | Take-home review - Aoife Brennan
ORGANIZER;CN=Mathsio Talent:mailto:talent@mathsio.com
ATTENDEE;CN=Aoife Brennan;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Ravi Menon;PARTSTAT=ACCEPTED:mailto:ravi@mathsio.com
ATTENDEE;CN=Lucy O'Keeffe;PARTSTAT=ACCEPTED:mailto:lucy@mathsio.com
DESCRIPTION:Hi Aoife - in this session Ravi (Head of Pedagogy) and Lucy (Content Lead) will walk through the practice-set you submitted for the Senior Curriculum Designer role and ask you to critique two of our existing items live. No prep beyond the take-home needed.\n\nJoin Zoom: https://mathsio.zoom.us/j/86677120045\n\nScheduled via Ashby x ModernLoop
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Mathsio", "Senior Curriculum Designer", "technical", "ravi@mathsio.com;lucy@mathsio.com",
    "modernloop-take-home-review-technical")

add("tes-brussels", "tes-interview-bsb-11872-20250130@tes.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tes Global//Tes Recruit//EN
METHOD:REQUEST
""" + BRUSSELS_G + r"""BEGIN:VEVENT
UID:tes-interview-bsb-11872-20250130@tes.com
DTSTAMP:20250122T170000Z
DTSTART;TZID=Europe/Brussels:20250130T150000
DTEND;TZID=Europe/Brussels:20250130T160000
SUMMARY:Interview: Head of Mathematics - The British School of Brussels
ORGANIZER;CN=The British School of Brussels:mailto:recruit-noreply@tes.com
ATTENDEE;CN=Aoife Brennan;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Dear Aoife\, you have been invited to interview for Head of Mathematics at The British School of Brussels. Your interview will be with the Head of Secondary and the Deputy Head (Academic). Format: video (Teams link will be sent by the school). Please confirm your attendance on Tes.
LOCATION:Video interview
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "The British School of Brussels", "Head of Mathematics", "", "", "tes-brussels-zone-roles-not-names")
