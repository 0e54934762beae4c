# ruff: noqa: E501
"""holdout116 interviews, part A: Google Calendar, Outlook/Exchange and direct invites from employees."""

from __future__ import annotations

from holdout116ev_ics import ME_FREE, ME_WORK, cal, esc, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

MEET_DE = """
An Google Meet-Videokonferenz teilnehmen: https://meet.google.com/qzr-hbtk-wpe
Oder telefonisch teilnehmen: (DE) +49 30 300195017 PIN: 418 902 377#
Weitere Telefonnummern: https://tel.meet/qzr-hbtk-wpe?pin=4189023771
"""

TEAMS_DE = """
________________________________________________________________________________
Microsoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
Besprechung beitreten<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1Yj>
Besprechungs-ID: 384 221 907 553
Kennung: Xq7bT2
Einwahl nur über Telefon
+49 69 365051864,,719204113# Germany, Frankfurt am Main
Konferenz-ID: 719 204 113#
Für Organisatoren: Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def events() -> list[dict[str, str]]:
    out = []

    # 1 Google Calendar, HR of a Volksbank, first talk
    uid = "5k2v9q0b7mle1t3ocu8r4j6hsa@google.com"
    desc = esc(
        """Sehr geehrte Frau Vogel,

        vielen Dank für Ihre Bewerbung als Private Banking Berater (m/w/d) in Grimma. Wie telefonisch besprochen
        möchten wir Sie gern in einem ersten Gespräch (ca. 45 Minuten) kennenlernen.

        Viele Grüße
        Sandra Heinicke
        Personalentwicklung | Volksbank Muldenland eG
        """
        + MEET_DE
    )
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260310T100000
    DTEND;TZID=Europe/Berlin:20260310T104500
    DTSTAMP:20260303T091522Z
    ORGANIZER;CN=Sandra Heinicke:mailto:s.heinicke@vb-muldenland.de
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandra Heinicke;X-NUM-GUESTS=0:mailto:s.heinicke@vb-muldenland.de
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_FREE};X-NUM-GUESTS=0:mailto:{ME_FREE}
    X-GOOGLE-CONFERENCE:https://meet.google.com/qzr-hbtk-wpe
    CREATED:20260303T091521Z
    DESCRIPTION:{desc}
    LAST-MODIFIED:20260303T091522Z
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Erstgespräch Katrin Vogel / Volksbank Muldenland
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("google-de", cal(body, GOOGLE, "REQUEST", "berlin"), uid, 1, "Volksbank Muldenland",
                    "Private Banking Berater (m/w/d)", "recruiter_screen", "s.heinicke@vb-muldenland.de",
                    "google-meet-de", "VB Muldenland|Volksbank Muldenland eG"))

    # 2 Outlook "(UTC+01:00)" zone, Fachgespräch mit Bereichsleitung, room resource, X-ALT-DESC
    uid = "040000008200E00074C5B7101A82E0080000000070A3C1D2B9ACDC01000000000000000010000000F3E1D27B0C5A4B43A8E6"
    plain = esc(
        """Sehr geehrte Frau Vogel,

        anbei die Einladung zum Fachgespräch für die Position Vermögensberaterin (w/m/d) Private Banking.
        Teilnehmer: Herr Dr. Matthias Lorenz (Bereichsleiter Private Banking) und Frau Anja Schubert (Personal).
        Bitte melden Sie sich am Empfang im Erdgeschoss.

        Mit freundlichen Grüßen
        Anja Schubert
        Elbland Privatbank AG | Personal
        Königstraße 14, 01097 Dresden
        """
    )
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN="Schubert, Anja":mailto:anja.schubert@elbland-privatbank.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vogel.lpz@web.de:mailto:{ME_FREE}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lorenz, Matthias Dr.":mailto:matthias.lorenz@elbland-privatbank.de
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DD-KS14 Besprechung Elbe 2.OG (8)":mailto:dd-ks14-elbe@elbland-privatbank.de
    DESCRIPTION;LANGUAGE=de-DE:{plain}
    UID:{uid}
    SUMMARY;LANGUAGE=de-DE:Fachgespräch Vermögensberaterin Private Banking - Fr. Vogel
    DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260317T140000
    DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260317T153000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20260309T131244Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=de-DE:DD-KS14 Besprechung Elbe 2.OG (8)
    X-MICROSOFT-CDO-APPT-SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-CDO-INSTTYPE:0
    X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Vogel\\,</p><p>anbei die Einladung zum Fachgespräch für die Position Vermögensberaterin (w/m/d) Private Banking.</p></body></html>
    X-MICROSOFT-DONOTFORWARDMEETING:FALSE
    X-MICROSOFT-DISALLOW-COUNTER:FALSE
    BEGIN:VALARM
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    ACTION:DISPLAY
    END:VALARM
    END:VEVENT
    """
    out.append(item("outlook-utc-de", cal(body, OUTLOOK, "REQUEST", "utc1de"), uid, 1, "Elbland Privatbank",
                    "Vermögensberaterin (w/m/d) Private Banking", "hiring_manager",
                    "matthias.lorenz@elbland-privatbank.de;anja.schubert@elbland-privatbank.de",
                    "outlook-room-fachgespraech-de", "Elbland Privatbank AG"))

    # 3 Outlook, Windows zone, SENT-BY assistant for the Vorstand, final round, Teams
    uid = "040000008200E00074C5B7101A82E00800000000B0F7D14A11B2DC01000000000000000010000000AC44E1F09F3B9E4DB1C2"
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN="Wendt, Karsten";SENT-BY="mailto:assistenz.vorstand@ksk-elsterland.de":mailto:karsten.wendt@ksk-elsterland.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogel, Katrin":mailto:{ME_FREE}
    ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Assistenz Vorstand":mailto:assistenz.vorstand@ksk-elsterland.de
    DESCRIPTION;LANGUAGE=de-DE:Guten Tag Frau Vogel\\,\\n\\nim Auftrag von Herrn Wendt lade ich Sie zum abschließenden Gespräch mit dem Vorstand ein (Leiterin Vermögensmanagement\\, Nachfolge Fr. Bach). Das Gespräch findet per Teams statt.\\n\\nFreundliche Grüße\\nPetra Gollnick\\nAssistenz des Vorstandes\\nKreissparkasse Elsterland\\n{esc(TEAMS_DE)}
    UID:{uid}
    SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Vorstand – Frau Vogel
    DTSTART;TZID=W. Europe Standard Time:20260421T080000
    DTEND;TZID=W. Europe Standard Time:20260421T090000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20260414T101003Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:karsten.wendt@ksk-elsterland.de
    END:VEVENT
    """
    out.append(item("outlook-sentby-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, 1, "Kreissparkasse Elsterland",
                    "Leiterin Vermögensmanagement", "final", "karsten.wendt@ksk-elsterland.de",
                    "outlook-sent-by-assistant-de", "KSK Elsterland|Sparkasse Elsterland"))

    # 4 direct invite from the Filialdirektor of a Raiffeisenbank, Apple Mail/Outlook mac
    uid = "7A1E4C2B-90D3-4F55-8C61-2B9D0E7F3A14"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260305T164410Z
    DTSTART;TZID=Europe/Berlin:20260312T170000
    DTEND;TZID=Europe/Berlin:20260312T180000
    SUMMARY:Gespräch Fr. Vogel – Beraterin Baufinanzierung
    LOCATION:Raiffeisenbank Pleißental eG\\, Geschäftsstelle Borna\\, Markt 3
    ORGANIZER;CN=Frank Uhlig:mailto:f.uhlig@rb-pleissental.de
    ATTENDEE;CN=Katrin Vogel;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Frank Uhlig;PARTSTAT=ACCEPTED:mailto:f.uhlig@rb-pleissental.de
    ATTENDEE;CN=Heike Sommer;PARTSTAT=ACCEPTED:mailto:h.sommer@rb-pleissental.de
    DESCRIPTION:Hallo Frau Vogel\\, wie am Telefon besprochen treffen wir uns nach Geschäftsschluss in Borna. Frau Sommer (Teamleitung Immobilienfinanzierung) ist auch dabei. Parken können Sie im Hof.\\nGruß Frank Uhlig\\nVorstand
    SEQUENCE:0
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("direct-vorstand-de", cal(body, "-//Apple Inc.//Mac OS X 14.4//EN", "REQUEST", "berlin"), uid, 1,
                    "Raiffeisenbank Pleißental", "Beraterin Baufinanzierung", "",
                    "f.uhlig@rb-pleissental.de;h.sommer@rb-pleissental.de", "direct-employee-no-interview-word-de",
                    "Raiffeisenbank Pleißental eG|RB Pleißental"))

    # 5 Google, X-WR-TIMEZONE export, hand-typed by the user in her private calendar
    uid = "0hh3p6g1kkq2nf7dd0l8rbe2vs@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260402T143000
    DTEND;TZID=Europe/Berlin:20260402T153000
    DTSTAMP:20260401T201233Z
    UID:{uid}
    CREATED:20260326T185502Z
    DESCRIPTION:Hr. Brenner + Fr. Lohse (Private Banking). Mappe\\, Zeugnisse\\, Gehaltsvorstellung 58–62k. Parkhaus am Brühl
    LAST-MODIFIED:20260401T201233Z
    LOCATION:Bankhaus Lößnitz\\, Katharinenstr. 9\\, Leipzig
    SEQUENCE:1
    STATUS:CONFIRMED
    SUMMARY:VG Bankhaus Lößnitz
    TRANSP:OPAQUE
    END:VEVENT
    """
    extra = """
    X-WR-CALNAME:Katrin privat
    X-WR-TIMEZONE:Europe/Berlin
    """
    out.append(item("hand-vg-de", cal(body, GOOGLE, "PUBLISH", "berlin", extra), uid, 1, "Bankhaus Lößnitz", "", "",
                    "Hr. Brenner;Fr. Lohse", "hand-typed-abbrev-de", "Bankhaus Lößnitz KG|Lößnitz"))

    # 6 Google, phone screen, recruiter of an insurer, description names the phone number
    uid = "1ra7mbqk8o3ad4vj2fsp9u0c1c@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART:20260309T123000Z
    DTEND:20260309T130000Z
    DTSTAMP:20260304T080011Z
    ORGANIZER;CN=Julia Krüger:mailto:julia.krueger.recruiting@gmail.com
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julia Krüger:mailto:julia.krueger.recruiting@gmail.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Katrin Vogel:mailto:{ME_FREE}
    DESCRIPTION:Telefoninterview (ca. 30 Min.) zur Stelle Finanzierungsberater/in Außendienst bei der Elbe Leben Versicherungsverein a.G. – ich rufe Sie unter 0176 22819044 an.\\n\\nJulia Krüger\\nTalent Acquisition (freiberuflich für Elbe Leben)
    LOCATION:Telefon
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Telefoninterview Elbe Leben – K. Vogel
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("phone-screen-de", cal(body, GOOGLE, "REQUEST"), uid, 1, "Elbe Leben",
                    "Finanzierungsberater/in Außendienst", "recruiter_screen", "julia.krueger.recruiting@gmail.com",
                    "phone-screen-freelance-gmail-de",
                    "Elbe Leben Versicherungsverein a.G.|Elbe Leben Versicherungsverein"))

    # 7 Outlook 16, English, Teams, hiring manager at a Berlin wealth firm
    uid = "040000008200E00074C5B7101A82E00800000000D04C9E3E22B3DC0100000000000000001000000063A7C52E0D8E1E4F8A90"
    body = f"""
    BEGIN:VEVENT
    CLASS:PUBLIC
    CREATED:20260318T111902Z
    DESCRIPTION:Hi Katrin\\,\\n\\nas discussed with Priya\\, here is the invite for your conversation with me about the Client Advisor (German-speaking HNWI) role in our Berlin office. Please bring two or three client cases you are proud of (anonymised of course).\\n\\nBest\\,\\nOliver\\n\\nOliver Hartmann-Price\\nHead of Private Clients DACH\\nNorthgate Wealth Partners\\n\\n________________________________________________________________________________\\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2>\\nMeeting ID: 351 776 408 221\\nPasscode: 9RfQ3m\\n________________________________________________________________________________
    DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260324T120000
    DTSTAMP:20260318T111902Z
    DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260324T111500
    LAST-MODIFIED:20260318T111902Z
    LOCATION:Microsoft Teams Meeting
    ORGANIZER;CN="Hartmann-Price, Oliver":mailto:oliver.hartmann-price@northgatewp.com
    ATTENDEE;CN="katrin.vogel.lpz@web.de";RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN="Nair, Priya";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:priya.nair@northgatewp.com
    PRIORITY:5
    SEQUENCE:0
    SUMMARY;LANGUAGE=en-GB:Katrin Vogel / Oliver Hartmann-Price – Client Advisor DACH
    TRANSP:OPAQUE
    UID:{uid}
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-DISALLOW-COUNTER:FALSE
    END:VEVENT
    """
    out.append(item("outlook-teams-en", cal(body, OUTLOOK16, "REQUEST", "utc1en"), uid, 1, "Northgate Wealth Partners",
                    "Client Advisor (German-speaking HNWI)", "hiring_manager",
                    "oliver.hartmann-price@northgatewp.com", "outlook-hm-optional-recruiter-en", "Northgate"))

    # 8 direct, work-address of a fintech founder in Cal-like plain Google invite, English, no stage
    uid = "3f0c6b2e9a1d4e7f8b5c2a1d0e9f8a7b@pecunio.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260311T070000Z
    DTSTART;TZID=Europe/Berlin:20260313T160000
    DTEND;TZID=Europe/Berlin:20260313T163000
    SUMMARY:Kennenlernen Katrin <> Pecunio
    DESCRIPTION:Hi Katrin\\, freue mich auf unseren Austausch zur Rolle Senior Finanzierungsberaterin (Remote). Ganz locker\\, 30 Minuten\\, du erzählst\\, ich erzähle. LG Malte (Co-Founder)\\n\\nJoin Zoom Meeting\\nhttps://us06web.zoom.us/j/84412093377?pwd=aGZ2b1pV\\nMeeting ID: 844 1209 3377\\nPasscode: 551930
    LOCATION:https://us06web.zoom.us/j/84412093377?pwd=aGZ2b1pV
    ORGANIZER;CN=Malte Ebeling:mailto:malte@pecunio.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME_FREE}
    ATTENDEE;CN=Malte Ebeling;PARTSTAT=ACCEPTED:mailto:malte@pecunio.de
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    """
    out.append(item("founder-zoom-de", cal(body, GOOGLE, "REQUEST", "berlin"), uid, 1, "Pecunio",
                    "Senior Finanzierungsberaterin (Remote)", "", "malte@pecunio.de", "founder-kennenlernen-de",
                    "Pecunio GmbH"))

    # 9 rescheduled: Outlook update, SEQUENCE 2, "Verschoben:" in subject, Webex
    uid = "040000008200E00074C5B7101A82E0080000000000AC8E1F33B4DC010000000000000000100000004D1E2F3A4B5C6D7E8F90"
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN="Hoffmann, Ines":mailto:ines.hoffmann@heilberufebank.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katrin Vogel":mailto:{ME_FREE}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Reuter, Stefan":mailto:stefan.reuter@heilberufebank.de
    DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Vogel\\,\\nleider müssen wir unser Vorstellungsgespräch verschieben – Herr Reuter ist am ursprünglichen Termin verhindert. Neuer Termin siehe oben. Die Stelle: Beraterin Heilberufe / Existenzgründung (Filiale Leipzig).\\n\\n-- Webex-Meeting --\\nhttps://heilberufebank.webex.com/heilberufebank/j.php?MTID=m7a2f0c\\nMeeting-Kennnummer: 2731 880 4415\\nPasswort: Hb2026!\\nÜber Telefon beitreten: +49-619-6781-9736 Deutschland Gebührenpflichtig
    UID:{uid}
    SUMMARY;LANGUAGE=de-DE:Verschoben: Vorstellungsgespräch Fr. Vogel (Heilberufe)
    DTSTART;TZID=W. Europe Standard Time:20260415T100000
    DTEND;TZID=W. Europe Standard Time:20260415T110000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20260408T090511Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:2
    LOCATION;LANGUAGE=de-DE:Webex
    X-MICROSOFT-CDO-APPT-SEQUENCE:2
    X-MICROSOFT-CDO-OWNERAPPTID:-1182442001
    END:VEVENT
    """
    out.append(item("outlook-rescheduled-webex-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, 1,
                    "Heilberufebank Mitte", "Beraterin Heilberufe / Existenzgründung", "",
                    "ines.hoffmann@heilberufebank.de;stefan.reuter@heilberufebank.de", "rescheduled-webex-de",
                    "Heilberufebank Mitte eG|Heilberufebank"))

    # 10 Outlook, English recruiter at Luxembourg bank, floating time (no TZID), Teams EN
    uid = "AAMkAGQ5ZTc1YTg0LWIxNjMtNDJlMS05ODNkLTY0ZDIwNzUxYjA4MQBGAAAAAAC7p1"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260320T150455Z
    DTSTART:20260326T090000
    DTEND:20260326T094500
    SUMMARY:Meridian Private Bank | Screening call – Relationship Manager German Market
    ORGANIZER;CN="Da Silva, Marta":mailto:marta.dasilva@meridian-pb.lu
    ATTENDEE;CN=katrin.vogel.lpz@web.de;RSVP=TRUE:mailto:{ME_FREE}
    DESCRIPTION:Dear Katrin\\,\\nThank you for your interest in Meridian Private Bank S.A. This first call is with me (Talent Acquisition) and will take about 30–45 minutes. We will cover your background\\, your client book and your motivation for moving to Luxembourg or working cross-border.\\nKind regards\\,\\nMarta\\n\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting\\nMeeting ID: 372 004 118 90\\nPasscode: kT6uQ9
    LOCATION:Microsoft Teams Meeting
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    """
    out.append(item("outlook-floating-en", cal(body, OUTLOOK16, "REQUEST"), uid, 1, "Meridian Private Bank",
                    "Relationship Manager German Market", "recruiter_screen", "marta.dasilva@meridian-pb.lu",
                    "floating-time-screening-en", "Meridian Private Bank S.A.|Meridian"))

    # 11 Google, body-only company: summary generic, invite from an employee's personal-looking address
    uid = "6tc4hj2n0p1s8vu3kq5m9e7d2o@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260505T090000
    DTEND;TZID=Europe/Berlin:20260505T103000
    DTSTAMP:20260428T120745Z
    ORGANIZER;CN=Ronny Scholz:mailto:ronny.scholz@finanzhaus-sachsenring.de
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vogel:mailto:{ME_FREE}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ronny Scholz:mailto:ronny.scholz@finanzhaus-sachsenring.de
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yvonne Kern:mailto:yvonne.kern@finanzhaus-sachsenring.de
    DESCRIPTION:Guten Morgen Frau Vogel\\,\\n\\nwie besprochen hier der Termin für die Fallstudie: Sie bekommen vor Ort eine Kundenakte (Baufinanzierung Ehepaar\\, Bestandsimmobilie + KfW-Förderung)\\, 30 Min. Vorbereitung\\, danach präsentieren Sie uns Ihren Finanzierungsvorschlag.\\n\\nBis Dienstag!\\nRonny Scholz\\nFinanzhaus Sachsenring GmbH – Ihr Baufinanzierer in Chemnitz
    LOCATION:Annaberger Str. 71\\, 09111 Chemnitz
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Fallstudie Baufinanzierung – K. Vogel
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("google-case-body-company-de", cal(body, GOOGLE, "REQUEST", "berlin"), uid, 1,
                    "Finanzhaus Sachsenring", "", "technical",
                    "ronny.scholz@finanzhaus-sachsenring.de;yvonne.kern@finanzhaus-sachsenring.de",
                    "case-study-company-in-body-de", "Finanzhaus Sachsenring GmbH"))

    # 12 Outlook, work address accidentally invited too, tentative, Zweitgespräch
    uid = "040000008200E00074C5B7101A82E008000000003044F6A144B5DC01000000000000000010000000BB8D7A6C5E4F3A2B1C0D"
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN="Neumann, Claudia (Personal)":mailto:claudia.neumann@saxonia-leben.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Vogel, Katrin":mailto:{ME_WORK}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pfeiffer, Holger":mailto:holger.pfeiffer@saxonia-leben.de
    ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Neumann, Claudia (Personal)":mailto:claudia.neumann@saxonia-leben.de
    DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogel\\,\\n\\ngerne laden wir Sie zum Zweitgespräch mit Herrn Pfeiffer (Leitung Vertrieb Vorsorge Sachsen) ein. Position: Vorsorge- und Vermögensberaterin im Angestelltenverhältnis\\, Region Leipzig.\\nIch selbst nehme organisatorisch teil.\\n\\nMit freundlichen Grüßen\\nClaudia Neumann\\nSaxonia Lebensversicherung AG\\nHR Business Partner Vertrieb
    UID:{uid}
    SUMMARY;LANGUAGE=de-DE:Zweitgespräch Frau Vogel / Herr Pfeiffer
    DTSTART;TZID=W. Europe Standard Time:20260428T130000
    DTEND;TZID=W. Europe Standard Time:20260428T140000
    DTSTAMP:20260422T072200Z
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=de-DE:Saxonia Leben\\, Dittrichring 18\\, Leipzig\\, Raum 4.12
    END:VEVENT
    """
    out.append(item("outlook-work-address-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, 1,
                    "Saxonia Lebensversicherung", "Vorsorge- und Vermögensberaterin", "hiring_manager",
                    "holger.pfeiffer@saxonia-leben.de", "coordinator-optional-work-address-de",
                    "Saxonia Lebensversicherung AG|Saxonia Leben"))

    # 13 Thunderbird, user's own entry with a reminder, English, terse
    uid = "b1f0c9d2-3e47-4a1b-9c55-71e2d8a06b3f"
    body = f"""
    BEGIN:VEVENT
    CREATED:20260407T184201Z
    LAST-MODIFIED:20260407T184512Z
    DTSTAMP:20260407T184512Z
    UID:{uid}
    SUMMARY:Tresorly 2nd round – case w/ Head of Advisory (Jonas Wilke)
    DTSTART;TZID=Europe/Berlin:20260414T110000
    DTEND;TZID=Europe/Berlin:20260414T120000
    DESCRIPTION:portfolio case\\, 15 min prep. camera on. link in mail from Ashby
    LOCATION:Google Meet
    TRANSP:OPAQUE
    BEGIN:VALARM
    ACTION:DISPLAY
    TRIGGER;VALUE=DURATION:-PT30M
    DESCRIPTION:Default Mozilla Description
    END:VALARM
    END:VEVENT
    """
    out.append(item("thunderbird-hand-en", cal(body, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "", "berlin"),
                    uid, 1, "Tresorly", "", "technical", "Jonas Wilke", "thunderbird-user-typed-en",
                    "Tresorly GmbH"))
    return out
