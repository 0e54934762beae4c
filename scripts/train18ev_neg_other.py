"""train18 negatives other than the user as interviewer: mocks, webinars, research, press, personal, internal,
coffee chats, job fairs, reference calls, recruiter calls naming no employer, a prep block and a tickler."""

from __future__ import annotations

from train18ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    STAMP,
    Ev,
    att,
    cal,
    comp,
    d,
    google_footer,
    loc,
    meet,
    org,
    room,
    s,
    teams_en,
    tz_olson,
    tz_windows,
    ve,
    zoom,
)

E: list[Ev] = []
UBE = "univ-bruxelles-est.be"

u = "cap-emploi-ixelles-simu-20261126"
E.append(Ev("mock-coach-fr", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261126T140000",
        "DTEND;TZID=Romance Standard Time:20261126T153000",
        s("Simulation d'entretien d'embauche – accompagnement reconversion IT"),
        org("n.mbeki@cap-emploi-ixelles.be", "Mbeki Nadine"), att(ME_PRIVATE, "Diallo Amadou"),
        d("Bonjour Monsieur Diallo,\n\nComme convenu lors de notre dernier rendez-vous de coaching, nous ferons "
          "une simulation d'entretien filmée (poste fictif : ingénieur cloud dans une banque), suivie d'un "
          "débriefing. Ce n'est pas un vrai recrutement : l'objectif est de travailler votre pitch et vos "
          "exemples STAR.\n\nNadine Mbeki, conseillère emploi – Cap Emploi Ixelles"),
        loc("Cap Emploi Ixelles, Chaussée d'Ixelles 227"))),
    False, trap="mock_interview"))

u = "9s8d7f6g5h4j3k2l1q0w@google.com"
E.append(Ev("mock-friend-en", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261129T190000Z", "DTEND:20261129T200000Z", STAMP, org("karim.haddadi@gmail.com", "Karim Haddadi"),
        f"UID:{u}", att(ME_PRIVATE, "Amadou Diallo"), att("karim.haddadi@gmail.com", "Karim Haddadi", stat="ACCEPTED"),
        d("Practice run before your Ledgerline onsite: I'll play the interviewer, 45 min system design (design "
          "a multi-region k8s platform) + 15 min feedback. Not real, no pressure :)\n\n"
          + meet("en", "krm-mock-sd1") + google_footer("en", ME_PRIVATE)),
        s("Mock system design interview with Karim (practice)"), "STATUS:CONFIRMED")),
    False, trap="mock_interview"))

u = "lucia-simulacro-practica@gmail.com"
E.append(Ev("mock-es", "es", u, cal(
    GOOGLE, ve(
        "DTSTART:20261205T100000Z", "DTEND:20261205T110000Z", STAMP, org("lucia.ferrer.dev@gmail.com", "Lucía Ferrer"),
        f"UID:{u}", att(ME_PRIVATE, "Amadou Diallo"),
        d("Simulacro de entrevista técnica en español para practicar antes de las entrevistas con empresas de "
          "Madrid. Yo hago de entrevistadora; luego te doy feedback.\n\n" + meet("es", "lcf-simu-prc")
          + google_footer("es", ME_PRIVATE)),
        s("Simulacro de entrevista con Lucía (práctica)"))),
    False, trap="mock_interview"))

u = "livestorm-webinaire-entretien-cloud-2026"
E.append(Ev("webinar-fr", "fr", u, cal(
    "-//Livestorm//Livestorm Events//FR", ve(
        f"UID:{u}", STAMP, "DTSTART:20261202T113000Z", "DTEND:20261202T123000Z",
        s("Webinaire : Réussir son entretien d'embauche cloud / DevOps"),
        org("events@cloudcareers-academy.fr", "CloudCareers Academy"),
        d("Merci pour votre inscription !\n\nAu programme : les questions techniques les plus fréquentes en "
          "entretien DevOps, comment présenter un projet Terraform, négocier son salaire. Questions-réponses en "
          "direct.\n\nRejoindre le webinaire : https://app.livestorm.co/cloudcareers/reussir-entretien-cloud\n"
          "Ce lien est personnel."),
        loc("https://app.livestorm.co/cloudcareers/reussir-entretien-cloud")), method="PUBLISH"),
    False, trap="webinar"))

