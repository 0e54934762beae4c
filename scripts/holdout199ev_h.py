# ruff: noqa: E501
"""holdout199 events, part h: the trade's own calendar (audits, visits, training, press) and personal life."""

EVENTS = [
    {
        "kind": "auditoria-ifs",
        "label": ("040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB01000000000000000010000000FDS0IFSFOOD00000000000000000B001", 0, "", "", "", "", "ifs-audit-auditor-interviews-staff"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hernández Lax, Ginés":mailto:ghernandez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ros Meseguer, Pedro":mailto:pros@frutasdelsegura.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Auditoría de renovación IFS Food v8 (anunciada). Auditor: D. Luis Carrasco (entidad de certificación).\n\nDía 1: reunión de apertura 8:00\, recorrido por planta\, entrevistas con el personal de línea\, mantenimiento y limpieza (el auditor elegirá a las personas al azar: que todos sepan explicar lavado de manos\, alérgenos y qué hacer si salta el detector de metales)\, revisión documental APPCC.\nDía 2: trazabilidad (ejercicio con un lote de exportación)\, food defense\, cultura de seguridad alimentaria\, reunión de cierre.\n\nLucía: tener preparados registros de limpieza\, verificación del detector y el plan de muestreo ambiental.\n
UID:040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB01000000000000000010000000FDS0IFSFOOD00000000000000000B001
SUMMARY;LANGUAGE=es-ES:AUDITORÍA IFS FOOD v8 - renovación
DTSTART;VALUE=DATE:20250520
DTEND;VALUE=DATE:20250522
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T100500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Planta Molina de Segura
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ventana-brcgs",
        "label": ("1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com", 0, "", "", "", "", "unannounced-audit-window-all-day"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Calidad FDS
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250602
DTEND;VALUE=DATE:20250801
DTSTAMP:20250114T090000Z
UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
CREATED:20250114T090000Z
DESCRIPTION:Ventana de auditoría BRCGS Food Safety NO ANUNCIADA (almacén de
  Cieza). Auditoría en cualquier día laborable. Planta siempre lista: regist
 ros al día\, vestuarios\, control de plagas\, cuarentena.
LAST-MODIFIED:20250114T090000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ventana BRCGS no anunciada (Cieza)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "auditoria-interna",
        "label": ("2D4F6A8C-0E1B-4C3D-9E5F-7A9B1C3D5E7F", 0, "", "", "", "", "internal-haccp-audit-self-typed"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@TZ_MADRID@
BEGIN:VEVENT
CREATED:20250203T170144Z
DTEND;TZID=Europe/Madrid:20250206T140000
DTSTAMP:20250203T170200Z
DTSTART;TZID=Europe/Madrid:20250206T080000
LAST-MODIFIED:20250203T170200Z
SEQUENCE:0
SUMMARY:Aud. interna APPCC - envasado + cámaras
DESCRIPTION:checklist v.4. entrevistar a encargados de turno sobre PCC2 (d
 etector) y registros de T. cámaras. abrir NC si faltan firmas
UID:2D4F6A8C-0E1B-4C3D-9E5F-7A9B1C3D5E7F
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visita-proveedor",
        "label": ("040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000FDS0PROVEEDOR0000000000000B004", 0, "", "", "", "", "supplier-approval-visit"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Juan Antonio Vera:mailto:javera@cartonajesvega.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sánchez López, Mari Carmen":mailto:mcsanchez@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Visita de homologación a Cartonajes Vega (nuevo proveedor de cajas para exportación). Revisar: certificado BRCGS Packaging\, control de plagas\, tintas de contacto indirecto\, trazabilidad de bobinas\, gestión de vidrio y plásticos duros. Mari Carmen (Compras) viene si puede.\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000FDS0PROVEEDOR0000000000000B004
SUMMARY;LANGUAGE=es-ES:Visita homologación proveedor - Cartonajes Vega (Alcantarilla)
DTSTART;TZID=Europe/Madrid:20250219T093000
DTEND;TZID=Europe/Madrid:20250219T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T112233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Cartonajes Vega\, Pol. Ind. Oeste\, Alcantarilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "formacion-operarios",
        "label": ("040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000FDS0FORMACION0000000000000B005", 0, "", "", "", "", "line-worker-hygiene-training-she-gives"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Encargados Turno Tarde":mailto:encargados.tarde@frutasdelsegura.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MOL - Sala Formación":mailto:mol-salaformacion@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Formación anual en buenas prácticas de manipulación e higiene (manipulador de alimentos) para el turno de tarde\, grupo 2 (nuevas incorporaciones de campaña incluidas). Alérgenos\, cuerpos extraños\, lavado de manos\, uso de guantes. Hoja de firmas + test final de 10 preguntas.\n
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000FDS0FORMACION0000000000000B005
SUMMARY;LANGUAGE=es-ES:Formación BPM / manipulador - turno tarde (grupo 2)
DTSTART;TZID=Europe/Madrid:20250227T150000
DTEND;TZID=Europe/Madrid:20250227T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T090301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MOL - Sala Formación
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-tv",
        "label": ("040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB01000000000000000010000000FDS0LA7TV000000000000000000B006", 0, "", "", "", "", "tv-news-interview-about-product-recall"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Comunicación Frutas del Segura":mailto:comunicacion@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sonia Ferrández (La 7 Informativos):mailto:sferrandez@la7tv.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista para Informativos La 7 (Región de Murcia) sobre la retirada preventiva del lote L2503 de zumo de mandarina (posible presencia de fragmentos de vidrio). Graban en la entrada de la planta y en el laboratorio. Lucía explica el procedimiento de retirada y la trazabilidad\; Antonio hace las declaraciones institucionales.\n\nMensajes clave y argumentario en el documento adjunto. No dar cifras de unidades afectadas.\n
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB01000000000000000010000000FDS0LA7TV000000000000000000B006
SUMMARY;LANGUAGE=es-ES:Entrevista La 7 TV - retirada lote L2503
DTSTART;TZID=Europe/Madrid:20250318T120000
DTEND;TZID=Europe/Madrid:20250318T130000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250317T191500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Entrada principal / laboratorio
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "padel",
        "label": ("0p1a2d3e4l5m6a7r8t9e0s1x2y@google.com", 0, "", "", "", "", "personal-padel-recurring-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:luciamartin.calidad@gmail.com
X-WR-TIMEZONE:Europe/Madrid
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250204T200000
DTEND;TZID=Europe/Madrid:20250204T213000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624T185959Z
DTSTAMP:20250301T100000Z
UID:0p1a2d3e4l5m6a7r8t9e0s1x2y@google.com
CREATED:20250128T200000Z
DESCRIPTION:pista 4. Bea\, Carmen y Rocío. traer bolas nuevas cuando toque
LAST-MODIFIED:20250128T200000Z
LOCATION:Club de Pádel Molina\, Av. de Levante
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pádel 🎾
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250311T210000
DTEND;TZID=Europe/Madrid:20250311T223000
DTSTAMP:20250301T100000Z
UID:0p1a2d3e4l5m6a7r8t9e0s1x2y@google.com
RECURRENCE-ID;TZID=Europe/Madrid:20250311T200000
CREATED:20250128T200000Z
DESCRIPTION:cambiada a las 21h\, pista 2 (torneo en la 4)
LAST-MODIFIED:20250301T100000Z
LOCATION:Club de Pádel Molina\, Av. de Levante
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Pádel 🎾
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mama-centro-salud",
        "label": ("7A1B3C5D-9E2F-4A6B-8C0D-2E4F6A8B0C1D", 0, "", "", "", "", "mother-health-centre-appointment"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250218T084010Z
DTEND:20250221T094500
DTSTAMP:20250218T084022Z
DTSTART:20250221T091500
LAST-MODIFIED:20250218T084022Z
SEQUENCE:0
SUMMARY:Mamá - enfermera CS (sintrom)
DESCRIPTION:llevar la libreta del sintrom y la tarjeta sanitaria. luego fa
 rmacia
LOCATION:Centro de Salud Molina-Jesús Marín
UID:7A1B3C5D-9E2F-4A6B-8C0D-2E4F6A8B0C1D
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cita-dni",
        "label": ("citaprevia-dnie-20250314-1030-MU0412@policia.es", 0, "", "", "", "", "dni-renewal-cita-previa"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Policia Nacional//Cita Previa DNI//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:citaprevia-dnie-20250314-1030-MU0412@policia.es
DTSTAMP:20250227T201133Z
DTSTART:20250314T093000Z
DTEND:20250314T094500Z
SUMMARY:Cita previa DNI / Pasaporte - Renovación DNI
LOCATION:Comisaría de Policía Nacional de Molina de Segura\, C/ Dr. Fleming s/n
DESCRIPTION:Localizador: MU0412-7731\nTrámite: Renovación DNI\nDocumentación: DNI anterior\, 1 fotografía reciente en color\, tasa (12 €) o pago en la oficina.\nPor favor\, acuda con 10 minutos de antelación.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gestoria",
        "label": ("6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com", 0, "", "", "", "", "gestoria-tax-return"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250430T153000Z
DTEND:20250430T161500Z
DTSTAMP:20250422T122000Z
UID:6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com
DESCRIPTION:renta 2024 + lo del piso de mamá. llevar certificado retencion
 es\, recibos IBI\, donativos
LOCATION:Gestoría Abellán\, C/ Mayor 12\, Molina de Segura
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gestoría (renta)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar-entrevista",
        "label": ("zoomwebinar-89127733015-reg-4471@zoom.us", 0, "", "", "", "", "webinar-about-competency-interviews"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250203T120000Z
DTSTART:20250213T170000Z
DTEND:20250213T180000Z
SUMMARY:Webinar InfoJobs: Cómo superar una entrevista por competencias
UID:zoomwebinar-89127733015-reg-4471@zoom.us
DESCRIPTION:Hola Lucía Martín Ortega\,\n\nGracias por inscribirte en "Cómo superar una entrevista por competencias (método STAR)". Puedes unirte desde un PC\, Mac\, iPad o Android:\nhttps://us06web.zoom.us/w/89127733015?tk=Xb3\n\nContraseña: 442190\n\nEl webinar quedará grabado para las personas inscritas.
LOCATION:https://us06web.zoom.us/w/89127733015?tk=Xb3
ORGANIZER;CN=InfoJobs Academy:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-tfm",
        "label": ("5t6y7u8i9o0p1q2w3e4r5t6y7u@google.com", 0, "", "", "", "", "research-interview-for-masters-thesis"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250408T170000
DTEND;TZID=Europe/Madrid:20250408T174500
DTSTAMP:20250401T201010Z
ORGANIZER;CN=Alba Pardo:mailto:alba.pardo2@um.es
UID:5t6y7u8i9o0p1q2w3e4r5t6y7u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hola Lucía\, muchas gracias por aceptar participar en mi TFM (M
 áster en Seguridad Alimentaria\, UMU) sobre "Cultura de seguridad alimenta
 ria en la industria hortofrutícola de la Región de Murcia". Será una entre
 vista semiestructurada de unos 40 minutos\, grabada solo en audio y anonim
 izada. Te adjunto el consentimiento informado.\n\nMeet: https://meet.googl
 e.com/tfm-alba-cul
LOCATION:https://meet.google.com/tfm-alba-cul
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista TFM - cultura de seguridad alimentaria (Alba Pardo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "label": ("riverside-rec-2b7f9e1c@riverside.fm", 0, "", "", "", "", "podcast-guest-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-2b7f9e1c@riverside.fm
DTSTAMP:20250410T094001Z
DTSTART:20250429T163000Z
DTEND:20250429T173000Z
SUMMARY:Grabación podcast "Del Campo a la Mesa" - invitada: Lucía Martín
ORGANIZER;CN=Dani Gómez:mailto:hola@delcampoalamesa.fm
ATTENDEE;CN=Lucía Martín;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:¡Hola Lucía! Te entrevistamos para el episodio 58 sobre "Listeria: el enemigo silencioso de la industria". Usa auriculares con cable y\, si puedes\, un micro externo. Enlace al estudio: https://riverside.fm/studio/del-campo-a-la-mesa?t=2b7f9e1c
LOCATION:https://riverside.fm/studio/del-campo-a-la-mesa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "evaluacion-desempeno",
        "label": ("040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB01000000000000000010000000FDS0EVALDESEMP0000000000000B014", 0, "", "", "", "", "own-performance-review-entrevista-de-evaluacion"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, como cada año\, nuestra entrevista de evaluación del desempeño 2024 y objetivos 2025. Trae rellena tu autoevaluación del portal del empleado.\n\nAntonio\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB01000000000000000010000000FDS0EVALDESEMP0000000000000B014
SUMMARY;LANGUAGE=es-ES:Entrevista de evaluación del desempeño 2024 - Lucía Martín
DTSTART;TZID=Europe/Madrid:20250204T100000
DTEND;TZID=Europe/Madrid:20250204T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250128T080808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección de Calidad
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
