"""holdout16: Daniel Adeyemi's own interviews written in French (one hand-made event each)."""

from __future__ import annotations

from holdout16ev_ics import GOOGLE, IOS, ME_PRIVATE, OUTLOOK, OUTLOOK16, A, Ev, Item, calendar, item, meet, teams, zoom

ME = A(ME_PRIVATE, "Daniel Adeyemi")


def events() -> list[Item]:
    """Given nothing, returns the French positive events."""
    out: list[Item] = []

    u = "wttj-fr-2231"
    out.append(item("ats-wttj", "fr", calendar("-//Welcome to the Jungle//Calendar//FR", [Ev(
        u, "Entretien RH – Responsable Support Informatique – Lumière Retail", "20261203T100000", 30,
        tz="Europe/Paris", organizer=("no-reply@welcometothejungle.com", "Welcome to the Jungle"),
        attendees=[ME, A("claire.dumas@lumiere-retail.fr", "Claire Dumas")],
        description="Bonjour Daniel,\nVotre entretien téléphonique avec Claire Dumas, chargée de recrutement chez "
        "Lumière Retail (Lyon), est confirmé.\n" + meet("fr", "fgh-jklm-nop"))], zones=("Europe/Paris",)),
        u, True, "Lumière Retail", "Responsable Support Informatique", "recruiter_screen",
        ("claire.dumas@lumiere-retail.fr",)))

    u = "hcl-lyon-chu-33"
    out.append(item("outlook-hospital", "fr", calendar(OUTLOOK, [Ev(
        u, "Entretien de recrutement - Responsable d'équipe support DSI - M. Adeyemi", "20261207T140000", 60,
        tz="Romance Standard Time", style="win", organizer=("recrutement.dsi@chu-rhone-est.example.fr",
                                                           "Recrutement DSI"),
        attendees=[ME, A("p.garnier@chu-rhone-est.example.fr", "GARNIER Philippe"),
                   A("n.benali@chu-rhone-est.example.fr", "BENALI Nadia"),
                   A("salle-b204@chu-rhone-est.example.fr", "Salle B204", cutype="ROOM", role="NON-PARTICIPANT")],
        description="Monsieur,\nNous avons le plaisir de vous convier à un entretien pour le poste de responsable "
        "d'équipe support à la DSI du CHU Rhône-Est. Jury : M. Garnier (DSI adjoint), Mme Benali (cadre RH).\n"
        "Cordialement", location="Bâtiment B, salle B204, CHU Rhône-Est, Lyon")],
        zones=("Romance Standard Time",)), u, True, "CHU Rhône-Est", "Responsable d'équipe support", "onsite",
        ("p.garnier@chu-rhone-est.example.fr", "n.benali@chu-rhone-est.example.fr")))

    u = "terse-fr-1"
    out.append(item("terse-hand", "fr", calendar(IOS, [Ev(
        u, "Saônetech 2e entretien 15h - M. Roux + DSI", "20261209T150000", 60, style="float")], method=""),
        u, True, "Saônetech", "", "", ()))

    u = "teamtailor-fr-55"
    out.append(item("ats-teamtailor", "fr", calendar("-//Teamtailor//Calendar//EN", [Ev(
        u, "Entretien technique - Chef d'équipe Service Desk (Cobalt Cloud)", "20261211T110000", 60,
        tz="Europe/Paris", organizer=("notifications@teamtailor.com", "Cobalt Cloud"),
        attendees=[ME, A("hugo.lefevre@cobaltcloud.fr", "Hugo Lefèvre")],
        description="Mise en situation : gestion d'un incident majeur, priorisation d'une file de tickets. Avec "
        "Hugo Lefèvre, responsable des opérations IT.\n" + zoom("fr", "874 0021 5566"))], zones=("Europe/Paris",)),
        u, True, "Cobalt Cloud", "Chef d'équipe Service Desk", "technical", ("hugo.lefevre@cobaltcloud.fr",)))

    u = "founder-fr-orange"
    out.append(item("founder-freemail", "fr", calendar(GOOGLE, [Ev(
        u, "Échange Daniel / Mathilde - poste responsable IT chez Pépite", "20261216T180000", 45, tz="Europe/Paris",
        organizer=("mathilde.vasseur@orange.fr", "Mathilde Vasseur"),
        attendees=[A("mathilde.vasseur@orange.fr", "Mathilde Vasseur", partstat="ACCEPTED"), ME],
        description="Bonsoir Daniel, je suis cofondatrice de Pépite (appli de caisse pour boulangeries, 20 pers.). "
        "Premier entretien pour le poste de responsable IT interne.\n" + meet("fr", "pep-ite0-abc"))],
        zones=("Europe/Paris",)), u, True, "Pépite", "responsable IT", "hiring_manager",
        ("mathilde.vasseur@orange.fr",)))

    u = "agency-fr-77"
    out.append(item("agency-names-employer", "fr", calendar(OUTLOOK16, [Ev(
        u, "Entretien client : Groupe Vercors Distribution – Superviseur IT (via Talentis Conseil)",
        "20270107T100000", 60, tz="Romance Standard Time", style="win",
        organizer=("e.morel@talentis-conseil.fr", "Morel, Élodie"),
        attendees=[ME, A("f.chabert@vercors-distribution.fr", "Chabert, François")],
        description="Bonjour Daniel, je vous confirme votre entretien chez notre client, le Groupe Vercors "
        "Distribution, avec François Chabert (DSI). Je ne serai pas présente.",
        location="Siège Vercors Distribution, Grenoble")]), u, True, "Groupe Vercors Distribution", "Superviseur IT",
        "", ("f.chabert@vercors-distribution.fr",)))

    u = "cancel-fr-rdv"
    out.append(item("cancelled-interview", "fr", calendar(GOOGLE, [Ev(
        u, "Annulé : Entretien final – Atelier Numérique Lyonnais", "20270111T160000", 60, tz="Europe/Paris",
        status="CANCELLED", sequence=2, organizer=("direction@atelier-numerique.fr", "Sylvie Barre"),
        attendees=[ME, A("direction@atelier-numerique.fr", "Sylvie Barre")],
        description="Entretien final pour le poste de responsable support annulé, je vous recontacte.")],
        method="CANCEL", zones=("Europe/Paris",)), u, True, "Atelier Numérique Lyonnais", "responsable support",
        "final", ("direction@atelier-numerique.fr",)))

    u = "univ-fr-jury"
    out.append(item("university-jury", "fr", calendar(OUTLOOK, [Ev(
        u, "Audition – Responsable du centre de services numériques", "20270114T093000", 45,
        tz="Romance Standard Time", style="winq",
        organizer=("drh-concours@univ-confluence.example.fr", "DRH Concours"),
        attendees=[ME, A("j.mercier@univ-confluence.example.fr", "MERCIER Jean"),
                   A("a.traore@univ-confluence.example.fr", "TRAORE Awa"),
                   A("drh-concours@univ-confluence.example.fr", "DRH Concours", role="NON-PARTICIPANT")],
        description="Audition devant le jury de recrutement (contractuel, catégorie A). Jury : Jean Mercier "
        "(directeur du numérique), Awa Traoré (responsable infrastructures). Présentation de 10 minutes puis "
        "questions.", location="Université Confluence, bâtiment Présidence, salle du conseil")],
        zones=("Romance Standard Time",)), u, True, "Université Confluence",
        "Responsable du centre de services numériques", "", ("j.mercier@univ-confluence.example.fr",
                                                              "a.traore@univ-confluence.example.fr")))

    u = "hm-fr-teams-9"
    out.append(item("hiring-manager", "fr", calendar(OUTLOOK, [Ev(
        u, "Entretien manager – Daniel Adeyemi", "20270118T113000", 45, tz="Romance Standard Time", style="win",
        organizer=("karim.belkacem@infogerance-rhone.fr", "Belkacem, Karim"), attendees=[ME],
        description="Bonjour Daniel, suite à votre échange avec notre RH, je vous propose un entretien pour le poste "
        "de Team Leader Support N1/N2 chez Infogérance Rhône. Je serai votre futur manager.\nKarim\n\n" +
        teams("fr", "362 884 100 223", "Fr4Ty"))]), u, True, "Infogérance Rhône", "Team Leader Support N1/N2",
        "hiring_manager", ("karim.belkacem@infogerance-rhone.fr",)))

    u = "calcom-fr-71"
    out.append(item("scheduler-calcom", "fr", calendar("-//Cal.com Inc.//Cal.com Event//EN", [Ev(
        u, "Premier échange entre Baptiste Girard et Daniel Adeyemi", "20270120T090000", 30, style="utc",
        organizer=("baptiste@octave-saas.fr", "Baptiste Girard"),
        attendees=[A(ME_PRIVATE, "Daniel Adeyemi", partstat="ACCEPTED")],
        description="Qu'est-ce que c'est : Préqualification – candidature Responsable IT Ops (Octave, Lyon ou "
        "remote)\nBaptiste est Talent Acquisition chez Octave.\nAnnuler ou reprogrammer : https://cal.com/booking/71",
        location="https://app.cal.com/video/71")]), u, True, "Octave", "Responsable IT Ops", "recruiter_screen",
        ("baptiste@octave-saas.fr",)))

    u = "onsite-fr-journee"
    out.append(item("onsite-day", "fr", calendar(GOOGLE, [Ev(
        u, "Journée sur site – Coopérative Bellecour (poste Responsable exploitation IT)", "20270125T090000", 300,
        tz="Europe/Paris", organizer=("rh@coop-bellecour.fr", "RH Coopérative Bellecour"),
        attendees=[ME, A("m.fontaine@coop-bellecour.fr", "Marc Fontaine"), A("l.picard@coop-bellecour.fr",
                                                                            "Léa Picard"),
                   A("rh@coop-bellecour.fr", "RH Coopérative Bellecour", role="OPT-PARTICIPANT")],
        description="9h accueil par les RH\n9h30 entretien avec Marc Fontaine (DSI)\n11h visite des magasins et "
        "du datacenter avec Léa Picard\n13h déjeuner", location="Coopérative Bellecour, 12 rue Victor Hugo, Lyon")],
        zones=("Europe/Paris",)), u, True, "Coopérative Bellecour", "Responsable exploitation IT", "onsite",
        ("m.fontaine@coop-bellecour.fr", "l.picard@coop-bellecour.fr")))

    u = "apple-fr-title"
    out.append(item("title-only", "fr", calendar(IOS, [Ev(
        u, "Daniel <> Anaïs (Fourvière Assurances)", "20270127T170000", 30, style="float",
        description="visio, lien dans le mail - poste coordinateur support")], method=""), u, True,
        "Fourvière Assurances", "coordinateur support", "", ()))
    return out
