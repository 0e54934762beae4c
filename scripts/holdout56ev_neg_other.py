"""holdout56 negatives: mock interviews, webinars, legal-work interviews, personal, internal (blind, CC0 1.0)."""

from __future__ import annotations

from holdout56ev_ics import (
    APPLE,
    GOOGLE,
    HW_WORK,
    OUTLOOK,
    THUNDERBIRD,
    VTZ,
    E,
    att,
    calendar,
    me,
    meet,
    org,
    teams,
    vevent,
    when,
    zoom,
)

LON = [VTZ["Europe/London"]]


def n(kind: str, uid: str, summary: str, day: str, hhmm: str, mins: int, desc: str | None = None,
      loc: str | None = None, people: tuple[str, ...] = (), prodid: str = GOOGLE, method: str | None = "REQUEST",
      tz: str | None = "Europe/London", utc: bool = False, status: str = "CONFIRMED") -> dict[str, str]:
    tzs = [VTZ[tz]] if tz in VTZ and not utc and hhmm else []
    ics = calendar([vevent(uid, summary, when(day, hhmm, mins, tz=tz, utc=utc), desc, loc, list(people),
                           status=status)], prodid, method=method, tzs=tzs)
    return E(kind, ics, uid, 0)


def w(ps: str = "NEEDS-ACTION") -> str:
    return att(HW_WORK, "Whitfield, Hannah", ps=ps, rsvp="TRUE")


