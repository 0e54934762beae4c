"""holdout211 events, part c: more Irish employers (blind split, CC0 1.0)."""

from holdout211ev_tz import DUBLIN, GMT_STD

EVENTS = [
    dict(
        kind="typed-english-note", uid="B3F0E6A2-91C4-4E0F-8D2B-6A0C33E1F7D4",
        iv=1, company="Eirtech Aviation Services", role="", stage="", who="Aidan",
        trap="handtyped-phone-entry-english-floating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B3F0E6A2-91C4-4E0F-8D2B-6A0C33E1F7D4
DTSTAMP:20250219T221503Z
CREATED:20250219T221503Z
DTSTART:20250224T113000
DTEND:20250224T120000
SUMMARY:Eirtech call w Aidan (B1 SNN)
DESCRIPTION:He calls me on whatsapp. 11:30 IRISH time = 12:30 aqui!! Ask ab
 out: rotas\, relocation pkg\, B2 cross-training\, do they do CAMO too. Hab
 lar despacio jaja
LOCATION:Phone
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="goodtime-phone-screen", uid="gt-3b91e7f04a2c4d71-event@goodtime.io",
        iv=1, company="Bristow Ireland", role="B1 Aircraft Engineer (AW189) - Shannon SAR Base",
        stage="recruiter_screen", who="rachel.moran@bristowgroup.com",
        trap="goodtime-phone-screen-helicopter-sar",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime//GoodTime Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:gt-3b91e7f04a2c4d71-event@goodtime.io
DTSTAMP:20250402T081200Z
DTSTART;TZID=Europe/Dublin:20250409T100000
DTEND;TZID=Europe/Dublin:20250409T103000
SUMMARY:Phone Screen: Ruben Castillo Navarro <> Bristow (B1 Aircraft Engine
 er AW189 - Shannon)
DESCRIPTION:Hi Ruben\,\n\nYour phone screen for B1 Aircraft Engineer (AW189)
  - Shannon SAR Base is confirmed.\n\nInterviewer: Rachel Moran\, Talent Ac
 quisition\nRachel will call you on +34 6** *** 412.\n\nIf you need to resch
 edule\, please use this link: https://app.goodtime.io/reschedule/3b91e7f04
 a2c4d71\n\nThis invitation was sent by GoodTime on behalf of Bristow Irelan
 d Ltd.
LOCATION:Phone call
ORGANIZER;CN=Bristow Recruiting (via GoodTime):mailto:scheduling@goodtime.io
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Rachel Moran;ROLE=REQ-PARTICIPANT:mailto:rachel.moran@bristowgroup.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="sar-base-onsite",
        uid="040000008200E00074C5B7101A82E00800000000D0E1C2B3A495DB0100000000"
        "00000000100000001B2C3D4E5F60718293A4B5C6D7E8F901",
        iv=1, company="Bristow Ireland", role="B1 Aircraft Engineer (AW189)",
        stage="onsite", who="michael.considine@bristowgroup.com;rachel.moran@bristowgroup.com",
        trap="outlook-onsite-base-visit-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Moran, Rachel":mailto:rachel.moran@bristowgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Considine, M
 ichael":mailto:michael.considine@bristowgroup.com
DESCRIPTION;LANGUAGE=en-GB:Hi Ruben\,\n\nPlease find the details for your i
 nterview at our Shannon SAR base with Michael Considine (Base Engineering M
 anager) and myself. We'll walk you through the base and the aircraft\, then
  sit down for the interview (approx. 90 min in total).\n\nAddress: Bristow
  Ireland SAR Base\, Shannon Airport (airside - we will meet you at the landsi
 de gate). Bring photo ID.\n\nThanks\,\nRachel\n
UID:040000008200E00074C5B7101A82E00800000000D0E1C2B3A495DB010000000000000000100000001B2C3D4E5F60718293A4B5C6D7E8F901
SUMMARY;LANGUAGE=en-GB:Ruben Castillo Navarro - Interview - B1 AW189 SNN
DTSTART;TZID=GMT Standard Time:20250429T130000
DTEND;TZID=GMT Standard Time:20250429T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T140002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Bristow SAR Base Shannon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="greenhouse-zoom-screen", uid="greenhouse-interview-4418827003@greenhouse.io",
        iv=1, company="Dublin Aerospace", role="B1 Licensed Engineer - APU & Landing Gear / Base Maintenance",
        stage="recruiter_screen", who="ola.nowak@dublinaerospace.com",
        trap="greenhouse-zoom-recruiter-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4418827003@greenhouse.io
DTSTAMP:20250121T153000Z
DTSTART:20250128T150000Z
DTEND:20250128T153000Z
SUMMARY:Interview with Dublin Aerospace: Ruben Castillo Navarro
DESCRIPTION:Hi Ruben\,\n\nThis is a confirmation of your interview for the
  B1 Licensed Engineer - APU & Landing Gear / Base Maintenance role.\n\nInte
 rviewer: Ola Nowak (Talent Acquisition)\nFormat: 30 minute Zoom call\n\nJoi
 n Zoom Meeting\nhttps://zoom.us/j/93340018247?pwd=U2x0bUQ\nMeeting ID: 933
  4001 8247\nPasscode: 520117\n\nDublin Aerospace\, Dublin Airport\, Co. Dubl
 in
LOCATION:https://zoom.us/j/93340018247?pwd=U2x0bUQ
ORGANIZER;CN=Ola Nowak:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Ola Nowak;ROLE=REQ-PARTICIPANT:mailto:ola.nowak@dublinaerospace.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="meet-second-round", uid="1ka9t0v7s3mq2e4h6ojd0b8r5n@google.com",
        iv=1, company="Dublin Aerospace", role="", stage="hiring_manager",
        who="kevin.lynch@dublinaerospace.com",
        trap="google-meet-second-round-manager-no-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Dublin
BEGIN:VEVENT
DTSTART:20250207T100000Z
DTEND:20250207T104500Z
DTSTAMP:20250130T094500Z
ORGANIZER;CN=Kevin Lynch:mailto:kevin.lynch@dublinaerospace.com
UID:1ka9t0v7s3mq2e4h6ojd0b8r5n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin
  Lynch;X-NUM-GUESTS=0:mailto:kevin.lynch@dublinaerospace.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
DESCRIPTION:Ruben - Ola passed on your details. Let's have a proper chat ab
 out the base maintenance side\, the landing gear shop and what your B1 sco
 pe has been at AdS. Bring any questions.\n\nKevin\n\n-::~:~::~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nJoin with Google Meet: https://meet.google.com/ugh-vwno-xkr\n\nLearn more
  about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ruben / Kevin - 2nd round
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ashby-phone-screen", uid="ashby-interview-0c6b2a7e-4f1d-4f2e-b8a3-19d2c5e7a610",
        iv=1, company="ASL Airlines Ireland", role="Line Maintenance Engineer B1 (B737F)",
        stage="recruiter_screen", who="hr.recruitment@aslairlines.ie",
        trap="ashby-screen-cargo-airline",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-0c6b2a7e-4f1d-4f2e-b8a3-19d2c5e7a610
DTSTAMP:20250305T101010Z
DTSTART:20250311T090000Z
DTEND:20250311T093000Z
SUMMARY:Ruben Castillo Navarro | Recruiter Screen | Line Maintenance Engineer
  B1 (B737F)
DESCRIPTION:Interview: Recruiter Screen\nCandidate: Ruben Castillo Navarro\n
 Role: Line Maintenance Engineer B1 (B737F)\nCompany: ASL Airlines Ireland\n
 \nInterviewers:\n- ASL HR Recruitment (hr.recruitment@aslairlines.ie)\n\nMi
 crosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2Q1@
 thread.v2/0\n\nScheduled via Ashby
LOCATION:Microsoft Teams
ORGANIZER;CN=ASL Airlines Ireland:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=ASL HR Recruitment;ROLE=REQ-PARTICIPANT:mailto:hr.recruitment@aslairlines.ie
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="lever-video-interview", uid="lever-7c1e0a3b-interview-55f2@hire.lever.co",
        iv=1, company="CityJet", role="Aircraft Engineer B1 - CRJ900 (Dublin)",
        stage="", who="declan.oshea@cityjet.com;maeve.kinsella@cityjet.com",
        trap="lever-video-interview-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:lever-7c1e0a3b-interview-55f2@hire.lever.co
DTSTAMP:20250408T160000Z
DTSTART;TZID=Europe/Dublin:20250415T114500
DTEND;TZID=Europe/Dublin:20250415T123000
SUMMARY:Ruben Castillo Navarro - Aircraft Engineer B1 - CRJ900 (Dublin) - I
 nterview
DESCRIPTION:Hello Ruben\,\n\nYou're scheduled to meet with the CityJet team
 :\n\n11:45 - 12:30 IST  Declan O'Shea (Maintenance Control) & Maeve Kinsell
 a (HR)\n\nVideo: https://cityjet.zoom.us/j/81502247731\n\nLooking forward t
 o it!
LOCATION:https://cityjet.zoom.us/j/81502247731
ORGANIZER;CN=Maeve Kinsella:mailto:maeve.kinsella@cityjet.com
ATTENDEE;CN=Ruben Castillo Navarro;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Declan O'Shea:mailto:declan.oshea@cityjet.com
ATTENDEE;CN=Maeve Kinsella:mailto:maeve.kinsella@cityjet.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="icims-tech-rep-interview", uid="icims-sched-88172-3391@aercap.icims.com",
        iv=1, company="AerCap", role="Technical Representative - Aircraft Transitions",
        stage="hiring_manager", who="jcorcoran@aercap.com",
        trap="icims-lessor-technical-rep-webex",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-sched-88172-3391@aercap.icims.com
DTSTAMP:20250422T120000Z
DTSTART:20250430T130000Z
DTEND:20250430T140000Z
SUMMARY:AerCap | Interview - Technical Representative - Aircraft Transitions
DESCRIPTION:Dear Ruben\,\n\nYou have been scheduled for an interview for Tec
 hnical Representative - Aircraft Transitions (Req #2025-1187).\n\nInterview
 er: John Corcoran\, Senior Manager Technical Asset Management\nFormat: Webe
 x video\n\nJoin Webex meeting: https://aercap.webex.com/aercap/j.php?MTID=m
 4b7c12e0f9\nMeeting number: 2741 905 3318\nPassword: Tr4n5it\nJoin by phone
 : +353-1-526-0058 Ireland Toll\, Access code: 2741 905 3318\n\nAerCap House
 \, 65 St. Stephen's Green\, Dublin 2
LOCATION:Webex
ORGANIZER;CN=AerCap Talent Acquisition:mailto:donotreply@icims.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=John Corcoran;ROLE=REQ-PARTICIPANT:mailto:JCorcoran@aercap.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
