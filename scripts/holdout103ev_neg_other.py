"""holdout103 negatives: mock interviews, webinars, press, personal life, internal meetings, chats, prep blocks."""

from __future__ import annotations

from holdout103ev_ics import (
    FREE,
    TZ_CORDOBA,
    TZ_WIN_ARG,
    WORK,
    att,
    cal,
    desc,
    ev,
    gid,
    meet,
    org,
    teams,
    tz_europe,
    zoom,
)

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 18.3//EN"


def _vev(uid: str, start: str, end: str, summary: str, rest: list[str], stamp: str = "20250301T120000Z") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}", *rest, "END:VEVENT"]


def _hand(uid: str, day: str, t0: str, t1: str, summary: str, rest: list[str], prodid: str = GOOGLE) -> str:
    return cal(_vev(uid, f"DTSTART:{day}T{t0}", f"DTEND:{day}T{t1}", summary, rest), prodid)


def _tz(uid: str, day: str, t0: str, t1: str, summary: str, rest: list[str], prodid: str = GOOGLE,
        method: str | None = "REQUEST") -> str:
    z = "America/Argentina/Cordoba"
    return cal(_vev(uid, f"DTSTART;TZID={z}:{day}T{t0}", f"DTEND;TZID={z}:{day}T{t1}", summary, rest),
               prodid, method=method, tz=TZ_CORDOBA)


def _ol(uid: str, day: str, t0: str, t1: str, summary: str, rest: list[str]) -> str:
    return cal(_vev(uid, f"DTSTART;TZID=Argentina Standard Time:{day}T{t0}",
                    f"DTEND;TZID=Argentina Standard Time:{day}T{t1}", summary, rest),
               OUTLOOK, method="REQUEST", tz=TZ_WIN_ARG)


