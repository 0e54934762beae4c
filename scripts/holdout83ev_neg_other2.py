"""holdout83 negatives, part 2: the user's own 1:1, appraisal and exit interview, informational coffee chats,
job fairs, reference calls with the user as referee, recruiter calls naming no employer, prep blocks, and a
few personal appointments (one DE webinar, one FR language exam)."""

from __future__ import annotations

from holdout83ev_ics import (
    USER_FREE,
    USER_WORK,
    Ev,
    T,
    att,
    cal,
    desc,
    meet,
    meet_link,
    ms_tail,
    ms_uid,
    org,
    teams,
    zoom,
)

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"
BA = "America/Argentina/Buenos_Aires"
DOM = "codeacademia-ba.com.ar"


def _g(uid: str, start: str, end: str, summary: str, text: str, people: list[str], *, organizer: str = "",
       stamp: str, location: str = "", conf: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT", f"DTSTART;TZID={BA}:{start}", f"DTEND;TZID={BA}:{end}", f"DTSTAMP:{stamp}"]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines += people
    if conf:
        lines.append(f"X-GOOGLE-CONFERENCE:{conf}")
    lines += [f"CREATED:{stamp}", desc(text), f"LAST-MODIFIED:{stamp}", f"LOCATION:{location}", "SEQUENCE:0",
              "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT"]
    return lines


def _gev(kind: str, trap: str, uid: str, start: str, end: str, summary: str, text: str, people: list[str], *,
         organizer: str = "", stamp: str, location: str = "", conf: str = "") -> Ev:
    body = _g(uid, start, end, summary, text, people, organizer=organizer, stamp=stamp, location=location,
              conf=conf)
    return Ev(kind, uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap=trap)


def one_on_one() -> Ev:
    text = ("Seguimiento quincenal: correcciones pendientes, cohorte 14, tus objetivos del semestre.\n\n"
            + meet("es", "1on1"))
    return _gev("gcal", "one-on-one-es", "9ml4s1qd6vk0t8nc3rb5he2joa@google.com", "20250407T110000", "20250407T113000",
                "1:1 Vale / Ana", text,
                [att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED"), att(USER_WORK, "Valentina Ríos")],
                organizer=org(f"ana.bustos@{DOM}", "Ana Bustos"), stamp="20250120T130000Z",
                conf=meet_link("1on1"))


def appraisal() -> Ev:
    text = T(f"""
        Evaluación de desempeño del primer semestre. Traé tu autoevaluación completa (formulario en Factorial).
        Conversamos sobre logros, feedback de estudiantes y objetivos para el segundo semestre.

        Paula Iriarte – People

        {meet("es", "desempeno")}
        """)
    return _gev("gcal", "own-appraisal-es", "3tb8n0kq5vs2m7hd1rc9le4jfa@google.com", "20250604T150000",
                "20250604T160000", "Evaluación de desempeño semestral – Valentina Ríos", text,
                [att(f"paula.iriarte@{DOM}", "Paula Iriarte", ps="ACCEPTED"),
                 att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED"), att(USER_WORK, "Valentina Ríos")],
                organizer=org(f"paula.iriarte@{DOM}", "Paula Iriarte"), stamp="20250526T140101Z",
                conf=meet_link("desempeno"))


def exit_interview() -> Ev:
    text = T(f"""
        Hola Vale, como te adelanté, antes de tu último día hacemos la entrevista de salida. Es confidencial y nos
        ayuda a mejorar: qué te llevás, qué cambiarías, cómo fue trabajar como TA. ¡Te vamos a extrañar!

        Paula

        {meet("es", "salida")}
        """)
    return _gev("gcal", "exit-interview-es", "6vd1m8qs3tk9n0lb5re2hc7joa@google.com", "20250625T120000",
                "20250625T124500", "Entrevista de salida – Valentina Ríos", text,
                [att(f"paula.iriarte@{DOM}", "Paula Iriarte", ps="ACCEPTED"), att(USER_WORK, "Valentina Ríos")],
                organizer=org(f"paula.iriarte@{DOM}", "Paula Iriarte"), stamp="20250618T170505Z",
                conf=meet_link("salida"))


def coffee_chat_es() -> Ev:
    text = T(f"""
        Vale!! Charlamos un rato y te cuento cómo es laburar en Lumenfold, cómo fue mi proceso y qué preguntan.
        Cero formal, es un café virtual entre ex compañeras ☕

        Martina

        {meet("es", "cafe-martina")}
        """)
    return _gev("gcal-freemail", "coffee-chat-es", "0kc5q2mv9tn4s7hd1lb8re3jfa@google.com", "20250315T113000",
                "20250315T121500", "Café virtual con Martina (ex compañera, hoy en Lumenfold)", text,
                [att("martina.quiroga.dev@gmail.com", "Martina Quiroga", ps="ACCEPTED"),
                 att(USER_FREE, "Valentina Ríos")],
                organizer=org("martina.quiroga.dev@gmail.com", "Martina Quiroga"), stamp="20250312T221001Z",
                conf=meet_link("cafe-martina"))


def coffee_chat_en() -> Ev:
    uid = "7rh2k9md4qv1s0nt6lc3be8joa@google.com"
    text = T(f"""
        Hi Valentina! Happy to chat about what engineering at Quanta Health is like and how I moved from a
        bootcamp into my first role. Just to be clear: this isn't part of any interview process — I'm not on the
        hiring team, just paying it forward.

        Jake

        {meet("en", "quanta-coffee")}
        """)
    body = ["BEGIN:VEVENT", "DTSTART;TZID=America/New_York:20250404T170000",
            "DTEND;TZID=America/New_York:20250404T173000", "DTSTAMP:20250401T193300Z",
            org("jake.morrison@quantahealth.com", "Jake Morrison"), f"UID:{uid}",
            att("jake.morrison@quantahealth.com", "Jake Morrison", ps="ACCEPTED"), att(USER_FREE, "Valentina Ríos"),
            "X-GOOGLE-CONFERENCE:" + meet_link("quanta-coffee"), "CREATED:20250401T193255Z", desc(text),
            "LAST-MODIFIED:20250401T193259Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Coffee chat: Valentina / Jake (informational)", "TRANSP:OPAQUE", "END:VEVENT"]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=("America/New_York",)), 0, trap="informational-chat-en")


def job_fair_es() -> Ev:
    uid = "expoempleo-it-2025-asistente-10482@eventbrite.com"
    text = T("""
        Entrada general – Expo Empleo IT 2025
        Más de 40 empresas de tecnología, charlas sobre CV y entrevistas, y rondas de speed-networking con
        recruiters. Traé tu CV impreso.
        Orden #10482 · Eventbrite
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250402T121212Z", f"DTSTART;TZID={BA}:20250517T100000",
            f"DTEND;TZID={BA}:20250517T180000", "SUMMARY:Expo Empleo IT 2025 – UTN FRBA", desc(text),
            "LOCATION:UTN FRBA\\, Medrano 951\\, CABA", "URL:https://www.eventbrite.com.ar/e/expo-empleo-it-2025",
            "END:VEVENT"]
    return Ev("eventbrite", uid, cal(body, prodid="-//Eventbrite//Eventbrite//ES", method="PUBLISH", tz=(BA,),
                                     tzstyle="apple"), 0, trap="job-fair-es")


def job_fair_en() -> Ev:
    uid = "hopin-latam-remote-devs-fair-2025-vrios"
    text = T("""
        LatAm Remote Dev Career Fair (virtual)
        Visit company booths, join AMA sessions with hiring teams and drop your CV. Booth 1:1 slots are first
        come, first served.
        Enter the venue: https://app.hopin.com/events/latam-remote-devs-2025
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250415T090000Z", "DTSTART:20250424T150000Z",
            "DTEND:20250424T210000Z", "SUMMARY:LatAm Remote Dev Career Fair (virtual)", desc(text),
            "LOCATION:https://app.hopin.com/events/latam-remote-devs-2025", "END:VEVENT"]
    return Ev("webinar", uid, cal(body, prodid="-//Hopin//Events//EN", method="PUBLISH"), 0, trap="job-fair-en")


def referee_es() -> Ev:
    text = T(f"""
        Hola Valentina, ¿cómo estás? Tomás Gallo te puso como referencia (fueron compañeros en el bootcamp) para
        una posición en Chacra Soft. ¿Te puedo hacer unas preguntas cortas sobre cómo trabajaba en equipo?
        Son 15 minutos.

        Carla Villarreal
        HR Business Partner – Chacra Soft

        {meet("es", "referencias-tomas")}
        """)
    return _gev("gcal", "reference-referee-es", "5qm0d7ks2vt8n1hc4rl9be6joa@google.com", "20250430T160000",
                "20250430T161500", "Referencias laborales: Tomás Gallo – Valentina Ríos (referente)", text,
                [att("carla.villarreal@chacrasoft.com", "Carla Villarreal", ps="ACCEPTED"),
                 att(USER_FREE, "Valentina Ríos")],
                organizer=org("carla.villarreal@chacrasoft.com", "Carla Villarreal"), stamp="20250428T134410Z",
                conf=meet_link("referencias-tomas"))


def referee_en() -> Ev:
    uid = ms_uid("reference-emily-tran")
    turl, tt = teams("en", "ref-emily")
    text = T(f"""
        Hi Valentina,

        Thank you for agreeing to be a reference for Emily Tran, who is a finalist for a Support Engineer role
        with us. The call takes about 15 minutes; I'll ask about the work you did together as TAs.

        Kind regards,
        Rebecca Shaw
        Senior Recruiter, Northbeam Analytics

        {tt}
        """)
    body = ["BEGIN:VEVENT", org("rebecca.shaw@northbeam-analytics.com", "Shaw, Rebecca"),
            att(USER_FREE, "vale.rios.dev@gmail.com", style="outlook"), desc(text, params=";LANGUAGE=en-US"),
            f"UID:{uid}", "SUMMARY;LANGUAGE=en-US:Reference call re: Emily Tran",
            "DTSTART;TZID=Eastern Standard Time:20250512T100000", "DTEND;TZID=Eastern Standard Time:20250512T101500",
            "DTSTAMP:20250508T154533Z", "STATUS:CONFIRMED", "SEQUENCE:0",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", *ms_tail(teams_link=turl), "END:VEVENT"]
    return Ev("outlook", uid, cal(body, prodid=EXCH, tz=("Eastern Standard Time",), tzstyle="outlook"), 0,
              trap="reference-referee-en")


def recruiter_confidential_es() -> Ev:
    text = T(f"""
        Hola Valentina, gracias por responder. Te cuento en esta llamada sobre una búsqueda confidencial para un
        cliente del sector fintech (Frontend React, semi-senior/junior avanzada, remoto). Todavía no puedo
        compartir el nombre de la empresa.

        Gastón Pereyra
        IT Recruiter | Hunter IT Consultores

        {meet("es", "hunter-it")}
        """)
    return _gev("gcal-agency", "recruiter-no-employer-es", "2hn9k6qs1vm4t0dc7rb3le8jfa@google.com", "20250321T140000",
                "20250321T142000", "Charla con recruiter – búsqueda confidencial (React)", text,
                [att("gaston.pereyra@hunterit.com.ar", "Gastón Pereyra", ps="ACCEPTED"),
                 att(USER_FREE, "Valentina Ríos")],
                organizer=org("gaston.pereyra@hunterit.com.ar", "Gastón Pereyra"), stamp="20250319T181818Z",
                conf=meet_link("hunter-it"))


def recruiter_agency_en() -> Ev:
    uid = "b3e7d1a9-2f46-4c08-8e5b-6a9c0d2f7e14"
    url, zt = zoom("en", "hirelatam", "hirelatam-intro")
    text = T(f"""
        Event Name: Intro call with a HireLatam Talent Partner

        We'll learn about your skills and goals so we can match you with US companies hiring in LatAm. This
        call is not for a specific position.

        Location: {url}

        {zt}

        Powered by Calendly.com
        """)
    body = ["BEGIN:VEVENT", "DTSTAMP:20250311T130707Z", "DTSTART:20250314T160000Z", "DTEND:20250314T162500Z",
            "SUMMARY:Intro call with a HireLatam Talent Partner between Kevin Rojas and Valentina Ríos",
            f"UID:{uid}", desc(text), f"LOCATION:{url}", org("kevin.rojas@hirelatam.com", "Kevin Rojas"),
            att(USER_FREE, "Valentina Ríos", ps="ACCEPTED", rsvp=None, style="plain"), "SEQUENCE:0",
            "STATUS:CONFIRMED", "END:VEVENT"]
    return Ev("calendly", uid, cal(body, prodid="-//Calendly//Calendly Scheduling//EN"), 0,
              trap="recruiter-no-employer-en")


def prep_es() -> Ev:
    text = "repasar STAR (3 historias), releer mi challenge, preguntas para Fede: deploys? code review?"
    return _gev("handtyped", "prep-block-es", "8sk3n0mq5vt2d9lh1rc6be4joa@google.com", "20250319T120000",
                "20250319T133000", "Preparar entrevista Pampa Pagos", text, [], stamp="20250317T011500Z")


def prep_en() -> Ev:
    uid = "C4F82A19-7E3D-4B60-A5D1-8F0E2B9C6D37"
    body = ["BEGIN:VEVENT", "CREATED:20250412T203000Z", f"DTEND;TZID={BA}:20250414T210000",
            "DTSTAMP:20250412T203044Z", "LAST-MODIFIED:20250412T203044Z", "SEQUENCE:0",
            "SUMMARY:Prep Stackwell onsite – behavioral stories + 2 LC mediums", f"DTSTART;TZID={BA}:20250414T190000",
            f"UID:{uid}", "DESCRIPTION:review notes from Marcus call. sleep early!!",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "END:VEVENT"]
    return Ev("macos-handtyped", uid, cal(body, prodid="-//Apple Inc.//macOS 14.4.1//EN", method=None, tz=(BA,),
                                          tzstyle="apple"), 0, trap="prep-block-en")


def real_estate() -> Ev:
    text = "Inmobiliaria Lanús Propiedades. Entrevista con la dueña + visita al 2 amb de Villa Crespo. Llevar recibos."
    return _gev("handtyped", "entrevista-inmobiliaria-es", "4jc8m1qv6sk3t0nd9rb2le7hoa@google.com",
                "20250405T110000", "20250405T120000", "Entrevista inmobiliaria – depto Villa Crespo", text, [],
                stamp="20250402T140000Z", location="Serrano 600\\, CABA")


def webinar_de() -> Ev:
    uid = "bruecke-talent-webinar-2025-05-vrios"
    url, zt = zoom("de", "bruecke-talent", "bruecke")
    text = T(f"""
        Vielen Dank für Ihre Anmeldung!

        Webinar: Als Entwickler:in aus Lateinamerika nach Deutschland – Blaue Karte EU, Anerkennung und
        Bewerbungsgespräche (auf Deutsch mit spanischen Untertiteln)

        {zt}

        Brücke Talent e.V.
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250429T070000Z", "DTSTART;TZID=Europe/Berlin:20250507T180000",
            "DTEND;TZID=Europe/Berlin:20250507T193000",
            "SUMMARY:Webinar: Als Entwickler:in aus Lateinamerika nach Deutschland", desc(text), f"LOCATION:{url}",
            org("events@bruecke-talent.de", "Brücke Talent e.V."), "END:VEVENT"]
    return Ev("zoom-webinar", uid, cal(body, prodid="-//zoom.us//iCalendar Event//DE", tz=("Europe/Berlin",),
                                       tzstyle="apple"), 0, trap="webinar-de")


def delf_fr() -> Ev:
    uid = "af-baires-delf-b1-mai25-0177"
    text = T("""
        Convocation – DELF B1 tout public
        Candidate : RÍOS Valentina – n° 0177
        Épreuve orale (entretien dirigé, exercice en interaction, expression d'un point de vue) : 25 min
        Préparation : 10 min avant l'épreuve
        Merci de vous présenter 20 minutes avant avec votre pièce d'identité.
        Alliance Française de Buenos Aires
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250505T120000Z", f"DTSTART;TZID={BA}:20250531T101500",
            f"DTEND;TZID={BA}:20250531T104000", "SUMMARY:DELF B1 – épreuve orale (Alliance Française)", desc(text),
            "LOCATION:Alliance Française\\, Av. Córdoba 946\\, CABA", "END:VEVENT"]
    return Ev("booking", uid, cal(body, prodid="-//Alliance Francaise Buenos Aires//Examens//FR", method="PUBLISH",
                                  tz=(BA,), tzstyle="apple"), 0, trap="language-exam-fr")


def bank() -> Ev:
    uid = "turno-web-5521-88410392"
    text = T("""
        Turno web confirmado
        Trámite: apertura de caja de ahorro en dólares (cobro de servicios del exterior)
        Sucursal 042 – Almagro
        Presentarse con DNI y constancia de CUIT.
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250506T100000Z", f"DTSTART;TZID={BA}:20250512T113000",
            f"DTEND;TZID={BA}:20250512T120000", "SUMMARY:Turno banco – apertura caja de ahorro USD", desc(text),
            "LOCATION:Sucursal 042 – Almagro", "END:VEVENT"]
    return Ev("booking", uid, cal(body, prodid="-//Turnos Web//ES", method="PUBLISH", tz=(BA,), tzstyle="apple"), 0,
              trap="bank-es")


def dentist() -> Ev:
    return _gev("handtyped", "dentist-es", "1lq7n4mk9vs2t6dh0rc5be3joa@google.com", "20250328T183000",
                "20250328T191500", "Odontóloga (Dra. Funes) – control", "Av. Díaz Vélez 4100 5B. Obra social", [],
                stamp="20250310T120000Z")


EVENTS = [one_on_one, appraisal, exit_interview, coffee_chat_es, coffee_chat_en, job_fair_es, job_fair_en,
          referee_es, referee_en, recruiter_confidential_es, recruiter_agency_en, prep_es, prep_en, real_estate,
          webinar_de, delf_fr, bank, dentist]
