"""holdout80: negatives with the user on the hiring side at Wien Haustechnik GmbH (apprentices, technicians)."""

from __future__ import annotations

from holdout80ev_ics import (
    H_APPLE,
    H_EXCHANGE,
    H_GOOGLE,
    H_OUTLOOK,
    ME_CN,
    ME_WORK,
    WEST,
    Ev,
    apple_uid,
    att,
    calendar,
    esc,
    g_uid,
    ol_event,
    ol_uid,
    org,
    outlook_tail,
    teams_en,
    teams_fr,
    tz_olson,
    tz_windows,
    tzp,
    vevent,
)

VIE = "Europe/Vienna"
REITER = ("Reiter, Martin", "m.reiter@wienhaustechnik.at")
HR = ("Fröhlich, Daniela", "d.froehlich@wienhaustechnik.at")
ADDR = "Wien Haustechnik GmbH\\, Laxenburger Straße 120\\, 1100 Wien"


def _personio() -> list[Ev]:
    uid1 = "personio-interview-0c44e1b9-2f7d-4a88-b3d1-wht-55102"
    ics1 = calendar(
        ["PRODID:-//Personio GmbH//Personio Recruiting//DE", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250312T101010Z", tzp("DTSTART", "20250319T130000", VIE),
            tzp("DTEND", "20250319T140000", VIE),
            "SUMMARY:Interview: Dominik Aigner – Servicetechniker HKLS (m/w/d)",
            "DESCRIPTION:" + esc("""
                Hallo Martin, hallo Lukas,

                ihr seid als Interviewer für folgendes Gespräch eingetragen:

                Kandidat: Dominik Aigner
                Stelle: Servicetechniker HKLS (m/w/d)
                Ort: Wien Haustechnik, Besprechungsraum Favoriten

                Lebenslauf und Bewertungsbogen findet ihr im Personio-Profil:
                https://wienhaustechnik.personio.de/recruiting/applications/5510217

                Bitte füllt den Bewertungsbogen bis spätestens einen Tag nach dem Gespräch aus.
                Danke! Daniela
                """),
            "LOCATION:Besprechungsraum Favoriten",
            org("Daniela Fröhlich", HR[1]),
            att("Martin Reiter", REITER[1]), att(ME_CN, ME_WORK),
            att("Dominik Aigner", "dominik.aigner@gmx.net"),
            "STATUS:CONFIRMED",
        ),
    )
    uid2, ics2 = ol_event("scorecard-aigner", "Bewertung abgeben – D. Aigner (Personio)", "20250320T073000",
                     "20250320T080000", org(ME_CN, ME_WORK), [], """
        Bewertungsbogen Personio ausfüllen: Fachwissen HKLS, Kundenkontakt, Führerschein B ok?
        Eindruck: solide, wenig Erfahrung mit Regelungstechnik.
        """, with_html=False)
    return [
        Ev("user-as-interviewer-personio-de", ics1, uid1, 0),
        Ev("user-as-interviewer-scorecard-de", ics2, uid2, 0),
    ]


