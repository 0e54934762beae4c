"""holdout69 negatives: the user on the hiring side at her own unit (4e Nord, Hôpital Saint-Anselme)."""

from __future__ import annotations

from holdout69ev_boiler import meet_es, teams_en, teams_fr
from holdout69ev_ics import (
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    Ev,
    att,
    calendar,
    esc,
    org,
    outlook_event,
    room,
    simple,
    tz_windows_eastern,
    tz_windows_weu,
)

EST = "Eastern Standard Time"
NATHALIE = "nathalie.bergeron.ciusss@ssss.gouv.qc.ca"
KARINE = "karine.lapointe.ciusss@ssss.gouv.qc.ca"
ME_ORG = org(ME_WORK, "Tremblay, Sophie")
SIG = "\n\nSophie Tremblay, inf. clin.\nAssistante infirmière-chef – 4e Nord (médecine interne)\nHôpital Saint-Anselme"


def _ol(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str, stamp: str,
        location: str, lang: str = "fr-CA", prodid: str = PRODID_OUTLOOK, html: bool = True, tzid: str = EST) -> str:
    ev = outlook_event(uid, organizer, attendees, summary, desc, tzid, start, end, stamp, location, lang, html)
    tz = tz_windows_eastern(tzid) if tzid == EST else tz_windows_weu(tzid)
    return calendar(prodid, [ev], tz=tz)


def _uid(tail: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + tail


def pab_block() -> Ev:
    uid = _uid("1F2E3D4C5B6ADC01000000000000000010000000A0B1C2D3E4F5A6B7")
    desc = (
        "Bonjour Nathalie et Sophie,\n\nVoici le bloc d'entrevues pour les postes de préposé(e)s aux bénéficiaires "
        "(PAB) du 4e Nord :\n9 h 00 – Mme Fatou Diallo\n9 h 40 – M. Jean-Philippe Roy\n10 h 20 – Mme Ana Lucía "
        "Castro\n\nLes CV et la grille d'entrevue sont dans le dossier partagé Dotation > 4N > PAB. Merci de "
        "compléter les grilles avant de quitter la salle.\n\nKarine Lapointe\nConseillère en acquisition de talents"
    )
    text = _ol(uid, org(KARINE, "Lapointe, Karine"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True), att(NATHALIE, "Bergeron, Nathalie", quote=True),
                room("salle.4n12.hsa.ciusss@ssss.gouv.qc.ca", "HSA - Salle 4N-12")],
               "Entrevues PAB – 4e Nord (3 candidats)", desc, "20251002T090000", "20251002T110000",
               "20250926T142233Z", "HSA - Salle 4N-12")
    return Ev("outlook-room", uid, text, 0, trap="user-as-interviewer-panel-block-fr")


def cepi_freemail() -> Ev:
    uid = _uid("2A3B4C5D6E7FDC0100000000000000001000000011223344556677AB")
    desc = (
        "Bonjour Audrey,\n\nVoici le lien pour ton entrevue pour le poste de CEPI au 4e Nord. Nous serons deux : "
        "Nathalie Bergeron, cheffe d'unité, et moi-même. Prévois environ 30 minutes; on te posera quelques mises "
        "en situation cliniques.\n\nÀ mardi!" + SIG + "\n\n" + teams_fr("219 887 450 302", "Ce4pIq")
    )
    text = _ol(uid, ME_ORG, [att("audrey.belanger03@gmail.com", "audrey.belanger03@gmail.com"),
                             att(NATHALIE, "Bergeron, Nathalie", quote=True)],
               "Entrevue – Audrey Bélanger (CEPI, 4e Nord)", desc, "20251021T140000", "20251021T143000",
               "20251015T181207Z", "Réunion Microsoft Teams")
    return Ev("outlook-organizer", uid, text, 0, trap="user-as-interviewer-organizer-freemail-fr")


