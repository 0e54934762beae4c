# ruff: noqa: E501  (raw iCalendar text: long content lines are folded at write time, not in the source)
"""holdout95: the user's own interviews, English, French and Spanish invitations and schedulers."""

from __future__ import annotations

from holdout95ev_ics import TEAMS_EN, ZOOM_EN, Event, Row, cal, tz_vienna, tz_windows

EVENTS: list[Event] = []
V = "-//Google Inc//Google Calendar 70.9054//EN"


def add(kind: str, text: str, *rows: Row) -> None:
    EVENTS.append(Event(kind, text, list(rows)))


add("workday-en", cal(r"""BEGIN:VEVENT
UID:WD-INTERVIEW-R-10582-3391-5@myworkday.com
DTSTAMP:20250919T074400Z
DTSTART:20250924T120000Z
DTEND:20250924T124500Z
SUMMARY:Interview Scheduled: Senior Accountant - Vienna (R-10582)
ORGANIZER;CN=Aurelia Pharma Talent Acquisition:mailto:aureliapharma@myworkday.com
ATTENDEE;CN=Emma Lindgren;ROLE=REQ-PARTICIPANT:mailto:emma.lindgren@aurelia-pharma.com
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Dear Katharina\,\n\nYour interview for Senior Accountant - Vienna (R-10582) at Aurelia Pharma GmbH has been scheduled.\n\nInterviewer: Emma Lindgren\, Finance Manager Austria (hiring manager)\nFormat: Microsoft Teams (link below)\n\n""" + TEAMS_EN.format(mid="MzA0ZGQ1NjEtOTg", mid3="655", pw="w8HhPz") + r"""
LOCATION:Microsoft Teams Meeting
END:VEVENT""", "-//Workday//Workday Calendar//EN", method="REQUEST"),
    Row("WD-INTERVIEW-R-10582-3391-5@myworkday.com", 1, "Aurelia Pharma", "Senior Accountant - Vienna", "hiring_manager",
        "emma.lindgren@aurelia-pharma.com", "workday-utc-en"))

add("workday-case-en", cal(r"""BEGIN:VEVENT
UID:WD-INTERVIEW-R-10582-3391-9@myworkday.com
DTSTAMP:20251001T074400Z
DTSTART:20251008T080000Z
DTEND:20251008T093000Z
SUMMARY:Interview Scheduled: Senior Accountant - Vienna (R-10582) - Round 2
ORGANIZER;CN=Aurelia Pharma Talent Acquisition:mailto:aureliapharma@myworkday.com
ATTENDEE;CN=Tobias Wurm;ROLE=REQ-PARTICIPANT:mailto:tobias.wurm@aurelia-pharma.com
ATTENDEE;CN=Elif Arslan;ROLE=REQ-PARTICIPANT:mailto:elif.arslan@aurelia-pharma.com
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Interview type: Technical assessment – month-end close case (SAP S/4HANA\, intercompany reconciliation\, accruals)\nInterviewers: Tobias Wurm (Group Reporting Lead)\, Elif Arslan (Senior Accountant)\nLocation: Aurelia Pharma GmbH\, Leopold-Ungar-Platz 2\, 1190 Vienna – please ask for Talent Acquisition at reception.
LOCATION:Aurelia Pharma GmbH\, Leopold-Ungar-Platz 2\, 1190 Vienna
END:VEVENT""", "-//Workday//Workday Calendar//EN", method="REQUEST"),
    Row("WD-INTERVIEW-R-10582-3391-9@myworkday.com", 1, "Aurelia Pharma", "Senior Accountant - Vienna", "technical",
        "tobias.wurm@aurelia-pharma.com;elif.arslan@aurelia-pharma.com", "workday-technical-en"))

