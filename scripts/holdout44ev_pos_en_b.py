"""holdout44: the user's own interviews, English, part B (GoodTime, ModernLoop, Webex, SmartRecruiters, zones)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Solvera Pharma": "Solvera",
    "Kairos Software": "Kairos",
    "Veltra Foods": "Veltra",
    "IFRO": "International Federation of Rail Operators",
}

_SOLVERA_GOODTIME = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:goodtime-7c41d2e0-93b8-4f15-a6d4-2e8b0c9f1a37@goodtime.io
DTSTAMP:20260409T101544Z
DTSTART;TZID=Europe/Zurich:20260423T090000
DTEND;TZID=Europe/Zurich:20260423T123000
SUMMARY:Interview: Chloé Favre for Senior Finance Manager\, Swiss Operations
ORGANIZER;CN=Solvera Pharma Recruiting:mailto:interviews@solverapharma.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Henrik Sundberg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:henrik.sundberg@solverapharma.com
ATTENDEE;CN=Claire Dubois-Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.duboismartin@solverapharma.com
ATTENDEE;CN=Ravi Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ravi.menon@solverapharma.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=GVA-PLO-3F-Salève:mailto:gva-plo-3f-saleve@solverapharma.com
LOCATION:Solvera Pharma SA, Route des Acacias 45, 1227 Geneva – 3rd floor, room Salève
DESCRIPTION:Hi Chloé,\n\nYour onsite interview for Senior Finance Manager, Swiss Operations is confirmed.\n\n
  ~09:00 – 09:45  Henrik Sundberg, Finance Director Europe\n09:45 – 10:30  Claire Dubois-Martin, Site Head Geneva
  \n10:45 – 11:30  Ravi Menon, Head of Group Reporting\n11:30 – 12:30  Site tour with Aisha Rahman\n\nYour
  recruiting coordinator, Aisha Rahman, will meet you at reception and is your contact for travel expenses; she
  does not take part in the interviews.\n\nPlease bring a valid ID.\n\nPowered by GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_KAIROS_MODERNLOOP = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-event-0b7e4c1a-2f9d-4e38-b5a6-71c3d8e9f042
DTSTAMP:20260423T141922Z
DTSTART:20260430T120000Z
DTEND:20260430T133000Z
SUMMARY:Final Interview – Head of Finance – Chloé Favre (Kairos Software)
ORGANIZER;CN=Kairos Talent:mailto:talent@kairos-software.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Jan Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jan.vogel@kairos-software.ch
ATTENDEE;CN=Eva Marti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:eva.marti@kairos-software.ch
LOCATION:Kairos Software AG, Pfingstweidstrasse 60, 8005 Zürich (Meeting room "Uetliberg")
DESCRIPTION:Hi Chloé,\n\nThank you for your time so far! This is the final round for the Head of Finance
  position: a conversation with Jan Vogel (CEO) and Eva Marti (Chair of the Audit Committee).\n\nAgenda\n- 10 min
  intros\n- 60 min discussion: your first 100 days, scaling finance from 80 to 200 people, board reporting\n- 20 min
  your questions\n\nSee you in Zurich!\nKairos Talent Team\n\nThis interview was scheduled with ModernLoop.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_LPB_WEBEX_EN = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Davies, Robert":mailto:robert.davies@lemanpb.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dumas, Karine":mailto:karine.dumas@lemanpb.ch
DESCRIPTION;LANGUAGE=en-GB:Dear Chloé,\n\nKarine passed on very positive feedback from your first conversation.
  I'd be glad to speak with you about the Head of Financial Reporting position – the team, the IFRS/Swiss GAAP
  dual reporting and the regulatory calendar. Karine is copied for information only.\n\nBest regards,\nRobert
  Davies\nChief Financial Officer, Léman Private Bank SA\n\n-- Do not delete or change any of the following text. --
  \n\nWhen it's time, join your Webex meeting here.\n\nJoin meeting\nhttps://lemanpb.webex.com/lemanpb/j.php?MTID=
  ~m9c2e4a6b8d0f1e3c5a7b9d1f3e5a7c9b\n\nMeeting number (access code): 2748 331 9026\nMeeting password:
  Rb7wQz22Kp\n\nJoin by phone\n+41-43-210-4422 Switzerland Toll\nAccess code: 274 833 19026\n\nNeed help? Go to
  https://help.webex.com\n
UID:040000008200E00074C5B7101A82E008000000005F3D1B9A7E6DDC010000000000000000100000002468ACE02468ACE02468ACE02468ACE0
SUMMARY;LANGUAGE=en-GB:Chloé Favre / Robert Davies - Head of Financial Reporting
DTSTART;TZID=W. Europe Standard Time:20260325T173000
DTEND;TZID=W. Europe Standard Time:20260325T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260317T083347Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:https://lemanpb.webex.com/lemanpb/j.php?MTID=m9c2e4a6b8d0f1e3c5a7b9d1f3e5a7c9b
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_VELTRA_SR = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:sr-interview-3b8e1f47-6d20-4c95-a0b3-9e7f5c1d2a64@smartrecruiters.com
DTSTAMP:20260311T075214Z
DTSTART;TZID=Europe/Zurich:20260317T083000
DTEND;TZID=Europe/Zurich:20260317T091500
SUMMARY:Veltra – Video interview: Controller EMEA Shared Services
ORGANIZER;CN=Veltra Talent Acquisition:mailto:veltra@smartrecruiters.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Chiara Bianchi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:chiara.bianchi@veltra.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Chloé,\n\nThank you for your interest in Veltra Foods. Your video interview for Controller EMEA
  Shared Services (Vevey) is confirmed with Chiara Bianchi, Talent Acquisition Specialist.\n\n
  ~________________________________________________________________________________\nMicrosoft Teams meeting\nJoin
  on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-
  ~join/19%3ameeting_ODdiNmM0YjgtMjU2Yy00%40thread.v2/0>\nMeeting ID: 368 114 902 551\nPasscode: aZ4wY9\nDownload
  Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/
  ~microsoft-teams/join-a-meeting>\n________________________________________________________________________________
  \n\nVeltra Talent Acquisition – sent via SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_IFRO_TECH = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260424T140000
DTEND;TZID=Europe/Zurich:20260424T163000
DTSTAMP:20260410T124006Z
ORGANIZER;CN=IFRO Recruitment:mailto:recruitment@ifro.int
UID:5f9j3n7r1v5z9d3h7l1p5t9x3b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Amal Haddad;X-NUM-GUESTS=0:
  ~mailto:a.haddad@ifro.int
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Peter Lindqvist;X-NUM-GUESTS=0:
  ~mailto:p.lindqvist@ifro.int
DESCRIPTION:Dear Ms Favre,\n\nFurther to your application for the post of Head of Finance and Administration
  (VN 2026/07), you are invited to the technical assessment: a 90-minute written exercise (budget variance analysis
  and IPSAS questions), followed by a 45-minute discussion with the assessment panel (Dr Amal Haddad, Director of
  Finance, and Mr Peter Lindqvist, Senior HR Officer).\n\nThe exercise will be shared on screen at the start. Please
  keep your camera on throughout.\n\nJoin Zoom Meeting\nhttps://ifro-int.zoom.us/j/82270014496?pwd=aDRmV2lZ\n
  ~Meeting ID: 822 7001 4496\nPasscode: 640018\n\nInternational Federation of Rail Operators (IFRO)\nRoute de
  Ferney 150, 1211 Geneva 2
LAST-MODIFIED:20260410T124006Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IFRO – Technical assessment – Head of Finance and Administration (VN 2026/07)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_VELTRA_LONDON = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@tz london
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260327T090000
DTEND;TZID=Europe/London:20260327T100000
DTSTAMP:20260323T165910Z
ORGANIZER;CN=Oliver Hughes:mailto:oliver.hughes@veltra.com
UID:3e7i1m5q9u3y7c1g5k9o3s7w1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oliver Hughes;X-NUM-GUESTS=0:
  ~mailto:oliver.hughes@veltra.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Hi Chloé – looking forward to our chat about the Controller EMEA Shared Services role. I lead Finance
  for EMEA and the role would report to me. Note the time is London time (10:00 in Vevey).\n\nOliver\n\nJoin
  Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGFlNjRmMzgtNDQx%40thread.v2/0
  \nMeeting ID: 374 009 215 636 Passcode: Pk2Lm8
LAST-MODIFIED:20260323T165910Z
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chloé / Oliver – Controller EMEA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_MERIDIAN_NY = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz newyork
BEGIN:VEVENT
ORGANIZER;CN="Goldberg, Ethan":mailto:egoldberg@meridian-commodities.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Adams, Rachel":mailto:radams@meridian-commodities.com
DESCRIPTION;LANGUAGE=en-US:Chloé,\n\nAs the last step in our process for the Senior Financial Controller role in
  Geneva, I'd like to spend an hour with you. Rachel has kindly set this up and will not join.\n\nRegards,\nEthan
  Goldberg\nGroup CFO, Meridian Commodities\n\nJoin Zoom Meeting\nhttps://meridian.zoom.us/j/91455082231\nMeeting
  ID: 914 5508 2231\n
UID:040000008200E00074C5B7101A82E00800000000E2C4A6F8D0D2DC0100000000000000001000000097531BDF97531BDF97531BDF97531BDF
SUMMARY;LANGUAGE=en-US:Final interview: Chloé Favre / Ethan Goldberg (Group CFO)
DTSTART;TZID=America/New_York:20260423T100000
DTEND;TZID=America/New_York:20260423T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T201155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_TESSEL_FINAL = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260407T150000
DTEND;TZID=Europe/Zurich:20260407T163000
DTSTAMP:20260330T091500Z
ORGANIZER;CN=Lukas Brändli:mailto:lukas@tessel.io
UID:0r4v8z2d6h0l4p8t2x6b0f4j8n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Brändli;X-NUM-GUESTS=0:
  ~mailto:lukas@tessel.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Meyer;X-NUM-GUESTS=0:
  ~mailto:sarah@alpine-ventures.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Hi Chloé,\n\nGreat to have you in the last round for Head of Finance. Sarah Meyer (Alpine Ventures,
  board member) will join me – she chairs our audit & finance committee. We'll meet at the office, Hardturmstrasse
  161, 8005 Zürich, 3rd floor.\n\nCheers,\nLukas\nCEO & Co-founder, Tessel
LAST-MODIFIED:20260330T091500Z
LOCATION:Tessel AG\, Hardturmstrasse 161\, 8005 Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tessel – final conversation (Head of Finance)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("goodtime-onsite-en", "en", "goodtime-7c41d2e0-93b8-4f15-a6d4-2e8b0c9f1a37@goodtime.io", _SOLVERA_GOODTIME, 1,
       "Solvera Pharma", "Senior Finance Manager, Swiss Operations", "onsite",
       "henrik.sundberg@solverapharma.com;claire.duboismartin@solverapharma.com;ravi.menon@solverapharma.com",
       "goodtime-onsite-room-coordinator-en"),
    Ev("modernloop-final-en", "en", "ml-event-0b7e4c1a-2f9d-4e38-b5a6-71c3d8e9f042", _KAIROS_MODERNLOOP, 1,
       "Kairos Software", "Head of Finance", "final", "jan.vogel@kairos-software.ch;eva.marti@kairos-software.ch",
       "modernloop-final-utc-en"),
    Ev("webex-cfo-en", "en",
       "040000008200E00074C5B7101A82E008000000005F3D1B9A7E6DDC010000000000000000100000002468ACE02468ACE02468ACE02468ACE0",
       _LPB_WEBEX_EN, 1, "Léman Private Bank", "Head of Financial Reporting", "hiring_manager",
       "robert.davies@lemanpb.ch", "outlook-webex-cfo-optional-ta-en"),
    Ev("smartrecruiters-teams-en", "en", "sr-interview-3b8e1f47-6d20-4c95-a0b3-9e7f5c1d2a64@smartrecruiters.com",
       _VELTRA_SR, 1, "Veltra Foods", "Controller EMEA Shared Services", "recruiter_screen",
       "chiara.bianchi@veltra.com", "smartrecruiters-teams-screen-en"),
    Ev("zoom-assessment-intl-org-en", "en", "5f9j3n7r1v5z9d3h7l1p5t9x3b@google.com", _IFRO_TECH, 1,
       "IFRO", "Head of Finance and Administration", "technical", "a.haddad@ifro.int;p.lindqvist@ifro.int",
       "intl-org-technical-assessment-en"),
    Ev("london-tz-hm-en", "en", "3e7i1m5q9u3y7c1g5k9o3s7w1a@google.com", _VELTRA_LONDON, 1,
       "Veltra Foods", "Controller EMEA", "hiring_manager", "oliver.hughes@veltra.com",
       "google-london-tz-terse-title-en"),
    Ev("newyork-tz-final-en", "en",
       "040000008200E00074C5B7101A82E00800000000E2C4A6F8D0D2DC0100000000000000001000000097531BDF97531BDF97531BDF97531BDF",
       _MERIDIAN_NY, 1, "Meridian Commodities", "Senior Financial Controller", "final",
       "egoldberg@meridian-commodities.com", "outlook-newyork-tz-final-en"),
    Ev("google-final-board-en", "en", "0r4v8z2d6h0l4p8t2x6b0f4j8n@google.com", _TESSEL_FINAL, 1,
       "Tessel", "Head of Finance", "final", "lukas@tessel.io;sarah@alpine-ventures.ch",
       "google-final-investor-interviewer-en"),
]
