"""holdout217 events, part j: terminal work, personal life, look-alikes (2/2)."""

from holdout217ev_tz import EXCHANGE_ES, MADRID, MADRID_APPLE

EVENTS = [
    {
        "kind": "pre-employment-medical",
        "crlf": True,
        "label": (
            "qp-cita-2025-04-22-VLC-771204@quironprevencion.com", 0, "", "", "", "",
            "pre-employment-medical-names-new-employer",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Quirónprevención//Citas Vigilancia Salud//ES
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:qp-cita-2025-04-22-VLC-771204@quironprevencion.com
DTSTAMP:20250414T110000Z
DTSTART;TZID=Europe/Madrid:20250422T081500
DTEND;TZID=Europe/Madrid:20250422T090000
SUMMARY:Reconocimiento médico - Hapag-Lloyd Spain (previo a incorporación)
LOCATION:Quirónprevención Valencia - C/ Profesor Beltrán Báguena 4
DESCRIPTION:Reconocimiento médico de vigilancia de la salud previo a la in
 corporación\, solicitado por su nueva empresa. Acuda en ayunas (8 h) con
  DNI y muestra de orina de primera hora. Duración aprox. 45 min.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "crlf": False,
        "label": (
            "D2E4F6A8-0B1C-4D3E-8F5A-6B7C8D9E0F12", 0, "", "", "", "",
            "prep-block-case-study-names-company",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250304T193000Z
DTSTAMP:20250304T193012Z
DTSTART;TZID=Europe/Madrid:20250305T190000
DTEND;TZID=Europe/Madrid:20250305T220000
SUMMARY:Preparar caso TIBA - rutas
DESCRIPTION:Montar el Excel de rutas (14 clientes\, ventanas)\, probar so
 lver\, 6-8 slides. Ensayar presentación 20 min en voz alta.
UID:D2E4F6A8-0B1C-4D3E-8F5A-6B7C8D9E0F12
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you-reminder",
        "crlf": True,
        "label": (
            "7lc1q5v9m3kh0fs4bd8tn2ej6r@google.com", 0, "", "", "", "",
            "thank-you-email-reminder-after-final",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250224T180000Z
DTEND:20250224T181500Z
DTSTAMP:20250401T180000Z
UID:7lc1q5v9m3kh0fs4bd8tn2ej6r@google.com
CREATED:20250224T133000Z
DESCRIPTION:Mail corto a Amparo Bellver (Consum): gracias por la entrevist
 a\, recordar lo del proyecto de estancia de contenedores. Copia a Persone
 s.
LAST-MODIFIED:20250224T133000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enviar agradecimiento Consum
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-confidential",
        "crlf": True,
        "label": (
            "2bv6m0q4k8ht1sd5fc9ln3ej7p@google.com", 0, "", "", "", "",
            "agency-call-confidential-retail-client-unnamed",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250318T181500
DTEND;TZID=Europe/Madrid:20250318T184500
DTSTAMP:20250317T101500Z
ORGANIZER;CN=Sara Vidal:mailto:sara.vidal@springspain.com
UID:2bv6m0q4k8ht1sd5fc9ln3ej7p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\, como te comenté por LinkedIn\, te llamo para cont
 arte un proyecto de Demand Planning Manager en una empresa líder del sect
 or retail (proceso confidencial\, te daré el nombre más adelante si encaj
 a). Sara - Spring Professional (Grupo Adecco)
LOCATION:Llamada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sara (Spring Professional) / Irene - Demand Planning Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "labora-ocupacional",
        "crlf": True,
        "label": (
            "labora-cita-46-2025-0042219@labora.gva.es", 0, "", "", "", "",
            "public-employment-service-entrevista-ocupacional",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LABORA Servei Valencià d'Ocupació//Cita Prèvia//VA
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:labora-cita-46-2025-0042219@labora.gva.es
DTSTAMP:20250127T080000Z
DTSTART;TZID=Europe/Madrid:20250131T091000
DTEND;TZID=Europe/Madrid:20250131T094000
SUMMARY:LABORA - Entrevista ocupacional / Entrevista ocupacional
LOCATION:Espai LABORA València-Grau\, C/ Ernesto Anastasio
DESCRIPTION:Servei: Orientació laboral - entrevista ocupacional (mejora de
  empleo). Presenteu DNI/NIE. Per a anul·lar: labora.gva.es
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "epa-survey",
        "crlf": True,
        "label": (
            "AB93C1D5-EPA-2025T1-0046-18821@ine.es", 0, "", "", "", "",
            "survey-interview-ine-labour-force-survey",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Instituto Nacional de Estadística//Citas Encuestas//ES
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:AB93C1D5-EPA-2025T1-0046-18821@ine.es
DTSTAMP:20250210T090000Z
DTSTART;TZID=Europe/Madrid:20250213T200000
DTEND;TZID=Europe/Madrid:20250213T202000
SUMMARY:Entrevista telefónica Encuesta de Población Activa (EPA)
DESCRIPTION:Cita concertada para la entrevista telefónica de la EPA. Un e
 ntrevistador/a del INE llamará al teléfono facilitado. La participación
  es obligatoria y los datos están protegidos por el secreto estadístico.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast-recording",
        "crlf": True,
        "label": (
            "0tc4m8q2vk6hs1bd5fn9lr3ej7@google.com", 0, "", "", "", "",
            "podcast-interview-guest-recording",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250429T180000
DTEND;TZID=Europe/Madrid:20250429T190000
DTSTAMP:20250420T120000Z
ORGANIZER;CN=Moll de Ponent Podcast:mailto:molldeponent.podcast@gmail.com
UID:0tc4m8q2vk6hs1bd5fn9lr3ej7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Grabació de l'entrevista per a l'episodi 38: "Dones al port".
  Parlarem de la teua trajectòria a la terminal i del dia a dia d'una escal
 a. Gravem per Riverside: https://riverside.fm/studio/moll-de-ponent\nAur
 iculars amb cable\, si pots!
LOCATION:https://riverside.fm/studio/moll-de-ponent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista podcast Moll de Ponent - Irene Sanchis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "curso-imdg",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB0100000000000000001000000099EE99EE99EE99EE99EE99EE99EE99EE",
            0, "", "", "", "", "dangerous-goods-training-multiday",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Formación TMC:mailto:formacion@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Curso de reciclaje Código IMDG (enmienda 42-24)
  para personal de planificación y control. Imparte Fundación Valencia
 port. Examen final el segundo día.\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB0100000000000000
 001000000099EE99EE99EE99EE99EE99EE99EE99EE
SUMMARY;LANGUAGE=es-ES:Curso IMDG - mercancías peligrosas (reciclaje)
DTSTART;VALUE=DATE:20250407
DTEND;VALUE=DATE:20250409
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Fundación Valenciaport - Aula 3
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "guardia-finde",
        "crlf": False,
        "label": (
            "a4f8c2e6-guardia-2025w07@tmcvalencia.es", 0, "", "", "", "",
            "weekend-on-call-shift-floating",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TMC Valencia//Cuadrantes Turnos 3.1//ES
BEGIN:VEVENT
UID:a4f8c2e6-guardia-2025w07@tmcvalencia.es
DTSTAMP:20250130T070000Z
DTSTART:20250215T060000
DTEND:20250216T060000
SUMMARY:Guardia planificación - fin de semana (localizable)
DESCRIPTION:Cuadrante febrero. Relevo con V. Ballester domingo 06:00. Móv
 il de guardia: recoger en centro de control.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pif-reefer",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
            0, "", "", "", "", "border-inspection-reefer-meeting",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Irene Sanchis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pif.vale
 ncia@mapa.es:mailto:pif.valencia@mapa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vicente
  Ballester:mailto:vballester@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Coordinación con el Puesto de Control Fronteri
 zo: posicionamiento de reefers para inspección\, conexiones eléctricas en
  la campa de inspección y tiempos de respuesta.\n
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB0100000000000000
 0010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=es-ES:Reunión PCF / inspección reefers
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250226T
 100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250226T11
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Amarre (P2)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "customer-ops-meeting",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2DB0100000000000000001000000012121212343434345656565678787878",
            0, "", "", "", "", "work-meeting-with-shipping-line-customer",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Andrés Company Alberola:mailto:acompany@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pedersen
 , Lars":mailto:Lars.Pedersen@maersk.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rocío Al
 mela:mailto:rocio.almela@maersk.com
DESCRIPTION;LANGUAGE=es-ES:Revisión trimestral con Maersk Line Operations:
  productividad por escala (movs/h)\, cumplimiento de ventanas\, remocione
 s y reefers sin conexión. Irene presenta los KPI de planificación.\n
UID:040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2DB0100000000000000
 001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=es-ES:QBR Maersk - productividad escalas Q1
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250409T
 100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250409T12
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de Consejo / Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "banco-hipoteca",
        "crlf": False,
        "label": (
            "caixabank-cita-20250305-1630-88213@caixabank.es", 0, "", "", "", "",
            "personal-bank-mortgage-appointment",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CaixaBank//CaixaBankNow Citas//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:caixabank-cita-20250305-1630-88213@caixabank.es
DTSTAMP:20250228T110000Z
DTSTART:20250305T153000Z
DTEND:20250305T161500Z
SUMMARY:Cita con tu gestor - Oficina 4417 (València-Natzaret)
DESCRIPTION:Motivo: revisión hipoteca / novación. Gestor: Raúl Esteve.
LOCATION:C/ Mayor de Natzaret 45\, València
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tutoria-escola",
        "crlf": False,
        "label": (
            "0A1B2C3D-4E5F-4061-8273-9485A6B7C8D9", 0, "", "", "", "",
            "personal-school-tutorial-valencian",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250220T203000Z
DTSTAMP:20250220T203010Z
DTSTART;TZID=Europe/Madrid:20250226T165000
DTEND;TZID=Europe/Madrid:20250226T172000
SUMMARY:Tutoria Laia amb la mestra (3r)
LOCATION:CEIP Natzaret
DESCRIPTION:Preguntar per la lectura i l'excursió de maig.
UID:0A1B2C3D-4E5F-4061-8273-9485A6B7C8D9
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "business-english-class",
        "crlf": True,
        "label": (
            "4kd8m2q6vh0bs3ft7cl1ne5rj9@google.com", 0, "", "", "", "",
            "english-class-unit-on-job-interviews-recurring",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250113T191500
DTEND;TZID=Europe/Madrid:20250113T203000
RRULE:FREQ=WEEKLY;WKST=MO;COUNT=12;BYDAY=MO
DTSTAMP:20250108T180000Z
ORGANIZER;CN=Kate Morrison:mailto:kate.morrison.teacher@gmail.com
UID:4kd8m2q6vh0bs3ft7cl1ne5rj9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis.fe
 rrer@gmail.com
DESCRIPTION:Business English (C1) - one-to-one. This term: Unit 7 Negotiat
 ing\, Unit 8 Presentations\, Unit 9 Job interviews & talking about your
  experience. Homework on Google Drive.
LOCATION:https://meet.google.com/kmt-ryev-qwa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Business English - Irene
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "exit-interview",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3DB01000000000000000010000000EEEE1111EEEE2222EEEE3333EEEE4444",
            0, "", "", "", "", "own-exit-interview-current-employer",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Laura Peris Martínez:mailto:lperis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Irene\, como parte del proceso de baja volunta
 ria te cito para la entrevista de salida. Es confidencial y nos ayuda a m
 ejorar. Aprovechamos para firmar el finiquito y devolver tarjeta de acces
 o y EPIs.\n
UID:040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3DB0100000000000000
 0010000000EEEE1111EEEE2222EEEE3333EEEE4444
SUMMARY;LANGUAGE=es-ES:Entrevista de salida - Irene Sanchis Ferrer
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250429T
 120000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250429T13
 0000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250423T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cita-pasaporte",
        "crlf": True,
        "label": (
            "citaprevia-dnie-46-0112-20250219-0930@policia.es", 0, "", "", "", "",
            "official-passport-appointment",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Policía Nacional//Cita Previa DNI-Pasaporte//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:citaprevia-dnie-46-0112-20250219-0930@policia.es
DTSTAMP:20250211T200000Z
DTSTART:20250219T083000Z
DTEND:20250219T084500Z
SUMMARY:Cita previa: Expedición de pasaporte
LOCATION:Comisaría de Policía Valencia-Patraix\, C/ Tres Forques 129
DESCRIPTION:Trámite: Pasaporte. Aporte DNI en vigor\, fotografía reciente
  y justificante de pago de la tasa (modelo 790).
END:VEVENT
END:VCALENDAR
""",
    },
]
