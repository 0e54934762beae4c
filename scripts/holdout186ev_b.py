"""holdout186: Shannon Doyle's own interviews, part B (Costa, Caffe Nero, DHL, GXO, Wincanton, Kuehne+Nagel)."""
# ruff: noqa: E501, W291
from holdout186ev_common import ev

EVENTS = [
    ev("teams-interview", "040000008200E00074C5B7101A82E0080000000090B3F1C2D347DC01000000000000000010000000C0FFEE11AA22BB33CC44DD55EE66FF77", 1,
       "Costa Coffee", "Area Manager NW", "hiring_manager", "helen.marsh@costa.co.uk",
       "outlook-teams-direct-from-hiring-manager", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN="Marsh, Helen":mailto:Helen.Marsh@costa.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk:mailto:shannon.doyle84@yahoo.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Shannon\, looking forward to chatting through the Area Manager role (NW - 14 stores across Manchester & Salford). Plan is roughly 45 mins of me asking questions and 15 for yours. No need to prepare anything formal.\nHelen\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjI1OGQz%40thread.v2/0?context=%7b%22Tid%22%3a%22c0a9%22%7d>\nMeeting ID: 391 004 226 781\nPasscode: bV3nQe\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOr call in (audio only)\n+44 20 3855 4748\,\,210447915#   United Kingdom\, London\nPhone Conference ID: 210 447 915#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000090B3F1C2D347DC01000000000000000010000000C0FFEE11AA22BB33CC44DD55EE66FF77
SUMMARY;LANGUAGE=en-GB:Shannon Doyle - Area Manager NW
DTSTART;TZID=GMT Standard Time:20260915T180000
DTEND;TZID=GMT Standard Time:20260915T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T082211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjI1OGQz%40thread.v2/0?context=%7b%22Tid%22%3a%22c0a9%22%7d
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("final-presentation", "040000008200E00074C5B7101A82E00800000000B0C4A2E9114FDC0100000000000000001000000011AA22BB33CC44DD55EE66FF77001122", 1,
       "Costa Coffee", "", "final", "helen.marsh@costa.co.uk;rob.kenyon@costa.co.uk",
       "final-with-presentation-in-store-utc", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Marsh, Helen":mailto:Helen.Marsh@costa.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kenyon, Rob":mailto:Rob.Kenyon@costa.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk:mailto:shannon.doyle84@yahoo.co.uk
DESCRIPTION;LANGUAGE=en-GB:Shannon\, as discussed - final stage with me and Rob Kenyon (Head of Retail Operations\, North). We'll meet at the Costa in Piccadilly Gardens\, have a coffee and a look round\, then head upstairs to the meeting space.\n\nPresentation (15 mins\, no slides needed - printouts fine): "You've inherited the bottom 3 stores in the area on customer scores. What do you do in your first 90 days?"\n\nThen around 45 mins of questions.\n\nHelen\n
UID:040000008200E00074C5B7101A82E00800000000B0C4A2E9114FDC0100000000000000001000000011AA22BB33CC44DD55EE66FF77001122
SUMMARY;LANGUAGE=en-GB:Costa final - Shannon Doyle
DTSTART:20261006T130000Z
DTEND:20261006T150000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T160841Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Costa Coffee\, 1 Piccadilly Gardens\, Manchester M1 1RG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("screening-call", "workable-ev-6d1e0b7a92c44f3b@workable.com", 1, "Caffè Nero", "Area Manager - Manchester & Cheshire",
       "recruiter_screen", "rosie.clarke@caffenero.com", "workable-recruiter-screen-zoom", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:workable-ev-6d1e0b7a92c44f3b@workable.com
DTSTAMP:20260911T140501Z
DTSTART;TZID=Europe/London:20260916T083000
DTEND;TZID=Europe/London:20260916T090000
SUMMARY:Caffè Nero - Area Manager - Manchester & Cheshire - Shannon Doyle
DESCRIPTION:Hi Shannon\,\n\nLooking forward to speaking with you about the A
 rea Manager - Manchester & Cheshire role at Caffè Nero.\n\nThis will be an
  initial 30 minute conversation with Rosie Clarke (Talent Partner).\n\nJoin
  Zoom Meeting\nhttps://caffenero.zoom.us/j/84122370914?pwd=QmVhbnNBbmRNaWxr
 \nMeeting ID: 841 2237 0914\nPasscode: 552190\n\nOne tap mobile\n+442034815
 240\,\,84122370914# United Kingdom\n\nPowered by Workable
LOCATION:Zoom
ORGANIZER;CN=Rosie Clarke:mailto:rosie.clarke@caffenero.com
ATTENDEE;CN=Rosie Clarke;PARTSTAT=ACCEPTED:mailto:rosie.clarke@caffenero.com
ATTENDEE;CN=Shannon Doyle;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:shannon.doy
 le84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
'''),
    ev("webex-interview", "SF-INT-9920471-20260922@successfactors.eu", 1, "DHL Supply Chain",
       "Regional Operations Manager", "hiring_manager", "andy.kerr@dhl.com",
       "successfactors-webex-hiring-manager", r'''BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:SF-INT-9920471-20260922@successfactors.eu
DTSTAMP:20260915T101000Z
DTSTART;TZID=Europe/London:20260922T110000
DTEND;TZID=Europe/London:20260922T120000
SUMMARY:DHL Supply Chain | Interview | Regional Operations Manager (Req 118402) | Shannon Doyle
DESCRIPTION:Dear Shannon\,\n\nWe are delighted to confirm your interview for the position Regional Operations Manager - Retail Sector (Req 118402).\n\nInterviewer(s): Andy Kerr\, General Manager - Retail Logistics North\nFormat: Video interview via Webex\n\nJoin Webex meeting:\nhttps://dhl.webex.com/dhl/j.php?MTID=m4a0e2b1c9d8f7a6e5b4c3d2e1f0a9b8c\nMeeting number (access code): 2741 883 0195\nMeeting password: Xq4hT7mLp2a\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\n\nPlease have a copy of your CV to hand.\n\nDHL Supply Chain Talent Acquisition
LOCATION:Webex
ORGANIZER;CN=DHL Talent Acquisition:mailto:DoNotReply@successfactors.eu
ATTENDEE;CN=Andy Kerr;ROLE=REQ-PARTICIPANT:mailto:Andy.Kerr@dhl.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("site-visit", "3rb0h9f2k7m1d5q8s4t6v0x2z@google.com", 1, "DHL Supply Chain", "",
       "onsite", "andy.kerr@dhl.com;claire.booth@dhl.com", "google-site-tour-and-panel-at-warehouse",
       r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261013T093000
DTEND;TZID=Europe/London:20261013T123000
DTSTAMP:20261001T152233Z
ORGANIZER;CN=Andy Kerr:mailto:andy.kerr@dhl.com
UID:3rb0h9f2k7m1d5q8s4t6v0x2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andy Kerr;X-NUM-GUESTS=0:mailto:andy.kerr@dhl.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Booth;X-NUM-GUESTS=0:mailto:claire.booth@dhl.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
X-MICROSOFT-CDO-OWNERAPPTID:-1829302211
CREATED:20261001T152231Z
DESCRIPTION:Shannon - stage 2 as promised. Site tour of Omega (it's a 24/7 grocery DC so hi-vis and safety boots provided\, wear flat shoes)\, then a panel interview with me and Claire Booth (HR Business Partner). Sign in at gatehouse 2 and ask for me.\n\nAndy
LAST-MODIFIED:20261001T152233Z
LOCATION:DHL Supply Chain\, Omega South\, Warrington WA5 3XH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stage 2 - site tour + panel (Shannon Doyle)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("teams-interview", "icims-ev-4471023-gxo-20261020@icims.com", 1, "GXO", "Regional Operations Manager",
       "hiring_manager", "martin.doherty@gxo.com", "icims-teams-interview-later-cancelled", r'''BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:icims-ev-4471023-gxo-20261020@icims.com
DTSTAMP:20261012T094455Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20261020T160000
DTEND;TZID=Europe/London:20261020T170000
SUMMARY:Interview Invitation: Regional Operations Manager - Retail Contracts (Job ID 2026-41187)
DESCRIPTION:Dear Shannon\,\n\nThank you for your interest in GXO. You are invited to interview for the Regional Operations Manager - Retail Contracts position.\n\nInterviewer: Martin Doherty\, Director of Operations\nMeeting: Microsoft Teams (link below)\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3MjQx%40thread.v2/0\nMeeting ID: 278 661 035 442\nPasscode: Qa9m2Z\n\nRegards\,\nGXO Talent Acquisition\n\nGXO is an equal opportunity employer.
LOCATION:Microsoft Teams
ORGANIZER;CN=GXO Talent Acquisition:mailto:gxo-noreply@icims.com
ATTENDEE;CN=Martin Doherty;ROLE=REQ-PARTICIPANT:mailto:martin.doherty@gxo.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("cancelled", "icims-ev-4471023-gxo-20261020@icims.com", 1, "GXO", "Regional Operations Manager",
       "hiring_manager", "martin.doherty@gxo.com", "method-cancel-interview-same-uid", r'''BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:icims-ev-4471023-gxo-20261020@icims.com
DTSTAMP:20261019T072010Z
SEQUENCE:1
DTSTART:20261020T150000Z
DTEND:20261020T160000Z
SUMMARY:Cancelled: Interview Invitation: Regional Operations Manager - Retail Contracts (Job ID 2026-41187)
DESCRIPTION:Dear Shannon\,\n\nUnfortunately Martin is no longer available at this time and your interview has been cancelled. A member of the team will be in touch shortly to arrange a new date.\n\nApologies for any inconvenience.\n\nGXO Talent Acquisition
ORGANIZER;CN=GXO Talent Acquisition:mailto:gxo-noreply@icims.com
ATTENDEE;CN=Martin Doherty;ROLE=REQ-PARTICIPANT:mailto:martin.doherty@gxo.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("screening-call", "lever-int-ab81c3f0-7e2d-4a19-b6c5-winc-sgm@hire.lever.co", 1, "Wincanton",
       "Site General Manager", "recruiter_screen", "priya.shah@wincanton.co.uk", "lever-zoom-screen",
       r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-ab81c3f0-7e2d-4a19-b6c5-winc-sgm@hire.lever.co
DTSTAMP:20260918T131244Z
DTSTART:20260925T113000Z
DTEND:20260925T120000Z
SUMMARY:Shannon Doyle <> Wincanton: Site General Manager - Screening Call
DESCRIPTION:Interview with Wincanton\n\nRole: Site General Manager (Grocery 
 Retail DC\, Haydock)\nInterviewer: Priya Shah - Senior Talent Partner\n\nJo
 in Zoom: https://wincanton.zoom.us/j/93310274456\nMeeting ID: 933 1027 4456
 \n\nScheduled via Lever
LOCATION:https://wincanton.zoom.us/j/93310274456
ORGANIZER;CN=Priya Shah:mailto:priya.shah@wincanton.co.uk
ATTENDEE;CN=Priya Shah;PARTSTAT=ACCEPTED:mailto:priya.shah@wincanton.co.uk
ATTENDEE;CN=Shannon Doyle;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:shannon.doy
 le84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
'''),
    ev("einladung", "SF-INT-5528310-20261103@successfactors.eu", 1, "Kuehne+Nagel",
       "Regional Operations Manager Contract Logistics", "hiring_manager",
       "julia.brandt@kuehne-nagel.com;steve.holt@kuehne-nagel.com", "german-english-berlin-tz-teams", r'''BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:SF-INT-5528310-20261103@successfactors.eu
DTSTAMP:20261026T083015Z
DTSTART;TZID=Europe/Berlin:20261103T150000
DTEND;TZID=Europe/Berlin:20261103T160000
SUMMARY:Einladung zum Interview / Interview invitation: Regional Operations Manager Contract Logistics (m/w/d) - Manchester
DESCRIPTION:Sehr geehrte Frau Doyle\,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns\, Sie zu einem Interview einzuladen.\n\nDear Ms Doyle\,\n\nThank you for your application. We are pleased to invite you to an interview.\n\nTermin / Date: 03.11.2026\, 15:00 - 16:00 (MEZ / CET) - 14:00 UK time\nInterviewpartner / Interviewers: Julia Brandt (Head of Contract Logistics Northern Europe)\, Steve Holt (Operations Director UK North)\nSprache / Language: Englisch / English\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1NmE5%40thread.v2/0\n\nMit freundlichen Grüßen / Kind regards\nKuehne+Nagel Talent Acquisition Hamburg
LOCATION:Microsoft Teams
ORGANIZER;CN=Kuehne+Nagel Talent Acquisition:mailto:noreply-kn@successfactors.eu
ATTENDEE;CN=Julia Brandt;ROLE=REQ-PARTICIPANT:mailto:Julia.Brandt@kuehne-nagel.com
ATTENDEE;CN=Steve Holt;ROLE=REQ-PARTICIPANT:mailto:Steve.Holt@kuehne-nagel.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
]
