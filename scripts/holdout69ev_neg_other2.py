"""holdout69 negatives around the job search: mock interviews, webinars, press, referees, prep, coffee chats."""

from __future__ import annotations

from holdout69ev_boiler import meet_en, meet_fr, zoom_en, zoom_fr
from holdout69ev_ics import (
    ME_FREE,
    ME_WORK,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    PRODID_THUNDERBIRD,
    Ev,
    att,
    calendar,
    esc,
    org,
    outlook_event,
    simple,
    tz_olson,
    tz_windows_eastern,
    tz_windows_weu,
)

EST = "Eastern Standard Time"
GOOGLE_HEAD = ["X-WR-CALNAME:Sophie", "X-WR-TIMEZONE:America/Toronto"]


def _ol(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str, stamp: str,
        location: str, lang: str = "fr-CA") -> str:
    ev = outlook_event(uid, organizer, attendees, summary, desc, EST, start, end, stamp, location, lang)
    return calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern())


def _g(uid: str, start: str, end: str, stamp: str, organizer: str, attendees: list[str], summary: str, desc: str,
       location: str = "", publish: bool = False) -> str:
    ev = [
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        *([organizer] if organizer else []),
        "UID:" + uid,
        *attendees,
        f"CREATED:{stamp}",
        "DESCRIPTION:" + esc(desc),
        f"LAST-MODIFIED:{stamp}",
        "LOCATION:" + esc(location),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + esc(summary),
        "TRANSP:OPAQUE",
    ]
    if publish:
        return calendar(PRODID_GOOGLE, [ev], method="PUBLISH", head=GOOGLE_HEAD)
    return calendar(PRODID_GOOGLE, [ev])


def _me(status: str = "NEEDS-ACTION") -> str:
    return att(ME_FREE, "sophie.tremblay88@videotron.ca", partstat=status, extra="X-NUM-GUESTS=0")


def mock_coach() -> Ev:
    uid = "8j3n7c1x5q9m2v6k0r4t8b2h6y@google.com"
    desc = (
        "Bonjour Sophie,\n\nPour notre 3e séance : simulation d'entrevue complète pour un poste de cheffe d'unité "
        "(questions comportementales + mise en situation de gestion de conflit). Je jouerai la directrice des "
        "soins; on fera un retour filmé à la fin.\n\nIsabelle Renaud, CRHA – coaching de carrière\n\n"
        + meet_fr("bkp-xzsa-rte", pin="667 201 985")
    )
    text = _g(uid, "20251008T230000Z", "20251009T000000Z", "20251001T150522Z",
              "ORGANIZER;CN=Isabelle Renaud:mailto:isabelle@renaudcoaching.ca",
              [_me(), att("isabelle@renaudcoaching.ca", "Isabelle Renaud", partstat="ACCEPTED", rsvp=False,
                          extra="X-NUM-GUESTS=0")],
              "Simulation d'entrevue – poste de gestion (coaching séance 3)", desc)
    return Ev("google-meet", uid, text, 0, trap="mock-interview-coach-fr")


def mock_friend() -> Ev:
    uid = "0e5b9d3f-7a1c-4e28-b6d4-2c8f0a4e6b91"
    ev = [
        "CREATED:20251110T015533Z",
        "LAST-MODIFIED:20251110T015533Z",
        "DTSTAMP:20251110T015533Z",
        "UID:" + uid,
        "SUMMARY:Mock interview w/ Jen (behavioural Qs for Nuvia final)",
        "DTSTART;TZID=America/Toronto:20251111T200000",
        "DTEND;TZID=America/Toronto:20251111T210000",
        "DESCRIPTION:Jen plays the VP Clinical. practice 'tell me about a time' x5 + my 2-min intro",
        "LOCATION:FaceTime",
        "X-MOZ-GENERATION:1",
    ]
    return Ev("thunderbird", uid, calendar(PRODID_THUNDERBIRD, [ev], method=None, tz=tz_olson()), 0,
              trap="mock-interview-friend-names-company-en")


