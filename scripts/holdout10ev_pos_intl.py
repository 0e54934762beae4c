"""holdout10: Malik Osei's own job interviews written in French (Geneva, Lyon) and Spanish (Madrid)."""

from __future__ import annotations

from holdout10ev_boiler import google_footer, meet, teams, webex, zoom
from holdout10ev_ics import ME_PRIVATE, Ev, P


def _me(partstat: str = "NEEDS-ACTION") -> P:
    return P("Malik Osei", ME_PRIVATE, partstat=partstat)


def _french() -> list[Ev]:
    out: list[Ev] = []
    cl = P("Chloé Lambert", "chloe.lambert@banque-rhoneleman.ch")
    out.append(Ev(
        "fr-screen-geneva", "fr", "outlook",
        "Entretien téléphonique – Contrôleur de gestion senior (Banque Rhône-Léman)",
        (2026, 11, 24, 11, 0), 30, tz="Europe/Zurich", tzmode="windows", organizer=cl, attendees=[_me()],
        description="Bonjour Monsieur Osei,\n\nSuite à votre candidature au poste de Contrôleur de gestion senior, "
        "je vous propose un premier échange téléphonique d'une trentaine de minutes. Je vous appellerai au numéro "
        "indiqué dans votre dossier.\n\nBien cordialement,\nChloé Lambert\nChargée de recrutement, Banque "
        "Rhône-Léman SA", location="Appel téléphonique", is_interview=True, company="Banque Rhône-Léman",
        role="Contrôleur de gestion senior", stage="recruiter_screen", interviewers=[cl.email], trap="fr_screen"))
    daf = [P("Jean-Marc Girard", "jm.girard@saonor.fr"), P("Élodie Perrin", "elodie.perrin@saonor.fr")]
    out.append(Ev(
        "fr-final-daf", "fr", "google", "Entretien final avec le DAF – Responsable FP&A Groupe Saônor",
        (2026, 12, 10, 14, 30), 60, tz="Europe/Paris",
        organizer=P("Élodie Perrin", daf[1].email),
        attendees=[P("Élodie Perrin", daf[1].email, partstat="ACCEPTED"), daf[0], _me()],
        description="Bonjour Malik,\n\nComme convenu, voici l'invitation pour le dernier entretien avec Jean-Marc "
        "Girard, Directeur administratif et financier. Je serai également présente (RRH).\n\nAdresse : Groupe Saônor, "
        "14 quai Rambaud, 69002 Lyon – accueil au rez-de-chaussée.\n\n" + google_footer("fr", daf[1].email),
        location="14 quai Rambaud, 69002 Lyon", is_interview=True, company="Groupe Saônor",
        role="Responsable FP&A", stage="final", interviewers=[p.email for p in daf], trap="fr_final"))
    ml = P("Nathalie Roussel", "n.roussel@mla-assurances.fr")
    out.append(Ev(
        "fr-rh-teams", "fr", "owa", "Entretien RH – Business Partner Finance (H/F) – Mutuelle Lyonnaise des Artisans",
        (2026, 11, 27, 9, 30), 45, tz="Europe/Paris", tzmode="windows", organizer=ml, attendees=[_me()],
        description="Bonjour,\n\nJe vous confirme notre entretien RH en visio pour le poste de Business Partner "
        "Finance (H/F) basé à Lyon.\n\nNathalie Roussel\nResponsable recrutement\n\n" + teams("fr", "h10-mla"),
        location="Réunion Microsoft Teams", is_interview=True, company="Mutuelle Lyonnaise des Artisans",
        role="Business Partner Finance", stage="recruiter_screen", interviewers=[ml.email], trap="fr_teams"))
    jury = [P("Pascale Favre", "pascale.favre@ccgp.ch"), P("Olivier Rochat", "olivier.rochat@ccgp.ch"),
            P("Sabine Delacroix", "sabine.delacroix@ccgp.ch")]
    out.append(Ev(
        "fr-public-jury", "fr", "outlook", "Entretien de sélection – Responsable planification financière (CCGP)",
        (2026, 12, 15, 10, 0), 75, tz="Europe/Zurich", tzmode="utcplus",
        organizer=P("Ressources humaines CCGP", "rh@ccgp.ch"),
        attendees=[_me(), *jury, P("Salle Salève (2e)", "salle.saleve@ccgp.ch", role="NON-PARTICIPANT",
                                   cutype="ROOM")],
        description="Monsieur,\n\nNous avons le plaisir de vous convoquer à un entretien de sélection devant le jury "
        "composé de Mme Pascale Favre (directrice financière), M. Olivier Rochat (chef du service comptabilité) et "
        "Mme Sabine Delacroix (RH). Caisse cantonale genevoise de prévoyance, boulevard de Saint-Georges 38, 1205 "
        "Genève.\n\nVeuillez vous munir d'une pièce d'identité.", location="Salle Salève, bd de Saint-Georges 38, "
        "Genève", is_interview=True, company="Caisse cantonale genevoise de prévoyance",
        role="Responsable planification financière", stage="onsite", interviewers=[p.email for p in jury],
        trap="public_body_panel"))
    lv = P("Hugo Marchand", "hugo.marchand@labo-vercors.fr")
    out.append(Ev(
        "fr-agency", "fr", "outlook", "Entretien Laboratoires Vercors – Contrôleur financier (via Talentis Conseil)",
        (2026, 12, 2, 16, 0), 60, tz="Europe/Paris", tzmode="windows",
        organizer=P("Fontaine, Margaux", "m.fontaine@talentis-conseil.fr"), attendees=[_me(), lv],
        description="Bonjour Malik,\n\nLes Laboratoires Vercors souhaitent vous rencontrer pour le poste de "
        "Contrôleur financier. Vous échangerez avec Hugo Marchand, Directeur du contrôle de gestion. Je ne "
        "participerai pas à l'entretien, mais je vous appelle juste après.\n\nMargaux Fontaine\nConsultante, Talentis "
        "Conseil\n\n" + zoom("fr", "h10-vercors"), is_interview=True, company="Laboratoires Vercors",
        role="Contrôleur financier", stage="hiring_manager", interviewers=[lv.email], trap="agency"))
    tf = P("Antoine Leclerc", "antoine.leclerc@free.fr")
    out.append(Ev(
        "fr-founder-free", "fr", "google", "Échange poste Responsable financier – Tilia", (2026, 11, 30, 18, 0), 45,
        tz="Europe/Paris", organizer=tf, attendees=[P("Antoine Leclerc", tf.email, partstat="ACCEPTED"), _me()],
        description="Salut Malik,\n\nMerci pour ta candidature ! Je suis le cofondateur de Tilia (logiciel de "
        "gestion pour pépinières, Lyon). Je te propose un premier entretien pour le poste de Responsable financier, "
        "le premier recrutement finance de l'équipe.\n\nAntoine\n\n" + meet("fr", "h10-tilia") + "\n\n"
        + google_footer("fr", tf.email), is_interview=True, company="Tilia", role="Responsable financier",
        stage="hiring_manager", interviewers=[tf.email], trap="founder_freemail"))
    out.append(Ev(
        "fr-terse", "fr", "ios", "Entretien Saônor 2e tour - M. Girard + équipe contrôle", (2026, 12, 3, 10, 0), 90,
        tz="Europe/Paris", tzmode="floating", location="Lyon, quai Rambaud", is_interview=True,
        company="Groupe Saônor", trap="handtyped"))
    cg = [P("Isabelle Moreau", "isabelle.moreau@rhodanis.fr"), P("Karim Benali", "karim.benali@rhodanis.fr")]
    out.append(Ev(
        "fr-smartrecruiters-case", "fr", "smartrecruiters",
        "Invitation à un entretien : Étude de cas – Contrôleur de gestion industriel chez Rhodanis",
        (2026, 12, 8, 14, 0), 90, tz="Europe/Paris", tzmode="olson",
        organizer=P("Rhodanis Recrutement", "scheduling@smartrecruiters.com"), attendees=[_me(), *cg],
        description="Bonjour Malik,\n\nVous êtes invité(e) à un entretien technique (étude de cas sur les coûts de "
        "revient) pour le poste de Contrôleur de gestion industriel, site de Saint-Fons.\nIntervenants : Isabelle "
        "Moreau (Responsable contrôle de gestion), Karim Benali (Directeur d'usine)\n\n" + webex("fr", "h10-rhodanis"),
        is_interview=True, company="Rhodanis", role="Contrôleur de gestion industriel", stage="technical",
        interviewers=[p.email for p in cg], trap="ats_sender"))
    return out


