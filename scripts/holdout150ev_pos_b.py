# ruff: noqa: E501, W291
"""holdout150 events: German employers (Personio, softgarden, Outlook, headhunter, Bookings)."""

from holdout150ev_tz import BER, WEST_WIN

EVENTS = [
    dict(
        kind="personio-screen",
        uid="personio-interview-8f3c2a71-4b0e-4d55-9e61-2c7a0d5b93e4",
        iv=1, company="Rheinwerk Chemie", role="Financial Controller (m/w/d) – Werk Wrocław",
        stage="recruiter_screen", who="s.hoffmann@rheinwerk-chemie.de",
        trap="personio-german-kennenlerngespraech",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
{BER}BEGIN:VEVENT
UID:personio-interview-8f3c2a71-4b0e-4d55-9e61-2c7a0d5b93e4
DTSTAMP:20250219T101544Z
DTSTART;TZID=Europe/Berlin:20250226T090000
DTEND;TZID=Europe/Berlin:20250226T093000
SUMMARY:Kennenlerngespräch | Financial Controller (m/w/d) – Werk Wrocław
ORGANIZER;CN=Sabine Hoffmann:mailto:s.hoffmann@rheinwerk-chemie.de
ATTENDEE;CN=Sabine Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.hoffmann@rheinwerk-chemie.de
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Frau Nowak\\,\\n\\nvielen Dank für Ihre Bewerbung als Financ
 ial Controller (m/w/d) für unser Werk in Wrocław. Gerne möchten wir Sie in ei
 nem ersten Gespräch (ca. 30 Minuten\\, auf Deutsch oder Englisch) kennenlernen
 .\\n\\nLink zum Termin: https://teams.microsoft.com/l/meetup-join/19%3ameetin
 g_OWQ1ZDk0@thread.v2/0\\n\\nMit freundlichen Grüßen\\nSabine Hoffmann\\nHR Re
 cruiting | Rheinwerk Chemie GmbH\\, Leverkusen\\n\\nGesendet über Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-fachgespraech",
        uid="040000008200E00074C5B7101A82E00800000000B07E5F2C0A94DB01000000000000000010000000F1E2D3C4B5A6978877665544332211AA",
        iv=1, company="Rheinwerk Chemie", role="Financial Controller (m/w/d) – Werk Wrocław", stage="technical",
        who="thomas.brandt@rheinwerk-chemie.de;jan.nowicki@rheinwerk-chemie.pl",
        trap="german-fachgespraech-windows-zone-two-interviewers",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Brandt, Thomas":mailto:Thomas.Brandt@rheinwerk-chemie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katarzyna Nowak":mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowicki, Jan":mailto:Jan.Nowicki@rheinwerk-chemie.pl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hoffmann, Sabine":mailto:S.Hoffmann@rheinwerk-chemie.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Nowak\\,\\n\\nwie mit Frau Hoffmann besprochen\\, lade ich Sie zu einem Fachgespräch ein. Teilnehmer: Thomas Brandt (Leiter Werkscontrolling) und Jan Nowicki (Werkleiter Wrocław). Themen: Kostenstellenrechnung\\, Abweichungsanalyse\\, Monatsabschluss nach HGB/IFRS\\, SAP CO-PA.\\n\\nBitte planen Sie 20 Minuten für eine kurze Excel-Aufgabe ein\\, die wir gemeinsam besprechen.\\n\\nBeste Grüße\\nThomas Brandt\\n\\n________________________________________________________________________________\\nMicrosoft Teams-Besprechung\\nÜber Ihren Computer\\, eine mobile App oder ein Raumgerät teilnehmen\\nKlicken Sie hier\\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2E4NjQx@thread.v2/0>\\nBesprechungs-ID: 391 552 180 716\\nKennung: 9bX2kP\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000B07E5F2C0A94DB01000000000000000010000000F1E2D3C4B5A6978877665544332211AA
SUMMARY;LANGUAGE=de-DE:Fachgespräch Financial Controller Werk Wrocław - Fr. Nowak
DTSTART;TZID=W. Europe Standard Time:20250312T140000
DTEND;TZID=W. Europe Standard Time:20250312T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T133412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-werk-vor-ort",
        uid="040000008200E00074C5B7101A82E008000000006C3D8E1F2BA3DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        iv=1, company="Rheinwerk Chemie", role="Financial Controller (m/w/d) – Werk Wrocław", stage="final",
        who="dr.k.engel@rheinwerk-chemie.de;jan.nowicki@rheinwerk-chemie.pl",
        trap="german-werksbesuch-final-round-with-cfo",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Sabine":mailto:S.Hoffmann@rheinwerk-chemie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katarzyna Nowak":mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Engel, Dr. Katrin":mailto:Dr.K.Engel@rheinwerk-chemie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowicki, Jan":mailto:Jan.Nowicki@rheinwerk-chemie.pl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="PL-WRO Besprechungsraum Odra":mailto:pl-wro-odra@rheinwerk-chemie.pl
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Nowak\\,\\n\\nwir freuen uns\\, Sie zum abschließenden Gespräch mit unserer CFO Dr. Katrin Engel und Herrn Nowicki in unserem Werk in Wrocław begrüßen zu dürfen (ul. Fabryczna 41\\, 53-609 Wrocław). Im Anschluss ist ein Werksrundgang (ca. 45 Min.) geplant\\, bitte festes Schuhwerk mitbringen.\\n\\nFahrtkosten werden erstattet.\\n\\nViele Grüße\\nSabine Hoffmann
UID:040000008200E00074C5B7101A82E008000000006C3D8E1F2BA3DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch + Werksrundgang | K. Nowak
DTSTART;TZID=W. Europe Standard Time:20250327T100000
DTEND;TZID=W. Europe Standard Time:20250327T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T081127Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Werk Wrocław\\, ul. Fabryczna 41 - Besprechungsraum Odra
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-invite",
        uid="sg-4471203-appointment-99120@softgarden.io",
        iv=1, company="Kessler Antriebstechnik", role="Werkscontroller (m/w/d) Polen", stage="",
        who="m.richter@kessler-antriebe.de", trap="softgarden-german-vorstellungsgespraech-no-stage",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sg-4471203-appointment-99120@softgarden.io
DTSTAMP:20250402T071830Z
DTSTART:20250409T110000Z
DTEND:20250409T120000Z
SUMMARY:Einladung zum Vorstellungsgespräch - Werkscontroller (m/w/d) Polen
ORGANIZER;CN=Kessler Antriebstechnik GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Markus Richter;PARTSTAT=ACCEPTED:mailto:m.richter@kessler-antriebe.de
LOCATION:Videointerview (Link folgt)
DESCRIPTION:Guten Tag Frau Nowak\\,\\n\\nwir laden Sie herzlich zu einem Vor
 stellungsgespräch für die Position Werkscontroller (m/w/d) Polen (Standort 
 Legnica) ein. Ihr Gesprächspartner ist Markus Richter\\, Head of Controlling
  Europe.\\n\\nDen Link zum Videointerview erhalten Sie am Vortag.\\n\\nSie k
 önnen den Termin hier bestätigen oder verschieben: https://kessler.softgar
 den.io/de/appointment/99120\\n\\nIhr Recruiting-Team der Kessler Antriebste
 chnik GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-gmail-confidential",
        uid="2b0t7n4rj5s8p1c6h9m3lqe0ga@google.com",
        iv=1, company="Oberland Kabelwerke", role="Head of Finance Poland", stage="recruiter_screen",
        who="c.lindemann@hallstein-search.com", trap="headhunter-vertraulich-employer-only-in-body",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BER}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250505T173000
DTEND;TZID=Europe/Berlin:20250505T181500
DTSTAMP:20250430T154402Z
ORGANIZER;CN=Christian Lindemann:mailto:c.lindemann@hallstein-search.com
UID:2b0t7n4rj5s8p1c6h9m3lqe0ga@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Christian Lindemann;X-NUM-GUESTS=0:mailto:c.lindemann@hallstein-search.
 com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Dear Ms Nowak\\,\\n\\nthank you for agreeing to speak. As mention
 ed on LinkedIn\\, our client is Oberland Kabelwerke AG (cable manufacturer\\,
  HQ Bavaria)\\, who are looking for a Head of Finance Poland for their two p
 lants near Wrocław. Please treat this as confidential. I would like to go 
 through your background and the mandate in about 45 minutes.\\n\\nJoin with
  Google Meet: https://meet.google.com/vxk-qrzt-bhn\\nOr dial: (DE) +49 30 30
 01 94 11 PIN: 662 018 947#\\n\\nChristian Lindemann\\nPartner\\, Hallstein Ex
 ecutive Search\\, München
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vertrauliches Gespräch - C. Lindemann / K. Nowak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-kennenlernen",
        uid="AAMkADc1Yjg4ZTUwLWZmNTQtNGQ3ZS1hNzg1LTI5NGI1MjA3ZWE3MQBGAAAAAAD7dQ3kR0b2Tq5Kq1nMaVvYBwCk",
        iv=1, company="Maas & Vogt", role="Leitung Finanzen und Controlling Polen", stage="recruiter_screen",
        who="Hanna Vogt", trap="microsoft-bookings-german-kennenlernen-staff-by-name",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST_WIN}BEGIN:VEVENT
