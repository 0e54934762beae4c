"""holdout211 events, part i: more of the user on the hiring side (blind split, CC0 1.0)."""

from holdout211ev_tz import MADRID_GOOGLE, MADRID_PLAIN, W_EUROPE

EVENTS = [
    dict(
        kind="comite-contratacion",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F60718DB0100000000"
        "0000000010000000112233445566778899AABBCCDDEEFF00",
        iv=0, trap="user-as-interviewer-hiring-committee",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Moreno Vega, Inmaculada";SENT-BY="mailto:asistente.rrhh@aero
 estructuras-sur.es":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sánchez
  Rubio, Ángel (Dir. Producción)":mailto:asanchez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jiménez
  Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castillo
  Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SVQ-Edif. Ofic
 inas-Sala Giralda":mailto:sala.giralda@aeroestructuras-sur.es
DESCRIPTION;LANGUAGE=es-ES:Comité de contratación para validar los finalis
 tas de las 2 vacantes de técnico B1 (Req. 2211). Rubén asiste como evaluad
 or técnico del panel. Se revisarán valoraciones\, referencias y propuesta
  económica.\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F60718DB01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=es-ES:Comité de contratación - Técnicos B1 (Req. 2211)
DTSTART;TZID=W. Europe Standard Time:20250219T100000
DTEND;TZID=W. Europe Standard Time:20250219T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T084000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SVQ-Edif. Oficinas-Sala Giralda
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="formacion-entrevistadores", uid="aes-lms-curso-ent-comp-2025-02@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-interviewer-training-course",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cornerstone OnDemand//Learning//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-lms-curso-ent-comp-2025-02@aeroestructuras-sur.es
DTSTAMP:20250120T070000Z
DTSTART;TZID=Europe/Madrid:20250129T090000
DTEND;TZID=Europe/Madrid:20250129T133000
SUMMARY:Formación: La entrevista de selección por competencias (mandos inte
 rmedios y evaluadores técnicos)
DESCRIPTION:Ha sido inscrito en la sesión presencial.\n\nObjetivos: prepar
 ar y conducir entrevistas de selección\, preguntas conductuales (STAR)\, se
 sgos del entrevistador\, uso de la hoja de valoración y del módulo de entr
 evistas de SuccessFactors.\n\nFormadora: Inmaculada Moreno (RRHH)\nAula 2
  - Edificio de Formación
LOCATION:Aula 2 - Edificio de Formación
ORGANIZER;CN=Formación Aeroestructuras del Sur:mailto:formacion@aeroestructuras-sur.es
ATTENDEE;CN=Rubén Castillo Navarro;RSVP=TRUE:mailto:rcastillo@aeroestructuras-sur.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="english-technical-panel", uid="aes-teams-b2-intv-treid-0415@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-english-technical-interview-candidate-gmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-teams-b2-intv-treid-0415@aeroestructuras-sur.es
DTSTAMP:20250409T150000Z
DTSTART;TZID=Europe/Madrid:20250415T110000
DTEND;TZID=Europe/Madrid:20250415T120000
SUMMARY:Technical interview - B2 Avionics Technician - Tom Reid
ORGANIZER;CN="Moreno Vega, Inmaculada":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Tom Reid:mailto:tomreid.avionics@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
DESCRIPTION:Dear Tom\,\n\nThank you for your interest in Aeroestructuras del
  Sur. Please join us for a technical interview for the B2 Avionics Technici
 an position with Francisco Jiménez (Shift Supervisor) and Rubén Castillo (B1
  Technician). The interview will be in English.\n\nRubén\, Paco: you cover
  wiring/EWIS and test equipment\; CV in SF.\n\nMicrosoft Teams meeting\nMeet
 ing ID: 366 004 912 537\nPasscode: Tr8kQ2
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="feedback-reminder", uid="1e8b0a4c7d9f2e3a5b6c@google.com",
        iv=0, trap="user-as-interviewer-feedback-reminder",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250416T080000
DTEND;TZID=Europe/Madrid:20250416T081500
DTSTAMP:20250415T164500Z
UID:1e8b0a4c7d9f2e3a5b6c@google.com
DESCRIPTION:Feedback del inglés: Tom Reid - EWIS muy bien\, no conoce Part
 -145 europeo (viene de UK post-Brexit\, licencia UK CAA). Recomendar 2ª ent
 revista. Mandar a Inma.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:feedback Tom R. a RRHH
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="dinamica-observadores", uid="aes-seleccion-dinamica-aprendices-2025@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-group-dynamic-observer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-seleccion-dinamica-aprendices-2025@aeroestructuras-sur.es
DTSTAMP:20250407T103000Z
DTSTART;TZID=Europe/Madrid:20250423T160000
DTEND;TZID=Europe/Madrid:20250423T180000
SUMMARY:Dinámica de grupo - proceso aprendices 2025 (observadores)
ORGANIZER;CN="Moreno Vega, Inmaculada":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ramos Gil, Antonio":mailto:aramos@aeroestructuras-sur.es
DESCRIPTION:12 candidatos en 2 grupos. Caso: planificar una inspección con
  herramienta que falta y un AOG. Cada observador puntúa a 3 candidatos (tra
 bajo en equipo\, comunicación\, seguridad). No intervenir durante la diná
 mica. Hojas de observación en la sala.
LOCATION:Aula 1 - Edificio de Formación
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="visita-ies-seleccion", uid="F2A1B0C9-D8E7-4F65-A4B3-C2D1E0F9A8B7",
        iv=0, trap="user-as-interviewer-school-selection-visit",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F2A1B0C9-D8E7-4F65-A4B3-C2D1E0F9A8B7
DTSTAMP:20250115T093000Z
DTSTART;TZID=Europe/Madrid:20250121T100000
DTEND;TZID=Europe/Madrid:20250121T133000
SUMMARY:IES Carlos Haya - selección alumnos FP dual (con Paco)
LOCATION:IES Carlos Haya\, Sevilla
DESCRIPTION:Charla 20 min a los de 1º y luego entrevistas cortas a los que
  quieran. Llevar hojas de valoración y folletos. Coche de empresa (pedir ll
 ave a Antonio).
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
"""),
    dict(
        kind="shadowing-entrevistas", uid="A7B6C5D4-E3F2-4A1B-9C8D-7E6F5A4B3C2D",
        iv=0, trap="user-as-interviewer-shadowing-supervisor",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7B6C5D4-E3F2-4A1B-9C8D-7E6F5A4B3C2D
DTSTAMP:20250108T201500Z
DTSTART:20250114T090000
DTEND:20250114T120000
SUMMARY:De oyente en las entrevistas de Paco (B1 externos)
DESCRIPTION:Paco quiere que vea cómo las hace antes de hacer yo las de FP.
  Solo escuchar y tomar notas\, al final le digo qué preguntaría yo.
LOCATION:Sala Formación Nave 3
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="vigilancia-examen", uid="aes-examen-escrito-cand-0320@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-written-test-invigilator",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-examen-escrito-cand-0320@aeroestructuras-sur.es
DTSTAMP:20250314T080000Z
DTSTART;TZID=Europe/Madrid:20250320T090000
DTEND;TZID=Europe/Madrid:20250320T110000
SUMMARY:Examen escrito candidatos (técnicos de mantenimiento) - vigilancia y
  corrección
ORGANIZER;CN="Moreno Vega, Inmaculada":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:Rubén: vigilas el examen tipo test (40 preguntas módulos 6 y 7
 ) de los 9 candidatos externos y luego lo corriges con la plantilla. Los r
 esultados a RRHH antes de las 14h para convocar a la práctica.
LOCATION:Aula 2 - Edificio de Formación
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="llamar-candidato-elegido", uid="7q2w9e4r1t6y3u8i5o0p@google.com",
        iv=0, trap="user-as-interviewer-candidate-followup-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250310T074500Z
DTEND:20250310T080000Z
DTSTAMP:20250307T171000Z
UID:7q2w9e4r1t6y3u8i5o0p@google.com
DESCRIPTION:Aitana (FP dual) - confirmarle que entra el 1/4\, turno de mañan
 a\, talla EPIs y botas. Paco ya habló con el IES.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamar a Aitana (aprendiz nueva)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="segunda-vuelta-candidato", uid="aes-sf-2211-2ndround-jcano@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-second-round-chair",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-sf-2211-2ndround-jcano@aeroestructuras-sur.es
DTSTAMP:20250211T090000Z
DTSTART;TZID=Europe/Madrid:20250217T160000
DTEND;TZID=Europe/Madrid:20250217T170000
SUMMARY:2ª entrevista Juan Cano (B1) - conduce Rubén
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Juan Cano Merino:mailto:juancano.b1@outlook.es
DESCRIPTION:Rubén\, esta la llevas tú (yo estoy en la auditoría). Casos prá
 cticos de task cards y un par de preguntas de factores humanos. Rellena la
  valoración en SF.\n\nPaco
LOCATION:Sala Formación Nave 3
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