def events() -> list[dict[str, str]]:
    return [
        n("mock-careers-en", "uol-careers-mock-hw-0310", "Mock interview – NQ/associate applications",
          "20250310", "1230", 45, "Alumni careers service: mock interview with a volunteer partner (not a real "
          "vacancy). Bring the job description you're targeting.", "Careers Centre, Level 2",
          (org("careers.alumni@leeds.ac.uk", "Careers Centre"), me())),
        n("mock-friend-handtyped-en", "A1E2-practice-becky", "Practice interview w/ Becky (Brackenbury prep)",
          "20250325", "1930", 60, "Becky to grill me on TUPE + competency Qs", "Becky's flat", prodid=APPLE,
          method=None, tz=None, status=""),
        n("webinar-nq-interview-en", "lch-webinar-nq-0305", "Webinar: Nailing the NQ interview",
          "20250305", "1800", 60, "LawCareers Hub live webinar. Panel of recruiters and partners on how to "
          "prepare for associate interviews.\n\n" + zoom("811 2290 4451", "LcHw88"), "Zoom",
          (org("events@lawcareershub.co.uk", "LawCareers Hub Events"), me()), method="PUBLISH"),
        n("class-interview-skills-en", "yjl-workshop-comp-int", "Yorkshire Junior Lawyers – competency interview "
          "skills workshop", "20250320", "1800", 90, "Evening workshop for junior lawyers moving firms. Drinks "
          "after.", "Leeds Law Society, Albion Street", (org("events@yorkshirejuniorlawyers.org.uk", "YJL"), me())),
        n("user-research-interview-en", "clausebook-ur-0313", "Clausebook user research interview (30 min, £40 "
          "voucher)", "20250313", "1300", 30, "Thanks for signing up! We'll ask how you review employment "
          "contracts today. This is research, not a job interview.\n\n" + meet("cbk-urxx-int"), "Google Meet",
          (org("research@clausebook.io", "Clausebook Research"), me())),
        n("podcast-interview-en", "nq-podcast-rec-0402", "Podcast recording – 'Newly Qualified' ep. 14 – "
          "interview with Hannah", "20250402", "1830", 60, "Riverside recording via Riverside.fm link. We'll "
          "chat about qualifying into employment law.", "https://riverside.fm/studio/newly-qualified",
          (org("hello@newlyqualifiedpod.co.uk", "Newly Qualified Podcast"), me())),
        n("press-interview-en", "ypost-probono-0327", "Yorkshire Post interview – pro bono clinic",
          "20250327", "1215", 30, "Reporter Jess Lamb to interview Hannah about the Marsh Lane employment advice "
          "clinic. Comms team to sit in.", "Marsh Lane LLP, Leeds",
          (org("comms@marshlane-law.co.uk", "Marsh Lane Comms"), w()), prodid=OUTLOOK),
        n("witness-interview-en", "ml-witness-halston-0318", "Witness interview – Smith v Halston Foods (ET)",
          "20250318", "1000", 120, "Take statement from line manager witness. Bundle index attached.",
          "Halston Foods, Castleford", (org("c.marsh@marshlane-law.co.uk", "Marsh, Claire"), w()), prodid=OUTLOOK),
        n("investigation-interview-en", "ml-grievance-inv-0404", "Grievance investigation interview – note taker",
          "20250404", "1400", 90, "Client: Brightwell Care. Hannah to take notes at the investigation meeting "
          "with the complainant.", "Brightwell Care, Harrogate",
          (org("g.lyons@marshlane-law.co.uk", "Lyons, Gareth"), w()), prodid=OUTLOOK),
        n("tribunal-hearing-en", "ml-et-hearing-leeds-0422", "ET hearing – Smith v Halston Foods (day 1)",
          "20250422", "", 0, "Leeds Employment Tribunal, City Exchange", "City Exchange, 11 Albion St, Leeds",
          (org(HW_WORK, "Whitfield, Hannah"),), prodid=OUTLOOK),
        n("internal-team-meeting-en", "ml-employment-team-weekly", "Employment team weekly", "20250310", "0900", 30,
          "Caseload, BD, know-how.\n\n" + teams("ZW1wbG"), "Microsoft Teams Meeting",
          (org("c.marsh@marshlane-law.co.uk", "Marsh, Claire"), w()), prodid=OUTLOOK),
        n("client-call-en", "ml-client-tupe-0312", "Client call – Halston Foods TUPE consultation", "20250312",
          "1100", 45, None, "Teams", (org(HW_WORK, "Whitfield, Hannah"), att("hr@halstonfoods.co.uk", "Halston HR")),
          prodid=OUTLOOK),
        n("appraisal-en", "ml-midyear-appraisal-hw", "Mid-year appraisal – Hannah Whitfield", "20250414", "1500", 60,
          "Please complete your self-assessment beforehand.", "Claire's office",
          (org("c.marsh@marshlane-law.co.uk", "Marsh, Claire"), w()), prodid=OUTLOOK),
        n("exit-interview-en", "ml-exit-interview-hw-0528", "Exit interview – Hannah Whitfield", "20250528", "1100",
          30, "HR exit interview ahead of your last day. Confidential.", "HR meeting room",
          (org("people@marshlane-law.co.uk", "People Team"), w()), prodid=OUTLOOK),
        n("coffee-chat-en", "coffee-daniel-er-0308", "Coffee w/ Daniel (ex-ML, now at Ellison Rowe)", "20250308",
          "1030", 45, "Just catching up / picking his brain about Manchester firms. Not an interview.",
          "Grind, Mosley St, Manchester", prodid=APPLE, method=None, tz=None, status=""),
        n("job-fair-en", "legal-recruit-fair-mcr-0329", "Legal Recruitment Fair – Manchester Central", "20250329",
          "1000", 300, "Free entry, 60+ firms and in-house teams. Bring CVs.", "Manchester Central",
          (org("tickets@legalrecruitfair.co.uk", "Legal Recruitment Fair"), me()), method="PUBLISH"),
        n("reference-call-referee-en", "ref-call-sam-patel-0409", "Reference call re: Sam Patel (former paralegal)",
          "20250409", "1230", 15, "Hi Hannah, thanks for agreeing to act as referee for Sam, who has applied to us "
          "as a trainee. 15 minutes on his time as your paralegal.\nKind regards\nAnna Lee, HR, Fenton Gray LLP",
          "Phone", (org("anna.lee@fentongray.com", "Lee, Anna"), w()), prodid=OUTLOOK),
        n("recruiter-call-no-employer-en", "hays-like-market-chat-0304", "Call with Jess – market catch up",
          "20250304", "1300", 30, "Hi Hannah, good to speak on LinkedIn. Quick call to talk through the NQ "
          "employment market in Leeds/Manchester and what you're looking for. Jess, Pennine Legal Talent",
          "Phone", (org("jess@penninelegaltalent.co.uk", "Jess Ward"), me())),
        n("recruiter-call-no-employer-de", "headhunter-kennenlernen-0311", "Kennenlerngespräch – Headhunter",
          "20250311", "1700", 30, "Hallo Frau Whitfield, wie besprochen ein erstes Kennenlernen: Ihre Wünsche, "
          "Gehaltsvorstellung, Standorte Frankfurt/München. Noch kein konkretes Mandat.\nJan Becker, Becker "
          "Legal Search", "Telefon", (org("jan.becker@becker-legalsearch.de", "Jan Becker"), me()),
          tz="Europe/Berlin"),
        n("prep-block-en", "prep-brackenbury-0326", "PREP: Brackenbury Fox interview – read team page + recent "
          "cases", "20250326", "1900", 90, None, None, prodid=THUNDERBIRD, method=None, status=""),
        n("doctor-en", "gp-appt-dr-shah-0317", "GP appointment – Dr Shah", "20250317", "0840", 10,
          "Headingley Medical Practice", "Headingley Medical Practice", prodid=APPLE, method=None, status=""),
        n("dentist-en", "dentist-0407-hw", "Dentist (check-up)", "20250407", "0800", 30, None,
          "Smile Dental, Otley Rd", prodid=APPLE, method=None, status=""),
        n("bank-mortgage-en", "halden-bs-mortgage-0403", "Mortgage appointment – Halden Building Society",
          "20250403", "1730", 60, "Mortgage in principle review. Bring 3 months payslips.", "Halden BS, Briggate",
          (org("appointments@haldenbs.co.uk", "Halden Building Society"), me())),
        n("visa-appointment-en", "vfs-us-visa-0502", "US visa interview – ESTA refused, B1/B2 appointment",
          "20250502", "0815", 30, "Embassy consular interview. Bring DS-160 confirmation and passport.",
          "US Embassy, 33 Nine Elms Lane, London", (org("noreply@ustraveldocs.com", "US Visa Info"), me()),
          method="PUBLISH", utc=True),
        n("school-open-evening-en", "lbu-llm-open-evening", "LLM Employment Law – open evening",
          "20250319", "1800", 90, "Postgraduate open evening.", "Leeds Beckett University, City Campus",
          (org("pgevents@leedsbeckett.ac.uk", "PG Events"), me()), method="PUBLISH"),
        n("webinar-de", "arbeitsrecht-aktuell-webinar-0319", "Webinar: Arbeitsrecht aktuell – Update Q1/2025",
          "20250319", "1200", 60, "Kostenloses Webinar für Juristinnen und Juristen.\n\n" + zoom(
              "855 0012 7734", "ArbR25x", "de"), "Online",
          (org("webinar@juraforum-events.de", "Jura Events"), me()), tz="Europe/Berlin", method="PUBLISH"),
        n("webinaire-fr", "webinaire-droit-social-0326", "Webinaire : préparer un entretien d'embauche en cabinet",
          "20250326", "1800", 60, "Session d'information gratuite – conseils pour les entretiens de recrutement "
          "en cabinet d'avocats.\n\n" + zoom("866 1200 9981", "AvoCat", "fr"), "En ligne",
          (org("contact@jeunesavocats-events.fr", "Jeunes Avocats Events"), me()), tz="Europe/Paris",
          method="PUBLISH"),
        n("class-es", "clase-espanol-b2-martes", "Clase de español B2", "20250311", "1830", 90,
          "Tema: la entrevista de trabajo (vocabulario y role-play)", "Instituto Cervantes Leeds",
          (org("leeds@cervantes-clases.es", "Cervantes Leeds"), me()), method="PUBLISH"),
        n("mock-es", "intercambio-simulacro-entrevista", "Intercambio: simulacro de entrevista en español",
          "20250401", "1900", 60, "Practicamos una entrevista ficticia en español con Carmen. No es real.",
          "Café Lento, Leeds", (org("carmen.vidal.uk@gmail.com", "Carmen Vidal"), me())),
        n("gym-personal-en", "gym-pt-0306", "PT session", "20250306", "0700", 45, None, "PureGym Leeds",
          prodid=APPLE, method=None, status=""),
        n("mentoring-en", "jld-mentoring-0416", "Mentoring – Hannah / Ruth (JLD scheme)", "20250416", "1800", 45,
          "Monthly mentoring session. Agenda: career options after NQ, in-house vs private practice.",
          "Teams", (org("ruth.ellery@wardhaven.co.uk", "Ruth Ellery"), me())),
        n("speaker-panel-en", "uol-careers-panel-speaker", "Careers panel: 'Life as an NQ' – speaker",
          "20250409", "1800", 60, "Hannah speaking on panel for undergraduate law students.",
          "School of Law, Liberty Building", (org("lawcareers@leeds.ac.uk", "Law Careers"), me())),
    ]

