"""train13 event corpus: Mei Chen's own interviews, written in English, each event on its own (part 2)."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams, webex
from train13ev_ics import Att, Ev, coord, me, res, room


def events() -> list[Ev]:
    """Returns the English interview events (labels attached)."""
    out: list[Ev] = []
    add = out.append

    add(
        Ev(
            "final-round",
            "en",
            "Final interview with CEO – Pragma Drives",
            "2027-01-12 16:30",
            True,
            "Pragma Drives",
            "Head of Hardware Product",
            "final",
            style="google",
            tz="Europe/Berlin",
            minutes=60,
            organizer=Att("Lena Hoffmann", "lena.hoffmann@pragma-drives.com"),
            attendees=[
                Att("Lena Hoffmann", "lena.hoffmann@pragma-drives.com", partstat="ACCEPTED", coord=True),
                Att("Markus Pfeiffer", "markus.pfeiffer@pragma-drives.com"),
                me(),
                res("Beamer mobil 2", "beamer-2@pragma-drives.com"),
            ],
            location="Pragma Drives, Leopoldstraße 180, München – 5. OG",
            desc="Hi Mei, this is the final conversation for the Head of Hardware Product role with our CEO Markus "
            "Pfeiffer. I (Lena, Talent Acquisition) am only organising and won't attend.\n\n" + gfooter("en"),
            interviewers="markus.pfeiffer@pragma-drives.com",
        )
    )

    add(
        Ev(
            "address-time",
            "en",
            "Hardturmstrasse 201, 3rd floor – ask for Reto",
            "2027-01-13 14:00",
            True,
            "Alpstrom",
            "",
            "final",
            style="floating",
            tz="Europe/Zurich",
            minutes=90,
            interviewers="Reto",
            desc="Alpstrom final. Bring portfolio print + passport.",
        )
    )

    add(
        Ev(
            "cancelled-interview",
            "en",
            "Canceled: Interview – Hardware PM (Vantor Robotics)",
            "2026-12-09 15:00",
            True,
            "Vantor Robotics",
            "Hardware Product Manager",
            "hiring_manager",
            style="outlook",
            minutes=45,
            status="CANCELLED",
            sequence=2,
            organizer=Att("Hannah Obermaier", "hannah.obermaier@vantor-robotics.com"),
            attendees=[me(), Att("Jakob Lindner", "jakob.lindner@vantor-robotics.com")],
            desc="Jakob has to travel to a customer – we'll send you a new slot shortly. Sorry for the change!",
        )
    )

    add(
        Ev(
            "rescheduled",
            "en",
            "Updated invitation: Onsite loop – Kinetrix Munich office",
            "2027-01-20 09:30",
            True,
            "Kinetrix",
            "Mechanical Product Manager",
            "onsite",
            style="google",
            minutes=240,
            sequence=3,
            organizer=coord("Rachel Byrne", "rachel@kinetrix.io", "CHAIR"),
            attendees=[
                coord("Rachel Byrne", "rachel@kinetrix.io"),
                me(),
                Att("Greg Holloway", "greg@kinetrix.io"),
                Att("Sanjay Mehta", "sanjay@kinetrix.io"),
                Att("Carla Wendt", "carla@kinetrix.io"),
                room("MUC-Isar (6)", "c_18874f2a@resource.calendar.google.com"),
            ],
            location="Kinetrix GmbH, Balanstraße 73, München",
            desc="Moved to Wednesday at the team's request – same agenda. 09:30 Greg (design deep-dive), 10:30 Sanjay "
            "(firmware/hardware interfaces), 11:30 Carla (VP Product), 12:30 lunch.\n\n" + gfooter("en"),
        )
    )

    add(
        Ev(
            "work-address-invite",
            "en",
            "Interview – Program Manager Cobots (Cobotik)",
            "2027-01-14 12:00",
            True,
            "Cobotik",
            "Program Manager Cobots",
            "technical",
            style="exchange",
            minutes=60,
            organizer=Att("Nadine Vogt", "n.vogt@cobotik.de"),
            attendees=[me(True), Att("Nadine Vogt", "n.vogt@cobotik.de"), Att("Ali Demir", "a.demir@cobotik.de")],
            desc="Dear Ms Chen, thank you for your time. Ali Demir (Lead Mechatronics) will join for the technical "
            "part.\n\n" + webex("en", "2733 481 9902", "cobotik"),
        )
    )

    add(
        Ev(
            "title-only",
            "en",
            "Mei <> Helvexa",
            "2027-01-15 10:00",
            True,
            "Helvexa",
            "",
            "",
            style="google",
            tz="Europe/Zurich",
            minutes=45,
            organizer=Att("Nora Baumann", "nora.baumann@helvexa.ch"),
            attendees=[Att("Nora Baumann", "nora.baumann@helvexa.ch", partstat="ACCEPTED"), me()],
        )
    )

    add(
        Ev(
            "recurring-trial",
            "en",
            "Trial project days – Trevion hardware team",
            "2027-01-18 09:00",
            True,
            "Trevion",
            "Hardware Product Manager",
            "onsite",
            style="apple",
            tz="Europe/Amsterdam",
            minutes=480,
            rrule="FREQ=DAILY;COUNT=2",
            override=("2027-01-19 09:00", "2027-01-19 10:00", ""),
            location="Trevion B.V., High Tech Campus 9, Eindhoven",
            desc="Paid two-day trial with the team (last step before offer). Day 2 starts later – Bram's note.",
            interviewers="Bram",
        )
    )

    add(
        Ev(
            "ats-ashby",
            "en",
            "Mei Chen – Hiring Manager Interview – Robotic Platform PM",
            "2027-01-21 15:30",
            True,
            "Ferrox Robotics",
            "Robotic Platform PM",
            "hiring_manager",
            style="ats",
            prodid="-//Ashby//Ashby Scheduling//EN",
            tz="Europe/London",
            minutes=45,
            organizer=coord("Ferrox Robotics via Ashby", "no-reply@ashbyhq.com", "CHAIR"),
            attendees=[me(), Att("Ewan McLeod", "ewan.mcleod@ferrox.ai")],
            desc="Hi Mei,\n\nYou're confirmed for your Hiring Manager Interview with Ewan McLeod (Director of Product) "
            "at Ferrox Robotics.\n\n" + meet("en", "ktf-zqgn-yhu") + "\nPowered by Ashby",
        )
    )

    add(
        Ev(
            "headhunter-names-client",
            "en",
            "Prep + intro: Kestrel Partners x Medilune (Program Lead)",
            "2027-01-22 08:45",
            True,
            "Medilune",
            "Program Lead",
            "recruiter_screen",
            style="google",
            tz="Europe/Amsterdam",
            minutes=40,
            organizer=coord("Sven Aalders", "sven@kestrel-partners.eu", "CHAIR"),
            attendees=[
                coord("Sven Aalders", "sven@kestrel-partners.eu"),
                me(),
                Att("Joost Verbeek", "joost.verbeek@medilune.com"),
            ],
            desc="10 min prep with me, then Joost Verbeek (HR Business Partner, Medilune) joins for the first screen "
            "on the Program Lead position (infusion pumps).\n\n" + meet("en", "hpa-oxgd-cbn"),
        )
    )

    add(
        Ev(
            "cal-booking",
            "en",
            "Mei Chen and Karin Suter: 30 min intro",
            "2027-01-25 11:00",
            True,
            "Alpstrom",
            "Hardware Product Owner",
            "recruiter_screen",
            style="ats",
            prodid="-//Calendly//Calendly//EN",
            tz="Europe/Zurich",
            minutes=30,
            organizer=Att("Karin Suter", "karin.suter@alpstrom.ch"),
            attendees=[me()],
            desc="Event Name: 30 min intro\n\nQuestions: What role are you applying for?\nHardware Product Owner – "
            "e-bike drive units\n\nLocation: This is a Microsoft Teams web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/2f0c\n"
            "Reschedule: https://calendly.com/reschedulings/2f0c\n\nPowered by Calendly.com",
        )
    )

    add(
        Ev(
            "teams-hm",
            "en",
            "Teams: 2nd interview Senior Product Manager Drives – Ziegler Mechatronik",
            "2027-01-26 14:00",
            True,
            "Ziegler Mechatronik",
            "Senior Product Manager Drives",
            "hiring_manager",
            style="utcname",
            minutes=60,
            organizer=Att("Ziegler, Petra", "petra.ziegler@ziegler-mechatronik.de"),
            attendees=[
                me(),
                Att("Ziegler, Petra", "petra.ziegler@ziegler-mechatronik.de"),
                Att("Kaya, Emre", "emre.kaya@ziegler-mechatronik.de"),
            ],
            desc="Second round with Petra Ziegler (Managing Director) and Emre Kaya (Head of Sales Drives).\n"
            + teams("en", "318 552 904 117", "Zq4Nb8"),
        )
    )

    add(
        Ev(
            "name-company",
            "en",
            "Lucas Moreau – Ampulse",
            "2027-01-27 17:00",
            True,
            "Ampulse",
            "",
            "",
            style="floating",
            tz="Europe/Madrid",
            minutes=45,
            interviewers="Lucas Moreau",
        )
    )

    add(
        Ev(
            "workday",
            "en",
            "Interview Scheduled: R-04417 Technical Program Manager, Autonomous Mobile Robots",
            "2027-01-28 10:00",
            True,
            "Vantor Robotics",
            "Technical Program Manager, Autonomous Mobile Robots",
            "technical",
            style="ats",
            prodid="-//Workday Inc.//Workday Recruiting//EN",
            minutes=60,
            organizer=coord("Vantor Robotics", "vantor@myworkday.com", "CHAIR"),
            attendees=[
                me(),
                Att("Jakob Lindner", "jakob.lindner@vantor-robotics.com"),
                Att("Ursula Brenner", "ursula.brenner@vantor-robotics.com"),
            ],
            desc="Candidate: Mei Chen\nJob Requisition: R-04417 Technical Program Manager, Autonomous Mobile Robots\n"
            "Interview Type: Technical Interview\nInterviewers: Jakob Lindner; Ursula Brenner\n"
            "Location: Microsoft Teams (link to follow)",
        )
    )

    add(
        Ev(
            "lunch-later-round",
            "en",
            "Lunch w/ Carla (Kinetrix) – offer talk?",
            "2027-02-01 12:30",
            True,
            "Kinetrix",
            "",
            "final",
            style="ios",
            minutes=75,
            location="Tantris, Johann-Fichte-Str. 7, München",
            desc="Carla said it's the last conversation before they decide. Ask about team size + budget for "
            "prototypes.",
            interviewers="Carla",
        )
    )

    add(
        Ev(
            "webex-technical",
            "en",
            "Engineering interview (remote) – Medical Device PM – Sentivo Health",
            "2027-02-02 09:00",
            True,
            "Sentivo Health",
            "Medical Device PM",
            "technical",
            style="outlook",
            tz="Europe/Amsterdam",
            minutes=90,
            organizer=Att("Bas Kuipers", "bas.kuipers@sentivo-health.nl"),
            attendees=[
                me(),
                Att("Bas Kuipers", "bas.kuipers@sentivo-health.nl"),
                Att("Ruth Geerts", "ruth.geerts@sentivo-health.nl"),
            ],
            desc="Agenda: 30 min design-control & risk management (ISO 14971), 45 min case on a wearable pump "
            "redesign, 15 min your questions.\n\n" + webex("en", "2791 903 4476", "sentivo"),
        )
    )
    return out
