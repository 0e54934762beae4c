"""holdout112 negatives: mocks, webinars, press, tutorías, school life, personal appointments, prep."""

from __future__ import annotations

from holdout112ev_core import (
    ME,
    ME_CN,
    P_APPLE,
    P_GOOGLE,
    P_MAC,
    P_OUTLOOK,
    ROMANCE,
    TZ_MADRID,
    TZ_PARIS,
    TZ_ROMANCE,
    WORK,
    Ev,
    alarm,
    att,
    cal,
    meet,
    org,
    t,
    teams,
    vev,
    zoom,
)

DIR = "direccion@ceip-triana-sevilla.es"


def _n(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _solo(uid: str, start: str, end: str, summary: str, desc: str = "", loc: str = "",
          prodid: str = P_APPLE, extra: tuple[str, ...] = ()) -> str:
    lines = [f"DTSTART;TZID=Europe/Madrid:{start}", f"DTEND;TZID=Europe/Madrid:{end}", t("SUMMARY", summary)]
    if desc:
        lines.append(t("DESCRIPTION", desc))
    if loc:
        lines.append(t("LOCATION", loc))
    lines.extend(extra)
    return cal(prodid, vev(uid, *lines), method=None, tz=TZ_MADRID)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "1a2s3d4f5g6h7j8k9l0m@google.com"
    out.append(_n("mock-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250313T190000",
        "DTEND;TZID=Europe/Madrid:20250313T200000",
        org("marta.preparadora@gmail.com", "Marta Lora"),
        att(ME, ME_CN),
        t("SUMMARY", "Simulacro de entrevista – colegio concertado (Diego)"),
        t("DESCRIPTION",
          "Hacemos un simulacro como si yo fuera la directora de un concertado: preguntas típicas (gestión "
          "del aula, atención a la diversidad, ideario del centro). Te grabo y luego lo comentamos.\n\n"
          + meet("rza-pbqo-tey")),
    ), tz=TZ_MADRID), uid, "mock-es"))

    uid = "2C4E6A8B-MOCK-EN-0316"
    out.append(_n("mock-en", _solo(uid, "20250316T120000", "20250316T130000",
                                   "Mock interview in English (bilingual schools) w/ Claire",
                                   "Claire (amiga, teacher en Manchester) me hace de headteacher. Practicar "
                                   "'tell me about a lesson that went wrong'.", "FaceTime"), uid, "mock-en"))

    uid = "webinar-entrevista-concertados-0320@eventbrite.com"
    out.append(_n("webinar-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250320T173000Z",
        "DTEND:20250320T183000Z",
        org("noreply@eventbrite.com", "Docentes en Ruta"),
        att(ME, ME_CN),
        t("SUMMARY", "Webinar: Cómo superar la entrevista en un colegio concertado"),
        t("DESCRIPTION",
          "Gracias por inscribirte. En este webinar gratuito veremos qué buscan los equipos directivos, "
          "cómo preparar la clase demostrativa y las 10 preguntas más frecuentes.\n\n"
          + zoom("Docentes en Ruta", "81234905521", "ZG9jZW50ZXM", "774100")),
    )), uid, "webinar-es"))

    uid = "andaluciaorienta-taller-0325@orienta-sevilla.es"
    out.append(_n("class-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250325T100000",
        f"DTEND;TZID={ROMANCE}:20250325T123000",
        org("taller@orienta-sevilla.es", "Servicio de Orientación Laboral"),
        att(ME, ME_CN, style="outlook"),
        t("SUMMARY", "Taller grupal: la entrevista de trabajo (sector educativo)"),
        t("DESCRIPTION",
          "Taller práctico de orientación laboral: tipos de entrevista, entrevista por competencias y "
          "role-play por parejas. Plazas limitadas. Trae tu CV."),
        t("LOCATION", "Centro de Orientación, C/ Torneo 26, aula 3"),
    ), tz=TZ_ROMANCE), uid, "class-es"))

    uid = "pizarraviva-ux-research-0227@pizarraviva.com"
    out.append(_n("user-research-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250227T170000",
        "DTEND;TZID=Europe/Madrid:20250227T174500",
        org("research@pizarraviva.com", "Equipo de Research – Pizarra Viva"),
        att(WORK, "Diego Fuentes"),
        t("SUMMARY", "Entrevista con docentes – investigación de usuario (45 min)"),
        t("DESCRIPTION",
          "¡Gracias por participar en nuestro estudio! Queremos entender cómo preparas tus clases de "
          "Primaria y qué herramientas digitales usas. No hay respuestas correctas. Como agradecimiento "
          "recibirás una tarjeta regalo de 30 €.\n\n" + meet("ehu-qwpr-myd")),
    ), tz=TZ_MADRID), uid, "user-research-es"))

    uid = "radiotriana-entrevista-abuelos-0402"
    out.append(_n("press-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250402T123000",
        "DTEND;TZID=Europe/Madrid:20250402T130000",
        org("programas@radiotriana.es", "Radio Triana – Magazine de mañana"),
        att(WORK, "Diego Fuentes"),
        t("SUMMARY", "Entrevista en directo: proyecto 'Historias de los abuelos' (CEIP Triana)"),
        t("DESCRIPTION",
          "Diego, te llamamos al fijo del colegio a las 12:30 para la entrevista en directo (8-10 min) sobre "
          "el proyecto en el que tus alumnos entrevistan a sus abuelos."),
    ), tz=TZ_MADRID), uid, "press-es"))

    uid = "teachersabroad-podcast-rec-0405"
    out.append(_n("podcast-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART:20250405T090000Z",
        "DTEND:20250405T100000Z",
        org("hello@teachersabroadpod.com", "Teachers Abroad Podcast"),
        att(ME, ME_CN),
        t("SUMMARY", "Podcast recording – Teachers Abroad: interview with Diego Fuentes"),
        t("DESCRIPTION",
          "Thanks for coming on the show! We'll chat about being a primary teacher in Andalusia and your "
          "grandparents oral-history project. Recording link: https://riverside.fm/studio/teachers-abroad"),
    )), uid, "podcast-en"))

    uid = "abuelos-4b-entrevistas-0409@ceip-triana-sevilla.es"
    out.append(_n("pupils-interview-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250409T100000",
        "DTEND;TZID=Europe/Madrid:20250409T113000",
        org(WORK, ME_CN),
        t("SUMMARY", "Proyecto abuelos: los abuelos vienen a clase – entrevistas 4ºB"),
        t("DESCRIPTION", "Grupos de 4 alumnos entrevistan a cada abuelo/a. Grabadoras de la biblioteca."),
        t("LOCATION", "Aula 4ºB"),
    ), method="PUBLISH", tz=TZ_MADRID), uid, "pupils-interview-es"))

    uid = "8F1E2D3C-TUTORIA-HUGO"
    out.append(_n("tutoria-es", _solo(uid, "20250311T160000", "20250311T163000", "Entrevista familia Hugo M. (4ºB)",
                                      "tutoría. lectura + conducta recreo", "Aula 4ºB"), uid, "tutoria-entrevista-es"))

    uid = "tutoria-lucia-0318@ceip-triana-sevilla.es"
    out.append(_n("tutoria2-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250318T161500",
        "DTEND;TZID=Europe/Madrid:20250318T164500",
        org(WORK, ME_CN),
        att("mercedes.lopez.g@gmail.com", "Mercedes López (madre de Lucía)"),
        t("SUMMARY", "Tutoría – padres de Lucía G."),
        t("LOCATION", "Aula 4ºB"),
    ), tz=TZ_MADRID), uid, "tutoria-es"))

    uid = "eoe-orientadora-0320@ceip-triana-sevilla.es"
    out.append(_n("orientadora-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250320T093000",
        "DTEND;TZID=Europe/Madrid:20250320T101500",
        org("eoe.sevilla.triana@juntadeandalucia.es", "Orientadora EOE"),
        att(WORK, "Diego Fuentes"),
        t("SUMMARY", "Entrevista con orientadora EOE – alumno 4ºB (evaluación psicopedagógica)"),
    ), tz=TZ_MADRID), uid, "internal-eoe-es"))

    uid = "claustro-ordinario-0331@ceip-triana-sevilla.es"
    out.append(_n("claustro-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250331T161500",
        "DTEND;TZID=Europe/Madrid:20250331T180000",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, "Diego Fuentes"),
        t("SUMMARY", "Claustro ordinario"),
        t("DESCRIPTION", "Orden del día: 1. Lectura acta anterior 2. Resultados 2º trimestre 3. Plan de "
                         "Igualdad 4. Ruegos y preguntas"),
    ), tz=TZ_MADRID), uid, "internal-es"))

    uid = "ccp-semanal@ceip-triana-sevilla.es"
    out.append(_n("ccp-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250304T140000",
        "DTEND;TZID=Europe/Madrid:20250304T150000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624T120000Z",
        org("jefatura@ceip-triana-sevilla.es", "Jefatura de Estudios"),
        att(WORK, "Diego Fuentes"),
        t("SUMMARY", "CCP"),
    ), tz=TZ_MADRID), uid, "internal-recurring-es"))

    uid = "9B8A7C6D-GUARDIA-RECREO"
    out.append(_n("guardia-es", _solo(uid, "20250305T113000", "20250305T120000", "guardia recreo patio",
                                      extra=("RRULE:FREQ=WEEKLY;BYDAY=WE",)), uid, "internal-es"))

    uid = "C1D2E3F4-MEDICO-0312"
    out.append(_n("medico-es", _solo(uid, "20250312T083000", "20250312T084500", "Médico cabecera (Dr. Sánchez)",
                                     loc="C.S. El Porvenir",
                                     extra=tuple(alarm(30, "Médico"))), uid, "personal-doctor-es"))

    uid = "itv-cita-0329@itvsevilla.es"
    out.append(_n("itv-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250329T094000",
        "DTEND;TZID=Europe/Madrid:20250329T100000",
        org("citas@itvsevilla.es", "ITV Sevilla Los Palacios"),
        att(ME, ME_CN),
        t("SUMMARY", "Cita ITV – matrícula 4821 KLM"),
        t("DESCRIPTION", "Presentarse 10 min antes con permiso de circulación y ficha técnica. Localizador: "
                         "ITV-88213."),
    ), tz=TZ_MADRID), uid, "personal-itv-es"))

    uid = "D5E6F7A8-BANCO-0403"
    out.append(_n("banco-es", _solo(uid, "20250403T090000", "20250403T094500",
                                    "Banco Cartuja – cita con el gestor (hipoteca)",
                                    "llevar 3 últimas nóminas + nombramiento de interino", "Oficina Av. San Juan "
                                    "de Ribera"), uid, "personal-bank-es"))

    uid = "visa-j1-usembassy-0423@ustraveldocs.com"
    out.append(_n("visa-interview-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250423T081500",
        "DTEND;TZID=Europe/Madrid:20250423T091500",
        org("noreply@ustraveldocs.com", "U.S. Visa Information Service"),
        att(ME, ME_CN),
        t("SUMMARY", "Visa Interview Appointment – U.S. Embassy Madrid (J-1)"),
        t("DESCRIPTION",
          "Your consular interview is confirmed. Bring your passport, DS-2019 form, DS-160 confirmation "
          "page and SEVIS fee receipt. Electronic devices are not allowed in the Embassy."),
        t("LOCATION", "Embajada de EE. UU., C/ Serrano 75, Madrid"),
    ), tz=TZ_MADRID), uid, "visa-interview-en"))

    uid = "seguimiento-inspeccion-0410@ceip-triana-sevilla.es"
    out.append(_n("appraisal-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250410T123000",
        "DTEND;TZID=Europe/Madrid:20250410T131500",
        org(DIR, "Dirección CEIP Triana"),
        att(WORK, "Diego Fuentes"),
        att("inspeccion.zona3@juntadeandalucia.es", "Inspector de zona"),
        t("SUMMARY", "Entrevista de seguimiento – evaluación de la práctica docente (Diego)"),
        t("DESCRIPTION", "Revisión de tu programación y observación del 2º trimestre con el inspector de zona."),
    ), tz=TZ_MADRID), uid, "own-appraisal-es"))

    uid = "bridge-salida-0228@academiabridge.es"
    out.append(_n("exit-interview-es", cal(P_OUTLOOK, vev(
        uid,
        f"DTSTART;TZID={ROMANCE}:20250228T180000",
        f"DTEND;TZID={ROMANCE}:20250228T183000",
        org("rrhh@academiabridge.es", "Pardo, Lourdes"),
        att(ME, "Fuentes Morillo, Diego", style="outlook"),
        t("SUMMARY", "Entrevista de salida – Diego Fuentes (profesor tardes)"),
        t("DESCRIPTION",
          "Hola Diego, antes de tu último día nos gustaría hacerte una breve entrevista de salida para "
          "conocer tu experiencia en Academia Bridge y qué podemos mejorar.\n\n"
          + teams("YjVkMmUzOGMtOGNmZi00", "311 402 776 195", "Br9dG3")),
    ), tz=TZ_ROMANCE), uid, "exit-interview-es"))

    uid = "6y5t4r3e2w1q0p9o8i7u@google.com"
    out.append(_n("coffee-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250301T113000",
        "DTEND;TZID=Europe/Madrid:20250301T123000",
        org("alvaro.mendez.r@gmail.com", "Álvaro Méndez"),
        att(ME, ME_CN),
        t("SUMMARY", "Café Álvaro – charla sobre trabajar en edtech"),
        t("DESCRIPTION",
          "Te cuento cómo es el día a día en Cuadernia y cómo pasé del aula a diseño de contenidos. Nada "
          "formal, sin procesos de selección de por medio :)"),
        t("LOCATION", "Café Virgen de los Reyes"),
    ), tz=TZ_MADRID), uid, "informational-coffee-es"))

    uid = "feria-empleo-docente-fibes-2025"
    out.append(_n("job-fair-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;VALUE=DATE:20250405",
        "DTEND;VALUE=DATE:20250406",
        org("inscripciones@empleodocente-feria.es", "Feria de Empleo Docente Andalucía"),
        att(ME, ME_CN),
        t("SUMMARY", "Feria de Empleo Docente Andalucía 2025 – FIBES Sevilla"),
        t("DESCRIPTION",
          "Tu entrada está confirmada. Más de 60 centros concertados, privados, academias y empresas "
          "edtech. Trae copias de tu CV. Charlas: 'La entrevista en centros bilingües' (11:00)."),
        "TRANSP:TRANSPARENT",
    )), uid, "job-fair-es"))

    uid = "E9F8A7B6-REFERENCIA-CARMEN"
    out.append(_n("referee-es", _solo(uid, "20250407T133000", "20250407T134500",
                                      "Llamada: referencia para Carmen Vidal (la llaman de Colegios Albero)",
                                      "Carmen me puso de referencia. Hablar bien de su trabajo en el proyecto "
                                      "bilingüe 20-22."), uid, "referee-es"))

    uid = "headhunter-call-0311"
    out.append(_n("recruiter-no-employer-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250311T140000",
        "DTEND;TZID=Europe/Madrid:20250311T142000",
        org("beatriz@talentoaulaconsulting.es", "Beatriz Soler"),
        att(ME, ME_CN),
        t("SUMMARY", "Llamada – oportunidad confidencial colegio bilingüe (Aljarafe)"),
        t("DESCRIPTION",
          "Hola Diego, te llamo para contarte una posición para un colegio privado bilingüe de la zona del "
          "Aljarafe. Por confidencialidad no puedo darte el nombre del centro todavía.\nBeatriz Soler – "
          "Talento Aula Consulting"),
        "LOCATION:Teléfono",
    ), tz=TZ_MADRID), uid, "recruiter-no-employer-es"))

    uid = "A1B2C3D4-PREP-ESPERANZA"
    out.append(_n("prep-es", _solo(uid, "20250323T180000", "20250323T200000",
                                   "Preparar clase demo Colegio Esperanza (5º Natural Science)",
                                   "plants unit. flashcards + mini-quiz Kahoot"), uid, "prep-block-es"))

    uid = "prep-star-mathkin-0402@gmail.com"
    out.append(_n("prep-en", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250402T200000",
        "DTEND;TZID=Europe/Madrid:20250402T210000",
        org(ME, ME_CN),
        t("SUMMARY", "Prep: STAR answers + questions for Mathkin CEO"),
    ), method="PUBLISH", tz=TZ_MADRID), uid, "prep-block-en"))

    uid = "F0E1D2C3-OPOS-PRUEBA1"
    out.append(_n("exam-es", cal(P_MAC, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250621T083000",
        "DTEND;TZID=Europe/Madrid:20250621T140000",
        t("SUMMARY", "Oposiciones Primaria – 1ª prueba (parte práctica + tema)"),
        t("DESCRIPTION", "IES Martínez Montañés. DNI, bolis azules. Tribunal 14."),
    ), method=None, tz=TZ_MADRID), uid, "oposicion-exam-es"))

    uid = "preparador-grupo-jueves"
    out.append(_n("preparador-es", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250306T180000",
        "DTEND;TZID=Europe/Madrid:20250306T200000",
        "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=14",
        org("preparadorjorge@gmail.com", "Jorge (preparador)"),
        att(ME, ME_CN),
        t("SUMMARY", "Preparador oposiciones – clase grupal (supuestos prácticos)"),
    ), tz=TZ_MADRID), uid, "class-recurring-es"))

    uid = "adjudicacion-interinos-0725"
    out.append(_n("admin-es", _solo(uid, "20250725T090000", "20250725T093000",
                                    "Adjudicación destinos interinos – revisar resolución SIPRI",
                                    "portal Séneca/ SIPRI. tener la lista de centros pedidos a mano",
                                    prodid=P_GOOGLE), uid, "admin-es"))

    uid = "goethe-b1-kurs-dienstag"
    out.append(_n("class-de", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Madrid:20250304T193000",
        "DTEND;TZID=Europe/Madrid:20250304T210000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=12",
        org("kurse@sprachschule-hispalis.de", "Sprachschule Hispalis"),
        att(ME, ME_CN),
        t("SUMMARY", "Deutschkurs B1 – Lektion 7: Vorstellungsgespräch"),
        t("DESCRIPTION", "Thema heute: Ein Vorstellungsgespräch führen (Rollenspiel). Hausaufgabe S. 84."),
    ), tz=TZ_MADRID), uid, "class-de"))

    uid = "webinaire-aefe-entretien-0326"
    out.append(_n("webinar-fr", cal(P_GOOGLE, vev(
        uid,
        "DTSTART;TZID=Europe/Paris:20250326T180000",
        "DTEND;TZID=Europe/Paris:20250326T190000",
        org("webinaires@enseigner-a-letranger.fr", "Enseigner à l'étranger"),
        att(ME, ME_CN),
        t("SUMMARY", "Webinaire : réussir son entretien pour un poste en contrat local"),
        t("DESCRIPTION",
          "Merci pour votre inscription. Au programme : préparer l'entretien avec le chef d'établissement, "
          "la séance d'observation et les questions fréquentes. Lien envoyé 1 h avant."),
    ), tz=TZ_PARIS), uid, "webinar-fr"))
    return out