def pab_handtyped() -> Ev:
    uid = "1b7x4k9m2q6c0v3n8r5t1h7s2d@google.com"
    ev = [
        "DTSTART:20251126T103000",
        "DTEND:20251126T110000",
        "DTSTAMP:20251124T020413Z",
        "UID:" + uid,
        "CREATED:20251124T020344Z",
        "DESCRIPTION:salle 4N-12\\, Karine ne sera pas là",
        "LAST-MODIFIED:20251124T020413Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:entrevue PAB 10h30 – Mélanie G. (grille!)",
        "TRANSP:OPAQUE",
    ]
    text = calendar(PRODID_GOOGLE, [ev], method="PUBLISH", head=["X-WR-CALNAME:Sophie",
                                                                 "X-WR-TIMEZONE:America/Toronto"])
    return Ev("google-floating", uid, text, 0, trap="user-as-interviewer-handtyped-fr")


def scorecards() -> Ev:
    uid = _uid("3B4C5D6E7F80DC010000000000000000100000002233445566778899")
    text = _ol(uid, ME_ORG, [], "Compléter grilles d'évaluation – entrevues infirmières auxiliaires (4)",
               "Grilles à remettre à Karine (RH) avant vendredi. Coter chaque critère /5 + commentaire global.",
               "20251113T153000", "20251113T163000", "20251110T133502Z", "Bureau AIC 4e Nord", html=False)
    return Ev("outlook-self", uid, text, 0, trap="user-as-interviewer-scorecard-fr")


def consensus() -> Ev:
    uid = _uid("4C5D6E7F8091DC0100000000000000001000000033445566778899AA")
    desc = (
        "Bonjour,\n\nMise en commun des grilles pour les trois candidates rencontrées au poste d'AIC de soir "
        "(affichage 2025-4N-05). Objectif : recommandation au comité et vérification des références.\n\nNathalie"
    )
    text = _ol(uid, org(NATHALIE, "Bergeron, Nathalie"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True), att(KARINE, "Lapointe, Karine", quote=True)],
               "Rencontre de consensus – candidates AIC soir", desc, "20251204T133000", "20251204T141500",
               "20251201T155110Z", "Bureau de la cheffe d'unité – 4e Nord")
    return Ev("outlook", uid, text, 0, trap="user-as-interviewer-debrief-fr")


def calendly_host() -> Ev:
    uid = "c7d2e9a0-4f1b-4a6c-9e3d-58b0f2c1a7e4@calendly.com"
    desc = (
        "Nom de l'événement : Entrevue – Externe en soins infirmiers (été 2026)\n\n"
        "Lieu : Microsoft Teams (le lien vous sera envoyé)\n\n"
        "Nom de l'invité : Kevin Nguyen\nCourriel de l'invité : kevin.nguyen.inf@outlook.com\n\n"
        "Questions :\nÉtablissement d'enseignement\nUniversité de Montréal (3e année, baccalauréat)\n"
        "Unité souhaitée\n4e Nord – médecine interne\n\n"
        "Voir l'événement dans Calendly : https://calendly.com/app/scheduled_events/user/me\n\n"
        "Propulsé par Calendly.com"
    )
    text = simple("-//Calendly//Calendly Scheduler//EN", uid, "20260108T024411Z", "DTSTART:20260113T193000Z",
                  "DTEND:20260113T194500Z", "Kevin Nguyen et Sophie Tremblay", desc,
                  "ORGANIZER;CN=Sophie Tremblay:mailto:" + ME_WORK,
                  [att(ME_WORK, "Sophie Tremblay", partstat="ACCEPTED", rsvp=False),
                   att("kevin.nguyen.inf@outlook.com", "Kevin Nguyen", partstat="ACCEPTED", rsvp=False)],
                  location="Microsoft Teams")
    return Ev("calendly", uid, text, 0, trap="user-as-interviewer-calendly-host-fr")


