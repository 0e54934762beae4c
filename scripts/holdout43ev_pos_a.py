"""holdout43 interviews, part A: German ATS (Personio, softgarden, SuccessFactors, Teamtailor, Bookings) and the
Outlook invites that follow them (Windows zone names, "(UTC+01:00) …" zones, X-ALT-DESC, rooms)."""

from __future__ import annotations

from holdout43ev_boiler import teams
from holdout43ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK16,
    TZ_BERLIN,
    TZ_UTC01,
    TZ_WEU,
    UTC01,
    Ev,
    alt_html,
    cal,
    esc,
)


def rheinfracht_screen() -> Ev:
    uid = "itv-7f3a2c91-5d1e-4b7a-9c33-7e2f1a0b6d44@rheinfracht.personio.de"
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nvielen Dank für Ihre Bewerbung als Teamleitung Logistik (m/w/d) am "
        "Standort Duisburg-Rheinhausen. Gerne möchten wir Sie in einem ersten telefonischen Gespräch "
        "(ca. 30 Minuten) näher kennenlernen.\n\nIhre Gesprächspartnerin: Sabine Lorenz, Recruiting\n"
        "Wir rufen Sie unter der Telefonnummer an, die Sie in Ihrer Bewerbung angegeben haben.\n\n"
        "Sollte der Termin nicht passen, antworten Sie bitte kurz auf diese Nachricht.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Rheinfracht Logistik GmbH\n\n"
        "Diese Einladung wurde über Personio versendet."
    )
    ics = cal(
        "PRODID:-//Personio GmbH//Personio Recruiting//DE\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261124T081512Z
DTSTART;TZID=Europe/Berlin:20261203T100000
DTEND;TZID=Europe/Berlin:20261203T103000
SUMMARY:Telefonisches Erstgespräch – Teamleitung Logistik (m/w/d) | Rheinfracht Logistik GmbH
DESCRIPTION:{esc(desc)}
LOCATION:Telefon
ORGANIZER;CN=Sabine Lorenz:mailto:s.lorenz@rheinfracht.de
ATTENDEE;CN=Sabine Lorenz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.lorenz@rheinfracht.de
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("personio-phone-de", "de", ics, uid, 1, "Rheinfracht Logistik", "Teamleitung Logistik",
              "recruiter_screen", "s.lorenz@rheinfracht.de", "personio-phone-screen-de", "Rheinfracht", "Personio")


def rheinfracht_onsite() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000A0C6E1F43E84DB01000000000000000010000000"
           "F2B5A6C0E3D4A24C9B5E7F10D2C8A345")
    desc = (
        "Hallo Frau Kowalska,\n\nwie telefonisch besprochen hier die Einladung zu unserem zweiten Gespräch "
        "bei uns vor Ort in Rheinhausen. Frau Lorenz ist wieder mit dabei. Im Anschluss zeige ich Ihnen gern "
        "unser Lager – bitte denken Sie an festes Schuhwerk.\n\nBesucherparkplätze gibt es direkt an der Pforte, "
        "bitte melden Sie sich am Empfang.\n\nViele Grüße\nThomas Brinkmann\nNiederlassungsleiter Duisburg\n"
        "Rheinfracht Logistik GmbH"
    )
    loc = "Rheinfracht Logistik GmbH, Logport I, Am Rheinkai 14, 47229 Duisburg"
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN="Brinkmann, Thomas":mailto:t.brinkmann@rheinfracht.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.kowalska@gmx.de:mailto:{FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lorenz, Sabine":mailto:s.lorenz@rheinfracht.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="DU-RH Besprechungsraum Rhein (EG)":
 mailto:raum.rhein.du@rheinfracht.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Rheinfracht – 2. Gespräch Teamleitung Logistik (vor Ort)
DTSTART;TZID=W. Europe Standard Time:20270112T140000
DTEND;TZID=W. Europe Standard Time:20270112T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261218T101122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:{esc(loc)}
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121570319
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Rheinfracht Logistik GmbH","LocationAnnotation":"","LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
""",
    )
    return Ev("exchange-onsite-de", "de", ics, uid, 1, "Rheinfracht Logistik", "Teamleitung Logistik", "onsite",
              "t.brinkmann@rheinfracht.de;s.lorenz@rheinfracht.de", "exchange-room-onsite-de", "Rheinfracht",
              "Exchange")


def westkamp_softgarden() -> Ev:
    uid = "sg-appointment-4417309-88213@softgarden.io"
    desc = (
        "Guten Tag Frau Kowalska,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch für die Position "
        "Supply Chain Planer (m/w/d) einladen zu dürfen.\n\nTermin: Mittwoch, 09.12.2026, 10:00 – 11:00 Uhr\n"
        "Ort: Westkamp Distribution GmbH & Co. KG, Zum Logistikpark 12, 59071 Hamm, Verwaltungsgebäude, 2. OG\n\n"
        "Ihre Gesprächspartner:\n- Claudia Weber, Leitung Supply Chain\n- Markus Hoff, Personalreferent\n\n"
        "Im Gespräch mit der Fachabteilung möchten wir Sie und Ihre Erfahrungen aus der Lagerlogistik "
        "besser kennenlernen. Bitte bringen Sie ein Ausweisdokument mit.\n\n"
        "Termin bestätigen oder absagen: https://westkamp.softgarden.io/de/appointment/4417309/88213\n\n"
        "Freundliche Grüße\nIhr Westkamp Recruiting Team"
    )
    loc = "Westkamp Distribution GmbH & Co. KG, Zum Logistikpark 12, 59071 Hamm"
    ics = cal(
        "PRODID:-//softgarden e-recruiting GmbH//softgarden//DE\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
DTSTAMP:20261126T134400Z
UID:{uid}
DTSTART:20261209T090000Z
DTEND:20261209T100000Z
SUMMARY:Einladung zum Vorstellungsgespräch – Supply Chain Planer (m/w/d)
DESCRIPTION:{esc(desc)}
LOCATION:{esc(loc)}
ORGANIZER;CN=Westkamp Distribution GmbH & Co. KG:mailto:noreply@softgarden.io
ATTENDEE;CN=Marta Kowalska;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("softgarden-de", "de", ics, uid, 1, "Westkamp Distribution", "Supply Chain Planer", "hiring_manager",
              "claudia weber;markus hoff", "softgarden-names-only-de", "Westkamp", "softgarden")


def westkamp_case() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000F0A2D9B6AB8FDB01000000000000000010000000"
           "9A1E6C3F72B0E44DA8C5F3E01B7D2C66")
    desc = (
        "Liebe Frau Kowalska,\n\nvielen Dank für das gute Gespräch letzte Woche. Wie angekündigt laden wir Sie "
        "zur zweiten Runde ein: Sie erhalten vorab eine kleine Fallstudie (Bestandsplanung für zwei "
        "Lieferanten mit saisonaler Nachfrage), die Sie uns im Termin ca. 20 Minuten präsentieren. Danach "
        "sprechen wir gemeinsam über Ihre Lösung.\n\nDie Unterlagen schicke ich Ihnen separat per Mail.\n\n"
        "Beste Grüße\nMarkus Hoff\nPersonalreferent\nWestkamp Distribution GmbH & Co. KG"
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261215T081959Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20270108T143000
DTSTAMP:20261215T081959Z
DTSTART;TZID="W. Europe Standard Time":20270108T130000
LAST-MODIFIED:20261215T081959Z
LOCATION:Westkamp Hamm – Besprechungsraum Lippe
ORGANIZER;CN="Hoff, Markus":mailto:m.hoff@westkamp.de
ATTENDEE;CN="marta.kowalska@gmx.de";RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Weber, Claudia";RSVP=TRUE:mailto:c.weber@westkamp.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Beamer mobil (Verwaltung)":mailto:beamer.verwaltung@westkamp.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:2. Runde Westkamp – Fallstudie Supply Chain Planung
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
""",
    )
    return Ev("outlook-case-de", "de", ics, uid, 1, "Westkamp Distribution", "Supply Chain Planer", "technical",
              "m.hoff@westkamp.de;c.weber@westkamp.de", "outlook-case-resource-de", "Westkamp", "Outlook")


