"""Generate the dev3 split of tests/corpus/events/: structural cases of who is on which side of the table.

Each event varies who organises (an ATS, the user's own employer, another company, free mail, the user at
either address) and who is invited, with wordings the earlier splits do not use, so that the classifier
has to read the structure rather than a phrase. Written after studying the classifier (dev, not a holdout).
Replaces only the dev3 rows of labels.csv (re-read just before writing; other splits' rows are kept).
Usage: cd scripts && ../.venv/bin/python make_event_corpus_dev3.py --out ../tests/corpus/events
Everything here is invented (CC0).
"""

from __future__ import annotations

import argparse
import csv
from datetime import datetime, timedelta
from pathlib import Path

from corpus_ics import LABEL_FIELDS, USER_GMAIL, USER_WORK, Spec, render

SPLIT = "dev3"
ME_G = ("Jordan Lee", USER_GMAIL, "INDIVIDUAL")
ME_W = ("Jordan Lee", USER_WORK, "INDIVIDUAL")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/8120044511\nMeeting ID: 812 0044 511\nPasscode: 7731"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\nJoin by phone: +1 315-555-0102"


def p(name: str, email: str) -> tuple[str, str, str]:
    return (name, email, "INDIVIDUAL")


class H:
    def __init__(self) -> None:
        self.n = 0
        self.files: dict[str, list[Spec]] = {}
        self.day = datetime(2026, 4, 6, 10, 0)  # noqa: DTZ001 - wall-clock time, labelled by each spec's TZID style

    def when(self, hour: int = 10) -> datetime:
        self.day += timedelta(days=1)
        return self.day.replace(hour=hour)

    def add(self, kind: str, spec: Spec) -> None:
        self.n += 1
        self.files[f"{SPLIT}-{self.n:03d}-{kind}.ics"] = [spec]


def user_as_interviewer(h: H) -> None:
    trap = "user as interviewer"
    # The employer's ATS invites the private address (the user synced it there), with a colleague and the candidate.
    h.add("own-ats-private-loop", Spec(
        "gh-77120-loop@northwind-labs.greenhouse.io", "Onsite – Priya Raman – Backend Engineer", h.when(13), 60,
        "America/New_York", description="Priya's resume is attached. Focus area for this slot: distributed "
        "systems and on-call experience." + ZOOM,
        organizer=("Northwind Labs Recruiting", "no-reply@greenhouse.io"),
        attendees=[ME_G, p("Sofia Brandt", "sofia.brandt@northwind-labs.com"),
                   p("Priya Raman", "priya.raman@gmail.com")],
        trap=trap))
    # Same, with no colleague invited: only the candidate on free mail, and the employer named in the text.
    h.add("own-ashby-private-only", Spec(
        "ashby-5512@ashbyhq.com", "Technical conversation: Omar Haddad", h.when(15), 45, "Europe/London",
        description="Northwind Labs hiring – Senior Platform Engineer.\nResume: attached. "
        "Omar is currently at a logistics scale-up." + MEET,
        organizer=("Northwind Labs via Ashby", "no-reply@ashbyhq.com"),
        attendees=[ME_G, p("Omar Haddad", "omar.haddad@outlook.com")], trap=trap))
    # The user books a conversation from the private address with someone on free mail named in the title.
    h.add("private-organiser-illustrator", Spec(
        "jl-illus-22@gmail.com", "Interview – Lea Brandt (illustrator for the shop)", h.when(18), 30,
        "Europe/Berlin", "floating", description="Portfolio review, rates, availability.",
        organizer=("Jordan Lee", USER_GMAIL), attendees=[ME_G, p("Lea Brandt", "lea.brandt@web.de")], trap=trap))
    h.add("nanny-candidate", Spec(
        "nanny-3@gmail.com", "Meet nanny candidate Greta Holm", h.when(17), 45, "Europe/Berlin", "floating",
        organizer=("Jordan Lee", USER_GMAIL), attendees=[ME_G, p("Greta Holm", "greta.holm@gmx.de")], trap=trap))
    h.add("de-kennenlernen-azubi", Spec(
        "nw-azubi-7@northwind-labs.com", "Kennenlernen Malik Özdemir – Ausbildung Fachinformatiker", h.when(9), 45,
        "Europe/Berlin", "custom", description="Lebenslauf und Zeugnisse liegen im Ordner. Bitte 10 Minuten für "
        "Fragen von Herrn Özdemir einplanen.",
        organizer=("Sofia Brandt", "sofia.brandt@northwind-labs.com"),
        attendees=[ME_W, p("Malik Özdemir", "malik.oezdemir@web.de")], trap=trap))
    h.add("fr-wttj-echange", Spec(
        "wttj-8821@welcometothejungle.com", "Échange avec Inès Lefort – Product Designer", h.when(11), 45,
        "Europe/Paris", description="Inès a postulé via notre page carrière. Son portfolio est dans le lien "
        "ci-dessous.",
        organizer=("Northwind Labs via Welcome to the Jungle", "noreply@welcometothejungle.com"),
        attendees=[ME_W, p("Inès Lefort", "ines.lefort@orange.fr")], trap=trap))
    h.add("es-llamada-organiser", Spec(
        "nw-es-31@northwind-labs.com", "Llamada con Diego Paredes – vacante Data Analyst", h.when(16), 30,
        "Europe/Madrid", "windows", description="Primera llamada. CV en el drive del equipo.",
        organizer=("Jordan Lee", USER_WORK), attendees=[ME_W, p("Diego Paredes", "diego.paredes@hotmail.es")],
        trap=trap))
    h.add("agency-sends-candidate", Spec(
        "tallis-4410@tallisrecruitment.co.uk", "Introduction: Kofi Mensah x Northwind Labs", h.when(14), 30,
        "Europe/London", description="As discussed, Kofi is available for a first conversation about your "
        "Staff Engineer vacancy. His CV is attached; he is on a one-month notice period.",
        organizer=("Harriet Cole", "harriet.cole@tallisrecruitment.co.uk"),
        attendees=[ME_W, p("Kofi Mensah", "kofi.mensah@gmail.com")], trap=trap))
    h.add("calendly-host-private", Spec(
        "cal-host-19@calendly.com", "Screening call between Jordan Lee and Maya Cohen", h.when(12), 30,
        "America/Los_Angeles", "xwr", description="Event Name: Screening call\n\nPlease share anything that "
        "will help prepare for our meeting: I'm applying for the contract designer gig you posted." + ZOOM,
        organizer=("Jordan Lee", USER_GMAIL), attendees=[ME_G, p("Maya Cohen", "maya.cohen@gmail.com")], trap=trap))
    h.add("unlabelled-internal-move", Spec(
        "nw-int-88@northwind-labs.com", "Conversation about the Staff Engineer opening (Platform)", h.when(10), 30,
        "America/New_York", description="Thanks for your interest in the Platform team's Staff role. "
        "Let's talk through scope and expectations.",
        organizer=("Rachel Ames", "rachel.ames@northwind-labs.com"), attendees=[ME_W],
        trap="internal move (unlabelled)"))