def agency_france() -> Ev:
    uid = _uid("5D6E7F8091A2DC01000000000000000010000000445566778899AABB")
    desc = (
        "Bonjour Madame Tremblay,\n\nComme convenu avec Mme Lapointe, je vous confirme l'entretien en "
        "visioconférence avec notre candidate, Mme Camille Roux, infirmière diplômée d'État (six ans en médecine "
        "polyvalente). Son CV, sa lettre de motivation et l'attestation de l'Ordre sont joints à l'invitation.\n\n"
        "Merci de nous faire parvenir votre retour à l'issue de l'entretien afin que nous puissions préparer la "
        "suite de son dossier d'immigration.\n\nBien cordialement,\nÉmilie Garnier\nChargée de recrutement "
        "international – Passerelle Santé International, Lyon"
    )
    text = _ol(uid, org("e.garnier@passerelle-sante.fr", "Garnier, Émilie"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True), att("camille.roux.ide@orange.fr", "Camille Roux"),
                att(KARINE, "Lapointe, Karine", role="OPT-PARTICIPANT", quote=True)],
               "Entretien – Mme Camille Roux, infirmière (recrutement international)", desc, "20251201T160000",
               "20251201T164500", "20251124T093018Z", "Microsoft Teams", lang="fr-FR", tzid="Romance Standard Time")
    return Ev("outlook-weu", uid, text, 0, trap="user-as-interviewer-agency-candidate-fr")