def _handtyped() -> list[Ev]:
    uid1 = apple_uid("vg-lehrling-emir")
    ics1 = calendar(
        H_APPLE, tz_olson(VIE, lic=False),
        vevent(
            "CREATED:20250306T200114Z", tzp("DTEND", "20250311T150000", VIE), tzp("DTSTART", "20250311T140000", VIE),
            "DTSTAMP:20250306T200130Z", "LOCATION:Werkstatt", "SEQUENCE:0",
            "SUMMARY:VG Lehrling Elektro – Emir K. 14:00 Werkstatt", f"UID:{uid1}",
            "DESCRIPTION:" + esc("""
                Mappe + Aufnahmetest-Blatt vorbereiten
                Vater kommt mit
                Zeugnis 4. Klasse MS fehlt noch -> nachreichen lassen
                """),
            "TRANSP:OPAQUE",
        ),
    )
    uid2 = g_uid("tel-selin")
    ics2 = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "X-WR-CALNAME:Lukas Arbeit", "X-WR-TIMEZONE:Europe/Vienna"],
        vevent(
            "DTSTART:20250402T100000Z", "DTEND:20250402T102000Z", "DTSTAMP:20250401T151200Z", f"UID:{uid2}",
            "DESCRIPTION:" + esc("""
                Bewerberin Lehrstelle Kälteanlagentechnik, über AMS. Tel 0676 554 21 88
                fragen: Schnuppertage? Führerschein-Pläne? Mathe-Note
                """),
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Tel. Bewerberin Selin Demir anrufen (Lehrstelle Kälte)", "TRANSP:OPAQUE",
        ),
    )
    uid3, ics3 = ol_event("leitfaden-lehrlinge", "Interviewleitfaden Lehrlingsgespräche überarbeiten",
                          "20250305T130000", "20250305T150000", org(ME_CN, ME_WORK), [], """
        Fragen neu (Motivation, Praxis, Teamarbeit), Bewertungsbogen 1-5 statt Ja/Nein.
        Mit Martin abstimmen, dann an Daniela für Personio.
        """, with_html=False)
    return [
        Ev("user-as-interviewer-notes-de", ics1, uid1, 0),
        Ev("user-as-interviewer-phone-de", ics2, uid2, 0),
        Ev("user-as-interviewer-kit-de", ics3, uid3, 0),
    ]