u = "eventbrite-88102231-aws-sa-interview"
E.append(Ev("webinar-en", "en", u, cal(
    "-//Eventbrite//Eventbrite Calendar//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261208T170000Z", "DTEND:20261208T180000Z",
        s("Webinar: Cracking the AWS Solutions Architect Interview"),
        org("noreply@eventbrite.com", "Cloud Skills Meetup Brussels"),
        d("Your ticket for Webinar: Cracking the AWS Solutions Architect Interview.\nSpeakers: two hiring "
          "managers share how they run architecture interviews and what they look for.\n\n"
          + zoom("en", "812 9904 3310", "WbnAWS1x") + "\nOrder #88102231"),
        loc("Online event")), method="PUBLISH"),
    False, trap="webinar"))

u = "csl-workshop-vorstellungsgespraech-en"
E.append(Ev("class-de", "de", u, cal(
    OUTLOOK, tz_windows("W. Europe Standard Time"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=W. Europe Standard Time:20261212T090000",
        "DTEND;TZID=W. Europe Standard Time:20261212T130000",
        s("Workshop: Vorstellungsgespräche auf Englisch souverän führen"),
        org("formation@weiterbildung-lux.lu", "Weiterbildungszentrum Luxemburg"), att(ME_PRIVATE, "Diallo Amadou"),
        d("Anmeldebestätigung\n\nKurs-Nr. 26-4471 – Workshop für Berufswechsler: typische Fragen, "
          "Selbstpräsentation, Rollenspiele in Kleingruppen.\nKursleitung: Martina Schroeder\nOrt: "
          "Weiterbildungszentrum, 2, rue Pierre Hentges, Luxemburg – Raum 3"),
        loc("Weiterbildungszentrum Luxemburg, Raum 3"))),
    False, trap="class"))

u = "ticketeo-ux-research-p17"
E.append(Ev("user-research-en", "en", u, cal(
    "-//Calendly//Calendly//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261201T150000Z", "DTEND:20261201T154500Z",
        s("User research interview - Ticketeo (45 min, €40 voucher)"),
        org("research@ticketeo.com", "Ticketeo UX Research"), att(ME_WORK, "Amadou Diallo"),
        d("Thanks for volunteering! We'd like to learn how your university service desk handles ticket triage "
          "and what frustrates you in your current ITSM tool. This is a research session about our product, "
          "not a sales call. You'll receive a €40 voucher.\n\nModerator: Tess Gilmore, UX Researcher\n"
          "Join: https://ticketeo.zoom.us/j/81100227744\n\nPowered by Calendly.com"),
        loc("Zoom"))),
    False, trap="user_research"))

u = "kubelift-ux-entretien-utilisateur-04"
E.append(Ev("user-research-fr-applied-company", "fr", u, cal(
    GOOGLE, ve(
        "DTSTART:20261209T100000Z", "DTEND:20261209T104500Z", STAMP, org("research@kubelift.io", "Kubelift Research"),
        f"UID:{u}", att(ME_WORK, "a.diallo@univ-bruxelles-est.be"),
        d("Bonjour,\nMerci d'avoir accepté de participer à notre étude utilisateur sur la gestion de clusters "
          "Kubernetes dans les universités. Entretien de 45 min avec notre designer Chloé ; nous vous "
          "montrerons des maquettes et recueillerons vos retours. Aucune préparation n'est nécessaire.\n\n"
          + meet("fr", "kbl-ux-rs04") + google_footer("fr", ME_WORK)),
        s("Entretien utilisateur – étude Kubelift (45 min)"))),
    False, trap="user_research"))

u = "quotidien-bxl-interview-panne-campus"
E.append(Ev("press-fr", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261127T103000",
        "DTEND;TZID=Romance Standard Time:20261127T110000",
        s("Interview presse – Le Quotidien bruxellois (panne réseau du campus)"),
        org(f"communication@{UBE}", "UBE – Service Communication"), att(ME_WORK, "Diallo Amadou"),
        att("h.renard@quotidien-bxl.be", "Hugo Renard"),
        d("Hugo Renard, journaliste au Quotidien bruxellois, souhaite interroger le responsable du support IT "
          "sur la panne réseau de la semaine dernière et les mesures prises. Le service Communication assiste "
          "à l'interview. Éléments de langage en pièce jointe."),
        loc("Bureau Communication, Rectorat"))),
    False, trap="press"))

