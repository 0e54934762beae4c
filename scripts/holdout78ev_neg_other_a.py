"""holdout78 negatives, part A: practice, webinars, press, research, referees, unnamed recruiters, prep blocks."""

from __future__ import annotations

from holdout78ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    ME_WORK,
    MS_PROPS,
    OUTLOOK,
    TZ_BERLIN,
    TZ_MADRID,
    TZ_WIN_ROMANCE,
    Ev,
    att,
    cal,
    esc,
    lab,
    meet,
    meet_props,
    ms_uid,
    org,
    teams,
    zoom,
)

ME = att(ME_FREE, "Javier Morales Ferrer")
ME_W = att(ME_WORK, "Javier Morales Ferrer")


def _ev(uid: str, start: str, end: str, summary: str, desc: str, people: list[str], location: str = "",
        organizer: str = "", props: str = "", tzid: str = "Europe/Madrid") -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250310T120000Z"]
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if organizer:
        lines.append(organizer)
    lines += people
    if props:
        lines.append(props)
    lines += ["STATUS:CONFIRMED", "END:VEVENT"]
    return "\n".join(lines)


def mock_mentor() -> Ev:
    uid = "5g4f3d2s1a0p9o8i7u6y5t4r3e@google.com"
    d = ("Simulacro de entrevista para las finales de dirección general: Carmen hace de CEO exigente. Practicar "
         "presentación de 3 minutos, preguntas de P&L y 'por qué dejas Cala Blava'. Grabar con el móvil.")
    body = _ev(uid, "20250322T100000", "20250322T113000", "Simulacro de entrevista (GM) con Carmen – mentora", d,
               [att("carmenbosch.mentor@gmail.com", "Carmen Bosch"), ME], "Café Riutort, Palma",
               org(ME_FREE, "Javier Morales Ferrer"))
    return Ev("mock-mentor-es", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="mock-mentor-es")])


def mock_coach_en() -> Ev:
    uid = "coach-session-7741@careerbridge-outplacement.com"
    d = ("Session 4 of your executive transition programme: mock interview for a General Manager role (hiring "
         "manager format), with video playback and feedback.\n\nCoach: Fiona McLaren\n\n" + zoom("coach1", "en"))
    body = _ev(uid, "20250228T160000", "20250228T171500", "Mock interview – GM role (practice with Fiona)", d,
               [ME], "Zoom", org("fiona.mclaren@careerbridge-outplacement.com", "Fiona McLaren"))
    return Ev("mock-coach-en", cal(TZ_MADRID, body, prodid="-//CareerBridge//Coaching//EN"),
              [lab(uid, 0, trap="mock-coach-en")])


def mock_de() -> Ev:
    uid = "A7B6C5D4-E3F2-4A1B-9C8D-7E6F5A4B3C2D"
    body = _ev(uid, "20250301T110000", "20250301T120000", "Probe-Vorstellungsgespräch auf Deutsch mit Heike (Übung)",
               "Übung für Sunwave/Seeblick: Selbstvorstellung, Stärken/Schwächen, Gehaltsfrage auf Deutsch.",
               [], "FaceTime")
    return Ev("mock-practice-de", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 0, trap="mock-practice-de")])


def webinar_es() -> Ev:
    uid = "webinar-turistalent-20250312@turistalent.es"
    d = ("Gracias por inscribirte en el webinar «Cómo superar una entrevista para puestos directivos en hotelería».\n"
         "Ponentes: Begoña Luján (headhunter) y Ramón Pastor (ex director general de cadena hotelera).\n\n"
         + zoom("turistalent1", "es") + "\n\nTuristalent – Empleo en turismo")
    body = _ev(uid, "20250312T180000", "20250312T190000",
               "Webinar: Cómo superar una entrevista para puestos directivos en hotelería", d, [ME], "Online (Zoom)",
               org("eventos@turistalent.es", "Turistalent"))
    return Ev("webinar-es", cal(TZ_MADRID, body, prodid="-//Zoom Video Communications//Webinar//EN"),
              [lab(uid, 0, trap="webinar-interview-skills-es")])