def nscs_utc01() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000507F4E1AC585DB01000000000000000010000000"
           "66C2DA09F5A9C7449F1C8E3B04A7B912")
    body = teams("de", "329 661 480 215", "tK7qZ9", "NTk3ZDE2NzMtYWQ4Yi00ZjBjLWE2MjQtOWNiMzJjNTRhYmU3")
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nanbei die Einladung zu unserem Gespräch über die Position "
        "Logistikmanager/in Kontraktlogistik. Von unserer Seite nehmen Frau Brandes (HR Business Partner) und "
        f"ich teil.\n\nMit freundlichen Grüßen\nHauke Janssen\nHead of Operations\nNSCS – Nordhafen Supply Chain "
        f"Solutions GmbH\n\n{body}"
    )
    ics = cal(
        OUTLOOK16,
        TZ_UTC01,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Brandes, Ilka";RSVP=TRUE:mailto:ilka.brandes@nscs-logistik.de
CLASS:PUBLIC
CREATED:20261202T154210Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="{UTC01}":20261214T160000
DTSTAMP:20261202T154210Z
DTSTART;TZID="{UTC01}":20261214T150000
LAST-MODIFIED:20261202T154210Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Janssen, Hauke":mailto:hauke.janssen@nscs-logistik.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:NSCS | Interview Logistikmanager Kontraktlogistik
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-utc01-teams-de", "de", ics, uid, 1, "Nordhafen Supply Chain Solutions",
              "Logistikmanager Kontraktlogistik", "",
              "hauke.janssen@nscs-logistik.de;ilka.brandes@nscs-logistik.de", "outlook-utc01-acronym-de", "NSCS",
              "Outlook")


