"""holdout132 negatives around the job search and the word 'interview' that are not the user's interviews."""

from __future__ import annotations

from holdout132ev_ics import TZ_BERLIN, TZ_WIN, cal, ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
WR = "CALSCALE:GREGORIAN\nX-WR-TIMEZONE:Europe/Berlin"
IOS = "-//Apple Inc.//iPhone OS 18.2//EN"


def _n(kind: str, text: str, trap: str = "") -> dict[str, str]:
    return ev(kind, text, 0, trap=trap or kind)


def _hand(uid: str, start: str, end: str, summary: str, desc: str = "", loc: str = "") -> str:
    lines = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260201T120000Z",
        f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}", f"SUMMARY:{summary}",
    ]
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    if loc:
        lines.append(f"LOCATION:{loc}")
    lines.append("END:VEVENT")
    return cal(IOS, "\n".join(lines), method=None, tz=TZ_BERLIN)


def events() -> list[dict[str, str]]:
    out = []
    out.append(_n("mock-friend-de", _hand(
        "1E2F3A4B-5C6D-4E7F-8091-A1B2C3D4E5F6", "20260208T190000", "20260208T200000",
        "Probe-VG mit Sandra (Übung für Rheinruhr)",
        r"Sandra spielt Personalerin\, Fragen: Stärken/Schwächen\, Gehalt\, warum weg vom öD?"),
        "mock-names-employer-de"))

    out.append(_n("mock-coach-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260206T170000
        DTEND;TZID=Europe/Berlin:20260206T183000
        DTSTAMP:20260130T120000Z
        ORGANIZER;CN=Karin Westphal Coaching:mailto:kontakt@westphal-coaching.de
        UID:wc-2026-0206-kowalczyk@westphal-coaching.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dennis Kowalczyk:mailto:dennis.kowalczyk@gmx.net
        DESCRIPTION:Interviewtraining (Simulation Vorstellungsgespräch mit Videoaufzeichnung und Feedback)\, Modul 2 Ihr
         es Bewerbungscoachings (AVGS-Gutschein).\n\nOrt: Praxis Westphal\, Kaiserstraße 18\, Dortmund
        SUMMARY:Bewerbungscoaching: Simulation Vorstellungsgespräch
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), "mock-coach-de"))

    out.append(_n("mock-en", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260210T180000Z
        DTEND:20260210T190000Z
        DTSTAMP:20260207T120000Z
        ORGANIZER;CN=Practice Interviews:mailto:sessions@peerprep.example
        UID:pp-session-88410-b@peerprep.example
        ATTENDEE;CN=Dennis Kowalczyk;PARTSTAT=ACCEPTED:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Ravi K.;PARTSTAT=ACCEPTED:mailto:ravi.k.peer@gmail.com
        DESCRIPTION:Your peer mock interview: System Design (SRE track). You interview your peer for 30 minutes\, then s
         wap roles. This is practice only - no company involved.\n\nJoin: https://peerprep.example/room/88410
        SUMMARY:Mock Interview: System Design (peer practice)
        END:VEVENT
        """, head=WR), "mock-peer-en"))

    out.append(_n("webinar-de", cal("-//GoTo Technologies//GoTo Webinar//EN", r"""
        BEGIN:VEVENT
        UID:gtw-3318770299-dennis.kowalczyk@gmx.net
        DTSTAMP:20260115T100000Z
        DTSTART:20260203T170000Z
        DTEND:20260203T180000Z
        SUMMARY:Webinar: Souverän ins Vorstellungsgespräch - Tipps für IT-Fachkräfte
        ORGANIZER;CN=IT-Karriere Akademie:mailto:webinare@itkarriere-akademie.de
        DESCRIPTION:Vielen Dank für Ihre Anmeldung. In 60 Minuten zeigen wir\, wie Sie technische Interviews\, Fachgespr
         äche und Gehaltsverhandlungen meistern.\n\nTeilnahme-Link: https://attendee.gotowebinar.com/join/3318770299
        END:VEVENT
        """, method="PUBLISH"), "webinar-interview-tips-de"))

    out.append(_n("vhs-class-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260115T183000
        DTEND;TZID=Europe/Berlin:20260115T200000
        RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
        DTSTAMP:20260105T120000Z
        UID:7y6t5r4e3w2q1a0s9d8f7g6h5j@google.com
        SUMMARY:VHS-Kurs: Bewerbungsgespräche erfolgreich führen (25-118)
        LOCATION:VHS Dortmund\, Hansastraße 2-4\, Raum 104
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR, method="PUBLISH"), "class-recurring-de"))

    out.append(_n("board-training-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Studieninstitut Ruhr - Fortbildung":mailto:fortbildung@studieninstitut-ruhr.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Seminar 26-F-041: Strukturierte Auswahlgespräche im öffentlichen Dienst (Bestenausles
         e Art. 33 Abs. 2 GG\, Fragetechniken\, Beurteilungsfehler\, Dokumentation). Zielgruppe: Mitglieder von Auswahlk
         ommissionen.
        UID:040000008200E00074C5B7101A82E00800000000A0A0B0B0C0C0DA01000000000000000010000000A0A0
        SUMMARY;LANGUAGE=de-DE:Fortbildung: Strukturierte Auswahlgespräche führen
        DTSTART;TZID=W. Europe Standard Time:20260120T083000
        DTEND;TZID=W. Europe Standard Time:20260120T153000
        DTSTAMP:20260105T080000Z
        LOCATION;LANGUAGE=de-DE:Studieninstitut Ruhr\, Seminarraum 2
        END:VEVENT
        """, tz=TZ_WIN), "class-interviewing-for-panels-de"))

    out.append(_n("user-research-de", cal("-//Calendly//Calendly Scheduling//EN", r"""
        BEGIN:VEVENT
        UID:Ux4Rt7Yp1Qw9Kz3M@calendly.com
        DTSTAMP:20260122T100000Z
        DTSTART:20260128T130000Z
        DTEND:20260128T134500Z
        SUMMARY:Nutzerinterview: Monitoring im Alltag von Admins (Dennis Kowalczyk)
        ORGANIZER;CN=Lea Brandes (UX Research):mailto:lea.brandes@watchtower-monitoring.de
        ATTENDEE;CN=Dennis Kowalczyk;PARTSTAT=ACCEPTED:mailto:dennis.kowalczyk@gmx.net
        LOCATION:Zoom (Link folgt)
        DESCRIPTION:Vielen Dank\, dass Sie an unserer Nutzerstudie teilnehmen! 45 Minuten\, wir möchten verstehen\, wie
          Sie Alarme und Dashboards nutzen. Als Dankeschön erhalten Sie einen 50-€-Gutschein.
        END:VEVENT
        """), "user-research-interview-de"))

    out.append(_n("user-research-es", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260219T160000Z
        DTEND:20260219T163000Z
        DTSTAMP:20260212T090000Z
        ORGANIZER;CN=Paula Ferrer:mailto:paula.ferrer@copiafacil.es
        UID:5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        DESCRIPTION:¡Gracias por participar en nuestra entrevista de investigación de usuarios! Queremos saber cómo gest
         ionas las copias de seguridad en tu organización. La sesión será en inglés y dura 30 minutos. Recibirás una tar
         jeta regalo de 40 €.\n\nUnirse con Google Meet: https://meet.google.com/cpf-uxre-ses
        SUMMARY:Entrevista de usuario (UX) - CopiaFácil Backup
        END:VEVENT
        """, head=WR), "user-research-es"))

    out.append(_n("press-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Presse- und Informationsamt":mailto:presse@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hellwig, Svenja (Ruhr-Kurier)":mailto:s.hellwig@ruhr-kurier.example
        DESCRIPTION;LANGUAGE=de-DE:Pressegespräch/Interview für die Serie "Wer macht eigentlich ...?" - Thema: Wie die S
         tadtverwaltung Cyberangriffe abwehrt. Fotograf kommt mit. Bitte keine internen IP-Adressen o.ä. auf Bildschirme
         n.
        UID:040000008200E00074C5B7101A82E00800000000B1B1C1C1D1D1DA01000000000000000010000000B1B1
        SUMMARY;LANGUAGE=de-DE:Interview Ruhr-Kurier (IT-Sicherheit) - mit Fotos
        DTSTART;TZID=W. Europe Standard Time:20260225T100000
        DTEND;TZID=W. Europe Standard Time:20260225T110000
        DTSTAMP:20260217T080000Z
        LOCATION;LANGUAGE=de-DE:Leitstand RZ
        END:VEVENT
        """, tz=TZ_WIN), "press-interview-de"))

    out.append(_n("podcast-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260304T193000
        DTEND;TZID=Europe/Berlin:20260304T210000
        DTSTAMP:20260220T120000Z
        ORGANIZER;CN=Admins am Limit Podcast:mailto:hallo@adminsamlimit.de
        UID:2w3e4r5t6y7u8i9o0p1q2a3z4x@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        DESCRIPTION:Aufnahme Folge 87: Interview mit Dennis über Patchmanagement in Kommunen. Headset mitbringen\, Aufna
         hme über Riverside: https://riverside.fm/studio/adminsamlimit
        SUMMARY:Podcast-Aufnahme "Admins am Limit" - Interview
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), "podcast-interview-de"))

    out.append(_n("coffee-chat-de", _hand(
        "2F3A4B5C-6D7E-4F80-91A2-B3C4D5E6F708", "20260131T110000", "20260131T120000",
        r"Kaffee mit Jens (ex-Kollege\, jetzt Ruhrwerk Energie)",
        r"Mal hören wie es da so ist\, Team\, Rufbereitschaft\, Gehaltsband. Kein offizieller Termin.",
        "Kaffeerösterei Kaiserviertel"), "coffee-chat-names-employer-de"))

    out.append(_n("jobfair-visit-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260314
        DTEND;VALUE=DATE:20260315
        DTSTAMP:20260301T120000Z
        UID:8i9o0p1a2s3d4f5g6h7j8k9l0z@google.com
        SUMMARY:Karrieretag Ruhr (Besuch) - Stände Stadtwerke\, Kliniken\, Systemhäuser
        DESCRIPTION:Lebenslauf 10x ausdrucken. Messe Essen\, Halle 6.
        TRANSP:TRANSPARENT
        END:VEVENT
        """, head=WR, method="PUBLISH"), "job-fair-visitor-allday-de"))

    out.append(_n("reference-call-en", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260226T120000Z
        DTEND:20260226T121500Z
        DTSTAMP:20260223T090000Z
        ORGANIZER;CN=Sam Whitaker:mailto:sam.whitaker@helio-ops.com
        UID:4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczy
         k@gmx.net
        DESCRIPTION:Hi Dennis\, thanks for agreeing to be a reference for Kai Neumann\, who has applied for our SRE role
         . 15 minutes\, a few questions about how you worked together at the city. Much appreciated!\n\nJoin with Google
          Meet: https://meet.google.com/hlo-refc-kai
        SUMMARY:Reference call re: Kai Neumann (Helio Ops)
        END:VEVENT
        """, head=WR), "reference-call-user-is-referee-en"))

    out.append(_n("recruiter-noname-de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E00800000000C2C2D2D2E2E2DA01000000000000000010000000C2C2
        DTSTAMP:20260112T100000Z
        DTSTART;TZID=W. Europe Standard Time:20260114T173000
        DTEND;TZID=W. Europe Standard Time:20260114T180000
        SUMMARY:Telefonat TechHire Rhein / Dennis Kowalczyk
        ORGANIZER;CN="Hahn, Marcel":mailto:marcel.hahn@techhire-rhein.de
        ATTENDEE;CN=dennis.kowalczyk@gmx.net;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        DESCRIPTION:Hallo Herr Kowalczyk\,\n\nwie auf Xing angekündigt: ein unverbindliches Gespräch über Ihre Wechselmo
         tivation und passende Vakanzen bei unseren Kunden im Raum Ruhr/Düsseldorf (Namen nenne ich gern im Gespräch). I
         ch rufe Sie an.\n\nBeste Grüße\nMarcel Hahn\nTechHire Rhein GmbH
        END:VEVENT
        """, tz=TZ_WIN), "recruiter-call-no-employer-de"))

    out.append(_n("prep-block-de", _hand(
        "3A4B5C6D-7E8F-4091-A2B3-C4D5E6F70819", "20260304T190000", "20260304T213000",
        "Vorbereitung Fachgespräch Lippe Assekuranz",
        r"Ansible-Rollen wiederholen\, systemd-Units\, journalctl\, SELinux. Fragen an Hr. Bergmann notieren."),
        "prep-block-names-employer-de"))

    out.append(_n("prep-travel-de", _hand(
        "4B5C6D7E-8F90-41A2-B3C4-D5E6F708192A", "20260305T063000", "20260305T083000",
        "Fahrt nach Bielefeld (RE 6 Dortmund 6:42)", "", "Dortmund Hbf"), "travel-block-de"))

    out.append(_n("thankyou-task-en", _hand(
        "5C6D7E8F-9001-42B3-C4D5-E6F708192A3B", "20260225T123000", "20260225T124500",
        "Send thank-you notes after Keystone onsite", r"Aileen\, Ralf\, Tomasz"), "follow-up-task-en"))

    out.append(_n("appraisal-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Jährliches Mitarbeitergespräch (MAG) 2026 - Leistungsbeurteilung nach LOB\, Zielverei
         nbarung\, Fortbildungswünsche. Bitte den Vorbereitungsbogen ausfüllen.
        UID:040000008200E00074C5B7101A82E00800000000D3D3E3E3F3F3DA01000000000000000010000000D3D3
        SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch Kowalczyk / Lindner
        DTSTART;TZID=W. Europe Standard Time:20260303T140000
        DTEND;TZID=W. Europe Standard Time:20260303T150000
        DTSTAMP:20260216T080000Z
        LOCATION;LANGUAGE=de-DE:Büro Lindner 4.07
        END:VEVENT
        """, tz=TZ_WIN), "own-appraisal-de"))

    out.append(_n("personalgespraech-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Wessel, Petra":mailto:petra.wessel@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Personalgespräch zu Ihrem Antrag auf Höhergruppierung (EG 10 -> EG 11) und Ihrer Rufb
         ereitschaftsregelung.
        UID:040000008200E00074C5B7101A82E00800000000E4E4F4F4A4A4DA01000000000000000010000000E4E4
        SUMMARY;LANGUAGE=de-DE:Personalgespräch Hr. Kowalczyk
        DTSTART;TZID=W. Europe Standard Time:20260210T100000
        DTEND;TZID=W. Europe Standard Time:20260210T104500
        DTSTAMP:20260202T080000Z
        LOCATION;LANGUAGE=de-DE:Personalamt\, Raum 1.18
        END:VEVENT
        """, tz=TZ_WIN), "own-personalgespraech-de"))
    return out
