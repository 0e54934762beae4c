"""holdout101 negatives: the user on the hiring side at Huber + Partner Architekten (raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from typing import Any

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)
OLK = "Microsoft Exchange Server 2010"
WIN = ("W. Europe Standard Time",)
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def _side(kind: str, body: str, trap: str, **kw: Any) -> dict[str, str]:
    return ev(kind, body, is_interview=0, trap=trap, **kw)


def events() -> list[dict[str, str]]:
    return [
        _side("werkstudent-outlook-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.hofstetter98@gmail.com:mailto:lena.hofstetter98@gm
 ail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="H+P Besprechung Isar":mailto:raum-isar@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Hofstetter\,\n\nvielen Dank für Ihre Bewerbung als Werkstudentin bei Huber + Partn
 er Architekten. Ich lade Sie herzlich zu einem Vorstellungsgespräch in unser Büro ein. Bringen Sie gern Ihr Portfolio m
 it.\n\nViele Grüße\nFranziska Eder\nProjektarchitektin\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DC01000000000000000010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Werkstudentin – Lena Hofstetter
DTSTART;TZID=W. Europe Standard Time:20251015T140000
DTEND;TZID=W. Europe Standard Time:20251015T150000
DTSTAMP:20251008T120000Z
LOCATION;LANGUAGE=de-DE:H+P Besprechung Isar
END:VEVENT
""", "user-as-interviewer-werkstudent-outlook-de", prodid=OLK, tzids=WIN),

        _side("personio-office-de", r"""
BEGIN:VEVENT
DTSTAMP:20251020T101010Z
UID:personio-interview-1a2b3c4d-hp-5e6f-7a8b-9c0d1e2f3a4b
DTSTART;TZID=Europe/Berlin:20251027T100000
DTEND;TZID=Europe/Berlin:20251027T110000
SUMMARY:Interview: Praktikum Architektur (m/w/d) – Jonas Pichlmaier
ORGANIZER;CN=Huber + Partner Architekten:mailto:noreply@mail.personio.de
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.eder@huber-partner-architekten.
 de
ATTENDEE;CN=Jonas Pichlmaier;ROLE=REQ-PARTICIPANT:mailto:jonas.pichlmaier@stud.th-rosenheim.de
DESCRIPTION:Hallo Franziska\,\n\ndu wurdest als Interviewerin für folgendes Gespräch eingetragen:\n\nKandidat: Jonas Pic
 hlmaier\nStelle: Praktikum Architektur (m/w/d)\n\nBewerbungsunterlagen und Bewertungsbogen findest du in Personio: http
 s://huber-partner.personio.de/recruiting/applications/4471822\n\nBitte gib dein Feedback bis spätestens 24 Stunden nach
  dem Gespräch ab.
LOCATION:Büro\, Besprechung Isar
END:VEVENT
""", "user-as-interviewer-personio-kit-de", prodid="-//Personio GmbH//Personio Recruiting//DE", tzids=BER),

        _side("scorecard-reminder-de", r"""
BEGIN:VEVENT
DTSTAMP:20251027T110500Z
UID:personio-feedback-reminder-4471822-feder
DTSTART;TZID=Europe/Berlin:20251028T090000
DTEND;TZID=Europe/Berlin:20251028T091500
SUMMARY:Feedback ausstehend: Bewertungsbogen Jonas Pichlmaier (Praktikum Architektur)
DESCRIPTION:Bitte fülle den Bewertungsbogen für das Interview vom 27.10. aus: https://huber-partner.personio.de/recruiti
 ng/applications/4471822/evaluation
ORGANIZER;CN=Personio:mailto:noreply@mail.personio.de
ATTENDEE;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
END:VEVENT
""", "user-as-interviewer-scorecard-de", prodid="-//Personio GmbH//Personio Recruiting//DE", tzids=BER),

        _side("debrief-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lutz, Anton":mailto:a.lutz@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Kurze Abstimmung nach den Gesprächen mit den drei Bewerber:innen für die Projektarchitekten-S
 telle (Kaya\, Novak\, Brandl). Bitte Bewertungsbögen vorher in Personio ausfüllen.\n
UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DC01000000000000000010000000D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5E6
SUMMARY;LANGUAGE=de-DE:Debrief Bewerber Projektarchitekt:in (Runde 1)
DTSTART;TZID=W. Europe Standard Time:20251107T163000
DTEND;TZID=W. Europe Standard Time:20251107T170000
DTSTAMP:20251103T080000Z
LOCATION;LANGUAGE=de-DE:Büro Martin
END:VEVENT
""", "user-as-interviewer-debrief-de", prodid=OLK, tzids=WIN),

        _side("calendly-host-de", r"""
BEGIN:VEVENT
UID:cal-host-7e6d5c4b-feder@calendly.com
DTSTAMP:20251104T183000Z
DTSTART:20251110T150000Z
DTEND:20251110T152000Z
SUMMARY:Kennenlernen Werkstudium (20 Min.) zwischen Franziska Eder und Tobias Leitl
DESCRIPTION:Event Name: Kennenlernen Werkstudium (20 Min.)\n\nInvitee: Tobias Leitl\nInvitee Email: tobi.leitl@outlook.d
 e\n\nQuestions:\nSemester / Hochschule: 5. Semester\, HM München\nPortfolio-Link: https://issuu.com/tleitl/portfolio\n
 \nLocation: Franziska Eder ruft an\n\nView event in Calendly: https://calendly.com/franziska-eder-hp/events\n\nPowered
  by Calendly.com
ORGANIZER;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
ATTENDEE;CN=Tobias Leitl;PARTSTAT=ACCEPTED:mailto:tobi.leitl@outlook.de
END:VEVENT
""", "user-as-interviewer-calendly-host-de", prodid="-//Calendly//Calendly Scheduling//EN"),

        _side("agency-candidate-de", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000E7E8E9F0F1F2DC01000000000000000010000000F3F4F5F6F7F8F9A0A1A2A3A4A5A6A7A8
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung: Herr Emre Yilmaz – Projektarchitekt LPH 5 (Bauwerk Personal)
DTSTART;TZID=W. Europe Standard Time:20251112T100000
DTEND;TZID=W. Europe Standard Time:20251112T110000
DTSTAMP:20251105T150000Z
ORGANIZER;CN="Kellner, Sabrina":mailto:s.kellner@bauwerk-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekt
 en.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emre Yilmaz:mailto:emre.yilmaz.arch@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Eder\,\n\nwie besprochen stelle ich Ihnen unseren Kandidaten Herrn Yilmaz f
 ür Ihre Vakanz Projektarchitekt LPH 5 vor. Den Lebenslauf finden Sie im Anhang\, das Gespräch findet in Ihrem Büro stat
 t.\n\nBeste Grüße\nSabrina Kellner\nBauwerk Personal Consulting GmbH\n
LOCATION;LANGUAGE=de-DE:Huber + Partner Architekten\, Westendstr. 19
END:VEVENT
""", "user-as-interviewer-agency-sends-candidate-de", prodid=OLK, tzids=WIN),

        _side("handtyped-bewerber-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251119T140000
DTEND;TZID=Europe/Berlin:20251119T150000
DTSTAMP:20251117T071000Z
UID:4c6e8g0i2k4m6o8q0s2u4w6y8a@google.com
SUMMARY:Bewerber Schmid 14h (Praktikum) – Mappe ansehen
DESCRIPTION:Ich führe das Gespräch\, Anton kommt dazu. Fragen: Werkplanung? Revit?
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "user-as-interviewer-handtyped-de", prodid=GOOGLE, method="PUBLISH", tzids=BER),

        _side("panel-teamleitung-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lutz, Anton":mailto:a.lutz@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Dr. Ana Ruiz Calvo:mailto:ana.ruizcalvo@hotmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="H+P Besprechung Isar":mailto:raum-isar@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Zweites Gespräch mit Frau Dr. Ruiz Calvo (Bewerbung Projektleitung Bildungsbauten). Panel: Ma
 rtin\, Franziska\, Anton. Franziska übernimmt den fachlichen Teil (Ausführungsplanung\, Ausschreibung).\n
UID:040000008200E00074C5B7101A82E00800000000B9BAC0C1C2C3DC01000000000000000010000000C4C5C6C7C8C9D0D1D2D3D4D5D6D7D8D9
SUMMARY;LANGUAGE=de-DE:Interviewpanel Projektleitung – Kandidatin Dr. Ruiz Calvo
DTSTART;TZID=W. Europe Standard Time:20251125T100000
DTEND;TZID=W. Europe Standard Time:20251125T113000
DTSTAMP:20251118T090000Z
LOCATION;LANGUAGE=de-DE:H+P Besprechung Isar
END:VEVENT
""", "user-as-interviewer-panel-de", prodid=OLK, tzids=WIN),

        _side("shadowing-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Lutz, Anton":mailto:a.lutz@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Franziska hospitiert beim Bewerbungsgespräch Azubi Bauzeichner (Kandidat: Luca Weiß) und über
 nimmt dann ab Januar die Azubi-Gespräche.\n
UID:040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5
SUMMARY;LANGUAGE=de-DE:Shadowing: Bewerbungsgespräch Azubi Bauzeichner
DTSTART;TZID=W. Europe Standard Time:20251203T153000
DTEND;TZID=W. Europe Standard Time:20251203T163000
DTSTAMP:20251126T120000Z
LOCATION;LANGUAGE=de-DE:Besprechung Würm
END:VEVENT
""", "user-as-interviewer-shadowing-de", prodid=OLK, tzids=WIN),

        _side("candidate-trial-day-de", r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251204
DTEND;VALUE=DATE:20251205
DTSTAMP:20251128T080000Z
ORGANIZER;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
UID:6e8g0i2k4m6o8q0s2u4w6y8a0c@google.com
ATTENDEE;CN=Marek Novak;PARTSTAT=ACCEPTED:mailto:marek.novak.arch@seznam.cz
ATTENDEE;CN=Anton Lutz;PARTSTAT=ACCEPTED:mailto:a.lutz@huber-partner-architekten.de
SUMMARY:Probearbeitstag Hr. Novak (Bewerber Projektarchitekt)
DESCRIPTION:Hr. Novak arbeitet einen Tag im Team BV Schwabing mit. Betreuung: Franziska. Arbeitsplatz 2.07 vorbereiten\,
  Revit-Lizenz!
TRANSP:TRANSPARENT
END:VEVENT
""", "user-as-interviewer-candidate-trial-day-de", prodid=GOOGLE),

        _side("mappen-sichtung-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brunner, Katharina":mailto:k.brunner@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Praktikumsbewerbungen Sommersemester sichten (23 Mappen)\, Shortlist für Gespräche erstellen.
 \n
UID:040000008200E00074C5B7101A82E00800000000F6F7F8F9A0A1DC01000000000000000010000000A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6B7
SUMMARY;LANGUAGE=de-DE:Mappen-Sichtung Praktikumsbewerbungen SoSe
DTSTART;TZID=W. Europe Standard Time:20260115T090000
DTEND;TZID=W. Europe Standard Time:20260115T110000
DTSTAMP:20260108T080000Z
LOCATION;LANGUAGE=de-DE:Besprechung Isar
END:VEVENT
""", "user-as-interviewer-portfolio-screening-de", prodid=OLK, tzids=WIN),

        _side("candidate-en", r"""
BEGIN:VEVENT
DTSTART:20251113T140000Z
DTEND:20251113T144500Z
DTSTAMP:20251107T110000Z
ORGANIZER;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
UID:8g0i2k4m6o8q0s2u4w6y8a0c2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Nair;X-NUM-GUESTS=0:mailto:priya.nair.archi@g
 mail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Franziska Eder;X-NUM-GUESTS=0:mailto:f.eder@huber-p
 artner-architekten.de
SUMMARY:Interview: Priya Nair – Junior Architect (Huber + Partner)
DESCRIPTION:Hi Priya\, looking forward to talking to you about the junior architect position in our team. We'll keep it
  in English – German is a plus but not a must.\n\nJoin with Google Meet: https://meet.google.com/hup-xnwa-rtk\n\nBest\,
  Franziska
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "user-as-interviewer-candidate-freemail-en", prodid=GOOGLE),

        _side("azubi-interview-de", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B8B9C0C1C2C3DC01000000000000000010000000C4C5C6C7C8C9D0D1D2D3D4D5D6D7D8E0
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Ausbildung Bauzeichnerin – Mia Grabmeier (mit Mutter)
DTSTART;TZID=W. Europe Standard Time:20260120T160000
DTEND;TZID=W. Europe Standard Time:20260120T164500
DTSTAMP:20260112T100000Z
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mia.grabmeier@t-online.de:mailto:mia.grabmeier@t-online
 .de
DESCRIPTION;LANGUAGE=de-DE:Hallo Mia\,\n\nwir freuen uns auf dich! Bitte bring dein letztes Zeugnis mit.\n\nFranziska Ed
 er\nHuber + Partner Architekten\n
LOCATION;LANGUAGE=de-DE:Huber + Partner\, Westendstr. 19\, Empfang 3. OG
END:VEVENT
""", "user-as-interviewer-apprentice-de", prodid=OLK, tzids=WIN),

        _side("entretien-stage-fr", r"""
BEGIN:VEVENT
DTSTART:20251204T100000Z
DTEND:20251204T103000Z
DTSTAMP:20251127T163000Z
ORGANIZER;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
UID:0i2k4m6o8q0s2u4w6y8a0c2e4g@google.com
ATTENDEE;CN=Léa Garnier;PARTSTAT=ACCEPTED:mailto:lea.garnier@etu.ensa-lyon.fr
SUMMARY:Entretien candidature stage – Léa Garnier
DESCRIPTION:Bonjour Léa\, merci pour votre candidature pour le stage Erasmus chez Huber + Partner. Entretien en visio av
 ec moi (Franziska Eder\, architecte chef de projet).\n\nhttps://meet.google.com/lga-zqvn-ykm
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "user-as-interviewer-intern-fr", prodid=GOOGLE),

        _side("second-round-kaya-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Selin Kaya:mailto:selin.kaya@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kaya\,\n\nvielen Dank für das gute erste Gespräch. Gern laden Herr Huber un
 d ich Sie zu einem zweiten Gespräch ein.\n\nMit freundlichen Grüßen\nFranziska Eder\n
UID:040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5DC01000000000000000010000000A6A7A8A9B0B1B2B3B4B5B6B7B8B9C0C1
SUMMARY;LANGUAGE=de-DE:2. Gespräch Fr. Kaya – Projektarchitektin HOAI LPH 1-5
DTSTART;TZID=W. Europe Standard Time:20251120T170000
DTEND;TZID=W. Europe Standard Time:20251120T180000
DTSTAMP:20251112T150000Z
LOCATION;LANGUAGE=de-DE:Huber + Partner\, Besprechung Isar
END:VEVENT
""", "user-as-interviewer-second-round-webde-candidate-de", prodid=OLK, tzids=WIN),

        _side("phone-screen-by-user-de", r"""
BEGIN:VEVENT
CREATED:20251021T080000Z
UID:A4B5C6D7-E8F9-4A0B-8C1D-2E3F4A5B6C7D
DTSTART;TZID=Europe/Berlin:20251022T123000
DTEND;TZID=Europe/Berlin:20251022T130000
SUMMARY:Tel.-Interview Bewerberin Hofbauer (Werkstudentin) – ich rufe an
DESCRIPTION:0176 33821190\nFragen: Verfügbarkeit 20h/Woche? ArchiCAD? Ab wann?
DTSTAMP:20251021T080000Z
SEQUENCE:0
END:VEVENT
""", "user-as-interviewer-phone-screen-de", prodid="-//Apple Inc.//iPhone OS 18.1//EN", method=None,
              tzids=BER),

        _side("calibration-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Brunner, Katharina":mailto:k.brunner@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lutz, Anton":mailto:a.lutz@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Abgleich der Bewertungen aus den Werkstudenten-Interviews (WS 25/26)\, Entscheidung über 2 Zu
 sagen.\n
UID:040000008200E00074C5B7101A82E00800000000C2C3C4C5C6C7DC01000000000000000010000000D8D9E0E1E2E3E4E5E6E7E8E9F0F1F2F3
SUMMARY;LANGUAGE=de-DE:Abstimmung Bewerberauswahl Werkstudenten WS 25/26
DTSTART;TZID=W. Europe Standard Time:20251024T113000
DTEND;TZID=W. Europe Standard Time:20251024T120000
DTSTAMP:20251020T090000Z
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
""", "user-as-interviewer-calibration-de", prodid=OLK, tzids=WIN),

        _side("entrevista-practicas-es", r"""
BEGIN:VEVENT
DTSTART:20260122T110000Z
DTEND:20260122T113000Z
DTSTAMP:20260114T093000Z
ORGANIZER;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
UID:2k4m6o8q0s2u4w6y8a0c2e4g6i@google.com
ATTENDEE;CN=Lucía Romero;PARTSTAT=ACCEPTED:mailto:lucia.romero.arq@gmail.com
SUMMARY:Entrevista candidata prácticas – Lucía Romero (Huber + Partner)
DESCRIPTION:Hola Lucía\, te escribo desde Huber + Partner Architekten en Múnich. Hablamos por videollamada sobre tus prá
 cticas Erasmus. Un saludo\, Franziska\n\nhttps://meet.google.com/hpr-romn-xqa
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "user-as-interviewer-intern-es", prodid=GOOGLE),

        _side("interview-kit-en", r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=en-GB:Franziska – please prepare the interview kit (questions on detailing + site supervision) for
  the Project Architect candidates next week. Template in S:\\Personal\\Interviewleitfaden.docx\n
UID:040000008200E00074C5B7101A82E00800000000D4D5D6D7D8D9DC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9F0F1F2F3F4F6
SUMMARY;LANGUAGE=en-GB:Prep interview kit – Project Architect candidates
DTSTART;TZID=W. Europe Standard Time:20251030T080000
DTEND;TZID=W. Europe Standard Time:20251030T090000
DTSTAMP:20251027T170000Z
END:VEVENT
""", "user-as-interviewer-interview-kit-en", prodid=OLK, tzids=WIN),

        _side("bewerbungsgespraech-room-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Brandl:mailto:felix.brandl@posteo.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="H+P Besprechung Würm":mailto:raum-wuerm@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Brandl\,\n\nwir laden Sie zum Bewerbungsgespräch für die Stelle Projektarc
 hitekt (m/w/d) bei Huber + Partner Architekten ein.\n\nFranziska Eder\n
UID:040000008200E00074C5B7101A82E00800000000E6E7E8E9F0F1DC01000000000000000010000000F2F3F4F5F6F7F8F9A0A1A2A3A4A5A6A7
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Projektarchitekt – Hr. Brandl
DTSTART;TZID=W. Europe Standard Time:20251105T090000
DTEND;TZID=W. Europe Standard Time:20251105T100000
DTSTAMP:20251029T100000Z
LOCATION;LANGUAGE=de-DE:H+P Besprechung Würm
END:VEVENT
""", "user-as-interviewer-room-de", prodid=OLK, tzids=WIN),
    ]
