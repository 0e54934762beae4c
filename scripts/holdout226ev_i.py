"""holdout226 events, part I: police work look-alikes and job-search look-alikes (negatives)."""

from holdout226ev_tz import GMT_STD, LONDON, LONDON_APPLE

EVENTS = [
    dict(
        kind="pace-interview",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250221T232015Z
DTEND;TZID=Europe/London:20250222T040000
DTSTAMP:20250221T232040Z
DTSTART;TZID=Europe/London:20250222T020000
LAST-MODIFIED:20250221T232040Z
LOCATION:Perry Barr custody
SEQUENCE:0
SUMMARY:PACE int - DP Kerr (s18 GBH)
DESCRIPTION:Duty sol Harris & Co arriving 0145. Disclosure doc done. PACE
  clock relevant time 1712 - review due 0512. Interview room 3. Body worn
  + DIR recording. CPS advice after.
TRANSP:OPAQUE
UID:2B7C9D0E-1F2A-4B3C-8D4E-5F6A7B8C9D0E
END:VEVENT
END:VCALENDAR
""",
        labels=[("2B7C9D0E-1F2A-4B3C-8D4E-5F6A7B8C9D0E", 0, "", "", "", "",
                 "pace-suspect-interview-custody")],
    ),
    dict(
        kind="voluntary-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="Shah, Imran (PC 6120)";RSVP=TRUE:mailto:imran.shah@midlandbor
 ough.police.uk
CLASS:PUBLIC
DESCRIPTION:Voluntary attendance interview under caution - Mr Dean Boyle (
 DOB 14/07/1988) re harassment (s2 PfHA)\, crime ref 20/118844/25. Solicit
 or Ms Okoye (Okoye Legal) confirmed. Sarge - need you to supervise PC Sha
 h's first VA and sign off the interview plan. Interview room 2\, front c
 ounter will call up.
DTEND;TZID="GMT Standard Time":20250319T120000
DTSTAMP:20250314T150000Z
DTSTART;TZID="GMT Standard Time":20250319T103000
LOCATION:Bournville Lane - VA interview room 2
ORGANIZER;CN="Shah, Imran (PC 6120)":mailto:imran.shah@midlandborough.poli
 ce.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:VA IUC - Boyle - 20/118844/25
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB0100000000000000
 00100000001A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000000"
                 "100000001A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D", 0, "", "", "", "",
                 "interview-under-caution-voluntary-attendance")],
    ),
    dict(
        kind="abe-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="VIU Suite Ladywood";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP
 =TRUE:mailto:viu.ladywood@midlandborough.police.uk
CLASS:CONFIDENTIAL
DESCRIPTION:OFFICIAL-SENSITIVE\nABE interview - child witness (age 9)\, Op
  Larch. Registered intermediary booked (Ms J Pryor). Monitor: Sgt Rahman
 . Interviewer: DC Kaur (PIP1 ABE trained). Carer to wait in family room.
  Planning meeting 30 min before.
DTEND;TZID="GMT Standard Time":20250404T130000
DTSTAMP:20250401T101500Z
DTSTART;TZID="GMT Standard Time":20250404T100000
LOCATION:VIU Suite Ladywood
ORGANIZER;CN="Kaur, Simran (DC 8831)":mailto:simran.kaur@midlandborough.pol
 ice.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:ABE - Op Larch - W1
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB0100000000000000
 0010000000ABE0ABE0ABE0ABE0ABE0ABE0ABE0ABE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000"
                 "010000000ABE0ABE0ABE0ABE0ABE0ABE0ABE0ABE0", 0, "", "", "", "",
                 "abe-witness-interview-monitor")],
    ),
    dict(
        kind="press-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN=Ellie Marsh;RSVP=TRUE:mailto:ellie.marsh@birminghampost-news.co
 .uk
CLASS:PUBLIC
DESCRIPTION:Media interview - Birmingham Evening Post (reporter Ellie Mars
 h) for a feature on the knife crime weapons sweep / knife arch op in the
  city centre. 20 mins on camera + photos with the surrender bin. Agreed
  lines attached - no comment on the Kerr case (sub judice). Press officer
  Nadia will attend.\n\nCorporate Communications
DTEND;TZID="GMT Standard Time":20250325T143000
DTSTAMP:20250320T100000Z
DTSTART;TZID="GMT Standard Time":20250325T140000
LOCATION:New Street station concourse (meet at BTP office)
ORGANIZER;CN="Press Office":mailto:press.office@midlandborough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Media: Evening Post interview - knife crime (Sgt Ra
 hman)
UID:040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5DB0100000000000000
 0010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5DB01000000000000000"
                 "010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF", 0, "", "", "", "",
                 "press-interview-newspaper-knife-crime")],
    ),
    dict(
        kind="research-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T100000Z
DTEND:20250227T110000Z
DTSTAMP:20250220T141300Z
ORGANIZER;CN=Dr Hannah Lees:mailto:h.lees@midlandsuni.ac.uk
UID:7hj2k4m6p8r0t2v4x6z8b0d2fd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
DESCRIPTION:Thank you for volunteering for the study 'Leaving the Line: w
 hy mid-career officers exit policing'. This is a semi-structured researc
 h interview\, about 60 minutes\, recorded with your consent and anonymis
 ed. Participant information sheet and consent form attached. Ethics ref
  MU-SS-2024-118.\n\nJoin Zoom: https://midlandsuni.zoom.us/j/91822003312
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview - Leaving the Line study (participant 14)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("7hj2k4m6p8r0t2v4x6z8b0d2fd@google.com", 0, "", "", "", "",
                 "research-interview-officer-attrition-study")],
    ),
    dict(
        kind="focus-group",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:You've been randomly selected for a follow-up to the 2024 Your
  Voice staff survey. Small group (8) of sergeants\, run by an independen
 t facilitator from Pulse Insight. Topics: workload\, welfare\, retention.
  Chatham House rule.
DTEND;TZID="GMT Standard Time":20250313T120000
DTSTAMP:20250303T090000Z
DTSTART;TZID="GMT Standard Time":20250313T103000
LOCATION:Lloyd House 6th floor - Rm 6.04
ORGANIZER;CN="Your Voice Survey":mailto:yourvoice@midlandborough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Your Voice survey - sergeants focus group
UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB0100000000000000
 0010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFC0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB01000000000000000"
                 "010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFC0", 0, "", "", "", "",
                 "staff-survey-focus-group")],
    ),
    dict(
        kind="pdr-review",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:Annual PDR 2024/25. Please complete your self-assessment on the
  PDR system beforehand and bring evidence against the CVF. We'll also pi
 ck up your promotion support and career plans.
DTEND;TZID="GMT Standard Time":20250228T110000
DTSTAMP:20250219T083000Z
DTSTART;TZID="GMT Standard Time":20250228T100000
LOCATION:Steelhouse Lane - Insp office
ORGANIZER;CN="Cole, Martin (Insp 1187)":mailto:martin.cole@midlandborough.p
 olice.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:PDR - Sgt Rahman
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB0100000000000000
 0010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFD0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000"
                 "010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFD0", 0, "", "", "", "",
                 "own-annual-pdr-appraisal")],
    ),
    dict(
        kind="stay-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PRIVATE
DESCRIPTION:Aisha - following your request for a reference for an externa
 l role\, the Ch Insp would like a confidential retention conversation (a
  'stay interview') to understand what's driving it and whether flexible
  working or a move to a day-shift role would change things. Not disciplin
 ary\, nothing recorded on file.\n\nHR Business Partner - North
DTEND;TZID="GMT Standard Time":20250423T150000
DTSTAMP:20250415T121500Z
DTSTART;TZID="GMT Standard Time":20250423T140000
LOCATION:Bournville Lane - Ch Insp office
ORGANIZER;CN="Addo, Kemi (HR)":mailto:kemi.addo@midlandborough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Retention conversation - Sgt 4471 Rahman
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB0100000000000000
 0010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB01000000000000000"
                 "010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFE0", 0, "", "", "", "",
                 "own-stay-interview-retention-at-current-employer")],
    ),
    dict(
        kind="vetting-renewal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:CONFIDENTIAL
DESCRIPTION:OFFICIAL-SENSITIVE\nManagement Vetting (MV) renewal - follow-u
 p meeting with a Vetting Officer to go through your financial questionna
 ire and declared associations. Please bring 3 months' bank statements. T
 his is a routine part of the MV renewal for your Inspector promotion elig
 ibility.
DTEND;TZID="GMT Standard Time":20250415T110000
DTSTAMP:20250407T080000Z
DTSTART;TZID="GMT Standard Time":20250415T100000
LOCATION:Force Vetting Unit\, Lloyd House
ORGANIZER;CN="Force Vetting Unit":mailto:fvu@midlandborough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:MV renewal - vetting meeting
UID:040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB0100000000000000
 0010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFFF0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB01000000000000000"
                 "010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFFF0", 0, "", "", "", "",
                 "vetting-renewal-not-interview")],
    ),
    dict(
        kind="pre-employment-screening",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireRight//Candidate Portal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:hr-idv-2025-551902-northgate@hireright.com
DTSTAMP:20250414T090000Z
DTSTART:20250417T170000Z
DTEND:20250417T171500Z
SUMMARY:Pre-employment screening: ID verification video call (Northgate R
 etail Group)
DESCRIPTION:Your prospective employer\, Northgate Retail Group\, has reque
 sted pre-employment screening. As part of this\, a HireRight screening a
 gent will verify your identity documents by video. Please have your pass
 port and a proof of address to hand. Screening also includes 5-year empl
 oyment history\, basic DBS and credit check.
LOCATION:HireRight video link (sent by SMS)
ORGANIZER;CN=HireRight Screening:mailto:noreply@hireright.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT:mailto:aisha.rahman.brum@gm
 ail.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("hr-idv-2025-551902-northgate@hireright.com", 0, "", "", "", "",
                 "pre-employment-screening-id-check")],
    ),
    dict(
        kind="pre-employment-medical",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250505T083000
DTEND;TZID=Europe/London:20250505T100000
DTSTAMP:20250428T120300Z
ORGANIZER;CN=OccHealth Bookings:mailto:bookings@medisafe-oh.co.uk
UID:8lk3m5n7p9r1t3v5x7z9c1e3ge@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
DESCRIPTION:Pre-employment medical (Safety Critical Worker - Ironbridge Ra
 il). Includes drugs & alcohol screen\, hearing\, eyesight (bring glasses
 )\, and a short questionnaire with the occupational health nurse. Fast n
 ot required.
LOCATION:MediSafe OH\, 14 Harborne Road\, Edgbaston
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ironbridge Rail - pre-employment medical
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("8lk3m5n7p9r1t3v5x7z9c1e3ge@google.com", 0, "", "", "", "",
                 "pre-employment-medical-safety-critical")],
    ),
    dict(
        kind="mock-board",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:Practice board ahead of your Stage 3. I'll be chair\, Sgt Ahme
 d will play the HR member. 10 min presentation + 40 mins CVF questions\,
  then 20 mins feedback. Treat it like the real thing - uniform optional!
 \n\nHarj
DTEND;TZID="GMT Standard Time":20250508T153000
DTSTAMP:20250429T160000Z
DTSTART;TZID="GMT Standard Time":20250508T141500
LOCATION:Bournville Lane - meeting room 1
ORGANIZER;CN="Dhillon, Harjit (Insp 2051)":mailto:harjit.dhillon@midlandbor
 ough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Mock promotion board - Aisha
UID:040000008200E00074C5B7101A82E0080000000012121212ABABDB0100000000000000
 00100000001212ABAB1212ABAB1212ABAB1212ABAB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000012121212ABABDB010000000000000000"
                 "100000001212ABAB1212ABAB1212ABAB1212ABAB", 0, "", "", "", "",
                 "mock-promotion-board-practice")],
    ),
    dict(
        kind="webinar",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250210T120000Z
DTSTART:20250218T190000Z
DTEND:20250218T200000Z
SUMMARY:Blue Light to Boardroom: acing the competency-based interview
UID:ZOOMWEB87120456633
DESCRIPTION:Hi Aisha\,\n\nThank you for registering for "Blue Light to Bo
 ardroom: acing the competency-based interview". Hosted by Second Shift C
 areers (transition coaching for police and emergency services).\n\nPlea
 se submit any questions prior to the webinar to: hello@secondshiftcaree
 rs.co.uk\n\nJoin from a PC\, Mac\, iPad\, or Android:\nhttps://us06web.
 zoom.us/w/87120456633?tk=Xq\nWebinar ID: 871 2045 6633
LOCATION:https://us06web.zoom.us/w/87120456633?tk=Xq
ORGANIZER;CN=Second Shift Careers:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
        labels=[("ZOOMWEB87120456633", 0, "", "", "", "",
                 "webinar-about-competency-interviews")],
    ),
    dict(
        kind="careers-fair",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1049227183-order-8821004417
DTSTAMP:20250301T101000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Blue Light & Ex-Forces Careers Fair 2025 - NEC Birmingham
DESCRIPTION:Order #8821004417 - 1 x Free Visitor Ticket\n\nMeet 60+ empl
 oyers hiring ex-police\, ex-military and emergency services: banks\, ret
 ailers\, security firms\, local authorities. On-the-spot CV reviews and
  mock interview zone. Hall 5\, NEC.\n\nhttps://www.eventbrite.co.uk/e/10
 49227183
LOCATION:NEC Birmingham\, Hall 5
END:VEVENT
END:VCALENDAR
""",
        labels=[("eventbrite-1049227183-order-8821004417", 0, "", "", "", "",
                 "careers-fair-all-day-eventbrite")],
    ),
    dict(
        kind="coffee-chat",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250208T121100Z
DTEND:20250212T123000
DTSTAMP:20250208T121130Z
DTSTART:20250212T113000
LAST-MODIFIED:20250208T121130Z
LOCATION:Faculty Coffee\, Piccadilly Arcade
SEQUENCE:0
SUMMARY:Coffee w Gaz (ex DS) - pick brains re bank fraud jobs
DESCRIPTION:He's at a bank fraud team now - not hiring\, just advice. ask
  re CV\, how to sell PACE/file exp\, salary bands\, who's good recruiter
 s
TRANSP:OPAQUE
UID:C7D8E9F0-1A2B-4C3D-9E4F-5A6B7C8D9E0F
END:VEVENT
END:VCALENDAR
""",
        labels=[("C7D8E9F0-1A2B-4C3D-9E4F-5A6B7C8D9E0F", 0, "", "", "", "",
                 "informational-coffee-floating")],
    ),
]
