"""holdout80: negatives that are not the user's job interviews, part A (practice, media, personal, Feuerwehr)."""

from __future__ import annotations

from holdout80ev_ics import (
    GOOGLE_FOOTER_DE,
    H_GOOGLE,
    ME_CN,
    ME_FREE,
    ME_WORK,
    Ev,
    apple_own,
    att,
    calendar,
    esc,
    g_uid,
    google_own,
    meet_en,
    ol_event,
    org,
    tz_olson,
    tzp,
    vevent,
    zoom_de,
)

VIE = "Europe/Vienna"


def _practice() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = apple_own("mock-sandra", "Übungs-VG mit Sandra (spielt HR) – Fragen Tauern Netz", "20250330T180000",
                         "20250330T193000", """
        Sandra fragt wie echte Personalerin: Stärken/Schwächen, warum weg von WHT, Gehalt
        danach Pizza
        """, "bei Sandra")
    out.append(Ev("mock-de", ics, uid, 0))
    uid = g_uid("mock-en-speakup")
    ics = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART:20250326T170000Z", "DTEND:20250326T180000Z", "DTSTAMP:20250320T101500Z",
            org("Rachel Clarke", "r.clarke@speakup-sprachinstitut.at"), f"UID:{uid}",
            att("Lukas Hofer", ME_FREE),
            "DESCRIPTION:" + esc("""
                Hi Lukas,

                for our next Business English lesson we'll do a mock job interview in English – I'll be the
                interviewer for a "Field Service Engineer" role. Bring your CV and think about two stories from
                your work (a difficult customer, a fault you found).

                See you, Rachel
                Speak Up Sprachinstitut Wien
                """, meet_en("vzn-pqro-ekt")),
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Business English 1:1 – mock job interview (Lukas)", "TRANSP:OPAQUE",
        ),
    )
    out.append(Ev("mock-en", ics, uid, 0))
    uid = "webinar-88120417@technikjobs.at"
    ics = calendar(
        ["PRODID:-//Zoom Video Communications//Zoom Webinar//DE", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250310T090000Z", tzp("DTSTART", "20250320T190000", VIE),
            tzp("DTEND", "20250320T200000", VIE),
            "SUMMARY:Webinar: Das Vorstellungsgespräch für Techniker:innen – so überzeugst du",
            "DESCRIPTION:" + esc("""
                Hallo Lukas,

                danke für deine Anmeldung zum kostenlosen Webinar von technikjobs.at!
                Themen: typische Fragen im Vorstellungsgespräch, Gehaltsverhandlung für Fachkräfte,
                Fachfragen souverän beantworten. Referentin: Mag. Karin Lechner, Karrierecoach.
                """, zoom_de("812 0417 5530", "aHJ0V1dQcXlNZ0E5cGFQdz09", "tech25")),
            "LOCATION:Zoom Webinar",
            org("technikjobs.at Webinare", "no-reply@zoom.us"),
            att(ME_CN, ME_FREE),
        ),
    )
    out.append(Ev("webinar-de", ics, uid, 0))
    uid, ics = google_own("bz-simmering-modul2", "Bewerbungstraining Modul 2 – Das Vorstellungsgespräch",
                          "20250317T163000Z", "20250317T193000Z", """
        Kurs Bildungszentrum Simmering, Raum 2.14
        Rollenspiele mit Video, Unterlagen Modul 1 mitnehmen
        """, "Bildungszentrum Simmering\\, Simmeringer Hauptstraße 96")
    out.append(Ev("class-de", ics, uid, 0))
    uid, ics = ol_event("ausbilderakademie", "Schulung: Strukturierte Auswahlgespräche für Lehrlingsausbilder:innen",
                        "20250227T090000", "20250227T163000", org("Ausbilderakademie WK Wien",
                                                                  "ausbilderakademie@wkw-bildung.at"),
                        [att(ME_CN, ME_WORK)], """
        Sehr geehrte Teilnehmerinnen und Teilnehmer,

        wir bestätigen Ihre Anmeldung zum Seminar "Strukturierte Auswahlgespräche führen". Inhalte: Interviewleitfaden,
        Beurteilungsfehler, rechtliche Rahmenbedingungen (Gleichbehandlungsgesetz), Übungen in Kleingruppen.

        Ihre Ausbilderakademie
        """, "Seminarzentrum Währinger Gürtel\\, Raum 4")
    out.append(Ev("class-interviewer-training-de", ics, uid, 0))
    return out


