"""holdout80: the user's own interviews, part B (schedulers, Vorarlberg, Salzburg, Tyrol, Lower Austria)."""

from __future__ import annotations

from holdout80ev_ics import (
    GOOGLE_FOOTER_DE,
    H_EXCHANGE,
    H_GOOGLE,
    ME_CN,
    ME_FREE,
    WEST,
    Ev,
    att,
    calendar,
    esc,
    g_uid,
    meet_de,
    ol_uid,
    org,
    outlook_tail,
    teams_de,
    tz_olson,
    tz_windows,
    tzp,
    vevent,
)

VIE = "Europe/Vienna"
BER = "Europe/Berlin"


def _isarwerke() -> Ev:
    uid = ol_uid("isarwerke-bookings")
    ics = calendar(
        H_EXCHANGE,
        tz_windows(WEST),
        vevent(
            org("Isarwerke Service Karriere", "IsarwerkeServiceKarriere@isarwerke-service.de"),
            att(ME_CN, ME_FREE),
            att("Tobias Reindl", "tobias.reindl@isarwerke-service.de", part="ACCEPTED", rsvp=False),
            "DESCRIPTION;LANGUAGE=de-DE:" + esc("""
                Ihre Buchung bei Isarwerke Service Karriere ist bestätigt.

                Dienst: Bewerbungsgespräch Servicetechniker Wasserkraft (Video)
                Mitarbeiter: Tobias Reindl
                Dauer: 45 Minuten
                Name: Lukas Hofer
                Telefon: +43 664 3182740
                Anmerkungen: Lebenslauf liegt vor.

                Sie können Ihre Buchung jederzeit verwalten:
                https://outlook.office365.com/owa/calendar/IsarwerkeServiceKarriere@isarwerke-service.de/bookings/
                """, teams_de("355 809 112 764", "p2XyZ9")),
            f"UID:{uid}",
            "SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Servicetechniker Wasserkraft (Video) für Lukas Hofer",
            tzp("DTSTART", "20250422T130000", WEST), tzp("DTEND", "20250422T134500", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250414T081133Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
            *outlook_tail(alarm=False), "X-MICROSOFT-ISRESPONSEREQUESTED:FALSE",
        ),
    )
    return Ev("ms-bookings-de", ics, uid, 1, "Isarwerke Service", "Servicetechniker Wasserkraft", "",
              "tobias.reindl@isarwerke-service.de", forms="Isarwerke")


def _ssf() -> Ev:
    uid = "sr-int-1000187723-e51b@smartrecruiters.com"
    ics = calendar(
        ["PRODID:-//SmartRecruiters//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(BER),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250402T124417Z", tzp("DTSTART", "20250415T100000", BER),
            tzp("DTEND", "20250415T110000", BER),
            "SUMMARY:Technisches Interview: Inbetriebnahmetechniker Schienenfahrzeuge (m/w/d) – Schwaben "
            "Schienenfahrzeuge GmbH",
            "DESCRIPTION:" + esc("""
                Hallo Herr Hofer,

                hiermit bestätigen wir Ihr technisches Interview für die Position Inbetriebnahmetechniker
                Schienenfahrzeuge (m/w/d) am Standort Ulm.

                Interviewer:
                - Ralf Zeller, Leiter Inbetriebnahme
                - Aylin Koç, Elektrokonstruktion

                Format: Microsoft Teams, ca. 60 Minuten. Bitte halten Sie Stift und Papier bereit – wir sehen uns
                gemeinsam einen Stromlaufplan an.

                Viele Grüße
                Ihr SSF Recruiting-Team

                Powered by SmartRecruiters
                """, teams_de("317 664 208 159", "Rb8sQe")),
            "LOCATION:Microsoft Teams",
            org("SSF Talent Acquisition", "karriere@ssf-bahn.de"),
            att("Lukas Hofer", ME_FREE),
            att("Ralf Zeller", "ralf.zeller@ssf-bahn.de", rsvp=False, part="ACCEPTED"),
            att("Aylin Koç", "aylin.koc@ssf-bahn.de", rsvp=False, part="ACCEPTED"),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ),
    )
    return Ev("smartrecruiters-technical-de", ics, uid, 1, "Schwaben Schienenfahrzeuge",
              "Inbetriebnahmetechniker Schienenfahrzeuge", "technical", "ralf.zeller@ssf-bahn.de;aylin.koc@ssf-bahn.de",
              forms="SSF")


def _murtal() -> Ev:
    uid = "b4d1f2e0-64aa-4bd2-9a0f-1c3e7d55a912@calendly.com"
    ics = calendar(
        ["PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid}", "DTSTAMP:20250331T183045Z", "DTSTART:20250404T070000Z", "DTEND:20250404T073000Z",
            "SUMMARY:Telefoninterview Servicetechniker Windkraft (30 Min) zwischen Sandra Zach und Lukas Hofer",
            "DESCRIPTION:" + esc("""
                Ereignistyp: Telefoninterview Servicetechniker Windkraft (30 Min)

                Sandra Zach (Murtal Windpark Betriebs GmbH – Personal) ruft Sie unter folgender Nummer an:
                +43 664 3182740

                Notizen der eingeladenen Person:
                Bin ab 9 Uhr erreichbar, vorher auf der Baustelle.

                Änderungen an diesem Termin?
                Absagen: https://calendly.com/cancellations/b4d1f2e0-64aa-4bd2-9a0f-1c3e7d55a912
                Neu planen: https://calendly.com/reschedulings/b4d1f2e0-64aa-4bd2-9a0f-1c3e7d55a912

                Powered by Calendly.com
                """),
            "LOCATION:+43 664 3182740",
            org("Sandra Zach", "sandra.zach@murtalwind.at"),
            att("Lukas Hofer", ME_FREE, part="ACCEPTED", rsvp=False),
            "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE",
        ),
    )
    return Ev("calendly-phone-screen-de", ics, uid, 1, "Murtal Windpark", "Servicetechniker Windkraft",
              "recruiter_screen", "sandra.zach@murtalwind.at", forms="Murtal Windpark Betriebs")


def _pannonia() -> Ev:
    uid = "cal-booking-8kq2ZtR4vX1pLwD9mN3s"
    ics = calendar(
        ["PRODID:-//Cal.com Inc.//Cal.com Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid}", "DTSTAMP:20250403T161200Z", "DTSTART:20250407T160000Z", "DTEND:20250407T163000Z",
            "SUMMARY:Kennenlernen 30 Min between Attila Horváth and Lukas Hofer",
            "DESCRIPTION:" + esc("""
                Was: Kennenlernen 30 Min
                Veranstalter: Attila Horváth – a.horvath.pv@gmail.com
                Teilnehmer: Lukas Hofer – lukas.hofer97@gmx.at

                Zusätzliche Notizen:
                Servus Attila, danke für den Rückruf wegen der PV-Servicetechniker-Stelle bei Pannonia Solar, freu
                mich! Lukas

                Wo: Google Meet – https://meet.google.com/fqz-hwnd-kpe

                Buchung verwalten: https://cal.com/booking/8kq2ZtR4vX1pLwD9mN3s
                """),
            "LOCATION:https://meet.google.com/fqz-hwnd-kpe",
            org("Attila Horváth", "a.horvath.pv@gmail.com"),
            att("Lukas Hofer", ME_FREE, part="ACCEPTED", rsvp=False),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ),
    )
    return Ev("calcom-founder-freemail-de", ics, uid, 1, "Pannonia Solar", "PV-Servicetechniker", "",
              "a.horvath.pv@gmail.com", forms="Pannonia Solar Service")


def _rheintal() -> list[Ev]:
    uid1 = "workable-event-3c2b0a4e8d@rheintal-automation.workable.com"
    ics1 = calendar(
        ["PRODID:-//Workable//Workable Calendar//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250409T095108Z", tzp("DTSTART", "20250411T113000", VIE),
            tzp("DTEND", "20250411T120000", VIE),
            "SUMMARY:Telefoninterview mit Rheintal Automation GmbH",
            "DESCRIPTION:" + esc("""
                Hallo Lukas,

                vielen Dank für deine Bewerbung als Servicetechniker Automatisierung – Außendienst (m/w/d).
                Corinna Fessler aus unserem People-Team ruft dich zum vereinbarten Termin an.

                Bis bald!
                Rheintal Automation GmbH

                Bitte antworte nicht auf diese E-Mail. Powered by Workable
                """),
            "LOCATION:Telefonanruf",
            org("Rheintal Automation GmbH", "noreply@candidates.workablemail.com"),
            att("Lukas Hofer", ME_FREE),
            att("Corinna Fessler", "corinna.fessler@rheintal-automation.at", rsvp=False),
        ),
    )
    uid2 = ol_uid("rheintal-technik")
    ics2 = calendar(
        H_EXCHANGE,
        tz_windows(WEST),
        vevent(
            org("Fessler, Corinna", "corinna.fessler@rheintal-automation.at"),
            att(ME_CN, ME_FREE),
            att("Längle, Markus", "markus.laengle@rheintal-automation.at"),
            att("Fink, Dietmar", "dietmar.fink@rheintal-automation.at"),
            att("DO-Schulungsraum SPS-Labor", "do-sps-labor@rheintal-automation.at", cutype="ROOM",
                role="NON-PARTICIPANT", rsvp=False),
            "DESCRIPTION;LANGUAGE=de-AT:" + esc("""
                Hallo Herr Hofer,

                wie am Telefon besprochen laden wir Sie zum technischen Gespräch mit Praxisteil nach Dornbirn
                ein. Markus Längle (Leitung Service) und Dietmar Fink (Teamleiter Inbetriebnahme) sprechen mit
                Ihnen über Ihre Erfahrung mit Gebäudeleittechnik, anschließend gibt es eine kleine Aufgabe an
                einer Siemens S7-1500 im SPS-Labor (Fehlersuche, ca. 45 Min.).

                Die Reisekosten (Zug Wien–Dornbirn) übernehmen wir gerne.

                Liebe Grüße
                Corinna Fessler
                People & Culture
                """),
            f"UID:{uid2}",
            "SUMMARY;LANGUAGE=de-AT:Technisches Gespräch + Praxisteil SPS – L. Hofer",
            tzp("DTSTART", "20250423T100000", WEST), tzp("DTEND", "20250423T130000", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250414T130544Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Rheintal Automation\\, Färbergasse 17\\, 6850 Dornbirn",
            *outlook_tail(),
        ),
    )
    return [
        Ev("workable-phone-screen-de", ics1, uid1, 1, "Rheintal Automation",
           "Servicetechniker Automatisierung – Außendienst", "recruiter_screen",
           "corinna.fessler@rheintal-automation.at", forms=""),
        Ev("exchange-room-technical-de", ics2, uid2, 1, "Rheintal Automation", "", "technical",
           "markus.laengle@rheintal-automation.at;dietmar.fink@rheintal-automation.at"),
    ]


def _salzach() -> Ev:
    uid = "8A3F21C0D55E7B14C1258C6F003A9E21-Lotus_Notes_Generated"
    ics = calendar(
        ["X-LOTUS-CHARSET:UTF-8", "VERSION:2.0", "PRODID:-//HCL Software//NONSGML HCL Domino Mail V12.0//EN_C",
         "METHOD:REQUEST"],
        vevent(
            "DTSTART:20250416T063000Z", "DTEND:20250416T083000Z", "TRANSP:OPAQUE", "DTSTAMP:20250408T111405Z",
            "SEQUENCE:0",
            att("Lukas Hofer", ME_FREE),
            att("Peter Gschwandtner/Hallein/SalzachKabel", "peter.gschwandtner@salzachkabel.at"),
            "CLASS:PUBLIC",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                wir laden Sie zu einem Vor-Ort-Termin in unser Werk Hallein ein (Gespräch inkl. Werksrundgang).
                Ihre Gesprächspartner sind Ing. Robert Schnöll, Produktionsleiter, und Peter Gschwandtner,
                Elektromeister Instandhaltung.

                Stelle: Instandhaltungselektriker (Schichtbetrieb)

                Bitte melden Sie sich beim Portier am Tor 1.

                Mit freundlichen Grüßen
                Robert Schnöll
                Salzach Kabel GmbH
                """),
            "SUMMARY:Vor-Ort-Termin Instandhaltungselektriker (Schicht) – Salzach Kabel",
            "LOCATION:Salzach Kabel GmbH\\, Werk Hallein\\, Tor 1",
            org("Robert Schnöll/Hallein/SalzachKabel", "robert.schnoell@salzachkabel.at"),
            f"UID:{uid}",
            "X-LOTUS-BROADCAST:FALSE", "X-LOTUS-NOTESVERSION:2", "X-LOTUS-NOTICETYPE:I", "X-LOTUS-APPTTYPE:3",
            "X-LOTUS-UPDATE-SEQ:1", "X-LOTUS-UPDATE-WISL:$S:1;$L:1;$B:1;$R:1;$E:1;$W:1;$O:1;$M:1",
        ),
    )
    return Ev("domino-utc-onsite-de", ics, uid, 1, "Salzach Kabel", "Instandhaltungselektriker", "onsite",
              "robert.schnoell@salzachkabel.at;peter.gschwandtner@salzachkabel.at", forms="")


def _bbs() -> list[Ev]:
    uid1 = g_uid("bbs-erst")
    ics1 = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART:20250429T113000Z", "DTEND:20250429T120000Z", "DTSTAMP:20250424T090217Z",
            org("Theresa Klotz", "theresa.klotz@bbs-tirol.at"), f"UID:{uid1}",
            att("Lukas Hofer", ME_FREE, quote=False).replace("CN=Lukas Hofer", "CUTYPE=INDIVIDUAL;CN=Lukas Hofer"),
            att("Theresa Klotz", "theresa.klotz@bbs-tirol.at", part="ACCEPTED", rsvp=True)
            .replace("CN=Theresa Klotz", "CUTYPE=INDIVIDUAL;CN=Theresa Klotz"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/wtr-ovbn-ask",
            "CREATED:20250424T090215Z",
            "DESCRIPTION:" + esc("""
                Hallo Herr Hofer,

                wie vereinbart unser erstes Gespräch zur Stelle Elektrotechniker Fahrleitung / Bahnstrom in
                Innsbruck. Ich stelle Ihnen kurz die BBS vor und wir klären Verfügbarkeit, Bereitschaftsdienst und
                Gehaltsvorstellung.

                Schöne Grüße aus Innsbruck
                Theresa Klotz
                Personal | Brenner Bahnservice GmbH
                """, meet_de("wtr-ovbn-ask"), GOOGLE_FOOTER_DE),
            "LAST-MODIFIED:20250424T090217Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Erstgespräch Elektrotechniker Fahrleitung – Lukas Hofer", "TRANSP:OPAQUE",
        ),
    )
    uid2 = ol_uid("bbs-fach")
    ics2 = calendar(
        ["PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            f"UID:{uid2}", "SUMMARY:Fachgespräch Fahrleitung – Hofer / Rieder / Spiss",
            tzp("DTSTART", "20250508T130000", VIE), tzp("DTEND", "20250508T143000", VIE),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250502T071902Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION:BBS Meisterei Innsbruck-Hötting\\, Bahnhofstraße 4 (hinter Stellwerk)",
            "DESCRIPTION:" + esc("""
                Grüß Gott Herr Hofer,

                nach dem Erstgespräch mit Fr. Klotz möchten wir uns fachlich austauschen: Fahrleitungsanlagen
                15 kV, Erdung, Schalthandlungen, Arbeiten unter Bahnbetrieb. Teilnehmer: Anton Rieder
                (Fahrleitungsmeister) und Manfred Spiss (Bereichsleiter Bahnstrom).

                Bitte Ausweis mitbringen, für den Gang zur Anlage gibt es Warnweste und Helm bei uns.

                Grüße
                Anton Rieder
                """),
            org("Anton Rieder", "anton.rieder@bbs-tirol.at"),
            att("Lukas Hofer", ME_FREE),
            att("Manfred Spiss", "manfred.spiss@bbs-tirol.at"),
            "BEGIN:VALARM", "TRIGGER:-PT30M", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung", "END:VALARM",
        ),
    )
    return [
        Ev("google-meet-screen-de", ics1, uid1, 1, "Brenner Bahnservice", "Elektrotechniker Fahrleitung / Bahnstrom",
           "recruiter_screen", "theresa.klotz@bbs-tirol.at", forms="BBS"),
        Ev("outlook-mac-technical-de", ics2, uid2, 1, "Brenner Bahnservice", "", "technical",
           "anton.rieder@bbs-tirol.at;manfred.spiss@bbs-tirol.at"),
    ]


def _mostviertel() -> list[Ev]:
    uid1 = g_uid("me-rueckruf")
    ics1 = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "X-WR-CALNAME:Lukas privat", "X-WR-TIMEZONE:Europe/Vienna"],
        tz_olson(VIE),
        vevent(
            tzp("DTSTART", "20250414T163000", VIE), tzp("DTEND", "20250414T170000", VIE),
            "DTSTAMP:20250410T201455Z", f"UID:{uid1}", "CREATED:20250410T201430Z",
            "DESCRIPTION:" + esc("""
                sie ruft an (0732 …)
                Gehaltsvorstellung überlegen!! ~2.900 brutto? Bereitschaft fragen
                """),
            "LAST-MODIFIED:20250410T201455Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Rückruf Fr. Haider Mostviertel Energie – Tel.interview Netzmonteur", "TRANSP:OPAQUE",
        ),
    )
    uid2 = "rexx-appointment-2025-031-1187@mostviertel-energie.at"
    ics2 = calendar(
        ["PRODID:-//rexx systems GmbH//rexx Recruitment//DE", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            f"UID:{uid2}", "DTSTAMP:20250417T082210Z", tzp("DTSTART", "20250506T100000", VIE),
            tzp("DTEND", "20250506T110000", VIE),
            "SUMMARY:Einladung zum Vorstellungsgespräch – Netzmonteur Strom (m/w/d)\\, Kennziffer 2025-031",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                wir bedanken uns für das angenehme Telefonat und laden Sie zu einem persönlichen Gespräch ein.

                Ort: Mostviertel Energie AG, Netzservicecenter Amstetten, Waidhofner Straße 40, 3300 Amstetten
                Gesprächspartner: Ing. Harald Pöchhacker (Leiter Netzservice), Birgit Haider (Personal)

                Bitte bringen Sie Ihre Zeugnisse im Original mit.

                Mit freundlichen Grüßen
                Personalabteilung
                Mostviertel Energie AG
                """),
            "LOCATION:Netzservicecenter Amstetten\\, Waidhofner Straße 40",
            org("Mostviertel Energie AG – Personal", "bewerbung@mostviertel-energie.at"),
            att("Hofer Lukas", ME_FREE),
            att("Pöchhacker Harald", "harald.poechhacker@mostviertel-energie.at", rsvp=False),
            att("Haider Birgit", "birgit.haider@mostviertel-energie.at", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    return [
        Ev("handtyped-phone-screen-de", ics1, uid1, 1, "Mostviertel Energie", "Netzmonteur", "recruiter_screen",
           "Haider", forms=""),
        Ev("rexx-onsite-de", ics2, uid2, 1, "Mostviertel Energie", "Netzmonteur Strom", "",
           "harald.poechhacker@mostviertel-energie.at;birgit.haider@mostviertel-energie.at"),
    ]


def events() -> list[Ev]:
    return [_isarwerke(), _ssf(), _murtal(), _pannonia(), *_rheintal(), _salzach(), *_bbs(), *_mostviertel()]