def events() -> list[dict[str, str | int]]:
    out = []

    uid = gid("n01-simulacro-caro@google.com")
    out.append(ev("mock-names-company-es", uid, _hand(uid, "20250304", "200000", "210000",
        "Simulacro entrevista con Caro (prep Verdanta)", [
            "DESCRIPTION:Caro hace de gerente de ventas. practicar 'contame de vos' y caso de malezas resistentes",
        ]), 0, trap="mock-names-company-es"))

    uid = gid("n02-english-class@google.com")
    out.append(ev("english-class-mock-en", uid, cal(_vev(uid, "DTSTART:20250305T220000Z", "DTEND:20250305T230000Z",
        "English class - job interview role-play", [
            desc("Hi Facu! Tonight we'll practise typical job interview questions (tell me about yourself, "
                 "strengths and weaknesses) for your applications. Bring your CV in English.\nEmma\n\n"
                 + zoom("en", "745 118 2290", "EngL1sh9Tq")),
            org("emma.hughes.tutor@gmail.com", "Emma Hughes"),
            att(FREE, "Facundo Giménez"),
        ]), GOOGLE, method="REQUEST"), 0, trap="mock-english-class-en"))

    uid = gid("n03-webinar-ciapc@zoom.us")
    out.append(ev("webinar-es", uid, cal(_vev(uid, "DTSTART:20250408T213000Z", "DTEND:20250408T230000Z",
        "Webinar: Cómo preparar tu entrevista laboral en el agro", [
            desc("Gracias por registrarse en el webinar del Colegio de Ingenieros Agrónomos de la Provincia de "
                 "Córdoba. Disertante: Lic. Andrea Peralta (consultora en RRHH del sector agroindustrial).\n"
                 "Temas: CV, entrevistas por competencias, entrevistas técnicas y pretensiones salariales.\n\n"
                 + zoom("es", "892 3341 0012", "Ciapc2025web")),
            "LOCATION:Zoom Webinar",
            org("no-reply@zoom.us", "Colegio de Ingenieros Agrónomos"),
            att(FREE, "Facundo Giménez"),
        ]), "-//Zoom Video Communications//Zoom//EN", method="REQUEST"), 0, trap="webinar-interviewing-es"))

    uid = gid("n04-taller-egresados@google.com")
    out.append(ev("workshop-es", uid, _tz(uid, "20250423", "180000", "200000",
        "Taller CV y entrevistas - Egresados FCA-UNC", [
            desc("Taller presencial para egresados: armado de CV\\, LinkedIn y simulacros de entrevista en "
                 "parejas. Aula 3\\, Ciudad Universitaria."),
            org("egresados@agro.unc.edu.ar", "Egresados FCA"),
            att(FREE, "Facundo Giménez"),
        ]), 0, trap="workshop-mock-es"))

    uid = gid("n05-radio@google.com")
    out.append(ev("radio-press-es", uid, _hand(uid, "20250515", "073000", "074500",
        "entrevista radio Campo Abierto (FM Río Segundo) - ensayos trigo", [
            "DESCRIPTION:me llaman al aire. hablar de resultados ensayo variedades de trigo y jornada del 22",
        ]), 0, trap="press-radio-es"))

    uid = gid("n06-user-research@agropulse.app")
    out.append(ev("user-research-en", uid, cal(_vev(uid, "DTSTART:20250527T160000Z", "DTEND:20250527T163000Z",
        "AgroPulse user interview (30 min) - thank you gift inside", [
            desc("Hi Facundo! Thanks for agreeing to a user research interview about how you record field "
                 "scouting. We'll watch you use the prototype. You'll receive a USD 30 gift card.\n\nNadia - "
                 "UX Research, AgroPulse\n\n" + meet("en", "ups-hbqw-rtz")),
            org("nadia.ux@agropulse.app", "Nadia Ferrand"),
            att(FREE, "Facundo Giménez"),
        ]), GOOGLE, method="REQUEST"), 0, trap="user-research-en"))

    uid = gid("n07-periodista@surcorural.com.ar")
    out.append(ev("journalist-es", uid, _tz(uid, "20250612", "110000", "113000",
        "Entrevista con periodista Revista Surco Rural - maíz tardío", [
            desc("Nota sobre la jornada a campo de maíz tardío de la Cooperativa. Fotógrafo incluido."),
            "LOCATION:Campo experimental Coop",
            org("redaccion@surcorural.com.ar", "Redacción Surco Rural"),
            att(WORK, "Facundo Giménez"),
        ]), 0, trap="press-interview-es"))

    uid = gid("n08-podcast@google.com")
    out.append(ev("podcast-es", uid, _tz(uid, "20250626", "190000", "200000",
        "Grabación podcast 'Agro en Voz Alta' - entrevista a Facundo Giménez", [
            desc("Hola Facu! Te confirmo la grabación del episodio sobre manejo de malezas resistentes. "
                 "Duración 45'. Riverside link abajo.\nhttps://riverside.fm/studio/agro-en-voz-alta"),
            org("agroenvozalta@gmail.com", "Agro en Voz Alta"),
            att(FREE, "Facundo Giménez"),
        ]), 0, trap="podcast-guest-es"))

    uid = "C1D3E5F7-A9B1-4C3D-8E5F-7A9B1C3D5E7F"
    out.append(ev("doctor-apple-es", uid, cal(_vev(uid, "DTSTART;TZID=America/Argentina/Cordoba:20250311T173000",
        "DTEND;TZID=America/Argentina/Cordoba:20250311T180000", "Dermatólogo - Dr. Ceballos", [
            "LOCATION:Sanatorio Allende\\, Av. Hipólito Yrigoyen 384",
            "DESCRIPTION:control lunares. llevar orden OSDE",
        ]), APPLE, tz=TZ_CORDOBA), 0, trap="doctor-es"))

    uid = gid("n10-odonto@google.com")
    out.append(ev("dentist-es", uid, _hand(uid, "20250409", "083000", "091500", "odontólogo", []),
               0, trap="dentist-terse-es"))

    uid = gid("n11-banco@google.com")
    out.append(ev("bank-es", uid, _hand(uid, "20250429", "100000", "110000",
        "Banco - firma crédito prendario camioneta", ["LOCATION:Banco de Córdoba suc. Río Segundo"]),
        0, trap="bank-es"))

    uid = gid("n12-contador@google.com")
    out.append(ev("accountant-es", uid, _hand(uid, "20250519", "180000", "190000",
        "Contador (Sergio) - AFIP ganancias / monotributo", [
            "DESCRIPTION:llevar facturas asesoramientos particulares\\, F.572",
        ]), 0, trap="accountant-afip-es"))

    uid = gid("n13-visa@google.com")
    out.append(ev("visa-interview-es", uid, _hand(uid, "20250714", "073000", "100000",
        "Entrevista consular EEUU - visa B1/B2", [
            "LOCATION:Embajada de EEUU\\, Av. Colombia 4300\\, CABA",
            "DESCRIPTION:llevar DS-160\\, pasaporte\\, comprobante pago MRV. viaje al Farm Progress Show",
        ]), 0, trap="visa-interview-es"))

    uid = gid("n14-seno@google.com")
    out.append(ev("school-teacher-es", uid, _hand(uid, "20250605", "170000", "173000",
        "entrevista con la seño de Juani (sala de 4)", ["LOCATION:Jardín Pimpollitos"]),
        0, trap="school-parent-interview-es"))

    uid = gid("n15-colegio@google.com")
    out.append(ev("colegio-es", uid, _hand(uid, "20250227", "090000", "100000",
        "Colegio de Ing. Agrónomos - renovar matrícula + firma recetas", []),
        0, trap="professional-college-es"))

    uid = gid("n16-reu-tecnica@coopagro-riosegundo.com.ar")
    out.append(ev("internal-recurring-es", uid, cal(_vev(uid, "DTSTART;TZID=Argentina Standard Time:20250303T"
        "080000", "DTEND;TZID=Argentina Standard Time:20250303T090000", "Reu técnica semanal Agronomía", [
            "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251215T110000Z",
            desc("Situación de lotes\\, pedidos de productores\\, ensayos y logística de la semana.\n\n"
                 + teams("es", "cmV1dGVj")),
            org("hbustamante@coopagro-riosegundo.com.ar", "Bustamante, Héctor"),
            att(WORK, "Giménez, Facundo"),
            att("agronomia@coopagro-riosegundo.com.ar", "Agronomía"),
        ]), OUTLOOK, method="REQUEST", tz=TZ_WIN_ARG), 0, trap="internal-recurring-es"))

    uid = gid("n17-recorrida@google.com")
    out.append(ev("field-visit-es", uid, _hand(uid, "20250318", "073000", "113000",
        "recorrida lote 14 + lotes Ferrero", ["DESCRIPTION:chinche en soja de 2da. llevar paño vertical"]),
        0, trap="field-visit-terse-es"))

    uid = gid("n18-jornada@coopagro-riosegundo.com.ar")
    out.append(ev("jornada-es", uid, _tz(uid, "20250522", "090000", "130000",
        "Jornada a campo maíz tardío - Cooperativa Río Segundo", [
            desc("Jornada abierta a productores socios: híbridos\\, densidades y fertilización. Almuerzo."),
            "LOCATION:Campo experimental Coop - Ruta 9 km 655",
            org(WORK, "Facundo Giménez"),
            att("socios@coopagro-riosegundo.com.ar", "Socios"),
        ]), 0, trap="field-day-es"))

    uid = gid("n19-ensayo@google.com")
    out.append(ev("trial-reading-es", uid, _hand(uid, "20250225", "080000", "120000",
        "lectura ensayo fungicidas soja (R3-R5)", ["LOCATION:lote 9 - Bertoldi"]), 0, trap="trial-es"))

    uid = "040000008200E00074C5B7101A82E00800000000CC11DD22EE33DB0100000000000000001000000000000000000000E1"
    out.append(ev("appraisal-es", uid, _ol(uid, "20250702", "160000", "170000",
        "Evaluación de desempeño anual - Facundo Giménez", [
            desc("Facundo: repasamos objetivos 2024-25\\, autoevaluación y plan de desarrollo. Traé tu "
                 "autoevaluación completa."),
            org("hbustamante@coopagro-riosegundo.com.ar", "Bustamante, Héctor"),
            att(WORK, "Giménez, Facundo"),
        ]), 0, trap="own-appraisal-es"))

    uid = "040000008200E00074C5B7101A82E00800000000CC11DD22EE33DB0100000000000000001000000000000000000000E2"
    out.append(ev("exit-interview-es", uid, _ol(uid, "20251128", "110000", "113000",
        "Entrevista de salida - Facundo Giménez", [
            desc("Facundo\\, como parte del proceso de desvinculación voluntaria te pedimos 30 minutos para la "
                 "entrevista de salida. Es confidencial.\nMarcela Correa - RRHH"),
            org("mcorrea@coopagro-riosegundo.com.ar", "Correa, Marcela"),
            att(WORK, "Giménez, Facundo"),
        ]), 0, trap="own-exit-interview-es"))

    uid = gid("n22-cafe-rodrigo@google.com")
    out.append(ev("coffee-chat-es", uid, _hand(uid, "20250221", "083000", "093000",
        "Café con Rodrigo (ex FCA, ahora en Verdanta)", [
            "LOCATION:Café Santa Fe\\, Nueva Córdoba",
            "DESCRIPTION:preguntarle cómo es trabajar en ventas técnicas en una multi. no es entrevista",
        ]), 0, trap="coffee-chat-names-company-es"))

    uid = gid("n23-informational@google.com")
    out.append(ev("informational-en", uid, cal(_vev(uid, "DTSTART:20250630T170000Z", "DTEND:20250630T173000Z",
        "Informational chat - Nadia Rossi / Facundo Giménez", [
            desc("Hi Facundo, happy to tell you about my day-to-day as a field trials lead at Bayfield "
                 "Biologicals. Just an informal chat, not part of any hiring process.\nNadia\n\n"
                 + meet("en", "inf-ozxa-wqe")),
            org("nadia.rossi.agro@gmail.com", "Nadia Rossi"),
            att(FREE, "Facundo Giménez"),
        ]), GOOGLE, method="REQUEST"), 0, trap="informational-names-company-en"))

    uid = gid("n24-feria@google.com")
    out.append(ev("job-fair-es", uid, cal(_vev(uid, "DTSTART;VALUE=DATE:20250911", "DTEND;VALUE=DATE:20250912",
        "Feria de Empleo Agroindustrial - FCA UNC", [
            "DESCRIPTION:llevar 15 CVs impresos. stands: semilleros\\, acopios\\, agtech",
            "LOCATION:Ciudad Universitaria\\, Córdoba",
            "TRANSP:TRANSPARENT",
        ]), GOOGLE), 0, trap="job-fair-allday-es"))

    uid = gid("n25-referencia-nacho@google.com")
    out.append(ev("referee-es", uid, _tz(uid, "20250808", "120000", "121500",
        "Referencia laboral Ignacio Quiroga - Granos del Plata", [
            desc("Hola Facundo\\, Ignacio Quiroga te dio como referencia para el puesto de Originador. Te llamo "
                 "5 minutos para unas preguntas sobre su desempeño cuando trabajaron juntos.\nRomina Scarafía - "
                 "RRHH Granos del Plata"),
            org("rscarafia@granosdelplata.com.ar", "Romina Scarafía"),
            att(WORK, "Facundo Giménez"),
        ]), 0, trap="referee-es"))

    uid = gid("n26-reference-en@google.com")
    out.append(ev("referee-en", uid, cal(_vev(uid, "DTSTART:20251015T140000Z", "DTEND:20251015T141500Z",
        "Reference call re: Sofía Paredes", [
            desc("Hi Facundo, Sofía Paredes listed you as a referee for the Agronomist role at Tidewell Seeds. "
                 "I'd like to ask a few questions about your time working together at the cooperative.\n"
                 "Thanks, Valentina Costa"),
            org("valentina.costa@tidewellseeds.com", "Costa, Valentina"),
            att(WORK, "Facundo Giménez"),
        ]), OUTLOOK, method="REQUEST"), 0, trap="referee-en"))

    uid = gid("n27-consultora@google.com")
    out.append(ev("recruiter-no-employer-es", uid, _hand(uid, "20250923", "183000", "190000",
        "charla con consultora - búsqueda confidencial Gte. Técnico Comercial", [
            "DESCRIPTION:me contactó por LinkedIn (Andrea\\, consultora RRHH). no dice la empresa. ",
        ]), 0, trap="recruiter-call-no-employer-es"))

    uid = gid("n28-intro-en@google.com")
    out.append(ev("recruiter-no-employer-en", uid, cal(_vev(uid, "DTSTART:20251021T150000Z",
        "DTEND:20251021T152000Z", "Intro call - Facundo / Greenfield Talent Partners", [
            desc("Hi Facundo, thanks for connecting. I'm recruiting for several confidential agronomy and "
                 "technical sales roles in the Southern Cone and would love a quick intro call.\nMark Ellison, "
                 "Greenfield Talent Partners\n\n" + zoom("en", "612 774 9013", "GtP0intro1")),
            org("mark.ellison@greenfieldtalent.com", "Mark Ellison"),
            att(FREE, "Facundo Giménez"),
        ]), GOOGLE, method="REQUEST"), 0, trap="recruiter-intro-no-employer-en"))

    uid = gid("n29-prep@google.com")
    out.append(ev("prep-es", uid, _hand(uid, "20250217", "193000", "210000",
        "preparar entrevista Verdanta - repasar malezas resistentes + precios", []),
        0, trap="prep-block-es"))

    uid = gid("n30-prep-en@google.com")
    out.append(ev("prep-en", uid, _hand(uid, "20250205", "200000", "220000",
        "Prep: case presentation Kronen (slides + timing)", []), 0, trap="prep-block-en"))

    uid = gid("n31-dlg-webinar@google.com")
    out.append(ev("webinar-de", uid, cal(_vev(uid, "DTSTART;TZID=Europe/Berlin:20250924T170000",
        "DTEND;TZID=Europe/Berlin:20250924T180000", "Webinar: Karriere in der Agrarbranche - Tipps fürs "
        "Vorstellungsgespräch", [
            desc("Vielen Dank für Ihre Anmeldung! Referentin: Dr. Ulrike Brandes. Themen: Lebenslauf, "
                 "Vorstellungsgespräch auf Englisch und Deutsch, Gehaltsverhandlung.\n\n"
                 + teams("de", "d2ViaW5hcg")),
            org("webinare@agrarkarriere-netzwerk.de", "Agrarkarriere Netzwerk"),
            att(FREE, "Facundo Giménez"),
        ]), OUTLOOK, method="REQUEST", tz=tz_europe("Europe/Berlin")), 0, trap="webinar-interview-tips-de"))

    uid = gid("n32-alliance@google.com")
    out.append(ev("french-class-mock-fr", uid, _tz(uid, "20250611", "190000", "203000",
        "Cours de français B2 - simulation d'entretien d'embauche", [
            desc("Bonsoir à tous\\, ce soir : jeu de rôle « entretien d'embauche » (se présenter\\, parler de "
                 "son expérience). Salle 4.\nAlliance Française de Córdoba"),
            org("cours@afcordoba.org.ar", "Alliance Française de Córdoba"),
            att(FREE, "Facundo Giménez"),
        ]), 0, trap="mock-language-class-fr"))

    uid = gid("n33-productor@google.com")
    out.append(ev("farmer-survey-es", uid, _hand(uid, "20250826", "150000", "163000",
        "entrevista productor Bonetto - relevamiento huella de carbono", [
            "DESCRIPTION:encuesta proyecto ProSuelo-Coop. llevar planilla. campo camino a Pilar",
        ]), 0, trap="user-interviews-farmer-es"))

    uid = gid("n34-preocupacional@google.com")
    out.append(ev("preemployment-medical-es", uid, _hand(uid, "20251117", "073000", "093000",
        "examen preocupacional (ayuno)", [
            "LOCATION:Centro Médico Laboral Oroño\\, Bv. San Juan 720",
            "DESCRIPTION:me lo pidió RRHH de la empresa nueva. llevar DNI",
        ]), 0, trap="preemployment-medical-es"))

    uid = gid("n35-afip@google.com")
    out.append(ev("afip-es", uid, _hand(uid, "20250612", "090000", "093000",
        "AFIP turno - clave fiscal nivel 3", ["LOCATION:AFIP Agencia Córdoba"]), 0, trap="afip-es"))

    return out
