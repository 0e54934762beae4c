"""holdout84: negatives around the job search that are not the user's own interview (mocks, webinars,
press, coffee chats, fairs, references, recruiters naming no employer, prep and follow-up blocks)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, USER_WORK, label, meet_fr, simple_event, teams_fr, zoom_en, zoom_fr

ME = ("Claire Dubois", USER_FREE)
IPHONE = "-//Apple Inc.//iPhone OS 17.4//EN"


def mock_coach():
    uid = "h84oa01mock@google.com"
    d = ("Bonjour Claire,\n\nComme prévu, séance de simulation d'entretien : je jouerai la DRH d'un grand groupe "
         "vétérinaire, puis débrief filmé. Préparez votre pitch de 2 minutes et 2 situations de management.\n\n"
         "Nathalie Vidal – coach carrières santé\n\n" + zoom_fr("Nathalie Vidal", "889 1027 3344", "Y29hY2hOVg"))
    ics = simple_event(uid, "Simulation d'entretien – coaching (séance 2)", "20260307T100000", "20260307T113000",
                       org=("Nathalie Vidal", "contact@nv-coaching.fr"), attendees=[ME], desc=d, loc="Zoom")
    return "mock-coach-fr", ics, label(uid, 0, trap="mock-interview-coach-fr")


def mock_friend():
    uid = "h84oa02mockfriend@google.com"
    ics = simple_event(uid, "Mock interview in English w/ Tom (practice for Zoopharma)", "20260316T203000",
                       "20260316T211500", org=ME, attendees=[("Tom Becker", "tom.becker.uk@gmail.com")],
                       desc="Tom plays the hiring manager. Focus: 'tell me about yourself', STAR examples.")
    return "mock-friend-en", ics, label(uid, 0, trap="mock-names-company-en")


def webinar():
    uid = "webinar-7781-20260310@vetcarriere-events.fr"
    d = ("Merci pour votre inscription !\n\nWebinaire : « Réussir son entretien d'embauche en industrie "
         "pharmaceutique vétérinaire » – avec deux recruteuses du secteur. Questions en direct.\n\n"
         + teams_fr("301 778 520 446", "d2ViaW5hcjc3ODE"))
    ics = simple_event(uid, "Webinaire : réussir son entretien en industrie vétérinaire", "20260310T123000",
                       "20260310T133000", org=("VetCarrière Events", "events@vetcarriere-events.fr"),
                       attendees=[ME], desc=d, prodid="-//Livestorm//Webinar//FR")
    return "webinar-fr", ics, label(uid, 0, trap="webinar-about-interviews-fr")


def class_recruiting():
    uid = "h84oa04formation@google.com"
    ics = simple_event(uid, "Formation management : conduire un entretien de recrutement (jour 1/2)",
                       "20260312T090000", "20260312T173000", org=("Formavet", "inscriptions@formavet.fr"),
                       attendees=[("Claire Dubois", USER_WORK)],
                       desc="Module 3 du cursus chef de clinique. Jeux de rôle en binôme. Déjeuner inclus.",
                       loc="Formavet, 18 rue de la République, Lyon 2e")
    return "class-interviewing-fr", ics, label(uid, 0, trap="class-how-to-interview-fr")


def press():
    uid = "h84oa05presse@google.com"
    ics = simple_event(uid, "Interview Le Progrès – chiots importés / rage", "20260313T080000", "20260313T083000",
                       org=("Camille Besson", "c.besson@leprogres-redaction.fr"),
                       attendees=[("Claire Dubois", USER_WORK)],
                       desc="Interview téléphonique pour un article sur les trafics de chiots. 15-20 min, relue avant "
                       "publication.", loc="Téléphone")
    return "press-interview-fr", ics, label(uid, 0, trap="press-interview-fr")


def podcast():
    uid = "riverside-rec-55102@podcastvet.com"
    d = ("Hi Claire! Looking forward to recording episode 48 of The Vet Career Show: 'From clinic floor to "
         "clinical lead'. We'll chat for ~45 min; audio only is fine.\n\nStudio link: "
         "https://riverside.fm/studio/vet-career-show")
    ics = simple_event(uid, "Podcast interview – The Vet Career Show (ep. 48)", "20260317T170000Z",
                       "20260317T180000Z", org=("Ben Carter", "ben@podcastvet.com"), attendees=[ME], desc=d,
                       tz="")
    return "podcast-en", ics, label(uid, 0, trap="podcast-interview-en")


def user_research():
    uid = "h84oa07uxr@petpass.app"
    d = ("Hi Claire, thanks for signing up for our user research! We'd love 30 minutes of your time to understand "
         "how vets share vaccination records with owners. You'll receive a €50 voucher.\n\nMaya – UX Research, "
         "PetPass\n\n" + zoom_en("Maya Klein", "921 4470 1182", "dXhyUGV0"))
    ics = simple_event(uid, "PetPass user interview (30 min)", "20260318T120000", "20260318T123000",
                       org=("Maya Klein", "maya@petpass.app"), attendees=[ME], desc=d, loc="Zoom")
    return "user-research-en", ics, label(uid, 0, trap="user-research-interview-en")


def own_appraisal():
    uid = "h84oa08annuel@google.com"
    ics = simple_event(uid, "Entretien annuel d'évaluation – Claire / Pierre", "20260319T140000",
                       "20260319T150000", org=("Dr Pierre Martin", "p.martin@clinique-veto-confluence.fr"),
                       attendees=[("Claire Dubois", USER_WORK)],
                       desc="Bilan 2025, objectifs 2026, formation continue. Apporter ta fiche d'auto-évaluation.")
    return "own-appraisal-fr", ics, label(uid, 0, trap="own-appraisal-fr")


def entretien_pro():
    uid = "h84oa09entrpro@google.com"
    ics = simple_event(uid, "Entretien professionnel (bilan à 6 ans)", "20260406T170000", "20260406T180000",
                       org=("Dr Pierre Martin", "p.martin@clinique-veto-confluence.fr"),
                       attendees=[("Claire Dubois", USER_WORK)],
                       desc="Entretien obligatoire : parcours, formations suivies, souhaits d'évolution.")
    return "own-professional-review-fr", ics, label(uid, 0, trap="own-entretien-professionnel-fr")


def coffee_chat():
    uid = "h84oa10cafe@google.com"
    ics = simple_event(uid, "Café Élodie Garnier – métier de vétérinaire technique en labo",
                       "20260308T103000", "20260308T113000", org=ME,
                       attendees=[("Élodie Garnier", "elodie.garnier.dv@gmail.com")],
                       desc="Ancienne de promo, bosse chez un labo de diagnostic depuis 3 ans. Lui demander comment "
                       "elle a fait la transition, pas de poste ouvert.", loc="Café Mokxa, rue de l'Arbre Sec")
    return "coffee-chat-fr", ics, label(uid, 0, trap="informational-coffee-fr")


def job_fair():
    uid = "forum-emploi-veto-2026-visitor-0231"
    ics = simple_event(uid, "Forum Emploi Véto Lyon 2026 – visiteurs", "20260321", "20260322", org=None,
                       desc="Badge visiteur n° 0231. Stands groupes vétérinaires, labos, assurances. Apporter 15 CV.",
                       loc="Centre de Congrès de Lyon", prodid="-//Eventbrite//Eventbrite//FR",
                       extra=("TRANSP:TRANSPARENT",), tz="")
    ics = ics.replace("DTSTART:20260321", "DTSTART;VALUE=DATE:20260321").replace("DTEND:20260322",
                                                                                  "DTEND;VALUE=DATE:20260322")
    return "job-fair-fr", ics, label(uid, 0, trap="job-fair-fr")


def referee_call():
    uid = "h84oa12referee@google.com"
    ics = simple_event(uid, "Appel de référence – pour Julien Masson (ex-interne)", "20260323T124500",
                       "20260323T130000", org=("Hélène Brunet", "h.brunet@clinique-du-lac-annecy.fr"),
                       attendees=[("Claire Dubois", USER_WORK)],
                       desc="Bonjour Dr Dubois, Julien Masson vous a cité comme référence pour notre poste de "
                       "vétérinaire. Dix minutes suffiront. Hélène Brunet, Clinique Vétérinaire du Lac")
    return "reference-referee-fr", ics, label(uid, 0, trap="reference-call-user-is-referee-fr")


def recruiter_no_employer_fr():
    uid = "h84oa13cabinet@google.com"
    d = ("Bonjour Claire,\n\nSuite à votre profil sur LinkedIn, je souhaiterais échanger sur vos projets. "
         "Nous accompagnons plusieurs groupes vétérinaires et laboratoires en AURA et en Suisse romande sur des "
         "postes de direction médicale (confidentiels à ce stade).\n\nThibault Renaud – Vetalent Search")
    ics = simple_event(uid, "Échange Vetalent Search / Claire Dubois", "20260309T181500", "20260309T184500",
                       org=("Thibault Renaud", "t.renaud@vetalent-search.com"), attendees=[ME], desc=d,
                       loc="Téléphone")
    return "recruiter-no-employer-fr", ics, label(uid, 0, trap="recruiter-call-no-employer-fr")


def recruiter_no_employer_en():
    uid = "h84oa14hvp@huntvetpartners.co.uk"
    d = ("Hi Claire,\n\nGreat to connect. Let's have a 20-min intro call so I can understand what you're "
         "looking for; I'm working on a few technical services and medical affairs roles across Europe.\n\n"
         "Sarah Whitmore, Hunt Vet Partners\n\n" + meet_fr("sw-intro-hvp"))
    ics = simple_event(uid, "Intro call – Sarah Whitmore (Hunt Vet Partners)", "20260227T170000Z",
                       "20260227T172000Z", org=("Sarah Whitmore", "sarah@huntvetpartners.co.uk"), attendees=[ME],
                       desc=d, tz="")
    return "recruiter-no-employer-en", ics, label(uid, 0, trap="agency-intro-no-employer-en")


def prep_block():
    uid = "E7F8A9B0-C1D2-4E3F-A4B5-C6D7E8F9A0B1"
    ics = simple_event(uid, "Prépa entretien Zoopharma – relire cas derm + slides", "20260317T190000",
                       "20260317T210000", org=None, prodid=IPHONE,
                       desc="revoir isoxazolines, plan présentation 15 min, questions à poser à Fiona")
    return "prep-block-fr", ics, label(uid, 0, trap="prep-block-names-company-fr")


def thankyou_task():
    uid = "F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8"
    ics = simple_event(uid, "Mail de remerciement VetAlpes (Dr Perrin + N. Giraud)", "20260326T183000",
                       "20260326T184500", org=None, prodid=IPHONE, desc="+ relancer Camille pour le retour")
    return "followup-task-fr", ics, label(uid, 0, trap="thank-you-task-names-company-fr")


EVENTS = [
    mock_coach, mock_friend, webinar, class_recruiting, press, podcast, user_research, own_appraisal,
    entretien_pro, coffee_chat, job_fair, referee_call, recruiter_no_employer_fr, recruiter_no_employer_en,
    prep_block, thankyou_task,
]
