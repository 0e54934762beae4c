# ruff: noqa: E501
"""holdout203 events, part iv5: agencies, founder, booking tools, Spanish (CC0 1.0)."""

from holdout203ev_tz import TZ_MADRID, TZ_WEST

EVENTS = [
    {
        "kind": "cal-com",
        "uid": "calcom-booking-pQ7xW2rT9mZ4vK1nB8@cal.com",
        "iv": 1, "company": "Waystone", "role": "ManCo Oversight Manager",
        "stage": "recruiter_screen", "who": "r.fischbach@waystone.com",
        "trap": "cal-com-intro-call-manco",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-booking-pQ7xW2rT9mZ4vK1nB8@cal.com
SUMMARY:Intro call - ManCo Oversight Manager between Raphael Fischbach and Julien Weber
DTSTART:20250407T080000Z
DTEND:20250407T083000Z
DTSTAMP:20250403T192211Z
DESCRIPTION:What: Intro call - ManCo Oversight Manager (Waystone Management Company (Lux) S.A.)\nInvitee Time Zone: Europe/Paris\nWho:\nRaphael Fischbach - Organizer\nr.fischbach@waystone.com\nJulien Weber\njulien.weber.lux@pt.lu\nWhere: Microsoft Teams\nNeed to reschedule or cancel? https://cal.com/booking/pQ7xW2rT9mZ4vK1nB8
ORGANIZER;CN=Raphael Fischbach:mailto:r.fischbach@waystone.com
ATTENDEE;CN=Julien Weber;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "5p2k8ts0dj3v1m6q9cr7b4nhug@google.com",
        "iv": 1, "company": "Lemanik", "role": "Head of Fund Oversight", "stage": "hiring_manager",
        "who": "g.rossi@lemanik.lu",
        "trap": "french-google-invite-manco-ceo",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250522T070000Z
DTEND:20250522T080000Z
DTSTAMP:20250515T102041Z
ORGANIZER;CN=Gianluca Rossi:mailto:g.rossi@lemanik.lu
UID:5p2k8ts0dj3v1m6q9cr7b4nhug@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gianluca Rossi;X-NUM-GUESTS=0:mailto:g.rossi@lemanik.lu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
CREATED:20250515T102040Z
DESCRIPTION:Bonjour Julien\,<br>Merci pour votre candidature. Je vous propose un entretien dans nos bureaux au 106 route d'Arlon\, Strassen\, pour le poste de Head of Fund Oversight (supervision des administrations centrales\, rapport aux dirigeants).<br>Bien cordialement\,<br>Gianluca Rossi<br>Conducting Officer - Lemanik Asset Management S.A.
LAST-MODIFIED:20250515T102040Z
LOCATION:Lemanik\, 106 Route d'Arlon\, 8210 Mamer
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Julien Weber - Head of Fund Oversight
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings",
        "uid": "040000008200E00074C5B7101A82E00800000000B7C9D2E3F4A5DB0100000000000000001000000061B0A1C2D3E4F5061728394A5B6C7D8E",
        "iv": 1, "company": "Arendt", "role": "Fund Accounting Supervisor",
        "stage": "recruiter_screen", "who": "sophie.reuland@arendt.com",
        "trap": "microsoft-bookings-candidate-booked-hr-slot",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Arendt Recruitment:mailto:ArendtRecruitment@arendt.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Weber:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reuland, Sophie":mailto:sophie.reuland@arendt.com
DESCRIPTION;LANGUAGE=fr-FR:Merci d'avoir réservé un rendez-vous avec Arendt Recruitment.\n\nService : Entretien RH - Fund Accounting Supervisor (Arendt Services)\nMembre du personnel : Sophie Reuland\nDurée : 30 minutes\n\nRejoindre la réunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk0Yj%40thread.v2/0\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/ArendtRecruitment@arendt.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000B7C9D2E3F4A5DB0100000000000000001000000061B0A1C2D3E4F5061728394A5B6C7D8E
SUMMARY;LANGUAGE=fr-FR:Entretien RH - Fund Accounting Supervisor pour Julien Weber
DTSTART;TZID=W. Europe Standard Time:20250415T083000
DTEND;TZID=W. Europe Standard Time:20250415T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T210514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WD-INT-3c4d5e6f7a8b49c0d1e2f3a4b5c6d7e8@fil.wd3.myworkday.com",
        "iv": 1, "company": "Fidelity International",
        "role": "Fund Accounting Oversight Manager", "stage": "final",
        "who": "kirsty.ball@fil.com;marc.thein@fil.com",
        "trap": "workday-final-interview-two-panel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-3c4d5e6f7a8b49c0d1e2f3a4b5c6d7e8@fil.wd3.myworkday.com
DTSTAMP:20250512T081933Z
DTSTART:20250519T090000Z
DTEND:20250519T100000Z
SEQUENCE:0
SUMMARY:Final Interview - Fund Accounting Oversight Manager (R-2025-10388) - Julien Weber
DESCRIPTION:Dear Julien\,\n\nCongratulations on progressing to the final stage for Fund Accounting Oversight Manager with FIL (Luxembourg) S.A.\n\nYou will meet:\nKirsty Ball - Head of Fund Administration Oversight\nMarc Thein - Conducting Officer\n\nLocation: Kingswood Building\, 2a rue Albert Borschette\, L-1246 Luxembourg (Kirchberg)\n\nKind regards\,\nFidelity International Talent Acquisition
LOCATION:2a rue Albert Borschette\, L-1246 Luxembourg
ORGANIZER;CN=Fidelity International Careers:mailto:fil@myworkday.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Kirsty Ball;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kirsty.ball@fil.com
ATTENDEE;CN=Marc Thein;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc.thein@fil.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "2c9rf7jq5m0t1v8k4s6bn3dlah@google.com",
        "iv": 1, "company": "Allfunds", "role": "Responsable de Supervisión NAV (Luxemburgo)",
        "stage": "recruiter_screen", "who": "lucia.garcia@allfunds.com",
        "trap": "spanish-entrevista-madrid-tz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250411T093000
DTEND;TZID=Europe/Madrid:20250411T100000
DTSTAMP:20250407T143320Z
ORGANIZER;CN=Lucía García:mailto:lucia.garcia@allfunds.com
UID:2c9rf7jq5m0t1v8k4s6bn3dlah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía García;X-NUM-GUESTS=0:mailto:lucia.garcia@allfunds.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
X-GOOGLE-CONFERENCE:https://meet.google.com/pwa-ydkr-mcs
CREATED:20250407T143319Z
DESCRIPTION:Hola Julien\,<br><br>Te confirmo la entrevista para la posición de Responsable de Supervisión NAV en nuestra sucursal de Luxemburgo. Como comentamos\, podemos hacerla en español o en inglés\, como prefieras.<br><br>Un saludo\,<br>Lucía García<br>Talent Acquisition - Allfunds<br><br>Unirse con Google Meet: https://meet.google.com/pwa-ydkr-mcs
LAST-MODIFIED:20250407T143319Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Julien Weber - Allfunds
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB0100000000000000001000000055667788990011223344556677889900",
        "iv": 1, "company": "Allfunds", "role": "Responsable de Supervisión NAV", "stage": "technical",
        "who": "javier.moreno@allfunds.com;p.hoffmann@allfunds.com",
        "trap": "spanish-caso-practico-outlook",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Moreno Ruiz, Javier":mailto:javier.moreno@allfunds.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoffmann, Pit":mailto:p.hoffmann@allfunds.com
DESCRIPTION;LANGUAGE=es-ES:Hola Julien\,\n\nTe envío la convocatoria para la segunda entrevista: caso práctico sobre supervisión de NAV (tolerancias\, price challenges\, errores de cálculo) con Pit Hoffmann (Head of Operations Luxembourg) y conmigo. Pit no habla español\, así que la parte del caso será en inglés.\n\nUn saludo\,\nJavier Moreno\nHead of Fund Services Oversight\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1Nz%40thread.v2/0\nId. de reunión: 344 210 887 905  Código de acceso: xQ8z3K\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB0100000000000000001000000055667788990011223344556677889900
SUMMARY;LANGUAGE=es-ES:Segunda entrevista - caso práctico - Julien Weber
DTSTART;TZID=W. Europe Standard Time:20250429T170000
DTEND;TZID=W. Europe Standard Time:20250429T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T112908Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        "iv": 1, "company": "Nordea Investment Funds", "role": "Head of NAV Oversight",
        "stage": "recruiter_screen", "who": "elise.marchal@robertwalters.com",
        "trap": "headhunter-names-employer-only-in-body",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchal, Elise":mailto:elise.marchal@robertwalters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nComme évoqué sur LinkedIn\, je vous propose un échange d'une demi-heure pour faire le point sur votre parcours et vous présenter en détail le poste de Head of NAV Oversight chez notre client Nordea Investment Funds S.A. (ManCo du groupe\, 562 rue de Neudorf). Je vous appellerai sur votre portable.\n\nBien cordialement\,\nElise Marchal\nManager - Financial Services\nRobert Walters Luxembourg\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-FR:Echange Julien Weber / Elise Marchal (Robert Walters)
DTSTART;TZID=W. Europe Standard Time:20250404T123000
DTEND;TZID=W. Europe Standard Time:20250404T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T164402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000011223344AA9BDB0100000000000000001000000099AABBCCDDEEFF00112233445566778A",
        "iv": 1, "company": "Schroders", "role": "Fund Administration Oversight Manager",
        "stage": "recruiter_screen", "who": "tom.becker@michaelpage.lu",
        "trap": "agency-screening-named-client-in-subject",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Becker, Tom":mailto:tom.becker@michaelpage.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
DESCRIPTION;LANGUAGE=en-GB:Hi Julien\,\n\nGood to speak earlier. As agreed\, a proper screening call on the Schroders role (Fund Administration Oversight Manager\, Schroder Investment Management (Europe) S.A.\, Senningerberg) before I submit your profile. Please have your notice period and current package in mind.\n\nBest\,\nTom Becker\nSenior Consultant | Banking & Financial Services\nMichael Page Luxembourg\n
UID:040000008200E00074C5B7101A82E0080000000011223344AA9BDB0100000000000000001000000099AABBCCDDEEFF00112233445566778A
SUMMARY;LANGUAGE=en-GB:Julien Weber - Schroders FAO Manager - screening call
DTSTART;TZID=W. Europe Standard Time:20250226T080000
DTEND;TZID=W. Europe Standard Time:20250226T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T174019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone - Tom to call Julien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "6n1qv8c3tj0f5k2m9s7ra4pdbe@google.com",
        "iv": 1, "company": "Oberon Fund Services", "role": "Head of Fund Accounting",
        "stage": "hiring_manager", "who": "marc.hoffmann.lux@gmail.com",
        "trap": "founder-on-free-mail-cafe-entretien",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250605T161500Z
DTEND:20250605T173000Z
DTSTAMP:20250530T081512Z
ORGANIZER;CN=Marc Hoffmann:mailto:marc.hoffmann.lux@gmail.com
UID:6n1qv8c3tj0f5k2m9s7ra4pdbe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Hoffmann;X-NUM-GUESTS=0:mailto:marc.hoffmann.lux@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
CREATED:20250530T081511Z
DESCRIPTION:Salut Julien\,<br><br>Comme convenu\, on se retrouve au Konrad pour un premier entretien sur le poste de Head of Fund Accounting chez Oberon Fund Services (on attend l'agrément CSSF d'ici septembre\, je t'expliquerai le projet\, les premiers clients et ce que j'attends du poste).<br><br>Marc<br>Fondateur - Oberon Fund Services
LAST-MODIFIED:20250530T081511Z
LOCATION:Konrad Café\, 7 Rue du Nord\, 2229 Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Julien / Marc - Oberon
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "welcome-kit",
        "uid": "wk-meeting-1f7d3c92-8a0e-4b51-96f2-0e4d7c3b2a19@welcomekit.co",
        "iv": 1, "company": "Ardian", "role": "Senior Fund Accountant - Private Equity",
        "stage": "recruiter_screen", "who": "c.leroy@ardian.com",
        "trap": "welcome-to-the-jungle-french-echange",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-meeting-1f7d3c92-8a0e-4b51-96f2-0e4d7c3b2a19@welcomekit.co
DTSTAMP:20250211T155301Z
DTSTART:20250214T110000Z
DTEND:20250214T113000Z
SUMMARY:Échange Ardian - Senior Fund Accountant - Private Equity (Luxembourg)
DESCRIPTION:Bonjour Julien\,\n\nVotre rendez-vous avec Clémence Leroy (Talent Acquisition Manager\, Ardian) est confirmé.\n\nType : premier échange téléphonique\nPoste : Senior Fund Accountant - Private Equity (Luxembourg)\n\nClémence vous appellera au numéro indiqué dans votre candidature.\n\nL'équipe Ardian
ORGANIZER;CN=Clémence Leroy:mailto:c.leroy@ardian.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-meeting",
        "uid": "goto-7a2f41c9e0b84d35@degroofpetercam.lu",
        "iv": 1, "company": "Degroof Petercam", "role": "Responsable NAV Oversight", "stage": "",
        "who": "f.delvaux@degroofpetercam.lu",
        "trap": "goto-meeting-french-no-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-7a2f41c9e0b84d35@degroofpetercam.lu
DTSTAMP:20250521T140055Z
DTSTART:20250526T153000Z
DTEND:20250526T163000Z
SUMMARY:Entretien - Responsable NAV Oversight - J. Weber
DESCRIPTION:Entretien pour le poste de Responsable NAV Oversight - Banque Degroof Petercam Luxembourg.\nInterlocuteur : François Delvaux\, Head of Fund Administration Oversight.\n\nParticipez à ma réunion depuis votre ordinateur\, tablette ou smartphone.\nhttps://meet.goto.com/481552037\n\nVous pouvez aussi appeler à l'aide de votre téléphone.\nLuxembourg : +352 34 2080 9220\nCode d'accès : 481-552-037\n\nVous rejoignez GoTo Meeting pour la première fois ? Faites une vérification système rapide : https://link.goto.com/system-check
ORGANIZER;CN=François Delvaux:mailto:f.delvaux@degroofpetercam.lu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
LOCATION:https://meet.goto.com/481552037
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
