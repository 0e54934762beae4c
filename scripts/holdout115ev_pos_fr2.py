"""holdout115: the user's own interviews, French invitations (part 2)."""

from __future__ import annotations

from holdout115ev_core import (
    ME,
    ME_CN,
    P_APPLE,
    P_EXCHANGE,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    P_TB,
    TZ_BRU,
    TZ_PARIS,
    TZ_ROMANCE,
    TZ_WEUR,
    D,
    Ev,
    T,
    att,
    google_foot,
    guid,
    hexid,
    meet,
    org,
    outlook_uid,
    teams,
    vcal,
    vevent,
    zoom,
)


def p(kind: str, text: str, co: str, role: str, stage: str, iv: str, trap: str) -> Ev:
    return Ev(kind, text, 1, co, role, stage, iv, trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    # SAP SuccessFactors, HR interview
    u = f"SF-{hexid('cristallerie', 20, upper=True)}@successfactors.eu"
    out.append(p("successfactors-fr", vcal(
        "-//SAP SuccessFactors//Recruiting//FR", vevent(
            f"UID:{u}", "DTSTART:20251020T090000Z", "DTEND:20251020T094500Z",
            T("SUMMARY", "Invitation à un entretien : Auditeur interne groupe (H/F) - Req 4471"),
            org("noreply@successfactors.eu", "Cristallerie de l'Aa - Recrutement"),
            att("helene.duquesne@cristallerie-aa.fr", "Hélène Duquesne"), att(ME, ME_CN),
            T("LOCATION", "Cristallerie de l'Aa, avenue du Général de Gaulle, 62510 Arques - Bâtiment B accueil"),
            D("Madame Ngono,\n\nNous avons le plaisir de vous inviter à un entretien RH avec Hélène Duquesne, "
              "Responsable recrutement, dans le cadre de votre candidature au poste Auditeur interne groupe "
              "(H/F).\n\nMerci de confirmer votre présence via le lien ci-dessous.\n\nCristallerie de l'Aa\n"
              "Ceci est un message automatique, merci de ne pas y répondre.")),
        method="REQUEST"),
        "Cristallerie de l'Aa", "Auditeur interne groupe (H/F)", "recruiter_screen",
        "helene.duquesne@cristallerie-aa.fr", "successfactors-fr"))

    # Greenhouse, French template, case interview
    u = f"{hexid('lemaire-gh', 24)}@greenhouse.io"
    out.append(p("greenhouse-case-fr", vcal(
        "-//Greenhouse Software//Greenhouse Calendar//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251112T140000", "DTEND;TZID=Europe/Paris:20251112T153000",
            T("SUMMARY", "Entretien technique (cas pratique) - Valérie Ngono - Contrôleur de gestion concessions"),
            org("recrutement@lemaire-mob.fr", "Lemaire Mobilités Recrutement"),
            att("s.hocquet@lemaire-mob.fr", "Stéphane Hocquet"), att("a.bultez@lemaire-mob.fr", "Alice Bultez"),
            att(ME, ME_CN), T("LOCATION", "Google Meet"),
            D("Bonjour Valérie,\n\nMerci pour votre intérêt pour Lemaire Mobilités. Voici les détails de votre "
              "entretien technique :\n\nIntervenants :\n- Stéphane Hocquet, Contrôleur de gestion groupe\n"
              "- Alice Bultez, Responsable administrative concessions\n\nLe cas porte sur la rentabilité "
              "d'une concession (VN/VO/APV). Prévoyez un tableur.\n\n" + meet("fr", "lemaire")
              + "\n\nPowered by Greenhouse")),
        tzs=(TZ_PARIS,)),
        "Lemaire Mobilités", "Contrôleur de gestion concessions", "technical",
        "s.hocquet@lemaire-mob.fr;a.bultez@lemaire-mob.fr", "greenhouse-case-fr"))

    # SmartRecruiters, final
    u = f"sr-{hexid('berthaut', 28)}@smartrecruiters.com"
    out.append(p("smartrecruiters-final-fr", vcal(
        "-//SmartRecruiters//Calendar//EN", vevent(
            f"UID:{u}", "DTSTART:20251210T130000Z", "DTEND:20251210T140000Z",
            T("SUMMARY", "Entretien final - Auditeur interne confirmé (F/H) - Maison Berthaut"),
            org("noreply@smartrecruiters.com", "Maison Berthaut"),
            att("directeur.audit@maison-berthaut.com", "Arnaud Sérullaz"),
            att("c.benhamou@maison-berthaut.com", "Clara Benhamou"), att(ME, ME_CN),
            T("LOCATION", "Maison Berthaut, 64 boulevard Haussmann, 75009 Paris - 6e étage"),
            D("Bonjour Valérie,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste "
              "d'Auditeur interne confirmé (F/H). Vous rencontrerez Arnaud Sérullaz, Directeur de l'audit "
              "interne, et Clara Benhamou, Directrice financière Grands Magasins.\n\nCordialement,\n"
              "Équipe Talent Acquisition - Maison Berthaut\n\nGéré par SmartRecruiters")),
        method="REQUEST"),
        "Maison Berthaut", "Auditeur interne confirmé (F/H)", "final",
        "directeur.audit@maison-berthaut.com;c.benhamou@maison-berthaut.com", "smartrecruiters-final-fr"))

    # Outlook, sent by the CEO's assistant
    u = outlook_uid("petitfournil")
    out.append(p("outlook-assistant-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Entretien avec Bertrand Lepers - poste de Responsable financier"),
            "DTSTART;TZID=Romance Standard Time:20251126T083000", "DTEND;TZID=Romance Standard Time:20251126T093000",
            org("b.lepers@petitfournil.fr", "Lepers, Bertrand", sent_by="assistante.direction@petitfournil.fr"),
            att("b.lepers@petitfournil.fr", "Lepers, Bertrand", ps="ACCEPTED", rsvp=False), att(ME, ME_CN),
            att("assistante.direction@petitfournil.fr", "Assistante Direction", role="OPT-PARTICIPANT"),
            T("LOCATION", "Le Petit Fournil - siège, 3 rue Nationale, 59800 Lille"),
            D("Madame,\n\nSuite à vos échanges avec notre DRH, M. Lepers, Président du Petit Fournil, souhaite "
              "vous rencontrer pour un dernier entretien.\n\nBien à vous,\nMarie-Laure\nAssistante de direction"),
            f"UID:{u}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_ROMANCE,)),
        "Le Petit Fournil", "Responsable financier", "final", "b.lepers@petitfournil.fr", "outlook-sentby-ceo-fr"))

    # Cal.com, recruiter screen
    u = f"{hexid('dumont-cal', 22)}@Cal.com"
    out.append(p("calcom-fr", vcal(
        "-//Cal.com Inc.//Cal.com Event//EN", vevent(
            f"UID:{u}", "DTSTART:20251016T073000Z", "DTEND:20251016T080000Z",
            T("SUMMARY", "Premier échange RH entre Biscuiterie Dumont et Valérie Ngono"),
            org("emploi@biscuiterie-dumont.fr", "Sophie Ramette"), att(ME, ME_CN),
            D("Quoi :\nPremier échange RH - Contrôleur de gestion usine\n\nQuand :\njeudi 16 octobre 2025 "
              "9:30 - 10:00 (Europe/Paris)\n\nQui :\nSophie Ramette - Organisatrice\nemploi@biscuiterie-dumont.fr"
              "\nValérie Ngono\nvalerie.ngono.audit@orange.fr\n\nOù :\nCal Video https://app.cal.com/video/"
              + hexid("dumont-v", 20) + "\n\nAnnuler ou reprogrammer : https://app.cal.com/booking/"
              + hexid("dumont-b", 20)),
            "STATUS:CONFIRMED", "SEQUENCE:0"),
        method="REQUEST"),
        "Biscuiterie Dumont", "Contrôleur de gestion usine", "recruiter_screen", "emploi@biscuiterie-dumont.fr",
        "calcom-hr-screen-fr"))

    # agency consultant interviews the user for a named employer
    u = guid("altair-hautbois")
    out.append(p("agency-screen-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251007T123000", "DTEND;TZID=Europe/Paris:20251007T131500",
            org("m.degryse@altair-recrutement.fr", "Maxime Degryse"), f"UID:{u}",
            att("m.degryse@altair-recrutement.fr", "Maxime Degryse", ps="ACCEPTED", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "Entretien Altaïr Recrutement - Valérie Ngono - Contrôleur de gestion (Groupe Hautbois)"),
            D("Bonjour Valérie,\n\nComme évoqué, je vous propose un entretien de qualification avant de "
              "présenter votre candidature à notre client le Groupe Hautbois (industrie agroalimentaire, "
              "Arras) pour le poste de contrôleur de gestion site.\n\nMaxime Degryse\nAltaïr Recrutement\n\n"
              + meet("fr", "altair") + google_foot("fr", "m.degryse@altair-recrutement.fr")),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"),
        tzs=(TZ_PARIS,)),
        "Groupe Hautbois", "contrôleur de gestion site", "recruiter_screen", "m.degryse@altair-recrutement.fr",
        "agency-screen-names-employer-fr"))

    # terse entry on the Mac, no people
    out.append(p("terse-mac-fr", vcal(
        P_APPLE, vevent(
            f"UID:{guid('hexaplast-call')}", "DTSTART;TZID=Europe/Paris:20251024T124500",
            "DTEND;TZID=Europe/Paris:20251024T131500", T("SUMMARY", "Call recruteuse Hexaplast"),
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "SEQUENCE:0"),
        method=None, tzs=(TZ_PARIS,)),
        "Hexaplast", "", "recruiter_screen", "", "terse-recruiter-call-fr"))

    # Zoom, no clear stage
    u = f"zoom-{hexid('caplittoral', 20)}@zoom.us"
    out.append(p("zoom-fr", vcal(
        "-//zoom.us//iCalendar Event//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251031T100000", "DTEND;TZID=Europe/Paris:20251031T110000",
            T("SUMMARY", "Entretien Cap Littoral - Valérie Ngono"),
            org("n.lemaire@caplittoral.fr", "Nicolas Lemaire"), att(ME, ME_CN),
            T("LOCATION", "https://us06web.zoom.us/j/86233109842"),
            D("Nicolas Lemaire vous invite à une réunion Zoom planifiée.\n\nSujet : Entretien Cap Littoral - "
              "poste Contrôleur de gestion enseignes\n\n" + zoom("fr", "caplittoral"))),
        tzs=(TZ_PARIS,)),
        "Cap Littoral", "Contrôleur de gestion enseignes", "", "n.lemaire@caplittoral.fr", "zoom-no-stage-fr"))

    # rescheduled Outlook invitation (W. Europe zone), higher SEQUENCE
    u = outlook_uid("amecanique-resched")
    out.append(p("rescheduled-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Mis à jour : Entretien Contrôleur de gestion - Amiénoise de Mécanique"),
            "DTSTART;TZID=W. Europe Standard Time:20251124T150000",
            "DTEND;TZID=W. Europe Standard Time:20251124T160000",
            org("v.delamotte@amecanique.fr", "Delamotte, Vincent"), att(ME, ME_CN),
            att("v.delamotte@amecanique.fr", "Delamotte, Vincent", ps="ACCEPTED", rsvp=False),
            T("LOCATION", "Amiénoise de Mécanique, 9 rue de la Vallée, 80000 Amiens"),
            D("Bonjour Madame Ngono,\n\nSuite à un imprévu, je dois décaler notre entretien du jeudi 20 au "
              "lundi 24 novembre à 15h. Merci de me confirmer que ce nouveau créneau vous convient.\n\n"
              "Vincent Delamotte\nResponsable administratif et financier"),
            f"UID:{u}", "SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-APPT-SEQUENCE:2"),
        tzs=(TZ_WEUR,)),
        "Amiénoise de Mécanique", "Contrôleur de gestion", "hiring_manager", "v.delamotte@amecanique.fr",
        "rescheduled-sequence-weur-fr"))

    # iPhone entry, final round, names only
    out.append(p("ios-final-fr", vcal(
        P_IOS, vevent(
            f"UID:{guid('meusechem-final')}", "DTSTART;TZID=Europe/Brussels:20251209T160000",
            "DTEND;TZID=Europe/Brussels:20251209T170000",
            T("SUMMARY", "Visio Meuse Chem - tour final (Katrien + CFO)"),
            D("Katrien Peeters (Head of Internal Audit) + Laurent Collignon (CFO)\nen anglais\nlien Teams dans le "
              "mail de Sophie"),
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"),
        method=None, tzs=(TZ_BRU,)),
        "Meuse Chemicals", "", "final", "katrien peeters;laurent collignon", "ios-terse-final-fr"))

    # Exchange export with a Windows zone name and no VTIMEZONE
    u = outlook_uid("bricoflandres")
    out.append(p("outlook-nozone-fr", vcal(
        P_EXCHANGE, vevent(
            T("SUMMARY", "Rencontre - Brico Flandres"),
            "DTSTART;TZID=Romance Standard Time:20251113T113000", "DTEND;TZID=Romance Standard Time:20251113T123000",
            org("thomas.vermersch@bricoflandres.fr", "Vermersch Thomas"), att(ME, ME_CN),
            D("Bonjour Valérie,\nravi d'échanger avec vous sur le poste de Responsable contrôle de gestion. "
              "Nous déjeunerons ensuite avec l'équipe si vous êtes disponible.\nThomas Vermersch\nDAF - Brico "
              "Flandres"),
            T("LOCATION", "Brico Flandres - siège, Dunkerque"), f"UID:{u}", "SEQUENCE:0"),
        method="REQUEST"),
        "Brico Flandres", "Responsable contrôle de gestion", "", "thomas.vermersch@bricoflandres.fr",
        "windows-zone-no-vtimezone-fr"))

    # Flatchr, hiring manager
    u = f"flatchr-{hexid('lainiere', 18)}@flatchr.io"
    out.append(p("flatchr-fr", vcal(
        "-//Flatchr//Agenda//FR", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251103T100000", "DTEND;TZID=Europe/Paris:20251103T110000",
            T("SUMMARY", "Entretien avec le manager - Contrôleur de gestion H/F - Lainière de Wasquehal"),
            org("notifications@flatchr.io", "Lainière de Wasquehal"),
            att("r.desmet@lainiere-wasquehal.fr", "Romain Desmet"), att(ME, ME_CN),
            T("LOCATION", "Lainière de Wasquehal, 140 rue de la Lainière, 59290 Wasquehal"),
            D("Bonjour Valérie Ngono,\n\nVous avez rendez-vous avec Romain Desmet (Directeur financier) pour le "
              "poste Contrôleur de gestion H/F.\n\nL'équipe RH\n\n-- \nEnvoyé via Flatchr")),
        tzs=(TZ_PARIS,)),
        "Lainière de Wasquehal", "Contrôleur de gestion H/F", "hiring_manager", "r.desmet@lainiere-wasquehal.fr",
        "flatchr-fr"))

    # Teams, technical interview on consolidation
    u = outlook_uid("delannoy-tech")
    out.append(p("teams-technical-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Entretien technique - consolidation / IFRS - Valérie Ngono"),
            "DTSTART;TZID=Romance Standard Time:20251105T163000", "DTEND;TZID=Romance Standard Time:20251105T173000",
            org("jm.deleplanque@delannoy-textiles.com", "Deleplanque, Jean-Marc"), att(ME, ME_CN),
            att("p.taffin@delannoy-textiles.com", "Taffin, Perrine"),
            T("LOCATION", "Réunion Microsoft Teams"),
            D("Bonjour Valérie,\n\nComme convenu avec notre DRH, voici l'entretien technique pour le poste de "
              "Responsable consolidation de Textiles Delannoy. Perrine Taffin (Chef comptable groupe) se "
              "joindra à moi.\n\nJean-Marc Deleplanque\nDirecteur financier groupe\n\n" + teams("fr", "delannoy")),
            f"UID:{u}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_ROMANCE,)),
        "Textiles Delannoy", "Responsable consolidation", "technical",
        "jm.deleplanque@delannoy-textiles.com;p.taffin@delannoy-textiles.com", "teams-technical-fr"))

    # Google phone screen from HR
    u = f"{hexid('verdure', 26)}@google.com"
    o = "recrutement@jardineries-verdure.fr"
    out.append(p("google-phone-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251027T113000", "DTEND;TZID=Europe/Paris:20251027T120000",
            org(o, "Recrutement Jardineries Verdure"), f"UID:{u}",
            att(o, "Recrutement Jardineries Verdure", ps="ACCEPTED", google=True),
            att("claire.dhalluin@jardineries-verdure.fr", "Claire Dhalluin", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "Échange téléphonique - Contrôleur de gestion réseau (H/F)"),
            D("Claire Dhalluin, chargée de recrutement, vous appellera au 06 xx xx xx 14.\nDurée : 30 min."
              + google_foot("fr", o)),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"),
        tzs=(TZ_PARIS,)),
        "Jardineries Verdure", "Contrôleur de gestion réseau (H/F)", "recruiter_screen",
        "claire.dhalluin@jardineries-verdure.fr", "google-phone-screen-fr"))

    # Jobaffinity convocation, onsite, no clear stage
    u = f"jobaffinity-{hexid('saintamand', 16)}"
    out.append(p("jobaffinity-fr", vcal(
        "-//Jobaffinity//Convocation//FR", vevent(
            f"UID:{u}", "DTSTART:20251201T090000", "DTEND:20251201T100000",
            T("SUMMARY", "Convocation à un entretien - Verrerie de Saint-Amand"),
            org("rh@verrerie-saint-amand.fr", "Verrerie de Saint-Amand"), att(ME, ME_CN),
            T("LOCATION", "Verrerie de Saint-Amand, route de Valenciennes, 59230 Saint-Amand-les-Eaux"),
            D("Madame,\n\nNous faisons suite à votre candidature au poste de Contrôleur de gestion industriel "
              "et vous prions de bien vouloir vous présenter le lundi 1er décembre à 10h00 à l'accueil du site "
              "pour un entretien avec M. Hubert Lecomte et Mme Agnès Dufossez.\n\nLe service des Ressources "
              "Humaines")),
        method="REQUEST", calscale=False),
        "Verrerie de Saint-Amand", "Contrôleur de gestion industriel", "", "hubert lecomte;agnès dufossez",
        "jobaffinity-floating-fr"))

    # Google Meet, hiring manager after the Teamtailor screen
    u = f"{hexid('abm-hm', 26)}@google.com"
    o = "yann.ledoux@ateliebleumarine.com"
    out.append(p("google-hm-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART:20251020T150000Z", "DTEND:20251020T160000Z", org(o, "Yann Ledoux"), f"UID:{u}",
            att(o, "Yann Ledoux", ps="ACCEPTED", google=True),
            att("lea.vanacker@ateliebleumarine.com", "Léa Vanacker", role="OPT-PARTICIPANT", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "ABM x Valérie - entretien avec le Head of Finance"),
            D("Hello Valérie,\nOn se voit pour la suite du process (poste contrôleur·se de gestion e-commerce). "
              "Léa est en copie pour info, elle ne sera pas présente.\nYann\n\n" + meet("fr", "abm-hm")
              + google_foot("fr", o)),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"),
        tzs=(TZ_PARIS,)),
        "Atelier Bleu Marine", "contrôleur·se de gestion e-commerce", "hiring_manager",
        "yann.ledoux@ateliebleumarine.com", "google-hm-cc-recruiter-fr"))

    # Thunderbird floating, user typed, no stage
    u = hexid("tb-lumen", 8) + "-1d2c-4b8a-9f00-" + hexid("tb-lumen2", 12)
    out.append(p("thunderbird-floating-fr", vcal(
        P_TB, vevent(
            "CREATED:20251105T210000Z", f"UID:{u}", T("SUMMARY", "Entretien Nordika Bois - usine Arques"),
            "DTSTART:20251114T090000", "DTEND:20251114T103000",
            D("poste resp. contrôle de gestion, voir M. Lebas"), "X-MOZ-GENERATION:1"),
        method=None),
        "Nordika Bois", "resp. contrôle de gestion", "", "m. lebas", "thunderbird-floating-fr"))


    # Personio, French template, HR interview
    u = f"personio-{hexid('delcroix', 20)}@personio.de"
    out.append(p("personio-fr", vcal(
        "-//Personio GmbH//Personio Recruiting//FR", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251028T170000", "DTEND;TZID=Europe/Paris:20251028T173000",
            T("SUMMARY", "Entretien : Valérie Ngono - Contrôleur de gestion boutiques (H/F)"),
            org("noreply@personio.de", "Chocolaterie Delcroix"),
            att("rh@chocolaterie-delcroix.fr", "Margaux Flament"), att(ME, ME_CN),
            T("LOCATION", "Appel vidéo (lien envoyé par e-mail)"),
            D("Bonjour Valérie,\n\nMerci pour votre candidature. Margaux Flament (RH) vous propose un premier "
              "entretien de 30 minutes.\n\nL'équipe Chocolaterie Delcroix")),
        tzs=(TZ_PARIS,)),
        "Chocolaterie Delcroix", "Contrôleur de gestion boutiques (H/F)", "recruiter_screen",
        "rh@chocolaterie-delcroix.fr", "personio-fr"))

    return out
