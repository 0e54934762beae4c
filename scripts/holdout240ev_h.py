"""holdout240 events, part h: Thabo's everyday work calendar at Highveld Drill & Blast (not interviews)."""

_NEG = dict(y=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _NEG, kind="recurring-meeting", uid="040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DB010000"
        "00000000000010000000D4D4E5E5F6F60707A8A8B9B9CACADBDB",
        trap="monthly-management-accounts-review-with-moved-occurrence",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Botha, Marius":mailto:marius.botha@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Govender
 , Kreshan":mailto:kreshan.govender@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Venter,
  Annelie":mailto:annelie.venter@highvelddb.co.za
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISD Boardroom
  1 (Ground)":mailto:isd.boardroom1@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Monthly management accounts review: divisional
  P&L vs budget and forecast\, contract margins (drill & blast\, load & haul)\,
  debtors ageing\, cash flow and covenants. Pack to be circulated by WD5.\n
RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20251209T070000Z
UID:040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DB0100000000000000
 0010000000D4D4E5E5F6F60707A8A8B9B9CACADBDB
SUMMARY;LANGUAGE=en-ZA:Monthly MA review (Finance)
DTSTART;TZID=South Africa Standard Time:20250114T090000
DTEND;TZID=South Africa Standard Time:20250114T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241210T080011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Boardroom 1 (Ground)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Botha, Marius":mailto:marius.botha@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Moved to Thursday - board pack deadline on Tues
 day. Same agenda.\n
RECURRENCE-ID;TZID=South Africa Standard Time:20250311T090000
UID:040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DB0100000000000000
 0010000000D4D4E5E5F6F60707A8A8B9B9CACADBDB
SUMMARY;LANGUAGE=en-ZA:Monthly MA review (Finance) - MOVED
DTSTART;TZID=South Africa Standard Time:20250313T140000
DTEND;TZID=South Africa Standard Time:20250313T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="sbi-audit-fy25-wt-rev-004@sithole-botha.co.za",
        trap="external-audit-walkthrough-interview-with-user",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Pillay, Devan (Sithole Botha)":mailto:devan.pillay@sithole-botha.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dlamini,
  Precious (AP)":mailto:precious.dlamini@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mahlangu
 , Kgotso (Sithole Botha)":mailto:kgotso.mahlangu@sithole-botha.co.za
DESCRIPTION;LANGUAGE=en-ZA:Good day Thabo\,\n\nAs part of our FY2025 audit
  planning (ISA 315) we would like to interview you on the revenue and contra
 ct-receivables cycle and perform the walkthrough of one contract from tende
 r to invoice and cash receipt. Please have the Sishen contract file and the
  WIP schedule available.\n\nKind regards\nDevan Pillay\nAudit Manager | Sith
 ole Botha Inc.\n
UID:sbi-audit-fy25-wt-rev-004@sithole-botha.co.za
SUMMARY;LANGUAGE=en-ZA:HDB FY25 audit - walkthrough interview: revenue & re
 ceivables
DTSTART;TZID=South Africa Standard Time:20250416T090000
DTEND;TZID=South Africa Standard Time:20250416T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T091112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Auditors' room (ground floor)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="sbi-audit-fy25-int-proc-007@sithole-botha.co.za",
        trap="auditor-process-interviews-procurement-creditors",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mahlangu, Kgotso (Sithole Botha)":mailto:kgotso.mahlangu@sithole-botha.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hi Thabo\, understanding-the-entity interviews f
 or procurement\, creditors and payroll (controls over supplier master data
  changes and EFT release). 1 hour. Thanks\, Kgotso (Audit Senior)\n
UID:sbi-audit-fy25-int-proc-007@sithole-botha.co.za
SUMMARY;LANGUAGE=en-ZA:Audit interviews - procurement & creditors (FM)
DTSTART:20250417T120000Z
DTEND:20250417T130000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T094210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000BB00CC11DD22DB010000"
        "00000000000010000000EE33FF440055116622773388449955AA",
        trap="own-performance-review-current-employer",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Botha, Marius":mailto:marius.botha@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Thabo - FY25 year-end performance review. Please
  complete your self-assessment on the KPA scorecard in SuccessFactors Perfo
 rmance & Goals beforehand. We'll also discuss the IDP and your succession
  plan. Marius\n
UID:040000008200E00074C5B7101A82E00800000000BB00CC11DD22DB0100000000000000
 0010000000EE33FF440055116622773388449955AA
SUMMARY;LANGUAGE=en-ZA:Performance review FY25 - Thabo Nkosi
DTSTART;TZID=South Africa Standard Time:20250328T100000
DTEND;TZID=South Africa Standard Time:20250328T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250317T070544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:CFO office
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="bizhour-0312-tnkosi@powerbusinessradio.co.za",
        trap="business-radio-interview-on-mining-costs",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Thabo\,\n\nThanks for agreeing to come on The Business Hour
 . Live studio interview\, about 8 minutes\, on why mining input costs (dies
 el\, explosives\, tyres) are squeezing contractors and what it means for jo
 bs. Please be at the studio by 18:20. Parking at the Riverside gate.\n\nBe
 st\nKhanyi Zungu\nProducer\, The Business Hour
DTEND;TZID=South Africa Standard Time:20250312T184500
DTSTAMP:20250307T133012Z
DTSTART;TZID=South Africa Standard Time:20250312T183000
LOCATION:Power Business Radio studios\, Bryanston
ORGANIZER;CN=Khanyi Zungu:mailto:khanyi.zungu@powerbusinessradio.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Comms, H
 DB":mailto:communications@highvelddb.co.za
PRIORITY:5
SEQUENCE:0
SUMMARY:Studio interview - The Business Hour (mining input costs)
TRANSP:OPAQUE
UID:bizhour-0312-tnkosi@powerbusinessradio.co.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-entry", uid="040000008200E00074C5B7101A82E008000000000102030405DB01000000"
        "00000000001000000006070809A0B0C0D0E0F1011121314151",
        trap="month-end-close-block",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:WD3: TB sign-off\, all balance sheet recons reviewed (bank\, VA
 T\, creditors\, accruals\, fixed asset register)\, IFRS 16 lease schedule r
 olled\, intercompany agreed with Group. No meetings pls.
DTEND;TZID=South Africa Standard Time:20250305T170000
DTSTAMP:20250228T064501Z
DTSTART;TZID=South Africa Standard Time:20250305T070000
PRIORITY:5
SEQUENCE:0
SUMMARY:MONTH-END - TB + recons sign-off
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000000102030405DB010000000000000000
 1000000006070809A0B0C0D0E0F1011121314151
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000F0F0E1E1D2D2DB010000"
        "000000000000100000000C3C3B4B4A5A5969687877",
        trap="board-pack-and-budget-review",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Botha, Marius":mailto:marius.botha@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Khoza, J
 abulani":mailto:jabulani.khoza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van der
  Merwe, Stefan (Ops)":mailto:stefan.vdmerwe@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:FY26 budget review with Ops before it goes into
  the board pack: fleet replacement capex\, explosives price escalation\, hea
 dcount\, and the load-shedding diesel assumption. Thabo to present the P&L
  and cash flow bridge.\n
UID:040000008200E00074C5B7101A82E00800000000F0F0E1E1D2D2DB010000000000000000100000000C3C3B4B4A5A5969687877
SUMMARY;LANGUAGE=en-ZA:FY26 budget review + board pack sign-off
DTSTART;TZID=South Africa Standard Time:20250423T130000
DTEND;TZID=South Africa Standard Time:20250423T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Boardroom 1 (Ground)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000ABABCDCDEFEFDB010000"
        "0000000000001000000012121313141415151616171718181919",
        trap="erp-discovery-interviews-finance-stakeholders",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Ramsamy, Kavitha (Lumen Consulting)":mailto:kavitha.ramsamy@lumenconsulting.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Govender
 , Kreshan":mailto:kreshan.govender@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:SAP S/4HANA Finance - discovery phase. Stakeholde
 r interview with the Financial Manager: current-state record-to-report proc
 ess\, chart of accounts\, month-end calendar\, pain points with Syspro and
  Caseware. No preparation needed.\n\nMicrosoft Teams meeting\nMeeting ID: 2
 91 004 771 823  Passcode: Qa8xT3\n
UID:040000008200E00074C5B7101A82E00800000000ABABCDCDEFEFDB0100000000000000
 001000000012121313141415151616171718181919
SUMMARY;LANGUAGE=en-ZA:S/4 Discovery - Stakeholder interview: Finance (R2R)
DTSTART;TZID=South Africa Standard Time:20250225T100000
DTEND;TZID=South Africa Standard Time:20250225T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T080808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000EEEE1111DDDDDB010000"
        "00000000000010000000AAAA2222BBBB3333CCCC4444DDDD5555",
        trap="exit-interview-for-resigning-staff-member",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Smit, Jo
 han (Creditors)":mailto:johan.smit@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Exit interview for Johan (last day 28 Feb). Han
 dover of supplier recons and the Epiroc dispute file to Precious. Laptop\,
  access card and fuel card to be returned.\n
UID:040000008200E00074C5B7101A82E00800000000EEEE1111DDDDDB0100000000000000
 0010000000AAAA2222BBBB3333CCCC4444DDDD5555
SUMMARY;LANGUAGE=en-ZA:Exit interview & handover - Johan Smit
DTSTART;TZID=South Africa Standard Time:20250227T140000
DTEND;TZID=South Africa Standard Time:20250227T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250220T100001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:HR office
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-entry", uid="040000008200E00074C5B7101A82E00800000000FACE0000BEEFDB010000"
        "00000000000010000000CAFE1111D00D2222F00D3333BEAD4444",
        trap="site-visit-cost-review-kathu",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Kathu site: contract cost review with site manager\, fuel & exp
 losives stock count\, tyre register\, check the accruals for the Feb blast
  volumes. Flight FA 301 07:00 ex OR Tambo\, back 17:30.
DTEND;TZID=South Africa Standard Time:20250320T180000
DTSTAMP:20250313T054422Z
DTSTART;TZID=South Africa Standard Time:20250320T060000
LOCATION:Kathu site office
PRIORITY:5
SEQUENCE:0
SUMMARY:Site visit - Kathu (cost review)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000FACE0000BEEFDB0100000000000000
 0010000000CAFE1111D00D2222F00D3333BEAD4444
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="cvent-event", uid="saica-cpd-ifrs16-2025-0226@saica.org.za", trap="ifrs-16-cpd-training",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cvent//Cvent Event Management//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:saica-cpd-ifrs16-2025-0226@saica.org.za
DTSTAMP:20250120T100000Z
DTSTART:20250226T070000Z
DTEND:20250226T100000Z
SUMMARY:SAICA CPD: IFRS 16 Leases - modifications\, sale-and-leaseback and
  mining contracts
DESCRIPTION:A practical refresher on IFRS 16 for preparers: lease modificat
 ions\, the 2024 sale-and-leaseback amendments\, embedded leases in mining s
 ervices contracts (drill rigs and haul trucks)\, and disclosure. 3 hours v
 erifiable CPD.
LOCATION:Online
ORGANIZER;CN=SAICA CPD:mailto:cpd@saica.org.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000C0C0D1D1E2E2DB010000"
        "00000000000010000000F3F30404151526263737484859596A6A",
        trap="caseware-training-audit-close",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Govender, Kreshan":mailto:kreshan.govender@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zwane, A
 yanda":mailto:ayanda.zwane@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Caseware Working Papers 2025 upgrade - half-day
  training for the year-end audit close (lead schedules\, mapping\, AFS temp
 late). Trainer from CaseWare Africa on site.\n
UID:040000008200E00074C5B7101A82E00800000000C0C0D1D1E2E2DB0100000000000000
 0010000000F3F30404151526263737484859596A6A
SUMMARY;LANGUAGE=en-ZA:Caseware training - audit close
DTSTART;TZID=South Africa Standard Time:20250402T080000
DTEND;TZID=South Africa Standard Time:20250402T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Training Centre
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="phone-entry", uid="F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F", trap="load-shedding-schedule-block",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250223T154400Z
DTSTAMP:20250223T154412Z
UID:F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F
DTSTART;TZID=Africa/Johannesburg:20250224T180000
DTEND;TZID=Africa/Johannesburg:20250224T203000
SUMMARY:Load-shedding stage 4 (Blk 7)
DESCRIPTION:EskomSePush: Kempton Park 7. Charge laptop + wifi UPS. Braai ins
 tead of stove lol
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="google-invite", uid="uct-gsb-cfo-study-2025-tn-019@uct.ac.za",
        trap="academic-research-interview-finance-skills",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250407T123000
DTEND;TZID=Africa/Johannesburg:20250407T131500
DTSTAMP:20250401T090000Z
ORGANIZER;CN=Zainab Hendricks:mailto:zainab.hendricks@uct.ac.za
UID:uct-gsb-cfo-study-2025-tn-019@uct.ac.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Dear Mr Nkosi\, thank you for volunteering for our study "Why Ch
 artered Accountants leave South Africa". This is a 45-minute semi-structur
 ed research interview\, recorded with your consent and anonymised. Ethics a
 pproval: UCT GSB REC 2024/118.\n\nZainab Hendricks\, PhD candidate\n\nJoin w
 ith Google Meet: https://meet.google.com/rsr-uctg-kzw
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview - CA(SA) emigration study (UCT GSB)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