def _outlook_side() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = ol_event("aufnahmetest-2025", "Lehrlings-Aufnahmetest 2025 – Aufsicht + Kurzgespräche",
                        "20250314T080000", "20250314T130000", org(*HR), [att(ME_CN, ME_WORK), att(*REITER)], """
        Hallo Lukas, hallo Martin,

        beim Aufnahmetest am 14.03. sind 11 Bewerber:innen angemeldet. Ablauf: 08:00 schriftlicher Test
        (Mathe, Elektro-Grundlagen, Logik), 10:00 praktische Aufgabe in der Lehrwerkstatt, ab 11:00
        Kurzgespräche (je 10 Min.). Bitte teilt euch die Gespräche auf.

        Danke, Daniela
        """, "Lehrwerkstatt")
    out.append(Ev("user-as-interviewer-aptitude-test-de", ics, uid, 0))
    uid, ics = ol_event("debrief-lehrlinge", "Nachbesprechung Lehrlingsauswahl – 3 aus 11", "20250318T143000",
                   "20250318T153000", org(*REITER), [att(ME_CN, ME_WORK), att(*HR)], """
        Bitte Bewertungsbögen vom Aufnahmetest und den Gesprächen mitbringen. Ziel: 3 Zusagen,
        2 auf die Warteliste.
        """, "Büro Reiter")
    out.append(Ev("user-as-interviewer-debrief-de", ics, uid, 0))
    uid, ics = ol_event("hearing-objektbetreuung", "Hearing Techniker Objektbetreuung – Kommission", "20250408T090000",
                   "20250408T124500", org("Haslinger, Peter", "p.haslinger@wienhaustechnik.at"),
                   [att(ME_CN, ME_WORK), att(*REITER), att("Gruber, Sabine (BR)", "s.gruber@wienhaustechnik.at"),
                    att("Besprechungsraum 2. OG", "br-2og@wienhaustechnik.at", cutype="ROOM", role="NON-PARTICIPANT",
                        rsvp=False)], """
        Kommission: P. Haslinger (GF), M. Reiter, L. Hofer (Fachvertretung Service), S. Gruber (Betriebsrat)

        Kandidat:innen:
        09:00 Fr. Ivana Marković
        10:15 Hr. Tobias Schwaiger
        11:30 Hr. Patrick Ebner

        Bewertungsbögen liegen im Raum auf.
        """, "Besprechungsraum 2. OG")
    out.append(Ev("user-as-interviewer-panel-de", ics, uid, 0))
    uid, ics = ol_event("shadowing-reiter", "Shadowing: Bewerbungsgespräch Lehrling – mit Martin", "20250321T100000",
                   "20250321T110000", org(*REITER), [att(ME_CN, ME_WORK)], """
        Lukas, du sitzt einfach dabei und schaust zu – ab Herbst führst du die Lehrlingsgespräche selbst.
        Kandidatin: Sophie Hammer (Elektrotechnik – Gebäudetechnik), kommt mit ihrer Mutter.
        """, "Büro Reiter")
    out.append(Ev("user-as-interviewer-shadowing-de", ics, uid, 0))
    uid, ics = ol_event("vg-leitner", "Vorstellungsgespräch Servicetechniker Kälte – Hr. Jonas Leitner",
                   "20250415T100000", "20250415T110000", org(ME_CN, ME_WORK),
                   [att("Jonas Leitner", "jonas.leitner.95@outlook.com"), att(*REITER)], """
        Sehr geehrter Herr Leitner,

        vielen Dank für Ihre Bewerbung als Servicetechniker Kälte. Wir freuen uns, Sie zu einem persönlichen
        Gespräch einzuladen. Bitte melden Sie sich am Empfang im Erdgeschoß.

        Mit freundlichen Grüßen
        Lukas Hofer
        Service / Lehrlingsausbildung
        Wien Haustechnik GmbH
        """, ADDR)
    out.append(Ev("user-as-interviewer-organizer-de", ics, uid, 0))
    uid, ics = ol_event("probetag-novak", "Probetag Hr. Novak (Bewerber Servicetechniker) – Baustelle Seestadt",
                   "20250424T070000", "20250424T153000", org(*REITER), [att(ME_CN, ME_WORK)], """
        Lukas, nimmst du Hrn. Marek Novak am Donnerstag mit auf die Seestadt (BT C, Lüftungszentrale)?
        PSA bekommt er vom Lager. Feedback bitte bis Freitag an mich – passt er ins Team, wie arbeitet er?
        Martin
        """, "Seestadt Aspern\\, BT C")
    out.append(Ev("user-as-interviewer-trial-day-de", ics, uid, 0))
    uid, ics = ol_event("zweitgespraech-hasanovic", "Zweitgespräch Fr. Hasanović (Elektrotechnikerin) – mit GF",
                   "20250507T140000", "20250507T150000", org(*HR),
                   [att(ME_CN, ME_WORK), att("Haslinger, Peter", "p.haslinger@wienhaustechnik.at"),
                    att("Amra Hasanović", "amra.hasanovic@gmail.com"),
                    att("Besprechungsraum 2. OG", "br-2og@wienhaustechnik.at", cutype="ROOM", role="NON-PARTICIPANT",
                        rsvp=False)], """
        Zweitgespräch mit Fr. Amra Hasanović, Bewerberin Elektrotechnikerin Service.
        Teilnehmer: Peter Haslinger (GF), Lukas Hofer (Fachfragen), Daniela Fröhlich (HR).
        Unterlagen im Personio-Profil.
        """, "Besprechungsraum 2. OG")
    out.append(Ev("user-as-interviewer-second-round-de", ics, uid, 0))
    uid, ics = ol_event("ams-speeddating", "Lehrstellen-Speeddating AMS – Stand Wien Haustechnik (Kurzinterviews)",
                   "20250416T090000", "20250416T130000", org(*HR), [att(ME_CN, ME_WORK)], """
        Lukas, du betreust mit mir den Stand beim AMS-Lehrstellen-Speeddating (AMS Jugendliche, Neubaugasse).
        Pro Jugendlichem 8 Minuten Kurzinterview, Notizen auf dem Bogen. Flyer + Roll-up nehme ich mit.
        """, "AMS Jugendliche\\, Neubaugasse 43\\, 1070 Wien")
    out.append(Ev("user-as-interviewer-speeddating-de", ics, uid, 0))
    return out


