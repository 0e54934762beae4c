"""holdout86: more of Reto Baumann's own interviews (German, French, English, Spanish), blind-written."""

from __future__ import annotations

from holdout86ev_ics import ME_FREE, TZ_ZURICH, UTC_FR, Item, att, cal, meet, org, teams, tz_windows, vevent, zoom

ME = att(ME_FREE, "Reto Baumann")
ME_CH = att(ME_FREE, "Baumann, Reto")

def d29() -> Item:
    uid = "9sv1kd4p7c0a2hm8tq6e3rl5ug@google.com"
    desc = ("Zweites Gespräch: Fachgespräch mit Bruno Lehmann (Leiter Gesamtprojektleitung) inkl. Begehung "
            "unserer Baustelle Wohnüberbauung Aarepark.\nBitte gutes Schuhwerk, PSA stellen wir zur Verfügung.\n"
            "\nNadine Frei, Aarebau AG")
    ev = vevent(uid, "20251022T130000", "20251022T160000", "Aarebau: Fachgespräch + Baustellenbegehung Aarepark",
                desc, "Baustelle Aarepark, Aarestrasse 55, 5000 Aarau (Baucontainer 2)",
                org("nadine.frei@aarebau.ch", "Nadine Frei"),
                [att("bruno.lehmann@aarebau.ch", "Bruno Lehmann"),
                 att("nadine.frei@aarebau.ch", "Nadine Frei", role="OPT-PARTICIPANT", partstat="ACCEPTED",
                     rsvp=False), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Aarebau", "", "onsite",
                "bruno.lehmann@aarebau.ch", "onsite-site-walk-de")


def d30() -> Item:
    uid = "tt-interview-b6d0e2f1-1c44-4a0f-9e7b-2f8a3c5d9e10"
    desc = ("Guten Tag Herr Baumann\n\nDanke für Ihre Bewerbung als Head of Construction Management. Gerne "
            "möchten wir Sie in einem ersten Video-Call kennenlernen.\n\nIhr Gesprächspartner: Nico Amstad, "
            "Talent Acquisition\n\n" + teams("de", "318 552 907 661", "h7Kp2B") + "\n\nImmofonds Rigi AG")
    ev = vevent(uid, "20251002T080000Z", "20251002T083000Z", "Video-Interview Immofonds Rigi", desc,
                "Microsoft Teams", org("nico.amstad@immofonds-rigi.ch", "Nico Amstad"),
                [att("nico.amstad@immofonds-rigi.ch", "Nico Amstad", partstat="ACCEPTED", rsvp=False), ME])
    return Item("teamtailor", cal([ev], "teamtailor"), uid, 1, "Immofonds Rigi", "Head of Construction Management",
                "recruiter_screen", "nico.amstad@immofonds-rigi.ch", "teamtailor-utc-de")


def d31() -> Item:
    uid = "0tq5m8c2ha9s1pkv6ed3ln7rbf@google.com"
    desc = ("Lieber Herr Baumann\n\nDanke für das gute erste Gespräch. Für das Zweitgespräch sind neben mir "
            "unser CEO Daniel Wüest und Sandra Lüthi dabei. Wir möchten gerne auch über Ihre Vorstellungen "
            "zum Start sprechen.\n\nHerzlich\nMarc Gerber\nLeiter Projektentwicklung, Urbanis Immobilien AG\n\n"
            + meet("hfr-maok-zte"))
    ev = vevent(uid, "20251013T170000", "20251013T181500", "Zweitgespräch Urbanis – Marc Gerber / Reto Baumann",
                desc, "Urbanis Immobilien AG, Technikumstrasse 38, 8400 Winterthur",
                org("marc.gerber@urbanis.ch", "Marc Gerber"),
                [att("daniel.wueest@urbanis.ch", "Daniel Wüest"), att("sandra.luethi@urbanis.ch", "Sandra Lüthi"),
                 ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Urbanis", "", "final",
                "marc.gerber@urbanis.ch;daniel.wueest@urbanis.ch;sandra.luethi@urbanis.ch", "google-second-round-de")


def d32() -> Item:
    uid = "zoom-61530928844-20251027@zoom.us"
    desc = ("Bachtel Immobilien AG lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Interview Senior "
            "Projektleiter Neubau – Reto Baumann\nGesprächspartner: Simon Honegger (Leiter Bau), Rahel Kägi (HR)\n\n"
            + zoom("de", "615 3092 8844"))
    ev = vevent(uid, "20251027T120000", "20251027T130000", "Interview Senior Projektleiter Neubau – Reto Baumann",
                desc, "https://us02web.zoom.us/j/61530928844", org("rahel.kaegi@bachtel-immo.ch", "Rahel Kägi"),
                [att("simon.honegger@bachtel-immo.ch", "Simon Honegger"), ME])
    return Item("zoom", cal([ev], "zoom", tz=TZ_ZURICH), uid, 1, "Bachtel Immobilien", "Senior Projektleiter Neubau",
                "hiring_manager", "simon.honegger@bachtel-immo.ch;rahel.kaegi@bachtel-immo.ch", "zoom-de")


def e11() -> Item:
    uid = "greenhouse-interview-4410872-007@kubus.io"
    desc = ("Hi Reto,\n\nYou're confirmed for your Final Interview with Kubus.\n\nInterviewer(s):\nTobias Wirz – "
            "CEO & Co-founder\nLena Vogt – Head of Delivery\n\nLocation: Kubus office, Hardturmstrasse 130, 8005 "
            "Zürich (3rd floor).\n\nScheduled by Marta Kowalski, Recruiting Coordinator")
    ev = vevent(uid, "20251021T080000Z", "20251021T091500Z",
                "Interview: Reto Baumann – Senior Construction Project Manager (Final Interview)", desc,
                "Kubus office, Hardturmstrasse 130, 8005 Zürich", org("marta.kowalski@kubus.io", "Marta Kowalski"),
                [att("tobias.wirz@kubus.io", "Tobias Wirz"), att("lena.vogt@kubus.io", "Lena Vogt"), ME])
    return Item("greenhouse", cal([ev], "greenhouse"), uid, 1, "Kubus", "Senior Construction Project Manager",
                "final", "tobias.wirz@kubus.io;lena.vogt@kubus.io", "greenhouse-final-en")


def f10() -> Item:
    uid = "4c8ub1q7nv3do0ea6hs9kt2mrj@google.com"
    desc = ("Bonjour Monsieur Baumann,\nPremier entretien (RH) pour le poste de Responsable développement "
            "immobilier.\nInterlocutrice : Mélanie Python, responsable RH.\n\n"
            "Rejoindre avec Google Meet : https://meet.google.com/rqe-vtbn-ksa\nGroupe Montbrillant SA")
    ev = vevent(uid, "20251006T090000", "20251006T094500", "Montbrillant – premier entretien RH (R. Baumann)", desc,
                "https://meet.google.com/rqe-vtbn-ksa", org("m.python@montbrillant-groupe.ch", "Mélanie Python"),
                [att("m.python@montbrillant-groupe.ch", "Mélanie Python", partstat="ACCEPTED", rsvp=False), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Groupe Montbrillant",
                "Responsable développement immobilier", "recruiter_screen", "m.python@montbrillant-groupe.ch",
                "google-meet-hr-fr")


def f11() -> Item:
    uid = "9fa7c2d1-0e3b-4a58-b6d4-3c1e8f7a2b90"
    ev = vevent(uid, "20251104T173000", "20251104T190000", "Rencontre – poste de directeur de travaux",
                "Bonsoir M. Baumann,\nJe vous propose de nous voir à notre bureau d'Yverdon pour parler du poste. "
                "Notre entreprise, Bâtisseurs Réunis SA, compte 120 collaborateurs; mon associé Gilles Perret sera "
                "aussi présent.\nAu plaisir,\nDidier Cuendet", "Rue des Moulins 9, 1400 Yverdon-les-Bains",
                org("didier.cuendet@bluewin.ch", "Didier Cuendet"),
                [att("gperret@batisseurs.ch", "Gilles Perret"), ME])
    return Item("thunderbird", cal([ev], "thunderbird", tz=TZ_ZURICH), uid, 1, "Bâtisseurs Réunis",
                "directeur de travaux", "", "didier.cuendet@bluewin.ch;gperret@batisseurs.ch",
                "owner-freemail-body-only-fr")


def s02() -> Item:
    uid = "040000008200E00074C5B7101A82E0080000000080319B3F4F33DC010000000000000000100000002828"
    desc = ("Hola Reto:\n\nComo acordamos, la entrevista técnica será con Marta Iglesias (Jefa de Producción "
            "Túneles) y Andreas Gisler (Jefe de Obra en Suiza). Repasaremos el plan de ataque del lote y la "
            "gestión de subcontratistas suizos.\n\n" + teams("en", "355 908 112 047", "Tn4Wq1") +
            "\n\nLucía Fernández – Selección TONSA")
    ev = vevent(uid, "20251023T150000", "20251023T163000", "Entrevista técnica – Jefe de Proyecto Senior (Suiza)",
                desc, "Reunión de Microsoft Teams", org("lfernandez@tonsa.es", "Fernández Ruiz, Lucía"),
                [att("miglesias@tonsa.es", "Iglesias Prado, Marta"), att("agisler@tonsa.es", "Gisler, Andreas"),
                 ME_CH], tzid=UTC_FR)
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_FR)), uid, 1, "TONSA",
                "Jefe de Proyecto Senior (Suiza)", "technical", "miglesias@tonsa.es;agisler@tonsa.es",
                "teams-technical-es")


ALL = [d29, d30, d31, d32, e11, f10, f11, s02]
