"""holdout17: more of Aylin Demir's own interviews (tricky-but-fair: coffee that is a round, recurring hold, OWA).

Given nothing, events() returns these interview events with their labels; each event is written by hand.
"""

from __future__ import annotations

from holdout17ev_boiler import meet, teams, zoom
from holdout17ev_ics import APPLE_X, ME_PRIVATE, OUTLOOK_X, Event, Label, calendar, person, vevent

P = ME_PRIVATE


def events() -> list[Event]:
    """Given nothing, returns the extra interview events of holdout17 with their labels."""
    out: list[Event] = []

    def add(kind: str, lang: str, uid: str, text: str, label: Label) -> None:
        out.append(Event(kind, lang, uid, text, label))

    u = "h17-coffee-round2"
    add("coffee-is-round-two", "en", u, calendar("google", [vevent(
        u, "Coffee with Marcus – next step, Ops People Partner", "20261121T093000Z", "20261121T103000Z", None,
        organizer=person("ORGANIZER", "Marcus Hale", "marcus.hale@tidewaterhospitality.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Hi Aylin – Oliver passed on his notes from your first interview. As the next stage I'd like "
                    "to meet you in person over coffee; I'm the hiring manager for the Ops People Partner role at "
                    "Tidewater Hospitality.", location="Tidewater Hotel lobby café, Leeds")]),
        Label(True, "Tidewater Hospitality", "Ops People Partner", "hiring_manager",
              ["marcus.hale@tidewaterhospitality.com"], "coffee_is_interview"))

    u = "h17-owa-de-rekr"
    add("owa-de-recruiting-team", "de", u, calendar("owa", [vevent(
        u, "Interview Recruiterin (m/w/d) | Logiport Rhein-Main | 2. Runde", "20261125T100000Z",
        "20261125T110000Z", None,
        organizer=person("ORGANIZER", "Recruiting Logiport", "recruiting@logiport-rm.de"),
        attendees=[person("ATTENDEE", "Nadine Fiedler", "nadine.fiedler@logiport-rm.de"),
                   person("ATTENDEE", "Patrick Lenz", "patrick.lenz@logiport-rm.de"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Hallo Aylin,\n\nin der zweiten Runde sprichst du mit Nadine (Teamleitung Recruiting) und "
                    "Patrick (Standortleiter Hanau). Bitte bereite eine kurze Active-Sourcing-Strategie für "
                    "Lagerpersonal vor.\n\n" + teams(311, "de"))]),
        Label(True, "Logiport Rhein-Main", "Recruiterin", "technical",
              ["nadine.fiedler@logiport-rm.de", "patrick.lenz@logiport-rm.de"], "shared_mailbox_organizer"))

    u = "h17-remote-saas-gh@greenhouse.io"
    add("greenhouse-exec-final-remote", "en", u, calendar("greenhouse", [vevent(
        u, "Final Interview: Aylin Demir / VP People - People Operations Manager (Remote EU)",
        "20261203T140000Z", "20261203T144500Z", None,
        organizer=person("ORGANIZER", "Shiftly Recruiting", "no-reply@greenhouse.io"),
        attendees=[person("ATTENDEE", "Elena Marsh", "elena.marsh@shiftly.app"),
                   person("ATTENDEE", "Recruiting Coordinator", "coordination@shiftly.app", role="OPT-PARTICIPANT"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Hi Aylin,\n\nYour final interview with Elena Marsh, VP People at Shiftly, is confirmed.\n\n"
                    "Shiftly builds shift-planning software for retailers, so your store experience matters here."
                    "\n\n" + zoom(312, "Elena Marsh"))]),
        Label(True, "Shiftly", "People Operations Manager", "final", ["elena.marsh@shiftly.app"],
              "coordinator_attendee"))

    u = "h17-hold-recurring-panel"
    add("recurring-hold-override", "en", u, calendar("exchange", [
        vevent(u, "HOLD – Aylin Demir interview loop (Ferrovia Group, HRBP Zurich)", "20261207T090000",
               "20261207T100000", "W. Europe Standard Time",
               organizer=person("ORGANIZER", "Keller, Nina", "nina.keller@ferrovia-group.ch"),
               attendees=[person("ATTENDEE", "Aylin Demir", P),
                          person("ATTENDEE", "Baumann, Urs", "urs.baumann@ferrovia-group.ch")],
               description="Two interview blocks with Urs Baumann (Head of HR Switzerland). Block 2 moved to the "
                           "afternoon.", extra=["RRULE:FREQ=DAILY;COUNT=2", *OUTLOOK_X]),
        vevent(u, "HOLD – Aylin Demir interview loop (Ferrovia Group, HRBP Zurich)", "20261208T140000",
               "20261208T150000", "W. Europe Standard Time",
               organizer=person("ORGANIZER", "Keller, Nina", "nina.keller@ferrovia-group.ch"),
               attendees=[person("ATTENDEE", "Aylin Demir", P),
                          person("ATTENDEE", "Baumann, Urs", "urs.baumann@ferrovia-group.ch")],
               description="Block 2, afternoon.", sequence=1,
               extra=["RECURRENCE-ID;TZID=W. Europe Standard Time:20261208T090000", *OUTLOOK_X])],
        zones=["W. Europe Standard Time"]),
        Label(True, "Ferrovia Group", "HRBP", "onsite", ["urs.baumann@ferrovia-group.ch"], "recurring_override"))

    u = "h17-de-wien-direkt"
    add("de-direct-wien-hr", "de", u, calendar("google", [vevent(
        u, "Gespräch Talent Acquisition Managerin – Kaffeehaus Gruppe Wien", "20261204T130000",
        "20261204T140000", "Europe/Vienna",
        organizer=person("ORGANIZER", "Elisabeth Hofer", "elisabeth.hofer@kaffeehaus-gruppe.at"),
        attendees=[person("ATTENDEE", "Aylin Demir", P), person("ATTENDEE", "Florian Aigner",
                                                                "florian.aigner@kaffeehaus-gruppe.at")],
        description="Liebe Frau Demir, wir freuen uns auf das persönliche Gespräch mit Ihnen und unserem "
                    "Betriebsleiter Herrn Aigner.\n\n" + meet(313, "de"))], zones=["Europe/Vienna"]),
        Label(True, "Kaffeehaus Gruppe Wien", "Talent Acquisition Managerin", "onsite",
              ["elisabeth.hofer@kaffeehaus-gruppe.at", "florian.aigner@kaffeehaus-gruppe.at"]))

    u = "h17-terse-en-android"
    add("terse-en-google-note", "en", u, calendar("google", [vevent(
        u, "Parcelwise – final w/ CEO", "20261209T150000Z", "20261209T160000Z", None,
        organizer=person("ORGANIZER", "Aylin Demir", P))], method=None),
        Label(True, "Parcelwise", "", "final", [], "terse_hand_typed"))

    u = "h17-de-telefon-xwr"
    add("de-floating-xwr-phone", "de", u, calendar("google", [vevent(
        u, "Telefoninterview Hr. Bauer – Zürcher Bergbahnen AG (HR Fachfrau)", "20261202T113000",
        "20261202T120000", None, organizer=person("ORGANIZER", "Aylin Demir", P),
        description="Er ruft an, +41 Nummer.")], method=None, head=["X-WR-TIMEZONE:Europe/Zurich"]),
        Label(True, "Zürcher Bergbahnen AG", "HR Fachfrau", "recruiter_screen", [], "floating_xwr"))

    u = "h17-en-apple-onsite"
    add("apple-onsite-address", "en", u, calendar("apple", [vevent(
        u, "Onsite interview @ Hollybush Inns head office", "20261210T103000", "20261210T123000", "Europe/London",
        description="People Advisor role. Meeting Kirsty (HR Manager) + Dev (Ops Director). Ask for Kirsty at "
                    "reception.", location="Hollybush Inns, 40 Park Row, Leeds LS1 5JF", extra=APPLE_X)],
        zones=["Europe/London"], method=None),
        Label(True, "Hollybush Inns", "People Advisor", "onsite", [], "hand_typed"))
    u = "h17-fr-ashby-marseille@ashbyhq.com"
    add("fr-ashby-equipe", "fr", u, calendar("ashby", [vevent(
        u, "Entretien avec l'équipe People – Aylin Demir – Sirocco Tech", "20261208T133000Z",
        "20261208T143000Z", None,
        organizer=person("ORGANIZER", "Sirocco Tech Recrutement", "recrutement@sirocco-tech.fr"),
        attendees=[person("ATTENDEE", "Anaïs Girard", "anais.girard@sirocco-tech.fr"),
                   person("ATTENDEE", "Karim Benali", "karim.benali@sirocco-tech.fr"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Bonjour Aylin,\n\nPour cette troisième étape (poste : People Partner, Marseille ou "
                    "hybride), vous rencontrerez Anaïs Girard (Head of People) et Karim Benali (Office "
                    "Manager). Sujets : intégration, entretiens annuels, culture.\n\n" + meet(314, "fr"))]),
        Label(True, "Sirocco Tech", "People Partner", "technical",
              ["anais.girard@sirocco-tech.fr", "karim.benali@sirocco-tech.fr"]))
    return out
