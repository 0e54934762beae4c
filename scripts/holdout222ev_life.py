"""holdout222 events, part 7: the ward's everyday calendar and Rocío's personal life (all negatives).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import MADRID, ROMANCE

EVENTS = [
    (
        "shift-rota",
        "turnos-m-2025-jun-rdm@rocio-android",
        0, "", "", "", "", "recurring-morning-shift-with-override",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Turnos
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250602T080000
DTEND;TZID=Europe/Madrid:20250602T150000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE;COUNT=9
EXDATE;TZID=Europe/Madrid:20250603T080000,20250604T080000
DTSTAMP:20250526T100000Z
UID:turnos-m-2025-jun-rdm@rocio-android
SUMMARY:M (turno de mañana) Cirugía 4ª
DESCRIPTION:Relevo 7:50. 3 y 4 no: OSCE en Derry (asuntos propios)
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250609T150000
DTEND;TZID=Europe/Madrid:20250609T220000
DTSTAMP:20250601T120000Z
UID:turnos-m-2025-jun-rdm@rocio-android
RECURRENCE-ID;TZID=Europe/Madrid:20250609T080000
SUMMARY:T (cambio con Lola - tarde)
SEQUENCE:1
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "all-day",
        "20250319-noche-saliente@rocio-android",
        0, "", "", "", "", "night-shift-and-saliente-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250319-noche-saliente@rocio-android
DTSTAMP:20250301T090000Z
DTSTART;VALUE=DATE:20250319
DTEND;VALUE=DATE:20250321
SUMMARY:N + saliente
DESCRIPTION:noche del 19\, saliente el 20. NO quedar con nadie el 20 por la
  mañana
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "all-day",
        "B2C3D4E5-F607-4819-A2B3-C4D5E6F70819",
        0, "", "", "", "", "libranza-day-off",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B2C3D4E5-F607-4819-A2B3-C4D5E6F70819
DTSTAMP:20250305T090000Z
DTSTART;VALUE=DATE:20250324
DTEND;VALUE=DATE:20250326
SUMMARY:Libranza 🙌
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DB0100000000000000001000000031",
        0, "", "", "", "", "handover-training-internal",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vega Castro, Dolores":mailto:dolores.vega@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personal E
 nfermería Cirugía 4ª":mailto:enfermeria.cirugia4@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Revisamos cómo hacemos el relevo a pie de cama (
 SBAR) y la nueva hoja de registro de drenajes. 20 minutos antes del pase de
  turno de las 15h. Imprescindible turno de mañana y tarde.\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DB01000000000000000
 01000000031
SUMMARY;LANGUAGE=es-ES:Relevo de turno SBAR + nueva hoja drenajes
DTSTART;TZID=Romance Standard Time:20250402T143000
DTEND;TZID=Romance Standard Time:20250402T150000
DTSTAMP:20250327T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Control de enfermería 4ª
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "sesion-clinica",
        "sesion-clinica-cir-20250424@sspa-hvirgen.es",
        0, "", "", "", "", "sesion-clinica-internal-teaching",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:sesion-clinica-cir-20250424@sspa-hvirgen.es
DTSTAMP:20250415T090000Z
DTSTART;TZID="Romance Standard Time":20250424T083000
DTEND;TZID="Romance Standard Time":20250424T093000
SUMMARY:Sesión clínica: manejo del drenaje torácico y de la ileostomía de a
 lto débito
ORGANIZER;CN="Unidad de Formación Continuada":mailto:formacion@sspa-hvirgen.es
ATTENDEE;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
LOCATION:Salón de actos - Pabellón de Gobierno
DESCRIPTION:Ponentes: Rocío Delgado Marín y Manuel Vázquez León (enfermería\,
  Cirugía General). Acreditada por la ACSA (0\,2 créditos).
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "union-meeting",
        "3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com",
        0, "", "", "", "", "union-assembly-staffing",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T153000
DTEND;TZID=Europe/Madrid:20250415T170000
DTSTAMP:20250409T131300Z
ORGANIZER;CN=SATSE Sevilla - Sección Sindical HU:mailto:satse.hu.sevilla@gma
 il.com
UID:3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Asamblea de delegados y afiliadas: plantilla de verano\, cierre
  de camas\, ratios enfermera/paciente en Cirugía y Traumatología. Trae tus
  cuadrantes.
LOCATION:Salón de actos\, Hospital General
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Asamblea SATSE - plantilla verano y ratios
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "tv-interview",
        "1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B",
        0, "", "", "", "", "press-local-tv-interview-staff-shortage",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
""" + MADRID + r"""BEGIN:VEVENT
UID:1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B
DTSTAMP:20250522T190000Z
DTSTART;TZID=Europe/Madrid:20250527T121500
DTEND;TZID=Europe/Madrid:20250527T130000
SUMMARY:Entrevista Canal Sur TV - falta de enfermeras en verano
LOCATION:Puerta principal del hospital
DESCRIPTION:Periodista: Elena Marín (Canal Sur Noticias). Grabación 3-4 min
  para el informativo de las 14:30. Lo ha autorizado Comunicación. Hablar de
  ratios\, contratos de días sueltos y por qué nos vamos fuera. Ir sin el p
 ijama del hospital!
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "birthday",
        "cumple-abuela-carmen@rocio-android",
        0, "", "", "", "", "yearly-grandmother-birthday",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:cumple-abuela-carmen@rocio-android
DTSTAMP:20200114T100000Z
DTSTART;VALUE=DATE:20200416
DTEND;VALUE=DATE:20200417
RRULE:FREQ=YEARLY
SUMMARY:Cumple abuela Carmen 🎂
DESCRIPTION:comida en casa de la tita en Dos Hermanas
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dentist",
        "cita-7731902@doctoralia.es",
        0, "", "", "", "", "dentist-appointment-booking-platform",
        """BEGIN:VCALENDAR