ORGANIZER;CN=Maas & Vogt Karriere:mailto:MaasVogtKarriere@maasvogt.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katarzyna Nowak:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\\n\\nService: Kennenlernen - Leitung Finanzen und Controlling Polen (30 Min.)\\nMitarbeiter: Hanna Vogt\\n\\nKunde: Katarzyna Nowak\\nE-Mail: kasia.nowak.fin@wp.pl\\nTelefon: +48 601 *** 412\\n\\nNotizen: Bitte per Teams\\, Deutsch ist kein Problem (B2).\\n\\nTermin verwalten: https://outlook.office365.com/owa/calendar/MaasVogtKarriere@maasvogt.onmicrosoft.com/bookings/\\n\\nMicrosoft Teams-Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zjk1MzE2@thread.v2/0
UID:AAMkADc1Yjg4ZTUwLWZmNTQtNGQ3ZS1hNzg1LTI5NGI1MjA3ZWE3MQBGAAAAAAD7dQ3kR0b2Tq5Kq1nMaVvYBwCk
SUMMARY;LANGUAGE=de-DE:Kennenlernen - Leitung Finanzen und Controlling Polen (30 Min.)
DTSTART;TZID=W. Europe Standard Time:20250521T083000
DTEND;TZID=W. Europe Standard Time:20250521T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T192011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
]
