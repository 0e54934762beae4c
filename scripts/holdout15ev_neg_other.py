"""holdout15: negatives that are not Sofia on the interviewer's side (mocks, classes, press, personal, chats...)."""

from __future__ import annotations

from holdout15ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    MACOS,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    ROMANCE,
    WEU,
    Ev,
    Item,
    att,
    meet,
    neg,
    olson,
    org,
    outlook_tz,
    teams,
    webex,
    zoom,
)

BL = "banca-lario.it"
EVENTBRITE = "-//Eventbrite//Event Calendar//EN"


def practice() -> list[Item]:
    """Given nothing returns mocks, classes, webinars, research and press events."""
    r: list[Item] = []
    r.append(neg("mock-coach", "en", GOOGLE,
                 Ev("h15-mock-76@google.com", "Mock interview with Anna (career coach) - rehearse Quorra final",
                    "20261207T180000", "20261207T190000", tz="Europe/Rome",
                    organizer=org("anna.ricci.coaching@gmail.com", "Anna Ricci"),
                    attendees=(att("anna.ricci.coaching@gmail.com", "Anna Ricci", ps="ACCEPTED"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Practice round: Anna plays the Quorra partner. Case + 'why consulting after 12 years "
                    "in a bank'. Session 4 of 6 of your coaching package.\n\n" + meet("en", "jyt-owrf-zna")),
                 tzs=(olson("Europe/Rome"),)))
    r.append(neg("mock-friend-de", "de", APPLE,
                 Ev("2C3D4E5F-6071-4829-9A0B-H15000000077", "Probe-Vorstellungsgespräch mit Lena (auf Deutsch üben!)",
                    "20261129T170000", "20261129T180000", tz="",
                    description="Lena spielt die HR-Seite, ich übe Antworten auf Deutsch für Zürich/Wien."),
                 method=None))
    r.append(neg("mock-es-platform", "es", GOOGLE,
                 Ev("h15-mock-es-78@google.com", "Simulacro de entrevista – Programa Mujeres en Fintech",
                    "20261201T190000", "20261201T200000", tz="Europe/Madrid",
                    organizer=org("mentoras@mujeresfintech.org", "Mujeres en Fintech"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Sesión de práctica 1:1 con una mentora voluntaria: simulacro de entrevista "
                    "por competencias y feedback. No es un proceso de selección.\n\n" + zoom("es", "71190203381")),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(neg("webinar-en", "en", EVENTBRITE,
                 Ev("eb-h15-79-webinar", "Webinar: Nailing the Product Ops interview - from banking to fintech",
                    "20261126T170000", "20261126T180000", tz="Z",
                    organizer=org("noreply@eventbrite.com", "Fintech Careers Network"),
                    description="Join our panel of hiring managers from three payment companies as they explain what "
                    "they look for in product operations interviews. Q&A at the end.\nYour ticket: #EB-44910"),
                 method="PUBLISH"))
    r.append(neg("class-fr", "fr", OUTLOOK,
                 Ev("h15-class-fr-80", "Atelier « Réussir ses entretiens de recrutement » – APEC", "20261203T093000",
                    "20261203T123000", tz=ROMANCE, organizer=org("ateliers@apec-partenaires.fr", "Ateliers APEC"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Atelier collectif en ligne : préparer ses réponses, la méthode STAR, simulations "
                    "en binôme.\n\n" + teams("fr", "771203884")), tzs=(outlook_tz(ROMANCE),)))
    r.append(neg("class-de", "de", GOOGLE,
                 Ev("h15-class-de-81@google.com", "VHS-Kurs: Bewerbungsgespräche souverän führen (Abend 2/4)",
                    "20261202T183000", "20261202T203000", tz="Europe/Zurich",
                    organizer=org(ME_PRIV, "Sofia Esposito"),
                    location="Volkshochschule online",
                    description="Kursabend zu Gehaltsverhandlung und Fragen an den Arbeitgeber."),
                 method=None, tzs=(olson("Europe/Zurich"),)))
    r.append(neg("webinar-es", "es", GOOGLE,
                 Ev("h15-web-es-82@google.com", "Webinar: Cómo preparar una entrevista en seguros", "20261210T180000",
                    "20261210T190000", tz="Europe/Madrid",
                    organizer=org("eventos@escueladeseguros.es", "Escuela de Seguros"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Sesión abierta con responsables de RRHH del sector. Inscripción gratuita.\n\n"
                    + webex("es", "25510938842")),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(neg("user-research", "en", GOOGLE,
                 Ev("h15-research-83@google.com", "Pagaluce customer interview - research study (EUR 50 voucher)",
                    "20261128T110000", "20261128T114500", tz="Europe/Rome",
                    organizer=org("research@pagaluce.com", "Pagaluce UX Research"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Thanks for signing up for our research study! We'd like to interview you as a "
                    "Pagaluce app user about how you split bills. We'll record the session. You'll receive a "
                    "EUR 50 voucher.\n\n" + meet("en", "hbe-mzqt-ykr")),
                 tzs=(olson("Europe/Rome"),)))
    r.append(neg("press-interview", "en", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000N4h15", "Interview with Il Giornale di Como - branch "
                    "reopening", "20261204T120000", "20261204T123000", tz=WEU,
                    organizer=org(f"comunicazione@{BL}", "Comunicazione Banca del Lario"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att("redazione@giornaledicomo.it", "Redazione")),
                    description="The journalist will interview you about the renovated Como Centro branch. Key "
                    "messages attached. Press office joins."), tzs=(outlook_tz(WEU),)))
    r.append(neg("podcast-fr", "fr", GOOGLE,
                 Ev("h15-podcast-85@google.com", "Enregistrement podcast « Banquiers de demain » – interview Sofia",
                    "20261209T180000", "20261209T190000", tz="Europe/Paris",
                    organizer=org("bastien@banquiersdedemain.fm", "Bastien Caron"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Merci d'avoir accepté d'être notre invitée ! On parlera de ton métier de directrice "
                    "d'agence et de la relation client. Enregistrement sur Riverside."),
                 tzs=(olson("Europe/Paris"),)))
    return r


def life() -> list[Item]:
    """Given nothing returns personal, internal, coffee, fair, reference, recruiter and prep negatives."""
    r: list[Item] = []
    r.append(neg("personal-dentist", "en", APPLE,
                 Ev("3D4E5F60-7182-4930-A1B2-H15000000086", "Dentist - Dr. Bernasconi", "20261125T181500",
                    "20261125T190000", tz="Europe/Rome", location="Via Volta 12, Como"),
                 method=None, tzs=(olson("Europe/Rome"),)))
    r.append(neg("personal-visa-es", "es", GOOGLE,
                 Ev("h15-visa-87@google.com", "Cita consulado – entrevista renovación pasaporte de mamá",
                    "20261204T093000", "20261204T101500", tz="Europe/Rome", organizer=org(ME_PRIV),
                    location="Consulado General de España, Via Fatebenefratelli 16, Milano"),
                 method=None, tzs=(olson("Europe/Rome"),)))
    r.append(neg("personal-flat-de", "de", MACOS,
                 Ev("4E5F6071-8293-4A41-B2C3-H15000000088", "Wohnungsbesichtigung Zürich Wiedikon (Hr. Egli)",
                    "20261212T140000", "20261212T143000", tz="Europe/Zurich",
                    location="Birmensdorferstrasse 88, 8003 Zürich"),
                 method=None, tzs=(olson("Europe/Zurich"),)))
    r.append(neg("personal-gym-fr", "fr", APPLE,
                 Ev("5F607182-93A4-4B52-C3D4-H15000000089", "Yoga avec Claire", "20261201T193000", "20261201T203000",
                    tz="", rrule="FREQ=WEEKLY;BYDAY=TU"), method=None))
    r.append(neg("internal-review", "en", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000N9h15", "Annual performance review - Sofia Esposito",
                    "20261211T160000", "20261211T170000", tz=WEU, organizer=org(f"r.gatti@{BL}", "Gatti, Roberto"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"),),
                    description="Year-end review with your area manager: objectives 2026, branch KPIs, development "
                    "plan."), tzs=(outlook_tz(WEU),)))
    r.append(neg("internal-credit-de", "de", OUTLOOK,
                 Ev("h15-int-91", "Kreditausschuss Region Nord", "20261208T090000", "20261208T103000", tz=WEU,
                    organizer=org(f"k.huber@{BL}", "Huber, Karin"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att(f"l.sartori@{BL}", "Sartori, Luigi")),
                    description="Tagesordnung: 4 Firmenkredite > 500k, Watchlist.\n\n" + teams("de", "883019274")),
                 tzs=(outlook_tz(WEU),)))
    r.append(neg("internal-audit-fr", "fr", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000N2h15", "Entretien audit interne – agence Côme",
                    "20261215T100000", "20261215T113000", tz=WEU, organizer=org(f"audit@{BL}", "Audit interne"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"),),
                    description="Entretien avec la directrice d'agence dans le cadre de la mission d'audit sur les "
                    "procédures KYC."), tzs=(outlook_tz(WEU),)))
    r.append(neg("internal-client-es", "es", OUTLOOK,
                 Ev("h15-int-93", "Reunión cliente Hnos. Ortega – hipoteca", "20261130T150000", "20261130T160000",
                    tz=WEU, organizer=org(ME_WORK, "Esposito, Sofia"),
                    attendees=(att("ortega.hermanos@gmail.com", "Hermanos Ortega"),),
                    location="Filiale Como Centro"), tzs=(outlook_tz(WEU),)))
    r.append(neg("coffee-info-en", "en", GOOGLE,
                 Ev("h15-coffee-94@google.com", "Coffee chat w/ Irene (ex-colleague, now at Monetra)",
                    "20261123T083000", "20261123T090000", tz="Europe/Rome",
                    organizer=org("irene.galli@monetra.io", "Irene Galli"),
                    attendees=(att("irene.galli@monetra.io", "Irene Galli", ps="ACCEPTED"), att(ME_PRIV)),
                    description="Informal catch-up - happy to tell you what product ops looks like day to day. Not "
                    "a recruiting conversation, just a coffee :)"),
                 tzs=(olson("Europe/Rome"),)))
    r.append(neg("coffee-info-de", "de", GOOGLE,
                 Ev("h15-coffee-de-95@google.com", "Virtueller Kaffee – Austausch über Risk-Jobs in Wien",
                    "20261205T100000", "20261205T103000", tz="Europe/Vienna",
                    organizer=org("sabine.wolf@donau-direkt.at", "Sabine Wolf"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Hallo Sofia, gern erzähle ich dir informell, wie der Arbeitsmarkt in Wien aussieht. "
                    "Kein Bewerbungsgespräch!\n\n" + meet("de", "vkr-ftpe-sdo")),
                 tzs=(olson("Europe/Vienna"),)))
    r.append(neg("coffee-info-fr", "fr", APPLE,
                 Ev("60718293-A4B5-4C63-D4E5-H15000000096", "Café avec Mathilde (réseau alumni) – conseils fintech",
                    "20261213T110000", "20261213T120000", tz="Europe/Paris", location="Café Kitsuné, Paris"),
                 method=None, tzs=(olson("Europe/Paris"),)))
    r.append(neg("job-fair-en", "en", EVENTBRITE,
                 Ev("eb-h15-97-fair", "Milan Fintech Career Fair 2026", "20261205T100000", "20261205T170000",
                    tz="Europe/Rome", organizer=org("noreply@eventbrite.com", "Milan Fintech Week"),
                    location="Superstudio Più, Via Tortona 27, Milano",
                    description="Meet 40 fintechs and insurers hiring in Milan. Bring printed CVs; on-the-spot "
                    "interviews with some exhibitors."), method="PUBLISH", tzs=(olson("Europe/Rome"),)))
    r.append(neg("job-fair-es", "es", GOOGLE,
                 Ev("h15-feria-98@google.com", "Feria de empleo Banca & Seguros – IFEMA", "20261216", "20261217",
                    tz="DATE", organizer=org(ME_PRIV, "Sofia Esposito"),
                    description="Feria presencial, stands de bancos y aseguradoras. Llevar CV en español."),
                 method=None))
    r.append(neg("job-fair-de", "de", OUTLOOK,
                 Ev("h15-messe-99", "Karrieremesse Finance Forum Zürich (Besuch)", "20261203T120000",
                    "20261203T180000", tz=WEU, organizer=org(ME_PRIV, "Sofia Esposito"),
                    location="Kongresshaus Zürich"), method=None, tzs=(outlook_tz(WEU),)))
    r.append(neg("reference-en", "en", GOOGLE,
                 Ev("h15-ref-100@google.com", "Reference call re: Paola Riva (Tessaro Insurance)", "20261202T123000",
                    "20261202T130000", tz="Europe/Rome",
                    organizer=org("hr@tessaro.it", "Tessaro HR"), attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Dear Sofia, Paola Riva listed you as a referee for a role with us. We'd like 20 "
                    "minutes to ask about her work as your deputy at the branch."),
                 tzs=(olson("Europe/Rome"),)))
    r.append(neg("reference-fr", "fr", OUTLOOK,
                 Ev("h15-ref-101", "Prise de références – M. Luca Marino (candidat)", "20261209T090000",
                    "20261209T091500", tz=ROMANCE, organizer=org("j.perret@cabinet-perret.fr", "Perret, Julien"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Madame, M. Marino vous a cité comme référence ; pourriez-vous me consacrer quelques "
                    "minutes au sujet de son stage dans votre agence ?"), tzs=(outlook_tz(ROMANCE),)))
    r.append(neg("reference-es", "es", GOOGLE,
                 Ev("h15-ref-102@google.com", "Llamada de referencias sobre Elena Ruiz (te cita como referencia)",
                    "20261214T100000", "20261214T101500", tz="Europe/Madrid",
                    organizer=org("rrhh@kuota.com", "RRHH Kuota"), attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Hola Sofia, Elena Ruiz nos ha dado tu contacto como referencia profesional para un "
                    "puesto en Kuota. ¿Te va bien una llamada breve?"),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(neg("recruiter-intake-en", "en", OUTLOOK,
                 Ev("h15-intake-103", "Catch-up call - Sofia / Harbour Talent (general)", "20261124T173000",
                    "20261124T180000", tz=WEU, organizer=org("ben@harbourtalent.co.uk", "Ben Whitaker"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Hi Sofia - a general chat to understand what you're looking for so I can keep you "
                    "in mind for future fintech mandates. No specific role yet."), tzs=(outlook_tz(WEU),)))
    r.append(neg("recruiter-intake-de", "de", GOOGLE,
                 Ev("h15-intake-104@google.com", "Kennenlerngespräch mit Headhunterin (ohne konkrete Stelle)",
                    "20261201T120000", "20261201T123000", tz="Europe/Zurich",
                    organizer=org("m.keel@keel-partners.ch", "Monika Keel"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Grüezi Frau Esposito, ich möchte Sie und Ihre Wünsche kennenlernen, um Sie bei "
                    "passenden Mandaten in der Versicherungsbranche vorzuschlagen. Aktuell habe ich kein "
                    "konkretes Mandat.\n\n" + zoom("de", "77201938845")), tzs=(olson("Europe/Zurich"),)))
    r.append(neg("recruiter-intake-fr", "fr", GOOGLE,
                 Ev("h15-intake-105@google.com", "Échange cabinet Altérys – projet professionnel",
                    "20261208T123000", "20261208T130000", tz="Europe/Paris",
                    organizer=org("s.blanc@alterys-rh.fr", "Sarah Blanc"), attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Bonjour Sofia, un premier échange pour comprendre votre projet et vos critères ; "
                    "nous n'avons pas encore de poste précis à vous présenter."), tzs=(olson("Europe/Paris"),)))
    r.append(neg("prep-block", "en", APPLE,
                 Ev("718293A4-B5C6-4D74-E5F6-H15000000106", "PREP for Cardinal virtual onsite - STAR stories, "
                    "metrics", "20261207T190000", "20261207T210000", tz=""), method=None))
    r.append(neg("mentoring-es", "es", GOOGLE,
                 Ev("h15-mentor-107@google.com", "Mentoría con Lucía – revisión CV y LinkedIn", "20261130T190000",
                    "20261130T194500", tz="Europe/Madrid", organizer=org("lucia.mentora@gmail.com", "Lucía Gómez"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Sesión del programa de mentoría: revisamos tu CV para puestos de operaciones."),
                 tzs=(olson("Europe/Madrid"),)))
    return r
