"""Negatives with the user on the hiring side at Hoteles Cantábrico (holdout55, blind)."""

from __future__ import annotations

from holdout55ev_boiler import meet, teams
from holdout55ev_ics import APPLE, EXCHANGE, GOOGLE, ME_FREE, ME_NAME, ME_WORK, OUTLOOK, att, cal, event, org, spec, tz

MAD = "Europe/Madrid"
HC = "hotelescantabrico.com"


def neg(kind: str, lang: str, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str] | None,
        people: list[tuple[str, str]], desc: str, loc: str = "", prodid: str = GOOGLE, tzid: str | None = MAD,
        trap: str = "", me: str | None = ME_WORK) -> dict[str, object]:
    def when(v: str) -> str:
        if v.startswith("VALUE="):
            return v
        return tz(tzid, v) if tzid else ":" + v

    attendees = [att(mail, name) for mail, name in people]
    if me and organizer and organizer[0] != me:
        attendees.append(att(me, ME_NAME))
    ics = cal(event(uid, summary, when(start), when(end), organizer=org(*organizer) if organizer else None,
                    attendees=attendees, desc=desc or None, loc=loc or None), prodid=prodid,
              method="REQUEST" if organizer else None, tzs=(tzid,) if tzid and not start.startswith("VALUE=") else ())
    return spec(kind, lang, ics, uid, 0, trap=trap or f"{kind}-{lang}")


ME = (ME_WORK, "Álvaro Castillo")


