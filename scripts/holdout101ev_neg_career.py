"""holdout101 negatives near the job hunt: mock interviews, webinars, press/podcast/research interviews,
coffee chats, fairs, a reference call, an anonymous headhunter, prep blocks, appraisal and exit talk
(raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from typing import Any

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)
OLK = "Microsoft Exchange Server 2010"
WIN = ("W. Europe Standard Time",)
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"


def _neg(kind: str, body: str, trap: str, **kw: Any) -> dict[str, str]:
    return ev(kind, body, is_interview=0, trap=trap, **kw)


def events() -> list[dict[str, str]]:
    return [
        _neg("mock-friend-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251019T110000
DTEND;TZID=Europe/Berlin:20251019T123000
DTSTAMP:20251016T210000Z
ORGANIZER;CN=Anja Seidl:mailto:anja.seidl@gmx.net
UID:4m6o8q0s2u4w6y8a0c2e4g6i8k@google.com
ATTENDEE;CN=Anja Seidl;PARTSTAT=ACCEPTED:mailto:anja.seidl@gmx.net
ATTENDEE;CN=franzi.eder.arch@web.de;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
SUMMARY:Probe-Interview mit Anja (Übung für Lindner Haas)
DESCRIPTION:Ich spiele Robert Lindner :) Fragen zu Teamführung + Wettbewerben. Danach Feedback bei Kaffee.
LOCATION:Café Frischhut
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "mock-interview-friend-de", prodid=GOOGLE, tzids=BER),

        _neg("coaching-de", r"""
BEGIN:VEVENT
UID:calcom-booking-uid-Cx9pLm2QaRt7
DTSTAMP:20251001T120000Z
DTSTART:20251006T160000Z
DTEND:20251006T170000Z
SUMMARY:Bewerbungscoaching: Mappen-Check & Interviewtraining – Franziska Eder
DESCRIPTION:Was: Bewerbungscoaching (60 Min.)\nWer: Dr. Judith Ambros (Karrierecoaching für Architekt:innen)\, Franziska
  Eder\nWo: Cal Video\n\nWir üben typische Fragen aus Vorstellungsgesprächen und gehen Ihre Mappe durch.
ORGANIZER;CN=Dr. Judith Ambros:mailto:kontakt@ambros-coaching.de
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
END:VEVENT
""", "career-coaching-de", prodid="-//Cal.com Inc.//Cal.com Event//EN"),

        _neg("webinar-kammer-de", r"""
BEGIN:VEVENT
UID:akademie-2025-w-118-teilnehmer-55731
DTSTAMP:20251002T080000Z
DTSTART;TZID=Europe/Berlin:20251014T180000
DTEND;TZID=Europe/Berlin:20251014T193000
SUMMARY:Webinar: Das Vorstellungsgespräch für Architektinnen und Architekten – Gehalt\, Mappe\, Verhandlung
DESCRIPTION:Vielen Dank für Ihre Anmeldung bei der Kammer-Akademie Bau.\n\nReferentin: Sandra Weigl\, Personalberaterin
 \nZugang: https://akademie-bau.zoom.us/w/91822004\n\nFortbildungspunkte: 2 Unterrichtsstunden
