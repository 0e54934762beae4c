"""holdout46: the user's own interviews with Paris and Madrid employers (French, Spanish and English invites)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, teams
from holdout46ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK,
    Ev,
    alarm,
    att,
    cal,
    digits,
    gatt,
    google_uid,
    hexid,
    html,
    ms_tail,
    mstz,
    org,
    outlook_uid,
    p,
    pos,
    tz,
    uuid,
)

ROMANCE = "Romance Standard Time"
MOBILE = "+44 7700 900418"


def events() -> list[Ev]:
    out: list[Ev] = []

    # Solvéo: Teamtailor in French, phone call with the talent partner
    uid = f"interview-{digits('solveo', 8)}@teamtailor.com"
    desc = ("Bonjour Grace,\n\nVous avez un entretien avec Solvéo pour le poste de QA Automation Engineer Senior (H/F) "
            f"– Full remote.\n\nAvec : Camille Roux\nLieu : appel téléphonique – Camille vous appellera au {MOBILE}"
            "\n\nCe premier échange de 30 minutes permet de faire connaissance et de parler de votre parcours.\n\n"
            "À bientôt,\nL'équipe Talent de Solvéo")
    out.append(pos("teamtailor-phone-fr", cal(["PRODID:-//Teamtailor//Teamtailor Calendar//FR", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250304T101000Z", "DTSTART;TZID=Europe/Paris:20250310T170000",
        "DTEND;TZID=Europe/Paris:20250310T173000", org("camille.roux@solveo.fr", "Camille Roux"),
        att(FREE, "Grace Okonkwo"), att("camille.roux@solveo.fr", "Camille Roux", ps="ACCEPTED"),
        p("SUMMARY", "Entretien avec Solvéo"), p("DESCRIPTION", desc), p("LOCATION", "Téléphone"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/Paris"),), method="REQUEST"), uid, "Solvéo", "QA Automation Engineer Senior (H/F)",
        "recruiter_screen", "camille.roux@solveo.fr"))

    # Cigogne Assurances: Workday in French, technical interview, UTC
    wd = ["PRODID:-//Workday Inc.//Workday Recruiting Calendar//FR", "VERSION:2.0"]
    uid = "WD-INT-" + uuid("cigogne-tech", upper=True) + "@cigogne.myworkday.com"
    desc = ("Détails de l'entretien\n\nCandidat : Grace Okonkwo\nOffre : R-2025-0318 Ingénieur(e) QA Automatisation "
            "Senior (H/F)\nType d'entretien : Entretien technique\nDurée : 1 heure\n\nIntervenant(s) :\n"
            "Nicolas Garnier – Responsable QA\nSarah Benali – Lead Développeuse\n\n" + teams("fr", "cigogne-tech"))
    out.append(pos("workday-technique-fr", cal(wd, [
        f"UID:{uid}", "DTSTAMP:20250402T090000Z", "DTSTART:20250409T080000Z", "DTEND:20250409T090000Z",
        org("recrutement@cigogne-assurances.fr", "Cigogne Assurances – Recrutement"), att(FREE, "Grace Okonkwo"),
        att("nicolas.garnier@cigogne-assurances.fr", "Nicolas Garnier"),
        att("sarah.benali@cigogne-assurances.fr", "Sarah Benali"),
        p("SUMMARY", "Entretien : Ingénieur(e) QA Automatisation Senior (R-2025-0318) - Entretien technique"),
        p("DESCRIPTION", desc), p("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
    ], method="REQUEST"), uid, "Cigogne Assurances", "Ingénieur(e) QA Automatisation Senior (H/F)", "technical",
        "nicolas.garnier@cigogne-assurances.fr;sarah.benali@cigogne-assurances.fr"))

    # Cigogne Assurances: final in Paris, Exchange with Romance Standard Time; the recruiter only organises
    uid = outlook_uid("cigogne-final")
    desc = ("Bonjour Grace,\n\nSuite à votre entretien technique, nous avons le plaisir de vous convier à l'entretien "
            "final avec Olivier Marchand (DSI) et Nicolas Garnier (Responsable QA). Il se déroulera dans nos locaux "
            "parisiens : 48 rue de Lisbonne, 75008 Paris. Vos frais de déplacement depuis Manchester seront pris en "
            "charge.\n\nBien cordialement,\nHélène Lefèvre\nChargée de recrutement")
    out.append(pos("exchange-final-romance-fr", cal(EXCHANGE, [
        org("helene.lefevre@cigogne-assurances.fr", "Lefèvre, Hélène"), att(FREE, "grace.okonkwo@gmail.com"),
        att("olivier.marchand@cigogne-assurances.fr", "Marchand, Olivier"),
        att("nicolas.garnier@cigogne-assurances.fr", "Garnier, Nicolas"),
        att("salle-seine@cigogne-assurances.fr", "Salle Seine (8 pers.)", role="NON-PARTICIPANT",
            cutype="RESOURCE"),
        p("DESCRIPTION;LANGUAGE=fr-FR", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=fr-FR", "Entretien final – Grace Okonkwo – Ingénieur(e) QA Automatisation Senior"),
        f"DTSTART;TZID={ROMANCE}:20250513T140000", f"DTEND;TZID={ROMANCE}:20250513T153000", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250505T080200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=fr-FR", "Salle Seine, 48 rue de Lisbonne, 75008 Paris"), *ms_tail(), html(desc),
    ], tzs=(mstz(ROMANCE, False),), method="REQUEST", method_first=True), uid, "Cigogne Assurances",
        "Ingénieur(e) QA Automatisation Senior", "final",
        "olivier.marchand@cigogne-assurances.fr;nicolas.garnier@cigogne-assurances.fr"))

    # Opaline Santé: Outlook with the French display-name zone, the future manager invites directly
    uid = outlook_uid("opaline")
    zone = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
    desc = ("Bonjour Grace,\n\nJe vous propose un échange d'une heure pour discuter du poste de Lead QA et de votre "
            "expérience. Je suis Engineering Manager de l'équipe Plateforme et serais votre futur manager. "
            "L'entretien peut se dérouler en anglais si vous préférez.\n\nBien à vous,\nJulien Mercier\n\n"
            + teams("fr", "opaline"))
    out.append(pos("outlook-utc-zone-manager-fr", cal(OUTLOOK, [
        "CLASS:PUBLIC", "CREATED:20250410T095500Z", p("DESCRIPTION", desc),
        f"DTEND;TZID=\"{zone}\":20250417T160000", "DTSTAMP:20250410T095500Z",
        f"DTSTART;TZID=\"{zone}\":20250417T150000", "LAST-MODIFIED:20250410T095500Z",
        p("LOCATION", "Réunion Microsoft Teams"), org("julien.mercier@opaline-sante.fr", "Mercier, Julien"),
        att(FREE, "Grace Okonkwo"), "PRIORITY:5", "SEQUENCE:0",
        p("SUMMARY;LANGUAGE=fr", "Entretien Lead QA – Opaline Santé / Grace Okonkwo"), "TRANSP:OPAQUE",
        f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-CONFTYPE:0", *alarm(15),
    ], tzs=(mstz(zone, False),), method="REQUEST", method_first=True), uid, "Opaline Santé", "Lead QA",
        "hiring_manager", "julien.mercier@opaline-sante.fr"))

    # Pivoine: co-founder on gmail with the CTO, tutoiement, no clear stage
    uid = google_uid("pivoine")
    desc = ("Salut Grace,\n\nMerci pour ta candidature ! Comme convenu, voici l'invitation pour un premier entretien "
            "avec moi (cofondatrice de Pivoine) et Hugo, notre CTO. On te présentera le produit et on parlera de ton "
            "expérience en automatisation de tests.\n\nÀ très vite,\nAurélie\n\n" + meet("fr", "pivoine"))
    out.append(pos("google-founder-gmail-fr", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART:20250402T080000Z", "DTEND:20250402T084500Z", "DTSTAMP:20250328T171100Z",
        org("aurelie.fontana@gmail.com", "Aurélie Fontana"), f"UID:{uid}",
        gatt("aurelie.fontana@gmail.com", "Aurélie Fontana", "ACCEPTED"),
        gatt("hugo@pivoine.app", "Hugo Lemaire", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('pivoine')}", "CREATED:20250328T171058Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250328T171058Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Pivoine x Grace – premier entretien"), "TRANSP:OPAQUE",
    ]), uid, "Pivoine", "", "", "aurelie.fontana@gmail.com;hugo@pivoine.app"))

    # Cobre Pagos: Workable in Spanish, phone screen
    uid = f"{hexid('cobre', 24)}@workable.com"
    desc = ("Puesto: QA Automation Engineer Senior (remoto)\nCandidata: Grace Okonkwo\nEntrevistadora: Marta Gil "
            f"(Talent Acquisition)\n\nMarta te llamará al {MOBILE}. La llamada durará unos 30 minutos.\n\n--\n"
            "Enviado a través de Workable en nombre de Cobre Pagos")
    out.append(pos("workable-telefonica-es", cal(["PRODID:-//Workable//Workable Calendar//ES", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250311T120000Z", "DTSTART;TZID=Europe/Madrid:20250317T163000",
        "DTEND;TZID=Europe/Madrid:20250317T170000", org("noreply@workablemail.com", "Cobre Pagos"),
        att(FREE, "Grace Okonkwo"), att("marta.gil@cobrepagos.com", "Marta Gil"),
        p("SUMMARY", "Cobre Pagos: Entrevista telefónica con Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", "Llamada telefónica"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/Madrid"),), method="REQUEST"), uid, "Cobre Pagos", "QA Automation Engineer Senior (remoto)",
        "recruiter_screen", "marta.gil@cobrepagos.com"))

    # Tramontana Tech: Lever in Spanish, technical, UTC
    uid = "lever-" + uuid("tramontana-tech") + "@hire.lever.co"
    desc = ("¡Hola Grace!\n\nTe confirmamos la entrevista técnica para la posición de QA Automation Engineer Senior."
            "\n\nEntrevistadores:\n• Álvaro Ruiz – Tech Lead\n• Noelia Castro – QA Engineer\n\nDuración: 75 minutos. "
            "Haremos un ejercicio práctico de automatización de pruebas de API y hablaremos de estrategia de "
            "testing.\n\n" + meet("es", "tramontana-tech") + "\n\nUn saludo,\nEquipo de Talento de Tramontana")
    out.append(pos("lever-tecnica-es", cal(["PRODID:-//Lever//Lever Interview Scheduling//ES", "VERSION:2.0",
                                            "CALSCALE:GREGORIAN"], [
        f"UID:{uid}", "DTSTAMP:20250415T100000Z", "DTSTART:20250423T090000Z", "DTEND:20250423T101500Z",
        org("talento@tramontana.tech", "Talento Tramontana"), att(FREE, "Grace Okonkwo", cutype="INDIVIDUAL"),
        att("alvaro.ruiz@tramontana.tech", "Álvaro Ruiz", cutype="INDIVIDUAL"),
        att("noelia.castro@tramontana.tech", "Noelia Castro", cutype="INDIVIDUAL"),
        p("SUMMARY", "Tramontana Tech – Entrevista técnica (QA Automation Engineer Senior)"),
        p("DESCRIPTION", desc), p("LOCATION", meet_url("tramontana-tech")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], method="REQUEST"), uid, "Tramontana Tech", "QA Automation Engineer Senior", "technical",
        "alvaro.ruiz@tramontana.tech;noelia.castro@tramontana.tech"))

    # Tramontana Tech: final conversation in English from the VP Engineering's Google Calendar
    uid = google_uid("tramontana-final")
    desc = ("Hi Grace – great feedback from Álvaro and Noelia! Let's have our final chat: I'd like to hear how you "
            "would set up the QA practice across our three squads, and answer anything you want to know about "
            "Tramontana.\n\nInés\nVP Engineering\n\n" + meet("en", "tramontana-final"))
    out.append(pos("google-vp-final-en-madrid", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART;TZID=Europe/Madrid:20250508T150000", "DTEND;TZID=Europe/Madrid:20250508T160000",
        "DTSTAMP:20250430T070700Z", org("ines.moreno@tramontana.tech", "Inés Moreno"), f"UID:{uid}",
        gatt("ines.moreno@tramontana.tech", "Inés Moreno", "ACCEPTED"), gatt(FREE, "Grace Okonkwo"),
        f"X-GOOGLE-CONFERENCE:{meet_url('tramontana-final')}", "CREATED:20250430T070658Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250430T070658Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Final interview: Grace / Inés (Tramontana)"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/Madrid"),)), uid, "Tramontana Tech", "", "final", "ines.moreno@tramontana.tech"))

    # Banco Alcázar: the accepted invite as it sits in the user's Google export (X-WR-TIMEZONE London, Madrid TZID)
    uid = f"SF-INT-{digits('alcazar', 10)}@successfactors.eu"
    desc = ("Estimada Grace:\n\nLe confirmamos su entrevista con D. Ignacio Salvatierra, Responsable de Calidad del "
            "Software, para la posición de Ingeniera Senior de Automatización de Pruebas (Ref. 25-114).\n\nLa "
            "entrevista se realizará por Microsoft Teams y tendrá una duración aproximada de 45 minutos.\n\n"
            "Atentamente,\nSelección – Banco Alcázar\n\n" + teams("es", "alcazar"))
    out.append(pos("google-export-wrtz-successfactors-es", cal([
        *GOOGLE, "METHOD:PUBLISH", "X-WR-CALNAME:Grace", "X-WR-TIMEZONE:Europe/London"], [
        "DTSTART;TZID=Europe/Madrid:20250424T120000", "DTEND;TZID=Europe/Madrid:20250424T124500",
        "DTSTAMP:20250603T191500Z", org("seleccion@bancoalcazar.es", "Selección Banco Alcázar"), f"UID:{uid}",
        gatt("ignacio.salvatierra@bancoalcazar.es", "Ignacio Salvatierra", "ACCEPTED"),
        gatt(FREE, "Grace Okonkwo", "ACCEPTED"), "CREATED:20250416T101010Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250416T103000Z", p("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Entrevista con el responsable de QA – Banco Alcázar"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/Madrid"),)), uid, "Banco Alcázar", "Ingeniera Senior de Automatización de Pruebas",
        "hiring_manager", "ignacio.salvatierra@bancoalcazar.es"))

    # Orbe Seguros: Exchange, Romance Standard Time; the HRBP introduces and leaves
    uid = outlook_uid("orbe")
    desc = ("Hola Grace,\n\nTe escribo para confirmar la entrevista final para el puesto de QA Lead. Estarán Pablo "
            "Navarro (CTO) y Raquel Ortega (Directora de Ingeniería). Yo os presentaré al inicio y me desconectaré "
            "después.\n\nUn saludo,\nLucía Fernández Ruiz\nHR Business Partner – Orbe Seguros\n\n"
            + teams("es", "orbe"))
    out.append(pos("exchange-final-hrbp-es", cal(EXCHANGE, [
        org("lucia.fernandez@orbeseguros.es", "Fernández Ruiz, Lucía"), att(FREE, "grace.okonkwo@gmail.com"),
        att("pablo.navarro@orbeseguros.es", "Navarro, Pablo"), att("raquel.ortega@orbeseguros.es", "Ortega, Raquel"),
        p("DESCRIPTION;LANGUAGE=es-ES", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=es-ES", "Entrevista final – QA Lead – Grace Okonkwo"),
        f"DTSTART;TZID={ROMANCE}:20250516T160000", f"DTEND;TZID={ROMANCE}:20250516T170000", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250509T113000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=es-ES", "Reunión de Microsoft Teams"), *ms_tail(), html(desc), *alarm(15),
    ], tzs=(mstz(ROMANCE, False),), method="REQUEST", method_first=True), uid, "Orbe Seguros", "QA Lead",
        "final", "pablo.navarro@orbeseguros.es;raquel.ortega@orbeseguros.es"))

    # Mirlo Studio: Calendly in Spanish, the CTO as host
    uid = uuid("mirlo-cal")
    desc = ("Nombre del evento: Entrevista QA Lead\n\nHola, soy Diego, CTO de Mirlo Studio. En esta llamada de 45 "
            "minutos hablaremos de tu experiencia y del puesto de QA Lead en nuestro equipo de Madrid (100% remoto "
            f"posible).\n\nUbicación: Esta es una videoconferencia de Google Meet. {meet_url('mirlo')}\n\n"
            "¿Necesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/" + uuid("mc") +
            "\nReprogramar: https://calendly.com/reschedulings/" + uuid("mr") + "\n\nCon la tecnología de "
            "Calendly.com")
    out.append(pos("calendly-cto-es", cal(["PRODID:-//Calendly//Calendly Scheduling//ES", "VERSION:2.0",
                                           "CALSCALE:GREGORIAN"], [
        f"UID:{uid}", "DTSTAMP:20250325T190000Z", "DTSTART:20250331T150000Z", "DTEND:20250331T154500Z",
        org("diego@mirlo.studio", "Diego Vidal"), att(FREE, "Grace Okonkwo"),
        p("SUMMARY", "Entrevista QA Lead entre Diego Vidal y Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", meet_url("mirlo")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], method="REQUEST"), uid, "Mirlo Studio", "QA Lead", "", "diego@mirlo.studio"))

    return out
