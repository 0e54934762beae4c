"""Generate the second part of the DEV split of tests/corpus/events/ (appends split=dev rows, dev2-*.ics).

These events were the first holdout; once the classifier had been measured (and its misses studied) on
them they were folded into dev. The current holdout is scripts/make_event_corpus_holdout2.py.
Run scripts/make_event_corpus.py first (it rewrites labels.csv), then this one (it appends).
Usage: .venv/bin/python scripts/make_event_corpus_dev2.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path

from corpus_ics import USER_GMAIL, USER_WORK, Spec, write_corpus

ME_G = ("Jordan Lee", USER_GMAIL, "INDIVIDUAL")
ME_W = ("Jordan Lee", USER_WORK, "INDIVIDUAL")
TEAMS = ("\n\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "https://teams.microsoft.com/l/meetup-join/19%3ameeting\nMeeting ID: 331 902 118 4\nPasscode: Qm3pX\n"
         "________________________________________________________________________________")
TEAMS_DE = ("\n\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät bei\n"
            "Besprechungs-ID: 318 224 556 12\nKennung: Hh7Zq2\n"
            "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/8812300456\nMeeting ID: 881 2300 456\nPasscode: 42"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/qpr-stuv-wxy\nJoin by phone: +49 30 5555 0199"
WEBEX = "\n\nJoin Webex meeting https://tessera.webex.com/join/m.chen  Meeting number: 2331 444 0091"


class H:
    def __init__(self) -> None:
        self.n = 0
        self.files: dict[str, list[Spec]] = {}
        # naive on purpose: wall-clock times that the writer labels with each spec's TZID style
        self.day = datetime(2025, 5, 5, 10, 0)  # noqa: DTZ001

    def when(self, hour: int = 10) -> datetime:
        self.day += timedelta(days=1)
        return self.day.replace(hour=hour)

    def add(self, kind: str, *specs: Spec) -> None:
        self.n += 1
        self.files[f"dev2-{self.n:03d}-{kind}.ics"] = list(specs)


def interviews(h: H) -> None:
    # Workday confirmation, Windows zone name
    h.add("workday", Spec(
        "wd-77120@orbitalfreight.myworkday.com", "Interview Scheduled: Logistics Data Scientist (R-10442)",
        h.when(14), 60, "America/New_York", "windows",
        description="Dear Jordan,\n\nYour interview for Logistics Data Scientist at Orbital Freight has been "
        "scheduled. Interviewers: Nadia Haddad (Head of Data Science), Paul Brenner (Senior Data Scientist).\n\n"
        "Regards,\nOrbital Freight Talent Acquisition" + TEAMS,
        organizer=("Orbital Freight Careers", "orbitalfreight@myworkday.com"),
        attendees=[ME_G, ("Nadia Haddad", "nhaddad@orbitalfreight.com", "INDIVIDUAL"),
                   ("Paul Brenner", "pbrenner@orbitalfreight.com", "INDIVIDUAL")],
        is_interview=True, company="Orbital Freight", role="Logistics Data Scientist",
        interviewers=["nhaddad@orbitalfreight.com", "pbrenner@orbitalfreight.com"]))
    # ModernLoop virtual onsite, several blocks in one file
    blocks = [("Coding", "Ivan Petrov", "ivan@nimbuspay.com", "technical"),
              ("System design", "Mei Chen", "mei@nimbuspay.com", "technical"),
              ("Values & collaboration", "Omar Farouk", "omar@nimbuspay.com", "onsite")]
    specs = []
    for k, (topic, name, mail, _) in enumerate(blocks):
        specs.append(Spec(
            f"ml-{k}-58a1@modernloop.io", f"Nimbus Payments Virtual Onsite ({topic}) — Jordan Lee",
            datetime(2025, 5, 20, 16 + k, 0), 50, "America/Los_Angeles", "utc",  # noqa: DTZ001
            description=f"Interviewer: {name}\nFocus: {topic}\n\nScheduled with ModernLoop on behalf of "
            "Nimbus Payments." + ZOOM,
            organizer=("Nimbus Payments Recruiting", "scheduling@modernloop.io"),
            attendees=[ME_G, (name, mail, "INDIVIDUAL")],
            is_interview=True, company="Nimbus Payments", stage="onsite", interviewers=[mail]))
    h.add("modernloop-multi", *specs)
    # Hiring manager reaches out directly from a short domain
    h.add("hm-direct", Spec(
        "CAL-9911-ee@tesserabio.com", "Tessera Bio: conversation with Jordan", h.when(9), 45,
        "America/New_York", "olson",
        description="Hi Jordan — Mei here, I lead the platform group. Excited to chat about the Bioinformatics "
        "Platform Engineer position and what the team is building." + WEBEX,
        organizer=("Mei Chen", "m.chen@tesserabio.com"), attendees=[ME_G, ("Mei Chen", "m.chen@tesserabio.com",
                                                                            "INDIVIDUAL")],
        is_interview=True, company="Tessera Bio", role="Bioinformatics Platform Engineer",
        interviewers=["m.chen@tesserabio.com"]))
    # Greenhouse candidate invite, different wording, with a room and an optional coordinator
    h.add("greenhouse-room", Spec(
        "gh-2025-0512-77@harborline.com", "Onsite: Jordan Lee for Senior Frontend Engineer", h.when(9), 180,
        "Europe/London", "olson",
        description="Jordan, we're looking forward to hosting you at Harborline!\n\nAgenda:\n"
        "9:30 Beth Ayers, Frontend Lead\n10:30 Rahul Menon, Staff Engineer\n11:30 Lunch with the team\n\n"
        "Questions? Contact Gail Morton, Interview Coordinator.",
        location="Harborline London - 3F Thames (10)",
        organizer=("Gail Morton", "gail.morton@harborline.com"),
        attendees=[ME_G, ("Beth Ayers", "beth.ayers@harborline.com", "INDIVIDUAL"),
                   ("Rahul Menon", "rahul.menon@harborline.com", "INDIVIDUAL"),
                   ("LON-3F-Thames (10)", "lon-3f-thames@harborline.com", "ROOM")],
        is_interview=True, company="Harborline", role="Senior Frontend Engineer", stage="onsite",
        interviewers=["beth.ayers@harborline.com", "rahul.menon@harborline.com"]))
    # Recruiter screen booked through Calendly with the free-mail address of a small company founder
    h.add("calendly-founder", Spec(
        "cal-7a7a-founder@calendly.com", "Jordan Lee and Theo Lambert", h.when(17), 30, "Europe/Paris", "xwr",
        description="Event Name: Intro call – Founding Engineer at Lumière Studio\n\nLocation: This is a Google "
        "Meet web conference.\n\nPowered by Calendly.com",
        organizer=("Theo Lambert", "theo.lambert@gmail.com"), attendees=[ME_G],
        is_interview=True, company="Lumière Studio", role="Founding Engineer", stage="recruiter_screen",
        interviewers=["theo.lambert@gmail.com"], trap="free-mail organizer"))
    # German: Telefoninterview, Personio
    h.add("de-personio", Spec(
        "personio-44812@gruenwerk.de", "Telefoninterview Grünwerk Energie", h.when(11), 30, "Europe/Berlin",
        "custom",
        description="Guten Tag Jordan,\n\nwie besprochen ruft Sie Frau Katrin Albers (Senior Recruiterin) an. "
        "Es geht um Ihre Bewerbung als Projektingenieur Photovoltaik (m/w/d).\n\nMit freundlichen Grüßen\n"
        "Grünwerk Energie GmbH",
        organizer=("Katrin Albers", "k.albers@gruenwerk.de"), attendees=[ME_G],
        is_interview=True, company="Grünwerk Energie", role="Projektingenieur Photovoltaik",
        stage="recruiter_screen", interviewers=["k.albers@gruenwerk.de"]))
    h.add("de-zweit", Spec(
        "zweitgespraech-2@gruenwerk.de", "Zweitgespräch vor Ort – Grünwerk Energie", h.when(10), 120,
        "Europe/Berlin", "windows",
        description="Wir freuen uns, Sie in Hamburg begrüßen zu dürfen. Ihre Gesprächspartner: Jens Kuhlmann "
        "(Bereichsleiter Technik) und Katrin Albers (Senior Recruiterin).",
        location="Grünwerk Energie, Speicherstadt 4, Hamburg",
        organizer=("Katrin Albers", "k.albers@gruenwerk.de"),
        attendees=[ME_G, ("Jens Kuhlmann", "j.kuhlmann@gruenwerk.de", "INDIVIDUAL")],
        is_interview=True, company="Grünwerk Energie", stage="onsite",
        interviewers=["k.albers@gruenwerk.de", "j.kuhlmann@gruenwerk.de"]))
    # French: Teamtailor
    h.add("fr-teamtailor", Spec(
        "tt-99812@teamtailor-mail.com", "Entretien avec Maison Véga - Product Manager", h.when(15), 45,
        "Europe/Paris", "olson",
        description="Bonjour Jordan,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste "
        "de Product Manager. Vous échangerez avec Sophie Marchand, Directrice Produit.\n\nL'équipe Maison Véga"
        + MEET,
        organizer=("Maison Véga via Teamtailor", "noreply@teamtailor-mail.com"),
        attendees=[ME_G, ("Sophie Marchand", "sophie.marchand@maisonvega.fr", "INDIVIDUAL")],
        is_interview=True, company="Maison Véga", role="Product Manager",
        interviewers=["sophie.marchand@maisonvega.fr"]))
    # Spanish: final round
    h.add("es-final", Spec(
        "final-3381@rutaverde.es", "Entrevista final – Ruta Verde", h.when(12), 60, "Europe/Madrid", "xwr",
        description="Hola Jordan, esta es la última fase del proceso de selección para la vacante de Analista "
        "de Datos. Hablarás con Javier Ortega, CEO, y Marta Gil, Responsable de Datos." + MEET,
        organizer=("Marta Gil", "marta.gil@rutaverde.es"),
        attendees=[ME_G, ("Javier Ortega", "javier.ortega@rutaverde.es", "INDIVIDUAL")],
        is_interview=True, company="Ruta Verde", role="Analista de Datos", stage="final",
        interviewers=["marta.gil@rutaverde.es", "javier.ortega@rutaverde.es"]))
    # SmartRecruiters technical, work address of the user is also invited
    h.add("smartrecruiters", Spec(
        "sr-0xa1b2@smartrecruiters.com", "Technical Assessment Review | Pinecrest Insurance", h.when(13), 60,
        "America/New_York", "utc",
        description="Hello Jordan,\nThanks for submitting the take-home. In this session you will walk "
        "Andre Silva (Lead Software Engineer) through your solution.\n\nPinecrest Insurance Hiring Team" + TEAMS,
        organizer=("Pinecrest Insurance", "noreply@smartrecruiters.com"),
        attendees=[ME_G, ("Andre Silva", "andre.silva@pinecrest-insurance.com", "INDIVIDUAL")],
        is_interview=True, company="Pinecrest Insurance", stage="technical",
        interviewers=["andre.silva@pinecrest-insurance.com"]))
    # Rescheduled (new time, same UID, higher SEQUENCE) and cancelled interviews
    for status, seq, trap in (("CONFIRMED", 2, "rescheduled"), ("CANCELLED", 1, "cancelled")):
        h.add(trap, Spec(
            f"{trap}-55@quillandink.co.uk", "UPDATED: Quill & Ink – Senior Editor Interview", h.when(11), 45,
            "Europe/London", "olson", status=status, sequence=seq,
            description="Your interview has moved. You'll be speaking with Harriet Cole, Managing Editor.",
            organizer=("Harriet Cole", "harriet@quillandink.co.uk"), attendees=[ME_G],
            is_interview=True, company="Quill & Ink", role="Senior Editor",
            interviewers=["harriet@quillandink.co.uk"], trap=trap))
    # The user's own reminder, floating time, and an all-day "Superday"
    h.add("self-floating", Spec(
        "self-22@jordan.local", "Call w/ recruiter from Aurora Fintech re: Backend Engineer role", h.when(16), 30,
        tzstyle="floating", organizer=("Jordan Lee", USER_GMAIL),
        is_interview=True, company="Aurora Fintech", role="Backend Engineer", stage="recruiter_screen",
        trap="self-made, floating"))
    h.add("superday", Spec(
        "sd-1@wexfordcapital.com", "Wexford Capital Superday", date(2025, 6, 3), tzstyle="allday",
        description="Superday for the Quant Developer role. Four back-to-back interviews.",
        organizer=("Recruiting", "recruiting@wexfordcapital.com"), attendees=[ME_G],
        is_interview=True, company="Wexford Capital", role="Quant Developer", stage="onsite", trap="all-day"))
    h.add("lever-hm", Spec(
        "lever-7781@hire.lever.co", "Hiring Manager Interview: Jordan Lee - Site Reliability Engineer",
        h.when(10), 45, "America/Los_Angeles", "olson",
        description="Kite Mobility\nSite Reliability Engineer\n\nJordan Lee will meet with Grace Nakamura "
        "(Director, Infrastructure)." + ZOOM,
        organizer=("Kite Mobility", "no-reply@hire.lever.co"),
        attendees=[ME_G, ("Grace Nakamura", "grace@kitemobility.com", "INDIVIDUAL")],
        is_interview=True, company="Kite Mobility", role="Site Reliability Engineer", stage="hiring_manager",
        interviewers=["grace@kitemobility.com"]))


def more_interviews(h: H) -> None:
    h.add("bamboo", Spec(
        "bhr-5521@cedarpine.com", "Video Interview – Cedar & Pine Outfitters – Store Operations Manager",
        h.when(10), 45, "America/Los_Angeles", "olson",
        description="Hi Jordan! Thanks for applying. Your video interview is with our District Manager, "
        "Rosa Delgado. Please test your camera beforehand." + ZOOM,
        organizer=("Cedar & Pine Careers", "careers@cedarpine.com"),
        attendees=[ME_G, ("Rosa Delgado", "rosa.delgado@cedarpine.com", "INDIVIDUAL")],
        is_interview=True, company="Cedar & Pine Outfitters", role="Store Operations Manager",
        interviewers=["rosa.delgado@cedarpine.com"]))
    h.add("round2", Spec(
        "gt-r2-77@fjordanalytics.no", "Jordan Lee // Fjord Analytics – Round 2 (Technical)", h.when(9), 75,
        "Europe/Berlin", "utc",
        description="Round 2 is a 75-minute technical conversation with Sigrid Haugen (Analytics Engineering "
        "Lead) and Nils Berg (Data Engineer). Scheduled by Ola Dahl, Recruiting Coordinator." + MEET,
        organizer=("Ola Dahl", "ola.dahl@fjordanalytics.no"),
        attendees=[ME_G, ("Sigrid Haugen", "sigrid.haugen@fjordanalytics.no", "INDIVIDUAL"),
                   ("Nils Berg", "nils.berg@fjordanalytics.no", "INDIVIDUAL"),
                   ("Ola Dahl", "ola.dahl@fjordanalytics.no", "INDIVIDUAL")],
        is_interview=True, company="Fjord Analytics", stage="technical",
        interviewers=["sigrid.haugen@fjordanalytics.no", "nils.berg@fjordanalytics.no"]))
    h.add("de-kennenlernen", Spec(
        "kl-31@stadtwerke-lindau.de", "Kennenlerngespräch | Stadtwerke Lindau | Jordan Lee", h.when(14), 30,
        "Europe/Berlin", "custom",
        description="Hallo Jordan, danke für deine Bewerbung als IT-Systemadministrator (m/w/d). "
        "Du sprichst mit Petra Schulz aus dem Personalteam." + TEAMS_DE,
        organizer=("Petra Schulz", "p.schulz@stadtwerke-lindau.de"), attendees=[ME_G],
        is_interview=True, company="Stadtwerke Lindau", role="IT-Systemadministrator", stage="recruiter_screen",
        interviewers=["p.schulz@stadtwerke-lindau.de"]))
    h.add("es-video", Spec(
        "vid-88@grupoalba.com", "Entrevista por videollamada: Grupo Alba / Jordan Lee", h.when(16), 45,
        "Europe/Madrid", "windows",
        description="Estimado Jordan: le confirmamos la entrevista para la posición de Arquitecto Cloud. "
        "Se reunirá con Diego Navarro, Director de Tecnología." + TEAMS,
        organizer=("Diego Navarro", "dnavarro@grupoalba.com"), attendees=[ME_G],
        is_interview=True, company="Grupo Alba", role="Arquitecto Cloud", interviewers=["dnavarro@grupoalba.com"]))


def more_negatives(h: H) -> None:
    h.add("podcast", Spec(
        "pod-9@careersindata.fm", "Careers in Data — guest interview recording", h.when(18), 60, tzstyle="utc",
        organizer=("Careers in Data", "hello@careersindata.fm"), attendees=[ME_G], trap="research/press"))
    h.add("shadow", Spec(
        "shadow-2@northwind-labs.com", "Shadowing: Ahmed's interview with Tariq Aziz", h.when(11), 45,
        tzstyle="olson", organizer=("Ahmed Noor", "ahmed.noor@northwind-labs.com"), attendees=[ME_W],
        trap="user as interviewer"))
    h.add("office-hours", Spec(
        "oh-4@bootcamp.example", "Office hours: resume & interview review", h.when(17), 30, tzstyle="olson",
        organizer=("Code Academy Careers", "careers@codeacademy.example"), attendees=[ME_G], trap="webinar"))
    h.add("dinner", Spec("d-1@me", "Dinner with Priya & Sam", h.when(20), 120, tzstyle="floating",
                         organizer=("Jordan Lee", USER_GMAIL)))


def negatives(h: H) -> None:
    nw = "northwind-labs.com"
    h.add("panel-candidate", Spec(
        "gh-int-991@northwind-labs.com", "Panel: Backend candidate R. Gomez", h.when(13), 60, tzstyle="utc",
        description="Candidate profile and interview guide in Greenhouse. Please add your feedback by EOD.",
        organizer=("Northwind Talent", f"talent@{nw}"),
        attendees=[ME_W, ("Ahmed Noor", f"ahmed.noor@{nw}", "INDIVIDUAL")], trap="user as interviewer"))
    h.add("interviewing", Spec(
        "ashby-int-12@ashbyhq.com", "Interviewing: Lina Haddad (SRE) — System design", h.when(15), 60,
        tzstyle="olson", description="You are on the interview panel for Lina Haddad. Feedback form: "
        "https://app.ashbyhq.com/feedback/abc",
        organizer=("Northwind Labs via Ashby", "no-reply@ashbyhq.com"),
        attendees=[ME_W, ("Lina Haddad", "lina.haddad@proton.me", "INDIVIDUAL")], trap="user as interviewer"))
    h.add("gespraech-bewerber", Spec(
        "int-de-4@northwind-labs.com", "Gespräch mit Bewerber Felix Brandt (Werkstudent)", h.when(11), 45,
        tzstyle="windows", organizer=("Ahmed Noor", f"ahmed.noor@{nw}"), attendees=[ME_W],
        trap="user as interviewer"))
    h.add("entretien-candidat", Spec(
        "int-fr-2@northwind-labs.com", "Entretien candidat : Camille Roux", h.when(9), 45, tzstyle="olson",
        description="Grille d'évaluation jointe.", organizer=("Jordan Lee", USER_WORK),
        attendees=[ME_W, ("Léa Martin", f"lea.martin@{nw}", "INDIVIDUAL")], trap="user as interviewer"))
    h.add("hiring-committee", Spec(
        "hc-3@northwind-labs.com", "Hiring committee — Staff Eng offers", h.when(16), 30, tzstyle="utc",
        organizer=("Léa Martin", f"lea.martin@{nw}"), attendees=[ME_W], trap="user as interviewer"))
    h.add("internal-1", Spec("int-x1@northwind-labs.com", "Roadmap review", h.when(10), 60, tzstyle="olson",
                             organizer=("Léa Martin", f"lea.martin@{nw}"), attendees=[ME_W]))
    h.add("internal-2", Spec("int-x2@northwind-labs.com", "Jordan <> Ahmed weekly", h.when(10), 30,
                             tzstyle="custom", organizer=("Ahmed Noor", f"ahmed.noor@{nw}"), attendees=[ME_W],
                             rrule="FREQ=WEEKLY;COUNT=8", trap="recurring"))
    h.add("mock-mentor", Spec(
        "mock-88@gmail.com", "Interview rehearsal with mentor (Nimbus loop)", h.when(19), 60, tzstyle="floating",
        organizer=("Ravi Kumar", "ravi.kumar@outlook.com"), attendees=[ME_G], trap="mock interview"))
    h.add("mock-es", Spec(
        "mock-es-1@uni.es", "Simulacro de entrevista – Servicio de Empleo", h.when(12), 45, tzstyle="olson",
        zone="Europe/Madrid", organizer=("Orientación laboral", "empleo@uni-madrid.es"), attendees=[ME_G],
        trap="mock interview"))
    h.add("webinar", Spec(
        "webinar-5@events.example.org", "Live Q&A: Landing your first data job", h.when(18), 60, tzstyle="utc",
        description="You're registered! We'll cover resumes, interviews and offers." + ZOOM,
        organizer=("DataCareers", "events@datacareers.org"), attendees=[ME_G], trap="webinar"))
    h.add("jobfair", Spec(
        "fair-2025@berlin-jobfair.de", "Karrieremesse Berlin 2025", date(2025, 6, 12), tzstyle="allday",
        description="Treffen Sie über 80 Arbeitgeber. Kurzinterviews vor Ort möglich.", trap="job fair"))
    h.add("ux-study", Spec(
        "ux-41@orbitalfreight.com", "UX study session — Orbital tracking app", h.when(14), 45, tzstyle="olson",
        description="Thanks for volunteering as a participant in our usability study. $75 gift card.",
        organizer=("Nadia Haddad", "nhaddad@orbitalfreight.com"), attendees=[ME_G], trap="research/press"))
    h.add("radio", Spec(
        "radio-3@wdr.de", "Radio interview WDR 5 – Datenschutz", h.when(8), 20, tzstyle="olson",
        organizer=("Redaktion", "redaktion@wdr.de"), attendees=[ME_W], trap="research/press"))
    h.add("student", Spec(
        "thesis-9@tum.de", "Interview für Masterarbeit (Datenplattformen)", h.when(15), 45, tzstyle="windows",
        organizer=("Lukas Meier", "lukas.meier@tum.de"), attendees=[ME_W], trap="research/press"))
    for uid, title in (("p1@me", "Physio"), ("p2@me", "Kita pickup"), ("p3@me", "Anniversary dinner 🍷"),
                       ("p4@me", "Rendez-vous médecin"), ("p5@me", "Cita con el dentista")):
        h.add("personal", Spec(uid, title, h.when(17), 60, tzstyle="floating", organizer=("Jordan Lee", USER_GMAIL)))
    h.add("coffee", Spec(
        "coffee-7@nimbuspay.com", "Coffee w/ Marta from Nimbus", h.when(8), 30, tzstyle="olson",
        organizer=("Marta Lopez", "marta@nimbuspay.com"), attendees=[ME_G], trap="coffee chat"))
    h.add("coffee-2", Spec(
        "coffee-8@gmail.com", "Catch-up: careers in climate tech", h.when(8), 30, tzstyle="olson",
        description="Informational chat, no agenda — happy to share how I moved into climate.",
        organizer=("Ben Ode", "ben.ode@gmail.com"), attendees=[ME_G], trap="coffee chat"))
    h.add("tickler", Spec(
        "afterview-9a8b7c6d5e4f30211234567890abcdef", "Follow up — Orbital Freight, Logistics Data Scientist",
        h.when(9), 15, tzstyle="utc", description="Draft is in your Drafts folder.",
        extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:followup:orbital-freight:1"],
        trap="afterview tickler"))
    h.add("vendor", Spec(
        "vendor-2@tesserabio.com", "Tessera Bio <> Northwind: data pipeline demo", h.when(13), 45,
        tzstyle="olson", organizer=("Mei Chen", "m.chen@tesserabio.com"), attendees=[ME_W],
        description="Demo of the ingestion connector." + WEBEX, trap="external, not hiring"))
    h.add("exit", Spec("exit-1@oldjob.com", "Exit interview", h.when(15), 30, tzstyle="olson",
                       organizer=("HR", "hr@oldjob-industries.com"), attendees=[ME_G], trap="not a job interview"))
    h.add("broken-sibling", Spec(
        "ok-after-bad@corpus", "Board game night", h.when(19), 120, tzstyle="floating",
        organizer=("Jordan Lee", USER_GMAIL)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("tests/corpus/events"))
    args = parser.parse_args()
    h = H()
    interviews(h)
    more_interviews(h)
    negatives(h)
    more_negatives(h)
    for stale in args.out.glob("dev2-*.ics"):
        stale.unlink()
    count = write_corpus(args.out, h.files, "dev", append=True)
    # One component that cannot be read, before a good one: the good one must still come through.
    broken = next(args.out.glob("dev2-*-broken-sibling.ics"))
    text = broken.read_text(encoding="utf-8")
    bad = ("BEGIN:VEVENT\r\nUID:bad-date@corpus\r\nDTSTART:2025-13-45T25:99\r\nSUMMARY:Interview (broken)\r\n"
           "END:VEVENT\r\n")
    broken.write_text(text.replace("BEGIN:VEVENT", bad + "BEGIN:VEVENT", 1), encoding="utf-8", newline="")
    print(f"wrote {count} dev2 events in {len(h.files)} files to {args.out}")


if __name__ == "__main__":
    main()