def _external() -> list[Ev]:
    uid1 = "b71f0d2c-5a93-47e1-9c08-3e6d4a2f1b57@calendly.com"
    ics1 = calendar(
        ["PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250325T170402Z", "DTSTART:20250401T143000Z", "DTEND:20250401T150000Z",
            "SUMMARY:Kennenlernen Lehrstelle Elektrotechnik zwischen Lukas Hofer und Leonie Brandl",
            "DESCRIPTION:" + esc("""
                Ereignistyp: Kennenlernen Lehrstelle Elektrotechnik (30 Min)
                Eingeladene Person: Leonie Brandl
                E-Mail der eingeladenen Person: leonie.brandl08@gmail.com

                Fragen:
                Welche Schule besuchst du? PTS Floridsdorf
                Welcher Lehrberuf interessiert dich? Elektrotechnik – Anlagen- und Betriebstechnik
                Kommt eine Begleitperson mit? ja, Mama

                Ort: Wien Haustechnik GmbH, Laxenburger Straße 120, 1100 Wien

                Powered by Calendly.com
                """),
            "LOCATION:" + ADDR,
            org(ME_CN, ME_WORK),
            att("Leonie Brandl", "leonie.brandl08@gmail.com"),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ),
    )
    uid2, ics2 = ol_event("alpenpersonal-petrovic",
                          "Kandidatenvorstellung: Hr. Dragan Petrović – Servicetechniker HKLS",
                          "20250409T150000", "20250409T160000",
                          org("Oberhauser, Sandra", "sandra.oberhauser@alpenpersonal.at"),
                     [att(ME_CN, ME_WORK)], """
        Lieber Herr Hofer,

        wie besprochen stelle ich Ihnen Herrn Dragan Petrović persönlich vor (Lebenslauf anbei, 8 Jahre HKLS
        Service, Kältetechnik-Zertifikat). Gesprächsort: bei Ihnen im Büro in der Laxenburger Straße.
        Ich begleite Herrn Petrović und bleibe für die ersten Minuten dabei.

        Mit besten Grüßen
        Sandra Oberhauser
        Alpen Personal GmbH
        """, ADDR)
    uid3 = ol_uid("bookings-wimmer")
    ics3 = calendar(
        H_EXCHANGE, tz_windows(WEST),
        vevent(
            org("Wien Haustechnik Lehrstellen", "Lehrstellen@wienhaustechnik.at"),
            att(ME_CN, ME_WORK), att("Noah Wimmer", "noah.wimmer09@gmx.at"),
            "DESCRIPTION;LANGUAGE=de-AT:" + esc("""
                Neue Buchung

                Dienst: Bewerbungsgespräch Lehre Elektrotechnik
                Mitarbeiter: Lukas Hofer
                Kunde: Noah Wimmer
                E-Mail: noah.wimmer09@gmx.at
                Telefon: +43 660 4418820
                Anmerkungen: Ich bringe mein Semesterzeugnis mit. Mein Vater begleitet mich.
                """),
            f"UID:{uid3}", "SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Lehre Elektrotechnik – Noah Wimmer",
            tzp("DTSTART", "20250423T140000", WEST), tzp("DTEND", "20250423T143000", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250417T162201Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:" + ADDR, *outlook_tail(alarm=False),
        ),
    )
    uid4, ics4 = ol_event("mehta-en", "Interview: Arjun Mehta – Commissioning Technician (HVAC/BMS)", "20250430T110000",
                     "20250430T120000", org(*HR),
                     [att(ME_CN, ME_WORK), att(*REITER), att("Arjun Mehta", "arjun.mehta.eng@gmail.com")], """
        Dear Mr Mehta,

        Thank you for your application for the Commissioning Technician (HVAC/BMS) position at Wien Haustechnik.
        You will meet Martin Reiter (Head of Service) and Lukas Hofer (Senior Technician). The interview will be
        held in English.

        Kind regards,
        Daniela Fröhlich
        HR | Wien Haustechnik GmbH
        """, "Microsoft Teams Meeting", boiler=teams_en("366 014 882 590", "Hy6tNc"),
                          lang="en-gb")
    return [
        Ev("user-as-interviewer-calendly-host-de", ics1, uid1, 0),
        Ev("user-as-interviewer-agency-candidate-de", ics2, uid2, 0),
        Ev("user-as-interviewer-bookings-de", ics3, uid3, 0),
        Ev("user-as-interviewer-teams-en", ics4, uid4, 0),
    ]


def _erasmus() -> list[Ev]:
    uid1 = ol_uid("erasmus-moreau")
    body1 = """
        Bonjour Monsieur Hofer,

        Comme convenu, voici l'invitation pour l'entretien de sélection de notre élève Lucas Moreau (Bac Pro
        MELEC, 1re année) pour le stage Erasmus+ de 4 semaines dans votre entreprise Wien Haustechnik.
        L'entretien se fera en anglais, sur Teams ; je serai présente au début pour vous présenter l'élève.

        Bien cordialement,
        Claire Vasseur
        Coordinatrice Erasmus+ – Lycée professionnel Les Canuts, Lyon
        """
    ics1 = calendar(
        H_OUTLOOK, tz_windows("Romance Standard Time"),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250317T093012Z", "DESCRIPTION:" + esc(body1, teams_fr("301 229 847 116",
                                                                                           "Fe2mQa")),
            tzp("DTEND", "20250325T113000", "Romance Standard Time"), "DTSTAMP:20250317T093012Z",
            tzp("DTSTART", "20250325T110000", "Romance Standard Time"), "LOCATION:Réunion Microsoft Teams",
            org("Claire Vasseur", "claire.vasseur@lp-les-canuts.fr"),
            att(ME_CN, ME_WORK), att("Lucas Moreau", "lucas.moreau.melec@gmail.com"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=fr-fr:Entretien Erasmus+ – stage à Vienne (élève : Lucas Moreau\\, Bac Pro MELEC)",
            f"UID:{uid1}", *outlook_tail(),
        ),
    )
    uid2 = g_uid("fct-nerea")
    ics2 = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART:20250403T080000Z", "DTEND:20250403T083000Z", "DTSTAMP:20250327T110514Z",
            org("Iñaki Etxeberria", "ietxeberria@cifp-riberaalta.eus"), f"UID:{uid2}",
            att("Lukas Hofer", ME_WORK), att("Nerea Gil", "nerea.gil.fp@gmail.com"),
            "DESCRIPTION:" + esc("""
                Hola Lukas,

                Te envío la convocatoria para la entrevista con nuestra alumna Nerea Gil (CFGS Sistemas
                Electrotécnicos y Automatizados), candidata a las prácticas FCT Erasmus+ en Wien Haustechnik.
                La entrevista será en inglés. Si la ves adecuada, preparamos el acuerdo de aprendizaje.

                Un saludo,
                Iñaki Etxeberria
                Coordinador de movilidad – CIFP Ribera Alta

                Unirse con Google Meet: https://meet.google.com/rmy-gfzt-qow
                """),
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Entrevista alumna FCT Erasmus+ – Wien Haustechnik (Nerea Gil)", "TRANSP:OPAQUE",
        ),
    )
    return [
        Ev("user-as-interviewer-erasmus-fr", ics1, uid1, 0),
        Ev("user-as-interviewer-erasmus-es", ics2, uid2, 0),
    ]