def webinar_fr() -> Ev:
    uid = "ZOOMWEBINAR84722019930-20251022@zoom.us"
    desc = (
        "Bonjour Sophie,\n\nMerci de votre inscription au webinaire « Réussir son entrevue pour un poste de "
        "gestion en santé », présenté par l'Association des gestionnaires en soins infirmiers du Québec.\n\n"
        "Panélistes : deux directrices des soins infirmiers et une conseillère en dotation partagent leurs "
        "questions favorites et les erreurs à éviter.\n\nRejoindre le webinaire :\n"
        + zoom_fr("847 2201 9930", "W3bNaRz9k", host="us06web")
    )
    text = simple("-//zoom.us//iCalendar Event//EN", uid, "20251014T211104Z",
                  "DTSTART;TZID=America/Montreal:20251022T120000", "DTEND;TZID=America/Montreal:20251022T130000",
                  "Webinaire : Réussir son entrevue pour un poste de gestion en santé", desc,
                  "ORGANIZER;CN=AGSIQ:mailto:webinaires@agsiq.ca", [att(ME_FREE, "Sophie Tremblay", rsvp=False)],
                  location="https://us06web.zoom.us/w/84722019930", method="PUBLISH",
                  tz=tz_olson("America/Montreal"))
    return Ev("zoom", uid, text, 0, trap="webinar-about-interviewing-fr")


def star_workshop() -> Ev:
    uid = "evt-7741-atelier-star@carriere.urn.ca"
    desc = (
        "Atelier carrière pour les diplômé(e)s : l'entrevue comportementale (méthode STAR).\n"
        "Au programme : structurer ses exemples, répondre aux questions pièges, pratiquer en petits groupes.\n\n"
        "Service aux diplômés – Université de la Rive-Nord"
    )
    text = simple("-//Université de la Rive-Nord//Événements//FR", uid, "20251028T130000Z",
                  "DTSTART:20251105T233000Z", "DTEND:20251106T010000Z",
                  "Atelier – L'entrevue comportementale (méthode STAR)", desc,
                  "ORGANIZER;CN=Service aux diplômés:mailto:diplomes@urn.ca", [att(ME_FREE, "Sophie Tremblay")],
                  location="Pavillon des Sciences de la santé, local S-2120", method="PUBLISH")
    return Ev("university-events", uid, text, 0, trap="class-interview-skills-fr")


def ux_research() -> Ev:
    uid = "quartia-research-s114-sophie@quartia.app"
    desc = (
        "Bonjour Sophie,\n\nMerci d'avoir accepté de participer à notre entretien utilisateur! Pendant 45 minutes, "
        "nous vous poserons des questions sur la façon dont vous gérez les horaires et les remplacements de quarts "
        "sur votre unité, puis nous vous montrerons un prototype.\n\nUne carte-cadeau de 75 $ vous sera envoyée "
        "après la séance.\n\nL'équipe Recherche – Quartia\n\n" + zoom_fr("833 0917 4420", "Qu4rT1aXp")
    )
    text = simple("-//Quartia//Research Scheduler//FR", uid, "20251103T170012Z", "DTSTART:20251106T003000Z",
                  "DTEND:20251106T011500Z", "Entretien utilisateur – gestion des quarts (Quartia)", desc,
                  "ORGANIZER;CN=Recherche Quartia:mailto:recherche@quartia.app", [att(ME_FREE, "Sophie Tremblay")],
                  location="Zoom")
    return Ev("scheduler", uid, text, 0, trap="user-research-interview-fr")


def press() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC010000000000000000100000000A1B2C3D4E5F6A7B"
    desc = (
        "Bonjour Sophie,\n\nComme convenu, la journaliste Annie-Claude Thériault (Le Métropolitain) vous "
        "appellera pour une entrevue d'environ 20 minutes sur la pénurie d'infirmières et les mesures d'accueil "
        "des nouvelles infirmières au 4e Nord. Messages clés en pièce jointe; je serai en ligne avec vous.\n\n"
        "Guillaume Roy\nConseiller en communication – Direction des communications"
    )
    text = _ol(uid, org("guillaume.roy.ciusss@ssss.gouv.qc.ca", "Roy, Guillaume"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True)],
               "Entrevue média – Le Métropolitain (pénurie d'infirmières)", desc, "20251029T150000",
               "20251029T153000", "20251024T140512Z", "Téléphone (la journaliste appelle au poste 4N)")
    return Ev("outlook-phone", uid, text, 0, trap="press-interview-fr")


