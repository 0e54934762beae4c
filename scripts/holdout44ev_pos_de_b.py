"""holdout44: the user's own interviews, German, part B (recurring, cancelled, Teams, Recruitee, Zoom)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Berner Energie": "BEAG",
    "Limmat Versicherungen": "",
    "Gantrisch Bergbahnen": "",
    "Seeland Medizintechnik": "",
    "Zumstein Präzision": "",
}

_BEAG_RECURRING = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN=Assessment BEAG:mailto:assessment@berner-energie.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bieri, Ruth":mailto:ruth.bieri@berner-energie.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Felix Lanz:mailto:felix.lanz@lanz-consulting.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Favre\n\nGerne bestätigen wir Ihnen das zweitägige Assessment für
  die Stelle Leiter/in Controlling. Assessorin und Assessor: Ruth Bieri (CFO, Berner Energie AG) und Dr. Felix Lanz
  (Lanz Consulting, Wirtschaftspsychologe).\n\nTag 1: Postkorbübung, Fallstudie, Interview\nTag 2: Rollenspiel
  Mitarbeitergespräch, Präsentation vor der Geschäftsleitung, Feedback\n\nOrt: BEAG Hauptsitz, Viktoriaplatz 2, 3013
  Bern, Schulungsraum EG.\n\nFreundliche Grüsse\nIhr Assessment-Team der BEAG\n
UID:040000008200E00074C5B7101A82E00800000000C8E6A4F2B0CFDC010000000000000000100000007A6B5C4D3E2F10FEDCBA0987654321AB
SUMMARY;LANGUAGE=de-CH:Assessment Leiter/in Controlling - Frau Favre
DTSTART;TZID=W. Europe Standard Time:20260505T083000
DTEND;TZID=W. Europe Standard Time:20260505T163000
RRULE:FREQ=DAILY;COUNT=2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260421T093012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:BEAG Hauptsitz\, Viktoriaplatz 2\, Bern
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN=Assessment BEAG:mailto:assessment@berner-energie.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bieri, Ruth":mailto:ruth.bieri@berner-energie.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Felix Lanz:mailto:felix.lanz@lanz-consulting.ch
DESCRIPTION;LANGUAGE=de-CH:Tag 2 beginnt neu um 10:00 Uhr (Verschiebung wegen GL-Sitzung). Rollenspiel,
  Präsentation vor der Geschäftsleitung, Feedback.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260506T083000
UID:040000008200E00074C5B7101A82E00800000000C8E6A4F2B0CFDC010000000000000000100000007A6B5C4D3E2F10FEDCBA0987654321AB
SUMMARY;LANGUAGE=de-CH:Assessment Leiter/in Controlling - Frau Favre (Tag 2\, Start 10:00)
DTSTART;TZID=W. Europe Standard Time:20260506T100000
DTEND;TZID=W. Europe Standard Time:20260506T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T153344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:BEAG Hauptsitz\, Viktoriaplatz 2\, Bern
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
"""

_LIMMAT_CANCEL = r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Meier, Jasmin":mailto:jasmin.meier@limmat-versicherungen.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Favre\n\nLeider muss ich unser Telefoninterview von morgen kurzfristig
  absagen. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag.\n\nBeste Grüsse\nJasmin Meier\n
  ~Talent Acquisition\nLimmat Versicherungen AG\n
UID:040000008200E00074C5B7101A82E00800000000F1A3C5E7B9BEDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-CH:Abgesagt: Telefoninterview Controller/in - Limmat Versicherungen
DTSTART;TZID=W. Europe Standard Time:20260319T163000
DTEND;TZID=W. Europe Standard Time:20260319T170000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260318T145902Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""

_BIEL_TEAMS = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Zbinden, Ursula":mailto:ursula.zbinden@biel-bienne.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber, Andrea":mailto:andrea.gerber@biel-bienne.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lüthi, Marc":mailto:marc.luethi@biel-bienne.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Favre\n\nVielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu
  einem ersten Gespräch per Video ein. Gesprächspartner sind Frau Andrea Gerber (Leiterin Personalamt) und Herr Marc
  Lüthi (stv. Leiter Finanzverwaltung). Das Gespräch kann auf Deutsch oder Französisch geführt werden.\n\nFreundliche
  Grüsse\nUrsula Zbinden\nPersonalamt Stadt Biel\n\n
  ~________________________________________________________________________________\nMicrosoft Teams-Besprechung\n
  ~Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\nKlicken Sie hier, um an der Besprechung
  teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA5NDk2YzctNWQxMy00%40thread.v2/0>\n
  ~Besprechungs-ID: 352 018 774 660\nPasscode: dV5sQ8\nTeams herunterladen<https://www.microsoft.com/de-ch/microsoft-
  ~teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n
  ~________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000029E7C5A3F1CCDC0100000000000000001000000089ABCDEF0123456789ABCDEF01234567
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Leiter/in Finanzverwaltung - 1. Runde (Video)
DTSTART;TZID=W. Europe Standard Time:20260416T140000
DTEND;TZID=W. Europe Standard Time:20260416T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T100044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA5NDk2YzctNWQxMy00
  ~%40thread.v2/0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""

_GANTRISCH = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz utc01
BEGIN:VEVENT
ORGANIZER;CN="Schmid, Reto":mailto:reto.schmid@gantrisch-bergbahnen.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sitzungszimmer Talstation:
  ~mailto:sitzung.talstation@gantrisch-bergbahnen.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Favre\n\nBesten Dank für Ihr Dossier. Ich freue mich, Sie in der
  Talstation kennenzulernen und Ihnen die Stelle Leiter/in Finanzen & Administration vorzustellen. Wir sprechen
  auch Französisch, falls Ihnen das lieber ist.\n\nAnreise: ab Bern mit der S-Bahn bis Schwarzenburg, dann Bus 611
  bis Haltestelle Talstation.\n\nFreundliche Grüsse\nReto Schmid\nGeschäftsführer\nGantrisch Bergbahnen AG\n
