"""Holdout19: negatives that are not the user on the hiring side (practice, talks, personal, chats, fairs)."""

from __future__ import annotations

from holdout19ev_ics import ME, WORK, Ev, Item, att, cal, gcal_footer, meet, org, teams, webex, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iOS 18.2//EN"


def items() -> list[Item]:
    """Given nothing returns the other negative events of holdout19."""
    out: list[Item] = []

    def neg(kind: str, lang: str, text: str, trap: str) -> None:
        out.append(Item(kind, lang, text, False, trap=trap))

    ev = Ev("mock-01-careerlab@gmail-cal", "Mock interview with Siobhan (practice for Skylark)", "20261202T190000",
            "20261202T194500", tz="Europe/Dublin",
            desc="Siobhan plays the panel, I answer the competency questions, then feedback. Not the real thing!\n\n"
                 + meet("mck-ppqa-bbt"),
            organizer=org("siobhan.mcgrath.coach@gmail.com", "Siobhan McGrath"),
            attendees=[att("siobhan.mcgrath.coach@gmail.com", "Siobhan McGrath", partstat="ACCEPTED"),
                       att(ME, None)])
    neg("mock-interview-en", "en", cal(GOOGLE, [ev]), "mock_interview")

    ev = Ev("simulacro-ent-0077@google.com", "Simulacro de entrevista con Carmen (mentora)", "20261205T110000",
            "20261205T120000", tz="Europe/Madrid",
            desc="Practicamos la entrevista por competencias para puestos de L&D. Carmen hará de entrevistadora de "
                 "un banco. Grabamos para revisar.\n\n" + zoom("811 2290 3320", "Mk22pp1a", "es"),
            organizer=org("carmen.arbeloa@outlook.es", "Carmen Arbeloa"),
            attendees=[att(ME, "Lucía Fernández")])
    neg("mock-interview-es", "es", cal(GOOGLE, [ev]), "mock_interview")

    ev = Ev("probe-int-de-3310@karriereschmiede.de", "Probeinterview – Bewerbungstraining Modul 3",
            "20261209T180000", "20261209T190000", tz="Europe/Berlin",
            desc="Im Rahmen des Coachings: Übungsinterview auf Deutsch für Ihre Bewerbungen in Hamburg. "
                 "Coach: Petra Lindqvist\n\n" + zoom("872 0031 9982", "Kschm3dd", "de"),
            organizer=org("petra@karriereschmiede.de", "Petra Lindqvist"),
            attendees=[att(ME, "Lucía Fernández")])
    neg("mock-interview-de", "de", cal(OUTLOOK, [ev]), "mock_interview")

    ev = Ev("webinar-ld-interviews-2026@on24.com", "Webinar: Acing the L&D Interview – Portfolio tips from hiring "
            "managers", "20261203T170000", "20261203T180000", utc=True, tz=None,
            desc="Thank you for registering! Join 600+ learning professionals as three L&D hiring managers share "
                 "what they look for in an instructional design interview.\n\nYour unique join link: "
                 "https://event.on24.com/wcc/r/4410021/AB12\n\nAdd to calendar",
            organizer=org("events@learnforward-community.org", "LearnForward Community"))
    neg("webinar-interview-tips-en", "en", cal("-//ON24//Webcast//EN", [ev], method="PUBLISH"), "webinar")

    ev = Ev("taller-ent-sepe-991@comunidad-empleo.es", "Taller: Cómo preparar la entrevista de trabajo",
            "20261210T100000", "20261210T130000", tz="Europe/Madrid",
            desc="Taller presencial gratuito del servicio de empleo. Plazas limitadas. Dirigido a personas en "
                 "búsqueda activa de empleo.", loc="Centro de Empleo Arganzuela, Madrid")
    neg("workshop-interview-es", "es", cal(GOOGLE, [ev], method="PUBLISH"), "webinar")

    ev = Ev("atelier-apec-55@events.fr", "Atelier « Réussir son entretien d'embauche » – reconversion",
            "20261211T140000", "20261211T163000", tz="Europe/Paris",
            desc="Atelier collectif pour les personnes en reconversion vers les métiers de la formation. "
                 "Animé par un conseiller en évolution professionnelle.\n\n" + webex("c99a12e00b1f4d7", "fr"),
            organizer=org("ateliers@reconversion-occitanie.fr", "Ateliers Reconversion Occitanie"))
    neg("atelier-fr", "fr", cal(OUTLOOK, [ev], method="PUBLISH"), "webinar")

    ev = Ev("ur-session-88@researchpanel.io", "User interview: Lucía / Crewlio research (45 min, €60 voucher)",
            "20261204T150000", "20261204T154500", utc=True, tz=None,
            desc="Thanks for joining our research study! Our product team wants to learn how cabin crew "
                 "trainers plan recurrent training. No preparation needed.\n\n" + zoom("866 4402 1190", "Ur88cRw1"),
            organizer=org("research@crewlio.app", "Crewlio Research"),
            attendees=[att(ME, "Lucía Fernández"), att("yuki.tanabe@crewlio.app", "Yuki Tanabe")])
    neg("user-research-en", "en", cal(GOOGLE, [ev]), "user_research")

    ev = Ev("podcast-ep-41@riverside.fm", "Podcast recording – \"Tripulantes que enseñan\" (entrevista)",
            "20261207T180000", "20261207T190000", tz="Europe/Madrid",
            desc="Grabación del episodio 41 del podcast Altitud Formativa. Te entrevistamos sobre tu trabajo como "
                 "instructora de TCP. Enlace de grabación: https://riverside.fm/studio/altitud",
            organizer=org("hola@altitudformativa.com", "Altitud Formativa"),
            attendees=[att(ME, "Lucía Fernández")])
    neg("podcast-es", "es", cal(GOOGLE, [ev]), "press_interview")

    ev = Ev("presse-itw-ouest-7@ladepeche-aero.fr", "Interview presse – formation des PNC", "20261209T113000",
            "20261209T120000", tz="Europe/Paris",
            desc="Entretien téléphonique avec une journaliste de La Gazette Aéro pour un article sur la formation "
                 "sécurité des hôtesses et stewards. Validation des citations par la com' Iberavia.",
            organizer=org("comunicacion@iberavia-crew.es", "Comunicación Iberavia"),
            attendees=[att(WORK, "Fernández, Lucía"), att("julie.morvan@gazette-aero.fr", "Julie Morvan")])
    neg("press-interview-fr", "fr", cal(OUTLOOK, [ev]), "press_interview")

    ev = Ev("0D1F2E3C-dentista", "Dentista", "20261202T173000", "20261202T180000", tz="Europe/Madrid",
            loc="Clínica Dental Goya, C. de Goya 55")
    neg("dentist-es", "es", cal(APPLE, [ev], method=""), "personal")

    ev = Ev("B7C8D9E0-consulado", "Cita consulado – renovación pasaporte", "20261214T090000", "20261214T093000",
            tz="Europe/Berlin", desc="Generalkonsulat Hamburg. Llevar foto y DNI.")
    neg("consulate-es", "es", cal(APPLE, [ev], method=""), "personal")

    ev = Ev("gym-pt-2210@google.com", "PT session – Kieran", "20261201T073000", "20261201T083000",
            tz="Europe/Dublin", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6", desc="legs day")
    neg("personal-training-en", "en", cal(GOOGLE, [ev], method="PUBLISH"), "personal")

    ev = Ev("wohnung-besichtigung-1@immo", "Wohnungsbesichtigung Eimsbüttel", "20261211T170000",
            "20261211T173000", tz="Europe/Berlin", desc="Makler Herr Brandt, Tel. 040 555 1020. Unterlagen "
            "mitnehmen (Gehaltsnachweise).", loc="Osterstraße 88, Hamburg")
    neg("flat-viewing-de", "de", cal(APPLE, [ev], method=""), "personal")

    ev = Ev("040000008200E00074C5B7101A82E00800000000B0C1D2E3@iberavia-crew.es",
            "Revisión programa recurrent SEP 2027", "20261203T093000", "20261203T110000",
            tz="Romance Standard Time",
            desc="Revisamos los módulos de evacuación y primeros auxilios del recurrent 2027.\n\n" + teams("es"),
            organizer=org("sergio.lado@iberavia-crew.es", "Lado, Sergio"),
            attendees=[att(WORK, "Fernández, Lucía"), att("raul.mena@iberavia-crew.es", "Mena, Raúl")])
    neg("internal-meeting-es", "es", cal(OUTLOOK, [ev]), "internal_meeting")

    ev = Ev("1on1-ibv-lucia-sergio@iberavia-crew.es", "1:1 Lucía / Sergio", "20261207T120000", "20261207T123000",
            tz="Romance Standard Time", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
            organizer=org("sergio.lado@iberavia-crew.es", "Lado, Sergio"),
            attendees=[att(WORK, "Fernández, Lucía")])
    neg("one-on-one-en", "en", cal(OUTLOOK, [ev]), "internal_meeting")

    ev = Ev("exit-int-ibv-2211@iberavia-crew.es", "Entrevista de salida – Raúl Mena", "20261218T120000",
            "20261218T123000", tz="Romance Standard Time",
            desc="Raúl deja la compañía el 31/12. Lucía acompaña a RRHH en la entrevista de salida como su "
                 "compañera de equipo.",
            organizer=org("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa"),
            attendees=[att(WORK, "Fernández, Lucía"), att("raul.mena@iberavia-crew.es", "Mena, Raúl")])
    neg("exit-interview-colleague-es", "es", cal(OUTLOOK, [ev]), "internal_meeting")

    ev = Ev("annual-review-ibv-26@iberavia-crew.es", "Jahresgespräch / evaluación anual – Lucía",
            "20261216T140000", "20261216T150000", tz="W. Europe Standard Time",
            desc="Evaluación anual del desempeño con tu responsable. Bitte Selbsteinschätzung vorher ausfüllen.",
            organizer=org("sergio.lado@iberavia-crew.es", "Lado, Sergio"),
            attendees=[att(WORK, "Fernández, Lucía")])
    neg("performance-review-de", "de", cal(OUTLOOK, [ev]), "internal_meeting")

    ev = Ev("coffee-ld-niamh-01@google.com", "Coffee w/ Niamh (L&D at an airline) – informational",
            "20261204T100000", "20261204T103000", tz="Europe/Dublin",
            desc="Niamh kindly agreed to tell me what L&D looks like day to day at her airline. Not hiring, "
                 "just advice. My treat!", loc="Clement & Pekoe, South William St",
            organizer=org(ME, "Lucía Fernández"),
            attendees=[att(ME, "Lucía Fernández", partstat="ACCEPTED"), att("niamh.kehoe@aerdalta.com",
                                                                          "Niamh Kehoe")])
    neg("coffee-chat-en", "en", cal(GOOGLE, [ev]), "coffee_chat")

    ev = Ev("cafe-conseil-22@google.com", "Café avec Thomas – échange sur le métier d'ingénieur pédagogique",
            "20261208T083000", "20261208T091500", tz="Europe/Paris",
            desc="Rencontre informelle, Thomas m'explique son parcours (ex-PNC devenu ingénieur pédagogique). "
                 "Pas de poste ouvert chez eux.",
            organizer=org("thomas.gervais@free.fr", "Thomas Gervais"),
            attendees=[att("thomas.gervais@free.fr", "Thomas Gervais", partstat="ACCEPTED"), att(ME, None)])
    neg("coffee-chat-fr", "fr", cal(GOOGLE, [ev]), "coffee_chat")

    ev = Ev("kaffee-netzwerk-7@google.com", "Kaffee & Austausch – Lernen im Krankenhaus", "20261210T160000",
            "20261210T163000", tz="Europe/Berlin",
            desc="Informelles Gespräch mit Dörte (Bildungsreferentin) – wie sieht L&D im Klinikum aus? Keine "
                 "Bewerbung, nur Netzwerken.\n\n" + meet("kfe-ttpq-abn", "de"),
            organizer=org(ME, "Lucía Fernández"),
            attendees=[att(ME, "Lucía Fernández", partstat="ACCEPTED"), att("doerte.mahler@gmx.de", "Dörte Mahler")])
    neg("coffee-chat-de", "de", cal(GOOGLE, [ev]), "coffee_chat")

    ev = Ev("feria-empleo-ifema-26@eventbrite.com", "Feria de Empleo Aeronáutico IFEMA 2026", "20261212T000000",
            "20261213T000000", allday=True,
            desc="Entrada gratuita. Stands de aerolíneas, handling y formación. Lleva CVs impresos. Entrevistas "
                 "exprés en algunos stands.\nhttps://www.eventbrite.es/e/feria-empleo-aero",
            loc="IFEMA Madrid, Pabellón 4")
    neg("job-fair-es", "es", cal("-//Eventbrite//Eventbrite//EN", [ev], method="PUBLISH"), "job_fair")

    ev = Ev("jobmesse-hh-2027@messe", "Karrieremesse Luftfahrt Hamburg", "20261216T100000", "20261216T160000",
            tz="Europe/Berlin", desc="Messe für Berufe in der Luftfahrt. Registrierung: Ticket im Anhang.",
            loc="Hamburg Messe, Halle B2")
    neg("job-fair-de", "de", cal(APPLE, [ev], method=""), "job_fair")

    ev = Ev("ref-call-raul-01@google.com", "Reference call about Raúl – Skyport Academy", "20261209T173000",
            "20261209T180000", tz="Europe/Madrid",
            desc="Raúl gave me as his referee. Kelly from Skyport Academy will call me with questions about his "
                 "time as instructor with us.",
            organizer=org("kelly.ashton@skyport-academy.co.uk", "Kelly Ashton"),
            attendees=[att("kelly.ashton@skyport-academy.co.uk", "Kelly Ashton", partstat="ACCEPTED"),
                       att(ME, None)])
    neg("reference-call-en", "en", cal(GOOGLE, [ev]), "reference_call")

    ev = Ev("referencia-ainhoa-2@outlook", "Llamada de referencias sobre Noelia Pizarro", "20261215T130000",
            "20261215T131500", tz="Romance Standard Time",
            desc="Una consultora de Aerolíneas Sirocco me llama para pedir referencias de Noelia (me puso de "
                 "referencia).",
            organizer=org("referencias@talentum-rh.es", "Talentum RH"),
            attendees=[att(WORK, "Fernández, Lucía")])
    neg("reference-call-es", "es", cal(OUTLOOK, [ev]), "reference_call")

    ev = Ev("agency-reg-call-3@hays-like.ie", "Registration call – CrewLink Talent", "20261201T150000",
            "20261201T153000", tz="Europe/Dublin",
            desc="Hi Lucía, a quick call to get you registered with us: your CV, salary expectations and the "
                 "kinds of L&D roles you're after. No specific vacancy yet.\nSophie",
            organizer=org("sophie.marr@crewlinktalent.com", "Sophie Marr"),
            attendees=[att(ME, "Lucía Fernández")])
    neg("agency-registration-en", "en", cal(OUTLOOK, [ev]), "recruiter_not_interview")

    ev = Ev("orient-carriere-88@google.com", "Séance bilan de compétences (3/6)", "20261214T170000",
            "20261214T183000", tz="Europe/Paris",
            desc="Bilan de compétences avec votre conseillère, Agnès Poulain : exploration des métiers de la "
                 "formation et préparation des candidatures.",
            organizer=org("agnes.poulain@bilan-sud.fr", "Agnès Poulain"),
            attendees=[att(ME, "Lucía Fernández")])
    neg("career-coaching-fr", "fr", cal(GOOGLE, [ev]), "career_coaching")

    ev = Ev("headhunter-mkt-es-12@pyrenees-search.com", "Café con Nerea (Pyrenees Search) – mercado L&D",
            "20261220T100000", "20261220T110000", tz="Europe/Madrid",
            desc="Nerea quiere conocerte y contarte cómo está el mercado de formación en Madrid. Aún no hay "
                 "proceso abierto con ningún cliente.",
            organizer=org("nerea.albizu@pyrenees-search.com", "Nerea Albizu"),
            attendees=[att(ME, "Lucía Fernández")], loc="Café Comercial, Glorieta de Bilbao")
    neg("headhunter-market-chat-es", "es", cal(OUTLOOK, [ev]), "recruiter_not_interview")

    ev = Ev("prep-skylark-01", "Prep: Skylark interview answers (STAR)", "20261202T210000", "20261202T220000",
            tz="Europe/Dublin", desc="go over STAR stories, research the route network")
    neg("prep-block-en", "en", cal(APPLE, [ev], method=""), "prep_block")

    ev = Ev("thanks-reminder-x1@local", "Send thank-you notes — Skylark Airways", "20261204T090000",
            "20261204T091500", tz="Europe/Dublin", desc="Write to Aoife while it's fresh.")
    neg("thank-you-reminder-en", "en", cal(APPLE, [ev], method=""), "followup_reminder")

    ev = Ev("curso-facilitacion-ibv-9@iberavia-crew.es", "Curso: Técnicas de entrevista por competencias "
            "(para evaluadores)", "20261217T090000", "20261217T140000", tz="Romance Standard Time",
            desc="Formación interna obligatoria para evaluadores de las jornadas de selección.\n\n" + teams("es"),
            organizer=org("formacion.interna@iberavia-crew.es", "Formación Interna"),
            attendees=[att(WORK, "Fernández, Lucía")])
    neg("interviewer-training-es", "es", cal(OUTLOOK, [ev]), "webinar")

    ev = Ev("vorstellungsrunde-team-1@google.com", "Vorstellungsrunde neues Team – Kickoff Lerngruppe",
            "20261206T110000", "20261206T120000", tz="Europe/Berlin",
            desc="Online-Lerngruppe Zertifikat Instructional Design: jede*r stellt sich kurz vor.\n\n" +
                 meet("lrn-grpx-kko", "de") + gcal_footer("de"),
            organizer=org("kurs.id@fernakademie-nord.de", "Fernakademie Nord"),
            attendees=[att(ME, "Lucía Fernández")])
    neg("class-intro-round-de", "de", cal(GOOGLE, [ev]), "class")
    return out