def podcast_en() -> Ev:
    uid = "2p6x0c4n8q1m5v9k3r7t1b5h9u@google.com"
    desc = (
        "Hi Sophie! Thanks again for agreeing to be a guest on Nurses Who Lead. We'll record remotely on "
        "Riverside (link below); please use headphones. We'll chat about precepting new grads and your path to "
        "leadership.\n\nRiverside studio: https://riverside.fm/studio/nurses-who-lead?t=5c1e\n\nDana"
    )
    text = _g(uid, "20251204T000000Z", "20251204T010000Z", "20251120T191218Z",
              "ORGANIZER;CN=Dana Whitlock:mailto:dana@nurseswholead.fm",
              [_me(), att("dana@nurseswholead.fm", "Dana Whitlock", partstat="ACCEPTED", rsvp=False,
                          extra="X-NUM-GUESTS=0")],
              "Podcast recording – Nurses Who Lead (guest: Sophie Tremblay)", desc,
              "https://riverside.fm/studio/nurses-who-lead")
    return Ev("google", uid, text, 0, trap="podcast-guest-en")


def coffee_kineo() -> Ev:
    uid = "4x8k2c6n0q3m7v1r5t9b3h7s1e@google.com"
    text = _g(uid, "20250910T120000Z", "20250910T124500Z", "20250905T002233Z", "", [],
              "Café-jasette avec Julie Paquette (Kinéo) – parcours vers l'informatique clinique",
              "elle est inf. devenue product owner chez Kinéo Santé. pas de poste ouvert, juste pour jaser.\n"
              "questions: formation? certif? comment elle a fait le saut", "Café Olimpico, Mile-End", publish=True)
    return Ev("google-publish", uid, text, 0, trap="informational-coffee-names-company-fr")


def coffee_en() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DC010000000000000000100000001B2C3D4E5F607182"
    desc = (
        "Hi Sophie,\n\nHappy to share how I moved from bedside to nursing informatics at Trillium Valley. To be "
        "clear, we don't have openings on my team right now, but I'm glad to answer questions and share a few "
        "contacts.\n\nDaniel Osei, RN\nNurse Informaticist, Trillium Valley Health"
    )
    ev = outlook_event(uid, org("daniel.osei@trilliumvalley.ca", "Osei, Daniel"), [att(ME_FREE, "Sophie Tremblay")],
                       "Virtual coffee – Sophie / Daniel (nursing informatics)", desc, EST, "20250917T121500",
                       "20250917T124500", "20250911T172540Z", "Microsoft Teams Meeting", "en-US")
    return Ev("outlook-teams", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 0,
              trap="informational-coffee-en")


def career_fair() -> Ev:
    uid = "salon-sante-2025-visiteur-41772@salonsante.ca"
    desc = (
        "Merci de votre inscription au Salon carrières santé 2025!\nPlus de 60 employeurs du réseau public et "
        "privé. Présentez ce billet à l'entrée.\nBillet no 41772 – visiteur"
    )
    text = simple("-//Salon carrières santé//Billetterie//FR", uid, "20251001T110000Z",
                  "DTSTART;TZID=America/Toronto:20251025T100000", "DTEND;TZID=America/Toronto:20251025T140000",
                  "Salon carrières santé 2025 – Palais des congrès", desc,
                  "ORGANIZER;CN=Salon carrières santé:mailto:billets@salonsante.ca", [att(ME_FREE, "Sophie Tremblay")],
                  location="Palais des congrès de Montréal, salle 710", method="PUBLISH", tz=tz_olson())
    return Ev("ticketing", uid, text, 0, trap="job-fair-visitor-fr")


