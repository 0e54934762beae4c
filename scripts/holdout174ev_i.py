"""holdout174 events, part i: the hospital pharmacist's everyday calendar (negatives, written blind)."""

from holdout174ev_tz import MADRID_GOOGLE, ROMANCE

NEG = (0, "", "", "", "")

EVENTS = [
    {
        "kind": "cft-recurring",
        "uid": "040000008200E00074C5B7101A82E00800000000CFT2025MENSUAL00000000000001000000COMIS",
        "label": (*NEG, "pharmacy-committee-monthly-with-override"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Secretaría Comisión de Farmacia y Terapéutica":mailto:cft@g
 va-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrer Soler
 , Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peris Andreu
 , Ramón":mailto:peris_ram@gva-hospital.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala J
 untas Dirección (Pl. 0)":mailto:sala.direccion@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Orden del día en la intranet. Solicitudes de in
 clusión en la Guía Farmacoterapéutica\, protocolos de uso restringido\, in
 formes de evaluación (GÉNESIS).\n
UID:040000008200E00074C5B7101A82E00800000000CFT2025MENSUAL0000000000000100
 0000COMIS
SUMMARY;LANGUAGE=es-ES:Comisión de Farmacia y Terapéutica
DTSTART;TZID=Romance Standard Time:20251015T143000
DTEND;TZID=Romance Standard Time:20251015T160000
RRULE:FREQ=MONTHLY;BYDAY=3WE;UNTIL=20260630T123000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Juntas Dirección (Pl. 0)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Secretaría Comisión de Farmacia y Terapéutica":mailto:cft@g
 va-hospital.es
UID:040000008200E00074C5B7101A82E00800000000CFT2025MENSUAL0000000000000100
 0000COMIS
RECURRENCE-ID;TZID=Romance Standard Time:20251217T143000
SUMMARY;LANGUAGE=es-ES:Comisión de Farmacia y Terapéutica (EXTRAORDINARIA –
  biosimilares)
DTSTART;TZID=Romance Standard Time:20251218T130000
DTEND;TZID=Romance Standard Time:20251218T150000
DTSTAMP:20251201T100000Z
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Salón de actos
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tumour-board",
        "uid": "040000008200E00074C5B7101A82E00800000000CTDIGEST2025000000000000000001000000ONCO",
        "label": (*NEG, "weekly-tumour-board"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Oncología Médica - Secretaría":mailto:onco_secretaria@gva-h
 ospital.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrer Soler
 , Lucía":mailto:ferrer_luc@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Comité multidisciplinar de tumores digestivos.
  Los casos se cargan en la plataforma hasta el lunes a las 14h.\n
UID:040000008200E00074C5B7101A82E00800000000CTDIGEST20250000000000000000010
 00000ONCO
SUMMARY;LANGUAGE=es-ES:Comité de Tumores Digestivos
DTSTART;TZID=Romance Standard Time:20250930T083000
DTEND;TZID=Romance Standard Time:20250930T093000
RRULE:FREQ=WEEKLY;BYDAY=TU
CLASS:PUBLIC
DTSTAMP:20250901T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Aula 3 Oncología / Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visita-medica",
        "uid": "A6B1C9D2-5E70-4F81-92A3-VISITANVS",
        "label": (*NEG, "pharma-rep-visit-from-interviewing-company"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A6B1C9D2-5E70-4F81-92A3-VISITANVS
DTSTAMP:20251020T100000Z
DTSTART:20251028T133000
DTEND:20251028T140000
SUMMARY:Visita médica Novartis (Begoña) - ribociclib\, nuevo protocolo
DESCRIPTION:viene la delegada de hospital. que traiga datos de coste/pacie
 nte para el informe CFT. NO hablar del proceso MSL!!
LOCATION:despacho farmacia onco
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "msl-meeting",
        "uid": "7t5q0v1a3c2e9m6k8r4s_rochemsl@google.com",
        "label": (*NEG, "meeting-an-msl-as-hospital-pharmacist"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251209T140000
DTEND;TZID=Europe/Madrid:20251209T144500
DTSTAMP:20251202T120000Z
ORGANIZER;CN=Pilar Tormo:mailto:pilar.tormo@roche.com
UID:7t5q0v1a3c2e9m6k8r4s_rochemsl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pilar Tormo;X-NUM-GUESTS=0:mailto:pilar.tormo@roche.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=ferrer_luc@gva-hospital.es;X-NUM-GUESTS=0:mailto:ferrer_luc@gva-hospi
 tal.es
DESCRIPTION:Hola Lucía\, como te comenté\, te presento los datos actualiza
 dos de glofitamab en LDCBG R/R y el programa de manejo del SLC para farma
 cia. Intercambio científico\, sin fines promocionales.\n\nPilar Tormo – M
 edical Science Liaison Hematología\, Roche Farma
LOCATION:Servicio de Farmacia\, planta -1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión científica Roche MSL – glofitamab / manejo SLC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "patient-interview",
        "uid": "citaweb-fpe-20251106-0930-7781234@gva-hospital.es",
        "label": (*NEG, "outpatient-clinical-interview"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Conselleria de Sanitat//Agenda Consultas Externas//ES
VERSION:2.0
METHOD:PUBLISH
{MADRID_GOOGLE}BEGIN:VEVENT
UID:citaweb-fpe-20251106-0930-7781234@gva-hospital.es
DTSTAMP:20251030T070000Z
DTSTART;TZID=Europe/Madrid:20251106T093000
DTEND;TZID=Europe/Madrid:20251106T100000
SUMMARY:CONSULTA ATENCIÓN FARMACÉUTICA - 1ª visita - entrevista clínica (S
 IP 7781234)
DESCRIPTION:Agenda: FAR-PEXT-FERRER. Prestación: Primera entrevista farmac
 éutica inicio tratamiento (abemaciclib). Paciente derivado por Oncología.
  Revisar interacciones y adherencia.
LOCATION:Consulta 4 – Farmacia Pacientes Externos
ORGANIZER;CN=Agenda Consultas Externas:mailto:agenda_ccee@gva-hospital.es
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "conciliacion",
        "uid": "E19A2F64-0B7D-4C3E-9A58-CONCIL6B",
        "label": (*NEG, "medication-reconciliation-interview-on-ward"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E19A2F64-0B7D-4C3E-9A58-CONCIL6B
DTSTAMP:20251112T071500Z
DTSTART:20251112T120000
DTEND:20251112T130000
SUMMARY:Entrevistas de conciliación ingreso - 6ªB (3 pacientes)
DESCRIPTION:cama 612 (polimedicado\, 14 fcos)\, 618\, 621. llevar hoja de
  conciliación y mirar receta electrónica antes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "validation-shift",
        "uid": "turnos-farmacia-2025-12-lferrer-valid-tarde@gva-hospital.es",
        "label": (*NEG, "prescription-validation-shift-rota"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Servicio de Farmacia//Planilla Turnos 3.1//ES
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Turnos Farmacia - L. Ferrer
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
UID:turnos-farmacia-2025-12-lferrer-valid-tarde@gva-hospital.es
DTSTAMP:20251125T120000Z
DTSTART;TZID=Europe/Madrid:20251201T150000
DTEND;TZID=Europe/Madrid:20251201T220000
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4
SUMMARY:Tarde – Validación prescripciones (unidosis + NPT)
DESCRIPTION:Turno de tarde. Validación farmacéutica de prescripciones\, nu
 trición parenteral y consultas de planta. Busca 4412.
LOCATION:Farmacia – área de validación
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "on-call-allday",
        "uid": "turnos-farmacia-2025-12-lferrer-guardia-1213@gva-hospital.es",
        "label": (*NEG, "on-call-localizada-all-day"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Servicio de Farmacia//Planilla Turnos 3.1//ES
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Turnos Farmacia - L. Ferrer
BEGIN:VEVENT
UID:turnos-farmacia-2025-12-lferrer-guardia-1213@gva-hospital.es
DTSTAMP:20251125T120000Z
DTSTART;VALUE=DATE:20251213
DTEND;VALUE=DATE:20251215
SUMMARY:GUARDIA LOCALIZADA (fin de semana)
DESCRIPTION:Localizable 24h. Busca/móvil guardia 600 XXX 117.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fir-teaching",
        "uid": "sesion-fir-2026-01-entrevista-motivacional@gva-hospital.es",
        "label": (*NEG, "resident-teaching-session-on-motivational-interviewing"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:sesion-fir-2026-01-entrevista-motivacional@gva-hospital.es
DTSTAMP:20260105T090000Z
DTSTART;TZID=Romance Standard Time:20260108T081500
DTEND;TZID=Romance Standard Time:20260108T091500
SUMMARY:Sesión FIR: La entrevista motivacional en la consulta de atención
  farmacéutica (ponente: L. Ferrer)
DESCRIPTION:Sesión docente del Servicio. Imparte Lucía Ferrer. Asistencia
  obligatoria R1-R4. Incluye role-play de entrevista con paciente no adher
 ente.\n
ORGANIZER;CN="Ferrer Soler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Residente
 s Farmacia":mailto:residentes_farmacia@gva-hospital.es
LOCATION:Biblioteca Farmacia
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tutor-resident",
        "uid": "040000008200E00074C5B7101A82E00800000000TUTORR2Q12026000000000000001000000RES",
        "label": (*NEG, "tutor-resident-quarterly-structured-interview"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mollá Ortí
 , Carla (R2 Farmacia)":mailto:molla_car@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista estructurada tutor-residente (1er tr
 imestre). Revisar libro del residente\, rotación por Oncohematología\, obj
 etivos y plan de mejora. Firmar informe para la Comisión de Docencia.\n
UID:040000008200E00074C5B7101A82E00800000000TUTORR2Q1202600000000000000100
 0000RES
SUMMARY;LANGUAGE=es-ES:Entrevista tutora-residente – Carla (R2)
DTSTART;TZID=Romance Standard Time:20260130T133000
DTEND;TZID=Romance Standard Time:20260130T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260123T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho tutores
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "9q2n5d7f1s3b6h8k0c4v_coachmock@google.com",
        "label": (*NEG, "mock-msl-interview-with-coach"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251030T190000
DTEND;TZID=Europe/Madrid:20251030T203000
DTSTAMP:20251025T160000Z
ORGANIZER;CN=Carmen Bellver · Career Coach:mailto:carmen@bellvercoaching.
 com
UID:9q2n5d7f1s3b6h8k0c4v_coachmock@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.farma@
 gmail.com
DESCRIPTION:Sesión 3 del programa \"De hospital a industria\": simulacro d
 e entrevista para MSL (yo hago de Medical Manager)\, con grabación y feed
 back. Prepara tu pitch de 2 minutos y el caso de un KOL difícil.\n\nMeet:
  https://meet.google.com/fjq-tbvr-nnp
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulacro entrevista MSL – Lucía (sesión 3/5)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interview-webinar",
        "uid": "zoom-webinar-88120455123-reg-lferrer@zoom.us",
        "label": (*NEG, "webinar-about-passing-msl-interviews"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-webinar-88120455123-reg-lferrer@zoom.us
DTSTAMP:20251105T101500Z
DTSTART:20251118T180000Z
DTEND:20251118T193000Z
SUMMARY:Webinar: Cómo superar la entrevista de MSL (y el caso práctico) –
  MSL Spain Network
DESCRIPTION:Hola Lucía\,\n\nGracias por registrarte. Ponentes: tres MSL y
  un Medical Manager de compañías del sector cuentan qué preguntan en las
  entrevistas por competencias y cómo preparar la presentación científica.
 \n\nÚnete desde el PC\, Mac\, iPad o Android: https://us06web.zoom.us/w/88
 120455123?tk=aB3_xQ\nID del webinar: 881 2045 5123\n
LOCATION:https://us06web.zoom.us/w/88120455123
ORGANIZER;CN=MSL Spain Network:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "press-interview",
        "uid": "3E7B9C20-4A1D-4F6E-8D2B-LEVANTEEMV",
        "label": (*NEG, "newspaper-interview-on-drug-shortages"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:3E7B9C20-4A1D-4F6E-8D2B-LEVANTEEMV
DTSTAMP:20260113T090000Z
DTSTART;TZID=Romance Standard Time:20260116T130000
DTEND;TZID=Romance Standard Time:20260116T133000
SUMMARY:Entrevista Levante-EMV – desabastecimiento de medicamentos (Lucía F
 errer)
DESCRIPTION:Periodista: Sara Climent (sección Sanidad). Entrevista de 20-30
  min + foto en el Servicio. Autorizada por Comunicación. Mensajes clave:
  amoxicilina\, alternativas terapéuticas\, coordinación con la AEMPS.\n
ORGANIZER;CN="Gabinete de Comunicación":mailto:comunicacion@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sara Climent:mailto:sc
 liment@levante-emv.com
LOCATION:Servicio de Farmacia (planta -1)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "riverside-rec-farmaciaconh-ep41@riverside.fm",
        "label": (*NEG, "podcast-recording-guest-interview"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Recording//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-farmaciaconh-ep41@riverside.fm
DTSTAMP:20251201T150000Z
DTSTART:20251211T170000Z
DTEND:20251211T180000Z
SUMMARY:Grabación podcast "Farmacia con H" – ep. 41: farmacia oncohematoló
 gica (invitada: Lucía Ferrer)
DESCRIPTION:Hola Lucía! Te esperamos en el estudio virtual. Usa auriculares
  con cable y Chrome. Duración de la entrevista ~45 min\, luego editamos.\n
 \nEnlace de invitada: https://riverside.fm/studio/farmacia-con-h?t=6b1c2
ORGANIZER;CN=Dani Mompó (Farmacia con H):mailto:hola@farmaciaconh.es
ATTENDEE;CN=luciaferrer.farma@gmail.com;PARTSTAT=ACCEPTED:mailto:luciafer
 rer.farma@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "research-interview",
        "uid": "uv-estudio-rolfh-entrev-14@uv.es",
        "label": (*NEG, "qualitative-research-interview-participant"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:uv-estudio-rolfh-entrev-14@uv.es
DTSTAMP:20251110T110000Z
DTSTART;TZID=Romance Standard Time:20251126T173000
DTEND;TZID=Romance Standard Time:20251126T183000
SUMMARY:Entrevista semiestructurada – estudio cualitativo "El farmacéutic
 o de hospital en el equipo oncológico" (participante 14)
DESCRIPTION:Benvolguda Lucía\,\n\nGràcies per participar en l'estudi. L'e
 ntrevista serà gravada (àudio) i anonimitzada segons el consentiment info
 rmat que ens vas signar. Durada aprox. 45-60 min.\n\nTeams: https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_dXZlcw%40thread.v2/0\n\nNúria Gi
 nés – Doctoranda\, Departament de Farmàcia\, Universitat de València
ORGANIZER;CN=Núria Ginés:mailto:nuria.gines@uv.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer:mailto:ferrer_luc@gva-hospital.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "market-survey",
        "uid": "iqvia-mr-cati-ES-FH-2026-0309@iqvia.com",
        "label": (*NEG, "market-research-phone-survey-iqvia"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//IQVIA Market Research//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:iqvia-mr-cati-ES-FH-2026-0309@iqvia.com
DTSTAMP:20260225T100000Z
DTSTART:20260304T130000Z
DTEND:20260304T134500Z
SUMMARY:IQVIA – Entrevista telefónica estudio de mercado (Farmacia Hospit
 alaria) – ref. ES-FH-0309
DESCRIPTION:Estimada Dra. Ferrer\,\n\nLe confirmamos la entrevista telefón
 ica de 45 minutos para el estudio sobre el uso de biosimilares en hospit
 al. Recibirá un honorario de 90 € según lo acordado. Sus respuestas son
  confidenciales y se tratan de forma agregada. El entrevistador le llam
 ará al número facilitado.\n\nIQVIA Market Research – Fieldwork Team
ORGANIZER;CN=IQVIA Fieldwork:mailto:fieldwork.spain@iqvia.com
ATTENDEE;CN=Lucía Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciafer
 rer.farma@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
