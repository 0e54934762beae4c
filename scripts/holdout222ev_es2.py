"""holdout222 events, part 5: other Spanish employers (Madrid, Málaga), a founder, a health-tech.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import MADRID, ROMANCE

EVENTS = [
    (
        "typed-entry",
        "9B2E6C41-1A7F-4D83-B0E5-3C9D8A7F6E12",
        1, "Hospital Ruber Internacional", "", "hiring_manager",
        "Sra. Gutiérrez", "self-typed-entrevista-personal-surname-only",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9B2E6C41-1A7F-4D83-B0E5-3C9D8A7F6E12
DTSTAMP:20250305T195544Z
DTSTART:20250312T113000
DTEND:20250312T123000
SUMMARY:Entrevista personal Ruber Internacional
LOCATION:C/ La Masó 38\, Mirasierra (Madrid)
DESCRIPTION:Con la Sra. Gutiérrez (supervisora planta 3). Ir con tiempo\, b
 us 133 desde Plaza Castilla. CV impreso + vida laboral.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-screen",
        "cun-seleccion-20250402-1115@unav.es",
        1, "Clínica Universidad de Navarra", "Enfermera/o - Unidad de Hospitalización Quirúrgica (Sede Madrid)",
        "recruiter_screen", "jlarrea@unav.es", "outlook-entrevista-telefonica-rrhh",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:cun-seleccion-20250402-1115@unav.es
DTSTAMP:20250328T101500Z
DTSTART;TZID="Romance Standard Time":20250402T111500
DTEND;TZID="Romance Standard Time":20250402T114500
SUMMARY:Entrevista telefónica CUN Madrid - Enfermería
ORGANIZER;CN="Larrea Echeverría, Josune":mailto:jlarrea@unav.es
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
LOCATION:Llamada al 612 xxx 412
DESCRIPTION:Hola Rocío\, te llamo el miércoles para una primera entrevista t
 elefónica sobre la vacante de Enfermera/o en la Unidad de Hospitalización
 Quirúrgica de la sede de Madrid. Un saludo\, Josune Larrea – Dirección de P
 ersonas\, Clínica Universidad de Navarra
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "in-person",
        "cun-seleccion-20250410-0930@unav.es",
        1, "Clínica Universidad de Navarra", "Enfermera/o - Unidad de Hospitalización Quirúrgica (Sede Madrid)",
        "onsite", "mtirapu@unav.es;jlarrea@unav.es", "onsite-visit-and-interview-with-tour",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:cun-seleccion-20250410-0930@unav.es
DTSTAMP:20250403T080000Z
DTSTART;TZID="Romance Standard Time":20250410T093000
DTEND;TZID="Romance Standard Time":20250410T123000
SUMMARY:CUN Madrid - Rocío Delgado - visita unidad + entrevistas
ORGANIZER;CN="Larrea Echeverría, Josune":mailto:jlarrea@unav.es
ATTENDEE;CN="Tirapu Goñi, Maite";ROLE=REQ-PARTICIPANT:mailto:mtirapu@unav.es
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="CUN MAD - Sala Reuniones 1.14":m
 ailto:sala114.mad@unav.es
LOCATION:Sala Reuniones 1.14 - Calle Marquesado de Santa Marta 1\, Madrid
DESCRIPTION:9:30 Recepción y visita a la unidad con Maite Tirapu (Supervisor
 a)\n10:30 Entrevista con Maite Tirapu\n11:30 Entrevista con Dirección de Pe
 rsonas (Josune Larrea)\n\nEn recepción pregunta por Dirección de Personas.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-romance",
        "040000008200E00074C5B7101A82E00800000000E4F3A2B1C0D9DB0100000000000000001000000055",
        1, "Hospital San Rafael", "Enfermera/o Quirófano", "hiring_manager",
        "mjimenez@hospitalsanrafael.es", "outlook-romance-standard-time-direccion-enfermeria",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Jiménez Prieto, María":mailto:mjimenez@hospitalsanrafael.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Estimada Rocío:\n\nHemos recibido tu candidatura
  para Enfermera/o de Quirófano. Te espero en la Dirección de Enfermería (ed
 ificio antiguo\, 1ª planta) para mantener una entrevista.\n\nUn saludo\,\nM
 aría Jiménez Prieto\nDirectora de Enfermería\nHospital San Rafael – Herman
 os de San Juan de Dios\n
UID:040000008200E00074C5B7101A82E00800000000E4F3A2B1C0D9DB01000000000000000
 01000000055
SUMMARY;LANGUAGE=es-ES:Entrevista candidata Quirófano - R. Delgado
DTSTART;TZID=Romance Standard Time:20250321T100000
DTEND;TZID=Romance Standard Time:20250321T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T124506Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Dirección de Enfermería - C/ Serrano 199
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "20250402T071140Z-1190-bma@rocio-android",
        1, "Hospital Beata María Ana", "", "",
        "", "self-typed-terse-abbrev-entrev",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250402T071140Z-1190-bma@rocio-android
DTSTAMP:20250402T071140Z
DTSTART;VALUE=DATE-TIME:20250411T090000
DTEND;VALUE=DATE-TIME:20250411T100000
SUMMARY:entrev Beata Mª Ana (Dr Esquerdo)
DESCRIPTION:salgo de noche el 10 -> dormir en el tren
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workable",
        "workable-3c1f9a8e-5b2d-4e70@workable.com",
        1, "Clínica Baviera", "Enfermero/a Quirófano Oftalmología", "recruiter_screen",
        "irene.salas@clinicabaviera.com", "workable-video-call-recruiter",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-3c1f9a8e-5b2d-4e70@workable.com
DTSTAMP:20250225T115000Z
DTSTART:20250228T090000Z
DTEND:20250228T093000Z
SUMMARY:Videollamada con Clínica Baviera - Enfermero/a Quirófano Oftalmologí
 a
ORGANIZER;CN=Irene Salas:mailto:irene.salas@clinicabaviera.com
ATTENDEE;CN=Irene Salas;ROLE=REQ-PARTICIPANT:mailto:irene.salas@clinicabavie
 ra.com
ATTENDEE;CN=Rocío Delgado Marín;RSVP=TRUE:mailto:rocio.delgado.enf@gmail.com
LOCATION:Google Meet - https://meet.google.com/bzk-oywr-fpa
DESCRIPTION:Hola Rocío\,\nGracias por inscribirte en la oferta de Enfermero/
 a Quirófano Oftalmología (Madrid - Castellana). Nos vemos en una videollama
 da de 30 min para conocerte.\n\nIrene Salas · People & Talent · Clínica Ba
 viera\n\nSent via Workable
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "A7D2F0C9-6B13-4E8A-9F54-2E1D0C3B8A76",
        1, "Hospital Costa del Sol", "Enfermera/o Bloque Quirúrgico", "",
        "", "self-typed-agencia-publica-proceso-selectivo-entrevista",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
""" + MADRID + r"""BEGIN:VEVENT
UID:A7D2F0C9-6B13-4E8A-9F54-2E1D0C3B8A76
DTSTAMP:20250416T090233Z
DTSTART;TZID=Europe/Madrid:20250429T093000
DTEND;TZID=Europe/Madrid:20250429T103000
SUMMARY:Entrevista HCS Marbella - proceso selectivo Bloque Quirúrgico
LOCATION:Hospital Costa del Sol\, Autovía A-7 km 187\, Marbella
DESCRIPTION:Fase de entrevista (me han dado 7\,5 en la baremación). Traer D
 NI y originales de méritos. Convocatoria publicada en la web de la Agencia
  Sanitaria Costa del Sol. Puesto: Enfermera/o Bloque Quirúrgico
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "meet-invite",
        "3g8k1m5p9r2t6v0x4z7b3d5f1h@google.com",
        1, "Fundación Jiménez Díaz", "Enfermera/o Unidad de Cirugía General", "hiring_manager",
        "ana.lozano@quironsalud.es", "meet-invite-fjd-on-group-domain",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250508T131500
DTEND;TZID=Europe/Madrid:20250508T140000
DTSTAMP:20250502T094400Z
ORGANIZER;CN=Ana Lozano:mailto:ana.lozano@quironsalud.es
UID:3g8k1m5p9r2t6v0x4z7b3d5f1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Entrevista para la plaza de Enfermera/o en la Unidad de Cirugía
  General – Hospital Universitario Fundación Jiménez Díaz. Ana Lozano\, Sup
 ervisora de Unidad.\n\nÚnete con Google Meet: https://meet.google.com/wfa-
 pzme-qxd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Enfermería Cirugía General FJD - Rocío Delgado Marín
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-call",
        "20250422T101901Z-5520-hla@rocio-android",
        1, "Hospital HLA El Ángel", "", "recruiter_screen",
        "", "self-typed-llamada-rrhh-clinic",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250422T101901Z-5520-hla@rocio-android
DTSTAMP:20250422T101901Z
DTSTART:20250424T081500Z
DTEND:20250424T084500Z
SUMMARY:Llaman de RRHH HLA El Ángel (Málaga) - 1a entrevista
DESCRIPTION:plaza enfermera planta quirúrgica\, contrato indefinido. Estar
 en sitio tranquilo (salgo de mañana a las 15 → es antes\, pedir cambio a Lol
 a??)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "trial-shift",
        "F3A9C8B1-2D7E-4C06-85A1-9E0B7D6C5F43",
        1, "Clínica Santa Elena", "Enfermera/o Hospitalización", "onsite",
        "Rafael Ortega", "turno-de-prueba-trial-shift",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
""" + MADRID + r"""BEGIN:VEVENT
UID:F3A9C8B1-2D7E-4C06-85A1-9E0B7D6C5F43
DTSTAMP:20250425T164010Z
DTSTART;TZID=Europe/Madrid:20250503T080000
DTEND;TZID=Europe/Madrid:20250503T150000
SUMMARY:Turno de prueba Clínica Santa Elena (Torremolinos)
LOCATION:Clínica Santa Elena\, C/ La Ronda 1\, Torremolinos
DESCRIPTION:Turno de mañana acompañando a la enfermera de planta\, al final
  hablo con Rafael Ortega (coord. enfermería) que decide. Llevar pijama\, f
 onendo\, tijeras\, bolis. No cobra (preguntar!!)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "smartrecruiters",
        "sr-ribera-744001239-int-1@smartrecruiters.com",
        1, "Hospital Universitario Moncloa", "Enfermero/a Quirófano", "hiring_manager",
        "eva.marquez@riberasalud.com", "smartrecruiters-interview-group-domain",
        """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:sr-ribera-744001239-int-1@smartrecruiters.com