def referee_fr() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC010000000000000000100000002C3D4E5F60718293"
    desc = (
        "Bonjour Madame Tremblay,\n\nMme Émilie Dubé vous a désignée comme référence dans le cadre de sa "
        "candidature au poste d'infirmière clinicienne à l'unité coronarienne. Je vous appellerai pour un "
        "entretien d'environ 15 minutes sur ses compétences et son fonctionnement en équipe.\n\n"
        "Karine Dufresne\nDotation – CHU Sainte-Aurélie"
    )
    text = _ol(uid, org("karine.dufresne.chusa@ssss.gouv.qc.ca", "Dufresne, Karine"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True)],
               "Référence – candidature de Mme Émilie Dubé", desc, "20251126T143000", "20251126T144500",
               "20251121T150415Z", "Téléphone")
    return Ev("outlook-phone", uid, text, 0, trap="reference-user-is-referee-fr")


def referee_en() -> Ev:
    uid = "a1c3e5f7-0b2d-4f68-9a1c-3e5f70b2d4f6@quinteshores.on.ca"
    desc = (
        "Hello Sophie,\n\nKaren Liu has listed you as a professional reference for her application to Quinte "
        "Shores Hospital. I'll call you at the time below; the call takes about 15 minutes.\n\nThanks,\n"
        "Talent Acquisition, Quinte Shores Hospital"
    )
    text = simple(PRODID_OUTLOOK, uid, "20260126T194455Z", "DTSTART:20260129T200000Z", "DTEND:20260129T201500Z",
                  "Reference call re: Karen Liu", desc,
                  "ORGANIZER;CN=QSH Talent Acquisition:mailto:talent@quinteshores.on.ca",
                  [att(ME_FREE, "Sophie Tremblay")], location="Phone")
    return Ev("outlook-utc", uid, text, 0, trap="reference-user-is-referee-names-employer-en")


def recruiter_confidential() -> Ev:
    uid = "9c3k7x1n5q8m2v6r0t4b8h2s6f@google.com"
    desc = (
        "Bonjour Sophie,\n\nMerci d'avoir accepté un premier échange. Je représente un client du réseau de la santé "
        "(confidentiel à cette étape) qui cherche une gestionnaire clinique pour une unité de médecine dans la "
        "grande région de Montréal. J'aimerais comprendre votre parcours et vos critères.\n\n"
        "Maxime Lebel\nAssocié – Cohésion Talents Santé\n\n" + meet_fr("cqz-hwva-kps", pin="318 664 552")
    )
    text = _g(uid, "20251113T130000Z", "20251113T133000Z", "20251107T221000Z",
              "ORGANIZER;CN=Maxime Lebel:mailto:mlebel@cohesiontalents.ca",
              [_me(), att("mlebel@cohesiontalents.ca", "Maxime Lebel", partstat="ACCEPTED", rsvp=False,
                          extra="X-NUM-GUESTS=0")],
              "Appel – Sophie Tremblay / Cohésion Talents (gestionnaire clinique, client confidentiel)", desc)
    return Ev("google-call", uid, text, 0, trap="recruiter-call-no-employer-fr")


def recruiter_en() -> Ev:
    uid = "apex-intro-20251016-sophie-tremblay@apexhealthsearch.com"
    desc = (
        "Hi Sophie,\n\nThanks for connecting on LinkedIn. Let's have a 20-minute intro call so I can learn what "
        "you're looking for; we place nurse leaders across Ontario (hospitals, LTC and home care).\n\n"
        "Jessica Park, Principal – Apex Health Search\n\n" + zoom_en("879 4410 2263", "ApX9hS2tQ", who="Jessica Park")
    )
    text = simple("-//Apex Health Search//Outlook Add-in//EN", uid, "20251010T153011Z",
                  "DTSTART;TZID=America/Toronto:20251016T121500", "DTEND;TZID=America/Toronto:20251016T123500",
                  "Intro call – Apex Health Search / Sophie Tremblay", desc,
                  "ORGANIZER;CN=Jessica Park:mailto:jessica.park@apexhealthsearch.com",
                  [att(ME_FREE, "Sophie Tremblay")], location="Zoom", tz=tz_olson())
    return Ev("google-call", uid, text, 0, trap="recruiter-intro-no-employer-en")


