"""holdout200 events, part c: Geneva, Lugano and Spanish-speaking interviews (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "entretien-visio", "040000008200E00074C5B7101A82E00800000000C4E2B6A8F93EDC01000000000000000010000000"
        "UBP55E1", 1, "Union Bancaire Privée", "Senior Relationship Manager – Suisse alémanique", "hiring_manager",
        "olivier.favre@ubp.ch", "french-teams-outlook-entretien-visio",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Favre Olivier":mailto:olivier.favre@ubp.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Baumgartner\,\n\nComme convenu
  par téléphone\, je vous propose un premier échange par visioconférence au
  sujet du poste de Senior Relationship Manager pour la clientèle suisse alé
 manique.\n\nBien à vous\,\nOlivier Favre\nHead of Swiss Market\n\n________
 ________________________________________________________________________\nR
 éunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile
  ou appareil de salle\nCliquez ici pour participer à la réunion<https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_ZmU1YjA2>\nID de la réunion : 3
 72 118 552 906\nCode secret : Xk3p9Z\n
UID:040000008200E00074C5B7101A82E00800000000C4E2B6A8F93EDC01000000000000000010000000UBP55E1
SUMMARY;LANGUAGE=fr-CH:Échange Olivier Favre / Reto Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251007T123000
DTEND;TZID=W. Europe Standard Time:20251007T131500
DTSTAMP:20251001T163322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien-icims", "icims-LO-2025-4471-iv-6610@icims.com", 1, "Lombard Odier",
        "Relationship Manager – Swiss German Market (Zurich)", "hiring_manager",
        "f.vuilleumier@lombardodier.com;c.grandjean@lombardodier.com", "icims-french-entretien-two-interviewers",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-LO-2025-4471-iv-6610@icims.com
DTSTAMP:20251013T085920Z
DTSTART:20251021T080000Z
DTEND:20251021T091500Z
SUMMARY:Entretien - Relationship Manager – Swiss German Market (Zurich) - Lombard Odier
DESCRIPTION:Bonjour Reto\,\n\nNous avons le plaisir de vous confirmer votre
  entretien :\n\nDate : mardi 21 octobre 2025\, 10h00 - 11h15 (heure de Gen
 ève)\nLieu : Lombard Odier\, Utoquai 31\, 8008 Zurich\nAvec : François Vu
 illeumier (Head of Swiss German Market)\, Chloé Grandjean (HR Business Par
 tner)\n\nAu plaisir de vous rencontrer\,\nLombard Odier Talent Acquisition
ORGANIZER;CN=Lombard Odier Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=François Vuilleumier:mailto:f.vuilleumier@lombardodier.com
ATTENDEE;CN=Chloé Grandjean:mailto:c.grandjean@lombardodier.com
LOCATION:Utoquai 31\, 8008 Zurich
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "colloquio", "2u6fj0o8q1r3s5t7v9x1z3b5d7@google.com", 1, "EFG",
        "Senior Relationship Manager – Mercato Svizzera tedesca", "", "giulia.bernasconi@efgbank.com",
        "italian-colloquio-lugano-google",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251023T143000
DTEND;TZID=Europe/Zurich:20251023T153000
DTSTAMP:20251015T120413Z
ORGANIZER;CN=Giulia Bernasconi:mailto:giulia.bernasconi@efgbank.com
UID:2u6fj0o8q1r3s5t7v9x1z3b5d7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Giulia Bernasconi;X-NUM-GUESTS=0:mailto:giulia.bernasconi@efgbank.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Gentile Signor Baumgartner\,\n\ncome d'accordo le confermo il c
 olloquio presso la nostra sede di Lugano\, Via Magatti 2. Il colloquio si
  terrà in tedesco e in italiano.\n\nCordiali saluti\nGiulia Bernasconi\nHR
  Business Partner\, EFG Bank SA
LOCATION:EFG Bank\, Via Magatti 2\, 6900 Lugano
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Colloquio Sig. Baumgartner – Senior RM Svizzera tedesca
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entrevista", "040000008200E00074C5B7101A82E00800000000E1D7F0A4B43FDC01000000000000000010000000"
        "SANT0071", 1, "Santander Private Banking", "Senior Banker – Clientes LatAm (Ginebra)", "hiring_manager",
        "javier.moreno@santander.ch;ines.calvo@santander.ch", "spanish-entrevista-teams",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Calvo Ruiz, Inés":mailto:ines.calvo@santander.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moreno, Javier":mailto:javier.moreno@santander.ch
DESCRIPTION;LANGUAGE=es-ES:Estimado Reto:\n\nTal y como hablamos\, le envío
  la convocatoria para la entrevista con Javier Moreno\, Director de Banca P
 rivada para clientes de Latinoamérica en Ginebra. La entrevista será en esp
 añol y en inglés.\n\nUn saludo\,\nInés Calvo\nTalent Acquisition\n\n______
 __________________________________\nReunión de Microsoft Teams\nID de reun
 ión: 318 552 007 641\nCódigo de acceso: 6bQ2fW\n
UID:040000008200E00074C5B7101A82E00800000000E1D7F0A4B43FDC01000000000000000010000000SANT0071
SUMMARY;LANGUAGE=es-ES:Entrevista Reto Baumgartner – Senior Banker LatAm
DTSTART;TZID=W. Europe Standard Time:20251030T160000
DTEND;TZID=W. Europe Standard Time:20251030T170000
DTSTAMP:20251022T101112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "calendly-entrevista", "b1c93f2e-8a7d-4e60-95c1-7d0e2a4f6b88", 1, "Banca March",
        "Banquero Privado Senior – Mercado Suizo", "recruiter_screen", "lucia.ferrer@bancamarch.lu",
        "calendly-spanish-invitee-is-user",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b1c93f2e-8a7d-4e60-95c1-7d0e2a4f6b88
DTSTAMP:20251103T171024Z
DTSTART:20251110T090000Z
DTEND:20251110T093000Z
SUMMARY:Reto Baumgartner y Lucía Ferrer: Entrevista inicial – Banca March Luxemburgo
DESCRIPTION:Nombre del evento: Entrevista inicial – Banca March Luxemburgo\n
 \nUbicación: Esta es una reunión de Google Meet.\nhttps://meet.google.com/x
 pk-vqrd-hsa\n\nPuesto: Banquero Privado Senior – Mercado Suizo\n\n¿Necesitas
  hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations
 /b1c93f2e\nReprogramar: https://calendly.com/reschedulings/b1c93f2e\n\nCon
 la tecnología de Calendly.com
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@bancamarch.lu
ATTENDEE;CN=Reto Baumgartner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:https://meet.google.com/xpk-vqrd-hsa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien-webex", "8d3b7e2c91f44a0e@edr-webex", 1, "Edmond de Rothschild",
        "Banquier Privé Senior – Clientèle Suisse alémanique", "hiring_manager", "p.de-montmollin@edr.com",
        "webex-french-entretien",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:8d3b7e2c91f44a0e@edr-webex
DTSTAMP:20251008T094400Z
DTSTART;TZID=Europe/Zurich:20251017T073000
DTEND;TZID=Europe/Zurich:20251017T081500
SUMMARY:Entretien – Banquier Privé Senior (Suisse alémanique) / R. Baumgartner
DESCRIPTION:Pierre de Montmollin vous invite à une réunion Webex.\n\nEntret
 ien pour le poste de Banquier Privé Senior – Clientèle Suisse alémanique.\n
 \nRejoindre la réunion :\nhttps://edr.webex.com/edr/j.php?MTID=m4c1a0f3e7b
 \nNuméro de la réunion : 2734 118 9902\nMot de passe : Rhone25\n\nRejoindre
  par téléphone\n+41-44-580-5000 Suisse (Zurich)\nCode d'accès : 2734 118 99
 02
ORGANIZER;CN=Pierre de Montmollin:mailto:p.de-montmollin@edr.com
ATTENDEE;CN=reto.baumgartner@bluewin.ch;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:https://edr.webex.com/edr/j.php?MTID=m4c1a0f3e7b
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "teamtailor-interview", "teamtailor-interview-88315420@teamtailor.com", 1, "Rothschild & Co Bank",
        "Senior Relationship Manager Wealth Management", "hiring_manager", "andreas.baer@rothschildandco.com",
        "teamtailor-german-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-88315420@teamtailor.com
DTSTAMP:20251002T104510Z
DTSTART:20251009T150000Z
DTEND:20251009T160000Z
SUMMARY:Interview mit Rothschild & Co Bank AG
DESCRIPTION:Hallo Reto\n\nWir freuen uns auf das Gespräch zur Stelle "Senio
 r Relationship Manager Wealth Management".\n\nTeilnehmende: Andreas Bär (
 Head Wealth Management Zürich)\n\nAdresse: Zollikerstrasse 181\, 8034 Züri
 ch\n\nDu kannst den Termin hier ändern: https://career.rothschildandco.ch/
 interviews/88315420
ORGANIZER;CN=Rothschild & Co Bank AG:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Andreas Bär:mailto:andreas.baer@rothschildandco.com
LOCATION:Zollikerstrasse 181\, 8034 Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "refline-erstgespraech", "refline-maerki-2025-114-a7@refline.ch", 1, "Maerki Baumann",
        "Kundenberater Private Banking (Senior)", "hiring_manager", "daniel.stoll@maerki-baumann.ch",
        "refline-swiss-ats-einladung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Refline AG//Refline Bewerbermanagement//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:refline-maerki-2025-114-a7@refline.ch
DTSTAMP:20250924T070012Z
DTSTART:20251001T150000Z
DTEND:20251001T160000Z
SUMMARY:Einladung zum Gespräch – Kundenberater Private Banking (Senior)
DESCRIPTION:Sehr geehrter Herr Baumgartner\n\nBesten Dank für Ihr Interesse
  an der Maerki Baumann & Co. AG. Gerne laden wir Sie zu einem persönlichen
  Gespräch mit Herrn Daniel Stoll\, Leiter Private Banking\, ein.\n\nDreikön
 igstrasse 6\, 8002 Zürich\n\nFreundliche Grüsse\nHR Maerki Baumann
ORGANIZER;CN=HR Maerki Baumann:mailto:noreply@refline.ch
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Daniel Stoll:mailto:daniel.stoll@maerki-baumann.ch
LOCATION:Dreikönigstrasse 6\, 8002 Zürich
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-termin", "B5E2D1C0-6A8F-4F3B-9E7D-RBTALSTR15", 1, "Rahn+Bodmer", "", "", "Hr. Bodmer",
        "hand-typed-abbreviated-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:B5E2D1C0-6A8F-4F3B-9E7D-RBTALSTR15
DTSTAMP:20250926T113000Z
DTSTART:20251003T110000
DTEND:20251003T120000
SUMMARY:R+B Hr. Bodmer 11h Talstr. 15
DESCRIPTION:Tel. Fr. Hess Sekr. wg Bewerbung Senior KB. Dossier mitnehmen\,
  Zeugnisse!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "calcom-call", "calcom-8fKq2LmP9xYt3vZw@cal.com", 1, "Bergos", "Senior Relationship Manager",
        "recruiter_screen", "tanja.imhof@bergos.ch", "cal-com-booking-user-is-attendee",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8fKq2LmP9xYt3vZw@cal.com
DTSTAMP:20251104T082211Z
DTSTART:20251106T171500Z
DTEND:20251106T174500Z
SUMMARY:Erstes Telefonat Bergos – Senior Relationship Manager between Tanja Imhof and Reto Baumgartner
DESCRIPTION:What: Erstes Telefonat Bergos – Senior Relationship Manager\nWh
 o:\nTanja Imhof - Organizer\ntanja.imhof@bergos.ch\nReto Baumgartner\nreto
 .baumgartner@bluewin.ch\n\nWhere: Phone call +41 79 412 55 09\n\nNeed to m
 ake a change? Cancel or reschedule: https://cal.com/booking/8fKq2LmP9xYt3vZ
 w
ORGANIZER;CN=Tanja Imhof:mailto:tanja.imhof@bergos.ch
ATTENDEE;PARTSTAT=ACCEPTED;CN=Reto Baumgartner:mailto:reto.baumgartner@bluewin.ch
LOCATION:+41 79 412 55 09
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