def _media() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = apple_own("bz-interview", "Interview Bezirkszeitung – Hochwassereinsatz FF", "20250318T181500",
                         "20250318T190000", """
        Redakteurin Fr. Pichler ruft an bzw. kommt ins Zeughaus, Fotos mit der Mannschaft.
        Kommandant hat ok gegeben. Zahlen vom Einsatzbericht September mitnehmen.
        """, "Zeughaus FF")
    out.append(Ev("press-de", ics, uid, 0))
    uid, ics = ol_event("podcast-lehre", "Podcast „Lehre mit Zukunft“ – Interviewaufnahme mit Lukas Hofer",
                        "20250410T150000", "20250410T160000", org("Tanja Berger", "tanja.berger@lehre-mit-zukunft.at"),
                        [att(ME_CN, ME_WORK)], """
        Hallo Lukas,

        danke, dass du als Lehrlingsausbilder bei unserer Podcast-Folge über Elektro-Lehrberufe dabei bist! Das
        Interview dauert ca. 40 Minuten, wir nehmen in unserem Studio in der Gumpendorfer Straße auf. Fragen schicke
        ich dir vorab.

        Liebe Grüße
        Tanja
        """, "Studio Gumpendorfer Straße 63")
    out.append(Ev("podcast-de", ics, uid, 0))
    uid = "fieldly-ux-5820114@calendly.com"
    ics = calendar(
        ["PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid}", "DTSTAMP:20250325T120000Z", "DTSTART:20250402T160000Z", "DTEND:20250402T164500Z",
            "SUMMARY:User interview: field service app (45 min) between Mia Sorensen and Lukas Hofer",
            "DESCRIPTION:" + esc("""
                Event type: User interview – field service technicians (45 min)

                Thanks for helping us improve Fieldly! We'll ask about how you plan service jobs, document
                maintenance and talk to customers. No preparation needed. As a thank-you you'll receive a
                EUR 50 voucher.

                Location: https://meet.google.com/kub-ywds-zfe

                Powered by Calendly.com
                """),
            "LOCATION:https://meet.google.com/kub-ywds-zfe",
            org("Mia Sorensen", "mia@fieldly.io"),
            att("Lukas Hofer", ME_FREE, part="ACCEPTED", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    out.append(Ev("user-research-en", ics, uid, 0))
    return out


def _personal() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = google_own("amed-donauwerk", "Arbeitsmedizinische Eignungsuntersuchung – Donauwerk",
                          "20250612T060000Z", "20250612T073000Z", """
        Einstellungsuntersuchung (Höhentauglichkeit, Seh-/Hörtest) beim AMZ Wien, Rudolfsplatz 12
        nüchtern kommen! e-card + Brille mit
        """, "AMZ Wien\\, Rudolfsplatz 12")
    out.append(Ev("pre-employment-medical-de", ics, uid, 0))
    uid, ics = apple_own("zahnarzt", "Zahnarzt Dr. Wieser – Kontrolle", "20250321T073000", "20250321T080000",
                         "e-card!", "Ordination Dr. Wieser\\, Quellenstraße 88")
    out.append(Ev("dentist-de", ics, uid, 0))
    uid = "termin-88421-ordination-wieser@doctena.at"
    ics = calendar(
        ["PRODID:-//Doctena//Online-Terminbuchung//DE", "VERSION:2.0", "METHOD:CANCEL"],
        tz_olson(VIE, lic=False),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250512T081000Z", tzp("DTSTART", "20250514T161500", VIE),
            tzp("DTEND", "20250514T170000", VIE), "SUMMARY:Abgesagt: Mundhygiene – Ordination Dr. Wieser",
            "DESCRIPTION:" + esc("""
                Ihr Termin (Mundhygiene) wurde von der Ordination abgesagt. Bitte buchen Sie online einen neuen
                Termin.
                """),
            "STATUS:CANCELLED", "SEQUENCE:1", org("Ordination Dr. Wieser", "ordination.wieser@doctena.at"),
            att(ME_CN, ME_FREE),
        ),
    )
    out.append(Ev("dentist-cancelled-de", ics, uid, 0))
    uid, ics = google_own("ams-fks", "AMS Termin – Beratung Fachkräftestipendium", "20250304T080000Z",
                          "20250304T083000Z", """
        AMS Wien Favoriten, Laxenburger Str. 18, Beraterin Fr. Stojanović
        Unterlagen: Meldezettel, Lohnzettel, Kursbestätigung Werkmeisterschule
        """, "AMS Favoriten")
    out.append(Ev("ams-de", ics, uid, 0))
    uid, ics = apple_own("bank-kredit", "Bank – Wohnkredit Beratung Hr. Schmid", "20250325T170000",
                         "20250325T180000", "Gehaltszettel 3 Monate, Kontoauszüge, Angebot Wohnung Simmering",
                         "Filiale Simmeringer Hauptstraße")
    out.append(Ev("bank-de", ics, uid, 0))
    uid, ics = apple_own("reisepass", "Reisepass beantragen – MBA 11", "20250402T071500", "20250402T074500",
                         "Foto! alter Pass, Geburtsurkunde", "Magistratisches Bezirksamt 11\\, Enkplatz 2")
    out.append(Ev("passport-de", ics, uid, 0))
    return out


def _feuerwehr() -> list[Ev]:
    uid1, ics1 = google_own("ff-atemschutz", "FF Übung Atemschutz – Zeughaus", "20250311T173000Z",
                            "20250311T200000Z", """
        Atemschutzübung Gruppe 2, Brandhaus. PA-Flaschen checken.
        """, "Zeughaus FF")
    uid2 = g_uid("ff-bereitschaft")
    ics2 = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
         "X-WR-CALNAME:Feuerwehr", "X-WR-TIMEZONE:Europe/Vienna"],
        tz_olson(VIE),
        vevent(
            tzp("DTSTART", "20250305T180000", VIE), tzp("DTEND", "20250305T220000", VIE),
            "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20250625T160000Z", "DTSTAMP:20250226T200000Z", f"UID:{uid2}",
            "CREATED:20250226T195800Z", "DESCRIPTION:" + esc("Bereitschaft / Dienstabend, Pager mit!"),
            "LOCATION:Zeughaus FF", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:FF Dienstabend + Bereitschaft",
            "TRANSP:OPAQUE",
        ),
    )
    uid3 = g_uid("bs-ausbildertreffen")
    ics3 = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART:20250409T060000Z", "DTEND:20250409T120000Z", "DTSTAMP:20250401T080000Z",
            org("Direktion BS Elektrotechnik", "direktion@bs-elektro-wien.at"), f"UID:{uid3}",
            att("Lukas Hofer", ME_WORK),
            "DESCRIPTION:" + esc("""
                Sehr geehrte Lehrlingsausbilderinnen und Lehrlingsausbilder,

                wir laden Sie zum Ausbildertag an der Berufsschule ein: Unterrichtsbesuch bei Ihren Lehrlingen
                (2. und 3. Klassen), Informationen zur neuen Ausbildungsordnung und Austausch mit den
                Fachlehrer:innen.

                Die Direktion
                """, GOOGLE_FOOTER_DE),
            "LOCATION:Berufsschule für Elektrotechnik\\, Mollardgasse\\, 1060 Wien", "SEQUENCE:0",
            "STATUS:CONFIRMED", "SUMMARY:Ausbildertag Berufsschule Elektrotechnik", "TRANSP:OPAQUE",
        ),
    )
    return [
        Ev("feuerwehr-de", ics1, uid1, 0),
        Ev("feuerwehr-recurring-de", ics2, uid2, 0),
        Ev("berufsschule-trainer-de", ics3, uid3, 0),
    ]


def events() -> list[Ev]:
    return [*_practice(), *_media(), *_personal(), *_feuerwehr()]
