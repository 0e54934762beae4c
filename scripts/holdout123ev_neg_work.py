"""holdout123 negatives: the user's own work at Pilbara Ore (rosters, prestarts, incident interviews, audits)."""

from __future__ import annotations

from holdout123ev_ics import Ev, ev

P = ("Australia/Perth",)
WA = ("W. Australia Standard Time",)


def no(kind: str, body: str, tool: str, trap: str, **kw: object) -> Ev:
    return ev(kind, body, tool, yes=0, trap=trap, **kw)  # type: ignore[arg-type]


def events() -> list[Ev]:
    return [
        no("fifo-swing", r"""
            BEGIN:VEVENT
            UID:B9E4D1A7-3C52-4F86-A0D9-6E2B8C1F7A35
            DTSTAMP:20261120T100000Z
            DTSTART;VALUE=DATE:20261217
            DTEND;VALUE=DATE:20261225
            SUMMARY:FIFO swing - Tom Price (8 on)
            DESCRIPTION:QF flight 5:40am Tue. Camp room B-214.
            TRANSP:TRANSPARENT
            END:VEVENT
        """, "apple", "fifo-roster-en", method=None),
        no("rnr", r"""
            BEGIN:VEVENT
            UID:C3A7F0E2-8B14-4D69-9E5C-1A6D2F8B4C07
            DTSTAMP:20261120T100000Z
            DTSTART;VALUE=DATE:20261225
            DTEND;VALUE=DATE:20261231
            SUMMARY:R&R
            TRANSP:TRANSPARENT
            END:VEVENT
        """, "apple", "roster-rnr-en", method=None),
        no("prestart", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000030A6F1D2835CDB01000000000000000010000000B8E0C4
            DTSTAMP:20261101T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261102T054500
            DTEND;TZID=W. Australia Standard Time:20261102T060500
            RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270226T214500Z
            SUMMARY:Prestart - pit crew (D shift)
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Pit crib room
            END:VEVENT
        """, "outlook", "recurring-prestart-en", tzs=WA, method="PUBLISH"),
        no("toolbox", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000060F2B8E3855CDB0100000000000000001000000047A9C1
            DTSTAMP:20261125T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261201T063000
            DTEND;TZID=W. Australia Standard Time:20261201T070000
            SUMMARY:Toolbox - heat stress + hydration
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="TPR Maintenance Supervisors":mailto:tpr.maint.supervisors@pilbaraore.c
             om.au
            LOCATION:Workshop crib
            END:VEVENT
        """, "outlook", "toolbox-en", tzs=WA),
        no("incident-ix", r"""
            BEGIN:VEVENT
            UID:2E7B4C9A-1F63-4D08-B5A2-9C0E6D3F1B84
            DTSTAMP:20261126T093000Z
            DTSTART;TZID=Australia/Perth:20261127T140000
            DTEND;TZID=Australia/Perth:20261127T170000
            SUMMARY:incident ix - LV/HV interaction - interviews w/ B shift crew
            DESCRIPTION:HT operator\, LV driver\, dispatcher\, shift super. Separate interviews\, union delegate off
             ered. Bring ICAM forms + dashcam stills.
            LOCATION:TPR admin - small meeting room
            END:VEVENT
        """, "apple", "incident-investigation-interview-en", tzs=P, method=None),
        no("icam-witness", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000B0C4D9F5855CDB010000000000000000100000008E2F6A
            DTSTAMP:20261202T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261203T090000
            DTEND;TZID=W. Australia Standard Time:20261203T120000
            SUMMARY:ICAM witness interviews - CV04 conveyor near miss (INC-26-1184)
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Sithole, Themba":mailto:themba.sithole@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Walsh, Corey":mailto:corey.walsh@pilbaraore.com.au
            ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Lo, Kate":mailto:kate.lo@pilbaraore.com.au
            LOCATION:OPF control room annex
            DESCRIPTION:Interview schedule: 9:00 Themba (isolator)\, 10:00 Corey (fitter)\, 11:00 control room opera
             tor. Kate to take notes. Confidential - do not forward.
            END:VEVENT
        """, "outlook", "incident-witness-interviews-en", tzs=WA),
        no("own-appraisal", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000C0F7E2A8855CDB010000000000000000100000005B3D1E
            DTSTAMP:20261123T020000Z
            DTSTART;TZID=W. Australia Standard Time:20261208T150000
            DTEND;TZID=W. Australia Standard Time:20261208T160000
            SUMMARY:Performance & development review - Liam Fraser (FY26)
            ORGANIZER;CN="Munro, Craig":mailto:craig.munro@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Craig's office / Teams
            DESCRIPTION:Annual review. Please complete your self-assessment in SuccessFactors beforehand. We'll als
             o talk about development goals and the superintendent-to-manager pathway.
            END:VEVENT
        """, "outlook", "own-appraisal-en", tzs=WA),
        no("slt", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000D0A8F3B9845CDB01000000000000000010000000E9C4A2
            DTSTAMP:20261101T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261203T100000
            DTEND;TZID=W. Australia Standard Time:20261203T113000
            SUMMARY:SLT - HSE monthly performance
            ORGANIZER;CN="Munro, Craig":mailto:craig.munro@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="TPR-Admin-Boardroom":mailto:tpr-admin-boardroom@pilbaraore
             .com.au
            LOCATION:TPR-Admin-Boardroom
            DESCRIPTION:TRIFR\, critical control verifications\, open actions\, contractor performance.
            END:VEVENT
        """, "outlook", "internal-meeting-en", tzs=WA),
        no("tender-interviews", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000E0B9A4CA855CDB01000000000000000010000000F0D5B3
            DTSTAMP:20261126T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261210T083000
            DTEND;TZID=W. Australia Standard Time:20261210T163000
            SUMMARY:Tender clarification interviews - load & haul contract (3 tenderers)
            ORGANIZER;CN="Contracts & Procurement":mailto:procurement@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Perth office - Level 12 Boardroom
            DESCRIPTION:Liam to lead the HSE section of each tenderer interview (safety management plan\, fatigue\
             , TRIFR history). Tenderers: Redbank Civil & Mining\, Austral Drill & Blast\, one other. Probity rule
             s apply.
            END:VEVENT
        """, "outlook", "tender-interviews-en", tzs=WA),
        no("conference", r"""
            BEGIN:VEVENT
            UID:wamsc-2026-delegate-4471@wamsc.org.au
            DTSTAMP:20261015T000000Z
            DTSTART;VALUE=DATE:20261201
            DTEND;VALUE=DATE:20261203
            SUMMARY:WA Mine Safety Conference 2026
            LOCATION:Crown Perth\, Burswood
            DESCRIPTION:Delegate pass. Session highlights: 'Fatigue in FIFO rosters'\, 'Psychosocial hazards'\, 'Int
             erviewing witnesses after serious incidents' workshop.
            END:VEVENT
        """, "google", "conference-en", method="PUBLISH"),
        no("audit", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000F0C1B5DB855CDB010000000000000000100000002A6E4C
            DTSTAMP:20261125T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261209T080000
            DTEND;TZID=W. Australia Standard Time:20261209T090000
            SUMMARY:ISO 45001 surveillance audit - opening meeting
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Auditor - Lloyd Barnes:mailto:lloyd.barnes@certassure.com.au
            LOCATION:TPR admin
            DESCRIPTION:Lead auditor will interview supervisors and workers across D and N shifts over two days.
            END:VEVENT
        """, "outlook", "audit-en", tzs=WA),
        no("exit-interview-other", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000010D2C6EC855CDB0100000000000000001000000063F1A5
            DTSTAMP:20261201T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261211T100000
            DTEND;TZID=W. Australia Standard Time:20261211T103000
            SUMMARY:Exit interview - Mel Tran (HSEA)
            ORGANIZER;CN="Delgado, Rosa":mailto:rosa.delgado@pilbaraore.com.au
            ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            DESCRIPTION:P&C runs the exit interview with Mel. Liam - FYI only\, optional for the last 10 min for han
             dover items.
            END:VEVENT
        """, "outlook", "exit-interview-other-en", tzs=WA),
        no("contractor-prequal", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261204T130000
            DTEND;TZID=Australia/Perth:20261204T143000
            DTSTAMP:20261128T000000Z
            ORGANIZER;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            UID:1t6vc0m4q8k2h5d9r3n7b1pswo@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tara Quinn;X-NUM-GUESTS=0:mailto:ta
             ra.quinn@redbankcm.com.au
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luke Samson;X-NUM-GUESTS=0:mailto:l
             uke.samson@redbankcm.com.au
            DESCRIPTION:Contractor HSE pre-qualification interview - Redbank Civil & Mining. Walk through their HS
             E management plan\, subbie management\, incident stats (3 yrs)\, fatigue management.
            LOCATION:Teams
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Contractor pre-qual - Redbank Civil & Mining (HSE)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", "contractor-prequal-interview-en", tzs=P),
        no("one-on-one", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000020E3D7FD845CDB01000000000000000010000000740B2C
            DTSTAMP:20261101T000000Z
            DTSTART;TZID=W. Australia Standard Time:20261202T150000
            DTEND;TZID=W. Australia Standard Time:20261202T153000
            RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE
            SUMMARY:1:1 Liam / Kate
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lo, Kate":mailto:kate.lo@pilbaraore.com.au
            END:VEVENT
        """, "outlook", "one-on-one-en", tzs=WA),
    ]