add("greenhouse-case-en", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251009T150000
DTEND;TZID=Europe/Vienna:20251009T160000
DTSTAMP:20251003T090000Z
ORGANIZER;CN=Maja Koller:mailto:maja.koller@ledgerly.io
UID:7c1u0f6s9k2g4h8j3l5n7q9r1t@google.com
ATTENDEE;CN=Katharina Pichler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Simon Aigner;PARTSTAT=ACCEPTED:mailto:simon.aigner@ledgerly.io
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@ledgerly.io
ATTENDEE;CN=Maja Koller;PARTSTAT=ACCEPTED:mailto:maja.koller@ledgerly.io
SUMMARY:Ledgerly Interview: Katharina Pichler – Senior Accountant (Accounting Case)
DESCRIPTION:Hi Katharina\,\n\nHere is your Accounting Case session (60 min) for the Senior Accountant role.\nInterviewers: Simon Aigner (Head of Finance)\, Priya Raman (Financial Controller)\nI'm your recruiting coordinator and won't join the call.\n\nJoin with Google Meet: https://meet.google.com/ldg-qkzp-wme\n\nScheduled via Greenhouse
LOCATION:Google Meet
END:VEVENT""", V, method="REQUEST", tz=tz_vienna()),
    Row("7c1u0f6s9k2g4h8j3l5n7q9r1t@google.com", 1, "Ledgerly", "Senior Accountant", "technical",
        "simon.aigner@ledgerly.io;priya.raman@ledgerly.io", "greenhouse-coordinator-en"))

add("greenhouse-final-en", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251030T100000
DTEND;TZID=Europe/Vienna:20251030T123000
DTSTAMP:20251024T090000Z
ORGANIZER;CN=Maja Koller:mailto:maja.koller@ledgerly.io
UID:0p4s8v2x6z1b3d5f7h9k2m4n6q@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Lena Huber:mailto:lena.huber@ledgerly.io
ATTENDEE;CN=Simon Aigner:mailto:simon.aigner@ledgerly.io
ATTENDEE;CUTYPE=ROOM;CN=VIE-3-Danube (6):mailto:ledgerly.io_3933@resource.calendar.google.com
SUMMARY:Final round – Ledgerly x Katharina Pichler
DESCRIPTION:Agenda:\n10:00 Lena Huber (CFO) – leadership & values\n11:00 Simon Aigner (Head of Finance) – wrap-up\n11:45 Office tour\n\nLedgerly GmbH\, Schottenring 16\, 1010 Wien\n\nScheduled via Greenhouse
LOCATION:VIE-3-Danube (6)
END:VEVENT""", V, method="REQUEST", tz=tz_vienna()),
    Row("0p4s8v2x6z1b3d5f7h9k2m4n6q@google.com", 1, "Ledgerly", "", "final",
        "lena.huber@ledgerly.io;simon.aigner@ledgerly.io", "greenhouse-final-room-en"))

add("lever-screen-en", cal(r"""BEGIN:VEVENT
UID:lever-interview-4f8e1a2b-9c3d-4e5f-a6b7-c8d9e0f1a2b3
DTSTAMP:20250911T101000Z
DTSTART:20250916T083000Z
DTEND:20250916T090000Z
SUMMARY:Katharina Pichler <> Parcelwise – Recruiter Screen
ORGANIZER;CN=Hannah Berger:mailto:hannah@parcelwise.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Hannah Berger:mailto:hannah@parcelwise.com
DESCRIPTION:Hi Katharina\, looking forward to our chat about the Senior Accountant (DACH) role!\n\n""" + ZOOM_EN.format(zid="4127739021", pw="UGFyY2Vs", pin="771204") + r"""\n\n-- Sent via Lever
LOCATION:Zoom
END:VEVENT""", "-//Lever//Lever Interview//EN", method="REQUEST"),
    Row("lever-interview-4f8e1a2b-9c3d-4e5f-a6b7-c8d9e0f1a2b3", 1, "Parcelwise", "Senior Accountant (DACH)",
        "recruiter_screen", "hannah@parcelwise.com", "lever-zoom-en"))