def colombia_es() -> Ev:
    uid = "0c6v2n9k4q7m1x8b3r5t0j6h2w@google.com"
    desc = (
        "Estimada Sophie:\n\nLe confirmamos la entrevista con la candidata Valentina Ríos, enfermera jefe con "
        "ocho años de experiencia en medicina interna, para el puesto de enfermera en su unidad (programa de "
        "reclutamiento internacional del CIUSSS). La candidata habla francés (nivel B2). Adjuntamos su hoja de "
        "vida y la equivalencia del título.\n\nQuedamos atentos a su evaluación.\n\nCoordinación – TalentoSalud "
        "Internacional, Bogotá\n\n" + meet_es("fyp-dvqe-wmh")
    )
    atts = [
        att(ME_WORK, "sophie.tremblay.ciusss@ssss.gouv.qc.ca", extra="X-NUM-GUESTS=0"),
        att("valentina.rios.enf@gmail.com", "Valentina Ríos", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("coordinacion@talentosalud.co", "Coordinación TalentoSalud", partstat="ACCEPTED", rsvp=False,
            extra="X-NUM-GUESTS=0"),
    ]
    ev = [
        "DTSTART:20260114T190000Z",
        "DTEND:20260114T194500Z",
        "DTSTAMP:20260105T211532Z",
        "ORGANIZER;CN=Coordinación TalentoSalud:mailto:coordinacion@talentosalud.co",
        "UID:" + uid,
        *atts,
        "DESCRIPTION:" + esc(desc),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Entrevista – Enf. Valentina Ríos (Colombia) – reclutamiento internacional"),
        "TRANSP:OPAQUE",
    ]
    return Ev("google-meet", uid, calendar(PRODID_GOOGLE, [ev]), 0,
              trap="user-as-interviewer-intl-agency-es")


def shadowing() -> Ev:
    uid = _uid("6E7F8091A2B3DC0100000000000000001000000055667788990011CC")
    desc = (
        "Sophie,\n\nComme discuté dans ton plan de développement (relève cadre), tu pourras observer les deux "
        "entrevues de ce matin pour le poste d'infirmière clinicienne, puis participer à la cotation avec moi. "
        "Laisse-moi mener les questions; tu prends des notes sur la grille.\n\nNathalie"
    )
    text = _ol(uid, org(NATHALIE, "Bergeron, Nathalie"), [att(ME_WORK, "Tremblay, Sophie", quote=True)],
               "Jumelage – observer les entrevues (infirmière clinicienne 4N)", desc, "20251016T083000",
               "20251016T103000", "20251009T170145Z", "Bureau de la cheffe d'unité – 4e Nord")
    return Ev("outlook", uid, text, 0, trap="user-as-interviewer-shadowing-fr")


def committee() -> Ev:
    uid = _uid("7F8091A2B3C4DC01000000000000000010000000667788990011DDEE")
    desc = (
        "Bonjour aux membres du comité,\n\nComité de sélection – assistante infirmière-chef, quart de nuit "
        "(affichage 2025-4N-07).\nMembres : Nathalie Bergeron (présidente), Sophie Tremblay (AIC jour), Karine "
        "Lapointe (RH).\n\n13 h 00 – candidate 1\n13 h 50 – candidate 2\n14 h 40 – candidat 3\n"
        "15 h 30 – délibération\n\nLes questions sont réparties dans la grille jointe."
    )
    text = _ol(uid, org(KARINE, "Lapointe, Karine"),
               [att(NATHALIE, "Bergeron, Nathalie", quote=True), att(ME_WORK, "Tremblay, Sophie", quote=True),
                room("salle.conseil.hsa.ciusss@ssss.gouv.qc.ca", "HSA - Salle du conseil (2e)")],
               "Comité de sélection – AIC nuit (2025-4N-07)", desc, "20251118T130000", "20251118T160000",
               "20251107T140920Z", "HSA - Salle du conseil (2e)", prodid=PRODID_EXCHANGE, html=False)
    return Ev("exchange-room", uid, text, 0, trap="user-as-interviewer-committee-room-fr")


def newgrad_en() -> Ev:
    uid = _uid("8091A2B3C4D5DC0100000000000000001000000077889900112233FF")
    desc = (
        "Hi Emily,\n\nThank you for applying to the new-graduate position on 4 North (internal medicine). The "
        "interview will be in person with myself and our unit manager, Nathalie Bergeron; it can be in English "
        "or in French, whichever you prefer. Please bring your student permit number and a list of your clinical "
        "placements.\n\nSee you Thursday!" + SIG
    )
    text = _ol(uid, ME_ORG, [att("emily.chen.rn@hotmail.com", "emily.chen.rn@hotmail.com"),
                             att(NATHALIE, "Bergeron, Nathalie", quote=True)],
               "Interview – Emily Chen (new grad, McGill) – 4 North", desc, "20260115T100000", "20260115T104500",
               "20260109T160344Z", "4 North – Salle 4N-12", lang="en-US")
    return Ev("outlook-organizer", uid, text, 0, trap="user-as-interviewer-newgrad-freemail-en")


def internal_ats() -> Ev:
    uid = "dotation-entrevue-2025-11873-int02@portail-dotation.ciusss.local"
    desc = (
        "Entrevue planifiée\n\nCandidat : Jean-François Poirier\nPoste : Préposé aux bénéficiaires – 4e Nord "
        "(affichage PAB-2025-212)\nIntervieweuses : Sophie Tremblay, Nathalie Bergeron\n\n"
        "Vous êtes inscrite comme intervieweuse. Veuillez saisir votre évaluation dans le portail dans les 48 h.\n\n"
        "Portail de dotation – message automatique"
    )
    text = simple("-//CIUSSS//Portail de dotation 4.2//FR", uid, "20251027T120105Z", "DTSTART:20251030T130000Z",
                  "DTEND:20251030T133000Z", "Entrevue planifiée – J.-F. Poirier – Préposé aux bénéficiaires", desc,
                  "ORGANIZER;CN=Portail de dotation:mailto:dotation.noreply.ciusss@ssss.gouv.qc.ca",
                  [att(ME_WORK, "Sophie Tremblay"), att(NATHALIE, "Nathalie Bergeron")],
                  location="HSA - Salle 4N-12")
    return Ev("ats-internal", uid, text, 0, trap="user-as-interviewer-ats-fr")


def question_kit() -> Ev:
    uid = _uid("91A2B3C4D5E6DC01000000000000000010000000889900112233AA44")
    desc = (
        "Bonjour Sophie,\n\nPour les prochaines entrevues PAB, j'aimerais qu'on revoie ensemble la banque de "
        "questions comportementales et qu'on ajoute deux mises en situation propres au 4e Nord (chute, "
        "résident agité). Apporte tes idées!\n\nKarine\n\n" + teams_fr("288 130 964 557", "Kq2Lz8", tollfree=False)
    )
    text = _ol(uid, org(KARINE, "Lapointe, Karine"), [att(ME_WORK, "Tremblay, Sophie", quote=True)],
               "Préparation des questions d'entrevue – postes PAB", desc, "20250924T113000", "20250924T120000",
               "20250919T150232Z", "Réunion Microsoft Teams")
    return Ev("outlook-teams", uid, text, 0, trap="user-as-interviewer-kit-fr")


def recruit_day() -> Ev:
    uid = _uid("A2B3C4D5E6F7DC0100000000000000001000000099001122334455BB")
    desc = (
        "Journée de recrutement express du CIUSSS.\nKiosque du 4e Nord : entrevues sur place avec les candidat(e)s "
        "PAB et infirmières auxiliaires (15 min chacune). Apportez les grilles courtes; les offres "
        "conditionnelles sont remises le jour même par les RH.\nDîner fourni. Temps compensé."
    )
    text = _ol(uid, org(KARINE, "Lapointe, Karine"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True), att(NATHALIE, "Bergeron, Nathalie", quote=True)],
               "Journée de recrutement express – kiosque 4e Nord (entrevues sur place)", desc, "20251108T090000",
               "20251108T160000", "20251020T190011Z", "Hall principal, Hôpital Saint-Anselme")
    return Ev("outlook", uid, text, 0, trap="user-as-interviewer-jobfair-fr")


