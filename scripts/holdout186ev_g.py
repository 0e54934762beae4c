"""holdout186: negatives with Shannon on the HIRING side at Greenway Foods, part G."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("ca-interview", "040000008200E00074C5B7101A82E008000000007712AB34CD56DC01000000000000000010000000A1A1B2B2C3C3D4D4E5E5F6F6A7A7B8B8", 0,
       "", "", "", "", "user-as-interviewer-checkout-candidate-typed-in-work-outlook", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ_GMTST@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260910T072233Z
DESCRIPTION:Jade Kowalski - applied for checkouts 16hrs (Thu/Fri/Sat). 07700 934 118. Has worked at Boots Stockport 2 yrs. Use CA question sheet in top drawer. Sue to cover tills 2-3.\n
DTEND;TZID="GMT Standard Time":20260911T143000
DTSTAMP:20260910T072233Z
DTSTART;TZID="GMT Standard Time":20260911T140000
LAST-MODIFIED:20260910T072233Z
LOCATION:Training room
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Jade K - CA interview (checkouts)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000007712AB34CD56DC01000000000000000010000000A1A1B2B2C3C3D4D4E5E5F6F6A7A7B8B8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("shift-leader-interviews", "040000008200E00074C5B7101A82E008000000008823BC45DE67DC01000000000000000010000000B2B2C3C3D4D4E5E5F6F6A7A7B8B8C9C9", 0,
       "", "", "", "", "user-as-interviewer-shift-leader-block-with-deputy", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Tierney, Rob";RSVP=TRUE:mailto:rob.tierney@greenwayfoods.co.uk
ATTENDEE;CN="MAN Fort - Training Room";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:MANFort-TrainingRoom@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20260914T081500Z
DESCRIPTION:Rob\, 3 booked in for Shift Leader (Bakery & Cafe):\n10:00 Mia Rossi\n11:00 Connor Walsh (internal - Fresh)\n12:00 Natalia Nowak\n\nInterview packs + scoring grids are on the SharePoint under Recruitment > Shift Leader. Can you print 2 of each. You lead on the operational qs\, I'll do the competency ones. 15 mins between each to score.\n\nShan\n
DTEND;TZID="GMT Standard Time":20260917T130000
DTSTAMP:20260914T081500Z
DTSTART;TZID="GMT Standard Time":20260917T100000
LAST-MODIFIED:20260914T081500Z
LOCATION:MAN Fort - Training Room
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Shift Leader interviews x3 (Bakery & Cafe)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000008823BC45DE67DC01000000000000000010000000B2B2C3C3D4D4E5E5F6F6A7A7B8B8C9C9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("group-session", "040000008200E00074C5B7101A82E008000000009934CD56EF78DC01000000000000000010000000C3C3D4D4E5E5F6F6A7A7B8B8C9C9D0D0", 0,
       "", "", "", "", "user-as-interviewer-christmas-temps-group-assessment", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Tierney, Rob";RSVP=TRUE:mailto:rob.tierney@greenwayfoods.co.uk
ATTENDEE;CN="Khan, Aisha";RSVP=TRUE:mailto:aisha.khan@greenwayfoods.co.uk
ATTENDEE;CN="Morley, Sue";RSVP=TRUE:mailto:sue.morley@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20261009T154400Z
DESCRIPTION:Xmas temps - group session 2. 20 booked in via Fountain\, expect 14-15 to turn up.\n\n9.30 welcome + store tour (Rob)\n10.00 group task - "plan the Xmas Eve shop floor" in 4 teams (Aisha + Sue observing\, use the obs sheets)\n10.45 1:1s 10 mins each - me\, Rob\, Aisha\n12.15 wash up + decide offers\n\nTea\, coffee + biscuits from the cafe please Sue. Name badges in my office.\n
DTEND;TZID="GMT Standard Time":20261017T123000
DTSTAMP:20261009T154400Z
DTSTART;TZID="GMT Standard Time":20261017T093000
LAST-MODIFIED:20261009T154400Z
LOCATION:Cafe (closed to customers til 12.30)
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Xmas temps - group session 2
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000009934CD56EF78DC01000000000000000010000000C3C3D4D4E5E5F6F6A7A7B8B8C9C9D0D0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("fountain-interview", "fountain-slot-b19e2c7d40f5@fountain.com", 0, "", "", "", "",
       "user-as-interviewer-hourly-ats-invite-to-hiring-manager", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fountain//Fountain Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:fountain-slot-b19e2c7d40f5@fountain.com
DTSTAMP:20261002T111111Z
DTSTART:20261006T090000Z
DTEND:20261006T092000Z
SUMMARY:Interview: Customer Assistant (Nights) - Liam Otieno
DESCRIPTION:A new interview has been booked in your calendar.\n\nApplicant: Liam Otieno\nPosition: Customer Assistant - Night Replenishment - Greenway Foods Manchester Fort\nPhone: 07412 558 903\nEmail: liam.otieno02@gmail.com\n\nInterviewer: Shannon Doyle\nLocation: Greenway Foods Manchester Fort - ask at Customer Service Desk\n\nView applicant profile and complete the interview scorecard in Fountain: https://web.fountain.com/greenwayfoods/applicants/b19e2c7d40f5\n\nGreenway Foods Recruitment (powered by Fountain)
LOCATION:Greenway Foods Manchester Fort
ORGANIZER;CN=Greenway Foods Recruitment:mailto:no-reply@fountain.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("feedback-due", "SF-TASK-IC-330918-20260918@successfactors.eu", 0, "", "", "", "",
       "user-as-interviewer-interview-central-rating-due", r'''BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-TASK-IC-330918-20260918@successfactors.eu
DTSTAMP:20260917T170000Z
DTSTART;VALUE=DATE:20260918
DTEND;VALUE=DATE:20260919
SUMMARY:Action required: rate candidates in Interview Central - Shift Leader (Bakery & Cafe)
DESCRIPTION:Dear Shannon\,\n\nYou have 3 candidates awaiting your interview assessment for requisition 55120 - Shift Leader (Bakery & Cafe) - Manchester Fort:\n\n- Mia Rossi\n- Connor Walsh\n- Natalia Nowak\n\nPlease complete the competency ratings and overall recommendation in Interview Central by end of day so the offer can be progressed.\n\nGreenway Foods People Services
ORGANIZER;CN=Greenway Foods People Services:mailto:noreply-greenway@successfactors.eu
ATTENDEE;CN=Shannon Doyle:mailto:shannon.doyle@greenwayfoods.co.uk
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("accepted-reply", "040000008200E00074C5B7101A82E00800000000AA45DE67F089DC01000000000000000010000000D4D4E5E5F6F6A7A7B8B8C9C9D0D0E1E1", 0,
       "", "", "", "", "user-as-interviewer-candidate-accepted-reply-from-gmail", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261008T130000Z
DTEND:20261008T133000Z
DTSTAMP:20261005T193344Z
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
UID:040000008200E00074C5B7101A82E00800000000AA45DE67F089DC01000000000000000010000000D4D4E5E5F6F6A7A7B8B8C9C9D0D0E1E1
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloe Bradshaw;X-NUM-GUESTS=0:mailto:chloebradshaw99@gmail.com
CREATED:20261005T193344Z
DESCRIPTION:Thank you I will be there. Chloe
LAST-MODIFIED:20261005T193344Z
LOCATION:Greenway Foods Manchester Fort - training room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview - Customer Assistant (Bakery) - Greenway Manchester Fort
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("trial-shift", "B3D5F7A9-1C2E-4B6D-8F0A-3C5E7A9B1D2F", 0, "", "", "", "",
       "user-as-interviewer-trial-shift-agency-temp-she-supervises", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B3D5F7A9-1C2E-4B6D-8F0A-3C5E7A9B1D2F
DTSTAMP:20261012T101500Z
CREATED:20261012T101459Z
DTSTART:20261014T220000
DTEND:20261015T020000
SUMMARY:Trial shift - Reece (Staffline) nights replen
DESCRIPTION:4hr trial. Reece Harper via Staffline (Danielle). put him w Gaz on chilled. I stay til 12 then Gaz to text me how he got on. if ok - start Mon. need to do his RTW docs first
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n", hiring=True),
    ev("wash-up", "040000008200E00074C5B7101A82E00800000000BB56EF78019ADC01000000000000000010000000E5E5F6F6A7A7B8B8C9C9D0D0E1E1F2F2", 0,
       "", "", "", "", "user-as-interviewer-debrief-with-hrbp-teams", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN="Fielding, Claire":mailto:claire.fielding@greenwayfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Shan - 30 mins to wash up the Deputy Store Manager interviews from Tuesday. Please bring your scored packs for both candidates so we can calibrate and agree who goes forward to Dave for the final. Also need to talk about the salary ask from candidate 2.\nClaire\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z3JlZW53YXk%40thread.v2/0>\nMeeting ID: 311 228 945 660\nPasscode: 9Wm3Tx\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BB56EF78019ADC01000000000000000010000000E5E5F6F6A7A7B8B8C9C9D0D0E1E1F2F2
SUMMARY;LANGUAGE=en-GB:DSM interviews - wash up
DTSTART;TZID=GMT Standard Time:20261022T084500
DTEND;TZID=GMT Standard Time:20261022T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T160212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("panel", "040000008200E00074C5B7101A82E00800000000CC6701890AABDC01000000000000000010000000F6F6A7A7B8B8C9C9D0D0E1E1F2F2A3A3", 0,
       "", "", "", "", "user-as-interviewer-chairs-dept-manager-panel", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Tierney, Rob";RSVP=TRUE:mailto:rob.tierney@greenwayfoods.co.uk
ATTENDEE;CN="Fielding, Claire";RSVP=TRUE:mailto:claire.fielding@greenwayfoods.co.uk
ATTENDEE;CN="MAN Fort - Managers Office";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:MANFort-MgrsOffice@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20261012T120000Z
DESCRIPTION:Panel for Dept Manager - Fresh (2 external\, 1 internal). I'll chair\, Rob ops questions\, Claire values/behaviours. Candidates do the 10 min "walk the fresh dept and tell us 3 things" first with Rob. Scoring 1-4 per competency\, agree scores before next candidate comes in.\n\n13:00 Gemma Tully (ext - currently Asda)\n14:15 Hassan Ali (ext - currently Lidl)\n15:30 Kerry Doyle (int - no relation!)\n
DTEND;TZID="GMT Standard Time":20261020T170000
DTSTAMP:20261012T120000Z
DTSTART;TZID="GMT Standard Time":20261020T130000
LAST-MODIFIED:20261012T120000Z
LOCATION:MAN Fort - Managers Office
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Dept Manager (Fresh) - interview panel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000CC6701890AABDC01000000000000000010000000F6F6A7A7B8B8C9C9D0D0E1E1F2F2A3A3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
    ev("shadowing", "040000008200E00074C5B7101A82E00800000000DD78129A1BBCDC01000000000000000010000000A7A7B8B8C9C9D0D0E1E1F2F2A3A3B4B4", 0,
       "", "", "", "", "user-as-interviewer-trainee-shadows-her-interviews", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Sharma, Priya";RSVP=TRUE:mailto:priya.sharma@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20261026T090000Z
DESCRIPTION:Priya - part of your trainee manager programme (module 4 - recruitment & selection). Sit in on my CA interviews Wednesday morning\, observe only for the first two then you lead the third and I'll give you feedback. Read the interviewing guide on the Learning Hub first please.\n
DTEND;TZID="GMT Standard Time":20261028T120000
DTSTAMP:20261026T090000Z
DTSTART;TZID="GMT Standard Time":20261028T093000
LAST-MODIFIED:20261026T090000Z
LOCATION:Training room
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Priya shadowing - CA interviews
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000DD78129A1BBCDC01000000000000000010000000A7A7B8B8C9C9D0D0E1E1F2F2A3A3B4B4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True, hiring=True),
]
