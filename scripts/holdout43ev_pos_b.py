"""holdout43 interviews, part B: direct invites from employees (Thunderbird, Outlook with SENT-BY, iCloud),
the user's own terse entries, agencies naming the employer, SmartRecruiters, Webex, Polish invites."""

from __future__ import annotations

from holdout43ev_boiler import meet, teams, webex
from holdout43ev_ics import (
    APPLE_IOS,
    FREE,
    GOOGLE,
    OUTLOOK16,
    THUNDERBIRD,
    TZ_BERLIN,
    TZ_WEU,
    WORK,
    Ev,
    alt_html,
    cal,
    esc,
    tz_olson,
    tz_windows,
)


def kl_thunderbird() -> Ev:
    uid = "b7d94e2a-31c5-4f0e-9a16-5c83d2e7f410"
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nvielen Dank für Ihre Unterlagen. Wie am Telefon besprochen würden wir "
        "Sie gern persönlich kennenlernen – es geht um die Lagerleitung in Lünen (ca. 25 Mitarbeiter, "
        "2 Schichten). Mein Kollege Herr Lorenz und ich freuen uns auf Sie.\n\nMit freundlichen Grüßen\n"
        "Werner Kessler\nGeschäftsführer\nKessler & Lorenz Spedition GmbH\nHafenstraße 7, 44536 Lünen"
    )
    ics = cal(
        THUNDERBIRD,
        "METHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
CREATED:20261207T171402Z
LAST-MODIFIED:20261207T171622Z
DTSTAMP:20261207T171622Z
UID:{uid}
SUMMARY:Gespräch bzgl. Ihrer Bewerbung (Lagerleitung Lünen)
ORGANIZER;CN=Werner Kessler:mailto:w.kessler@kl-spedition.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{FREE}
ATTENDEE;RSVP=TRUE;CN=Jürgen Lorenz;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:j.lorenz@kl-spedition.de
DTSTART;TZID=Europe/Berlin:20261217T163000
DTEND;TZID=Europe/Berlin:20261217T173000
DESCRIPTION:{esc(desc)}
LOCATION:bei uns im Büro\\, Hafenstraße 7\\, Lünen (1. Stock\\, bitte klingeln)
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
END:VEVENT
""",
    )
    return Ev("thunderbird-direct-de", "de", ics, uid, 1, "Kessler & Lorenz Spedition", "Lagerleitung", "",
              "w.kessler@kl-spedition.de;j.lorenz@kl-spedition.de", "thunderbird-md-direct-de",
              "Kessler & Lorenz|Kessler und Lorenz Spedition|Kessler und Lorenz", "Thunderbird")


def havemann_note() -> Ev:
    uid = "5E1B8C2D-7A93-4F06-B3D1-9C8E2F47A615"
    ics = cal(
        APPLE_IOS,
        """
BEGIN:VEVENT
CREATED:20261209T192240Z
DTEND:20261221T113000
DTSTAMP:20261209T192310Z
DTSTART:20261221T100000
LAST-MODIFIED:20261209T192310Z
LOCATION:Gebr. Havemann\\, Am Großmarkt 4\\, Hamm
SEQUENCE:0
SUMMARY:VG Havemann
DESCRIPTION:Lagerleitung Frische. Hr. Dierkes + Fr. Ossenbrink (Personal).
 \\nZeugnisse + Staplerschein mitnehmen!
TRANSP:OPAQUE
UID:5E1B8C2D-7A93-4F06-B3D1-9C8E2F47A615
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0B6B3E4C-2C1F-4D4A-9F6E-8E1A7B2C3D40
X-WR-ALARMUID:0B6B3E4C-2C1F-4D4A-9F6E-8E1A7B2C3D40
END:VALARM
END:VEVENT
""",
    )
    return Ev("ios-terse-floating-de", "de", ics, uid, 1, "Gebrüder Havemann", "Lagerleitung Frische", "",
              "dierkes;ossenbrink", "user-typed-vg-abbrev-de", "Havemann|Gebr. Havemann", "Apple iOS")


def sandtor_private() -> Ev:
    uid = ("040000008200E00074C5B7101A82E008000000002036E4D2C47DDB01000000000000000010000000"
           "A17C5E39B2D8F0419E6B7C3D2A1F0E58")
    desc = esc("VG Sandtor Getränke – 1. Gespräch mit Fr. Roth (Personalleitung), Telefon\nLeitung Logistik Unna")
    ics = cal(
        OUTLOOK16.replace("METHOD:REQUEST", "METHOD:PUBLISH"),
        TZ_WEU,
        f"""
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20261203T064512Z
DESCRIPTION:{desc}
DTEND;TZID="W. Europe Standard Time":20261210T130000
DTSTAMP:20261203T064512Z
DTSTART;TZID="W. Europe Standard Time":20261210T123000
LAST-MODIFIED:20261203T064512Z
ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Privater Termin – nicht verschieben
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-private-block-de", "de", ics, uid, 1, "Sandtor Getränke", "Leitung Logistik",
              "recruiter_screen", "roth", "private-block-work-calendar-de", "Sandtor", "Outlook")


