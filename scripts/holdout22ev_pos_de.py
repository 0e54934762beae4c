"""Holdout22 positives in German: Claire Dubois's own interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME,
    ME_CN,
    WORK,
    Att,
    Case,
    calendar,
    eu_zone,
    iana_zone,
    me,
    meet,
    teams,
    vevent,
    webex,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"


def cases() -> list[Case]:
    """Given nothing returns the EN/DE interview cases."""
    out: list[Case] = []

    uid = "personio-ev-11902@personio.de"
    i1 = Att("Katrin Vogelsang", "katrin.vogelsang@wissensfabrik.de")
    body = vevent(
        uid,
        "Vorstellungsgespräch: Instructional Designer (m/w/d) - Claire Dubois",
        "20261208T100000",
        "20261208T110000",
        tzid="Europe/Berlin",
        organizer=Att("Wissensfabrik GmbH", "jobs@wissensfabrik.de"),
        attendees=(i1, me()),
        desc=(
            "Liebe Frau Dubois,\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem "
            "ersten Kennenlernen mit Katrin Vogelsang (Teamleitung Didaktik) ein.\n\n"
            + teams("de")
            + "\n\nViele Grüße\nIhr Recruiting-Team der Wissensfabrik"
        ),
    )
    out.append(
        Case(
            "de-personio-first",
            uid,
            calendar("-//Personio//Recruiting//DE", body, zones=iana_zone("Europe/Berlin")),
            True,
            "Wissensfabrik",
            "Instructional Designer",
            "hiring_manager",
            (i1.email,),
            lang="de",
        )
    )

    uid = "h22-de-zweitgespraech@lernwerk-berlin.de"
    a, b = Att("Dr. Felix Nagel", "f.nagel@lernwerk-berlin.de"), Att("Sanja Petrović", "s.petrovic@lernwerk-berlin.de")
    body = vevent(
        uid,
        "Zweitgespräch Frau Dubois - E-Learning-Redakteurin Französisch",
        "20261215T130000",
        "20261215T143000",
        tzid="W. Europe Standard Time",
        organizer=a,
        attendees=(
            b,
            Att(ME_CN, ME),
            Att(
                "Besprechungsraum Spree",
                "raum.spree@lernwerk-berlin.de",
                cutype="RESOURCE",
                role="NON-PARTICIPANT",
                rsvp=False,
            ),
        ),
        desc=(
            "Hallo Frau Dubois,\nwie besprochen das Zweitgespräch vor Ort in der Torstraße 140. Bitte "
            "bereiten Sie eine kurze Lerneinheit (10 Min.) für Französisch A2 vor. Mit dabei: Sanja "
            "Petrović aus der Produktentwicklung.\nBeste Grüße\nFelix Nagel\nLeitung Redaktion"
        ),
        location="Lernwerk, Torstraße 140, 10119 Berlin - Besprechungsraum Spree",
    )
    out.append(
        Case(
            "de-outlook-onsite",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone("W. Europe Standard Time")),
            True,
            "Lernwerk",
            "E-Learning-Redakteurin Französisch",
            "onsite",
            (a.email, b.email),
            "resource",
            lang="de",
        )
    )

    uid = "h22-de-agentur@hr-partner-koeln.de"
    ag = Att("Birte Lorenz", "b.lorenz@talentbruecke.de")
    kd = Att("Holger Steinmann", "holger.steinmann@akademie-rheinkraft.de")
    body = vevent(
        uid,
        "Interview bei der Rheinkraft Akademie (über Talentbrücke) - Referentin Digitales Lernen",
        "20261210T090000Z",
        "20261210T100000Z",
        organizer=ag,
        attendees=(kd, me()),
        desc=(
            "Hallo Claire,\nunser Kunde, die Rheinkraft Akademie (Corporate Academy der Rheinkraft "
            "Energie AG), möchte Sie kennenlernen. Gesprächspartner: Holger Steinmann, Leiter der "
            "Akademie. Ich selbst bin nicht dabei.\n" + webex("de") + "\nBirte Lorenz, Talentbrücke"
        ),
    )
    out.append(
        Case(
            "de-agency",
            uid,
            calendar(OUTLOOK, body),
            True,
            "Rheinkraft Akademie",
            "Referentin Digitales Lernen",
            "hiring_manager",
            (kd.email,),
            "agency",
            lang="de",
        )
    )

    uid = "h22-de-fachinterview-greenhouse@greenhouse.io"
    t = Att("Lukas Baumgartner", "lukas.baumgartner@klassenzimmer.app")
    body = vevent(
        uid,
        "Fachinterview | Klassenzimmer.app | Claire Dubois",
        "20261212T110000Z",
        "20261212T120000Z",
        organizer=Att("Klassenzimmer Talent", "no-reply@us.greenhouse-mail.io"),
        attendees=(t, me()),
        desc=(
            "Hallo Claire,\nhier die Details zu deinem Fachinterview für die Stelle Customer Education "
            "Manager DACH/FR. Du sprichst mit Lukas Baumgartner (Lead Onboarding & Academy) über "
            "Schulungskonzepte für Lehrkräfte.\n\n" + zoom("921 5567 3301", "KzA81mmq0p", "de")
        ),
    )
    out.append(
        Case(
            "de-greenhouse-tech",
            uid,
            calendar("-//Greenhouse Software//Scheduling//EN", body),
            True,
            "Klassenzimmer.app",
            "Customer Education Manager DACH/FR",
            "technical",
            (t.email,),
            lang="de",
        )
    )

    uid = "h22-de-handy@posteo.de"
    body = vevent(
        uid,
        "Telefoninterview Verlag Brennholz & Söhne (Recruiterin)",
        "20261204T080000Z",
        "20261204T083000Z",
        desc="Frau Öztürk ruft an. Stelle: Produktmanagerin digitale Lehrwerke Französisch.",
        status="",
    )
    out.append(
        Case(
            "de-terse-phone",
            uid,
            calendar("-//Apple Inc.//iOS 18.1//EN", body, method=None),
            True,
            "Verlag Brennholz & Söhne",
            "Produktmanagerin digitale Lehrwerke Französisch",
            "recruiter_screen",
            (),
            "hand_typed",
            lang="de",
        )
    )

    uid = "h22-de-workday-final@myworkday.com"
    ps = (
        Att("Claudia Reinhardt", "claudia.reinhardt@edumatik.ch"),
        Att("Beat Zurbriggen", "beat.zurbriggen@edumatik.ch"),
    )
    body = vevent(
        uid,
        "Abschlussgespräch - Learning Experience Designer (80-100%) - Edumatik AG",
        "20261218T140000",
        "20261218T150000",
        tzid="Europe/Zurich",
        organizer=Att("Edumatik AG Recruiting", "edumatik@myworkday.com"),
        attendees=(*ps, me()),
        desc=(
            "Sehr geehrte Frau Dubois\nGerne laden wir Sie zum Abschlussgespräch mit Claudia Reinhardt "
            "(Geschäftsleitung) und Beat Zurbriggen (HR Business Partner) ein.\n"
            "Ort: Edumatik AG, Badenerstrasse 21, 8004 Zürich\nDiese Nachricht wurde von Workday erstellt."
        ),
        location="Badenerstrasse 21, 8004 Zürich",
    )
    out.append(
        Case(
            "de-workday-final",
            uid,
            calendar("-//Workday Inc//Workday Recruiting//DE", body, zones=eu_zone("Europe/Zurich")),
            True,
            "Edumatik",
            "Learning Experience Designer",
            "final",
            tuple(p.email for p in ps),
            lang="de",
        )
    )

    uid = "h22-de-recurring-trial@kursraum.io"
    mgr = Att("Anja Kessler", "anja@kursraum.io")
    base = vevent(
        uid,
        "Probetag Kursraum - Content Designerin (remote)",
        "20261207T090000",
        "20261207T120000",
        tzid="Europe/Berlin",
        organizer=mgr,
        attendees=(me("ACCEPTED"),),
        desc=(
            "Hi Claire, wie besprochen zwei bezahlte Probe-Vormittage als Teil des Auswahlprozesses. "
            "Anja (Head of Content) begleitet dich.\n" + meet("kry-hhqa-wpt", "de")
        ),
        extra=("RRULE:FREQ=DAILY;COUNT=2",),
    )
    moved = vevent(
        uid,
        "Probetag Kursraum - Content Designerin (remote)",
        "20261208T100000",
        "20261208T130000",
        tzid="Europe/Berlin",
        organizer=mgr,
        attendees=(me("ACCEPTED"),),
        desc="Tag 2 verschoben auf 10 Uhr.",
        seq=1,
        pre=("RECURRENCE-ID;TZID=Europe/Berlin:20261208T090000",),
    )
    out.append(
        Case(
            "de-recurring-trial",
            uid,
            calendar(GOOGLE, base + moved, zones=iana_zone("Europe/Berlin")),
            True,
            "Kursraum",
            "Content Designerin",
            "technical",
            (mgr.email,),
            "recurring_override",
            lang="de",
        )
    )

    uid = "h22-en-work-address-invite@greenhouse.io"
    x = Att("Maya Lindqvist", "maya.lindqvist@storyforge.se")
    body = vevent(
        uid,
        "Storyforge interview: Claire Dubois (Learning Designer, French market)",
        "20261211T080000Z",
        "20261211T084500Z",
        organizer=Att("Storyforge Hiring", "hiring@storyforge.se"),
        attendees=(x, Att(ME_CN, WORK)),
        desc=("Hi Claire, first-round conversation with Maya Lindqvist, Talent Acquisition.\n" + meet("pqa-xxze-fre")),
    )
    out.append(
        Case(
            "en-sent-to-work-addr",
            uid,
            calendar("-//Greenhouse Software//Scheduling//EN", body),
            True,
            "Storyforge",
            "Learning Designer, French market",
            "recruiter_screen",
            (x.email,),
            "work_address_candidate",
        )
    )

    uid = "h22-en-rescheduled-lever@hire.lever.co"
    y = Att("Dominic Ashworth", "dominic.ashworth@coachbright.com")
    body = vevent(
        uid,
        "UPDATED: Coachbright - Phone Screen - Claire Dubois",
        "20261203T161500Z",
        "20261203T164500Z",
        organizer=Att("Coachbright Recruiting", "no-reply@hire.lever.co"),
        attendees=(y, me()),
        seq=3,
        desc=(
            "Your interview has been rescheduled to Thursday 17:15 CET.\nPosition: Learning & Enablement "
            "Specialist\nInterviewer: Dominic Ashworth (Recruiter)\nDial-in: Dominic will call you on the "
            "number in your application."
        ),
    )
    out.append(
        Case(
            "lever-rescheduled",
            uid,
            calendar("-//Lever//Interview Scheduler//EN", body),
            True,
            "Coachbright",
            "Learning & Enablement Specialist",
            "recruiter_screen",
            (y.email,),
            "rescheduled",
        )
    )
    return out
