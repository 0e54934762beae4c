"""holdout109 negatives: work, press, career, personal (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout109ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME,
    OUTLOOK,
    TZ_MADRID,
    TZ_SANTIAGO,
    TZ_WIN_SANTIAGO,
    WORK,
    ZOOM_ES,
    Ev,
    att,
    cal,
    org,
    vevent,
)

S = "DTSTART;TZID=America/Santiago:"
E = "DTEND;TZID=America/Santiago:"
W = "TZID=Pacific SA Standard Time:"
GM = "mreyeslira@hotelandesmapocho.cl"
ZOOM = ZOOM_ES.format(url="https://us02web.zoom.us/j/84400211930", mid="844 0021 1930", mid_n="84400211930",
                      pw="300112")


def _g(uid: str, summary: str, t0: str, t1: str, *, desc: str | None = None, loc: str | None = None,
       organizer: str | None = None, attendees: list[str] | None = None, prod: str = GOOGLE,
       method: str | None = "REQUEST", extra: tuple[str, ...] = (), stamp: str = "20250305T120000Z") -> str:
    """A Santiago-zoned event; t0/t1 may be 'YYYYMMDD' for all-day or 'YYYYMMDDTHHMM'."""
    if "T" in t0:
        start, end = S + t0 + "00", E + t1 + "00"
    else:
        start, end = "DTSTART;VALUE=DATE:" + t0, "DTEND;VALUE=DATE:" + t1
    ev = vevent(uid, summary, start, end, stamp=stamp, organizer=organizer, attendees=attendees or [], desc=desc,
                loc=loc, extra=extra, status=None if organizer is None else "CONFIRMED",
                seq=None if organizer is None else 0)
    return cal(prod, ev, method=method if organizer else None, tz=[TZ_SANTIAGO] if "T" in t0 else [])


def _w(uid: str, summary: str, t0: str, t1: str, desc: str, organizer: str, attendees: list[str], loc: str,
       extra: tuple[str, ...] = ()) -> str:
    ev = vevent(uid, summary, f"DTSTART;{W}{t0}00", f"DTEND;{W}{t1}00", stamp="20250305T120000Z",
                organizer=organizer, attendees=attendees, desc=desc, loc=loc,
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", *extra])
    return cal(EXCHANGE, ev, tz=[TZ_WIN_SANTIAGO])


def build() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, uid: str, text: str, trap: str) -> None:
        out.append(Ev(kind, text, uid, 0, trap=trap))

    u = "m0ck1nt3rv13w2025@google.com"
    add("mock-en", u, _g(u, "Simulacro entrevista en inglés – con Pati (coach)", "20250310T1900", "20250310T2000",
        desc="Mock interview: preguntas típicas de brand ambassador (why this brand, pitch a wine in 2 min, "
        "handling objections). Pati me da feedback al final.\n\n" + ZOOM, organizer=org("pati.coach.ingles@gmail.com",
        "Patricia Lynch"), attendees=[att(ME, "Gonzalo Herrera")]), "mock-interview-en-es")

    u = "c0ach1ng-s3s10n-4@calendly.com"
    add("coaching-es", u, _g(u, "Sesión 4/6 coaching de carrera – preparación de entrevistas", "20250318T2000",
        "20250318T2100", desc="Programa Reinvéntate – Sesión 4: cómo contar tu historia en una entrevista y "
        "negociar la oferta.\nCoach: Bárbara Solar\n\n" + ZOOM, organizer=org("barbara@reinventatecoaching.cl",
        "Bárbara Solar"), attendees=[att(ME, "Gonzalo Herrera")], prod="-//Calendly//Calendly//EN"),
        "coaching-interview-prep-es")

    u = "webinar-wcl-20250320@zoom.us"
    add("webinar-es", u, _g(u, "Webinar: Cómo enfrentar una entrevista en el mundo del vino", "20250320T1900",
        "20250320T2030", desc="Gracias por registrarte en el webinar de Wine Careers LatAm.\nPanelistas: "
        "headhunters y gerentes de exportación comparten qué buscan en una entrevista.\n\nÚnete al webinar: "
        "https://us02web.zoom.us/w/88100234455", organizer=org("no-reply@zoom.us", "Wine Careers LatAm"),
        attendees=[att(ME, "Gonzalo Herrera")], prod="-//Zoom Video Communications//Zoom Webinar//EN"),
        "webinar-about-interviews-es")

    u = "wset-d3-francia@google.com"
    add("class-es", u, _g(u, "Clase WSET Diploma D3 – Francia (Loira y Ródano)", "20250322T0930", "20250322T1330",
        desc="Escuela del Vino – módulo D3. Traer copas ISO.", loc="Escuela del Vino, Av. Holanda 99, Providencia",
        organizer=org("clases@escueladelvino.cl", "Escuela del Vino"), attendees=[att(ME, "Gonzalo Herrera")],
        extra=("RRULE:FREQ=WEEKLY;COUNT=6",)), "class-recurring-es")

    u = "prensa-vys-0326@google.com"
    add("press-es", u, _g(u, "Entrevista revista Vinos & Sabores – cartas de vino de hotel", "20250326T1130",
        "20250326T1230", desc="La periodista Javiera Oyarzún me entrevista para el reportaje 'Quién hace las cartas "
        "de los hoteles de Santiago'. Fotos en el restaurante.", loc="Restaurante Mapocho",
        organizer=org("joyarzun@vinosysabores.cl", "Javiera Oyarzún"), attendees=[att(WORK, "Gonzalo Herrera")]),
        "press-interview-es")

    u = "p0dcast-copaenmano-ep41@google.com"
    add("podcast-es", u, _g(u, "Grabación podcast 'Copa en Mano' – ep. 41 (entrevista)", "20250402T1700",
        "20250402T1815", desc="Conversación sobre el País y los vinos del secano. Grabamos en Riverside: "
        "https://riverside.fm/studio/copa-en-mano", organizer=org("copaenmanopodcast@gmail.com", "Copa en Mano"),
        attendees=[att(ME, "Gonzalo Herrera")]), "podcast-interview-es")

    u = "ui-study-vinder-77123@userinterviews.com"
    add("user-research-en", u, _g(u, "User Interview: Vinder pairing app study (45 min, $60 incentive)",
        "20250409T1900", "20250409T1945", desc="Thanks for joining our research study! You'll chat with a Vinder "
        "product researcher about how sommeliers build pairings. This is not a job interview.\n\nZoom: "
        "https://vinder.zoom.us/j/99120033312", organizer=org("research@vinder.app", "Vinder Research"),
        attendees=[att(ME, "Gonzalo Herrera")], prod="-//User Interviews//Scheduler//EN"), "user-research-en")

    u = "press-vq-0414@vintnersquarterly.com"
    add("press-en", u, _g(u, "Interview – Vintner's Quarterly (Chilean País feature)", "20250414T1000",
        "20250414T1045", desc="Hi Gonzalo, thanks for agreeing to be interviewed for our feature on País and "
        "Itata. Phone call, about 40 minutes.\nLaura Whitcombe, contributing editor",
        organizer=org("laura.whitcombe@vintnersquarterly.com", "Laura Whitcombe"),
        attendees=[att(WORK, "Gonzalo Herrera")]), "press-interview-en")

    u = "D0C70R-5AL1NA5-0F1E2D3C"
    add("doctor-es", u, _g(u, "Dr. Salinas – control", "20250313T0830", "20250313T0900", loc="Clínica Alemana, "
        "Av. Vitacura 5951"), "personal-doctor-es")

    u = "S11-C17A-R3NTA-2025"
    add("sii-es", u, _g(u, "SII – cita presencial declaración renta", "20250415T0900", "20250415T0930",
        desc="Nº atención 44120. Llevar boletas de honorarios (catas privadas)", loc="SII Santiago Oriente"),
        "personal-sii-es")

    u = "c0l3g10-ap0d3rad05-4b@google.com"
    add("school-es", u, _g(u, "Reunión apoderados 4°B", "20250327T1930", "20250327T2100",
        loc="Colegio Los Almendros", organizer=org("4b.losalmendros@gmail.com", "Directiva 4°B"),
        attendees=[att(ME, "Gonzalo Herrera")]), "personal-school-es")

    u = "ADM-1SS10N-C0L3G10-7788"
    add("school-admission-es", u, _g(u, "Entrevista de admisión colegio – Tomás (entrevista a los padres)",
        "20250404T0800", "20250404T0845", desc="Colegio Los Almendros, proceso de admisión kínder 2026. Vamos con "
        "Carla.", loc="Colegio Los Almendros – Dirección"), "personal-school-admission-interview-es")

    u = "BANC0-F1RMA-H1P0TECA-01"
    add("bank-es", u, _g(u, "Banco – firma crédito hipotecario", "20250429T1000", "20250429T1100",
        desc="ejecutiva: Pamela Ríos. llevar liquidaciones de sueldo", loc="Banco, sucursal El Golf"),
        "personal-bank-es")

    u = "c0nsulad0-esp-t1tul0s@google.com"
    add("consulate-es", u, _g(u, "Cita Consulado de España – legalización títulos", "20250507T0900",
        "20250507T0930", desc="Apostilla títulos sommelier + WSET. Cita previa nº 2025-CL-01842",
        loc="Consulado General de España, Av. Andrés Bello 1895"), "personal-consulate-es")

    u = "D3NT15TA-UGART3-0520"
    add("dentist-es", u, _g(u, "Dentista Dra. Ugarte", "20250520T1800", "20250520T1845"), "personal-dentist-es")

    u = "040000008200E00074C5B7101A82E00800000000REUAYB00000000000000000000000010000000REUAYBWEEKLY"
    add("weekly-es", u, _w(u, "Reu A&B semanal", "20250303T0930", "20250303T1030", "Ventas, inventario, "
        "reservas de grupos, turnos.", org(GM, "Reyes-Lira, Mónica"), [att(WORK, "Herrera, Gonzalo")],
        "Sala Directorio", extra=("RRULE:FREQ=WEEKLY;BYDAY=MO",)), "internal-weekly-recurring-es")

    u = "1NV3NTAR10-B0D3GA-MAR"
    add("inventory-es", u, _g(u, "inventario bodega", "20250331", "20250401", extra=("TRANSP:TRANSPARENT",)),
        "internal-inventory-all-day-es")

    u = "040000008200E00074C5B7101A82E00800000000CATAHUESPED0000000000000000000010000000CATAHUESPED1"
    add("guest-tasting-es", u, _w(u, "Cata maridaje huéspedes – vertical Carménère", "20250328T1900",
        "20250328T2100", "Cata para 14 huéspedes (grupo incentivo). Vinos: 2015, 2018, 2021.",
        org(WORK, "Herrera, Gonzalo"), [att("eventos@hotelandesmapocho.cl", "Eventos")], "Restaurante Mapocho"),
        "work-guest-tasting-es")

    u = "040000008200E00074C5B7101A82E00800000000CATAPRENSA00000000000000000000010000000CATAPRENSA01"
    add("press-tasting-es", u, _w(u, "Cata prensa – nueva carta de invierno", "20250506T1230", "20250506T1430",
        "Invitados: 8 periodistas y 2 influencers. Confirmar con agencia de comunicaciones.",
        org("prensa@agenciavendimia.cl", "Agencia Vendimia"), [att(WORK, "Herrera, Gonzalo"), att(GM, "Reyes-Lira, "
        "Mónica")], "Restaurante Mapocho"), "work-press-tasting-es")

    u = "prov-cordilleraazul-0318@cordilleraazul.cl"
    add("supplier-es", u, _g(u, "Presentación portafolio 2025 – Viña Cordillera Azul / Hotel Andes Mapocho",
        "20250319T1500", "20250319T1600", desc="Gonzalo, paso por el hotel con las nuevas añadas y la propuesta "
        "de vino por copa para el segundo semestre.\nRenato Vial, KAM Horeca", loc="Hotel Andes Mapocho",
        organizer=org("rvial@cordilleraazul.cl", "Renato Vial"), attendees=[att(WORK, "Gonzalo Herrera")],
        prod=OUTLOOK), "supplier-meeting-same-company-es")

    u = "040000008200E00074C5B7101A82E00800000000EVALDESEMP000000000000000000010000000EVALDESEMP01"
    add("appraisal-es", u, _w(u, "Evaluación de desempeño anual – Gonzalo Herrera", "20250317T1700",
        "20250317T1800", "Revisión de objetivos 2024, plan 2025 y conversación de desarrollo.",
        org(GM, "Reyes-Lira, Mónica"), [att(WORK, "Herrera, Gonzalo")], "Oficina Gerencia General"),
        "own-appraisal-es")

    u = "cafe-andres-lyon@google.com"
    add("coffee-es", u, _g(u, "Café con Andrés Lyon – consejos export", "20250312T0830", "20250312T0930",
        desc="Ex gerente de exportaciones, me cuenta cómo es la pega de brand ambassador en Asia. No hay vacante, "
        "solo conversar.", loc="Café Triciclo, Providencia", organizer=org("andreslyon.wine@gmail.com", "Andrés "
        "Lyon"), attendees=[att(ME, "Gonzalo Herrera")]), "informational-coffee-es")

    u = "feria-laboral-gyh-2025@google.com"
    add("job-fair-es", u, _g(u, "Feria Laboral Gastronomía y Hotelería 2025", "20250405T1000", "20250405T1400",
        desc="Llevar 20 CVs impresos. Stands: cadenas hoteleras, viñas, importadoras.", loc="Espacio Riesco, "
        "Huechuraba"), "job-fair-es")

    u = "040000008200E00074C5B7101A82E00800000000REFCHECK0000000000000000000000010000000REFCHECK0001"
    add("referee-es", u, _w(u, "Referencia laboral – Tomás Ibarra (ex garzón)", "20250423T1230", "20250423T1245",
        "Estimado Gonzalo: Tomás Ibarra está en proceso con nosotros para Jefe de Turno y te indicó como "
        "referencia. ¿Podemos llamarte 15 minutos?\nPaulina Cerda – Selección, Hotel Costa Pacífico",
        org("pcerda@hotelcostapacifico.cl", "Cerda, Paulina"), [att(WORK, "Herrera, Gonzalo")], "Teléfono"),
        "reference-call-user-is-referee-es")

    u = "hh-talentogourmet-0319@google.com"
    add("recruiter-noemployer-es", u, _g(u, "Llamada con headhunter – Talento Gourmet", "20250319T1830",
        "20250319T1900", desc="Rocío me llama por una búsqueda confidencial (no puede decir el cliente todavía). "
        "Perfil: gerente de A&B, Santiago.", organizer=org("rocio@talentogourmet.cl", "Rocío Lazcano"),
        attendees=[att(ME, "Gonzalo Herrera")]), "recruiter-call-no-employer-es")

    u = "PR3P-C0RD1LL3RA-0324"
    add("prep-es", u, _g(u, "Preparar entrevista Cordillera Azul – repasar portafolio y precios FOB",
        "20250324T2100", "20250324T2230", desc="mirar memoria anual, mercados Asia, competencia"),
        "prep-block-es")

    u = "jurado-sommelier-joven-2025@google.com"
    add("jury-es", u, _g(u, "Jurado – Concurso Mejor Sommelier Joven de Chile (semifinal)", "20250510T0900",
        "20250510T1400", desc="Evaluar cata a ciegas y servicio de 12 semifinalistas.",
        loc="Centro de Eventos Casapiedra",
        organizer=org("concursos@sommelierschile.cl", "Asociación de Sommeliers"),
        attendees=[att(ME, "Gonzalo Herrera")]), "jury-competition-es")

    u = "040000008200E00074C5B7101A82E00800000000WEINSEMDE000000000000000000000010000000WEINSEMDE001"
    add("seminar-de", u, _w(u, "Weinseminar für Hotelgäste (deutschsprachige Gruppe)", "20250430T1800",
        "20250430T1930", "Reisegruppe Hapag – 18 Gäste. Verkostung: Sauvignon Blanc Casablanca, Carménère, País. "
        "Auf Deutsch, Dolmetscherin Frau Keller unterstützt.", org("eventos@hotelandesmapocho.cl", "Eventos"),
        [att(WORK, "Herrera, Gonzalo")], "Salón Aconcagua"), "work-guest-seminar-de")

    u = "masterclass-paris-sdvas@google.com"
    ev = vevent(u, "Masterclass vins chiliens – Salon des Vins d'Amérique du Sud", "DTSTART;TZID=Europe/Paris:"
                "20250602T150000", "DTEND;TZID=Europe/Paris:20250602T163000", stamp="20250410T100000Z",
                organizer=org("programme@salonvinsamsud.fr", "Salon des Vins d'Amérique du Sud"),
                attendees=[att(ME, "Gonzalo Herrera")], desc="Intervenant : Gonzalo Herrera, head sommelier "
                "(Santiago). Dégustation commentée de 6 vins pour 40 professionnels.", loc="Paris Expo, Hall 5")
    add("masterclass-fr", u, cal(GOOGLE, ev, tz=[TZ_MADRID.replace("Europe/Madrid", "Europe/Paris")]),
        "trade-fair-speaker-fr")

    u = "C4RLA-3NTR3V15TA-0409"
    add("spouse-interview-es", u, _g(u, "Carla entrevista trabajo 10:00 – yo llevo a los niños", "20250409T0730",
        "20250409T0830"), "other-person-interview-es")

    u = "webinar-hiring-hosp-2025@zoom.us"
    add("webinar-en", u, _g(u, "Webinar: Hiring & retaining hospitality talent in 2025", "20250516T1200",
        "20250516T1300", desc="For F&B leaders: structured interviews, scorecards and onboarding for front-of-house "
        "teams. Hosted by Hospitality Leaders Network.\nJoin: https://zoom.us/w/97700112233",
        organizer=org("events@hospitalityleaders.net", "Hospitality Leaders Network"),
        attendees=[att(WORK, "Gonzalo Herrera")], prod="-//Zoom Video Communications//Zoom Webinar//EN"),
        "webinar-hiring-en")

    u = "ECB1E4F2-77A0-4C1D-9E8F-1122334455AA"
    add("hand-turno-es", u, _g(u, "turno doble + cata grupo brasileños", "20250412T1100", "20250412T2330",
        prod=APPLE), "internal-shift-hand-typed-es")
    return out