def sandtor_sentby() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0B5A3F1D77EDB01000000000000000010000000"
           "5D4C3B2A19F8E7D6C5B4A39281706F5E")
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nim Auftrag von Herrn Kemper lade ich Sie zum zweiten Gespräch für die "
        "Position Leitung Logistik (m/w/d) ein. Teilnehmen werden unser Geschäftsführer Herr Frank Kemper und "
        "unsere Personalleiterin Frau Melanie Roth. Es handelt sich um das abschließende Gespräch.\n\n"
        "Bitte melden Sie sich am Empfang des Verwaltungsgebäudes.\n\nMit freundlichen Grüßen\n"
        "Gabriele Nolting\nAssistenz der Geschäftsführung\nSandtor Getränke GmbH\nIndustriestraße 31, 59425 Unna"
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Roth, Melanie";RSVP=TRUE:mailto:m.roth@sandtor-getraenke.de
ATTENDEE;CUTYPE=ROOM;CN="Konferenzraum 2 (Verwaltung)";RSVP=TRUE:mailto:konferenz2@sandtor-getraenke.de
CLASS:PUBLIC
CREATED:20270105T093117Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20270114T113000
DTSTAMP:20270105T093117Z
DTSTART;TZID="W. Europe Standard Time":20270114T100000
LAST-MODIFIED:20270105T093117Z
LOCATION:Konferenzraum 2 (Verwaltung)
ORGANIZER;CN="Kemper, Frank";SENT-BY="mailto:g.nolting@sandtor-getraenke.de":mailto:f.kemper@sandtor-g
 etraenke.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Frau Kowalska – Leitung Logistik
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-sentby-final-de", "de", ics, uid, 1, "Sandtor Getränke", "Leitung Logistik", "final",
              "f.kemper@sandtor-getraenke.de;m.roth@sandtor-getraenke.de", "outlook-sent-by-assistant-room-de",
              "Sandtor", "Outlook")


def sonnhof_phone() -> Ev:
    uid = "3kq0v7n1u4b9x2m8d5r6c1t0ae@google.com"
    desc = (
        "Hallo Frau Kowalska,\n\nwie per Mail abgestimmt rufe ich Sie am Montag für ein kurzes telefonisches "
        "Kennenlernen an (ca. 30 Min.). Es geht um die Stelle Supply Chain Planer:in in unserer Molkerei in "
        "Gütersloh.\n\nFalls sich Ihre Nummer geändert hat, geben Sie mir bitte kurz Bescheid.\n\n"
        "Viele Grüße\nKatrin Wöstmann\nPersonal | Sonnhof Molkerei eG"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261207T083000
DTEND;TZID=Europe/Berlin:20261207T090000
DTSTAMP:20261130T145933Z
ORGANIZER;CN=Katrin Wöstmann:mailto:k.woestmann@sonnhof-molkerei.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Katrin Wöstmann;X-NUM-GUESTS=0:mailto:k.woestmann@sonnhof-molkerei.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
CREATED:20261130T145932Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261130T145932Z
LOCATION:Telefon (Frau Wöstmann ruft an)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefoninterview Sonnhof Molkerei – Supply Chain Planer:in
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-phone-de", "de", ics, uid, 1, "Sonnhof Molkerei", "Supply Chain Planer:in", "recruiter_screen",
              "k.woestmann@sonnhof-molkerei.de", "phone-screen-de", "Sonnhof", "Google Calendar")


