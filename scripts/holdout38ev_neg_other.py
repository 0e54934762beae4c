"""holdout38: other negatives (mock, webinars, research, press, personal, internal, chats, fairs, references)."""

from __future__ import annotations

from holdout38ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_P,
    ME_W,
    OUTLOOK,
    Ev,
    att,
    gfooter,
    ln,
    meet,
    org,
    quick,
    teams,
    webex,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, lang: str, uid: str, text: str, trap: str) -> None:
        out.append(Ev(kind, lang, uid, text, False, trap=trap))

    u = "mock-iv-coach-1@calendly"
    add("mock-coach", "en", u, quick(
        "-//Calendly//Calendly//EN", u, "Mock interview (HRBP competency) - Fiona MacLeod", "20261206T100000Z",
        "20261206T110000Z", organizer=org("hello@careerbloom-coaching.co.uk", "Isla Dewar"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("hello@careerbloom-coaching.co.uk", "Isla Dewar")),
        desc="Event Name: 60 min mock interview\n\nWe'll run a full practice HR Business Partner interview "
             "(Brightwater-style competency questions) and give feedback.\n\n" + zoom("811 200 3344", "CbMk1")),
        "mock_interview")

    u = "mock-friend-2@google.com"
    add("mock-friend", "en", u, quick(
        GOOGLE, u, "Practice interview w/ Shona before Loomwell final", "20261214T190000Z", "20261214T200000Z",
        organizer=org("shona.kerr@gmail.com", "Shona Kerr"), attendees=(att(ME_P), att("shona.kerr@gmail.com")),
        desc="I'll play the CPO - grill you properly!\n" + meet("prc-shnk-fmx")), "mock_interview")

    u = "es-mock-3@icloud"
    add("mock-es", "es", u, quick(
        IOS, u, "Simulacro de entrevista en español (con Carmen)", "20261208T180000", "20261208T190000",
        method=None, desc="practicar respuestas para Olas Surf y Cal Pere"), "mock_interview")

    u = "webinar-cipd-4@zoom"
    add("webinar", "en", u, quick(
        "-//zoom.us//iCalendar Event//EN", u, "Webinar: Moving from Operations into HR - acing the interview",
        "20261202T123000Z", "20261202T133000Z", organizer=org("no-reply@zoom.us", "People Pathways Network"),
        attendees=(att(ME_P, "Fiona MacLeod"),),
        desc="Thank you for registering for the webinar. Panelists share how career changers can answer "
             "competency interview questions for HR roles.\n\n" + zoom("932 1002 4455", "WbnPPN1", "us06web")),
        "webinar")

    u = "webinar-fr-5@livestorm"
    add("webinar-fr", "fr", u, quick(
        "-//Livestorm//Livestorm//FR", u, "Webinaire : réussir son entretien d'embauche en RH",
        "20261209T120000Z", "20261209T130000Z", organizer=org("events@livestorm.co", "RH Academy"),
        desc="Merci pour votre inscription ! Lien : https://app.livestorm.co/rh-academy/entretien"), "webinar")

    u = "class-5-uni@eventbrite"
    add("class", "en", u, quick(
        "-//Eventbrite//Eventbrite//EN", u, "Evening class: Recruitment & Selection (CIPD Level 5, week 7)",
        "20261203T180000", "20261203T203000", tz="Europe/London",
        desc="Topic: structured interviews, bias, assessment centres. Edinburgh College, Granton campus.",
        loc="Edinburgh College, Granton, Room G.211", method="PUBLISH"), "class")

    u = "class-de-6@google"
    add("class-de", "de", u, quick(
        GOOGLE, u, "Online-Kurs: Interviewtechniken für Führungskräfte (Modul 2)", "20261210T170000Z",
        "20261210T183000Z", organizer=org("kurse@hr-lernwerk.de", "HR Lernwerk"), attendees=(att(ME_P),),
        desc="Modul 2: Strukturierte Interviews führen.\n\n" + meet("hrl-krs-mod", "de")), "class")

    u = "ux-research-7@userinterviews"
    add("user-research", "en", u, quick(
        "-//User Interviews//Scheduler//EN", u, "User interview: Shift scheduling apps for retail managers "
        "($60 incentive)", "20261204T170000Z", "20261204T174500Z",
        organizer=org("studies@rotaflow.app", "Rotaflow Research"),
        attendees=(att(ME_P, "Fiona MacLeod"), att("anya@rotaflow.app", "Anya Patel")),
        desc="Thanks for taking part in our research study! Anya from our design team will ask about how you "
             "plan staff rotas. You'll receive a $60 Amazon voucher.\n\n" + zoom("850 4410 9900", "RfResea")),
        "user_research")

    u = "press-8-evrec@google.com"
    add("press", "en", u, quick(
        GOOGLE, u, "Interview with Edinburgh Evening Record - Rose St footfall / Christmas trading",
        "20261201T110000Z", "20261201T113000Z", organizer=org("r.thomson@eveningrecord.co.uk", "Rab Thomson"),
        attendees=(att(ME_W, "Fiona MacLeod"), att("r.thomson@eveningrecord.co.uk", "Rab Thomson")),
        desc="Quick phone interview for a piece on Christmas trading on Rose Street - store managers' view. "
             "Cleared with Thistle comms."), "press")

    u = "podcast-9@riverside"
    add("podcast", "en", u, quick(
        "-//Riverside.fm//Riverside//EN", u, "Podcast recording: 'Shop Floor Stories' ep. 41 - guest Fiona MacLeod",
        "20261211T150000Z", "20261211T160000Z", organizer=org("host@shopfloorstories.fm", "Dan Ure"),
        attendees=(att(ME_P), att("host@shopfloorstories.fm", "Dan Ure")),
        desc="Interview-style chat about 15 years in outdoor retail. Studio link: "
             "https://riverside.fm/studio/shop-floor-stories"), "podcast")

    u = "dentist-10@icloud"
    add("personal-dentist", "en", u, quick(
        IOS, u, "Dentist - Mr Anand", "20261202T083000", "20261202T090000", method=None,
        loc="Stockbridge Dental, 5 Raeburn Pl"), "personal")

    u = "vet-11@google"
    add("personal-mortgage", "en", u, quick(
        GOOGLE, u, "Mortgage interview - Forthside Building Society", "20261207T170000Z", "20261207T180000Z",
        organizer=org("advice@forthside.co.uk", "Forthside Mortgage Advice"), attendees=(att(ME_P),),
        desc="Your mortgage interview with an adviser. Please bring payslips and ID.",
        loc="Forthside BS, 21 Frederick St, Edinburgh"), "personal")

    u = "es-personal-12@icloud"
    add("personal-es", "es", u, quick(
        APPLE, u, "Cita NIE - Extranjería", "20261229T093000", "20261229T100000", method=None,
        loc="Oficina de Extranjería, Barcelona"), "personal")

    u = "fr-personal-13@google"
    add("personal-fr", "fr", u, quick(
        GOOGLE, u, "Cours de français - entretien oral (DELF B2, épreuve blanche)", "20261205T100000Z",
        "20261205T103000Z", organizer=org("secretariat@alliance-edimbourg.org", "Alliance Française Édimbourg"),
        attendees=(att(ME_P),), desc="Épreuve de production orale : entretien dirigé et exercice en interaction."),
        "personal")

    u = "internal-1-1-14@thistle"
    add("internal-1to1", "en", u, quick(
        OUTLOOK, u, "Fiona / Gordon 1:1", "20261201T090000", "20261201T093000", tz="GMT Standard Time",
        organizer=org("gordon.hay@thistle-outfitters.co.uk", "Hay, Gordon"), attendees=(att(ME_W, "MacLeod, Fiona"),),
        props=(ln("RRULE", "FREQ=WEEKLY;BYDAY=MO"),)), "internal")

    u = "internal-review-15@thistle"
    add("internal-appraisal", "en", u, quick(
        EXCHANGE, u, "Annual performance review - Fiona MacLeod", "20261217T100000", "20261217T110000",
        tz="GMT Standard Time", organizer=org("gordon.hay@thistle-outfitters.co.uk", "Hay, Gordon"),
        attendees=(att(ME_W, "MacLeod, Fiona"), att("people@thistle-outfitters.co.uk", "People Team",
                                                     role="OPT-PARTICIPANT")),
        desc="Your end-of-year review conversation. Please complete the self-assessment beforehand."), "internal")

    u = "internal-stocktake-16@thistle"
    add("internal-ops", "en", u, quick(
        OUTLOOK, u, "Stocktake planning - Edinburgh stores", "20261204T080000", "20261204T090000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("kyle.boyd@thistle-outfitters.co.uk", "Boyd, Kyle"),
                   att("area-east@thistle-outfitters.co.uk", "Area East")), desc=teams()), "internal")

    u = "coffee-17@google"
    add("coffee-chat", "en", u, quick(
        GOOGLE, u, "Coffee - Fiona / Rachel (career change into HR)", "20261203T083000Z", "20261203T091500Z",
        organizer=org("rachel.lowe@pemberton.group", "Rachel Lowe"),
        attendees=(att("rachel.lowe@pemberton.group", "Rachel Lowe", ps="ACCEPTED"), att(ME_P)),
        desc="Happy to share how I moved from store ops to HRBP - no agenda, just a chat! Not hiring at the "
             "moment but let's talk.", loc="Lowdown Coffee, George St"), "coffee_chat")

    u = "coffee-18@icloud"
    add("coffee-chat-hand", "en", u, quick(
        IOS, u, "coffee w Mairi (ex-Thistle, now HR at uni) - pick brains", "20261206T103000",
        "20261206T113000", method=None), "coffee_chat")

    u = "coffee-es-19@google"
    add("coffee-chat-es", "es", u, quick(
        GOOGLE, u, "Café virtual con Elena (RRHH en Barcelona) - networking", "20261210T080000Z",
        "20261210T083000Z", organizer=org("elena.sanz@gmail.com", "Elena Sanz"),
        attendees=(att(ME_P), att("elena.sanz@gmail.com")),
        desc="Charla informal para contarte cómo es trabajar en RRHH en Barcelona. ¡Sin compromiso!\n\n" +
             meet("cfe-elsn-bcn", "es") + "\n\n" + gfooter("es")), "coffee_chat")

    u = "fair-20@eventbrite"
    add("job-fair", "en", u, quick(
        "-//Eventbrite//Eventbrite//EN", u, "Scotland HR & People Careers Fair 2026", "20261205T100000",
        "20261205T160000", tz="Europe/London", method="PUBLISH",
        desc="Meet 40+ employers hiring HR, L&D and people-ops talent. Free entry, bring CVs. Your ticket: #88120",
        loc="EICC, The Exchange, Edinburgh"), "job_fair")

    u = "fair-de-21@icloud"
    add("job-fair-de", "de", u, quick(
        APPLE, u, "Karrieremesse Personalwesen Amsterdam (online)", "20261212", "20261213", method=None,
        desc="virtuelle Jobmesse, Stände von 25 Arbeitgebern"), "job_fair")

    u = "ref-22@thistle"
    add("reference-call", "en", u, quick(
        OUTLOOK, u, "Reference call re: Kyle Boyd (Hillcrest Sports)", "20261208T130000", "20261208T131500",
        tz="GMT Standard Time", organizer=org("resourcing@hillcrestsports.co.uk", "Resourcing Team"),
        attendees=(att(ME_W, "MacLeod, Fiona"),),
        desc="Thank you for agreeing to act as referee for Kyle Boyd, who has applied for a Store Manager role. "
             "We'll call you on your store number."), "reference")

    u = "ref-fr-23@google"
    add("reference-call-fr", "fr", u, quick(
        GOOGLE, u, "Prise de références - Chloé Petit (ancienne vendeuse)", "20261211T140000Z",
        "20261211T141500Z", organizer=org("rh@sportissimo.fr", "RH Sportissimo"),
        attendees=(att(ME_P),),
        desc="Madame MacLeod, merci d'accepter d'être référente pour Chloé Petit, candidate chez Sportissimo."),
        "reference")

    u = "recruiter-24@linkedin"
    add("recruiter-no-employer", "en", u, quick(
        GOOGLE, u, "Call with Ross (Caledon Search) - your HR career goals", "20261202T123000Z",
        "20261202T130000Z", organizer=org("ross@caledonsearch.co.uk", "Ross Whyte"),
        attendees=(att(ME_P), att("ross@caledonsearch.co.uk", "Ross Whyte", ps="ACCEPTED")),
        desc="Intro call so I can understand what you're looking for and register you - I'll then send over "
             "suitable HR roles from our clients.\n\n" + meet("cls-rssw-int")), "recruiter_call")

    u = "recruiter-25@outlook"
    add("recruiter-registration", "en", u, quick(
        OUTLOOK, u, "Registration interview - Talentbridge Recruitment", "20261201T160000", "20261201T163000",
        tz="GMT Standard Time", organizer=org("lucy.ferguson@talentbridge-recruitment.co.uk", "Lucy Ferguson"),
        attendees=(att(ME_P, "Fiona MacLeod"),),
        desc="Hi Fiona, let's have a registration chat about your move into HR. Please have your CV and right to "
             "work documents handy. We'll look at which of our clients could be a fit.\n\n" +
             teams("en", "377 018 222 40")), "recruiter_call")

    u = "recruiter-es-26@google"
    add("recruiter-es", "es", u, quick(
        GOOGLE, u, "Llamada con headhunter - perfil RRHH (Fiona)", "20261207T110000Z", "20261207T113000Z",
        organizer=org("marta@bcn-talent.es", "Marta Gil"), attendees=(att(ME_P), att("marta@bcn-talent.es")),
        desc="Primera conversación para conocer tu perfil y tus expectativas; aún no hay un cliente concreto."),
        "recruiter_call")

    u = "prep-27@icloud"
    add("prep-block", "en", u, quick(
        APPLE, u, "Prep: Tessellate panel - STAR stories", "20261209T120000Z", "20261209T140000Z", method=None,
        desc="rehearse ER case, reread job spec, questions for Leo"), "prep")

    u = "coach-28@zoom"
    add("career-coaching", "en", u, quick(
        "-//zoom.us//iCalendar Event//EN", u, "Career coaching session 3 - CV & LinkedIn", "20261212T100000Z",
        "20261212T110000Z", organizer=org("isla@careerbloom-coaching.co.uk", "Isla Dewar"),
        attendees=(att(ME_P),), desc=zoom("811 200 3399", "CbCch3")), "coaching")

    u = "afterview-tickler-29@afterview"
    add("tickler", "en", u, quick(
        "-//afterview//afterview//EN", u, "Send thank-you notes - Brightwater Hotels, HR Business Partner",
        "20261203T170000", "20261203T171500", tz="Europe/London", method=None,
        desc="Write down what you discussed and who you met, then open the drafts.",
        props=("X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:tickler:thanks:brightwater")), "tickler")

    u = "webex-allhands-30@thistle"
    add("internal-webex", "en", u, quick(
        EXCHANGE, u, "Q4 store managers' call - recruitment update & peak staffing", "20261202T150000",
        "20261202T160000", tz="GMT Standard Time",
        organizer=org("ops-comms@thistle-outfitters.co.uk", "Thistle Ops Comms"), attendees=(att(ME_W),),
        desc="Agenda: peak trading, seasonal hiring numbers, exit interview results.\n\n" +
             webex("2650 118 44", "thistle")), "internal")

    u = "exit-iv-31@thistle"
    add("exit-interview", "en", u, quick(
        OUTLOOK, u, "Exit interview - Marco Ferri (leaver)", "20261219T110000", "20261219T113000",
        tz="GMT Standard Time", organizer=org(ME_W, "MacLeod, Fiona"),
        attendees=(att("marco.ferri@thistle-outfitters.co.uk", "Ferri, Marco"),),
        desc="Standard leaver conversation - form in the People hub."), "internal")

    u = "es-feria-32@infojobs"
    add("job-fair-es", "es", u, quick(
        GOOGLE, u, "Feria de empleo Hostelería Barcelona - entrada", "20261213T100000", "20261213T140000",
        tz="Europe/Madrid", method="PUBLISH", extra=("X-WR-TIMEZONE:Europe/Madrid", "X-WR-CALNAME:Fiona"),
        desc="Entrada gratuita. Más de 30 cadenas hoteleras y de restauración buscan perfiles de RRHH y "
             "operaciones. Lleva tu CV impreso.", loc="Fira Montjuïc, Pabellón 2"), "job_fair")

    u = "fr-interview-radio-33@google"
    add("press-fr", "fr", u, quick(
        GOOGLE, u, "Interview radio - 'Les commerçants d'Europe' (Fiona, Thistle Outfitters)",
        "20261206T080000Z", "20261206T082000Z", organizer=org("prod@radioeurope-commerce.fr", "Production"),
        attendees=(att(ME_W, "Fiona MacLeod"),),
        desc="Interview en duplex sur le commerce de centre-ville à Édimbourg. Merci d'être disponible 10 min "
             "avant."), "press")

    return out
