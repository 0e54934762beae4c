"""holdout151 events, part c: UK contractors and consultancies (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

EVENTS = [
    E(
        "workday-hm",
        "WD-Calendar-JR145821-7a3be0c9f211@balfourbeatty.myworkday.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-Calendar-JR145821-7a3be0c9f211@balfourbeatty.myworkday.com
DTSTAMP:20260916T153310Z
DTSTART:20260923T130000Z
DTEND:20260923T140000Z
SUMMARY:Balfour Beatty - Hiring Manager Interview - Samuel Mensah
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Samuel\,\n\nYour interview has been scheduled.\n\nPosition
 : Project Director - Highways (JR145821)\nInterview type: Hiring Manager I
 nterview (Virtual)\nInterviewers: Mark Ellison (Operations Director\, Majo
 r Projects)\; Priya Shah (Project Director)\n\nJoin: https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_ODk1%40thread.v2/0\n\nBalfour Beatty Tale
 nt Acquisition
ORGANIZER;CN=Balfour Beatty:mailto:balfourbeatty@myworkday.com
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah.
 ce@btinternet.com
ATTENDEE;CN=Mark Ellison;ROLE=REQ-PARTICIPANT:mailto:mark.ellison@balfourbe
 atty.com
ATTENDEE;CN=Priya Shah;ROLE=REQ-PARTICIPANT:mailto:priya.shah@balfourbeatty
 .com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Balfour Beatty",
        role="Project Director - Highways",
        stage="hiring_manager",
        who="mark.ellison@balfourbeatty.com;priya.shah@balfourbeatty.com",
        trap="workday-hiring-manager-two-interviewers",
    ),
    E(
        "initial-conversation",
        "040000008200E00074C5B7101A82E0080000000070E5D4C3B22BDC01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Lowe, Hannah":mailto:hannah.lowe@costain.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\, thanks for taking my call yesterday.
  As promised\, here's a slot for an initial conversation about the Princip
 al Engineer role on our M6 J21a-26 smart motorway / junction programme. I'
 ll share a bit more about Costain and the team and ask about your experienc
 e.\n\nKind regards\nHannah Lowe | Senior Talent Partner | Costain\n\n_____
 ___________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_M2U4%40thread.v2/0\nMeeting ID: 374 900 228 611\nPasscode: vN
 4bX9\n____________________________________________________________________
 ____________\n
UID:040000008200E00074C5B7101A82E0080000000070E5D4C3B22BDC010000000000000000
 10000000AA11BB22CC33DD44EE55FF6677889900
SUMMARY;LANGUAGE=en-GB:Costain | Principal Engineer - initial conversation
DTSTART;TZID=GMT Standard Time:20260911T120000
DTEND;TZID=GMT Standard Time:20260911T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260908T161022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Costain",
        role="Principal Engineer",
        stage="recruiter_screen",
        who="hannah.lowe@costain.com",
        trap="talent-partner-initial-conversation-organizer-is-interviewer",
    ),
    E(
        "case-study",
        "040000008200E00074C5B7101A82E00800000000C0F1E2D3A43BDC01000000000000000010000000102938475665748392A1B2C3D4E5F607",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Lowe, Hannah":mailto:hannah.lowe@costain.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Farrell, Nia
 ll":mailto:niall.farrell@costain.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osei, Abena":
 mailto:abena.osei@costain.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MDH-Costain Ho
 use-G.07 Thames (10)":mailto:mdh-g07-thames@costain.com
DESCRIPTION;LANGUAGE=en-GB:Samuel\, stage 2 at Costain House\, Maidenhead.\
 n\n10:00-10:45 Case study prep (pack provided on arrival - a live junction
  scheme with a programme and cost challenge)\n10:45-11:15 Present back to
  Niall Farrell (Programme Director) and Abena Osei (Engineering Manager)\n1
 1:15-12:00 Technical questions\n\nParking is available - give your reg at
  reception.\n\nHannah
UID:040000008200E00074C5B7101A82E00800000000C0F1E2D3A43BDC010000000000000000
 10000000102938475665748392A1B2C3D4E5F607
SUMMARY;LANGUAGE=en-GB:Costain Stage 2 - case study & technical - S Mensah
DTSTART;TZID=GMT Standard Time:20260930T100000
DTEND;TZID=GMT Standard Time:20260930T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T084410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Costain House\, Vanwall Business Park\, Maidenhead
  SL6 4UB
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Costain",
        stage="technical",
        who="niall.farrell@costain.com;abena.osei@costain.com",
        trap="stage-2-case-study-present-back-with-room",
    ),
    E(
        "second-stage",
        "040000008200E00074C5B7101A82E00800000000D1E2F3A4B54BDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Hargreaves, Tom";SENT-BY="mailto:lucy.ward@mottmac.com":mail
 to:tom.hargreaves@mottmac.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sandhu, Jasp
 reet":mailto:jaspreet.sandhu@mottmac.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CRO-Mott MacDo
 nald House-10.03 (12) VC":mailto:cro-mmh-1003@mottmac.com
DESCRIPTION;LANGUAGE=en-GB:\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B54BDC010000000000000000
 1000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=en-GB:Samuel Mensah - Principal Highways Engineer - 2nd st
 age
DTSTART;TZID=GMT Standard Time:20261015T140000
DTEND;TZID=GMT Standard Time:20261015T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T101544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:CRO-Mott MacDonald House-10.03 (12) VC
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Mott MacDonald",
        role="Principal Highways Engineer",
        stage="onsite",
        who="tom.hargreaves@mottmac.com;jaspreet.sandhu@mottmac.com",
        trap="outlook-empty-body-2nd-stage-room-as-location",
    ),
    E(
        "icims-zoom",
        "icims-int-2026-44718-1183920@careers-aecom.icims.com",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-int-2026-44718-1183920@careers-aecom.icims.com
DTSTAMP:20261027T194005Z
DTSTART:20261103T103000Z
DTEND:20261103T113000Z
SUMMARY:Interview Confirmation: Associate Director - Highways Delivery (202
 6-44718)
LOCATION:Zoom
DESCRIPTION:Hi Samuel\,\n\nThis confirms your interview for Associate Direct
 or - Highways Delivery (2026-44718).\n\nInterview Team: Gemma Rowlands\, Re
 gional Director\, Transportation\n\nJoin Zoom Meeting\nhttps://aecom.zoom.u
 s/j/93418820045?pwd=RjVqZk9oN2Q\nMeeting ID: 934 1882 0045\nPasscode: 5519
 20\nOne tap mobile\n+442034815237\,\,93418820045#\,\,\,\,*551920# United Ki
 ngdom\n\nPlease do not reply to this message.
ORGANIZER;CN=AECOM Recruiting:mailto:do-not-reply@icims.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Gemma Rowlands:mailto:gemma.rowlands@aecom.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="AECOM",
        role="Associate Director - Highways Delivery",
        stage="",
        who="gemma.rowlands@aecom.com",
        trap="icims-confirmation-zoom-stage-unstated",
    ),
    E(
        "hirevue-deadline",
        "A7F3B2C1-5D4E-4F60-8A91-2B3C4D5E6F70",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7F3B2C1-5D4E-4F60-8A91-2B3C4D5E6F70
DTSTAMP:20260925T211530Z
CREATED:20260925T211517Z
DTSTART;VALUE=DATE:20261002
DTEND;VALUE=DATE:20261003
SUMMARY:Arcadis HireVue video intvw - do by midnight!!
DESCRIPTION:Link in email from arcadis talent (not spam folder). 5 qs\, 3 mi
 ns each\, 30s thinking. Programme Director\, Water/Highways. Do it from the
  study not the kitchen\, tie on.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Arcadis",
        role="Programme Director, Water/Highways",
        trap="user-typed-all-day-one-way-video-interview",
        eol="\n",
    ),
    E(
        "bookings-screen",
        "040000008200E00074C5B7101A82E00800000000A5B6C7D8E92BDC010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=WSP UK Talent Acquisition:mailto:WSPUKTalentAcquisition@wspuk.
 onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Samuel Men
 sah:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Olivia Grant:
 mailto:olivia.grant@wsp.com
DESCRIPTION;LANGUAGE=en-GB:Your booking has been confirmed.\n\nService: Can
 didate phone screen (30 min)\nStaff: Olivia Grant\nCustomer notes: Technic
 al Director - Transport Planning & Highways\, ref 26-TD-0412\n\nWe will cal
 l you on the number you provided: 07700 914662\n\nNeed to make changes? Man
 age your booking: https://outlook.office365.com/owa/calendar/WSPUKTalentAcq
 uisition@wspuk.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E92BDC010000000000000000
 100000006F5E4D3C2B1A09F8E7D6C5B4A3928170
SUMMARY;LANGUAGE=en-GB:Candidate phone screen (30 min)
DTSTART;TZID=GMT Standard Time:20260924T083000
DTEND;TZID=GMT Standard Time:20260924T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260919T200241Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="WSP",
        role="Technical Director - Transport Planning & Highways",
        stage="recruiter_screen",
        who="olivia.grant@wsp.com",
        trap="microsoft-bookings-candidate-phone-screen",
    ),
    E(
        "avature-technical",
        "avature-interview-2026-0917-00412@atkinsrealis.avature.net",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:avature-interview-2026-0917-00412@atkinsrealis.avature.net
DTSTAMP:20261005T131255Z
DTSTART;TZID=Europe/London:20261014T090000
DTEND;TZID=Europe/London:20261014T100000
SUMMARY:AtkinsRéalis - Technical Interview - Project Director\, Transportat
 ion (Req 26-0917)
LOCATION:Webex
DESCRIPTION:Dear Samuel\,\n\nThank you for your continued interest in Atkins
 Réalis. Your technical interview will be held on Webex with Simon Beckett
 (Director\, Highways Engineering).\n\nJoin Webex meeting: https://atkinsre
 alis.webex.com/atkinsrealis/j.php?MTID=m4a1c9e0b7d\nMeeting number: 2741 0
 92 3381\nPassword: Hwy2026!\nJoin by phone: +44-20-7660-8149 United Kingdo
 m Toll\nAccess code: 2741 092 3381\n\nAtkinsRéalis Talent Acquisition
ORGANIZER;CN=AtkinsRéalis Careers:mailto:careers-noreply@atkinsrealis.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Simon Beckett:mailto:simon.beckett@atkinsrealis.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="AtkinsRéalis",
        role="Project Director, Transportation",
        stage="technical",
        who="simon.beckett@atkinsrealis.com",
        trap="avature-webex-technical-interview",
    ),
    E(
        "final-nova-north",
        "040000008200E00074C5B7101A82E00800000000E3F4A5B6C75CDC01000000000000000010000000DEADBEEF00112233445566778899AABB",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Beckett, Simon":mailto:simon.beckett@atkinsrealis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Doyle, Maire
 ad":mailto:mairead.doyle@atkinsrealis.com
DESCRIPTION;LANGUAGE=en-GB:Samuel - great to speak last week. Mairead (Mana
 ging Director\, Transportation UK) would like to meet you in person before
  we finalise. About an hour\, then a coffee. Come to level 4 reception.\n\
 nSimon\n
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C75CDC010000000000000000
 10000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=en-GB:Samuel Mensah / Mairead Doyle - final conversation
DTSTART;TZID=GMT Standard Time:20261028T150000
DTEND;TZID=GMT Standard Time:20261028T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T174033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Nova North\, 11 Bressenden Place\, London SW1E 5BY
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="AtkinsRéalis",
        stage="final",
        who="mairead.doyle@atkinsrealis.com;simon.beckett@atkinsrealis.com",
        trap="final-conversation-with-md-organizer-also-interviews",
    ),
    E(
        "goodtime-hm",
        "gt-9e51c4a0b3d2f1e8@goodtime.io",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-9e51c4a0b3d2f1e8@goodtime.io
DTSTAMP:20261030T145900Z
DTSTART:20261105T160000Z
DTEND:20261105T164500Z
SUMMARY:Samuel Mensah <> Jacobs | Programme Manager\, Client Advisory | Hir
 ing Manager
LOCATION:https://jacobs.zoom.us/j/86120994731
DESCRIPTION:Hi Samuel\,\n\nYou're confirmed for your interview with Jacobs.
 \n\nInterviewer: Rachel Kim\, Director - Programme Advisory (Transport)\nDu
 ration: 45 minutes\nZoom: https://jacobs.zoom.us/j/86120994731\n\nIf you n
 eed to reschedule\, reply to this email and your coordinator (Tom Reilly)
  will help.\n\nPowered by GoodTime
ORGANIZER;CN=Tom Reilly:mailto:tom.reilly@jacobs.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Rachel Kim:mailto:rachel.kim@jacobs.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Jacobs",
        role="Programme Manager, Client Advisory",
        stage="hiring_manager",
        who="rachel.kim@jacobs.com",
        trap="goodtime-coordinator-organizer-not-interviewer",
    ),
    E(
        "founder-coffee",
        "7j3c9g1pkv5t0q8hrm2w6nbx4e@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261009T070000Z
DTEND:20261009T080000Z
DTSTAMP:20261005T202515Z
ORGANIZER;CN=Gareth Hollis:mailto:gareth.hollis.hp@gmail.com
UID:7j3c9g1pkv5t0q8hrm2w6nbx4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gareth Hollis;X-NUM-GUESTS=0:mailto:gareth.hollis.hp@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Sam - good to speak Friday. As I said\, Dave and I want a Proje
 cts Director to take the highways and drainage frameworks off our hands (
 Bromley\, Bexley\, Kent CC). Breakfast on me\, we'll talk about what the jo
 b would look like and what you'd need. No CV needed\, I've seen enough of y
 our work on the A2.\n\nGareth
LOCATION:The Bakehouse\, 147 High St\, Orpington BR6 0LN
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sam / Gareth - breakfast re PD role at H&P
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Hollis & Pryce Civils",
        role="Projects Director",
        stage="hiring_manager",
        who="gareth.hollis.hp@gmail.com",
        trap="founder-on-gmail-breakfast-about-the-job",
    ),
    E(
        "typed-murphy",
        "3E9C2A71-0B4D-4C8E-9F12-6A7B8C9D0E1F",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3E9C2A71-0B4D-4C8E-9F12-6A7B8C9D0E1F
DTSTAMP:20261016T180212Z
CREATED:20261016T180149Z
DTSTART:20261021T103000
DTEND:20261021T120000
SUMMARY:Murphy intvw - Kentish Town - ask for Declan @ recptn
LOCATION:Hiview House\, Highgate Rd\, London NW5 1TN
DESCRIPTION:Declan Byrne ops dir + someone from HR. Bring hard copy CV + pr
 oject sheets (A13\, Blackwall). Ask re: framework pipeline\, car allowanc
 e\, hybrid?? Jubilee line to W Hampstead then walk
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Murphy",
        stage="onsite",
        who="Declan Byrne",
        trap="user-typed-floating-abbreviated-intvw",
        eol="\n",
    ),
]
