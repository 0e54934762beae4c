"""holdout72: professional negatives (mocks, webinars, press, own appraisal, coffee chats, referee, prep)."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_FREE,
    ME_WORK,
    P_APPLE,
    P_GOOGLE,
    P_OUTLOOK,
    P_OUTLOOK16,
    ROMANCE,
    Ev,
    alarm,
    att,
    cal,
    ev,
    meet,
    olson_tz,
    org,
    outlook_extra,
    outlook_tz,
    outlook_uid,
    teams,
    zoom,
)

TZ = outlook_tz(ROMANCE)
SOREL = "p.sorel@cabinet-vauban-associes.fr"


def _neg(kind: str, lang: str, text: str, uid: str) -> Ev:
    return Ev(kind, lang, text, uid, 0)


def _ol(day: str, a: str, b: str) -> tuple[str, str]:
    return f"DTSTART;TZID={ROMANCE}:{day}T{a}00", f"DTEND;TZID={ROMANCE}:{day}T{b}00"


def mock_coach() -> Ev:
    uid = "a7d30e15-5c2b-4f88-9b61-2e4d0c7f8a90@calendly.com"
    e = ev(
        uid, "DTSTART:20251018T080000Z", "DTEND:20251018T090000Z",
        "Simulation d'entretien cabinet d'affaires (60 min) entre Véronique Astier et Élodie Martin",
        stamp="20251012T190500Z", organizer=org("contact@astier-coaching.fr", "Véronique Astier"),
        attendees=[att(ME_FREE, ME_CN, stat="ACCEPTED")],
        desc="Type d'événement : Simulation d'entretien cabinet d'affaires (60 min)\n\nQuestions :\nQuels "
             "entretiens préparez-vous ?\nDeux cabinets anglo-saxons et un poste en entreprise, tours avec associés\n"
             "\nLieu : Zoom (lien envoyé par Véronique)\n\nOptimisé par Calendly.com",
        loc="Zoom",
    )
    return _neg("mock-coach-calendly-fr", "fr", cal([e], "-//Calendly//Calendly 1.0//EN"), uid)


def mock_friend() -> Ev:
    uid = "7sd2lk9q0vh4me1cb8ro5ja3tn@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251102T110000", "DTEND;TZID=Europe/Paris:20251102T123000",
        "Mock interview Élodie – questions PE (façon Kessler Brandt)", stamp="20251029T214000Z",
        organizer=org("claire.nguyen.pro@gmail.com", "Claire Nguyen"),
        attendees=[att("claire.nguyen.pro@gmail.com", "Claire Nguyen", stat="ACCEPTED"), att(ME_FREE)],
        desc="Je te fais passer un faux entretien comme chez KB quand j'y étais : deal walk-through, waterfall, "
             "questions fit, puis debrief. Apporte ton CV et une opé à présenter. Bises, Claire",
        loc="Chez moi – 14 rue des Martyrs", extra=["SEQUENCE:0"],
    )
    return _neg("mock-friend-names-firm-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")), uid)


def webinar_en() -> Ev:
    uid = "ZOOMWEBINAR88214400917@zoom.us"
    e = ev(
        uid, "DTSTART:20251023T113000Z", "DTEND:20251023T123000Z",
        "Webinar: Acing the in-house legal interview – Harcourt Legal Search", stamp="20251015T080000Z",
        organizer=org("events@harcourtlegal.com", "Harcourt Legal Search Events"),
        desc="Thank you for registering for \"Acing the in-house legal interview: what General Counsel really "
             "ask\".\n\nPanel: three EMEA General Counsel and our Brussels legal recruitment team.\n\n"
             + zoom("en", "882 1440 0917", "Harcourt Legal Search"),
        loc="Zoom webinar", status=None,
    )
    return _neg("webinar-interview-tips-en", "en", cal([e], "-//zoom.us//iCalendar Event//EN"), uid)


def class_interviewing() -> Ev:
    uid = "formation-barreau-2025-1187-emartin@avocatparis.org"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251205T140000", "DTEND;TZID=Europe/Paris:20251205T170000",
        "Formation continue – Conduire un entretien de recrutement dans un cabinet (3h)", stamp="20251105T110000Z",
        organizer=org("formation@avocatparis.org", "Barreau de Paris – Formation"),
        attendees=[att(ME_WORK, "Me Élodie Martin")],
        desc="Formation déontologie et management – 3 heures validées au titre de la formation continue.\n"
             "Programme : structurer un entretien, grilles d'évaluation, non-discrimination, restitution.",
        loc="Maison du Barreau, 2 rue de Harlay, 75001 Paris",
    )
    return _neg("class-about-interviewing-fr", "fr", cal([e], "-//Barreau de Paris//Formation//FR",
                tz=olson_tz("Europe/Paris")), uid)


def user_research() -> Ev:
    uid = "gq-session-51f0a2-clausely@greatquestion.co"
    e = ev(
        uid, "DTSTART:20251030T170000Z", "DTEND:20251030T173000Z",
        "User interview – Clausely (30 min, €50 gift card)", stamp="20251025T100000Z",
        organizer=org("research@clausely.io", "Clausely Research"), attendees=[att(ME_FREE, "Élodie Martin")],
        desc="Thanks for joining our research session! We'd love to hear how you review and negotiate SPAs today. "
             "No preparation needed.\n\n" + meet("en", "cgs-ujvf-arb"),
        loc="Google Meet",
    )
    return _neg("user-research-interview-en", "en", cal([e], "-//Great Question//Research Scheduler//EN"), uid)


def press() -> Ev:
    uid = outlook_uid("decideurs-interview")
    s, t = _ol("20251112", "0830", "0900")
    e = ev(
        uid, s, t, "Interview Décideurs Juridiques – opération Helios", stamp="20251106T170000Z", sum_lang="fr-FR",
        organizer=org("m.lebrun@decideurs-juridiques.fr", "Lebrun, Mathieu"),
        attendees=[att(ME_WORK, "Martin, Élodie"), att(SOREL, "Sorel, Philippe")],
        desc="Interview téléphonique pour l'article sur l'acquisition d'Helios Industrie (conseils de l'acquéreur). "
             "Questions envoyées la veille ; relecture des citations avant publication.",
        loc="Téléphone", seq=0, extra=outlook_extra(),
    )
    return _neg("press-interview-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def podcast() -> Ev:
    uid = "riverside-rec-deal-talk-42@riverside.fm"
    e = ev(
        uid, "DTSTART:20251204T160000Z", "DTEND:20251204T170000Z",
        "Podcast recording – Deal Talk ep. 42 (W&I insurance in French M&A)", stamp="20251120T120000Z",
        organizer=org("host@dealtalkpodcast.com", "Deal Talk Podcast"), attendees=[att(ME_WORK, "Elodie Martin")],
        desc="Hi Elodie, thanks for agreeing to be our guest! We'll record a 40-minute interview. Please use "
             "headphones and Chrome.\nStudio link: https://riverside.fm/studio/deal-talk-42",
        loc="https://riverside.fm/studio/deal-talk-42",
    )
    return _neg("podcast-interview-en", "en", cal([e], "-//Riverside//Riverside Studio//EN"), uid)


def internal() -> Ev:
    uid = outlook_uid("orion-point")
    s, t = _ol("20251015", "1000", "1100")
    e = ev(
        uid, s, t, "Point dossier Projet Orion – markup SPA", stamp="20251013T080000Z", sum_lang="fr-FR",
        organizer=org(SOREL, "SOREL Philippe"),
        attendees=[att(ME_WORK, "MARTIN Élodie"), att("t.nguyen@cabinet-vauban-associes.fr", "NGUYEN Thomas")],
        desc="Revue du markup vendeur (garantie, earn-out, MAC). Élodie : tableau des points ouverts.",
        loc="Salle Colbert", seq=0, extra=outlook_extra(),
    )
    return _neg("internal-meeting-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def own_appraisal() -> Ev:
    uid = outlook_uid("appraisal-martin")
    s, t = _ol("20251217", "1700", "1800")
    e = ev(
        uid, s, t, "Entretien annuel d'évaluation – Élodie Martin", stamp="20251201T090000Z", sum_lang="fr-FR",
        organizer=org(SOREL, "SOREL Philippe"), attendees=[att(ME_WORK, "MARTIN Élodie")],
        desc="Merci de compléter ton formulaire d'auto-évaluation dans l'intranet RH avant l'entretien "
             "(objectifs 2025, heures facturables, formation).", loc="Bureau PS", seq=0, extra=outlook_extra(),
    )
    return _neg("own-appraisal-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def own_exit() -> Ev:
    uid = outlook_uid("exit-martin")
    s, t = _ol("20260130", "1600", "1645")
    e = ev(
        uid, s, t, "Entretien de sortie – Élodie Martin", stamp="20260119T100000Z", sum_lang="fr-FR",
        organizer=org("n.lopez@cabinet-vauban-associes.fr", "LOPEZ Nadège"), attendees=[att(ME_WORK, "MARTIN Élodie")],
        desc="Entretien de départ : retour d'expérience, restitution du matériel, solde de tout compte, "
             "transfert des dossiers.", loc="Bureau RH", seq=0, extra=outlook_extra(),
    )
    return _neg("own-exit-interview-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def coffee_employer() -> Ev:
    uid = "C3B8E1F0-6A2D-4E9B-A5C7-1D0F3E2B8A46"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251010T083000", "DTEND;TZID=Europe/Paris:20251010T091500",
        "Café Marine Dupré (juriste chez Verdane) – échange carrière", stamp="20251007T121500Z",
        desc="Via Julie. Lui demander comment est l'équipe corporate, télétravail, ambiance DJ. Pas un entretien !",
        loc="Café Kitsuné, Palais-Royal", status=None,
        extra=["CREATED:20251007T121455Z", "SEQUENCE:0", *alarm(30, "Rappel")],
    )
    return _neg("coffee-chat-names-employer-fr", "fr", cal([e], P_APPLE, method=None, tz=olson_tz("Europe/Paris")),
                uid)


def job_fair() -> Ev:
    uid = "salon-carrieres-droit-2025-v8431@weezevent.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251120T100000", "DTEND;TZID=Europe/Paris:20251120T180000",
        "Salon Carrières du Droit 2025", stamp="20251030T140000Z",
        organizer=org("billetterie@weezevent.com", "Weezevent"),
        desc="Votre billet pour le Salon Carrières du Droit : 80 cabinets et directions juridiques, conférences, "
             "relecture de CV. Présentez ce billet à l'entrée.", loc="Palais Brongniart, 28 place de la Bourse, Paris",
    )
    return _neg("job-fair-fr", "fr", cal([e], "-//Weezevent//Billetterie//FR", method="PUBLISH",
                tz=olson_tz("Europe/Paris")), uid)


def referee() -> Ev:
    uid = outlook_uid("hallier-reference-girard")
    s, t = _ol("20251125", "1230", "1300")
    e = ev(
        uid, s, t, "Appel de référence – M. Paul Girard", stamp="20251121T100000Z", sum_lang="fr-FR",
        organizer=org("rh@hallier-avocats.fr", "Hallier Avocats – RH"), attendees=[att(ME_WORK, "Me Élodie Martin")],
        desc="Maître,\n\nM. Paul Girard, candidat à un poste de collaborateur dans notre cabinet, vous a indiqué "
             "comme référence (il a été votre stagiaire en 2024). Nous vous appellerons au standard.\n\n"
             "Service RH – Hallier Avocats", loc="Téléphone", seq=0, extra=outlook_extra(),
    )
    return _neg("referee-call-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def recruiter_fr() -> Ev:
    uid = outlook_uid("laurier-confidentiel")
    s, t = _ol("20251017", "1300", "1330")
    e = ev(
        uid, s, t, "Échange – opportunité Senior Associate Corporate (cabinet client confidentiel)",
        stamp="20251014T160000Z", sum_lang="fr-FR",
        organizer=org("h.delaunay@laurier-executive.fr", "Hugues Delaunay"), attendees=[att(ME_FREE, "Élodie Martin")],
        desc="Bonjour Élodie,\n\nComme évoqué sur LinkedIn, je souhaiterais vous présenter une opportunité dans "
             "un cabinet d'affaires parisien dont je ne peux pas encore communiquer le nom. 30 minutes au "
             "téléphone ?\n\nHugues Delaunay\nLaurier Executive – Legal Practice", loc="Téléphone", seq=0,
        extra=outlook_extra(),
    )
    return _neg("recruiter-no-employer-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def recruiter_en() -> Ev:
    uid = "4bk9tq2dn7ul0m3sv6ce1rh8fo@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Zurich:20251106T123000", "DTEND;TZID=Europe/Zurich:20251106T130000",
        "Quick call – in-house opportunity in Geneva (confidential)", stamp="20251103T150000Z",
        organizer=org("sam.whitley@lakesidetalent.ch", "Sam Whitley"),
        attendees=[att("sam.whitley@lakesidetalent.ch", "Sam Whitley", stat="ACCEPTED"), att(ME_FREE)],
        desc="Hi Elodie, as mentioned: a confidential corporate counsel search for a Geneva-based group. "
             "Happy to share more on the call.\nSam – Lakeside Talent", extra=["SEQUENCE:0"],
    )
    return _neg("recruiter-no-employer-en", "en", cal([e], P_GOOGLE, tz=olson_tz("Europe/Zurich")), uid)


def prep_block() -> Ev:
    uid = "8ve4kq1md6co3rb0tj9sn2ah7l@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251021T193000", "DTEND;TZID=Europe/Paris:20251021T213000",
        "Prépa entretien Wengler & Hoss – loi 1915 + cas share deal", stamp="20251019T100000Z",
        organizer=org(ME_FREE, ME_CN), desc="relire notes S.à r.l. / SCSp, préparer 3 deals, questions à poser",
        extra=["SEQUENCE:0", "TRANSP:OPAQUE"],
    )
    return _neg("prep-block-names-employer-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH",
                tz=olson_tz("Europe/Paris")), uid)


def bar_training() -> Ev:
    uid = "formation-barreau-2025-0942-emartin@avocatparis.org"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251008T180000", "DTEND;TZID=Europe/Paris:20251008T200000",
        "Formation continue – Actualité du droit des sociétés 2025", stamp="20250925T090000Z",
        organizer=org("formation@avocatparis.org", "Barreau de Paris – Formation"),
        attendees=[att(ME_WORK, "Me Élodie Martin")],
        desc="2 heures de formation continue. Intervenants : Me Hélène Vasseur et Pr. Jean-Pierre Ollier.",
        loc="Auditorium de la Maison du Barreau",
    )
    return _neg("bar-training-fr", "fr", cal([e], "-//Barreau de Paris//Formation//FR",
                tz=olson_tz("Europe/Paris")), uid)


def client_meeting() -> Ev:
    uid = outlook_uid("altair-dd")
    s, t = _ol("20251104", "0930", "1200")
    e = ev(
        uid, s, t, "Réunion client – Altair Industries – due diligence (data room)", stamp="20251028T080000Z",
        sum_lang="fr-FR", organizer=org(SOREL, "SOREL Philippe"),
        attendees=[att(ME_WORK, "MARTIN Élodie"), att("dg@altair-industries.fr", "Direction générale Altair")],
        desc="Restitution des red flags de la due diligence juridique.\n\n"
             + teams("fr", "YTc0MmQ4NmUtNGZj", "305 662 118 092"), loc="Salle Colbert / Teams", seq=0,
        extra=outlook_extra(),
    )
    return _neg("client-meeting-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def networking_de() -> Ev:
    uid = "dfj-jahrestreffen-2025-0173@dfj-juristen.de"
    e = ev(
        uid, "DTSTART;TZID=Europe/Berlin:20251114T170000", "DTEND;TZID=Europe/Berlin:20251114T210000",
        "Jahrestreffen Deutsch-Französische Juristenvereinigung – Panel „Cross-border M&A“",
        stamp="20251020T090000Z", organizer=org("sekretariat@dfj-juristen.de", "DFJ Sekretariat"),
        attendees=[att(ME_WORK, "Élodie Martin")],
        desc="Vielen Dank für Ihre Anmeldung. Programm: Panel (17:30), Empfang und Networking ab 19:00.",
        loc="Maison Heinrich Heine, Paris", status="TENTATIVE",
    )
    return _neg("networking-event-de", "de", cal([e], "-//DFJ//Veranstaltungen//DE", tz=olson_tz("Europe/Berlin")),
                uid)


def events() -> list[Ev]:
    return [
        mock_coach(), mock_friend(), webinar_en(), class_interviewing(), user_research(), press(), podcast(),
        internal(), own_appraisal(), own_exit(), coffee_employer(), job_fair(), referee(), recruiter_fr(),
        recruiter_en(), prep_block(), bar_training(), client_meeting(), networking_de(),
    ]
