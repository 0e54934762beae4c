"""holdout231 events, part F: UK space, consultancy, defence and government employers."""

from holdout231ev_tz import GMT_STD, LONDON_APPLE, LONDON_G

EVENTS = [
    {
        "kind": "modernloop-panel", "uid": "ml-evt-2c9f6a1d08b34e5c9b7a@modernloop.io", "iv": 1,
        "company": "Astroscale", "role": "Principal Systems Engineer - ELSA-M", "stage": "technical",
        "who": ["h.mori@astroscale.com", "g.oakley@astroscale.com", "n.fernandes@astroscale.com"],
        "trap": "modernloop-virtual-panel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-2c9f6a1d08b34e5c9b7a@modernloop.io
DTSTAMP:20250509T153012Z
DTSTART:20250516T090000Z
DTEND:20250516T103000Z
SUMMARY:Panel Interview: Rebecca Howell - Principal Systems Engineer - ELS
 A-M
ORGANIZER;CN=Astroscale UK Recruiting:mailto:recruiting-uk@astroscale.com
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
ATTENDEE;CN=Hiroshi Mori;PARTSTAT=ACCEPTED:mailto:h.mori@astroscale.com
ATTENDEE;CN=Grace Oakley;PARTSTAT=ACCEPTED:mailto:g.oakley@astroscale.com
ATTENDEE;CN=Nuno Fernandes;PARTSTAT=ACCEPTED:mailto:n.fernandes@astroscale.
 com
LOCATION:Zoom - https://astroscale.zoom.us/j/86630014529
DESCRIPTION:Panel: Hiroshi Mori (Chief Engineer)\, Grace Oakley (AIV Lead)
 \, Nuno Fernandes (GNC/Avionics)\n\nTopics: rendezvous & proximity ops sa
 fety\, FDIR\, V&V on a HIL/PIL bench\, ECSS tailoring.\n\nZoom: https://a
 stroscale.zoom.us/j/86630014529?pwd=aWd4T2\nPasscode: 402117\n\nSchedule
 d with ModernLoop
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-intro", "uid": "7d1e5b2f-0a3c-4c8e-9f61-b24d8e0a93c7@calendly.com", "iv": 1,
        "company": "Open Cosmos", "role": "Avionics Engineering Manager", "stage": "recruiter_screen",
        "who": ["lucia.martin@open-cosmos.com"], "trap": "calendly-candidate-booked-intro",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7d1e5b2f-0a3c-4c8e-9f61-b24d8e0a93c7@calendly.com
DTSTAMP:20250415T195511Z
DTSTART:20250418T083000Z
DTEND:20250418T090000Z
SUMMARY:Rebecca Howell and Lucía Martín
ORGANIZER;CN=Lucía Martín:mailto:lucia.martin@open-cosmos.com
ATTENDEE;CN=Rebecca Howell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FAL
 SE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=Lucía Martín;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lu
 cia.martin@open-cosmos.com
LOCATION:https://meet.google.com/cjx-hvav-qpy
DESCRIPTION:Event Name: Open Cosmos - 30 min screening call\n\nLocation: T
 his is a Google Meet web conference. https://meet.google.com/cjx-hvav-qpy
 \n\nQuestions:\nWhich role are you applying for?\nAvionics Engineering Ma
 nager\nCurrent notice period?\n3 months\n\nNeed to make changes to this
  event?\nCancel: https://calendly.com/cancellations/7d1e5b2f\nReschedule:
  https://calendly.com/reschedulings/7d1e5b2f\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone-entry", "uid": "F3A0C9B2-71D4-4E6A-8B5C-9D0E1F2A3B4C", "iv": 1, "company": "SSTL",
        "role": "", "stage": "final", "who": ["Andy Pollard", "Meera Shah"], "trap": "hand-typed-final-with-notes",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250603T190215Z
DTSTAMP:20250603T190240Z
DTSTART;TZID=Europe/London:20250613T110000
DTEND;TZID=Europe/London:20250613T140000
LAST-MODIFIED:20250603T190240Z
LOCATION:SSTL\, Tycho House\, Guildford
SEQUENCE:0
SUMMARY:SSTL final - pres + panel
DESCRIPTION:Andy Pollard (Hd of Avionics) + Meera Shah (HR). 20 min pres
  on avionics PDR->CDR lessons. train 07:42 TM -> Reading -> Guildford. prin
 t slides x3!!
UID:F3A0C9B2-71D4-4E6A-8B5C-9D0E1F2A3B4C
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-booking", "uid": "calcom-bk-5f2a9e71-3c0d-4b8a-a6e2-17d9f0c4b8e3", "iv": 1,
        "company": "Stirling Dynamics", "role": "Engineering Manager - Flight Control Rigs",
        "stage": "hiring_manager", "who": ["rob.tanner@stirling-dynamics.com"], "trap": "cal-com-hiring-manager-chat",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-bk-5f2a9e71-3c0d-4b8a-a6e2-17d9f0c4b8e3
DTSTAMP:20250505T121000Z
DTSTART:20250509T110000Z
DTEND:20250509T114500Z
SUMMARY:Interview - Engineering Manager - Flight Control Rigs between Rob
  Tanner and Rebecca Howell
ORGANIZER;CN=Rob Tanner:mailto:rob.tanner@stirling-dynamics.com
ATTENDEE;CN=Rebecca Howell;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:rebecca.howe
 ll.eng@outlook.com
LOCATION:https://app.cal.com/video/kR3xPq9Lm2
DESCRIPTION:What: Interview - Engineering Manager - Flight Control Rigs\nI
 nvitee time zone: Europe/London\nWho:\n- Rob Tanner - Organizer\n- Rebecca
  Howell\nWhere: Cal Video\n\nStirling Dynamics\, Clifton\, Bristol. Rob r
 uns the active inceptor and rig business.\n\nNeed to make a change? Resc
 hedule or cancel: https://app.cal.com/booking/kR3xPq9Lm2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-goto",
        "uid": ("040000008200E00074C5B7101A82E0080000000020D3F6B14AC6DB01000000000000000010000000"
                "B0A1C2D3E4F5061728394A5B6C7D8E9F"),
        "iv": 1, "company": "Frazer-Nash", "role": "Principal Consultant - Aerospace Systems", "stage": "technical",
        "who": ["s.doyle@fnc.co.uk", "a.kirkwood@fnc.co.uk"], "trap": "outlook-goto-meeting-technical",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Sian Doyle":mailto:s.doyle@fnc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alistair
  Kirkwood":mailto:a.kirkwood@fnc.co.uk
DESCRIPTION;LANGUAGE=en-GB:Technical interview - Principal Consultant - Ae
 rospace Systems (Bristol office)\n\nAlistair and I will ask you to talk u
 s through a safety assessment you've led (ARP4754A/ARP4761\, FHA/PSSA/SSA
 ) and a couple of short scenario questions. 75 mins.\n\nPlease join my m
 eeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/
 512889301\n\nYou can also dial in using your phone.\nUnited Kingdom: +44
  20 3713 5011\nAccess Code: 512-889-301\n
UID:040000008200E00074C5B7101A82E0080000000020D3F6B14AC6DB010000000000000
 00010000000B0A1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=en-GB:FNC technical interview - R Howell
DTSTART;TZID=GMT Standard Time:20250605T093000
DTEND;TZID=GMT Standard Time:20250605T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T160203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jobvite-invite", "uid": "jobvite-iv-oAtk9wQ2-20250609@jobvite.com", "iv": 1,
        "company": "AtkinsRéalis", "role": "Engineering Manager, Defence Aerospace Systems", "stage": "",
        "who": ["Helena Brooks", "Colin Mather"], "trap": "jobvite-interview-names-in-body",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobvite//Jobvite Calendar//EN
METHOD:PUBLISH
""" + LONDON_G + r"""BEGIN:VEVENT
UID:jobvite-iv-oAtk9wQ2-20250609@jobvite.com
DTSTAMP:20250530T101500Z
DTSTART;TZID=Europe/London:20250609T150000
DTEND;TZID=Europe/London:20250609T160000
SUMMARY:AtkinsRéalis Interview - Engineering Manager\, Defence Aerospace S
 ystems
LOCATION:AtkinsRéalis\, The Hub\, 500 Park Avenue\, Aztec West\, Bristol BS
 32 4RZ
DESCRIPTION:Dear Rebecca\,\n\nThank you for accepting our interview invita
 tion. You will meet Helena Brooks (Director\, Defence Aerospace) and Coli
 n Mather (Technical Director). Please bring ID for building access.\n\nKi
 nd regards\,\nAtkinsRéalis Talent Acquisition
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "civil-service-jobs", "uid": "csj-iv-392118-slot-0014@civilservicejobs.service.gov.uk", "iv": 1,
        "company": "Dstl", "role": "Principal Systems Engineer - Air Platforms", "stage": "",
        "who": [], "trap": "civil-service-success-profiles-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Interview Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:csj-iv-392118-slot-0014@civilservicejobs.service.gov.uk
DTSTAMP:20250507T110311Z
DTSTART:20250527T123000Z
DTEND:20250527T133000Z
SUMMARY:Interview: 392118 - Principal Systems Engineer - Air Platforms - D
 stl
LOCATION:Video interview (MS Teams) - link will be emailed by the vacancy
  holder
DESCRIPTION:You have booked an interview for vacancy 392118.\n\nDepartmen
 t: Defence Science and Technology Laboratory\nRole: Principal Systems Eng
 ineer - Air Platforms (Porton Down / Portsdown West)\n\nThis interview wi
 ll assess Behaviours (Leadership\, Making Effective Decisions\, Communica
 ting and Influencing)\, Strengths and Technical experience under Success
  Profiles.\n\nSecurity clearance: successful candidates must hold or be
  willing to undergo DV.\n\nCivil Service Jobs
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-zoom", "uid": "WD-INT-c18a0b7e9d2f4e63b5a4d0f1e2c3b4a6@myworkday.com", "iv": 1,
        "company": "Moog", "role": "Lead Systems Engineer - Flight Control Actuation", "stage": "technical",
        "who": ["dgreenwood@moog.com", "kthompson2@moog.com"], "trap": "workday-zoom-technical-tewkesbury",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-c18a0b7e9d2f4e63b5a4d0f1e2c3b4a6@myworkday.com
DTSTAMP:20250605T083300Z
DTSTART:20250611T084500Z
DTEND:20250611T100000Z
SUMMARY:Interview: Lead Systems Engineer - Flight Control Actuation (JR-2
 025-08811)
ORGANIZER;CN=Moog Inc.:mailto:moog@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dan Greenwood:mailto:dg
 reenwood@moog.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kate Thompson:mailto:kt
 hompson2@moog.com
LOCATION:Zoom
DESCRIPTION:Interview Type: Technical Interview\nLocation: Tewkesbury (vir
 tual)\n\nJoin Zoom Meeting\nhttps://moog.zoom.us/j/93311820456?pwd=cTRvM
 jdWaU\nMeeting ID: 933 1182 0456\nPasscode: 118204\n\nTo view or change
  this interview go to Candidate Home.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-arranged", "uid": "AAMkADg3YzU1MmRlLWE0ZjItNDc1Ny1iNTYxLTIzM2Q0ZGI5ZTYwMQBGAAAAAAC7", "iv": 1,
        "company": "General Dynamics UK", "role": "Systems Engineering Manager", "stage": "hiring_manager",
        "who": ["Rhys Morgan"], "trap": "agency-arranged-client-interview-consultant-not-interviewer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkADg3YzU1MmRlLWE0ZjItNDc1Ny1iNTYxLTIzM2Q0ZGI5ZTYwMQBGAAAAAAC7
DTSTAMP:20250610T142000Z
DTSTART;TZID=GMT Standard Time:20250619T100000
DTEND;TZID=GMT Standard Time:20250619T113000
SUMMARY:Interview - General Dynamics UK - Systems Engineering Manager (1st
  stage)
ORGANIZER;CN="Katie Lowe (Apex Defence Recruitment)":mailto:katie.lowe@ape
 xdefence.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
LOCATION:GDUK\, Oakdale Business Park\, Blackwood NP12 4AA
DESCRIPTION:Hi Rebecca\,\n\nConfirming your first interview with General D
 ynamics UK. You'll be meeting Rhys Morgan (Head of Systems Engineering\,
  Land) for 90 minutes - competency questions plus discussion of your DO-1
 78C/ARP4754 background and how it maps to Def Stan 00-055/56.\n\nSC is a
  must - bring passport + utility bill. I'll call you the day before to pr
 ep and straight after for feedback.\n\nGood luck!\nKatie Lowe\nSenior Co
 nsultant\, Apex Defence Recruitment\n
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite", "uid": "0qrm6j3t1bsh9u2c8kv5ad4fe7@google.com", "iv": 1, "company": "Ultra PCS",
        "role": "Principal Avionics Engineer", "stage": "", "who": ["tom.riley@ultra-pcs.com"],
        "trap": "google-invite-x-wr-timezone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/London
