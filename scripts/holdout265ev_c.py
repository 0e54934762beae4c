# ruff: noqa: E501, W291, W293, RUF100
"""holdout265 events, part c: negatives with the user on the hiring or assessing side."""

from holdout265ev_zones import TEAMS_DE, TZ_BERLIN, TZ_UTC1, TZ_WEST

FORMS = {}


def _neg(kind, uid, trap, ics, eol="\r\n"):
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
                hiring=trap.startswith("user-as-interviewer-"), ics=ics, eol=eol)


EVENTS = [
    _neg(
        "outlook-trainee-selection-panel",
        "040000008200E00074C5B7101A82E00800000000A0A1A2A3A4A5DB010000000000000000100000003C2B1A09F8E7D6C5B4A3928170605F4E",
        "user-as-interviewer-trainee-panel-work-address",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Personalstelle JC Leipzig-Nord":mailto:personalstelle@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fuchs, Anett":mailto:a.fuchs@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="JAV JC Leipzig-Nord":mailto:jav@jobcenter-leipzig-nord.example.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="JC-LN Besprechung 3.12 (12 Pers.)":mailto:raum312@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Mitglieder der Auswahlkommission\,\n\nanbei die Termine für die Auswahlgespräche Ausbildung Fachangestellte/r für Arbeitsmarktdienstleistungen (FAM) 2025. Es sind 6 Bewerberinnen und Bewerber eingeladen (je 40 Min.). Frau Kretzschmar übernimmt als Praxisanleiterin den fachlichen Teil\, Frau Fuchs den Vorsitz\, die JAV ist beratend dabei.\n\nInterviewleitfaden und Bewertungsbögen liegen im Ordner Personal/Ausbildung/2025.\n\nPersonalstelle
UID:040000008200E00074C5B7101A82E00800000000A0A1A2A3A4A5DB010000000000000000100000003C2B1A09F8E7D6C5B4A3928170605F4E
SUMMARY;LANGUAGE=de-DE:Auswahlgespräche Azubis FAM 2025 (Kommission)
DTSTART;TZID=W. Europe Standard Time:20250205T080000
DTEND;TZID=W. Europe Standard Time:20250205T130000
CLASS:PUBLIC
DTSTAMP:20250122T090909Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:JC-LN Besprechung 3.12 (12 Pers.)
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "recurring-selection-days-override",
        "040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
        "user-as-interviewer-recurring-dual-study-selection-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Personalstelle JC Leipzig-Nord":mailto:personalstelle@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lange, Holger (Personalrat)":mailto:h.lange@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswahltage Duales Studium Arbeitsmarktmanagement (HdBA) – Bewerberinterviews (je 3 pro Vormittag)\, Kommission: Frau Kretzschmar (Fachbereich)\, Herr Lange (Personalrat).
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
SUMMARY;LANGUAGE=de-DE:Auswahltag Duales Studium – Interviews
DTSTART;TZID=W. Europe Standard Time:20250220T083000
DTEND;TZID=W. Europe Standard Time:20250220T120000
CLASS:PUBLIC
DTSTAMP:20250210T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Raum 3.12
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Personalstelle JC Leipzig-Nord":mailto:personalstelle@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lange, Holger (Personalrat)":mailto:h.lange@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Verlegt wegen Personalversammlung: Auswahltag findet am Freitag statt\, Raum 1.04.
RECURRENCE-ID;TZID=W. Europe Standard Time:20250227T083000
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
SUMMARY;LANGUAGE=de-DE:Auswahltag Duales Studium – Interviews (verlegt)
DTSTART;TZID=W. Europe Standard Time:20250228T083000
DTEND;TZID=W. Europe Standard Time:20250228T120000
CLASS:PUBLIC
DTSTAMP:20250224T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Raum 1.04
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "allday-scorecard-deadline",
        "9F1E2D3C-4B5A-4697-8877-665544332211",
        "user-as-interviewer-rating-sheets-deadline",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250205T154400Z
DTSTAMP:20250205T154410Z
DTSTART;VALUE=DATE:20250207
DTEND;VALUE=DATE:20250208
SUMMARY:Bewertungsbögen FAM-Azubis an Personalstelle!
DESCRIPTION:6 Bögen\, Punkte übertragen\, Rangliste mit Fr Fuchs abstimmen. Kandidatin 3 + 5 vorne.
UID:9F1E2D3C-4B5A-4697-8877-665544332211
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "teams-debrief-commission",
        "040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9",
        "user-as-interviewer-debrief-dual-study",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Anett":mailto:a.fuchs@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lange, Holger":mailto:h.lange@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personalstelle JC Leipzig-Nord":mailto:personalstelle@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Nachbesprechung der Auswahltage Duales Studium: Abgleich der Bewertungen\, Reihung\, Vorschlag an die Geschäftsführung. Bitte Bewertungsbögen mitbringen.\n{TEAMS_DE}
UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Auswahlkommission Duales Studium
DTSTART;TZID=W. Europe Standard Time:20250310T133000
DTEND;TZID=W. Europe Standard Time:20250310T143000
CLASS:PUBLIC
DTSTAMP:20250303T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "handtyped-interview-guide-prep",
        "c6b2e8a4-1f3d-47a9-8c0e-5b7d9f1a3c2e",
        "user-as-interviewer-prepare-interview-guide",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250212T075500Z
LAST-MODIFIED:20250212T075500Z
DTSTAMP:20250212T075500Z
UID:c6b2e8a4-1f3d-47a9-8c0e-5b7d9f1a3c2e
SUMMARY:Interviewleitfaden Duales Studium vorbereiten (Fragen Fallbeispiel)
DTSTART;TZID=Europe/Berlin:20250218T140000
DTEND;TZID=Europe/Berlin:20250218T153000
DESCRIPTION:Fragen zu Motivation\, Fallbeispiel "Kunde ohne Deutschkenntnisse"\, Bewertungsskala 1-5 anpassen. Mit PR abstimmen.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bookings-user-as-staff",
        "bookings-0e4c2a8f-6d1b-4f97-b3a5-c7e9d1f3a5b7",
        "user-as-interviewer-bookings-staff-intern-applicant",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=JC Leipzig-Nord Praktikum:mailto:Praktikum@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmin Otto:mailto:jasmin.otto@stud.hs-mittweida.example.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Kennenlerngespräch Praxissemester Soziale Arbeit (30 Minuten)\nMitarbeiter: Sabine Kretzschmar\n\nKunde: Jasmin Otto\, jasmin.otto@stud.hs-mittweida.example.de\, +49 176 5550 1842\nNotizen des Kunden: Bewerbung für das Praxissemester ab 01.09.\, Schwerpunkt SGB II\n\n{TEAMS_DE}
UID:bookings-0e4c2a8f-6d1b-4f97-b3a5-c7e9d1f3a5b7
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Praxissemester Soziale Arbeit – Jasmin Otto
DTSTART;TZID=W. Europe Standard Time:20250415T130000
DTEND;TZID=W. Europe Standard Time:20250415T133000
DTSTAMP:20250408T191919Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-accepted-reply",
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000ABCDEFABCDEF12345678901234567890",
        "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250205T100000Z
DTEND:20250205T104000Z
DTSTAMP:20250127T171500Z
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000ABCDEFABCDEF12345678901234567890
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lea Schubert;X-NUM-GUESTS=0:mailto:lea.schubert2007@gmail.com
COMMENT:Vielen Dank für die Einladung\, ich komme gern! Viele Grüße Lea Schubert
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Auswahlgespräch Ausbildung FAM 2025 – Lea Schubert
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "agency-presents-candidate",
        "20250512-piloto-vorstellung-2231@piloto-personal.example.de",
        "user-as-interviewer-agency-presents-candidate",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Schmidt, Ronja (Piloto Personal)":mailto:r.schmidt@piloto-personal.example.de
ATTENDEE;CN="Kretzschmar, Sabine";RSVP=TRUE:mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;CN="Fuchs, Anett";RSVP=TRUE:mailto:a.fuchs@jobcenter-leipzig-nord.example.de
ATTENDEE;CN="Yilmaz, Derya";RSVP=TRUE:mailto:derya.yilmaz88@web.de
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nwie vereinbart stelle ich Ihnen unsere Kandidatin Frau Derya Yilmaz für die Vertretung in der Eingangszone (Arbeitnehmerüberlassung\, 6 Monate) persönlich vor. Profil anbei. Sie führen das Gespräch\, ich bin für Rückfragen zu Konditionen dabei.\n\nMit freundlichen Grüßen\nRonja Schmidt\nPersonaldisponentin\, Piloto Personal GmbH
UID:20250512-piloto-vorstellung-2231@piloto-personal.example.de
SUMMARY:Kandidatenvorstellung Fr. Yilmaz – Vertretung Eingangszone (Piloto)
DTSTART;TZID=W. Europe Standard Time:20250515T100000
DTEND;TZID=W. Europe Standard Time:20250515T104500
DTSTAMP:20250512T113000Z
LOCATION:JC Leipzig-Nord\, Raum 2.07
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "employer-service-preselection",
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB0100000000000000001000000012ABCD34EF5678AB90CD12EF34AB56CD",
        "user-as-interviewer-preselection-for-employer",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC1}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Vorauswahl im Auftrag AG Elbtal Logistik (AG-S Vermittlungsauftrag 4711-0815): 8 Bewerber Lagerhelfer/Kommissionierer je 15 Min.\, Staplerschein prüfen\, Schichtbereitschaft abfragen\, Bewertungsraster AG-S. Ergebnisse bis Freitag an Hr. Brösel (Elbtal).
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB0100000000000000001000000012ABCD34EF5678AB90CD12EF34AB56CD
SUMMARY;LANGUAGE=de-DE:Vorauswahlgespräche Lagerhelfer f. Elbtal Logistik
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250319T083000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250319T123000
CLASS:PUBLIC
DTSTAMP:20250312T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Gruppenraum EG
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "assessment-observer",
        "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000077665544332211009988776655443322",
        "user-as-interviewer-ac-observer-regional",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Regionales Führungskräfteentwicklungsprogramm":mailto:fke-programm@jobcenter-verbund-sachsen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Sie wurden als Beobachterin für das Assessment-Center "Nachwuchsführungskräfte 2025" benannt. Beobachterschulung 8:00 Uhr\, danach Beobachtung und Bewertung von je zwei Teilnehmenden in Gruppendiskussion\, Präsentation und Rollenspiel. Beobachterkonferenz ab 15:30 Uhr.
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000077665544332211009988776655443322
SUMMARY;LANGUAGE=de-DE:Beobachterin AC Nachwuchsführungskräfte 2025
DTSTART;TZID=W. Europe Standard Time:20250521T080000
DTEND;TZID=W. Europe Standard Time:20250521T170000
CLASS:PUBLIC
DTSTAMP:20250430T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Tagungshotel Markkleeberg\, Seminarraum Cospuden
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "handtyped-candidate-trial-day-host",
        "5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D",
        "user-as-interviewer-trial-day-host-for-applicant",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T121200Z
DTSTAMP:20250402T121210Z
DTSTART:20250409T080000
DTEND:20250409T120000
SUMMARY:Hospitation Bewerberin Fr. Neumann (Sachbearb. Leistung) – begleitet durch mich
DESCRIPTION:Sie sitzt bei meinen Beratungsgesprächen mit (Einverständnis Kunden einholen!). Danach kurze Einschätzung an TL Leistung.
UID:5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-subject-expert-panel",
        "040000008200E00074C5B7101A82E008000000000A1B2C3D4E5FDB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF",
        "user-as-interviewer-subject-expert-structured-interviews",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Personalstelle JC Leipzig-Nord":mailto:personalstelle@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reuter, Thomas":mailto:t.reuter@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gleichstellungsbeauftragte JC-LN":mailto:gleichstellung@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Strukturierte Interviews Arbeitsvermittler/in (EG 9c TVöD\, externe Ausschreibung 11/2025). Frau Kretzschmar nimmt als Fachbeisitzerin teil und stellt die Fallfragen (Block C). 4 Bewerbende\, je 50 Min.\, dazwischen 10 Min. Bewertung.
UID:040000008200E00074C5B7101A82E008000000000A1B2C3D4E5FDB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=de-DE:Strukturierte Interviews Arbeitsvermittler/in 11/2025 – Fachbeisitz
DTSTART;TZID=W. Europe Standard Time:20250603T080000
DTEND;TZID=W. Europe Standard Time:20250603T120000
CLASS:PUBLIC
DTSTAMP:20250520T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:JC-LN Besprechung 3.12 (12 Pers.)
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "handtyped-phone-interview-applicant",
        "0B1C2D3E-4F5A-46B7-98C9-DAEBFC0D1E2F",
        "user-as-interviewer-handtyped-tel-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250407T083000Z
DTSTAMP:20250407T083010Z
DTSTART:20250410T111500
DTEND:20250410T114500
SUMMARY:Tel. Interview J. Otto (Praxissemester bei uns)
DESCRIPTION:ich rufe an: 0176 5550 1842. Motivation\, Verfügbarkeit\, Erfahrung SGB II fragen
UID:0B1C2D3E-4F5A-46B7-98C9-DAEBFC0D1E2F
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "selection-memo-block",
        "040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        "user-as-interviewer-selection-memo",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlvermerk AV 11/2025 schreiben: Begründung Reihung (Art. 33 Abs. 2 GG – Eignung\, Befähigung\, fachliche Leistung)\, Votum Fachbeisitz\, an Personalstelle.
UID:040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=de-DE:Blocker: Auswahlvermerk Arbeitsvermittler/in
DTSTART;TZID=W. Europe Standard Time:20250604T140000
DTEND;TZID=W. Europe Standard Time:20250604T153000
CLASS:PRIVATE
DTSTAMP:20250603T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "e-recruiting-cv-screening",
        "erecruiting-task-2025-11-sichtung@jobcenter-leipzig-nord.example.de",
        "user-as-interviewer-cv-screening-task",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interamt//E-Recruiting Aufgaben//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:erecruiting-task-2025-11-sichtung@jobcenter-leipzig-nord.example.de
DTSTAMP:20250505T060000Z
DTSTART;VALUE=DATE:20250512
DTEND;VALUE=DATE:20250513
SUMMARY:Aufgabe: Bewerbungen sichten – Stellenangebot 11/2025 Arbeitsvermittler/in (23 Bewerbungen)
DESCRIPTION:Sie sind als Mitglied der Auswahlkommission für das Stellenangebot 11/2025 eingetragen. Bitte sichten Sie die Bewerbungen im Interamt-Bewerbermanagement und vergeben Sie eine Vorauswahl (A/B/C) bis 16.05.2025.
ORGANIZER;CN=Interamt Bewerbermanagement:mailto:noreply@interamt-mail.example.de
ATTENDEE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-user-as-host",
        "f0e1d2c3-b4a5-4968-8776-655443322110@calendly.example.com",
        "user-as-interviewer-calendly-host-association-minijob",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250514T200000Z
UID:f0e1d2c3-b4a5-4968-8776-655443322110@calendly.example.com
DTSTART:20250520T163000Z
DTEND:20250520T170000Z
SUMMARY:Kennenlernen Minijob Vereinsbüro between Sabine Kretzschmar and Kevin Hoang
DESCRIPTION:Event Name: Kennenlernen Minijob Vereinsbüro\n\nLocation: Frauennetzwerk Leipzig e.V.\, Vereinsbüro\, Lützowstr. 12\n\nInvitee: Kevin Hoang\nInvitee Email: kevin.hoang@posteo.de\n\nQuestions: Warum möchtest du bei uns arbeiten?: Ich studiere Sozialpädagogik und suche 10 Std./Woche\n\nView event in Calendly: https://calendly.com/events/f0e1d2c3\n\nPowered by Calendly.com
ORGANIZER;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN=Kevin Hoang;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.hoang@posteo.de
LOCATION:Frauennetzwerk Leipzig e.V.\, Vereinsbüro
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "rejection-letters-reminder",
        "e2f3a4b5-c6d7-48e9-a0b1-c2d3e4f5a6b7",
        "user-as-interviewer-write-rejections",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250523T090000Z
LAST-MODIFIED:20250523T090000Z
DTSTAMP:20250523T090000Z
UID:e2f3a4b5-c6d7-48e9-a0b1-c2d3e4f5a6b7
SUMMARY:Vereinsbüro Minijob: Absagen an die anderen 3 Bewerber schicken
DTSTART;TZID=Europe/Berlin:20250526T190000
DTEND;TZID=Europe/Berlin:20250526T193000
DESCRIPTION:Kevin H. hat zugesagt. Absagen freundlich\, Vorlage vom Vorstand nehmen.
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ats-feedback-reminder",
        "interamt-bewertung-erinnerung-11-2025-4471@interamt-mail.example.de",
        "user-as-interviewer-feedback-due-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interamt//E-Recruiting Aufgaben//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:interamt-bewertung-erinnerung-11-2025-4471@interamt-mail.example.de
DTSTAMP:20250603T160000Z
DTSTART:20250605T070000Z
DTEND:20250605T073000Z
SUMMARY:Erinnerung: Interview-Bewertung für Bewerber*in #4471 abgeben
DESCRIPTION:Sie haben am 03.06.2025 ein Interview (Stellenangebot 11/2025) geführt. Ihre Bewertung für Bewerber*in #4471 fehlt noch. Bitte tragen Sie Ihre Punktwerte bis 06.06.2025 ein.
ORGANIZER;CN=Interamt Bewerbermanagement:mailto:noreply@interamt-mail.example.de
ATTENDEE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teamlead-panel-lookalike",
        "040000008200E00074C5B7101A82E00800000000EEFF00112233DB0100000000000000001000000044556677889900AABBCCDDEEFF001122",
        "user-as-interviewer-teamlead-panel-lookalike",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Reuter, Thomas";SENT-BY="mailto:gf-vorzimmer@jobcenter-leipzig-nord.example.de":mailto:t.reuter@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lange, Holger (Personalrat)":mailto:h.lange@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bewerber Teamleitung Leistung (extern)":mailto:m.ostermann@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräch Teamleitung Leistung (externe Ausschreibung 09/2025)\, Bewerber Herr Ostermann. Frau Kretzschmar wirkt als Beisitzerin (Vertretung der Bereichsleitung) mit. Fragenkatalog im Anhang.
UID:040000008200E00074C5B7101A82E00800000000EEFF00112233DB0100000000000000001000000044556677889900AABBCCDDEEFF001122
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Teamleitung Leistung – Hr. Ostermann
DTSTART;TZID=W. Europe Standard Time:20250611T100000
DTEND;TZID=W. Europe Standard Time:20250611T110000
CLASS:PUBLIC
DTSTAMP:20250602T073000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:JC-LN Besprechung 3.12 (12 Pers.)
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "second-talk-intern-with-teamlead",
        "2d4f6b8a-0c1e-43a5-97b9-d1f3a5c7e9b0",
        "user-as-interviewer-second-talk-intern-applicant",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250416T101000Z
LAST-MODIFIED:20250416T101000Z
DTSTAMP:20250416T101000Z
UID:2d4f6b8a-0c1e-43a5-97b9-d1f3a5c7e9b0
SUMMARY:Zweitgespräch Praxissemester – Jasmin Otto (mit TL Pohlmann)
ORGANIZER;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;RSVP=TRUE;CN=Jasmin Otto;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:jasmin.otto@stud.hs-mittweida.example.de
ATTENDEE;RSVP=TRUE;CN=Gerd Pohlmann;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:g.pohlmann@jobcenter-leipzig-nord.example.de
DTSTART;TZID=Europe/Berlin:20250424T140000
DTEND;TZID=Europe/Berlin:20250424T144500
LOCATION:JC Leipzig-Nord\, Raum 2.07
DESCRIPTION:Liebe Frau Otto\, wie telefonisch besprochen möchten wir Sie gern mit meinem Teamleiter Herrn Pohlmann persönlich kennenlernen. Bitte Immatrikulationsbescheinigung mitbringen. Viele Grüße\, Sabine Kretzschmar
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
