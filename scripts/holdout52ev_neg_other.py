"""holdout52 negatives: mock interviews, webinars, press/research interviews, personal and internal events."""

from __future__ import annotations

from holdout52ev_boiler import meet, teams, webex, zoom
from holdout52ev_ics import GMX, WORK, T, att, cal, ev, ms_uid, org, vev, when

V = "Europe/Vienna"


def _g(kind: str, uid: str, tool: str, tz: str | None, start: str, end: str, summary: str, desc: str = "",
       organizer: tuple[str, str] | None = None, people: tuple[tuple[str, str], ...] = (), loc: str = "",
       method: str | None = "REQUEST", trap: str = "", extra: tuple[str, ...] = ()) -> dict:
    props = [f"UID:{uid}", *when(tz, start, end), T("SUMMARY", summary)]
    if desc:
        props.append(T("DESCRIPTION", desc))
    if loc:
        props.append(T("LOCATION", loc))
    if organizer:
        props.append(org(organizer[0], organizer[1]))
    props += [att(e, n) for e, n in people]
    props += list(extra)
    zones = (tz,) if tz and tz not in ("Z", "DATE") else ()
    if not organizer:
        method = None
    return ev(kind, cal(tool, vev(*props), method=method, tz=zones), uid, trap=trap or kind)


