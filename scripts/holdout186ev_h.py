"""holdout186: negatives with Shannon on the HIRING side at Greenway Foods, part H."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("bookings-host", "b7e3d1f9-8a2c-4e6b-b0d4-1f3a5c7e9b2d", 0, "", "", "", "",
       "user-as-interviewer-bookings-page-candidate-booked-with-her", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN=Greenway Foods Manchester Fort - Christmas Jobs:mailto:MANFortXmasJobs@greenwayfoods.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Christmas jobs - 15 min chat\nStaff: Shannon Doyle\nCustomer: Kelly Barnes\nCustomer email: kellybarnes.83@hotmail.co.uk\nCustomer phone: 07956 221 804\nCustomer notes: interested in weekend tills or online picking. can do Sat + Sun.\n\nBooked via Microsoft Bookings.\n
UID:b7e3d1f9-8a2c-4e6b-b0d4-1f3a5c7e9b2d
SUMMARY;LANGUAGE=en-GB:Christmas jobs - 15 min chat - Kelly Barnes
DTSTART;TZID=GMT Standard Time:20261031T110000
DTEND;TZID=GMT Standard Time:20261031T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261027T204501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Greenway Foods Manchester Fort - Customer Service Desk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("indeed-employer", "indeed-interview-c82e4b71a9f05d36@indeed.com", 0, "", "", "", "",
       "user-as-interviewer-indeed-employer-side-phone-call", r'''BEGIN:VCALENDAR
PRODID:-//Indeed//Indeed Interviews//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-c82e4b71a9f05d36@indeed.com
DTSTAMP:20261007T091500Z
DTSTART:20261009T100000Z
DTEND:20261009T101500Z
SUMMARY:Phone call: Ryan Holt - Night Replenishment Colleague
DESCRIPTION:You have an upcoming interview with a candidate.\n\nCandidate: Ryan Holt\nJob: Night Replenishment Colleague - Greenway Foods - Manchester\nType: Phone call\nDuration: 15 minutes\n\nCall Ryan on: +447********77\n\nView the candidate's CV and add notes in your Indeed employer dashboard.\n\nThe Indeed team
LOCATION:Phone call
ORGANIZER;CN=Indeed:mailto:no-reply@indeed.com
ATTENDEE;CN=Shannon Doyle (Greenway Foods);ROLE=REQ-PARTICIPANT:mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;CN=Ryan Holt;ROLE=REQ-PARTICIPANT:mailto:ryanholt-9k3x2@indeedemail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("ring-back", "6C8E0A2B-4D6F-4A1B-9C3D-5E7F9A1B3C5D", 0, "", "", "", "",
       "user-as-interviewer-hand-typed-notes-about-candidate", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6C8E0A2B-4D6F-4A1B-9C3D-5E7F9A1B3C5D
DTSTAMP:20260916T170201Z
CREATED:20260916T170150Z
DTSTART:20260917T083000
DTEND:20260917T084500
SUMMARY:ring back Shauna re CA job
DESCRIPTION:interviewed her Tue - good. offer 20hrs? (she wanted 24). chase ref from Aldi\, she said ask for Dawn. start after her notice (1 wk)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n", hiring=True),
    ev("assessor-day", "040000008200E00074C5B7101A82E00800000000EE8923AB2CCDDC01000000000000000010000000B8B8C9C9D0D0E1E1F2F2A3A3B4B4C5C5", 0,
       "", "", "", "", "user-as-interviewer-assessor-at-employers-own-assessment-centre", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Doyle, Shannon";RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;CN="Ogunleye, Femi";RSVP=TRUE:mailto:femi.ogunleye@greenwayfoods.co.uk
ATTENDEE;CN="Brennan, Dave";RSVP=TRUE:mailto:dave.brennan@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20261001T100000Z
DESCRIPTION:Hi all\,\n\nThank you for volunteering as assessors for the North West Trainee Store Manager Assessment Centre. 12 candidates (mix of internal and external).\n\nAssessors' briefing 08:00 - candidates arrive 09:00 - wash-up/decision panel 16:00.\n\nYou'll each run one competency interview station and observe the group exercise - assessor packs\, timings and marking guides will be emailed on Monday. Please block the whole day and arrange store cover.\n\nMany thanks\,\nFemi\nTalent & Resourcing Partner - North\, Greenway Foods\n
DTEND;VALUE=DATE:20261113
DTSTAMP:20261001T100000Z
DTSTART;VALUE=DATE:20261112
LAST-MODIFIED:20261001T100000Z
LOCATION:Greenway Foods North Regional Office\, Warrington
ORGANIZER;CN="Ogunleye, Femi":mailto:femi.ogunleye@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:ASSESSOR: NW Trainee Store Manager Assessment Centre
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000EE8923AB2CCDDC01000000000000000010000000B8B8C9C9D0D0E1E1F2F2A3A3B4B4C5C5
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("internal-tl", "040000008200E00074C5B7101A82E00800000000FF9A34BC3DDEDC01000000000000000010000000C9C9D0D0E1E1F2F2A3A3B4B4C5C5D6D6", 0,
       "", "", "", "", "user-as-interviewer-internal-team-leader-promotion", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ_GMTST@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261103T071500Z
DESCRIPTION:Checkouts TL vacancy - internal only. Mo (2pm) and Bev (2.45). Sue sitting in. Use internal promotion form not the external pack. Feedback to both by Friday whatever happens.\n
DTEND;TZID="GMT Standard Time":20261105T153000
DTSTAMP:20261103T071500Z
DTSTART;TZID="GMT Standard Time":20261105T140000
LAST-MODIFIED:20261103T071500Z
LOCATION:my office
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Internal TL interviews - Mo\, Bev
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000FF9A34BC3DDEDC01000000000000000010000000C9C9D0D0E1E1F2F2A3A3B4B4C5C5D6D6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("agency-candidate", "040000008200E00074C5B7101A82E0080000000001AB45CD4EEFDC01000000000000000010000000D0D0E1E1F2F2A3A3B4B4C5C5D6D6E7E7", 0,
       "", "", "", "", "user-as-interviewer-agency-sends-her-night-manager-candidate", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Doyle, Shannon";RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20261016T141000Z
DESCRIPTION:Hi Shannon\,\n\nFollowing your brief for the Night Shift Manager role\, I've sent over the CV for Darren Fogg (currently Night Manager at a Tesco Extra\, 6 yrs nights experience\, available on 4 weeks' notice). Placeholder for a quick call so I can talk you through him and get a couple of interview slots from you.\n\nKind regards\,\nTariq Hussain\nRecruitment Consultant - Blue Arrow Manchester\n0161 834 1120\n
DTEND;TZID="GMT Standard Time":20261019T144500
DTSTAMP:20261016T141000Z
DTSTART;TZID="GMT Standard Time":20261019T143000
LAST-MODIFIED:20261016T141000Z
LOCATION:Phone
ORGANIZER;CN="Hussain, Tariq":mailto:tariq.hussain@bluearrow.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Candidate call - Night Shift Manager - Darren Fogg (Blue Arrow)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000001AB45CD4EEFDC01000000000000000010000000D0D0E1E1F2F2A3A3B4B4C5C5D6D6E7E7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("phone-screen", "e1b5c9d3-7f2a-4b8e-a6c0-2d4f6a8b0c1e", 0, "", "", "", "",
       "user-as-interviewer-her-phone-screen-of-candidate", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:e1b5c9d3-7f2a-4b8e-a6c0-2d4f6a8b0c1e
DTSTAMP:20261018T183000Z
DTSTART:20261021T161500
DTEND:20261021T163000
SUMMARY:phone screen - Tom Ashworth (nights TL)
DESCRIPTION:CV from the website. currently Morrisons nights. check - forklift licence? why leaving? salary exp. if ok book him in w me + Rob next wk
END:VEVENT
END:VCALENDAR
''', eol="\n", hiring=True),
    ev("ref-check", "0f2d4b6a-8c1e-4a3f-9d5b-7e9c1a3b5d7f", 0, "", "", "", "",
       "user-as-interviewer-ref-check-on-candidate-previous-employer", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:0f2d4b6a-8c1e-4a3f-9d5b-7e9c1a3b5d7f
DTSTAMP:20260914T090000Z
DTSTART:20260915T101500
DTEND:20260915T103000
SUMMARY:Ref check - Jade's last mgr (Boots Stockport)
DESCRIPTION:for Jade K. ask for Natalie. sickness? punctuality? would they re-employ
END:VEVENT
END:VCALENDAR
''', eol="\n", hiring=True),
    ev("assessor-briefing", "040000008200E00074C5B7101A82E0080000000012BC56DE5FF0DC01000000000000000010000000E1E1F2F2A3A3B4B4C5C5D6D6E7E7F8F8", 0,
       "", "", "", "", "user-as-interviewer-recruitment-day-briefing-she-runs", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tierney, Rob":mailto:rob.tierney@greenwayfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Khan, Aisha":mailto:aisha.khan@greenwayfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morley, Sue":mailto:sue.morley@greenwayfoods.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sharma, Priya":mailto:priya.sharma@greenwayfoods.co.uk
DESCRIPTION;LANGUAGE=en-GB:Quick huddle before the Xmas recruitment day - who's on which station\, what we're looking for (smile\, availability\, can they work Xmas Eve + Boxing Day)\, how to score. 10 mins max then doors open at 9.\n
UID:040000008200E00074C5B7101A82E0080000000012BC56DE5FF0DC01000000000000000010000000E1E1F2F2A3A3B4B4C5C5D6D6E7E7F8F8
SUMMARY;LANGUAGE=en-GB:Xmas recruitment day - huddle
DTSTART;TZID=GMT Standard Time:20261024T083000
DTEND;TZID=GMT Standard Time:20261024T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Cafe
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("offer-call", "7A9C1E3B-5D7F-4B2D-8E0A-2C4E6A8C0E2A", 0, "", "", "", "",
       "user-as-interviewer-outcome-call-to-her-candidate", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7A9C1E3B-5D7F-4B2D-8E0A-2C4E6A8C0E2A
DTSTAMP:20260918T160000Z
CREATED:20260918T155959Z
DTSTART;TZID=Europe/London:20260919T090000
DTEND;TZID=Europe/London:20260919T091500
SUMMARY:Call Mia R - SL offer
DESCRIPTION:shift leader bakery & cafe. £12.85 + 37.5hrs. start 5th Oct if notice ok. then ring Natalia + Connor w feedback (Connor - internal\, be nice\, dev plan)
SEQUENCE:0
END:VEVENT
@@TZ_LONDON@@
END:VCALENDAR
''', eol="\n", hiring=True),
    ev("dsm-interview", "040000008200E00074C5B7101A82E0080000000023CD67EF6001DC01000000000000000010000000F2F2A3A3B4B4C5C5D6D6E7E7F8F8A9A9", 0,
       "", "", "", "", "user-as-interviewer-deputy-manager-interview-with-hrbp", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Fielding, Claire";RSVP=TRUE:mailto:claire.fielding@greenwayfoods.co.uk
ATTENDEE;CN=Lauren Pike;RSVP=TRUE:mailto:lauren.pike1990@outlook.com
CLASS:PUBLIC
CREATED:20261013T150000Z
DESCRIPTION:Hi Lauren\,\n\nThank you for your interest in the Deputy Store Manager role at Greenway Foods Manchester Fort. I'm pleased to invite you to interview with myself (Store Manager) and Claire Fielding (HR Business Partner). Please allow an hour and bring photo ID and proof of right to work.\n\nReport to the Customer Service Desk and ask for me.\n\nKind regards\,\nShannon Doyle\nStore Manager\, Greenway Foods Manchester Fort\n
DTEND;TZID="GMT Standard Time":20261020T110000
DTSTAMP:20261013T150000Z
DTSTART;TZID="GMT Standard Time":20261020T100000
LAST-MODIFIED:20261013T150000Z
LOCATION:Greenway Foods Manchester Fort\, Cheetham Hill Rd
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Deputy Store Manager - Greenway Foods
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000023CD67EF6001DC01000000000000000010000000F2F2A3A3B4B4C5C5D6D6E7E7F8F8A9A9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
]