def prep_fr() -> Ev:
    uid = "6m0c4x8k2q5n9v3r7t1b5h9s3p@google.com"
    text = _g(uid, "20251201T190000", "20251201T210000", "20251127T031909Z", "", [],
              "Préparer entrevue finale CHU Sainte-Aurélie (STAR + questions pour Mme Vachon)",
              "relire plan stratégique DSI\n3 exemples STAR: conflit, changement, qualité\nquestions: budget, "
              "ratio, soutien à la relève", publish=True)
    return Ev("google-floating", uid, text, 0, trap="prep-block-names-employer-fr")


def prep_en() -> Ev:
    uid = "e7f9a1b3-c5d7-4e9f-8a0b-2c4d6e8f0a1b"
    ev = [
        "CREATED:20251109T231744Z",
        "LAST-MODIFIED:20251109T231744Z",
        "DTSTAMP:20251109T231744Z",
        "UID:" + uid,
        "SUMMARY:Prep: Nuvia final round – review case notes + questions for Aisha",
        "DTSTART;TZID=America/Toronto:20251112T193000",
        "DTEND;TZID=America/Toronto:20251112T210000",
        "DESCRIPTION:reread job post\\, HL7/FHIR basics\\, 2 stories on EHR go-live at CIUSSS",
        "X-MOZ-GENERATION:1",
    ]
    return Ev("thunderbird", uid, calendar(PRODID_THUNDERBIRD, [ev], method=None, tz=tz_olson()), 0,
              trap="prep-block-names-employer-en")


def webinar_de() -> Ev:
    uid = "gotowebinar-5520981734-brueckner@gotowebinar.com"
    desc = (
        "Vielen Dank für Ihre Anmeldung zum Produkt-Webinar „Sichere Infusionstherapie auf der Intensivstation“ "
        "der Brückner Medizintechnik GmbH.\n\nReferentin: Sarah Lindner, Senior Application Specialist\n"
        "Sprache: Deutsch mit englischen Folien\n\nWebinar beitreten: https://attendee.gotowebinar.com/join/"
        "5520981734\n\nHinweis: 16:00 Uhr MEZ = 10:00 Uhr Montréal."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251120T080000Z",
        "DTSTART;TZID=W. Europe Standard Time:20251203T160000",
        "DTEND;TZID=W. Europe Standard Time:20251203T170000",
        "SUMMARY:" + esc("Produkt-Webinar: Sichere Infusionstherapie auf der Intensivstation – Brückner"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:GoToWebinar",
        "ORGANIZER;CN=Brückner Medizintechnik Academy:mailto:academy@brueckner-medizintechnik.de",
        att(ME_FREE, "Sophie Tremblay", rsvp=False),
    ]
    text = calendar("-//GoTo//GoToWebinar//DE", [ev], method="PUBLISH", tz=tz_windows_weu())
    return Ev("gotowebinar", uid, text, 0, trap="webinar-names-company-de")


def offer_discussion() -> Ev:
    uid = "1k5x9c3n7q0m4v8r2t6b0h4s8w@google.com"
    desc = (
        "Salut Sophie,\n\nComme promis, on se parle pour passer l'offre en revue ensemble (salaire, date de début, "
        "télétravail, formation). Prends ton temps pour y penser avant l'appel!\n\nPhilippe\n\n"
        + meet_en("ahq-ydme-pwz", pin="240 117 853")
    )
    text = _g(uid, "20251107T213000Z", "20251107T220000Z", "20251105T160033Z",
              "ORGANIZER;CN=Philippe Arsenault:mailto:philippe@kineosante.com",
              [_me(), att("philippe@kineosante.com", "Philippe Arsenault", partstat="ACCEPTED", rsvp=False,
                          extra="X-NUM-GUESTS=0")],
              "Kinéo Santé – discussion de l'offre (Sophie)", desc)
    return Ev("google-meet", uid, text, 0, trap="offer-discussion-names-company-fr")


def events() -> list[Ev]:
    return [
        mock_coach(), mock_friend(), webinar_fr(), star_workshop(), ux_research(), press(), podcast_en(),
        coffee_kineo(), coffee_en(), career_fair(), referee_fr(), referee_en(), recruiter_confidential(),
        recruiter_en(), prep_fr(), prep_en(), webinar_de(), offer_discussion(),
    ]