UID:040000008200E00074C5B7101A82E00800000000D0B2F4A6C8C3DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=de-CH:Interview Leiter/in Finanzen & Administration
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260417T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260417T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260407T191207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Sitzungszimmer Talstation
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_SEELAND_RECRUITEE = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-event-2290417@recruitee.com
DTSTAMP:20260305T162811Z
DTSTART:20260312T070000Z
DTEND:20260312T073000Z
SUMMARY:Telefoninterview: Controller (m/w/d) – Seeland Medizintechnik AG
ORGANIZER;CN=Lukas Hostettler:mailto:lukas.hostettler@seeland-medtech.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Lukas Hostettler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.hostettler@seeland-medtech.ch
LOCATION:Telefon – wir rufen Sie an
DESCRIPTION:Guten Tag Frau Favre\n\nbesten Dank für Ihre Bewerbung. Wie besprochen rufe ich Sie für ein kurzes
  telefonisches Erstgespräch an (ca. 30 Minuten).\n\nLukas Hostettler\nTalent Acquisition\nSeeland Medizintechnik
  AG, Biel/Bienne\n\nTermin verschieben: https://app.recruitee.com/candidate/schedule/2290417/reschedule
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_ZUMSTEIN_ZOOM = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260427T143000
DTEND;TZID=Europe/Zurich:20260427T160000
DTSTAMP:20260420T111409Z
ORGANIZER;CN=Pascal Zumstein:mailto:pascal.zumstein@zumstein-praezision.ch
UID:6d0h4l8p2t6x0b4f8j2n6r0v4z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pascal Zumstein;X-NUM-GUESTS=0:
  ~mailto:pascal.zumstein@zumstein-praezision.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Corinne Stucki;X-NUM-GUESTS=0:
  ~mailto:c.stucki@zumstein-praezision.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Guten Tag Frau Favre\, wie besprochen: Case-Präsentation (Kostenrechnung Werk Grenchen\, 20 Min.)
  und Fragerunde mit Corinne Stucki (Leiterin Rechnungswesen) und mir.\n\nPascal Zumstein\, CFO\n\nZumstein
  Präzision AG lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Case-Präsentation Leiterin Controlling\n\n
  ~Zoom-Meeting beitreten\nhttps://zumstein.zoom.us/j/93170254418?pwd=c2RhS0hnQmVOd2pYbUZ0dz09\n\nMeeting-ID: 931
  7025 4418\nKenncode: 771203\n\n---\n\nSchnelleinwahl mobil\n+41315280988,,93170254418#,,,,*771203# Schweiz\n\n
  ~Einwahl nach aktuellem Standort\n• +41 31 528 0988 Schweiz\n• +41 43 456 9248 Schweiz
LAST-MODIFIED:20260420T111409Z
LOCATION:https://zumstein.zoom.us/j/93170254418?pwd=c2RhS0hnQmVOd2pYbUZ0dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case-Präsentation Leiterin Controlling – C. Favre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("recurring-assessment-de", "de",
       "040000008200E00074C5B7101A82E00800000000C8E6A4F2B0CFDC010000000000000000100000007A6B5C4D3E2F10FEDCBA0987654321AB",
       _BEAG_RECURRING, 1, "Berner Energie", "Leiter/in Controlling", "onsite",
       "ruth.bieri@berner-energie.ch;felix.lanz@lanz-consulting.ch", "recurring-override-assessment-de"),
    Ev("cancelled-phone-de", "de",
       "040000008200E00074C5B7101A82E00800000000F1A3C5E7B9BEDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
       _LIMMAT_CANCEL, 1, "Limmat Versicherungen", "Controller/in", "recruiter_screen",
       "jasmin.meier@limmat-versicherungen.ch", "method-cancel-phone-screen-de"),
    Ev("teams-city-de", "de",
       "040000008200E00074C5B7101A82E0080000000029E7C5A3F1CCDC0100000000000000001000000089ABCDEF0123456789ABCDEF01234567",
       _BIEL_TEAMS, 1, "Ville de Bienne", "Leiter/in Finanzverwaltung", "",
       "andrea.gerber@biel-bienne.ch;marc.luethi@biel-bienne.ch", "outlook-teams-city-first-round-de"),
    Ev("outlook-utc01-de", "de",
       "040000008200E00074C5B7101A82E00800000000D0B2F4A6C8C3DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
       _GANTRISCH, 1, "Gantrisch Bergbahnen", "Leiter/in Finanzen & Administration", "hiring_manager",
       "reto.schmid@gantrisch-bergbahnen.ch", "outlook-utc01-room-de"),
    Ev("recruitee-phone-de", "de", "recruitee-interview-event-2290417@recruitee.com", _SEELAND_RECRUITEE, 1,
       "Seeland Medizintechnik", "Controller (m/w/d)", "recruiter_screen", "lukas.hostettler@seeland-medtech.ch",
       "recruitee-utc-phone-screen-de"),
    Ev("zoom-case-de", "de", "6d0h4l8p2t6x0b4f8j2n6r0v4z@google.com", _ZUMSTEIN_ZOOM, 1,
       "Zumstein Präzision", "Leiterin Controlling", "technical",
       "pascal.zumstein@zumstein-praezision.ch;c.stucki@zumstein-praezision.ch", "google-zoom-case-de"),
]