def events() -> list[dict[str, object]]:
    u = "user-as-interviewer"
    return [
        neg("recep", "es", "hc-rec-0321-a1@hotelescantabrico.com", "Entrevista candidata Recepción – Laura Pardo",
            "20250321T110000", "20250321T113000", ME, [("laurapardo97@gmail.com", "Laura Pardo"),
                                                       (f"rrhh@{HC}", "RR. HH. Hoteles Cantábrico")],
            "Entrevista para recepcionista de noche (temporada). CV adjunto en el correo de RR. HH.",
            "Hotel Cantábrico Sardinero – despacho de dirección", OUTLOOK, trap=f"{u}-candidate-freemail-es"),
        neg("trial", "es", "hc-trial-cocina-0325@hotelescantabrico.com", "Prueba de trabajo cocinero – Marcos Ruiz",
            "20250325T100000", "20250325T150000", (f"chef@{HC}", "Chef Ejecutivo – Íñigo Saiz"),
            [("marcosruiz.cocina@hotmail.com", "Marcos Ruiz"), (f"chef@{HC}", "Íñigo Saiz")],
            "Marcos hace el servicio de mediodía con la partida de calientes. Álvaro pasa a las 14:00 para "
            "valorarlo con Íñigo.", "Cocina Hotel Cantábrico Sardinero", trap=f"{u}-trial-shift-es"),
        neg("group", "es", "hc-grupal-pisos-0402@hotelescantabrico.com", "Entrevista grupal camareras/os de piso",
            "20250402T100000", "20250402T120000", ME, [(f"gobernanta@{HC}", "Rosa Herrera (Gobernanta)")],
            "8 candidatos convocados (lista en la carpeta compartida). Dinámica de grupo + prueba de habitación.",
            "Salón Mataleñas", EXCHANGE, trap=f"{u}-group-interview-es"),
        neg("kit", "es", "tt-iv-hc-77120@hotelescantabrico.teamtailor.com",
            "Entrevista: Recepcionista nocturno/a – Sergio Bedia", "20250327T160000", "20250327T163000",
            (f"rrhh@{HC}", "Hoteles Cantábrico"), [("sergio.bedia.s@gmail.com", "Sergio Bedia"),
                                                   (ME_WORK, "Álvaro Castillo")],
            "Entrevistador: Álvaro Castillo (Director de Operaciones)\nKit de entrevista y scorecard: "
            "https://app.teamtailor.com/companies/hc/jobs/188/kit\nRecuerda rellenar la scorecard antes de 24 h.",
            "Google Meet", "-//Teamtailor//Interview//EN", trap=f"{u}-teamtailor-kit-es", me=None),
        neg("scorecard", "es", "hc-scorecard-0328@hotelescantabrico.com", "Rellenar scorecards recepción (3 cand.)",
            "20250328T090000", "20250328T093000", None, [], "Sergio B., Laura P., Nuria G.", tzid=MAD,
            prodid=APPLE, trap=f"{u}-scorecard-es", me=None),
        neg("debrief", "es", "hc-debrief-sous-0404@hotelescantabrico.com", "Debrief candidatos 2º jefe de cocina",
            "20250404T130000", "20250404T133000", ME, [(f"chef@{HC}", "Íñigo Saiz"), (f"rrhh@{HC}", "RR. HH.")],
            "Decidir entre Ane y Pablo tras la prueba de menú.\n\n" + teams("ZGVicmllZg"), "Teams", OUTLOOK,
            trap=f"{u}-debrief-es"),
        neg("panel", "es", "hc-panel-jefe-recepcion-0408@hotelescantabrico.com",
            "Panel entrevista Jefe/a de Recepción – candidata final", "20250408T120000", "20250408T130000",
            (f"rrhh@{HC}", "Noelia Ceballos (RR. HH.)"),
            [(ME_WORK, "Álvaro Castillo"), (f"direccion@{HC}", "Dirección General"),
             ("cristina.arce.h@yahoo.es", "Cristina Arce")],
            "Panel: Álvaro Castillo, Dirección General y RR. HH. Candidata: Cristina Arce.",
            "Sala de juntas, Hotel Cantábrico Puertochico", EXCHANGE, trap=f"{u}-panel-es", me=None),
        neg("shadow", "es", "hc-shadow-0409@hotelescantabrico.com", "Shadowing: Irene observa entrevistas de Álvaro",
            "20250409T100000", "20250409T123000", ME, [(f"irene.gomez@{HC}", "Irene Gómez")],
            "Irene (subdirectora) se sienta conmigo en las entrevistas de ayudantes de camarero para aprender el "
            "proceso.", "Despacho dirección", OUTLOOK, trap=f"{u}-shadowing-es"),
        neg("calendly-host", "es", "cal-hc-host-5a1b2c", "Entrevista prácticas Recepción entre Álvaro Castillo y "
            "Lucía Pérez", "20250410T080000Z", "20250410T082000Z", ME, [("lucia.perez.fp@gmail.com", "Lucía Pérez")],
            "Invitado: Lucía Pérez\nCorreo electrónico del invitado: lucia.perez.fp@gmail.com\nNombre del evento: "
            "Entrevista prácticas Recepción (FP Dual)\n\nCon la tecnología de Calendly.com", "Teléfono",
            "-//Calendly//Calendly//EN", tzid=None, trap=f"{u}-calendly-host-es"),
        neg("agency-candidate", "es", "ett-norte-0411-cand@talentonorte.es",
            "Candidato Talento Norte: Diego Saiz – Jefe de Sala", "20250411T170000", "20250411T173000",
            ("amaya@talentonorte.es", "Amaya Ruiz – Talento Norte ETT"), [("amaya@talentonorte.es", "Amaya Ruiz")],
            "Hola Álvaro, te presento a Diego Saiz para el puesto de Jefe de Sala del Sardinero. Te envío CV y "
            "referencias. Diego irá al hotel a las 17:00.", "Hotel Cantábrico Sardinero", OUTLOOK,
            trap=f"{u}-agency-sends-candidate-es"),
        neg("handtyped", "es", "7E2F11AA-90C3-4D1E-A6B2-3C4D5E6F7081", "entrev. ayudante cocina - Iker (hotmail)",
            "20250414T160000", "20250414T163000", None, [], "iker_gz@hotmail.com 6XX 118 402", tzid=None,
            prodid=APPLE, trap=f"{u}-handtyped-es", me=None),
        neg("intern-en", "en", "hc-erasmus-0416@hotelescantabrico.com", "Interview Erasmus intern (F&B) – Chloe Martin",
            "20250416T110000", "20250416T113000", ME, [("chloe.martin.hosp@gmail.com", "Chloe Martin")],
            "Internship interview, 6-month F&B placement from Glion. Ask about Spanish level.\n\n" + meet("erz-chl-mrt",
                                                                                                          "en"),
            "Google Meet", trap=f"{u}-intern-en"),
        neg("stagiaire-fr", "fr", "hc-stage-0417@hotelescantabrico.com", "Entretien stagiaire réception – Hugo Lefèvre",
            "20250417T100000", "20250417T103000", ME, [("hugo.lefevre@etu.univ-savoie.fr", "Hugo Lefèvre")],
            "Entretien pour le stage de réception (juin-septembre). Candidat de l'IUT Chambéry.\n\n" + teams("c3RhZ2U",
                                                                                                          "fr"),
            "Teams", OUTLOOK, trap=f"{u}-stagiaire-fr"),
        neg("trainee-de", "de", "hc-prakt-0422@hotelescantabrico.com", "Vorstellungsgespräch Praktikantin Rezeption – "
            "Lena Bauer", "20250422T103000", "20250422T110000", ME, [("lena.bauer99@web.de", "Lena Bauer")],
            "Gespräch mit Bewerberin für das Praktikum an der Rezeption (Sommer). Ich führe das Gespräch.\n\n"
            + meet("prk-lbn-bau", "en"), "Google Meet", trap=f"{u}-praktikum-de"),
        neg("workday-ats", "es", "wd-hc-INTERVIEW-2-3011@hotelescantabrico.myworkday.com",
            "Entrevista programada: Candidato Andrés Lavín – Sous Chef", "20250423T120000", "20250423T130000",
            ("hotelescantabrico@myworkday.com", "Hoteles Cantábrico Selección"), [(ME_WORK, "Álvaro Castillo")],
            "Ha sido asignado como entrevistador.\nCandidato: Andrés Lavín\nVacante: Sous Chef – Hotel Cantábrico "
            "Puertochico\nAcceda al formulario de evaluación en Workday.", "Despacho F&B",
            "-//Workday Inc//Workday Recruiting//EN", trap=f"{u}-workday-interviewer-es", me=None),
        neg("camareros-trial", "es", "hc-trial-sala-0426@hotelescantabrico.com", "Prueba de sala (2 camareros extra)",
            "20250426T123000", "20250426T163000", ME, [(f"maitre@{HC}", "Carlos Maza")],
            "Prueba en servicio de boda: Jon y Adrián. Valoración con Carlos al terminar.", "Salón Magdalena",
            OUTLOOK, trap=f"{u}-trial-shift-es"),
        neg("hiring-committee", "es", "hc-comite-sel-0429@hotelescantabrico.com",
            "Comité de selección temporada verano",
            "20250429T090000", "20250429T103000", (f"rrhh@{HC}", "RR. HH. Hoteles Cantábrico"),
            [(ME_WORK, "Álvaro Castillo"), (f"chef@{HC}", "Íñigo Saiz"), (f"gobernanta@{HC}", "Rosa Herrera")],
            "Revisión de entrevistas realizadas y ofertas para 14 puestos de temporada.", "Sala de juntas", EXCHANGE,
            trap=f"{u}-hiring-committee-es", me=None),
        neg("video-recep", "es", "hc-video-recep-0430@hotelescantabrico.com", "Videoentrevista recepcionista – Nuria "
            "González", "20250430T170000", "20250430T173000", ME, [("nuriagonzalez.tur@yahoo.es", "Nuria González")],
            "Candidata a recepcionista (inglés y francés). \n\n" + teams("bnVyaWE"), "Reunión de Microsoft Teams",
            OUTLOOK, trap=f"{u}-candidate-freemail-es"),
        neg("personal-cal-note", "es", "3B6D9F12-4A5C-4E7E-8091-A2B3C4D5E6F7", "Entrevistas becarios FP (Escuela de "
            "Hostelería)", "20250505T093000", "20250505T133000", None, [],
            "Yo entrevisto a 6 alumnos de 2º de Dirección de Cocina para prácticas en el hotel.",
            "Escuela de Hostelería de Cantabria", APPLE, trap=f"{u}-school-interns-es", me=None),
        neg("freemail-copy", "es", "5v7b9n1m3q5w7e9r1t3y@google.com", "Entrevista jefe de mantenimiento (candidato "
            "Rubén Cobo)", "20250506T100000", "20250506T103000", (ME_FREE, ME_NAME),
            [("rubencobo.mant@gmail.com", "Rubén Cobo"), (ME_WORK, "Álvaro Castillo")],
            "Le entrevisto yo para el puesto de jefe de mantenimiento del Sardinero. Copia en mi correo personal.",
            "Hotel Cantábrico Sardinero", trap=f"{u}-from-freemail-es", me=None),
    ]
