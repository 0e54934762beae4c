"""holdout125 negatives: work life at the museum, press "interviews", webinars, classes, appraisal."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, neg

OUTLOOK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"


def _mine(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "") -> str:
    body = f"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000001111AAAADB0100000000000000001000000000{uid}
DTSTAMP:20250301T080000Z
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
SUMMARY:{summary}
LOCATION:{loc}
DESCRIPTION:{desc}
ORGANIZER;CN="Marín Ortega, Lucía":mailto:lmarin@museo-arte-contemporaneo.es
END:VEVENT
"""
    return cal(body, OUTLOOK, method="PUBLISH", tz="Romance Standard Time")


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(neg("montaje-es", _mine("MONT01",
                                       "montaje sala 3", "20250317T080000", "20250317T140000",
                                       r"con Julián y 2 montadores. Llega el transporte de Valencia a las 9"),
                   "internal-montaje-es"))
    out.append(neg("prestamos-es", _mine("PRES02",
                                         "reu préstamos", "20250320T100000", "20250320T110000",
                                         "Registro + Conservación: seguros y correos de las obras para Lisboa",
                                         "Sala de reuniones Sabatini"), "internal-loans-es"))
    out.append(neg("visita-prensa-es", _mine("PREN03",
                                             "visita prensa - Paisajes de la ausencia", "20250402T103000",
                                             "20250402T120000", r"Recorrido con periodistas. Yo hago la visita\, "
                                             r"Comunicación gestiona entrevistas con la artista.", "Sala 3"),
                   "press-tour-es"))
    out.append(neg("comisariado-es", _mine("COMI04",
                                           "comisariado - reunión con Ana Prada (selección obra)", "20250227T160000",
                                           "20250227T180000", "", r"Estudio de Ana\, Carabanchel"),
                   "internal-curating-es"))

    out.append(neg("radio-interview-es", cal(r"""
BEGIN:VEVENT
UID:rne-r3-entrevista-20250404-lmarin@rtve.es
DTSTAMP:20250331T100000Z
DTSTART;TZID=Europe/Madrid:20250404T123000
DTEND;TZID=Europe/Madrid:20250404T130000
SUMMARY:Entrevista Radio 3 - El ojo crítico (exposición Paisajes de la ausencia)
ORGANIZER;CN=Producción El ojo crítico:mailto:produccion.ojocritico@rtve.es
ATTENDEE;CN=Lucía Marín:mailto:lmarin@museo-arte-contemporaneo.es
ATTENDEE;CN=Comunicación Museo:mailto:prensa@museo-arte-contemporaneo.es
DESCRIPTION:Entrevista en directo por teléfono con la comisaria Lucía Marín sobre la exposición. Duración
+ aproximada: 12 minutos. Os llamamos al fijo del museo 5 minutos antes.
LOCATION:Teléfono (directo)
END:VEVENT
""", "-//RTVE//Produccion//ES", tz="Europe/Madrid"), "press-radio-interview-es"))

    out.append(neg("press-interview-en", cal(r"""
BEGIN:VEVENT
DTSTART:20250409T150000Z
DTEND:20250409T154500Z
DTSTAMP:20250403T110000Z
ORGANIZER;CN=Holly Barton:mailto:holly.barton@artreviewweekly.co.uk
UID:5g4f3d2s1a0p9o8i7u6y5trewq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lmarin@museo-arte-contemporaneo.es:mailto:l
+marin@museo-arte-contemporaneo.es
DESCRIPTION:Interview for our Spring feature on Spanish women Surrealists - around 40 minutes\, recorded\, quotes
+ sent to you for fact-checking before publication.\n\nJoin with Google Meet: https://meet.google.com/asd-qwer-zxc
SUMMARY:Interview: Lucía Marín (Art Review Weekly)
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE), "press-interview-en"))

    out.append(neg("podcast-es", cal(r"""
BEGIN:VEVENT
UID:riverside-rec-arte-en-voz-alta-ep42@riverside.fm
DTSTAMP:20250410T100000Z
DTSTART;TZID=Europe/Madrid:20250423T180000
DTEND;TZID=Europe/Madrid:20250423T193000
SUMMARY:Grabación podcast "Arte en voz alta" - ep. 42 con Lucía Marín
ORGANIZER;CN=Irene Catalán:mailto:irene@arteenvozalta.com
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Entrevista-conversación sobre comisariado y colecciones públicas. Enlace al estudio de Riverside:
+ https://riverside.fm/studio/arte-en-voz-alta
LOCATION:Riverside.fm
END:VEVENT
""", "-//Riverside//Riverside//EN", tz="Europe/Madrid"), "podcast-interview-es"))

    out.append(neg("visitor-study-es", _mine("PUBL08",
                                             "Entrevistas a visitantes - estudio de públicos (grupo 2)",
                                             "20250412T110000", "20250412T133000",
                                             r"Con la consultora Públicos y Museos: 6 entrevistas semiestructuradas a"
                                             r" visitantes a la salida de la sala 3.", "Hall"),
                   "user-research-visitors-es"))

    out.append(neg("artist-oral-history-es", cal(r"""
BEGIN:VEVENT
UID:8D9E0F1A-2B3C-4D5E-6F70-81920A1B2C3D
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Madrid:20250307T170000
DTEND;TZID=Europe/Madrid:20250307T190000
SUMMARY:Entrevista a Ana Prada para el catálogo (grabar)
DESCRIPTION:Llevar grabadora + preguntas sobre la serie de 1998
LOCATION:Estudio de Ana
END:VEVENT
""", APPLE, method=None, tz="Europe/Madrid"), "artist-interview-catalogue-es"))

    out.append(neg("webinar-interview-es", cal(r"""
BEGIN:VEVENT
UID:zoomwebinar-81766200154-20250319@zoom.us
DTSTAMP:20250312T100000Z
DTSTART;TZID=Europe/Madrid:20250319T183000
DTEND;TZID=Europe/Madrid:20250319T200000
SUMMARY:Webinar: Cómo preparar una entrevista de trabajo en museos y fundaciones
ORGANIZER;CN=Asociación de Profesionales de Museos:mailto:formacion@apmuseos.org
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Gracias por inscribirte. Ponentes: responsables de selección de tres museos. Incluye simulación de
+ entrevista en directo y turno de preguntas.\n\nEnlace del webinar: https://zoom.us/w/81766200154
LOCATION:Zoom Webinar
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN", tz="Europe/Madrid"), "webinar-about-interviewing-es"))

    out.append(neg("webinar-en", cal(r"""
BEGIN:VEVENT
UID:on24-event-4471290-reg-lmo@on24.com
DTSTAMP:20250401T100000Z
DTSTART:20250415T130000Z
DTEND:20250415T140000Z
SUMMARY:Webinar: Interviewing for Collections Roles - what panels look for
ORGANIZER;CN=Museums Careers Network:mailto:events@museumscareers.org.uk
ATTENDEE;CN=Lucia Marin Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Join hiring managers from UK collections for an hour on competency-based interviews and presentation
+ tasks. Recording available to registrants.
LOCATION:Online
END:VEVENT
""", "-//ON24//Webcast//EN"), "webinar-interviewing-en"))

    out.append(neg("master-class-es", cal(r"""
BEGIN:VEVENT
UID:clase-master-comisariado-2025@ucm.es
DTSTAMP:20250110T100000Z
DTSTART;TZID=Europe/Madrid:20250306T160000
DTEND;TZID=Europe/Madrid:20250306T190000
RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6
SUMMARY:Clase Máster Comisariado - Gestión de colecciones (M3)
ORGANIZER;CN=Secretaría Máster:mailto:master.comisariado@ucm.es
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Sesión 3: simulación de entrevistas de trabajo para puestos de registro (los alumnos hacen de
+ candidatos). Aula 14\, Facultad de Bellas Artes.
LOCATION:Facultad de Bellas Artes\, Aula 14
END:VEVENT
""", "-//UCM//Agenda docente//ES", tz="Europe/Madrid"), "master-class-teaching-es"))

    out.append(neg("appraisal-es", _mine("EVAL13",
                                         "Entrevista de evaluación del desempeño 2024 - Lucía Marín",
                                         "20250225T120000", "20250225T130000",
                                         r"Con la Directora de Colecciones. Traer autoevaluación y objetivos 2025.",
                                         "Despacho Dirección Colecciones"), "own-appraisal-es"))

    out.append(neg("exit-interview-es", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000001111AAAADB0100000000000000001000000000SALI14
DTSTAMP:20250610T080000Z
DTSTART;TZID=Romance Standard Time:20250627T100000
DTEND;TZID=Romance Standard Time:20250627T104500
SUMMARY:Entrevista de salida - Lucía Marín Ortega
ORGANIZER;CN="RRHH Museo":mailto:rrhh@museo-arte-contemporaneo.es
ATTENDEE;CN="Marín Ortega, Lucía":mailto:lmarin@museo-arte-contemporaneo.es
DESCRIPTION:Como parte del proceso de baja voluntaria\, te citamos para la entrevista de salida (confidencial).
+ También revisaremos la devolución de tarjeta y equipos.
LOCATION:RRHH\, planta baja
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "own-exit-interview-es"))

    out.append(neg("loan-fr", cal(r"""
BEGIN:VEVENT
UID:visio-pret-mac-20250321@musee-des-beaux-arts-rouen.fr
DTSTAMP:20250314T100000Z
DTSTART;TZID=Europe/Paris:20250321T140000
DTEND;TZID=Europe/Paris:20250321T150000
SUMMARY:Visio - prêt des œuvres de Remedios Varo (exposition 2026)
ORGANIZER;CN=Sophie Garnier:mailto:s.garnier@musee-des-beaux-arts-rouen.fr
ATTENDEE;CN=Lucía Marín:mailto:lmarin@museo-arte-contemporaneo.es
DESCRIPTION:Point sur le constat d'état\, le convoiement et l'assurance clou à clou.
LOCATION:Teams
END:VEVENT
""", OUTLOOK), "loan-meeting-fr"))

    out.append(neg("acquisitions-es", _mine("ADQU16",
                                            "Comisión de adquisiciones", "20250514T100000", "20250514T133000",
                                            "Presentar 3 propuestas de compra (Galería Ochoa Pardo y ARCO)",
                                            "Sala de Juntas"), "internal-acquisitions-names-gallery-es"))
    return out