def _schnupper() -> Ev:
    uid = ol_uid("schnupper-ahmet")
    ics = calendar(
        H_EXCHANGE, tz_windows(WEST),
        vevent(
            org(*HR), att(ME_CN, ME_WORK),
            "DESCRIPTION;LANGUAGE=de-AT:" + esc("""
                Schnupperlehre Ahmet Yılmaz (Bewerber Lehrstelle Elektrotechnik), 3 Tage, betreut von Lukas.
                Bitte am letzten Tag kurzes Abschlussgespräch mit ihm führen und den Beurteilungsbogen an HR geben
                – danach entscheiden wir über die Lehrstelle.
                """),
            "RRULE:FREQ=DAILY;COUNT=3", f"UID:{uid}",
            "SUMMARY;LANGUAGE=de-AT:Schnupperlehre Ahmet Yılmaz – Betreuung Lukas",
            tzp("DTSTART", "20250505T070000", WEST), tzp("DTEND", "20250505T130000", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250428T090011Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Lehrwerkstatt", *outlook_tail(alarm=False),
        ),
    )
    return Ev("user-as-interviewer-schnupperlehre-recurring-de", ics, uid, 0)


def events() -> list[Ev]:
    return [*_personio(), *_handtyped(), *_outlook_side(), *_external(), *_erasmus(), _schnupper()]