def webinar_de() -> Ev:
    uid = "hk-live-2025-04-08@hotelkarriere-akademie.de"
    d = ("Live-Webinar: Karriere in der Hotellerie – Bewerbungsgespräche für Führungskräfte meistern\n"
         "Referentin: Dr. Ulrike Sander\nSie erhalten den Zugangslink eine Stunde vor Beginn.")
    body = _ev(uid, "20250408T170000", "20250408T181500",
               "Webinar: Bewerbungsgespräche für Führungskräfte in der Hotellerie", d, [ME], "Online",
               org("webinar@hotelkarriere-akademie.de", "Hotelkarriere Akademie"), tzid="Europe/Berlin")
    return Ev("webinar-de", cal(TZ_BERLIN, body, prodid="-//GoToWebinar//EN"),
              [lab(uid, 0, trap="webinar-de")])


def webinaire_fr() -> Ev:
    uid = ms_uid("webinaire-saisonniers")
    d = ("Webinaire : Recruter ses saisonniers en 2025 – bonnes pratiques d'entretien et d'intégration.\n"
         "Animé par l'équipe Hôtellerie de Horizon RH Conseil.\n\n" + teams("horizonrh", "fr"))
    body = "\n".join([
        "BEGIN:VEVENT", org("evenements@horizon-rh.fr", "Horizon RH Conseil"), ME_W,
        f"DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=fr-FR:{esc('Webinaire : Recruter ses saisonniers – entretiens')}",
        "DTSTART;TZID=Romance Standard Time:20250227T100000", "DTEND;TZID=Romance Standard Time:20250227T110000",
        "DTSTAMP:20250220T100000Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"LOCATION;LANGUAGE=fr-FR:{esc('Réunion Microsoft Teams')}", MS_PROPS, "END:VEVENT"])
    return Ev("webinaire-fr", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK), [lab(uid, 0, trap="webinar-hiring-fr")])


def competency_course() -> Ev:
    uid = "formacion-entrevista-competencias@hotelcalablava.com"
    d = ("Formación interna para mandos: técnicas de entrevista por competencias (método STAR), sesgos y "
         "valoración. Imparte: Marga Oliver (RRHH). Obligatoria para jefes de departamento.")
    body = _ev(uid, "20250313T090000", "20250313T130000", "Curso: Técnicas de entrevista por competencias", d,
               [ME_W, att("tramis@hotelcalablava.com", "Toni Ramis")], "Sala Mirador",
               org("moliver@hotelcalablava.com", "Marga Oliver"))
    return Ev("class-interviewing-es", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="class-interviewing-es")])


def press_interview() -> Ev:
    uid = ms_uid("diario-mallorca-entrevista")
    d = ("Hola Javier,\n\nGracias por aceptar. Será una entrevista de unos 20 minutos para el especial de temporada "
         "turística: previsiones de ocupación, contratación de personal y turismo alemán. Vendrá también un "
         "fotógrafo.\n\nSaludos,\nMaria Antònia Crespí\nRedacción de Economía")
    body = "\n".join([
        "BEGIN:VEVENT", org("macrespi@diariodemallorca-noticias.es", "Crespí, Maria Antònia"), ME_W,
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(d)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Entrevista prensa – temporada turística (Javier Morales, Hotel Cala Blava)')}",
        "DTSTART;TZID=Romance Standard Time:20250410T120000", "DTEND;TZID=Romance Standard Time:20250410T123000",
        "DTSTAMP:20250404T100000Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"LOCATION;LANGUAGE=es-ES:{esc('Hotel Cala Blava, terraza')}", MS_PROPS, "END:VEVENT"])
    return Ev("press-interview-es", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK), [lab(uid, 0, trap="press-interview-es")])


def podcast() -> Ev:
    uid = "riverside-rec-hoteleros-ep42@riverside.fm"
    d = ("Grabación del episodio 42 de «Hoteleros de Raza»: entrevista a Javier Morales Ferrer sobre cómo "
         "gestionar un resort con 70% de cliente alemán. Estudio online: https://riverside.fm/studio/hoteleros-de-raza")
    body = _ev(uid, "20250319T190000", "20250319T200000", "Podcast Hoteleros de Raza – entrevista a Javier Morales", d,
               [ME], "https://riverside.fm/studio/hoteleros-de-raza", org("hola@hotelerosderaza.com", "Iñaki Zubiri"))
    return Ev("podcast-es", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="podcast-interview-es")])


