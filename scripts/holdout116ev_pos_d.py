# ruff: noqa: E501
"""holdout116 interviews, part D: more direct, hand-typed, agency screens, cancellations and later rounds."""

from __future__ import annotations

from holdout116ev_ics import ME_FREE, ME_WORK, cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.5//EN"


def events() -> list[dict[str, str]]:
    out = []

    # 39 hand-typed, floating time, train times
    uid = "4c8g2k6o0s4w8a2e6i0m4q8u2y@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART:20260318T100000
    DTEND:20260318T113000
    DTSTAMP:20260312T194030Z
    UID:{uid}
    CREATED:20260312T194030Z
    DESCRIPTION:Zug 7:12 ab Leipzig Hbf (RE)\\, zurück 13:48. Ansprechpartner Hr. Zschau\\, Bereichsleiter Privatkunden
    LOCATION:Genobank Vogtland\\, Plauen
    SEQUENCE:0
    SUMMARY:Vorstellungsgespräch Genobank Plauen 10 Uhr
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("hand-floating-de", cal(body, GOOGLE, "PUBLISH"), uid, 1, "Genobank Vogtland", "", "",
                    "Hr. Zschau", "hand-typed-floating-de", "Genobank Vogtland eG"))

    # 40 Google invite, Spreebank HR, Webex video screen
    uid = "7pq1rs3tu5vw7xy9za1bc3de5f@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260408T083000
    DTEND;TZID=Europe/Berlin:20260408T091500
    DTSTAMP:20260402T110022Z
    ORGANIZER;CN=Personalmarketing Spreebank:mailto:karriere@spreebank.de
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vogel.lpz@web.de;X-NUM-GUESTS=0:mailto:{ME_FREE}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mehmet Aydın;X-NUM-GUESTS=0:mailto:mehmet.aydin@spreebank.de
    DESCRIPTION:Guten Tag Frau Vogel\\,\\n\\nvielen Dank für Ihre Bewerbung als Private Banker (m/w/d) Berlin-Charlottenburg. Gern möchten wir Sie im Rahmen eines Video-Interviews näher kennenlernen. Ihr Gesprächspartner ist Herr Mehmet Aydın aus dem Recruiting.\\n\\nWebex-Meeting beitreten: https://spreebank.webex.com/meet/recruiting4\\nMeeting-Kennnummer (Zugriffscode): 2784 119 3320\\n\\nSpreebank Privatkunden AG
    LOCATION:Webex
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Video-Interview Spreebank – Frau Katrin Vogel
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("google-webex-de", cal(body, GOOGLE, "REQUEST", "berlin"), uid, 1, "Spreebank",
                    "Private Banker (m/w/d)", "recruiter_screen", "mehmet.aydin@spreebank.de", "webex-video-screen-de",
                    "Spreebank Privatkunden AG|Spreebank Privatkunden"))

    # 41 hand-typed, Spreebank second round
    uid = "8qr2st4uv6wx8yz0ab2cd4ef6g@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260429T130000
    DTEND;TZID=Europe/Berlin:20260429T143000
    DTSTAMP:20260420T070111Z
    UID:{uid}
    DESCRIPTION:ICE 11:05 ab Leipzig\\, Wilmersdorfer Str. 98\\; Fr. Dr. Möller (Bereichsleitung Private Banking) + Hr. Aydın
    LOCATION:Berlin
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Fachgespräch Bereichsleitung Spreebank
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("hand-fachgespraech-de", cal(body, GOOGLE, "PUBLISH", "berlin",
                                                 "X-WR-CALNAME:Katrin\nX-WR-TIMEZONE:Europe/Berlin"), uid, 1,
                    "Spreebank", "", "hiring_manager", "Fr. Dr. Möller;Hr. Aydın", "hand-typed-semicolon-de",
                    "Spreebank Privatkunden AG|Spreebank Privatkunden"))

    # 42 Volksbank Muldenland second round with the board, Outlook, work address used
    uid = "040000008200E00074C5B7101A82E0080000000010FA3B7755B6DC0100000000000000001000000099A8B7C6D5E4F3021110"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    ORGANIZER;CN="Heinicke, Sandra":mailto:s.heinicke@vb-muldenland.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katrin Vogel":mailto:{ME_FREE}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ullrich, Bernd (Vorstand)":mailto:b.ullrich@vb-muldenland.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pohl, Kathrin":mailto:k.pohl@vb-muldenland.de
    SUMMARY;LANGUAGE=de-DE:Zweites Gespräch Private Banking Berater – Frau Vogel
    DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogel\\,\\n\\nnach dem angenehmen Erstgespräch möchten wir Sie gern Herrn Ullrich (Vorstand) und Frau Pohl (Leiterin Private Banking) vorstellen. Wir treffen uns in der Hauptgeschäftsstelle Grimma\\, Lange Straße 20\\, 2. OG.\\n\\nViele Grüße\\nSandra Heinicke
    DTSTART;TZID=W. Europe Standard Time:20260324T150000
    DTEND;TZID=W. Europe Standard Time:20260324T163000
    DTSTAMP:20260316T101500Z
    LOCATION;LANGUAGE=de-DE:Grimma\\, Lange Straße 20
    STATUS:CONFIRMED
    SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """
    out.append(item("outlook-board-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, 1, "Volksbank Muldenland",
                    "Private Banking Berater", "final", "b.ullrich@vb-muldenland.de;k.pohl@vb-muldenland.de",
                    "outlook-second-round-board-de", "VB Muldenland|Volksbank Muldenland eG"))

    # 43 Google, Finlio case study, English
    uid = "1ab3cd5ef7gh9ij1kl3mn5op7q@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART:20260415T120000Z
    DTEND:20260415T131500Z
    DTSTAMP:20260409T081500Z
    ORGANIZER;CN=Aylin Demirtaş:mailto:aylin@finlio.app
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Katrin Vogel;X-NUM-GUESTS=0:mailto:{ME_FREE}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bastian Roos;X-NUM-GUESTS=0:mailto:bastian@finlio.app
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aylin Demirtaş;X-NUM-GUESTS=0:mailto:aylin@finlio.app
    DESCRIPTION:Hi Katrin\\, as promised here's the case session: a 45-year-old self-employed client with a pension gap — walk Bastian (Head of Advice) through your recommendation. I'll just host and keep time.\\n\\nJoin with Google Meet: https://meet.google.com/fjw-pqzu-ndh\\nJoin by phone: (DE) +49 40 8081617 22 PIN: 739 011 425#
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Case session: Katrin Vogel / Finlio
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("google-case-en", cal(body, GOOGLE, "REQUEST"), uid, 1, "Finlio", "", "technical",
                    "bastian@finlio.app", "case-host-not-interviewer-en", "Finlio GmbH"))

    # 44 Outlook cancellation (Abgesagt), Bausparkasse second interview
    uid = "SFSF-INT-0007712398-2@successfactors.eu"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260319T141000Z
    DTSTART;TZID=Europe/Berlin:20260326T100000
    DTEND;TZID=Europe/Berlin:20260326T113000
    SUMMARY:Abgesagt: Zweitgespräch Regionaler Finanzierungsberater (m/w/d) Sachsen
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nwie telefonisch besprochen sagen wir den Termin hiermit ab. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\\n\\nIhr Recruiting-Team der Bausparkasse Mitteldeutschland AG
    ORGANIZER;CN=Recruiting BSM:mailto:recruiting@bsm-bausparkasse.de
    ATTENDEE;CN=Katrin Vogel:mailto:{ME_FREE}
    ATTENDEE;CN=Andreas Brückner:mailto:andreas.brueckner@bsm-bausparkasse.de
    ATTENDEE;CN=Dr. Jörg Lamprecht:mailto:joerg.lamprecht@bsm-bausparkasse.de
    STATUS:CANCELLED
    SEQUENCE:2
    END:VEVENT
    """
    out.append(item("cancelled-de", cal(body, "-//SAP SuccessFactors//Recruiting//EN", "CANCEL", "berlin"), uid, 1,
                    "Bausparkasse Mitteldeutschland", "Regionaler Finanzierungsberater (m/w/d) Sachsen", "",
                    "andreas.brueckner@bsm-bausparkasse.de;joerg.lamprecht@bsm-bausparkasse.de",
                    "status-cancelled-de", "BSM|Bausparkasse Mitteldeutschland AG"))

    # 45 agency recruiter screens for a named employer (phone)
    uid = "bpc-20260306-0930-vogel@bankpersonal-consult.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260304T170200Z
    DTSTART;TZID=Europe/Berlin:20260306T093000
    DTEND;TZID=Europe/Berlin:20260306T100000
    SUMMARY:Telefonat Katrin Vogel / Bankpersonal Consult – Volksbank Elbe-Röder\\, Vermögensberater (m/w/d)
    DESCRIPTION:Guten Tag Frau Vogel\\,\\nwie vereinbart rufe ich Sie an\\, um Ihren Werdegang und die Vakanz bei unserem Kunden Volksbank Elbe-Röder eG (Vermögensberater m/w/d\\, Riesa/Großenhain) zu besprechen. Danach stelle ich Ihr Profil dort vor.\\nMit freundlichen Grüßen\\nSabine Brandl\\nBankpersonal Consult GmbH
    LOCATION:Telefon (Frau Brandl ruft an)
    ORGANIZER;CN=Sabine Brandl:mailto:s.brandl@bankpersonal-consult.de
    ATTENDEE;CN=katrin.vogel.lpz@web.de;RSVP=TRUE:mailto:{ME_FREE}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("agency-screen-de", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST",
                                            "berlin"), uid, 1, "Volksbank Elbe-Röder", "Vermögensberater (m/w/d)",
                    "recruiter_screen", "s.brandl@bankpersonal-consult.de", "agency-screen-named-client-de",
                    "Volksbank Elbe-Röder eG|VB Elbe-Röder"))

    # 46 Volksbank Elbe-Röder interview itself, direct from the bank with CN "Last, First"
    uid = "vber-bewerbung-2026-044@vb-elbe-roeder.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260317T091500Z
    DTSTART;TZID=Europe/Berlin:20260325T090000
    DTEND;TZID=Europe/Berlin:20260325T100000
    SUMMARY:Bewerbungsgespräch Vermögensberatung - Fr. Vogel
    ORGANIZER;CN="Gläser, Tino":mailto:tino.glaeser@vb-elbe-roeder.de
    ATTENDEE;CN="Vogel, Katrin";RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN="Gläser, Tino":mailto:tino.glaeser@vb-elbe-roeder.de
    ATTENDEE;CN="Wolf, Simone";ROLE=OPT-PARTICIPANT:mailto:simone.wolf@vb-elbe-roeder.de
    ATTENDEE;CN="SR 1 Riesa Hauptstelle";CUTYPE=ROOM:mailto:sr1.riesa@vb-elbe-roeder.de
    DESCRIPTION:Hallo Frau Vogel\\, Frau Brandl hat uns Ihre Unterlagen weitergeleitet – wir freuen uns auf das Gespräch. Frau Wolf (Personal) kümmert sich um Anfahrt und Parkplatz und begleitet Sie zu uns\\, nimmt aber am Gespräch nicht teil.\\nTino Gläser\\, Bereichsleiter Vermögensmanagement
    LOCATION:SR 1 Riesa Hauptstelle
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("direct-last-first-de", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST",
                                                "berlin"), uid, 1, "Volksbank Elbe-Röder", "Vermögensberatung",
                    "hiring_manager", "tino.glaeser@vb-elbe-roeder.de", "assistant-not-interviewer-de",
                    "Volksbank Elbe-Röder eG|VB Elbe-Röder"))

    # 47 Calendly, insurer recruiter, English title but German content
    uid = "C71D0E9A3B2F4C58A6E1D7F0B9C3A245@calendly.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260408T112000Z
    DTSTART:20260413T120000Z
    DTEND:20260413T122000Z
    SUMMARY:Katrin Vogel und Nadine Haas: Recruiting Call (20 min)
    DESCRIPTION:Veranstaltungsname: Recruiting Call (20 min)\\n\\nOrt: Microsoft Teams – Link folgt\\n\\nFragen: Für welche Stelle interessieren Sie sich?\\nAntwort: Vorsorgeberaterin Filialvertrieb Sachsen (Hanseatische Vorsorge)\\n\\nBenötigen Sie Änderungen an diesem Termin?\\nAbsagen: https://calendly.com/cancellations/C71D0E9A\\n\\nPowered by Calendly.com
    LOCATION:Microsoft Teams
    ORGANIZER;CN=Nadine Haas:mailto:nadine.haas@hanseatische-vorsorge.de
    ATTENDEE;CN=Katrin Vogel;PARTSTAT=ACCEPTED:mailto:{ME_FREE}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("calendly-recruiting-call-de", cal(body, "-//Calendly//Calendly//EN", "REQUEST"), uid, 1,
                    "Hanseatische Vorsorge", "Vorsorgeberaterin Filialvertrieb Sachsen", "recruiter_screen",
                    "nadine.haas@hanseatische-vorsorge.de", "calendly-answer-names-company-de",
                    "Hanseatische Vorsorge AG"))

    # 48 Apple Calendar, user's own note of a Probearbeitstag (practical)
    uid = "A0B1C2D3-E4F5-4607-8819-2A3B4C5D6E7F"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260418T093000Z
    CREATED:20260418T093000Z
    DTSTART;TZID=Europe/Berlin:20260430T083000
    DTEND;TZID=Europe/Berlin:20260430T150000
    SUMMARY:Probearbeit Lindenhof VV – 2 Kundentermine mit Dr. Lindner begleiten
    LOCATION:Lindenhof Vermögensverwaltung\\, Karl-Heine-Str. 22\\, Leipzig
    DESCRIPTION:Urlaubstag genommen. Danach Feedbackgespräch mit Dr. Lindner und Fr. Ostrowski.
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("apple-probearbeit-de", cal(body, APPLE, "", "berlin"), uid, 1, "Lindenhof Vermögensverwaltung",
                    "", "technical", "Dr. Lindner;Fr. Ostrowski", "trial-day-hand-typed-de",
                    "Lindenhof Vermögensverwaltung GmbH|Lindenhof|Lindenhof VV"))

    # 49 Outlook EN, Meridian head of desk, Lux zone
    uid = "AAMkAGQ5ZTc1YTg0LWIxNjMtNDJlMS05ODNkLTY0ZDIwNzUxYjA4MQBGAAAAAAD9q4"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260402T091000Z
    DTSTART;TZID=Europe/Luxembourg:20260410T110000
    DTEND;TZID=Europe/Luxembourg:20260410T120000
    SUMMARY:Interview – Relationship Manager German Market – K. Vogel / T. Schmit
    DESCRIPTION:Dear Katrin\\,\\nfollowing your call with Marta\\, Thierry Schmit (Head of German Desk) would like to meet you virtually. The interview will be held in German.\\nKind regards\\,\\nMarta Da Silva\\nMeridian Private Bank S.A. | 12\\, Boulevard Royal | L-2449 Luxembourg\\n\\nMicrosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MRD\\nMeeting ID: 388 120 774 56  Passcode: x8Ve2A
    LOCATION:Microsoft Teams Meeting
    ORGANIZER;CN="Da Silva, Marta":mailto:marta.dasilva@meridian-pb.lu
    ATTENDEE;CN=katrin.vogel.lpz@web.de;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN="Schmit, Thierry":mailto:thierry.schmit@meridian-pb.lu
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("outlook-lux-hm-en", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST",
                                             "lux"), uid, 1, "Meridian Private Bank", "Relationship Manager German Market",
                    "hiring_manager", "thierry.schmit@meridian-pb.lu", "outlook-lux-hm-en",
                    "Meridian Private Bank S.A.|Meridian"))

    # 50 Zinswerk final onsite Berlin, Google from Head of People, English/German
    uid = "3cd5ef7gh9ij1kl3mn5op7qr9s@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260403T100000
    DTEND;TZID=Europe/Berlin:20260403T130000
    DTSTAMP:20260326T164000Z
    ORGANIZER;CN=Frederike Lang:mailto:frederike.lang@zinswerk.de
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vogel;X-NUM-GUESTS=0:mailto:{ME_FREE}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lukas Hempel;X-NUM-GUESTS=0:mailto:lukas.hempel@zinswerk.de
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Moritz Engel;X-NUM-GUESTS=0:mailto:moritz@zinswerk.de
    ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Berlin-Torstr-3-Spree (10);X-NUM-GUESTS=0:mailto:c_188a2k1n3lq@resource.calendar.google.com
    DESCRIPTION:Hallo Katrin\\,\\n\\nfür die letzte Runde kommst du zu uns ins Büro: Lukas (Lead Advisory) und Moritz (Co-Founder) sprechen mit dir über einen Beispielkunden und über deine Vorstellungen. Danach gehen wir zusammen Mittag essen.\\n\\nBis bald\\nFrederike (People\\, Zinswerk)
    LOCATION:Zinswerk\\, Torstraße 140\\, 10119 Berlin
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Zinswerk – Final Round Katrin Vogel (onsite)
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("google-final-resource-de", cal(body, GOOGLE, "REQUEST", "berlin"), uid, 1, "Zinswerk", "", "final",
                    "lukas.hempel@zinswerk.de;moritz@zinswerk.de", "google-resource-final-de", "Zinswerk GmbH"))

    # 51 Kontor Bank virtual final after the cancelled onsite, Zoom, English
    uid = "greenhouse-interview-48211907-9@kontor.io"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260330T101010Z
    DTSTART:20260402T130000Z
    DTEND:20260402T140000Z
    SUMMARY:Interview: Katrin Vogel - Financing Advisor – Mortgages - Final round (virtual)
    DESCRIPTION:Hi Katrin\\,\\n\\nAs discussed\\, your final round will be virtual instead of onsite.\\n\\nInterviewer: Sebastian Thiel (VP Lending)\\n\\nJoin Zoom Meeting: https://kontor.zoom.us/j/96620147713?pwd=ZnB\\nMeeting ID: 966 2014 7713\\n\\nBest\\,\\nHanna Kim\\, Recruiting Coordinator
    LOCATION:https://kontor.zoom.us/j/96620147713
    ORGANIZER;CN=Hanna Kim:mailto:no-reply@greenhouse.io
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Sebastian Thiel:mailto:sebastian.thiel@kontor.io
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("greenhouse-final-zoom-en", cal(body, "-//Greenhouse Software//Greenhouse//EN", "REQUEST"), uid, 1,
                    "Kontor Bank", "Financing Advisor – Mortgages", "final", "sebastian.thiel@kontor.io",
                    "greenhouse-virtual-final-en", "Kontor Bank AG|Kontor"))

    # 52 Pecunio technical (case), Cal.com, German
    uid = "cal-Q4mN8pX2rT6vY0bZ3cF7@Cal.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260320T090000Z
    DTSTART:20260326T140000Z
    DTEND:20260326T150000Z
    SUMMARY:Fachinterview Baufi-Case zwischen Tamara Voigt und Katrin Vogel
    DESCRIPTION:Was: Fachinterview Baufi-Case\\nEingeladene Person: Katrin Vogel\\nGastgeber: Tamara Voigt (Head of Finance Advisory\\, Pecunio) – tamara@pecunio.de\\nWo: https://app.cal.com/video/Q4mN8pX2rT6vY0bZ3cF7\\nZusätzliche Anmerkungen: Rolle Senior Finanzierungsberaterin\\, Malte hat den Case vorab geschickt
    LOCATION:https://app.cal.com/video/Q4mN8pX2rT6vY0bZ3cF7
    ORGANIZER;CN=Tamara Voigt:mailto:tamara@pecunio.de
    ATTENDEE;CN=Katrin Vogel;PARTSTAT=ACCEPTED:mailto:{ME_FREE}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("calcom-case-de", cal(body, "-//Cal.com Inc.//Cal.com Event//EN", "REQUEST"), uid, 1, "Pecunio",
                    "Senior Finanzierungsberaterin", "technical", "tamara@pecunio.de", "calcom-fachinterview-de",
                    "Pecunio GmbH"))

    # 53 sent to the work address by mistake, Sparkasse-external Sparkasse; English-free, Sparkasse Neißetal round 2
    uid = "softgarden-appointment-7d1a5c03e98f4b26@softgarden.io"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260424T090909Z
    DTSTART;TZID=Europe/Berlin:20260504T140000
    DTEND;TZID=Europe/Berlin:20260504T150000
    SUMMARY:Zweites Vorstellungsgespräch (Vorstand): Private Banking Betreuer (m/w/d)
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nwir freuen uns\\, Sie zu einem zweiten Gespräch mit unserem Vorstandsmitglied Herrn Dr. Claus Rietschel einzuladen.\\n\\nOrt: Hauptstelle Görlitz\\, Postplatz 6\\n\\nMit freundlichen Grüßen\\nSparkasse Neißetal – Personalabteilung\\n\\nDiese E-Mail wurde über softgarden versandt.
    LOCATION:Postplatz 6\\, 02826 Görlitz
    ORGANIZER;CN=Sparkasse Neißetal:mailto:bewerbung@softgarden.io
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_WORK}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("softgarden-board-work-address-de", cal(body, "-//softgarden e-recruiting GmbH//softgarden//DE",
                                                            "REQUEST", "berlin"), uid, 1, "Sparkasse Neißetal",
                    "Private Banking Betreuer (m/w/d)", "final", "Dr. Claus Rietschel",
                    "sparkasse-to-sparkasse-work-address-de", ""))

    # 54 Ashby-like but from Brújula, Spanish, hiring manager in English call
    uid = "workable-ev-f0e9d8c7b6@workablemail.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260424T100000Z
    DTSTART;TZID=Europe/Madrid:20260430T160000
    DTEND;TZID=Europe/Madrid:20260430T170000
    SUMMARY:Segunda entrevista – Katrin Vogel / Javier Ortega (Head of DACH)
    DESCRIPTION:Hola Katrin\\,\\n\\nenhorabuena por pasar a la siguiente fase. Esta entrevista con Javier Ortega\\, responsable del mercado DACH\\, incluye un pequeño caso práctico: cómo presentarías nuestra cartera indexada a un cliente alemán de 55 años.\\n\\nUnirse con Google Meet: https://meet.google.com/kmd-uwzp-rte\\n\\nUn saludo\\,\\nLucía – Brújula Capital
    LOCATION:https://meet.google.com/kmd-uwzp-rte
    ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@brujulacapital.es
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Javier Ortega:mailto:javier.ortega@brujulacapital.es
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("workable-second-es", cal(body, "-//Workable//Workable Calendar//EN", "REQUEST", "madrid"), uid, 1,
                    "Brújula Capital", "", "hiring_manager", "javier.ortega@brujulacapital.es", "second-round-case-es",
                    "Brújula Capital S.L.|Brújula"))

    # 55 iOS hand entry: callback from the agency's client, no stage
    uid = "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260407T061500Z
    DTSTART;TZID=Europe/Berlin:20260409T123000
    DTEND;TZID=Europe/Berlin:20260409T130000
    SUMMARY:Tel. Weidner Privatbankiers (Hr. Kasper) – Mittagspause!
    DESCRIPTION:er ruft auf Handy an\\, vorher Gehaltsband mit Jana klären
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("ios-hand-phone-de", cal(body, "-//Apple Inc.//iPhone OS 17.4//EN", "", "berlin"), uid, 1,
                    "Weidner Privatbankiers", "", "", "Hr. Kasper", "hand-typed-phone-de", "Weidner"))

    # 56 Exchange update: time moved (SEQUENCE 1) for AMV second interview, work address not involved
    uid = "WD-INTERVIEW-2026-0412-00418872@myworkday.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260421T143000Z
    DTSTART;TZID=Europe/Berlin:20260429T080000
    DTEND;TZID=Europe/Berlin:20260429T090000
    SUMMARY:Aktualisiert: Interview: JR-10442 Finanzierungsberater (m/w/d) Firmenkunden – Katrin Vogel
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nIhr Interview wurde auf einen neuen Zeitpunkt verschoben.\\n\\nStelle: JR-10442 Finanzierungsberater (m/w/d) Firmenkunden\\nInterviewphase: Abschlussgespräch Bereichsleitung\\nInterviewer: Dr. Sabine Frommhold\\nOrt: Microsoft Teams\\n\\nDiese Nachricht wurde automatisch von Workday gesendet.
    LOCATION:Microsoft Teams
    ORGANIZER;CN=AMV Talent Acquisition:mailto:amv@myworkday.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Dr. Sabine Frommhold:mailto:sabine.frommhold@amv-versicherung.de
    SEQUENCE:1
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("workday-rescheduled-de", cal(body, "-//Workday//Workday Recruiting//EN", "REQUEST", "berlin"), uid,
                    1, "Allgemeine Mitteldeutsche Versicherung", "Finanzierungsberater (m/w/d) Firmenkunden", "final",
                    "sabine.frommhold@amv-versicherung.de", "workday-updated-de",
                    "AMV|Allgemeine Mitteldeutsche Versicherung AG"))
    return out