u = "helpdesk-heroes-ep42-recording"
E.append(Ev("podcast-en", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261213T150000Z", "DTEND:20261213T160000Z", STAMP,
        org("hello@helpdeskheroes.fm", "Helpdesk Heroes Podcast"), f"UID:{u}", att(ME_PRIVATE, "Amadou Diallo"),
        d("Podcast recording - 'Helpdesk Heroes' ep. 42: from university support desk to cloud engineering. "
          "Host: Dana Whitfield. We record on Riverside: https://riverside.fm/studio/helpdesk-heroes\n"
          "Please use headphones."),
        s("Podcast interview recording – Helpdesk Heroes ep. 42"))),
    False, trap="podcast"))

u = "A1B2C3D4-DENT-4E5F-9999-VERMEULEN"
E.append(Ev("personal-dentist", "fr", u, cal(
    IOS, ve(
        "CREATED:20261110T081000Z", f"UID:{u}", "DTSTART:20261201T081500", "DTEND:20261201T090000",
        "DTSTAMP:20261110T081002Z", s("Dentiste – Dr Vermeulen"), loc("Rue du Bailli 12, Ixelles"),
        "SEQUENCE:0", comp("VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT30M")), method=None),
    False, trap="personal"))

u = "credit-mosan-agence-ixelles-rdv-8812"
E.append(Ev("personal-mortgage-applied-bank", "fr", u, cal(
    "-//Crédit Mosan//Prise de rendez-vous//FR", ve(
        f"UID:{u}", STAMP, "DTSTART:20261205T090000Z", "DTEND:20261205T100000Z",
        s("Rendez-vous crédit hypothécaire – Crédit Mosan agence Ixelles"),
        org("agence.ixelles@credit-mosan.be", "Crédit Mosan – Agence Ixelles"), att(ME_PRIVATE, "Amadou Diallo"),
        d("Cher client,\n\nNous vous confirmons votre rendez-vous avec votre conseiller crédit, M. Olivier Hanssens, "
          "pour l'étude de votre projet d'achat immobilier. Merci d'apporter vos trois dernières fiches de paie "
          "et votre avertissement-extrait de rôle.\n\nCrédit Mosan – Agence Ixelles"),
        loc("Crédit Mosan, Place Fernand Cocq 3, 1050 Ixelles")), method="PUBLISH"),
    False, trap="personal"))

u = "C8D9E0F1-1234-4ABC-8DEF-INSTITUTRICE"
E.append(Ev("personal-school-teacher", "fr", u, cal(
    APPLE, ve(
        "CREATED:20261118T210000Z", f"UID:{u}", "DTSTART;TZID=Europe/Brussels:20261203T164500",
        "DTEND;TZID=Europe/Brussels:20261203T171500", "DTSTAMP:20261118T210001Z",
        s("Entretien avec l'institutrice de Mariam (bulletin)"), loc("École n°8, classe de 3e"), "SEQUENCE:0"),
        method=None).replace("BEGIN:VEVENT", tz_olson() + "\r\nBEGIN:VEVENT", 1),
    False, trap="personal"))

u = "F00DBABE-7777-4C1D-AAAA-KIRCHBERG"
E.append(Ev("personal-flat-viewing-de", "de", u, cal(
    APPLE, ve(
        "CREATED:20261120T120000Z", f"UID:{u}", "DTSTART:20261212T143000", "DTEND:20261212T151500",
        "DTSTAMP:20261120T120005Z", s("Wohnungsbesichtigung Luxemburg-Kirchberg (2 Zi.)"),
        loc("Rue Alphonse Weicker, Kirchberg"),
        d("Makler: Hr. Thill, Tel. +352 621 00 00 00. Nur falls Lux-Jobs klappen!"), "SEQUENCE:0"), method=None),
    False, trap="personal"))