add("ashby-final-en", cal(r"""BEGIN:VEVENT
UID:ashby-3e9f7c21-0d44-4b8a-91e2-6a5b4c3d2e1f@ashbyhq.com
DTSTAMP:20251104T160000Z
DTSTART:20251111T140000Z
DTEND:20251111T150000Z
SUMMARY:Final Interview: Head of Accounting – Katharina Pichler
ORGANIZER;CN=Veltro Recruiting:mailto:recruiting@veltro.eu
ATTENDEE;CN=Jonas Steindl:mailto:jonas@veltro.eu
ATTENDEE;CN=Carla Mendes:mailto:carla.mendes@veltro.eu
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Veltro Payments – Final Interview\n\nYou'll meet Jonas Steindl (CEO & co-founder) and Carla Mendes (CFO).\n\n""" + TEAMS_EN.format(mid="ZWVkYjE0MzQtNmY", mid3="118", pw="Ve1tro") + r"""\n\nPowered by Ashby
LOCATION:Microsoft Teams
END:VEVENT""", "-//Ashby//Ashby Scheduling//EN", method="REQUEST"),
    Row("ashby-3e9f7c21-0d44-4b8a-91e2-6a5b4c3d2e1f@ashbyhq.com", 1, "Veltro Payments", "Head of Accounting", "final",
        "jonas@veltro.eu;carla.mendes@veltro.eu", "ashby-final-en"))

add("smartrecruiters-en", cal(r"""BEGIN:VEVENT
UID:SR-INT-6c7d8e9f-1a2b-3c4d-5e6f-7a8b9c0d1e2f
DTSTAMP:20251007T090000Z
DTSTART;TZID=Europe/Vienna:20251014T100000
DTEND;TZID=Europe/Vienna:20251014T110000
SUMMARY:Interview for Senior Accountant (m/f/d) at Danubia Logistics
ORGANIZER;CN=Danubia Logistics AG:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Gabriele Hölzl:mailto:gabriele.hoelzl@danubia-logistics.com
ATTENDEE;CN=Rainer Szabo:mailto:rainer.szabo@danubia-logistics.com
DESCRIPTION:Hello Katharina\,\nthank you for selecting a time slot. Interview team: Gabriele Hölzl\, Rainer Szabo.\nAddress: Danubia Logistics AG\, Hafenstraße 5\, 1020 Vienna.\nSmartRecruiters – Hiring Success
LOCATION:Hafenstraße 5\, 1020 Vienna
END:VEVENT""", "-//SmartRecruiters//Interview Scheduler//EN", method="REQUEST", tz=tz_vienna()),
    Row("SR-INT-6c7d8e9f-1a2b-3c4d-5e6f-7a8b9c0d1e2f", 1, "Danubia Logistics", "Senior Accountant (m/f/d)", "",
        "gabriele.hoelzl@danubia-logistics.com;rainer.szabo@danubia-logistics.com", "smartrecruiters-en"))

add("icims-en", cal(r"""BEGIN:VEVENT
UID:icims-evt-20251016-LPA-77812
DTSTAMP:20251010T133000Z
DTSTART;TZID=W. Europe Standard Time:20251016T110000
DTEND;TZID=W. Europe Standard Time:20251016T120000
SUMMARY:Interview Confirmation – Senior Accountant\, Graz
ORGANIZER;CN=Lindqvist Careers:mailto:careers@lindqvist-packaging.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN="Sandström, Per":mailto:per.sandstrom@lindqvist-packaging.com
DESCRIPTION:Dear Katharina\,\nThis confirms your interview with Per Sandström\, Finance Controller and hiring manager for Lindqvist Packaging Austria GmbH (Graz plant)\, via Teams.\n\n""" + TEAMS_EN.format(mid="YTk4NzY1NDMtMjE", mid3="339", pw="LpA3x9") + r"""\n\nThis message was sent from iCIMS.
END:VEVENT""", "-//iCIMS//iCIMS Scheduling//EN", method="REQUEST", tz=tz_windows()),
    Row("icims-evt-20251016-LPA-77812", 1, "Lindqvist Packaging Austria", "Senior Accountant", "hiring_manager",
        "per.sandstrom@lindqvist-packaging.com", "icims-windows-tz-en"))

