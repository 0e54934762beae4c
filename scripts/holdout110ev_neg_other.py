"""holdout110: negatives that are not the user's own interviews and not on the hiring side either."""

from __future__ import annotations

from holdout110ev_ics import (
    APPLE,
    FREE,
    GOOGLE,
    MAC,
    OUTLOOK,
    THUNDERBIRD,
    WORK,
    alarm,
    att,
    calendar,
    ev,
    item,
    meet,
    org,
    teams,
    uid_at,
    uid_google,
    uid_guid,
    uid_outlook,
    zoom,
)

FL = "ferrylane-software.ie"


def _typed(seed: str, stamp: str, start: str, end: str, title: str, trap: str, desc: str = "", loc: str = "",
           tz: str = "Europe/Dublin", prodid: str = APPLE, allday: bool = False) -> dict[str, str]:
    u = uid_guid(seed)
    e = ev(u, stamp, start, end, title, tz="" if allday else tz, desc=desc, loc=loc, order="apple", status="",
           allday=allday, extra=() if allday else alarm(30))
    zones = () if allday or not tz else (tz,)
    return item(trap, calendar(prodid, [e], zones, method=None), u, False, trap=trap)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    add = out.append

    # practice, coaching, learning
    u = uid_google("mock-grainne")
    e = ev(u, "20250924T190000", "20251004T110000", "20251004T120000",
           "Mock interview w/ Gráinne – practice for Head of People panels", tz="Europe/Dublin",
           desc="She'll play the CFO. Practise the 'biggest hiring failure' answer + 90-day plan.",
           organizer=org(FREE, "Aoife Brennan"),
           attendees=(att("grainne.obrien@gmail.com", "Gráinne O'Brien", google=True),))
    add(item("mock", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="mock-friend-en"))

    u = uid_at("coach-session", "calendly.com", 36)
    d = ("Event Name: Interview Coaching - 60 min\n\nInvitee: Aoife Brennan\n\nQuestions:\nWhat would you like "
         "to work on?\nFinal-round interviews for Head of Talent roles, presenting a talent strategy.\n\n"
         "Powered by Calendly.com")
    e = ev(u, "20251003T101000", "20251011T093000", "20251011T103000", "Aoife Brennan and Maeve Sheridan",
           utc=True, desc=d, loc="https://us06web.zoom.us/j/88812345670",
           organizer=org("maeve@sheridancareercoaching.ie", "Maeve Sheridan"),
           attendees=(att(FREE, "Aoife Brennan", partstat="ACCEPTED"),))
    add(item("coaching", calendar("-//Calendly//Calendly//EN", [e]), u, False, trap="interview-coaching-en"))

    u = uid_at("webinar-structured", "zoom.us", 20)
    d = ("Thank you for registering for \"Structured Interviewing at Scale: Scorecards That Predict Performance\".\n"
         "Hosted by the Ashby team with guests from three scale-ups.\n\n" + zoom("81100223344", host="Ashby Events"))
    e = ev(u, "20250902T120000", "20250917T150000", "20250917T160000",
           "Webinar: Structured Interviewing at Scale", utc=True, desc=d, loc="Zoom webinar",
           organizer=org("no-reply@zoom.us", "Ashby Events"), attendees=(att(WORK, "Aoife Brennan"),))
    add(item("webinar", calendar("-//zoom.us//iCalendar Event//EN", [e]), u, False, trap="webinar-interviewing-en"))

    add(_typed("cipd-course", "20250901T180000", "20250916T180000", "20250916T203000",
               "CIPD course: competency-based interviewing (module 3)", "class-interviewing-en",
               desc="Bring the assessed role-play notes.", loc="CIPD Ireland, 8 Harcourt Street"))

    u = uid_google("webinar-de")
    d = ("Vielen Dank für Ihre Anmeldung zum Webinar \"Active Sourcing in DACH: Kandidat:innen direkt ansprechen\"."
         "\n\n" + teams("YWN0aXZlc3Rv", "de"))
    e = ev(u, "20250915T080000", "20250925T100000", "20250925T110000",
           "Webinar: Active Sourcing in DACH", tz="Europe/Berlin", desc=d,
           organizer=org("events@recruitingakademie.de", "Recruiting Akademie"),
           attendees=(att(WORK, "Aoife Brennan"),), order="outlook")
    add(item("webinar-de", calendar(OUTLOOK, [e], ("Europe/Berlin",)), u, False, trap="webinar-de"))

    u = uid_at("webinaire-fr", "livestorm.co", 22)
    e = ev(u, "20250926T070000", "20251009T110000", "20251009T120000",
           "Webinaire : recruter des profils tech en France en 2026", tz="Europe/Paris",
           desc="Merci pour votre inscription ! Rejoignez le webinaire ici : https://app.livestorm.co/talentfr/"
           "recruter-tech-2026", organizer=org("webinaires@talentfrance.fr", "Talent France"),
           attendees=(att(WORK, "Aoife Brennan"),))
    add(item("webinar-fr", calendar("-//Livestorm//Livestorm//FR", [e], ("Europe/Paris",)), u, False,
             trap="webinar-fr"))

    add(_typed("spanish-class", "20250901T190000", "20251008T190000", "20251008T203000",
               "Clase de español B1 – tema: la entrevista de trabajo", "class-spanish-es",
               desc="Deberes: unidad 7, vocabulario de entrevistas", loc="Instituto Cervantes, Lincoln Place"))

    u = uid_google("mock-de")
    e = ev(u, "20251005T160000", "20251007T183000", "20251007T191500",
           "Probeinterview auf Deutsch mit Katja (Übung)", tz="Europe/Dublin",
           desc="Katja spielt die VP People. Üben: Vorstellung, Stärken/Schwächen, Gehaltsvorstellung.",
           organizer=org(FREE, "Aoife Brennan"),
           attendees=(att("katja.meier85@gmx.de", "Katja Meier", google=True),))
    add(item("mock-de", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="mock-de"))

    # "interviews" that are not job interviews
    u = uid_at("ux-research", "userinterviews.com", 24)
    d = ("Thanks for joining our research session! We'd love to hear how your team runs interview loops today. "
         "You'll receive a EUR 75 gift card afterwards.\n\nResearcher: Dani Cole (Product Research)\n\n" +
         zoom("86655443322", host="Dani Cole"))
    e = ev(u, "20250918T090000", "20250923T150000", "20250923T154500",
           "User research interview: how you schedule interviews (45 min)", utc=True, desc=d,
           organizer=org("research@userinterviews.com", "User Interviews"), attendees=(att(WORK, "Aoife Brennan"),))
    add(item("user-research", calendar(GOOGLE, [e]), u, False, trap="user-research-interview-en"))

    u = uid_google("podcast")
    e = ev(u, "20250920T100000", "20251001T160000", "20251001T170000",
           "Podcast recording: The Talent Table – guest interview with Aoife Brennan", tz="Europe/London",
           desc="Topic: in-house TA in a downturn. Riverside link: https://riverside.fm/studio/the-talent-table",
           organizer=org("hello@thetalenttable.co.uk", "The Talent Table"), attendees=(att(FREE, google=True),))
    add(item("podcast", calendar(GOOGLE, [e], ("Europe/London",)), u, False, trap="podcast-guest-en"))

    u = uid_outlook("press")
    e = ev(u, "20250926T110000", "20250930T113000", "20250930T120000",
           "Interview with TechIreland Weekly – hiring in Irish tech", tz="GMT Standard Time",
           desc="Journalist: Ruth Geoghegan. Comms approved talking points attached. 20 mins by phone.",
           organizer=org(f"comms@{FL}", "Ferrylane Comms"), attendees=(att(WORK, "Brennan, Aoife"),),
           order="outlook")
    add(item("press", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False, trap="press-interview-en"))

    add(_typed("visa", "20250905T200000", "20251020T083000", "20251020T093000", "US visa interview – Embassy",
               "visa-interview-en", desc="B1/B2 for SHRM conference. Bring DS-160 confirmation + passport",
               loc="US Embassy, 42 Elgin Road, Ballsbridge, Dublin 4"))

    # personal
    add(_typed("gp", "20250908T120000", "20250912T091500", "20250912T093000", "GP – Dr Murphy",
               "personal-gp-en", loc="Rathmines Medical Centre"))
    add(_typed("dentist", "20250901T090000", "20250930T080000", "20250930T083000", "Dentist (cleaning)",
               "personal-dentist-en", loc="Smile Dental, Camden Street", prodid=MAC))
    add(_typed("creche", "20250901T091000", "20250904T091500", "20250904T100000",
               "Crèche settling-in – Little Acorns (Fiadh)", "personal-creche-en",
               desc="Bring spare clothes, nappies, soother", loc="Little Acorns Crèche, Ranelagh"))
    u = uid_outlook("mortgage")
    e = ev(u, "20250910T150000", "20250922T173000", "20250922T183000", "Mortgage appointment – Avoca Credit Union",
           tz="GMT Standard Time", desc="Bring 6 months payslips, P60, bank statements.",
           loc="Avoca Credit Union, Rathmines branch", organizer=org("mortgages@avocacu.ie", "Avoca Credit Union"),
           attendees=(att(FREE, "Aoife Brennan"),), order="outlook")
    add(item("bank-appointment", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False,
             trap="personal-bank-en"))
    add(_typed("haircut", "20250901T100000", "20251018T103000", "20251018T113000", "Hair – Peter Mark",
               "personal-haircut-en", prodid=MAC))

    # internal at Ferrylane
    u = uid_outlook("one-to-one")
    e = ev(u, "20250901T080000", "20250909T100000", "20250909T103000", "Aoife / Declan 1:1",
           tz="GMT Standard Time", desc="Pipeline, agency spend, Q4 headcount.", organizer=org(
               f"declan.fahy@{FL}", "Fahy, Declan"), attendees=(att(WORK, "Brennan, Aoife"),), order="outlook",
           extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=2",))
    add(item("one-to-one", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False, trap="internal-1to1-en"))

    u = uid_google("ta-standup")
    e = ev(u, "20250829T090000", "20250901T093000", "20250901T094500", "TA team stand-up", tz="Europe/Dublin",
           desc="Open reqs, offers out, blockers.\n\n" + meet("fls-ta-stnd"), organizer=org(f"declan.fahy@{FL}",
                                                                                            "Declan Fahy"),
           attendees=(att(WORK, "Aoife Brennan", google=True), att(f"wei.zhang@{FL}", "Wei Zhang", google=True)),
           extra=("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",))
    add(item("standup", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="internal-standup-en"))

    u = uid_outlook("appraisal")
    e = ev(u, "20250915T093000", "20250929T140000", "20250929T150000", "Mid-year performance review – Aoife Brennan",
           tz="GMT Standard Time", desc="Please complete the self-assessment in Workday beforehand.",
           organizer=org(f"declan.fahy@{FL}", "Fahy, Declan"), attendees=(att(WORK, "Brennan, Aoife"),),
           order="outlook")
    add(item("appraisal", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False, trap="own-appraisal-en"))

    u = uid_outlook("exit-interview")
    e = ev(u, "20251103T100000", "20251118T150000", "20251118T153000", "Exit interview – Aoife Brennan",
           tz="GMT Standard Time", desc="Confidential conversation with HRBP. Laptop return and benefits to follow.",
           organizer=org(f"hrbp@{FL}", "Nolan, Carmel (HRBP)"), attendees=(att(WORK, "Brennan, Aoife"),),
           order="outlook")
    add(item("exit-interview", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False, trap="own-exit-interview-en"))

    u = uid_outlook("ats-demo")
    e = ev(u, "20250905T140000", "20250918T100000", "20250918T110000", "Demo: Ashby – ATS evaluation",
           tz="GMT Standard Time", desc="Comparing against Greenhouse renewal. Focus: scheduling + analytics.",
           organizer=org(WORK, "Brennan, Aoife"), attendees=(att("sales@ashbyhq.com", "Ashby Sales"),
                                                             att(f"declan.fahy@{FL}", "Fahy, Declan")),
           order="outlook")
    add(item("vendor-demo", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False, trap="internal-vendor-demo-en"))

    add(_typed("gh-admin", "20250901T080000", "20250926T140000", "20250926T160000",
               "Greenhouse admin – close stale reqs, fix interview plans", "internal-ats-admin-en",
               prodid=THUNDERBIRD))

    u = uid_outlook("hiring-plan")
    e = ev(u, "20250910T080000", "20251008T100000", "20251008T113000", "Q4 hiring plan review",
           tz="GMT Standard Time", desc="Headcount by team, agency budget, employer-brand spend.",
           organizer=org(f"declan.fahy@{FL}", "Fahy, Declan"),
           attendees=(att(WORK, "Brennan, Aoife"), att(f"cfo@{FL}", "Byrne, Alan")), order="outlook")
    add(item("hiring-plan", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, False, trap="internal-planning-en"))

    # career-adjacent but not interviews
    u = uid_google("coffee-rachel")
    e = ev(u, "20250912T200000", "20250919T083000", "20250919T091500", "Coffee w/ Rachel Kim",
           tz="Europe/Dublin", desc="Catch-up, she's Head of TA at Verdant now - not hiring, just swapping notes "
           "on TA leadership + comp benchmarks.", loc="Kaph, Drury Street",
           organizer=org(FREE, "Aoife Brennan"), attendees=(att("rachelkim.ta@gmail.com", "Rachel Kim", google=True),))
    add(item("coffee-chat", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="informational-coffee-en"))

    add(_typed("jobs-fair", "20250915T080000", "20251011", "20251012", "Tech Jobs Ireland expo – RDS (browse)",
               "job-fair-en", desc="Walk the hall, grab cards. Saturday.", loc="RDS, Ballsbridge", allday=True))

    u = uid_google("referee-ciaran")
    e = ev(u, "20251001T120000", "20251003T121500", "20251003T124500", "Reference call for Ciarán Byrne",
           tz="Europe/Dublin", desc="I'm his referee - Zendex will call me about his time on my team at Ferrylane.",
           organizer=org(FREE, "Aoife Brennan"), attendees=(att("hr@zendex.com", "Zendex HR", google=True),))
    add(item("referee", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="reference-user-is-referee-en"))

    u = uid_google("headhunter-noname")
    e = ev(u, "20250919T160000", "20250924T173000", "20250924T180000", "Call with Harcourt Executive Search",
           tz="Europe/Dublin", desc="Confidential Head of People search - client not disclosed yet. Ask about "
           "size, sector, budget.", organizer=org("lmcgrath@harcourtexec.ie", "Louise McGrath"),
           attendees=(att(FREE, "Aoife Brennan", google=True),))
    add(item("headhunter", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="recruiter-call-no-employer-en"))

    add(_typed("prep-vantory", "20251012T200000", "20251013T190000", "20251013T210000",
               "Prep: Vantory onsite – case deck + questions for Jess", "prep-block-en",
               desc="Rehearse deck twice. Research Raj + Liam on LinkedIn."))
    add(_typed("thankyou", "20251014T130000", "20251014T170000", "20251014T171500",
               "Send thank-you notes – Vantory panel", "follow-up-reminder-en"))

    u = uid_google("offer-harbourline")
    e = ev(u, "20251009T160000", "20251010T163000", "20251010T170000", "Harbourline – offer discussion",
           tz="Europe/Dublin", desc="Rachel to walk through the offer: base, bonus, equity, start date. Not an "
           "interview - negotiate notice period.", organizer=org("rachel.doyle@harbourline.com", "Rachel Doyle"),
           attendees=(att(FREE, "Aoife Brennan", google=True),))
    add(item("own-offer-call", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, False, trap="offer-call-own-en"))

    u = uid_at("meetup", "meetup.com", 20)
    e = ev(u, "20250920T080000", "20251002T180000", "20251002T203000",
           "Dublin Talent Acquisition Network – Autumn meetup", tz="Europe/Dublin",
           desc="Panel: 'Interviewing for potential, not pedigree'. Pizza from 6pm.\nhttps://www.meetup.com/dublin-ta"
           "-network/events/30412", loc="Dogpatch Labs, CHQ Building, Dublin 1",
           organizer=org("info@meetup.com", "Meetup"), attendees=(att(FREE, "Aoife Brennan"),))
    add(item("meetup", calendar("-//Meetup//RemoteApi//EN", [e], ("Europe/Dublin",), method="PUBLISH"), u, False,
             trap="networking-meetup-en"))
    return out
