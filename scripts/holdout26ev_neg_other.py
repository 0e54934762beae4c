"""holdout26: negatives that are not the user's interview for other reasons (each event written on its own)."""

from __future__ import annotations

from holdout26ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    OUTLOOK,
    Item,
    att,
    cal,
    d,
    e,
    ev,
    google_footer,
    meet,
    org,
    teams,
    webex,
    zoom,
)
from holdout26ev_ics import ME_PRIVATE as ME
from holdout26ev_ics import ME_WORK as MW

RST = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the other negative items."""
    out: list[Item] = []
    a = out.append

    u = "mock-sre-pramp-like-01"
    a(Item("mock-interview", "en", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261202T190000Z", "DTEND:20261202T200000Z", "Mock SRE interview with Priyanka (practice)",
        "Peer practice: I interview her for 30 min, she interviews me for 30 min. Linux + incident questions. "
        "Nothing to do with a real application.\n\n" + meet("en", "mck-sree-prq"),
        "", lines=[org("priyanka.dev.ops@gmail.com", "Priyanka Shah"), att(ME, "Diego Serrano")])]),
        False, trap="mock_interview"))

    u = "mock-es-mentor-02"
    a(Item("mock-es", "es", u, cal(GOOGLE, [ev(
        u, d("20261205T110000"), e("20261205T120000"), "Simulacro de entrevista técnica con Álex (mentor)",
        "Álex, que trabaja de SRE, me hace una entrevista de prueba como si fuera de verdad para practicar "
        "antes de las de diciembre.", "Café Lisboa, Valencia",
        lines=[org(ME, "Diego Serrano"), att("alex.mentor.sre@gmail.com", "Álex Navarro")])],
        zones=("Europe/Madrid",)),
        False, trap="mock_interview"))

    u = "mock-ai-tool-03"
    a(Item("mock-tool", "en", u, cal("-//Cal.com Inc.//Cal.com Event//EN", [ev(
        u, "DTSTART:20261208T183000Z", "DTEND:20261208T190000Z",
        "Practice Interview: Cloud Engineer (behavioural) between InterviewGym Coach and Diego Serrano",
        "What: Practice Interview - 30 min mock session with a coach\nWhere: Cal Video\n\nThis is a paid practice "
        "session, not a hiring interview.", "https://app.cal.com/video/ig77", lines=[
            org("coach@interviewgym.io", "InterviewGym Coach"), att(ME, "Diego Serrano")])]),
        False, trap="mock_interview"))

    u = "webinar-sre-interviews-04"
    a(Item("webinar", "en", u, cal("-//zoom.us//iCalendar Event//EN", [ev(
        u, "DTSTART:20261203T170000Z", "DTEND:20261203T180000Z",
        "Webinar: How to pass the SRE interview loop in 2027",
        "Thank you for registering for the CloudCareers webinar. Our panel of hiring managers explains what they "
        "look for in SRE interviews.\n\n" + zoom("en", "944 2231 0098", "Web1n4rx"),
        "Zoom", lines=[org("events@cloudcareers.community", "CloudCareers")])], method="PUBLISH"),
        False, trap="webinar"))

    u = "curso-entrevistas-sepe-05"
    a(Item("class-es", "es", u, cal(OUTLOOK, [ev(
        u, d("20261210T100000", RST), e("20261210T130000", RST),
        "Taller: cómo preparar entrevistas de trabajo en el sector tecnológico",
        "Taller gratuito de orientación laboral. Incluye role-play de entrevistas por parejas.",
        "Centro de Formación Labora, Valencia", lines=[org("talleres@formacion-labora.es", "Formación Labora"),
                                                       att(ME, "Diego Serrano")])], zones=(RST,)),
        False, trap="class"))

    u = "webinar-de-vorstellungsgespraech-06"
    a(Item("webinar-de", "de", u, cal("-//Cisco//Webex//EN", [ev(
        u, d("20261215T180000", "Europe/Berlin"), e("20261215T190000", "Europe/Berlin"),
        "Online-Seminar: Das technische Vorstellungsgespräch für DevOps-Rollen",
        "Danke für Ihre Anmeldung. Referentin: Dr. Ute Sommer.\n\n" + webex("de", "27718830021"),
        "Webex", lines=[org("seminare@it-karriere-akademie.de", "IT-Karriere Akademie")])], method="PUBLISH",
        zones=("Europe/Berlin",)),
        False, trap="webinar"))

    u = "cours-fr-entretien-07"
    a(Item("class-fr", "fr", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261217T170000Z", "DTEND:20261217T183000Z", "Cours en ligne : réussir ses entretiens en anglais",
        "Module 4 du cours « Anglais professionnel pour l'IT ». Simulations d'entretiens entre élèves.\n\n"
        + meet("fr", "crs-angl-itf"), "", lines=[org("formation@linguatech.fr", "LinguaTech Formation"),
                                                  att(ME, "Diego Serrano")])]),
        False, trap="class"))

    u = "user-research-08"
    a(Item("user-research", "en", u, cal("-//Calendly//Calendly//EN", [ev(
        u, "DTSTART:20261209T150000Z", "DTEND:20261209T154500Z", "User interview: Diego Serrano <> Pagerly research",
        "Thanks for signing up for a user research interview about how you handle on-call alerts. 45 minutes, "
        "€50 voucher.\n\nPowered by Calendly.com", "https://meet.google.com/usr-rsch-pgl",
        lines=[org("research@pagerly.io", "Pagerly UX Research"), att(ME, "Diego Serrano")])]),
        False, trap="user_research"))

    u = "press-es-09"
    a(Item("press-es", "es", u, cal(GOOGLE, [ev(
        u, d("20261211T120000"), e("20261211T123000"),
        "Entrevista para Las Provincias (reportaje reciclaje profesional)",
        "Una periodista me entrevista para un reportaje sobre gente que pasa de soporte a cloud. 30 min por "
        "teléfono.", "Teléfono", lines=[org("m.sanz@lasprovincias-digital.es", "Mireia Sanz"),
                                          att(ME, "Diego Serrano")])], zones=("Europe/Madrid",)),
        False, trap="press"))

    u = "podcast-10"
    a(Item("podcast", "en", u, cal("-//Riverside//Recording//EN", [ev(
        u, "DTSTART:20261214T180000Z", "DTEND:20261214T190000Z", "Podcast interview – From Helpdesk to SRE (ep. 41)",
        "Recording for the 'Ops Stories' podcast. Host: Ben Okafor. We'll chat about your move from bank IT "
        "support to cloud.\n\nStudio link: https://riverside.fm/studio/ops-stories", "Riverside",
        lines=[org("ben@opsstories.fm", "Ben Okafor"), att(ME, "Diego Serrano")])]),
        False, trap="podcast"))

    u = "dentist-11@icloud.com"
    a(Item("personal-dentist", "es", u, cal(IOS, [ev(
        u, "DTSTART:20261204T183000", "DTEND:20261204T191500", "Dentista (revisión)", "", "Clínica Dental Ruzafa")],
        method=""),
        False, trap="personal"))

    u = "gym-12@icloud.com"
    a(Item("personal-class", "en", u, cal(APPLE, [ev(
        u, d("20261207T200000"), e("20261207T210000"), "Climbing with Rubén", "", "Sharma Climbing Valencia")],
        method="", zones=("Europe/Madrid",)),
        False, trap="personal"))

    u = "visa-appt-13"
    a(Item("personal-appointment", "en", u, cal(GOOGLE, [ev(
        u, "DTSTART;VALUE=DATE:20261219", "DTEND;VALUE=DATE:20261220", "Mum's birthday – lunch in Xàtiva", "",
        "Xàtiva", lines=["TRANSP:TRANSPARENT"])], method="PUBLISH"),
        False, trap="personal"))

    u = "hacienda-14"
    a(Item("personal-es-admin", "es", u, cal(GOOGLE, [ev(
        u, d("20261215T091000"), e("20261215T093000"), "Cita previa DNI renovación",
        "Llevar foto y el DNI antiguo.", "Comisaría Policía Nacional, Valencia")], method="",
        zones=("Europe/Madrid",)),
        False, trap="personal"))

    u = "flat-viewing-de-15"
    a(Item("personal-de", "de", u, cal(APPLE, [ev(
        u, d("20261220T110000", "Europe/Berlin"), e("20261220T113000", "Europe/Berlin"),
        "Wohnungsbesichtigung Neukölln (falls Berlin klappt)", "Makler: Herr Pohl, 2 Zimmer",
        "Weserstraße 80, Berlin")], method="", zones=("Europe/Berlin",)),
        False, trap="personal"))

    u = "internal-change-board-16"
    a(Item("internal-meeting", "en", u, cal(OUTLOOK, [ev(
        u, d("20261202T120000", RST), e("20261202T130000", RST), "Weekly Change Advisory Board",
        "Review of the changes for the weekend window (Citrix upgrade, branch printers).\n\n" + teams("en", "Y2FiMDE"),
        "Microsoft Teams Meeting", lines=[org("cab@banco-levante.es", "CAB Banco Levante"),
                                          att(MW, "Serrano, Diego"), att("jorge.alfaro@banco-levante.es",
                                                                         "Alfaro, Jorge")])], zones=(RST,)),
        False, trap="internal"))

    u = "internal-1on1-17"
    a(Item("internal-1on1", "es", u, cal(EXCHANGE, [ev(
        u, d("20261209T090000", RST), e("20261209T093000", RST), "1:1 Diego / Jorge",
        "Seguimiento mensual: tickets, formación AZ-104, vacaciones.", "Despacho Jorge",
        lines=[org("jorge.alfaro@banco-levante.es", "Alfaro, Jorge"), att(MW, "Serrano, Diego")])], zones=(RST,)),
        False, trap="internal"))

    u = "internal-evaluacion-desempeno-18"
    a(Item("performance-review", "es", u, cal(OUTLOOK, [ev(
        u, d("20261216T110000", RST), e("20261216T120000", RST),
        "Entrevista de evaluación del desempeño 2026 - Diego Serrano",
        "Entrevista anual de desempeño con tu responsable. Trae tu autoevaluación completada en el portal de RR. HH.",
        "Despacho Jorge", lines=[org("rrhh@banco-levante.es", "RR. HH. Banco Levante"), att(MW, "Serrano, Diego"),
                                 att("jorge.alfaro@banco-levante.es", "Alfaro, Jorge")])], zones=(RST,)),
        False, trap="internal"))

    u = "internal-exit-interview-colleague-19"
    a(Item("colleague-exit", "en", u, cal(OUTLOOK, [ev(
        u, d("20261218T160000", RST), e("20261218T170000", RST), "Farewell drinks – Marc",
        "Marc is leaving us for a job in Lisbon. Drinks after work!", "Bar La Pilareta",
        lines=[org("marc.bosch@banco-levante.es", "Bosch, Marc"), att(MW, "Serrano, Diego")])], zones=(RST,)),
        False, trap="internal"))

    u = "coffee-chat-20"
    a(Item("coffee-chat", "en", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261203T080000Z", "DTEND:20261203T083000Z", "Coffee chat – Diego & Hannah (Shannon Grid)",
        "Informal chat so you can learn what SRE is like at Shannon Grid - not part of any hiring process, just "
        "networking. Happy to answer questions.\n\n" + meet("en", "cof-chat-hnn"),
        "", lines=[org("hannah.byrne@shannongrid.ie", "Hannah Byrne"), att(ME, "Diego Serrano")])]),
        False, trap="coffee_chat"))

    u = "cafe-es-21"
    a(Item("coffee-es", "es", u, cal(GOOGLE, [ev(
        u, d("20261206T103000"), e("20261206T113000"), "Café con Carlos (ex compañero, ahora en Nubalia)",
        "Le pregunto cómo es trabajar de SRE allí y si me recomienda cursos.", "Café Central, Valencia",
        lines=[org(ME, "Diego Serrano"), att("carlos.ferri@gmail.com", "Carlos Ferri")])],
        zones=("Europe/Madrid",)),
        False, trap="coffee_chat"))

    u = "kaffee-de-22"
    a(Item("coffee-de", "de", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261210T160000Z", "DTEND:20261210T163000Z", "Virtueller Kaffee mit Jonas (Plattform-Team)",
        "Lockerer Austausch über Platform Engineering in Berlin – ausdrücklich kein Bewerbungsgespräch.\n\n"
        + meet("de", "kaf-fee-jns") + "\n\n" + google_footer("de"),
        "", lines=[org("jonas.richter@helixplatform.de", "Jonas Richter"), att(ME, "Diego Serrano")])]),
        False, trap="coffee_chat"))

    u = "jobfair-23"
    a(Item("job-fair", "es", u, cal(GOOGLE, [ev(
        u, "DTSTART;VALUE=DATE:20261212", "DTEND;VALUE=DATE:20261213", "Feria de Empleo Tech Valencia 2026",
        "Stands de 40 empresas. Llevar CVs impresos.", "Feria Valencia, Pabellón 2",
        lines=["TRANSP:TRANSPARENT"])], method="PUBLISH"),
        False, trap="job_fair"))

    u = "career-fair-24"
    a(Item("job-fair-virtual", "en", u, cal("-//Hopin//Events//EN", [ev(
        u, "DTSTART:20261216T090000Z", "DTEND:20261216T150000Z", "Dublin Tech Jobs Virtual Career Fair",
        "Your ticket for the virtual fair. Visit booths of cloud and fintech employers and join open Q&A "
        "sessions.", "https://app.hopin.com/events/dublin-tech-jobs",
        lines=[org("tickets@dublintechjobs.ie", "Dublin Tech Jobs")])], method="PUBLISH"),
        False, trap="job_fair"))

    u = "reference-call-25"
    a(Item("reference-call", "en", u, cal(OUTLOOK, [ev(
        u, d("20261208T130000", RST), e("20261208T132000", RST), "Reference call re: Marc Bosch",
        "Hi Diego, Marc listed you as a referee for his application to our Service Desk Lead role. 20 minutes "
        "to ask about working with him.\n\nThanks,\nInês Duarte, Talent, Tejo Systems",
        "Phone", lines=[org("ines.duarte@tejosystems.pt", "Duarte, Inês"), att(MW, "Serrano, Diego")])],
        zones=(RST,)),
        False, trap="reference_call"))

    u = "referencias-es-26"
    a(Item("reference-es", "es", u, cal(GOOGLE, [ev(
        u, d("20261211T180000"), e("20261211T181500"), "Llamada referencias de Paula (me llaman a mí)",
        "La empresa donde ha aplicado Paula (ex becaria) me llama para pedir referencias suyas.", "",
        lines=[org(ME, "Diego Serrano")])], method="", zones=("Europe/Madrid",)),
        False, trap="reference_call"))

    u = "recruiter-noemployer-27"
    a(Item("recruiter-intro", "en", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261202T090000Z", "DTEND:20261202T092000Z", "Intro call – Diego / Sam (CloudHire recruitment)",
        "Quick call so I understand what you're after (salary, remote, location) before I put you forward to any "
        "of my clients. No specific role yet.\n\n" + meet("en", "int-ocll-sam"),
        "", lines=[org("sam.fletcher@cloudhire.co.uk", "Sam Fletcher"), att(ME, "Diego Serrano")])]),
        False, trap="recruiter_no_employer"))

    u = "headhunter-es-28"
    a(Item("recruiter-es", "es", u, cal(OUTLOOK, [ev(
        u, d("20261207T170000", RST), e("20261207T173000", RST), "Llamada con Beatriz (consultora de Talentia)",
        "Primera toma de contacto con la consultora para que conozca mi perfil y me envíe ofertas de cloud que "
        "encajen. Aún no hay empresa concreta.", "Teléfono",
        lines=[org("beatriz.oller@talentia-consultores.es", "Oller, Beatriz"), att(ME, "Diego Serrano")])],
        zones=(RST,)),
        False, trap="recruiter_no_employer"))

    u = "coaching-fr-29"
    a(Item("career-coaching-fr", "fr", u, cal("-//Calendly//Calendly//EN", [ev(
        u, "DTSTART:20261209T173000Z", "DTEND:20261209T183000Z", "Séance de coaching carrière : Diego Serrano",
        "Nom de l'événement : Coaching reconversion IT (séance 2/4)\nCoach : Amélie Roux\nNous travaillerons "
        "votre pitch et votre LinkedIn.\n\nPowered by Calendly.com", "https://zoom.us/j/9912200341",
        lines=[org("amelie.roux@coachingcarriere.fr", "Amélie Roux"), att(ME, "Diego Serrano")])]),
        False, trap="coaching"))

    u = "prep-block-fr-30"
    a(Item("prep-block", "fr", u, cal(APPLE, [ev(
        u, "DTSTART:20261208T190000", "DTEND:20261208T203000", "Préparer l'entretien Clairnuage (réviser Linux)",
        "Relire les notes sur systemd, iptables et la doc de leur produit.", "")], method="",
        head=("X-WR-TIMEZONE:Europe/Madrid",)),
        False, trap="prep_block"))
    return out
