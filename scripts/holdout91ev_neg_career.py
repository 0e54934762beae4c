"""holdout91 negatives around the job search that are not the user's own interview with an employer."""

from __future__ import annotations

from holdout91ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK_TAIL,
    THUNDERBIRD,
    TZ_TORONTO,
    TZ_WIN_EST,
    WIN_EST,
    E,
    att,
    cal,
    meet,
    org,
    t,
    teams,
    vevent,
    zoom,
)

TOR = "TZID=America/Toronto"


def _n(kind, ics, uid):
    return E(kind, ics, uid, 0, trap=kind)


def events() -> list[dict]:
    out = []
    uid = "webinar-ordre-crha-20250226-1800@zoom.us"
    out.append(_n("webinar-interview-skills-fr", cal("-//zoom.us//iCalendar Event//EN", vevent(
        "UID:" + uid, "DTSTAMP:20250215T150000Z", "DTSTART:20250226T230000Z", "DTEND:20250227T000000Z",
        "SUMMARY:Webinaire : Réussir l'entrevue par compétences pour un poste de direction des communications",
        "DESCRIPTION:" + t("Bonjour Olivier Tremblay,\n\nMerci de vous être inscrit à ce webinaire de la Société "
                           "québécoise des professionnels en relations publiques.\nConférencière : Julie Ferland, "
                           "CRHA\n\n" + zoom("fr", "92211804563", "SQPRPweb1")),
        "LOCATION:" + "https://us06web.zoom.us/j/92211804563", org("no-reply@zoom.us", "SQPRP"),
        att(ME_FREE, ME_CN)), method="PUBLISH"), uid))

    uid = "d8e1f5a2-linkedin-learning-block"
    out.append(_n("class-interviewing-en", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250216T200000", f"DTEND;{TOR}:20250216T210000", "DTSTAMP:20250214T150000Z",
        "UID:" + uid, "SUMMARY:LinkedIn Learning – \"Interviewing for Leadership Roles\" (modules 3-5)",
        "DESCRIPTION:" + t("Finish the course + notes on STAR answers."), "SEQUENCE:0"), method="PUBLISH"), uid))

    uid = "ux-studio-parallele-entretien-0228@studioparallele.ca"
    out.append(_n("user-research-interview-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250228T120000", f"DTEND;{TOR}:20250228T124500", "DTSTAMP:20250220T150000Z",
        "UID:" + uid, org("recherche@studioparallele.ca", "Studio Parallèle – Recherche UX"), att(ME_FREE, ME_CN),
        "SUMMARY:Entretien utilisateur – outils de vérification des faits (45 min)",
        "DESCRIPTION:" + t("Merci de participer à notre étude auprès de journalistes. Nous vous poserons des "
                           "questions sur vos outils de travail et vous montrerons un prototype. Compensation : "
                           "carte-cadeau de 75 $.\n\n" + meet("fr", "ukr-pwzs-lqo")),
        "LOCATION:Google Meet", "STATUS:CONFIRMED")), uid))

    uid = "c0f1f2e3e4m5j6a7l8l9a0k0yz@google.com"
    out.append(_n("coffee-chat-informational-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250215T100000", f"DTEND;{TOR}:20250215T110000", "DTSTAMP:20250211T150000Z",
        "UID:" + uid, org("mj.allard@gmail.com", "Marie-Josée Allard"), att(ME_FREE, ME_CN),
        "SUMMARY:Café – Marie-Josée / Olivier",
        "DESCRIPTION:" + t("Jaser de ta réflexion sur le passage aux communications – je te raconte comment ça "
                           "s'est passé pour moi à la Ville. Pas de poste ouvert chez nous en ce moment, mais "
                           "contente de t'aider!"),
        "LOCATION:" + t("Café Névé, 151 rue Rachel Est, Montréal"), "STATUS:CONFIRMED")), uid))

    uid = "c1d2a3n4i5e6l7n8g9c0o1k0ab@google.com"
    out.append(_n("coffee-chat-informational-en", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250303T083000", f"DTEND;{TOR}:20250303T090000", "DTSTAMP:20250226T150000Z",
        "UID:" + uid, org("daniel.ng.ott@gmail.com", "Daniel Ng"), att(ME_FREE, ME_CN),
        "SUMMARY:Coffee chat – Daniel Ng / Olivier Tremblay",
        "DESCRIPTION:" + t("Happy to share what public affairs work in Ottawa looks like day to day. No specific "
                           "opening – just an informational chat.\n\n" + meet("en", "iaj-oyrb-vcq")),
        "LOCATION:", "STATUS:CONFIRMED")), uid))

    uid = "salon-carrieres-comm-2025@salon-communication.ca"
    out.append(_n("job-fair-allday-fr", cal(GOOGLE, vevent(
        "DTSTART;VALUE=DATE:20250405", "DTEND;VALUE=DATE:20250406", "DTSTAMP:20250320T150000Z", "UID:" + uid,
        "SUMMARY:Salon Carrières en communication 2025",
        "DESCRIPTION:" + t("Kiosques d'employeurs (organismes publics, agences, OBNL), mini-entrevues éclair "
                           "possibles sur place. Apporter 15 CV."),
        "LOCATION:" + t("Palais des congrès de Montréal, salle 517"), "TRANSP:TRANSPARENT"), method="PUBLISH"),
        uid))

    uid = "040000008200E00074C5B7101A82E00800000000REFJG2025"
    out.append(_n("reference-call-user-referee-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org("v.roberge@laval.ca", "Roberge, Vincent"), att(ME_FREE, ME_CN),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("Bonjour M. Tremblay,\n\nMme Julie Gagnon, candidate au poste de "
                                          "conseillère en communication à la Ville de Laval, vous a désigné comme "
                                          "référence. Je vous appellerai pour une vérification de références "
                                          "d'environ 20 minutes.\n\nVincent Roberge, Dotation"),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Vérification de références – Julie Gagnon",
        f"DTSTART;TZID={WIN_EST}:20250312T160000", f"DTEND;TZID={WIN_EST}:20250312T162000",
        "DTSTAMP:20250310T150000Z", "LOCATION;LANGUAGE=fr-CA:Téléphone", *OUTLOOK_TAIL)), uid))

    uid = "r0e1c2r3u4t5e6u7r8c9o0n1k0cd@google.com"
    out.append(_n("recruiter-call-no-employer-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250219T170000", f"DTEND;{TOR}:20250219T173000", "DTSTAMP:20250217T150000Z",
        "UID:" + uid, org("stephanie.gravel@cadresconseil.ca", "Stéphanie Gravel"), att(ME_FREE, ME_CN),
        "SUMMARY:Appel – Stéphanie Gravel (Cadres Conseil)",
        "DESCRIPTION:" + t("Bonjour Olivier, suite à votre profil LinkedIn, j'aimerais vous parler de quelques "
                           "mandats confidentiels en communication dans le secteur public. Je vous appelle."),
        "LOCATION:Téléphone", "STATUS:CONFIRMED")), uid))

    uid = "040000008200E00074C5B7101A82E00800000000CSPINTRO"
    out.append(_n("recruiter-intro-agency-en", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org("mhollis@capitalsearch.ca", "Hollis, Megan"), att(ME_FREE, ME_CN),
        "DESCRIPTION:" + t("Hi Olivier,\n\nThanks for connecting. I'd like to get to know you and talk about the "
                           "kinds of communications leadership roles we typically place in the National Capital "
                           "Region. Nothing specific yet.\n\n" + teams("en", "503318226049", "Cs4Mh7")),
        "UID:" + uid, "SUMMARY:Intro call – Capital Search Partners / Olivier Tremblay",
        f"DTSTART;TZID={WIN_EST}:20250206T120000", f"DTEND;TZID={WIN_EST}:20250206T123000",
        "DTSTAMP:20250203T150000Z", "LOCATION:Microsoft Teams Meeting", *OUTLOOK_TAIL)), uid))

    uid = "p0r1e2p3b4o5r6e7a8l9i0s1k0ef@google.com"
    out.append(_n("prep-block-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250218T193000", f"DTEND;{TOR}:20250218T210000", "DTSTAMP:20250212T150000Z",
        "UID:" + uid, "SUMMARY:Préparer entrevue Boréalis – relire rapport annuel + dossier tarifaire",
        "DESCRIPTION:" + t("Exemples STAR : couverture verglas, enquête contrats, balado. Questions à poser sur "
                           "l'équipe relations médias."), "SEQUENCE:0"), method="PUBLISH"), uid))

    uid = "7E3B0C51-22AA-4F19-9D0C-PITCH2MIN"
    out.append(_n("prep-practice-thunderbird-fr", cal(THUNDERBIRD, vevent(
        "CREATED:20250301T120000Z", "DTSTAMP:20250301T120000Z", "UID:" + uid,
        "SUMMARY:Pratique : pitch 2 min + questions comportementales (avec Isabelle à la maison)",
        "DTSTART:20250309T200000", "DTEND:20250309T210000", "X-MOZ-GENERATION:1"), method=None), uid))

    uid = "gc-info-session-comms-20250227@canada.ca"
    out.append(_n("info-session-public-service-en", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250227T120000", f"DTEND;{TOR}:20250227T130000", "DTSTAMP:20250220T150000Z",
        "UID:" + uid, org("events-evenements@canada.ca", "Communications Community Office"), att(ME_FREE, ME_CN),
        "SUMMARY:Info session: Executive communications careers in the federal public service / Séance "
                  "d'information",
        "DESCRIPTION:" + t("Learn about the EX-01 communications pool, the selection process and how boards "
                           "assess candidates. Q&A with two Directors General.\n\n"
                           + teams("en", "228810553372", "GcInf5")),
        "LOCATION:MS Teams", "STATUS:CONFIRMED")), uid))
    return out