LOCATION:Online
ORGANIZER;CN=Kammer-Akademie Bau:mailto:akademie@kammer-akademie-bau.de
ATTENDEE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
END:VEVENT
""", "webinar-about-interviewing-de", prodid="-//Kammer-Akademie Bau//Seminarverwaltung//DE", tzids=BER),

        _neg("press-interview-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Brandhuber, Tanja":mailto:t.brandhuber@muenchner-bauzeitung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekt
 en.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Eder\,\n\nwie vereinbart das Interview zum Holzbau-Schulcampus Riem für unsere Dez
 ember-Ausgabe. Fotograf kommt 15 Min. später.\n\nTanja Brandhuber\nRedaktion Münchner Bauzeitung\n
UID:040000008200E00074C5B7101A82E00800000000A8A9B0B1B2B3DC01000000000000000010000000B4B5B6B7B8B9C0C1C2C3C4C5C6C7C8C9
SUMMARY;LANGUAGE=de-DE:Interview Münchner Bauzeitung – Schulcampus Riem
DTSTART;TZID=W. Europe Standard Time:20251107T100000
DTEND;TZID=W. Europe Standard Time:20251107T110000
DTSTAMP:20251030T100000Z
LOCATION;LANGUAGE=de-DE:Baustelle Schulcampus Riem\, Baucontainer 2
END:VEVENT
""", "press-interview-de", prodid=OLK, tzids=WIN),

        _neg("podcast-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251121T150000
DTEND;TZID=Europe/Berlin:20251121T163000
DTSTAMP:20251110T130000Z
ORGANIZER;CN=Raumgespräche Podcast:mailto:hallo@raumgespraeche.fm
UID:6o8q0s2u4w6y8a0c2e4g6i8k0m@google.com
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:f.eder@huber-partner-architekten.de
SUMMARY:Podcast-Aufnahme "Raumgespräche" – Interview mit Franziska Eder (Frauen in der Bauleitung)
DESCRIPTION:Aufnahme per Riverside: https://riverside.fm/studio/raumgespraeche\nBitte Kopfhörer nutzen. Themen: Baustell
 e als Frau\, Teamführung\, Nachwuchs.
SEQUENCE:0
END:VEVENT
""", "podcast-interview-de", prodid=GOOGLE, tzids=BER),

        _neg("user-research-en", r"""
BEGIN:VEVENT
UID:ux-study-bim-4471-p12@planwerk-software.com
DTSTAMP:20251008T090000Z
DTSTART:20251015T120000Z
DTEND:20251015T130000Z
SUMMARY:User Interview: How architects coordinate BIM models (Planwerk UX Research)
DESCRIPTION:Hi Franziska\,\n\nthank you for joining our research study! In this 60-min user interview we'd like to learn
  how your team coordinates models with structural engineers. You'll receive a €75 voucher.\n\nZoom: https://planwerk.zo
 om.us/j/93300112277\n\nMarta Kowalski\, UX Researcher\, Planwerk Software
ORGANIZER;CN=Marta Kowalski:mailto:marta.kowalski@planwerk-software.com
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:f.eder@huber-partner-architekten.de
END:VEVENT
""", "user-research-interview-en", prodid="-//zoom.us//iCalendar Event//EN"),

        _neg("research-interview-de", r"""
BEGIN:VEVENT
UID:tum-holzbau-studie-interview-17@tum.example.de
DTSTAMP:20251103T100000Z
DTSTART;TZID=Europe/Berlin:20251110T090000
DTEND;TZID=Europe/Berlin:20251110T100000
SUMMARY:Experteninterview Forschungsprojekt "Holzbau in der Praxis"
DESCRIPTION:Sehr geehrte Frau Eder\, vielen Dank\, dass Sie uns als Expertin für ein leitfadengestütztes Interview zur V
 erfügung stehen. Das Gespräch wird aufgezeichnet und anonymisiert.\n\nM.Sc. Felix Baumgartl\, Lehrstuhl für Holzbau
ORGANIZER;CN=Felix Baumgartl:mailto:felix.baumgartl@holzbau-lehrstuhl.de
ATTENDEE;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
END:VEVENT
""", "research-interview-de", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzids=BER),

        _neg("coffee-chat-de", r"""
BEGIN:VEVENT
CREATED:20251002T183000Z
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTART;TZID=Europe/Berlin:20251004T100000
DTEND;TZID=Europe/Berlin:20251004T110000
SUMMARY:Kaffee mit Jonas (arbeitet bei LHA) – wie ist es dort?
LOCATION:Man versus Machine\, Müllerstr.
DESCRIPTION:Nur informell: Arbeitsklima\, Überstunden\, Gehaltsband?
DTSTAMP:20251002T183000Z
SEQUENCE:0
END:VEVENT
""", "informational-coffee-de", prodid=APPLE, method=None, tzids=BER),

        _neg("job-fair-de", r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251108
DTEND;VALUE=DATE:20251109
DTSTAMP:20251020T100000Z
UID:jobmesse-architektur-muc-2025@karrieretag-bau.de
SUMMARY:Karrieretag Architektur & Bau München (Messe)
DESCRIPTION:Karrieretag für Architekt:innen\, Bauingenieur:innen und Planer:innen – über 60 Aussteller\, Mappen-Check\,
  Vorträge. Eintritt frei\, Anmeldung über karrieretag-bau.de.
LOCATION:MOC München\, Lilienthalallee 40
TRANSP:TRANSPARENT
END:VEVENT
""", "job-fair-de", prodid="-//karrieretag-bau.de//Events//DE", method="PUBLISH"),

        _neg("reference-call-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Richter, Nadine":mailto:n.richter@stadtraum-planer.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekt
 en.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Eder\,\n\nHerr Maximilian Ott hat Sie als Referenz angegeben (Werkstudent bei Hube
 r + Partner 2022–2024). Ich würde Sie gern 15 Minuten zu seiner Arbeitsweise befragen.\n\nNadine Richter\nStadtraum Pla
 ner GmbH\n
UID:040000008200E00074C5B7101A82E00800000000C9D0D1D2D3D4DC01000000000000000010000000D5D6D7D8D9E0E1E2E3E4E5E6E7E8E9F0
SUMMARY;LANGUAGE=de-DE:Referenzgespräch Maximilian Ott
DTSTART;TZID=W. Europe Standard Time:20251118T121500
DTEND;TZID=W. Europe Standard Time:20251118T123000
DTSTAMP:20251114T090000Z
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
""", "reference-call-user-is-referee-de", prodid=OLK, tzids=WIN),

        _neg("headhunter-no-employer-de", r"""
BEGIN:VEVENT
DTSTART:20251009T163000Z
DTEND:20251009T170000Z
DTSTAMP:20251007T120000Z
ORGANIZER;CN=Dr. Clemens Hartl:mailto:c.hartl@hartl-executive.de
UID:8q0s2u4w6y8a0c2e4g6i8k0m2o@google.com
ATTENDEE;CN=Dr. Clemens Hartl;PARTSTAT=ACCEPTED:mailto:c.hartl@hartl-executive.de
ATTENDEE;CN=franzi.eder.arch@web.de;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
SUMMARY:Vertrauliches Telefonat – Hartl Executive Search
DESCRIPTION:Sehr geehrte Frau Eder\, wie per LinkedIn besprochen ein erstes\, vertrauliches Telefonat. Unser Mandant\, e
 in renommiertes inhabergeführtes Architekturbüro in München (ca. 80 MA)\, sucht eine Teamleitung Ausführungsplanung. De
 n Namen nenne ich Ihnen gern in einem zweiten Schritt.
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "headhunter-no-employer-de", prodid=GOOGLE),

        _neg("prep-block-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251105T190000
DTEND;TZID=Europe/Berlin:20251105T213000
DTSTAMP:20251101T100000Z
UID:0s2u4w6y8a0c2e4g6i8k0m2o4q@google.com
SUMMARY:Vorbereitung Zweitgespräch Isarwerk – Referenzprojekte\, Fragen
DESCRIPTION:Präsentation kürzen (max. 30 min)\, Gehaltsvorstellung\, Fragen zu Teamgröße
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", "prep-block-de", prodid=GOOGLE, method="PUBLISH", tzids=BER),

        _neg("print-mappe-de", r"""
BEGIN:VEVENT
CREATED:20251015T070000Z
UID:B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E
DTSTART;TZID=Europe/Berlin:20251016T173000
DTEND;TZID=Europe/Berlin:20251016T181500
SUMMARY:Mappe abholen (Copyshop Schellingstr.)
DTSTAMP:20251015T070000Z
SEQUENCE:0
END:VEVENT
""", "portfolio-errand-de", prodid=APPLE, method=None, tzids=BER),

        _neg("appraisal-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekt
 en.de
DESCRIPTION;LANGUAGE=de-DE:Jährliches Mitarbeitergespräch: Rückblick 2025\, Ziele 2026\, Weiterbildung\, Gehalt.\n
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC01000000000000000010000000F7F8F9A0A1A2A3A4A5A6A7A8A9B0B1B2
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch F. Eder / M. Huber
DTSTART;TZID=W. Europe Standard Time:20251212T150000
DTEND;TZID=W. Europe Standard Time:20251212T163000
DTSTAMP:20251201T080000Z
LOCATION;LANGUAGE=de-DE:Büro Martin
END:VEVENT
""", "own-appraisal-de", prodid=OLK, tzids=WIN),

        _neg("exit-interview-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Brunner, Katharina":mailto:k.brunner@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekt
 en.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Franziska\,\n\nwie besprochen unser Austrittsgespräch (Exit-Interview). Wir würden gern
  verstehen\, was wir als Büro besser machen können. Außerdem: Übergabe BV Schwabing\, Resturlaub\, Zeugnis.\n\nKatharin
 a (Personal)\n
UID:040000008200E00074C5B7101A82E00800000000A3A4A5A6A7A8DC01000000000000000010000000B9C0C1C2C3C4C5C6C7C8C9D0D1D2D3D4
SUMMARY;LANGUAGE=de-DE:Exit-Interview Franziska Eder
DTSTART;TZID=W. Europe Standard Time:20260226T140000
DTEND;TZID=W. Europe Standard Time:20260226T150000
DTSTAMP:20260219T100000Z
LOCATION;LANGUAGE=de-DE:Besprechung Würm
END:VEVENT
""", "own-exit-interview-de", prodid=OLK, tzids=WIN),

        _neg("mock-en", r"""
BEGIN:VEVENT
UID:mock-session-20251109-feder@interviewcoach.example.com
DTSTAMP:20251105T120000Z
DTSTART:20251109T170000Z
DTEND:20251109T180000Z
SUMMARY:Mock Interview (English) – Architecture Leadership Roles
DESCRIPTION:Practice session with Ben Carter (ex-Partner\, London practice). We will simulate a UK-style competency inte
 rview for a Senior Architect / Team Lead role and debrief.\n\nZoom: https://zoom.us/j/95512200381
ORGANIZER;CN=Ben Carter:mailto:ben@careerarchitect.coach
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
END:VEVENT
""", "mock-interview-en", prodid="-//zoom.us//iCalendar Event//EN"),

        _neg("jury-de", r"""
BEGIN:VEVENT
UID:wettbewerb-grundschule-freiham-preisgericht-2025
DTSTAMP:20251001T100000Z
DTSTART;TZID=Europe/Berlin:20251125T090000
DTEND;TZID=Europe/Berlin:20251125T180000
SUMMARY:Preisgericht Wettbewerb Grundschule Freiham-Nord (Sachpreisrichterin)
DESCRIPTION:Sitzung des Preisgerichts\, 2. Stufe. Anonymität wahren! Unterlagen zur Vorprüfung liegen ab 18.11. aus.
LOCATION:Rathaus\, Sitzungssaal\, Marienplatz 8
ORGANIZER;CN=Wettbewerbsbetreuung:mailto:wettbewerb@plankontor-wb.de
ATTENDEE;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
END:VEVENT
""", "competition-jury-de", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzids=BER),

        _neg("recruiter-linkedin-en", r"""
BEGIN:VEVENT
DTSTART:20251201T170000Z
DTEND:20251201T171500Z
DTSTAMP:20251128T100000Z
ORGANIZER;CN=Olivia Grant:mailto:olivia.grant@brightstone-talent.co.uk
UID:2u4w6y8a0c2e4g6i8k0m2o4q6s@google.com
ATTENDEE;CN=Olivia Grant;PARTSTAT=ACCEPTED:mailto:olivia.grant@brightstone-talent.co.uk
ATTENDEE;CN=franzi.eder.arch@web.de;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
SUMMARY:Quick chat – Brightstone Talent / Franziska
DESCRIPTION:Hi Franziska\, great to connect on LinkedIn. I'm working on a couple of confidential Senior Architect and As
 sociate roles with leading practices in Munich and Zurich and would love to hear more about what you're looking for.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "recruiter-call-no-employer-en", prodid=GOOGLE),
    ]