def ostwind_sf() -> Ev:
    uid = "SFINT-2027-000318-ORW@successfactors.eu"
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nhiermit bestätigen wir Ihren Interviewtermin für die Stelle "
        "Leitung Wareneingang (w/m/d) – Distributionszentrum Hamm (Job-ID 31877).\n\n"
        "Interviewrunde 1 (strukturiertes Interview)\nTeilnehmende: Ralf Wegener (Leiter Distributionszentrum), "
        "Birgit Sommer (HR)\n\nBitte melden Sie sich 10 Minuten vor Beginn am Empfang Tor 1.\n\n"
        "Ostwind Retail GmbH – Talent Acquisition\nDiese Nachricht wurde automatisch von SAP SuccessFactors erstellt."
    )
    loc = "Ostwind Retail GmbH, DC Hamm, Oberster Kamp 40, 59069 Hamm"
    ics = cal(
        "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
SEQUENCE:0
DTSTAMP:20261222T070101Z
DTSTART;TZID=Europe/Berlin:20270119T110000
DTEND;TZID=Europe/Berlin:20270119T120000
SUMMARY:Interviewtermin: Leitung Wareneingang (w/m/d) – Ostwind Retail GmbH
DESCRIPTION:{esc(desc)}
LOCATION:{esc(loc)}
ORGANIZER;CN="Ostwind Retail Talent Acquisition":mailto:noreply+ostwindretail@successfactors.eu
ATTENDEE;CN="Marta Kowalska";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Ralf Wegener";PARTSTAT=ACCEPTED:mailto:ralf.wegener@ostwind-retail.de
ATTENDEE;CN="Birgit Sommer";PARTSTAT=ACCEPTED:mailto:b.sommer@ostwind-retail.de
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("successfactors-de", "de", ics, uid, 1, "Ostwind Retail", "Leitung Wareneingang", "",
              "ralf.wegener@ostwind-retail.de;b.sommer@ostwind-retail.de", "successfactors-round1-de", "Ostwind",
              "SuccessFactors")


def ostwind_final() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000D0F9B37E1C9ADB01000000000000000010000000"
           "3B8E2A1D55C04F4EB1A9D6C27F0E8841")
    desc = (
        "Guten Tag Frau Kowalska,\n\nwie mit Herrn Wegener besprochen, möchten wir Sie zum Abschlussgespräch "
        "mit unserer Geschäftsleitung Logistik, Frau Dr. Jutta Fehr, einladen. Herr Wegener ist ebenfalls "
        "dabei.\n\nMit freundlichen Grüßen\ni. A. Birgit Sommer\nHR Business Partnerin\nOstwind Retail GmbH"
    )
    ics = cal(
        EXCHANGE,
        f"""
BEGIN:VEVENT
ORGANIZER;CN=Birgit Sommer:mailto:b.sommer@ostwind-retail.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Kowalska:mailto:{FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Jutta Fehr:mailto:j.fehr@ostwind-retail.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ralf Wegener:mailto:ralf.wegener@ostwind-retail.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Leitung Wareneingang – Ostwind Retail
DTSTART;TZID=W. Europe Standard Time:20270209T100000
DTEND;TZID=W. Europe Standard Time:20270209T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270201T091433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Zentrale Bielefeld\\, Raum 4.12
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
""",
    )
    return Ev("exchange-nozone-final-de", "de", ics, uid, 1, "Ostwind Retail", "Leitung Wareneingang", "final",
              "j.fehr@ostwind-retail.de;ralf.wegener@ostwind-retail.de", "exchange-windows-tz-no-vtimezone-de",
              "Ostwind", "Exchange")