u = "cervantes-conversacion-b2-06"
E.append(Ev("personal-spanish-class", "es", u, cal(
    GOOGLE, ve(
        "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211", STAMP, f"UID:{u}",
        s("Clase de conversación de español B2 (examen oral de práctica)"),
        d("Traer los deberes. Tema: entrevistas de trabajo en España (vocabulario)."),
        loc("Instituto de idiomas, Av. de Tervueren 64"), "TRANSP:TRANSPARENT"),
        method="PUBLISH", head=("X-WR-CALNAME:Amadou perso", "X-WR-TIMEZONE:Europe/Brussels")),
    False, trap="personal"))

u = "040000008200E00074C5B7101A82E00800000000UBETEAMMEETING0EXAMS00000000000001000000TM"
E.append(Ev("internal-team-meeting", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261130T093000",
        "DTEND;TZID=Romance Standard Time:20261130T103000",
        s("Réunion d'équipe support – planning session d'examens de janvier"),
        org(ME_WORK, "Diallo Amadou"), att(f"s.haddou@{UBE}", "Haddou Samira"),
        att(f"k.willems@{UBE}", "Willems Kristof"), att(f"s.mertens@{UBE}", "Mertens Sarah"),
        room(f"salle.b214@{UBE}", "UBE - Bât. B - B2.14 (réunion 6p)"),
        d("Ordre du jour : permanences pendant la session, préparation des salles d'examen sur PC, congés de "
          "fin d'année, recrutement des jobistes (point rapide)."),
        loc("B2.14"))),
    False, trap="internal"))

u = "UBE-EVAL-ANNUELLE-DIALLO-2026"
E.append(Ev("internal-own-annual-review", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261215T140000",
        "DTEND;TZID=Romance Standard Time:20261215T150000",
        s("Entretien annuel d'évaluation – Amadou Diallo"),
        org(f"c.vandenberghe@{UBE}", "Vandenberghe Claire"), att(ME_WORK, "Diallo Amadou"),
        d("Bonjour Amadou,\nComme chaque année, voici notre entretien d'évaluation et de développement. Merci "
          "de compléter au préalable le formulaire d'auto-évaluation sur l'intranet RH.\nClaire, directrice "
          "du Service informatique"),
        loc("Bureau de la direction, Bât. A"))),
    False, trap="own_review"))

u = "UBE-CAB-WEEKLY-2026-48"
E.append(Ev("internal-cab", "en", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261126T140000",
        "DTEND;TZID=Romance Standard Time:20261126T143000",
        s("CAB – weekly change advisory board"), org(f"k.willems@{UBE}", "Willems Kristof"),
        att(ME_WORK, "Diallo Amadou"), att(f"m.lambotte@{UBE}", "Lambotte Michel"),
        d("Changes this week: Wi-Fi controller firmware, Intune compliance policy for staff laptops, "
          "print server decommission.\n\n" + teams_en("301 554 886 002", "Q0FCd2Vla2x5M")),
        loc("Microsoft Teams Meeting"))),
    False, trap="internal"))

u = "5t6y7u8i9o0p1a2s3d4f@google.com"
E.append(Ev("coffee-informational-fr", "fr", u, cal(
    GOOGLE, ve(
        "DTSTART:20261128T090000Z", "DTEND:20261128T100000Z", STAMP, org(ME_PRIVATE, "Amadou Diallo"),
        f"UID:{u}", att("julien.claes@corvane.com", "Julien Claes"),
        att(ME_PRIVATE, "Amadou Diallo", stat="ACCEPTED", rsvp=False),
        d("Café informel avec Julien (ancien collègue du service info, maintenant consultant chez Corvane) : "
          "lui demander comment il a fait la transition vers le cloud, comment c'est la vie de consultant. "
          "Pas de poste ouvert, juste pour m'informer."),
        s("Café avec Julien (ex-collègue, Corvane)"), loc("Café Le Pain Quotidien, Place du Châtelain"))),
    False, trap="coffee_chat"))

u = "grachtbank-coffee-informational-jv"
E.append(Ev("coffee-informational-en", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261123T160000Z", "DTEND:20261123T163000Z", STAMP, org(ME_PRIVATE, "Amadou Diallo"),
        f"UID:{u}", att("eva.smit@grachtbank.nl", "Eva Smit"),
        d("Informational chat - Eva kindly agreed to tell me what platform engineering looks like at "
          "Grachtbank and in Dutch banks generally. She's not recruiting; LinkedIn intro via Mila.\n\n"
          + meet("en", "evs-info-cof") + google_footer("en", ME_PRIVATE)),
        s("Coffee chat – learn about platform eng at Grachtbank (informational)"))),
    False, trap="coffee_chat"))

