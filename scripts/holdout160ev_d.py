"""holdout160 events, part d: ATS and scheduler invites from contractors, industry and US-owned firms.

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "teamtailor-waermepumpen", "tt-interview-2f81c0d9-3e4a-4b17-9c52-6d8e0f1a2b3c@teamtailor.com",
        1, "Wärmewende GmbH", "Elektromeister (m/w/d) Inbetriebnahme Wärmepumpen", "hiring_manager",
        "lukas.henne@waermewende.de", "teamtailor-teams-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2f81c0d9-3e4a-4b17-9c52-6d8e0f1a2b3c@teamtailor.com
DTSTAMP:20250225T111800Z
DTSTART:20250228T090000Z
DTEND:20250228T094500Z
SUMMARY:Interview mit Wärmewende GmbH
DESCRIPTION:Hallo Jürgen\,\n\ndu hast einen Termin für ein Interview für di
 e Stelle Elektromeister (m/w/d) Inbetriebnahme Wärmepumpen gebucht.\n\nTe
 ilnehmer: Lukas Henne (Teamlead Installation Süd)\n\nMicrosoft Teams: http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWE0OGQ%40thread.v2/0\n
 \nTermin ändern: https://waermewende.teamtailor.com/meetings/8841/change
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Wärmewende GmbH:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Lukas Henne;ROLE=REQ-PARTICIPANT:mailto:lukas.henne@waermewende.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workable-fachgespraech", "workable-ev-9d41b7c2e05f@workable.com",
        1, "Schaltanlagenbau Remstal GmbH", "Meister Schaltanlagenbau (m/w/d)", "technical",
        "g.bantel@sab-remstal.de", "workable-fachgespraech-werkstatt-test",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:workable-ev-9d41b7c2e05f@workable.com
DTSTAMP:20250306T084411Z
DTSTART;TZID=Europe/Berlin:20250313T130000
DTEND;TZID=Europe/Berlin:20250313T150000
SUMMARY:Fachgespräch + Werkstattrundgang: Meister Schaltanlagenbau (m/w/d)
DESCRIPTION:Hallo Herr Albrecht\,\n\nim zweiten Schritt laden wir Sie zu ein
 em Fachgespräch mit unserem Werkstattleiter Gerhard Bantel ein. Bitte rech
 nen Sie mit einer kleinen praktischen Aufgabe (Stromlaufplan lesen\, Fehle
 rsuche an einer Unterverteilung\, Prüfprotokoll nach DIN EN 61439).\n\nOrt:
  Schaltanlagenbau Remstal GmbH\, Benzstr. 12\, 73614 Schorndorf\n\nBeste G
 rüße\nIhr Team von Schaltanlagenbau Remstal
LOCATION:Benzstr. 12\, 73614 Schorndorf
ORGANIZER;CN=Schaltanlagenbau Remstal GmbH:mailto:notifications@workablemail.com
ATTENDEE;CN=Gerhard Bantel;ROLE=REQ-PARTICIPANT:mailto:g.bantel@sab-remstal.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims-webex", "icims-sched-55871-2025-03-12@icims.com",
        1, "Hollister Electric Europe GmbH", "Site Manager Electrical Installations (DACH)", "hiring_manager",
        "rgrant@hollister-electric.com", "english-icims-webex-us-owned",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-sched-55871-2025-03-12@icims.com
DTSTAMP:20250307T201233Z
DTSTART:20250312T150000Z
DTEND:20250312T154500Z
SUMMARY:Interview Invitation - Site Manager Electrical Installations (DACH)
DESCRIPTION:Dear Jürgen\,\n\nThank you for your interest in Hollister Electr
 ic. You are scheduled to interview for Site Manager Electrical Installatio
 ns (DACH)\, Req #2025-1187.\n\nInterviewer: Rachel Grant\, Director of Ope
 rations EMEA\n\nCisco Webex meeting\nJoin: https://hollister.webex.com/hol
 lister/j.php?MTID=m5c1e0a7b93f\nMeeting number: 2741 118 0934\nPassword: H
 e7kQ\nJoin by phone: +49-619-6781-9736 Germany toll\nAccess code: 274 111
  80934\n\nRegards\,\nTalent Acquisition\, Hollister Electric
LOCATION:Webex
ORGANIZER;CN=Hollister Electric Talent Acquisition:mailto:no-reply@icims.com
ATTENDEE;CN=Rachel Grant;ROLE=REQ-PARTICIPANT:mailto:rgrant@hollister-electric.com
ATTENDEE;CN=Jurgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims-final-md", "icims-sched-56204-2025-03-27@icims.com",
        1, "Hollister Electric Europe GmbH", "Site Manager Electrical Installations (DACH)", "final",
        "hwagner@hollister-electric.com;rgrant@hollister-electric.com", "english-icims-final-teams",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:icims-sched-56204-2025-03-27@icims.com
DTSTAMP:20250321T093000Z
DTSTART;TZID=Europe/Berlin:20250327T170000
DTEND;TZID=Europe/Berlin:20250327T180000
SUMMARY:Final Interview - Site Manager Electrical Installations (DACH)
DESCRIPTION:Dear Jürgen\,\n\nCongratulations on progressing to the final ro
 und. You will meet Heiko Wagner (Managing Director\, Hollister Electric Eu
 rope GmbH) and Rachel Grant.\n\nMicrosoft Teams: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_NmY5Yj%40thread.v2/0\n\nRegards\,\nTalent A
 cquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Hollister Electric Talent Acquisition:mailto:no-reply@icims.com
ATTENDEE;CN=Heiko Wagner;ROLE=REQ-PARTICIPANT:mailto:hwagner@hollister-electric.com
ATTENDEE;CN=Rachel Grant;ROLE=REQ-PARTICIPANT:mailto:rgrant@hollister-electric.com
ATTENDEE;CN=Jurgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goodtime-phone-screen", "goodtime-3b9c1f70a2e84d5f@goodtime.io",
        1, "Northstar Cloud", "Critical Facilities Engineer - Electrical Lead", "recruiter_screen",
        "amira.haddad@northstarcloud.com", "english-goodtime-phone-screen-zurich",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ZURICH@
BEGIN:VEVENT
UID:goodtime-3b9c1f70a2e84d5f@goodtime.io
DTSTAMP:20250303T171015Z
DTSTART;TZID=Europe/Zurich:20250306T120000
DTEND;TZID=Europe/Zurich:20250306T123000
SUMMARY:Northstar Cloud Phone Screen: Jürgen Albrecht
DESCRIPTION:Hi Jürgen\,\n\nYour phone screen for Critical Facilities Engine
 er - Electrical Lead (ZRH1\, Zurich) is confirmed.\n\nRecruiter: Amira Had
 dad will call you at +49 171 4418203.\n\nNeed to reschedule? Use this link
 : https://app.goodtime.io/c/r/3b9c1f70\n\nScheduled with GoodTime
LOCATION:Phone call
ORGANIZER;CN=Northstar Cloud Recruiting Coordination:mailto:scheduling@northstarcloud.com
ATTENDEE;CN=Amira Haddad;ROLE=REQ-PARTICIPANT:mailto:amira.haddad@northstarcloud.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goodtime-virtual-onsite", "goodtime-91d0e6a4c7b2f358@goodtime.io",
        1, "Northstar Cloud", "Critical Facilities Engineer - Electrical Lead", "onsite",
        "p.keller@northstarcloud.com;b.oconnor@northstarcloud.com;l.favre@northstarcloud.com",
        "english-goodtime-virtual-onsite-utc",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-91d0e6a4c7b2f358@goodtime.io
DTSTAMP:20250314T080505Z
DTSTART:20250325T073000Z
DTEND:20250325T110000Z
SUMMARY:Virtual Onsite - Critical Facilities Engineer - Electrical Lead - J.
  Albrecht
DESCRIPTION:Hi Jürgen\,\n\nYour Virtual Onsite is scheduled (times shown in
  Europe/Zurich):\n\n08:30-09:15 Electrical systems & SOPs - Patrick Keller
 \n09:15-10:00 Incident response scenario - Brendan O'Connor\n10:15-11:00 L
 eadership & behavioural - Laure Favre (Site Lead ZRH1)\n11:00-12:00 Buffer
 \n\nGoogle Meet: https://meet.google.com/nsz-kpfa-wru\n\nScheduled with Go
 odTime
LOCATION:Google Meet
ORGANIZER;CN=Northstar Cloud Recruiting Coordination:mailto:scheduling@northstarcloud.com
ATTENDEE;CN=Patrick Keller;ROLE=REQ-PARTICIPANT:mailto:p.keller@northstarcloud.com
ATTENDEE;CN=Brendan O'Connor;ROLE=REQ-PARTICIPANT:mailto:b.oconnor@northstarcloud.com
ATTENDEE;CN=Laure Favre;ROLE=REQ-PARTICIPANT:mailto:l.favre@northstarcloud.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "modernloop-zoom", "ml-evt-6e2b9a1d-f07c-4385-a9d4-3c1e8b5f2a70@modernloop.io",
        1, "Helion Battery Systems GmbH", "Head of Electrical Maintenance (Cell Plant Ulm)", "hiring_manager",
        "k.sorensen@helion-battery.com", "english-modernloop-zoom-hm",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-6e2b9a1d-f07c-4385-a9d4-3c1e8b5f2a70@modernloop.io
DTSTAMP:20250310T134500Z
DTSTART:20250313T140000Z
DTEND:20250313T144500Z
SUMMARY:Helion | Jürgen Albrecht | Hiring Manager Interview
DESCRIPTION:Role: Head of Electrical Maintenance (Cell Plant Ulm)\nInterview
 er: Kristian Sørensen (Plant Director Ulm)\n\nJoin Zoom Meeting\nhttps://
 helion.zoom.us/j/93317720451\nMeeting ID: 933 1772 0451\nOne tap mobile: +
 496938079883\,\,93317720451# Germany\n\nScheduled via ModernLoop
LOCATION:https://helion.zoom.us/j/93317720451
ORGANIZER;CN=Helion Recruiting:mailto:recruiting@helion-battery.com
ATTENDEE;CN=Kristian Sørensen;ROLE=REQ-PARTICIPANT:mailto:k.sorensen@helion-battery.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calcom-kennenlernen", "calcom-b7f24e91-0d3a-4c58-9e16-2a7c5d8f0b43@cal.com",
        1, "Ingenieurbüro Pfister TGA GmbH", "Projektleiter Elektrotechnik (TGA)", "hiring_manager",
        "hanna.pfister@ib-pfister.de", "calcom-booked-kennenlernen-owner",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-b7f24e91-0d3a-4c58-9e16-2a7c5d8f0b43@cal.com
DTSTAMP:20250311T202210Z
DTSTART:20250314T071500Z
DTEND:20250314T074500Z
SUMMARY:30 Min Kennenlernen zwischen Hanna Pfister und Jürgen Albrecht
DESCRIPTION:Was: 30 Min Kennenlernen\nWann: Freitag\, 14. März 2025 08:15 -
  08:45 (Europe/Berlin)\nWer:\n- Hanna Pfister - Organisator - hanna.pfister
 @ib-pfister.de\n- Jürgen Albrecht - juergen.albrecht@t-online.de\nWo: Goog
 le Meet\nBeschreibung: Bewerbung Projektleiter Elektrotechnik (TGA)\nZusät
 zliche Notizen: Ich bin tagsüber auf Baustelle\, bitte pünktlich\n\nAbsage
 n oder verschieben: https://cal.com/booking/b7f24e91
LOCATION:https://meet.google.com/kpt-eoxa-mcd
ORGANIZER;CN=Hanna Pfister:mailto:hanna.pfister@ib-pfister.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-kennenlerntelefonat", "bk-a1e07c3f5d2948b6@outlook.office365.com",
        1, "Stadtwerke Esslingen", "Meister (m/w/d) Elektrotechnik Erzeugungsanlagen", "recruiter_screen",
        "tanja.greiner@swe.de", "bookings-utility-kennenlerntelefonat",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
UID:bk-a1e07c3f5d2948b6@outlook.office365.com
DTSTAMP:20250312T055901Z
DTSTART;TZID=W. Europe Standard Time:20250317T073000
DTEND;TZID=W. Europe Standard Time:20250317T080000
SUMMARY;LANGUAGE=de-DE:Kennenlerntelefonat Stellenausschreibung 2025-014
ORGANIZER;CN=SWE Karriere:mailto:SWEKarriere@swe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jürgen Albrecht:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tanja Greiner:mailto:tanja.greiner@swe.de
DESCRIPTION;LANGUAGE=de-DE:Vielen Dank für Ihre Buchung bei SWE Karriere.\n\n
 Dienst: Kennenlerntelefonat (30 Min.)\nMitarbeiter: Tanja Greiner\nStelle:
  Meister (m/w/d) Elektrotechnik Erzeugungsanlagen (2025-014)\n\nWir rufen S
 ie unter der angegebenen Nummer an.\n\nStadtwerke Esslingen am Neckar GmbH
  & Co. KG
LOCATION;LANGUAGE=de-DE:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "kommune-vorstellungsgespraech",
        "040000008200E00074C5B7101A82E0080000000089AB01CDEF90DB01000000000000000010000000AA01",
        1, "Stadt Leinfelden-Echterdingen", "Sachgebietsleitung Elektrotechnik", "onsite",
        "t.mack@le-mail.de;b.scholz@le-mail.de;g.yildiz@le-mail.de", "municipal-panel-personalrat-gleichstellung",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Haupt- und Personalamt":mailto:personal@le-mail.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mack, Thomas (Amt 65)":mailto:t.mack@le-mail.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Scholz, Birgit (Personalrat)":mailto:b.scholz@le-mail.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Yildiz, Gül (Gleichstellung)":mailto:g.yildiz@le-mail.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Albrecht\,\n\nwir laden Sie zum
  Vorstellungsgespräch für die Stelle Sachgebietsleitung Elektrotechnik im A
 mt für Gebäudemanagement (Kennziffer 12/2025\, EG 11 TVöD) ein.\n\nDem Aus
 wahlgremium gehören an: Herr Mack (Amtsleiter)\, Frau Scholz (Personalrat)
 \, Frau Yildiz (Gleichstellungsbeauftragte).\n\nBitte bestätigen Sie den T
 ermin.\n\nMit freundlichen Grüßen\nIm Auftrag\nHaupt- und Personalamt
UID:040000008200E00074C5B7101A82E0080000000089AB01CDEF90DB01000000000000000010000000AA01
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräche SGL Elektrotechnik - 10:30 Albrecht
DTSTART;TZID=W. Europe Standard Time:20250408T103000
DTEND;TZID=W. Europe Standard Time:20250408T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T094500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rathaus Leinfelden\, Marktplatz 1\, Sitzungssaal 2
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "probearbeiten-dreitaegig", "E2F7A9C1-4B6D-4E08-8C3A-5D1B9F0E7A24",
        1, "Elektro Wiedmann GmbH", "", "onsite",
        "", "typed-recurring-probearbeiten-with-override",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_APPLE_BERLIN@
BEGIN:VEVENT
CREATED:20250320T190012Z
DTSTAMP:20250320T190144Z
LAST-MODIFIED:20250320T190144Z
UID:E2F7A9C1-4B6D-4E08-8C3A-5D1B9F0E7A24
DTSTART;TZID=Europe/Berlin:20250331T070000
DTEND;TZID=Europe/Berlin:20250331T160000
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Probearbeiten Wiedmann RT
LOCATION:Elektro Wiedmann\, Reutlingen
DESCRIPTION:Urlaub genommen (3 Tage). Arbeitsklamotten\, eigenes Messgerät
  mit. Chef = Hr. Wiedmann jun.
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
CREATED:20250320T190012Z
DTSTAMP:20250320T190210Z
LAST-MODIFIED:20250320T190210Z
UID:E2F7A9C1-4B6D-4E08-8C3A-5D1B9F0E7A24
RECURRENCE-ID;TZID=Europe/Berlin:20250402T070000
DTSTART;TZID=Europe/Berlin:20250402T070000
DTEND;TZID=Europe/Berlin:20250402T120000
SUMMARY:Probearbeiten Wiedmann RT + Gespräch
LOCATION:Elektro Wiedmann\, Reutlingen
DESCRIPTION:letzter Tag nur bis Mittag\, danach Gespräch mit Wiedmann jun. ü
 ber Vertrag
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-meisterwerkstatt", "SF-INTV-0000379554-2@successfactors.eu",
        1, "Glemstal Maschinenbau AG", "Meister Elektrowerkstatt (m/w/d)", "hiring_manager",
        "ulrich.hahn@glemstal.com;sonja.fritz@glemstal.com", "successfactors-plant-meister",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:SF-INTV-0000379554-2@successfactors.eu
DTSTAMP:20250228T120100Z
DTSTART;TZID=Europe/Berlin:20250307T130000
DTEND;TZID=Europe/Berlin:20250307T141500
SUMMARY:Vorstellungsgespräch Meister Elektrowerkstatt (m/w/d) - Jürgen Albre
 cht
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nwir freuen uns auf das Gespräc
 h mit Ihnen.\n\nStelle: Meister Elektrowerkstatt (m/w/d)\, Ditzingen\nGespr
 ächspartner: Ulrich Hahn (Leiter Betriebstechnik)\, Sonja Fritz (HR)\nTref
 fpunkt: Pforte Tor 1\, Gebäude A\n\nBitte beachten Sie die Besucherregeln
  auf dem Werksgelände.\n\nGlemstal Maschinenbau AG - Recruiting
ORGANIZER;CN=Glemstal Recruiting:mailto:recruiting@glemstal.com
ATTENDEE;CN=Ulrich Hahn;ROLE=REQ-PARTICIPANT:mailto:ulrich.hahn@glemstal.com
ATTENDEE;CN=Sonja Fritz;ROLE=REQ-PARTICIPANT:mailto:sonja.fritz@glemstal.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
]
