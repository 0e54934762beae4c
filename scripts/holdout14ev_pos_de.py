"""holdout14: Tobias Krüger's own interviews, German-language events."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    P_EXCHANGE,
    P_OUTLOOK,
    P_PERSONIO,
    P_SF,
    P_SOFTGARDEN,
    P_WORKDAY,
    Item,
    cal,
    olson,
    org,
    teams,
    vevent,
    who,
    windows,
)

WE = "W. Europe Standard Time"


def items() -> list[Item]:
    """Given nothing returns the German positive events."""
    out: list[Item] = []

    uid = "SF-INT-7730412-20261203@elbmarsch-versicherung.de"
    desc = ("Sehr geehrter Herr Krüger,\n\nvielen Dank für Ihre Bewerbung als Referent Business Continuity "
            "Management (m/w/d), Stellen-ID 4471. Gerne laden wir Sie zu einem persönlichen Gespräch ein.\n\n"
            "Gesprächspartner:\n- Katrin Oelschläger, Leiterin BCM & Krisenmanagement\n- Felix Anders, "
            "HR Business Partner\n\nBitte bringen Sie einen Lichtbildausweis mit und melden Sie sich am Empfang "
            "Haus B.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Elbmarsch Versicherung AG")
    ev = vevent(uid, "Vorstellungsgespräch: Referent Business Continuity Management (m/w/d)", "20261203T100000",
                "20261203T113000", WE, desc=desc, loc="Elbmarsch Versicherung AG, Haus B, Ballindamm 40, 20095 Hamburg",
                lines=[org("recruiting-noreply@successfactors.eu", "Elbmarsch Versicherung Recruiting"),
                       who(ME_PRIV, "Tobias Krüger"),
                       who("k.oelschlaeger@elbmarsch-versicherung.de", "Oelschläger, Katrin", quote=True),
                       who("f.anders@elbmarsch-versicherung.de", "Anders, Felix", quote=True)])
    out.append(Item("sf-onsite", "de", cal(P_SF, [ev], zones=(windows(WE),)), uid, True,
                    "Elbmarsch Versicherung", "Referent Business Continuity Management", "onsite",
                    ["k.oelschlaeger@elbmarsch-versicherung.de", "f.anders@elbmarsch-versicherung.de"]))

    uid = "personio-interview-58812-a93c@nordkai-logistik.de"
    desc = ("Hallo Tobias,\n\nwie besprochen das zweite Gespräch für die Position Manager Corporate Security "
            "(Hamburg). Dabei ist Dr. Jens Brandes, unser Leiter Konzernsicherheit.\n\n"
            + teams("de", "NzQ3MmU0ZjItYjA1", "361 448 902 117") + "\n\nViele Grüße\nSanja Vukovic\nTalent "
            "Acquisition | Nordkai Logistik GmbH")
    ev = vevent(uid, "Interview Nordkai Logistik – Manager Corporate Security", "20261208T140000",
                "20261208T150000", "Europe/Berlin", desc=desc, loc="Microsoft Teams-Besprechung",
                lines=[org("s.vukovic@nordkai-logistik.de", "Sanja Vukovic"),
                       who(ME_PRIV, "Tobias Krüger"), who("j.brandes@nordkai-logistik.de", "Dr. Jens Brandes"),
                       who("s.vukovic@nordkai-logistik.de", "Sanja Vukovic", role="OPT-PARTICIPANT",
                           partstat="ACCEPTED")])
    out.append(Item("personio-hm", "de", cal(P_PERSONIO, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Nordkai Logistik", "Manager Corporate Security", "hiring_manager",
                    ["j.brandes@nordkai-logistik.de"]))

    uid = "sg-5520193-termin-1@softgarden.io"
    desc = ("Guten Tag Herr Krüger,\n\nhiermit bestätigen wir Ihren Termin für ein Telefoninterview zur Stelle "
            "\"Spezialist Informationssicherheit & Krisenmanagement (w/m/d)\" bei der Jadewind Energie GmbH in "
            "Bremen.\n\nIhre Ansprechpartnerin Frau Lina Meiners ruft Sie unter der hinterlegten Nummer an. "
            "Dauer ca. 30 Minuten.\n\nTermin verwalten: https://jadewind.softgarden.io/appointments/5520193")
    ev = vevent(uid, "Telefoninterview – Jadewind Energie GmbH", "20261204T091500", "20261204T094500",
                "Europe/Berlin", desc=desc, loc="Telefon",
                lines=[org("noreply@softgarden.io", "Jadewind Energie GmbH via softgarden"),
                       who(ME_PRIV, "Tobias Krüger"),
                       who("lina.meiners@jadewind.de", "Lina Meiners", partstat="ACCEPTED")])
    out.append(Item("softgarden-phone", "de", cal(P_SOFTGARDEN, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Jadewind Energie", "Spezialist Informationssicherheit & Krisenmanagement", "recruiter_screen",
                    ["lina.meiners@jadewind.de"]))

    uid = "040000008200E00074C5B7101A82E00800000000A0C1D8E2A15DDB01000000000000000010000000F3B21C4E7A"
    desc = ("Hallo Herr Krüger,\n\nwie telefonisch vereinbart: Fachgespräch zur Werkschutzleitung am Standort "
            "Brunsbüttel. Wir gehen gemeinsam durch ein Szenario (Gasalarm Tanklager Nord) und sprechen über Ihre "
            "Erfahrung mit KRITIS-Auflagen. Danach kurzer Rundgang über das Werksgelände – bitte feste Schuhe.\n\n"
            "Gruß\nUwe Hinrichsen\nLeiter Standortsicherheit\nElbechem AG")
    ev = vevent(uid, "Fachgespräch Werkschutzleitung – Herr Krüger", "20261210T090000", "20261210T120000", WE,
                desc=desc, loc="Besprechungsraum Leuchtturm (Geb. 12); Elbechem Werkstor 3",
                lines=[org("uwe.hinrichsen@elbechem.de", "Hinrichsen, Uwe"),
                       who("uwe.hinrichsen@elbechem.de", "Hinrichsen, Uwe", partstat="ACCEPTED", rsvp=False,
                           quote=True),
                       who(ME_PRIV, "tobias.krueger@web.de"),
                       who("petra.lutz@elbechem.de", "Lutz, Petra", role="OPT-PARTICIPANT", quote=True),
                       who("raum.leuchtturm@elbechem.de", "Besprechungsraum Leuchtturm (Geb. 12)", cutype="ROOM",
                           role="NON-PARTICIPANT", partstat="ACCEPTED", rsvp=False)],
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    out.append(Item("outlook-direct-technical", "de", cal(P_EXCHANGE, [ev], zones=(windows(WE),)), uid, True,
                    "Elbechem", "Werkschutzleitung", "technical",
                    ["uwe.hinrichsen@elbechem.de", "petra.lutz@elbechem.de"]))

    uid = "wd-int-R10482-2-c1f0@nordmarkbank.de"
    desc = ("Interview für: Senior Spezialist Operational Resilience (R-10482)\nKandidat: Tobias Krüger\n"
            "Interviewtyp: Zweitgespräch (vor Ort)\nInterviewer:\n  Dr. Annette Falk – Bereichsleiterin "
            "Konzernsicherheit\n  Moritz Steen – Chief Risk Officer\n\nAdresse: Nordmark Bank AG, Domshof 7, "
            "28195 Bremen. Bitte am Empfang melden.\n\nHinweis: Diese Nachricht wurde von Workday erzeugt.")
    ev = vevent(uid, "Interview: Tobias Krüger – Senior Spezialist Operational Resilience", "20261215T130000",
                "20261215T143000", "Europe/Berlin", desc=desc, loc="Domshof 7, 28195 Bremen",
                lines=[org("nordmarkbank@myworkday.com", "Nordmark Bank Recruiting"),
                       who(ME_PRIV, "Tobias Krüger"), who("annette.falk@nordmarkbank.de", "Annette Falk"),
                       who("moritz.steen@nordmarkbank.de", "Moritz Steen")])
    out.append(Item("workday-final", "de", cal(P_WORKDAY, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Nordmark Bank", "Senior Spezialist Operational Resilience", "final",
                    ["annette.falk@nordmarkbank.de", "moritz.steen@nordmarkbank.de"]))

    uid = "securus-2026-1187@securus-personal.de"
    desc = ("Hallo Herr Krüger,\n\nich freue mich, dass unser Mandant Sie kennenlernen möchte: die Weser Cargo "
            "Hub GmbH sucht einen Sicherheitsbeauftragten (m/w/d) für das Luftfrachtzentrum. Das Gespräch führen "
            "Herr Torsten Wiechmann (Betriebsleiter) und Frau Ayşe Korkmaz (Personal). Ich selbst bin nicht "
            "dabei, rufe Sie aber danach an.\n\nAdresse: Weser Cargo Hub, Flughafendamm 88, Bremen, Verwaltung "
            "2. OG.\n\nBeste Grüße\nMarkus Jepsen\nSecurus Personal GmbH – Personalberatung Sicherheit")
    ev = vevent(uid, "Vorstellungsgespräch bei Weser Cargo Hub – Sicherheitsbeauftragter", "20261209T110000",
                "20261209T120000", "Europe/Berlin", desc=desc, loc="Flughafendamm 88, Bremen",
                lines=[org("m.jepsen@securus-personal.de", "Markus Jepsen (Securus Personal)"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("agency-names-employer", "de", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Weser Cargo Hub", "Sicherheitsbeauftragter", "",
                    ["Torsten Wiechmann", "Ayşe Korkmaz"]))
    return out
