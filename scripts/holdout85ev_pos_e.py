"""holdout85: the user's own interviews, part E (French, Spain, hand-typed entries, last rounds)."""

from __future__ import annotations

from holdout85ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    OUTLOOK_TAIL,
    TZ_BOGOTA,
    TZ_MADRID,
    TZ_MEXICO,
    TZ_PARIS,
    WIN_ROMANCE,
    Ev,
    alt_html,
    cal,
    desc,
    g_att,
    hexid,
    meet,
    meet_url,
    o_att,
    org,
    outlook_uid,
    teams,
    uuid_like,
    vevent,
    zoom,
)


def _lunea_rh() -> Ev:
    uid = f"{hexid('h85-lunea1', 26)}@google.com"
    body = (
        "Bonjour Daniela,\n\nSuite à votre candidature au poste d'Analyste Data LATAM (basé à Bogotá), je vous "
        "propose un premier échange téléphonique de 30 minutes pour faire connaissance. L'entretien peut se "
        "faire en espagnol ou en anglais si vous préférez.\n\n" + meet("en", "h85-lunea1")
        + "\n\nBien à vous,\nCamille Rousseau\nChargée de recrutement – Groupe Lunéa"
    )
    text = cal(GOOGLE, TZ_PARIS, vevent(
        "DTSTART;TZID=Europe/Paris:20260224T170000", "DTEND;TZID=Europe/Paris:20260224T173000",
        "DTSTAMP:20260218T093000Z", org("camille.rousseau@lunea-groupe.fr", "Camille Rousseau"), f"UID:{uid}",
        g_att("camille.rousseau@lunea-groupe.fr", "Camille Rousseau", "ACCEPTED"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entretien RH – Analyste Data LATAM – Daniela Castro", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-fr", uid, text, 1, "Groupe Lunéa", "Analyste Data LATAM", "recruiter_screen",
              "camille.rousseau@lunea-groupe.fr", "entretien-rh-fr")


def _lunea_manager() -> Ev:
    uid = outlook_uid("h85-lunea2")
    body = (
        "Bonjour Daniela,\n\nComme convenu avec Camille, voici l'invitation pour notre entretien. Je suis "
        "responsable de la Data pour l'Amérique latine ; nous parlerons de votre expérience et du périmètre "
        "du poste (enseignes en Colombie et au Mexique).\n\nÀ bientôt,\nThibault Marchand\n\n"
        + teams("fr", "h85-lunea2")
    )
    text = cal(OUTLOOK, WIN_ROMANCE, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260303T134500Z", f"UID:{uid}",
        "DTSTART;TZID=Romance Standard Time:20260310T173000", "DTEND;TZID=Romance Standard Time:20260310T181500",
        "SUMMARY;LANGUAGE=fr-FR:Entretien avec le manager – Analyste Data LATAM",
        org("thibault.marchand@lunea-groupe.fr", "MARCHAND Thibault"), o_att(ME, ME_CN),
        o_att("camille.rousseau@lunea-groupe.fr", "ROUSSEAU Camille", role="OPT-PARTICIPANT"),
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", desc(body), alt_html(body), *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-fr", uid, text, 1, "Groupe Lunéa", "Analyste Data LATAM", "hiring_manager",
              "thibault.marchand@lunea-groupe.fr", "entretien-manager-fr-optional-recruiter")


def _plazza_hm_en() -> Ev:
    uid = f"{hexid('h85-plazza1', 26)}@google.com"
    body = (
        "Hey Daniela - looking forward to our chat. I lead Analytics at Plazza (we run the marketplace for "
        "independent shops in Spain and Portugal). We'll talk about the Marketplace Analyst role and your work "
        "on customer segmentation.\n\nCheers,\nOliver\n\n" + meet("en", "h85-plazza1")
    )
    text = cal(GOOGLE, TZ_MADRID, vevent(
        "DTSTART;TZID=Europe/Madrid:20260219T173000", "DTEND;TZID=Europe/Madrid:20260219T181500",
        "DTSTAMP:20260213T111100Z", org("oliver.grant@plazza.es", "Oliver Grant"), f"UID:{uid}",
        g_att("oliver.grant@plazza.es", "Oliver Grant", "ACCEPTED"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Daniela / Oliver – chat with Head of Analytics", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-en", uid, text, 1, "Plazza", "Marketplace Analyst", "hiring_manager",
              "oliver.grant@plazza.es", "company-only-in-body-en")


def _plazza_ashby_es() -> Ev:
    uid = f"{uuid_like('h85-ashby2')}@ashbyhq.com"
    body = (
        "Entrevista técnica – Marketplace Analyst\nCandidata: Daniela Castro\n\nHorario (hora de Madrid):\n"
        "18:00 – 19:00  SQL y métricas de marketplace con Irene Solís y Pau Vidal\n\n"
        "Enlace: " + meet_url("h85-ashby2") + "\n\nCoordinado por el equipo de Talento de Plazza · Powered by Ashby"
    )
    text = cal("-//Ashby//Ashby Scheduling//EN", TZ_MADRID, vevent(
        f"UID:{uid}", "DTSTAMP:20260227T083000Z",
        "DTSTART;TZID=Europe/Madrid:20260305T180000", "DTEND;TZID=Europe/Madrid:20260305T190000",
        "SUMMARY:Entrevista técnica con Plazza – Daniela Castro",
        org("talento@plazza.es", "Talento Plazza"),
        g_att("irene.solis@plazza.es", "Irene Solís"), g_att("pau.vidal@plazza.es", "Pau Vidal"), g_att(ME, ME_CN),
        "LOCATION:" + meet_url("h85-ashby2"), desc(body),
    ), method="REQUEST")
    return Ev("ashby-es", uid, text, 1, "Plazza", "Marketplace Analyst", "technical",
              "irene.solis@plazza.es;pau.vidal@plazza.es", "ashby-es")


def _tramontana_workday() -> Ev:
    uid = f"WD-INTERVIEW-{hexid('h85-wd2', 12, True)}@tramontana.wd103.myworkdayjobs.com"
    body = (
        "Dear Daniela Castro,\n\nThank you for applying to Data Analyst - E-commerce (R-10233) at Moda "
        "Tramontana. You are invited to a phone screening with our Talent Acquisition team.\n\n"
        "Interviewer: Clara Benet, Talent Acquisition Specialist\nWe will call you on +57 310 482 7716.\n\n"
        "Kind regards,\nTalent Acquisition - Moda Tramontana, S.A."
    )
    text = cal("-//Workday//Recruiting Interview//EN", TZ_MADRID, vevent(
        f"UID:{uid}", "DTSTAMP:20260302T120000Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Madrid:20260306T153000", "DTEND;TZID=Europe/Madrid:20260306T160000",
        "SUMMARY:Interview: Data Analyst - E-commerce (R-10233) - Daniela Castro - Phone Screen",
        org("talent@tramontana.com", "Moda Tramontana Talent Acquisition"),
        'ATTENDEE;CN="Benet, Clara";ROLE=REQ-PARTICIPANT:mailto:clara.benet@tramontana.com',
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:Phone", desc(body),
    ), method="REQUEST")
    return Ev("workday-en", uid, text, 1, "Moda Tramontana", "Data Analyst - E-commerce", "recruiter_screen",
              "clara.benet@tramontana.com", "workday-en-phone-screen")


def _paywise_handtyped() -> Ev:
    uid = uuid_like("h85-ios2", upper=True)
    text = cal(APPLE, vevent(
        "CREATED:20260226T012000Z", "DTSTAMP:20260226T012011Z", f"UID:{uid}",
        "DTSTART;TZID=America/Bogota:20260227T120000", "DTEND;TZID=America/Bogota:20260227T122000",
        "SUMMARY:Paywise recruiter call (Jenna)", "DESCRIPTION:she calls me on whatsapp. ask about salary band",
        "LOCATION:", "SEQUENCE:0", "TRANSP:OPAQUE",
    ), TZ_BOGOTA, head=("CALSCALE:GREGORIAN",))
    return Ev("ios-en", uid, text, 1, "Paywise", "", "recruiter_screen", "Jenna", "handtyped-en")


def _can_terse() -> Ev:
    uid = uuid_like("h85-ios3", upper=True)
    text = cal(APPLE, TZ_BOGOTA, vevent(
        "CREATED:20260304T220500Z", "DTSTAMP:20260304T220500Z", f"UID:{uid}",
        "DTSTART;TZID=America/Bogota:20260309T073000", "DTEND;TZID=America/Bogota:20260309T083000",
        "SUMMARY:entrevista CAN final", "LOCATION:Planta Tocancipá", "SEQUENCE:0",
    ), head=("CALSCALE:GREGORIAN",))
    return Ev("ios-es", uid, text, 1, "Cervecería Andes del Norte", "", "final", "", "handtyped-abbrev-es")


def _nube_hm() -> Ev:
    uid = f"{hexid('h85-nube1', 26)}@google.com"
    body = (
        "Hola Daniela,\n\nSoy Natalia, líder de Marketing en Colchones Nube. Me encantó tu hoja de vida; "
        "conversemos sobre la vacante de Analista de Marketing Analytics (atribución, CAC, LTV).\n\n"
        + meet("es", "h85-nube1")
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260306T213000Z", "DTEND:20260306T221500Z", "DTSTAMP:20260302T150000Z",
        org("natalia.pardo@colchonesnube.com", "Natalia Pardo"), f"UID:{uid}",
        g_att("natalia.pardo@colchonesnube.com", "Natalia Pardo", "ACCEPTED"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Analista de Marketing Analytics – Daniela Castro", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-es", uid, text, 1, "Colchones Nube", "Analista de Marketing Analytics", "hiring_manager",
              "natalia.pardo@colchonesnube.com", "hm-self-introduced-es")


def _huerta_final() -> Ev:
    uid = f"teamtailor-meeting-{hexid('h85-tt2', 16)}"
    body = (
        "¡Hola Daniela!\n\nÚltima etapa: entrevista final con Jordi Puig (CEO) y Marta Ferrer. Hablaremos de "
        "cómo te ves en el equipo y resolveremos tus dudas sobre la oferta.\n\n" + zoom("es", "817 2290 4410", "hv")
        + "\n\nReservado con Teamtailor"
    )
    text = cal("-//Teamtailor//Meetings//EN", TZ_MADRID, vevent(
        f"UID:{uid}", "DTSTAMP:20260320T101010Z",
        "DTSTART;TZID=Europe/Madrid:20260327T163000", "DTEND;TZID=Europe/Madrid:20260327T171500",
        "SUMMARY:Entrevista final – Huerta Viva – Daniela Castro",
        org("marta.ferrer@huertaviva.es", "Marta Ferrer"),
        "ATTENDEE;CN=Jordi Puig;PARTSTAT=NEEDS-ACTION:mailto:jordi@huertaviva.es",
        "ATTENDEE;CN=Marta Ferrer;PARTSTAT=ACCEPTED:mailto:marta.ferrer@huertaviva.es",
        f"ATTENDEE;CN={ME_CN};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        desc(body), "LOCATION:Zoom",
    ), method="REQUEST")
    return Ev("teamtailor-es", uid, text, 1, "Huerta Viva", "", "final",
              "jordi@huertaviva.es;marta.ferrer@huertaviva.es", "teamtailor-final-es")


def _crediya_sql() -> Ev:
    uid = f"{hexid('h85-crediya2', 26)}@google.com"
    body = (
        "Daniela, siguiente paso: prueba de SQL en vivo (45 min) con Diego Cervantes, Líder de Analítica de "
        "Riesgo. Trae tu cámara encendida; compartiremos un editor en línea.\n\n" + meet("es", "h85-crediya2")
        + "\n\nMariana Ibarra · Talent Acquisition"
    )
    text = cal(GOOGLE, TZ_MEXICO, vevent(
        "DTSTART;TZID=America/Mexico_City:20260216T100000", "DTEND;TZID=America/Mexico_City:20260216T104500",
        "DTSTAMP:20260211T170000Z", org("mariana.ibarra@crediya.com.mx", "Mariana Ibarra"), f"UID:{uid}",
        g_att("diego.cervantes@crediya.com.mx", "Diego Cervantes"), g_att(ME, ME_CN),
        g_att("mariana.ibarra@crediya.com.mx", "Mariana Ibarra", "ACCEPTED", role="OPT-PARTICIPANT"),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Prueba SQL en vivo – Analista de Riesgo de Crédito (Crediya)", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN", "X-WR-TIMEZONE:America/Mexico_City"))
    return Ev("google-es-mx", uid, text, 1, "Crediya", "Analista de Riesgo de Crédito", "technical",
              "diego.cervantes@crediya.com.mx", "sql-live-coordinator-es")


def _pagare_screen() -> Ev:
    uid = f"{hexid('h85-pagare0', 26)}@google.com"
    body = (
        "Hola Daniela, gracias por postularte a Analista de Datos Sr. en Pagaré Digital. Agendamos una "
        "videollamada corta con Talento para conocerte.\n\n" + meet("es", "h85-pagare0")
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260211T140000Z", "DTEND:20260211T143000Z", "DTSTAMP:20260207T000500Z",
        org("talento@pagaredigital.com.co", "Talento Pagaré"), f"UID:{uid}",
        g_att("juan.camacho@pagaredigital.com.co", "Juan Camacho"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Videollamada con Talento – Analista de Datos Sr.", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-es", uid, text, 1, "Pagaré", "Analista de Datos Sr.", "recruiter_screen",
              "juan.camacho@pagaredigital.com.co", "company-in-body-legal-name-es")


def events() -> list[Ev]:
    return [
        _lunea_rh(), _lunea_manager(), _plazza_hm_en(), _plazza_ashby_es(), _tramontana_workday(),
        _paywise_handtyped(), _can_terse(), _nube_hm(), _huerta_final(), _crediya_sql(), _pagare_screen(),
    ]
