"""holdout125 negatives: the user on the hiring side at her museum (she interviews interns, art handlers, staff)."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, neg

OUTLOOK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
MAC = "museo-arte-contemporaneo.es"


def _ol(uid: str, summary: str, start: str, end: str, people: str, desc: str, loc: str = "",
        org: str = '"Marín Ortega, Lucía":mailto:lmarin@' + MAC) -> str:
    body = f"""
BEGIN:VEVENT
ORGANIZER;CN={org}
{people}
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{summary}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
DTSTAMP:20250301T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:{loc}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
    return cal(body, OUTLOOK, tz="Romance Standard Time")


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(neg("becaria-freemail-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0001",
        "Entrevista beca Conservación - Paula Redondo", "20250313T100000", "20250313T103000",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paula.redondo.h@gmail.com:mailto:paula.red"
        "ondo.h@gmail.com",
        r"Hola Paula\, te esperamos en el museo para la entrevista de la beca de Conservación 2025. Pregunta por mí"
        r" en el control de la entrada de personal.\nLucía Marín\nConservadora adjunta",
        r"Despacho Conservación\, 2ª planta"), "user-as-interviewer-intern-freemail-es"))

    out.append(neg("montadores-panel-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0002",
        "Entrevistas montadores/as - ronda 1 (3 candidatos)", "20250318T090000", "20250318T120000",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Navarro, Julián\":mailto:jnavarro@" + MAC + "\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"RRHH Museo\":mailto:rrhh@" + MAC,
        r"9:00 Rubén Ortiz\n10:00 Saioa Zabala\n11:00 Marco Bellini\n\nPanel: Julián (jefe de montaje)\, RRHH y yo."
        r" Usar la plantilla de valoración común.", "Sala de reuniones Sabatini"),
        "user-as-interviewer-art-handlers-panel-es"))

    out.append(neg("calendly-host-es", cal(r"""
BEGIN:VEVENT
UID:77c1e0a2-9f3b-4d4e-8a5c-0b6d2e1f3a9c@calendly.com
DTSTAMP:20250320T101500Z
DTSTART:20250325T090000Z
DTEND:20250325T092000Z
SUMMARY:Nuevo evento: Carlos Ruiz Peña - Entrevista becas MAC 2025
ORGANIZER;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Carlos Ruiz Peña;PARTSTAT=ACCEPTED:mailto:carlosruizpena99@hotmail.com
DESCRIPTION:Invitado: Carlos Ruiz Peña\nCorreo electrónico: carlosruizpena99@hotmail.com\nNombre del evento:
+ Entrevista becas MAC 2025 (20 min)\n\nPreguntas:\n¿Por qué quieres hacer la beca? Me interesa el registro de
+ colecciones.\n\nVer evento en Calendly: https://calendly.com/lucia-marin-mac/entrevista-becas
LOCATION:Google Meet
END:VEVENT
""", "-//Calendly//Calendly//EN", method="PUBLISH"), "user-as-interviewer-calendly-host-es"))

    out.append(neg("scorecard-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0004",
        "Rellenar fichas de valoración candidatos becas", "20250326T163000", "20250326T173000", "",
        r"Bloqueo para puntuar las 8 entrevistas de becarios (escala 1-5: conocimientos\, motivación\, idiomas).",
        ), "user-as-interviewer-scorecard-es"))

    out.append(neg("debrief-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0005",
        "Debrief entrevistas Técnico/a de Registro", "20250403T130000", "20250403T133000",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Gutiérrez Sainz, Teresa\":mailto:tgutierrez@" + MAC + "\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"RRHH Museo\":mailto:rrhh@" + MAC,
        r"Puesta en común tras las entrevistas de ayer. Decidir terna para dirección.", "Teams",
        org='"Gutiérrez Sainz, Teresa":mailto:tgutierrez@' + MAC), "user-as-interviewer-debrief-es"))

    out.append(neg("tribunal-vocal-es", cal(r"""
BEGIN:VEVENT
UID:tribunal-TM-2025-03-sesion4@museo-arte-contemporaneo.es
DTSTAMP:20250402T080000Z
DTSTART;TZID=Europe/Madrid:20250409T090000
DTEND;TZID=Europe/Madrid:20250409T140000
SUMMARY:Tribunal Técnico/a de Museos - 4ª sesión (lectura ejercicios y entrevistas a aspirantes)
ORGANIZER;CN=Secretaría del Tribunal:mailto:oposiciones@museo-arte-contemporaneo.es
ATTENDEE;CN=Lucía Marín Ortega (Vocal);ROLE=REQ-PARTICIPANT:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CN=Presidente del Tribunal;ROLE=CHAIR:mailto:gerencia@museo-arte-contemporaneo.es
DESCRIPTION:Convocatoria a los miembros del Tribunal Calificador. Orden del día: lectura pública del segundo
+ ejercicio por los aspirantes nº 12 a 24 y diálogo con el Tribunal. Se ruega puntualidad a los vocales.
LOCATION:Salón de actos
END:VEVENT
""", "-//Museo//Agenda Oposiciones//ES", tz="Europe/Madrid"), "user-as-interviewer-tribunal-vocal-es"))

    out.append(neg("shadowing-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0007",
        "Shadowing entrevista coordinador/a actividades (con Rosa)", "20250410T110000", "20250410T120000",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Alonso, Rosa\":mailto:ralonso@" + MAC + "\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daniel Ferrán:mailto:daniel.ferran.art@gmail.com",
        r"Lucía se incorpora como observadora a la entrevista de Rosa con Daniel Ferrán (candidato externo) para"
        r" aprender el formato de entrevista por competencias.", "Despacho Educación",
        org='"Alonso, Rosa":mailto:ralonso@' + MAC), "user-as-interviewer-shadowing-es"))

    out.append(neg("ett-candidate-es", cal(r"""
BEGIN:VEVENT
UID:ETT-MP-2025-0522-ORTIZ@montajesypersonal.es
DTSTAMP:20250312T120000Z
DTSTART;TZID=Europe/Madrid:20250317T120000
DTEND;TZID=Europe/Madrid:20250317T123000
SUMMARY:Candidato Rubén Ortiz - entrevista con Museo (montador)
ORGANIZER;CN=Montajes y Personal ETT:mailto:seleccion@montajesypersonal.es
ATTENDEE;CN=Lucía Marín:mailto:lmarin@museo-arte-contemporaneo.es
DESCRIPTION:Buenos días Lucía\, te enviamos al candidato Rubén Ortiz para el puesto de montador de obra (refuerzo
+ exposición de otoño). Adjuntamos CV. Se presentará en la entrada de muelle.
LOCATION:Museo - muelle de carga
END:VEVENT
""", "-//Montajes y Personal//Outlook//ES", tz="Europe/Madrid"), "user-as-interviewer-agency-candidate-es"))

    out.append(neg("kit-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interviewer-kit-55120991@greenhouse.io
DTSTAMP:20250407T090000Z
DTSTART:20250414T130000Z
DTEND:20250414T134500Z
SUMMARY:Interview with Ewa Kowalczyk for Research Assistant (ARTLINK project) - Interviewer: Lucía Marín
ORGANIZER;CN=ARTLINK Consortium Recruiting:mailto:no-reply@greenhouse-mail.io
ATTENDEE;CN=Lucía Marín Ortega:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CN=Ewa Kowalczyk:mailto:ewa.kowalczyk@uw.edu.pl
DESCRIPTION:You are scheduled to interview Ewa Kowalczyk.\n\nInterview kit: Collections data & provenance (focus
+ areas: cataloguing standards\, teamwork).\nPlease submit your scorecard within 24 hours:
+ https://app.greenhouse.io/scorecards/55120991\n\nZoom: https://zoom.us/j/94410022871
LOCATION:Zoom
END:VEVENT
""", "-//Greenhouse Software//Greenhouse//EN"), "user-as-interviewer-kit-en"))

    out.append(neg("hand-becario-es", cal(r"""
BEGIN:VEVENT
UID:2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901
DTSTAMP:20250314T200000Z
DTSTART:20250319T120000
DTEND:20250319T123000
SUMMARY:entrev. becario Hugo 12h
DESCRIPTION:Hugo Lozano - UAM. Traer CV impreso
END:VEVENT
""", APPLE, method=None), "user-as-interviewer-hand-typed-es"))

    out.append(neg("hand-practicas-es", cal(r"""
BEGIN:VEVENT
UID:3C4D5E6F-7081-4293-A4B5-C6D7E8F90A12
DTSTAMP:20250320T200000Z
DTSTART;TZID=Europe/Madrid:20250324T160000
DTEND;TZID=Europe/Madrid:20250324T173000
SUMMARY:entrevistas prácticas UCM (3 alumnos)
DESCRIPTION:Irene\, Mateo y Lola. 30 min cada uno. Les entrevisto yo con Julián
END:VEVENT
""", APPLE, method=None, tz="Europe/Madrid"), "user-as-interviewer-hand-typed-students-es"))

    out.append(neg("bookings-staff-es", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0012
SUMMARY;LANGUAGE=es-ES:Irene Gallardo - Entrevista Programa de Becas
DESCRIPTION;LANGUAGE=es-ES:Se ha reservado una nueva cita.\n\nCliente: Irene Gallardo (irenegallardo.arte@gmail.com)
+\nServicio: Entrevista Programa de Becas\nPersonal: Lucía Marín Ortega\n\nMicrosoft Bookings
DTSTART;TZID=Romance Standard Time:20250327T100000
DTEND;TZID=Romance Standard Time:20250327T102000
DTSTAMP:20250321T080000Z
ORGANIZER;CN="Museo - Becas":mailto:Becas@museo-arte-contemporaneo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lucía Marín Ortega:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Irene Gallardo:mailto:irenegallardo.arte@gmail.com
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "user-as-interviewer-bookings-staff-es"))

    out.append(neg("second-round-candidate-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0013",
        "Entrevista candidata Registro - 2ª vuelta (Marta Gil)", "20250408T120000", "20250408T130000",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Directora, Gabinete\":mailto:direccion@" + MAC + "\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marta Gil Cuesta:mailto:martagilcuesta@yahoo.es",
        r"Segunda entrevista de Marta Gil Cuesta con la Directora y conmigo. Caso práctico: préstamo a Lisboa.",
        "Despacho de Dirección"), "user-as-interviewer-second-round-es"))

    out.append(neg("stage-fr", cal(r"""
BEGIN:VEVENT
UID:4D5E6F70-8192-43A4-B5C6-D7E8F90A1B23@museo-arte-contemporaneo.es
DTSTAMP:20250402T100000Z
DTSTART;TZID=Europe/Madrid:20250411T100000
DTEND;TZID=Europe/Madrid:20250411T103000
SUMMARY:Entretien stage Erasmus+ - Chloé Martin
ORGANIZER;CN=Lucía Marín Ortega:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CN=Chloé Martin;RSVP=TRUE:mailto:chloe.martin@etu.univ-paris1.fr
DESCRIPTION:Bonjour Chloé\, voici le lien pour notre entretien concernant votre stage Erasmus+ au département de
+ Conservation du musée. À vendredi !\nLucía Marín\, conservatrice adjointe\n\nhttps://meet.google.com/ghy-trew-qaz
LOCATION:Google Meet
END:VEVENT
""", GOOGLE, tz="Europe/Madrid"), "user-as-interviewer-erasmus-fr"))

    out.append(neg("praktikum-de", cal(r"""
BEGIN:VEVENT
UID:5E6F7081-92A3-44B5-C6D7-E8F90A1B2C34@museo-arte-contemporaneo.es
DTSTAMP:20250403T100000Z
DTSTART;TZID=Europe/Madrid:20250415T113000
DTEND;TZID=Europe/Madrid:20250415T120000
SUMMARY:Bewerbungsgespräch Praktikum Sammlung - Jonas Becker
ORGANIZER;CN=Lucía Marín Ortega:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker97@web.de
DESCRIPTION:Hallo Jonas\, danke für Ihre Bewerbung um das Praktikum in unserer Sammlungsabteilung. Ich freue mich
+ auf unser Gespräch per Video.\nLucía Marín\, Kuratorin
LOCATION:Microsoft Teams
END:VEVENT
""", GOOGLE, tz="Europe/Madrid"), "user-as-interviewer-praktikum-de"))

    out.append(neg("committee-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0016",
        "Comité de selección coordinador/a de exposiciones - acta y propuesta", "20250422T100000",
        "20250422T110000",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Gerencia\":mailto:gerencia@" + MAC + "\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Marín Ortega, Lucía\":mailto:lmarin@" + MAC,
        r"Cierre del proceso de selección de coordinador/a de exposiciones (plaza interina): puntuaciones de las"
        r" entrevistas y firma del acta.", "Sala de Juntas", org='"RRHH Museo":mailto:rrhh@' + MAC),
        "user-as-interviewer-committee-es"))

    out.append(neg("prep-questions-es", cal(r"""
BEGIN:VEVENT
UID:6F708192-A3B4-45C6-D7E8-F90A1B2C3D45
DTSTAMP:20250315T200000Z
DTSTART;TZID=Europe/Madrid:20250317T083000
DTEND;TZID=Europe/Madrid:20250317T093000
SUMMARY:preparar preguntas entrevistas becarios
DESCRIPTION:Revisar CVs + guion de preguntas (registro\, idiomas\, disponibilidad)
END:VEVENT
""", APPLE, method=None, tz="Europe/Madrid"), "user-as-interviewer-prep-es"))

    out.append(neg("references-candidate-es", _ol(
        "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0018",
        "Llamada referencias candidata Marta Gil", "20250410T170000", "20250410T171500", "",
        r"Llamar a su antigua jefa en la Fundación Olivar (Pilar Esteve) para pedir referencias de Marta Gil.",
        "Teléfono"), "user-as-interviewer-reference-check-es"))

    out.append(neg("candidate-invites-user-es", cal(r"""
BEGIN:VEVENT
DTSTART:20250402T140000Z
DTEND:20250402T143000Z
DTSTAMP:20250328T190000Z
ORGANIZER;CN=Alba Serrano:mailto:albaserrano.doc@gmail.com
UID:8c7v6b5n4m3l2k1j0hgfdsapoi@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lmarin@museo-arte-contemporan
+eo.es:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alba Serrano:mailto:albaserrano.doc@gmail.com
DESCRIPTION:Hola Lucía\, te envío la invitación para la entrevista de la beca de Documentación que me propusiste.
+ ¡Gracias! Alba\n\nÚnete con Google Meet: https://meet.google.com/ytr-ewqa-sdf
SUMMARY:Entrevista Lucía Marín - beca Documentación (Alba Serrano)
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE), "user-as-interviewer-candidate-organizer-es"))

    out.append(neg("panel-en", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000BECA0020
DTSTAMP:20250429T080000Z
DTSTART;TZID=Romance Standard Time:20250507T153000
DTEND;TZID=Romance Standard Time:20250507T163000
SUMMARY:Interview panel - Visiting Curator Fellowship 2025 (candidate: Amara Osei)
ORGANIZER;CN="Whitaker, Ruth":mailto:ruth.whitaker@fellowships-europe.org
ATTENDEE;CN="Marín Ortega, Lucía":mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CN=Amara Osei:mailto:amara.osei@gmail.com
DESCRIPTION:Dear panel members\, thank you for hosting the fellowship interviews. Lucía will lead the questions on
+ collection research. Scoring sheet attached.
LOCATION:Microsoft Teams
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "user-as-interviewer-fellowship-panel-en"))
    return out