PRODID:-//Doctoralia//Citas//ES
VERSION:2.0
METHOD:PUBLISH
""" + MADRID + r"""BEGIN:VEVENT
UID:cita-7731902@doctoralia.es
DTSTAMP:20250225T200000Z
DTSTART;TZID=Europe/Madrid:20250306T171500
DTEND;TZID=Europe/Madrid:20250306T174500
SUMMARY:Cita: Clínica Dental Nervión - Dra. Ana Pozo (revisión y limpieza)
LOCATION:Av. Luis de Morales 12\, Sevilla
DESCRIPTION:Tu cita ha sido confirmada. Si no puedes acudir\, cancela con 24
  h de antelación desde la app.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "cita-previa",
        "dgt-cp-SE-20250423-4471@dgt.es",
        0, "", "", "", "", "dgt-cita-previa-official",
        r"""BEGIN:VCALENDAR
PRODID:-//DGT//Cita Previa//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:dgt-cp-SE-20250423-4471@dgt.es
DTSTAMP:20250408T112500Z
DTSTART:20250423T083000Z
DTEND:20250423T084500Z
SUMMARY:Cita previa DGT - Jefatura Provincial de Tráfico de Sevilla
LOCATION:Avda. de Grecia s/n\, Sevilla
DESCRIPTION:Trámite: Duplicado / renovación del permiso de conducción.\nLoca
 lizador: SE-4471-PQ\nDeberá presentar DNI y fotografía reciente.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "pilates",
        "7C8D9E0F-1A2B-4C3D-9E4F-5A6B7C8D9E0F",
        0, "", "", "", "", "weekly-pilates-with-exdate",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
""" + MADRID + r"""BEGIN:VEVENT
UID:7C8D9E0F-1A2B-4C3D-9E4F-5A6B7C8D9E0F
DTSTAMP:20250110T180000Z
DTSTART;TZID=Europe/Madrid:20250113T183000
DTEND;TZID=Europe/Madrid:20250113T193000
RRULE:FREQ=WEEKLY;BYDAY=MO,TH
EXDATE;TZID=Europe/Madrid:20250310T183000,20250508T183000
SUMMARY:Pilates 🧘‍♀️
LOCATION:Studio Alameda
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "all-day",
        "feria-abril-2025@rocio-android",
        0, "", "", "", "", "feria-de-abril-multi-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:feria-abril-2025@rocio-android
DTSTAMP:20250115T120000Z
DTSTART;VALUE=DATE:20250504
DTEND;VALUE=DATE:20250511
SUMMARY:FERIA 💃
DESCRIPTION:Caseta de los primos (calle Pascual Márquez). Pedí libranza jue
 ves y viernes
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "training",
        "ieda-rcp-avanzada-2025-ed3@sspa-hvirgen.es",
        0, "", "", "", "", "mandatory-training-course",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:ieda-rcp-avanzada-2025-ed3@sspa-hvirgen.es
DTSTAMP:20250212T100000Z
DTSTART;TZID="Romance Standard Time":20250220T160000
DTEND;TZID="Romance Standard Time":20250220T210000
SUMMARY:Curso Soporte Vital Avanzado (3ª ed.) - sesión práctica
ORGANIZER;CN="Unidad de Formación Continuada":mailto:formacion@sspa-hvirgen.es
ATTENDEE;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
LOCATION:Centro de Simulación - Edificio de Docencia
DESCRIPTION:Parte presencial: megacódigos y evaluación práctica. Ropa cómoda
 .
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DB0100000000000000001000000044",
        0, "", "", "", "", "own-performance-appraisal-interview",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vega Castro, Dolores":mailto:dolores.vega@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delgado M
 arín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista individual de Evaluación del Desempeño
  Profesional (EDP) 2024 y acuerdo de objetivos 2025 (contrato programa de
 la unidad). Trae tu autoevaluación.\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DB01000000000000000
 01000000044
SUMMARY;LANGUAGE=es-ES:Entrevista EDP - Rocío Delgado
DTSTART;TZID=Romance Standard Time:20250313T133000
DTEND;TZID=Romance Standard Time:20250313T141500
DTSTAMP:20250306T101010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Supervisión 4ª
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reference-call",
        "20250317T201500Z-ref-javi@rocio-android",
        0, "", "", "", "", "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250317T201500Z-ref-javi@rocio-android
DTSTAMP:20250317T201500Z
DTSTART:20250319T100000Z
DTEND:20250319T101500Z
SUMMARY:Me llaman de HCA por Javi (soy su referencia)
DESCRIPTION:Javi Romero (compañero de la 4ª) ha hecho entrevista en Londres
 y me ha puesto de referee. Hablar bien de él :) Llaman desde UK = 12h aquí
  es 11h allí
END:VEVENT
END:VCALENDAR
""",
    ),
]