def events() -> list[dict]:
    me = (GMX, "Teresa Moser")
    mew = (WORK, "Moser, Teresa")
    g = "@google.com"
    return [
        _g("mock", "mk1q7w3e9r5t2y8u4i0o6p1a3s" + g, "google", V, "20250920T100000", "20250920T113000",
           "Mock-Interview mit Julia (SQL-Case üben)", "Julia spielt die Hiring Managerin, danach Feedback. "
           + meet("de", "jqa-mnbe-rvt"), ("julia.steindl@gmail.com", "Julia Steindl"), (me,), trap="mock-de"),
        _g("mock-platform", "pramp-sess-88120-moser", "google", "Z", "20250927T170000", "20250927T180000",
           "Practice interview: SQL (peer mock)",
           "You're matched with a peer for a practice data interview. Each of you interviews the other for "
           "30 minutes. This is not a real job interview.", ("sessions@pramp.com", "Pramp"), (me,),
           trap="mock-platform-en"),
        _g("webinar", "webinar-ace-analyst-2025-10-02", "google", "America/New_York", "20251002T120000",
           "20251002T130000", "Webinar: How to ace your data analyst interview",
           "Thanks for registering! Join live: " + zoom("en", "85500011230"),
           ("no-reply@zoom.us", "DataCareers Academy"), (me,), trap="webinar-en"),
        _g("class-de", "ams-bewerbungstraining-1104", "outlook", V, "20251104T170000", "20251104T200000",
           "Workshop: Souverän im Vorstellungsgespräch (VHS Wien)",
           "Kurs 25H-1187, 3 Einheiten. Rollenspiele, typische Fragen, Gehaltsverhandlung.", None, (),
           "VHS Urania, Uraniastraße 1", trap="class-about-interviewing-de"),
        _g("webinar-fr", "webinaire-entretien-embauche-1015", "google", "Europe/Paris", "20251015T123000",
           "20251015T133000", "Webinaire : réussir son entretien d'embauche en data",
           "Merci pour votre inscription ! Lien : " + zoom("fr", "84120033118"),
           ("evenements@datajobs.fr", "DataJobs France"), (me,), trap="webinar-fr"),
        _g("user-research", "ux-study-bank-app-2281", "calendly", "Z", "20250923T150000", "20250923T154500",
           "Interview zur Nutzung von Mobile-Banking-Apps (Studie, 45 Min.)",
           "Danke für Ihre Teilnahme an unserer Nutzerstudie! Sie erhalten 50 € Gutschein. "
           + zoom("de", "86610043327"), ("research@usabilitylab.at", "UsabilityLab Wien"), (me,),
           trap="user-research-interview-de"),
        _g("press", "standard-interview-frauen-data", "google", V, "20251011T100000", "20251011T110000",
           "Interview Der Standard – Frauen in Data (Karriere-Ressort)",
           "Gespräch mit Redakteurin Miriam Lenz für die Serie 'Frauen in Tech'. Foto danach.",
           ("miriam.lenz@derstandard.at", "Miriam Lenz"), (me,), "Café Prückel", trap="press-interview-de"),
        _g("podcast", "podcast-datavienna-ep42", "google", V, "20251018T180000", "20251018T190000",
           "Podcast recording: Data Vienna Podcast – Ep. 42 interview",
           "Recording via Riverside. We'll interview you about analytics engineering in banking.",
           ("host@datavienna.fm", "Data Vienna Podcast"), (me,), trap="podcast-interview-en"),
        _g("doctor", "zahnarzt-pichler-1007@gmx.at", "apple", V, "20251007T073000", "20251007T081500",
           "Zahnarzt Dr. Pichler – Kontrolle", "", None, (), "Josefstädter Str. 15", trap="personal-doctor-de"),
        _g("bank", "erste-beratung-wohnkredit-221", "outlook", V, "20250930T173000", "20250930T183000",
           "Beratungsgespräch Wohnkredit", "Ihr Termin mit Ihrem Kundenbetreuer. Bitte Gehaltszettel mitbringen.",
           ("kundenservice@sparkasse-filiale.at", "Ihre Filiale Neubau"), (me,), trap="personal-bank-de"),
        _g("visa", "visa-appt-usembassy-vie-1120", "google", V, "20251120T083000", "20251120T090000",
           "Visa appointment – U.S. Embassy Vienna (B1/B2 interview)",
           "Bring passport, DS-160 confirmation, appointment letter. Interview with consular officer.",
           None, (), "Boltzmanngasse 16, 1090 Wien", trap="visa-interview-en"),
        _g("school-fr", "institut-francais-test-b2", "apple", V, "20251016T180000", "20251016T193000",
           "Institut français – test de niveau B2 (oral)", "Entretien oral de placement, 15 min.", None, (),
           "Institut français de Vienne", trap="language-school-oral-fr"),
        _g("class-es", "clase-espanol-conversacion-1", "google", V, "20251021T190000", "20251021T203000",
           "Clase de español – conversación (nivel B1)", "Tema de hoy: entrevistas de trabajo – vocabulario.",
           ("profe.carmen@gmail.com", "Carmen Ruiz"), (me,), trap="class-es"),
        _g("internal-sync", ms_uid("db-weekly-sync"), "outlook", "W. Europe Standard Time", "20250922T093000",
           "20250922T100000", "Weekly Data Team Sync", teams("de", "d2Vla2x5MDEt", "318844019273"),
           ("r.wagner@donaubank.at", "Wagner, Robert"), (mew,), trap="internal-meeting-de",
           extra=("RRULE:FREQ=WEEKLY;BYDAY=MO",)),
        _g("appraisal", ms_uid("db-mag-2025-moser"), "outlook", "W. Europe Standard Time", "20251110T140000",
           "20251110T153000", "Mitarbeitergespräch 2025 – Teresa Moser",
           "Jahresgespräch: Zielerreichung 2025, Entwicklungsziele, Weiterbildung.",
           ("r.wagner@donaubank.at", "Wagner, Robert"), (mew,), trap="own-appraisal-de"),
        _g("exit-interview", ms_uid("db-exit-moser"), "outlook", "W. Europe Standard Time", "20251128T110000",
           "20251128T113000", "Exit-Interview Teresa Moser",
           "Vertrauliches Austrittsgespräch mit HR. Ihre Rückmeldung hilft uns, besser zu werden.",
           ("b.schwarz@donaubank.at", "Schwarz, Birgit"), (mew,), trap="own-exit-interview-de"),
        _g("coffee-chat", "cc8d2f6h0j4l7n1q5s9u3w6y2a" + g, "google", V, "20250919T083000", "20250919T090000",
           "Coffee chat: Sophie (Data @ Klarwerk) – informal",
           "Informal chat about analytics engineering at Klarwerk – not an interview, just an exchange.",
           ("sophie.lambert@klarwerk.com", "Sophie Lambert"), (me,), "Kaffemik, Zollergasse 5",
           trap="informational-coffee-en"),
        _g("coffee-de", "kaffee-michael-austausch@gmx.at", "apple", V, "20251005T110000", "20251005T120000",
           "Kaffee mit Michael (ehem. Studienkollege, jetzt Analytics Lead) – Austausch Jobmarkt", "", None, (),
           trap="informational-coffee-de"),
        _g("job-fair", "wu-career-calling-2025-visit@gmx.at", "apple", "DATE", "20251112", "20251113",
           "Career Calling WU – Stände Analytics anschauen", "Liste: Versicherungen, Beratungen, Fintechs",
           None, (), "WU Wien", trap="job-fair-de"),
        _g("job-fair-en", "eventbrite-data-jobs-munich-ticket-4471", "google", "Europe/Berlin",
           "20251025T100000", "20251025T160000", "Data & AI Job Fair Munich 2025",
           "Your ticket for Data & AI Job Fair Munich. Meet 40+ employers.", ("noreply@eventbrite.com",
                                                                              "Eventbrite"), (me,),
           "MOC München", trap="job-fair-en"),
        _g("reference", ms_uid("ref-eder-check"), "outlook", "W. Europe Standard Time", "20251008T120000",
           "20251008T121500", "Referenzgespräch zu Lukas Eder",
           "Liebe Frau Moser,\nHerr Eder hat Sie als Referenz angegeben. Danke, dass Sie sich 15 Minuten Zeit "
           "nehmen.\nClaudia Binder, HR", ("claudia.binder@alpinetrade.at", "Binder, Claudia"), (me,),
           trap="reference-call-user-is-referee-de"),
        _g("reference-en", "ref-check-fuchs-3301" + g, "google", "Europe/London", "20251022T100000",
           "20251022T102000", "Reference check for Martin Fuchs",
           "Hi Teresa, Martin listed you as a former colleague. Quick reference call, 15-20 minutes.",
           ("people@brightleaf.co.uk", "Brightleaf People Team"), (me,), trap="reference-call-en"),
        _g("recruiter-no-employer", "hh-call-vertraulich@gmx.at", "apple", V, "20250925T173000",
           "20250925T180000", "Telefonat Headhunterin – Senior Analyst Position (Kunde vertraulich)",
           "Frau Kerschbaum ruft an. Mandat: 'namhafte Versicherung in Wien', Name noch nicht genannt.", None,
           (), trap="recruiter-no-employer-de"),
        _g("recruiter-no-employer-en", "rk-intro-8802" + g, "google", "Europe/London", "20251001T150000",
           "20251001T151500", "Quick chat – Teresa / Oliver (opportunity)",
           "Hi Teresa, I'd love to tell you about a few analytics roles I'm working on across Europe. " +
           meet("en", "pwe-xofr-zkt"), ("oliver@datatalentpartners.com", "Oliver Grant"), (me,),
           trap="recruiter-no-employer-en"),
        _g("prep", "prep-alpenwert-sql@gmx.at", "apple", V, "20250922T190000", "20250922T210000",
           "Vorbereitung Interview Alpenwert – SQL Window Functions üben", "", None, (),
           trap="prep-block-names-company-de"),
        _g("prep-en", "prep-star-stories@gmx.at", "apple", V, "20251012T100000", "20251012T120000",
           "Prep: STAR stories + questions for Brightfold final", "", None, (), trap="prep-block-en"),
        _g("coaching", "coach-gehalt-0917", "calendly", "Z", "20251025T080000", "20251025T090000",
           "Gehaltsverhandlungs-Coaching mit Andrea", "Coaching-Session (online). " + zoom("de", "87711230091"),
           ("andrea@karrierecoaching.at", "Andrea Pohl"), (me,), trap="coaching-de"),
        _g("admission", "fh-aufnahmegesprach-2025", "outlook", V, "20251105T150000", "20251105T153000",
           "Aufnahmegespräch Masterlehrgang Data Science (berufsbegleitend)",
           "Sehr geehrte Frau Moser, wir laden Sie zum Aufnahmegespräch für den Masterlehrgang ein.",
           ("aufnahme@fh-datenakademie.at", "FH Datenakademie Studienservice"), (me,),
           trap="admission-interview-de"),
        _g("meetup", "meetup-vienna-data-eng-1023", "google", V, "20251023T183000", "20251023T210000",
           "Vienna Data Engineering Meetup #31 – dbt & Lakehouse",
           "Talks + networking. Several companies are hiring – bring your CV!", None, (),
           "Impact Hub Vienna", trap="meetup-hiring-mention-en"),
        _g("webex-internal-en", "webex-donaubank-allhands-q4", "outlook", V, "20251003T150000",
           "20251003T160000", "Donaubank Analytics All-Hands Q4", webex("en", "2391 554 881", "donaubank"),
           ("events@donaubank.at", "Donaubank Internal Comms"), (mew,), trap="internal-all-hands-en"),
        _g("internal-blog", ms_uid("db-blog-interview"), "outlook", "W. Europe Standard Time",
           "20251014T110000", "20251014T113000", "Interview für Intranet-Blog: 'Ein Tag im Data Team'",
           "Kurzes Interview mit Internal Comms für das Mitarbeiterportal.",
           ("k.haas@donaubank.at", "Haas, Katrin"), (mew,), trap="internal-blog-interview-de"),
        _g("flat-viewing", "besichtigung-zh-wohnung@gmx.at", "apple", "Europe/Zurich", "20251016T180000",
           "20251016T183000", "Wohnungsbesichtigung Zürich Kreis 4", "Vermieter Hr. Gerber, 079 …", None, (),
           "Brauerstrasse 52, 8004 Zürich", trap="personal-viewing-de"),
    ]
