"""holdout20: the user's own interviews, French, Spanish and more German/English (written blind)."""

from __future__ import annotations

from holdout20ev_ics import (
    APPLE,
    EXCH,
    GOOGLE,
    ME,
    OUTLOOK,
    ROMANCE,
    STAMP,
    WEST,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    txt,
    webex,
    zoom,
)


def events() -> list[Ev]:
    """Given nothing returns the French, Spanish and remaining interview events of holdout20."""
    out: list[Ev] = []

    def add(slug: str, uid: str, company: str, role: str, stage: str, ivs: str, trap: str, text: str) -> None:
        out.append(Ev(slug, uid, True, company, role, stage, ivs, trap, text))

    uid = "blum-rh-20261203@banque-lumiere.fr"
    add("fr-outlook-rh", uid, "Banque Lumière", "Analyste KYC", "recruiter_screen",
        "claire.dumas@banque-lumiere.fr", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261203T100000",
            f"DTEND;TZID={ROMANCE}:20261203T103000",
            txt("SUMMARY", "Entretien RH - Analyste KYC (H/F) - Mme Schulz"),
            txt("DESCRIPTION", "Bonjour Madame Schulz,\n\nSuite à votre candidature au poste d'Analyste KYC "
                "(H/F) basé à Paris, je vous propose un premier échange téléphonique de 30 minutes.\n\nBien "
                "cordialement,\nClaire Dumas\nChargée de recrutement, Banque Lumière"),
            org("claire.dumas@banque-lumiere.fr", "DUMAS Claire"), att(ME, "Hannah Schulz"),
            txt("LOCATION", "Téléphone")], method="REQUEST", tzs=(ROMANCE,)))

    uid = "wttj-7781a@welcometothejungle.com"
    add("fr-wttj-tech", uid, "Finexo", "Analyste Conformité", "technical",
        "hugo.marchal@finexo.fr;sarah.benali@finexo.fr", "", cal("-//Welcome to the Jungle//Recruiting//FR", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T140000Z", "DTEND:20261209T150000Z",
            txt("SUMMARY", "Finexo x Hannah Schulz - Entretien technique (Analyste Conformité)"),
            txt("DESCRIPTION", "Bonjour Hannah,\n\nVoici votre entretien technique avec Hugo Marchal (Responsable "
                "Conformité) et Sarah Benali (Analyste LCB-FT senior). Au programme : étude de cas sur "
                "l'entrée en relation d'un client professionnel, questions sur la 5e directive.\n\n" +
                meet("fnx-qwer-tyu", "771 204 339")),
            org("jobs@finexo.fr", "L'équipe recrutement Finexo"),
            att("hugo.marchal@finexo.fr", "Hugo Marchal"), att("sarah.benali@finexo.fr", "Sarah Benali"),
            att(ME, "Hannah Schulz")], method="REQUEST"))

    uid = "gt-fr-loop-5510@goodtime.io"
    add("fr-onsite-paris", uid, "Crédit Saint-Honoré", "Chargé(e) de conformité LCB-FT", "onsite",
        "j.perrin@credit-sthonore.fr;a.nguyen@credit-sthonore.fr;m.leclerc@credit-sthonore.fr", "", cal(
            "-//GoodTime.io//GoodTime Hire//FR", [
                f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Paris:20261215T090000",
                "DTEND;TZID=Europe/Paris:20261215T120000",
                txt("SUMMARY", "Journée d'entretiens sur site - Chargé(e) de conformité LCB-FT"),
                txt("DESCRIPTION", "Candidate : Hannah Schulz\n\n09h00 Julien Perrin, Directeur conformité\n"
                    "10h00 Anh Nguyen, Responsable sécurité financière\n11h00 Marion Leclerc, RH Business "
                    "Partner\n\nAccueil au 12 rue de la Paix, 75002 Paris. Votre contact logistique : Inès "
                    "(ines.coord@credit-sthonore.fr)."),
                org("ines.coord@credit-sthonore.fr", "Inès Vidal"),
                att("j.perrin@credit-sthonore.fr", "Julien Perrin"), att("a.nguyen@credit-sthonore.fr", "Anh Nguyen"),
                att("m.leclerc@credit-sthonore.fr", "Marion Leclerc"), att(ME, "Hannah Schulz"),
                att("salle-vendome@credit-sthonore.fr", "Salle Vendôme", cutype="ROOM", role="NON-PARTICIPANT"),
                txt("LOCATION", "12 rue de la Paix, Paris - Salle Vendôme")],
            method="REQUEST", tzs=("Europe/Paris",)))

    uid = "webex-lux-9921@luxfund.lu"
    add("fr-webex-lux", uid, "Luxfund Services", "Analyste KYC/AML", "hiring_manager",
        "p.hoffmann@luxfund.lu", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261211T140000",
            f"DTEND;TZID={ROMANCE}:20261211T144500",
            txt("SUMMARY", "Entretien avec le manager - Analyste KYC/AML (Luxembourg)"),
            txt("DESCRIPTION", "Chère Madame Schulz,\nPatrick Hoffmann, responsable de l'équipe Investor "
                "KYC, souhaite s'entretenir avec vous.\nCordialement,\nLuxfund Services S.A. - Ressources "
                "humaines\n\n" + webex("luxfund", "27381199044", "Kyc2026")),
            org("rh@luxfund.lu", "Luxfund RH"), att("p.hoffmann@luxfund.lu", "Hoffmann, Patrick"),
            att(ME, "Schulz, Hannah")], method="REQUEST", tzs=(ROMANCE,)))

    uid = "apple-fr-88@icloud.com"
    add("fr-terse-apple", uid, "Assurances Garonne", "", "", "", "terse_hand_typed", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261207T153000", "DTEND:20261207T163000",
        txt("SUMMARY", "entretien Assurances Garonne (visio)"),
        txt("DESCRIPTION", "lien dans le mail de Mme Roux - préparer questions sur l'équipe conformité")],
        head=("X-WR-TIMEZONE:Europe/Paris",)))

    uid = "lever-fr-0021-final@hire.lever.co"
    add("fr-lever-final", uid, "Finexo", "Analyste Conformité", "final", "thomas.giraud@finexo.fr", "", cal(
        "-//Lever//Lever Interview Scheduler//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261218T100000Z", "DTEND:20261218T104500Z",
            txt("SUMMARY", "Dernier entretien : Hannah Schulz / Thomas Giraud (CEO) - Finexo"),
            txt("DESCRIPTION", "Dernière étape du processus pour le poste d'Analyste Conformité. Thomas, notre "
                "CEO, aimerait faire votre connaissance.\n\nAdresse : Finexo, 40 rue du Louvre, 75001 Paris"),
            org("no-reply@hire.lever.co", "Finexo"), att("thomas.giraud@finexo.fr", "Thomas Giraud"),
            att(ME, "Hannah Schulz"), "LOCATION:40 rue du Louvre\\, 75001 Paris"], method="REQUEST"))

    uid = "calcom-fr-0c1d2e@cal.com"
    add("fr-calcom-founder", uid, "Vigie", "", "hiring_manager", "bastien.morel@proton.me", "founder_free_mail", cal(
        "-//Cal.com Inc.//Cal.com Event//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261202T170000Z", "DTEND:20261202T173000Z",
            txt("SUMMARY", "Échange candidature Vigie entre Bastien Morel et Hannah Schulz"),
            txt("DESCRIPTION", "Qu'est-ce que c'est : Échange candidature (30 min)\nQuestions : Je cofonde "
                "Vigie (outil de filtrage des sanctions pour néobanques) et je recrute notre première "
                "analyste conformité. On fait un premier entretien ?\nOù : Cal Video\n\nAnnuler ou "
                "reprogrammer : https://cal.com/booking/0c1d2e"),
            org("bastien.morel@proton.me", "Bastien Morel"), att(ME, "Hannah Schulz"),
            "LOCATION:https://app.cal.com/video/0c1d2e"], method="REQUEST"))

    uid = "fr-agency-7710@talents-finance.fr"
    add("fr-agency", uid, "Mutuelle Atlantique", "Analyste Risques Opérationnels", "technical",
        "e.fabre@mutuelle-atlantique.fr", "agency_names_employer", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261216T110000",
            f"DTEND;TZID={ROMANCE}:20261216T120000",
            txt("SUMMARY", "Entretien client Mutuelle Atlantique - H. Schulz (Analyste Risques Opé)"),
            txt("DESCRIPTION", "Bonjour Hannah,\nJe vous confirme votre entretien chez notre client Mutuelle "
                "Atlantique avec Emmanuel Fabre, Responsable du contrôle permanent. Je ne participe pas.\n"
                "Bon courage !\nAude - Talents Finance Conseil"),
            org("aude.lenoir@talents-finance.fr", "Aude Lenoir"),
            att("e.fabre@mutuelle-atlantique.fr", "Emmanuel Fabre"), att(ME, "Hannah Schulz"),
            txt("LOCATION", "Teams (lien envoyé par le client)")], method="REQUEST", tzs=(ROMANCE,)))

    uid = "fr-google-cancel-33@google.com"
    add("fr-cancelled", uid, "Banque Lumière", "Analyste KYC", "technical", "olivier.roche@banque-lumiere.fr",
        "cancelled", cal(GOOGLE, [
            "DTSTART:20261210T090000Z", "DTEND:20261210T100000Z", f"DTSTAMP:{STAMP}",
            org("olivier.roche@banque-lumiere.fr", "Olivier Roche"), f"UID:{uid}",
            att(ME, "Hannah Schulz", ps="ACCEPTED"),
            txt("SUMMARY", "Annulé : Entretien opérationnel Analyste KYC"),
            txt("DESCRIPTION", "Nous devons annuler ce créneau ; une nouvelle date vous sera proposée."),
            "STATUS:CANCELLED", "SEQUENCE:1"], method="CANCEL"))

    uid = "es-rrhh-0412@bancomeridiano.es"
    add("es-outlook-rrhh", uid, "Banco Meridiano", "Analista de Cumplimiento Normativo", "recruiter_screen",
        "lucia.prieto@bancomeridiano.es", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261202T113000",
            f"DTEND;TZID={ROMANCE}:20261202T120000",
            txt("SUMMARY", "Entrevista telefónica - Analista de Cumplimiento Normativo"),
            txt("DESCRIPTION", "Hola Hannah:\n\nGracias por tu interés en Banco Meridiano. Te propongo una "
                "primera llamada de 30 minutos para conocerte y contarte el puesto.\n\nUn saludo,\nLucía Prieto\n"
                "Talent Acquisition"),
            org("lucia.prieto@bancomeridiano.es", "Prieto Gómez, Lucía"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "es-tecnica-44@seguros-alcazar.es"
    add("es-tecnica", uid, "Seguros Alcázar", "Técnico/a de Prevención de Blanqueo", "technical",
        "javier.soler@seguros-alcazar.es;marta.ibanez@seguros-alcazar.es", "", cal(GOOGLE, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Madrid:20261209T100000",
            "DTEND;TZID=Europe/Madrid:20261209T110000",
            txt("SUMMARY", "Entrevista técnica PBC/FT - Hannah Schulz"),
            org("javier.soler@seguros-alcazar.es", "Javier Soler"),
            att("javier.soler@seguros-alcazar.es", "Javier Soler", ps="ACCEPTED"),
            att("marta.ibanez@seguros-alcazar.es", "Marta Ibáñez"), att(ME, "Hannah Schulz"),
            txt("DESCRIPTION", "Hola Hannah, en esta segunda fase para el puesto de Técnico/a de Prevención de "
                "Blanqueo revisaremos contigo un caso práctico de diligencia debida reforzada.\n\n" +
                meet("sal-kkpe-urt", "930 551 224"))], method="REQUEST", tzs=("Europe/Madrid",)))

    uid = "es-workday-R5510@myworkday.com"
    add("es-workday-final", uid, "Banco Meridiano", "Analista de Cumplimiento Normativo", "final",
        "fernando.rey@bancomeridiano.es;ana.castro@bancomeridiano.es", "", cal(
            "-//Workday Inc.//Workday Recruiting//ES", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261217T090000Z", "DTEND:20261217T103000Z",
            txt("SUMMARY", "Entrevista final: Analista de Cumplimiento Normativo (R-5510) - Hannah Schulz"),
            txt("DESCRIPTION", "Candidato: Hannah Schulz\nTipo de entrevista: Entrevista final presencial\n"
                "Entrevistadores: Fernando Rey (Director de Cumplimiento), Ana Castro (HRBP)\nDirección: Paseo "
                "de la Castellana 95, Madrid, planta 12"),
            org("bancomeridiano@myworkday.com", "Banco Meridiano Selección"),
            att("fernando.rey@bancomeridiano.es", "Fernando Rey"), att("ana.castro@bancomeridiano.es", "Ana Castro"),
            att(ME, "Hannah Schulz"), txt("LOCATION", "Paseo de la Castellana 95, Madrid")], method="REQUEST"))

    uid = "es-calendly-9931@calendly.com"
    add("es-calendly", uid, "Pagonube", "Analista de Riesgos", "recruiter_screen", "carmen.vidal@pagonube.com", "", cal(
        "-//Calendly//Calendly Scheduler//ES", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261204T150000Z", "DTEND:20261204T153000Z",
            txt("SUMMARY", "Primera entrevista Pagonube entre Carmen Vidal y Hannah Schulz"),
            txt("DESCRIPTION", "Nombre del evento: Primera entrevista - Analista de Riesgos\n\nUbicación: Zoom\n"
                "\nPowered by Calendly.com"),
            org("carmen.vidal@pagonube.com", "Carmen Vidal"), att(ME, "Hannah Schulz"),
            "LOCATION:https://us06web.zoom.us/j/87712093355"]))

    uid = "es-floating-12@web.de"
    add("es-terse", uid, "Caja Levante", "", "", "", "terse_hand_typed", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261214T160000", "DTEND:20261214T170000",
        txt("SUMMARY", "Entrevista Caja Levante - 2a ronda")], head=("X-WR-TIMEZONE:Europe/Madrid",)))

    uid = "es-agencia-551@hays-like.es"
    add("es-agency", uid, "Fintegra Pagos", "KYC Specialist", "hiring_manager", "diego.navarro@fintegra.es",
        "agency_names_employer", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261210T123000",
            f"DTEND;TZID={ROMANCE}:20261210T131500",
            txt("SUMMARY", "Entrevista con Fintegra Pagos (KYC Specialist) - Hannah Schulz"),
            txt("DESCRIPTION", "Hola Hannah,\nte confirmo la entrevista con Diego Navarro, Head of Onboarding de "
                "nuestro cliente Fintegra Pagos. Es en inglés.\nSaludos,\nPaula Ortiz - Selecta Talento "
                "Financiero\n\n" + teams("FTG1", "388 017 224 6", "pQ9zt")),
            org("paula.ortiz@selectatalento.es", "Paula Ortiz"),
            att("diego.navarro@fintegra.es", "Diego Navarro"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "es-greenhouse-7714-onsite"
    add("es-greenhouse-onsite", uid, "Pagonube", "Analista de Riesgos", "onsite",
        "raul.medina@pagonube.com;elena.ruiz@pagonube.com;sam.turner@pagonube.com", "", cal(
            "-//Greenhouse Software//Greenhouse Calendar//EN", [
                f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Madrid:20261215T100000",
                "DTEND;TZID=Europe/Madrid:20261215T130000",
                txt("SUMMARY", "Entrevistas presenciales - Hannah Schulz - Analista de Riesgos"),
                txt("DESCRIPTION", "Agenda:\n10:00 Raúl Medina (Head of Risk)\n11:00 Elena Ruiz (Fraud Ops)\n"
                    "12:00 Sam Turner (VP Operations, en inglés)\n\nOficina Pagonube, Calle de Alcalá 21, "
                    "Madrid. Pregunta por Nuria en recepción."),
                org("no-reply@greenhouse.io", "Pagonube Recruiting"),
                att("raul.medina@pagonube.com", "Raúl Medina"), att("elena.ruiz@pagonube.com", "Elena Ruiz"),
                att("sam.turner@pagonube.com", "Sam Turner"), att(ME, "Hannah Schulz"),
                att("sala-retiro@pagonube.com", "Sala Retiro", cutype="ROOM", role="NON-PARTICIPANT")],
            method="REQUEST", tzs=("Europe/Madrid",)))

    uid = "es-direct-hm-0019@audiberia.es"
    add("es-audit-hm", uid, "Audiberia", "Consultor/a Junior de Riesgos", "hiring_manager",
        "isabel.moreno@audiberia.es", "", cal(GOOGLE, [
            "DTSTART:20261211T160000Z", "DTEND:20261211T170000Z", f"DTSTAMP:{STAMP}",
            org("isabel.moreno@audiberia.es", "Isabel Moreno"), f"UID:{uid}",
            att("isabel.moreno@audiberia.es", "Isabel Moreno", ps="ACCEPTED", rsvp=False), att(ME),
            txt("SUMMARY", "Audiberia | Entrevista con la responsable del área (Consultor/a Junior de Riesgos)"),
            txt("DESCRIPTION", "Hannah, como hablamos: charla de una hora con Isabel, socia del área de Riesgo "
                "y Cumplimiento. " + meet("aud-bbtr-pol", "118 332 905"))], method="REQUEST"))

    uid = "es-cancel-8812@seguros-alcazar.es"
    add("es-cancelled", uid, "Seguros Alcázar", "", "final",
        "rosa.delgado@seguros-alcazar.es", "cancelled", cal(EXCH, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261218T093000",
            f"DTEND;TZID={ROMANCE}:20261218T103000", "STATUS:CANCELLED", "SEQUENCE:2",
            txt("SUMMARY", "Cancelada: Entrevista final con Dirección - Prevención de Blanqueo"),
            org("rosa.delgado@seguros-alcazar.es", "Delgado, Rosa"), att(ME, "Hannah Schulz")],
        method="CANCEL", tzs=(ROMANCE,)))

    uid = "probetag-serie-55@outlook.com"
    base = [f"UID:{uid}", f"DTSTAMP:{STAMP}", org("t.maurer@kaiserhof-versicherung.de", "Maurer, Tanja")]
    series = [
        *base, f"DTSTART;TZID={WEST}:20261207T090000", f"DTEND;TZID={WEST}:20261207T120000",
        "RRULE:FREQ=DAILY;COUNT=2",
        txt("SUMMARY", "Hospitation / Assessment Betrugsprävention - Bewerberin Hannah Schulz"),
        txt("DESCRIPTION", "Liebe Frau Schulz, wie besprochen lernen Sie an zwei Vormittagen unser Team "
            "kennen und bearbeiten Übungsfälle; am Ende jedes Tages ein Feedbackgespräch mit mir.\nTanja "
            "Maurer, Teamleitung Betrugsprävention"),
        att(ME, "Hannah Schulz"), txt("LOCATION", "Kaiserhof Versicherung, Mönckebergstraße 7, Hamburg")]
    moved = [
        *base, f"RECURRENCE-ID;TZID={WEST}:20261208T090000", f"DTSTART;TZID={WEST}:20261208T100000",
        f"DTEND;TZID={WEST}:20261208T130000",
        txt("SUMMARY", "Hospitation / Assessment Betrugsprävention - Bewerberin Hannah Schulz (später)"),
        att(ME, "Hannah Schulz"), "SEQUENCE:1"]
    add("de-recurring-assessment", uid, "Kaiserhof Versicherung", "", "onsite",
        "t.maurer@kaiserhof-versicherung.de", "recurring_with_override",
        cal(OUTLOOK, series, moved, method="REQUEST", tzs=(WEST,)))

    uid = "en-free-mail-cto-21@gmail.com"
    add("en-founder-hotmail", uid, "Kycora", "Compliance Ops Lead", "hiring_manager",
        "amir.siddiqui@outlook.com", "founder_free_mail", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261207T180000Z", "DTEND:20261207T184500Z",
            txt("SUMMARY", "Kycora - interview for Compliance Ops Lead"),
            txt("DESCRIPTION", "Hi Hannah, thanks for applying to Kycora! I'm one of the two founders. Let's do "
                "the first interview over Teams - I'll ask about your KYC work at the branch and walk you through "
                "what we are building.\nAmir"),
            org("amir.siddiqui@outlook.com", "Amir Siddiqui"), att(ME, "hannah.schulz@web.de")], method="REQUEST"))

    uid = "en-allday-loop-9@google.com"
    add("en-allday-onsite", uid, "Ledgerline", "AML Investigator", "final", "", "all_day", cal(GOOGLE, [
        "DTSTART;VALUE=DATE:20261222", "DTEND;VALUE=DATE:20261223", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        txt("SUMMARY", "Ledgerline final round in Berlin (AML Investigator) - train 07:04 from Hbf"),
        "TRANSP:TRANSPARENT"]))

    uid = "en-bookings-kpmglike@luxaudit.lu"
    add("en-bookings-lux", uid, "Moselle Audit & Advisory", "KYC Analyst", "recruiter_screen",
        "chloe.muller@moselle-audit.lu", "", cal(EXCH, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261203T150000",
            f"DTEND;TZID={WEST}:20261203T153000",
            txt("SUMMARY", "Candidate call: KYC Analyst (Luxembourg) with Chloé Muller"),
            txt("DESCRIPTION", "Booked with Moselle Audit & Advisory Careers.\nService: Candidate call "
                "(graduate & experienced hires)\nStaff: Chloé Muller, Talent Acquisition\n\n" +
                teams("MAA3", "319 882 604 7", "w7Lmz")),
            org("careers@moselle-audit.lu", "Moselle Audit & Advisory Careers"),
            att("chloe.muller@moselle-audit.lu", "Chloé Muller"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(WEST,)))

    uid = "de-direct-teamlead-41@bank-am-dom.de"
    add("de-direct-video", uid, "Bank am Dom", "Analyst/in Risk Operations", "technical",
        "ulrike.heim@bank-am-dom.de", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261212T090000",
            f"DTEND;TZID={WEST}:20261212T100000",
            txt("SUMMARY", "Video-Interview Analyst/in Risk Operations - Schulz, Hannah"),
            org("ulrike.heim@bank-am-dom.de", "Heim, Ulrike"), att(ME, "hannah.schulz@web.de"),
            txt("DESCRIPTION", "Hallo Frau Schulz,\nich freue mich auf unser Gespräch. Wir sprechen über Ihre "
                "Erfahrung im Kreditgeschäft und eine kleine Übung zu Kontrollen.\nUlrike Heim\n\n" +
                teams("BAD7", "366 100 281 3", "Hh4kP", de=True))], method="REQUEST", tzs=(WEST,)))

    uid = "en-zoom-remote-77@auditright.com"
    add("en-zoom-remote", uid, "AuditRight", "Remote KYC Reviewer", "technical", "jo.kim@auditright.com", "", cal(
        "-//Zoom Video Communications//Zoom//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261208T150000Z", "DTEND:20261208T154500Z",
            txt("SUMMARY", "AuditRight skills interview - Remote KYC Reviewer (EU)"),
            txt("DESCRIPTION", "Jo Kim is inviting you to a scheduled Zoom meeting: your skills interview for "
                "the Remote KYC Reviewer position.\n\n" + zoom("AR77xx", "85501299871", "044521")),
            org("jo.kim@auditright.com", "Jo Kim"), att(ME, "Hannah Schulz")], method="REQUEST"))

    uid = "de-hand-ffm-9@web.de"
    add("de-terse-ffm", uid, "Mainfeld Bank", "", "onsite", "", "terse_hand_typed", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Berlin:20261219T100000",
        "DTEND;TZID=Europe/Berlin:20261219T140000",
        txt("SUMMARY", "Vor-Ort-Interviews Mainfeld Bank FFM (3 Gespräche)"), "LOCATION:Taunusanlage 9"]))

    uid = "fr-direct-paris-17@kalibra.fr"
    add("fr-direct-teams", uid, "Kalibra Paiements", "Analyste Risque Fraude", "technical",
        "noemie.blanc@kalibra.fr;karim.haddad@kalibra.fr", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261214T150000",
            f"DTEND;TZID={ROMANCE}:20261214T160000",
            txt("SUMMARY", "2e entretien Kalibra - Analyste Risque Fraude"),
            org("noemie.blanc@kalibra.fr", "BLANC Noémie"), att("karim.haddad@kalibra.fr", "HADDAD Karim"),
            att(ME, "Hannah Schulz"),
            txt("DESCRIPTION", "Bonjour Hannah, Karim (lead data fraude) se joindra à nous pour un cas pratique "
                "sur des alertes de paiement.\n\n" + teams("KLB2", "381 223 004 9", "t3Fqa"))],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "es-hm-lux-2033@bancoatlantico.lu"
    add("es-lux-final", uid, "Banco Atlántico Luxembourg", "KYC Officer", "final",
        "gonzalo.herrera@bancoatlantico.lu", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261221T100000",
            f"DTEND;TZID={ROMANCE}:20261221T110000",
            txt("SUMMARY", "Última entrevista - KYC Officer Luxemburgo - Director General"),
            txt("DESCRIPTION", "Estimada Hannah:\nLa última entrevista será con nuestro Director General, Gonzalo "
                "Herrera, en nuestra oficina de Luxemburgo (5 Allée Scheffer). Dura una hora.\nSaludos,\nRRHH "
                "Banco Atlántico Luxembourg"),
            org("rrhh@bancoatlantico.lu", "RRHH Banco Atlántico"),
            att("gonzalo.herrera@bancoatlantico.lu", "Gonzalo Herrera"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "en-webex-insurer-8@helvetia-like.ch"
    add("en-webex-panel", uid, "Rhenus Life", "Compliance Analyst", "onsite",
        "d.imhof@rhenuslife.com;s.koenig@rhenuslife.com", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261216T130000",
            f"DTEND;TZID={WEST}:20261216T150000",
            txt("SUMMARY", "Rhenus Life - Panel interview (Compliance Analyst, Frankfurt)"),
            txt("DESCRIPTION", "Panel: Daniel Imhof (Head of Compliance), Sabine König (Senior Compliance "
                "Officer). Includes a 15-minute presentation by you on a KYC topic of your choice.\n\n" +
                "Join Webex meeting\nhttps://rhenuslife.webex.com/meet/dimhof\nMeeting number: 2741 009 3321"),
            org("d.imhof@rhenuslife.com", "Imhof, Daniel"), att("s.koenig@rhenuslife.com", "König, Sabine"),
            att(ME, "Hannah Schulz"),
            att("ffm-beamer-04@rhenuslife.com", "FFM Beamer 04", cutype="RESOURCE", role="NON-PARTICIPANT")],
        method="REQUEST", tzs=(WEST,)))

    return out
