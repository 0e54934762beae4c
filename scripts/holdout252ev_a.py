# ruff: noqa: E501, W291, W293, RUF100
"""holdout252 events, part a: the user's own interviews for master's posts at shipping companies."""

from holdout252ev_zones import (
    VTZ_BERLIN,
    VTZ_GTB,
    VTZ_LONDON,
    VTZ_MANILA,
    VTZ_OSLO,
    VTZ_ROMANCE,
    VTZ_UTC1_DE,
    VTZ_W_EUROPE,
)

EVENTS = [
    dict(
        kind="personio-phone-screen",
        uid="personio-interview-7d41c2a0-3b8e-4f5e-9c11-0a6b2f3e9d01",
        is_interview=1,
        company="Nordstern Bulk Carriers",
        role="Kapitän (m/w/d) Supramax",
        stage="recruiter_screen",
        interviewers="s.kroeger@nordstern-bulk.de",
        trap="personio-telefoninterview-german",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
{VTZ_BERLIN}
BEGIN:VEVENT
UID:personio-interview-7d41c2a0-3b8e-4f5e-9c11-0a6b2f3e9d01
DTSTAMP:20260108T141502Z
DTSTART;TZID=Europe/Berlin:20260114T160000
DTEND;TZID=Europe/Berlin:20260114T163000
SUMMARY:Telefoninterview: Kapitän (m/w/d) Supramax – Jan-Hendrik Ohlsen
DESCRIPTION:Sehr geehrter Herr Ohlsen\,\n\nvielen Dank für Ihre Bewerbung a
 ls Kapitän (m/w/d) Supramax bei der Nordstern Bulk Carriers GmbH & Co. KG.
  Wie besprochen ruft Sie Frau Svenja Kröger (Personal / Crewing) zum verei
 nbarten Zeitpunkt unter +49 160 5550 1873 an. Das Gespräch dauert ca. 30 
 Minuten.\n\nBitte halten Sie Ihre Seefahrtsbücher und das Befähigungszeug
 nis (STCW II/2) bereit.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team No
 rdstern\n\nDiese Einladung wurde über Personio versendet.
LOCATION:Telefon (Sie werden angerufen)
ORGANIZER;CN=Svenja Kröger:mailto:s.kroeger@nordstern-bulk.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Svenja Kröger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.kroeger@nordstern-bulk.de
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-inspektion",
        uid="040000008200E00074C5B7101A82E00800000000D0F5A1C2E384DC0100000000000000001000000083C6D0B1E9F24A4DA1B37C6C5E0A77F1",
        is_interview=1,
        company="Nordstern Bulk Carriers",
        role="Kapitän Supramax",
        stage="hiring_manager",
        interviewers="h.brandt@nordstern-bulk.de;o.tiedemann@nordstern-bulk.de",
        trap="vorstellung-bei-der-inspektion-room-resource",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Heiko":mailto:h.brandt@nordstern-bulk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tiedemann, Olaf":mailto:o.tiedemann@nordstern-bulk.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HH-Besprechung Kompass (6)":mailto:raum.kompass@nordstern-bulk.de
DESCRIPTION;LANGUAGE=de-DE:Moin Herr Ohlsen\,\n\nwie telefonisch mit Frau K
 röger vereinbart\, laden wir Sie zur Vorstellung bei der Inspektion ein. A
 nwesend sind Kapt. Heiko Brandt (Nautischer Inspektor) und Olaf Tiedemann 
 (Fleet Manager). Wir sprechen über Ihre Fahrzeiten\, Ladungserfahrung (Get
 reide/Erz)\, PSC-Historie und die Ablösung im April.\n\nAnfahrt: Kehrwiede
 r 14\, 20457 Hamburg\, 3. OG. Bitte am Empfang melden.\n\nGruß\nHeiko Bran
 dt\n
UID:040000008200E00074C5B7101A82E00800000000D0F5A1C2E384DC0100000000000000001000000083C6D0B1E9F24A4DA1B37C6C5E0A77F1
SUMMARY;LANGUAGE=de-DE:Vorstellung bei der Inspektion – Hr. Ohlsen (Kapitän Supramax)
DTSTART;TZID=W. Europe Standard Time:20260122T100000
DTEND;TZID=W. Europe Standard Time:20260122T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T093312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HH-Besprechung Kompass (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1187352211
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-final",
        uid="040000008200E00074C5B7101A82E00800000000A17C33F0A98DDC0100000000000000001000000012AB99C0E4D3F845B07F9E21C4D6B2A0",
        is_interview=1,
        company="Nordstern Bulk Carriers",
        role="Kapitän Supramax",
        stage="final",
        interviewers="c.nordmann@nordstern-bulk.de",
        trap="sent-by-assistant-owner-final",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Nordmann, Christian";SENT-BY="mailto:assistenz.gf@nordstern-bulk.de":mailto:c.nordmann@nordstern-bulk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, Heiko":mailto:h.brandt@nordstern-bulk.de
DESCRIPTION;LANGUAGE=de-DE:Im Auftrag von Herrn Nordmann:\n\nAbschlussgesp
 räch zur Besetzung Kapitän MV Nordstern Vega. Herr Nordmann (geschäftsfüh
 render Gesellschafter) möchte Sie persönlich kennenlernen. Kapt. Brandt n
 immt optional teil.\n\nViele Grüße\nPetra Lüders\nAssistenz der Geschäfts
 führung\n
UID:040000008200E00074C5B7101A82E00800000000A17C33F0A98DDC0100000000000000001000000012AB99C0E4D3F845B07F9E21C4D6B2A0
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Hr. Nordmann / Hr. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260205T143000
DTEND;TZID=W. Europe Standard Time:20260205T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T081045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro GF\, Kehrwieder 14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-teams-screen",
        uid="WD-INT-0f8a7c21e5b94d3b8d55a7a1c0e3f6b2@hanseatictanker.myworkday.com",
        is_interview=1,
        company="Hanseatic Tanker Management",
        role="Master (m/f/d) Product Tanker",
        stage="recruiter_screen",
        interviewers="m.soerensen@hanseatic-tanker.com",
        trap="workday-requisition-id-teams",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_UTC1_DE}
BEGIN:VEVENT
UID:WD-INT-0f8a7c21e5b94d3b8d55a7a1c0e3f6b2@hanseatictanker.myworkday.com
DTSTAMP:20260112T101010Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260119T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260119T094500
SUMMARY:Interview Scheduled: Master (m/f/d) Product Tanker - JR-10472 - Jan-Hendrik Ohlsen
ORGANIZER;CN=Hanseatic Tanker Recruiting:mailto:hanseatictanker@myworkday.com
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Meike Sörensen;ROLE=REQ-PARTICIPANT:mailto:m.soerensen@hanseatic-tanker.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Jan-Hendrik\,\n\nThank you for your interest in the posit
 ion Master (m/f/d) Product Tanker (JR-10472). Your first interview with Me
 ike Sörensen\, Talent Acquisition Partner Marine\, has been scheduled.\n\n
 Interview type: Screening\nDuration: 45 minutes\n\n______________________
 __________________________________________________________\nMicrosoft Team
 s meeting\nJoin on your computer\, mobile app or room device\nClick here t
 o join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _NzQ1ZjE3ZDItYjM2Yy00ODQ2@thread.v2/0>\nMeeting ID: 348 912 665 017\nPass
 code: gF3rT9\n________________________________________________________________
 ________________\n\nPlease do not reply to this e-mail. This message was 
 sent from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="simulator-assessment",
        uid="b7e2f1c4-2d0a-4a55-8e0b-htm-sim-20260129@hanseatic-tanker.com",
        is_interview=1,
        company="Hanseatic Tanker Management",
        role="Master Product Tanker",
        stage="technical",
        interviewers="r.jessen@hanseatic-tanker.com;d.aksoy@msz-harburg.de",
        trap="full-mission-bridge-simulator-assessment-third-party-venue",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Jessen, Ralf":mailto:r.jessen@hanseatic-tanker.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aksoy, Deniz (MSZ)":mailto:d.aksoy@msz-harburg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="MSZ Full Mission Bridge 1":mailto:fmb1@msz-harburg.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Sörensen, Meike":mailto:m.soerensen@hanseatic-tanker.com
DESCRIPTION;LANGUAGE=en-US:Dear Capt. Ohlsen\,\n\nAs the second step of ou
 r selection process for Master Product Tanker we invite you to a simulator
  assessment at Maritimes Simulationszentrum Harburg (Full Mission Bridge 1)
 .\n\nScenario: STS approach and berthing at a restricted terminal\, restri
 cted visibility\, engine failure. Assessors: Capt. Ralf Jessen (Marine Man
 ager HTM) and Capt. Deniz Aksoy (senior instructor MSZ). Debriefing after 
 the run.\n\nMeike Sörensen will send you the travel expense form separatel
 y.\n\nBest regards\nRalf Jessen
UID:b7e2f1c4-2d0a-4a55-8e0b-htm-sim-20260129@hanseatic-tanker.com
SUMMARY;LANGUAGE=en-US:Simulator assessment - Capt. J.-H. Ohlsen (Master Product Tanker)
DTSTART;TZID=W. Europe Standard Time:20260129T083000
DTEND;TZID=W. Europe Standard Time:20260129T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T160233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MSZ Harburg\, Schlachthofstraße 7\, 21079 Hamburg
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled-final",
        uid="040000008200E00074C5B7101A82E00800000000B6E2C5119B93DC01000000000000000010000000F39E2A7704B1C448A7D1E2B6C93F0D11",
        is_interview=1,
        company="Hanseatic Tanker Management",
        role="Master Product Tanker",
        stage="final",
        interviewers="t.wiegand@hanseatic-tanker.com;k.holm@hanseatic-tanker.com",
        trap="rescheduled-final-higher-sequence",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Wiegand, Thomas":mailto:t.wiegand@hanseatic-tanker.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Holm, Kirsten":mailto:k.holm@hanseatic-tanker.com
DESCRIPTION;LANGUAGE=en-US:*** NEW DATE *** Due to the vetting inspection 
 on MT Hanse Spirit the final interview has to be moved from 10 Feb to 17 F
 eb. Apologies!\n\nFinal interview Master Product Tanker with Thomas Wiegan
 d (Managing Director) and Kirsten Holm (DPA/CSO).\n\nDirections: Große Els
 tstraße 3\, 22767 Hamburg.
UID:040000008200E00074C5B7101A82E00800000000B6E2C5119B93DC01000000000000000010000000F39E2A7704B1C448A7D1E2B6C93F0D11
SUMMARY;LANGUAGE=en-US:Final interview Capt. Ohlsen - Master Product Tanker (moved)
DTSTART;TZID=W. Europe Standard Time:20260217T110000
DTEND;TZID=W. Europe Standard Time:20260217T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260206T124455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:HTM Office\, Große Elbstraße 3\, Board Room
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-freemail-owner",
        uid="3vq0m8u2hf1l5k7a9c4d0b6e2t@google.com",
        is_interview=1,
        company="Reederei Jacobsen",
        role="Kapitän MS Brunsholm",
        stage="hiring_manager",
        interviewers="knut.jacobsen.brb@gmail.com",
        trap="owner-gmail-kennenlernen-no-interview-word",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260127T150000Z
DTEND:20260127T163000Z
DTSTAMP:20260120T183002Z
ORGANIZER;CN=Knut Jacobsen:mailto:knut.jacobsen.brb@gmail.com
UID:3vq0m8u2hf1l5k7a9c4d0b6e2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Knut Jacobsen;X-NUM-GUESTS=0:mailto:knut.jacobsen.brb@gmail.com
CREATED:20260120T183001Z
DESCRIPTION:Moin Jan-Hendrik\,\nwie am Telefon gesagt: komm gern vorbei\, 
 dann schnacken wir über die Stelle als Kapitän auf der Brunsholm (Ablösung
  für Kapt. Thießen\, der im Sommer in Rente geht). Kaffee steht bereit.\nG
 ruß Knut\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-\nBitte bearbeite diesen Abschnitt der Beschr
 eibung nicht.\n\nInvitation from Google Calendar: https://calendar.google.
 com/calendar/\n\nYou are receiving this email because you are an attendee
  on the event. To stop receiving future updates for this event\, decline 
 this event.\n\nForwarding this invitation could allow any recipient to se
 nd a response to the organizer\, be added to the guest list\, invite other
 s regardless of their own invitation status\, or modify your RSVP.\n\nLearn
  more https://support.google.com/calendar/answer/37135#forwarding\n\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-
LAST-MODIFIED:20260120T183002Z
LOCATION:Reederei Jacobsen\, Kanalstraße 22\, 25541 Brunsbüttel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen / Brunsholm
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-handtyped",
        uid="8c1f0a47-5e3d-4b9a-a2d6-71c0f4e8b3a9",
        is_interview=1,
        company="Emsland Shipping",
        role="",
        stage="hiring_manager",
        interviewers="Kapt. Wübbena",
        trap="terse-abbreviated-inspektion-floating",
        hiring=False,
        eol="\n",
        ics="""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260125T201144Z
LAST-MODIFIED:20260125T201311Z
DTSTAMP:20260125T201311Z
UID:8c1f0a47-5e3d-4b9a-a2d6-71c0f4e8b3a9
SUMMARY:Vorst. b. d. Inspektion Emsland Shipping Leer (Kapt. Wübbena)
DTSTART:20260203T110000
DTEND:20260203T123000
LOCATION:Leer\\, Hafenstr. - Zug 7:54 ab Hbf\\, umst. Bremen
DESCRIPTION:Zeugnisse\\, Seefahrtsbuch\\, PSC-Liste letzte 3 J. mitnehmen
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite-german",
        uid="040000008200E00074C5B7101A82E008000000002A4E7F95D18EDC010000000000000000100000004C1AF0E2B7D9E344B2A6C91D5F8E0723",
        is_interview=1,
        company="Reederei Hasetal",
        role="Kapitän (m/w/d) MPP-Flotte",
        stage="recruiter_screen",
        interviewers="a.schulte-bockholt@reederei-hasetal.de",
        trap="crewing-manager-erstgespraech-teams",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Schulte-Bockholt, Anke":mailto:a.schulte-bockholt@reederei-hasetal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Ohlsen\,\n\nanbei der Link für unser
  Erstgespräch zur ausgeschriebenen Position Kapitän (m/w/d) MPP-Flotte.\n\n
 Viele Grüße aus Haren\nAnke Schulte-Bockholt\nCrewing Manager\n\n_________
 _______________________________________________________________________\nM
 icrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile A
 pp oder Ihr Raumgerät bei.\nKlicken Sie hier\, um an der Besprechung teilz
 unehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE5MWQ4Y
 zAtNjk0Mi00@thread.v2/0>\nBesprechungs-ID: 375 128 904 336\nKennung: 8hQ2sV
 \nTeams herunterladen <https://www.microsoft.com/microsoft-teams/download-a
 pp> | Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-m
 eeting>\nWeitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprech
 ungsoptionen\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E008000000002A4E7F95D18EDC010000000000000000100000004C1AF0E2B7D9E344B2A6C91D5F8E0723
SUMMARY;LANGUAGE=de-DE:Erstgespräch Kapitän MPP / Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260116T130000
DTEND;TZID=W. Europe Standard Time:20260116T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260113T110402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE5MWQ4YzAtNjk0Mi00@thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:True
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="crewing-agency-zoom",
        uid="kcs-2026-0211-ohlsen-master@kyrenia-crew.com.cy",
        is_interview=1,
        company="Aegean Crest Shipmanagement",
        role="Master",
        stage="recruiter_screen",
        interviewers="a.georgiou@kyrenia-crew.com.cy",
        trap="limassol-crewing-agency-names-principal-video-from-ship",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_GTB}
BEGIN:VEVENT
ORGANIZER;CN="Georgiou, Andreas":mailto:a.georgiou@kyrenia-crew.com.cy
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Capt. Jan-Hendrik Ohlsen":mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=en-US:Dear Capt. Ohlsen\,\n\nfurther to your applica
 tion via our website we would like to hold a first video interview for th
 e position of Master (container/MPP 1\,700-2\,500 TEU) for our principal A
 egean Crest Shipmanagement Ltd\, Limassol.\n\nWe understand you are curre
 ntly on board - please join from the ship's crew Wi-Fi if bandwidth allow
 s\, otherwise we can switch to WhatsApp call: +357 25 550 418.\n\nPlease 
 have ready: CoC\, GMDSS\, flag endorsements\, medical\, last 3 sea-service
  letters.\n\nJoin Zoom Meeting\nhttps://zoom.us/j/83455120947?pwd=Q2tHbXN
 5dFZ0\nMeeting ID: 834 5512 0947\nPasscode: 661203\n\nKind regards\nAndrea
 s Georgiou\nCrewing Officer\, Kyrenia Crew Services Ltd
UID:kcs-2026-0211-ohlsen-master@kyrenia-crew.com.cy
SUMMARY;LANGUAGE=en-US:Video interview Capt. Ohlsen - Master for Aegean Crest
DTSTART;TZID=GTB Standard Time:20260211T150000
DTEND;TZID=GTB Standard Time:20260211T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260204T072203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-technical-principal",
        uid="040000008200E00074C5B7101A82E0080000000094C1B2E07A9CDC010000000000000000100000007E5DA1C3F86B0B4C9D2E41A0B7C3E5F9",
        is_interview=1,
        company="Aegean Crest Shipmanagement",
        role="Master",
        stage="technical",
        interviewers="n.papadakis@aegeancrest-ship.com;e.christodoulou@aegeancrest-ship.com",
        trap="technical-interview-ism-psc-cyprus-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_GTB}
BEGIN:VEVENT
ORGANIZER;CN="Papadakis, Nikos (Capt.)":mailto:n.papadakis@aegeancrest-ship.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Christodoulou, Elena":mailto:e.christodoulou@aegeancrest-ship.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Georgiou, Andreas":mailto:a.georgiou@kyrenia-crew.com.cy
DESCRIPTION;LANGUAGE=en-US:Technical interview - Master\n\nInterviewers: C
 apt. Nikos Papadakis (Marine Superintendent) and Elena Christodoulou (DPA)
 .\nTopics: ISM/SMS\, PSC deficiencies and detentions\, cargo securing\, na
 vigation in the Kiel Canal and Elbe\, crew management.\nAndreas (Kyrenia C
 rew) joins as observer from the agency side.\n\n__________________________
 ______________________________________________________\nMicrosoft Teams me
 eting\nJoin on your computer\, mobile app or room device\nClick here to jo
 in the meeting\nMeeting ID: 391 004 872 551\nPasscode: b9TqW4\n___________
 _____________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000094C1B2E07A9CDC010000000000000000100000007E5DA1C3F86B0B4C9D2E41A0B7C3E5F9
SUMMARY;LANGUAGE=en-US:Technical Interview - Master - Capt. J-H Ohlsen
DTSTART;TZID=GTB Standard Time:20260224T110000
DTEND;TZID=GTB Standard Time:20260224T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T091511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="manila-agency-zoom",
        uid="LSC-PRIN-KSM-000873-20260305@luzonseafarers.com.ph",
        is_interview=1,
        company="Kestrel Ship Management",
        role="Master",
        stage="hiring_manager",
        interviewers="wj.lim@kestrel-shipmgmt.com.sg;capt.delacruz@luzonseafarers.com.ph",
        trap="manila-manning-agency-principal-interview-asia-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MANILA}
BEGIN:VEVENT
DTSTART;TZID=Asia/Manila:20260305T170000
DTEND;TZID=Asia/Manila:20260305T180000
DTSTAMP:20260226T033010Z
ORGANIZER;CN=Luzon Seafarers Crewing - Principal Interviews:mailto:interviews@luzonseafarers.com.ph
UID:LSC-PRIN-KSM-000873-20260305@luzonseafarers.com.ph
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lim Wei Jie;X-NUM-GUESTS=0:mailto:wj.lim@kestrel-shipmgmt.com.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Capt. Rodel Dela Cruz;X-NUM-GUESTS=0:mailto:capt.delacruz@luzonseafare
 rs.com.ph
DESCRIPTION:Good day Capt. Ohlsen\,\n\nWe are pleased to confirm your inter
 view with our principal KESTREL SHIP MANAGEMENT PTE LTD (Singapore) for th
 e position of MASTER - 2\,800 TEU feeder\, joining Q2.\n\nPanel: Mr. Lim W
 ei Jie (Fleet Personnel Manager\, Kestrel) and Capt. Rodel Dela Cruz (Mar
 ine Evaluator\, LSC).\nTime shown is Manila time (UTC+8). Join via Zoom: ht
 tps://zoom.us/j/91277340215\n\nKindly prepare your documents (passport\, s
 eaman's book\, COC\, COP\, flag state endorsement\, Yellow Fever).\n\nThank
  you and God bless.\nLSC Principal Relations Desk\n\nInvitation from Googl
 e Calendar: https://calendar.google.com/calendar/\n\nYou are receiving thi
 s email because you are an attendee on the event.
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PRINCIPAL INTERVIEW - MASTER - KESTREL SM - OHLSEN J.H.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-assessment-center",
        uid="softgarden-appt-55120938-ac-ropax@travemuender-faehrlinien.softgarden.io",
        is_interview=1,
        company="Travemünder Fährlinien",
        role="Kapitän RoPax (m/w/d)",
        stage="onsite",
        interviewers="Franziska Holtz;Malte Ahrens",
        trap="assessment-center-brm-all-morning",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Interview Scheduler//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:softgarden-appt-55120938-ac-ropax@travemuender-faehrlinien.softgarden.io
DTSTAMP:20260130T120000Z
DTSTART;TZID=Europe/Berlin:20260213T083000
DTEND;TZID=Europe/Berlin:20260213T160000
SUMMARY:Einladung Assessment-Center – Kapitän RoPax (m/w/d)
LOCATION:Skandinavienkai\, Terminalgebäude 2\, 23570 Lübeck-Travemünde
DESCRIPTION:Guten Tag Herr Ohlsen\,\n\nwir freuen uns\, Sie zu unserem Ass
 essment-Center für die Position Kapitän RoPax (m/w/d) einzuladen.\n\nAbla
 uf:\n08:30 Begrüßung\n09:00 Fallstudie Bridge Resource Management / Notfa
 llmanagement (Feuer Fahrzeugdeck)\n11:00 Gruppenübung\n13:00 Interview mit
  Dr. Franziska Holtz (Leitung Personal) und Kapt. Malte Ahrens (Nautische
 r Direktor)\n15:00 Rundgang an Bord\n\nBitte bringen Sie einen gültigen Ausw
 eis mit. Parkplätze am Terminal.\n\nIhr Recruiting-Team Travemünder Fährl
 inien
ORGANIZER;CN=Recruiting TFL:mailto:jobs@travemuender-faehrlinien.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-handtyped",
        uid="A1F3C0B2-77D4-4E89-9A51-2C6B8E0D4F13",
        is_interview=1,
        company="Nordfriesische Inselfähren",
        role="",
        stage="hiring_manager",
        interviewers="Hr. Petersen",
        trap="terse-ios-acronym-nif",
        hiring=False,
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260130T171210Z
DTEND;TZID=Europe/Berlin:20260206T120000
DTSTAMP:20260130T171244Z
DTSTART;TZID=Europe/Berlin:20260206T110000
LAST-MODIFIED:20260130T171244Z
LOCATION:Dagebüll Mole
SEQUENCE:0
SUMMARY:NIF Gespräch Hr. Petersen Nautik-Chef
TRANSP:OPAQUE
UID:A1F3C0B2-77D4-4E89-9A51-2C6B8E0D4F13
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0B2C7D40-1E9A-4F5B-8C3D-91A2E6F0B7C4
X-WR-ALARMUID:0B2C7D40-1E9A-4F5B-8C3D-91A2E6F0B7C4
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-probefahrt",
        uid="040000008200E00074C5B7101A82E0080000000018D7A3F22E9FDC01000000000000000010000000C0A1B2D3E4F5061728394A5B6C7D8E9F",
        is_interview=1,
        company="Nordfriesische Inselfähren",
        role="Kapitän Fährschiff",
        stage="onsite",
        interviewers="b.lorenzen@nf-inselfaehren.de",
        trap="probefahrt-trial-trip-ferry",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Petersen, Hauke":mailto:h.petersen@nf-inselfaehren.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lorenzen, Broder":mailto:b.lorenzen@nf-inselfaehren.de
DESCRIPTION;LANGUAGE=de-DE:Moin Herr Ohlsen\,\n\nwie besprochen: Mitfahrt 
 als Teil des Auswahlverfahrens Kapitän Fährschiff. Sie fahren einen Umlauf
  Dagebüll – Wyk – Amrum mit Kapt. Broder Lorenzen auf der Brücke und überne
 hmen unter Aufsicht das An- und Ablegen in Wittdün. Kapt. Lorenzen gibt un
 s danach seine Einschätzung.\n\nBitte Sicherheitsschuhe mitbringen.\n\nGru
 ß\nHauke Petersen\n
UID:040000008200E00074C5B7101A82E0080000000018D7A3F22E9FDC01000000000000000010000000C0A1B2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=de-DE:Probefahrt Hr. Ohlsen (Umlauf Dagebüll-Wyk-Amrum)
DTSTART;TZID=W. Europe Standard Time:20260219T071500
DTEND;TZID=W. Europe Standard Time:20260219T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T142200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fähranleger Dagebüll Mole\, MS Uthlande
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-trial-shift",
        uid="5E0D9A21-3C8B-4F6E-B1A7-0D2C4E6F8A90",
        is_interview=1,
        company="Elbe Schlepp- und Bergung",
        role="Schlepperkapitän",
        stage="onsite",
        interviewers="Kapt. Dierks",
        trap="probeschicht-tug-handtyped-floating",
        hiring=False,
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260302T090301Z
UID:5E0D9A21-3C8B-4F6E-B1A7-0D2C4E6F8A90
DTEND:20260310T180000
SUMMARY:Probeschicht Schlepper Elbe Bull - ESB (Schlepperkapitän)
LAST-MODIFIED:20260302T090412Z
DTSTAMP:20260302T090412Z
DTSTART:20260310T060000
LOCATION:Liegeplatz Neumühlen\\, Hamburg
DESCRIPTION:Kapt. Dierks fährt mit\\, danach Gespräch mit ihm + Disponentin
 . Ölzeug + Helm mitbringen!
SEQUENCE:1
BEGIN:VALARM
X-WR-ALARMUID:3E0F2A1B-9C4D-4A7E-8B6F-1D2C3E4F5A6B
UID:3E0F2A1B-9C4D-4A7E-8B6F-1D2C3E4F5A6B
TRIGGER:-PT12H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-phone-screen",
        uid="lever-interview-3c2e9a7f-1b44-4d0e-8a63-7f1e2d9c0b55",
        is_interview=1,
        company="Nordlys Expedition Cruises",
        role="Staff Captain",
        stage="recruiter_screen",
        interviewers="ingrid.haugen@nordlys-expeditions.no",
        trap="lever-phone-screen-oslo-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_OSLO}
BEGIN:VEVENT
UID:lever-interview-3c2e9a7f-1b44-4d0e-8a63-7f1e2d9c0b55
DTSTAMP:20260202T081500Z
DTSTART;TZID=Europe/Oslo:20260209T140000
DTEND;TZID=Europe/Oslo:20260209T143000
SUMMARY:Jan-Hendrik Ohlsen <> Nordlys Expedition Cruises - Phone Screen (Staff Captain)
DESCRIPTION:Hi Jan-Hendrik\,\n\nYou're confirmed for a 30 minute phone sc
 reen with Ingrid Haugen (Talent Partner\, Marine) for the Staff Captain ro
 le on our polar expedition fleet.\n\nIngrid will call you at +49 171 555 0
 392.\n\nNeed to reschedule? Use this link: https://hire.lever.co/interview
 s/reschedule/3c2e9a7f\n\nPowered by Lever
LOCATION:Phone call
ORGANIZER;CN=Ingrid Haugen:mailto:ingrid.haugen@nordlys-expeditions.no
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Ingrid Haugen:mailto:ingrid.haugen@nordlys-expeditions.no
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-panel-final",
        uid="lever-interview-9a81d0e4-6c2b-4e7a-b5f3-22c0d9e8a1f7",
        is_interview=1,
        company="Nordlys Expedition Cruises",
        role="Staff Captain",
        stage="final",
        interviewers="erlend.solberg@nordlys-expeditions.no;marte.lie@nordlys-expeditions.no",
        trap="final-panel-polar-code-meet",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_OSLO}
BEGIN:VEVENT
UID:lever-interview-9a81d0e4-6c2b-4e7a-b5f3-22c0d9e8a1f7
DTSTAMP:20260218T130000Z
DTSTART;TZID=Europe/Oslo:20260226T100000
DTEND;TZID=Europe/Oslo:20260226T113000
SUMMARY:Final Panel: Jan-Hendrik Ohlsen - Staff Captain
DESCRIPTION:Hi Jan-Hendrik\,\n\nThank you for your time so far. Your final
  panel is scheduled:\n\n10:00-10:45 Capt. Erlend Solberg (Fleet Captain) -
  ice navigation\, Polar Code\, PWOM\, expedition operations with Zodiacs\n
 10:45-11:30 Marte Lie (VP People & Crew) - leadership and hotel/marine int
 erface\n\nGoogle Meet: https://meet.google.com/kqz-ptwr-nse\n\nPowered by 
 Lever
LOCATION:Google Meet
ORGANIZER;CN=Ingrid Haugen:mailto:ingrid.haugen@nordlys-expeditions.no
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Erlend Solberg:mailto:erlend.solberg@nordlys-expeditions.no
ATTENDEE;CN=Marte Lie:mailto:marte.lie@nordlys-expeditions.no
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entretien-french",
        uid="040000008200E00074C5B7101A82E00800000000F4A2B6C7D99EDC010000000000000000100000005D6E7F8091A2B3C4D5E6F708192A3B4C",
        is_interview=1,
        company="Compagnie Maritime Armoricaine",
        role="Commandant (H/F) porte-conteneurs feeder",
        stage="hiring_manager",
        interviewers="y.legoff@cm-armoricaine.fr",
        trap="french-entretien-romance-zone-capitaine-armement",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Le Goff, Yann":mailto:y.legoff@cm-armoricaine.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morvan, Gaëlle (RH)":mailto:g.morvan@cm-armoricaine.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Commandant Ohlsen\,\n\nSuite à votre ca
 ndidature\, je vous propose un entretien pour le poste de Commandant (H/F)
  porte-conteneurs feeder (ligne Le Havre – Rotterdam – Hambourg). L'entret
 ien se déroulera en anglais et en français selon votre préférence.\n\nBien
  cordialement\,\nYann Le Goff\nCapitaine d'armement\n\n___________________
 _____________________________________________________________\nRéunion Mic
 rosoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appar
 eil de salle\nCliquez ici pour rejoindre la réunion\nID de réunion : 329 6
 71 004 218\nCode secret : Fq8Zr2\n____________________________________________
 ____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F4A2B6C7D99EDC010000000000000000100000005D6E7F8091A2B3C4D5E6F708192A3B4C
SUMMARY;LANGUAGE=fr-FR:Entretien – Poste de Commandant – M. Ohlsen
DTSTART;TZID=Romance Standard Time:20260304T100000
DTEND;TZID=Romance Standard Time:20260304T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T103020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-ITV-4481-00021937@bluemeridian.successfactors.eu",
        is_interview=1,
        company="Blue Meridian Car Carriers",
        role="Master - PCTC",
        stage="hiring_manager",
        interviewers="anders.brekke@bluemeridian-cc.com",
        trap="successfactors-interview-central-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ITV-4481-00021937@bluemeridian.successfactors.eu
DTSTAMP:20260209T144500Z
DTSTART:20260216T090000Z
DTEND:20260216T100000Z
SUMMARY:Interview Invitation: Master - PCTC (Req 4481)
DESCRIPTION:Dear Jan-Hendrik Ohlsen\,\n\nYou have been invited to an inte
 rview for the position Master - PCTC (Requisition 4481).\n\nInterviewer: 
 Capt. Anders Brekke\, Fleet Manager\nFormat: Microsoft Teams (link to fol
 low)\n\nPlease accept or decline this invitation via the candidate portal
 .\n\nBlue Meridian Car Carriers - Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Blue Meridian Talent Acquisition:mailto:noreply@bluemeridian.successfactors.eu
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Anders Brekke;ROLE=REQ-PARTICIPANT:mailto:anders.brekke@bluemeridian-cc.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-london-final",
        uid="040000008200E00074C5B7101A82E0080000000033A1E4C0B7A3DC01000000000000000010000000AB12CD34EF5601789A0BC1DE2F304152",
        is_interview=1,
        company="Blue Meridian Car Carriers",
        role="Master - PCTC",
        stage="final",
        interviewers="helen.ashworth@bluemeridian-cc.com",
        trap="london-gmt-zone-final-onsite",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_LONDON}
BEGIN:VEVENT
ORGANIZER;CN="Ashworth, Helen":mailto:helen.ashworth@bluemeridian-cc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LDN-7F-Thames (8)":mailto:ldn-7f-thames@bluemeridian-cc.com
DESCRIPTION;LANGUAGE=en-GB:Capt. Ohlsen\,\n\nThank you for a good conversa
 tion with Anders. I would like to meet you in person for the final stage. 
 We will cover your view on car carrier fire safety (EV cargo)\, our SMS and
  expectations for the first contract.\n\nReception: 7th floor\, 40 Leadenh
 all Row\, London EC3.\n\nBest\nHelen Ashworth\nVP Marine Operations
UID:040000008200E00074C5B7101A82E0080000000033A1E4C0B7A3DC01000000000000000010000000AB12CD34EF5601789A0BC1DE2F304152
SUMMARY;LANGUAGE=en-GB:Capt J-H Ohlsen / Helen Ashworth - final stage
DTSTART;TZID=GMT Standard Time:20260310T140000
DTEND;TZID=GMT Standard Time:20260310T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T170201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LDN-7F-Thames (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dvinci-fachgespraech",
        uid="dvinci-termin-2026-0034417@unitas-feeder.dvinci-hr.com",
        is_interview=1,
        company="Unitas Feeder Lines",
        role="Kapitän Feeder (m/w/d)",
        stage="technical",
        interviewers="Bernd Hollmann;Nina Wolter",
        trap="dvinci-fachgespraech-competitor-feeder",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Termin//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:dvinci-termin-2026-0034417@unitas-feeder.dvinci-hr.com
DTSTAMP:20260223T080000Z
DTSTART;TZID=Europe/Berlin:20260302T140000
DTEND;TZID=Europe/Berlin:20260302T153000
SUMMARY:Einladung zum Fachgespräch - Kapitän Feeder (m/w/d) - Kennziffer 2026-117
DESCRIPTION:Sehr geehrter Herr Ohlsen\,\n\nwir laden Sie herzlich zu einem
  Fachgespräch ein. Gesprächspartner: Kapt. Bernd Hollmann (Leiter Nautik)
  und Nina Wolter (HR Business Partner).\nInhalt: Revierfahrt Elbe/Weser\, N
 OK-Passage\, Ladungsplanung mit dem Stauplan\, Umgang mit Charterer-Anfor
 derungen.\n\nBitte bestätigen Sie den Termin über Ihren Bewerberzugang.\n\n
 Mit freundlichen Grüßen\nUnitas Feeder Lines GmbH
LOCATION:Unitas Feeder Lines\, Am Sandtorkai 60\, 20457 Hamburg
ORGANIZER;CN=Unitas Feeder Lines Karriere:mailto:karriere@unitas-feeder.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B0DC01000000000000000010000000E1F20314253647586970A1B2C3D4E5F6",
        is_interview=1,
        company="Elbfeeder Reederei",
        role="Kapitän",
        stage="hiring_manager",
        interviewers="j.matthiesen@elbfeeder-reederei.de",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Matthiesen, Jörg":mailto:j.matthiesen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personal Seefahrt":mailto:personal.see@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Moin Jan-Hendrik\,\n\ndanke für deine interne B
 ewerbung auf die Kapitänsstelle (Nachfolge Kapt. Harms\, MS Elbe Trader). 
 Lass uns in Ruhe über deine Vorstellungen\, die Rotation und die Ausbildun
 g zum Master sprechen\, bevor ich es der GF vorlege.\n\nGruß\nJörg\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B0DC01000000000000000010000000E1F20314253647586970A1B2C3D4E5F6
SUMMARY;LANGUAGE=de-DE:Interne Bewerbung Kapitän – Gespräch J. Matthiesen / J.-H. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260120T150000
DTEND;TZID=W. Europe Standard Time:20260120T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T100112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Flottenmanagement\, 2. OG
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-final",
        uid="040000008200E00074C5B7101A82E008000000007A8B9C0D1E2FDC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801",
        is_interview=1,
        company="Elbfeeder Reederei",
        role="Kapitän MS Elbe Trader",
        stage="final",
        interviewers="k.behrens@elbfeeder-reederei.de;j.matthiesen@elbfeeder-reederei.de",
        trap="internal-besetzung-gf-x-alt-desc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Behrens, Katrin Dr.";SENT-BY="mailto:sekretariat.gf@elbfeeder-reederei.de":mailto:k.behrens@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Matthiesen, Jörg":mailto:j.matthiesen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Abschließendes Gespräch zur internen Besetzung 
 Kapitän MS Elbe Trader mit Frau Dr. Behrens und Herrn Matthiesen.\n
UID:040000008200E00074C5B7101A82E008000000007A8B9C0D1E2FDC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801
SUMMARY;LANGUAGE=de-DE:Besetzung Kapitän Elbe Trader - Abschlussgespräch
DTSTART;TZID=W. Europe Standard Time:20260303T090000
DTEND;TZID=W. Europe Standard Time:20260303T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T131900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GF-Besprechungsraum
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Abschlie&szlig\;endes Gespr&au
 ml\;ch zur internen Besetzung Kapit&auml\;n MS Elbe Trader mit Frau Dr. Be
 hrens und Herrn Matthiesen.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
]
