# ruff: noqa: E501
"""holdout158 events, part c: single interviews at companies, agencies, foundations. CC0 1.0."""

from holdout158ev_tz import BERLIN, GMT_WIN, W_EUROPE

EVENTS = [
    (
        "outlook-reederei",
        "040000008200E00074C5B7101A82E00800000000D4C3B2A1F09BDB0100000000000000001000000034A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hollmann, Christian";SENT-BY="mailto:sekretariat.gf@hollmann-reederei.de":mailto:c.hollmann@hollmann-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Besprechungsraum Brücke (5.12)":mailto:raum.bruecke@hollmann-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nHerr Hollmann freut sich auf das persönliche Kennenlernen im Rahmen Ihrer Bewerbung als Leitung Kommunikation & Markenführung.\n\nBallindamm 17\, 5. Etage. Parkmöglichkeiten sind leider nicht vorhanden.\n\nMit freundlichen Grüßen\ni.A. Gesa Thormählen\nSekretariat der Geschäftsführung\n
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F09BDB0100000000000000001000000034A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9
SUMMARY;LANGUAGE=de-DE:Frau Janssen – persönliches Kennenlernen
DTSTART;TZID=W. Europe Standard Time:20250226T160000
DTEND;TZID=W. Europe Standard Time:20250226T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T090031Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Brücke (5.12)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Reederei Hollmann & Co. KG", "Leitung Kommunikation & Markenführung", "hiring_manager",
        "c.hollmann@hollmann-reederei.de", "outlook-kennenlernen-summary-role-in-body-sent-by",
    ),
    (
        "workday-interview",
        "WD-INTERVIEW-7f1c0e6b2a9d4e58b3f1c2d4e6a8b0c1",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7f1c0e6b2a9d4e58b3f1c2d4e6a8b0c1
DTSTAMP:20250304T141422Z
DTSTART:20250312T130000Z
DTEND:20250312T140000Z
SUMMARY:Interview: Leiterin / Leiter Presse (m/w/d) - JR-0042117
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nanbei die Details zu Ihrem Interview bei der Alsterbank AG.\n\nStelle: Leiterin / Leiter Presse (m/w/d) - JR-0042117\nInterviewer: Dr. Frauke Tiedemann\, Bereichsleiterin Kommunikation & Nachhaltigkeit\; Holger Maaß\, Personal\nFormat: Microsoft Teams (Link folgt separat)\n\nBitte bestätigen Sie den Termin in Ihrem Kandidatenportal: https://wd3.myworkdaysite.com/recruiting/alsterbank/Alsterbank_Careers\n\nIhr Recruiting-Team der Alsterbank AG
LOCATION:Microsoft Teams
ORGANIZER;CN=Alsterbank Recruiting:mailto:alsterbank@myworkday.com
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Frauke Tiedemann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:frauke.tiedemann@alsterbank.de
ATTENDEE;CN=Holger Maass;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:holger.maass@alsterbank.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Alsterbank AG", "Leiterin / Leiter Presse (m/w/d)", "",
        "frauke.tiedemann@alsterbank.de;holger.maass@alsterbank.de", "workday-jr-number-noreply-organizer",
    ),
    (
        "founder-gmx",
        "0d7u2mfb3ha1kq8p9e4sr6l5vc@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250228T090000Z
DTEND:20250228T100000Z
DTSTAMP:20250222T204415Z
ORGANIZER;CN=Ole Brandt:mailto:ole.brandt@gmx.de
UID:0d7u2mfb3ha1kq8p9e4sr6l5vc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ole Brandt;X-NUM-GUESTS=0:mailto:ole.brandt@gmx.de
DESCRIPTION:Moin Friederike\,\n\nschön\, dass das klappt! Komm einfach in die Rösterei\, ich mach uns einen Filterkaffee und zeig dir alles. Dann reden wir in Ruhe über die Content-Lead-Stelle – Anna (Marketing) kommt auch dazu.\n\nBis Freitag\nOle\n\nKaffeerösterei Brandt\, Große Elbstraße 146\, 22767 Hamburg
LOCATION:Kaffeerösterei Brandt\, Große Elbstraße 146\, 22767 Hamburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee & Kennenlernen – Content Lead
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Kaffeerösterei Brandt", "Content Lead", "hiring_manager",
        "ole.brandt@gmx.de;Anna", "founder-free-mail-coffee-sounding-interview",
    ),
    (
        "probearbeitstag",
        "20250305T110245Z-41887-kuhlmann@kuhlmann-kommunikation.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Open-Xchange//7.10.6-Rev52//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
DTSTAMP:20250305T110245Z
ATTENDEE;CN="Friederike Janssen";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN="Kuhlmann, Tobias";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:t.kuhlmann@kuhlmann-kommunikation.de
ATTENDEE;CN="Rosenbaum, Wiebke";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:w.rosenbaum@kuhlmann-kommunikation.de
CLASS:PUBLIC
CREATED:20250305T110245Z
DESCRIPTION:Hallo Frau Janssen\,\n\nwie verabredet: Probearbeitstag bei uns in der Agentur. Sie verbringen den Tag im Team Content\, arbeiten mit Wiebke Rosenbaum an einem echten Kundenbriefing (Energieversorger\, Geschäftsbericht-Storytelling) und präsentieren um 16 Uhr Tobias Kuhlmann Ihre Ideen. Mittagessen geht auf uns.\n\nBeste Grüße\nTobias Kuhlmann
DTEND;TZID=Europe/Berlin:20250313T170000
DTSTART;TZID=Europe/Berlin:20250313T093000
LOCATION:Kuhlmann Kommunikation\, Schanzenstraße 75\, 20357 Hamburg
ORGANIZER;CN="Kuhlmann, Tobias":mailto:t.kuhlmann@kuhlmann-kommunikation.de
SEQUENCE:0
SUMMARY:Probearbeitstag Unit Lead Content – F. Janssen
TRANSP:OPAQUE
UID:20250305T110245Z-41887-kuhlmann@kuhlmann-kommunikation.de
END:VEVENT
END:VCALENDAR
""",
        1, "Kuhlmann Kommunikation", "Unit Lead Content", "onsite",
        "t.kuhlmann@kuhlmann-kommunikation.de;w.rosenbaum@kuhlmann-kommunikation.de", "open-xchange-trial-day-agency",
    ),
    (
        "successfactors-invite",
        "SFSF-INTV-0000519077-BRINKMANN",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:SFSF-INTV-0000519077-BRINKMANN
DTSTAMP:20250306T080412Z
DTSTART;TZID=Europe/Berlin:20250319T150000
DTEND;TZID=Europe/Berlin:20250319T160000
SUMMARY:Interview Invitation: Head of Corporate Content (m/w/d) – Req 18842
DESCRIPTION:Dear Friederike Janssen\,\n\nYou have been invited to an interview for the position Head of Corporate Content (m/w/d)\, Req 18842\, Brinkmann Versand GmbH & Co. KG.\n\nInterview panel:\nSören Lütjens – Director Brand & Communications\nNadine Kroll – HR Business Partner\n\nLocation: Brinkmann Campus\, Haus C\, Wandsbeker Straße 3-7\, 22179 Hamburg\n\nThis is an automated message from SAP SuccessFactors Recruiting. Please do not reply.
LOCATION:Brinkmann Campus Haus C
ORGANIZER;CN=Brinkmann Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Sören Lütjens;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:soeren.luetjens@brinkmann-versand.de
ATTENDEE;CN=Nadine Kroll;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadine.kroll@brinkmann-versand.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Brinkmann Versand", "Head of Corporate Content (m/w/d)", "",
        "soeren.luetjens@brinkmann-versand.de;nadine.kroll@brinkmann-versand.de", "successfactors-noreply-english-invite-german-company",
    ),
    (
        "smartrecruiters-video",
        "sr-interview-5f2a9c3e1b7d4a60",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-5f2a9c3e1b7d4a60
DTSTAMP:20250310T123300Z
DTSTART:20250314T103000Z
DTEND:20250314T110000Z
SUMMARY:Videointerview Referent*in Pressearbeit | Elbversicherung
DESCRIPTION:Hallo Friederike\,\n\nvielen Dank für Ihr Interesse an der Elbversicherung AG! Ihr Videointerview mit Philipp Engel (Recruiting) ist bestätigt.\n\nZum Video-Call: https://elbversicherung.webex.com/meet/philipp.engel\n\nTermin ändern: https://jobs.smartrecruiters.com/ElbversicherungAG/reschedule\n\nViele Grüße\nIhr Recruiting-Team
LOCATION:Webex
ORGANIZER;CN=Philipp Engel:mailto:philipp.engel@elbversicherung.de
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Elbversicherung AG", "Referent*in Pressearbeit", "recruiter_screen",
        "philipp.engel@elbversicherung.de", "smartrecruiters-videointerview-organizer-is-interviewer",
    ),
    (
        "dvinci-einladung",
        "dvinci-termin-118273@klinikverbund-nord.dvinci-hr.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:dvinci-termin-118273@klinikverbund-nord.dvinci-hr.com
DTSTAMP:20250312T075900Z
DTSTART;TZID=Europe/Berlin:20250327T130000
DTEND;TZID=Europe/Berlin:20250327T140000
SUMMARY:Einladung zum Vorstellungsgespräch – Pressesprecher/in (Kennziffer KVN-2025-031)
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch ein.\n\nGesprächspartner: Dr. med. Arne Feddersen (Geschäftsführer)\, Stefanie Lüth (Leitung Personal)\nOrt: Klinikverbund Nord\, Verwaltungsgebäude\, Haus 12\, Konferenzraum 2\, Langenhorner Chaussee 560\, 22419 Hamburg\n\nBitte bestätigen Sie den Termin über den Link in Ihrer E-Mail.\n\nMit freundlichen Grüßen\nIhre Personalabteilung
LOCATION:Haus 12\, Konferenzraum 2
ORGANIZER;CN=Klinikverbund Nord – Personal:mailto:bewerbung@klinikverbund-nord.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Klinikverbund Nord", "Pressesprecher/in", "onsite",
        "Dr. med. Arne Feddersen;Stefanie Lüth", "dvinci-names-in-body-only",
    ),
    (
        "typed-museum",
        "3F1A7C2E-8B4D-4E9F-A0C1-D2E3F4A5B6C7",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250314T211045Z
DTSTAMP:20250314T211102Z
UID:3F1A7C2E-8B4D-4E9F-A0C1-D2E3F4A5B6C7
DTSTART:20250321T100000
DTEND:20250321T113000
SUMMARY:VG Museum am Strom (Ltg Presse)
DESCRIPTION:Dr. Voss + Hr. Krämer (Verw.)\nEingang Verwaltung über Hinterhof\, klingeln bei "Direktion"\nMappe + Arbeitsproben Ausstellungs-PR
LOCATION:Museum am Strom
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Museum am Strom", "Ltg Presse", "",
        "Dr. Voss;Hr. Krämer", "hand-typed-vg-abbreviation-floating",
    ),
    (
        "teamtailor-interview",
        "teamtailor-interview-2c4e6a8b0d1f3e5a7c9b",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-2c4e6a8b0d1f3e5a7c9b
DTSTAMP:20250317T101010Z
DTSTART:20250321T140000Z
DTEND:20250321T145000Z
SUMMARY:Interview: Content Lead – Stiftung Offene Wirtschaft
DESCRIPTION:Hallo Friederike\,\n\nwir freuen uns auf das Gespräch mit dir!\n\nTeilnehmende: Clara Weißbach (Geschäftsführerin)\, Emre Kaya (Digital)\n\nVideo-Meeting: https://app.teamtailor.com/video-meetings/8f31c2\n\nBis bald\nStiftung Offene Wirtschaft\n\nSent via Teamtailor
LOCATION:Teamtailor Video Meeting
ORGANIZER;CN=Clara Weißbach:mailto:clara.weissbach@offene-wirtschaft.org
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Emre Kaya;PARTSTAT=ACCEPTED:mailto:emre.kaya@offene-wirtschaft.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Stiftung Offene Wirtschaft", "Content Lead", "",
        "clara.weissbach@offene-wirtschaft.org;emre.kaya@offene-wirtschaft.org", "teamtailor-video-du-form",
    ),
    (
        "softgarden-interviewtermin",
        "softgarden-appointment-44718392",
        r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:softgarden-appointment-44718392
DTSTAMP:20250318T092018Z
DTSTART;TZID=Europe/Berlin:20250401T110000
DTEND;TZID=Europe/Berlin:20250401T120000
SUMMARY:Interviewtermin Pressesprecher*in (Vollzeit\, Berlin/Hamburg)
DESCRIPTION:Liebe Frau Janssen\,\n\nvielen Dank für Ihre Bewerbung bei der Deutschen Umwelt-Allianz e.V. Hiermit bestätigen wir Ihren Interviewtermin mit unserer Bereichsleiterin Kommunikation\, Jasmin Oberländer\, und unserem politischen Geschäftsführer Dr. Fabian Rehm.\n\nZoom-Link: https://duallianz.zoom.us/j/81234098812\n\nFreundliche Grüße\nIhr Team Personal\n\n-- \nDiese Nachricht wurde über softgarden versendet.
LOCATION:Zoom
ORGANIZER;CN=Deutsche Umwelt-Allianz e.V.:mailto:noreply@softgarden.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Deutsche Umwelt-Allianz", "Pressesprecher*in", "hiring_manager",
        "Jasmin Oberländer;Dr. Fabian Rehm", "softgarden-interviewtermin-journalist-word", "nofold",
    ),
    (
        "icims-confirmation",
        "icims-4471923-vellinger-2025",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-4471923-vellinger-2025
DTSTAMP:20250219T150012Z
DTSTART:20250225T100000Z
DTEND:20250225T103000Z
SUMMARY:Interview Confirmation - Communications Manager Germany (Req #2025-3318)
DESCRIPTION:Dear Friederike\,\n\nThis confirms your phone interview with Rebecca Hale\, Talent Acquisition Partner EMEA\, for the Communications Manager Germany position at Vellinger Pharma. Rebecca will call you at +49 170 4482913.\n\nPlease note the time is shown in your local time zone.\n\nVellinger Pharma Talent Acquisition
LOCATION:Phone
ORGANIZER;CN=Vellinger Pharma Careers:mailto:careers-noreply@vellinger-pharma.com
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Rebecca Hale;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rebecca.hale@vellinger-pharma.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Vellinger Pharma", "Communications Manager Germany", "recruiter_screen",
        "rebecca.hale@vellinger-pharma.com", "icims-phone-screen-english",
    ),
    (
        "goodtime-onsite",
        "goodtime-7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:goodtime-7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8
DTSTAMP:20250401T103000Z
DTSTART;TZID=Europe/Berlin:20250409T100000
DTEND;TZID=Europe/Berlin:20250409T130000
SUMMARY:Meridian Partners | Friederike Janssen | Final Interviews
DESCRIPTION:Dear Friederike\,\n\nPlease find your interview itinerary below (Hamburg office\, Neuer Wall 80).\n\n10:00 - 10:45  Caroline Brückner\, Partner\n10:45 - 11:30  Jonathan Avery\, Global Head of Marketing (via Zoom from London)\n11:30 - 12:15  Lena Hofstetter\, Managing Director\n12:15 - 13:00  Lunch with the DACH marketing team\n\nYour recruiting coordinator: Mia Schulte\n\nScheduled with GoodTime
LOCATION:Meridian Partners\, Neuer Wall 80\, 20354 Hamburg
ORGANIZER;CN=Mia Schulte:mailto:mia.schulte@meridianpartners.com
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Caroline Brückner;PARTSTAT=ACCEPTED:mailto:caroline.brueckner@meridianpartners.com
ATTENDEE;CN=Jonathan Avery;PARTSTAT=ACCEPTED:mailto:jonathan.avery@meridianpartners.com
ATTENDEE;CN=Lena Hofstetter;PARTSTAT=ACCEPTED:mailto:lena.hofstetter@meridianpartners.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Meridian Partners", "", "final",
        "caroline.brueckner@meridianpartners.com;jonathan.avery@meridianpartners.com;lena.hofstetter@meridianpartners.com",
        "goodtime-itinerary-coordinator-organizer",
    ),
    (
        "modernloop-hm",
        "ml-evt-93b0c2d4e6f8a1b3",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-93b0c2d4e6f8a1b3
DTSTAMP:20250404T160101Z
DTSTART:20250410T123000Z
DTEND:20250410T131500Z
SUMMARY:Quantel | Hiring Manager Interview - Content Lead (DACH)
DESCRIPTION:Candidate: Friederike Janssen\nRole: Content Lead (DACH)\nInterviewer: Sandra Wulf\, VP Marketing EMEA\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QnTl0p\n\nScheduled via ModernLoop
LOCATION:Microsoft Teams
ORGANIZER;CN=Quantel Recruiting:mailto:recruiting@quantel-systems.com
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Sandra Wulf;PARTSTAT=ACCEPTED:mailto:sandra.wulf@quantel-systems.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Quantel Systems", "Content Lead (DACH)", "hiring_manager",
        "sandra.wulf@quantel-systems.com", "modernloop-candidate-line-in-body",
    ),
    (
        "join-interview",
        "join-com-interview-1188403",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-com-interview-1188403
DTSTAMP:20250320T113040Z
DTSTART:20250326T150000Z
DTEND:20250326T154500Z
SUMMARY:Interview: Pressesprecher (m/w/d) bei Nordluft Regional
DESCRIPTION:Hallo Friederike Janssen\,\n\nNordluft Regional hat Sie zu einem Interview eingeladen.\n\nMit: Kai-Uwe Steffens\nVideo-Link: https://meet.google.com/bza-eqrw-tuo\n\nSie haben Fragen? Antworten Sie direkt auf diese E-Mail.\n\nJOIN – Kostenlos Stellenanzeigen schalten
LOCATION:https://meet.google.com/bza-eqrw-tuo
ORGANIZER;CN=Nordluft Regional via JOIN:mailto:notifications@join.com
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Kai-Uwe Steffens;PARTSTAT=ACCEPTED:mailto:k.steffens@nordluft.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Nordluft Regional", "Pressesprecher (m/w/d)", "",
        "k.steffens@nordluft.de", "join-via-notifications-organizer",
    ),
    (
        "outlook-nachfolge",
        "040000008200E00074C5B7101A82E008000000003E4F5A6B7C9EDB01000000000000000010000000112233445566778899AABBCCDDEEFF00",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dr. Steenbock, Harm":mailto:steenbock@vne-nord.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harms, Dörte":mailto:harms@vne-nord.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Janssen\,\n\nvielen Dank für Ihre Unterlagen. Gern würden Frau Harms (Präsidium) und ich uns mit Ihnen über die Nachfolge von Herrn Borchers in der Leitung Kommunikation unterhalten\, der Ende Juni in den Ruhestand geht. Wir haben das Gespräch bewusst vertraulich gehalten – bitte nicht über den Verteiler antworten.\n\nHerzlich\nHarm Steenbock\nHauptgeschäftsführer\n
UID:040000008200E00074C5B7101A82E008000000003E4F5A6B7C9EDB01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=de-DE:Gespräch Nachfolge Kommunikation (vertraulich)
DTSTART;TZID=W. Europe Standard Time:20250402T170000
DTEND;TZID=W. Europe Standard Time:20250402T181500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250325T181112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:VNE Geschäftsstelle\, Raboisen 32\, Hamburg
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Verband der Norddeutschen Ernährungswirtschaft", "Leitung Kommunikation", "hiring_manager",
        "steenbock@vne-nord.de;harms@vne-nord.de", "nachfolge-euphemism-no-interview-word",
    ),
    (
        "london-teams",
        "040000008200E00074C5B7101A82E00800000000C0FFEE11223344DB01000000000000000010000000E1D2C3B4A5F60718293A4B5C6D7E8F90",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Pritchard, Olivia":mailto:olivia.pritchard@harwellfinch.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nash, Daniel":mailto:daniel.nash@harwellfinch.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Friederike\,\n\nAs promised\, here is the invite for your conversation with Daniel (Editorial Director) and me about the Head of Content\, Germany role. We'll talk about your editorial background and how you'd build the German-language research content programme.\n\nBest wishes\,\nOlivia Pritchard\nTalent Lead\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWRjNmE1>\nMeeting ID: 392 018 554 610\nPasscode: 7Hq2Lp\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11223344DB01000000000000000010000000E1D2C3B4A5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:Friederike Janssen / Harwell & Finch - Head of Content\, Germany
DTSTART;TZID=GMT Standard Time:20250410T100000
DTEND;TZID=GMT Standard Time:20250410T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T131045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Harwell & Finch", "Head of Content, Germany", "hiring_manager",
        "daniel.nash@harwellfinch.co.uk;olivia.pritchard@harwellfinch.co.uk", "london-gmt-windows-zone-teams",
    ),
    (
        "headhunter-mandat",
        "lindqvist-8e2f1a9b-0c3d-4e5f@lindqvist-search.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250227T164021Z
DESCRIPTION:Liebe Frau Janssen\,\n\nvielen Dank für das angenehme Vorgespräch. Wie angekündigt möchte ich Ihnen im nächsten Schritt das Mandat unserer Mandantin\, der Thalberg Holding SE (Familienholding\, Hamburg)\, ausführlich vorstellen und mit Ihnen Ihre Eignung für die Position Head of Corporate Communications durchgehen. Bitte behandeln Sie den Namen der Mandantin vertraulich.\n\nIch rufe Sie an.\n\nBeste Grüße\nDr. Nils Lindqvist\nPartner\, Lindqvist Executive Search\n
DTEND;TZID="W. Europe Standard Time":20250305T183000
DTSTAMP:20250227T164021Z
DTSTART;TZID="W. Europe Standard Time":20250305T174500
LAST-MODIFIED:20250227T164021Z
LOCATION:Telefon
ORGANIZER;CN="Nils Lindqvist":mailto:n.lindqvist@lindqvist-search.com
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefonat Lindqvist / Janssen
TRANSP:OPAQUE
UID:lindqvist-8e2f1a9b-0c3d-4e5f@lindqvist-search.com
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        1, "Thalberg Holding SE", "Head of Corporate Communications", "recruiter_screen",
        "n.lindqvist@lindqvist-search.com", "headhunter-client-named-only-in-body",
    ),
]