def group_interviews() -> Ev:
    uid = _uid("B3C4D5E6F708DC01000000000000000010000000AA11223344556677")
    desc = (
        "Bonjour,\n\nEntrevues de groupe pour les externes en soins infirmiers (été 2026) : 6 étudiant(e)s par "
        "séance. Sophie anime la mise en situation clinique; Nathalie et moi évaluons.\n\nKarine\n\n"
        + teams_fr("301 552 870 114", "Gx7Wm1")
    )
    text = _ol(uid, org(KARINE, "Lapointe, Karine"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True), att(NATHALIE, "Bergeron, Nathalie", quote=True)],
               "Entrevues de groupe – externes en soins infirmiers été 2026", desc, "20260203T130000",
               "20260203T150000", "20260122T151509Z", "Réunion Microsoft Teams")
    return Ev("outlook-teams", uid, text, 0, trap="user-as-interviewer-group-fr")


def reference_check() -> Ev:
    uid = _uid("C4D5E6F70819DC01000000000000000010000000BB22334455667788")
    text = _ol(uid, ME_ORG, [], "Vérif. références – Isabelle Côté (appeler son ancienne cheffe, CHU Sainte-Aurélie)",
               "Candidate AIC soir. Référence : Mme Lise Gauthier, 514 890-8000 p. 23110. Questions dans la grille "
               "de références RH.", "20251208T141500", "20251208T143000", "20251205T203311Z", "", html=False)
    return Ev("outlook-self", uid, text, 0, trap="user-as-interviewer-refcheck-names-hospital-fr")


