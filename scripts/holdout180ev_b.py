"""holdout180 events, part b: the Lisbon counsel role (Atlântico Pharma) and the partner-track move (Sagasta & Prado)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_GMT_STD, TZ_LISBON, TZ_MADRID

_TEAMS_EN = (
    r"________________________________________________________________________________\n"
    r"Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n"
    r"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4MWE5N2Et"
    r"OWNiYi00YjQ3LTk0NDMtNWY3YzIxZGE3ZTBm%40thread.v2/0?context=%7b%22Tid%22%3a%22e7a1b0c4-5d2f-4c11-"
    r"9a6e-3b8d2f7c1e90%22%7d>\nMeeting ID: 329 557 184 016\nPasscode: 8vTq2C\nDial in by phone\n"
    r"+351 21 123 4790\,\,712845903# Portugal\, Lisbon\nPhone Conference ID: 712 845 903#\n"
    r"________________________________________________________________________________"
)

EVENTS = [
    dict(
        k="workday-screen",
        uid="WD-INT-7f3c1d0a9b2e4c57a61d8e0f53b2c9a4@atlanticopharma.wd3.myworkdayjobs.com",
        y=1,
        co="Atlântico Pharma",
        role="Legal Counsel Iberia (Lisbon)",
        stage="recruiter_screen",
        iv="joana.ferreira@atlanticopharma.pt",
        trap="workday-english-screen-lisbon-tz",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LISBON}
BEGIN:VEVENT
UID:WD-INT-7f3c1d0a9b2e4c57a61d8e0f53b2c9a4@atlanticopharma.wd3.myworkdayjobs.com
DTSTAMP:20250303T101744Z
SEQUENCE:0
DTSTART;TZID=Europe/Lisbon:20250306T093000
DTEND;TZID=Europe/Lisbon:20250306T100000
SUMMARY:Atlântico Pharma | Interview: Legal Counsel Iberia (Lisbon) - R-0041873
ORGANIZER;CN=Atlântico Pharma Talent Acquisition:mailto:atlanticopharma@myworkday.com
ATTENDEE;CN=Ines Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Joana Ferreira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:joana.ferreira@atlanticopharma.pt
LOCATION:Phone call - Joana will call you on +34 6** *** 412
DESCRIPTION:Dear Ines\,\n\nThank you for your interest in Atlântico Pharma. We a
 re pleased to invite you to an initial phone conversation for the position Le
 gal Counsel Iberia (Lisbon)\, requisition R-0041873.\n\nInterviewer: Joana Fe
 rreira\, Talent Acquisition Partner\nDuration: 30 minutes\nTime zone: Lisbon
 (WET)\n\nIf you need to reschedule\, please use the link in your Candidate Hom
 e.\n\nKind regards\,\nAtlântico Pharma Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="hiring-manager",
        uid="040000008200E00074C5B7101A82E008000000002C5E8A0F4D8BDB01000000000000000010000000F0C6",
        y=1,
        co="Atlântico Pharma",
        role="Legal Counsel Iberia",
        stage="hiring_manager",
        iv="rui.mendes@atlanticopharma.pt",
        trap="english-teams-head-of-legal-original-time",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Mendes, Rui":mailto:rui.mendes@atlanticopharma.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=en-US:Hi Inês\,\n\nLooking forward to our conversation about the Legal Counsel Iberia role. We will cover your M&A and corporate experience\, how you would support the Spanish affiliate from Lisbon\, and any questions you have about the team. The conversation will be in English.\n\nBest regards\,\nRui\n\n{_TEAMS_EN}\n
UID:040000008200E00074C5B7101A82E008000000002C5E8A0F4D8BDB01000000000000000010000000F0C6
SUMMARY;LANGUAGE=en-US:Legal Counsel Iberia – conversation with Rui Mendes (Head of Legal Iberia)
DTSTART;TZID=GMT Standard Time:20250318T150000
DTEND;TZID=GMT Standard Time:20250318T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T174455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="hiring-manager-moved",
        uid="040000008200E00074C5B7101A82E008000000002C5E8A0F4D8BDB01000000000000000010000000F0C6",
        y=1,
        co="Atlântico Pharma",
        role="Legal Counsel Iberia",
        stage="hiring_manager",
        iv="rui.mendes@atlanticopharma.pt",
        trap="rescheduled-same-uid-higher-sequence",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Mendes, Rui":mailto:rui.mendes@atlanticopharma.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=en-US:Hi Inês\, apologies – I have to be at a board meeting in Porto on Tuesday. Moving us to Thursday\, same time. Same link.\n\nRui\n\n{_TEAMS_EN}\n
UID:040000008200E00074C5B7101A82E008000000002C5E8A0F4D8BDB01000000000000000010000000F0C6
SUMMARY;LANGUAGE=en-US:Legal Counsel Iberia – conversation with Rui Mendes (Head of Legal Iberia)
DTSTART;TZID=GMT Standard Time:20250320T150000
DTEND;TZID=GMT Standard Time:20250320T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T081930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="thank-you-reminder",
        uid="7m3e0q2a9k1v8n5b4j6c2p0dfs@google.com",
        y=0,
        trap="thank-you-note-reminder",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250322
DTSTAMP:20250320T171200Z
UID:7m3e0q2a9k1v8n5b4j6c2p0dfs@google.com
CREATED:20250320T171150Z
DESCRIPTION:mail corto en inglés a Rui: gracias + mencionar lo del SHA de la filial y que estoy abierta a mudarme a Lisboa antes de septiembre
LAST-MODIFIED:20250320T171150Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mandar thank you email a Rui Mendes (Atlântico)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="flight",
        uid="TAP-PNR-QX7K2M-TP1027-20250403@flytap.com",
        y=0,
        trap="flight-to-final-interview-city",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TAP Air Portugal//Booking//PT
METHOD:PUBLISH
BEGIN:VEVENT
UID:TAP-PNR-QX7K2M-TP1027-20250403@flytap.com
DTSTAMP:20250324T195512Z
DTSTART:20250403T053500Z
DTEND:20250403T065000Z
SUMMARY:Voo TP1027 Madrid (MAD) → Lisboa (LIS)
LOCATION:Madrid Barajas T2
DESCRIPTION:Reserva / Booking: QX7K2M\nPassageiro: CARVAJAL RUIZ/INES MS\nClasse: Economy (Discount)\nBagagem: 1 x 8kg cabine\nCheck-in online disponível 36h antes da partida.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="final-lisboa",
        uid="C4D8A1E2-7F0B-4B93-9E55-2A6F1C3D7B80",
        y=1,
        co="Atlântico Pharma",
        role="Legal Counsel Iberia",
        stage="final",
        iv="Rui Mendes;Catarina Sousa",
        trap="self-typed-final-onsite-lisbon-tz-portuguese",
        ics=rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.2//EN
CALSCALE:GREGORIAN
{TZ_LISBON}
BEGIN:VEVENT
CREATED:20250325T211405Z
UID:C4D8A1E2-7F0B-4B93-9E55-2A6F1C3D7B80
DTEND;TZID=Europe/Lisbon:20250403T130000
TRANSP:OPAQUE
SUMMARY:Entrevista final Atlântico – Lisboa (Rui Mendes + Catarina Sousa\, GC)
LAST-MODIFIED:20250325T211439Z
DTSTAMP:20250325T211439Z
DTSTART;TZID=Europe/Lisbon:20250403T100000
LOCATION:Atlântico Pharma\, Av. da Liberdade 190\, 1250-147 Lisboa
DESCRIPTION:Receção piso 5\, preguntar por Joana. Luego almoço con el equipo (no es entrevista pero cuenta…). Vuelta TP1034 18:55.\nLlevar: presentación 10 min en inglés "first 100 days".
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="headhunter-coffee",
        uid="0u6h2k9d1s4m7b3v8r5q2j0nlc@google.com",
        y=0,
        trap="headhunter-exploratory-no-employer",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250210T090000
DTEND;TZID=Europe/Madrid:20250210T100000
DTSTAMP:20250205T183022Z
ORGANIZER;CN=Borja Quintana:mailto:borja.quintana@verticelegal.es
UID:0u6h2k9d1s4m7b3v8r5q2j0nlc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Borja Quintana;X-NUM-GUESTS=0:mailto:borja.quintana@verticelegal.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Inés\, un placer retomar el contacto. Tomamos un café y me cuentas qué buscas (in-house vs. despacho\, rango\, plazos). Yo te cuento cómo está el mercado de lateral hires en corporate este año y qué procesos tenemos abiertos que podrían encajar.\n\nBorja Quintana\nSocio – Vértice Legal Search\n+34 648 21 70 55
LOCATION:Café Comercial\, Glorieta de Bilbao 7\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Borja Quintana / Inés Carvajal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="boutique-call",
        uid="5p8c3n1x0z7w2q9r6t4y1m3bkd@google.com",
        y=1,
        co="Sagasta & Prado Abogados",
        role="Counsel Mercantil / M&A (vía a socia)",
        stage="recruiter_screen",
        iv="borja.quintana@verticelegal.es",
        trap="legal-boutique-headhunter-names-firm",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250226T191500
DTEND;TZID=Europe/Madrid:20250226T195500
DTSTAMP:20250224T101318Z
ORGANIZER;CN=Borja Quintana:mailto:borja.quintana@verticelegal.es
UID:5p8c3n1x0z7w2q9r6t4y1m3bkd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Borja Quintana;X-NUM-GUESTS=0:mailto:borja.quintana@verticelegal.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Repasamos a fondo la posición de Counsel en Sagasta & Prado (Mercantil/M&A\, con horizonte de socia en 2-3 años): equipo de Gonzalo Prado\, cartera de clientes\, objetivos de facturación y tu encaje. Con esto preparo el informe para los socios.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/pqe-xkwr-hta\n\nÚnete por teléfono\n(ES) +34 932 21 64 97 PIN: 318 442 906#\n\nMás números de teléfono: https://tel.meet/pqe-xkwr-hta?pin=3184429066512\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Inés / Borja – Sagasta & Prado
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="partners-meeting",
        uid="040000008200E00074C5B7101A82E00800000000E8D03B6A9A8CDB01000000000000000010000000D415",
        y=1,
        co="Sagasta & Prado Abogados",
        role="Counsel Mercantil / M&A",
        stage="hiring_manager",
        iv="gprado@sagastaprado.com;mbenito@sagastaprado.com",
        trap="law-firm-partners-meeting-lateral-candidate",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
BEGIN:VEVENT
ORGANIZER;CN="Prado, Gonzalo";SENT-BY="mailto:lnavarro@sagastaprado.com":mailto:gprado@sagastaprado.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Benito, Marta":mailto:mbenito@sagastaprado.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Quintana, Borja":mailto:borja.quintana@verticelegal.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Sala 3 - Almagro":mailto:sala3.almagro@sagastaprado.com
DESCRIPTION;LANGUAGE=es-ES:Inés\, encantados de conocerte. Gonzalo y Marta (socios del área de Mercantil) te esperan en nuestra oficina de Almagro. Borja\, en copia por si quiere acompañar.\n\nLaura Navarro\nAsistente de Dirección\nSagasta & Prado Abogados · C/ Almagro 31 · 28010 Madrid\n
UID:040000008200E00074C5B7101A82E00800000000E8D03B6A9A8CDB01000000000000000010000000D415
SUMMARY;LANGUAGE=es-ES:Reunión Inés Carvajal / socios Mercantil
DTSTART;TZID=Romance Standard Time:20250311T183000
DTEND;TZID=Romance Standard Time:20250311T200000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250305T094147Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala 3 - Almagro
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="comite-socios",
        uid="8D41F0B2-3C9E-4A7D-B6E1-F52A0C8D9E13",
        y=1,
        co="Sagasta & Prado Abogados",
        role="",
        stage="final",
        iv="",
        trap="self-typed-partners-committee-final-round",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T133012Z
DTEND:20250401T140000
DTSTAMP:20250321T133029Z
DTSTART:20250401T123000
LAST-MODIFIED:20250321T133029Z
LOCATION:S&P Almagro 31
SEQUENCE:0
SUMMARY:Comité de socios S&P (última ronda)
DESCRIPTION:5-6 socios\, 20 min presentación mía (business plan\, clientes portables\, cifras realistas!!) + preguntas. Borja dice q Gonzalo ya está convencido\, el q duda es el de Procesal.
UID:8D41F0B2-3C9E-4A7D-B6E1-F52A0C8D9E13
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="mock-interview",
        uid="cal-7Tq2hPz9wK@cal.com",
        y=0,
        trap="mock-interview-english-coach",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-7Tq2hPz9wK@cal.com
DTSTAMP:20250312T120400Z
DTSTART:20250317T183000Z
DTEND:20250317T193000Z
SUMMARY:Mock interview (English) between Sarah Whitfield and Inés Carvajal
DESCRIPTION:What: Mock interview (English) - 60 min\nInvitee Time Zone: Europe/Madrid\nWho:\n- Sarah Whitfield - Organizer\n- Inés Carvajal\n\nAdditional notes: In-house counsel role in Lisbon\, pharma. Interviewer will be Head of Legal Iberia. Please push me on "why leave private practice" and competency questions.\n\nWhere: https://app.cal.com/video/7Tq2hPz9wK\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/7Tq2hPz9wK
LOCATION:https://app.cal.com/video/7Tq2hPz9wK
ORGANIZER;CN=Sarah Whitfield:mailto:sarah@whitfieldcoaching.co.uk
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
