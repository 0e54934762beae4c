"""holdout132 negatives: the sysadmin's work calendar and private appointments."""

from __future__ import annotations

from holdout132ev_ics import TZ_BERLIN, TZ_WIN, cal, ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
WR = "CALSCALE:GREGORIAN\nX-WR-TIMEZONE:Europe/Berlin"
EX = "Microsoft Exchange Server 2010"


def _n(kind: str, text: str, trap: str = "") -> dict[str, str]:
    return ev(kind, text, 0, trap=trap or kind)


def events() -> list[dict[str, str]]:
    out = []
    out.append(_n("doctor-de", cal("-//Doctolib//Doctolib Termin//DE", r"""
        BEGIN:VEVENT
        UID:doctolib-apt-5518203377@doctolib.de
        DTSTAMP:20260119T080000Z
        DTSTART;TZID=Europe/Berlin:20260123T081000
        DTEND;TZID=Europe/Berlin:20260123T083000
        SUMMARY:Termin bei Dr. med. Renate Vogelsang (Allgemeinmedizin)
        LOCATION:Hausarztpraxis Vogelsang\, Hörder Bahnhofstraße 6\, 44263 Dortmund
        DESCRIPTION:Ihr Termin: Gesundheits-Check-up 35+. Bitte bringen Sie Ihre Versichertenkarte mit und erscheinen Si
         e nüchtern.
        END:VEVENT
        """, method="PUBLISH", tz=TZ_BERLIN), "doctor-de"))

    out.append(_n("kfz-de", cal("-//Stadt Dortmund//Online-Terminvergabe//DE", r"""
        BEGIN:VEVENT
        UID:tv-strva-20260206-0930-K4471@termine.stadtdo.de
        DTSTAMP:20260126T200000Z
        DTSTART;TZID=Europe/Berlin:20260206T093000
        DTEND;TZID=Europe/Berlin:20260206T094500
        SUMMARY:Kfz-Zulassung: Umschreibung Fahrzeug (Vorgangsnr. K-4471)
        LOCATION:Straßenverkehrsamt\, Zulassungsstelle\, Schalter 1-12
        DESCRIPTION:Bitte mitbringen: Personalausweis\, Zulassungsbescheinigung Teil I und II\, eVB-Nummer\, SEPA-Mandat
          Kfz-Steuer.
        END:VEVENT
        """, method="PUBLISH", tz=TZ_BERLIN), "kfz-zulassung-de"))

    out.append(_n("elternabend-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260219T193000
        DTEND;TZID=Europe/Berlin:20260219T210000
        DTSTAMP:20260210T120000Z
        UID:6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com
        SUMMARY:Elternabend 3b (Mia)
        LOCATION:Grundschule am Phoenixsee
        DESCRIPTION:Klassenfahrt\, Medienkonzept\, Wahl Klassenpflegschaft
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR, method="PUBLISH"), "elternabend-de"))

    out.append(_n("school-exchange-fr", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260312T180000
        DTEND;TZID=Europe/Paris:20260312T190000
        DTSTAMP:20260302T120000Z
        ORGANIZER;CN=Collège Jean Moulin - Échanges:mailto:echanges@college-jeanmoulin-amiens.example
        UID:3e4r5t6y7u8i9o0p1a2s3d4f5g@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Familles d'accueil Dortmund:mailto:dennis.kowalczyk@gmx.n
         et
        DESCRIPTION:Réunion d'information en visio pour les familles d'accueil allemandes : programme de l'échange\, tra
         nsport\, assurances. Traduction assurée par Mme Keller.\n\nRejoindre : https://meet.google.com/jmx-echg-fam
        SUMMARY:Réunion familles d'accueil - échange Amiens/Dortmund
        END:VEVENT
        """, tz=TZ_BERLIN.replace("Europe/Berlin", "Europe/Paris"), head=WR), "school-exchange-meeting-fr"))

    out.append(_n("bank-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Kleinschmidt, Ralf":mailto:ralf.kleinschmidt@volksbank-emscher.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nvielen Dank für Ihre Terminanfrage. Gerne bespreche
          ich mit Ihnen die Anschlussfinanzierung Ihrer Immobilie. Bitte bringen Sie die letzten drei Gehaltsabrechnunge
         n mit.\n\nMit freundlichen Grüßen\nRalf Kleinschmidt\nBaufinanzierungsberater\, Volksbank Emscher eG
        UID:040000008200E00074C5B7101A82E00800000000F5F5A5A5B5B5DA01000000000000000010000000F5F5
        SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Anschlussfinanzierung
        DTSTART;TZID=W. Europe Standard Time:20260221T100000
        DTEND;TZID=W. Europe Standard Time:20260221T110000
        DTSTAMP:20260211T080000Z
        LOCATION;LANGUAGE=de-DE:Filiale Aplerbeck
        END:VEVENT
        """, tz=TZ_WIN), "bank-appointment-de"))

    out.append(_n("passport-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260227T073000
        DTEND;TZID=Europe/Berlin:20260227T074500
        DTSTAMP:20260220T120000Z
        UID:9o0p1a2s3d4f5g6h7j8k9l0z1x@google.com
        SUMMARY:Bürgerdienste: Reisepass Mia beantragen (Biometrisches Foto!)
        LOCATION:Bürgerdienste Hörde
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR, method="PUBLISH"), "passport-appointment-de"))

    out.append(_n("patchday-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Nowicki, Artur":mailto:artur.nowicki@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="IT-Infrastruktur Server":mailto:it-infra-server@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Microsoft Patchday: WSUS-Freigabe Testring\, Pilotgruppe am Mi\, Rollout Do/Fr. Wartu
         ngsfenster Server Do 19-23 Uhr.
        UID:040000008200E00074C5B7101A82E00800000000A6A6B6B6C6C6DA01000000000000000010000000A6A6
        SUMMARY;LANGUAGE=de-DE:Patchday
        RRULE:FREQ=MONTHLY;BYDAY=2WE;COUNT=12
        DTSTART;TZID=W. Europe Standard Time:20260114T080000
        DTEND;TZID=W. Europe Standard Time:20260114T090000
        DTSTAMP:20251210T080000Z
        END:VEVENT
        """, tz=TZ_WIN), "patchday-recurring-de"))

    out.append(_n("rz-wartung-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Nowicki, Artur":mailto:artur.nowicki@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:RZ-Wartung USV-Anlage B (Batterietausch durch Dienstleister). Umschaltung auf Netzers
         atzanlage\, Monitoring besetzen.
        UID:040000008200E00074C5B7101A82E00800000000B7B7C7C7D7D7DA01000000000000000010000000B7B7
        SUMMARY;LANGUAGE=de-DE:RZ-Wartung USV B
        DTSTART;TZID=W. Europe Standard Time:20260221T060000
        DTEND;TZID=W. Europe Standard Time:20260221T120000
        DTSTAMP:20260130T080000Z
        LOCATION;LANGUAGE=de-DE:RZ Hohe Straße
        END:VEVENT
        """, tz=TZ_WIN), "rz-wartung-de"))

    out.append(_n("change-board-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Change Management":mailto:cab@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Change-Board: RFC-2026-041 Firewall-Regelwerk Bürgerbüros\, RFC-2026-044 Exchange CU
         \, RFC-2026-047 Storage-Erweiterung.
        UID:040000008200E00074C5B7101A82E00800000000C8C8D8D8E8E8DA01000000000000000010000000C8C8
        SUMMARY;LANGUAGE=de-DE:Change-Board
        RRULE:FREQ=WEEKLY;BYDAY=TU
        DTSTART;TZID=W. Europe Standard Time:20260113T100000
        DTEND;TZID=W. Europe Standard Time:20260113T110000
        DTSTAMP:20251215T080000Z
        LOCATION;LANGUAGE=de-DE:Teams
        END:VEVENT
        """, tz=TZ_WIN), "change-board-weekly-de"))

    out.append(_n("rufbereitschaft-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="IT-Infrastruktur Dienstplan":mailto:dienstplan-it@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        UID:040000008200E00074C5B7101A82E00800000000D9D9E9E9F9F9DA01000000000000000010000000D9D9
        SUMMARY;LANGUAGE=de-DE:Rufbereitschaft Kowalczyk
        DTSTART;VALUE=DATE:20260216
        DTEND;VALUE=DATE:20260223
        DTSTAMP:20260105T080000Z
        TRANSP:TRANSPARENT
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        """), "rufbereitschaft-allday-de"))

    out.append(_n("ticket-review-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Nowicki, Artur":mailto:artur.nowicki@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Brockmann, Uwe":mailto:uwe.brockmann@stadtdo.de
        UID:040000008200E00074C5B7101A82E00800000000EAEAFAFA0A0ADA01000000000000000010000000EAEA
        SUMMARY;LANGUAGE=de-DE:Ticket-Review 2nd Level
        DESCRIPTION;LANGUAGE=de-DE:Offene Tickets > 14 Tage\, Eskalationen\, Wissensartikel.
        DTSTART;TZID=W. Europe Standard Time:20260206T130000
        DTEND;TZID=W. Europe Standard Time:20260206T140000
        DTSTAMP:20260201T080000Z
        END:VEVENT
        """, tz=TZ_WIN), "ticket-review-de"))

    out.append(_n("user-training-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Bürgerbüro Innenstadt - Team":mailto:buergerbuero-innenstadt@stadtdo.de
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Schulungsraum 1.05":mailto:schulung105@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Anwenderschulung: Anmeldung mit Microsoft Authenticator (MFA)\, Passwort-Self-Service
         \, Phishing erkennen. Dauer 90 Min.\, bitte Diensthandy mitbringen.
        UID:040000008200E00074C5B7101A82E00800000000FBFB0B0B1B1BDA01000000000000000010000000FBFB
        SUMMARY;LANGUAGE=de-DE:Schulung MFA / Authenticator - Bürgerbüro Innenstadt
        DTSTART;TZID=W. Europe Standard Time:20260226T083000
        DTEND;TZID=W. Europe Standard Time:20260226T100000
        DTSTAMP:20260212T080000Z
        LOCATION;LANGUAGE=de-DE:Schulungsraum 1.05
        END:VEVENT
        """, tz=TZ_WIN), "user-training-he-runs-de"))

    out.append(_n("fachmesse-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260324
        DTEND;VALUE=DATE:20260326
        DTSTAMP:20260115T120000Z
        UID:1z2x3c4v5b6n7m8q9w0e1r2t3y@google.com
        SUMMARY:Fachmesse Kommunale IT (KommIT Ruhr) - Dienstreise
        LOCATION:Messe Essen
        DESCRIPTION:Dienstreiseantrag genehmigt. Vorträge: Zero Trust in Kommunen\, OZG-Plattformen. Stand-Termin mit St
         orage-Hersteller Di 14 Uhr.
        TRANSP:TRANSPARENT
        END:VEVENT
        """, head=WR, method="PUBLISH"), "trade-fair-allday-de"))

    out.append(_n("intranet-interview-de", cal(EX, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Redaktion Intranet":mailto:intranet-redaktion@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Kurzinterview für die Rubrik "Kolleg*innen im Porträt" in der Mitarbeiterzeitung: Ihr
          Arbeitsalltag in der IT-Infrastruktur\, 15 Minuten\, Foto am Arbeitsplatz.
        UID:040000008200E00074C5B7101A82E008000000000C0C1C1C2C2CDA01000000000000000010000000C0C1
        SUMMARY;LANGUAGE=de-DE:Interview Mitarbeiterzeitung
        DTSTART;TZID=W. Europe Standard Time:20260310T113000
        DTEND;TZID=W. Europe Standard Time:20260310T114500
        DTSTAMP:20260302T080000Z
        LOCATION;LANGUAGE=de-DE:Arbeitsplatz Hr. Kowalczyk\, Raum 4.11
        END:VEVENT
        """, tz=TZ_WIN), "internal-staff-magazine-interview-de"))
    return out
