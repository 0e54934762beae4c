"""holdout99 negatives, part 2: police auditions, practice, media, personal, career, internal."""

from __future__ import annotations

from holdout99ev_common import (
    APPLE,
    GOOGLE,
    ME_FREE,
    ME_WORK,
    PARIS,
    THUNDERBIRD,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_neg1 import ME_CN, ev, mk
from holdout99ev_video import meet_fr, teams_fr, zoom_en, zoom_fr


def own(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", prodid: str = GOOGLE,
        floating: bool = False, allday: bool = False) -> str:
    """An entry the user typed in their own calendar (no attendees)."""
    if allday:
        times = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    elif floating:
        times = [f"DTSTART:{start}", f"DTEND:{end}"]
    else:
        times = [f"DTSTART;TZID=Europe/Paris:{start}", f"DTEND;TZID=Europe/Paris:{end}"]
    props = [*times, "DTSTAMP:20251001T190000Z", f"UID:{uid}", f"SUMMARY:{summary}"]
    if desc:
        props.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        props.append(f"LOCATION:{esc(loc)}")
    props.append("TRANSP:OPAQUE")
    return cal(prodid, [props], method="PUBLISH" if prodid == GOOGLE else None,
               tz=None if floating or allday else PARIS)


def events() -> list[Ev]:
    p = "interieur-police-tls.fr"
    out: list[Ev] = []
    o = org(ME_WORK, ME_CN)

    uid = "040000008200E00074C5B7101A82E00800000000AA01AA02AA03DC01000000000000000010000000AA04AA05AA"
    out.append(ev("outlook-audition-witness-fr", uid, mk(
        uid, "Audition témoin – PV 2025/04127 – Mme R. Castel", "20251008T140000", "20251008T150000",
        "Témoin vol avec violence tram Jeanne d'Arc. Prévoir planche photo.", "Bureau 214 - BSU", o,
        (att(f"n.bessiere@{p}", '"BESSIERE, Nicolas (GPX)"'),)), "audition-witness-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000AB01AB02AB03DC01000000000000000010000000AB04AB05AB"
    out.append(ev("outlook-audition-gav-fr", uid, mk(
        uid, "Audition GAV M. X. (2e audition) + confrontation", "20251012T090000", "20251012T110000",
        "Avocat prévenu 8h30 (Me Sablé). Salle d'audition 2 (enregistrement).", "Salle audition 2", o,
        (att(f"n.bessiere@{p}", '"BESSIERE, Nicolas (GPX)"'),)), "audition-suspect-fr"))

    uid = "0a4ud1t10nl1br3p7k3x9m2v5q@google.com"
    out.append(ev("handtyped-audition-libre-fr", uid, own(
        uid, "Aud. libre plainte escroquerie (faux conseiller bancaire) 16h", "20251022T160000", "20251022T170000",
        "victime 78 ans, fils présent"), "audition-libre-handtyped-fr"))

    uid = "apec-simulation-0f3e9c2a@apec.fr"
    out.append(ev("mock-coach-fr", uid, mk(
        uid, "Simulation d'entretien d'embauche – accompagnement reconversion", "20251003T100000",
        "20251003T113000", "Bonjour Monsieur Moreau,\n\nSéance de simulation d'entretien (poste cible : "
        "responsable sûreté). Merci d'apporter une offre réelle qui vous intéresse. Conseillère : Agnès Pujol.\n\n"
        "APEC Toulouse", "APEC - 12 rue Lafayette, Toulouse", org("agnes.pujol@apec.fr", '"Pujol, Agnès"'),
        (att(ME_FREE, "Sébastien Moreau"),)), "mock-interview-coach-fr"))

    uid = "ft-atelier-entretien-2025-10-31-tls@francetravail.fr"
    out.append(ev("class-interview-workshop-fr", uid, mk(
        uid, "Atelier « Réussir son entretien d'embauche » (collectif 12 pers.)", "20251031T090000",
        "20251031T120000", "Atelier collectif animé par un conseiller France Travail : préparer son pitch, "
        "questions pièges, jeux de rôle.", "Agence France Travail Toulouse Compans", org("ne-pas-repondre@"
                                                                                          "francetravail.fr"),
        (att(ME_FREE, "MOREAU SEBASTIEN"),)), "class-interview-skills-fr"))

    uid = "zoomwebinar-88110234567-reconversion"
    out.append(ev("webinar-zoom-fr", uid, cal("-//Zoom Video Communications Inc//Zoom Webinar//EN", [[
        f"UID:{uid}", "DTSTAMP:20250930T120000Z", "DTSTART:20251007T160000Z", "DTEND:20251007T171500Z",
        "SUMMARY:Webinaire : Policiers et gendarmes – réussir sa reconversion dans la sûreté privée",
        "DESCRIPTION:" + esc("Intervenants : directeurs sûreté d'un aéroport, d'une enseigne de distribution et "
                             "d'une banque régionale. Carte professionnelle CNAPS, entretiens de recrutement, "
                             "salaires.\n\n" + zoom_fr("Club Sûreté Occitanie", "881 1023 4567", "CSO25")),
        "ORGANIZER;CN=Club Sûreté Occitanie:mailto:no-reply@zoom.us", att(ME_FREE, "Sébastien Moreau"),
    ]]), "webinar-reconversion-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000AC01AC02AC03DC01000000000000000010000000AC04AC05AC"
    out.append(ev("press-interview-fr", uid, mk(
        uid, "Interview La Dépêche – bilan sécurité routière Toussaint (validé SDIC)", "20251030T110000",
        "20251030T113000", "Journaliste : Marc Albouy. Éléments de langage transmis par le cabinet du DDSP.",
        "Hall du commissariat", org(f"communication.ddsp31@{p}", '"COMMUNICATION DDSP31"'), (att(ME_WORK, ME_CN),)),
        "press-interview-fr"))

    uid = "podcast-flics-reconversion-ep12@gmail.com"
    out.append(ev("podcast-fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251108T100000", "DTEND;TZID=Europe/Paris:20251108T113000",
        "DTSTAMP:20251025T090000Z", org("podcast.apresleservice@gmail.com", "Après le service (podcast)"),
        f"UID:{uid}", att(ME_FREE, ME_FREE),
        "DESCRIPTION:" + esc("Enregistrement épisode 12 : « Quitter la police à 45 ans ». Interview d'environ "
                             "50 min, micro fourni.\n\n" + meet_fr("pod-ykxa-ggn", "440512199")),
        "SUMMARY:Enregistrement podcast – interview Sébastien", "TRANSP:OPAQUE",
    ]], tz=PARIS), "podcast-interview-fr"))

    uid = "ux-research-pve-2025-1017@civictech-labs.eu"
    out.append(ev("user-research-en", uid, mk(
        uid, "User interview – mobile ticketing app for patrol officers (research session)", "20251017T100000",
        "20251017T104500", "Hi Sébastien,\n\nThanks for volunteering for a 45-min research session about how "
        "patrol officers use the electronic ticketing app. No preparation needed; we'll record the screen.\n\n"
        + zoom_en("Maya Lindqvist", "934 5521 0087", "uxr25"), "Zoom", org("maya@civictech-labs.eu", "Maya Lindqvist"),
        (att(ME_WORK, "Sébastien Moreau"),), lang="en"), "user-research-en"))

    uid = "doctolib-rdv-58812345-lafont"
    out.append(ev("doctolib-doctor-fr", uid, cal("-//Doctolib//Doctolib//FR", [[
        f"UID:{uid}", "DTSTAMP:20251002T070000Z", "DTSTART:20251013T154500Z", "DTEND:20251013T160000Z",
        "SUMMARY:RDV Dr Anne Lafont – Médecin généraliste",
        "DESCRIPTION:Consultation. Adresse : 14 rue des Filatiers\\, 31000 Toulouse. Pensez à votre carte Vitale.",
        "LOCATION:14 rue des Filatiers\\, 31000 Toulouse",
    ]], method="PUBLISH"), "doctor-appointment-fr"))

    uid = "9n0t41r3-c4st41ng-s3cc3ss10n@google.com"
    out.append(ev("notary-fr", uid, own(
        uid, "Notaire Me Castaing – signature succession maman", "20251024T170000", "20251024T180000",
        "avec Nathalie. Apporter livret de famille", "Étude Castaing, allées Jean-Jaurès"), "notary-fr"))

    uid = "pronote-reunion-4eB-20251120@college-jeanjaures31.fr"
    out.append(ev("school-parents-fr", uid, own(
        uid, "Réunion parents-professeurs 4eB (Théo) – collège Jean-Jaurès", "20251120T173000", "20251120T193000",
        loc="Collège Jean-Jaurès", prodid=THUNDERBIRD), "school-meeting-fr"))

    uid = "rdv-conseiller-credit-occitan-20251025@credit-occitan.fr"
    out.append(ev("bank-appointment-fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251025T093000", "DTEND;TZID=Europe/Paris:20251025T103000",
        "DTSTAMP:20251018T080000Z", org("agence.saint-cyprien@credit-occitan.fr", "Crédit Occitan Saint-Cyprien"),
        f"UID:{uid}", att(ME_FREE, "M. MOREAU SEBASTIEN"),
        "DESCRIPTION:" + esc("Votre rendez-vous avec votre conseillère, Mme Julie Barrau : point prêt immobilier "
                             "et épargne. Agence Saint-Cyprien, 3 place Intérieure Saint-Cyprien."),
        "SUMMARY:Rendez-vous avec votre conseillère Crédit Occitan", "LOCATION:Agence Saint-Cyprien",
    ]], tz=PARIS), "bank-appointment-employer-name-fr"))

    uid = "vfs-biometrics-CAN-2025-3318472"
    out.append(ev("visa-biometrics-fr", uid, own(
        uid, "Biométrie visa/AVE Canada – VFS Paris (voyage Montréal)", "20251105T103000", "20251105T110000",
        "Réf. 3318472. Passeport + confirmation. Train 6h07.", "VFS Global, Paris", prodid=APPLE),
        "visa-appointment-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000AD01AD02AD03DC01000000000000000010000000AD04AD05AD"
    out.append(ev("appraisal-fr", uid, mk(
        uid, "Entretien professionnel annuel 2025 – BC MOREAU", "20251110T100000", "20251110T110000",
        "Compte rendu d'entretien professionnel (CREP) : bilan de l'année, objectifs, souhaits de mobilité.",
        "Bureau Cdt Bernard", org(f"p.bernard@{p}", '"BERNARD, Philippe (CDT)"'), (att(ME_WORK, ME_CN),)),
        "own-appraisal-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000AE01AE02AE03DC01000000000000000010000000AE04AE05AE"
    out.append(ev("exit-interview-fr", uid, mk(
        uid, "Entretien de départ – demande de disponibilité / démission (BC Moreau)", "20251201T140000",
        "20251201T150000", "Entretien avec le bureau RH du SGAMI : conséquences de la démission, droits, "
        "restitution des équipements.\n\n" + teams_fr("355 118 094 202", "Ex1tQ9"), "Teams",
        org(f"rh.sgami-sud@{p}", '"RH SGAMI SUD"'), (att(ME_WORK, ME_CN),)), "own-exit-interview-fr"))

    uid = "c4f3jul13n-h4lv34-7q2m9x1v@google.com"
    out.append(ev("coffee-chat-fr", uid, own(
        uid, "Café Julien B. (ex-BAC, maintenant sûreté Halvéa) – conseils reconversion", "20251004T100000",
        "20251004T110000", "lui demander comment s'est passé son recrutement, salaire, astreintes", "Bistrot "
        "Saint-Georges"), "informational-coffee-fr"))

    uid = "forum-emploi-securite-meett-20251015"
    out.append(ev("job-fair-allday-fr", uid, own(
        uid, "Forum emploi Sécurité & Sûreté – MEETT (stands aéroport, banques, grande distri)", "20251015",
        "20251016", "prendre 20 CV + carte pro CNAPS (demande en cours)", allday=True), "job-fair-fr"))

    uid = "r3f3r3nc3-n4d14-v1g1l1s@google.com"
    out.append(ev("reference-call-fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251027T123000", "DTEND;TZID=Europe/Paris:20251027T124500",
        "DTSTAMP:20251024T160000Z", org("pauline.gimenez@vigilis.fr", "Pauline Gimenez"), f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        "DESCRIPTION:" + esc("Bonjour M. Moreau, merci d'accepter d'être contacté en tant que référence pour "
                             "Nadia Belkacem (ex-adjointe de sécurité dans votre brigade), candidate chez Vigilis. "
                             "Je vous appellerai 10 minutes."),
        "SUMMARY:Prise de références – Nadia Belkacem", "TRANSP:OPAQUE",
    ]], tz=PARIS), "reference-call-user-is-referee-fr"))

    uid = "chasseur-appel-confidentiel-20251011@gmail.com"
    out.append(ev("recruiter-no-employer-fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251011T093000", "DTEND;TZID=Europe/Paris:20251011T100000",
        "DTSTAMP:20251009T200000Z", org("f.delmas.executive@gmail.com", "François Delmas"), f"UID:{uid}",
        att(ME_FREE, ME_FREE),
        "DESCRIPTION:" + esc("Bonjour Sébastien, je vous appelle au sujet d'un poste de directeur sûreté pour un "
                             "de mes clients (groupe industriel, Occitanie, confidentiel à ce stade). Premier "
                             "échange pour voir si votre profil peut correspondre. François"),
        "SUMMARY:Appel F. Delmas – opportunité confidentielle", "TRANSP:OPAQUE",
    ]], tz=PARIS), "recruiter-call-no-employer-fr"))

    uid = "pr3p4-4sg-pl4n-s0r3t3@google.com"
    out.append(ev("prep-block-fr", uid, own(
        uid, "Préparer entretien ASG : relire PNS/programme sûreté aéroport + questions", "20251020T193000",
        "20251020T213000", "bloqué, ne pas déranger"), "prep-block-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000AF01AF02AF03DC01000000000000000010000000AF04AF05AF"
    out.append(ev("internal-briefing-fr", uid, mk(
        uid, "Réunion de service – briefing brigade de jour", "20251006T073000", "20251006T080000",
        "Points : effectifs week-end, match Stade Toulousain, consignes préfecture.", "Salle de brief", o,
        (att(f"brigade.jour@{p}", '"BRIGADE JOUR"', cutype="GROUP"),)), "internal-meeting-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B001B002B003DC01000000000000000010000000B004B005B0"
    out.append(ev("mobility-advisor-fr", uid, mk(
        uid, "RDV conseiller mobilité carrière (CMC) – projet de reconversion", "20250923T100000",
        "20250923T110000", "Entretien individuel : bilan de parcours, dispositifs (congé de reconversion, "
        "disponibilité), pistes dans le privé.", "SGAMI Sud - bureau accompagnement", org(f"cmc.sgami-sud@{p}"),
        (att(ME_WORK, ME_CN),)), "career-advisor-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B101B102B103DC01000000000000000010000000B104B105B1"
    out.append(ev("training-interview-techniques-fr", uid, mk(
        uid, "Formation « Techniques d'audition – méthode PEACE » (2 jours)", "20251117T083000", "20251117T170000",
        "Module de formation continue : audition de témoins et de mis en cause, entretien cognitif.",
        "ENP Toulouse", org(f"formation.enp@{p}", '"FORMATION ENP"'), (att(ME_WORK, ME_CN),)),
        "training-audition-techniques-fr"))

    uid = "b1l4n-c0mp3t3nc3s-s34nc3-3@cibc.fr"
    out.append(ev("skills-assessment-fr", uid, own(
        uid, "Bilan de compétences – séance 3 (CIBC) – tests intérêts pro", "20251009T173000", "20251009T190000",
        "Mme Fabre. Apporter questionnaire rempli.", "CIBC Haute-Garonne"), "skills-assessment-fr"))

    uid = "asis-france-webinar-20251112@asisonline.org"
    out.append(ev("webinar-en", uid, cal(GOOGLE, [[
        "DTSTART:20251112T170000Z", "DTEND:20251112T180000Z", "DTSTAMP:20251020T100000Z",
        "ORGANIZER;CN=ASIS France Chapter:mailto:events@asis-france.org", f"UID:{uid}", att(ME_FREE, ME_FREE),
        "DESCRIPTION:" + esc("Webinar: Interviewing for security management roles – what hiring managers at "
                             "airports and data centres really ask. Panel + Q&A.\n\n" + meet_fr("asi-wbnr-fra")),
        "SUMMARY:ASIS France webinar – Interviewing for security management roles", "TRANSP:TRANSPARENT",
    ]]), "webinar-en"))

    uid = "m0ck-s4r4h-3ngl1sh-pr4ct1c3@google.com"
    out.append(ev("mock-english-en", uid, own(
        uid, "Mock interview practice in English w/ Sarah (Heliance-style questions)", "20251101T110000",
        "20251101T120000", "Sarah (voisine, RH chez un sous-traitant aéro) joue la recruteuse. Tell me about "
        "yourself / a conflict / why leave the police."), "mock-interview-en"))

    uid = "doctolib-rdv-58819911-dentiste"
    out.append(ev("dentist-fr", uid, own(
        uid, "Dentiste Dr Soulé 8h15", "20251103T081500", "20251103T084500", floating=True, prodid=APPLE),
        "dentist-floating-fr"))

    uid = "principal-college-theo-20251016@google.com"
    out.append(ev("school-principal-fr", uid, own(
        uid, "Entretien avec le principal (Théo – comportement) collège J.-Jaurès", "20251016T163000",
        "20251016T171500", "avec Nathalie. Convocation reçue via Pronote"), "school-entretien-fr"))

    uid = "ft-rdv-conseiller-20251002-0931"
    out.append(ev("job-centre-advisor-fr", uid, mk(
        uid, "Entretien avec votre conseiller France Travail", "20251002T093000", "20251002T100000",
        "Votre conseiller : M. Régis Bonnet. Objet : projet professionnel et inscription en anticipation de fin "
        "de contrat. Apportez votre CV.", "Agence France Travail Toulouse Compans",
        org("ne-pas-repondre@francetravail.fr"), (att(ME_FREE, "MOREAU SEBASTIEN"),)), "job-centre-advisor-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B201B202B203DC01000000000000000010000000B204B205B2"
    out.append(ev("internal-de", uid, mk(
        uid, "Vorbesprechung Austauschprogramm 2026 (deutsch-französische Streifen)", "20251021T100000",
        "20251021T110000", "Tagesordnung: Unterbringung, Dienstpläne, Sprachkurs.", "Videokonferenz",
        org("stefan.huber@polizei.bwl.de", '"Huber, Stefan"'), (att(ME_WORK, ME_CN),), lang="de-DE"),
        "internal-meeting-de"))

    uid = "040000008200E00074C5B7101A82E00800000000B301B302B303DC01000000000000000010000000B304B305B3"
    out.append(ev("internal-es", uid, mk(
        uid, "Reunión de coordinación – patrullas mixtas Pirineos (temporada invierno)", "20251125T100000",
        "20251125T120000", "Orden del día: calendario de patrullas conjuntas, estaciones de esquí, enlace radio.",
        "CCPD Le Perthus", org("carmen.ruiz@policia.es", '"Ruiz, Carmen"'), (att(ME_WORK, ME_CN),), lang="es-ES"),
        "internal-meeting-es"))

    return out