add("goodtime-onsite-en", cal(r"""BEGIN:VEVENT
UID:goodtime-8a7b6c5d4e3f2a1b@goodtime.io
DTSTAMP:20251020T081500Z
DTSTART;TZID=Europe/Vienna:20251028T090000
DTEND;TZID=Europe/Vienna:20251028T123000
SUMMARY:Onsite Interview – Katharina Pichler – Senior Accountant
ORGANIZER;CN=Cubefield Talent Team:mailto:talent@cubefield.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Anna Prattes:mailto:anna.prattes@cubefield.at
ATTENDEE;CN=Dieter Kern:mailto:dieter.kern@cubefield.at
ATTENDEE;CN=Yusuf Demir:mailto:yusuf.demir@cubefield.at
ATTENDEE;CUTYPE=ROOM;CN=GRZ-Schlossberg:mailto:c_188a@resource.calendar.google.com
DESCRIPTION:Your onsite schedule at Cubefield (Reininghausstraße 13\, 8020 Graz):\n09:00–09:45 Anna Prattes – Accounting Manager\n09:45–10:30 Dieter Kern – VP Finance\n10:45–11:30 Yusuf Demir – Revenue Accounting\n11:30–12:30 Lunch with the team (not an interview)\n\nQuestions? Reply to talent@cubefield.at\nScheduled with GoodTime
LOCATION:GRZ-Schlossberg
END:VEVENT""", "-//GoodTime//GoodTime Hire//EN", method="REQUEST", tz=tz_vienna()),
    Row("goodtime-8a7b6c5d4e3f2a1b@goodtime.io", 1, "Cubefield", "Senior Accountant", "onsite",
        "anna.prattes@cubefield.at;dieter.kern@cubefield.at;yusuf.demir@cubefield.at", "goodtime-onsite-en"))

add("modernloop-en", cal(r"""BEGIN:VEVENT
UID:ml-evt-2f91c8ab@modernloop.io
DTSTAMP:20251015T120000Z
DTSTART:20251021T130000Z
DTEND:20251021T134500Z
SUMMARY:Katharina Pichler // Arvion Robotics – Hiring Manager Interview
ORGANIZER;CN=Arvion Recruiting:mailto:recruiting@arvion-robotics.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Martin Kohlbacher:mailto:martin.kohlbacher@arvion-robotics.com
DESCRIPTION:Interviewer: Martin Kohlbacher (Head of Finance & Accounting)\nRole: Senior Accountant\nJoin: https://meet.google.com/arv-nmsk-pqe\nScheduled with ModernLoop
LOCATION:https://meet.google.com/arv-nmsk-pqe
END:VEVENT""", "-//ModernLoop//ModernLoop//EN", method="REQUEST"),
    Row("ml-evt-2f91c8ab@modernloop.io", 1, "Arvion Robotics", "Senior Accountant", "hiring_manager",
        "martin.kohlbacher@arvion-robotics.com", "modernloop-en"))

add("calcom-founder-en", cal(r"""BEGIN:VEVENT
UID:calcom-bk-3TqV9xWm2LrP
DTSTAMP:20250925T183000Z
DTSTART:20250929T160000Z
DTEND:20250929T163000Z
SUMMARY:Intro call between Felix Haberl and Katharina Pichler
ORGANIZER;CN=Felix Haberl:mailto:felix@kassabuch.at
ATTENDEE;CN=Katharina Pichler;PARTSTAT=ACCEPTED:mailto:k.pichler.bh@aon.at
DESCRIPTION:What: Intro call – first finance hire @ Kassabuch\nInvitee notes: Senior accountant / head of accounting\, Graz-based\, open to remote\nWhere: https://app.cal.com/video/3TqV9xWm2LrP\n\nNeed to make a change? https://cal.com/booking/3TqV9xWm2LrP
LOCATION:Cal Video
END:VEVENT""", "-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST"),
    Row("calcom-bk-3TqV9xWm2LrP", 1, "Kassabuch", "", "", "felix@kassabuch.at", "calcom-founder-en"))