def _spanish() -> list[Ev]:
    out: list[Ev] = []
    lm = P("Lucía Martínez", "lucia.martinez@segurosatalaya.es")
    out.append(Ev(
        "es-rrhh", "es", "outlook", "Entrevista con RR. HH. – Analista Senior de Control de Gestión (Seguros Atalaya)",
        (2026, 11, 25, 10, 0), 45, tz="Europe/Madrid", tzmode="windows", organizer=lm, attendees=[_me()],
        description="Hola Malik:\n\nGracias por tu interés en Seguros Atalaya. Te confirmo la primera entrevista con "
        "Recursos Humanos para la posición de Analista Senior de Control de Gestión.\n\nUn saludo,\nLucía Martínez\n"
        "Talent Acquisition\n\n" + teams("es", "h10-atalaya"), location="Reunión de Microsoft Teams",
        is_interview=True, company="Seguros Atalaya", role="Analista Senior de Control de Gestión",
        stage="recruiter_screen", interviewers=[lm.email], trap="es_screen"))
    bm = [P("Javier Sanz", "javier.sanz@bancomeseta.es"), P("Marta Gil", "marta.gil@bancomeseta.es")]
    out.append(Ev(
        "es-tecnica", "es", "google", "Entrevista técnica – Analista FP&A senior (caso práctico) – Banco Meseta",
        (2026, 12, 2, 11, 0), 90, tz="Europe/Madrid", organizer=P("Marta Gil", bm[1].email),
        attendees=[P("Marta Gil", bm[1].email, partstat="ACCEPTED"), bm[0], _me()],
        description="Hola Malik,\n\nEn esta segunda fase resolverás un caso práctico de presupuestación y lo "
        "comentarás con Javier Sanz (Director de Planificación Financiera) y conmigo (Responsable de FP&A).\n\n"
        + meet("es", "h10-meseta") + "\n\n" + google_footer("es", bm[1].email), is_interview=True,
        company="Banco Meseta", role="Analista FP&A senior", stage="technical", interviewers=[p.email for p in bm],
        trap="es_technical"))
    gf = P("Ricardo Ferrán", "ricardo.ferran@ferran-industrial.com")
    out.append(Ev(
        "es-final-cfo", "es", "owa", "Entrevista final con el CFO – Jefe de Control de Gestión",
        (2026, 12, 14, 17, 0), 60, tz="Europe/Madrid", tzmode="utcplus",
        organizer=P("Ortega, Beatriz", "beatriz.ortega@ferran-industrial.com"), attendees=[_me(), gf],
        description="Estimado Malik:\n\nNos complace invitarle a la entrevista final para el puesto de Jefe de "
        "Control de Gestión en Grupo Ferrán Industrial con nuestro CFO, D. Ricardo Ferrán. Yo solo gestiono la "
        "agenda y no estaré presente.\n\nDirección: Calle de Alcalá 265, 28027 Madrid, planta 6.\n\nAtentamente,\n"
        "Beatriz Ortega, Asistente de Dirección", location="Calle de Alcalá 265, 28027 Madrid",
        is_interview=True, company="Grupo Ferrán Industrial", role="Jefe de Control de Gestión", stage="final",
        interviewers=[gf.email], trap="coordinator_organizer"))
    lc = P("Álvaro Prieto", "alvaro.prieto@logisticacastellana.es")
    out.append(Ev(
        "es-agency", "es", "outlook", "Entrevista en Logística Castellana – Controller Financiero (Talento Norte)",
        (2026, 12, 4, 9, 30), 60, tz="Europe/Madrid", tzmode="windows",
        organizer=P("Navarro, Elena", "elena.navarro@talentonorte.es"), attendees=[_me(), lc],
        description="Hola Malik,\n\nLogística Castellana quiere conocerte para la posición de Controller "
        "Financiero. La entrevista será con Álvaro Prieto, Director Financiero, en sus oficinas de Coslada (Avda. de "
        "la Industria 8). Yo no asistiré; llámame al terminar.\n\nElena Navarro – Consultora, Talento Norte",
        location="Avda. de la Industria 8, Coslada", is_interview=True, company="Logística Castellana",
        role="Controller Financiero", stage="hiring_manager", interviewers=[lc.email], trap="agency"))
    rv = P("Pablo Iglesias Moreno", "pabloiglesiasm@gmail.com")
    out.append(Ev(
        "es-founder-gmail", "es", "google", "Charla Malik / Pablo – Ruta Verde Energía", (2026, 11, 26, 19, 0), 45,
        tz="Europe/Madrid", organizer=rv, attendees=[P("Pablo Iglesias Moreno", rv.email, partstat="ACCEPTED"), _me()],
        description="Hola Malik, soy el fundador de Ruta Verde Energía. Vi tu candidatura para Head of Finance y "
        "me gustaría tener una primera entrevista contigo para contarte el proyecto y conocerte.\nPablo\n\n"
        + meet("es", "h10-rutaverde") + "\n\n" + google_footer("es", rv.email), is_interview=True,
        company="Ruta Verde Energía", role="Head of Finance", stage="hiring_manager", interviewers=[rv.email],
        trap="founder_freemail"))
    out.append(Ev(
        "es-terse", "es", "ios", "Entrevista Atalaya 2a ronda 12h (Pº Castellana 120)", (2026, 12, 9, 12, 0), 60,
        tz="Europe/Madrid", tzmode="floating", is_interview=True, company="Seguros Atalaya", trap="handtyped"))
    ca = P("Rocío Delgado", "rocio.delgado@canaliberico.es")
    out.append(Ev(
        "es-workday-hm", "es", "workday", "Entrevista con la responsable de contratación – Business Partner Financiero",
        (2026, 12, 11, 10, 0), 60, tz="Europe/Madrid", tzmode="utc",
        organizer=P("Canal Ibérico de Aguas – Selección", "canaliberico@myworkday.com"), attendees=[ca, _me()],
        description="Estimado/a Malik Osei:\n\nHa sido convocado/a a una entrevista con Rocío Delgado, Directora de "
        "Control Económico y responsable de la contratación para la vacante Business Partner Financiero "
        "(R-2026-0413) en Canal Ibérico de Aguas, S.A.\n\n" + teams("es", "h10-canal"), is_interview=True,
        company="Canal Ibérico de Aguas", role="Business Partner Financiero", stage="hiring_manager",
        interviewers=[ca.email], trap="ats_sender"))
    return out


def events() -> list[Ev]:
    """Given nothing, returns the French and Spanish positive events with their labels."""
    return _french() + _spanish()
