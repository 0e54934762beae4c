# ruff: noqa: E501
"""holdout150 events: Big Four processes (Deloitte, KPMG, EY, PwC). Hand-written raw iCalendar."""

from holdout150ev_tz import CEST_WIN, WAW

EVENTS = [
    dict(
        kind="outlook-teams-screen",
        uid="040000008200E00074C5B7101A82E00800000000C0F3B6A1D58ADB01000000000000000010000000A91E4C7B2F0D6E4C8D1A5E3F7B9C2D41",
        iv=1, company="Deloitte", role="Manager, Accounting & Reporting Advisory", stage="recruiter_screen",
        who="mzielinska@deloittece.com", trap="big-four-outlook-teams-first-call-polish-english",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Zielińska, Monika":mailto:mzielinska@deloittece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=pl-PL:Dzień dobry Pani Katarzyno,\\n\\ndziękuję za przesłanie CV. Zgodnie z naszą rozmową telefoniczną przesyłam zaproszenie na krótkie spotkanie online (ok. 30 min) dotyczące stanowiska Manager\\, Accounting & Reporting Advisory w naszym biurze w Warszawie. Porozmawiamy o Pani doświadczeniu w R2R\\, oczekiwaniach i kolejnych krokach procesu.\\n\\nPozdrawiam\\nMonika Zielińska\\nTalent Acquisition | Deloitte Central Europe\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk1@thread.v2/0>\\nMeeting ID: 372 118 904 55\\nPasscode: Ud7fQx\\nDownload Teams | Join on the web\\nOr call in (audio only)\\n+48 22 306 41 19\\,\\,620733845#   Poland\\, Warsaw\\nPhone Conference ID: 620 733 845#\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000C0F3B6A1D58ADB01000000000000000010000000A91E4C7B2F0D6E4C8D1A5E3F7B9C2D41
SUMMARY;LANGUAGE=pl-PL:Deloitte | Katarzyna Nowak - rozmowa wstępna
DTSTART;TZID=Central European Standard Time:20250311T100000
DTEND;TZID=Central European Standard Time:20250311T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T141208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
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
        kind="outlook-case-study",
        uid="040000008200E00074C5B7101A82E0080000000010B2D9E4F590DB01000000000000000010000000D3C2B1A0F9E8D7C6B5A4938271605F4E",
        iv=1, company="Deloitte", role="Manager, Accounting & Reporting Advisory", stage="technical",
        who="pkaczmarek@deloittece.com;aherrera@deloittece.com",
        trap="big-four-case-study-round-sent-by-coordinator",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Zielińska, Monika";SENT-BY="mailto:warsaw.interviews@deloittece.com":mailto:mzielinska@deloittece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Kaczmarek, Paweł":mailto:pkaczmarek@deloittece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera, Ana":mailto:aherrera@deloittece.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zielińska, Monika":mailto:mzielinska@deloittece.com
DESCRIPTION;LANGUAGE=en-US:Dear Katarzyna\\,\\n\\nThank you for your time last week. As discussed\\, the second stage is a case study discussion with Paweł Kaczmarek (Director) and Ana Herrera (Senior Manager).\\n\\nYou will receive the case materials (IFRS 15 / IFRS 16 scenario\\, approx. 6 pages) by e-mail 60 minutes before the meeting. Please be ready to walk us through your approach\\; no slides are needed.\\n\\nKind regards\\,\\nMonika\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzA1Mjk3@thread.v2/0>\\nMeeting ID: 318 442 710 09\\nPasscode: 4mTqZr\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E0080000000010B2D9E4F590DB01000000000000000010000000D3C2B1A0F9E8D7C6B5A4938271605F4E
SUMMARY;LANGUAGE=en-US:Case study discussion - Katarzyna Nowak (A&RA Manager\\, Warsaw)
DTSTART;TZID=Central European Standard Time:20250320T130000
DTEND;TZID=Central European Standard Time:20250320T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-partner-onsite",
        uid="040000008200E00074C5B7101A82E00800000000E04F1C2A6D98DB01000000000000000010000000775B2E1AC4F34A8E9A0B1C2D3E4F5061",
        iv=1, company="Deloitte", role="Manager, Accounting & Reporting Advisory", stage="final",
        who="jwojcik@deloittece.com", trap="big-four-partner-meeting-in-office-room-resource",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Zielińska, Monika":mailto:mzielinska@deloittece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Wójcik, Jacek":mailto:jwojcik@deloittece.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="WAW-Q22-17.04 (8)":mailto:waw-q22-1704@deloittece.com
DESCRIPTION;LANGUAGE=pl-PL:Pani Katarzyno\\,\\n\\nzapraszam na spotkanie z Partnerem Jackiem Wójcikiem w naszym biurze: Warsaw Q22\\, Al. Jana Pawła II 22\\, 17 piętro. Proszę zgłosić się w recepcji na parterze z dowodem osobistym ok. 10 minut wcześniej.\\n\\nTo ostatni etap procesu. Spotkanie potrwa ok. godziny.\\n\\nPozdrawiam\\nMonika
UID:040000008200E00074C5B7101A82E00800000000E04F1C2A6D98DB01000000000000000010000000775B2E1AC4F34A8E9A0B1C2D3E4F5061
SUMMARY;LANGUAGE=pl-PL:Spotkanie z Partnerem - K. Nowak
DTSTART;TZID=Central European Standard Time:20250402T110000
DTEND;TZID=Central European Standard Time:20250402T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T160033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Deloitte\\, Al. Jana Pawła II 22\\, Warszawa - sala 17.04
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-polish",
        uid="5l2v9qk0c8m1t4ajd7hroe3b6f@google.com",
        iv=1, company="KPMG", role="Manager w zespole Accounting Advisory Services", stage="recruiter_screen",
        who="agrabowska@kpmg.pl", trap="big-four-polish-rozmowa-telefoniczna",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250313T150000
DTEND;TZID=Europe/Warsaw:20250313T153000
DTSTAMP:20250310T082211Z
ORGANIZER;CN=Agnieszka Grabowska:mailto:agrabowska@kpmg.pl
UID:5l2v9qk0c8m1t4ajd7hroe3b6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Agnieszka Grabowska;X-NUM-GUESTS=0:mailto:agrabowska@kpmg.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
CREATED:20250310T082210Z
DESCRIPTION:Rozmowa telefoniczna - Manager w zespole Accounting Advisory Se
 rvices (Kraków). Zadzwonię na numer podany w CV (+48 601 ***  412).\\n\\nAgn
 ieszka Grabowska\\nHR Business Partner / Rekrutacja\\, KPMG w Polsce
LAST-MODIFIED:20250310T082211Z
LOCATION:telefonicznie
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:KPMG - rozmowa telefoniczna (AAS Manager) / Katarzyna Nowak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-kpmg-office",
        uid="040000008200E00074C5B7101A82E00800000000A0D1F36C9E9BDB010000000000000000100000003F1B7D92E46A4C0D8B51A6E2C3947F10",
        iv=1, company="KPMG", role="Manager, Accounting Advisory Services", stage="onsite",
        who="tsobczak@kpmg.pl;mkrol@kpmg.pl", trap="big-four-second-meeting-at-office-two-managers",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Grabowska, Agnieszka":mailto:agrabowska@kpmg.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sobczak, Tomasz":mailto:tsobczak@kpmg.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Król, Marta":mailto:mkrol@kpmg.pl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KRK Sala Wawel (6 os.)":mailto:krk-sala-wawel@kpmg.pl
DESCRIPTION;LANGUAGE=pl-PL:Pani Katarzyno\\, w nawiązaniu do rozmowy telefonicznej zapraszam na spotkanie w biurze KPMG w Krakowie (ul. Armii Krajowej 18\\, 4 piętro). Spotkanie poprowadzą Tomasz Sobczak (Director\\, AAS) oraz Marta Król (Senior Manager). Część rozmowy odbędzie się w języku angielskim.\\n\\nAgnieszka
UID:040000008200E00074C5B7101A82E00800000000A0D1F36C9E9BDB010000000000000000100000003F1B7D92E46A4C0D8B51A6E2C3947F10
SUMMARY;LANGUAGE=pl-PL:Spotkanie rekrutacyjne - Katarzyna Nowak / AAS
DTSTART;TZID=Central European Standard Time:20250325T090000
DTEND;TZID=Central European Standard Time:20250325T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T115940Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:KRK Sala Wawel (6 os.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INTV-EYGDS-1508722BR-77310452",
        iv=1, company="EY", role="Finance Manager - GDS Finance", stage="hiring_manager",
        who="lukasz.pawlak@gds.ey.com", trap="successfactors-noreply-with-hiring-manager",
        ics="""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-EYGDS-1508722BR-77310452
DTSTAMP:20250408T063012Z
DTSTART:20250415T080000Z
DTEND:20250415T090000Z
SUMMARY:Interview Invitation: Finance Manager - GDS Finance (1508722BR)
ORGANIZER;CN=EY Careers:mailto:noreply-careers@successfactors.eu
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Lukasz Pawlak;ROLE=REQ-PARTICIPANT:mailto:lukasz.pawlak@gds.ey.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Katarzyna\\,\\n\\nWe are pleased to invite you to an interv
 iew for the position Finance Manager - GDS Finance (Requisition 1508722BR)\\,
  Wroclaw.\\n\\nInterviewer: Lukasz Pawlak\\, Associate Director\\, GDS Finance
 \\nDuration: 60 minutes\\nFormat: Microsoft Teams (link below)\\n\\nhttps://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_ZTg0OWEx@thread.v2/0\\n\\nIf yo
 u need any adjustments for the interview please reply to this message.\\n\\n
 Best regards\\,\\nEY Talent Team\\n\\nThis is an automatically generated messa
 ge. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-pwc-interview",
        uid="040000008200E00074C5B7101A82E00800000000F0A7C5D3B2A1DB010000000000000000100000001C2E3A4B5D6F7A8B9C0D1E2F3A4B5C6D",
        iv=1, company="PwC", role="FP&A Manager (Service Delivery Center)", stage="",
        who="dorota.mazur@pwc.com;rafal.kowalczyk@pwc.com", trap="big-four-interview-joint-two-interviewers-no-stage",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Dorota Mazur (PL)":mailto:dorota.mazur@pwc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katarzyna Nowak:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rafał Kowalczyk (PL)":mailto:rafal.kowalczyk@pwc.com
DESCRIPTION;LANGUAGE=en-US:Hi Katarzyna\\,\\n\\nas agreed\\, I am sending an invitation for the interview for the FP&A Manager position in our Service Delivery Center in Kraków. On our side Rafał Kowalczyk (Head of Finance\\, SDC) and myself will join.\\n\\nDorota Mazur\\nSenior Manager | PwC Service Delivery Center\\n\\n-- Do not delete or change any of the following text. --\\n\\nJoin from the meeting link\\nhttps://pwc.webex.com/pwc/j.php?MTID=m0e1d2c3b4a5968778695a4b3c2d1e0f9\\n\\nJoin by meeting number\\nMeeting number (access code): 2741 180 3392\\nMeeting password: Fpa2025!\\n\\nTap to join from a mobile device (attendees only)\\n+48-22-307-49-79\\,\\,27411803392## Poland Toll\\n\\n
UID:040000008200E00074C5B7101A82E00800000000F0A7C5D3B2A1DB010000000000000000100000001C2E3A4B5D6F7A8B9C0D1E2F3A4B5C6D
SUMMARY;LANGUAGE=en-US:Katarzyna Nowak <> PwC SDC | FP&A Manager
DTSTART;TZID=Central European Standard Time:20250417T140000
DTEND;TZID=Central European Standard Time:20250417T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T120501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Webex
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