add("webex-intl-org-en", cal(r"""BEGIN:VEVENT
UID:CEES-2025-14-PANEL-09
DTSTAMP:20251017T094500Z
DTSTART;TZID=Europe/Vienna:20251125T143000
DTEND;TZID=Europe/Vienna:20251125T153000
SUMMARY:Competency-based interview – Finance Officer (Accounting)\, Vacancy CEES/2025/14
ORGANIZER;CN=CEES Human Resources:mailto:hr@cees.int
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Ms Aino Virtanen:mailto:aino.virtanen@cees.int
ATTENDEE;CN=Mr Luka Horvat:mailto:luka.horvat@cees.int
DESCRIPTION:Central European Energy Secretariat\, Vienna\n\nPanel: Ms Aino Virtanen (Head of Finance)\, Mr Luka Horvat (Budget Officer). An HR representative will observe and take notes.\nWebex: https://cees.webex.com/meet/hr.panel2\nPlease have a photo ID ready.
LOCATION:Webex
END:VEVENT""", "-//CEES//Outlook Export//EN", method="REQUEST", tz=tz_vienna()),
    Row("CEES-2025-14-PANEL-09", 1, "Central European Energy Secretariat", "Finance Officer (Accounting)", "",
        "aino.virtanen@cees.int;luka.horvat@cees.int", "intl-org-panel-en"))

add("teams-fr", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Morel, Camille":mailto:camille.morel@sarrazin-industries.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lefèvre, Antoine":mailto:antoine.lefevre@sarrazin-industries.fr
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable comptable Autriche – Katharina Pichler
DTSTART;TZID=Romance Standard Time:20251015T160000
DTEND;TZID=Romance Standard Time:20251015T170000
UID:040000008200E00074C5B7101A82E0080000000055D66E77F83CDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
DTSTAMP:20251009T150000Z
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Pichler\,\nComme convenu\, je vous confirme votre entretien avec Antoine Lefèvre\, Directeur financier du groupe\, pour le poste de Responsable comptable de notre filiale Sarrazin Composites Austria GmbH (Weiz). Je ne participerai pas à l'échange.\nBien cordialement\,\nCamille Morel – Talent Acquisition\, Lyon\n\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_SrZ%40thread.v2/0\nID de réunion : 377 221 904 118 Code secret : sZ7qW2
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows("Romance Standard Time")),
    Row("040000008200E00074C5B7101A82E0080000000055D66E77F83CDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122", 1,
        "Sarrazin Composites Austria", "Responsable comptable Autriche", "hiring_manager",
        "antoine.lefevre@sarrazin-industries.fr", "teams-subsidiary-fr"))

