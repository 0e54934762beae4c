"""holdout23: more of Amara Okafor's own interviews (tricky-but-fair positives, EN/ES/FR)."""

from __future__ import annotations

from holdout23ev_ics import ME, WORK, Item, att, ev, lab, meet, meet_conf, mk, ms_extra, org, teams, webex, zoom

L = "Europe/London"
UTCZ = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def items() -> list[Item]:
    """Given nothing returns further interview files."""
    out: list[Item] = []
    u = "trac-internal-app-okafor-b7"
    out.append(mk("internal-application-own", "en", "trac", [ev(
        u, "Interview invitation: Band 7 Digital Therapies Lead - candidate Amara Okafor", "20261121T100000Z",
        "20261121T104500Z", loc="Boardroom, Admin Block, St Margaret's Hospital",
        desc="Dear Amara Okafor,\n\nThank you for your application for Band 7 Digital Therapies Lead. We are "
             "pleased to invite you to interview. Panel: Dr Sunil Rao (Chief Clinical Information Officer), "
             "Rebecca Lowe (Therapy Services Manager). You will be asked to give a 10 minute presentation.\n\n"
             "Trac Recruitment on behalf of St Margaret's Hospital NHS Foundation Trust",
        organizer=org("noreply@trac.jobs", "St Margaret's Hospital Recruitment"),
        attendees=(att(WORK, "Amara Okafor"),))],
        (lab(u, True, "St Margaret's Hospital", "Band 7 Digital Therapies Lead", "",
             "Sunil Rao;Rebecca Lowe", "internal_application"),)))

    u = "coffee-round2-limberly"
    out.append(mk("coffee-is-round-two", "en", "google", [ev(
        u, "Coffee with Rhys (Limberly) - round 2", "20261117T083000", "20261117T091500", tz=L,
        loc="Ancoats Coffee Co., Manchester",
        desc="Rhys asked to meet in person as the second interview for the Implementation Specialist role - "
             "he said it's informal but he will be assessing fit.",
        organizer=org("rhys@limberly.io", "Rhys Parry"), attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"),))],
        (lab(u, True, "Limberly", "Implementation Specialist", "", "rhys@limberly.io", "coffee_is_interview"),),
        tzids=(L,)))

    u = "zoom-native-ams-1"
    out.append(mk("zoom-native-amsterdam", "en", "zoom", [ev(
        u, "Amara Okafor - Interview - Customer Education Specialist (MoveWell)", "20261123T090000Z",
        "20261123T100000Z", loc="https://movewell.zoom.us/j/93318820041",
        desc="Sanne de Vries is inviting you to a scheduled Zoom meeting.\n\nTopic: Amara Okafor - Interview - "
             "Customer Education Specialist (MoveWell, Amsterdam)\nInterviewers: Sanne de Vries (Head of Customer "
             "Education), Pieter Bakker (Clinical Content Lead)" + zoom("933 1882 0041"),
        organizer=org("sanne.devries@movewell.nl", "Sanne de Vries"),
        attendees=(att(ME), att("pieter.bakker@movewell.nl", "Pieter Bakker")))],
        (lab(u, True, "MoveWell", "Customer Education Specialist", "",
             "sanne.devries@movewell.nl;pieter.bakker@movewell.nl"),)))

    u = "outlook-utc-zone-insurer"
    out.append(mk("outlook-utc-label-zone", "en", "outlook", [ev(
        u, "Second interview - Clinical Case Manager - Harbourside Health", "20261124T140000", "20261124T150000",
        tz=UTCZ, loc="Harbourside Health Insurance, 3 Hardman St, Manchester",
        desc="Dear Amara,\n\nFollowing your phone interview with Dan, we'd like to invite you to meet Fiona Grey "
             "(Clinical Services Manager, your would-be line manager) and Dan Whitley (Talent).\n\nRegards,\n"
             "Harbourside Health Insurance Recruitment",
        organizer=org("careers@harbourside-health.co.uk", "Harbourside Careers"),
        attendees=(att(ME, "Amara Okafor"), att("fiona.grey@harbourside-health.co.uk", "Grey, Fiona"),
                   att("dan.whitley@harbourside-health.co.uk", "Whitley, Dan")), extra=ms_extra())],
        (lab(u, True, "Harbourside Health Insurance", "Clinical Case Manager", "hiring_manager",
             "fiona.grey@harbourside-health.co.uk;dan.whitley@harbourside-health.co.uk"),)))

    u = "webex-direct-sales-train"
    out.append(mk("webex-direct-invite", "en", "webex", [ev(
        u, "Interview: Amara Okafor - Clinical Sales Trainer (Corvane Orthopaedics) - round 2",
        "20261203T100000Z", "20261203T110000Z",
        desc="Hi Amara, looking forward to round two. I'll be joined by our Sales Director Gareth Lewis. "
             "We'd like you to deliver a 10-minute training on total knee rehab protocols.\nRachel Dunne"
             + webex("2641 220 8734"),
        organizer=org("rachel.dunne@corvane.com", "Rachel Dunne"),
        attendees=(att(ME), att("gareth.lewis@corvane.com", "Gareth Lewis")))],
        (lab(u, True, "Corvane Orthopaedics", "Clinical Sales Trainer", "",
             "rachel.dunne@corvane.com;gareth.lewis@corvane.com"),)))

    u = "google-cancelled-sana"
    out.append(mk("google-cancelled-status", "en", "google", [ev(
        u, "Sana Digital Physio - first interview (Amara Okafor)", "20261201T140000Z", "20261201T143000Z",
        status="CANCELLED", seq=1, desc="Chloe had to cancel - she will send a new time." + meet("hrq-pwoe-tzt"),
        organizer=org("chloe@sanaphysio.com", "Chloe Adams"), attendees=(att(ME),))],
        (lab(u, True, "Sana Digital Physio", "", "", "chloe@sanaphysio.com", "cancelled"),), method="CANCEL"))

    u = "agency-dublin-screen"
    out.append(mk("agency-screen-employer", "en", "outlook", [ev(
        u, "Screening call for Orthovia (Dublin) - Clinical Education Specialist - w/ Aisling",
        "20261106T110000", "20261106T113000", tz="Europe/Dublin", loc="Phone",
        desc="Hi Amara, before I put you forward to Orthovia formally, their talent lead Saoirse Kelly would "
             "like a quick screening call with you. I'll join to introduce.\nAisling Murphy, CareerMed Ireland",
        organizer=org("aisling@careermed.ie", "Aisling Murphy"),
        attendees=(att(ME), att("saoirse.kelly@orthovia.ie", "Saoirse Kelly")), extra=ms_extra())],
        (lab(u, True, "Orthovia", "Clinical Education Specialist", "recruiter_screen",
             "saoirse.kelly@orthovia.ie", "agency"),), tzids=("Europe/Dublin",)))

    u = "bookings-insurer-2-hm"
    out.append(mk("bookings-hiring-manager", "en", "bookings", [ev(
        u, "Meet the hiring manager - Rehab Case Coordinator (NorthStar Health Cover)", "20261209T143000Z",
        "20261209T151500Z", loc="Microsoft Teams meeting",
        desc="Your booking with NorthStar Health Cover is confirmed.\nService: Hiring manager interview\nStaff: "
             "Andrew Ng (Rehabilitation Services Lead)\n" + teams("en", "391 004 551 29"),
        organizer=org("careers@northstarcover.co.uk", "NorthStar Health Cover Careers"),
        attendees=(att(ME, "Amara Okafor"), att("andrew.ng@northstarcover.co.uk", "Andrew Ng")))],
        (lab(u, True, "NorthStar Health Cover", "Rehab Case Coordinator", "hiring_manager",
             "andrew.ng@northstarcover.co.uk"),)))

    u = "apple-floating-presentation"
    out.append(mk("apple-floating-presentation", "en", "apple", [ev(
        u, "Kinetra - technical interview + case presentation (Mark T., Priya)", "20261215T130000",
        "20261215T143000", loc="Kinetra Medical, Trafford Park",
        desc="rebooked after cancellation. 15 min presentation on exoskeleton adoption on wards.")],
        (lab(u, True, "Kinetra Medical", "", "technical", "Mark T.;Priya", "handtyped"),), method=None,
        xprops=("X-WR-TIMEZONE:Europe/London",)))

    u = "gh-exec-round-neurostep"
    out.append(mk("greenhouse-exec-final", "en", "greenhouse", [ev(
        u, "Final round: meet the CEO - NeuroStep Rehab", "20261211T160000", "20261211T163000", tz=L,
        desc="Hi Amara,\n\nCongratulations on reaching the final stage for Clinical Trainer. Your last "
             "conversation is with Dr Imogen Clarke, CEO.\n\nJoe Pratt, Talent (scheduling only)\n\nPowered by "
             "Greenhouse" + meet("pio-ahhr-kke"),
        organizer=org("joe.pratt@neurosteprehab.com", "Joe Pratt"),
        attendees=(att(ME), att("imogen.clarke@neurosteprehab.com", "Imogen Clarke")),
        extra=meet_conf("pio-ahhr-kke"))],
        (lab(u, True, "NeuroStep Rehab", "Clinical Trainer", "final", "imogen.clarke@neurosteprehab.com",
             "coordinator"),), tzids=(L,)))

    u = "lever-remote-london-tech"
    out.append(mk("lever-case-study", "en", "lever", [ev(
        u, "Case study interview - Amara Okafor (Digital MSK Clinical Lead)", "20261202T100000Z",
        "20261202T110000Z", loc="Zoom",
        desc="Company: Jointly Health (London, remote-first)\nFormat: you'll review anonymised patient app data "
             "and talk through escalation decisions with Dr Ravi Menon (Medical Director) and Kate O'Neill "
             "(Clinical Governance).\nScheduled via Lever by Tasha (Recruiting Coordinator)." + zoom("872 1144 3309"),
        organizer=org("tasha.bright@jointlyhealth.com", "Tasha Bright"),
        attendees=(att(ME), att("ravi.menon@jointlyhealth.com", "Ravi Menon"),
                   att("kate.oneill@jointlyhealth.com", "Kate O'Neill")))],
        (lab(u, True, "Jointly Health", "Digital MSK Clinical Lead", "technical",
             "ravi.menon@jointlyhealth.com;kate.oneill@jointlyhealth.com", "coordinator"),)))

    u = "es-teams-madrid-rrhh-2"
    out.append(mk("es-telefonica-aseguradora", "es", "outlook", [ev(
        u, "Entrevista telefónica – Auditora clínica de rehabilitación – Sanitas Activa", "20261118T100000",
        "20261118T103000", tz="Romance Standard Time", loc="Teléfono",
        desc="Hola Amara,\n\nte llamaré para una primera entrevista sobre la vacante de Auditora clínica de "
             "rehabilitación en Madrid.\n\nUn saludo,\nRocío Herrera\nSelección – Sanitas Activa Seguros",
        organizer=org("rocio.herrera@sanitasactiva-seguros.es", "Herrera, Rocío"), attendees=(att(ME),),
        extra=ms_extra())],
        (lab(u, True, "Sanitas Activa Seguros", "Auditora clínica de rehabilitación", "recruiter_screen",
             "rocio.herrera@sanitasactiva-seguros.es"),), tzids=("Romance Standard Time",)))

    u = "es-zoom-panel-madrid"
    out.append(mk("es-panel-remoto", "es", "zoom", [ev(
        u, "Entrevista con el equipo – Fisiolab App – segunda ronda", "20261214T170000Z", "20261214T180000Z",
        desc="Elena Navarro te invita a una reunión de Zoom.\nParticipan: Elena Navarro (CEO), Diego Serrano "
             "(CTO) para la parte técnica de la app." + zoom("868 0021 7743", "es"),
        organizer=org("elena.fisiolab@hotmail.com", "Elena Navarro"),
        attendees=(att(ME), att("diego.fisiolab@gmail.com", "Diego Serrano")))],
        (lab(u, True, "Fisiolab App", "", "technical", "elena.fisiolab@hotmail.com;diego.fisiolab@gmail.com",
             "founder_freemail"),)))

    u = "es-reprogramada-vertice"
    out.append(mk("es-reprogramada", "es", "outlook", [ev(
        u, "Reprogramada: Entrevista final – Vértice Salud Seguros", "20261222T100000", "20261222T110000",
        tz="Romance Standard Time", seq=2, loc="Vértice Salud, Paseo de la Castellana 95, Madrid",
        desc="Cambiamos la entrevista final al martes 22. Te recibirán Álvaro Méndez y la directora general, "
             "Inmaculada Soto.",
        organizer=org("carmen.ruiz@verticesalud.es", "Ruiz, Carmen"),
        attendees=(att(ME), att("alvaro.mendez@verticesalud.es", "Méndez, Álvaro"),
                   att("inmaculada.soto@verticesalud.es", "Soto, Inmaculada")), extra=ms_extra())],
        (lab(u, True, "Vértice Salud Seguros", "", "final",
             "alvaro.mendez@verticesalud.es;inmaculada.soto@verticesalud.es", "rescheduled"),),
        tzids=("Romance Standard Time",)))

    u = "fr-visio-recrutement-dublin"
    out.append(mk("fr-premier-echange-agence", "fr", "outlook", [ev(
        u, "Premier entretien – Santéo Dispositifs – via Cabinet Talentis Santé", "20261110T090000",
        "20261110T094500", tz="Romance Standard Time", loc="Teams",
        desc="Bonjour Amara,\nJe vous confirme votre entretien avec Nathalie Girard (Santéo Dispositifs), "
             "responsable affaires cliniques, pour le poste de spécialiste produit clinique. Je ne serai pas "
             "présente.\nBien à vous,\nÉmilie Caron – Talentis Santé" + teams("fr", "322 006 118 44"),
        organizer=org("e.caron@talentis-sante.fr", "Caron Émilie"),
        attendees=(att(ME), att("n.girard@santeo-dispositifs.com", "Girard Nathalie")), extra=ms_extra())],
        (lab(u, True, "Santéo Dispositifs", "spécialiste produit clinique", "",
             "n.girard@santeo-dispositifs.com", "agency"),), tzids=("Romance Standard Time",)))
    return out
