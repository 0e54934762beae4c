"""holdout61: the user's own interviews in France: direct Outlook/Google invites, agencies, hand-typed entries."""

from __future__ import annotations

from holdout61ev_ics import (
    ME,
    ME_FREE,
    alarm,
    att,
    cal,
    hexid,
    html,
    item,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    q,
    room,
    teams,
    text,
    uuid,
    vevent,
    webex,
    zoom,
)

RST = "Romance Standard Time"
OUTLOOK_PARIS = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


def _chigd() -> list[dict]:
    out = []
    uid = outlook_uid()
    body = ("Bonjour Madame,\n\nJe fais suite à votre candidature au poste de praticien hospitalier contractuel à la "
            "pharmacie à usage intérieur (PUI) du CHI Garonne-Dordogne. Je vous propose un entretien le lundi "
            "16 mars à 14h00, dans mon bureau (bâtiment C, 1er étage). Le Dr Thomas Vidal, pharmacien "
            "responsable de l'unité de pharmacotechnie, y participera également.\n\nBien cordialement,\n\n"
            "Dr Hélène Lacoste\nCheffe de service – Pharmacie\nCentre Hospitalier Intercommunal Garonne-Dordogne")
    ev = vevent(
        org("helene.lacoste@chigd.fr", "Lacoste, Hélène"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("thomas.vidal@chigd.fr", "Vidal, Thomas", role="OPT-PARTICIPANT"),
        text("DESCRIPTION", body, "LANGUAGE=fr-FR"), f"UID:{uid}",
        text("SUMMARY", "Entretien – poste de praticien hospitalier contractuel (PUI)", "LANGUAGE=fr-FR"),
        f"DTSTART;TZID={RST}:20260316T140000", f"DTEND;TZID={RST}:20260316T150000", "DTSTAMP:20260309T103211Z",
        text("LOCATION", "Pharmacie – bâtiment C, bureau de la cheffe de service", "LANGUAGE=fr-FR"),
        outlook_tail(), text("X-ALT-DESC", html(body), "FMTTYPE=text/html"), alarm(15))
    out.append(item("outlook-chef-service-fr", cal([ev], "outlook", tzs=(RST,)), uid, 1,
                    "Centre Hospitalier Intercommunal Garonne-Dordogne",
                    "praticien hospitalier contractuel (PUI)", "hiring_manager",
                    ["helene.lacoste@chigd.fr", "thomas.vidal@chigd.fr"], "outlook-lastfirst-altdesc-fr"))
    uid = outlook_uid()
    body = ("Madame,\n\nDans le cadre de votre candidature au poste de praticien hospitalier contractuel, nous vous "
            "proposons une visite de la PUI (dispensation, pharmacotechnie, stérilisation) suivie d'un échange "
            "avec le Dr Thomas Vidal et l'équipe pharmaceutique.\nRendez-vous à l'accueil principal ; je viendrai "
            "vous chercher.\n\nSandrine Morlaàs\nCadre de santé – Pharmacie")
    ev = vevent(
        org("sandrine.morlaas@chigd.fr", "Morlaàs, Sandrine"), att(ME_FREE, "Camille Dubois-Nkemelu"),
        att("thomas.vidal@chigd.fr", "Vidal, Thomas"), text("DESCRIPTION", body, "LANGUAGE=fr-FR"), f"UID:{uid}",
        text("SUMMARY", "Visite de la PUI et rencontre de l'équipe – Dr Dubois-Nkemelu", "LANGUAGE=fr-FR"),
        f"DTSTART;TZID={RST}:20260330T093000", f"DTEND;TZID={RST}:20260330T113000", "DTSTAMP:20260318T161000Z",
        text("LOCATION", "CHI Garonne-Dordogne – accueil principal"), outlook_tail())
    out.append(item("outlook-visit-onsite-fr", cal([ev], "outlook", tzs=(RST,)), uid, 1,
                    "Centre Hospitalier Intercommunal Garonne-Dordogne", "praticien hospitalier contractuel", "onsite",
                    ["thomas.vidal@chigd.fr"], "outlook-site-visit-cadre-organizer-fr"))
    return out


def _saint_aurele() -> dict:
    uid = outlook_uid()
    body = ("Madame,\n\nÀ la demande de M. Marc Ferrand, Directeur de la Clinique Saint-Aurèle, je vous adresse "
            "cette invitation pour l'entretien final concernant le poste de Pharmacien Gérant de la PUI. Le "
            "Dr Nadia Chérif, présidente de la CME, sera également présente.\n\nMerci de vous présenter au "
            "secrétariat de direction (2e étage).\n\nCordialement,\nÉmilie Castaing\nAssistante de direction")
    ev = vevent(
        org("marc.ferrand@clinique-saint-aurele.fr", "Ferrand, Marc",
            sent_by="secretariat.direction@clinique-saint-aurele.fr"),
        att(ME_FREE, "Camille Dubois-Nkemelu"), att("nadia.cherif@clinique-saint-aurele.fr", "Chérif, Nadia"),
        text("DESCRIPTION", body, "LANGUAGE=fr-FR"), f"UID:{uid}",
        text("SUMMARY", "Entretien final – Pharmacien Gérant PUI – Mme Dubois-Nkemelu", "LANGUAGE=fr-FR"),
        f"DTSTART;TZID={RST}:20260409T170000", f"DTEND;TZID={RST}:20260409T180000", "DTSTAMP:20260402T080509Z",
        text("LOCATION", "Clinique Saint-Aurèle - Direction (2e étage)"), outlook_tail(),
        text("X-ALT-DESC", html(body), "FMTTYPE=text/html"))
    return item("outlook-sent-by-final-fr", cal([ev], "outlook", tzs=(RST,)), uid, 1, "Clinique Saint-Aurèle",
                "Pharmacien Gérant PUI", "final",
                ["marc.ferrand@clinique-saint-aurele.fr", "nadia.cherif@clinique-saint-aurele.fr"],
                "outlook-sent-by-assistant-fr")


def _serelia() -> list[dict]:
    out = []
    url, mb = meet("fr")
    uid = f"{hexid(26)}@google.com"
    body = ("Bonjour Camille,\n\nComme convenu, voici l'invitation pour notre entretien RH concernant le poste de "
            "Pharmacien Assurance Qualité Libération (H/F) – site des Ulis.\n\nÀ bientôt,\nSophie Renaud\n"
            "Chargée de recrutement – Sérélia\n\n" + mb)
    ev = vevent(
        "DTSTART:20260313T090000Z", "DTEND:20260313T094500Z", "DTSTAMP:20260310T141201Z",
        org("sophie.renaud@serelia.fr", "Sophie Renaud"), f"UID:{uid}",
        att(ME_FREE, ME, cutype="INDIVIDUAL", extra="X-NUM-GUESTS=0"),
        att("sophie.renaud@serelia.fr", "Sophie Renaud", partstat="ACCEPTED", rsvp=False, cutype="INDIVIDUAL",
            extra="X-NUM-GUESTS=0"),
        f"X-GOOGLE-CONFERENCE:{url}", "CREATED:20260310T141200Z", text("DESCRIPTION", body), "LAST-MODIFIED:"
        "20260310T141201Z", text("LOCATION", ""), "SEQUENCE:0", "STATUS:CONFIRMED",
        text("SUMMARY", "Entretien RH – Pharmacien Assurance Qualité Libération (H/F)"), "TRANSP:OPAQUE")
    out.append(item("google-recruiter-fr", cal([ev], "google"), uid, 1, "Sérélia",
                    "Pharmacien Assurance Qualité Libération", "recruiter_screen", ["sophie.renaud@serelia.fr"],
                    "google-meet-recruiter-fr"))
    uid = uuid()
    ev = vevent(
        "CREATED:20260320T184410Z", f"UID:{uid}", "DTEND;TZID=Europe/Paris:20260327T113000",
        text("SUMMARY", "Entretien Sérélia 2e tour"), "DTSTART;TZID=Europe/Paris:20260327T100000",
        "DTSTAMP:20260320T184422Z", text("LOCATION", "Sérélia\nZA de Courtabœuf, Les Ulis, France"),
        "SEQUENCE:0", text("DESCRIPTION", "RER B Massy puis taxi. Demander Mme Renaud à l'accueil. CV x3"),
        ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT1H", "END:VALARM"])
    out.append(item("ios-handtyped-fr", cal([ev], "ios", method=None, tzs=("Europe/Paris",)), uid, 1, "Sérélia",
                    "", "", [], "ios-terse-second-round-fr"))
    return out


def _cotedargent() -> dict:
    uid = f"{uuid(False)}"
    ev = vevent(
        "CREATED:20260323T201512Z", "LAST-MODIFIED:20260323T201604Z", "DTSTAMP:20260323T201604Z", f"UID:{uid}",
        text("SUMMARY", "Visio CH Côte d'Argent – entretien chef de pôle"), "DTSTART:20260331T123000",
        "DTEND:20260331T131500",
        text("DESCRIPTION", "Poste PH pharmacie clinique / conciliation. Dr Jean-Marc Etcheverry (chef de pôle "
                            "médico-technique). Lien Teams dans le mail de Mme Pujol (DAM)."),
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:2")
    return item("thunderbird-floating-fr", cal([ev], "thunderbird", method=None, scale=False), uid, 1,
                "Centre Hospitalier Côte d'Argent", "PH pharmacie clinique / conciliation", "",
                ["Jean-Marc Etcheverry"], "thunderbird-floating-handtyped-fr")


def _ferrandiere() -> list[dict]:
    out = []
    url, mb = meet("fr")
    uid = f"{hexid(26)}@google.com"
    body = ("Bonjour Camille,\n\nRavie d'échanger avec vous sur le poste de Medical Advisor Hématologie. Je "
            "dirige les Affaires Médicales et ce poste me sera directement rattaché.\n\nClaire Besnard-Roux\n"
            "Directrice Médicale – Laboratoires Ferrandière\n\n" + mb)
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260320T113000", "DTEND;TZID=Europe/Paris:20260320T122000",
        "DTSTAMP:20260317T072512Z", org("claire.besnard-roux@ferrandiere.com", "Claire Besnard-Roux"), f"UID:{uid}",
        att(ME_FREE, "camille.dubois.nk@free.fr", cutype="INDIVIDUAL", extra="X-NUM-GUESTS=0"),
        att("claire.besnard-roux@ferrandiere.com", "Claire Besnard-Roux", partstat="ACCEPTED", rsvp=False),
        f"X-GOOGLE-CONFERENCE:{url}", text("DESCRIPTION", body), "SEQUENCE:0", "STATUS:CONFIRMED",
        text("SUMMARY", "Camille / Ferrandière – échange Affaires Médicales"), "TRANSP:OPAQUE")
    out.append(item("google-direct-hm-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid, 1,
                    "Laboratoires Ferrandière", "Medical Advisor Hématologie", "hiring_manager",
                    ["claire.besnard-roux@ferrandiere.com"], "google-direct-hm-fr"))
    uid = f"{hexid(26)}@google.com"
    body = ("Programme de la matinée :\n9h30 accueil par Claire Besnard-Roux\n9h45 présentation de votre cas "
            "(dossier de soumission d'un protocole d'étude observationnelle)\n10h45 entretien avec Olivier Tessier,"
            " Directeur Général\n11h30 déjeuner avec l'équipe médicale\n\n7 rue du Vercors, 69007 Lyon – Gerland")
    ev = vevent(
        "DTSTART:20260415T093000", "DTEND:20260415T123000", "DTSTAMP:20260409T155030Z",
        org("claire.besnard-roux@ferrandiere.com", "Claire Besnard-Roux"), f"UID:{uid}",
        att(ME_FREE, ME, partstat="ACCEPTED", rsvp=False),
        att("claire.besnard-roux@ferrandiere.com", "Claire Besnard-Roux", partstat="ACCEPTED", rsvp=False),
        att("olivier.tessier@ferrandiere.com", "Olivier Tessier"), text("DESCRIPTION", body),
        text("LOCATION", "Laboratoires Ferrandière, 7 rue du Vercors, 69007 Lyon"), "SEQUENCE:0",
        "STATUS:CONFIRMED", text("SUMMARY", "Entretien final sur site – Laboratoires Ferrandière (Lyon Gerland)"))
    cal_text = cal([ev], "google", method="PUBLISH",
                   head=("X-WR-CALNAME:camille.dubois.nk@free.fr", "X-WR-TIMEZONE:Europe/Paris"))
    out.append(item("google-xwr-floating-final-fr", cal_text, uid, 1, "Laboratoires Ferrandière", "", "final",
                    ["claire.besnard-roux@ferrandiere.com", "olivier.tessier@ferrandiere.com"],
                    "google-export-xwr-timezone-final-fr"))
    return out


def _clairval() -> dict:
    _url, tb = teams("fr")
    uid = outlook_uid()
    body = ("Bonjour Camille,\n\nJe vous confirme l'entretien avec notre client, les Laboratoires Clairval, pour le "
            "poste de Responsable Pharmacovigilance (CDI, Castres). Vous échangerez avec le Dr Agnès Pellerin, "
            "Directrice Pharmacovigilance & QPPV, qui sera votre N+1. Je ne participerai pas à l'entretien mais "
            "je vous appelle juste après pour un débrief.\n\nBien à vous,\nBenoît Lacombe\nConsultant senior – "
            "Cabinet Altéa Santé\n\n" + tb)
    ev = vevent(
        org("b.lacombe@altea-sante-rh.fr", "Benoît Lacombe"), att(ME_FREE, "Camille Dubois-Nkemelu"),
        att("a.pellerin@clairval.com", "Pellerin, Agnès"), text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Entretien client : Laboratoires Clairval – Responsable Pharmacovigilance"),
        f"DTSTART;TZID={q(OUTLOOK_PARIS)}:20260324T180000", f"DTEND;TZID={q(OUTLOOK_PARIS)}:20260324T190000",
        "DTSTAMP:20260319T113000Z", text("LOCATION", "Réunion Microsoft Teams"), outlook_tail())
    return item("agency-names-employer-fr", cal([ev], "outlook", tzs=(OUTLOOK_PARIS,)), uid, 1,
                "Laboratoires Clairval", "Responsable Pharmacovigilance", "hiring_manager", ["a.pellerin@clairval.com"],
                "agency-names-client-fr")


def _hexapharm() -> list[dict]:
    out = []
    uid = outlook_uid()
    body = ("Bonjour Madame Dubois-Nkemelu,\n\nJe vous appellerai au 06 71 28 44 09 pour un premier échange "
            "d'une trentaine de minutes sur le poste de Pharmacien Responsable Adjoint de notre établissement de "
            "Mérignac (répartition pharmaceutique).\n\nJulie Perrin\nChargée RH – Hexapharm Distribution")
    ev = vevent(
        org("julie.perrin@hexapharm.fr", "Perrin, Julie"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Échange téléphonique – Hexapharm Distribution"),
        f"DTSTART;TZID={q(OUTLOOK_PARIS)}:20260305T123000", f"DTEND;TZID={q(OUTLOOK_PARIS)}:20260305T130000",
        "DTSTAMP:20260303T160000Z", text("LOCATION", "Téléphone"), outlook_tail())
    out.append(item("outlook-phone-screen-fr", cal([ev], "outlook", tzs=(OUTLOOK_PARIS,)), uid, 1,
                    "Hexapharm Distribution", "Pharmacien Responsable Adjoint", "recruiter_screen",
                    ["julie.perrin@hexapharm.fr"], "phone-screen-fr"))
    uid = outlook_uid()
    body = ("Madame,\n\nSuite à vos précédents entretiens, nous vous proposons un dernier entretien avec "
            "M. François Delmas, Directeur Général, et Mme Anne Roques, Pharmacienne Responsable, pour le poste de "
            "Pharmacien Responsable Adjoint.\n\nLieu : Hexapharm Distribution, 15 avenue de l'Argonne, 33700 "
            "Mérignac.\n\nJulie Perrin")
    ev = vevent(
        org("julie.perrin@hexapharm.fr", "Perrin, Julie"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("francois.delmas@hexapharm.fr", "Delmas, François"), att("anne.roques@hexapharm.fr", "Roques, Anne"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Dernier entretien – Pharmacien Responsable Adjoint"),
        f"DTSTART;TZID={RST}:20260421T100000", f"DTEND;TZID={RST}:20260421T113000", "DTSTAMP:20260414T092500Z",
        text("LOCATION", "15 avenue de l'Argonne, 33700 Mérignac"), outlook_tail())
    out.append(item("outlook-windows-tz-no-vtimezone-fr", cal([ev], "outlook"), uid, 1, "Hexapharm Distribution",
                    "Pharmacien Responsable Adjoint", "final",
                    ["francois.delmas@hexapharm.fr", "anne.roques@hexapharm.fr"], "outlook-no-vtimezone-final-fr"))
    return out


def _icas() -> list[dict]:
    out = []
    url, zb = zoom("fr")
    uid = f"{hexid(32)}@icas-sante.fr"
    body = ("Madame,\n\nLe Dr Laurence Cabanes, cheffe du département de pharmacie, vous recevra en visioconférence "
            "pour le poste de pharmacien assistant spécialiste à l'Unité de Reconstitution des Cytotoxiques (URC)."
            "\n\nSecrétariat du département de pharmacie\n\n" + zb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260304T150000Z", "DTSTART;TZID=Europe/Paris:20260310T163000",
        "DTEND;TZID=Europe/Paris:20260310T171500",
        text("SUMMARY", "Entretien – Pharmacien assistant spécialiste URC"), text("DESCRIPTION", body),
        text("LOCATION", url), org("secretariat.pharmacie@icas-sante.fr", "Secrétariat Pharmacie ICAS"),
        att(ME_FREE, ME), att("l.cabanes@icas-sante.fr", "Dr Laurence Cabanes"))
    out.append(item("zoom-fr", cal([ev], "-//Zoom Video Communications//Zoom Scheduler//FR", tzs=("Europe/Paris",)),
                    uid, 1, "Institut de cancérologie Atlantique-Sud", "Pharmacien assistant spécialiste URC",
                    "hiring_manager", ["l.cabanes@icas-sante.fr"], "zoom-fr-secretariat-organizer"))
    uid = f"{hexid(32)}@icas-sante.fr"
    body = ("Deuxième temps de votre candidature : mise en situation d'une heure à l'URC. Vous validerez trois "
            "prescriptions de chimiothérapie (dont une avec interaction) avec le Dr Cabanes et le Dr Mehdi Saïdi, "
            "puis visite de la zone à atmosphère contrôlée.\n\nTenue fournie. Accueil : hall B, niveau -1.")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260317T101010Z", "DTSTART;TZID=Europe/Paris:20260323T140000",
        "DTEND;TZID=Europe/Paris:20260323T153000",
        text("SUMMARY", "Mise en situation – validation pharmaceutique des chimiothérapies"),
        text("DESCRIPTION", body), text("LOCATION", "ICAS – Unité de Reconstitution des Cytotoxiques, hall B"),
        org("secretariat.pharmacie@icas-sante.fr", "Secrétariat Pharmacie ICAS"), att(ME_FREE, ME),
        att("l.cabanes@icas-sante.fr", "Dr Laurence Cabanes"), att("m.saidi@icas-sante.fr", "Dr Mehdi Saïdi"))
    out.append(item("practical-case-fr", cal([ev], "-//Zoom Video Communications//Zoom Scheduler//FR",
                                             tzs=("Europe/Paris",)), uid, 1,
                    "Institut de cancérologie Atlantique-Sud", "", "technical",
                    ["l.cabanes@icas-sante.fr", "m.saidi@icas-sante.fr"], "practical-mise-en-situation-fr"))
    return out


def _rhone() -> dict:
    url, wb = webex("fr", "rhonebio")
    uid = f"{hexid(32)}@webex.com"
    body = ("Entretien technique – Pharmacien Libération de lots (QP)\n\nAvec : Dr Isabelle Garcin (Responsable "
            "Assurance Qualité) et Yann Kerbrat (Responsable Production Biologique). Prévoir 15 min sur un cas de "
            "revue de dossier de lot.\n\n" + wb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260323T120000Z", "DTSTART;TZID=Europe/Paris:20260331T100000",
        "DTEND;TZID=Europe/Paris:20260331T111500",
        text("SUMMARY", "Entretien technique – Pharmacien Libération de lots (QP)"), text("DESCRIPTION", body),
        text("LOCATION", url), org("isabelle.garcin@rhonebio.com", "Isabelle Garcin"), att(ME_FREE, ME),
        att("yann.kerbrat@rhonebio.com", "Yann Kerbrat"), "STATUS:CONFIRMED")
    return item("webex-technical-fr", cal([ev], "-//Cisco//Webex Meetings//FR", tzs=("Europe/Paris",)), uid, 1,
                "Rhône Biologics", "Pharmacien Libération de lots (QP)", "technical",
                ["isabelle.garcin@rhonebio.com", "yann.kerbrat@rhonebio.com"], "webex-technical-fr")


def _medipole() -> list[dict]:
    out = []
    uid = outlook_uid()
    body = ("Madame,\n\nNous sommes contraints d'annuler l'entretien prévu le 25 mars pour le poste de pharmacien(ne) "
            "adjoint(e) au sein du Médipôle Rive Droite. Une nouvelle date vous sera proposée très rapidement.\n\n"
            "Service des Ressources Humaines")
    ev = vevent(
        org("rh@mrd-sante.fr", "Ressources Humaines"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("k.lopes@mrd-sante.fr", "Lopes, Karine"), att("p.aubert@mrd-sante.fr", "Aubert, Paul"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Annulé : Entretien de recrutement"),
        f"DTSTART;TZID={RST}:20260325T110000", f"DTEND;TZID={RST}:20260325T120000", "DTSTAMP:20260323T081500Z",
        "SEQUENCE:1", "STATUS:CANCELLED", "PRIORITY:1", text("LOCATION", "Salle du conseil - Médipôle"),
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2")
    out.append(item("outlook-cancel-fr", cal([ev], "outlook", method="CANCEL", tzs=(RST,)), uid, 1,
                    "Médipôle Rive Droite", "pharmacien(ne) adjoint(e)", "",
                    ["k.lopes@mrd-sante.fr", "p.aubert@mrd-sante.fr"], "outlook-method-cancel-fr"))
    uid = outlook_uid()
    body = ("Madame,\n\nComme convenu par téléphone, nous vous confirmons votre entretien pour le poste de "
            "pharmacien(ne) adjoint(e) de la PUI du Médipôle Rive Droite (Lormont), avec Mme Karine Lopes, "
            "directrice de l'établissement, et le Dr Paul Aubert, pharmacien gérant.\n\n"
            "Service des Ressources Humaines")
    ev = vevent(
        org("rh@mrd-sante.fr", "Ressources Humaines"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("k.lopes@mrd-sante.fr", "Lopes, Karine"), att("p.aubert@mrd-sante.fr", "Aubert, Paul"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Entretien de recrutement"),
        f"DTSTART;TZID={RST}:20260402T140000", f"DTEND;TZID={RST}:20260402T150000", "DTSTAMP:20260326T093000Z",
        text("LOCATION", "Salle du conseil - Médipôle"), room("salle.conseil@mrd-sante.fr", "Salle du conseil"),
        outlook_tail())
    out.append(item("company-in-body-fr", cal([ev], "outlook", tzs=(RST,)), uid, 1, "Médipôle Rive Droite",
                    "pharmacien(ne) adjoint(e)", "", ["k.lopes@mrd-sante.fr", "p.aubert@mrd-sante.fr"],
                    "company-only-in-body-abbrev-domain-fr"))
    return out


def _sam() -> dict:
    uid = f"{hexid(26)}@google.com"
    body = ("Invitation mise à jour\n\nModification : l'entretien est déplacé au mardi 14 avril à 14h00 (au lieu du "
            "jeudi 9 avril). Même lieu.\n\nEntretien avec le Dr Mireille Santoni, cheffe de service de la pharmacie"
            " et de la stérilisation, pour le poste de pharmacien(ne) stérilisation.\n\nSanté Atlantique "
            "Mutualiste – site de La Teste-de-Buch, 2 allée des Pins, 33260 La Teste-de-Buch")
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260414T140000", "DTEND;TZID=Europe/Paris:20260414T150000",
        "DTSTAMP:20260407T065000Z", org("m.santoni@sante-atlantique-mutualiste.fr", "Mireille Santoni"),
        f"UID:{uid}", att(ME_FREE, ME), text("DESCRIPTION", body),
        "LAST-MODIFIED:20260407T065000Z", text("LOCATION", "2 allée des Pins, 33260 La Teste-de-Buch"),
        "SEQUENCE:2", "STATUS:CONFIRMED",
        text("SUMMARY", "Entretien avec Dr Mireille Santoni – poste pharmacien(ne) stérilisation"))
    return item("google-rescheduled-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid, 1,
                "Santé Atlantique Mutualiste", "pharmacien(ne) stérilisation", "hiring_manager",
                ["m.santoni@sante-atlantique-mutualiste.fr"], "rescheduled-sequence-fr")


def _dosalis() -> dict:
    url, mb = meet("fr")
    uid = f"{hexid(26)}@google.com"
    body = ("Salut Camille,\n\nMerci encore pour ton message sur LinkedIn ! On se voit en visio pour parler du poste "
            "de pharmacien·ne référent·e clinique chez Dosalis (préparation des doses à administrer automatisée "
            "pour les EHPAD et les hôpitaux). Ma cofondatrice Inès sera là aussi.\n\nThibault\n\n" + mb)
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260318T183000", "DTEND;TZID=Europe/Paris:20260318T191500",
        "DTSTAMP:20260314T101400Z", org("thibault.roux.dosalis@gmail.com", "Thibault Roux"), f"UID:{uid}",
        att(ME_FREE, "camille.dubois.nk@free.fr"), att("ines.benamar@gmail.com", "Inès Benamar"),
        att("thibault.roux.dosalis@gmail.com", "Thibault Roux", partstat="ACCEPTED", rsvp=False),
        f"X-GOOGLE-CONFERENCE:{url}", text("DESCRIPTION", body), "SEQUENCE:0", "STATUS:CONFIRMED",
        text("SUMMARY", "Camille x Dosalis"))
    return item("founder-freemail-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid, 1, "Dosalis",
                "pharmacien·ne référent·e clinique", "",
                ["thibault.roux.dosalis@gmail.com", "ines.benamar@gmail.com"], "founder-gmail-fr")


def _pharmaboreal_note() -> dict:
    uid = f"{hexid(26)}@google.com"
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260311T150000", "DTEND;TZID=Europe/Paris:20260311T153000",
        "DTSTAMP:20260309T212000Z", f"UID:{uid}", "CREATED:20260309T211955Z",
        text("DESCRIPTION", "9h heure de Montréal ! Chantal Lévesque, conseillère RH. Poste AQ. Avoir le "
                            "numéro de permis + dates dispo."),
        text("SUMMARY", "Appel Pharmaboréal (RH) – 9h Montréal = 15h ici"), "TRANSP:OPAQUE")
    return item("google-handtyped-note-fr", cal([ev], "google", method="PUBLISH", tzs=("Europe/Paris",),
                                                head=("X-WR-CALNAME:Camille", "X-WR-TIMEZONE:Europe/Paris")),
                uid, 1, "Pharmaboréal", "", "recruiter_screen", ["Chantal Lévesque"], "handtyped-phone-screen-fr")


def _graves() -> dict:
    uid = f"{uuid(False)}"
    ev = vevent(
        "CREATED:20260401T190000Z", "LAST-MODIFIED:20260401T190000Z", "DTSTAMP:20260401T190000Z", f"UID:{uid}",
        text("SUMMARY", "Entretien polyclinique des Graves – Mme Sarrazin (DRH)"),
        "DTSTART;TZID=Europe/Paris:20260407T173000", "DTEND;TZID=Europe/Paris:20260407T183000",
        text("LOCATION", "Polyclinique des Graves, Talence"),
        text("DESCRIPTION", "poste pharmacien adjoint temps partiel 60 %"), "TRANSP:OPAQUE")
    return item("thunderbird-handtyped-fr", cal([ev], "thunderbird", method=None, tzs=("Europe/Paris",)), uid, 1,
                "Polyclinique des Graves", "pharmacien adjoint temps partiel", "", ["Sarrazin"],
                "thunderbird-handtyped-fr")


def build() -> list[dict]:
    return [*_chigd(), _saint_aurele(), *_serelia(), _cotedargent(), *_ferrandiere(), _clairval(), *_hexapharm(),
            *_icas(), _rhone(), *_medipole(), _sam(), _dosalis(), _pharmaboreal_note(), _graves()]