add("meet-es", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251002T100000
DTEND;TZID=Europe/Madrid:20251002T103000
DTSTAMP:20250926T101010Z
ORGANIZER;CN=Lucía Navarro:mailto:lucia.navarro@grupoalcazar.es
UID:1a3c5e7g9i2k4m6o8q0s2u4w6y@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
SUMMARY:Entrevista telefónica – Responsable de Contabilidad (planta de Graz)
DESCRIPTION:Hola Katharina\,\nte confirmo la primera entrevista (selección) para el puesto de Responsable de Contabilidad en Alcázar Automoción Austria GmbH\, nuestra planta de Graz. Te llamaré al móvil.\nUn saludo\,\nLucía Navarro\, Selección – Grupo Alcázar
LOCATION:Llamada telefónica
END:VEVENT""", V, method="REQUEST", tz=tz_vienna("Europe/Madrid")),
    Row("1a3c5e7g9i2k4m6o8q0s2u4w6y@google.com", 1, "Alcázar Automoción Austria", "Responsable de Contabilidad",
        "recruiter_screen", "lucia.navarro@grupoalcazar.es", "phone-screen-es"))

add("teams-audit-en", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Lang, Victoria":mailto:victoria.lang@kesslerlang.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katharina Pichler:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fuchs, Bernd":mailto:bernd.fuchs@kesslerlang.at
SUMMARY:Interview – Senior Associate Financial Accounting Advisory (technical)
DTSTART;TZID=W. Europe Standard Time:20251110T100000
DTEND;TZID=W. Europe Standard Time:20251110T110000
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
DTSTAMP:20251103T100000Z
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Ms Pichler\,\nplease find attached the invitation to the technical interview (UGB/IFRS cases\, consolidation basics) with Bernd Fuchs (Director) and myself (Senior Manager).\nKind regards\, Victoria Lang\nKessler Lang Audit GmbH\n\n""" + TEAMS_EN.format(mid="NWE0MTIzYjUtN2Q", mid3="740", pw="KlA7v2") + r"""
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF", 1,
        "Kessler Lang Audit", "Senior Associate Financial Accounting Advisory", "technical",
        "victoria.lang@kesslerlang.at;bernd.fuchs@kesslerlang.at", "teams-technical-en"))

add("phone-screen-en", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250912T090000
DTEND;TZID=Europe/Vienna:20250912T092000
DTSTAMP:20250909T090000Z
ORGANIZER;CN=Sophie Wimmer:mailto:sophie.wimmer@novacell-bio.com
UID:6h8j0l2n4p6r8t0v2x4z6b8d0f@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
SUMMARY:Phone screen – Senior Accountant – Novacell Biotech
DESCRIPTION:Hi Katharina\, I'll give you a quick call (20 min) to talk about the role and your background. Talk soon\, Sophie (Talent Acquisition\, Novacell Biotech GmbH)
LOCATION:Phone: +43 699 1204 5588
END:VEVENT""", V, method="REQUEST", tz=tz_vienna()),
    Row("6h8j0l2n4p6r8t0v2x4z6b8d0f@google.com", 1, "Novacell Biotech", "Senior Accountant", "recruiter_screen",
        "sophie.wimmer@novacell-bio.com", "phone-screen-en"))

add("handtyped-en", cal(r"""BEGIN:VEVENT
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTAMP:20251020T201500Z
DTSTART;TZID=Europe/Vienna:20251104T150000
DTEND;TZID=Europe/Vienna:20251104T160000
SUMMARY:Lindqvist 2nd round w/ Nordic CFO (Teams)
DESCRIPTION:Ingrid Ahlberg\, Group CFO Stockholm. English! Link kommt per Mail
END:VEVENT""", "-//Apple Inc.//macOS 15.6//EN", tz=tz_vienna()),
    Row("D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", 1, "Lindqvist Packaging Austria", "", "", "Ingrid Ahlberg",
        "handtyped-mixed-en"))

add("google-fr-final", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251106T093000
DTEND;TZID=Europe/Vienna:20251106T120000
DTSTAMP:20251029T170000Z
ORGANIZER;CN=Camille Morel:mailto:camille.morel@sarrazin-industries.fr
UID:9t1v3x5z7b9d1f3h5j7l9n1p3r@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Antoine Lefèvre:mailto:antoine.lefevre@sarrazin-industries.fr
ATTENDEE;CN=Herbert Pojer:mailto:herbert.pojer@sarrazin-composites.at
SUMMARY:Entretien final + visite du site de Weiz
DESCRIPTION:Dernière étape : entretien avec Antoine Lefèvre et Herbert Pojer (directeur du site de Weiz)\, puis visite de l'usine.\n\nParticiper avec Google Meet : https://meet.google.com/srz-wqtp-aak\nOu appeler le : (FR) +33 1 87 40 21 55 Code : 551 903 118#
LOCATION:Sarrazin Composites Austria\, Gewerbepark 4\, 8160 Weiz
END:VEVENT""", V, method="REQUEST", tz=tz_vienna()),
    Row("9t1v3x5z7b9d1f3h5j7l9n1p3r@google.com", 1, "Sarrazin Composites Austria", "", "final",
        "antoine.lefevre@sarrazin-industries.fr;herbert.pojer@sarrazin-composites.at", "google-final-site-visit-fr"))