def alstermann_agency() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000C09E2B7F4A81DB01000000000000000010000000"
           "7E6D5C4B3A2918F7E6D5C4B3A2918F70")
    desc = (
        "Hallo Frau Kowalska,\n\nwie besprochen habe ich den Termin mit meinem Kunden fest gemacht:\n\n"
        "Unternehmen: Alstermann Logistik GmbH\nPosition: Leiter/in Kontraktlogistik Standort Dortmund\n"
        "Ihre Gesprächspartner: Herr Olaf Petersen (Geschäftsbereichsleiter Kontraktlogistik) und "
        "Frau Nina Ahrens (HR)\nAdresse: Logistikallee 3, 44147 Dortmund\n\n"
        "Rufen Sie mich gern vorher noch einmal an, dann gehen wir die wichtigsten Punkte durch.\n\n"
        "Beste Grüße\nDaniel Fuchs\nSenior Consultant Supply Chain\nRuhrtalent Personalberatung GmbH\n"
        "Mobil +49 171 5530 218"
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
CLASS:PUBLIC
CREATED:20261210T113805Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20261222T110000
DTSTAMP:20261210T113805Z
DTSTART;TZID="W. Europe Standard Time":20261222T093000
LAST-MODIFIED:20261210T113805Z
LOCATION:Alstermann Logistik GmbH\\, Logistikallee 3\\, 44147 Dortmund
ORGANIZER;CN="Fuchs, Daniel":mailto:d.fuchs@ruhrtalent-personal.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch bei Alstermann Logistik GmbH (über Ruhrtalent)
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("agency-names-employer-de", "de", ics, uid, 1, "Alstermann Logistik", "Leiter/in Kontraktlogistik", "",
              "olaf petersen;nina ahrens", "agency-organizer-client-named-de", "Alstermann", "Outlook")


def brueckner_agency() -> Ev:
    uid = "vectis-termin-20270126-0413@vectis-personal.de"
    desc = (
        "Guten Tag Frau Kowalska,\n\nanbei die Kalendereinladung zum Vorstellungsgespräch bei unserem Kunden.\n\n"
        "Position: Logistikleiter (m/w/d) Ersatzteillager\nKunde: Brückner Automotive Parts GmbH, "
        "Hansastraße 88, 59425 Unna\nGesprächspartner: Jan Brückner (Geschäftsführung), Sandra Meis "
        "(Leitung Personal)\n\nBitte bringen Sie Ihren Lebenslauf in Papierform mit.\n\n"
        "Mit freundlichen Grüßen\nKatharina Vogt\nVectis Personal GmbH – Niederlassung Dortmund"
    )
    ics = cal(
        "PRODID:-//Vectis Personal GmbH//Kandidatenportal 4.2//DE\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270115T124000Z
DTSTART;TZID=Europe/Berlin:20270126T140000
DTEND;TZID=Europe/Berlin:20270126T150000
SUMMARY:Vorstellungsgespräch Logistikleiter (m/w/d) – Kundentermin Unna
DESCRIPTION:{esc(desc)}
LOCATION:Hansastraße 88\\, 59425 Unna
ORGANIZER;CN=Katharina Vogt (Vectis Personal):mailto:k.vogt@vectis-personal.de
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("agency-body-employer-de", "de", ics, uid, 1, "Brückner Automotive Parts", "Logistikleiter", "",
              "jan brückner;sandra meis", "agency-employer-in-body-only-de", "Brückner Automotive|Brückner",
              "agency portal")


def hls_smartrecruiters() -> Ev:
    uid = "SR-INTV-8f2e6a1c-4b70-4d3e-9a58-1c7e0b2d4f96"
    body = teams("de", "371 845 220 198", "Ux3mQ8", "YmE2NzUxZWItMzBjNi00MGJkLWI5MjQtYjY0NmU5YzBmZjE0")
    desc = (
        "Hallo Marta Kowalska,\n\nvielen Dank für Ihr Interesse an der Position Standortleiter (m/w/d) Bönen. "
        "Im Fachinterview mit Herrn Christian Albers (Regionalleiter West) sprechen wir über "
        "Lagerprozesse, Kennzahlen und Personalplanung im Mehrschichtbetrieb.\n\n"
        f"Hermsdorf Logistik-Service GmbH | HLS\nPowered by SmartRecruiters\n\n{body}"
    )
    ics = cal(
        "PRODID:-//SmartRecruiters//Interview Scheduler//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261211T081800Z
DTSTART:20261216T130000Z
DTEND:20261216T140000Z
SUMMARY:Einladung: Fachinterview – Standortleiter (m/w/d) Bönen | HLS
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=HLS Recruiting:mailto:recruiting@hls-logistik.de
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Christian Albers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.albers@hls-logistik.de
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("smartrecruiters-de", "de", ics, uid, 1, "Hermsdorf Logistik-Service", "Standortleiter", "technical",
              "c.albers@hls-logistik.de", "smartrecruiters-abbrev-domain-de", "HLS|Hermsdorf Logistik",
              "SmartRecruiters")


def rrb_webex() -> Ev:
    uid = "8c1e5f2a9b3d4e67@rrb-ag.webex.com"
    body = webex("de", "Dr. Susanne Hoffmann", "2785 441 0923", "Hafen2027!", "rrb-ag")
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nwir laden Sie herzlich zum Vorstellungsgespräch für die Position "
        "Leitung Hafenlogistik ein. Gesprächspartner: Dr. Susanne Hoffmann (Vorstand Operations) und "
        f"Kerem Yılmaz (Personal).\n\nMit freundlichen Grüßen\nRhein-Ruhr Binnenschiff AG\n\n{body}"
    )
    ics = cal(
        "PRODID:-//Cisco Systems\\, Inc.//Webex//EN\nVERSION:2.0\nMETHOD:REQUEST",
        tz_olson("Europe/Berlin"),
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261214T100511Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20270111T090000
DTEND;TZID=Europe/Berlin:20270111T100000
SUMMARY:Vorstellungsgespräch Leitung Hafenlogistik (Webex)
DESCRIPTION:{esc(desc)}
LOCATION:https://rrb-ag.webex.com/rrb-ag/j.php?MTID=m7f2c0e91ab45d3c8e6f0b12a9d4c7e55
ORGANIZER;CN="Hoffmann, Susanne":mailto:s.hoffmann@rrb-ag.de
ATTENDEE;CN="Yilmaz, Kerem";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.yilmaz@rrb-ag.de
ATTENDEE;CN=marta.kowalska@gmx.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("webex-de", "de", ics, uid, 1, "Rhein-Ruhr Binnenschiff", "Leitung Hafenlogistik", "",
              "s.hoffmann@rrb-ag.de;k.yilmaz@rrb-ag.de", "webex-boilerplate-de", "RRB", "Webex")


def wislotrans_pl() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000B08A4C6E2F93DB01000000000000000010000000"
           "0E1D2C3B4A5968778695A4B3C2D1E0F1")
    body = teams("pl", "356 902 114 487", "bR9wK4", "OGQ0YzJmMWEtNmI3OC00YjAxLWE5ZTItNTYzM2M0ZDdlMWE4")
    desc = (
        "Dzień dobry Pani Marto,\n\ndziękujemy za przesłanie CV. Zapraszamy na rozmowę kwalifikacyjną na "
        "stanowisko Kierownik magazynu w naszym nowym oddziale w Dortmundzie. Ze strony firmy w rozmowie "
        "wezmą udział: Agnieszka Nowak (HR) oraz Paweł Zieliński (dyrektor operacyjny).\n\n"
        f"Pozdrawiam serdecznie\nAgnieszka Nowak\nSpecjalista ds. rekrutacji\nWisłotrans Sp. z o.o.\n\n{body}"
    )
    ics = cal(
        OUTLOOK16,
        tz_windows("Central European Standard Time"),
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Zieliński, Paweł";RSVP=TRUE:mailto:p.zielinski@wislotrans.pl
CLASS:PUBLIC
CREATED:20261204T120233Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Central European Standard Time":20261211T110000
DTSTAMP:20261204T120233Z
DTSTART;TZID="Central European Standard Time":20261211T100000
LAST-MODIFIED:20261204T120233Z
LOCATION:Spotkanie w aplikacji Microsoft Teams
ORGANIZER;CN="Nowak, Agnieszka":mailto:a.nowak@wislotrans.pl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=pl:Rozmowa kwalifikacyjna – Kierownik magazynu (oddział Niemcy)
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-teams-pl", "pl", ics, uid, 1, "Wisłotrans", "Kierownik magazynu", "",
              "a.nowak@wislotrans.pl;p.zielinski@wislotrans.pl", "outlook-cest-windows-zone-pl", "", "Outlook")


def transodra_pl() -> Ev:
    uid = "0pd4k8s2h6l1n9f3j7q5w0e2rt@google.com"
    body = meet("pl", "xkr-pqwa-tnz", "812 334 905")
    desc = (
        "Pani Marto,\n\nzgodnie z ustaleniami zapraszam na krótką rozmowę wstępną (ok. 20 min) dotyczącą "
        "stanowiska Planista łańcucha dostaw (praca zdalna / Wrocław–Dortmund).\n\nPozdrawiam\n"
        f"Karolina Wróbel\nHR Business Partner | Trans-Odra Logistics\n\n{body}"
    )
    ics = cal(
        GOOGLE,
        tz_olson("Europe/Warsaw"),
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20261208T150000
DTEND;TZID=Europe/Warsaw:20261208T152000
DTSTAMP:20261202T090121Z
ORGANIZER;CN=Karolina Wróbel:mailto:karolina.wrobel@transodra.pl
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Karolina Wróbel;X-NUM-GUESTS=0:mailto:karolina.wrobel@transodra.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
X-GOOGLE-CONFERENCE:https://meet.google.com/xkr-pqwa-tnz
CREATED:20261202T090120Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261202T090120Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rozmowa wstępna – Planista łańcucha dostaw (Trans-Odra)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-meet-screen-pl", "pl", ics, uid, 1, "Trans-Odra Logistics", "Planista łańcucha dostaw",
              "recruiter_screen", "karolina.wrobel@transodra.pl", "google-meet-screen-pl", "Trans-Odra",
              "Google Calendar")






EVENTS = [
    kl_thunderbird,
    havemann_note,
    sandtor_private,
    sandtor_sentby,
    sonnhof_phone,
    alstermann_agency,
    brueckner_agency,
    hls_smartrecruiters,
    rrb_webex,
    wislotrans_pl,
    transodra_pl,
]
