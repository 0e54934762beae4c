"""holdout222 events, part 4: Spanish private hospital groups (Quirónsalud, HM, Vithas, Sanitas).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import MADRID, ROMANCE

EVENTS = [
    (
        "successfactors",
        "SF-QS-REQ48813-INT1-20250225@successfactors.eu",
        1, "Quirónsalud", "Enfermero/a Hospitalización Quirúrgica", "recruiter_screen",
        "marta.iglesias@quironsalud.es", "successfactors-video-entrevista-tecnica-seleccion",
        """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:SF-QS-REQ48813-INT1-20250225@successfactors.eu
DTSTAMP:20250219T090512Z
DTSTART;TZID=Europe/Madrid:20250225T163000
DTEND;TZID=Europe/Madrid:20250225T170000
SUMMARY:Entrevista por videollamada - Enfermero/a Hospitalización Quirúrgic
 a (Req. 48813)
ORGANIZER;CN=Quirónsalud Selección:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Marta Iglesias;ROLE=REQ-PARTICIPANT:mailto:marta.iglesias@quiro
 nsalud.es
ATTENDEE;CN=Rocío Delgado Marín;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Rocío\,\n\nGracias por tu interés en Quirónsalud. Te confi
 rmamos la entrevista por videollamada para la posición Enfermero/a Hospita
 lización Quirúrgica – Hospital Universitario Quirónsalud Madrid (Pozuelo).\n
 Entrevistadora: Marta Iglesias\, Técnica de Selección.\n\nEnlace Teams: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_UXVp\n\nUn saludo\,\nE
 quipo de Selección Quirónsalud
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000C2D1E0F9A8B7DB0100000000000000001000000071",
        1, "Quirónsalud", "Enfermero/a Hospitalización Quirúrgica", "hiring_manager",
        "pilar.navarro@quironsalud.es", "entrevista-personal-supervisora-romance-time",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Pilar":mailto:pilar.navarro@quironsalud.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Iglesias
 , Marta":mailto:marta.iglesias@quironsalud.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Rocío\,\n\nTal como te ha adelantado
  Marta (Selección)\, te cito para una entrevista personal conmigo en el hos
 pital. Pregunta en información por la Supervisión de Enfermería de Hospita
 lización\, 2ª planta.\n\nTrae DNI\, título y colegiación.\n\nPilar Navarro
 \nSupervisora de Hospitalización Quirúrgica\nHospital Universitario Quirón
 salud Madrid\n
UID:040000008200E00074C5B7101A82E00800000000C2D1E0F9A8B7DB01000000000000000
 01000000071
SUMMARY;LANGUAGE=es-ES:Entrevista personal - Rocío Delgado
DTSTART;TZID=Romance Standard Time:20250307T120000
DTEND;TZID=Romance Standard Time:20250307T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:HU Quirónsalud Madrid - C/ Diego de Velázquez 1\, Po
 zuelo - Supervisión 2ª planta
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "0C4D7A31-9E2B-4F60-A1D8-5B3C2E1F0A97",
        1, "Quirónsalud", "", "final",
        "", "self-typed-final-direccion-enfermeria",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0C4D7A31-9E2B-4F60-A1D8-5B3C2E1F0A97
DTSTAMP:20250311T221010Z
DTSTART:20250318T100000
DTEND:20250318T110000
SUMMARY:Quirón Pozuelo - última entrevista (Dirección de Enfermería)
LOCATION:Hospital Universitario Quirónsalud Madrid
DESCRIPTION:AVE 7:00 desde Santa Justa!!\nCon la directora de enfermería y
 Pilar otra vez. Preguntar: turnos fijos o rotatorios\, carrera profesional\,
  sueldo (¿34k?)\, incorporación junio.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-invite",
        "5j9d2k7f1m3q8s0v4x6z2b1n7c@google.com",
        1, "HM Hospitales", "Enfermero/a Bloque Quirúrgico", "recruiter_screen",
        "seleccion.enfermeria@hmhospitales.com", "google-invite-entrevista-telefonica-group-address",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250304T101500
DTEND;TZID=Europe/Madrid:20250304T103000
DTSTAMP:20250303T151015Z
ORGANIZER;CN=Selección Enfermería HM:mailto:seleccion.enfermeria@hmhospital
 es.com
UID:5j9d2k7f1m3q8s0v4x6z2b1n7c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Entrevista telefónica (15 min) – proceso Enfermero/a Bloque Qui
 rúrgico\, HM Hospitales Madrid. Te llamaremos desde un número oculto.
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica HM Hospitales – Rocío Delgado
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "prueba-tecnica",
        "hm-pt-bq-20250314-g2@hmhospitales.com",
        1, "HM Hospitales", "Enfermero/a Bloque Quirúrgico", "technical",
        "", "prueba-tecnica-test-y-caso-clinico",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:hm-pt-bq-20250314-g2@hmhospitales.com
