"""holdout44: the user's own interviews, German, part A (SuccessFactors, Outlook, Personio, softgarden, agency)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Aarebank": "",
    "Tessel": "",
    "Brunner Logistik": "",
    "Hofer Bau": "",
}

_AARE_SF = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:SF-ISC-30571-88120-1@aarebank.successfactors.eu
DTSTAMP:20260313T094418Z
DTSTART;TZID=Europe/Zurich:20260324T133000
DTEND;TZID=Europe/Zurich:20260324T150000
SUMMARY:Vorstellungsgespräch: Leiter/in Finanzen (w/m/d) - Chloé Favre
ORGANIZER;CN=Aarebank AG Recruiting:mailto:recruiting@aarebank.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Markus Stalder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:markus.stalder@aarebank.ch
ATTENDEE;CN=Regula Hänni;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:regula.haenni@aarebank.ch
LOCATION:Aarebank AG, Bundesplatz 6, 3011 Bern
DESCRIPTION:Sehr geehrte Frau Favre\n\nVielen Dank für Ihre Bewerbung als Leiter/in Finanzen (w/m/d), Job-ID
  30571. Gerne laden wir Sie zu einem persönlichen Gespräch ein.\n\nDatum: Dienstag, 24. März 2026\nZeit: 13:30 –
  15:00 Uhr\nOrt: Aarebank AG, Bundesplatz 6, 3011 Bern, Empfang 1. OG\n\nGesprächsteilnehmende:\n- Markus Stalder,
  CFO\n- Regula Hänni, HR Business Partnerin\n\nBitte bringen Sie einen amtlichen Ausweis mit.\n\nFreundliche
  Grüsse\nAarebank AG – HR Recruiting\n\nDiese Nachricht wurde über SAP SuccessFactors versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_AARE_CASE = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Stalder, Markus":mailto:markus.stalder@aarebank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wüthrich, Beat":mailto:beat.wuethrich@aarebank.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="BE-Bundesplatz-SZ Aare (10)":
  ~mailto:sz.aare@aarebank.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Favre\n\nBesten Dank für das angenehme Gespräch von letzter Woche.
  Wie angekündigt laden wir Sie zum Zweitgespräch ein. Im ersten Teil präsentieren Sie uns Ihre Lösung der
  Fallstudie (Budgetprozess und Liquiditätsplanung, Unterlagen erhalten Sie separat), anschliessend vertiefen wir
  einige Fragen mit Herrn Dr. Beat Wüthrich, CEO.\n\nFreundliche Grüsse\nMarkus Stalder\nCFO\n
UID:040000008200E00074C5B7101A82E0080000000087C5A3E1F9C5DC010000000000000000100000004455667788990011AABBCCDDEEFF0011
SUMMARY;LANGUAGE=de-CH:Zweitgespräch / Fallstudie - Frau C. Favre
DTSTART;TZID=W. Europe Standard Time:20260408T090000
DTEND;TZID=W. Europe Standard Time:20260408T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T160201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:BE-Bundesplatz-SZ Aare (10)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_TESSEL_PERSONIO = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:personio-interview-5120931-11804@personio.de
DTSTAMP:20260306T101533Z
DTSTART;TZID=Europe/Zurich:20260311T110000
DTEND;TZID=Europe/Zurich:20260311T113000
SUMMARY:Einladung zum Kennenlerngespräch – Head of Finance (m/w/d)
ORGANIZER;CN=Nina Oberholzer:mailto:nina.oberholzer@tessel.io
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Nina Oberholzer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nina.oberholzer@tessel.io
LOCATION:https://meet.google.com/hzv-tqbe-kpa
DESCRIPTION:Hallo Chloé\n\nvielen Dank für deine Bewerbung als Head of Finance (m/w/d) bei Tessel. Wir möchten
  dich gerne in einem ersten, lockeren Kennenlerngespräch (30 Min.) besser kennenlernen und dir mehr über Tessel und
  das Team erzählen.\n\nDeine Gesprächspartnerin: Nina Oberholzer, Talent Partner\n\nÜber Google Meet teilnehmen:
  https://meet.google.com/hzv-tqbe-kpa\nTelefonisch teilnehmen: (CH) +41 44 529 81 10 PIN: 608 112 447#\n\nViele
  Grüsse\nDein Tessel People Team\n\nPowered by Personio
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_BRUNNER_SOFTGARDEN = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sg-appointment-20260402-1500-7719342@softgarden.io
DTSTAMP:20260325T140105Z
DTSTART:20260402T130000Z
DTEND:20260402T140000Z
SUMMARY:Vorstellungsgespräch Controller:in (80–100 %) – Brunner Logistik AG
ORGANIZER;CN=Brunner Logistik AG:mailto:brunner-logistik@applicant.softgarden.io
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:Microsoft Teams (Link siehe Beschreibung)
DESCRIPTION:Guten Tag Frau Favre\n\nWir freuen uns, Sie zu einem Vorstellungsgespräch für die Position
  Controller:in (80–100 %) einzuladen.\n\nTermin: Donnerstag, 2. April 2026, 15:00 – 16:00 Uhr\nOrt: online via
  Microsoft Teams\nGesprächspartner: Martin Aebersold (Leiter Finanzen & Controlling), Sandra Wyss (HR)\n\n
  ~Microsoft Teams-Besprechung\nKlicken Sie hier, um an der Besprechung teilzunehmen:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E1MzQ0NWQtYmY3MS00%40thread.v2/0\nBesprechungs-ID: 371
  552 118 903\nPasscode: 9Ru4Wk\n\nFreundliche Grüsse\nIhr Recruiting-Team der Brunner Logistik AG\n\nDiese
  Einladung wurde mit softgarden versendet.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_BRUNNER_FINAL = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Aebersold, Martin":mailto:martin.aebersold@brunner-logistik.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brunner, Hans-Peter":
  ~mailto:hp.brunner@brunner-logistik.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Wyss, Sandra":mailto:sandra.wyss@brunner-logistik.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Favre\n\nGerne bestätige ich Ihnen das Schlussgespräch mit unserem
  Inhaber und CEO, Hans-Peter Brunner, und mir. Anschliessend zeigen wir Ihnen bei einem kurzen Rundgang das
  Verteilzentrum. Sandra Wyss ist nur zur Information eingeladen.\n\nAdresse: Industriestrasse 12, 3322 Schönbühl
  (Besucherparkplätze vor dem Hauptgebäude).\n\nFreundliche Grüsse\nMartin Aebersold\nLeiter Finanzen &
  Controlling\nBrunner Logistik AG\n
UID:040000008200E00074C5B7101A82E008000000009D3B1F5C7ACADC01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F10
SUMMARY;LANGUAGE=de-CH:Schlussgespräch Controller:in - Frau Favre (mit H.-P. Brunner)
DTSTART;TZID=W. Europe Standard Time:20260420T140000
DTEND;TZID=W. Europe Standard Time:20260420T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260410T074455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Brunner Logistik AG\, Industriestrasse 12\, Schönbühl
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_HOFER_AGENCY = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Thomas":mailto:t.kessler@kessler-search.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofer, Andreas":mailto:a.hofer@hoferbau.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zürcher, Daniel":mailto:d.zuercher@hoferbau.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Favre\n\nWie telefonisch besprochen, bestätige ich Ihnen das
  Gespräch mit Herrn Andreas Hofer (Präsident des Verwaltungsrates) und Herrn Daniel Zürcher (CEO) der Hofer Bau AG
  im Rahmen der CFO-Nachfolge. Ich begrüsse Sie vor Ort und stelle Sie den Herren vor; am Gespräch selbst nehme ich
  nicht teil.\n\nTreffpunkt: Hofer Bau AG, Allmendstrasse 55, 3600 Thun, Empfang.\n\nBitte behandeln Sie das
  Mandat weiterhin vertraulich.\n\nFreundliche Grüsse\nThomas Kessler\nPartner\nKessler Executive Search AG\n
UID:040000008200E00074C5B7101A82E00800000000335AB7C9E1C6DC0100000000000000001000000000112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=de-CH:Gespräch Hofer Bau AG - CFO-Nachfolge / Frau Favre
DTSTART;TZID=W. Europe Standard Time:20260415T160000
DTEND;TZID=W. Europe Standard Time:20260415T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T121719Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Hofer Bau AG\, Allmendstrasse 55\, Thun
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("successfactors-de", "de", "SF-ISC-30571-88120-1@aarebank.successfactors.eu", _AARE_SF, 1,
       "Aarebank", "Leiter/in Finanzen (w/m/d)", "hiring_manager",
       "markus.stalder@aarebank.ch;regula.haenni@aarebank.ch", "successfactors-cfo-and-hr-de"),
    Ev("outlook-case-de", "de",
       "040000008200E00074C5B7101A82E0080000000087C5A3E1F9C5DC010000000000000000100000004455667788990011AABBCCDDEEFF0011",
       _AARE_CASE, 1, "Aarebank", "", "technical", "markus.stalder@aarebank.ch;beat.wuethrich@aarebank.ch",
       "outlook-case-study-resource-de"),
    Ev("personio-meet-de", "de", "personio-interview-5120931-11804@personio.de", _TESSEL_PERSONIO, 1,
       "Tessel", "Head of Finance (m/w/d)", "recruiter_screen", "nina.oberholzer@tessel.io",
       "personio-kennenlernen-meet-de"),
    Ev("softgarden-de", "de", "sg-appointment-20260402-1500-7719342@softgarden.io", _BRUNNER_SOFTGARDEN, 1,
       "Brunner Logistik", "Controller:in (80–100 %)", "hiring_manager", "martin aebersold;sandra wyss",
       "softgarden-utc-names-only-de"),
    Ev("outlook-final-owner-de", "de",
       "040000008200E00074C5B7101A82E008000000009D3B1F5C7ACADC01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F10",
       _BRUNNER_FINAL, 1, "Brunner Logistik", "Controller:in", "final",
       "martin.aebersold@brunner-logistik.ch;hp.brunner@brunner-logistik.ch", "outlook-final-optional-hr-de"),
    Ev("agency-search-de", "de",
       "040000008200E00074C5B7101A82E00800000000335AB7C9E1C6DC0100000000000000001000000000112233445566778899AABBCCDDEEFF",
       _HOFER_AGENCY, 1, "Hofer Bau", "CFO", "hiring_manager", "a.hofer@hoferbau.ch;d.zuercher@hoferbau.ch",
       "headhunter-names-employer-de"),
]
