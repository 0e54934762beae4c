# ruff: noqa: E501
"""holdout225 events, part f: the user on the HIRING side at Kita Sonnenblume / Kinderwelt München e.V."""

from holdout225ev_tz import BERLIN_APPLE, BERLIN_GOOGLE, WEST_EUROPE_OUTLOOK

_HDR_OL = "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
_NEG = dict(interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(_NEG, kind="vorstellung-erzieherin", uid="040000008200E00074C5B7101A82E00800000000E1D2C3B4A58ADB0100000000000000001000000011223344556677889900AABBCCDDEEFF",
         trap="user-as-interviewer-vorstellungsgespraech-erzieherin-with-deputy",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN="Pröbstl, Sonja";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:s.proebstl@kinderwelt-muenchen.de
ATTENDEE;CN=Derya Yildiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:derya.yildiz94@gmail.com
DESCRIPTION:Liebe Frau Yildiz\,\n\nvielen Dank für Ihre Bewerbung als Erzieherin (Vollzeit\, Kindergartengruppe Füchse). Wir freuen uns\, Sie am Mittwoch in der Kita Sonnenblume kennenzulernen. Meine Stellvertreterin Frau Pröbstl ist ebenfalls dabei.\n\nBitte klingeln Sie beim Haupteingang.\n\nHerzliche Grüße\nFranziska Hofbauer\nKita-Leitung Kita Sonnenblume\nKinderwelt München e.V.\n
DTSTART;TZID="W. Europe Standard Time":20250312T140000
DTEND;TZID="W. Europe Standard Time":20250312T150000
DTSTAMP:20250305T111200Z
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Fr. Yildiz (Erzieherin Füchse)
LOCATION:Kita Sonnenblume\, Büro Leitung
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A58ADB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SEQUENCE:0
TRANSP:OPAQUE
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="bewertungsbogen", uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B68ADB01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900",
         trap="user-as-interviewer-bewertungsbogen-ausfuellen",
         ics=_HDR_OL.replace("METHOD:REQUEST\n", "METHOD:PUBLISH\n") + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Bewertungsbögen für Yildiz\, Krämer\, Okafor fertig machen und an Personal (Fr. Stangl) schicken – Frist Freitag!\nSonja ihre Punkte noch eintragen lassen.\n
DTSTART;TZID="W. Europe Standard Time":20250313T073000
DTEND;TZID="W. Europe Standard Time":20250313T081500
DTSTAMP:20250312T153000Z
SUMMARY;LANGUAGE=de:Bewertungsbögen Füchse-Stelle
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B68ADB01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900
SEQUENCE:0
TRANSP:OPAQUE
CLASS:PRIVATE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="hospitation-bewerberin", uid="kw-sonnenblume-hosp-20250320-lindner",
         trap="user-as-interviewer-hosting-applicant-hospitation",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN=Marlene Lindner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marlene.lindner@t-online.de
ATTENDEE;CN="Krippe Marienkäfer";ROLE=OPT-PARTICIPANT:mailto:krippe.marienkaefer@kinderwelt-muenchen.de
DESCRIPTION:Liebe Frau Lindner\,\n\nwie besprochen laden wir Sie zu einer Hospitation in unserer Krippengruppe Marienkäfer ein (8:00–12:00). Bitte bringen Sie Hausschuhe und Ihre Masernimpfung (Impfpass) mit. Im Anschluss haben wir noch kurz Zeit für Ihre Fragen.\n\nHerzliche Grüße\nFranziska Hofbauer\n
DTSTART;TZID="W. Europe Standard Time":20250320T080000
DTEND;TZID="W. Europe Standard Time":20250320T120000
DTSTAMP:20250314T090000Z
SUMMARY;LANGUAGE=de:Hospitation Fr. Lindner (Kinderpflegerin) – Marienkäfer
LOCATION:Kita Sonnenblume\, Krippe
UID:kw-sonnenblume-hosp-20250320-lindner
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="zusage-antwort", uid="kw-sonnenblume-kennenlernen-okafor-0321",
         trap="user-as-interviewer-candidate-accepted-reply",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250321T130000Z
DTEND:20250321T140000Z
DTSTAMP:20250317T182244Z
ORGANIZER;CN=Hofbauer\, Franziska:mailto:f.hofbauer@kinderwelt-muenchen.de
UID:kw-sonnenblume-kennenlernen-okafor-0321
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Grace Okafor;X-NUM-GUESTS=0:mailto:grace.okafor.kita@gmail.com
COMMENT:Vielen Dank\, ich komme gerne! Viele Grüße\, Grace Okafor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlerngespräch Kita Sonnenblume – Grace Okafor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="kandidatenvorstellung", uid="kpp-termin-55120-kaya@kita-personal-plus.de",
         trap="user-as-interviewer-agency-sends-candidate",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kita-Personal Plus//Vermittlung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:kpp-termin-55120-kaya@kita-personal-plus.de
DTSTAMP:20250402T084500Z
DTSTART:20250408T120000Z
DTEND:20250408T130000Z
SUMMARY:Vorstellungstermin Herr Kaya (Erzieher) in Ihrer Einrichtung
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nwie telefonisch besprochen stellt sich unser Kandidat Herr Emre Kaya (staatl. anerkannter Erzieher\, 6 Jahre Berufserfahrung\, Schwerpunkt Sprachförderung) am Dienstag bei Ihnen in der Kita Sonnenblume vor. Das anonymisierte Profil finden Sie im Anhang.\n\nBei Übernahme gelten unsere AGB (Vermittlungshonorar).\n\nMit freundlichen Grüßen\nTanja Geiger\nKita-Personal Plus GmbH – Personalvermittlung für pädagogische Fachkräfte
ORGANIZER;CN=Tanja Geiger:mailto:t.geiger@kita-personal-plus.de
ATTENDEE;CN=Franziska Hofbauer;RSVP=TRUE:mailto:f.hofbauer@kinderwelt-muenchen.de
LOCATION:Kita Sonnenblume\, Balanstraße 210\, 81549 München
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="notiz-azubi", uid="f3e9a7c1b5d2@franzi-android",
         trap="user-as-interviewer-typed-note-optiprax-applicant", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//DE
BEGIN:VEVENT
UID:f3e9a7c1b5d2@franzi-android
DTSTAMP:20250321T151800Z
DTSTART:20250326T100000
DTEND:20250326T104500
SUMMARY:Bew.gespräch OptiPrax Lea M.
DESCRIPTION:Lea Maurer\, 17\, Mittlere Reife\, will OptiPrax ab Sept.\nwirkt schüchtern am Tel\, aber Praktikum Kinderhort super Beurteilung\nFragen: Schichtdienst? Fahrtweg Giesing\nSonja mit dazu
LOCATION:Büro
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="calendly-kennenlernen", uid="8e2d4f60-1a3b-4c5d-9e7f-calendly-sonnenblume",
         trap="user-as-interviewer-calendly-host",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8e2d4f60-1a3b-4c5d-9e7f-calendly-sonnenblume
DTSTAMP:20250404T210301Z
DTSTART:20250410T083000Z
DTEND:20250410T090000Z
SUMMARY:Jakob Fuchs und Franziska Hofbauer: Kennenlernen Kita Sonnenblume (Bewerber:innen)
DESCRIPTION:Event Name: Kennenlernen Kita Sonnenblume (Bewerber:innen)\n\nLocation: Telefon – Franziska Hofbauer ruft an: +49 157 33018842\n\nInvitee: Jakob Fuchs\nInvitee Email: jakob.fuchs@posteo.de\n\nQuestions:\nFür welche Stelle interessieren Sie sich?\nErzieher Teilzeit (25 Std.)\, ab Juni\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8e2d4f60\n\nPowered by Calendly.com
ORGANIZER;CN=Franziska Hofbauer:mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN=Jakob Fuchs;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jakob.fuchs@posteo.de
LOCATION:+49 157 33018842
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="bookings-bewerber", uid="9AC1E3B5D7F94A2C8E6B0D4F2A7C9E1B@kinderwelt-muenchen.de",
         trap="user-as-interviewer-bookings-host",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Bewerbungsgespräche Kinderwelt:mailto:Bewerbungsgesprche@kinderweltmuenchen.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natalia Wójcik:mailto:natalia.wojcik@outlook.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Bewerbungsgespräch Kita Sonnenblume (45 Min.)\nKunde: Natalia Wójcik\nE-Mail: natalia.wojcik@outlook.de\nTelefon: 0176 88120934\nNotizen des Kunden: Bewerbung als Kinderpflegerin\, Anerkennung aus Polen läuft noch.\nMitarbeiter: Franziska Hofbauer\n
UID:9AC1E3B5D7F94A2C8E6B0D4F2A7C9E1B@kinderwelt-muenchen.de
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Kita Sonnenblume für Natalia Wójcik
DTSTART;TZID=W. Europe Standard Time:20250415T100000
DTEND;TZID=W. Europe Standard Time:20250415T104500
DTSTAMP:20250409T170455Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=de-DE:Kita Sonnenblume
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="nachbesprechung", uid="kw-sonnenblume-debrief-0312-fuechse",
         trap="user-as-interviewer-debrief-with-deputy",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN="Pröbstl, Sonja";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:s.proebstl@kinderwelt-muenchen.de
DESCRIPTION:Kurz sortieren nach den drei Gesprächen: wer kommt in die zweite Runde / Hospitation? Eindruck Yildiz vs. Krämer.\n
DTSTART;TZID="W. Europe Standard Time":20250312T161500
DTEND;TZID="W. Europe Standard Time":20250312T164500
DTSTAMP:20250305T112000Z
SUMMARY;LANGUAGE=de:Nachbesprechung Gespräche Füchse
LOCATION:Büro
UID:kw-sonnenblume-debrief-0312-fuechse
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="auswahlkommission", uid="040000008200E00074C5B7101A82E008000000009A8B7C6D5E8ADB01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
         trap="user-as-interviewer-panel-member-leitung-pusteblume",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Stangl, Petra (Personal)":mailto:p.stangl@kinderwelt-muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Demleitner, Ulrike (Bereichsleitung)":mailto:u.demleitner@kinderwelt-muenchen.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Betriebsrat":mailto:betriebsrat@kinderwelt-muenchen.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GS Besprechung groß":mailto:gs-besprechung-gross@kinderwelt-muenchen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Kolleginnen\,\n\nfür die Nachbesetzung der Leitung Kita Pusteblume finden die Auswahlgespräche mit drei Bewerberinnen statt (13:00 / 14:15 / 15:30\, jeweils 60 Min.\, danach 15 Min. Abstimmung). Franziska\, danke\, dass du als erfahrene Leitung in der Kommission mitwirkst. Gesprächsleitfaden und Bewertungsmatrix liegen im Teams-Kanal "Personalauswahl".\n\nViele Grüße\nPetra\n
UID:040000008200E00074C5B7101A82E008000000009A8B7C6D5E8ADB01000000000000000010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=de-DE:Auswahlgespräche Leitung Kita Pusteblume (Kommission)
DTSTART;TZID=W. Europe Standard Time:20250402T130000
DTEND;TZID=W. Europe Standard Time:20250402T164500
DTSTAMP:20250319T080145Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=de-DE:GS Besprechung groß
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="probearbeiten", uid="kw-sonnenblume-probe-schmid-0409",
         trap="user-as-interviewer-supervised-trial-shift",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN=Lukas Schmid;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lukas.schmid.erz@web.de
ATTENDEE;CN="Gruppe Igel";ROLE=OPT-PARTICIPANT:mailto:gruppe.igel@kinderwelt-muenchen.de
DESCRIPTION:Hallo Herr Schmid\,\n\nwie besprochen: Probearbeiten in der Igelgruppe von 8 bis 13 Uhr (inkl. Mittagessen mit den Kindern). Ansprechpartnerin in der Gruppe ist Frau Winkler. Gegen 13 Uhr kurzes Abschlussgespräch bei mir.\n\nViele Grüße\nFranziska Hofbauer\n
DTSTART;TZID="W. Europe Standard Time":20250409T080000
DTEND;TZID="W. Europe Standard Time":20250409T133000
DTSTAMP:20250403T140000Z
SUMMARY;LANGUAGE=de:Probearbeiten Hr. Schmid (Erzieher) – Igel
LOCATION:Kita Sonnenblume
UID:kw-sonnenblume-probe-schmid-0409
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="absagen-schreiben", uid="040000008200E00074C5B7101A82E00800000000ABCDEF01238ADB0100000000000000001000000000FF11EE22DD33CC44BB55AA6699887766",
         trap="user-as-interviewer-rejection-letters-task",
         ics=_HDR_OL.replace("METHOD:REQUEST\n", "") + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Rückmeldungen an alle Bewerberinnen Füchse (außer Yildiz) – Textbaustein von Petra nehmen\, Okafor persönlich anrufen (evtl. Springerstelle)\n
DTSTART;TZID="W. Europe Standard Time":20250318T131500
DTEND;TZID="W. Europe Standard Time":20250318T140000
DTSTAMP:20250317T102200Z
SUMMARY;LANGUAGE=de:Rückmeldungen Bewerbungen schreiben
UID:040000008200E00074C5B7101A82E00800000000ABCDEF01238ADB0100000000000000001000000000FF11EE22DD33CC44BB55AA6699887766
SEQUENCE:0
TRANSP:OPAQUE
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="telefonat-stelle", uid="5u7w9y1a3c5e7g9i1k3m5o7q9s@google.com",
         trap="user-as-interviewer-candidate-free-mail-invite",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250326T111500Z
DTEND:20250326T113000Z
DTSTAMP:20250324T195533Z
ORGANIZER;CN=Selin Arslan:mailto:selin.arslan.2001@gmail.com
UID:5u7w9y1a3c5e7g9i1k3m5o7q9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Selin Arslan;X-NUM-GUESTS=0:mailto:selin.arslan.2001@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.hofbauer@kinderwelt-muenchen.de;X-NUM-GUESTS=0:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Hallo Frau Hofbauer\, wie am Telefon mit Ihrer Kollegin besprochen\, würde ich Sie gerne wegen der ausgeschriebenen Stelle als Erzieherin (Krippe) anrufen. Passt Ihnen Mittwoch um 12:15? Liebe Grüße\, Selin Arslan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat wegen Stelle Erzieherin Krippe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="vorstellung-praktikantin", uid="kw-sonnenblume-sps-praktikum-beck",
         trap="user-as-interviewer-sps-intern-applicant",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN=Johanna Beck;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:johanna.beck@icloud.com
DESCRIPTION:Vorstellung für das SPS-Praktikum (Sozialpädagogisches Einführungsjahr) ab September. Bitte Lebenslauf und Schulbestätigung der Fachakademie mitbringen.\n
DTSTART;TZID="W. Europe Standard Time":20250417T150000
DTEND;TZID="W. Europe Standard Time":20250417T153000
DTSTAMP:20250410T090000Z
SUMMARY;LANGUAGE=de:Vorstellung SPS-Praktikantin J. Beck
LOCATION:Kita Sonnenblume
UID:kw-sonnenblume-sps-praktikum-beck
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="personio-interviewerin", uid="personio-interview-2010457-kw91",
         trap="user-as-interviewer-personio-hauswirtschaft",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-2010457-kw91
DTSTAMP:20250407T131300Z
DTSTART:20250411T120000Z
DTEND:20250411T123000Z
SUMMARY:Telefoninterview | Hauswirtschaftskraft (m/w/d) Kita Sonnenblume | Kinderwelt München e.V.
DESCRIPTION:Hallo Franziska\,\n\ndu wurdest als Interviewerin für folgenden Termin eingetragen:\n\nKandidat: Milan Petrović\nStelle: Hauswirtschaftskraft (m/w/d) Kita Sonnenblume\, 20 Std.\nTelefon: +49 152 09918274\n\nBitte trage dein Feedback nach dem Gespräch in Personio ein.\n\nDiese Einladung wurde über Personio versendet.
ORGANIZER;CN=Petra Stangl:mailto:p.stangl@kinderwelt-muenchen.de
ATTENDEE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:f.hofbauer@kinderwelt-muenchen.de
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="leitfaden-vorbereiten", uid="kw-sonnenblume-leitfaden-stellv-0422",
         trap="user-as-interviewer-prep-question-guide",
         ics=_HDR_OL.replace("METHOD:REQUEST\n", "") + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Leitfaden für die Gespräche stellv. Leitung (Do.) anpassen: Fragen zu Kinderschutz\, Dienstplan\, Konfliktgespräch mit Eltern. Fallbeispiel ausdrucken (3x).\n
DTSTART;TZID="W. Europe Standard Time":20250422T133000
DTEND;TZID="W. Europe Standard Time":20250422T143000
DTSTAMP:20250417T080000Z
SUMMARY;LANGUAGE=de:Gesprächsleitfaden stellv. Leitung vorbereiten
UID:kw-sonnenblume-leitfaden-stellv-0422
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="speed-dating-fakoki", uid="fakoki-jobspeeddating-2025-kinderwelt@fakoki-muenchen.de",
         trap="user-as-interviewer-recruiting-speed-dating-stand",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fachakademie//Veranstaltungen//DE
METHOD:PUBLISH
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:fakoki-jobspeeddating-2025-kinderwelt@fakoki-muenchen.de
DTSTAMP:20250303T120000Z
DTSTART;TZID=Europe/Berlin:20250403T130000
DTEND;TZID=Europe/Berlin:20250403T163000
SUMMARY:Job-Speed-Dating Fachakademie für Sozialpädagogik – Stand Kinderwelt München e.V.
DESCRIPTION:Liebe Träger\,\n\nvielen Dank für Ihre Anmeldung zum Job-Speed-Dating! Unsere Studierenden im Berufspraktikum führen mit Ihnen 10-minütige Kurzgespräche. Ihr Tisch: Nr. 7 (Aula). Bitte bringen Sie Flyer und Ihre aktuellen Stellenangebote mit.\n\nIhr Team der Fachakademie
LOCATION:Fachakademie für Sozialpädagogik\, Aula
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="auswertung-fallbeispiele", uid="kw-sonnenblume-auswertung-fb-0424",
         trap="user-as-interviewer-scoring-case-studies",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Demleitner, Ulrike (Bereichsleitung)":mailto:u.demleitner@kinderwelt-muenchen.de
ATTENDEE;CN="Hofbauer, Franziska";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Franzi\, lass uns die schriftlichen Fallbeispiele der vier Bewerberinnen für deine Stellvertretung gemeinsam auswerten (Bewertungsraster im Anhang) und festlegen\, wen wir Donnerstag einladen.\nUlli\n
DTSTART;TZID="W. Europe Standard Time":20250424T140000
DTEND;TZID="W. Europe Standard Time":20250424T153000
DTSTAMP:20250418T071100Z
SUMMARY;LANGUAGE=de:Auswertung Fallbeispiele stellv. Leitung Sonnenblume
LOCATION:Microsoft Teams-Besprechung
UID:kw-sonnenblume-auswertung-fb-0424
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="zweitgespraech-berger", uid="kw-sonnenblume-2gespraech-berger",
         trap="user-as-interviewer-second-round-with-area-manager",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN="Demleitner, Ulrike (Bereichsleitung)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:u.demleitner@kinderwelt-muenchen.de
ATTENDEE;CN=Katharina Berger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.berger.muc@gmx.de
DESCRIPTION:Liebe Frau Berger\,\n\nwir freuen uns auf das zweite Gespräch für die Stelle der stellvertretenden Leitung (30 Std.). Frau Demleitner\, unsere Bereichsleitung\, ist diesmal dabei.\n\nHerzliche Grüße\nFranziska Hofbauer\n
DTSTART;TZID="W. Europe Standard Time":20250429T140000
DTEND;TZID="W. Europe Standard Time":20250429T150000
DTSTAMP:20250425T101010Z
SUMMARY;LANGUAGE=de:Zweitgespräch Fr. Berger (stellv. Leitung)
LOCATION:Kita Sonnenblume\, Büro
UID:kw-sonnenblume-2gespraech-berger
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="referenz-einholen", uid="C7D9E1F3-A5B7-4C9D-8E1F-2A4B6C8D0E1F",
         trap="user-as-interviewer-reference-check-caller", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
UID:C7D9E1F3-A5B7-4C9D-8E1F-2A4B6C8D0E1F
DTSTAMP:20250313T120000Z
DTSTART;TZID=Europe/Berlin:20250314T123000
DTEND;TZID=Europe/Berlin:20250314T125000
SUMMARY:Referenz Yildiz – Kita Löwenzahn anrufen
DESCRIPTION:Fr. Obermeier (Leitung Löwenzahn) 089 4521 337\, Yildiz hat zugestimmt\nFragen: Zuverlässigkeit\, Elternarbeit\, warum weg?
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="interview-nanny-uk", uid="kw-sonnenblume-teams-interview-emma-0416",
         trap="user-as-interviewer-english-candidate-teams",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN=Emma Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:emma.whitfield@hotmail.co.uk
ATTENDEE;CN="Pröbstl, Sonja";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:s.proebstl@kinderwelt-muenchen.de
DESCRIPTION:Dear Emma\,\n\nthank you for your application for the position as Early Years Practitioner in our bilingual group. Let's have a first video interview via Teams – we can speak English\, and a bit of German too.\n\nBest regards\nFranziska Hofbauer\nHead of Kita Sonnenblume\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MWQ0NzE3/0\nMeeting ID: 371 228 004 119\nPasscode: Ke8Wz2\n________________________________________________________________________________\n
DTSTART;TZID="W. Europe Standard Time":20250416T170000
DTEND;TZID="W. Europe Standard Time":20250416T174500
DTSTAMP:20250411T150000Z
SUMMARY;LANGUAGE=en-gb:Interview Emma Whitfield – Early Years Practitioner (bilingual group)
LOCATION:Microsoft Teams Meeting
UID:kw-sonnenblume-teams-interview-emma-0416
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