def user_research() -> Ev:
    uid = "ur-session-frontdesk-0217@hotelstack.io"
    d = ("Hi Javier,\n\nThank you for agreeing to a 45-minute user research interview about front-desk and "
         "housekeeping workflows. There are no right or wrong answers – we want to learn how your team uses the PMS "
         "today. As a thank-you we'll send a €75 voucher.\n\nNiamh Doyle, Product Researcher, HotelStack\n\n"
         + meet("hotelstack", "en"))
    body = _ev(uid, "20250408T150000", "20250408T154500", "HotelStack user research interview – Javier M.", d,
               [ME_W], "", org("niamh.doyle@hotelstack.io", "Niamh Doyle"), props=meet_props("hotelstack"))
    return Ev("user-research-en", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="user-research-en")])


def radio_ca() -> Ev:
    uid = "ib3-radio-20250414-morales@ib3.cat"
    d = ("Entrevista en directe al programa del matí sobre l'ocupació de Setmana Santa. Connexió telefònica, "
         "uns 8 minuts. Et trucarem 5 minuts abans.")
    body = _ev(uid, "20250414T083500", "20250414T084500", "Entrevista IB3 Ràdio – ocupació Setmana Santa", d,
               [ME_W], "Telèfon", org("produccio.mati@ib3radio-prod.cat", "Producció Matí"))
    return Ev("radio-interview-ca", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="radio-interview-ca")])


