"""holdout86: Reto Baumann's own interviews in German (Swiss Standard German, some dialect), blind-written."""

from __future__ import annotations

from holdout86ev_ics import (
    ME_FREE,
    TZ_ZURICH,
    UTC_DE,
    Item,
    att,
    cal,
    meet,
    org,
    teams,
    tz_windows,
    vevent,
    webex,
)

ME = att(ME_FREE, "Reto Baumann")
ME_CH = att(ME_FREE, "Baumann, Reto")


def d01() -> Item:
    uid = "4k2v8tq1m0s7hd3e9rbc5j6n1o@google.com"
    desc = ("Grüezi Herr Baumann\n\nvielen Dank für Ihre Bewerbung als Gesamtprojektleiter Hochbau. Gerne lerne "
            "ich Sie in einem ersten, kurzen Gespräch per Video kennen (ca. 30 Minuten).\n\nFreundliche Grüsse\n"
            "Nadine Frei\nHR Business Partnerin, Aarebau AG\n\n" + meet("xbq-rjto-kpw"))
    ev = vevent(uid, "20250915T100000", "20250915T103000",
                "Erstgespräch Aarebau AG – Gesamtprojektleiter Hochbau (R. Baumann)", desc,
                "https://meet.google.com/xbq-rjto-kpw", org("nadine.frei@aarebau.ch", "Nadine Frei"),
                [att("nadine.frei@aarebau.ch", "Nadine Frei", partstat="ACCEPTED", rsvp=False), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Aarebau", "Gesamtprojektleiter Hochbau",
                "recruiter_screen", "nadine.frei@aarebau.ch", "google-meet-de")


def d02() -> Item:
    uid = "040000008200E00074C5B7101A82E0080000000090E3C1A0D21ADC01000000000000000010000000A1F4"
    desc = ("Guten Tag Herr Baumann\n\nWie telefonisch besprochen, lade ich Sie gerne zum Vorstellungsgespräch für "
            "die Stelle als Senior Projektleiter Generalunternehmung ein. Sie sprechen mit Urs Pfister (Bereichsleiter "
            "Hochbau, Ihr künftiger Vorgesetzter) und mit mir.\n\nFreundliche Grüsse\nAndrea Keller\nLeiterin "
            "Personal\nPfister & Keller Generalunternehmung AG\n\n" + teams("de"))
    html = ("X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Guten Tag Herr Baumann</p><p>Wie telefonisch besprochen\\, "
            "lade ich Sie gerne zum Vorstellungsgespräch ein.</p><p><a href=\"https://teams.microsoft.com/l/meetup-"
            "join/19%3ameeting_NzQ5ZTk2\">Jetzt an der Besprechung teilnehmen</a></p></body></html>")
    ev = vevent(uid, "20250918T140000", "20250918T153000",
                "Vorstellungsgespräch Senior Projektleiter GU – Herr Baumann", desc,
                "Microsoft Teams-Besprechung", org("andrea.keller@pfk-gu.ch", "Keller, Andrea"),
                [att("urs.pfister@pfk-gu.ch", "Pfister, Urs"), ME_CH], tzid="W. Europe Standard Time",
                extra=[html, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    return Item("outlook", cal([ev], "outlook", tz=tz_windows()), uid, 1, "Pfister & Keller",
                "Senior Projektleiter Generalunternehmung", "hiring_manager",
                "urs.pfister@pfk-gu.ch;andrea.keller@pfk-gu.ch", "outlook-teams-de")


def d03() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000C03D5E6B8C1FDC010000000000000000100000003B77"
    desc = ("Geschätzter Herr Baumann\n\nIm zweiten Schritt bitten wir Sie, uns eine kurze Fallstudie zur "
            "Projektabwicklung vorzustellen (Unterlagen folgen separat per Mail). Anschliessend Fachgespräch mit "
            "Simone Ammann (Leiterin Totalunternehmung) und Kurt Bärtschi (Leiter Kalkulation).\n\nEmpfang: "
            "Hardstrasse 201, 4. OG, bitte am Empfang melden.\n\nBTU Bau- und Totalunternehmung AG")
    ev = vevent(uid, "20250924T090000", "20250924T113000",
                "Fallstudie Projektabwicklung – Bewerbung Baumann (GPL)", desc,
                "BTU Hauptsitz, Sitzungszimmer Säntis; Hardstrasse 201, 8005 Zürich",
                org("simone.ammann@btu.ch", "Ammann, Simone"),
                [att("kurt.baertschi@btu.ch", "Bärtschi, Kurt"), ME_CH,
                 att("sz-saentis@btu.ch", "BTU SZ Säntis (12)", role="NON-PARTICIPANT", cutype="ROOM", rsvp=False)],
                tzid=UTC_DE, extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_DE)), uid, 1, "BTU", "GPL", "technical",
                "simone.ammann@btu.ch;kurt.baertschi@btu.ch", "outlook-utc-zone-room-de")


def d04() -> Item:
    uid = "040000008200E00074C5B7101A82E008000000008F0E4F2A9E27DC0100000000000000001000000055C9"
    desc = ("Sehr geehrter Herr Baumann\n\nIm Auftrag von Thomas Iten lade ich Sie zum Schlussgespräch ein. "
            "Teilnehmende: Thomas Iten (CEO) und Dr. Hans Röthlin (Präsident des Verwaltungsrats).\n"
            "Parkplätze stehen in der Tiefgarage zur Verfügung (Besucher 1–3).\n\nFreundliche Grüsse\n"
            "Corinne Bucher\nAssistentin der Geschäftsleitung\nZugerland Immobilien AG")
    ev = vevent(uid, "20251009T160000", "20251009T173000",
                "Schlussgespräch Leiter Bau und Entwicklung – R. Baumann", desc,
                "Zugerland Immobilien AG, Baarerstrasse 41, 6300 Zug, Sitzungszimmer Rigi",
                org("thomas.iten@zugerland-immo.ch", "Iten, Thomas", sent_by="corinne.bucher@zugerland-immo.ch"),
                [att("hans.roethlin@zugerland-immo.ch", "Röthlin, Hans"), ME_CH,
                 att("corinne.bucher@zugerland-immo.ch", "Bucher, Corinne", role="OPT-PARTICIPANT")],
                tzid="W. Europe Standard Time")
    return Item("outlook", cal([ev], "outlook", tz=tz_windows()), uid, 1, "Zugerland Immobilien",
                "Leiter Bau und Entwicklung", "final", "thomas.iten@zugerland-immo.ch;hans.roethlin@zugerland-immo.ch",
                "outlook-sent-by-final-de")


def d05() -> Item:
    uid = "7g3ms0kq2lu8b1jv5d9c4pr6hi@google.com"
    desc = ("Telefonisches Erstgespräch zur Position Leiter Bau und Entwicklung.\nIch rufe Sie auf 079 412 88 30 an.\n"
            "\nBeste Grüsse\nCorinne Bucher, Zugerland Immobilien AG")
    ev = vevent(uid, "20250919T113000", "20250919T120000", "Telefon Zugerland Immobilien / Baumann", desc,
                "Telefon", org("corinne.bucher@zugerland-immo.ch", "Corinne Bucher"),
                [att("corinne.bucher@zugerland-immo.ch", "Corinne Bucher", partstat="ACCEPTED", rsvp=False), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Zugerland Immobilien",
                "Leiter Bau und Entwicklung", "recruiter_screen", "corinne.bucher@zugerland-immo.ch", "phone-screen-de")


def d06() -> Item:
    uid = "B3E1A6D4-2F7C-4E19-9A58-61C0D7E4F2AB"
    ev = vevent(uid, "20250922T080000", "20250922T093000", "Vorstellungsgespräch Urbanis",
                "mit Sandra Lüthi (HR) und Marc Gerber (Leiter Projektentwicklung)\nZeugnisse + Referenzliste "
                "mitnehmen!\nParkhaus Bahnhof", "Urbanis Immobilien AG\nTechnikumstrasse 38\n8400 Winterthur\nSchweiz",
                extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "BEGIN:VALARM", "ACTION:DISPLAY",
                       "DESCRIPTION:Reminder", "TRIGGER:-PT1H", "END:VALARM"])
    return Item("apple", cal([ev], "apple", method=None, tz=TZ_ZURICH), uid, 1, "Urbanis", "", "",
                "sandra lüthi;marc gerber", "apple-terse-de")


def d07() -> Item:
    uid = "a91c3f0e-55b2-4d7e-8f1a-2c6e90b4d713"
    ev = vevent(uid, "20251002T140000", "20251002T170000", "2. Gespräch Tschudi Bau (Hr. Tschudi sen. + jun.)",
                "Peter Tschudi (Inhaber) und Fabian Tschudi (GL Hochbau)\nDanach Baustellenrundgang Überbauung "
                "Lindenhof\nHelm + Schuhe mitnehmen", "Tschudi Bau AG, Industriestrasse 12, Glarus",
                extra=["X-MOZ-GENERATION:2", "CLASS:PUBLIC"])
    return Item("thunderbird", cal([ev], "thunderbird", method=None, tz=TZ_ZURICH), uid, 1, "Tschudi Bau", "", "",
                "peter tschudi;fabian tschudi", "thunderbird-handtyped-de")


def d08() -> Item:
    uid = "WD-INTERVIEW-2025-0418-7731@svzo.myworkday.com"
    desc = ("Interview: Projektleiter/in Bau (Bauherrenvertretung) 80–100 % (R-2025-0418)\n\nKandidat: Reto "
            "Baumann\nGesprächspartnerin: Daniela Kunz, Leiterin Bau & Infrastruktur (vorgesetzte Stelle)\n"
            "Ort: Spital Wetzikon, Haus C, Raum C2.114\n\nBitte bringen Sie einen amtlichen Ausweis mit.\n\n"
            "Spitalverbund Zürcher Oberland – Talent Acquisition\nDiese Nachricht wurde automatisch von Workday "
            "generiert.")
    ev = vevent(uid, "20251001T100000", "20251001T110000",
                "Interview – Projektleiter/in Bau (Bauherrenvertretung) 80–100 %", desc,
                "Spital Wetzikon, Haus C, Raum C2.114", org("svzo@myworkday.com", "SVZO Recruiting"),
                [att("daniela.kunz@svzo.ch", "Daniela Kunz"), ME])
    return Item("workday", cal([ev], "workday", tz=TZ_ZURICH), uid, 1, "Spitalverbund Zürcher Oberland",
                "Projektleiter/in Bau (Bauherrenvertretung)", "hiring_manager", "daniela.kunz@svzo.ch", "workday-de")


def d09() -> Item:
    uid = "personio-interview-118842-5503@holzbau-emmental.jobs.personio.de"
    desc = ("Hallo Reto Baumann,\n\nwir freuen uns, Sie zum Vorstellungsgespräch vor Ort in Langnau einzuladen.\n\n"
            "Position: Projektleiter Holzbau (m/w/d)\nInterviewer: Stefan Zaugg, Ruth Habegger\n"
            "Adresse: Holzbau Emmental AG, Güterstrasse 7, 3550 Langnau i.E.\n\nBei Fragen erreichen Sie uns "
            "unter jobs@holzbau-emmental.ch.\n\nPowered by Personio")
    ev = vevent(uid, "20251006T133000", "20251006T150000", "Interview: Projektleiter Holzbau (m/w/d) – Reto Baumann",
                desc, "Holzbau Emmental AG, Güterstrasse 7, 3550 Langnau i.E.",
                org("noreply@personio.de", "Holzbau Emmental AG"),
                [att("stefan.zaugg@holzbau-emmental.ch", "Stefan Zaugg"),
                 att("ruth.habegger@holzbau-emmental.ch", "Ruth Habegger"), ME])
    return Item("personio", cal([ev], "personio", tz=TZ_ZURICH), uid, 1, "Holzbau Emmental",
                "Projektleiter Holzbau (m/w/d)", "onsite",
                "stefan.zaugg@holzbau-emmental.ch;ruth.habegger@holzbau-emmental.ch", "personio-onsite-de")


def d10() -> Item:
    uid = "tt-interview-3f8a1c22-90b4-4be1-a5a2-77d1e0c31f5e"
    desc = ("Hoi Reto\n\nSchön, dass es klappt! Im Fachgespräch gehen wir mit dir zwei eurer Referenzprojekte im "
            "Detail durch (Termine, Kosten, Qualität, Umgang mit Nachträgen).\n\nDabei sind: Lukas Brändli "
            "(Partner) und Eva Sutter (Senior Bauherrenberaterin).\n\nVideo: https://fundament-partners.teamtailor"
            ".com/meet/8kq2\n\nLiebe Grüsse\nJana vom Fundament-Team")
    ev = vevent(uid, "20251007T090000", "20251007T100000", "Fachgespräch Fundament Partners – Senior Bauherrenberater",
                desc, "Video (Teamtailor Meet)", org("jana.wirth@fundament-partners.ch", "Jana Wirth"),
                [att("lukas.braendli@fundament-partners.ch", "Lukas Brändli"),
                 att("eva.sutter@fundament-partners.ch", "Eva Sutter"), ME,
                 att("jana.wirth@fundament-partners.ch", "Jana Wirth", role="OPT-PARTICIPANT", rsvp=False)])
    return Item("teamtailor", cal([ev], "teamtailor", tz=TZ_ZURICH), uid, 1, "Fundament Partners",
                "Senior Bauherrenberater", "technical",
                "lukas.braendli@fundament-partners.ch;eva.sutter@fundament-partners.ch", "teamtailor-coordinator-de")


def d11() -> Item:
    uid = "sg-7719402-interview@softgarden.io"
    desc = ("Sehr geehrter Herr Baumann,\n\nvielen Dank für Ihr Interesse an der Alpinbau Graubünden AG. Hiermit "
            "bestätigen wir Ihren Termin für ein persönliches Gespräch.\n\nStelle: Gesamtprojektleiter (w/m/d) "
            "Hoch- und Tiefbau, Chur\nGesprächspartner: Gian Casutt, Vorsitzender der Geschäftsleitung\n\n"
            "Termin verschieben oder absagen: https://alpinbau.softgarden.io/appointment/7719402\n\nIhr "
            "Recruiting-Team der Alpinbau Graubünden AG")
    ev = vevent(uid, "20251013T100000", "20251013T113000",
                "Einladung zum Vorstellungsgespräch: Gesamtprojektleiter (w/m/d) Hoch- und Tiefbau", desc,
                "Alpinbau Graubünden AG, Kasernenstrasse 90, 7000 Chur",
                org("no-reply@softgarden.io", "Alpinbau Graubünden AG"), [att("gian.casutt@alpinbau-gr.ch",
                                                                              "Gian Casutt"), ME])
    return Item("softgarden", cal([ev], "softgarden", tz=TZ_ZURICH), uid, 1, "Alpinbau Graubünden",
                "Gesamtprojektleiter (w/m/d) Hoch- und Tiefbau", "", "gian.casutt@alpinbau-gr.ch", "softgarden-de")


def d12() -> Item:
    uid = "SF-RCM-INT-55190284@eoag.successfactors.eu"
    desc = ("Guten Tag Herr Baumann\n\nGerne bestätigen wir Ihnen den Interviewtermin für die Stelle "
            "Projektleiter Bau Kraftwerke (Job-ID 55190).\n\nInterviewpartner:\n- Martin Gfeller, Leiter "
            "Kraftwerksbau\n- Yvonne Aeschlimann, HR Business Partner\n\nBitte melden Sie sich am Empfang "
            "Hauptgebäude.\n\nEnergie Oberaargau AG (EOAG)\nHR Services")
    ev = vevent(uid, "20251014T080000Z", "20251014T093000Z",
                "Interviewtermin: Projektleiter Bau Kraftwerke", desc, "EOAG, Bahnhofstrasse 4, 4900 Langenthal",
                org("hr-services@eoag.ch", "EOAG HR Services"),
                [att("martin.gfeller@eoag.ch", "Martin Gfeller"), att("yvonne.aeschlimann@eoag.ch",
                                                                      "Yvonne Aeschlimann"), ME])
    return Item("successfactors", cal([ev], "successfactors"), uid, 1, "Energie Oberaargau",
                "Projektleiter Bau Kraftwerke", "hiring_manager", "martin.gfeller@eoag.ch;yvonne.aeschlimann@eoag.ch",
                "successfactors-utc-de")


def d13() -> Item:
    uid = "c5e0a7f2-3d41-4b6e-9b2f-a81e40d7c3b9@calendly.com"
    desc = ("Event-Typ: Telefoninterview (30 Min)\n\nEingeladen: Reto Baumann\nE-Mail: reto.baumann@bluewin.ch\n"
            "Telefon: +41 79 412 88 30\n\nNotizen: Mandat Gesamtprojektleiter Hochbau für unsere Auftraggeberin, die "
            "Kessler Totalunternehmung AG (Baden). Ich stelle Ihnen das Unternehmen kurz vor und wir besprechen "
            "Ihren Werdegang.\n\nNeu planen: https://calendly.com/reschedulings/c5e0a7f2\nAbsagen: "
            "https://calendly.com/cancellations/c5e0a7f2\n\nBaukader Personal AG – Kaderpositionen am Bau")
    ev = vevent(uid, "20250917T163000Z", "20250917T170000Z",
                "Telefoninterview zwischen Roger Fässler und Reto Baumann", desc,
                "Roger Fässler ruft an: +41 79 412 88 30", org("roger.faessler@baukader.ch", "Roger Fässler"),
                [att("roger.faessler@baukader.ch", "Roger Fässler", partstat="ACCEPTED", rsvp=False), ME])
    return Item("calendly", cal([ev], "calendly"), uid, 1, "Kessler Totalunternehmung", "Gesamtprojektleiter Hochbau",
                "recruiter_screen", "roger.faessler@baukader.ch", "calendly-agency-de")


def d14() -> Item:
    uid = "1r8fcp3kqv0n6u2s9h4m7bt5ea@google.com"
    ev = vevent(uid, "20250930T171500", "20250930T183000", "Gspröch Kessler TU (GPL-Stell) – mit em Roth",
                "Beat Roth = Leiter GU, wär mi Chef. Fässler (Baukader) isch nöd debii.\nMappe Projekt Hardturm "
                "mitnäh", "Kessler Totalunternehmung AG, Mellingerstrasse 20, Baden",
                org(ME_FREE, "Reto Baumann"))
    return Item("google", cal([ev], "google", method="PUBLISH", tz=TZ_ZURICH,
                              extra=["X-WR-CALNAME:reto.baumann@bluewin.ch", "X-WR-TIMEZONE:Europe/Zurich"]),
                uid, 1, "Kessler Totalunternehmung", "GPL", "hiring_manager", "beat roth", "handtyped-dialect-de")


def d15() -> Item:
    uid = "bookings-5f6e2c1a-84d9-4a3f-b0e7-11c92d5a6e40@stadt.winterthur.ch"
    desc = ("Ihr Termin wurde gebucht.\n\nDienst: Vorstellungsgespräch Projektleiter/in Hochbau (Amt für "
            "Städtebau)\nMitarbeitende: Reto Meili, Bereichsleiter Baurealisation; Aline Schoch, HR-Beraterin\n"
            "Ort: Superblock, Pionierstrasse 7, Sitzungszimmer 3.07\n\nStadt Winterthur\nDepartement Bau und "
            "Mobilität\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/StadtWinterthurHR@stadt."
            "winterthur.ch/bookings/")
    ev = vevent(uid, "20251016T133000", "20251016T143000", "Vorstellungsgespräch Projektleiter/in Hochbau", desc,
                "Superblock, Pionierstrasse 7, 8400 Winterthur", org("StadtWinterthurHR@stadt.winterthur.ch",
                                                                     "Stadt Winterthur HR"),
                [att("reto.meili@win.ch", "Reto Meili"), att("aline.schoch@win.ch", "Aline Schoch"), ME],
                tzid="W. Europe Standard Time")
    return Item("bookings", cal([ev], "bookings", tz=tz_windows()), uid, 1, "Stadt Winterthur",
                "Projektleiter/in Hochbau", "", "reto.meili@win.ch;aline.schoch@win.ch", "ms-bookings-de")


def d16() -> Item:
    uid = "0a1b9d3c84e24f6f93c8f06cd4ad8e51@nwinfra.webex.com"
    desc = ("Fachinterview Gesamtprojektleiter Tunnelbau\n\nTeilnehmende Nordwest Infra: Dr. Jürg Spiess "
            "(Leiter Untertagbau), Carla Hänggi (Projektleiterin Herzstück)\nKandidat: Reto Baumann\n\n" +
            webex("de", "2741 883 0192"))
    ev = vevent(uid, "20251020T150000", "20251020T160000", "Fachinterview GPL Tunnelbau – R. Baumann", desc,
                "Webex", org("juerg.spiess@nwinfra.ch", "Jürg Spiess"),
                [att("carla.haenggi@nwinfra.ch", "Carla Hänggi"), ME], tzid="W. Europe Standard Time",
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    return Item("webex", cal([ev], "outlook", tz=tz_windows()), uid, 1, "Nordwest Infra",
                "Gesamtprojektleiter Tunnelbau", "technical",
                "juerg.spiess@nwinfra.ch;carla.haenggi@nwinfra.ch", "webex-de")


def d17() -> Item:
    uid = "3pdl0a8s2r6fo9c1gk7mh4tn5b@google.com"
    ev = vevent(uid, "20250916T120000", "20250916T122000", "Telefoninterview Wyss Bau / R. Baumann",
                "Kurzes telefonisches Kennenlernen zur Stelle Projektleiter Baumeisterarbeiten.\nBarbara Wyss ruft "
                "Sie an.\n\nGebr. Wyss Bau AG, Personal", "Telefon (079 412 88 30)",
                org("b.wyss@wyss-bau.ch", "Barbara Wyss"),
                [att("b.wyss@wyss-bau.ch", "Barbara Wyss", partstat="ACCEPTED", rsvp=False), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Gebrüder Wyss Bau",
                "Projektleiter Baumeisterarbeiten", "recruiter_screen", "b.wyss@wyss-bau.ch", "phone-screen-de")


def d18() -> Item:
    uid = "AC-2025-11-aurora-baumann@aurora-anlagestiftung.ch"
    base = ("Assessment Center Leiter Immobilienprojekte\n\nTag 1: Fallstudie und Präsentation vor dem Gremium\n"
            "Tag 2: Interview mit Stiftungsratsausschuss und Feedback\n\nAssessorinnen: Dr. Miriam Oesch (Oesch "
            "HR Consulting), Philipp Zehnder (Geschäftsführer Aurora)\nKoordination: Sabrina Huwiler (nimmt nicht "
            "teil)")
    who = [att("miriam.oesch@oesch-hr.ch", "Dr. Miriam Oesch"),
           att("philipp.zehnder@aurora-anlagestiftung.ch", "Philipp Zehnder"), ME]
    o = org("sabrina.huwiler@aurora-anlagestiftung.ch", "Sabrina Huwiler")
    master = vevent(uid, "20251103T083000", "20251103T120000", "Assessment Center Aurora – R. Baumann", base,
                    "Aurora Anlagestiftung, Stauffacherstrasse 60, 8004 Zürich", o, who,
                    extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = vevent(uid, "20251104T130000", "20251104T163000", "Assessment Center Aurora – R. Baumann (Tag 2)",
                      base + "\n\nTag 2 neu am Nachmittag.",
                      "Aurora Anlagestiftung, Stauffacherstrasse 60, 8004 Zürich",
                      o, who, seq=1, extra=["RECURRENCE-ID;TZID=Europe/Zurich:20251104T083000"])
    return Item("recurring", cal([master, override], "outlook", tz=TZ_ZURICH), uid, 1, "Aurora Anlagestiftung",
                "Leiter Immobilienprojekte", "onsite",
                "miriam.oesch@oesch-hr.ch;philipp.zehnder@aurora-anlagestiftung.ch", "recurring-override-de")


def d19() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000D1C4A0E95E2BDC010000000000000000100000009C10"
    desc = ("Sehr geehrter Herr Baumann\n\nLeider müssen wir den Termin von morgen absagen, da Herr Brunner "
            "kurzfristig verhindert ist. Wir melden uns für einen neuen Termin.\n\nFreundliche Grüsse\nMonika "
            "Stalder, Brunner Totalunternehmung AG")
    ev = vevent(uid, "20251015T100000", "20251015T113000",
                "Abgesagt: Vorstellungsgespräch Projektleiter TU – Reto Baumann", desc,
                "Brunner Totalunternehmung AG, Bernstrasse 150, 3052 Zollikofen",
                org("monika.stalder@brunner-tu.ch", "Stalder, Monika"),
                [att("adrian.brunner@brunner-tu.ch", "Brunner, Adrian"), ME_CH],
                tzid="W. Europe Standard Time", seq=2, status="CANCELLED", extra=["PRIORITY:1"])
    return Item("outlook", cal([ev], "outlook", method="CANCEL", tz=tz_windows()), uid, 1,
                "Brunner Totalunternehmung", "Projektleiter TU", "", "adrian.brunner@brunner-tu.ch",
                "cancelled-de")


def d20() -> Item:
    uid = "040000008200E00074C5B7101A82E0080000000062B7C03F1130DC01000000000000000010000000E214"
    desc = ("Guten Tag Herr Baumann\n\nWie besprochen verschieben wir das Schlussgespräch mit der Geschäftsleitung "
            "auf den neuen Termin (ursprünglich 21.10.). Teilnehmende: Ivo Keller (CEO), Nicole Rüegg (Leiterin "
            "Generalunternehmung).\n\nFreundliche Grüsse\nSarah Egli, HR\nOGU Ostschweizer Generalunternehmung AG")
    ev = vevent(uid, "20251028T140000", "20251028T160000",
                "Schlussgespräch GL – Herr Baumann (NEUER TERMIN)", desc,
                "OGU, Zürcherstrasse 230, 9014 St. Gallen", org("sarah.egli@ogu.ch", "Egli, Sarah"),
                [att("ivo.keller@ogu.ch", "Keller, Ivo"), att("nicole.rueegg@ogu.ch", "Rüegg, Nicole"), ME_CH],
                tzid="W. Europe Standard Time", seq=3)
    return Item("outlook", cal([ev], "outlook", tz=tz_windows()), uid, 1, "OGU", "", "final",
                "ivo.keller@ogu.ch;nicole.rueegg@ogu.ch", "rescheduled-de")


def d21() -> Item:
    uid = "20251107-schnuppertag-gerberpartner@gerberpartner.ch"
    desc = ("Schnuppertag im Rahmen Ihrer Bewerbung als Projektleiter Bauherrenunterstützung.\n08:00 Begrüssung "
            "durch Daniel Gerber\n09:00 Baustellenbesuch Schulhaus Allmend mit Lea Moser\n13:30 Gespräch im Team\n"
            "16:30 Abschluss mit Daniel Gerber\n\nGerber + Partner AG, Ingenieure und Bauherrenberater")
    ev = vevent(uid, "20251107", "20251108", "Gerber + Partner – Schnuppertag R. Baumann", desc,
                "Gerber + Partner AG, Seestrasse 18, 8810 Horgen", org("daniel.gerber@gerberpartner.ch",
                                                                       "Daniel Gerber"),
                [att("lea.moser@gerberpartner.ch", "Lea Moser"), ME], extra=["X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"])
    return Item("allday", cal([ev], "outlook", tz=TZ_ZURICH), uid, 1, "Gerber + Partner",
                "Projektleiter Bauherrenunterstützung", "onsite",
                "daniel.gerber@gerberpartner.ch;lea.moser@gerberpartner.ch", "allday-trial-day-de")


def d22() -> Item:
    uid = "6hq9c2n0e4m1ja8r3tu7sd5kvb@google.com"
    desc = ("Lieber Herr Baumann\n\nDie Baukommission der WBG Sonnhalde freut sich auf das Gespräch zur Stelle "
            "Leiter Bau (80 %). Anwesend: Ruedi Gut (Präsident Baukommission), Vreni Imhof und Toni Bachmann.\n\n"
            "Mit genossenschaftlichen Grüssen\nRuedi Gut")
    ev = vevent(uid, "20251021T183000", "20251021T200000", "Gespräch WBG Sonnhalde – Stelle Leiter Bau", desc,
                "Gemeinschaftsraum Sonnhalde, Sonnhaldenstrasse 5, 8050 Zürich", org("ruedi.gut@gmx.ch", "Ruedi Gut"),
                [att("vreni.imhof@bluewin.ch", "Vreni Imhof"), att("toni.bachmann55@gmail.com", "Toni Bachmann"),
                 ME])
    return Item("google", cal([ev], "google", method="PUBLISH", tz=TZ_ZURICH,
                              extra=["X-WR-CALNAME:Baukommission", "X-WR-TIMEZONE:Europe/Zurich"]),
                uid, 1, "Wohnbaugenossenschaft Sonnhalde", "Leiter Bau", "",
                "ruedi.gut@gmx.ch;vreni.imhof@bluewin.ch;toni.bachmann55@gmail.com", "x-wr-timezone-freemail-board-de")


def d23() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000A6F2910B7C31DC0100000000000000001000000077E1"
    desc = ("Sehr geehrter Herr Baumann\n\nIch freue mich, Ihnen den Termin bei unserer Mandantin, der Transalp "
            "Tunnelbau AG, zu bestätigen. Gesprächspartner: Andrea Zgraggen (CEO) und Marco Arnold (Leiter "
            "Untertagbau). Ich begleite Sie, führe das Gespräch aber nicht.\n\nBeste Grüsse\nFelix Hürlimann\n"
            "Hürlimann Executive Search AG")
    ev = vevent(uid, "20251024T100000", "20251024T120000", "Präsentation Transalp Tunnelbau AG – GPL (Mandat 25-114)",
                desc, "Transalp Tunnelbau AG, Gotthardstrasse 14, 6460 Altdorf",
                org("felix.huerlimann@huerlimann-search.ch", "Hürlimann, Felix"),
                [att("andrea.zgraggen@transalp-tb.ch", "Zgraggen, Andrea"),
                 att("marco.arnold@transalp-tb.ch", "Arnold, Marco"), ME_CH], tzid=UTC_DE)
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_DE)), uid, 1, "Transalp Tunnelbau", "GPL", "onsite",
                "andrea.zgraggen@transalp-tb.ch;marco.arnold@transalp-tb.ch", "headhunter-names-employer-de")


def d24() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000B45E1D0F0232DC01000000000000000010000000ABCD"
    ev = vevent(uid, "20251027T073000", "20251027T090000", "Fachgespräch Projektleiter Stahlbau – R. Baumann",
                "Hallo Herr Baumann\n\nwie am Telefon abgemacht: Fachgespräch mit mir und unserem Chefkonstrukteur "
                "Samuel Frey. Treffpunkt Werk 2, Büro Montageleitung.\n\nGruss\nMichael Hunziker\nLeiter Montage\n"
                "Stahlbau Lenzburg AG", "Stahlbau Lenzburg AG, Werk 2, Industriestrasse 40, 5600 Lenzburg",
                org("m.hunziker@stahlbau-lenzburg.ch", "Hunziker, Michael"),
                [att("s.frey@stahlbau-lenzburg.ch", "Frey, Samuel"), ME_CH], tzid="W. Europe Standard Time")
    return Item("outlook", cal([ev], "outlook", tz=tz_windows()), uid, 1, "Stahlbau Lenzburg",
                "Projektleiter Stahlbau", "technical", "m.hunziker@stahlbau-lenzburg.ch;s.frey@stahlbau-lenzburg.ch",
                "direct-employee-de")


def d25() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000E0B7A6D21933DC01000000000000000010000000F001"
    desc = ("Auswahlgespräch Leiter/in Bauprojekte, Abteilung Immobilien\n\nFindungskommission:\n- Prof. Dr. "
            "Heidi Wenger, Direktorin Ressourcen\n- Oliver Bieri, Leiter Immobilien\n- Manuela Rohrer, HR\n"
            "Protokoll: Jasmin Koch (ohne Stimmrecht)\n\nHochschule Mittelland, Campus Olten")
    ev = vevent(uid, "20251029T100000", "20251029T113000", "Auswahlgespräch Leiter/in Bauprojekte – Baumann", desc,
                "Campus Olten, Gebäude B, B 2.04", org("manuela.rohrer@hs-mittelland.ch", "Rohrer, Manuela"),
                [att("heidi.wenger@hs-mittelland.ch", "Wenger, Heidi"), att("oliver.bieri@hs-mittelland.ch",
                                                                            "Bieri, Oliver"),
                 att("jasmin.koch@hs-mittelland.ch", "Koch, Jasmin", role="OPT-PARTICIPANT"), ME_CH,
                 att("raum-b204@hs-mittelland.ch", "B 2.04", role="NON-PARTICIPANT", cutype="RESOURCE", rsvp=False)],
                tzid="W. Europe Standard Time")
    return Item("outlook", cal([ev], "exchange", tz=tz_windows()), uid, 1, "Hochschule Mittelland",
                "Leiter/in Bauprojekte", "",
                "heidi.wenger@hs-mittelland.ch;oliver.bieri@hs-mittelland.ch;manuela.rohrer@hs-mittelland.ch",
                "outlook-panel-resource-de")


def d26() -> Item:
    uid = "040000008200E00074C5B7101A82E008000000001A2B3C4D5E34DC0100000000000000001000000011AA"
    desc = ("Sehr geehrter Herr Baumann\n\nGerne laden wir Sie zur zweiten Gesprächsrunde mit dem "
            "Kantonsbaumeister, Herrn Urs Landolt, ein.\n\nFreundliche Grüsse\nPetra Iten\nPersonalamt\n"
            "Kanton Zug – Baudirektion, Hochbauamt\n\n" + teams("de", "392 114 880 457", "pQ3tR8"))
    ev = vevent(uid, "20251030T160000", "20251030T170000", "2. Runde: Projektleiter/in Hochbau – Herr Baumann", desc,
                "Microsoft Teams-Besprechung", org("petra.iten@zg.ch", "Iten Petra"),
                [att("urs.landolt@zg.ch", "Landolt Urs"), ME_CH], tzid="W. Europe Standard Time")
    return Item("outlook", cal([ev], "outlook", tz=tz_windows()), uid, 1, "Kanton Zug", "Projektleiter/in Hochbau",
                "hiring_manager", "urs.landolt@zg.ch", "outlook-canton-de")


def d27() -> Item:
    uid = "5ba2t9e3q0l7pk1o4dm8cv6nfr@google.com"
    ev = vevent(uid, "20251011T090000", "20251011T103000", "Besprechung Stelle Bauführer / Projektleiter",
                "Grüezi Herr Baumann\nWie telefonisch abgemacht treffen wir uns am Samstag bei uns im Büro in "
                "Altdorf. Mein Sohn Pirmin ist auch dabei. Wir würden Ihnen gerne die Zgraggen Bau AG und unsere "
                "laufenden Projekte zeigen.\nGruss Josef Zgraggen", "Bahnhofstrasse 3, 6460 Altdorf",
                org("josef.zgraggen@gmx.ch", "Josef Zgraggen"), [att("pirmin.zgraggen@gmail.com", "Pirmin Zgraggen"),
                                                                 ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Zgraggen Bau",
                "Bauführer / Projektleiter", "hiring_manager", "josef.zgraggen@gmx.ch;pirmin.zgraggen@gmail.com",
                "owner-freemail-body-only-de")


def d28() -> Item:
    uid = "e8a41c7d-0b52-4f3a-8e19-5c2d70a3b6f1@calendly.com"
    desc = ("Event-Typ: Erstgespräch (30 Min)\nOrganisatorin: Martina Gasser, Seeland Holz AG\n\nEingeladen: Reto "
            "Baumann\nStelle: Projektleiter Holzbau/Elementbau\n\nOrt: Google Meet (Link folgt in separater "
            "Einladung)\n\nNeu planen: https://calendly.com/reschedulings/e8a41c7d\nAbsagen: "
            "https://calendly.com/cancellations/e8a41c7d\n\nPowered by Calendly.com")
    ev = vevent(uid, "20251008T070000Z", "20251008T073000Z", "Erstgespräch (30 Min) zwischen Martina Gasser und Reto "
                "Baumann", desc, "Google Meet", org("m.gasser@seelandholz.ch", "Martina Gasser"),
                [att("m.gasser@seelandholz.ch", "Martina Gasser", partstat="ACCEPTED", rsvp=False), ME])
    return Item("calendly", cal([ev], "calendly"), uid, 1, "Seeland Holz", "Projektleiter Holzbau/Elementbau",
                "recruiter_screen", "m.gasser@seelandholz.ch", "calendly-company-in-body-de")


ALL = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22,
       d23, d24, d25, d26, d27, d28]
