"""holdout13: negatives other than Julien interviewing candidates (mocks, classes, press, personal, ...; CC0 1.0)."""

from __future__ import annotations

from holdout13ev_boiler import gfooter, meet, teams, zoom
from holdout13ev_ics import ME, WORK, Item, att, cal, neg, org, vev

P = ";TZID=Europe/Paris:"
R = ";TZID=Romance Standard Time:"
L = ";TZID=Europe/London:"


def french() -> list[Item]:
    """Given nothing returns the French negatives of other kinds."""
    out: list[Item] = []
    uid = "coach-simul-0412@google.com"
    out.append(neg("mock-coach", "fr", cal("google", vev(
        uid, "Simulation d'entretien avec Véronique (coach) – cas Customer Success", P + "20261205T100000",
        P + "20261205T113000",
        desc=("Séance 3 de l'accompagnement : simulation d'entretien complète, retour filmé. Apporte 2 offres "
              "qui t'intéressent.\nVéronique Lemaire – Cap Reconversion\n\n" + meet("cap-reco-vlm", "fr")),
        organizer=org("veronique@cap-reconversion.fr", "Véronique Lemaire"),
        attendees=[att("veronique@cap-reconversion.fr", "Véronique Lemaire", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid))

    uid = "atelier-ft-entretien-8821@francetravail.fr"
    out.append(neg("class", "fr", cal("outlook", vev(
        uid, "Atelier : réussir son entretien d'embauche", R + "20261208T140000", R + "20261208T163000",
        desc=("Atelier collectif (12 participants) : préparer son pitch, répondre aux questions difficiles, "
              "simulations en binôme. Agence France Travail Nice Saint-Roch."),
        organizer=org("ateliers.nice-saint-roch@francetravail.fr", "France Travail Nice Saint-Roch"),
        attendees=[att(ME, "MOREAU JULIEN")], loc="France Travail, 62 bd Saint-Roch, Nice"),
        tzs=("Romance Standard Time",)),
        uid))

    uid = "nicematin-itw-saison@nicematin.com"
    out.append(neg("press", "fr", cal("google", vev(
        uid, "Interview Nice-Matin – bilan de la saison touristique", P + "20261202T113000", P + "20261202T120000",
        desc=("Bonjour, comme convenu au téléphone, je viendrai vous interroger à l'hôtel sur la fréquentation "
              "de l'automne et les réservations de fin d'année. Photographe prévu.\nAurélie Bonnet, journaliste"),
        organizer=org("a.bonnet@nicematin.com", "Aurélie Bonnet"),
        attendees=[att(WORK, "Julien Moreau")], loc="Hôtel Belvédère – lobby"), tzs=("Europe/Paris",)),
        uid))

    uid = "4E5F6A7B-dentiste"
    out.append(neg("personal", "fr", cal("ios", vev(
        uid, "Dentiste Dr Cohen", ":20261209T083000", ":20261209T091500", loc="14 av. Jean Médecin, Nice",
        status=None), method=None),
        uid))

    uid = "banque-riviera-pret-2201@google.com"
    out.append(neg("personal-bank", "fr", cal("google", vev(
        uid, "Entretien conseiller – prêt immobilier (Banque Riviera)", P + "20261212T093000",
        P + "20261212T103000",
        desc="Apporter les 3 derniers bulletins de salaire et l'avis d'imposition.",
        organizer=org("m.ferri@banque-riviera.fr", "Mathieu Ferri"),
        attendees=[att(ME, "Julien Moreau")], loc="Agence Nice Masséna"), tzs=("Europe/Paris",)),
        uid))

    uid = "040000008200E00074C5B7101A82E00800000000belv-eae-2026"
    out.append(neg("annual-review", "fr", cal("exchange", vev(
        uid, "Entretien annuel d'évaluation – Julien Moreau", R + "20261215T150000", R + "20261215T163000",
        desc=("Julien, voici notre entretien annuel : bilan 2026, objectifs 2027, formation. Merci de "
              "remplir le support envoyé par les RH avant le rendez-vous.\nCorinne"),
        organizer=org("c.bellanger@hotel-belvedere-nice.fr", "BELLANGER Corinne"),
        attendees=[att(WORK, "MOREAU Julien")], loc="Bureau direction"), tzs=("Romance Standard Time",)),
        uid))

    uid = "cafe-nadia-roomwise@google.com"
    out.append(neg("coffee-chat", "fr", cal("google", vev(
        uid, "Café avec Nadia (ex-collègue, CSM chez Roomwise)", P + "20261206T100000", P + "20261206T110000",
        desc=("Lui demander comment elle est passée de l'hôtellerie au Customer Success et à quoi ressemble "
              "une semaine type. Pas de poste ouvert chez eux pour l'instant."),
        status=None), method="PUBLISH", head=("X-WR-CALNAME:Julien perso", "X-WR-TIMEZONE:Europe/Paris"),
        tzs=("Europe/Paris",)),
        uid))

    uid = "ref-chloe-loopia@google.com"
    out.append(neg("reference-call", "fr", cal("google", vev(
        uid, "Appel de référence – pour Chloé Martin (ancienne réceptionniste)", P + "20261211T110000",
        P + "20261211T111500",
        desc=("Bonjour M. Moreau, Chloé Martin vous a indiqué comme référence pour le poste de support client "
              "chez Loopia. Je vous appelle 10 minutes sur son travail à la réception.\nAmandine Leclerc" +
              gfooter("fr", WORK)),
        organizer=org("amandine.leclerc@loopia.io", "Amandine Leclerc"),
        attendees=[att("amandine.leclerc@loopia.io", "Amandine Leclerc", ps="ACCEPTED", rsvp=False),
                   att(WORK, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid))

    uid = "hotelia-point-carriere-19@hotelia-conseil.fr"
    out.append(neg("recruiter-intake", "fr", cal("outlook", vev(
        uid, "Échange avec Hôtelia Conseil – point sur votre projet", R + "20261201T180000", R + "20261201T183000",
        desc=("Bonjour Julien, ravie de faire connaissance. J'aimerais comprendre votre projet de reconversion "
              "vers le SaaS et vos attentes (zone, salaire) avant de vous proposer à nos clients.\nClaire Dumas"
              "\n\n" + teams("aGvsconseil", "fr")),
        organizer=org("c.dumas@hotelia-conseil.fr", "Claire Dumas"),
        attendees=[att(ME, "Julien Moreau")]), tzs=("Romance Standard Time",)),
        uid))

    uid = "7D8E9F0A-prep-quaiflow"
    out.append(neg("prep-block", "fr", cal("apple", vev(
        uid, "Préparer entretien Quaiflow (relire offre + STAR)", P + "20261207T200000", P + "20261207T213000",
        status=None), method=None, tzs=("Europe/Paris",)),
        uid))
    return out


def english() -> list[Item]:
    """Given nothing returns the English negatives of other kinds."""
    out: list[Item] = []
    uid = "mock-sarah-bookvale@google.com"
    out.append(neg("mock-real-onsite", "en", cal("google", vev(
        uid, "Mock interview with Sarah (prep for Bookvale onsite)", P + "20261216T190000", P + "20261216T200000",
        desc=("Sarah (ex-CSM at Bookvale, now freelance) plays the VP for a practice run before Friday. Not the "
              "real thing – just rehearsal.\n\n" + meet("mck-srh-bkv") + gfooter("en", ME)),
        organizer=org("sarah.kim.cs@gmail.com", "Sarah Kim"),
        attendees=[att("sarah.kim.cs@gmail.com", "Sarah Kim", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid))

    uid = "webinar-ace-cs-interview-3391@zoom.us"
    out.append(neg("webinar", "en", cal("zoom", vev(
        uid, "Webinar: Ace your Customer Success interview (from hospitality to SaaS)", ":20261203T170000Z",
        ":20261203T180000Z",
        desc=("Hi Julien Moreau,\n\nThank you for registering for \"Ace your Customer Success interview\". Hosted by "
              "CS Career Lab.\n\nPlease submit any questions to: events@cscareerlab.com\n\n"
              + zoom("912 4470 2281", "CsLb77aaQ")),
        organizer=org("no-reply@zoom.us", "CS Career Lab"), attendees=[att(ME, "Julien Moreau")]),
        method="REQUEST"),
        uid))

    uid = "loopia-ux-research-77@loopia.io"
    out.append(neg("user-research", "en", cal("google", vev(
        uid, "Loopia user interview – front desk workflows (€50 voucher)", P + "20261204T150000",
        P + "20261204T154500",
        desc=("Hi Julien, thanks for signing up for our research panel! We'd love to watch how your front desk "
              "handles guest messages today. This is product research, not a job interview.\nRosa, UX Researcher"
              "\n\n" + meet("lpa-uxre-rsa")),
        organizer=org("rosa.klein@loopia.io", "Rosa Klein"),
        attendees=[att("rosa.klein@loopia.io", "Rosa Klein", ps="ACCEPTED", rsvp=False),
                   att(WORK, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid))

    uid = "podcast-hospitality-voices-ep42@riverside.fm"
    out.append(neg("podcast", "en", cal("google", vev(
        uid, "Hospitality Voices podcast – interview with Julien Moreau (ep. 42)", L + "20261210T170000",
        L + "20261210T180000",
        desc=("Recording on Riverside: https://riverside.fm/studio/hospitality-voices\nTopic: running a front "
              "desk through the summer rush. Host: Ollie Grant."),
        organizer=org("ollie@hospitalityvoices.fm", "Ollie Grant"),
        attendees=[att(ME, "Julien Moreau")]), tzs=("Europe/London",)),
        uid))

    uid = "fo-weekly-belv@hotel-belvedere-nice.fr"
    out.append(neg("internal-recurring", "en", cal("outlook", vev(
        uid, "Front office weekly", R + "20261201T093000", R + "20261201T100000",
        desc="Occupancy, VIP arrivals, staffing gaps, complaints follow-up.",
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("karima.ait@hotel-belvedere-nice.fr", "Karima Ait"),
                   att("p.lucas@hotel-belvedere-nice.fr", "Pierre Lucas")],
        extra=["RRULE:FREQ=WEEKLY;BYDAY=TU"]), tzs=("Romance Standard Time",)),
        uid))

    uid = "budget-2027-belv@hotel-belvedere-nice.fr"
    out.append(neg("internal", "en", cal("outlook", vev(
        uid, "Budget 2027 review – rooms division", R + "20261218T100000", R + "20261218T113000",
        desc="Please bring staffing plan and ADR assumptions for the front office.",
        organizer=org("c.bellanger@hotel-belvedere-nice.fr", "Corinne Bellanger"),
        attendees=[att(WORK, "Julien Moreau"), att("finance@hotel-belvedere-nice.fr", "Finance")]),
        tzs=("Romance Standard Time",)),
        uid))

    uid = "coffee-trainly-learn@google.com"
    out.append(neg("coffee-chat", "en", cal("google", vev(
        uid, "Coffee chat – learning about CS at Trainly", L + "20261219T083000", L + "20261219T090000",
        desc=("Hi Julien, happy to tell you what Customer Success looks like here and how I moved over from "
              "airlines. Informal – I'm not involved in hiring. Kemi" + gfooter("en", ME)),
        organizer=org("kemi.adeyemi@trainly.co.uk", "Kemi Adeyemi"),
        attendees=[att("kemi.adeyemi@trainly.co.uk", "Kemi Adeyemi", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")], loc="Caravan King's Cross"), tzs=("Europe/London",)),
        uid))

    uid = "hjf-paris-2027-ticket-88120"
    out.append(neg("job-fair", "en", cal("-//Eventbrite//Eventbrite Tickets//EN", vev(
        uid, "Hospitality & Travel Tech Jobs Fair – Paris", ";VALUE=DATE:20270114", ";VALUE=DATE:20270115",
        desc="Your ticket for Hospitality & Travel Tech Jobs Fair. 40+ employers, CV clinic. Order #88120.",
        loc="Paris Expo, Hall 4"), method="PUBLISH"),
        uid))

    uid = "ref-tom-girard-bookvale@bookvale.com"
    out.append(neg("reference-call", "en", cal("google", vev(
        uid, "Reference call re: Tom Girard", L + "20261209T150000", L + "20261209T152000",
        desc=("Hi Julien – Tom Girard has listed you as a referee for our Support Specialist role. Could we "
              "have 15 minutes to hear about his time on your front desk? Megan, Bookvale Recruiting"),
        organizer=org("megan.li@bookvale.com", "Megan Li"),
        attendees=[att(WORK, "Julien Moreau")]), tzs=("Europe/London",)),
        uid))

    uid = "talentbridge-intro-5521@talentbridge.io"
    out.append(neg("recruiter-intake", "en", cal("outlook", vev(
        uid, "Julien / Talentbridge – intro call", ";TZID=GMT Standard Time:20261202T160000",
        ";TZID=GMT Standard Time:20261202T162000",
        desc=("Hi Julien, saw your profile on LinkedIn. I recruit for several travel-tech clients and wanted to "
              "understand what you're looking for before I put anything in front of you.\nKind regards, "
              "Callum Reid, Talentbridge"),
        organizer=org("callum.reid@talentbridge.io", "Callum Reid"), attendees=[att(ME, "Julien Moreau")]),
        tzs=("GMT Standard Time",)),
        uid))

    uid = "C9D8E7F6-flat-geneva"
    out.append(neg("personal-viewing", "en", cal("ios", vev(
        uid, "Flat viewing Geneva – Rue de Carouge 52 (agency: Régie Lac)", ";TZID=Europe/Zurich:20261213T110000",
        ";TZID=Europe/Zurich:20261213T114500", status=None), method=None, tzs=("Europe/Zurich",)),
        uid))

    uid = "coach-prep-voyaj-final@google.com"
    out.append(neg("mock-coach", "en", cal("google", vev(
        uid, "Practice run for Voyaj final (with coach Véronique)", P + "20261222T180000", P + "20261222T190000",
        desc="Rehearse the 30-60-90 plan and questions for the CEO." + "\n\n" + meet("cap-reco-vm2"),
        organizer=org("veronique@cap-reconversion.fr", "Véronique Lemaire"),
        attendees=[att(ME, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid))
    return out


def german_spanish() -> list[Item]:
    """Given nothing returns the German and Spanish negatives of other kinds."""
    out: list[Item] = []
    uid = "uebung-stefan-mock@google.com"
    out.append(neg("mock-friend", "de", cal("google", vev(
        uid, "Übungsinterview auf Deutsch mit Stefan", ";TZID=Europe/Berlin:20261207T190000",
        ";TZID=Europe/Berlin:20261207T200000",
        desc=("Stefan spielt den Personaler von Alpenrast, damit ich das Gespräch am Mittwoch auf Deutsch üben "
              "kann." + gfooter("de", ME)),
        organizer=org(ME, "Julien Moreau"),
        attendees=[att("stefan.maier.muc@gmx.de", "Stefan Maier")]), tzs=("Europe/Berlin",)),
        uid))

    uid = "kaffee-hoteltech-austausch@google.com"
    out.append(neg("coffee-chat", "de", cal("google", vev(
        uid, "Kaffee mit Stefan – Austausch über Hotel-Tech", ";TZID=Europe/Berlin:20261220T160000",
        ";TZID=Europe/Berlin:20261220T170000",
        desc="Einfach quatschen, wie es bei Alpenrast im Alltag läuft. Keine offene Stelle bei ihm im Team.",
        organizer=org("stefan.maier.muc@gmx.de", "Stefan Maier"),
        attendees=[att(ME, "Julien Moreau")], loc="Café Luitpold, München"), tzs=("Europe/Berlin",)),
        uid))

    uid = "referenz-seehof-brandt@seehof-hotels.de"
    out.append(neg("reference-call", "de", cal("outlook", vev(
        uid, "Referenzgespräch zu Frau Lisa Brandt (Ihre frühere Mitarbeiterin)",
        ";TZID=W. Europe Standard Time:20261214T113000", ";TZID=W. Europe Standard Time:20261214T114500",
        desc=("Sehr geehrter Herr Moreau, Frau Brandt hat Sie als Referenz angegeben. Wir würden Sie gern kurz "
              "zu ihrer Zeit an Ihrer Rezeption befragen.\nSeehof Hotelgruppe, Personal"),
        organizer=org("personal@seehof-hotels.de", "Seehof Personal"),
        attendees=[att(WORK, "Julien Moreau")]), tzs=("W. Europe Standard Time",)),
        uid))

    uid = "jobmesse-hotellerie-muc-2027"
    out.append(neg("job-fair", "de", cal("apple", vev(
        uid, "Jobmesse Hotellerie & Tourismus München", ";VALUE=DATE:20270122", ";VALUE=DATE:20270123",
        desc="Stände: Perlhaus, Seehof, Alpenrast. CV auf Deutsch mitnehmen.", loc="MOC München",
        status=None), method=None),
        uid))

    uid = "taller-entrevistas-ingles@google.com"
    out.append(neg("class", "es", cal("google", vev(
        uid, "Taller: preparar entrevistas de trabajo en inglés", ";TZID=Europe/Madrid:20261210T183000",
        ";TZID=Europe/Madrid:20261210T200000",
        desc=("Sesión 2 del curso online: preguntas típicas, role-play por parejas. Profesora: Ana Belén Ruiz."
              "\n\n" + meet("tal-ler-ing", "es")),
        organizer=org("cursos@escuelaidiomasbcn.es", "Escuela de Idiomas BCN"),
        attendees=[att(ME, "Julien Moreau")]), tzs=("Europe/Madrid",)),
        uid))

    uid = "feria-empleo-turismo-bcn-2027"
    out.append(neg("job-fair", "es", cal("google", vev(
        uid, "Feria de empleo Turismo y Hostelería – Barcelona", ";VALUE=DATE:20270128", ";VALUE=DATE:20270129",
        desc="Entrada gratuita. Stands de cadenas hoteleras y startups de viajes.", loc="Fira Montjuïc",
        status=None), method="PUBLISH", head=("X-WR-TIMEZONE:Europe/Madrid",)),
        uid))

    uid = "headhunter-llamada-intro@vertice-talento.es"
    out.append(neg("recruiter-intake", "es", cal("outlook", vev(
        uid, "Llamada con Vértice Talento – conocer tu perfil", ";TZID=Romance Standard Time:20261204T130000",
        ";TZID=Romance Standard Time:20261204T133000",
        desc=("Hola Julien:\nsoy headhunter en Vértice Talento. Me gustaría conocer tu perfil y tus "
              "preferencias; ahora mismo no tengo ninguna posición concreta para ti.\nSaludos, Irene Casal"),
        organizer=org("irene.casal@vertice-talento.es", "Irene Casal"),
        attendees=[att(ME, "Julien Moreau")]), tzs=("Romance Standard Time",)),
        uid))
    return out


def items() -> list[Item]:
    """Given nothing returns every negative of other kinds."""
    return french() + english() + german_spanish()