DTSTAMP:20250306T120000Z
DTSTART;TZID="Romance Standard Time":20250314T090000
DTEND;TZID="Romance Standard Time":20250314T113000
SUMMARY:Prueba técnica Enfermería Bloque Quirúrgico - Grupo 2
ORGANIZER;CN="Selección Enfermería HM":mailto:seleccion.enfermeria@hmhospit
 ales.com
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
LOCATION:HM Universitario Sanchinarro - Aula de Formación (planta -1)
DESCRIPTION:Estimada candidata:\n\nLe convocamos a la prueba técnica del pro
 ceso de selección: test de 40 preguntas (instrumentación\, asepsia\, farma
 cología\, seguridad del paciente) y resolución de un caso clínico. Duració
 n aproximada 2 h 30 min.\n\nImprescindible DNI. Los resultados se comunica
 rán por email.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "meet-invite",
        "1t4n8c2w6e0r3y7u9i5o1p3a2s@google.com",
        1, "HM Hospitales", "Enfermero/a Bloque Quirúrgico", "hiring_manager",
        "lcabrera@hmhospitales.com", "meet-entrevista-supervisora-quirofano",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250326T083000Z
DTEND:20250326T091500Z
DTSTAMP:20250320T172021Z
ORGANIZER;CN=Lucía Cabrera:mailto:lcabrera@hmhospitales.com
UID:1t4n8c2w6e0r3y7u9i5o1p3a2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Cabrera;X-NUM-GUESTS=0:mailto:lcabrera@hmhospitales.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Hola Rocío\, enhorabuena por la prueba. Te propongo esta hora p
 ara conocernos por videollamada\, soy la supervisora de quirófano de HM San
 chinarro. Lucía\n\nÚnete con Google Meet: https://meet.google.com/rty-nwqc
 -hkb\nO llama al: (ES) +34 932 99 14 85 PIN: 681 330 412#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rocío Delgado / Lucía Cabrera (HM Sanchinarro)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "prueba-practica",
        "xanit-rrhh-pp-0409-rdelgado@vithas.es",
        1, "Vithas Xanit Hospital Internacional", "Enfermera/o UCI Quirúrgica y Reanimación", "technical",
        "Carmen Ruiz Soto", "prueba-practica-simulacion-clinic-malaga",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:xanit-rrhh-pp-0409-rdelgado@vithas.es
DTSTAMP:20250401T093000Z
DTSTART;TZID=Europe/Madrid:20250409T100000
DTEND;TZID=Europe/Madrid:20250409T123000
SUMMARY:Prueba práctica - Enfermería REA/UCI Quirúrgica - Vithas Xanit
ORGANIZER;CN="RRHH Vithas Xanit":mailto:rrhh.xanit@vithas.es
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
LOCATION:Vithas Xanit Hospital Internacional\, Avda. de los Argonautas s/n\
 , Benalmádena - Aula de Simulación
DESCRIPTION:Buenos días\,\n\nLe convocamos a la prueba práctica del proceso
 de selección de Enfermera/o para UCI Quirúrgica y Reanimación: estación de
  simulación (paciente postquirúrgico inestable)\, cálculo de perfusiones y
  manejo de bomba. La evaluará Carmen Ruiz Soto\, Supervisora de Enfermería
  de UCI.\n\nVenga con pijama y calzado sanitario.\n\nRRHH Vithas Xanit
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "20250411T183302Z-7781-xanit2@rocio-android",
        1, "Vithas Xanit Hospital Internacional", "", "hiring_manager",
        "", "self-typed-second-round-same-clinic",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250411T183302Z-7781-xanit2@rocio-android
DTSTAMP:20250411T183302Z
DTSTART:20250416T120000Z
DTEND:20250416T130000Z
SUMMARY:Xanit 2a entrevista (supervisora + RRHH) 🤞
DESCRIPTION:Pasé la prueba práctica!! Ir en el coche de Mamen. Preguntar tu
 rnos 12h y si hay plus de UCI
LOCATION:Benalmádena
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teamtailor",
        "teamtailor-interview-5523178@teamtailor.com",
        1, "Sanitas", "Enfermera/o Hospitalización - Hospital Universitario La Zarzuela", "hiring_manager",
        "beatriz.pons@sanitas.es;alvaro.menendez@sanitas.es", "teamtailor-video-interview-two-names",
        """BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:teamtailor-interview-5523178@teamtailor.com
DTSTAMP:20250414T082000Z
DTSTART;TZID=Europe/Madrid:20250422T173000
DTEND;TZID=Europe/Madrid:20250422T181500
SUMMARY:Entrevista: Rocío Delgado Marín - Enfermera/o Hospitalización (La Z
 arzuela)
ORGANIZER;CN=Sanitas:mailto:noreply@teamtailor.com
ATTENDEE;CN=Beatriz Pons;ROLE=REQ-PARTICIPANT:mailto:beatriz.pons@sanitas.es
ATTENDEE;CN=Álvaro Menéndez;ROLE=REQ-PARTICIPANT:mailto:alvaro.menendez@san
 itas.es
ATTENDEE;CN=Rocío Delgado Marín;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
LOCATION:Videollamada (Teamtailor)
DESCRIPTION:¡Hola Rocío!\n\nTe esperamos en tu entrevista con Beatriz Pons
  (Supervisora de Hospitalización) y Álvaro Menéndez (Talent Acquisition).\n
 \nÚnete a la videollamada: https://app.teamtailor.com/video/5523178\n\nEqu
 ipo de Personas – Sanitas
END:VEVENT
END:VCALENDAR
""",
    ),
]
