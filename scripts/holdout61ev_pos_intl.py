"""holdout61: the user's own interviews in Switzerland, Belgium, Québec and in English, German and Spanish."""

from __future__ import annotations

from holdout61ev_ics import (
    ME,
    ME_FREE,
    att,
    cal,
    hexid,
    html,
    item,
    org,
    outlook_tail,
    outlook_uid,
    q,
    resource,
    room,
    teams,
    text,
    uuid,
    vevent,
    zoom,
)

WEU = "W. Europe Standard Time"
BERN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
BXL = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
EST_OUTLOOK = "(UTC-05:00) Eastern Time (US & Canada)"


def _almenara() -> dict:
    uid = f"{hexid(26)}@google.com"
    code = f"{hexid(3)}-{hexid(4)}-{hexid(3)}"
    body = ("Hola Camille:\n\nGracias por tu interés en Laboratorios Almenara. Te confirmo la primera entrevista "
            "para el puesto de Medical Affairs Manager – Suiza francófona (con base en Ginebra). Hablaremos en "
            "español o en francés, como prefieras.\n\nUn saludo,\nLucía Ferrer\nTalent Acquisition – Laboratorios "
            f"Almenara (Barcelona)\n\nUnirse con Google Meet: https://meet.google.com/{code}\n"
            "Unirse por teléfono: (ES) +34 910 48 51 23 PIN: 482 119 305#")
    ev = vevent(
        "DTSTART:20260319T143000Z", "DTEND:20260319T151500Z", "DTSTAMP:20260316T094501Z",
        org("lucia.ferrer@almenara.es", "Lucía Ferrer"), f"UID:{uid}", att(ME_FREE, ME),
        att("lucia.ferrer@almenara.es", "Lucía Ferrer", partstat="ACCEPTED", rsvp=False),
        f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}", text("DESCRIPTION", body), "SEQUENCE:0",
        "STATUS:CONFIRMED", text("SUMMARY", "Entrevista – Medical Affairs Manager Suiza (Ginebra)"))
    return item("google-recruiter-es", cal([ev], "google"), uid, 1, "Laboratorios Almenara",
                "Medical Affairs Manager Suiza (Ginebra)", "recruiter_screen", ["lucia.ferrer@almenara.es"],
                "google-recruiter-es")


