"""holdout123: the user's own interviews sent by ATS and scheduling tools (Workday, SuccessFactors, PageUp ...)."""

from __future__ import annotations

from holdout123ev_ics import Ev, ev

P = ("Australia/Perth",)
B = ("Australia/Brisbane",)


def events() -> list[Ev]:
    return [
        ev("workday-screen", r"""
            BEGIN:VEVENT
            UID:WD-INT-7d1c0e52-4b8a-4f0e-9a61-3be0c2f81a07@myworkday.com
            DTSTAMP:20261124T021500Z
            DTSTART;TZID=Australia/Perth:20261201T083000
            DTEND;TZID=Australia/Perth:20261201T090000
            SUMMARY:Interview: HSE Manager - Operations (R-10482) - Liam Fraser
            ORGANIZER;CN=Nullagine Iron Talent Acquisition:mailto:nullagineiron@myworkday.com
            ATTENDEE;CN=Liam Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:liam.fraser.hse@bigp
             ond.com
            ATTENDEE;CN=Kerrie Walsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kerrie.walsh@nullagineiron.com
            LOCATION:Phone - Kerrie will call you on 0412 558 903
            DESCRIPTION:Hi Liam\,\n\nThank you for your application for the HSE Manager - Operations role with Nulla
             gine Iron. We would like to invite you to a 30 minute phone interview with Kerrie Walsh\, Senior Talen
             t Acquisition Partner.\n\nInterview type: Phone Screen\nJob requisition: R-10482 HSE Manager - Operatio
             ns (Perth / FIFO)\n\nIf you need to change the time\, please reply to this message or contact careers@n
             ullagineiron.com.\n\nKind regards\,\nNullagine Iron Talent Acquisition
            STATUS:CONFIRMED
            SEQUENCE:0
            END:VEVENT
        """, "workday", tzs=P, yes=1, company="Nullagine Iron", role="HSE Manager - Operations",
           stage="recruiter_screen", who="kerrie.walsh@nullagineiron.com", trap="workday-screen-en"),
        ev("workday-panel", r"""
            BEGIN:VEVENT
            UID:WD-INT-19f0a2c4-0e77-4d5b-8c3f-6a2b91d4e5c8@myworkday.com
            DTSTAMP:20261203T051100Z
            DTSTART;TZID=Australia/Perth:20261209T130000
            DTEND;TZID=Australia/Perth:20261209T143000
            SUMMARY:Interview Scheduled: HSE Manager - Operations (R-10482) - Panel
            ORGANIZER;CN=Nullagine Iron Talent Acquisition:mailto:nullagineiron@myworkday.com
            ATTENDEE;CN=Liam Fraser;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Graeme Hollis;ROLE=REQ-PARTICIPANT:mailto:graeme.hollis@nullagineiron.com
            ATTENDEE;CN=Anita Desai;ROLE=REQ-PARTICIPANT:mailto:anita.desai@nullagineiron.com
            ATTENDEE;CN=Shane Quilty;ROLE=REQ-PARTICIPANT:mailto:shane.quilty@nullagineiron.com
            ATTENDEE;CN=Kerrie Walsh;ROLE=NON-PARTICIPANT:mailto:kerrie.walsh@nullagineiron.com
            ATTENDEE;CUTYPE=ROOM;CN=PER-L9-Boardroom 9.02;ROLE=NON-PARTICIPANT:mailto:per-l9-boardroom902@nullaginei
             ron.com
            LOCATION:Nullagine Iron\, Level 9\, 256 St Georges Tce\, Perth WA 6000 - Boardroom 9.02
            DESCRIPTION:Interview Details\n\nCandidate: Liam Fraser\nJob: HSE Manager - Operations (R-10482)\nFormat
             : Panel interview (90 minutes\, in person)\n\nPanel:\n- Graeme Hollis\, General Manager Operations\n- A
             nita Desai\, Head of People - Operations\n- Shane Quilty\, Principal HSE Systems\n\nKerrie Walsh (Talen
             t Acquisition) will meet you in the Level 9 reception and look after the logistics. Please bring phot
             o ID for building access.
            STATUS:CONFIRMED
            SEQUENCE:1
            END:VEVENT
        """, "workday", tzs=P, yes=1, company="Nullagine Iron", role="HSE Manager - Operations", stage="onsite",
           who="graeme.hollis@nullagineiron.com;anita.desai@nullagineiron.com;shane.quilty@nullagineiron.com",
           trap="workday-panel-room-coordinator-en"),
        ev("successfactors-hm", r"""
            BEGIN:VEVENT
            UID:SF-ISC-000451207-3@coralseaenergy.successfactors.com
            DTSTAMP:20261125T003000Z
            DTSTART;TZID=Australia/Brisbane:20261202T100000
            DTEND;TZID=Australia/Brisbane:20261202T110000
            SUMMARY:Interview Invitation: Principal Risk Advisor (Req 45120)
            ORGANIZER;CN=Coral Sea Energy Careers:mailto:careers@coralseaenergy.com.au
            ATTENDEE;CN=Liam Fraser;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Daniel O'Connell;ROLE=REQ-PARTICIPANT:mailto:daniel.oconnell@coralseaenergy.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Dear Liam\,\n\nYou have been invited to an interview for the position of Principal Risk Advi
             sor (Req 45120)\, Brisbane / Curtis Island rotation.\n\nInterviewer: Daniel O'Connell\, Manager Operati
             onal Risk (hiring manager)\nDuration: 60 minutes\nTime shown in Brisbane time (AEST).\n\n______________
             __________________________________________________________________\nMicrosoft Teams meeting\nJoin on yo
             ur computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 391 772 604 118\nP
             asscode: q7Xb2M\n________________________________________________________________________________\n\nTh
             is is an automated message from SAP SuccessFactors on behalf of Coral Sea Energy.
            STATUS:CONFIRMED
            END:VEVENT
        """, "successfactors", tzs=B, yes=1, company="Coral Sea Energy", role="Principal Risk Advisor",
           stage="hiring_manager", who="daniel.oconnell@coralseaenergy.com.au", trap="successfactors-teams-en"),
        ev("pageup-panel", r"""
            BEGIN:VEVENT
            UID:pageup-ivw-5520193-liam-fraser@pageuppeople.com
            DTSTAMP:20261126T070000Z
            DTSTART;TZID=Australia/Perth:20261204T093000
            DTEND;TZID=Australia/Perth:20261204T110000
            SUMMARY:Spinifex Gold - Interview Confirmation - Group HSE Manager
            ORGANIZER;CN=Spinifex Gold Recruitment:mailto:noreply@pageuppeople.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Spinifex Gold Ltd\, Level 2\, 1 Havelock Street\, West Perth
            DESCRIPTION:Dear Liam\,\n\nThank you for confirming your interview for the role of Group HSE Manager (Jo
             b No. SG-2291).\n\nYour interview panel will be:\n  Bronwyn Hale - Chief Operating Officer\n  Marcus Ta
             n - Group Manager People & Culture\n  Ellie Sorensen - Principal Hygienist\n\nThe interview will run fo
             r approximately 90 minutes and will include a short presentation (10 minutes) on 'Critical control mana
             gement in a multi-site gold business'.\n\nParking is available in the Wilson car park on Havelock St.\n
             \nRegards\,\nSpinifex Gold Recruitment Team
            END:VEVENT
        """, "pageup", tzs=P, yes=1, company="Spinifex Gold", role="Group HSE Manager", stage="onsite",
           who="Bronwyn Hale;Marcus Tan;Ellie Sorensen", trap="pageup-panel-names-en"),
        ev("greenhouse-screen", r"""
            BEGIN:VEVENT
            UID:gh-3f9a81c0b2d74e6f@greenhouse.io
            DTSTAMP:20261123T233000Z
            DTSTART:20261127T010000Z
            DTEND:20261127T013000Z
            SUMMARY:Liam Fraser - Phone Screen (HSE Lead\, Project Delivery)
            ORGANIZER;CN=Priya Raman:mailto:priya.raman@sunriseh2.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@sunriseh2.com.au
            LOCATION:https://meet.google.com/wuz-qtdp-kre
            DESCRIPTION:Hi Liam\, looking forward to speaking with you about the HSE Lead\, Project Delivery role a
             t Sunrise Hydrogen!\n\nInterviewer: Priya Raman (Talent Partner)\n\nJoin with Google Meet: https://meet
             .google.com/wuz-qtdp-kre\nOr dial: (AU) +61 2 9051 6722 PIN: 553 118 204#\n\nPowered by Greenhouse
            END:VEVENT
        """, "greenhouse", yes=1, company="Sunrise Hydrogen", role="HSE Lead, Project Delivery",
           stage="recruiter_screen", who="priya.raman@sunriseh2.com.au", trap="greenhouse-utc-en"),
        ev("greenhouse-case", r"""
            BEGIN:VEVENT
            UID:gh-8d02e1fa47c94b10@greenhouse.io
            DTSTAMP:20261130T031000Z
            DTSTART;TZID=Australia/Perth:20261208T140000
            DTEND;TZID=Australia/Perth:20261208T153000
            SUMMARY:Interview with Sunrise Hydrogen: HSE Case Study
            ORGANIZER;CN=Priya Raman:mailto:priya.raman@sunriseh2.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Jonah Whitlam:mailto:jonah.whitlam@sunriseh2.com.au
            ATTENDEE;CN=Sasha Milovan:mailto:sasha.milovan@sunriseh2.com.au
            ATTENDEE;CN=Priya Raman;ROLE=OPT-PARTICIPANT:mailto:priya.raman@sunriseh2.com.au
            LOCATION:Sunrise Hydrogen\, 140 William St\, Perth (Level 6) / Google Meet fallback
            DESCRIPTION:Hi Liam\,\n\nHere is your schedule for the case study round for HSE Lead\, Project Delivery.
             \n\n2:00pm - 2:45pm  Case study: HAZOP close-out and construction interface risks at our Kwinana electr
             olyser site - Jonah Whitlam (Project Director)\n2:45pm - 3:30pm  Discussion & questions - Sasha Milova
             n (Head of Engineering)\n\nPriya will be your point of contact on the day but won't be on the panel.\n\
             nPowered by Greenhouse
            END:VEVENT
        """, "greenhouse", tzs=P, yes=1, company="Sunrise Hydrogen", role="HSE Lead, Project Delivery",
           stage="technical", who="jonah.whitlam@sunriseh2.com.au;sasha.milovan@sunriseh2.com.au",
           trap="greenhouse-case-en"),
        ev("ashby-final", r"""
            BEGIN:VEVENT
            UID:ashby-interview-event-6b1f27e3-5c09-4d55-a8f2-1e0d7c4b9a31
            DTSTAMP:20261201T060000Z
            DTSTART;TZID=Australia/Perth:20261211T100000
            DTEND;TZID=Australia/Perth:20261211T110000
            SUMMARY:Liam Fraser <> Kwinana Refining: Final Interview
            ORGANIZER;CN=Kwinana Refining Recruiting:mailto:recruiting@kwinanarefining.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Henrik Aalto:mailto:henrik.aalto@kwinanarefining.com.au
            LOCATION:Kwinana Refining - Admin Building\, 12 Leath Rd\, Kwinana Beach WA
            DESCRIPTION:Final interview for the Refinery HSE Manager role.\n\nYou'll meet Henrik Aalto\, General Man
             ager - Kwinana. Please allow time for the site induction video at the gatehouse (steel caps and long sl
             eeves required for the plant walk afterwards).\n\nScheduled with Ashby
            END:VEVENT
        """, "ashby", tzs=P, yes=1, company="Kwinana Refining", role="Refinery HSE Manager", stage="final",
           who="henrik.aalto@kwinanarefining.com.au", trap="ashby-final-en"),
        ev("lever-screen", r"""
            BEGIN:VEVENT
            UID:lever-int-0c6e5d7a-92b4-4a3e-bf21-77f0a8c3d1e9@hire.lever.co
            DTSTAMP:20261124T040000Z
            DTSTART;TZID=Australia/Perth:20261130T160000
            DTEND;TZID=Australia/Perth:20261130T163000
            SUMMARY:Bluewater Subsea - HSEQ Manager - Recruiter Call
            ORGANIZER;CN=Lucy Farrant:mailto:lucy.farrant@bluewatersubsea.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            LOCATION:https://bluewatersubsea.zoom.us/j/84410927731
            DESCRIPTION:Liam - quick 30 minute call to walk through the HSEQ Manager role (Henderson yard + vessel c
             ampaigns) and your background.\n\nJoin Zoom Meeting\nhttps://bluewatersubsea.zoom.us/j/84410927731\nMee
             ting ID: 844 1092 7731\n\nLucy Farrant | Talent Acquisition Lead | Bluewater Subsea
            END:VEVENT
        """, "lever", tzs=P, yes=1, company="Bluewater Subsea", role="HSEQ Manager", stage="recruiter_screen",
           who="lucy.farrant@bluewatersubsea.com", trap="lever-zoom-en"),
        ev("lever-hm", r"""
            BEGIN:VEVENT
            UID:lever-int-4a7b19d2-e3c0-4f68-9d15-2b8e6f0a7c44@hire.lever.co
            DTSTAMP:20261203T020000Z
            DTSTART;TZID=Australia/Perth:20261210T090000
            DTEND;TZID=Australia/Perth:20261210T100000
            SUMMARY:Bluewater Subsea - HSEQ Manager - Hiring Manager Interview
            ORGANIZER;CN=Lucy Farrant:mailto:lucy.farrant@bluewatersubsea.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Rob Kaczmarek:mailto:rob.kaczmarek@bluewatersubsea.com
            LOCATION:Bluewater Subsea\, 9 Clarence Beach Rd\, Henderson WA 6166
            DESCRIPTION:Interviewer: Rob Kaczmarek\, Operations Director\nFormat: in person\, 60 min\, followed b
             y a short walk around the yard.
            END:VEVENT
        """, "lever", tzs=P, yes=1, company="Bluewater Subsea", role="HSEQ Manager", stage="hiring_manager",
           who="rob.kaczmarek@bluewatersubsea.com", trap="lever-hm-en"),
        ev("softgarden-de", r"""
            BEGIN:VEVENT
            UID:sg-appointment-88213407@softgarden.io
            DTSTAMP:20261125T080000Z
            DTSTART;TZID=Europe/Berlin:20261203T080000
            DTEND;TZID=Europe/Berlin:20261203T090000
            SUMMARY:Einladung zum Vorstellungsgespräch: HSE Manager Australia (m/w/d)
            ORGANIZER;CN=Kessler Bergbautechnik GmbH - Recruiting:mailto:jobs@kessler-bbt.de
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Dr. Sabine Kröger:mailto:sabine.kroeger@kessler-bbt.de
            ATTENDEE;CN=Emre Aydin:mailto:emre.aydin@kessler-bbt.de
            LOCATION:Microsoft Teams
            DESCRIPTION:Sehr geehrter Herr Fraser\,\n\nvielen Dank für Ihre Bewerbung als HSE Manager Australia (m/w
             /d) für unsere Niederlassung in Perth. Wir freuen uns\, Sie zu einem Vorstellungsgespräch per Microsof
             t Teams einzuladen.\n\nIhre Gesprächspartner:\n- Dr. Sabine Kröger\, Leiterin Arbeitssicherheit & Umwel
             t\n- Emre Aydin\, HR Business Partner\n\nDas Gespräch wird auf Englisch geführt. Uhrzeit: 08:00 Uhr ME
             Z (15:00 Uhr Perth).\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Kessler Bergbautechnik GmbH\n\
             n--\nVersendet über softgarden
            END:VEVENT
        """, "softgarden", tzs=("Europe/Berlin",), yes=1, company="Kessler Bergbautechnik",
           role="HSE Manager Australia (m/w/d)", stage="hiring_manager",
           who="sabine.kroeger@kessler-bbt.de;emre.aydin@kessler-bbt.de", trap="softgarden-de"),
        ev("personio-screen", r"""
            BEGIN:VEVENT
            UID:personio-interview-2f6c3b1e9d@helio-grid.personio.de
            DTSTAMP:20261126T093000Z
            DTSTART;TZID=Australia/Perth:20261202T153000
            DTEND;TZID=Australia/Perth:20261202T160000
            SUMMARY:Interview: Head of HSE (APAC) - Liam Fraser
            ORGANIZER;CN=Helio Grid Solutions:mailto:no-reply@helio-grid.personio.de
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Marlene Voss:mailto:marlene.voss@heliogrid.com
            LOCATION:Google Meet
            DESCRIPTION:Hello Liam\,\n\nthank you for your interest in Helio Grid Solutions! As discussed\, we'd lik
             e to get to know you in a first 30-minute call with Marlene Voss (Talent Acquisition\, APAC).\n\nRole
             : Head of HSE (APAC) - grid-scale battery projects\, based in Perth\nVideo link: https://meet.google.co
             m/kdo-pnfa-zwe\n\nBest\,\nHelio Grid People Team
            END:VEVENT
        """, "personio", tzs=P, yes=1, company="Helio Grid Solutions", role="Head of HSE (APAC)",
           stage="recruiter_screen", who="marlene.voss@heliogrid.com", trap="personio-en"),
        ev("teamtailor-video", r"""
            BEGIN:VEVENT
            UID:tt-meeting-5b8d1c2e-7a40-4e19-9f63-0d2a6c8e4b71@teamtailor.com
            DTSTAMP:20261127T010000Z
            DTSTART;TZID=Australia/Perth:20261203T110000
            DTEND;TZID=Australia/Perth:20261203T114500
            SUMMARY:Video interview: Health & Safety Manager at Collie Renewables
            ORGANIZER;CN=Collie Renewables:mailto:notifications@teamtailor-mail.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Nadia Petrakis:mailto:nadia.petrakis@collierenewables.com.au
            LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZGI2
            DESCRIPTION:Hi Liam!\n\nYou have an upcoming video interview with Nadia Petrakis (People & Culture Lead
             ) for the Health & Safety Manager position.\n\nJoin the meeting: https://teams.microsoft.com/l/meetup-j
             oin/19%3ameeting_NzQ4ZGI2\n\nSee you soon!\nCollie Renewables
            END:VEVENT
        """, "teamtailor", tzs=P, yes=1, company="Collie Renewables", role="Health & Safety Manager",
           stage="recruiter_screen", who="nadia.petrakis@collierenewables.com.au", trap="teamtailor-en"),
        ev("workable-phone", r"""
            BEGIN:VEVENT
            UID:workable-event-91c7e0b4d2@workable.com
            DTSTAMP:20261124T050000Z
            DTSTART;TZID=Australia/Perth:20261126T120000
            DTEND;TZID=Australia/Perth:20261126T124500
            SUMMARY:Interview with Gascoyne Salt for Site HSE Superintendent
            ORGANIZER;CN=Gascoyne Salt:mailto:noreply@workablemail.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Corey Blackwood:mailto:corey.blackwood@gascoynesalt.com.au
            LOCATION:Phone call
            DESCRIPTION:Phone interview with Corey Blackwood\, Site Manager (Lake Macleod).\n\nCorey will call you o
             n the number in your application.\n\nThis event was scheduled via Workable.
            END:VEVENT
        """, "workable", tzs=P, yes=1, company="Gascoyne Salt", role="Site HSE Superintendent",
           stage="hiring_manager", who="corey.blackwood@gascoynesalt.com.au", trap="workable-phone-en"),
        ev("icims-panel", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000A0B9E1E6C05CDB01000000000000000010000000ICIMS44107
            DTSTAMP:20261128T004500Z
            DTSTART;TZID="W. Australia Standard Time":20261207T090000
            DTEND;TZID="W. Australia Standard Time":20261207T103000
            SUMMARY:Interview Confirmation - Senior Safety & Risk Manager - Westgrid
            ORGANIZER;CN="Westgrid Recruitment":mailto:recruitment@westgrid.com.au
            ATTENDEE;CN="Fraser, Liam";RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN="Okafor, Chidi":mailto:chidi.okafor@westgrid.com.au
            ATTENDEE;CN="Lindqvist, Maja":mailto:maja.lindqvist@westgrid.com.au
            ATTENDEE;CUTYPE=RESOURCE;CN="EPT-03-Training Room (12)";ROLE=NON-PARTICIPANT:mailto:ept03training@westgr
             id.com.au
            LOCATION:Westgrid\, 363 Wellington St\, East Perth - Level 3 Training Room
            DESCRIPTION:Dear Liam\,\n\nYour interview has been scheduled for the Senior Safety & Risk Manager (Req #
             44107).\n\nInterview panel: Chidi Okafor (Executive Manager HSE)\, Maja Lindqvist (Network Operations M
             anager).\n\nPlease report to main reception 10 minutes early.\n\niCIMS Talent Cloud
            END:VEVENT
        """, "icims", tzs=("W. Australia Standard Time",), yes=1, company="Westgrid",
           role="Senior Safety & Risk Manager", stage="onsite",
           who="chidi.okafor@westgrid.com.au;maja.lindqvist@westgrid.com.au", trap="icims-windows-tz-en"),
        ev("goodtime-onsite", r"""
            BEGIN:VEVENT
            UID:goodtime-ae71c3f0-88b2-4c1a-bd05-3f9e2a6d1b7c@goodtime.io
            DTSTAMP:20261130T220000Z
            DTSTART;TZID=Australia/Perth:20261214T090000
            DTEND;TZID=Australia/Perth:20261214T120000
            SUMMARY:Yilgarn Copper Interview: Liam Fraser - HSE Manager (Mt Holland Project)
            ORGANIZER;CN=Zara Ingram:mailto:zara.ingram@yilgarncopper.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Oliver Brandt:mailto:oliver.brandt@yilgarncopper.com
            ATTENDEE;CN=Ngaire Te Rangi:mailto:ngaire.terangi@yilgarncopper.com
            ATTENDEE;CN=Paul Ferrante:mailto:paul.ferrante@yilgarncopper.com
            LOCATION:Yilgarn Copper\, 5/88 Colin St\, West Perth
            DESCRIPTION:Your interview schedule\n\n09:00 - 10:00  Oliver Brandt\, Project Director\n10:00 - 11:00  N
             gaire Te Rangi\, Manager Community & Environment\n11:00 - 12:00  Paul Ferrante\, VP Operations\n\nCoord
             inator: Zara Ingram (Recruiting Coordinator) - call 08 9482 1150 on arrival.\n\nScheduled with GoodTime
            END:VEVENT
        """, "goodtime", tzs=P, yes=1, company="Yilgarn Copper", role="HSE Manager (Mt Holland Project)",
           stage="onsite",
           who="oliver.brandt@yilgarncopper.com;ngaire.terangi@yilgarncopper.com;paul.ferrante@yilgarncopper.com",
           trap="goodtime-loop-coordinator-en"),
        ev("modernloop-tech", r"""
            BEGIN:VEVENT
            UID:ml-evt-d41f9b3a27e6@modernloop.io
            DTSTAMP:20261126T020000Z
            DTSTART;TZID=Australia/Perth:20261201T140000
            DTEND;TZID=Australia/Perth:20261201T150000
            SUMMARY:Liam Fraser / Lakewood - Technical interview (HSE in design)
            ORGANIZER;CN=Lakewood Recruiting:mailto:recruiting@lpe.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Dinesh Perera:mailto:dinesh.perera@lpe.com.au
            LOCATION:Microsoft Teams
            DESCRIPTION:Lakewood Process Engineering - Principal HSE Advisor (EPCM)\n\nTechnical interview with Dine
             sh Perera (Engineering Manager): safety in design\, HAZID/HAZOP facilitation\, construction-to-commissi
             oning handover.\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting
             _LPE7731\n\nScheduled by ModernLoop
            END:VEVENT
        """, "modernloop", tzs=P, yes=1, company="Lakewood Process Engineering", role="Principal HSE Advisor (EPCM)",
           stage="technical", who="dinesh.perera@lpe.com.au", trap="modernloop-tech-en"),
        ev("calendly-screen", r"""
            BEGIN:VEVENT
            UID:0b3f6e9a-4c21-4d7e-a8b0-c5e2f91d3a66@calendly.com
            DTSTAMP:20261124T103000Z
            DTSTART:20261126T003000Z
            DTEND:20261126T010000Z
            SUMMARY:Liam Fraser and Tara Quinn
            ORGANIZER;CN=Tara Quinn:mailto:tara.quinn@redbankcm.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Tara will call you on +61 412 558 903
            DESCRIPTION:Event Name: HSE Manager - Phone Screen (Redbank Civil & Mining)\n\nNeed to make changes to t
             his event?\nCancel: https://calendly.com/cancellations/0b3f6e9a\nReschedule: https://calendly.com/resch
             edulings/0b3f6e9a\n\nPowered by Calendly.com
            END:VEVENT
        """, "calendly", yes=1, company="Redbank Civil & Mining", role="HSE Manager", stage="recruiter_screen",
           who="tara.quinn@redbankcm.com.au", trap="calendly-invitee-en"),
        ev("calcom-intro", r"""
            BEGIN:VEVENT
            UID:calcom-7Qw2nX5pLr9zT1
            DTSTAMP:20261125T120000Z
            DTSTART;TZID=Australia/Perth:20261128T070000
            DTEND;TZID=Australia/Perth:20261128T073000
            SUMMARY:Intro call between Hamish Doyle and Liam Fraser
            ORGANIZER;CN=Hamish Doyle:mailto:hamish@ordriverminerals.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            LOCATION:https://app.cal.com/video/7Qw2nX5pLr9zT1
            DESCRIPTION:What: Intro call - Head of HSE & Community\nInvitee time zone: Australia/Perth\n\nAdditiona
             l notes: Hi Liam - Hamish here\, MD at Ord River Minerals. Keen for an initial conversation about the H
             ead of HSE & Community role before we go further. Early start sorry\, I'm in Kununurra this week.
            END:VEVENT
        """, "calcom", tzs=P, yes=1, company="Ord River Minerals", role="Head of HSE & Community", stage="",
           who="hamish@ordriverminerals.com.au", trap="calcom-md-no-stage-en"),
        ev("bookings-hm", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000092E1E1D1B65CDB010000000000000000100000005B7A
            DTSTAMP:20261125T060000Z
            DTSTART;TZID=W. Australia Standard Time:20261203T100000
            DTEND;TZID=W. Australia Standard Time:20261203T110000
            SUMMARY:Candidate interview - HSE Superintendent (Operations)
            ORGANIZER;CN=DBT Careers:mailto:DBTCareers@dbterminals.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Rhys Penrose:mailto:rhys.penrose@dbterminals.com.au
            LOCATION:Dampier Bulk Terminals - Perth office\, 191 St Georges Tce\, Level 14
            DESCRIPTION:Your booking is confirmed.\n\nService: Candidate interview - HSE Superintendent (Operations)
             \nStaff: Rhys Penrose (Operations Manager\, hiring manager)\nCustomer: Liam Fraser\n\nDampier Bulk Term
             inals\nBooked with Microsoft Bookings
            END:VEVENT
        """, "bookings", tzs=("W. Australia Standard Time",), yes=1, company="Dampier Bulk Terminals",
           role="HSE Superintendent (Operations)", stage="hiring_manager", who="rhys.penrose@dbterminals.com.au",
           trap="bookings-en"),
        ev("livehire-hm", r"""
            BEGIN:VEVENT
            UID:lh-interview-33a9c8e1f70b4d26@livehire.com
            DTSTAMP:20261126T230000Z
            DTSTART;TZID=Australia/Brisbane:20261204T130000
            DTEND;TZID=Australia/Brisbane:20261204T140000
            SUMMARY:QCM - Video interview - Health\, Safety & Environment Manager
            ORGANIZER;CN=Queensland Critical Minerals:mailto:talent@qcm.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Brett Lowanna:mailto:brett.lowanna@qcm.com.au
            LOCATION:Video (link below)
            DESCRIPTION:Hi Liam\, thanks for connecting with Queensland Critical Minerals on LiveHire.\n\nIntervie
             w with Brett Lowanna\, Project General Manager - Julia Creek Vanadium (hiring manager). 60 minutes.\nTi
             mes shown are Brisbane time (11am in Perth).\n\nJoin: https://qcm.zoom.us/j/92011548820
            END:VEVENT
        """, "livehire", tzs=B, yes=1, company="Queensland Critical Minerals",
           role="Health, Safety & Environment Manager", stage="hiring_manager", who="brett.lowanna@qcm.com.au",
           trap="livehire-brisbane-en"),
    ]