def own_interviews(h: H) -> None:
    h.add("recruiter-gmail-private", Spec(
        "rec-88@gmail.com", "Quick chat about the Data Platform Lead role", h.when(9), 30, "Europe/London",
        description="Hi Jordan, I'm recruiting for Halvorsen Maritime and would love to tell you more about "
        "the team." + MEET,
        organizer=("Tom Reyes", "tom.reyes.talent@gmail.com"),
        attendees=[ME_G, p("Tom Reyes", "tom.reyes.talent@gmail.com")],
        is_interview=True, company="Halvorsen Maritime", role="Data Platform Lead", stage="recruiter_screen",
        interviewers=["tom.reyes.talent@gmail.com"], trap="recruiter on free mail"))
    h.add("agency-private-client", Spec(
        "bp-5120@brightpath-search.co.uk", "Interview with Corvid Insurance – Senior Actuary", h.when(11), 60,
        "Europe/London", description="My client Corvid Insurance would like to meet you. You will meet "
        "Alan Pryce, Chief Actuary.",
        organizer=("Nadia Voss", "nadia.voss@brightpath-search.co.uk"), attendees=[ME_G],
        is_interview=True, company="Corvid Insurance", role="Senior Actuary", interviewers=["alan pryce"],
        trap="agency invite"))
    h.add("external-to-work-address", Spec(
        "lg-301@lumengrid.com", "Jordan Lee / Lumen Grid – Staff Engineer", h.when(8), 45, "America/Los_Angeles",
        description="Looking forward to our conversation. You'll be speaking with Ravi Menon, VP Engineering.",
        organizer=("Ravi Menon", "ravi@lumengrid.com"), attendees=[ME_W, p("Ravi Menon", "ravi@lumengrid.com")],
        is_interview=True, company="Lumen Grid", role="Staff Engineer", interviewers=["ravi@lumengrid.com"],
        trap="own interview on the work address"))
    h.add("self-hold-no-attendees", Spec(
        "hold-ostrava@jordan.local", "Interview Ostrava Bikes (2nd round)", h.when(14), 60, "Europe/Berlin",
        "floating", organizer=("Jordan Lee", USER_GMAIL), is_interview=True, company="Ostrava Bikes",
        trap="own hold"))
    h.add("private-organiser-external", Spec(
        "jl-tide-4@gmail.com", "Call with Mira Jansen (Tidewater Energy) – Operations Manager", h.when(15), 30,
        "Europe/Berlin", description="Set up after her message on LinkedIn.",
        organizer=("Jordan Lee", USER_GMAIL), attendees=[ME_G, p("Mira Jansen", "mira.jansen@tidewater-energy.nl")],
        is_interview=True, company="Tidewater Energy", role="Operations Manager",
        interviewers=["mira.jansen@tidewater-energy.nl"], trap="the user organises to the company"))
    h.add("de-persoenliches-gespraech", Spec(
        "sk-2231@stadtwerke-kornfeld.de", "Einladung zum persönlichen Gespräch – Sachbearbeiter Einkauf",
        h.when(10), 60, "Europe/Berlin", "windows",
        description="Sehr geehrter Herr Lee,\nvielen Dank für Ihre Unterlagen. Wir möchten Sie gern persönlich "
        "kennenlernen.\nMit freundlichen Grüßen\nAnja Wirth\nPersonalabteilung Stadtwerke Kornfeld GmbH",
        organizer=("Anja Wirth", "a.wirth@stadtwerke-kornfeld.de"), attendees=[ME_G],
        is_interview=True, company="Stadtwerke Kornfeld", role="Sachbearbeiter Einkauf",
        interviewers=["a.wirth@stadtwerke-kornfeld.de"]))
    h.add("fr-rencontre-equipe", Spec(
        "cv-771@celestine-voyages.fr", "Rencontre avec l'équipe – poste de Chargée de communication", h.when(14), 60,
        "Europe/Paris", description="Bonjour Jordan,\nnous avons le plaisir de vous convier à une rencontre "
        "avec Hélène Marchand et Paul Giraud.",
        organizer=("Hélène Marchand", "h.marchand@celestine-voyages.fr"),
        attendees=[ME_G, p("Paul Giraud", "p.giraud@celestine-voyages.fr")],
        is_interview=True, company="Celestine Voyages", role="Chargée de communication",
        interviewers=["h.marchand@celestine-voyages.fr", "p.giraud@celestine-voyages.fr"]))
    h.add("es-reunion-rrhh", Spec(
        "mv-14@montesverdes.es", "Reunión con Recursos Humanos – puesto de Técnico de mantenimiento", h.when(9), 30,
        "Europe/Madrid", "xwr", description="Hola Jordan, gracias por postularte. Hablaremos de tu experiencia "
        "y de las condiciones del puesto.",
        organizer=("Lucía Romero", "lucia.romero@montesverdes.es"), attendees=[ME_G],
        is_interview=True, company="Montes Verdes", role="Técnico de mantenimiento", stage="recruiter_screen",
        interviewers=["lucia.romero@montesverdes.es"]))
    h.add("ashby-candidate-label-is-user", Spec(
        "ashby-9901@ashbyhq.com", "Jordan Lee <> Fennec Robotics – Systems Engineer", h.when(13), 45,
        "America/New_York", "olson", description="Candidate: Jordan Lee\nInterviewers: Kai Osei (Robotics Lead)"
        + ZOOM, organizer=("Fennec Robotics via Ashby", "no-reply@ashbyhq.com"),
        attendees=[ME_G, p("Kai Osei", "kai.osei@fennecrobotics.com")],
        is_interview=True, company="Fennec Robotics", role="Systems Engineer",
        interviewers=["kai.osei@fennecrobotics.com"], trap="candidate label names the user"))
    h.add("scorecard-note-candidate", Spec(
        "gh-4410@greenhouse.io", "Onsite interview – Marlowe Freight", h.when(10), 180, "Europe/London",
        description="Dear Jordan,\nthank you for making time for the onsite. Each interviewer fills in a "
        "scorecard afterwards; there is nothing you need to prepare for that.\nYou will meet Dana Kirk "
        "(Head of Data) and Ola Berg (Analytics Engineer).",
        organizer=("Marlowe Freight Recruiting", "no-reply@greenhouse.io"),
        attendees=[ME_G, p("Dana Kirk", "dana.kirk@marlowefreight.com"), p("Ola Berg", "ola.berg@marlowefreight.com")],
        is_interview=True, company="Marlowe Freight", stage="onsite",
        interviewers=["dana.kirk@marlowefreight.com", "ola.berg@marlowefreight.com"],
        trap="interviewer-side word in a candidate invite"))
    h.add("founder-outlook-named", Spec(
        "sw-kk-2@outlook.com", "Interview with Sam Whitaker", h.when(16), 45, "Europe/London", "utc",
        description="Sam is the founder of Kettle & Kiln; we're hiring our first operations person.",
        organizer=("Sam Whitaker", "sam.whitaker@outlook.com"), attendees=[ME_G],
        is_interview=True, company="Kettle & Kiln", interviewers=["sam.whitaker@outlook.com"],
        trap="founder on free mail"))
    h.add("private-organiser-recruiter", Spec(
        "jl-mint-8@gmail.com", "Call with Tom Alvarez (Mintleaf recruiter) re: Head of Growth", h.when(12), 30,
        "America/New_York", organizer=("Jordan Lee", USER_GMAIL),
        attendees=[ME_G, p("Tom Alvarez", "tomalvarez.recruits@gmail.com")],
        is_interview=True, company="Mintleaf", role="Head of Growth", stage="recruiter_screen",
        interviewers=["tomalvarez.recruits@gmail.com"], trap="the user organises to a recruiter on free mail"))
    h.add("labelled-internal-move", Spec(
        "nw-mob-12@northwind-labs.com", "Internal application interview – Jordan Lee – Staff Engineer, Platform",
        h.when(15), 45, "America/New_York",
        description="As part of your internal application (internal mobility programme) you will meet "
        "Rachel Ames, Director of Platform.",
        organizer=("Rachel Ames", "rachel.ames@northwind-labs.com"), attendees=[ME_W],
        is_interview=True, company="Northwind Labs", role="Staff Engineer, Platform",
        interviewers=["rachel.ames@northwind-labs.com"], trap="internal move (labelled)"))


