# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part a: Daniel's own interviews (Halvorsen, Brenner, Valdés, Kestrel, Lindqvist, Orchid)."""

EVENTS = [
    {
        "kind": "greenhouse",
        "uid": "gh-interview-7734120-1f3c9a@greenhouse.io",
        "label": (1, "Halvorsen Diagnostics", "Head of Procurement, APAC", "recruiter_screen",
                  "rachel.lim@halvorsendx.com", "greenhouse-phone-screen-ta-partner"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:gh-interview-7734120-1f3c9a@greenhouse.io
DTSTAMP:20250203T021544Z
DTSTART;TZID=Asia/Singapore:20250206T100000
DTEND;TZID=Asia/Singapore:20250206T103000
SUMMARY:Phone Interview: Daniel Tan - Head of Procurement\, APAC
DESCRIPTION:Hi Daniel\,\n\nThank you for your interest in Halvorsen Diagnostics. This is a 30-minute introductory call with Rachel Lim\, Talent Acquisition Partner\, APAC.\n\nRachel will call you on +65 9123 4471. If that number has changed please reply to this email.\n\nWe look forward to speaking with you!\n\nHalvorsen Diagnostics Talent Acquisition\n\n---\nScheduled via Greenhouse
LOCATION:Phone call - Rachel will call you
ORGANIZER;CN=Halvorsen Diagnostics Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rachel Lim:mailto:rachel.lim@halvorsendx.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-interview-7734388-a02e11@greenhouse.io",
        "variant": "original",
        "label": (1, "Halvorsen Diagnostics", "Head of Procurement, APAC", "hiring_manager",
                  "mikael.bergstrom@halvorsendx.com", "greenhouse-zoom-hiring-manager-original"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:gh-interview-7734388-a02e11@greenhouse.io
DTSTAMP:20250207T083012Z
DTSTART;TZID=Asia/Singapore:20250212T150000
DTEND;TZID=Asia/Singapore:20250212T160000
SUMMARY:Interview with Halvorsen Diagnostics - Mikael Bergström (VP Operations\, APAC)
DESCRIPTION:Hi Daniel\,\n\nYou're confirmed for a 60-minute video interview with Mikael Bergström\, VP Operations APAC and hiring manager for the Head of Procurement\, APAC role.\n\nJoin Zoom Meeting\nhttps://halvorsendx.zoom.us/j/84412093318?pwd=Zk9aR2xQbEtUcWc1\nMeeting ID: 844 1209 3318\nPasscode: 551902\n\nOne tap mobile\n+6531651065\,\,84412093318# Singapore\n\nKind regards\,\nRachel Lim\nTalent Acquisition Partner\, APAC
LOCATION:https://halvorsendx.zoom.us/j/84412093318
ORGANIZER;CN=Rachel Lim:mailto:rachel.lim@halvorsendx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mikael Bergström:mailto:mikael.bergstrom@halvorsendx.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-interview-7734388-a02e11@greenhouse.io",
        "variant": "rescheduled",
        "label": (1, "Halvorsen Diagnostics", "Head of Procurement, APAC", "hiring_manager",
                  "mikael.bergstrom@halvorsendx.com", "greenhouse-rescheduled-same-uid-higher-sequence"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:gh-interview-7734388-a02e11@greenhouse.io
DTSTAMP:20250210T014455Z
DTSTART;TZID=Asia/Singapore:20250214T093000
DTEND;TZID=Asia/Singapore:20250214T103000
SUMMARY:Updated: Interview with Halvorsen Diagnostics - Mikael Bergström (VP Operations\, APAC)
DESCRIPTION:Hi Daniel\,\n\nApologies - Mikael has been pulled into a plant visit in Penang on Wednesday. We've moved your interview to Friday 14 Feb\, 9:30am SGT. Same Zoom link.\n\nJoin Zoom Meeting\nhttps://halvorsendx.zoom.us/j/84412093318?pwd=Zk9aR2xQbEtUcWc1\nMeeting ID: 844 1209 3318\nPasscode: 551902\n\nThanks for your flexibility!\nRachel
LOCATION:https://halvorsendx.zoom.us/j/84412093318
ORGANIZER;CN=Rachel Lim:mailto:rachel.lim@halvorsendx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mikael Bergström:mailto:mikael.bergstrom@halvorsendx.com
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-interview-7735902-c4d810@greenhouse.io",
        "label": (1, "Halvorsen Diagnostics", "Head of Procurement, APAC", "final",
                  "mikael.bergstrom@halvorsendx.com;zhou.lina@halvorsendx.com;priya.raman@halvorsendx.com",
                  "greenhouse-onsite-final-with-room-resource"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:gh-interview-7735902-c4d810@greenhouse.io
DTSTAMP:20250219T061120Z
DTSTART;TZID=Asia/Singapore:20250226T100000
DTEND;TZID=Asia/Singapore:20250226T121500
SUMMARY:Final Round (Onsite) - Daniel Tan - Head of Procurement\, APAC
DESCRIPTION:Hi Daniel\,\n\nHere is your schedule for the final round at our Marina One office. Please register with your NRIC/passport at the East Tower lobby and ask for Rachel at reception on L21.\n\n10:00 - 10:45  Mikael Bergström\, VP Operations APAC\n10:45 - 11:30  Zhou Li Na\, CFO APAC\n11:30 - 12:15  Priya Raman\, Director Quality & Regulatory\n\nNo presentation needed - Mikael would like to go deeper into your supplier consolidation work at Meridian.\n\nBest\,\nRachel
LOCATION:Halvorsen Diagnostics\, Marina One East Tower\, 7 Straits View\, #21-01\, Singapore 018936
ORGANIZER;CN=Rachel Lim:mailto:rachel.lim@halvorsendx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mikael Bergström:mailto:mikael.bergstrom@halvorsendx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zhou Li Na:mailto:zhou.lina@halvorsendx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@halvorsendx.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=SG-MO-L21-Fjord (8):mailto:sg-mo-l21-fjord@halvorsendx.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio",
        "uid": "personio-5f2b9e71-3c0a-4d7e-9a62-11c0f0a8e4b2",
        "label": (1, "Brenner Medizintechnik", "Director Global Category Management (m/w/d)", "recruiter_screen",
                  "katharina.vogt@brenner-medtech.de", "personio-german-kennenlerngespraech"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Berlin@@
BEGIN:VEVENT
UID:personio-5f2b9e71-3c0a-4d7e-9a62-11c0f0a8e4b2
DTSTAMP:20250205T091502Z
DTSTART;TZID=Europe/Berlin:20250210T090000
DTEND;TZID=Europe/Berlin:20250210T094500
SUMMARY:Kennenlerngespräch: Director Global Category Management (m/w/d) - Daniel Tan
DESCRIPTION:Sehr geehrter Herr Tan\,\n\nvielen Dank für Ihre Bewerbung als Director Global Category Management (m/w/d) bei der Brenner Medizintechnik GmbH. Gerne möchten wir Sie in einem ersten Gespräch per Microsoft Teams kennenlernen.\n\nGesprächspartnerin: Katharina Vogt\, Senior Talent Acquisition Managerin\nDauer: ca. 45 Minuten\nSprache: Englisch oder Deutsch - ganz wie Sie möchten\n\nHinweis zur Zeitzone: 09:00 Uhr MEZ entspricht 16:00 Uhr in Singapur.\n\nMicrosoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2YjFhZTQtNmM0NS00@thread.v2/0\nBesprechungs-ID: 371 204 889 510\nKennung: Zh7uQ3\n\nMit freundlichen Grüßen\nKatharina Vogt\nBrenner Medizintechnik GmbH | Frankfurter Ring 150 | 80807 München
LOCATION:Microsoft Teams
ORGANIZER;CN=Katharina Vogt:mailto:katharina.vogt@brenner-medtech.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000D0A4F1C2B77BDB01000000000000000010000000A3B1E5F0C2D94F44A07C0E5B3D7E9A21",
        "label": (1, "Brenner Medizintechnik", "Director Global Category Management", "hiring_manager",
                  "florian.haas@brenner-medtech.de", "outlook-w-europe-zone-german-fachgespraech"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Haas, Florian Dr.":mailto:florian.haas@brenner-medtech.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogt, Katharina":mailto:katharina.vogt@brenner-medtech.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Tan\,\n\nwie mit Frau Vogt besprochen\, möchte ich mit Ihnen fachlich tiefer einsteigen: Warengruppenstrategie Elektronik/Kunststoffteile\, Lieferantenentwicklung in Asien\, Ihre Erfahrung mit Preisgleitklauseln.\nFrau Vogt ist optional eingeladen und kümmert sich um die Organisation.\n\nViele Grüße\nFlorian Haas\nLeiter Strategischer Einkauf\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie am Computer\, in der mobilen App oder im Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc1NzA4@thread.v2/0>\nBesprechungs-ID: 312 845 990 127\nKennung: x8Kp2Q\nTeams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0A4F1C2B77BDB01000000000000000010000000A3B1E5F0C2D94F44A07C0E5B3D7E9A21
SUMMARY;LANGUAGE=de-DE:Fachgespräch Director Global Category Management - Hr. Tan
DTSTART;TZID=W. Europe Standard Time:20250219T083000
DTEND;TZID=W. Europe Standard Time:20250219T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T154433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000009C2E7A61A183DB010000000000000000100000004D7F20A9E1B6534C9D0C1A7E66F3B012",
        "label": (1, "Brenner Medizintechnik", "", "final",
                  "martin.brenner@brenner-medtech.de;florian.haas@brenner-medtech.de",
                  "outlook-sent-by-assistant-vor-ort-munich-final"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Martin Dr.";SENT-BY="mailto:sabine.koch@brenner-medtech.de":mailto:martin.brenner@brenner-medtech.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Florian Dr.":mailto:florian.haas@brenner-medtech.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MUC-FR150 Besprechungsraum Isar (10 Pers.)":mailto:raum.isar@brenner-medtech.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Tan\,\n\nim Auftrag von Herrn Dr. Brenner lade ich Sie herzlich zum abschließenden persönlichen Gespräch an unserem Standort in München ein. Im Anschluss ist eine kurze Werksführung (Reinraum Halle 3) mit Herrn Dr. Haas geplant.\n\nBitte melden Sie sich am Empfang Frankfurter Ring 150. Parkplätze für Besucher sind vorhanden\; von der U2 Haltestelle Frankfurter Ring sind es 5 Minuten zu Fuß.\n\nReisekosten werden gemäß unserer Reiserichtlinie erstattet - bitte Belege an mich.\n\nMit freundlichen Grüßen\nSabine Koch\nAssistenz der Geschäftsführung\nBrenner Medizintechnik GmbH
UID:040000008200E00074C5B7101A82E008000000009C2E7A61A183DB010000000000000000100000004D7F20A9E1B6534C9D0C1A7E66F3B012
SUMMARY;LANGUAGE=de-DE:Persönliches Gespräch Geschäftsführung / Herr Tan (vor Ort)
DTSTART;TZID=W. Europe Standard Time:20250313T100000
DTEND;TZID=W. Europe Standard Time:20250313T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T103012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:München\, Frankfurter Ring 150\, Raum Isar
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890",
        "label": (1, "Grupo Valdés Salud", "Director/a de Compras Asia-Pacífico", "recruiter_screen",
                  "lucia.fernandez@valdessalud.com", "outlook-romance-zone-spanish-entrevista-rrhh"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Fernández Ortega, Lucía":mailto:lucia.fernandez@valdessalud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=es-ES:Estimado Daniel:\n\nGracias por tu interés en la posición de Director/a de Compras Asia-Pacífico para nuestra oficina de Singapur. Te propongo una primera entrevista por Teams para conocerte y explicarte el proyecto de Grupo Valdés Salud en la región.\n\nPodemos hacerla en inglés si lo prefieres.\n\nUn saludo\,\nLucía Fernández\nTalento y Selección - Grupo Valdés Salud\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el ordenador\, la aplicación móvil o el dispositivo de la sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4Y2E0@thread.v2/0>\nId. de reunión: 348 990 215 776\nCódigo de acceso: 7dXe2K\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890
SUMMARY;LANGUAGE=es-ES:Entrevista Daniel Tan - Director/a de Compras APAC
DTSTART;TZID=Romance Standard Time:20250218T093000
DTEND;TZID=Romance Standard Time:20250218T102000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T112908Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "5qk2v9n1hc7o3s0a8e4m6tbd2f@google.com",
        "label": (1, "Grupo Valdés Salud", "Director de Compras Asia-Pacífico", "final",
                  "javier.morales@valdessalud.com", "google-spanish-entrevista-final-director-general"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250307T020000Z
DTEND:20250307T033000Z
DTSTAMP:20250228T081455Z
ORGANIZER;CN=Javier Morales:mailto:javier.morales@valdessalud.com
UID:5qk2v9n1hc7o3s0a8e4m6tbd2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Morales;X-NUM-GUESTS=0:mailto:javier.morales@valdessalud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Hola Daniel\, as agreed with Lucía\, this is the last step: a conversation with me at our Raffles Place office. Trae por favor una idea de cómo organizarías Compras en APAC en los primeros 100 días - nothing formal\, just your thinking.\n\nUn abrazo\,\nJavier Morales\nDirector General Asia-Pacífico\, Valdés Salud Asia Pte. Ltd.
LOCATION:Valdés Salud Asia\, One Raffles Place Tower 2\, #40-02\, Singapore 048616
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final - Daniel Tan / Javier Morales
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WD-INT-9f81c2a0b3d74e6a8c1f2e3d4c5b6a79",
        "label": (1, "Kestrel BioSciences", "Category Director, Direct Materials APJ", "recruiter_screen",
                  "grace.ong@kestrelbio.com", "workday-utc-phone-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-9f81c2a0b3d74e6a8c1f2e3d4c5b6a79
DTSTAMP:20250206T230512Z
DTSTART:20250211T013000Z
DTEND:20250211T020000Z
SUMMARY:Interview: Category Director\, Direct Materials APJ (JR-2025-01187)
DESCRIPTION:Candidate: Daniel Tan\nJob Requisition: JR-2025-01187 Category Director\, Direct Materials APJ\nInterview Type: Phone Screen\nInterviewer(s): Grace Ong - Senior Talent Acquisition Partner\nDuration: 30 minutes\n\nGrace will call you on the mobile number in your candidate profile. Times are shown in Coordinated Universal Time (UTC). 01:30 UTC = 09:30 Singapore.\n\nTo view or update your application sign in to the Kestrel BioSciences Career Site.
LOCATION:Phone
ORGANIZER;CN=Kestrel BioSciences Recruiting:mailto:kestrelbio@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Grace Ong:mailto:grace.ong@kestrelbio.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WD-INT-0a7d33e1c5f94b12a6e8d9c0b1a2f345",
        "label": (1, "Kestrel BioSciences", "Category Director, Direct Materials APJ", "onsite",
                  "arvind.krishnan@kestrelbio.com;hannah.leow@kestrelbio.com;tomoko.sato@kestrelbio.com",
                  "workday-virtual-panel-three-interviewers"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-0a7d33e1c5f94b12a6e8d9c0b1a2f345
DTSTAMP:20250214T020133Z
DTSTART:20250220T060000Z
DTEND:20250220T073000Z
SUMMARY:Interview: Category Director\, Direct Materials APJ (JR-2025-01187) - Panel
DESCRIPTION:Candidate: Daniel Tan\nInterview Type: Panel Interview (Microsoft Teams)\nInterviewer(s):\n  Arvind Krishnan - VP Procurement APJ\n  Hannah Leow - Director\, Finance Business Partner\n  Tomoko Sato - Head of Supply Planning Japan\nDuration: 90 minutes\n\nJoin on your computer\, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ0ZDAx@thread.v2/0\nMeeting ID: 419 772 036 184  Passcode: Qe3bN9\n\nTimes are shown in Coordinated Universal Time (UTC).
LOCATION:Microsoft Teams
ORGANIZER;CN=Kestrel BioSciences Recruiting:mailto:kestrelbio@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Arvind Krishnan:mailto:arvind.krishnan@kestrelbio.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Hannah Leow:mailto:hannah.leow@kestrelbio.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tomoko Sato:mailto:tomoko.sato@kestrelbio.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "SFINT-lindqvistP1-88231-20250225",
        "label": (1, "Lindqvist Medical", "Regional Procurement Lead APAC", "hiring_manager",
                  "erik.sandberg@lindqvistmedical.com", "successfactors-method-cancel-cancelled-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:SFINT-lindqvistP1-88231-20250225
DTSTAMP:20250221T031907Z
DTSTART;TZID=Asia/Singapore:20250225T140000
DTEND;TZID=Asia/Singapore:20250225T150000
SUMMARY:Cancelled: Interview - Regional Procurement Lead APAC - Daniel Tan
DESCRIPTION:Dear Daniel\,\n\nYour interview with Erik Sandberg (Director Procurement APAC) for the position Regional Procurement Lead APAC (Requisition 88231) has been cancelled. Our recruiter will be in touch regarding next steps.\n\nLindqvist Medical Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Lindqvist Medical Recruiting:mailto:lindqvistP1@successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Erik Sandberg:mailto:erik.sandberg@lindqvistmedical.com
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000030C9D45E2F7EDB01000000000000000010000000E6C0B1F2A4D35E4FB0A9C8D7E6F5A4B3",
        "label": (1, "Orchid Health Group", "Director, Supply Chain & Procurement", "hiring_manager",
                  "kenneth.chua@orchidhealth.com.sg;shufen.lee@orchidhealth.com.sg",
                  "outlook-singapore-standard-time-sent-by-pa-boardroom"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Chua, Kenneth";SENT-BY="mailto:pearlyn.ng@orchidhealth.com.sg":mailto:kenneth.chua@orchidhealth.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lee, Shu Fen (HR)":mailto:shufen.lee@orchidhealth.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="OHG HQ Boardroom 12-02":mailto:rm.boardroom1202@orchidhealth.com.sg
DESCRIPTION;LANGUAGE=en-SG:Dear Mr Tan\,\n\nOn behalf of Mr Kenneth Chua\, Group CFO\, please find the interview details below.\n\nPosition: Director\, Supply Chain & Procurement\nPanel: Mr Kenneth Chua (Group CFO)\, Ms Lee Shu Fen (Head\, Human Resources)\nVenue: Orchid Health Group HQ\, 3 Novena Link\, Level 12 (please approach the reception at Level 12 and quote my name)\n\nKindly bring along a copy of your latest payslip and NRIC for verification.\n\nThank you.\n\nBest regards\,\nPearlyn Ng\nExecutive Assistant to Group CFO
UID:040000008200E00074C5B7101A82E0080000000030C9D45E2F7EDB01000000000000000010000000E6C0B1F2A4D35E4FB0A9C8D7E6F5A4B3
SUMMARY;LANGUAGE=en-SG:Interview - Director\, Supply Chain & Procurement (Mr Daniel Tan)
DTSTART;TZID=Singapore Standard Time:20250304T163000
DTEND;TZID=Singapore Standard Time:20250304T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T065512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:OHG HQ Boardroom 12-02
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000B1D34F9A3983DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        "label": (1, "Orchid Health Group", "", "final",
                  "andrew.ho@orchidhealth.com.sg", "outlook-second-interview-group-ceo"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ho, Andrew (Dr)";SENT-BY="mailto:josephine.lim@orchidhealth.com.sg":mailto:andrew.ho@orchidhealth.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chua, Kenneth":mailto:kenneth.chua@orchidhealth.com.sg
DESCRIPTION;LANGUAGE=en-SG:Dear Mr Tan\,\n\nDr Ho would like to meet you for the final interview. Mr Chua is copied for information and will not be attending.\n\nVenue: Group CEO Office\, Level 15\, 3 Novena Link.\n\nRegards\,\nJosephine Lim\nOffice of the Group CEO
UID:040000008200E00074C5B7101A82E00800000000B1D34F9A3983DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-SG:2nd Interview: Mr Daniel Tan / Dr Andrew Ho (Group CEO)
DTSTART;TZID=Singapore Standard Time:20250318T083000
DTEND;TZID=Singapore Standard Time:20250318T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T021140Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Group CEO Office\, L15
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