def _ksth() -> dict:
    uid = outlook_uid()
    body = ("Sehr geehrte Frau Dubois-Nkemelu\n\nGerne bestätigen wir Ihnen das Vorstellungsgespräch für die Stelle "
            "als Spitalapothekerin FPH (80–100 %) in unserer Spitalapotheke. Am Gespräch nehmen Dr. Urs Meierhans, "
            "Chefapotheker, und Nadine Roth, HR-Fachfrau, teil.\n\nBitte melden Sie sich am Hauptempfang (Haus A)."
            "\n\nFreundliche Grüsse\nNadine Roth\nHR – Kantonsspital Thurwald")
    ev = vevent(
        org("nadine.roth@ksth.ch", "Roth Nadine"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("urs.meierhans@ksth.ch", "Meierhans Urs"), room("sz-apotheke-u1@ksth.ch", "Sitzungszimmer Apotheke U1"),
        text("DESCRIPTION", body, "LANGUAGE=de-CH"), f"UID:{uid}",
        text("SUMMARY", "Vorstellungsgespräch Spitalapothekerin FPH – Frau Dubois-Nkemelu", "LANGUAGE=de-CH"),
        f"DTSTART;TZID={WEU}:20260409T133000", f"DTEND;TZID={WEU}:20260409T150000", "DTSTAMP:20260326T140000Z",
        text("LOCATION", "Kantonsspital Thurwald, Haus A, Sitzungszimmer Apotheke U1"), outlook_tail())
    return item("outlook-vorstellung-de", cal([ev], "outlook", tzs=(WEU,)), uid, 1, "Kantonsspital Thurwald",
                "Spitalapothekerin FPH", "", ["urs.meierhans@ksth.ch", "nadine.roth@ksth.ch"],
                "outlook-vorstellungsgespraech-room-de")


def _ehbl() -> list[dict]:
    out = []
    url, zb = zoom("fr", host="ehbl-ch")
    uid = f"{hexid(32)}@ehbl.ch"
    body = ("Madame,\n\nNous vous remercions pour votre dossier. Je vous propose un premier entretien vidéo pour le "
            "poste de Pharmacien·ne adjoint·e (80-100 %) à la pharmacie de l'Ensemble Hospitalier de la "
            "Broye-Lavaux, site de Payerne.\n\nMélanie Jaquier\nSpécialiste RH\n\n" + zb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260310T081500Z", "DTSTART;TZID=Europe/Zurich:20260313T110000",
        "DTEND;TZID=Europe/Zurich:20260313T113000",
        text("SUMMARY", "Entretien vidéo – Pharmacien·ne adjoint·e (80-100 %)"), text("DESCRIPTION", body),
        text("LOCATION", url), org("melanie.jaquier@ehbl.ch", "Mélanie Jaquier"), att(ME_FREE, ME))
    out.append(item("zoom-recruiter-ch-fr", cal([ev], "-//Zoom Video Communications//Zoom Scheduler//FR",
                                                tzs=("Europe/Zurich",)), uid, 1,
                    "Ensemble Hospitalier de la Broye-Lavaux", "Pharmacien·ne adjoint·e", "recruiter_screen",
                    ["melanie.jaquier@ehbl.ch"], "zoom-recruiter-ch-fr"))
    uid = outlook_uid()
    body = ("Madame,\n\nSuite à votre premier entretien, nous avons le plaisir de vous inviter à une journée de "
            "recrutement sur le site de Payerne : visite de la pharmacie et de l'unité de production, entretien "
            "avec le Dr Sébastien Chappuis, pharmacien-chef, puis avec Mme Anne Blanc, directrice des soins.\n\n"
            "Le programme détaillé suit par courriel. Frais de déplacement remboursés.\n\nMélanie Jaquier")
    ev = vevent(
        org("melanie.jaquier@ehbl.ch", "Jaquier, Mélanie"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("sebastien.chappuis@ehbl.ch", "Chappuis, Sébastien"), att("anne.blanc@ehbl.ch", "Blanc, Anne"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Journée de recrutement – EHBL Payerne"),
        "DTSTART;VALUE=DATE:20260423", "DTEND;VALUE=DATE:20260424", "DTSTAMP:20260402T120501Z",
        text("LOCATION", "EHBL – site de Payerne"), "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:TRANSPARENT",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-CDO-IMPORTANCE:1")
    out.append(item("outlook-allday-onsite-ch-fr", cal([ev], "outlook"), uid, 1,
                    "Ensemble Hospitalier de la Broye-Lavaux", "", "onsite",
                    ["sebastien.chappuis@ehbl.ch", "anne.blanc@ehbl.ch"], "allday-recruitment-day-ch-fr"))
    return out


def _cusl() -> dict:
    uid = outlook_uid()
    body = ("Madame,\n\nNous avons le plaisir de vous inviter à un entretien de sélection pour le poste de "
            "Pharmacien hospitalier (H/F/X) – Pharmacie clinique, aux Cliniques universitaires Saint-Lambert.\n\n"
            "Jury : Pr Anne-Sophie Delvaux (pharmacien-chef) et Dr Bruno Lemaire (pharmacien clinicien, "
            "unité de gériatrie).\nLieu : Tour Rosalind, 3e étage, local 3.107.\n\nService du Personnel – Recrutement")
    ev = vevent(
        org("jobs@saintlambert.be", "Service du Personnel - Recrutement"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("as.delvaux@saintlambert.be", "Delvaux, Anne-Sophie"), att("b.lemaire@saintlambert.be", "Lemaire, Bruno"),
        text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Entretien de sélection – Pharmacien hospitalier (H/F/X) – Pharmacie clinique"),
        f"DTSTART;TZID={q(BXL)}:20260402T100000", f"DTEND;TZID={q(BXL)}:20260402T110000", "DTSTAMP:20260320T101000Z",
        text("LOCATION", "Tour Rosalind, local 3.107"), outlook_tail(),
        text("X-ALT-DESC", html(body), "FMTTYPE=text/html"))
    return item("outlook-utc-zone-be-fr", cal([ev], "outlook", tzs=(BXL,)), uid, 1,
                "Cliniques universitaires Saint-Lambert", "Pharmacien hospitalier – Pharmacie clinique", "",
                ["as.delvaux@saintlambert.be", "b.lemaire@saintlambert.be"], "outlook-utc-label-zone-jury-be")


def _chrhm() -> dict:
    _url, tb = teams("fr")
    uid = outlook_uid()
    body = ("Bonjour Madame Dubois-Nkemelu,\n\nJe vous propose un premier entretien RH en ligne pour le poste de "
            "Pharmacien(ne) hospitalier(ère) – Stérilisation centrale au CHR de la Haute-Meuse (site de Dinant)."
            "\n\nCaroline Dethier\nRecrutement & Sélection\n\n" + tb)
    ev = vevent(
        org("caroline.dethier@chrhm.be", "Dethier Caroline"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Premier entretien RH – Pharmacien(ne) hospitalier(ère) – Stérilisation centrale"),
        "DTSTART;TZID=Europe/Brussels:20260317T091500", "DTEND;TZID=Europe/Brussels:20260317T094500",
        "DTSTAMP:20260312T130000Z", text("LOCATION", "Réunion Microsoft Teams"), outlook_tail())
    return item("exchange-teams-be-fr", cal([ev], "exchange", tzs=("Europe/Brussels",)), uid, 1,
                "Centre Hospitalier Régional de la Haute-Meuse",
                "Pharmacien(ne) hospitalier(ère) – Stérilisation centrale", "recruiter_screen",
                ["caroline.dethier@chrhm.be"], "teams-hr-screen-be-fr")


def _mosane() -> dict:
    uid = f"{hexid(26)}@google.com"
    body = ("Hi Camille,\n\nAs discussed, here are the details for your onsite interview with my client Mosane "
            "Biopharma for the Qualified Person (QP) role at their Seraing site.\n\nYou'll meet Luc Wathelet "
            "(Site Head) and Emma Janssens (Head of Quality), followed by a short tour of the fill & finish "
            "building. I'm not attending but call me afterwards.\n\nTom Whitaker\nPrincipal Consultant – "
            "Randolph & Kerr Life Sciences\n+44 20 7946 0321")
    ev = vevent(
        "DTSTART;TZID=Europe/Brussels:20260408T100000", "DTEND;TZID=Europe/Brussels:20260408T123000",
        "DTSTAMP:20260330T161200Z", org("tom.whitaker@rk-lifesciences.com", "Tom Whitaker"), f"UID:{uid}",
        att(ME_FREE, ME), att("luc.wathelet@mosane-bio.be", "Luc Wathelet"),
        att("emma.janssens@mosane-bio.be", "Emma Janssens"), text("DESCRIPTION", body),
        text("LOCATION", "Mosane Biopharma, Rue du Parc Scientifique 12, 4102 Seraing, Belgium"),
        "SEQUENCE:0", "STATUS:CONFIRMED",
        text("SUMMARY", "Camille Dubois-Nkemelu / Mosane Biopharma – QP interview (onsite)"))
    return item("agency-onsite-en", cal([ev], "google", tzs=("Europe/Brussels",)), uid, 1, "Mosane Biopharma",
                "Qualified Person (QP)", "onsite", ["luc.wathelet@mosane-bio.be", "emma.janssens@mosane-bio.be"],
                "agency-names-client-en")


def _halvora_ac() -> dict:
    uid = outlook_uid()
    body = ("Dear Camille,\n\nWelcome to the Halvora Medical Affairs Assessment Centre (2 days) for the Medical "
            "Advisor Immunology position.\n\nDay 1: case exercise and interview with Dr. Beat Zimmermann (Head "
            "Medical Affairs Switzerland) and Laura Pfister (HR Business Partner).\nDay 2: scientific presentation "
            "to Dr. Anna Lindqvist (Global Medical Director Immunology).\n\nI'll be your contact on site but am not"
            " part of the assessment panel.\n\nCorinne Moser\nTalent Acquisition Coordinator")
    master = vevent(
        org("corinne.moser@halvora.com", "Moser, Corinne"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("beat.zimmermann@halvora.com", "Zimmermann, Beat"), att("laura.pfister@halvora.com", "Pfister, Laura"),
        text("DESCRIPTION", body), "RRULE:FREQ=DAILY;COUNT=2", f"UID:{uid}",
        text("SUMMARY", "Halvora Pharma – Medical Affairs Assessment Centre"),
        f"DTSTART;TZID={WEU}:20260413T090000", f"DTEND;TZID={WEU}:20260413T160000", "DTSTAMP:20260401T071500Z",
        text("LOCATION", "Halvora Campus, Building 3, Basel"), "SEQUENCE:0", outlook_tail())
    override = vevent(
        org("corinne.moser@halvora.com", "Moser, Corinne"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("anna.lindqvist@halvora.com", "Lindqvist, Anna"),
        text("DESCRIPTION", "Day 2 moved to the afternoon: scientific presentation to Dr. Anna Lindqvist, then "
                            "closing talk. Room: Building 1, Rhein auditorium foyer.\n\n" + body),
        f"RECURRENCE-ID;TZID={WEU}:20260414T090000", f"UID:{uid}",
        text("SUMMARY", "Halvora Pharma – Medical Affairs Assessment Centre (Day 2 – new time)"),
        f"DTSTART;TZID={WEU}:20260414T130000", f"DTEND;TZID={WEU}:20260414T170000", "DTSTAMP:20260408T100000Z",
        text("LOCATION", "Halvora Campus, Building 1, Basel"), "SEQUENCE:1",
        resource("beamer-b1@halvora.com", "Beamer B1 (mobile)"), outlook_tail())
    return item("outlook-recurring-override-en", cal([master, override], "outlook", tzs=(WEU,)), uid, 1,
                "Halvora Pharma", "Medical Advisor Immunology", "onsite",
                ["beat.zimmermann@halvora.com", "laura.pfister@halvora.com", "anna.lindqvist@halvora.com"],
                "recurring-override-assessment-centre-en")


def _riviere() -> dict:
    _url, tb = teams("fr")
    uid = outlook_uid()
    body = ("Bonjour Madame Dubois-Nkemelu,\n\nJ'aimerais vous rencontrer en entrevue virtuelle pour le poste de "
            "pharmacienne en oncologie au Centre hospitalier de Rivière-aux-Saules. Je suis cheffe du département "
            "de pharmacie.\nL'heure est celle de Montréal (HNE).\n\nDre Isabelle Gauthier, pharm., M.Sc.\n\n" + tb)
    ev = vevent(
        org("isabelle.gauthier@chrivieresaules.qc.ca", "Gauthier, Isabelle"), att(ME_FREE, "Camille Dubois-Nkemelu"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Entrevue – Pharmacien(ne) – Oncologie"),
        f"DTSTART;TZID={q(EST_OUTLOOK)}:20260406T080000", f"DTEND;TZID={q(EST_OUTLOOK)}:20260406T090000",
        "DTSTAMP:20260330T183000Z", text("LOCATION", "Réunion Microsoft Teams"), outlook_tail())
    return item("outlook-eastern-qc", cal([ev], "outlook", tzs=(EST_OUTLOOK,)), uid, 1,
                "Centre hospitalier de Rivière-aux-Saules", "Pharmacien(ne) – Oncologie", "hiring_manager",
                ["isabelle.gauthier@chrivieresaules.qc.ca"], "outlook-eastern-zone-entrevue-qc")


def _estuaire() -> dict:
    uid = outlook_uid()
    body = ("Bonjour Camille,\n\nTel que convenu, je vous appellerai pour une entrevue téléphonique d'environ 30 "
            "minutes concernant le poste de pharmacien(ne) en établissement de santé (recrutement international)"
            " au CHU de l'Estuaire. Nous validerons aussi les étapes avec l'Ordre des pharmaciens du Québec.\n\n"
            "Marie-Ève Pelletier\nConseillère en acquisition de talents")
    ev = vevent(
        org("marie-eve.pelletier@chuestuaire.qc.ca", "Pelletier, Marie-Ève"), att(ME_FREE, "Camille Dubois-Nkemelu"),
        text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Entrevue téléphonique – pharmacien(ne) – recrutement international"),
        "DTSTART;TZID=Eastern Standard Time:20260324T100000", "DTEND;TZID=Eastern Standard Time:20260324T103000",
        "DTSTAMP:20260319T140000Z", text("LOCATION", "Téléphone"), outlook_tail())
    return item("exchange-phone-qc", cal([ev], "exchange", tzs=("Eastern Standard Time",)), uid, 1,
                "CHU de l'Estuaire", "pharmacien(ne) en établissement de santé", "recruiter_screen",
                ["marie-eve.pelletier@chuestuaire.qc.ca"], "phone-screen-qc")


def _altimed() -> dict:
    uid = f"{hexid(26)}@google.com"
    body = ("** Nouvelle heure – l'entrevue est devancée d'une heure à la demande de Camille **\n\n"
            "Entrevue avec Sarah-Jeanne Côté (recrutement) pour le poste de Pharmacien(ne) de recherche clinique "
            "chez Altimed Recherche (Laval).\n\nLien Google Meet : https://meet.google.com/" + hexid(3) + "-"
            + hexid(4) + "-" + hexid(3))
    ev = vevent(
        "DTSTART;TZID=America/Montreal:20260330T083000", "DTEND;TZID=America/Montreal:20260330T091500",
        "DTSTAMP:20260325T200511Z", org("sj.cote@altimed-recherche.ca", "Sarah-Jeanne Côté"), f"UID:{uid}",
        att(ME_FREE, ME), att("sj.cote@altimed-recherche.ca", "Sarah-Jeanne Côté", partstat="ACCEPTED", rsvp=False),
        text("DESCRIPTION", body), "LAST-MODIFIED:20260325T200511Z", "SEQUENCE:1", "STATUS:CONFIRMED",
        text("SUMMARY", "Entrevue – Pharmacien(ne) de recherche clinique (Altimed Recherche)"))
    return item("google-rescheduled-qc", cal([ev], "google", tzs=("America/Montreal",)), uid, 1, "Altimed Recherche",
                "Pharmacien(ne) de recherche clinique", "recruiter_screen", ["sj.cote@altimed-recherche.ca"],
                "rescheduled-earlier-qc")


def _nordlys_final() -> dict:
    _url, tb = teams("en")
    uid = outlook_uid()
    body = ("Dear Camille,\n\nThank you for your time so far. As the last step for the Responsable Assurance Qualité "
            "Opérationnelle role in France, I would like to meet you myself (in English). Hélène will join for "
            "the last 15 minutes.\n\nKind regards,\nIngrid Sørensen\nVP Quality Europe, Nordlys Pharma\n\n" + tb)
    ev = vevent(
        org("ingrid.sorensen@nordlyspharma.com", "Sørensen, Ingrid"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("helene.moreau-lind@nordlyspharma.com", "Moreau-Lind, Hélène", role="OPT-PARTICIPANT"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Final interview – Camille Dubois-Nkemelu"),
        "DTSTART;TZID=Romance Standard Time:20260326T160000", "DTEND;TZID=Romance Standard Time:20260326T170000",
        "DTSTAMP:20260320T080000Z", text("LOCATION", "Microsoft Teams Meeting"), outlook_tail(),
        text("X-ALT-DESC", html(body), "FMTTYPE=text/html"))
    return item("outlook-teams-final-en", cal([ev], "outlook", tzs=("Romance Standard Time",)), uid, 1,
                "Nordlys Pharma", "Responsable Assurance Qualité Opérationnelle", "final",
                ["ingrid.sorensen@nordlyspharma.com", "helene.moreau-lind@nordlyspharma.com"],
                "outlook-teams-final-en")


def _alpenmed_hm() -> dict:
    _url, tb = teams("de")
    uid = outlook_uid()
    body = ("Grüezi Frau Dubois-Nkemelu\n\nIch freue mich, Sie im Rahmen Ihrer Bewerbung als Fachapothekerin "
            "Qualitätssicherung kennenzulernen. Als Head Quality Operations wäre ich Ihr direkter Vorgesetzter.\n\n"
            "Beste Grüsse\nReto Furrer\n\n" + tb)
    ev = vevent(
        org("reto.furrer@alpenmed.ch", "Furrer Reto"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Interview mit Dr. Reto Furrer (Head Quality Operations)"),
        f"DTSTART;TZID={WEU}:20260320T150000", f"DTEND;TZID={WEU}:20260320T160000", "DTSTAMP:20260316T110000Z",
        text("LOCATION", "Microsoft Teams-Besprechung"), outlook_tail())
    return item("exchange-teams-hm-de", cal([ev], "exchange", tzs=(WEU,)), uid, 1, "Alpenmed",
                "Fachapothekerin Qualitätssicherung", "hiring_manager", ["reto.furrer@alpenmed.ch"],
                "teams-hiring-manager-de")


def _veridian_note() -> dict:
    uid = uuid()
    ev = vevent(
        "CREATED:20260415T204500Z", f"UID:{uid}", "DTEND;TZID=Europe/Paris:20260422T120000",
        text("SUMMARY", "Veridian final – Dr Okafor + VP Med Affairs"), "DTSTART;TZID=Europe/Paris:20260422T103000",
        "DTSTAMP:20260415T204512Z", text("LOCATION", "24 rue de la Pépinière, 75008 Paris"),
        text("DESCRIPTION", "Final round in person: Dr Nnamdi Okafor + Sarah Whitfield (VP Medical Affairs EU). "
                            "Train 7h04 Bordeaux → Paris."), "SEQUENCE:0", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    return item("macos-handtyped-en", cal([ev], "macos", method=None, tzs=("Europe/Paris",)), uid, 1,
                "Veridian Biotherapeutics", "", "final", ["Nnamdi Okafor", "Sarah Whitfield"], "apple-terse-final-en")


def _theralis_hm() -> dict:
    _url, tb = teams("fr")
    uid = outlook_uid()
    body = ("Bonjour Camille,\n\nLéa m'a transmis votre candidature pour le poste de MSL Sud-Ouest. Je manage "
            "l'équipe MSL Sud et serai votre N+1 ; je vous propose un entretien en visio.\n\nStéphane Gaudin\n"
            "Directeur régional MSL Sud – Théralis Oncologie\n\n" + tb)
    ev = vevent(
        org("stephane.gaudin@theralis-onco.com", "Gaudin, Stéphane"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        text("DESCRIPTION", body), f"UID:{uid}", text("SUMMARY", "Entretien – MSL Sud-Ouest – C. Dubois-Nkemelu"),
        "DTSTART;TZID=Romance Standard Time:20260323T080000", "DTEND;TZID=Romance Standard Time:20260323T090000",
        "DTSTAMP:20260312T163000Z", text("LOCATION", "Réunion Microsoft Teams"), outlook_tail())
    return item("outlook-teams-hm-fr", cal([ev], "outlook", tzs=("Romance Standard Time",)), uid, 1,
                "Théralis Oncologie", "MSL Sud-Ouest", "hiring_manager", ["stephane.gaudin@theralis-onco.com"],
                "outlook-teams-hm-fr")


def _sarine() -> dict:
    uid = outlook_uid()
    body = ("Madame,\n\nNous vous remercions de l'intérêt porté à notre institution et vous invitons à un entretien "
            "pour le poste de pharmacien·ne responsable de la production stérile, avec la Dre Corinne Bapst, "
            "pharmacienne-cheffe de l'Hôpital intercantonal de la Sarine, et M. Olivier Berset, responsable "
            "assurance qualité.\n\nAccès : arrêt de bus « Hôpital », entrée principale, puis suivre Pharmacie.")
    ev = vevent(
        org("rh.recrutement@his-sarine.ch", "RH Recrutement HIS"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        att("corinne.bapst@his-sarine.ch", "Bapst Corinne"), att("olivier.berset@his-sarine.ch", "Berset Olivier"),
        text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Entretien – Pharmacien·ne responsable de la production stérile"),
        f"DTSTART;TZID={q(BERN)}:20260416T140000", f"DTEND;TZID={q(BERN)}:20260416T153000", "DTSTAMP:20260408T073000Z",
        text("LOCATION", "HIS – Pharmacie, salle de colloque"), outlook_tail())
    return item("outlook-bern-zone-ch-fr", cal([ev], "outlook", tzs=(BERN,)), uid, 1,
                "Hôpital intercantonal de la Sarine", "pharmacien·ne responsable de la production stérile",
                "hiring_manager", ["corinne.bapst@his-sarine.ch", "olivier.berset@his-sarine.ch"],
                "outlook-utc-label-zone-ch-fr")


def _lysandre() -> dict:
    _url, tb = teams("en")
    uid = outlook_uid()
    body = ("Dear Camille,\n\nSarah Dewulf, Medical Manager Belgium, would like to meet you for the Medical Science "
            "Liaison – Wallonia position at Lysandre Pharma (Wavre). Sarah leads the MSL team you would join.\n\n"
            "Best regards,\nKatrien Peeters\nExecutive Assistant Medical Department\n\n" + tb)
    ev = vevent(
        org("sarah.dewulf@lysandre-pharma.be", "Dewulf, Sarah", sent_by="katrien.peeters@lysandre-pharma.be"),
        att(ME_FREE, "camille.dubois.nk@free.fr"), text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Teams interview – Medical Science Liaison Wallonia"),
        f"DTSTART;TZID={q(BXL)}:20260409T090000", f"DTEND;TZID={q(BXL)}:20260409T100000", "DTSTAMP:20260401T121500Z",
        text("LOCATION", "Microsoft Teams Meeting"), outlook_tail())
    return item("outlook-sent-by-en", cal([ev], "outlook", tzs=(BXL,)), uid, 1, "Lysandre Pharma",
                "Medical Science Liaison Wallonia", "hiring_manager", ["sarah.dewulf@lysandre-pharma.be"],
                "outlook-sent-by-assistant-be-en")


def build() -> list[dict]:
    return [_almenara(), _ksth(), *_ehbl(), _cusl(), _chrhm(), _mosane(), _halvora_ac(), _riviere(), _estuaire(),
            _altimed(), _nordlys_final(), _alpenmed_hm(), _veridian_note(), _theralis_hm(), _sarine(), _lysandre()]