def others(h: H) -> None:
    h.add("customer-story", Spec(
        "pylon-cs-5@pylonanalytics.com", "Customer story interview – Northwind Labs x Pylon Analytics", h.when(11), 45,
        "America/New_York", description="Thanks for agreeing to share how your team uses Pylon. Our content "
        "lead will ask about your rollout; the piece goes on our blog.",
        organizer=("Gwen Harper", "gwen.harper@pylonanalytics.com"), attendees=[ME_W], trap="research/press"))
    h.add("campus-booth", Spec(
        "nw-booth-2@northwind-labs.com", "Northwind booth – campus recruiting at TU Berlin", h.when(9), 240,
        "Europe/Berlin", organizer=("Sofia Brandt", "sofia.brandt@northwind-labs.com"), attendees=[ME_W],
        trap="internal meeting"))
    h.add("friend-interview-questions", Spec(
        "jl-sam-prep@gmail.com", "Go over interview questions with Sam before Thursday", h.when(19), 60,
        "Europe/Berlin", "floating", organizer=("Jordan Lee", USER_GMAIL),
        attendees=[ME_G, p("Sam Ortiz", "sam.ortiz@gmail.com")], trap="someone else's interview"))


def write(out: Path, files: dict[str, list[Spec]]) -> int:
    """Writes the dev3 files; replaces the dev3 rows of labels.csv, keeping every other row as it is now."""
    for stale in out.glob(f"{SPLIT}-*.ics"):
        stale.unlink()
    rows: list[list[str]] = []
    for name, specs in files.items():
        (out / name).write_text(render(specs), encoding="utf-8", newline="")
        rows.extend([name, s.uid, str(int(s.is_interview)), s.company, s.role, s.stage, ";".join(s.interviewers),
                     SPLIT, s.trap] for s in specs)
    labels = out / "labels.csv"
    with labels.open(encoding="utf-8", newline="") as handle:  # re-read now: another generator may have written
        kept = [r for r in csv.reader(handle)][1:]
    kept = [r for r in kept if len(r) == len(LABEL_FIELDS) and r[7] != SPLIT]
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(LABEL_FIELDS)
        writer.writerows(kept + rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("tests/corpus/events"))
    args = parser.parse_args()
    h = H()
    user_as_interviewer(h)
    own_interviews(h)
    others(h)
    print(f"wrote {write(args.out, h.files)} {SPLIT} events in {len(h.files)} files to {args.out}")


if __name__ == "__main__":
    main()