""" + LONDON_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250520T140000
DTEND;TZID=Europe/London:20250520T150000
DTSTAMP:20250514T094502Z
ORGANIZER;CN=Tom Riley:mailto:tom.riley@ultra-pcs.com
UID:0qrm6j3t1bsh9u2c8kv5ad4fe7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Riley;X-NUM-GUESTS=0:mailto:tom.riley@ultra-pcs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
DESCRIPTION:Ultra PCS | Rebecca Howell | Principal Avionics Engineer\n\nCh
 eltenham site\, Kingsditch Lane - reception will have your pass.
LOCATION:Ultra PCS\, Kingsditch Lane\, Cheltenham GL51 9PG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ultra PCS - Rebecca Howell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruitee-zoom", "uid": "recruitee-event-99213-oss-3f8c", "iv": 1, "company": "Oxford Space Systems",
        "role": "Head of Systems Engineering", "stage": "hiring_manager", "who": ["m.adeyemi@oxford-space.com"],
        "trap": "recruitee-zoom-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-99213-oss-3f8c
DTSTAMP:20250604T071500Z
DTSTART:20250609T083000Z
DTEND:20250609T093000Z
SUMMARY:Interview Rebecca Howell - Head of Systems Engineering
ORGANIZER;CN=Oxford Space Systems:mailto:jobs@oxford-space.recruitee.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=Michael Adeyemi;RSVP=FALSE:mailto:m.adeyemi@oxford-space.com
LOCATION:Zoom
DESCRIPTION:Interview with Michael Adeyemi (CTO)\, Oxford Space Systems\,
  Harwell Campus.\n\nhttps://us06web.zoom.us/j/81902736645?pwd=Wm9kQUx0\nM
 eeting ID: 819 0273 6645\nPasscode: 661045
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
