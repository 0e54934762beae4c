"""holdout132: the user's own interviews - hand-typed entries, agencies, all-day, recurring, public boards."""

from __future__ import annotations

from holdout132ev_ics import TZ_BERLIN, TZ_WIN, cal, ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
WR = "CALSCALE:GREGORIAN\nX-WR-CALNAME:dennis.kowalczyk@gmx.net\nX-WR-TIMEZONE:Europe/Berlin"
IOS = "-//Apple Inc.//iPhone OS 18.2//EN"


def events() -> list[dict[str, str]]:
    out = []
    out.append(ev("hand-terse-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260312T140000
        DTEND;TZID=Europe/Berlin:20260312T153000
        DTSTAMP:20260302T192200Z
        UID:5f4d3s2a1q0w9e8r7t6y5u4i3o@google.com
        SUMMARY:SW Haarstrang 2. Runde (Vorstand)
        DESCRIPTION:mit Gerdes + Technikvorstand Dr. Falkenberg\, Zentrale Unna\, Zimmer 512
        LOCATION:Stadtwerke Haarstrang\, Zentrale
        TRANSP:OPAQUE
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR, method="PUBLISH"), 1, "Stadtwerke Haarstrang", "", "final",
        "Gerdes;Dr. Falkenberg", "hand-terse-abbrev-de"))

    out.append(ev("recurring-ac-de", cal(IOS, r"""
        BEGIN:VEVENT
        UID:C51E9A77-2B44-4E0B-91D0-6F3A8E2B1C44
        DTSTAMP:20260214T090000Z
        DTSTART;TZID=Europe/Berlin:20260302T083000
        DTEND;TZID=Europe/Berlin:20260302T160000
        RRULE:FREQ=DAILY;COUNT=2
        SUMMARY:Assessment-Center VBE (IT-Infrastruktur)
        LOCATION:Verkehrsbetriebe Emschertal\, Betriebshof Nord\, Schulungszentrum
        DESCRIPTION:Tag 1: Gruppenübung\, Präsentation\, Interview mit Bereichsleiter Hr. Kowalski + Personal. Tag 2: Fa
         chinterview + Störfallsimulation Leitstellen-IT.
        END:VEVENT
        BEGIN:VEVENT
        UID:C51E9A77-2B44-4E0B-91D0-6F3A8E2B1C44
        RECURRENCE-ID;TZID=Europe/Berlin:20260303T083000
        DTSTAMP:20260226T180000Z
        DTSTART;TZID=Europe/Berlin:20260303T100000
        DTEND;TZID=Europe/Berlin:20260303T140000
        SUMMARY:Assessment-Center VBE (IT-Infrastruktur) - Tag 2 erst ab 10 Uhr!
        LOCATION:Verkehrsbetriebe Emschertal\, Leitstelle\, Raum L1.07
        DESCRIPTION:Fachinterview mit Fr. Grote (Leitstellen-IT) + Störfallsimulation.
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), 1, "Verkehrsbetriebe Emschertal", "IT-Infrastruktur", "onsite",
        "Kowalski;Grote", "recurring-override-assessment-center-de"))

    out.append(ev("allday-probearbeit-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260320
        DTEND;VALUE=DATE:20260321
        DTSTAMP:20260312T201000Z
        UID:2k4j6h8g0f2d4s6a8p0o2i4u6y@google.com
        SUMMARY:Probearbeitstag Kohlenpott IT (Urlaub eingetragen!)
        DESCRIPTION:8 Uhr da sein\, Ansprechpartner Rüdiger Blum (Techn. Leitung). Kohlenpott IT Solutions\, Bochum\, Wi
         ttener Str. 45.
        TRANSP:TRANSPARENT
        END:VEVENT
        """, head=WR, method="PUBLISH"), 1, "Kohlenpott IT Solutions", "", "onsite", "Rüdiger Blum",
        "allday-trial-day-de"))

    out.append(ev("agency-phone-de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E0080000000019A2B3C4D5E6DA01000000000000000010000000A9B0
        DTSTAMP:20260114T084500Z
        DTSTART;TZID=W. Europe Standard Time:20260116T123000
        DTEND;TZID=W. Europe Standard Time:20260116T130000
        SUMMARY:Telefoninterview Medicum Rechenzentrum GmbH / Herr Kowalczyk
        ORGANIZER;CN="Westerberg, Annika":mailto:a.westerberg@westerberg-personal.de
        ATTENDEE;CN="Kowalczyk, Dennis";RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Lorenz, Thomas":mailto:thomas.lorenz@medicum-rz.de
        LOCATION:Telefonkonferenz\, Einwahl: 0800 330 4410\, PIN 772910#
        DESCRIPTION:Sehr geehrter Herr Kowalczyk\,\n\nwie besprochen das Telefoninterview mit Herrn Lorenz\, Leiter Betr
         ieb bei der Medicum Rechenzentrum GmbH (IT-Dienstleister für 14 Krankenhäuser). Ich moderiere kurz und verlasse
          dann die Konferenz.\n\nPosition: Senior Systemadministrator KIS-Infrastruktur (m/w/d)\n\nMit freundlichen Grüß
         en\nAnnika Westerberg\nWesterberg Personalberatung
        END:VEVENT
        """, tz=TZ_WIN), 1, "Medicum Rechenzentrum", "Senior Systemadministrator KIS-Infrastruktur (m/w/d)",
        "hiring_manager", "thomas.lorenz@medicum-rz.de", "agency-moderates-phone-de"))

    out.append(ev("outlook-onsite-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Lorenz, Thomas":mailto:thomas.lorenz@medicum-rz.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Sauer, Katrin":mailto:katrin.sauer@medicum-rz.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lorenz, Thomas":mailto:thomas.lorenz@medicum-rz.de
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="MRZ-Gelsenkirchen-Besprechung-EG":mailto:mrz-ge-besprechung-eg@med
         icum-rz.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kowalczyk\,\n\nwie mit Frau Westerberg abgestimmt: Gespräch vor Ort inkl.
          RZ-Rundgang. Frau Sauer (Personalleiterin) ist ebenfalls dabei.\n\nAnfahrt: Parkplatz P3\, Besucheranmeldung a
         m Pförtner.\n\nGruß\nThomas Lorenz
        UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DA01000000000000000010000000C1D2
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch vor Ort + RZ-Rundgang (Kowalczyk)
        DTSTART;TZID=W. Europe Standard Time:20260128T130000
        DTEND;TZID=W. Europe Standard Time:20260128T150000
        DTSTAMP:20260119T140000Z
        LOCATION;LANGUAGE=de-DE:MRZ-Gelsenkirchen-Besprechung-EG
        END:VEVENT
        """, tz=TZ_WIN), 1, "Medicum Rechenzentrum", "", "onsite",
        "thomas.lorenz@medicum-rz.de;katrin.sauer@medicum-rz.de", "outlook-onsite-room-de"))

    out.append(ev("hand-benrath-de", cal(IOS, r"""
        BEGIN:VEVENT
        UID:8F1A2B3C-4D5E-46F7-8091-A2B3C4D5E6F7
        DTSTAMP:20260123T120000Z
        DTSTART;TZID=Europe/Berlin:20260203T100000
        DTEND;TZID=Europe/Berlin:20260203T123000
        SUMMARY:Benrath Systemhaus - Fachgespräch + Team kennenlernen
        LOCATION:Paulistraße 12\, 40597 Düsseldorf
        DESCRIPTION:Lüdtke + Teamleiter Managed Services (Hr. Sommer). RE 6 ab Dortmund Hbf 8:12!
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), 1, "Benrath Systemhaus", "", "technical", "Lüdtke;Sommer",
        "ios-hand-typed-train-note-de"))

    out.append(ev("outlook-final-board-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Hagedorn, Kristina":mailto:kristina.hagedorn@uni-emscher.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Wolters, Jan":mailto:jan.wolters@uni-emscher.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Prof. Dr. Ebbinghaus, Reinhard":mailto:reinhard.ebbinghaus@uni-emscher.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Köhler, Miriam (Personalrat)":mailto:miriam.koehler@uni-emscher.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Gleichstellungsbüro":mailto:gleichstellung@uni-emscher.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Hagedorn, Kristina":mailto:kristina.hagedorn@uni-emscher.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nnach dem Fachgespräch möchten wir Sie zum Auswahlge
         spräch (2. Stufe) einladen. Es nehmen teil: Herr Prof. Dr. Ebbinghaus (CIO)\, Herr Wolters\, Frau Köhler (Perso
         nalrat) sowie eine Vertreterin des Gleichstellungsbüros. Ich (Dezernat Personal) koordiniere und protokolliere.
         \n\nMit freundlichen Grüßen\nKristina Hagedorn
        UID:040000008200E00074C5B7101A82E00800000000CD34EF56AB12DA01000000000000000010000000E3F4
        SUMMARY;LANGUAGE=de-DE:Auswahlgespräch (2. Stufe) Kennz. 2026/311 - Kowalczyk
        DTSTART;TZID=W. Europe Standard Time:20260319T110000
        DTEND;TZID=W. Europe Standard Time:20260319T120000
        DTSTAMP:20260310T090000Z
        LOCATION;LANGUAGE=de-DE:Verwaltungsgebäude\, Senatssaal
        END:VEVENT
        """, tz=TZ_WIN), 1, "Universität Emscher", "IT-Systemadministrator/in", "final",
        "jan.wolters@uni-emscher.de;reinhard.ebbinghaus@uni-emscher.de;miriam.koehler@uni-emscher.de;"
        "gleichstellung@uni-emscher.de", "outlook-public-board-2nd-stage-coordinator-de"))

    out.append(ev("thunderbird-board-de", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", r"""
        BEGIN:VEVENT
        CREATED:20260219T172000Z
        LAST-MODIFIED:20260219T172300Z
        DTSTAMP:20260219T172300Z
        UID:e1d2c3b4-a5f6-4789-8a9b-0c1d2e3f4a5b
        SUMMARY:Auswahlkommission HS Emscher-Lippe
        DTSTART;TZID=Europe/Berlin:20260310T130000
        DTEND;TZID=Europe/Berlin:20260310T140000
        LOCATION:Campus Recklinghausen\, Geb. A\, Raum A 2.08
        DESCRIPTION:Kommission: Prof. Dr. Hartmann\, Kanzlerin Fr. Beckmann\, Personalrat\, Gleichstellungsbeauftragte.
          10 Min. Kurzvortrag "IT-Sicherheit im Hochschulnetz" vorbereiten!
        X-MOZ-GENERATION:3
        BEGIN:VALARM
        ACTION:DISPLAY
        TRIGGER;VALUE=DURATION:-PT1H30M
        DESCRIPTION:Default Mozilla Description
        END:VALARM
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), 1, "Hochschule Emscher-Lippe", "", "",
        "Prof. Dr. Hartmann;Beckmann", "thunderbird-public-board-de"))

    out.append(ev("outlook-sparkasse-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Pohlmann, Jürgen":mailto:juergen.pohlmann@sparkasse-lennetal.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ernst, Dominik":mailto:dominik.ernst@sparkasse-lennetal.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalczyk\,\n\nim zweiten Gespräch geht es fachlich in die Tiefe:
          Herr Ernst (Gruppenleiter Infrastruktur) wird mit Ihnen über Ihre Erfahrungen mit Windows Server\, Citrix und
          der Zusammenarbeit mit der Finanz Informatik sprechen.\n\nMit freundlichen Grüßen\nJürgen Pohlmann
        UID:040000008200E00074C5B7101A82E00800000000EF56AB12CD34DA01000000000000000010000000A5B6
        SUMMARY;LANGUAGE=de-DE:Zweitgespräch (fachlich) - Systemadministrator/in Infrastruktur
        DTSTART;TZID=W. Europe Standard Time:20260213T080000
        DTEND;TZID=W. Europe Standard Time:20260213T090000
        DTSTAMP:20260204T153000Z
        LOCATION;LANGUAGE=de-DE:Hauptstelle Iserlohn\, 4. OG\, Raum 412
        END:VEVENT
        """, tz=TZ_WIN), 1, "Sparkasse Lennetal", "Systemadministrator/in Infrastruktur", "technical",
        "juergen.pohlmann@sparkasse-lennetal.de;dominik.ernst@sparkasse-lennetal.de",
        "outlook-second-round-organizer-interviews-de"))

    out.append(ev("hand-final-en", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260306T130000Z
        DTEND:20260306T140000Z
        DTSTAMP:20260227T210000Z
        UID:9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com
        SUMMARY:Tallbridge final - VP Infra (Rachel Moss) + Daniel
        DESCRIPTION:Teams link in Daniel's mail. Ask about on-call\, budget for DE colos\, hiring plan.
        TRANSP:OPAQUE
        END:VEVENT
        """, head=WR, method="PUBLISH"), 1, "Tallbridge Infrastructure", "", "final", "Rachel Moss;Daniel",
        "hand-typed-final-en"))

    out.append(ev("agency-client-en", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E0080000000044AA55BB66CCDA01000000000000000010000000C7D8
        DTSTAMP:20260302T090000Z
        DTSTART;TZID=W. Europe Standard Time:20260309T110000
        DTEND;TZID=W. Europe Standard Time:20260309T114500
        SUMMARY:Castlegate Search | Dennis Kowalczyk x Rheinbogen Datacenter - Head of DC Ops
        ORGANIZER;CN="Whitmore, Oliver":mailto:oliver.whitmore@castlegate-search.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Engels, Volker":mailto:volker.engels@rheinbogen-dc.de
        ATTENDEE;CN="Whitmore, Oliver":mailto:oliver.whitmore@castlegate-search.com
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Hi Dennis\,\n\nfollowing your chat with Volker last month\, Rheinbogen would like to discuss the new
          Head of Data Center Operations vacancy with you directly - they think your profile fits the lead role better.
          Volker will run the conversation\; I will join for the first five minutes to make introductions.\n\nBest regar
         ds\,\nOliver Whitmore\nPrincipal Consultant\, Castlegate Search
        END:VEVENT
        """, tz=TZ_WIN), 1, "Rheinbogen Datacenter", "Head of Data Center Operations", "hiring_manager",
        "volker.engels@rheinbogen-dc.de", "agency-en-names-employer"))

    out.append(ev("outlook-teams-hm-de", cal("Microsoft Exchange Server 2010", r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Krämer, Benedikt":mailto:benedikt.kraemer@ruhrstahl-ds.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dennis Kowalczyk:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Jablonski, Markus":mailto:markus.jablonski@ruhrstahl-ds.com
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kowalczyk\,\n\nvielen Dank für das gute Fachgespräch. Als nächsten Schritt
          möchte Sie Herr Jablonski (Leiter Infrastructure Services) kennenlernen.\n\n__________________________________
         ______________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ih
         rer mobilen App oder Raumgerät aus teil.\nKlicken Sie hier\, um an der Besprechung teilzunehmen\n______________
         __________________________________________________________________
        UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDA01000000000000000010000000E9F0
        SUMMARY;LANGUAGE=de-DE:Gespräch mit Herrn Jablonski - Senior Systemadministrator Linux
        DTSTART;TZID=W. Europe Standard Time:20260320T103000
        DTEND;TZID=W. Europe Standard Time:20260320T111500
        DTSTAMP:20260313T120000Z
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        END:VEVENT
        """, tz=TZ_WIN), 1, "Ruhrstahl Digital Services", "Senior Systemadministrator Linux", "hiring_manager",
        "markus.jablonski@ruhrstahl-ds.com", "outlook-next-step-no-company-in-title-de"))

    out.append(ev("hand-screen-en", cal(IOS, r"""
        BEGIN:VEVENT
        UID:3D4E5F60-7182-4934-A5B6-C7D8E9F0A1B2
        DTSTAMP:20260129T081500Z
        DTSTART;TZID=Europe/Berlin:20260130T121500
        DTEND;TZID=Europe/Berlin:20260130T124500
        SUMMARY:Helio Ops recruiter call (Sam)
        DESCRIPTION:Sam Whitaker\, Talent\, calls me. Platform Engineer. Salary range?? Remote-DE ok?
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), 1, "Helio Ops", "Platform Engineer", "recruiter_screen", "Sam Whitaker",
        "ios-hand-typed-recruiter-call-en"))

    out.append(ev("hand-quellwerk-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260223T170000
        DTEND;TZID=Europe/Berlin:20260223T173000
        DTSTAMP:20260216T200000Z
        UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
        SUMMARY:Quellwerk - Gespräch mit Teamlead
        DESCRIPTION:Call mit Philipps Chef (Tobias Renner\, Head of Operations). Handy.
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR, method="PUBLISH"), 1, "Quellwerk Hosting", "", "hiring_manager", "Tobias Renner",
        "hand-typed-hm-de"))

    out.append(ev("google-lindenhorst-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260211T150000
        DTEND;TZID=Europe/Berlin:20260211T160000
        DTSTAMP:20260205T080000Z
        ORGANIZER;CN=Melanie Stratmann:mailto:melanie.stratmann@klinikum-lindenhorst.de
        UID:lh-2026-02-11-ms-kowalczyk@klinikum-lindenhorst.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Melanie Stratmann:mailto:melanie.stratmann@klinikum-lindenhor
         st.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Frank Heitkamp:mailto:frank.heitkamp@klinikum-lindenhorst
         .de
        DESCRIPTION:Zweites Gespräch mit Dr. Heitkamp und mir - offene Fragen von beiden Seiten (Rufbereitschaft\, Eingr
         uppierung TV-KAH\, Eintrittstermin).
        LOCATION:Klinikum Lindenhorst\, Verwaltung 2.14
        SUMMARY:Zweitgespräch Klinikum Lindenhorst / Kowalczyk
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), 1, "Klinikum Lindenhorst", "", "",
        "melanie.stratmann@klinikum-lindenhorst.de;frank.heitkamp@klinikum-lindenhorst.de",
        "google-second-talk-no-stage-de"))
    return out