u = "marta-cafe-nubeira-info"
E.append(Ev("coffee-informational-es", "es", u, cal(
    IOS, ve(
        "CREATED:20261119T120000Z", f"UID:{u}", "DTSTART:20261122T110000", "DTEND:20261122T120000",
        "DTSTAMP:20261119T120002Z", s("Café con Marta – charla informativa sobre Nubeira"),
        d("Marta trabaja en Nubeira (equipo de datos). Preguntarle por la cultura y el trabajo remoto. No es "
          "entrevista."), loc("Place Flagey"), "SEQUENCE:0"), method=None),
    False, trap="coffee_chat"))

u = "brussels-tech-job-fair-2026-visitor"
E.append(Ev("job-fair-en", "en", u, cal(
    "-//Eventbrite//Eventbrite Calendar//EN", ve(
        f"UID:{u}", STAMP, "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204",
        s("Brussels Tech Job Fair 2026 (visitor ticket)"), org("noreply@eventbrite.com", "Brussels Tech Job Fair"),
        d("Meet 80+ employers hiring in cloud, data and cybersecurity. Bring printed CVs. On-the-spot "
          "interviews possible at some stands.\nTicket: General admission"),
        loc("Tour & Taxis, Avenue du Port 86C, 1000 Bruxelles"), "TRANSP:TRANSPARENT"), method="PUBLISH"),
    False, trap="job_fair"))

u = "forum-emploi-it-luxexpo-2026"
E.append(Ev("job-fair-fr", "fr", u, cal(
    GOOGLE, ve(
        "DTSTART;TZID=Europe/Luxembourg:20261218T100000", "DTEND;TZID=Europe/Luxembourg:20261218T170000", STAMP,
        f"UID:{u}", s("Forum Emploi IT – Luxembourg (Luxexpo)"),
        d("Salon de recrutement IT : stands des banques et de la fonction publique européenne. Inscription "
          "gratuite, badge par e-mail."),
        loc("Luxexpo The Box, Kirchberg"), "TRANSP:OPAQUE"),
        method="PUBLISH", head=("X-WR-CALNAME:Recherche emploi", "X-WR-TIMEZONE:Europe/Brussels")
    ).replace("BEGIN:VEVENT", tz_olson("Europe/Luxembourg") + "\r\nBEGIN:VEVENT", 1),
    False, trap="job_fair"))

u = "telnova-reference-kdubois-0045"
E.append(Ev("reference-call-fr", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261207T113000",
        "DTEND;TZID=Romance Standard Time:20261207T114500",
        s("Appel de référence – candidature de Kevin Dubois"),
        org("lotte.janssens@telnova.be", "Janssens Lotte"), att(ME_WORK, "Diallo Amadou"),
        d("Bonjour Monsieur Diallo,\n\nKevin Dubois, qui a travaillé dans votre équipe support, vous a cité "
          "comme référence pour un poste de technicien chez Telnova. Je vous appellerai 15 minutes pour "
          "quelques questions sur sa collaboration avec vous.\n\nLotte Janssens, Telnova Recrutement"),
        loc("Téléphone"))),
    False, trap="reference_call"))

u = "pylonix-reference-priya-0112"
E.append(Ev("reference-call-en", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261210T140000Z", "DTEND:20261210T141500Z", STAMP, org("sofia@pylonix.io", "Sofia Marin"),
        f"UID:{u}", att(ME_PRIVATE, "Amadou Diallo"),
        d("Hi Amadou, Priya Venkatesan listed you as a reference (she worked on your helpdesk team as a "
          "student). 15 minutes about her work with you would be great.\nSofia, Recruiter at Pylonix\n\n"
          + meet("en", "pyl-refr-pv1") + google_footer("en", ME_PRIVATE)),
        s("Reference call for Priya Venkatesan"))),
    False, trap="reference_call"))

