"""holdout40 negatives that are not the user's interview and not the user on the hiring side (blind)."""

# ruff: noqa: E501  (raw iCalendar content lines are data; the writer folds them)

from __future__ import annotations

from holdout40ev_ics import ME_HOME, ME_WORK, MEET_EN, STAMP, TEAMS_EN, WEBEX_EN, ZOOM_EN, Ev, att, boiler, cal, org

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
A = "-//Apple Inc.//iOS 17.5//EN"
W = "GMT Standard Time"


def events() -> list[Ev]:
    me = att("Tom Gallagher", ME_HOME)
    e: list[Ev] = []
    # mock / practice
    e.append(Ev("neg-mock-coach", "en", cal("-//Calendly//Calendly//EN", f"""BEGIN:VEVENT
UID:calendly-mock-aa11bb22cc33@calendly.com
{STAMP}
DTSTART:20261107T100000Z
DTEND:20261107T110000Z
SUMMARY:Mock Interview (Compliance roles) - Tom Gallagher
{org("Deirdre Lynch Career Coaching", "deirdre@lynchcareercoaching.ie")}
{att("Deirdre Lynch", "deirdre@lynchcareercoaching.ie", stat="ACCEPTED")}
{me}
DESCRIPTION:Event Name: 60 min Mock Interview\\nPractice competency and technical questions for financial crime roles\\, with written feedback afterwards. Paid session.\\n\\nPowered by Calendly.com{boiler(ZOOM_EN, "5512009873", "mock1")}
END:VEVENT"""), False, trap="mock_interview"))
    e.append(Ev("neg-mock-friend", "en", cal(A, """BEGIN:VEVENT
UID:1F2E3D4C-5B6A-4798-8A7B-6C5D4E3F2A1B
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/London:20261121T190000
DTEND;TZID=Europe/London:20261121T200000
SUMMARY:Practice interview w/ Conor (he plays HSBC panel)
LOCATION:Conor's house
END:VEVENT""", tz=("Europe/London",), method=""), False, trap="mock_interview"))
    e.append(Ev("neg-mock-fr-alumni", "fr", cal(G, f"""BEGIN:VEVENT
DTSTART:20261115T170000Z
DTEND:20261115T180000Z
{STAMP}
{org("Association Alumni ICA", "mentorat@ica-alumni.org")}
UID:mock-fr-7p8o9i0u1y2t@google.com
{me}
SUMMARY:Simulation d'entretien (mentorat) - conformité bancaire
DESCRIPTION:Entraînement à l'entretien d'embauche avec un mentor du réseau\\, ce n'est pas un vrai entretien. Retour personnalisé à la fin.{boiler(MEET_EN, "mck-frnt-ors", "4410")}
END:VEVENT"""), False, trap="mock_interview"))
    # webinars / classes
    e.append(Ev("neg-webinar-en", "en", cal(OL, f"""BEGIN:VEVENT
UID:ica-webinar-20261112-acing-the-interview
{STAMP}
DTSTART;TZID="{W}":20261112T123000
DTEND;TZID="{W}":20261112T133000
SUMMARY:Webinar: Acing the Compliance Interview - what hiring managers ask
{org("International Compliance Association", "events@int-comp.org")}
{me}
DESCRIPTION:Join our panel of MLROs and recruiters for a free lunchtime webinar on interview technique for compliance professionals. CPD: 1 hour.{boiler(WEBEX_EN, "2318 77", "ICA1")}
END:VEVENT""", tz=(W,)), False, trap="webinar"))
    e.append(Ev("neg-webinar-de", "de", cal(G, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261119T180000
DTEND;TZID=Europe/Berlin:20261119T193000
{STAMP}
{org("StepStone Karriere-Events", "events@stepstone.de")}
UID:stepstone-webinar-77213@stepstone.de
{me}
SUMMARY:Online-Seminar: Souverän im Vorstellungsgespräch
DESCRIPTION:Kostenloses Webinar: typische Fragen im Vorstellungsgespräch\\, Gehaltsverhandlung\\, Körpersprache. Mit Live-Q&A.
END:VEVENT""", tz=("Europe/Berlin",)), False, trap="webinar"))
    e.append(Ev("neg-class-es", "es", cal(G, f"""BEGIN:VEVENT
DTSTART:20261124T170000Z
DTEND:20261124T190000Z
{STAMP}
{org("Escuela de Negocios Online", "formacion@eno-cursos.es")}
UID:eno-curso-entrevistas-0042@eno-cursos.es
{me}
SUMMARY:Curso: Cómo superar una entrevista por competencias (sesión 2/4)
DESCRIPTION:Clase en directo sobre el método STAR\\, preguntas trampa y entrevistas en inglés.
END:VEVENT"""), False, trap="webinar"))
    # user research / press
    e.append(Ev("neg-user-research", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261110T170000Z
DTEND:20261110T174500Z
{STAMP}
{org("Monzo User Research", "research@monzo.com")}
UID:monzo-ur-5521-tg@monzo.com
{att("Hollie Price", "hollie.price@monzo.com")}
{me}
SUMMARY:Monzo research interview - thanks for taking part!
DESCRIPTION:Hi Tom\\, thanks for signing up to chat with us about how you use joint accounts. This is a 45-minute customer research interview\\, you'll receive a £40 voucher. There are no right or wrong answers.{boiler(MEET_EN, "urs-mnzo-tlk", "9032")}
END:VEVENT"""), False, trap="user_research"))
    e.append(Ev("neg-user-research-es", "es", cal(OL, f"""BEGIN:VEVENT
UID:{{EE12FF34-0A56-4B78-9C90-D1E2F3A4B5C6}}
{STAMP}
DTSTART;TZID="Romance Standard Time":20261117T180000
DTEND;TZID="Romance Standard Time":20261117T183000
SUMMARY:Entrevista de investigación de usuarios - app Revolut
{org("Equipo UX", "ux-research@revolut.com")}
{me}
DESCRIPTION:Gracias por participar en nuestro estudio sobre pagos internacionales. Entrevista de 30 minutos\\, recibirás una tarjeta regalo de 30 €.
END:VEVENT""", tz=("Romance Standard Time",)), False, trap="user_research"))
    e.append(Ev("neg-press", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000CC01DD02EE03FF0100000000000000001000000022220000BBBB0001
{STAMP}
DTSTART;TZID="{W}":20261113T113000
DTEND;TZID="{W}":20261113T120000
SUMMARY:Press interview: Belfast Telegraph - branch closures & cash access
{org("Press Office", "press@ulster-mutual-bank.co.uk")}
{att("Gallagher, Tom", ME_WORK)}
{att("Niall McCann", "niall.mccann@belfasttelegraph.co.uk")}
DESCRIPTION:Tom\\, Niall will interview you for a feature on community banking. Key messages attached - please stick to them. Press Office will sit in.
END:VEVENT""", tz=(W,)), False, trap="press"))
    e.append(Ev("neg-podcast", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261205T150000Z
DTEND:20261205T160000Z
{STAMP}
{org("FinCrime Fridays Podcast", "hello@fincrimefridays.fm")}
UID:podcast-ep87-recording@fincrimefridays.fm
{me}
SUMMARY:Podcast interview recording - "From branch to compliance" (ep. 87)
DESCRIPTION:Thanks for agreeing to be our guest! We'll record on Riverside.fm - link below. We'll ask about your move from branch banking into financial crime.
END:VEVENT"""), False, trap="press"))
    # personal
    e.append(Ev("neg-dentist", "en", cal(A, """BEGIN:VEVENT
UID:AA1BB2CC-3DD4-4EE5-8FF6-A7B8C9D0E1F2
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/London:20261106T083000
DTEND;TZID=Europe/London:20261106T090000
SUMMARY:Dentist - Malone Rd
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT1H
DESCRIPTION:Reminder
END:VALARM
END:VEVENT""", tz=("Europe/London",), method=""), False, trap="personal"))
    e.append(Ev("neg-mortgage-interview", "en", cal(OL, f"""BEGIN:VEVENT
UID:halifax-mortgage-appt-884412
{STAMP}
DTSTART;TZID="{W}":20261128T100000
DTEND;TZID="{W}":20261128T113000
SUMMARY:Your mortgage interview with Halifax
{org("Halifax Mortgages", "appointments@halifax.co.uk")}
{me}
DESCRIPTION:Your remortgage appointment with a Halifax Mortgage Adviser at Donegall Place. Please bring 3 months' payslips and photo ID.
END:VEVENT""", tz=(W,)), False, trap="personal"))
    e.append(Ev("neg-passport", "en", cal(G, """BEGIN:VEVENT
DTSTART:20261201T093000Z
DTEND:20261201T100000Z
DTSTAMP:20261102T091500Z
UID:5rt6yu7io8pa9sd0fg1hj2kl3@google.com
SUMMARY:Passport interview (HMPO Belfast) - for Aoibhinn's first adult passport
LOCATION:HM Passport Office\\, Law Society House\\, Belfast
END:VEVENT""", method="PUBLISH", head="X-WR-TIMEZONE:Europe/London"), False, trap="personal"))
    e.append(Ev("neg-family-de", "de", cal(A, """BEGIN:VEVENT
UID:BB2CC3DD-4EE5-4FF6-9A07-B8C9D0E1F203
DTSTAMP:20261102T091500Z
DTSTART:20261122T120000
DTEND:20261122T140000
SUMMARY:Mittagessen mit Oma & Opa (Besuch aus Köln)
END:VEVENT""", method=""), False, trap="personal"))
    e.append(Ev("neg-school-fr", "fr", cal(G, """BEGIN:VEVENT
DTSTART;VALUE=DATE:20261214
DTEND;VALUE=DATE:20261215
DTSTAMP:20261102T091500Z
UID:2df4gh6jk8lz0xc2vb4nm6qw8@google.com
SUMMARY:Réunion parents-professeurs (cours de français de Ciara)
END:VEVENT""", method="PUBLISH"), False, trap="personal"))
    # internal meetings
    e.append(Ev("neg-internal-1to1", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000CC02DD03EE04FF0100000000000000001000000022220000BBBB0002
{STAMP}
DTSTART;TZID="{W}":20261111T090000
DTEND;TZID="{W}":20261111T100000
SUMMARY:1:1 Tom / Martin - branch performance Q4
{org("Devlin, Martin", "m.devlin@ulster-mutual-bank.co.uk")}
{att("Gallagher, Tom", ME_WORK)}
DESCRIPTION:Agenda: Q4 lending numbers\\, complaints log\\, staffing.{boiler(TEAMS_EN, "b25lb25l", "Oo1Qq4")}
END:VEVENT""", tz=(W,)), False, trap="internal"))
    e.append(Ev("neg-internal-aml-training", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000CC03DD04EE05FF0100000000000000001000000022220000BBBB0003
{STAMP}
DTSTART;TZID="{W}":20261116T140000
DTEND;TZID="{W}":20261116T153000
SUMMARY:Mandatory: AML & Sanctions refresher for branch managers
{org("Financial Crime Training", "fctraining@ulster-mutual-bank.co.uk")}
{att("Gallagher, Tom", ME_WORK)}
{att("Branch Managers NI", "branchmanagers.ni@ulster-mutual-bank.co.uk")}
DESCRIPTION:Annual mandatory training. Includes the new suspicious activity reporting workflow.
END:VEVENT""", tz=(W,)), False, trap="internal"))
    e.append(Ev("neg-internal-huddle", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000CC04DD05EE06FF0100000000000000001000000022220000BBBB0004
{STAMP}
DTSTART;TZID="{W}":20261102T084500
DTEND;TZID="{W}":20261102T090000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
SUMMARY:Branch huddle
{org("Gallagher, Tom", ME_WORK)}
{att("Lisburn Road Team", "lisburnrd.team@ulster-mutual-bank.co.uk")}
END:VEVENT""", tz=(W,)), False, trap="internal"))
    # coffee chats
    e.append(Ev("neg-coffee-info", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261108T103000Z
DTEND:20261108T111500Z
{STAMP}
{org("Tom Gallagher", ME_HOME)}
UID:8lk7jh6gf5ds4ap3oi2uy1tr0@google.com
{att("Tom Gallagher", ME_HOME, stat="ACCEPTED")}
{att("Niall Boyd", "niall.boyd@kainos.com")}
SUMMARY:Coffee with Niall (Kainos) - what's compliance work really like?
DESCRIPTION:Informational chat - Niall kindly agreed to tell me about his move from retail banking into RegTech. Not about a specific job. My shout.
LOCATION:Root & Branch\\, Belfast
END:VEVENT"""), False, trap="coffee_chat"))
    e.append(Ev("neg-coffee-exboss", "en", cal(A, """BEGIN:VEVENT
UID:CC3DD4EE-5FF6-4A07-8B18-C9D0E1F20314
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/London:20261115T110000
DTEND;TZID=Europe/London:20261115T120000
SUMMARY:Catch-up coffee w/ Siobhan (ex-UMB\\, now Citi compliance)
DESCRIPTION:pick her brain on Citi's KYC teams. no vacancy yet
END:VEVENT""", tz=("Europe/London",), method=""), False, trap="coffee_chat"))
    e.append(Ev("neg-cafe-fr", "fr", cal(G, f"""BEGIN:VEVENT
DTSTART:20261120T113000Z
DTEND:20261120T120000Z
{STAMP}
{org("Margaux Petit", "margaux.petit@gmail.com")}
UID:0mn9bv8cx7za6sd5fg4hj3kl2@google.com
{att("Margaux Petit", "margaux.petit@gmail.com", stat="ACCEPTED")}
{me}
SUMMARY:Café virtuel Margaux / Tom - échange sur la conformité à Paris
DESCRIPTION:Échange informel entre anciens collègues du réseau LinkedIn\\, pour parler du marché de la conformité en France. Pas un entretien.
END:VEVENT"""), False, trap="coffee_chat"))
    # job fairs
    e.append(Ev("neg-jobfair", "en", cal(G, f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20261114
DTEND;VALUE=DATE:20261115
{STAMP}
{org("Belfast Jobs Fair", "register@belfastjobsfair.co.uk")}
UID:bjf-2026-visitor-88213@belfastjobsfair.co.uk
{me}
SUMMARY:Belfast Jobs Fair 2026 - Visitor ticket
LOCATION:Ulster Hall\\, Bedford Street\\, Belfast
DESCRIPTION:Meet 60+ employers including banks\\, insurers and tech firms. Bring your CV. On-the-spot interviews with some exhibitors.
END:VEVENT"""), False, trap="job_fair"))
    e.append(Ev("neg-jobfair-dublin", "en", cal(OL, f"""BEGIN:VEVENT
UID:eventbrite-fintech-careers-dub-55120
{STAMP}
DTSTART;TZID="{W}":20261204T170000
DTEND;TZID="{W}":20261204T200000
SUMMARY:FinTech & RegTech Careers Evening - Dublin
{org("Eventbrite", "noreply@eventbrite.com")}
{me}
DESCRIPTION:Order #4410293. Networking evening with hiring teams from Stripe\\, Fenergo and others. Guest talks and open bar.
LOCATION:Dogpatch Labs\\, CHQ Building\\, Dublin 1
END:VEVENT""", tz=(W,)), False, trap="job_fair"))
    # reference calls
    e.append(Ev("neg-reference", "en", cal(OL, f"""BEGIN:VEVENT
UID:{{FF01AA12-BB23-4C34-8D45-E56F67A78B89}}
{STAMP}
DTSTART;TZID="{W}":20261118T123000
DTEND;TZID="{W}":20261118T130000
SUMMARY:Reference call - Emma Doyle (candidate) / Tom Gallagher (referee)
{org("Hannah Reid", "hannah.reid@danskebank.co.uk")}
{att("Gallagher, Tom", ME_WORK)}
DESCRIPTION:Thanks for agreeing to provide a reference for Emma Doyle\\, who worked for you as a Senior Customer Adviser. We'll ask about her strengths and reasons for leaving. 20-30 minutes.
END:VEVENT""", tz=(W,)), False, trap="reference_call"))
    e.append(Ev("neg-reference-es", "es", cal(G, f"""BEGIN:VEVENT
DTSTART:20261126T153000Z
DTEND:20261126T160000Z
{STAMP}
{org("Irene Campos", "irene.campos@sabadell.com")}
UID:ref-sabadell-3a9f@google.com
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Llamada de referencias - candidato Javier Ortiz
DESCRIPTION:Hola Tom\\, Javier te ha indicado como referencia (fue tu compañero en Ulster Mutual). Son unas preguntas breves sobre su desempeño.
END:VEVENT"""), False, trap="reference_call"))
    # recruiter calls that are not an interview with an employer
    e.append(Ev("neg-agency-registration", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000CC05DD06EE07FF0100000000000000001000000022220000BBBB0005
{STAMP}
DTSTART;TZID="{W}":20261103T173000
DTEND;TZID="{W}":20261103T180000
SUMMARY:Registration call - Hays Financial Services
{org("Rachel Finnegan", "rachel.finnegan@hays.co.uk")}
{me}
DESCRIPTION:Hi Tom\\, quick call to register you with us\\, go through your CV and what you're looking for in compliance. No specific role yet - I'll then start sending you to clients.
END:VEVENT""", tz=(W,)), False, trap="recruiter_not_employer"))
    e.append(Ev("neg-recruiter-market", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261117T080000Z
DTEND:20261117T081500Z
{STAMP}
{org("James Holt", "james.holt@searchfinancial.co.uk")}
UID:6yt5re4wq3az2sx1dc0fv9gb8@google.com
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Tom / James (Search) - market update
DESCRIPTION:15 min catch-up on the NI compliance market and salary benchmarks. Nothing live for you yet but a few banks are planning 2027 hires.{boiler(MEET_EN, "sch-mkup-dte", "0032")}
END:VEVENT"""), False, trap="recruiter_not_employer"))
    e.append(Ev("neg-recruiter-es", "es", cal(OL, f"""BEGIN:VEVENT
UID:{{0A1B2C3D-4E5F-4061-8273-948596A7B8C9}}
{STAMP}
DTSTART;TZID="Romance Standard Time":20261109T100000
DTEND;TZID="Romance Standard Time":20261109T103000
SUMMARY:Llamada de presentación con Hudson (consultora) - perfil Compliance
{org("Laura Sanz - Hudson", "laura.sanz@hudson.es")}
{me}
DESCRIPTION:Hola Tom\\, me gustaría conocerte y entender tu perfil para futuros procesos en Madrid. Todavía no hay cliente concreto.
END:VEVENT""", tz=("Romance Standard Time",)), False, trap="recruiter_not_employer"))
    # prep block and afterview tickler
    e.append(Ev("neg-prep", "en", cal(A, """BEGIN:VEVENT
UID:DD4EE5FF-6A07-4B18-8C29-D0E1F2031425
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/London:20261118T190000
DTEND;TZID=Europe/London:20261118T210000
SUMMARY:Prep for Wise case study interview tomorrow - re-read TM typologies
END:VEVENT""", tz=("Europe/London",), method=""), False, trap="prep_block"))
    e.append(Ev("neg-tickler", "en", cal("-//afterview//afterview//EN", """BEGIN:VEVENT
UID:afterview-tickler-thanks-wise-7f3e
DTSTAMP:20261102T091500Z
DTSTART:20261119T170000Z
DTEND:20261119T171500Z
SUMMARY:Send thank-you notes — Wise\\, Compliance Manager
DESCRIPTION:Write down your reflections and the interviewers' names while they're fresh.
X-AFTERVIEW-OWNER:afterview
X-AFTERVIEW-KIND:thank-you
END:VEVENT""", method="PUBLISH"), False, trap="afterview_tickler"))
    e.append(Ev("neg-de-networking", "de", cal(OL, f"""BEGIN:VEVENT
UID:{{1B2C3D4E-5F60-4172-8394-A5B6C7D8E9F0}}
{STAMP}
DTSTART;TZID="W. Europe Standard Time":20261130T180000
DTEND;TZID="W. Europe Standard Time":20261130T190000
SUMMARY:Austausch mit Mentor (Compliance-Netzwerk Frankfurt)
{org("Markus Lang", "markus.lang@compliance-netzwerk.de")}
{me}
DESCRIPTION:Mentoring-Gespräch im Rahmen des Programms\\, Thema: Wechsel vom Filialgeschäft in die Compliance. Kein Bewerbungsgespräch.
END:VEVENT""", tz=("W. Europe Standard Time",)), False, trap="coffee_chat"))
    return e
