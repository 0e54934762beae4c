"""train13 event corpus: Mei Chen's own interviews, written in German, each event on its own (part 2)."""

from __future__ import annotations

from train13ev_boiler import meet, teams, webex, zoom
from train13ev_ics import Att, Ev, coord, me


def events() -> list[Ev]:
    """Returns the German interview events (labels attached)."""
    out: list[Ev] = []
    add = out.append

    add(
        Ev(
            "softgarden",
            "de",
            "Einladung zum Videointerview – Projektingenieurin/Projektleiterin Fördertechnik",
            "2027-01-05 09:30",
            True,
            "Nordhalle Fördertechnik",
            "Projektleiterin Fördertechnik",
            "recruiter_screen",
            style="ats",
            prodid="-//softgarden//softgarden e-recruiting//DE",
            minutes=30,
            organizer=coord("Nordhalle Fördertechnik GmbH", "noreply@softgarden.io", "CHAIR"),
            attendees=[me(), Att("Jutta Krämer", "j.kraemer@nordhalle.de")],
            desc="Guten Tag Frau Chen,\n\nSie haben den Termin für Ihr Videointerview gebucht. Ihre Ansprechpartnerin: "
            "Jutta Krämer (Personalreferentin).\nDen Link zum Videointerview finden Sie in Ihrem "
            "softgarden-Bewerberkonto.\n\nMit freundlichen Grüßen\nIhr Nordhalle Recruiting Team",
        )
    )

    add(
        Ev(
            "address-time",
            "de",
            "Leopoldstr. 180, 5. OG, 14 Uhr",
            "2027-01-08 14:00",
            True,
            "Pragma",
            "",
            "technical",
            style="ios",
            minutes=90,
            desc="Pragma – Fachgespräch mit dem Engineering-Team. Ausweis mitnehmen.",
            interviewers="",
        )
    )

    add(
        Ev(
            "kaffee-later-round",
            "de",
            "Kaffee mit Uwe (Cobotik)",
            "2027-01-11 08:00",
            True,
            "Cobotik",
            "",
            "final",
            style="floating",
            minutes=45,
            location="Café Moulu, Stuttgart",
            desc="Er will vor dem Angebot noch einmal persönlich sprechen – letzte Runde laut Nadine.",
            interviewers="Uwe",
        )
    )

    add(
        Ev(
            "teams-technical",
            "de",
            "Fachinterview Senior Produktmanagerin Servoantriebe",
            "2027-01-12 10:30",
            True,
            "Ziegler Mechatronik",
            "Senior Produktmanagerin Servoantriebe",
            "technical",
            style="outlook",
            minutes=75,
            organizer=Att("Kaya, Emre", "emre.kaya@ziegler-mechatronik.de"),
            attendees=[
                me(),
                Att("Kaya, Emre", "emre.kaya@ziegler-mechatronik.de"),
                Att("Schulte, Björn", "bjoern.schulte@ziegler-mechatronik.de"),
            ],
            desc="Hallo Frau Chen,\n\nim Fachinterview geht es um Lastenheft/Pflichtenheft, Variantenmanagement und "
            "Ihre Erfahrung mit Getriebemotoren. Björn Schulte (Produktmanagement) ist dabei.\n\n"
            + teams("de", "354 882 119 004", "Kd9xW2"),
        )
    )

    add(
        Ev(
            "recruiter-screen",
            "de",
            "Erstgespräch Helvexa – Hardware Product Owner",
            "2027-01-13 09:00",
            True,
            "Helvexa",
            "Hardware Product Owner",
            "recruiter_screen",
            style="google",
            tz="Europe/Zurich",
            minutes=30,
            organizer=Att("Nora Baumann", "nora.baumann@helvexa.ch"),
            attendees=[Att("Nora Baumann", "nora.baumann@helvexa.ch", partstat="ACCEPTED"), me()],
            desc="Grüezi Frau Chen\n\nGerne lerne ich Sie in einem ersten Gespräch kennen (Lebenslauf, Motivation, "
            "Rahmenbedingungen).\n\n" + zoom("de", "826 3341 9907", "Hx7kLm", "helvexa") + "\nFreundliche Grüsse\n"
            "Nora Baumann, Talent Acquisition",
        )
    )

    add(
        Ev(
            "rescheduled",
            "de",
            "Verschoben: Zweitgespräch Akkuwerk (Produktmanager E-Antriebe)",
            "2027-01-14 16:00",
            True,
            "Akkuwerk",
            "Produktmanager E-Antriebe",
            "hiring_manager",
            style="outlook",
            minutes=60,
            sequence=2,
            organizer=Att("Wiesner, Florian", "f.wiesner@akkuwerk.de"),
            attendees=[
                me(),
                Att("Wiesner, Florian", "f.wiesner@akkuwerk.de"),
                Att("Ostrowski, Lea", "l.ostrowski@akkuwerk.de"),
            ],
            location="Akkuwerk, Werkstraße 12, 71063 Sindelfingen",
            desc="Neuer Termin wie besprochen. Lea Ostrowski (CTO) ist jetzt auch dabei.",
        )
    )

    add(
        Ev(
            "webex-final",
            "de",
            "Abschlussgespräch Geschäftsführung – Technische Programmleitung",
            "2027-01-15 11:00",
            True,
            "Sanovia Medizintechnik",
            "Technische Programmleitung",
            "final",
            style="exchange",
            minutes=60,
            organizer=coord("Recruiting Sanovia", "recruiting@sanovia-med.de", "CHAIR"),
            attendees=[me(), Att("Dr. Gerlach, Thomas", "t.gerlach@sanovia-med.de")],
            desc="Ihr Gesprächspartner: Dr. Thomas Gerlach, Geschäftsführer.\n\n"
            + webex("de", "2380 119 6642", "sanovia"),
        )
    )

    add(
        Ev(
            "headhunter-names-client",
            "de",
            "Interview Helvexa (via Alpina Executive)",
            "2027-01-18 14:00",
            True,
            "Helvexa",
            "Head of Hardware Programmes",
            "hiring_manager",
            style="gexport",
            tz="Europe/Zurich",
            minutes=60,
            organizer=coord("Reto Imhof", "r.imhof@alpina-executive.ch", "CHAIR"),
            attendees=[
                coord("Reto Imhof", "r.imhof@alpina-executive.ch"),
                me(),
                Att("Dominik Studer", "dominik.studer@helvexa.ch"),
            ],
            location="Helvexa AG, Pfingstweidstrasse 60, Zürich",
            desc="Liebe Mei\n\nwie besprochen: Gespräch mit Dominik Studer (CEO Helvexa) zur Position Head of Hardware "
            "Programmes. Ich bin nicht dabei.\n\nHerzlich, Reto",
        )
    )

    add(
        Ev(
            "wrtz-typed",
            "de",
            "Vantor – Gespräch mit Bereichsleiter (vor Ort)",
            "2027-01-19 13:30",
            True,
            "Vantor Robotics",
            "Hardware Product Manager",
            "onsite",
            style="wrtz",
            minutes=120,
            location="Vantor Robotics, Werner-von-Siemens-Ring 14, Garching",
            desc="Vor-Ort-Runde. Jakob Lindner + Bereichsleiter (Name?). Portfolio mitnehmen.",
            interviewers="Jakob Lindner",
        )
    )

    add(
        Ev(
            "workday-de",
            "de",
            "Interviewtermin: R-2291 Technische Projektleiterin Elektromobilität",
            "2027-01-20 10:00",
            True,
            "Voltaro Mobility",
            "Technische Projektleiterin Elektromobilität",
            "technical",
            style="ats",
            prodid="-//Workday Inc.//Workday Recruiting//DE",
            minutes=60,
            organizer=coord("Voltaro Mobility", "voltaro@myworkday.com", "CHAIR"),
            attendees=[
                me(),
                Att("Andreas Seidl", "andreas.seidl@voltaro.com"),
                Att("Katharina Moll", "katharina.moll@voltaro.com"),
            ],
            desc="Kandidatin: Mei Chen\nStellenausschreibung: R-2291 Technische Projektleiterin Elektromobilität\n"
            "Interviewart: Fachinterview\nInterviewer: Andreas Seidl; Katharina Moll",
        )
    )

    add(
        Ev(
            "probearbeit",
            "de",
            "Probearbeitstag Akkuwerk",
            "2027-01-22",
            True,
            "Akkuwerk",
            "Produktmanager E-Antriebe",
            "onsite",
            style="allday",
            desc="Probetag mit dem Produktteam. 9 Uhr Empfang, Lea holt mich ab.",
            interviewers="Lea",
        )
    )

    add(
        Ev(
            "zoom-hm",
            "de",
            "Zoom: Mei Chen / Trevion – Gespräch mit Hiring Manager",
            "2027-01-25 15:00",
            True,
            "Trevion",
            "Hardware Product Manager",
            "hiring_manager",
            style="apple",
            tz="Europe/Amsterdam",
            minutes=45,
            organizer=Att("Bram Hendriks", "bram.hendriks@trevion.nl"),
            attendees=[me(), Att("Bram Hendriks", "bram.hendriks@trevion.nl")],
            desc=zoom("de", "912 7734 0021", "Tr3v1n")
            + "\nBram Hendriks (Hiring Manager, Hardware) – er spricht Deutsch.",
        )
    )

    add(
        Ev(
            "teamtailor",
            "de",
            "Interview mit Kinetrix – Produktmanagerin Mechanik",
            "2027-01-26 11:00",
            True,
            "Kinetrix",
            "Produktmanagerin Mechanik",
            "recruiter_screen",
            style="ats",
            prodid="-//Teamtailor//Teamtailor Interview//EN",
            minutes=30,
            organizer=coord("Kinetrix via Teamtailor", "notifications@teamtailor.com", "CHAIR"),
            attendees=[me(), Att("Rachel Byrne", "rachel@kinetrix.io")],
            desc="Hallo Mei,\n\ndein Interview mit Rachel Byrne (Talent) ist bestätigt.\n" + meet("de", "fju-kwrd-zpx"),
        )
    )

    add(
        Ev(
            "recurring-hospitation",
            "de",
            "Hospitation Entwicklung – Sanovia",
            "2027-01-27 08:30",
            True,
            "Sanovia Medizintechnik",
            "Technische Programmleitung",
            "onsite",
            style="outlook",
            minutes=450,
            rrule="FREQ=DAILY;COUNT=2",
            override=("2027-01-28 08:30", "2027-01-28 09:30", ""),
            organizer=Att("Yilmaz, Deniz", "d.yilmaz@sanovia-med.de"),
            attendees=[me(), Att("Yilmaz, Deniz", "d.yilmaz@sanovia-med.de")],
            desc="Zwei Tage Hospitation im Entwicklungsteam als Teil des Auswahlverfahrens. Tag 2 beginnt um 9:30.",
        )
    )
    return out
