# ruff: noqa: E501
"""holdout197 events: Cian's everyday work calendar at Corrib Biologics (look-alikes, not interviews)."""

from holdout197ev_tz import GMT_STD

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="rca-interviews",
    uid="040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB01000000000000000010000000DEV2025014200000000000000000000A",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="deviation-root-cause-operator-interviews",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Buckley, Tadhg":mailto:tbuckley@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ni Riordain, Mairead":mailto:mniriordain@corribbio.ie
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hegarty, Fionnuala":mailto:fhegarty@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:DEV-2025-0142 – Bioreactor B-3 pH excursion during inoculation (batch 25-M3-018).\nRoot cause interviews with the B-shift operators on the line at the time. 20 mins each\, Tadhg first then Mairéad. Non-blame – we're reconstructing the sequence against the EBR and the DeltaV trend. QA (Fionnuala) optional.\nBring: shift log\, EBR pages 14-22\, alarm summary.\n
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB01000000000000000010000000DEV2025014200000000000000000000A
SUMMARY;LANGUAGE=en-IE:DEV-2025-0142 RCA – operator interviews (B shift)
DTSTART;TZID=GMT Standard Time:20250312T140000
DTEND;TZID=GMT Standard Time:20250312T150000
DTSTAMP:20250311T082200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Suite 3 office (mezz)
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="gmp-audit",
    uid="040000008200E00074C5B7101A82E00800000000E2E2E3E4E5E6DB01000000000000000010000000AUD2025000700000000000000000000B",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="gmp-audit-auditor-interviews-sme",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="QA Compliance Corrib":mailto:qacompliance@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Customer GMP audit (CMO client) – Day 2. Cian is SME for USP process & change controls. Auditors may call SMEs to the back room for interview at short notice – stay on site and reachable. Front room: Boardroom. Back room: Fastnet.\n
UID:040000008200E00074C5B7101A82E00800000000E2E2E3E4E5E6DB01000000000000000010000000AUD2025000700000000000000000000B
SUMMARY;LANGUAGE=en-IE:Client GMP audit – Day 2 – SME on standby
DTSTART:20250514T073000Z
DTEND:20250514T160000Z
DTSTAMP:20250506T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Boardroom / Fastnet
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="batch-review",
    uid="040000008200E00074C5B7101A82E00800000000E3E3E3E4E5E6DB01000000000000000010000000BRV000000000000000000000000000C",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="recurring-batch-review-with-moved-instance",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Weekly batch record review – USP & DSP. Open deviations\, EBR exceptions\, batches pending QA release.\n
RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000E3E3E3E4E5E6DB01000000000000000010000000BRV000000000000000000000000000C
SUMMARY;LANGUAGE=en-IE:Batch review (weekly)
DTSTART;TZID=GMT Standard Time:20250107T100000
DTEND;TZID=GMT Standard Time:20250107T110000
DTSTAMP:20250103T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Teams / Rm Mizen
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Moved to Thursday this week – HPRA on site Tuesday.\n
RECURRENCE-ID;TZID=GMT Standard Time:20250408T100000
UID:040000008200E00074C5B7101A82E00800000000E3E3E3E4E5E6DB01000000000000000010000000BRV000000000000000000000000000C
SUMMARY;LANGUAGE=en-IE:Batch review (weekly) – MOVED
DTSTART;TZID=GMT Standard Time:20250410T140000
DTEND;TZID=GMT Standard Time:20250410T150000
DTSTAMP:20250402T120000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-IE:Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="shift-handover",
    uid="040000008200E00074C5B7101A82E00800000000E4E4E4E4E5E6DB01000000000000000010000000HND000000000000000000000000000D",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="shift-handover-during-campaign",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Buckley, Tadhg":mailto:tbuckley@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Engineering on-call handover for the PPQ campaign weekend – B-3 harvest Sat night\, depth filter change-out\, alarm list.\n
UID:040000008200E00074C5B7101A82E00800000000E4E4E4E4E5E6DB01000000000000000010000000HND000000000000000000000000000D
SUMMARY;LANGUAGE=en-IE:Shift handover – PPQ weekend (eng on-call)
DTSTART;TZID=GMT Standard Time:20250516T182000
DTEND;TZID=GMT Standard Time:20250516T190000
DTSTAMP:20250514T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Suite 3 control room
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="magazine-interview",
    uid="4rj8b1s0p6f3nk2e9h7qcm5ut1@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="trade-magazine-interviews-user",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T150000Z
DTEND:20250305T154500Z
DTSTAMP:20250226T114000Z
ORGANIZER;CN=Orla Kenny:mailto:orla.kenny@pharmachemireland.ie
UID:4rj8b1s0p6f3nk2e9h7qcm5ut1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=cosull
 ivan@corribbio.ie;X-NUM-GUESTS=0:mailto:cosullivan@corribbio.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=comms@
 corribbio.ie;X-NUM-GUESTS=0:mailto:comms@corribbio.ie
