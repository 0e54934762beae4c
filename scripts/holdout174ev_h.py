"""holdout174 events, part h: more hiring-side events (the user interviews or assesses), written blind."""

from holdout174ev_tz import MADRID_GOOGLE, ROMANCE

NEG = (0, "", "", "", "")

EVENTS = [
    {
        "kind": "calendly-host",
        "uid": "d1e4a7c0-3b9f-4e22-8c51-calendly-beca-0019",
        "label": (*NEG, "user-as-interviewer-calendly-host-research-grant"),
        "hiring_side": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d1e4a7c0-3b9f-4e22-8c51-calendly-beca-0019
DTSTAMP:20260115T093312Z
DTSTART:20260121T150000Z
DTEND:20260121T152000Z
SUMMARY:Andrea Solís Pastor and Lucía Ferrer Soler
DESCRIPTION:Event Name: Entrevista beca predoctoral – Farmacocinética onco
 lógica\n\nLocation: This is a Google Meet web conference.\nhttps://meet.g
 oogle.com/tqe-nodx-bka\n\nInvitee: Andrea Solís Pastor\nInvitee Email: a
 ndrea.solis.pastor@gmail.com\n\nQuestions:\n¿Has cursado el máster en Farm
 acia Hospitalaria o similar? Sí\, Máster en Atención Farmacéutica (UV)\n¿C
 uándo podrías incorporarte? Marzo 2026\n\nNeed to make changes to this ev
 ent?\nCancel: https://calendly.com/cancellations/d1e4a7c0\nReschedule: htt
 ps://calendly.com/reschedulings/d1e4a7c0\n\nPowered by Calendly.com
ORGANIZER;CN=Lucía Ferrer Soler:mailto:ferrer_luc@gva-hospital.es
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:ferrer_luc@gva-hospital.es
ATTENDEE;CN=Andrea Solís Pastor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:m
 ailto:andrea.solis.pastor@gmail.com
LOCATION:https://meet.google.com/tqe-nodx-bka
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-staff",
        "uid": "bookings-c3a0d4e1-fundacion-ensayos-8812@outlook.office365.com",
        "label": (*NEG, "user-as-interviewer-bookings-staff-member"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Fundación Investigación – Selección:mailto:SeleccionFundacio
 n@fundacion-hgv.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Marc Alandet
 e Puig:mailto:marc.alandete@yahoo.es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Entrevista – Data Man
 ager Ensayos Clínicos Oncología (Farmacia)\nCliente: Marc Alandete Puig\nC
 orreo electrónico: marc.alandete@yahoo.es\nTeléfono: 6XX XX1 908\nMiembro
  del personal: Lucía Ferrer Soler\n\nUnirse a la reunión de Microsoft Tea
 ms: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZnVuZA%40thread
 .v2/0\n
UID:bookings-c3a0d4e1-fundacion-ensayos-8812@outlook.office365.com
SUMMARY;LANGUAGE=es-ES:Entrevista – Data Manager Ensayos Clínicos Oncología
  (Farmacia) – Marc Alandete Puig
DTSTART;TZID=Romance Standard Time:20260226T130000
DTEND;TZID=Romance Standard Time:20260226T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T214400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "feedback-deadline",
        "uid": "040000008200E00074C5B7101A82E00800000000PUNTFEA26ENVIO000000000000001000000RRHH",
        "label": (*NEG, "user-as-interviewer-scores-deadline-task"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Lucía":mailto:ferrer_luc@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Hoja de valoración de cada candidato/a (plantil
 la Excel de Personal) + informe motivado de la propuesta. Firmar digitalm
 ente y subir a la sede.\n
UID:040000008200E00074C5B7101A82E00800000000PUNTFEA26ENVIO00000000000000100
 0000RRHH
SUMMARY;LANGUAGE=es-ES:Enviar puntuaciones interinidad FEA a Personal (plaz
 o hoy)
DTSTART;TZID=Romance Standard Time:20260122T083000
DTEND;TZID=Romance Standard Time:20260122T090000
CLASS:PRIVATE
PRIORITY:1
DTSTAMP:20260120T130000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT30M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "debrief",
        "uid": "040000008200E00074C5B7101A82E00800000000DEBRIEFMEZ260000000000000001000000JEFE",
        "label": (*NEG, "user-as-interviewer-debrief-with-head-of-service"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Peris Andreu, Ramón":mailto:peris_ram@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sanchis Vidal
 , Consuelo":mailto:sanchis_con@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:15 min para cerrar la propuesta antes de mandar
  el acta. Yo iría con J. C. R. pero quiero oír vuestra opinión sobre P. S.
  L. (buena entrevista\, poca experiencia en citostáticos).\n
UID:040000008200E00074C5B7101A82E00800000000DEBRIEFMEZ26000000000000000100
 0000JEFE
SUMMARY;LANGUAGE=es-ES:Cerrar propuesta interinidad Mezclas
DTSTART;TZID=Romance Standard Time:20260121T143000
DTEND;TZID=Romance Standard Time:20260121T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260120T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho jefatura
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-freemail",
        "uid": "040000008200E00074C5B7101A82E00800000000SUSTFEAIT260000000000000001000000GMAIL",
        "label": (*NEG, "user-as-interviewer-invites-candidate-on-free-mail"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jcanovas.f
 arma@gmail.com:mailto:jcanovas.farma@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peris An
 dreu, Ramón":mailto:peris_ram@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nTe confirmo la entrevista para
  la sustitución por IT de farmacéutico/a adjunto/a (área de pacientes ext
 ernos\, 3 meses prorrogables). Pregunta por mí en el mostrador de Farmaci
 a\, planta -1. Trae el título de especialista y la vida laboral.\n\nSaludos
 \,\nLucía Ferrer\nFEA Farmacia Hospitalaria\n
UID:040000008200E00074C5B7101A82E00800000000SUSTFEAIT26000000000000000100
 0000GMAIL
SUMMARY;LANGUAGE=es-ES:Entrevista sustitución FEA Farmacia (pacientes exte
 rnos) - Javier Cánovas
DTSTART;TZID=Romance Standard Time:20260227T140000
DTEND;TZID=Romance Standard Time:20260227T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Farmacia - despacho pacientes externos
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interview-guide",
        "uid": "7D33C1E0-1F2A-4B5C-9E8D-GUIONENTREV",
        "label": (*NEG, "user-as-interviewer-prepares-structured-interview-guide"),
        "hiring_side": True,
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7D33C1E0-1F2A-4B5C-9E8D-GUIONENTREV
DTSTAMP:20260114T200000Z
DTSTART:20260116T140000
DTEND:20260116T150000
SUMMARY:preparar guion entrevista interinidad (bloque técnico)
DESCRIPTION:6 preguntas iguales para todos + caso: extravasación antracicl
 ina / cálculo dosis carboplatino (Calvert). criterios de puntuación 0-5 a
 ntes\, no después
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "practical-assessor",
        "uid": "040000008200E00074C5B7101A82E00800000000PRACTTFAR25000000000000000001000000SALA",
        "label": (*NEG, "user-as-interviewer-assesses-practical-test"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Llopis Martí, Rosa":mailto:llopis_ros@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala Bl
 anca 2 (formación)":mailto:salablanca2@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Prueba práctica de los 8 aspirantes mejor valora
 dos de la bolsa TFAR: reenvasado de sólidos orales y preparación simulada
  en CSB. Lucía y yo evaluamos con la lista de verificación (2 puestos en
  paralelo).\n
UID:040000008200E00074C5B7101A82E00800000000PRACTTFAR2500000000000000000100
 0000SALA
SUMMARY;LANGUAGE=es-ES:Prueba práctica aspirantes TFAR
DTSTART;TZID=Romance Standard Time:20251125T080000
DTEND;TZID=Romance Standard Time:20251125T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Blanca 2 (formación)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "call-candidates",
        "uid": "C8E3B7A1-22F4-4C0D-B5A9-LLAMARCAND",
        "label": (*NEG, "user-as-interviewer-calls-candidates-with-outcome"),
        "hiring_side": True,
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C8E3B7A1-22F4-4C0D-B5A9-LLAMARCAND
DTSTAMP:20260302T081100Z
DTSTART:20260303T143000
DTEND:20260303T150000
SUMMARY:llamar candidatas beca (Andrea sí / Irene y Sara no)
DESCRIPTION:Andrea: empezar 1 abril\, papeles Fundación. a las otras agrad
 ecer y decir que quedan en reserva
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mentor-interviews",
        "uid": "2m6f9r4c8vq1l0u3t5e7riohortega@google.com",
        "label": (*NEG, "user-as-interviewer-mentor-selects-research-contract"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251203T160000
DTEND;TZID=Europe/Madrid:20251203T173000
DTSTAMP:20251126T191500Z
ORGANIZER;CN=Lucía Ferrer:mailto:ferrer_luc@gva-hospital.es
UID:2m6f9r4c8vq1l0u3t5e7riohortega@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:ferrer_luc@gva-hospital.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Vicent Ribes (Hemato);X-NUM-GUESTS=0:mailto:ribes_vic@gva-hospital.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=pablo.g.mora@uv.es;X-NUM-GUESTS=0:mailto:pablo.g.mora@uv.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferri.r@gmail.com;X-NUM-GUESTS=0:mailto:laia.ferri.r@gmail.com
DESCRIPTION:Contrato Río Hortega (ISCIII) – proyecto TDM de imatinib/nilot
 inib. Cada candidato/a presenta en 10 min su trayectoria y su propuesta\;
  después 20 min de preguntas con Vicent y conmigo.\n16:00 Pablo G. Mora\n
 16:45 Laia Ferri\n\nÚnete con Google Meet: https://meet.google.com/vzr-ki
 oq-fad
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Candidatos Río Hortega – presentaciones y entrevista
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tribunal-alegaciones",
        "uid": "040000008200E00074C5B7101A82E00800000000OPEFEAFH24ALEG0000000000001000000TRIB",
        "label": (*NEG, "user-as-interviewer-tribunal-reviews-appeals"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Secretaría Tribunal OPE FEA FH":mailto:tribunal_opefh@gva-ho
 spital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Reunió del Tribunal per a la resolució de les al
 legacions presentades a la plantilla provisional de respostes i a la bare
 mació de mèrits. Sessió telemàtica.\n\nhttps://gva.webex.com/gva/j.php?M
 TID=m9e1b0a7c3d5f2e4a6b8c0d1e2f3a4b5c\nNúmero de reunió: 2730 551 8824\n
UID:040000008200E00074C5B7101A82E00800000000OPEFEAFH24ALEG000000000000100
 0000TRIB
SUMMARY;LANGUAGE=ca-ES:Tribunal OPE FEA FH – resolució d'al·legacions
DTSTART;TZID=Romance Standard Time:20260305T163000
DTEND;TZID=Romance Standard Time:20260305T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Webex
END:VEVENT
END:VCALENDAR
""",
    },
]