def trixa_screen() -> Ev:
    uid = "teamtailor-interview-6c1d0f2e-93b4-4a51-8e77-0d5b2f9a3c18"
    desc = (
        "Hallo Marta,\n\nschön, dass du dich für die Stelle als Schichtleitung Fulfillment (m/w/d) bei Trixa "
        "interessierst! Ich rufe dich zum vereinbarten Termin kurz an (ca. 20 Minuten), damit wir uns "
        "kennenlernen und offene Fragen klären können.\n\nBis bald!\nLeonie Brandt\nTalent Acquisition | Trixa\n\n"
        "Termin verschieben: https://trixa.teamtailor.com/interviews/6c1d0f2e/reschedule"
    )
    ics = cal(
        "PRODID:-//Teamtailor//Teamtailor Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261125T162240Z
DTSTART:20261201T161500Z
DTEND:20261201T163500Z
SUMMARY:Telefoninterview: Schichtleitung Fulfillment (m/w/d) | Trixa
DESCRIPTION:{esc(desc)}
LOCATION:Telefonanruf
ORGANIZER;CN=Leonie Brandt:mailto:leonie.brandt@trixa.de
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Leonie Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:leonie.brandt@trixa.de
END:VEVENT
""",
    )
    return Ev("teamtailor-phone-de", "de", ics, uid, 1, "Trixa Fulfillment", "Schichtleitung Fulfillment",
              "recruiter_screen", "leonie.brandt@trixa.de", "teamtailor-phone-screen-de", "Trixa", "Teamtailor")


def trixa_onsite() -> Ev:
    uid = "uf63q1bk8r0m2t5j7v9c4d6e8g@google.com"
    desc = (
        "Hi Marta,\n\nwie besprochen: Vor-Ort-Termin bei uns in Dortmund-Ellinghausen. Murat (Standortleitung) "
        "führt dich durch die Halle, danach setzen wir uns zu dritt zusammen (ca. 60 Min).\n\n"
        "Anmeldung am Empfang Halle B, Parken auf P3.\n\nLG Leonie"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270115T090000
DTEND;TZID=Europe/Berlin:20270115T111500
DTSTAMP:20261216T104507Z
ORGANIZER;CN=leonie.brandt@trixa.de:mailto:leonie.brandt@trixa.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=leonie.brandt@trixa.de;X-NUM-GUESTS=0:mailto:leonie.brandt@trixa.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=murat.oezdemir@trixa.de;X-NUM-GUESTS=0:mailto:murat.oezdemir@trixa.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
CREATED:20261216T104506Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261216T104506Z
LOCATION:Trixa Fulfillment GmbH\\, Ellinghauser Str. 220\\, 44359 Dortmund\\, Deutschland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trixa | Vor-Ort-Termin + Hallenrundgang (Schichtleitung)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-onsite-de", "de", ics, uid, 1, "Trixa Fulfillment", "Schichtleitung", "onsite",
              "leonie.brandt@trixa.de;murat.oezdemir@trixa.de", "google-onsite-tour-de", "Trixa", "Google Calendar")


def fahrland_bookings() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00807EB010F1E7A6B52E6A3DB01000000000000000010000000"
           "C0A7B3E9F1D2584C8D4E6A0F3B1C2D77")
    body = teams("de", "384 120 556 903", "Hn4sP2", "ZjQ3YmRkYjItNzQ1Yy00ZDYxLTg2NDctYjIwNmZlODQ0MTlk")
    desc = (
        "Buchungsdetails\n\nDienst: Vorstellungsgespräch Logistikleitung (45 Minuten)\nMitarbeiter: Ingo Pieper\n"
        "Kunde: Marta Kowalska\nE-Mail: marta.kowalska@gmx.de\n\n"
        "Hinweis: Sie haben diesen Termin über unsere Buchungsseite \"Fahrland Karriere\" gebucht. "
        "Ändern oder stornieren: https://outlook.office365.com/owa/calendar/FahrlandKarriere@fahrland-baustoffe.de"
        f"/bookings/s/7Kp2qRzX1E6aYb0Tn4w\n\n{body}"
    )
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN=Fahrland Karriere:mailto:FahrlandKarriere@fahrland-baustoffe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Kowalska:mailto:{FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingo Pieper:mailto:i.pieper@fahrland-baustoffe.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Logistikleitung
DTSTART;TZID=W. Europe Standard Time:20270121T083000
DTEND;TZID=W. Europe Standard Time:20270121T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270107T193012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ3YmRkYjI%40thread.v2/0
END:VEVENT
""",
    )
    return Ev("bookings-de", "de", ics, uid, 1, "Fahrland Baustoffe", "Logistikleitung", "",
              "i.pieper@fahrland-baustoffe.de", "ms-bookings-mailbox-organizer-de", "Fahrland", "Microsoft Bookings")


EVENTS = [
    rheinfracht_screen,
    rheinfracht_onsite,
    westkamp_softgarden,
    westkamp_case,
    nscs_utc01,
    ostwind_sf,
    ostwind_final,
    trixa_screen,
    trixa_onsite,
    fahrland_bookings,
]
