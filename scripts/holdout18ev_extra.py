"""holdout18: further cases, both ways (a coffee that is a round, a prep block, a supplier meeting, ...)."""

from __future__ import annotations

from holdout18ev_ics import ME, WORK, Att, Case, Ev, meet, teams, zoom

R = Att(ME, "Ravi Menon")


def cases() -> list[Case]:
    """Given nothing returns the extra cases, each written on its own."""
    out: list[Case] = []
    out.append(Case("coffee-is-round", "en", "google", [Ev(
        "8b0d2f4h6j8l0n2p4r6t8v0x2z@google.com", "Coffee w/ Greg Fenn - Brackwater next step", "20261212T093000",
        "20261212T103000", zone="Europe/London", organizer=("Greg Fenn", "greg.fenn@brackwater-sensors.co.uk"),
        attendees=[Att("greg.fenn@brackwater-sensors.co.uk", "Greg Fenn", partstat="ACCEPTED"), R],
        location="Hot Numbers Coffee, Trumpington St, Cambridge",
        desc="Hi Ravi - as the hiring manager for the Product Manager (Water Sensing) role I'd like to do the next "
             "stage informally over coffee. Expect questions about your roadmap thinking. Greg")],
        True, "Brackwater Sensors", "Product Manager (Water Sensing)", "hiring_manager",
        ["greg.fenn@brackwater-sensors.co.uk"], "coffee_is_interview"))
    out.append(Case("teams-direct-bare", "en", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000F1F2F3F4F55BDB0100000000000000001000000601",
        "Ravi Menon - Interview", "20261216T110000", "20261216T120000", zone="GMT Standard Time", form="bare",
        organizer=("Wright, Olivia", "olivia.wright@fenbikes.co.uk"),
        attendees=[R, Att("olivia.wright@fenbikes.co.uk", "Wright, Olivia"),
                   Att("sam.patel@fenbikes.co.uk", "Patel, Sam")],
        desc=teams("66120938817"))],
        True, "Fenbikes", "", "", ["olivia.wright@fenbikes.co.uk", "sam.patel@fenbikes.co.uk"], "bare_teams_invite"))
    out.append(Case("fr-join-screen", "fr", "join", [Ev(
        "join-fr-31c7d0a9@join.com", "Premier entretien | Product Owner IoT | Ravi Menon", "20261202T160000",
        "20261202T163000", form="utc", organizer=("JOIN", "noreply@join.com"),
        attendees=[R, Att("manon.faure@isere-connect.fr", "Manon Faure")],
        desc="Isère Connect vous invite à un premier entretien.\nInterlocutrice : Manon Faure (Responsable RH)\n"
             "Durée : 30 minutes\n\n" + meet("zkd-qrwa-hpe", "fr"))],
        True, "Isère Connect", "Product Owner IoT", "recruiter_screen", ["manon.faure@isere-connect.fr"], "ats_join"))
    out.append(Case("fr-goodtime-manager", "fr", "goodtime", [Ev(
        "gt-2026-93310-fr@goodtime.io", "Entretien avec la manager – Ravi Menon – Lémantec", "20261211T100000",
        "20261211T104500", zone="Europe/Paris", organizer=("Recrutement Lémantec", "recrutement@lemantec.fr"),
        attendees=[R, Att("v.caron@lemantec.fr", "Valérie Caron"),
                   Att("recrutement@lemantec.fr", "Recrutement Lémantec", role="NON-PARTICIPANT")],
        desc="Poste : Chef de produit capteurs industriels (Grenoble)\nVous rencontrerez Valérie Caron, "
             "responsable produit et future manager du poste.\n\nPlanifié avec GoodTime\n\n" + zoom("81133029475",
                 "fr"))],
        True, "Lémantec", "Chef de produit capteurs industriels", "hiring_manager", ["v.caron@lemantec.fr"],
        "coordinator_mailbox"))
    out.append(Case("es-personio-team", "es", "personio", [Ev(
        "personio-interview-es-5520931@personio.de", "Entrevista con el equipo – Ravi Menon – Product Owner E-Bike",
        "20261215T110000", "20261215T120000", zone="Europe/Madrid", organizer=("Noelia Prat",
            "noelia.prat@ciclatec.es"),
        attendees=[R, Att("noelia.prat@ciclatec.es", "Noelia Prat"), Att("xavi.font@ciclatec.es", "Xavi Font")],
        location="Ciclatec, Carrer de Llacuna 162, Barcelona",
        desc="Hola Ravi,\n\nte esperamos en nuestra oficina para la entrevista con el equipo de producto (Noelia "
             "Prat y Xavi Font) para el puesto de Product Owner E-Bike en Ciclatec.\n\nUn saludo")],
        True, "Ciclatec", "Product Owner E-Bike", "onsite", ["noelia.prat@ciclatec.es", "xavi.font@ciclatec.es"],
        "ats_personio"))
    out.append(Case("es-lever-tech", "es", "lever", [Ev(
        "lever-int-es40ab71@hire.lever.co", "Prueba técnica en directo – Ravi Menon – Alba Medical Devices",
        "20261217T150000", "20261217T163000", form="utc", organizer=("Alba Medical Devices", "no-reply@hire.lever.co"),
        attendees=[R, Att("i.delgado@albamedical.es", "Irene Delgado")],
        desc="Puesto: Technical Product Owner (dispositivos de diagnóstico)\nEtapa: prueba técnica en directo con "
             "Irene Delgado (Ingeniería de sistemas)\n\nEnviado vía Lever.\n\n" + meet("ewp-nzro-qai", "es"))],
        True, "Alba Medical Devices", "Technical Product Owner (dispositivos de diagnóstico)", "technical",
        ["i.delgado@albamedical.es"], "ats_lever"))
    out.append(Case("fr-mock", "fr", "ios", [Ev(
        "1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9", "Simulation d'entretien avec Lucie (entraînement Aérovia)",
        "20261205T180000", "20261205T190000", form="floating", desc="Elle joue la recruteuse, je teste mes réponses.")],
        False, trap="mock_interview", method=""))
    out.append(Case("prep-block", "en", "google", [Ev(
        "0d2f4h6j8l0n2p4r6t8v0x2z4b@google.com", "Prep: Tessaro final round (case + questions)", "20261214T120000",
        "20261214T143000", zone="Europe/Berlin", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED")],
        desc="Re-read Naomi's blog post, practise the 5-min roadmap pitch, prepare 3 questions for Raj.")],
        False, trap="prep_block"))
    out.append(Case("es-proveedor", "es", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000F1F2F3F4F55BDB0100000000000000001000000609",
        "Reunión proveedor Moldes Ibéricos – revisión de útiles", "20261210T140000", "20261210T150000",
        zone="W. Europe Standard Time", form="bare", organizer=("Gómez, Álvaro", "a.gomez@moldes-ibericos.es"),
        attendees=[Att(WORK, "Menon, Ravi"), Att("a.gomez@moldes-ibericos.es", "Gómez, Álvaro")],
        desc="Revisión del utillaje para el soporte de asiento; muestras T1.\n\n" + teams("77019283340", "es"))],
        False, trap="internal_meeting"))
    return out