u = "carringtonhale-intro-2026-11-24"
E.append(Ev("recruiter-no-employer-en", "en", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261124T123000",
        "DTEND;TZID=Romance Standard Time:20261124T130000",
        s("Intro call - Carrington Hale (cloud roles in Benelux)"),
        org("oliver.grant@carringtonhale.com", "Grant, Oliver"), att(ME_PRIVATE, "Diallo, Amadou"),
        d("Hi Amadou, thanks for connecting. A first call to understand your background and what you are looking "
          "for; I'll give you an overview of the cloud/platform market in Benelux and the kind of clients we work "
          "with. No specific role yet.\n\n" + teams_en("344 902 118 557", "Q2FycmluZ3Rvb")),
        loc("Microsoft Teams Meeting"))),
    False, trap="recruiter_no_employer"))

u = "headhunter-lux-opportunites-77"
E.append(Ev("recruiter-no-employer-fr", "fr", u, cal(
    GOOGLE, ve(
        "DTSTART:20261202T170000Z", "DTEND:20261202T173000Z", STAMP,
        org("p.lefort@lefort-executive.lu", "Pascale Lefort"), f"UID:{u}", att(ME_PRIVATE, "Amadou Diallo"),
        d("Bonjour Amadou,\nSuite à notre échange LinkedIn, je vous propose un appel pour faire connaissance "
          "et parler des opportunités cloud que je suis au Luxembourg (secteur financier, postes confidentiels). "
          "Je vous présenterai les clients ultérieurement si votre profil correspond.\nPascale Lefort – Lefort "
          "Executive Search\n\n" + meet("fr", "lft-exec-lux") + google_footer("fr", ME_PRIVATE)),
        s("Échange avec Pascale Lefort (chasseuse de têtes) – opportunités Luxembourg"))),
    False, trap="recruiter_no_employer"))

u = "brandt-partner-kennenlernen-ad"
E.append(Ev("recruiter-no-employer-de", "de", u, cal(
    OUTLOOK, tz_windows("W. Europe Standard Time"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=W. Europe Standard Time:20261209T080000",
        "DTEND;TZID=W. Europe Standard Time:20261209T083000",
        s("Kennenlerngespräch Personalberatung – Ihr Kandidatenprofil"),
        org("s.brandt@brandt-partner.de", "Brandt, Sabine"), att(ME_PRIVATE, "Diallo, Amadou"),
        d("Sehr geehrter Herr Diallo,\n\nvielen Dank für Ihr Interesse. In diesem ersten Gespräch möchte ich Ihr "
          "Profil und Ihre Wünsche kennenlernen, damit wir Sie passenden Mandanten vorschlagen können. Konkrete "
          "Unternehmen nenne ich erst nach Ihrer Zustimmung.\n\nSabine Brandt – Brandt & Partner "
          "Personalberatung\n\nTelefon: wir rufen Sie an"),
        loc("Telefon"))),
    False, trap="recruiter_no_employer"))

u = "prep-grachtbank-tech-0001"
E.append(Ev("prep-block", "en", u, cal(
    APPLE, ve(
        "CREATED:20261122T090000Z", f"UID:{u}", "DTSTART;TZID=Europe/Brussels:20261125T120000",
        "DTEND;TZID=Europe/Brussels:20261125T133000", "DTSTAMP:20261122T090001Z",
        s("Prep: Grachtbank technical – review k8s networking + GitOps notes"), "SEQUENCE:0",
        d("re-read CNI notes, Argo sync waves, 2 incident stories")),
        method=None).replace("BEGIN:VEVENT", tz_olson() + "\r\nBEGIN:VEVENT", 1),
    False, trap="prep_block"))

u = "afterview-tickler-kubelift-sre-thanks"
E.append(Ev("afterview-tickler", "en", u, cal(
    "-//afterview//afterview//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261127T184500Z", "DTEND:20261127T190000Z",
        s("Send thank-you notes — Kubelift, SRE"),
        d("afterview: your interview with Kubelift ended at 17:45. Drafts are in your Drafts folder. Write down "
          "your reflections and interviewer names."),
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thankyou:kubelift:sre:1",
        "X-AFTERVIEW-HASH:3f1c9e0a", "TRANSP:TRANSPARENT"), method="PUBLISH"),
    False, trap="afterview_tickler"))
