"""holdout123: the user's own interviews sent directly by employees (Outlook/Exchange, Google, Apple, Webex)."""

from __future__ import annotations

from holdout123ev_ics import Ev, ev

P = ("Australia/Perth",)
WA = ("W. Australia Standard Time",)


def events() -> list[Ev]:
    return [
        ev("outlook-sentby-hm", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000D07A3C2E845CDB01000000000000000010000000A1F4E2
            DTSTAMP:20261124T013200Z
            DTSTART;TZID=W. Australia Standard Time:20261202T073000
            DTEND;TZID=W. Australia Standard Time:20261202T083000
            SUMMARY:Liam Fraser - Interview - Manager Health & Safety
            ORGANIZER;CN="Grieve, Stuart";SENT-BY="mailto:ea.operations@mardieridge.com.au":mailto:stuart.grieve@mar
             dieridge.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpond.com:mailto:liam
             .fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Grieve, Stuart":mailto:stuart.grieve@m
             ardieridge.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Hi Liam\,\n\nStuart has asked me to set up a conversation about the Manager Health & Safet
             y role at Mardie Ridge Iron. 7:30am is the only slot before he flies to site - hope that works.\n\nKin
             d regards\,\nJess Ong\nExecutive Assistant to the Chief Operating Officer\n\n__________________________
             ______________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\
             , mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/1
             9%3ameeting_MRI0412>\nMeeting ID: 455 120 883 907\nPasscode: Zt4hQa\nDial in by phone\n+61 8 6102 4417\
             ,\,882301552# Australia\, Perth\n______________________________________________________________________
             __________
            X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Liam\,</p><p>Stuart has asked me to set up a conversatio
             n about the Manager Health &amp; Safety role at Mardie Ridge Iron. 7:30am is the only slot before he fl
             ies to site - hope that works.</p><p>Kind regards\,<br>Jess Ong<br>Executive Assistant to the Chief Ope
             rating Officer</p></body></html>
            X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
            X-MICROSOFT-CDO-IMPORTANCE:1
            CLASS:PUBLIC
            PRIORITY:5
            SEQUENCE:0
            STATUS:CONFIRMED
            TRANSP:OPAQUE
            END:VEVENT
        """, "exchange", tzs=WA, yes=1, company="Mardie Ridge Iron", role="Manager Health & Safety",
           stage="hiring_manager", who="stuart.grieve@mardieridge.com.au",
           trap="outlook-sentby-ea-lastfirst-en"),
        ev("google-final-gm", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261215T150000
            DTEND;TZID=Australia/Perth:20261215T160000
            DTSTAMP:20261207T041500Z
            ORGANIZER;CN=Jess Ong:mailto:jess.ong@mardieridge.com.au
            UID:5q1v8r2k0d3m9t7hc6b4n1p2sg@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stuart Grieve;X-NUM-GUESTS=0:mailto
             :stuart.grieve@mardieridge.com.au
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Catherine Mbeki;X-NUM-GUESTS=0:mail
             to:catherine.mbeki@mardieridge.com.au
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess Ong;X-NUM-GUESTS=0:mailto:jess
             .ong@mardieridge.com.au
            DESCRIPTION:Final interview - Manager Health & Safety\n\nWith Catherine Mbeki (CEO) and Stuart Grieve (C
             OO). I'll meet you at reception on Level 22 and take you up.\n\nJess
            LOCATION:Mardie Ridge Iron\, Level 22\, 108 St Georges Tce\, Perth WA 6000\, Australia
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Mardie Ridge - final interview (L. Fraser)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", tzs=P, yes=1, company="Mardie Ridge Iron", role="Manager Health & Safety", stage="final",
           who="stuart.grieve@mardieridge.com.au;catherine.mbeki@mardieridge.com.au", trap="google-final-ea-en"),
        ev("outlook-final-room", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000040C6A9F7845CDB0100000000000000001000000077BC01
            DTSTAMP:20261201T032000Z
            DTSTART;TZID="(UTC+08:00) Perth":20261210T140000
            DTEND;TZID="(UTC+08:00) Perth":20261210T150000
            SUMMARY:Final interview - GM Operations / Liam Fraser
            ORGANIZER;CN="Ashworth, Tegan":mailto:tegan.ashworth@scnickel.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Liam Fraser":mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Van Heerden, Piet":mailto:piet.vanheerden@scnickel.com.au
            ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Ashworth, Tegan":mailto:tegan.ashworth@scnickel.com.au
            ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="PER-L4-Norseman (8)":mailto:per-l4-norseman@scnickel.com.au
            LOCATION:PER-L4-Norseman (8)
            DESCRIPTION:Hi Liam\,\n\nAs discussed\, this is the final step for the Site HSE Manager - Cosmic Boy rol
             e: an hour with Piet van Heerden\, our GM Operations. I'll pop in at the start to introduce you.\n\nSou
             thern Cross Nickel\, 20 Kings Park Rd\, West Perth - ask for Level 4.\n\nCheers\,\nTegan Ashworth | Sen
             ior Recruitment Advisor
            X-MICROSOFT-CDO-BUSYSTATUS:BUSY
            END:VEVENT
        """, "outlook", tzs=("(UTC+08:00) Perth",), yes=1, company="Southern Cross Nickel",
           role="Site HSE Manager - Cosmic Boy", stage="final", who="piet.vanheerden@scnickel.com.au",
           trap="outlook-utc-label-room-en"),
        ev("google-phone-utc", r"""
            BEGIN:VEVENT
            DTSTART:20261125T060000Z
            DTEND:20261125T063000Z
            DTSTAMP:20261124T021900Z
            ORGANIZER;CN=Belinda Rossi:mailto:belinda.rossi@adb.net.au
            UID:3k7fm0p9s2vq1h8c4e6t0b5n7a@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Belinda Rossi;X-NUM-GUESTS=0:mailto
             :belinda.rossi@adb.net.au
            DESCRIPTION:G'day Liam\, as per my message on LinkedIn - a quick phone chat about the HSE Manager role a
             t Austral Drill & Blast (Welshpool HQ + site visits). I'll ring your mobile.\n\nBelinda Rossi\nRecruitm
             ent Manager\nAustral Drill & Blast Pty Ltd\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
             :~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/hzb-rxkc-owm\nJoin by phone\n(AU
             ) +61 2 8318 2237 PIN: 640 551 829#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
             ~:~:~::~:~::-
            LOCATION:
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Phone chat - Liam Fraser / ADB - HSE Manager
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", yes=1, company="Austral Drill & Blast", role="HSE Manager", stage="recruiter_screen",
           who="belinda.rossi@adb.net.au", trap="google-utc-abbrev-domain-en"),
        ev("apple-hm-qld", r"""
            BEGIN:VEVENT
            UID:7E3B9A1C-42D8-4F06-8B1E-C9A5D2F07E64
            DTSTAMP:20261126T084400Z
            DTSTART;TZID=Australia/Brisbane:20261202T150000
            DTEND;TZID=Australia/Brisbane:20261202T160000
            SUMMARY:Site HSE Manager - Moranbah - interview
            ORGANIZER;CN=Jodie Park:mailto:jodie.park@bowenrangecoal.com.au
            ATTENDEE;CN=Jodie Park;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:jodie.park@bowenrangecoal.c
             om.au
            ATTENDEE;CN=Liam Fraser;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:liam.fraser.hse@bigpond
             .com
            ATTENDEE;CN=Greg Amato;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:greg.amato@bowenrangecoal.com.au
            LOCATION:Teams (link to follow)
            DESCRIPTION:Hi Liam - interview for the Site HSE Manager role at our Moranbah operation\, with myself (G
             roup HSE Manager) and Greg Amato (Mine Manager). 3pm QLD = 1pm for you.\n\nSent from my iPhone
            SEQUENCE:0
            END:VEVENT
        """, "apple", tzs=("Australia/Brisbane",), yes=1, company="Bowen Range Coal", role="Site HSE Manager",
           stage="hiring_manager", who="jodie.park@bowenrangecoal.com.au;greg.amato@bowenrangecoal.com.au",
           trap="apple-organizer-interviews-en"),
        ev("founder-gmail", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261129T090000
            DTEND;TZID=Australia/Perth:20261129T100000
            DTSTAMP:20261125T102200Z
            ORGANIZER;CN=Matt Delaney:mailto:matt.delaney.redline@gmail.com
            UID:0n6gq4t8c1rk5v2m9b3s7d0fhp@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Matt Delaney;X-NUM-GUESTS=0:mailto:
             matt.delaney.redline@gmail.com
            DESCRIPTION:Mate - interview-ish\, nothing formal. I want to understand how you'd run the HSE side for o
             ur mining clients if you came on as Principal Consultant at Redline Risk Partners. Sunday coffee\, my s
             hout.\n\nMatt
            LOCATION:Little Bird Cafe\, 77 Rokeby Rd\, Subiaco WA 6008\, Australia
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Liam / Matt - Redline Principal Consultant chat
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", tzs=P, yes=1, company="Redline Risk Partners", role="Principal Consultant", stage="",
           who="matt.delaney.redline@gmail.com", trap="founder-gmail-en"),
        ev("outlook-panel-coord", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000E0A4D54C855CDB0100000000000000001000000033C8F0
            DTSTAMP:20261202T011000Z
            DTSTART;TZID=W. Australia Standard Time:20261209T090000
            DTEND;TZID=W. Australia Standard Time:20261209T103000
            SUMMARY:Leeuwin Gas | Panel Interview | Offshore HSE Manager
            ORGANIZER;CN="Byrne, Aoife":mailto:aoife.byrne@leeuwingas.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Sutherland, Ewan":mailto:ewan.sutherland@leeuwingas.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Moreau, Claire":mailto:claire.moreau@leeuwingas.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pham, Vinh":mailto:vinh.pham@leeuwingas.com
            ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Byrne, Aoife":mailto:aoife.byrne@leeuwingas.com
            LOCATION:Leeuwin Gas\, Level 31\, 240 St Georges Terrace\, Perth
            DESCRIPTION:Hi Liam\,\n\nPlease find the details of your panel interview for the Offshore HSE Manager po
             sition below.\n\nPanel:\n- Ewan Sutherland - Offshore Installation Manager\n- Claire Moreau - Head of P
             rocess Safety\n- Vinh Pham - HR Business Partner\n\nI will meet you at Level 31 reception and will be c
             oordinating on the day (I'm not on the panel).\nPlease bring your BOSIET/HUET certificates and offshor
             e medical.\n\nKind regards\,\nAoife Byrne\nTalent Acquisition Advisor
            X-MICROSOFT-CDO-BUSYSTATUS:BUSY
            END:VEVENT
        """, "exchange", tzs=WA, yes=1, company="Leeuwin Gas", role="Offshore HSE Manager", stage="onsite",
           who="ewan.sutherland@leeuwingas.com;claire.moreau@leeuwingas.com;vinh.pham@leeuwingas.com",
           trap="outlook-panel-coordinator-en"),
        ev("google-escaped", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261203T070000
            DTEND;TZID=Australia/Perth:20261203T080000
            DTSTAMP:20261127T233000Z
            ORGANIZER;CN=Wayne Tully:mailto:wayne.tully@hhs-group.com.au
            UID:6h2dk9f0r4vb8n1q3s7m5c0tlx@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            DESCRIPTION:Liam\, thanks for applying. Come see us at the depot for a first interview - Operations Ris
             k Manager. I'll have our HR lady Kim join for the first 15 min for the paperwork side.\n\nWayne Tully\n
             Operations Director\nHammersley Haulage Services
            LOCATION:Unit 3\, 14 Kewdale Rd\, Welshpool WA 6106\, Australia
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:HHS interview - Liam Fraser (Operations Risk Manager)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", tzs=P, yes=1, company="Hammersley Haulage Services", role="Operations Risk Manager",
           stage="hiring_manager", who="wayne.tully@hhs-group.com.au", trap="google-escaped-commas-en"),
        ev("outlook-rescheduled", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000B0F8E31A855CDB01000000000000000010000000E29D44
            DTSTAMP:20261201T064500Z
            DTSTART;TZID=W. Australia Standard Time:20261203T130000
            DTEND;TZID=W. Australia Standard Time:20261203T140000
            SUMMARY:Updated: Interview - HSE Manager Rail - L Fraser
            ORGANIZER;CN="Kovac, Stjepan":mailto:stjepan.kovac@wol.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:WOL Perth Office\, 2 Mill St\, Perth - Meeting Room Pilbara
            DESCRIPTION:Hi Liam\, apologies - I've had to move our interview from Tuesday to Thursday at the same ti
             me due to a derailment review. Everything else stays as is.\n\nStjepan Kovac\nGeneral Manager Rail Oper
             ations\nWestrail Ore Logistics
            SEQUENCE:2
            X-MICROSOFT-CDO-BUSYSTATUS:BUSY
            END:VEVENT
        """, "outlook", tzs=WA, yes=1, company="Westrail Ore Logistics", role="HSE Manager Rail",
           stage="hiring_manager", who="stjepan.kovac@wol.com.au", trap="outlook-rescheduled-en"),
        ev("outlook-cancelled", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000060D3A59B845CDB0100000000000000001000000019AF7C
            DTSTAMP:20261128T020000Z
            DTSTART;TZID=W. Australia Standard Time:20261201T110000
            DTEND;TZID=W. Australia Standard Time:20261201T120000
            SUMMARY:Canceled: Interview - Liam Fraser - Risk Manager
            ORGANIZER;CN="Hennessy, Clare":mailto:clare.hennessy@swancoastalpower.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Odhiambo, James":mailto:james.odhiambo@swancoastalpower.com.au
            LOCATION:Swan Coastal Power - Pinjar site office
            DESCRIPTION:Hi Liam\, unfortunately the Risk Manager role has been put on hold pending the restructure\
             , so we need to cancel Tuesday's interview with James. I'll be in touch if it reopens. Sorry for the sh
             ort notice - Clare
            STATUS:CANCELLED
            SEQUENCE:1
            X-MICROSOFT-CDO-BUSYSTATUS:FREE
            END:VEVENT
        """, "outlook", tzs=WA, method="CANCEL", yes=1, company="Swan Coastal Power", role="Risk Manager",
           stage="hiring_manager", who="james.odhiambo@swancoastalpower.com.au", trap="outlook-cancel-en"),
        ev("google-darwin-tech", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Darwin:20261207T123000
            DTEND;TZID=Australia/Darwin:20261207T133000
            DTSTAMP:20261130T013000Z
            ORGANIZER;CN=Renee Wilkinson:mailto:renee.wilkinson@tge.com.au
            UID:1b9vq7m3h5k0d2t8r6n4c1fsje@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renee Wilkinson;X-NUM-GUESTS=0:mail
             to:renee.wilkinson@tge.com.au
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kaito Sato;X-NUM-GUESTS=0:mailto:ka
             ito.sato@tge.com.au
            DESCRIPTION:Second interview for HSE Manager (Darwin / FIFO to the Bayu onshore plant): behavioural & te
             chnical - HSE management systems\, ISO 45001\, major hazard facility safety case.\n\nInterviewers: Rene
             e Wilkinson (Manager HSE Systems) and Kaito Sato (Plant Manager).\nTimor Gateway Energy\n\nJoin with Go
             ogle Meet: https://meet.google.com/tge-pfxw-qan
            LOCATION:https://meet.google.com/tge-pfxw-qan
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Timor Gateway Energy - Interview - HSE Manager
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", tzs=("Australia/Darwin",), yes=1, company="Timor Gateway Energy", role="HSE Manager",
           stage="technical", who="renee.wilkinson@tge.com.au;kaito.sato@tge.com.au", trap="google-darwin-tech-en"),
        ev("psych-assessment", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000F06B72D9855CDB010000000000000000100000004D1E87
            DTSTAMP:20261202T060000Z
            DTSTART;TZID=W. Australia Standard Time:20261208T090000
            DTEND;TZID=W. Australia Standard Time:20261208T120000
            SUMMARY:Psych assessment & interview - Murchison Vanadium - HSE Manager
            ORGANIZER;CN="Lam, Fiona (Dr)":mailto:fiona.lam@insightop.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Insight Occupational Psychology\, Suite 4\, 1160 Hay St\, West Perth
            DESCRIPTION:Dear Liam\,\n\nMurchison Vanadium has asked us to complete a psychological assessment as par
             t of the selection process for their HSE Manager role. The morning comprises online ability and persona
             lity measures (approx. 90 min) followed by a one-hour feedback interview with me.\n\nPlease bring glass
             es if you need them for screen work.\n\nDr Fiona Lam\nRegistered Organisational Psychologist
            END:VEVENT
        """, "outlook", tzs=WA, yes=1, company="Murchison Vanadium", role="HSE Manager", stage="",
           who="fiona.lam@insightop.com.au", trap="psych-assessment-en"),
        ev("outlook-qld-tech", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000702EC8F4855CDB01000000000000000010000000B5C3A9
            DTSTAMP:20261127T000000Z
            DTSTART;TZID=E. Australia Standard Time:20261208T090000
            DTEND;TZID=E. Australia Standard Time:20261208T100000
            SUMMARY:GAP - Interview\, Liam Fraser\, Senior HSE Advisor (Process Safety)
            ORGANIZER;CN="Nguyen, Thanh":mailto:thanh.nguyen@gapartners.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Grady, Siobhan":mailto:siobhan.grady@gapartners.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Technical interview - process safety (bow-ties\, LOPA\, PSM audits at the refinery). Siobha
             n Grady (Process Safety Lead) will run it with me.\n\nThanh Nguyen\nRefinery HSE Manager\nGladstone Alu
             mina Partners\n________________________________________________________________________________\nMicros
             oft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nM
             eeting ID: 418 202 559 310\nPasscode: 7Hx9Qb\n_________________________________________________________
             _______________________
            END:VEVENT
        """, "outlook", tzs=("E. Australia Standard Time",), yes=1, company="Gladstone Alumina Partners",
           role="Senior HSE Advisor (Process Safety)", stage="technical",
           who="thanh.nguyen@gapartners.com.au;siobhan.grady@gapartners.com.au", trap="outlook-qld-acronym-en"),
        ev("teams-hm-quarry", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000C0E1F7A3855CDB010000000000000000100000008F20D1
            DTSTAMP:20261124T071500Z
            DTSTART;TZID=W. Australia Standard Time:20261127T160000
            DTEND;TZID=W. Australia Standard Time:20261127T164500
            SUMMARY:Interview - Quarry HSE Manager
            ORGANIZER;CN="Whitfield, Ross":mailto:ross.whitfield@ironbarkquarries.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Liam\,\n\nThanks for your time on the phone. Let's do a proper interview on Teams - I'm th
             e GM for our WA quarries and the role reports to me.\n\nRoss\n\nIronbark Quarries | Gosnells - Orange G
             rove - Baldivis\n________________________________________________________________________________\nMicr
             osoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\
             nMeeting ID: 387 662 014 552\nPasscode: aY3kP2\n_______________________________________________________
             _________________________\nFor organizers: Meeting options | Reset dial-in PIN
            END:VEVENT
        """, "outlook", tzs=WA, yes=1, company="Ironbark Quarries", role="Quarry HSE Manager",
           stage="hiring_manager", who="ross.whitfield@ironbarkquarries.com.au", trap="teams-hm-en"),
        ev("outlook-final-bne", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E008000000001097D03C865CDB01000000000000000010000000F0A612
            DTSTAMP:20261205T010000Z
            DTSTART;TZID=E. Australia Standard Time:20261216T100000
            DTEND;TZID=E. Australia Standard Time:20261216T113000
            SUMMARY:Final Interview - Principal Risk Advisor - Coral Sea Energy
            ORGANIZER;CN="O'Connell, Daniel":mailto:daniel.oconnell@coralseaenergy.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Harcourt, Julian":mailto:julian.harcourt@coralseaenergy.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="O'Connell, Daniel":mailto:daniel.oconnell@coralseaenergy.com.au
            ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="BNE-L18-Heron":mailto:bne-l18-heron@coralseaenergy.com.au
            LOCATION:BNE-L18-Heron\; Coral Sea Energy\, 300 Queen St\, Brisbane
            DESCRIPTION:Liam\, final round with Julian Harcourt (VP Operations) and me. We'll cover your flights fro
             m Perth - travel team will be in touch.\n\nDaniel
            END:VEVENT
        """, "outlook", tzs=("E. Australia Standard Time",), yes=1, company="Coral Sea Energy",
           role="Principal Risk Advisor", stage="final",
           who="julian.harcourt@coralseaenergy.com.au;daniel.oconnell@coralseaenergy.com.au",
           trap="outlook-final-room-en"),
        ev("outlook-screen-phone", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000503A61E2845CDB0100000000000000001000000061D7B3
            DTSTAMP:20261124T030000Z
            DTSTART;TZID=W. Australia Standard Time:20261125T123000
            DTEND;TZID=W. Australia Standard Time:20261125T130000
            SUMMARY:Phone screen - Liam Fraser (Senior Safety & Risk Manager)
            ORGANIZER;CN="Recruitment, Westgrid":mailto:recruitment@westgrid.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Singh, Harpreet":mailto:harpreet.singh@westgrid.com.au
            LOCATION:Phone - Harpreet to call 0412 558 903
            DESCRIPTION:Initial phone screen with Harpreet Singh (Talent Acquisition Partner) for the Senior Safet
             y & Risk Manager vacancy.\n\nWestgrid Recruitment
            END:VEVENT
        """, "outlook", tzs=WA, yes=1, company="Westgrid", role="Senior Safety & Risk Manager",
           stage="recruiter_screen", who="harpreet.singh@westgrid.com.au", trap="outlook-phone-screen-en"),
        ev("google-site-final", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261217T083000
            DTEND;TZID=Australia/Perth:20261217T140000
            DTSTAMP:20261208T050000Z
            ORGANIZER;CN=Corey Blackwood:mailto:corey.blackwood@gascoynesalt.com.au
            UID:4r8tn2c6m0q9vk1h7d3b5s0pge@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Corey Blackwood;X-NUM-GUESTS=0:mail
             to:corey.blackwood@gascoynesalt.com.au
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maree Jovanovic;X-NUM-GUESTS=0:mail
             to:maree.jovanovic@gascoynesalt.com.au
            DESCRIPTION:Final stage - Site HSE Superintendent. Site tour of the ponds and wharf with me\, then the f
             inal interview with Maree Jovanovic (General Manager) in the admin block. Flights Perth-Carnarvon booke
             d by Gascoyne Salt (QF2220)\, ute pickup from the airport.
            LOCATION:Gascoyne Salt - Lake Macleod operations\, via Carnarvon WA
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Site visit + final interview - Gascoyne Salt
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", tzs=P, yes=1, company="Gascoyne Salt", role="Site HSE Superintendent", stage="final",
           who="corey.blackwood@gascoynesalt.com.au;maree.jovanovic@gascoynesalt.com.au",
           trap="google-site-visit-final-en"),
        ev("webex-tech-panel", r"""
            BEGIN:VEVENT
            UID:webex-6d3e0f7a9b2c4815a4e0c1d2f3b4a596
            DTSTAMP:20261203T020000Z
            DTSTART;TZID=Australia/Perth:20261211T140000
            DTEND;TZID=Australia/Perth:20261211T150000
            SUMMARY:Exmouth Offshore Services - Technical Panel Interview (Webex)
            ORGANIZER;CN=Gemma Harlow:mailto:gemma.harlow@exoffshore.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Tomasz Wierzbicki:mailto:tomasz.wierzbicki@exoffshore.com
            ATTENDEE;CN=Ruth Adeyemi:mailto:ruth.adeyemi@exoffshore.com
            LOCATION:https://exoffshore.webex.com/exoffshore/j.php?MTID=m4e1f0b2a7c9d
            DESCRIPTION:Technical panel for the HSE Manager - Marine Operations role: vessel SMS\, simultaneous oper
             ations\, permit to work. Panel: Tomasz Wierzbicki (Marine Superintendent) and Ruth Adeyemi (QHSE Direct
             or). Gemma will host the meeting and drop off after introductions.\n\nJoin Webex meeting\nhttps://exoff
             shore.webex.com/exoffshore/j.php?MTID=m4e1f0b2a7c9d\nMeeting number (access code): 2651 448 0937\nMeeti
             ng password: HSE2026!\n\nJoin by phone\n+61-2-9338-2221 Australia Toll
            END:VEVENT
        """, "webex", tzs=P, yes=1, company="Exmouth Offshore Services", role="HSE Manager - Marine Operations",
           stage="technical", who="tomasz.wierzbicki@exoffshore.com;ruth.adeyemi@exoffshore.com",
           trap="webex-tech-panel-en"),
    ]
