"""Blind holdout25: other negatives (mock, webinars, press, personal, internal, chats, fairs, references).

Given nothing, EVENTS returns a list of event dicts for holdout25ev_ics.render; each carries its label in "L".
"""

from __future__ import annotations

from typing import Any

from holdout25ev_ics import meet, teams, webex, zoom

IP = ("Inès Moreau", "ines.moreau@free.fr", "")
IW = ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr", "")


def n(trap: str) -> tuple[bool, None, None, None, str]:
    """Given a trap kind returns a negative label."""
    return (False, None, None, None, trap)


EVENTS: list[dict[str, Any]] = [
    {"kind": "en-mock", "lang": "en", "p": "google", "tz": "Europe/Paris",
     "s": "Mock interview - revenue manager case (practice with Claire)",
     "d": "Claire plays the Head of Revenue, I practise the pricing case before the Tripdeck round. Feedback after.\n\n"
          + meet("m1"), "t": ("20270110T180000", "20270110T190000"),
     "org": ("Inès Moreau", "ines.moreau@free.fr"), "att": [IP, ("Claire Fontaine", "claire.fontaine@gmail.com", "")],
     "L": n("mock")},
    {"kind": "fr-simulation", "lang": "fr", "p": "zimbra", "tz": "Europe/Paris",
     "s": "Simulation d'entretien – atelier APEC",
     "d": "Atelier individuel de simulation d'entretien avec une consultante APEC. Apportez une offre ciblée.",
     "t": ("20270111T093000", "20270111T110000"), "org": ("APEC Nice", "ateliers.nice@apec.fr"), "att": [IP],
     "loc": "APEC, 455 Promenade des Anglais, Nice", "L": n("mock")},
    {"kind": "es-ensayo", "lang": "es", "p": "typed", "tz": "float",
     "s": "Ensayo entrevista Marblau con Elena (práctica)",
     "t": ("20270112T200000", "20270112T210000"), "L": n("mock")},
    {"kind": "en-webinar", "lang": "en", "p": "zoom", "tz": "utc",
     "s": "Webinar: Acing the hospitality-to-tech career switch interview",
     "d": "Hospitality Careers Network " + zoom("m4") + "\n\nA 60-minute webinar with Q&A on how to tell your "
          "front-office story in travel-tech interviews. Recording shared with registrants.",
     "t": ("20270113T170000", "20270113T180000"), "org": ("Hospitality Careers Network", "events@hcn-community.org"),
     "att": [IP], "L": n("webinar")},
    {"kind": "fr-cours", "lang": "fr", "p": "google", "tz": "Europe/Paris",
     "s": "Cours en ligne : Réussir ses entretiens en anglais (session 3/5)",
     "d": "Formation CPF – module « entretien d'embauche en anglais », jeux de rôle en petits groupes.\n\n"
          + meet("m5", "fr"), "t": ("20270114T183000", "20270114T200000"),
     "org": ("Linguaform", "sessions@linguaform.fr"), "att": [IP], "L": n("class")},
    {"kind": "de-webinar", "lang": "de", "p": "webex", "tz": "Europe/Zurich",
     "s": "Webinar: Vorstellungsgespräche in der Schweiz – was Arbeitgeber erwarten",
     "d": "Kostenloses Webinar für Quereinsteiger in Tourismus und Hotellerie.\n\n" + webex("m6", "de"),
     "t": ("20270115T120000", "20270115T130000"), "org": ("HotellerieSuisse Karriere", "karriere@hs-events.ch"),
     "att": [IP], "L": n("webinar")},
    {"kind": "en-user-research", "lang": "en", "p": "calendly", "tz": "utc",
     "s": "Voyalia user interview - hotel front desk workflows ($50 voucher)",
     "d": "Event Name: User research interview (45 min)\n\nThanks for helping us understand how front-desk teams "
          "handle guest requests. You'll talk with Mira from our Product Research team. This is not a job "
          "interview.\n\nPowered by Calendly.com",
     "t": ("20270116T140000", "20270116T144500"), "org": ("Mira Jansen", "mira.jansen@voyalia.com"),
     "att": [("Mira Jansen", "mira.jansen@voyalia.com", ""), IP], "L": n("user_research")},
    {"kind": "fr-presse", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Interview Nice-Matin – l'accueil à l'heure du Carnaval",
     "d": "Le journaliste Pierre Castel souhaite interviewer Inès (Front Office Manager) pour un article sur "
          "l'hôtellerie niçoise pendant le Carnaval. Photo dans le hall.",
     "t": ("20270118T110000", "20270118T114500"), "org": ("Bastide, Jérôme", "j.bastide@hotel-lesarcades.fr"),
     "att": [IW, ("Pierre Castel", "p.castel@nicematin.fr", "")], "L": n("press")},
    {"kind": "en-podcast", "lang": "en", "p": "google", "tz": "Europe/Lisbon",
     "s": "Podcast recording: Front of House (ep. 42) - guest Inès Moreau",
     "d": "We'll interview you about night shifts, guest recovery and moving into CX. 40 min recording on "
          "Riverside, link to follow.", "t": ("20270119T170000", "20270119T180000"),
     "org": ("Front of House Podcast", "hello@frontofhouse.fm"), "att": [IP], "L": n("podcast")},
    {"kind": "fr-dentiste", "lang": "fr", "p": "ios", "tz": "float", "s": "Dentiste Dr Salvi",
     "t": ("20270120T083000", "20270120T090000"), "loc": "12 rue de France, Nice", "L": n("personal")},
    {"kind": "fr-creche", "lang": "fr", "p": "google", "tz": "Europe/Paris",
     "s": "Entretien d'admission crèche Les Petits Galets",
     "d": "Rendez-vous avec la directrice pour l'inscription de Léo (septembre). Apporter carnet de santé.",
     "t": ("20270121T173000", "20270121T180000"), "org": ("Inès Moreau", "ines.moreau@free.fr"), "att": [IP],
     "L": n("personal")},
    {"kind": "es-piso", "lang": "es", "p": "typed", "tz": "float", "s": "Visita piso Gràcia (Barcelona) 12h",
     "t": ("20270123T120000", "20270123T130000"), "L": n("personal")},
    {"kind": "en-bank", "lang": "en", "p": "apple", "tz": "Europe/Paris", "s": "Mortgage interview - bank advisor",
     "d": "Meeting at the bank about the loan file. Bring payslips.", "t": ("20270125T170000", "20270125T180000"),
     "L": n("personal")},
    {"kind": "fr-passeport", "lang": "fr", "p": "typed", "tz": "allday", "s": "Passeport – rdv mairie (renouvellement)",
     "t": ("20270126", "20270127"), "L": n("personal")},
    {"kind": "fr-briefing", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "rr": "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
     "s": "Briefing hebdo chefs de service", "d": "Taux d'occupation, groupes de la semaine, travaux, VIP.",
     "t": ("20270111T090000", "20270111T094500"), "org": ("Bastide, Jérôme", "j.bastide@hotel-lesarcades.fr"),
     "att": [IW, ("Ferraud, Nicolas", "n.ferraud@hotel-lesarcades.fr", ""),
             ("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr", "")], "L": n("internal")},
    {"kind": "fr-entretien-annuel", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Entretien annuel d'évaluation – Inès Moreau",
     "d": "Entretien annuel avec Jérôme : bilan 2026, objectifs 2027, souhaits de formation.",
     "t": ("20270127T100000", "20270127T110000"), "org": ("Bastide, Jérôme", "j.bastide@hotel-lesarcades.fr"),
     "att": [IW], "L": n("internal")},
    {"kind": "en-internal-ops", "lang": "en", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Opera Cloud migration - front office walkthrough",
     "d": "Vendor walkthrough for the PMS migration with the group IT team.\n\n" + teams("m17"),
     "t": ("20270128T140000", "20270128T153000"), "org": ("IT Arcades Collection", "it@arcades-collection.com"),
     "att": [IW, ("Ferraud, Nicolas", "n.ferraud@hotel-lesarcades.fr", "")], "L": n("internal")},
    {"kind": "es-revision-tarifas", "lang": "es", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Revisión tarifas grupos España – Les Arcades", "t": ("20270129T110000", "20270129T113000"),
     "d": "Llamada con la agencia receptiva de Madrid sobre tarifas de grupos para Semana Santa.",
     "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"), "att": [("Ana Beltrán", "ana@viajesalba.es", "")],
     "L": n("internal")},
    {"kind": "en-coffee", "lang": "en", "p": "google", "tz": "Europe/Paris",
     "s": "Coffee chat - Inès / Lena (CX at Hotelbeam)",
     "d": "Informal coffee so Lena can tell me what CX work at a hotel SaaS looks like day to day. Not a job "
          "interview - just advice.\n\n" + meet("m19"), "t": ("20270105T083000", "20270105T090000"),
     "org": ("Inès Moreau", "ines.moreau@free.fr"), "att": [IP, ("Lena Moser", "lena.moser@hotelbeam.io", "")],
     "L": n("coffee_chat")},
    {"kind": "fr-cafe-reseau", "lang": "fr", "p": "typed", "tz": "float",
     "s": "Café avec Mathieu (ancien collègue, maintenant chez Aérolis) – conseils reconversion",
     "t": ("20270106T080000", "20270106T090000"), "loc": "Café de Turin", "L": n("coffee_chat")},
    {"kind": "es-cafe", "lang": "es", "p": "google", "tz": "Europe/Madrid",
     "s": "Café virtual con Irene (Revenue en Marblau) – consejos",
     "d": "Charla informal para que Irene me cuente cómo es el día a día en revenue. No es entrevista.\n\n"
          + meet("m21", "es"), "t": ("20270107T183000", "20270107T190000"),
     "org": ("Irene Sala", "irene.sala@marblau.com"), "att": [("Irene Sala", "irene.sala@marblau.com", ""), IP],
     "L": n("coffee_chat")},
    {"kind": "fr-salon-emploi", "lang": "fr", "p": "wttj", "tz": "Europe/Paris",
     "s": "Salon Welcome Hospitality & Travel Careers – Paris",
     "d": "Votre inscription au salon est confirmée. Plus de 60 entreprises du tourisme et de l'hôtellerie, "
          "conférences et job dating sur stands.\nLieu : Station F, Paris 13e",
     "t": ("20270130T100000", "20270130T180000"), "org": ("Welcome to the Jungle", "events@welcometothejungle.com"),
     "att": [IP], "L": n("job_fair")},
    {"kind": "en-careers-fair", "lang": "en", "p": "apple", "tz": "allday",
     "s": "Lisbon Travel Tech Careers Fair (LX Factory)", "t": ("20270206", "20270207"),
     "d": "Walk around, bring 20 CVs. Tripdeck + Festa have stands.", "L": n("job_fair")},
    {"kind": "en-reference", "lang": "en", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Reference call - Julie Mercier (for Skyline Airways)",
     "d": "Hi Inès, Julie Mercier listed you as a referee for our Ground Services Supervisor role. 15 minutes "
          "about her time on your front desk team would be great.\nThanks, Daniel Okafor, Talent Acquisition",
     "t": ("20270202T120000", "20270202T121500"), "org": ("Okafor, Daniel", "daniel.okafor@skylineairways.com"),
     "att": [IP], "L": n("reference_call")},
    {"kind": "fr-reference", "lang": "fr", "p": "google", "tz": "Europe/Paris",
     "s": "Prise de références – Thomas Girard",
     "d": "Bonjour, Thomas Girard vous cite comme référence (ancien réceptionniste aux Arcades). Échange "
          "téléphonique de 10 min.\nCabinet Hôtel RH Conseil", "t": ("20270203T113000", "20270203T114000"),
     "org": ("Amandine Roy", "a.roy@hotelrh-conseil.fr"), "att": [IW], "L": n("reference_call")},
    {"kind": "en-recruiter-intake", "lang": "en", "p": "google", "tz": "Europe/Paris",
     "s": "Intro call - Harbourline Talent (career chat)",
     "d": "Getting to know you and what you're after, so I can flag suitable CX / revenue roles across my "
          "clients. No specific vacancy yet.\nOlivia\n\n" + meet("m26"), "t": ("20270108T120000", "20270108T123000"),
     "org": ("Olivia Grant", "olivia.grant@harbourline-talent.com"),
     "att": [("Olivia Grant", "olivia.grant@harbourline-talent.com", ""), IP], "L": n("recruiter_no_employer")},
    {"kind": "fr-chasseur", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Échange découverte – Cabinet Talents & Hospitalité",
     "d": "Premier échange pour faire le point sur votre projet et vos attentes avant de vous présenter à nos "
          "clients.\nVirginie Lasalle\n\n" + teams("m27", "fr"), "t": ("20270109T100000", "20270109T103000"),
     "org": ("Lasalle, Virginie", "v.lasalle@talents-hospitalite.fr"), "att": [IP], "L": n("recruiter_no_employer")},
    {"kind": "es-headhunter", "lang": "es", "p": "teamtailor", "tz": "Europe/Madrid",
     "s": "Llamada de registro – Talento Turismo",
     "d": "Llamada breve para darte de alta en nuestra bolsa de candidatos de hotelería. Todavía no hay proceso "
          "con ninguna empresa.\n\nEnviado por Teamtailor", "t": ("20270110T110000", "20270110T111500"),
     "org": ("Talento Turismo", "noreply@teamtailor.com"), "att": [IP, ("Eva Campos", "eva.campos@talentoturismo.es",
                                                                     "")], "L": n("recruiter_no_employer")},
    {"kind": "en-prep", "lang": "en", "p": "typed", "tz": "float", "s": "Prep for Aérolis final - read annual report",
     "t": ("20270125T190000", "20270125T203000"), "L": n("prep_block")},
    {"kind": "fr-coaching", "lang": "fr", "p": "bookings", "tz": "win:Romance Standard Time",
     "s": "Séance de bilan de compétences (3/6)",
     "d": "Réservation confirmée.\nService : Bilan de compétences – séance individuelle\nConseillère : Nathalie "
          "Garcia\nLieu : Cabinet Horizons Carrière, Nice", "t": ("20270204T173000", "20270204T190000"),
     "org": ("Horizons Carrière", "rdv@horizons-carriere.fr"), "att": [IP], "L": n("career_coaching")},
    {"kind": "en-thankyou-reminder", "lang": "en", "p": "apple", "tz": "Europe/Paris",
     "s": "Send thank-you notes - Voyalia (Thibault, Camille)", "t": ("20270121T090000", "20270121T091500"),
     "d": "Mention the guest recovery story.", "L": n("reminder")},
    {"kind": "en-guest-feedback", "lang": "en", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Guest interviews - loyalty programme survey (front desk)",
     "d": "The group's CX agency will interview 6 regular guests in the lobby lounge; Inès hosts and introduces "
          "them.\n\n" + teams("m32"), "t": ("20270211T100000", "20270211T130000"),
     "org": ("CX Arcades Collection", "cx@arcades-collection.com"), "att": [IW], "L": n("user_research")},
    {"kind": "de-sprachpruefung", "lang": "de", "p": "google", "tz": "Europe/Zurich",
     "s": "Mündliche Prüfung Goethe-Zertifikat B2",
     "d": "Mündlicher Teil (Gespräch mit Prüferin). Ausweis mitbringen. Goethe-Institut Lausanne? -> nein, Genf.",
     "t": ("20270213T093000", "20270213T101500"), "org": ("Inès Moreau", "ines.moreau@free.fr"), "att": [IP],
     "L": n("personal")},
    {"kind": "en-mock-friend", "lang": "en", "p": "calendly", "tz": "utc",
     "s": "Practice interview: Inès Moreau and Sam (Pramp-style swap)",
     "d": "Event Name: Peer mock interview swap (60 min)\n\nWe take turns being the interviewer. Behavioural "
          "questions for CX roles.\n\nPowered by Calendly.com", "t": ("20270117T180000", "20270117T190000"),
     "org": ("Sam Okoye", "sam.okoye.cx@gmail.com"), "att": [("Sam Okoye", "sam.okoye.cx@gmail.com", ""), IP],
     "L": n("mock")},
]
