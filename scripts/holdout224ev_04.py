# ruff: noqa: E501
"""holdout224 events, part 4: German, French and Spanish invitations (a German foundation's US office, a French international school, two Latino-serving nonprofits) and a Spanish-language radio interview."""

from holdout224ev_tz import BERLIN, NY_GOOGLE, PARIS

W_EUROPE = r"""BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

EVENTS = [
    {
        "kind": "personio-einladung",
        "uid": "personio-interview-3318842-lindenhof@personio.de",
        "is_interview": 1,
        "company": "Lindenhof Stiftung",
        "role": "Vice President Development (USA)",
        "stage": "recruiter_screen",
        "interviewers": "k.vogel@lindenhof-stiftung.de",
        "trap": "personio-german-invite-berlin-time",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-3318842-lindenhof@personio.de
DTSTAMP:20250314T091503Z
DTSTART;TZID=Europe/Berlin:20250320T160000
DTEND;TZID=Europe/Berlin:20250320T164500
SUMMARY:Einladung zum Interview: Vice President Development (USA) (m/w/d)
ORGANIZER;CN=Lindenhof Stiftung Recruiting:mailto:noreply@personio.de
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.vogel@lindenhof-stiftung.de
LOCATION:Microsoft Teams
DESCRIPTION:Liebe Frau Brooks-Harper\,\n\nvielen Dank für Ihre Bewerbung als Vice President Development (USA) für unser Büro in Washington\, D.C. Gerne möchten wir Sie zu einem ersten Kennenlerngespräch per Microsoft Teams einladen.\n\nGesprächspartnerin: Katrin Vogel\, Referentin Personal\nDauer: ca. 45 Minuten\nSprache: Deutsch und Englisch\n\nDen Link zur Teams-Besprechung erhalten Sie am Vortag.\n\nMit freundlichen Grüßen\nIhr Personalteam der Lindenhof Stiftung\n\n--\nDiese Nachricht wurde über Personio versendet.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vorstand-teams",
        "uid": "040000008200E00074C5B7101A82E00800000000C6D2A11F1E93DB0100000000000000001000000084B0F37E29AC",
        "is_interview": 1,
        "company": "Lindenhof Stiftung",
        "role": "",
        "stage": "final",
        "interviewers": "f.albers@lindenhof-stiftung.de;m.kuehn@lindenhof-stiftung.de",
        "trap": "german-outlook-board-interview-w-europe-zone",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:k.vogel@lindenhof-stiftung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, Dr. Friedrich":mailto:F.Albers@lindenhof-stiftung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kühn, Dr. Miriam":mailto:M.Kuehn@lindenhof-stiftung.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brooks-Harper\,\n\nwie telefonisch besprochen\, hier die Einladung zum zweiten Gespräch mit unserem Vorstand (Dr. Friedrich Albers\, Vorsitzender\, und Dr. Miriam Kühn). Das Gespräch findet auf Englisch statt. Bitte bereiten Sie eine kurze Präsentation (10 Min.) zum Thema „Aufbau einer US-Spenderbasis für eine europäische Stiftung“ vor.\n\nViele Grüße\nKatrin Vogel\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät bei\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5ZTIx%40thread.v2/0>\nBesprechungs-ID: 372 118 945 207\nPasscode: Lh3tQ9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C6D2A11F1E93DB0100000000000000001000000084B0F37E29AC
SUMMARY;LANGUAGE=de-DE:Gespräch mit dem Vorstand – Frau Brooks-Harper (VP Development USA)
DTSTART;TZID=W. Europe Standard Time:20250408T170000
DTEND;TZID=W. Europe Standard Time:20250408T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T080211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
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
        "kind": "teamtailor-entretien",
        "uid": "teamtailor-interview-7a61c0e2-ecole-lafayette",
        "is_interview": 1,
        "company": "École Internationale Lafayette de Washington",
        "role": "Directrice du développement et des relations extérieures",
        "stage": "hiring_manager",
        "interviewers": "h.marchetti@ecole-lafayette.org",
        "trap": "teamtailor-french-invite-paris-zone",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:teamtailor-interview-7a61c0e2-ecole-lafayette
DTSTAMP:20250321T101744Z
DTSTART;TZID=Europe/Paris:20250327T180000
DTEND;TZID=Europe/Paris:20250327T190000
SUMMARY:Entretien : Directrice du développement et des relations extérieures – Danielle Brooks-Harper
ORGANIZER;CN=École Lafayette – Recrutement:mailto:recrutement@ecole-lafayette.org
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Hélène Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:h.marchetti@ecole-lafayette.org
LOCATION:Google Meet – https://meet.google.com/pfx-rmzt-aoc
DESCRIPTION:Bonjour Danielle\,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste de Directrice du développement et des relations extérieures à l'École Internationale Lafayette de Washington.\n\nAvec : Hélène Marchetti\, Cheffe d'établissement\nDurée : 1 heure\nL'entretien se déroulera en français et en anglais.\n\nLien : https://meet.google.com/pfx-rmzt-aoc\n\nBien cordialement\,\nL'équipe recrutement\n\nEnvoyé via Teamtailor
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-final",
        "uid": "6t3r1pq0bh8e2nd4jm9ck5vl7a@google.com",
        "is_interview": 1,
        "company": "École Internationale Lafayette de Washington",
        "role": "",
        "stage": "final",
        "interviewers": "h.marchetti@ecole-lafayette.org;ca.presidence@ecole-lafayette.org;jl.berthier@gmail.com",
        "trap": "french-board-final-in-person-bilingual",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250424T090000
DTEND;TZID=America/New_York:20250424T113000
DTSTAMP:20250414T190254Z
ORGANIZER;CN=Hélène Marchetti:mailto:h.marchetti@ecole-lafayette.org
UID:6t3r1pq0bh8e2nd4jm9ck5vl7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.bro
 oksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Présidence du Conseil d'administration;X-NUM-GUESTS=0:mailto:ca.presid
 ence@ecole-lafayette.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Luc Berthier;X-NUM-GUESTS=0:mailto:jl.berthier@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hélène Marchetti;X-NUM-GUESTS=0:mailto:h.marchetti@ecole-lafayette.org
DESCRIPTION:Entretien final / Final interview\n\nDanielle\, nous vous accue
 illons sur le campus de Bethesda pour un dernier échange avec la présiden
 ce du conseil d'administration et Jean-Luc Berthier (trésorier)\, suivi d'
 une visite de l'école et d'un déjeuner avec l'équipe communication.\n\nWe
  look forward to welcoming you to campus. Please sign in at the main recep
 tion with a photo ID.
LAST-MODIFIED:20250414T190254Z
LOCATION:École Internationale Lafayette\, 9600 Forest Rd\, Bethesda\, MD 20
 814\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – D. Brooks-Harper / Conseil d'administration
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-inicial",
        "uid": "0m4h8qtd1r6b3k9v2s5ep7gcul@google.com",
        "is_interview": 1,
        "company": "Alianza Latina de Charlotte",
        "role": "Vicepresidenta de Desarrollo",
        "stage": "hiring_manager",
        "interviewers": "ivalderrama@alianzalatinaclt.org",
        "trap": "spanish-google-invite-executive-director",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250318T083000
DTEND;TZID=America/New_York:20250318T093000
DTSTAMP:20250313T002817Z
ORGANIZER;CN=Isabel Valderrama:mailto:ivalderrama@alianzalatinaclt.org
UID:0m4h8qtd1r6b3k9v2s5ep7gcul@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.bro
 oksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabel Valderrama;X-NUM-GUESTS=0:mailto:ivalderrama@alianzalatinaclt.o
 rg
X-GOOGLE-CONFERENCE:https://meet.google.com/hgd-yqrx-nem
DESCRIPTION:Hola Danielle\,\n\nGracias por tu interés en el puesto de Vice
 presidenta de Desarrollo. Te propongo una primera entrevista por video par
 a conocernos y hablar de la campaña capital y de nuestro programa de alfab
 etización familiar. Podemos hablar en inglés o en español\, como prefiera
 s.\n\nUn abrazo\,\nIsabel Valderrama\nDirectora Ejecutiva\, Alianza Latina
  de Charlotte\n\nUnirse con Google Meet: https://meet.google.com/hgd-yqrx-n
 em\nO marcar: (US) +1 980-555-0128 PIN: 415 227 903#
LAST-MODIFIED:20250313T002817Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Vicepresidenta de Desarrollo – Danielle Brooks-Harper
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "junta-directiva",
        "uid": "5b2kq9e0tnh7u4c1m3s6dv8pro@google.com",
        "is_interview": 1,
        "company": "Alianza Latina de Charlotte",
        "role": "Vicepresidenta de Desarrollo",
        "stage": "onsite",
        "interviewers": "ivalderrama@alianzalatinaclt.org;rgalindo@galindocpa.com;mt.arce@alianzalatinaclt.org",
        "trap": "spanish-second-round-board-in-person",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250410T170000
DTEND;TZID=America/New_York:20250410T183000
DTSTAMP:20250402T151122Z
ORGANIZER;CN=Isabel Valderrama:mailto:ivalderrama@alianzalatinaclt.org
UID:5b2kq9e0tnh7u4c1m3s6dv8pro@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Roberto Galindo;X-NUM-GUESTS=0:mailto:rgalindo@galindocpa.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=María Teresa Arce;X-NUM-GUESTS=0:mailto:mt.arce@alianzalatinaclt.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Isabel Valderrama;X-NUM-GUESTS=0:mailto:ivalderrama@alianzalatinaclt.org
DESCRIPTION:Segunda entrevista con miembros de la Junta Directiva: Roberto Galindo (presidente de la Junta)\, María Teresa Arce (directora de programas) e Isabel.\n\nLugar: nuestra oficina en Central Ave. Hay estacionamiento detrás del edificio.\n\nDespués de la reunión\, si tienes tiempo\, te llevamos a ver el centro de tareas de los niños.
LAST-MODIFIED:20250402T151122Z
LOCATION:Alianza Latina de Charlotte\, 4520 Central Ave\, Charlotte\, NC 28205\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Segunda entrevista – Junta Directiva (Danielle B-H)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-entrevista",
        "uid": "040000008200E00074C5B7101A82E00800000000E8D9F2B04E95DB01000000000000000010000000A7F3D0B6C2E1",
        "is_interview": 1,
        "company": "Asociación Latinoamericana de Atlanta",
        "role": "Chief Advancement Officer / Directora de Desarrollo Institucional",
        "stage": "recruiter_screen",
        "interviewers": "Verónica Salas",
        "trap": "microsoft-bookings-bilingual-hr-screen",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=ALA Recursos Humanos / Human Resources:mailto:RecursosHumanos@ala-atlanta.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
DESCRIPTION;LANGUAGE=es-US:Su cita está confirmada / Your booking is confirmed\n\nServicio / Service: Entrevista telefónica con Recursos Humanos – Chief Advancement Officer / Directora de Desarrollo Institucional\nPersonal / Staff: Verónica Salas\nDuración: 30 minutos\n\nLe llamaremos al número que nos proporcionó. / We will call you at the number you provided.\n\nAsociación Latinoamericana de Atlanta\n2750 Buford Hwy NE\, Atlanta\, GA 30324\n\nCancelar o reprogramar / Cancel or reschedule: https://outlook.office365.com/owa/calendar/ALARecursosHumanos@ala-atlanta.org/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000E8D9F2B04E95DB01000000000000000010000000A7F3D0B6C2E1
SUMMARY;LANGUAGE=es-US:Entrevista telefónica con Recursos Humanos para Danielle Brooks-Harper
DTSTART;TZID=Eastern Standard Time:20250305T150000
DTEND;TZID=Eastern Standard Time:20250305T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T210333Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-US:Teléfono
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
        "kind": "radio-entrevista",
        "uid": "CB7E2A91-44D0-4E3A-8F55-2D1B97A0C6E3",
        "is_interview": 0,
        "trap": "spanish-radio-entrevista-press",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.1//EN
CALSCALE:GREGORIAN
""" + NY_GOOGLE + r"""BEGIN:VEVENT
UID:CB7E2A91-44D0-4E3A-8F55-2D1B97A0C6E3
DTSTAMP:20250404T155120Z
CREATED:20250404T155030Z
DTSTART;TZID=America/New_York:20250411T074500
DTEND;TZID=America/New_York:20250411T081500
SUMMARY:Entrevista en vivo - Radio La Voz 1430 AM ("Comunidad al Día")
LOCATION:Radio La Voz studio\, 5675 Jimmy Carter Blvd\, Norcross
DESCRIPTION:Segment on Lee Juntos bilingual family reading nights. Producer: Marisol (770-555-0133). Bring flyers in Spanish + sign-up QR. Lucía from program team will translate / join on air. Arrive 7:30.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