DESCRIPTION:Interview for our 'Young Engineers in Biopharma' feature (May i
 ssue) – your single-use scale-up work and what you'd tell students. 30-40 m
 ins\, a photographer will follow up separately. Corrib Comms has approved.\
 n\nOrla Kenny\, Features Editor\, PharmaChem Ireland magazine\nhttps://meet.
 google.com/ysv-ktqz-ndr
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PharmaChem Ireland interview – Cian O'Sullivan (Corrib)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="appraisal",
    uid="040000008200E00074C5B7101A82E00800000000E6E6E6E6E5E6DB01000000000000000010000000APR000000000000000000000000000F",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="own-year-end-performance-review",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:FY24 year-end review – rating\, objectives for 2025\, development plan\, the Senior PE promotion conversation. Please complete self-assessment in SuccessFactors beforehand.\n
UID:040000008200E00074C5B7101A82E00800000000E6E6E6E6E5E6DB01000000000000000010000000APR000000000000000000000000000F
SUMMARY;LANGUAGE=en-IE:Cian / Gráinne – year-end review FY24
DTSTART;TZID=GMT Standard Time:20250219T140000
DTEND;TZID=GMT Standard Time:20250219T150000
DTSTAMP:20250205T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Gráinne's office
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="exit-interview",
    uid="040000008200E00074C5B7101A82E00800000000E7E7E7E7E5E6DB01000000000000000010000000EXT0000000000000000000000000010",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="own-exit-interview-current-employer",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Kiely, Sinead":mailto:skiely@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Cian\, sorry to see you go! A confidential exit interview with HR before your last day – reasons for leaving\, what we could do better\, return of badge/laptop/PPE. 30 mins.\n
UID:040000008200E00074C5B7101A82E00800000000E7E7E7E7E5E6DB01000000000000000010000000EXT0000000000000000000000000010
SUMMARY;LANGUAGE=en-IE:Exit interview – Cian O'Sullivan
DTSTART;TZID=GMT Standard Time:20250625T110000
DTEND;TZID=GMT Standard Time:20250625T113000
DTSTAMP:20250617T140000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:HR meeting room
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="capa-check",
    uid="040000008200E00074C5B7101A82E00800000000E8E8E8E8E5E6DB01000000000000000010000000CAP0000000000000000000000000011",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="capa-effectiveness-check-staff-interviews",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Hegarty, Fionnuala":mailto:fhegarty@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:CAPA-2024-0388 effectiveness check: interview 5 operators across A-D shifts on the revised aseptic connection SOP (SOP-USP-0112 v7)\, record answers on form QA-F-221. Cian as process SME.\n
UID:040000008200E00074C5B7101A82E00800000000E8E8E8E8E5E6DB01000000000000000010000000CAP0000000000000000000000000011
SUMMARY;LANGUAGE=en-IE:CAPA-0388 effectiveness check – operator interviews
DTSTART;TZID=GMT Standard Time:20250603T090000
DTEND;TZID=GMT Standard Time:20250603T110000
DTSTAMP:20250527T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Suite 3 office
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="vendor-fat",
    uid="040000008200E00074C5B7101A82E00800000000E9E9E9E9E5E6DB01000000000000000010000000FAT0000000000000000000000000012",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="vendor-factory-acceptance-test-abroad",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Desmond, Alan":mailto:adesmond@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jens Hoffmann (Sartorius):mailto:jens.hoffmann@sartorius.com
DESCRIPTION;LANGUAGE=en-IE:FAT of the 2000 L Biostat STR + control tower at Sartorius Göttingen. Flights ORK-FRA Mon am. Protocol FAT-0091 to be pre-approved.\n
UID:040000008200E00074C5B7101A82E00800000000E9E9E9E9E5E6DB01000000000000000010000000FAT0000000000000000000000000012
SUMMARY;LANGUAGE=en-IE:FAT – 2kL SUB – Sartorius Göttingen
DTSTART;VALUE=DATE:20250602
DTEND;VALUE=DATE:20250605
DTSTAMP:20250430T100000Z
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
LOCATION;LANGUAGE=en-IE:Göttingen\, DE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="stay-interview",
    uid="040000008200E00074C5B7101A82E00800000000EAEAEAEAE5E6DB01000000000000000010000000STY0000000000000000000000000013",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="stay-conversation-with-site-head-retention",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Lynch, Padraig":mailto:plynch@corribbio.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Sullivan, Cian":mailto:cosullivan@corribbio.ie
DESCRIPTION;LANGUAGE=en-IE:Cian – part of our 'stay interview' programme for key talent. Informal: what keeps you here\, what might tempt you away\, what you'd change. Coffee on me.\n
UID:040000008200E00074C5B7101A82E00800000000EAEAEAEAE5E6DB01000000000000000010000000STY0000000000000000000000000013
SUMMARY;LANGUAGE=en-IE:Stay conversation – Pádraig / Cian
DTSTART;TZID=GMT Standard Time:20250425T083000
DTEND;TZID=GMT Standard Time:20250425T090000
DTSTAMP:20250418T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Canteen
END:VEVENT
END:VCALENDAR
"""))
