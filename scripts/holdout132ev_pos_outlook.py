"""holdout132: the user's own interviews from schedulers and Outlook/Exchange organisers."""

from __future__ import annotations

import textwrap

from holdout132ev_ics import TZ_LONDON, TZ_UTC1_DE, TZ_UTC1_EN, TZ_WIN, cal, ev

MSO = "Microsoft Exchange Server 2010"
_ALT = (
    'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>{}</p>'
    '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting">Klicken Sie hier\\, um an der Besprechung '
    "teilzunehmen</a></p></body></html>"
)


def events() -> list[dict[str, str]]:
    out = []
    out.append(ev("calendly-founder-de", cal("-//Calendly//Calendly Scheduling//EN", r"""
        BEGIN:VEVENT
        UID:Bg7k2QpLx9RzTwe1@calendly.com
        DTSTAMP:20260126T194417Z
        DTSTART:20260129T170000Z
        DTEND:20260129T173000Z
        SUMMARY:Dennis Kowalczyk und Markus Schmitz
        ORGANIZER;CN=Markus Schmitz:mailto:markus.schmitz.it@gmail.com
        ATTENDEE;CN=Dennis Kowalczyk;PARTSTAT=ACCEPTED:mailto:dennis.kowalczyk@gmx.net
        LOCATION:Markus ruft dich an: +49 171 2283390
        DESCRIPTION:Ereignistyp: 30 Minuten Kennenlernen\n\nFragen:\nWorum geht es?\nBewerbung als Systemadministrator b
         ei Schmitz IT-Service (Castrop-Rauxel) - Ihre Anzeige auf der Arbeitsagentur-Jobbörse\n\nBrauchen Sie Änderunge
         n an diesem Termin?\nAbsagen: https://calendly.com/cancellations/Bg7k2QpLx9RzTwe1\nNeu planen: https://calendly
         .com/reschedulings/Bg7k2QpLx9RzTwe1
        END:VEVENT
        """), 1, "Schmitz IT-Service", "Systemadministrator", "",
        "markus.schmitz.it@gmail.com", "calendly-freemail-founder-company-in-answers-de"))

    out.append(ev("calcom-en", cal("-//Cal.com Inc.//Cal.com Event//EN", r"""
        BEGIN:VEVENT
        UID:3gqUq8VfW1ZrKxM2aT7pYc@Cal.com
        DTSTAMP:20260202T120000Z
        DTSTART:20260206T090000Z
        DTEND:20260206T092500Z
        SUMMARY:Intro call | Kachel Cloud x Dennis
        ORGANIZER;CN=Lina Marquardt:mailto:lina@kachel.cloud
        ATTENDEE;CN=Dennis Kowalczyk;PARTSTAT=ACCEPTED:mailto:dennis.kowalczyk@gmx.net
        LOCATION:https://app.cal.com/video/3gqUq8VfW1ZrKxM2aT7pYc
        DESCRIPTION:What: Intro call (25 min)\nInvitee notes: Applying for the Cloud Engineer (Kubernetes) opening - Ber
         lin/remote\n\nHost: Lina Marquardt\, People Lead at Kachel Cloud\n\nNeed to make a change? Cancel or reschedule
         : https://app.cal.com/booking/3gqUq8VfW1ZrKxM2aT7pYc
        END:VEVENT
        """), 1, "Kachel Cloud", "Cloud Engineer (Kubernetes)", "recruiter_screen",
        "lina@kachel.cloud", "calcom-intro-call-en"))

    out.append(ev("bookings-de", cal(MSO, r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E00800000000B0F1C2D3E4F5DA01000000000000000010000000A8C4
        DTSTAMP:20260123T081200Z
        DTSTART;TZID=W. Europe Standard Time:20260130T090000
        DTEND;TZID=W. Europe Standard Time:20260130T100000
        SUMMARY:Bewerbungsgespräch IT (Präsenz) - Dennis Kowalczyk
        ORGANIZER;CN=Karriere Sparkasse Lennetal:mailto:KarriereSparkasseLennetal@sparkasse-lennetal.de
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Jürgen Pohlmann;ROLE=REQ-PARTICIPANT:mailto:juergen.pohlmann@sparkasse-lennetal.de
        LOCATION:Sparkasse Lennetal\, Hauptstelle Iserlohn\, Theodor-Heuss-Ring 3
        DESCRIPTION:Vielen Dank für Ihre Buchung bei Karriere Sparkasse Lennetal.\n\nService: Bewerbungsgespräch IT (Prä
         senz)\nMitarbeiter: Jürgen Pohlmann (Abteilungsdirektor Organisation/IT)\nStelle: Systemadministrator/in Infras
         truktur\n\nSie können Ihren Termin bis 24 Stunden vorher ändern oder stornieren.\n\nPowered by Microsoft Bookin
         gs
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tz=TZ_WIN), 1, "Sparkasse Lennetal", "Systemadministrator/in Infrastruktur", "hiring_manager",
        "juergen.pohlmann@sparkasse-lennetal.de", "bookings-de-staff"))

    body = ("Sehr geehrter Herr Kowalczyk\\, wie telefonisch besprochen lade ich Sie zum Vorstellungsgespräch "
            "für die Stelle Senior Systemadministrator (m/w/d) ein.")
    out.append(ev("outlook-teams-de", cal(MSO, textwrap.dedent(r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Brenner, Ulrike":mailto:ulrike.brenner@sw-haarstrang.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczy
         k@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gerdes, Matthias":mailto:matthias.gerdes@sw-ha
         arstrang.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brenner, Ulrike":mailto:ulrike.brenner@sw-haar
         strang.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nwie telefonisch besprochen lade ich Sie zum Vorstel
         lungsgespräch für die Stelle Senior Systemadministrator (m/w/d) ein. Das Gespräch führt Herr Gerdes (Abteilungs
         leiter IT)\; ich bin für die Organisation dabei.\n\nMit freundlichen Grüßen\nUlrike Brenner\nPersonalwesen\nSta
         dtwerke Haarstrang AG\n\n________________________________________________________________________________\nMicr
         osoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Raumgerät aus teil.\nKlicken Si
         e hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 364 219 775 801\nKennung: Hb9xQ2\n_______________
         _________________________________________________________________
        UID:040000008200E00074C5B7101A82E008000000003C7A91E2F67BDA01000000000000000010000000F1E2
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Senior Systemadministrator (m/w/d)
        DTSTART;TZID=W. Europe Standard Time:20260202T100000
        DTEND;TZID=W. Europe Standard Time:20260202T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260126T141522Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        """) + _ALT.format(body) + "\nEND:VEVENT\n", tz=TZ_WIN), 1, "Stadtwerke Haarstrang",
        "Senior Systemadministrator (m/w/d)", "hiring_manager", "matthias.gerdes@sw-haarstrang.de",
        "outlook-teams-coordinator-optional-de"))

    out.append(ev("outlook-auswahlkommission-de", cal(MSO, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Schäfer, Birgit";SENT-BY="mailto:vorzimmer-personal@krz-er.de":mailto:birgit.schaefer@krz-er.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Terhorst, Michael":mailto:michael.terhorst@krz-er.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lange, Petra (Personalrat)":mailto:petra.lange@krz-er.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Aydin, Selin (Gleichstellungsbeauftragte)":mailto:selin.aydin@krz-er.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Schäfer, Birgit":mailto:birgit.schaefer@krz-er.de
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="KRZ Sitzungssaal 1.01":mailto:sitzungssaal101@krz-er.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nbezugnehmend auf Ihre Bewerbung auf die Stellenauss
         chreibung Nr. 04/2026 (Systemadministrator/in Rechenzentrumsbetrieb\, EG 11 TVöD) laden wir Sie zu einem Auswah
         lgespräch ein.\n\nDer Auswahlkommission gehören an: Herr Terhorst (Fachbereichsleitung Infrastruktur)\, Frau La
         nge (Personalrat) und Frau Aydin (Gleichstellungsbeauftragte). Ich selbst begleite das Verfahren organisatorisc
         h und führe Protokoll.\n\nDas Gespräch dauert ca. 45 Minuten. Im Anschluss findet ein kurzer schriftlicher Fach
         test (20 Min.) statt.\n\nMit freundlichen Grüßen\nIm Auftrag\nBirgit Schäfer\nPersonalservice\nKommunales Reche
         nzentrum Emscher-Ruhr (KRZ-ER)
        UID:040000008200E00074C5B7101A82E00800000000E4D71B6A0A7CDA01000000000000000010000000B3D4
        SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Stellenausschreibung 04/2026
        DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260226T090000
        DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260226T100000
        DTSTAMP:20260209T102211Z
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:KRZ Sitzungssaal 1.01
        STATUS:CONFIRMED
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        """, tz=TZ_UTC1_DE), 1, "Kommunales Rechenzentrum Emscher-Ruhr",
        "Systemadministrator/in Rechenzentrumsbetrieb", "",
        "michael.terhorst@krz-er.de;petra.lange@krz-er.de;selin.aydin@krz-er.de",
        "outlook-public-sector-auswahlkommission-sent-by-de"))

    out.append(ev("outlook-rescheduled-de", cal(MSO, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Wolters, Jan":mailto:jan.wolters@uni-emscher.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Wolters, Jan":mailto:jan.wolters@uni-emscher.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hagedorn, Kristina":mailto:kristina.hagedorn@uni-emscher.de
        DESCRIPTION;LANGUAGE=de-DE:Lieber Herr Kowalczyk\,\n\nwie soeben telefonisch besprochen verschieben wir unser Fa
         chgespräch auf Donnerstag\, 14 Uhr. Alles andere bleibt wie gehabt: ca. 60 Minuten\, Themen Active Directory\,
          Storage (NetApp) und Ihr Ansatz für Patch-Management bei 4.000 Clients.\n\nBeste Grüße\nJan Wolters\nLeitung G
         ruppe Server & Dienste\nIT-Zentrum der Universität Emscher
        UID:040000008200E00074C5B7101A82E00800000000F0B2A8D1C97DDA01000000000000000010000000C5E6
        SUMMARY;LANGUAGE=de-DE:Fachgespräch Stelle IT-Systemadministrator/in (Kennz. 2026/311) - NEUER TERMIN
        DTSTART;TZID=W. Europe Standard Time:20260305T140000
        DTEND;TZID=W. Europe Standard Time:20260305T150000
        DTSTAMP:20260302T081044Z
        SEQUENCE:2
        LOCATION;LANGUAGE=de-DE:Gebäude IZ\, Raum 0.23\, Campus Nord
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        END:VEVENT
        """, tz=TZ_WIN), 1, "Universität Emscher", "IT-Systemadministrator/in", "technical",
        "jan.wolters@uni-emscher.de;kristina.hagedorn@uni-emscher.de", "outlook-rescheduled-sequence-de"))

    out.append(ev("outlook-cancel-de", cal(MSO, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Kuhlmann, Sabine":mailto:s.kuhlmann@rr-wohnbau.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Demir, Erkan":mailto:e.demir@rr-wohnbau.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nleider müssen wir den Termin für das Vorstellungsge
         spräch aus organisatorischen Gründen absagen. Wir melden uns zeitnah mit einem neuen Terminvorschlag.\n\nMit fr
         eundlichen Grüßen\nSabine Kuhlmann\nRhein-Ruhr Wohnbau eG\n
        UID:040000008200E00074C5B7101A82E0080000000077AB0C4D2E6BDA01000000000000000010000000D7F8
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Systemadministrator (m/w/d)
        DTSTART;TZID=W. Europe Standard Time:20260210T110000
        DTEND;TZID=W. Europe Standard Time:20260210T120000
        DTSTAMP:20260206T153000Z
        SEQUENCE:1
        STATUS:CANCELLED
        PRIORITY:1
        LOCATION;LANGUAGE=de-DE:Rhein-Ruhr Wohnbau eG\, Kaiserstraße 88\, 45468 Mülheim an der Ruhr
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        """, method="CANCEL", tz=TZ_WIN), 1, "Rhein-Ruhr Wohnbau", "Systemadministrator (m/w/d)", "",
        "e.demir@rr-wohnbau.de", "outlook-method-cancel-de"))

    out.append(ev("outlook-zoom-de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20260211T120102Z
        DESCRIPTION:Hallo Herr Kowalczyk\,\n\nanbei wie vereinbart die Einladung zum Fachgespräch (Rolle: Senior Systems
          Engineer Rechenzentrum). Teilnehmer auf unserer Seite: Volker Engels (Head of Data Center Operations) und Nils
          Baumgart (Network Engineer).\n\nThemen: Stromversorgung/USV\, Kühlung\, Layer-2/3\, Change-Prozesse.\n\nZoom-M
         eeting beitreten\nhttps://rheinbogen-dc.zoom.us/j/92077134562\nMeeting-ID: 920 7713 4562\nKenncode: 481733\n\nV
         iele Grüße\nVolker Engels
        DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260219T170000
        DTSTAMP:20260211T120102Z
        DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260219T160000
        LOCATION:https://rheinbogen-dc.zoom.us/j/92077134562
        ORGANIZER;CN="Engels, Volker":mailto:volker.engels@rheinbogen-dc.de
        ATTENDEE;CN="Dennis Kowalczyk";RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Baumgart, Nils";RSVP=TRUE:mailto:nils.baumgart@rheinbogen-dc.de
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=de:Fachgespräch Rheinbogen / Kowalczyk
        TRANSP:OPAQUE
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DA01000000000000000010000000E9A0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tz=TZ_UTC1_DE), 1, "Rheinbogen Datacenter", "Senior Systems Engineer Rechenzentrum", "technical",
        "volker.engels@rheinbogen-dc.de;nils.baumgart@rheinbogen-dc.de", "outlook-zoom-brand-in-title-de"))

    out.append(ev("outlook-webex-case-de", cal(MSO, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Pieper, Andrea":mailto:andrea.pieper@kvsm.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hüsken, Ralf":mailto:ralf.huesken@kvsm.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Dr. Winter, Clemens":mailto:clemens.winter@kvsm.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Pieper, Andrea":mailto:andrea.pieper@kvsm.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nfür die zweite Runde im Auswahlverfahren Leitung IT
         -Infrastruktur (m/w/d) bitten wir Sie\, eine Fallstudie vorzustellen: "Migration von drei Standort-Rechenzentre
         n in ein georedundantes RZ-Paar bei laufendem Klinikbetrieb". Präsentation 20 Minuten\, danach Fragen von Herrn
          Hüsken (CIO) und Herrn Dr. Winter (Kaufmännischer Direktor).\n\nCisco Webex-Meeting beitreten\nhttps://kvsm.we
         bex.com/kvsm/j.php?MTID=m3f0a\nMeeting-Kennnummer: 2741 903 5518\nPasswort: KVsm2026\n\nMit freundlichen Grüßen
         \nAndrea Pieper\nPersonalentwicklung\nKlinikverbund Sauerland-Mitte
        UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DA01000000000000000010000000F1B2
        SUMMARY;LANGUAGE=de-DE:2. Runde / Fallstudie Leitung IT-Infrastruktur
        DTSTART;TZID=W. Europe Standard Time:20260317T093000
        DTEND;TZID=W. Europe Standard Time:20260317T110000
        DTSTAMP:20260305T091500Z
        LOCATION;LANGUAGE=de-DE:Cisco Webex
        END:VEVENT
        """, tz=TZ_WIN), 1, "Klinikverbund Sauerland-Mitte", "Leitung IT-Infrastruktur (m/w/d)", "technical",
        "ralf.huesken@kvsm.de;clemens.winter@kvsm.de", "outlook-webex-case-study-abbrev-domain-de"))

    out.append(ev("agency-client-de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E008000000005F1A7C02B9A1DA01000000000000000010000000A2B3
        DTSTAMP:20260128T110000Z
        DTSTART;TZID=W. Europe Standard Time:20260204T150000
        DTEND;TZID=W. Europe Standard Time:20260204T160000
        SUMMARY:Interview bei Emschertal Wasser GmbH - Dennis Kowalczyk (via Ruhr Talent Partners)
        ORGANIZER;CN="Jansen, Tim":mailto:tim.jansen@ruhr-talent.de
        ATTENDEE;CN="Dennis Kowalczyk";RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Voss, Heiko":mailto:heiko.voss@emschertal-wasser.de
        LOCATION:Emschertal Wasser GmbH\, Emscherallee 11\, 45889 Gelsenkirchen
        DESCRIPTION:Hallo Dennis\,\n\nwie besprochen hier der Termin bei meinem Kunden. Du sprichst mit Heiko Voss\, Lei
         ter IT/OT. Ich bin nicht dabei\, ruf mich danach gern kurz an!\n\nThemen laut Herrn Voss: Netzsegmentierung IT/
         OT\, KRITIS-Anforderungen\, Virtualisierung.\n\nBeste Grüße\nTim Jansen\nSenior Consultant IT\nRuhr Talent Part
         ners GmbH
        END:VEVENT
        """, tz=TZ_WIN), 1, "Emschertal Wasser", "", "hiring_manager", "heiko.voss@emschertal-wasser.de",
        "agency-names-employer-de"))

    out.append(ev("outlook-gmt-en", cal(MSO, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Okafor, Daniel":mailto:daniel.okafor@tallbridge.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        DESCRIPTION;LANGUAGE=en-GB:Hi Dennis\,\n\nGrace passed on her notes - great to hear you're keen. Let's have a pr
         oper chat about the Infrastructure Lead role\, the German estate (two colos in Frankfurt and Düsseldorf) and ho
         w you'd approach the first 90 days.\n\nCheers\,\nDaniel\nHead of Infrastructure\, Tallbridge\n\n_______________
         _________________________________________________________________\nMicrosoft Teams meeting\nJoin on your comput
         er\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 392 118 406 220\nPasscode: 7mQ2rB\n
         ________________________________________________________________________________
        UID:040000008200E00074C5B7101A82E00800000000D9E0F1A2B3C4DA01000000000000000010000000C4D5
        SUMMARY;LANGUAGE=en-GB:Dennis / Daniel - Infrastructure Lead chat
        DTSTART;TZID=GMT Standard Time:20260219T140000
        DTEND;TZID=GMT Standard Time:20260219T144500
        DTSTAMP:20260213T171200Z
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        END:VEVENT
        """, tz=TZ_LONDON), 1, "Tallbridge Infrastructure", "Infrastructure Lead", "hiring_manager",
        "daniel.okafor@tallbridge.co.uk", "outlook-gmt-zone-chat-en"))

    out.append(ev("outlook-teams-hm-en", cal(MSO, r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Schultz, Mia";SENT-BY="mailto:scheduling@keystone-dcs.com":mailto:mia.schultz@keystone-dcs.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dennis Kowalczyk:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Farrow, Aileen":mailto:aileen.farrow@keystone-dcs.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lindqvist, Erik":mailto:erik.lindqvist@keystone-dcs.com
        DESCRIPTION;LANGUAGE=en-US:Hi Dennis\,\n\nthank you for a strong virtual onsite! Aileen would like you to meet E
         rik Lindqvist\, VP Infrastructure EMEA\, for a final conversation before we make a decision.\n\nBest\,\nMia Sch
         ultz\nRecruiting Coordinator\n\nMicrosoft Teams meeting - Join: https://teams.microsoft.com/l/meetup-join/19%3a
         meeting_KdcsFinal
        UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DA01000000000000000010000000D6E7
        SUMMARY;LANGUAGE=en-US:Final round: Dennis Kowalczyk - Cloud Infrastructure Engineer
        DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260304T163000
        DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260304T171500
        DTSTAMP:20260226T101010Z
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        END:VEVENT
        """, tz=TZ_UTC1_EN), 1, "Keystone Datacenter Services", "Cloud Infrastructure Engineer", "final",
        "aileen.farrow@keystone-dcs.com;erik.lindqvist@keystone-dcs.com", "outlook-sent-by-coordinator-final-en"))

    out.append(ev("outlook-test-de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DA01000000000000000010000000E8F9
        DTSTAMP:20260225T080000Z
        DTSTART;TZID=W. Europe Standard Time:20260305T090000
        DTEND;TZID=W. Europe Standard Time:20260305T113000
        SUMMARY:Fachgespräch mit technischem Test - Systemadministrator Linux/Cloud (m/w/d)
        ORGANIZER;CN="Bergmann, Lars":mailto:lars.bergmann@lippe-assekuranz.de
        ATTENDEE;CN="Kowalczyk, Dennis";RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Reuter, Anja":mailto:anja.reuter@lippe-assekuranz.de
        ATTENDEE;CN="Schulungsraum 4 (PCs)";CUTYPE=ROOM:mailto:schulungsraum4@lippe-assekuranz.de
        LOCATION:Schulungsraum 4 (PCs)\, Lippe Assekuranz VVaG\, Detmolder Str. 120\, Bielefeld
        DESCRIPTION:Guten Morgen Herr Kowalczyk\,\n\nablauf: 60 Min. praktischer Test an einer vorbereiteten Linux-VM (A
         nsible\, systemd\, Logs)\, danach 45 Min. Gespräch mit Frau Reuter (Teamleitung Linux) und mir. Ein Laptop wird
          gestellt.\n\nGruß\nLars Bergmann\nAbteilungsleiter IT-Betrieb
        END:VEVENT
        """, tz=TZ_WIN), 1, "Lippe Assekuranz", "Systemadministrator Linux/Cloud (m/w/d)", "technical",
        "lars.bergmann@lippe-assekuranz.de;anja.reuter@lippe-assekuranz.de", "outlook-practical-test-room-de"))
    out.append(ev("recruitee-de", cal("-//Recruitee//Recruitee Interview//EN", r"""
        BEGIN:VEVENT
        UID:recruitee-interview-event-4417093
        DTSTAMP:20260120T101010Z
        DTSTART:20260126T143000Z
        DTEND:20260126T150000Z
        SUMMARY:Videocall: Hellweg Glasfaser x Dennis Kowalczyk (Cloud & Network Engineer)
        ORGANIZER;CN=Hellweg Glasfaser GmbH:mailto:noreply@recruitee-mail.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Friederike Aust:mailto:f.aust@hellweg-glasfaser.de
        LOCATION:Microsoft Teams
        DESCRIPTION:Hallo Dennis\,\n\nschön\, dass es klappt! Friederike Aust aus unserem Talent-Team stellt dir
          in 30 Minuten uns und die Stelle vor und möchte mehr über deinen Hintergrund erfahren.\n\nTeams-Link: https
         ://teams.microsoft.com/l/meetup-join/19%3ameeting_HwGf\n\nBis dann!\nDein Hellweg Glasfaser Team
        END:VEVENT
        """), 1, "Hellweg Glasfaser", "Cloud & Network Engineer", "recruiter_screen",
        "f.aust@hellweg-glasfaser.de", "recruitee-video-screen-de"))
    return out
