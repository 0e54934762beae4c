"""holdout132: the user's own interviews sent directly by employees (Google, Apple, Thunderbird, FR/ES/EN)."""

from __future__ import annotations

from holdout132ev_ics import TZ_BERLIN, TZ_WIN, cal, ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
WR = "CALSCALE:GREGORIAN\nX-WR-TIMEZONE:Europe/Berlin"


def events() -> list[dict[str, str]]:
    out = []
    out.append(ev("google-meet-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260209T100000Z
        DTEND:20260209T111500Z
        DTSTAMP:20260202T154010Z
        ORGANIZER;CN=Philipp Auerbach:mailto:philipp.auerbach@quellwerk.net
        UID:4m1q7c9u0v3k2d8h5s6t0n1b2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Philipp Auerbach;X-NUM-GUESTS=0:mailto:phil
         ipp.auerbach@quellwerk.net
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net;X-NU
         M-GUESTS=0:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marie Lehnhoff;X-NUM-GUESTS=0:mailto:marie.
         lehnhoff@quellwerk.net
        X-GOOGLE-CONFERENCE:https://meet.google.com/qwk-hbzt-ued
        DESCRIPTION:Hi Dennis\, wie angekündigt unser technisches Gespräch für die Stelle Senior Linux Administrator (re
         mote). Marie und ich gehen mit dir ein paar Szenarien durch (Proxmox\, Ceph\, Postfix-Troubleshooting).\n\nBis
          Montag!\nPhilipp\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nMit G
         oogle Meet teilnehmen: https://meet.google.com/qwk-hbzt-ued\nOder wählen Sie: (DE) +49 30 300195061 PIN: 781 22
         4 519#\nWeitere Telefonnummern: https://tel.meet/qwk-hbzt-ued?pin=4207713\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:
         ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Quellwerk <> Dennis: Technisches Gespräch
        TRANSP:OPAQUE
        END:VEVENT
        """, head=WR), 1, "Quellwerk Hosting", "Senior Linux Administrator", "technical",
        "philipp.auerbach@quellwerk.net;marie.lehnhoff@quellwerk.net", "google-meet-x-wr-timezone-de"))

    out.append(ev("google-praxisteil-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260205T130000
        DTEND;TZID=Europe/Berlin:20260205T150000
        DTSTAMP:20260129T090511Z
        ORGANIZER;CN=Sven Hollmann:mailto:sven.hollmann@datenwerk-rr.de
        UID:0v7n2p4r6t8x1z3b5d7f9h1k3m@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dennis Kowalczyk;X-NUM-GUESTS
         =0:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sven Hollmann;X-NUM-GUESTS=0:mailto:sven.ho
         llmann@datenwerk-rr.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dario Conti;X-NUM-GUESTS=0:mailto:dario.con
         ti@datenwerk-rr.de
        ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=DW-Essen-EG-Besprechung Lab (6);X-NUM-GUESTS=
         0:mailto:c_1887f0a2b3e9@resource.calendar.google.com
        DESCRIPTION:Praxisteil für IT-Infrastruktur Lead: Du bekommst Zugriff auf unsere Lab-Umgebung (vSphere\, Veeam\,
          FortiGate) und löst zwei kleine Störungen\, anschließend Architekturgespräch mit Dario (CTO).\n\nAdresse: Date
         nwerk Rhein-Ruhr\, Kruppstraße 82\, 45128 Essen\, Empfang EG.
        LOCATION:DW-Essen-EG-Besprechung Lab (6)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Praxisteil + Architektur: Dennis Kowalczyk
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), 1, "Datenwerk Rhein-Ruhr", "IT-Infrastruktur Lead", "technical",
        "sven.hollmann@datenwerk-rr.de;dario.conti@datenwerk-rr.de", "google-resource-room-de"))

    out.append(ev("google-final-gf-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260225T100000
        DTEND;TZID=Europe/Berlin:20260225T110000
        DTSTAMP:20260216T133000Z
        ORGANIZER;CN=Heiko Voss:mailto:heiko.voss@emschertal-wasser.de
        UID:7c2ab91e0f5d4a6b8e3c1d2f0a9b8c7d@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczy
         k@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Ursula Kampmann:mailto:ursula.kampmann@emschertal-wasser.
         de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Heiko Voss:mailto:heiko.voss@emschertal-wasser.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Tim Jansen (Ruhr Talent Partners):mailto:tim.jansen@ruhr-
         talent.de
        DESCRIPTION:Abschlussgespräch mit unserer Geschäftsführerin Frau Dr. Kampmann und mir. Herr Jansen ist zur Info
          eingeladen und nimmt nicht teil.
        LOCATION:Emschertal Wasser\, Emscherallee 11\, Gelsenkirchen\, GF-Etage
        SUMMARY:Abschlussgespräch Kowalczyk
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), 1, "Emschertal Wasser", "", "final",
        "ursula.kampmann@emschertal-wasser.de;heiko.voss@emschertal-wasser.de", "google-final-agency-fyi-de"))

    out.append(ev("apple-self-de", cal("-//Apple Inc.//iOS 17.5//EN", r"""
        BEGIN:VEVENT
        CREATED:20260118T201233Z
        DTEND;TZID=Europe/Berlin:20260211T110000
        DTSTAMP:20260118T201240Z
        DTSTART;TZID=Europe/Berlin:20260211T100000
        LAST-MODIFIED:20260118T201240Z
        LOCATION:Rheinruhr Versicherung\nKönigswall 40\, 44137 Dortmund\, Deutschland
        SEQUENCE:0
        SUMMARY:VG Rheinruhr Versicherung
        DESCRIPTION:Fr. Okonkwo (TL Client & Server) + jemand aus HR. Unterlagen + Zeugnisse mitnehmen. Haus B!
        TRANSP:OPAQUE
        UID:9E2B7F10-44A1-4C3D-8B6E-2F1A0C9D7E55
        X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Königswall 40, 44137 Dortmund, Deutschland";X-APPLE-RADIUS=70.5
         ;X-TITLE="Rheinruhr Versicherung":geo:51.517300,7.459200
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Erinnerung
        TRIGGER:-PT1H
        UID:0B3C8E12-77D2-4F0E-9A11-5D6C7B8A9F00
        END:VALARM
        END:VEVENT
        """, method=None, tz=TZ_BERLIN, head="CALSCALE:GREGORIAN"), 1, "Rheinruhr Versicherung", "", "",
        "Okonkwo", "apple-hand-typed-abbrev-vg-de"))

    out.append(ev("thunderbird-floating-de", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", r"""
        BEGIN:VEVENT
        CREATED:20260120T184501Z
        LAST-MODIFIED:20260120T184612Z
        DTSTAMP:20260120T184612Z
        UID:5b0e1a7c-3d4f-4e21-9c88-7a6b5d4c3e2f
        SUMMARY:Tel. Interview HS Emscher-Lippe (Leitung RZ)
        DTSTART:20260127T081500
        DTEND:20260127T084500
        DESCRIPTION:Prof. Dr. Hartmann ruft an (Festnetz!). Stelle: Systemadministrator*in Hochschulrechenzentrum\, EG 1
         1\, Kennziffer 7/26.
        X-MOZ-GENERATION:2
        END:VEVENT
        """, method=None), 1, "Hochschule Emscher-Lippe", "Systemadministrator*in Hochschulrechenzentrum",
        "recruiter_screen", "Prof. Dr. Hartmann", "thunderbird-floating-phone-de"))

    out.append(ev("icloud-founder-de", cal("-//Apple Inc.//macOS 14.4//EN", r"""
        BEGIN:VEVENT
        UID:A7D91C3E-5F20-4B18-8E6A-1C2D3E4F5A6B
        DTSTAMP:20260130T171900Z
        DTSTART;TZID=Europe/Berlin:20260203T180000
        DTEND;TZID=Europe/Berlin:20260203T190000
        SUMMARY:Kennenlernen Brinkmann Netzwerktechnik
        ORGANIZER;CN=Heinz Brinkmann:mailto:h.brinkmann@icloud.com
        ATTENDEE;CN=Heinz Brinkmann;PARTSTAT=ACCEPTED:mailto:h.brinkmann@icloud.com
        ATTENDEE;CN=Dennis Kowalczyk;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        LOCATION:Café Extrablatt\, Ostenhellweg\, Dortmund
        DESCRIPTION:Wie am Telefon gesagt - ich suche jemanden\, der mittelfristig die Technik bei uns übernimmt (Netzwe
         rke für Arztpraxen und Kanzleien\, 9 Leute). Lass uns einfach mal reden.\nHeinz
        SEQUENCE:0
        END:VEVENT
        """, tz=TZ_BERLIN, head="CALSCALE:GREGORIAN"), 1, "Brinkmann Netzwerktechnik", "", "hiring_manager",
        "h.brinkmann@icloud.com", "icloud-founder-cafe-de"))

    out.append(ev("google-fr", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260218T103000
        DTEND;TZID=Europe/Paris:20260218T113000
        DTSTAMP:20260210T083015Z
        ORGANIZER;CN=Claire Delaunay:mailto:claire.delaunay@vallorin.fr
        UID:2s8e5r1t4y7u0i3o6p9a2s5d8f@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczy
         k@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Delaunay:mailto:claire.delaunay@vallorin.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thibault Marchand:mailto:thibault.marchand@vallorin.fr
        DESCRIPTION:Bonjour Dennis\,\n\nComme convenu\, voici l'invitation pour notre entretien concernant le poste d'Ad
         ministrateur systèmes senior pour notre future agence de Düsseldorf. Thibault Marchand (DSI adjoint) se joindra
          à nous. L'échange pourra se faire en français ou en anglais\, comme tu préfères.\n\nÀ bientôt\,\nClaire Delaun
         ay\nResponsable recrutement - Vallorin Infogérance\n\nParticiper avec Google Meet : https://meet.google.com/vlr
         -fgqa-wtu
        LOCATION:
        SUMMARY:Entretien Dennis Kowalczyk - Admin systèmes senior (Düsseldorf)
        END:VEVENT
        """, tz=TZ_BERLIN.replace("Europe/Berlin", "Europe/Paris")), 1, "Vallorin Infogérance",
        "Administrateur systèmes senior", "",
        "claire.delaunay@vallorin.fr;thibault.marchand@vallorin.fr", "google-fr-paris-zone"))

    out.append(ev("google-es", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260306T150000Z
        DTEND:20260306T163000Z
        DTSTAMP:20260301T102044Z
        ORGANIZER;CN=Álvaro Peña:mailto:alvaro.pena@nubaria.es
        UID:6h3j9k1l5z7x2c4v8b0n6m1q3w@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@gmx.net:mailto:dennis.kowalczy
         k@gmx.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi Casals:mailto:jordi.casals@nubaria.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Sanz:mailto:marta.sanz@nubaria.es
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Álvaro Peña:mailto:alvaro.pena@nubaria.es
        DESCRIPTION:Prueba técnica en directo (en inglés) con Jordi Casals (SRE Lead) y Marta Sanz (Platform Engineer):
          incidente simulado en Kubernetes + preguntas sobre observabilidad. Álvaro (Talent) solo organiza.\n\nUnirse co
         n Google Meet: https://meet.google.com/nbr-tkqe-pzs
        SUMMARY:Nubaria | Entrevista técnica | Dennis Kowalczyk
        END:VEVENT
        """, head=WR.replace("Europe/Berlin", "Europe/Madrid")), 1, "Nubaria Cloud", "", "technical",
        "jordi.casals@nubaria.es;marta.sanz@nubaria.es", "google-es-utc-coordinator"))

    out.append(ev("google-hm-en", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART:20260213T140000Z
        DTEND:20260213T150000Z
        DTSTAMP:20260209T184411Z
        ORGANIZER;CN=Jonas Reiter:mailto:jonas@kachel.cloud
        UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas Reiter:mailto:jonas@kachel.cloud
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dennis Kowalczyk:mailto:dennis.kowalczyk@gmx.ne
         t
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ayşe Demirel:mailto:ayse@kachel.cloud
        DESCRIPTION:Pairing session - we'll debug a broken Helm release together and then talk about how you'd run on-ca
         ll for a small team. Bring your own terminal setup if you like.\n\nJoin with Google Meet: https://meet.google.c
         om/kch-pair-ngx\nJoin by phone: (DE) +49 40 8081 6143 PIN: 118 902 773#
        SUMMARY:Kachel Cloud - Pairing (Dennis)
        END:VEVENT
        """, head=WR), 1, "Kachel Cloud", "", "technical", "jonas@kachel.cloud;ayse@kachel.cloud",
        "google-pairing-en"))

    out.append(ev("google-work-address-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260209T073000
        DTEND;TZID=Europe/Berlin:20260209T083000
        DTSTAMP:20260202T111111Z
        ORGANIZER;CN=Stefan Albrecht:mailto:stefan.albrecht@ruhrwerk-energie.de
        UID:3b5n7m9k1j3h5g7f9d1s3a5p7o@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dennis.kowalczyk@stadtdo.de:mailto:dennis.kowal
         czyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stefan Albrecht:mailto:stefan.albrecht@ruhrwerk-energie.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gregor Nowak:mailto:gregor.nowak@ruhrwerk-energie.de
        DESCRIPTION:Hallo Herr Kowalczyk\, ich hatte nur Ihre dienstliche Adresse aus der Signatur - bitte leiten Sie es
          gern an Ihre private weiter. Früher Termin wie gewünscht\, damit Sie danach noch zum Dienst kommen. Fachgesprä
         ch Teamleitung IT-Infrastruktur mit Herrn Nowak (Netzwerk/OT-Security) und mir.\n\nVideoanruf: https://meet.goo
         gle.com/rwe-fach-gsp
        SUMMARY:Ruhrwerk Energie | Fachgespräch Teamleitung IT-Infrastruktur
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), 1, "Ruhrwerk Energie", "Teamleitung IT-Infrastruktur", "technical",
        "stefan.albrecht@ruhrwerk-energie.de;gregor.nowak@ruhrwerk-energie.de", "google-sent-to-work-address-de"))

    out.append(ev("outlook-webex-en", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", r"""
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E00800000000F7A8B9C0D1E2DA01000000000000000010000000B7C8
        DTSTAMP:20260206T130000Z
        DTSTART;TZID=W. Europe Standard Time:20260213T140000
        DTEND;TZID=W. Europe Standard Time:20260213T150000
        SUMMARY:Technical interview - Senior Systems Engineer Linux (D. Kowalczyk)
        ORGANIZER;CN="Korte, Nadine":mailto:nadine.korte@meridian-re.com
        ATTENDEE;CN=dennis.kowalczyk@gmx.net;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Hoffmeister, Jens":mailto:jens.hoffmeister@meridian-re.com
        ATTENDEE;CN="Sato, Kenji":mailto:kenji.sato@meridian-re.com
        ATTENDEE;CN="Korte, Nadine";ROLE=OPT-PARTICIPANT:mailto:nadine.korte@meridian-re.com
        LOCATION:Webex
        DESCRIPTION:Dear Dennis\,\n\nyour technical interview will be held by Jens Hoffmeister (Linux Platform Lead) and
          Kenji Sato (Senior Engineer\, Tokyo office). I will only open the session.\n\nJoin Webex: https://meridianre.w
         ebex.com/meridianre/j.php?MTID=me41c\nMeeting number: 2731 442 0917\n\nKind regards\, Nadine
        END:VEVENT
        """, tz=TZ_WIN), 1, "Meridian Re Services", "Senior Systems Engineer Linux", "technical",
        "jens.hoffmeister@meridian-re.com;kenji.sato@meridian-re.com", "outlook-webex-en-coordinator-opens"))

    out.append(ev("google-abschluss-de", cal(GOOGLE, r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260227T160000
        DTEND;TZID=Europe/Berlin:20260227T164500
        DTSTAMP:20260220T101500Z
        ORGANIZER;CN=Henrik Zeche:mailto:henrik@zechenturm.io
        UID:8u6y4t2r0e8w6q4a2z0x8c6v4b@google.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dennis Kowalczyk:mailto:dennis.kowalczyk@gmx.ne
         t
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henrik Zeche:mailto:henrik@zechenturm.io
        DESCRIPTION:Hi Dennis\, Kemal war begeistert. Zum Abschluss möchte ich dich gern noch persönlich kennenlernen -
          kurzer Call\, dann reden wir über Konditionen und Startdatum.\nHenrik (Geschäftsführer)\n\nGoogle Meet: https:
         //meet.google.com/zct-gfxx-abs
        SUMMARY:Abschlussgespräch GF / Dennis
        END:VEVENT
        """, tz=TZ_BERLIN, head=WR), 1, "Zechenturm Systems", "", "final", "henrik@zechenturm.io",
        "google-final-ceo-surname-like-company-de"))
    return out