def ontario_candidate_en() -> Ev:
    uid = _uid("D5E6F708192ADC01000000000000000010000000CC33445566778899")
    desc = (
        "Hello Nathalie and Sophie,\n\nPlease find below the Teams link for your interview with Priyanka Shah, "
        "RN (Ontario), who is applying for the clinical nurse position on 4 North. Her OIIQ permit application is "
        "in progress; the interview will be in English.\n\nThanks,\nKarine\n\n" + teams_en("377 019 552 846", "Ps6nQe")
    )
    text = _ol(uid, org(KARINE, "Lapointe, Karine"),
               [att(NATHALIE, "Bergeron, Nathalie", quote=True), att(ME_WORK, "Tremblay, Sophie", quote=True),
                att("priyanka.shah.rn@gmail.com", "Priyanka Shah")],
               "Candidate interview: Priyanka Shah (RN, Ontario) – 4 North", desc, "20251209T140000",
               "20251209T144500", "20251202T171848Z", "Microsoft Teams Meeting", lang="en-US")
    return Ev("outlook-teams", uid, text, 0, trap="user-as-interviewer-candidate-en")


def indeed_employer() -> Ev:
    uid = "indeed-interview-7f3c0a91e2b4@indeed.com"
    desc = (
        "Vous avez planifié une entrevue vidéo avec Sarah Lemieux pour le poste Préposé(e) aux bénéficiaires – "
        "4e Nord.\n\nRejoindre en tant qu'employeur : https://ca.indeed.com/interview/e/7f3c0a91e2b4\n\n"
        "Conseil : testez votre caméra et votre micro 5 minutes avant.\n\nIndeed"
    )
    text = simple("-//Indeed//Indeed Interview//EN", uid, "20251029T170233Z", "DTSTART:20251104T200000Z",
                  "DTEND:20251104T201500Z", "Entrevue vidéo Indeed : Sarah Lemieux – Préposé(e) aux bénéficiaires",
                  desc, "ORGANIZER;CN=Indeed:mailto:no-reply@indeed.com",
                  [att(ME_WORK, "Sophie Tremblay"), att("sarah.lemieux22@hotmail.com", "Sarah Lemieux")],
                  location="Indeed Interview")
    return Ev("indeed", uid, text, 0, trap="user-as-interviewer-indeed-fr")


def offer_call() -> Ev:
    uid = _uid("E6F708192A3BDC01000000000000000010000000DD4455667788990A")
    text = _ol(uid, ME_ORG, [], "Appel – offre à Julie Martel (CEPI retenue 4N)",
               "Lui annoncer qu'on la retient + date d'accueil 12 janvier. Karine envoie la lettre d'offre après.",
               "20251217T111500", "20251217T113000", "20251216T220142Z", "", html=False)
    return Ev("outlook-self", uid, text, 0, trap="user-as-interviewer-offer-call-fr")


def exit_interview_led() -> Ev:
    uid = _uid("F708192A3B4CDC01000000000000000010000000EE556677889900AB")
    desc = (
        "Bonjour Chloé,\n\nComme tu quittes le 4e Nord à la fin du mois, j'aimerais prendre 30 minutes pour une "
        "entrevue de départ : ce qui t'a plu, ce qu'on pourrait améliorer pour garder nos PAB. Tes réponses "
        "restent confidentielles." + SIG
    )
    text = _ol(uid, ME_ORG, [att("chloe.morin.ciusss@ssss.gouv.qc.ca", "Morin, Chloé", quote=True)],
               "Entrevue de départ – Chloé Morin (PAB)", desc, "20251222T140000", "20251222T143000",
               "20251215T164020Z", "Bureau AIC 4e Nord")
    return Ev("outlook-organizer", uid, text, 0, trap="user-as-interviewer-exit-interview-fr")


def events() -> list[Ev]:
    return [
        pab_block(), cepi_freemail(), pab_handtyped(), scorecards(), consensus(), calendly_host(), agency_france(),
        colombia_es(), shadowing(), committee(), newgrad_en(), internal_ats(), question_kit(), recruit_day(),
        group_interviews(), reference_check(), ontario_candidate_en(), indeed_employer(), offer_call(),
        exit_interview_led(),
    ]
