"""train13 event corpus: Mei Chen's own interviews, written in English, each event on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams, zoom
from train13ev_ics import Att, Ev, coord, me, room


def events() -> list[Ev]:
    """Returns the English interview events (labels attached)."""
    out: list[Ev] = []
    add = out.append

    add(
        Ev(
            "ats-greenhouse",
            "en",
            "Interview: Mei Chen / Hardware Product Manager – Vantor Robotics",
            "2026-12-02 10:00",
            True,
            "Vantor Robotics",
            "Hardware Product Manager",
            "recruiter_screen",
            style="ats",
            prodid="-//Greenhouse Software//Interview Scheduler//EN",
            minutes=30,
            organizer=coord("Vantor Robotics Recruiting", "no-reply@us.greenhouse-mail.io", "CHAIR"),
            attendees=[me(), Att("Hannah Obermaier", "hannah.obermaier@vantor-robotics.com")],
            desc="Hi Mei,\n\nThanks for making time to speak with Hannah Obermaier (Talent Partner) about the Hardware "
            "Product Manager opening on our Mobile Manipulation team. This is an introductory 30-minute call.\n\n"
            + zoom("en", "845 2210 7731", "Vt7rQx2")
            + "\nPlease reply to this email if you need to reschedule.",
        )
    )

    add(
        Ev(
            "founder-freemail",
            "en",
            "Mei / Tobi – Gripwise",
            "2026-12-03 17:30",
            True,
            "Gripwise",
            "",
            "hiring_manager",
            tz="Europe/Zurich",
            minutes=45,
            organizer=Att("Tobias Ruegg", "tobi.ruegg@gmail.com", partstat="ACCEPTED"),
            attendees=[Att("Tobias Ruegg", "tobi.ruegg@gmail.com", partstat="ACCEPTED"), me()],
            desc="Hey Mei, as discussed on LinkedIn – let's talk about the product lead for our gripper line. "
            "I'm one of the two founders, we are 14 people in Zurich-Altstetten. Second conversation after "
            "the one with Lara last week.\n\n" + meet("en", "qzd-hvmr-kpe") + "\n" + gfooter("en"),
        )
    )

    add(
        Ev(
            "terse-typed",
            "en",
            "Voltaro 2nd round",
            "2026-12-04 14:00",
            True,
            "Voltaro",
            "",
            "",
            style="apple",
            tz="Europe/Berlin",
            minutes=90,
            location="Voltaro Mobility, Landsberger Str. 290, München",
        )
    )

    add(
        Ev(
            "title-only",
            "en",
            "Call with Pieter (Medilune)",
            "2026-12-07 09:30",
            True,
            "Medilune",
            "",
            "",
            style="ios",
            tz="Europe/Amsterdam",
            minutes=30,
        )
    )

    add(
        Ev(
            "coffee-later-round",
            "en",
            "Coffee with Ines Walther – Festral",
            "2026-12-08 08:30",
            True,
            "Festral Automation",
            "",
            "hiring_manager",
            tz="Europe/Berlin",
            minutes=45,
            organizer=Att("Ines Walther", "ines.walther@festral-automation.de", partstat="ACCEPTED"),
            attendees=[Att("Ines Walther", "ines.walther@festral-automation.de", partstat="ACCEPTED"), me()],
            location="Café Königsbau, Königstraße 28, Stuttgart",
            desc="Mei – after your technical round with Jens, I'd like to get to know you a bit more informally "
            "before we make a decision on the TPM role. My treat. Ines (Head of Programme Office)\n\n" + gfooter("en"),
        )
    )

    add(
        Ev(
            "site-visit",
            "en",
            "Plant visit & meet the team – Ortheon Medical (Grenoble)",
            "2026-12-10 09:00",
            True,
            "Ortheon Medical",
            "Technical Program Manager",
            "onsite",
            style="outlook",
            tz="Europe/Paris",
            minutes=300,
            organizer=Att("Claire Bonnefoy", "c.bonnefoy@ortheon-medical.fr"),
            attendees=[
                me(),
                Att("Claire Bonnefoy", "c.bonnefoy@ortheon-medical.fr"),
                Att("Mathieu Ardouin", "m.ardouin@ortheon-medical.fr"),
                Att("Sophie Lenoir", "s.lenoir@ortheon-medical.fr", role="OPT-PARTICIPANT"),
                room("GRE-Bât B-Salle Chartreuse", "salle.chartreuse@ortheon-medical.fr"),
            ],
            location="Ortheon Medical, 12 rue des Martyrs, 38000 Grenoble – Bât B accueil",
            desc="Dear Mei,\n\nAs the next step for the Technical Program Manager (Implants) position we would like to "
            "invite you to our Grenoble plant.\n\n09:00 welcome (Claire Bonnefoy, HR)\n09:30 clean-room tour "
            "with Mathieu Ardouin (Manufacturing Engineering)\n11:00 programme case with Sophie Lenoir\n12:30 "
            "lunch with the team\n\nPlease bring an ID for the visitor badge.",
        )
    )

    add(
        Ev(
            "case-interview",
            "en",
            "Case interview – PM Automation (Axenta)",
            "2026-12-11 11:00",
            True,
            "Axenta Systems",
            "Product Manager Automation",
            "technical",
            style="gexport",
            tz="Europe/Madrid",
            minutes=75,
            organizer=Att("Jordi Puig", "jordi.puig@axenta.es"),
            attendees=[
                Att("Jordi Puig", "jordi.puig@axenta.es", partstat="ACCEPTED"),
                Att("Marta Serrat", "marta.serrat@axenta.es"),
                me(),
            ],
            desc="You'll get a short product case 10 minutes before the call (conveyor retrofit for a bottling "
            "customer). We'll discuss your approach for 45 minutes, then questions.\n\n" + meet("en", "rbt-ncqa-wzf"),
        )
    )

    add(
        Ev(
            "agency-names-client",
            "en",
            "Interview Hartwell Search <> Lumatic Motion: Senior TPM",
            "2026-12-14 15:00",
            True,
            "Lumatic Motion",
            "Senior TPM",
            "hiring_manager",
            style="outlook",
            tz="Europe/London",
            minutes=60,
            organizer=coord("Olivia Marsh", "olivia.marsh@hartwellsearch.co.uk", "CHAIR"),
            attendees=[me(), Att("Dr. Felix Brandt", "felix.brandt@lumatic-motion.com")],
            desc="Hi Mei,\n\nAs promised, here is the invite for your meeting with Felix Brandt, VP Engineering at our "
            "client Lumatic Motion, for the Senior TPM role (servo drives). I'm only sending the invite – I "
            "won't join. Call me after!\n\nOlivia\n\n" + teams("en", "372 119 540 882", "Rx8Wd3kq"),
        )
    )

    add(
        Ev(
            "panel",
            "en",
            "Panel interview – Product Manager, Surgical Robotics",
            "2026-12-15 13:00",
            True,
            "Robomed Surgical",
            "Product Manager, Surgical Robotics",
            "onsite",
            style="ats",
            prodid="-//GoodTime.io//GoodTime Scheduling//EN",
            tz="Europe/Zurich",
            minutes=120,
            organizer=coord("GoodTime Scheduling for Robomed", "scheduling@robomed-surgical.com", "CHAIR"),
            attendees=[
                me(),
                Att("Anja Keller", "anja.keller@robomed-surgical.com"),
                Att("Luca Bernasconi", "luca.bernasconi@robomed-surgical.com"),
                Att("Priya Natarajan", "priya.natarajan@robomed-surgical.com"),
                coord("Selina Frei (Recruiting Coordinator)", "selina.frei@robomed-surgical.com"),
                room("ZRH-3.14 Säntis (8)", "zrh-3.14@robomed-surgical.com"),
            ],
            location="Robomed Surgical AG, Hardturmstrasse 161, 8005 Zürich",
            desc="Your panel: Anja Keller (Director Product), Luca Bernasconi (Systems Engineering Lead), Priya "
            "Natarajan (Clinical Affairs). Selina will meet you in the lobby.",
        )
    )

    add(
        Ev(
            "internal-transfer",
            "en",
            "Interview: TPM opening in E-Drive Programs (internal)",
            "2026-12-16 10:00",
            True,
            "Kessler Antriebstechnik",
            "Technical Programme Manager",
            "hiring_manager",
            style="outlook",
            minutes=45,
            organizer=Att("Weber, Stefan", "s.weber@kessler-antriebe.de"),
            attendees=[
                me(True, "Chen, Mei"),
                Att("Weber, Stefan", "s.weber@kessler-antriebe.de"),
                room("STR-Geb.4-Raum 2.10", "raum.4-2.10@kessler-antriebe.de"),
            ],
            desc="Hi Mei,\n\nthanks for applying internally to the Technical Programme Manager position in E-Drive "
            "Programs. Let's use this slot to walk through your background and the role. HR (Katrin) is aware.\n\n"
            "Stefan",
        )
    )

    add(
        Ev(
            "hm-personal",
            "en",
            "Mei Chen <> Brightcell – quick chat about the hardware PM role",
            "2026-12-17 18:00",
            True,
            "Brightcell",
            "Hardware PM",
            "hiring_manager",
            tz="Europe/Amsterdam",
            minutes=30,
            organizer=Att("Daan de Vries", "daan.devries@outlook.com", partstat="ACCEPTED"),
            attendees=[Att("Daan de Vries", "daan.devries@outlook.com", partstat="ACCEPTED"), me()],
            desc="Sending from my personal calendar as I'm travelling. I lead hardware at Brightcell (battery swap "
            "stations) and would be your manager in the hardware PM role. Looking forward! – Daan\n\n"
            + meet("en", "wvp-gsek-jrt"),
        )
    )

    add(
        Ev(
            "assessment-centre",
            "en",
            "Assessment Center – Technical Project Manager Trainee Pool",
            "2026-12-18",
            True,
            "Nordhalle Fördertechnik",
            "Technical Project Manager",
            "onsite",
            style="allday",
            tz="Europe/Berlin",
            desc="Assessment Center at Nordhalle Fördertechnik, Ludwigsburg site. 08:30 start at reception, group "
            "exercise, presentation, two interviews (HR + department). Ends approx. 17:00. Lunch provided.",
            location="Nordhalle Fördertechnik GmbH, Schwieberdinger Str. 60, Ludwigsburg",
        )
    )

    add(
        Ev(
            "ats-lever",
            "en",
            "Technical interview – Mei Chen (Mechanical PM) – Kinetrix",
            "2027-01-07 16:00",
            True,
            "Kinetrix",
            "Mechanical Product Manager",
            "technical",
            style="ats",
            prodid="-//Lever//Lever Hire//EN",
            tz="America/New_York",
            minutes=60,
            organizer=coord("Kinetrix Talent", "talent@hire.lever.co", "CHAIR"),
            attendees=[me(), Att("Greg Holloway", "greg@kinetrix.io"), Att("Yuki Tanaka", "yuki@kinetrix.io")],
            desc="Interviewers: Greg Holloway (Head of Mechanical), Yuki Tanaka (Staff ME)\nFormat: design review of a "
            "past project of yours (bring 5–6 slides), then tolerance-stack discussion.\n\n"
            + zoom("en", "931 4402 1187", "kTx92b"),
        )
    )

    add(
        Ev(
            "recruiter-screen",
            "en",
            "Phone screen w/ Sentivo Health",
            "2027-01-08 11:30",
            True,
            "Sentivo Health",
            "",
            "recruiter_screen",
            style="outlook",
            tz="Europe/Amsterdam",
            minutes=30,
            organizer=Att("Femke Jansen", "femke.jansen@sentivo-health.nl"),
            attendees=[me(), Att("Femke Jansen", "femke.jansen@sentivo-health.nl")],
            desc="Femke will call you on +49 171 5523 908. Topics: motivation, notice period, salary expectations.",
        )
    )

    return out
