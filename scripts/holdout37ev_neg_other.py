"""holdout37: other negatives (mock, webinars, press, personal, internal, coffee, fairs, references, recruiters)."""

from __future__ import annotations

from holdout37ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME,
    ME_W,
    OUTLOOK,
    OUTLOOK365,
    Event,
    att,
    calendar,
    meet,
    org,
    teams_fr,
    txt,
    vevent,
    webex,
    zoom,
)
from holdout37ev_neg_side import AL, neg
from holdout37ev_pos_fr import EST, ev


def events() -> list[Event]:
    out: list[Event] = []

    u = "mock-julien-20261122@google.com"
    out.append(neg("mock-friend", "fr", calendar(GOOGLE, [ev(
        u, "20261122T150000Z", "20261122T160000Z", "", "Simulation d'entrevue SRE avec Julien",
        "Julien (ancien collègue, maintenant SRE chez un studio) me fait passer une fausse entrevue technique. "
        "Questions Kubernetes + un cas d'incident.\n\n" + meet("jln-mock-sre", "fr"), "",
        (org("julien.deschamps@gmail.com", "Julien Deschamps"), att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, "mock"))

    u = "peerprep-8812"
    out.append(neg("mock-peer", "en", calendar("-//PeerPrep//Sessions//EN", [ev(
        u, "20261127T000000Z", "20261127T010000Z", "", "Peer mock interview: Systems Design (you interview first)",
        "You've been matched with a peer. Each of you will play interviewer for 30 minutes. This is practice only "
        "— no company is involved.\nhttps://app.peerprep.io/room/8812", "https://app.peerprep.io/room/8812",
        (org("sessions@peerprep.io", "PeerPrep"), att(ME, "Etienne Gagnon")))], method="REQUEST"), u, "mock"))

    u = "centre-emploi-simulation-20261204@cje-plateau.org"
    out.append(neg("mock-career-centre", "fr", calendar(OUTLOOK, [ev(
        u, "20261204T100000", "20261204T110000", EST, "Simulation d'entrevue – Carrefour jeunesse-emploi",
        "Bonjour M. Gagnon, votre conseillère Lyne Beaudry vous fera pratiquer une entrevue pour un poste en TI. "
        "Apportez une offre d'emploi qui vous intéresse.", "4501 rue Saint-Denis, Montréal",
        (org("lbeaudry@cje-plateau.org", "Lyne Beaudry"), att(ME, "Étienne Gagnon")))], method="REQUEST",
        tzs=(EST,)), u, "mock"))

    u = "zoom-webinar-9910221-eg"
    d = ("Merci de vous être inscrit à « Réussir son entrevue technique DevOps : 10 erreurs à éviter ».\n"
         "Présenté par la communauté DevOps Montréal.\n\nRejoindre le webinaire : https://zoom.us/w/99102214455\n"
         "ID du webinaire : 991 0221 4455")
    out.append(neg("webinar-fr", "fr", calendar("-//zoom.us//iCalendar Event//EN", [ev(
        u, "20261201T233000Z", "20261202T010000Z", "", "Réussir son entrevue technique DevOps (webinaire)", d,
        "https://zoom.us/w/99102214455", (org("no-reply@zoom.us", "DevOps Montréal"),))]), u, "webinar"))

    u = "course-sre-interview-prep-week3"
    out.append(neg("class-en", "en", calendar(GOOGLE, [ev(
        u, "20261203T000000Z", "20261203T013000Z", "", "SRE Interview Prep course – Week 3: behavioural questions",
        "Live class. Homework: write 3 STAR stories about incidents you handled.\n\n" + meet("sre-prep-wk3"),
        "https://meet.google.com/sre-prep-wk3",
        (org("instructor@reliabilityacademy.io", "Reliability Academy"), att(ME, rsvp="TRUE")),
        extra=("RRULE:FREQ=WEEKLY;COUNT=6",))], method="REQUEST"), u, "class"))

    u = "webinar-es-entrevistas-20261209"
    out.append(neg("webinar-es", "es", calendar(OUTLOOK365, [ev(
        u, "20261209T170000Z", "20261209T180000Z", "", "Webinar: Cómo preparar entrevistas en remoto para empresas "
        "europeas", "Inscripción confirmada. Ponente: Sofía Rey, career coach.\n"
        + webex("eventos-tech", "2310 882 1100"),
        "Webex", (org("eventos@remotehispano.com", "Remote Hispano"), att(ME, "Étienne Gagnon")))],
        method="REQUEST"), u, "webinar"))

    u = "userresearch-ci-tool-5521"
    d = ("Hi Etienne, thanks for signing up for a user interview about how your team uses CI pipelines. "
         "45 minutes, $75 gift card. We'll record the session.\n— Harbourline Product Research")
    out.append(neg("user-research", "en", calendar(GOOGLE, [ev(
        u, "20261205T200000Z", "20261205T204500Z", "", "User interview – CI workflows (Harbourline)", d,
        "https://meet.google.com/hbl-uxr-ci",
        (org("research@harbourline.dev", "Harbourline Research"), att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, "user_research"))

    u = "balado-qa-devops-ep42"
    out.append(neg("podcast", "fr", calendar(GOOGLE, [ev(
        u, "20261206T190000Z", "20261206T200000Z", "", "Enregistrement balado « Les Testeurs » – invité : Étienne",
        "Entrevue pour l'épisode 42 : passer de l'AQ au DevOps. On enregistre sur Riverside.",
        "https://riverside.fm/studio/les-testeurs",
        (org("animation@lestesteurs.ca", "Les Testeurs (balado)"), att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, "podcast"))

    u = "presse-journal-assurance-20261202"
    out.append(neg("press", "fr", calendar(OUTLOOK365, [ev(
        u, "20261202T110000", "20261202T113000", EST, "Entrevue avec journaliste – Journal de l'Assurance",
        "Demande des Communications : parler de l'automatisation des tests dans la réclamation en ligne. "
        "Sophie des Communications sera en ligne.", "Teams",
        (org(f"communications@{AL}", "Communications"), att(ME_W, "Gagnon, Étienne"),
         att("redaction@journal-assurance.ca", "Rédaction")))], method="REQUEST", tzs=(EST,)), u, "press"))

    u = "C0FFEE01-DENT-4000-8000-000000000001"
    out.append(neg("dentist", "fr", calendar(IOS, [vevent([
        f"UID:{u}", "DTSTAMP:20261110T120000Z", "DTSTART;TZID=America/Toronto:20261126T080000",
        "DTEND;TZID=America/Toronto:20261126T090000", txt("SUMMARY", "Dentiste Dr Bouchard"),
        txt("LOCATION", "Clinique dentaire Rosemont")])], tzs=("America/Toronto",)), u, "personal"))

    u = "hypotheque-boreale-20261205@banqueboreale.ca"
    out.append(neg("mortgage-bank", "fr", calendar(OUTLOOK, [ev(
        u, "20261205T100000", "20261205T110000", EST, "Rencontre – renouvellement hypothécaire",
        "Bonjour M. Gagnon, je vous confirme notre rendez-vous pour le renouvellement de votre prêt hypothécaire. "
        "Apportez vos deux derniers talons de paie.\nSerge Fournier, conseiller en financement, Banque Boréale, "
        "succursale Villeray", "Succursale Villeray",
        (org("serge.fournier@banqueboreale.ca", "Fournier, Serge"), att(ME, "Étienne Gagnon")))],
        method="REQUEST", tzs=(EST,)), u, "personal"))

    u = "passeport-rdv-eg-2026"
    out.append(neg("passport", "fr", calendar(GOOGLE, [vevent([
        "DTSTART:20261213T143000Z", "DTEND:20261213T150000Z", "DTSTAMP:20261115T120000Z", f"UID:{u}",
        txt("SUMMARY", "Passeport – bureau Service Canada (apporter photos)"), "TRANSP:OPAQUE"])],
        calprops=("X-WR-TIMEZONE:America/Toronto",)), u, "personal"))

    u = "garage-pneus-hiver"
    out.append(neg("tires", "fr", calendar(APPLE, [vevent([
        f"UID:{u}", "DTSTAMP:20261101T120000Z", "DTSTART;VALUE=DATE:20261128", "DTEND;VALUE=DATE:20261129",
        txt("SUMMARY", "pose pneus d'hiver - garage Beaubien")])]), u, "personal"))

    u = "parents-ecole-20261203"
    out.append(neg("parent-teacher", "fr", calendar(GOOGLE, [ev(
        u, "20261203T233000Z", "20261204T000000Z", "", "Rencontre de parents – bulletin (Zoé, 3e année)",
        "Entretien de 15 min avec Mme Caron.", "École Saint-Arsène",
        (org("ecole.starsene@gmail.com", "École Saint-Arsène"), att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, "personal"))

    u = "eval-annuelle-eg-2026@assurances-laurentides.ca"
    out.append(neg("own-review", "fr", calendar(OUTLOOK365, [ev(
        u, "20261217T100000", "20261217T110000", EST, "Entrevue d'évaluation annuelle – Étienne Gagnon",
        "Bilan 2026 et objectifs 2027. Merci de remplir ton autoévaluation avant.\nChantal", "Bureau de Chantal",
        (org(f"cgirard@{AL}", "Girard, Chantal"), att(ME_W, "Gagnon, Étienne")))], method="REQUEST", tzs=(EST,)),
        u, "internal"))

    u = "retro-sprint-48@assurances-laurentides.ca"
    out.append(neg("retro", "fr", calendar(OUTLOOK365, [ev(
        u, "20261127T133000", "20261127T143000", EST, "Rétrospective sprint 48 – Réclamations en ligne",
        teams_fr("255 109 773 20", "cmV0cm9zcHJp"), "Réunion Microsoft Teams",
        (org(f"pdube@{AL}", "Dubé, Patrick"), att(ME_W, "Gagnon, Étienne"), att(f"kroussel@{AL}", "Roussel, Karine")))],
        method="REQUEST", tzs=(EST,)), u, "internal"))

    u = "one-on-one-chantal-eg"
    out.append(neg("one-on-one", "en", calendar(OUTLOOK365, [ev(
        u, "20261130T100000", "20261130T103000", EST, "1:1 Chantal / Etienne", "", "",
        (org(f"cgirard@{AL}", "Girard, Chantal"), att(ME_W, "Gagnon, Etienne")),
        extra=("RRULE:FREQ=WEEKLY;BYDAY=MO",))], method="REQUEST", tzs=(EST,)), u, "internal"))

    u = "cafe-julie-maplestack-20261123"
    out.append(neg("coffee-chat", "fr", calendar(GOOGLE, [ev(
        u, "20261123T130000Z", "20261123T134500Z", "", "Café avec Julie (Maplestack) – conseils carrière",
        "Julie m'explique comment elle est passée du QA au SRE. Pas de poste ouvert dans son équipe pour "
        "l'instant, juste pour jaser.", "Café Névé, rue Rachel",
        (org(ME, "Étienne Gagnon"), att("julie.roy@maplestack.io", "Julie Roy")))], method="REQUEST"),
        u, "coffee_chat"))

    u = "coffee-chat-rivermint-sre-eg"
    out.append(neg("coffee-chat-en", "en", calendar(GOOGLE, [ev(
        u, "20261124T210000Z", "20261124T213000Z", "", "Coffee chat – learning about SRE at Rivermint",
        "Informational chat Etienne asked for via LinkedIn. Not part of any hiring process.\n\n"
        + meet("rvm-cfe-eg"), "https://meet.google.com/rvm-cfe-eg",
        (org("omar.k@rivermint.io", "Omar Khalil"), att(ME, rsvp="TRUE")))], method="REQUEST"), u, "coffee_chat"))

    u = "cafe-es-networking-20261210"
    out.append(neg("coffee-es", "es", calendar(GOOGLE, [ev(
        u, "20261210T140000Z", "20261210T143000Z", "", "Café virtual con Andrea (networking)",
        "Andrea trabaja en plataforma en una fintech de Madrid. Charla informal, le pregunto por el mercado "
        "remoto en España.", "Google Meet", (org(ME, "Étienne Gagnon"), att("andrea.gil.tech@gmail.com",
                                                                             "Andrea Gil")))],
        method="REQUEST"), u, "coffee_chat"))

    u = "salon-emploi-ti-mtl-2026"
    out.append(neg("job-fair", "fr", calendar(GOOGLE, [vevent([
        f"UID:{u}", "DTSTAMP:20261101T120000Z", "DTSTART;VALUE=DATE:20261128", "DTEND;VALUE=DATE:20261129",
        txt("SUMMARY", "Salon de l'emploi TI de Montréal – Palais des congrès"),
        txt("DESCRIPTION", "Apporter 20 CV. Kiosques : Pixelnord, Banque Boréale, Orbite Paiements. "
            "Mini-entrevues éclair possibles sur place.")])]), u, "job_fair"))

    u = "tor-techfair-eventbrite-88123"
    out.append(neg("job-fair-en", "en", calendar("-//Eventbrite//Event//EN", [ev(
        u, "20261205T150000Z", "20261205T210000Z", "", "Toronto Tech Hiring Fair 2026",
        "Your ticket for Toronto Tech Hiring Fair 2026. Meet 60+ employers hiring in cloud, DevOps and data.\n"
        "Order #88123", "Metro Toronto Convention Centre, 255 Front St W",
        (org("noreply@eventbrite.com", "Eventbrite"),))]), u, "job_fair"))

    u = "reference-call-samir-20261201"
    out.append(neg("reference-call", "fr", calendar(OUTLOOK, [ev(
        u, "20261201T160000", "20261201T162000", EST, "Appel de référence – Samir Haddad (candidat chez Nuagique)",
        "Bonjour M. Gagnon, Samir vous a nommé comme référence. Nous aimerions vous poser quelques questions sur "
        "votre collaboration. 15-20 minutes.\nValérie Morin, Nuagique", "Téléphone",
        (org("valerie.morin@nuagique.ca", "Valérie Morin"), att(ME, "Étienne Gagnon")))],
        method="REQUEST", tzs=(EST,)), u, "reference"))

    u = "ref-check-en-ana-20261208"
    out.append(neg("reference-en", "en", calendar(GOOGLE, [ev(
        u, "20261208T190000Z", "20261208T191500Z", "", "Reference check for Ana Lima",
        "Hi Etienne, Ana listed you as a former teammate. Quick call about her QA work. Thanks! — Crestline People "
        "Team", "Phone", (org("people@crestline.ai", "Crestline People Team"), att(ME, rsvp="TRUE")))],
        method="REQUEST"), u, "reference"))

    u = "agence-faire-connaissance-20261124"
    out.append(neg("recruiter-intro", "fr", calendar(OUTLOOK, [ev(
        u, "20261124T120000", "20261124T123000", EST, "Faire connaissance – Isabelle (Talents Tech)",
        "Bonjour Étienne, un premier appel pour comprendre ce que vous cherchez (DevOps/SRE, salaire, mobilité). "
        "Je vous présenterai ensuite à des clients si ça correspond.\nIsabelle Caron, Talents Tech Recrutement",
        "Téléphone", (org("icaron@talentstech.ca", "Isabelle Caron"), att(ME, "Étienne Gagnon")))],
        method="REQUEST", tzs=(EST,)), u, "recruiter_call"))

    u = "summit-career-chat-eg"
    out.append(neg("recruiter-en", "en", calendar(OUTLOOK365, [ev(
        u, "20261126T140000", "20261126T142000", EST, "Career chat - Summit People Tech Recruitment",
        "Hi Etienne, let's chat about the DevOps market in Toronto and which of our clients might fit. No specific "
        "role yet.\nKelly", "Phone", (org("kelly.morrison@summitpeople.ca", "Kelly Morrison"), att(ME, "Etienne "
                                                                                                  "Gagnon")))],
        method="REQUEST", tzs=(EST,)), u, "recruiter_call"))

    u = "headhunter-de-intro-20261207"
    out.append(neg("recruiter-de", "de", calendar(OUTLOOK365, [ev(
        u, "20261207T150000Z", "20261207T153000Z", "", "Kennenlerngespräch – Brückner Tech Search",
        "Hallo Étienne, ich bin Personalberaterin für DevOps-Rollen in der DACH-Region. Ich möchte Sie und Ihre "
        "Wünsche kennenlernen, bevor ich Sie Kunden vorstelle.\nSabine Krüger", "Telefon",
        (org("s.krueger@brueckner-search.de", "Krüger, Sabine"), att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, "recruiter_call"))

    u = "prep-block-maplestack-eg"
    out.append(neg("prep-block", "fr", calendar(GOOGLE, [vevent([
        "DTSTART:20261209T230000Z", "DTEND:20261210T010000Z", "DTSTAMP:20261122T140000Z", f"UID:{u}",
        txt("SUMMARY", "Préparer entrevues finales Maplestack (relire notes, STAR)"), "TRANSP:OPAQUE"])],
        calprops=("X-WR-TIMEZONE:America/Toronto",)), u, "prep"))

    u = "afterview-tickler-1f9a-pixelnord@afterview.local"
    out.append(neg("afterview-tickler", "en", calendar("-//afterview//tickler//EN", [vevent([
        f"UID:{u}", "DTSTAMP:20261126T223000Z", "DTSTART;TZID=America/Toronto:20261126T173000",
        "DTEND;TZID=America/Toronto:20261126T174500",
        txt("SUMMARY", "Send thank-you notes — Studios Pixelnord"),
        txt("DESCRIPTION", "Write down what you discussed and the interviewers' names, then open the drafts."),
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:pixelnord"])], tzs=("America/Toronto",)),
        u, "tickler"))

    u = "coaching-carriere-20261129"
    out.append(neg("coaching", "de", calendar(GOOGLE, [ev(
        u, "20261129T160000Z", "20261129T170000Z", "", "Karriere-Coaching mit Petra (Bewerbungsgespräche üben)",
        "Sitzung 2/4: Selbstpräsentation auf Englisch und Deutsch für Bewerbungsgespräche bei europäischen Firmen.",
        "Zoom", (org("petra@coaching-weiss.de", "Petra Weiss"), att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, "coaching"))
    _ = (ME_W, zoom)
    return out