def exit_interview() -> Ev:
    uid = ms_uid("calablava-exit-jmorales")
    d = ("Hola Javier,\n\nComo parte del proceso de baja voluntaria, te propongo la entrevista de salida con "
         "RRHH. Es confidencial y nos ayuda a mejorar.\n\nMarga Oliver\nRRHH Hotel Cala Blava")
    body = "\n".join([
        "BEGIN:VEVENT", org("moliver@hotelcalablava.com", "Oliver Coll, Marga"), ME_W,
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(d)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Entrevista de salida – Javier Morales Ferrer')}",
        "DTSTART;TZID=Romance Standard Time:20250627T120000", "DTEND;TZID=Romance Standard Time:20250627T124500",
        "DTSTAMP:20250620T100000Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"LOCATION;LANGUAGE=es-ES:{esc('Despacho RRHH')}", MS_PROPS, "END:VEVENT"])
    return Ev("exit-interview-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE),
              [lab(uid, 0, trap="own-exit-interview-es")])


def appraisal() -> Ev:
    uid = ms_uid("calablava-appraisal-2024")
    d = ("Evaluación anual de desempeño 2024 y objetivos 2025 (variable, GOP, satisfacción cliente). Trae tu "
         "autoevaluación rellenada.\n\nCarles")
    body = "\n".join([
        "BEGIN:VEVENT", org("cvich@hotelcalablava.com", "Vich Amengual, Carles"), ME_W,
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(d)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Evaluación de desempeño anual – Javier Morales')}",
        "DTSTART;TZID=Romance Standard Time:20250212T100000", "DTEND;TZID=Romance Standard Time:20250212T113000",
        "DTSTAMP:20250205T100000Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"LOCATION;LANGUAGE=es-ES:{esc('Despacho Dirección General')}", MS_PROPS, "END:VEVENT"])
    return Ev("own-appraisal-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE), [lab(uid, 0, trap="own-appraisal-es")])


def coffee_chat() -> Ev:
    uid = "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com"
    d = ("Hi Javier – happy to have a coffee while I'm in Palma and tell you how our Algarve expansion is going. "
         "Just to be clear there's no open GM role right now, this is a purely informal chat between "
         "colleagues.\n\nMiguel Sousa, Lusitânia Hotels & Resorts")
    body = _ev(uid, "20250206T093000", "20250206T103000", "Coffee – Miguel Sousa (informal chat)", d,
               [att("miguel.sousa@lusitaniahotels.pt", "Miguel Sousa"), ME], "Ca'n Joan de s'Aigo, Palma",
               org("miguel.sousa@lusitaniahotels.pt", "Miguel Sousa"))
    return Ev("coffee-chat-en", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="informational-coffee-en")])


def job_fair_visit() -> Ev:
    uid = "E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B"
    body = _ev(uid, "20250306T100000", "20250306T130000", "Foro Empleo Turismo Madrid – pasar por stands cadenas",
               "Llevar 20 CV. Stands: Meridia, Iberluz, Medora. Charla 'Dirección hotelera 2030' a las 12h.", [],
               "IFEMA Pabellón 3")
    return Ev("job-fair-visitor-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 0, trap="job-fair-visitor-es")])


def referee_call() -> Ev:
    uid = "ref-check-0319-oliver@grupportals.com"
    d = ("Hola Javier,\n\nMarc Oliver nos ha dado tu nombre como referencia: fue sous-chef a tus órdenes en Cala "
         "Blava (2021-2024). ¿Podemos hablar 15 minutos sobre su desempeño?\n\nGràcies,\nLaia Comas\nRRHH, "
         "Grup Portals Restauració")
    body = _ev(uid, "20250319T101500", "20250319T103000", "Referencias sobre Marc Oliver (llamada)", d,
               [ME_W], "Teléfono", org("lcomas@grupportals.com", "Laia Comas"))
    return Ev("referee-call-es", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="user-is-referee-es")])


def headhunter_confidential() -> Ev:
    uid = "7k8l9z0x1c2v3b4n5m6q7w8e9r@google.com"
    d = ("Llamada con Rodrigo (headhunter, búsqueda confidencial): Director General 5* en Canarias, cliente aún sin "
         "nombre. Preguntar por el paquete y el tamaño del hotel.")
    body = _ev(uid, "20250310T190000", "20250310T193000",
               "Llamada con headhunter – posición confidencial Director General 5* (Canarias)", d,
               [att("rodrigo.salcedo@executiveleisure.es", "Rodrigo Salcedo"), ME], "",
               org("rodrigo.salcedo@executiveleisure.es", "Rodrigo Salcedo"))
    return Ev("recruiter-no-employer-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 0, trap="recruiter-no-employer-es")])


def search_firm_intro_en() -> Ev:
    uid = "intro-JMF-20250225@blakemore-search.com"
    d = ("Javier, good to connect on LinkedIn. I'm running several GM and area searches for clients in Southern "
         "Europe (names shared under NDA at a later stage). A 20-minute intro call to understand your background "
         "and what you're looking for.\n\nTom Blakemore\nBlakemore Hospitality Search")
    body = _ev(uid, "20250225T170000", "20250225T172000", "Intro call – Javier Morales Ferrer / Blakemore Search", d,
               [ME], "Phone", org("tom@blakemore-search.com", "Tom Blakemore"), tzid="")
    return Ev("recruiter-no-employer-en", cal(body, prodid=GOOGLE), [lab(uid, 0, trap="recruiter-no-employer-en")])


def prep_block() -> Ev:
    uid = "0a9s8d7f6g5h4j3k2l1z0x9c8v@google.com"
    d = ("Preparar entrevista con Meridia: repasar cifras de Lisboa (RevPAR, GOP), preguntas para Daniel, "
         "ejemplo de reestructuración de F&B. Imprimir organigrama.")
    body = _ev(uid, "20250310T200000", "20250310T213000", "Preparar entrevista Meridia (P&L, preguntas)", d, [])
    return Ev("prep-block-es", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 0, trap="prep-block-es")])


def thanks_reminder() -> Ev:
    uid = "9c8x7z6l5k4j3h2g1f0d9s8a7p@google.com"
    body = _ev(uid, "20250416", "20250417", "Enviar agradecimiento a Quinta do Vale (Henrique + Catarina)",
               "Email corto tras la entrevista final; mencionar idea de upselling de villas.", [], tzid="")
    body = body.replace("DTSTART:20250416", "DTSTART;VALUE=DATE:20250416").replace("DTEND:20250417",
                                                                                 "DTEND;VALUE=DATE:20250417")
    return Ev("followup-reminder-es", cal(body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 0, trap="thank-you-reminder-allday-es")])


def make() -> list[Ev]:
    return [mock_mentor(), mock_coach_en(), mock_de(), webinar_es(), webinar_de(), webinaire_fr(),
            competency_course(), press_interview(), podcast(), user_research(), radio_ca(), exit_interview(),
            appraisal(), coffee_chat(), job_fair_visit(), referee_call(), headhunter_confidential(),
            search_firm_intro_en(), prep_block(), thanks_reminder()]