DTSTAMP:20250429T101010Z
DTSTART;TZID=Europe/Madrid:20250506T160000
DTEND;TZID=Europe/Madrid:20250506T164500
SUMMARY:Entrevista Enfermero/a Quirófano - Hospital Universitario Moncloa
ORGANIZER;CN=Ribera Talento:mailto:notifications@smartrecruiters.com
ATTENDEE;CN=Eva Márquez;ROLE=REQ-PARTICIPANT:mailto:eva.marquez@riberasalud
 .com
ATTENDEE;CN=Rocío Delgado Marín;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Rocío\,\nTu entrevista para Enfermero/a Quirófano en el Hos
 pital Universitario Moncloa está confirmada.\nEntrevistadora: Eva Márquez (
 Supervisora de Bloque Quirúrgico)\nEnlace: https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_Umli\n\nRibera – Talento
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "founder-gmail",
        "7h2j5l8n0q3s6u9w1y4a7c0e2g@google.com",
        1, "Cuidarte en Casa", "Enfermera coordinadora de cuidados a domicilio", "",
        "pablo.cuidarteencasa@gmail.com", "founder-on-free-mail-coffee-style",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250321T180000
DTEND;TZID=Europe/Madrid:20250321T184500
DTSTAMP:20250317T213301Z
ORGANIZER;CN=Pablo Herrera:mailto:pablo.cuidarteencasa@gmail.com
UID:7h2j5l8n0q3s6u9w1y4a7c0e2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pablo Herrera;X-NUM-GUESTS=0:mailto:pablo.cuidarteencasa@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Hola Rocío! Como te dije por mensaje\, estamos montando Cuidarte
  en Casa (enfermería a domicilio en Madrid) y buscamos una enfermera coordi
 nadora. Charlamos un rato por Meet y te cuento\, y tú me cuentas tu experi
 encia. Pablo (cofundador)\n\nhttps://meet.google.com/kdy-ajvx-tsm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rocío <> Pablo (Cuidarte en Casa)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ashby",
        "ashby-int-6f1c0e2a-9b87-4d35-a2e1-c4b3d2a10f98@ashbyhq.com",
        1, "Doctolib", "Clinical Specialist (Nurse background) - Spain", "recruiter_screen",
        "clara.vidal@doctolib.com", "ashby-english-spanish-healthtech-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-6f1c0e2a-9b87-4d35-a2e1-c4b3d2a10f98@ashbyhq.com
DTSTAMP:20250502T140310Z
DTSTART:20250509T080000Z
DTEND:20250509T083000Z
SUMMARY:Rocío Delgado Marín <> Doctolib | Recruiter Screen
ORGANIZER;CN=Doctolib Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Clara Vidal;ROLE=REQ-PARTICIPANT:mailto:clara.vidal@doctolib.com
ATTENDEE;CN=Rocío Delgado Marín;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
LOCATION:https://meet.google.com/gsr-kmvu-qbe
DESCRIPTION:Hi Rocío\,\n\nYou're confirmed for a 30-minute Recruiter Screen
  with Clara Vidal for the Clinical Specialist (Nurse background) - Spain ro
 le. The conversation can be in Spanish.\n\nGoogle Meet: https://meet.googl
 e.com/gsr-kmvu-qbe\n\nNeed to reschedule? Reply to this email.\n\nDoctolib
  Talent Team
END:VEVENT
END:VCALENDAR
""",
    ),
]
