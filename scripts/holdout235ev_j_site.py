# ruff: noqa: E501
"""holdout235 events: the site's own calendar at Al Noor Gulf Contracting and career look-alikes (all negatives)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("consultant-rebar-inspection", "040000008200E00074C5B7101A82E00800000000DD6F7081924ADC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eng. Waleed Hamdi (Consultant RE)":mailto:w.hamdi@khatibconsult.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernandes, Clyde (QA/QC Mgr)":mailto:clyde.fernandes@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:IR-STR-1127-0412: rebar inspection L24 slab + columns C1-C18 (grid A-F). Shuttering and MEP sleeves already checked. Pour planned next day 4:00 AM subject to approval.\n
UID:040000008200E00074C5B7101A82E00800000000DD6F7081924ADC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
SUMMARY;LANGUAGE=en-US:Inspection - rebar L24 slab (IR-0412) w/ Consultant
DTSTART;TZID=Arabian Standard Time:20251118T140000
DTEND;TZID=Arabian Standard Time:20251118T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tower B - L24
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="consultant-inspection-request"),

    ev("toolbox-talk", "040000008200E00074C5B7101A82E00800000000EE70819A2B4ADC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Abdullah, Imran":mailto:imran.abdullah@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="P1127 Foremen":mailto:P1127.Foremen@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Weekly toolbox talk - all foremen and charge hands. Site engineers to present the week's high-risk activities (pours\, lifting plans\, work at height). Attendance sheet to HSE.\n
UID:040000008200E00074C5B7101A82E00800000000EE70819A2B4ADC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0
SUMMARY;LANGUAGE=en-US:Toolbox Talk (weekly)
DTSTART;TZID=Arabian Standard Time:20251006T063000
DTEND;TZID=Arabian Standard Time:20251006T070000
RRULE:FREQ=WEEKLY;BYDAY=MO
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Labour assembly area - Gate 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="toolbox-talk-weekly-recurring"),

    ev("safety-audit", "040000008200E00074C5B7101A82E00800000000FF8192A3B44ADC01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="HSE Corporate":mailto:hse.corporate@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abdullah, Imran":mailto:imran.abdullah@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Quarterly HSE audit (ISO 45001 internal). Auditor will interview site engineers and foremen on permit-to-work\, lifting plans and the last NCR closeouts. Have the site safety file and training matrix ready.\n
UID:040000008200E00074C5B7101A82E00800000000FF8192A3B44ADC01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1
SUMMARY;LANGUAGE=en-US:Q4 Internal HSE Audit - P1127
DTSTART;TZID=Arabian Standard Time:20251210T080000
DTEND;TZID=Arabian Standard Time:20251210T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:P1127 site
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="safety-audit-auditor-interviews-staff"),

    ev("concrete-pour", "3A9E7C10-55B2-4F1D-8C07-D2E1B6F4A985", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:L24 slab pour ~ 420 m3 C50/60\, 2 pumps (boom + static)\, Unimix batching confirm 2am. Cube sampling every 50m3. Night permit from DM. Curing compound + hessian ready.
DTEND;TZID=Arabian Standard Time:20251119T140000
DTSTAMP:20251118T170500Z
DTSTART;TZID=Arabian Standard Time:20251119T040000
LOCATION:Tower B L24
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:POUR - L24 slab
TRANSP:OPAQUE
UID:3A9E7C10-55B2-4F1D-8C07-D2E1B6F4A985
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR""", trap="concrete-pour-site-activity"),

    ev("method-statement-review", "040000008200E00074C5B7101A82E00800000000019A2B3C4D5ADC0100000000000000001000000007B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Eng. Waleed Hamdi (Consultant RE)":mailto:w.hamdi@khatibconsult.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sharma, Rakesh":mailto:rakesh.sharma@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Review of MS-STR-031 Rev.2 (transfer slab L5 - back-propping and pour sequence) and open RFIs 118\, 121\, 124. Contractor to bring the temporary works design and the PT supplier's comments. NCR-027 (honeycomb at core wall) closure to be discussed.\n
UID:040000008200E00074C5B7101A82E00800000000019A2B3C4D5ADC0100000000000000001000000007B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2
SUMMARY;LANGUAGE=en-US:MS-STR-031 Rev.2 / RFIs / NCR-027 review
DTSTART;TZID=Arabian Standard Time:20260129T100000
DTEND;TZID=Arabian Standard Time:20260129T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Consultant site office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="method-statement-rfi-ncr-meeting"),

    ev("snag-walk", "040000008200E00074C5B7101A82E0080000000012AB3C4D5E5ADC0100000000000000001000000018C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Client Rep - Omnia Properties":mailto:handover@omniaproperties.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Finishing Foremen":mailto:P1127.Foremen@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Joint snagging walk L3-L8 (podium amenities + typical apartments). Snag list template Rev.4\, photos to the tracker. De-snag target 2 weeks.\n
UID:040000008200E00074C5B7101A82E0080000000012AB3C4D5E5ADC0100000000000000001000000018C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3
SUMMARY;LANGUAGE=en-US:Joint snag walk - Podium & L3-L8
DTSTART;TZID=Arabian Standard Time:20260201T090000
DTEND;TZID=Arabian Standard Time:20260201T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tower A podium
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="snag-list-walk-with-client"),

    ev("mock-interview", "8p1c5v9m2q0t6k3s7h4n1b8rde@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251030T203000
DTEND;TZID=Asia/Dubai:20251030T213000
DTSTAMP:20251028T191500Z
ORGANIZER;CN=Dennis Ocampo:mailto:dennis.ocampo.pe@gmail.com
UID:8p1c5v9m2q0t6k3s7h4n1b8rde@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dennis Ocampo;X-NUM-GUESTS=0:mailto:dennis.ocampo.pe@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ghs-ywnp-qta
DESCRIPTION:Pare\, practice tayo before ng Dunecrest final mo. Ako muna ang PD - tatanungin kita ng STAR questions + technical (jump form\, PT slab\, pour sequence). 1 hr lang. Sagot ko na kape next time haha
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - Mark (practice for PD round)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="mock-interview-with-friend", fold=True),

    ev("webinar-pice", "zoomwebinar-89011234567-pice-uae", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTAMP:20251101T090000Z
UID:zoomwebinar-89011234567-pice-uae
SUMMARY:PICE UAE Webinar: Acing the Technical Interview for Saudi Giga-Projects
DTSTART;TZID=Asia/Dubai:20251108T200000
DTEND;TZID=Asia/Dubai:20251108T213000
LOCATION:https://us06web.zoom.us/w/89011234567
DESCRIPTION:Hi Mark Anthony\,\n\nThank you for registering for "Acing the Technical Interview for Saudi Giga-Projects".\n\nSpeakers: Engr. Liza Villamor (HR Director)\, Engr. Paolo Castro (Construction Manager\, KSA)\nTopics: what panels ask site engineers\, trade test and technical exam formats\, salary negotiation\, MOFA/SCE accreditation.\n2 CPD units for PRC license renewal.\n\nPlease submit any questions to: webinars@piceuae.org\nJoin from a PC\, Mac\, iPad or Android: https://us06web.zoom.us/w/89011234567
ORGANIZER;CN=PICE UAE Chapter:mailto:webinars@piceuae.org
END:VEVENT
END:VCALENDAR""", trap="webinar-about-technical-interviews"),

    ev("careers-fair", "bigfive-careers-2025-visitor-44719", r"""BEGIN:VCALENDAR
PRODID:-//Expo Registration//Visitor Badge//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bigfive-careers-2025-visitor-44719
DTSTAMP:20251105T080000Z
DTSTART;VALUE=DATE:20251125
DTEND;VALUE=DATE:20251126
SUMMARY:Big 5 Global - Construction Careers Day (visitor)
LOCATION:Dubai World Trade Centre\, Za'abeel Hall 4
DESCRIPTION:Your visitor badge: B5G-V-44719. Careers Day: meet hiring contractors and consultants\, on-the-spot CV clinics\, interview skills workshop at 14:00 (Stage 2). Bring printed CVs.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", trap="careers-fair-all-day"),

    ev("informational-coffee", "E8B3D0A7-6C14-4A2F-9E58-B1D7F3C0A462", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251101T170000
DTEND:20251101T183000
DTSTAMP:20251029T123300Z
UID:E8B3D0A7-6C14-4A2F-9E58-B1D7F3C0A462
SUMMARY:kape w/ Engr. Rommel - NEOM exp
LOCATION:Starbucks Dubai Mall (Waterfront)
DESCRIPTION:batchmate ni Dennis\, 2 yrs na sa Saudi giga-project (The Line). ask: life sa camp\, real sahod vs offer\, which contractors ok\, family status? no job opening - kwentuhan lang
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", trap="informational-coffee-with-kabayan", eol="lf"),

    ev("reference-call-referee", "040000008200E00074C5B7101A82E0080000000023BC4D5E6F5ADC0100000000000000001000000029D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arab Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Al-Ghamdi, Sultan":mailto:s.alghamdi@redseabuild.sa
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Dear Eng. Mark\,\n\nMr. Arnel Soriano has given your name as a professional referee for the position of Site Foreman with Red Sea Build Co. We would appreciate 15 minutes to ask about his performance when he worked under you at Al Noor Gulf Contracting (2021-2024).\n\nBest regards\,\nSultan Al-Ghamdi\nHR - Talent Acquisition\n
UID:040000008200E00074C5B7101A82E0080000000023BC4D5E6F5ADC0100000000000000001000000029D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4
SUMMARY;LANGUAGE=en-US:Reference check - Arnel Soriano (Site Foreman)
DTSTART;TZID=Arab Standard Time:20260119T100000
DTEND;TZID=Arab Standard Time:20260119T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="reference-call-user-is-referee"),
]
