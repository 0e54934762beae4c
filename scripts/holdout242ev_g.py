"""holdout242 events, part G: Liam on the hiring side at Kahikatea Dairies (all negatives)."""

EVENTS = [
    {
        "kind": "farm-assistant",
        "uid": "1aa2bb3cc4dd5ee6ff7gg8hh9i@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-farm-assistant-interview-google",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250805T003000Z
DTEND:20250805T013000Z
DTSTAMP:20250801T081245Z
ORGANIZER;CN=Liam Te Huia:mailto:liam@kahikateadairies.co.nz
UID:1aa2bb3cc4dd5ee6ff7gg8hh9i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam T
 e Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=josh.mahoney04@gmail.com;X-NUM-GUESTS=0:mailto:josh.mahoney04@gma
 il.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Peter
  Baxter;X-NUM-GUESTS=0:mailto:peter@kahikateadairies.co.nz
DESCRIPTION:Hi Josh\, thanks for applying for the Farm Assistant job. Come
  to the cowshed at 12.30 (after we've finished the morning jobs) – 1840 Ka
 hikatea Road\, Ōtorohanga. Bring your boots\, we'll have a look round. A
 bout an hour.\n\nLiam Te Huia\nFarm Manager\, Kahikatea Dairies
LOCATION:Kahikatea Dairies cowshed\, 1840 Kahikatea Road\, Ōtorohanga
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Farm Assistant interview – Josh Mahoney
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "2ic-interviews",
        "uid": "2bb3cc4dd5ee6ff7gg8hh9ii0j@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-2ic-interviews-with-owner",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250522T220000Z
DTEND:20250523T020000Z
DTSTAMP:20250516T042200Z
ORGANIZER;CN=Peter Baxter:mailto:peter@kahikateadairies.co.nz
UID:2bb3cc4dd5ee6ff7gg8hh9ii0j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Peter
  Baxter;X-NUM-GUESTS=0:mailto:peter@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Liam Te Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
DESCRIPTION:Liam – 2IC interviews at our house. 10.00 Mere Paewai\, 11.15 D
 an Kirkpatrick\, 12.30 Priya Sandhu (the agency one). I'll do the employm
 ent side\, you do the farm questions – calving\, mating\, staff\, effluen
 t. Anne is doing scones.\n\nP
LOCATION:Baxter house
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2IC interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "accepted-reply",
        "uid": "3cc4dd5ee6ff7gg8hh9ii0jj1k@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250529T230000Z
DTEND:20250530T000000Z
DTSTAMP:20250527T063011Z
ORGANIZER;CN=Liam Te Huia:mailto:liam@kahikateadairies.co.nz
UID:3cc4dd5ee6ff7gg8hh9ii0jj1k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mere P
 aewai;X-NUM-GUESTS=0:mailto:merepaewai@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Practical – 2IC – Mere Paewai
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trial-milking",
        "uid": "5E4D3C2B-1A09-4F8E-B7D6-C5B4A3928170",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-supervised-trial-milking",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20250805T052211Z
DTSTAMP:20250805T052230Z
DTSTART;TZID=Pacific/Auckland:20250807T050000
DTEND;TZID=Pacific/Auckland:20250807T090000
SUMMARY:Tane K trial milking am
DESCRIPTION:farm asst applicant. watch cups on\, teat spray\, how he handl
 es the heifers. pay 4 hrs.
SEQUENCE:0
UID:5E4D3C2B-1A09-4F8E-B7D6-C5B4A3928170
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "applicant-notes",
        "uid": "6ff7gg8hh9ii0jj1kk2ll3mm4n@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-handtyped-candidate-notes",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART:20250523T030000Z
DTEND:20250523T040000Z
DTSTAMP:20250601T010101Z
UID:6ff7gg8hh9ii0jj1kk2ll3mm4n@google.com
CREATED:20250523T025511Z
DESCRIPTION:Mere – 6 yrs\, 2 seasons as 2IC Ōtorohanga\, good on calving\,
  knows Protrack. Quiet but sure. 8/10\nDan – big talker\, vague on effluen
 t\, left last job after 4 mths?? 5/10\nPriya – strong on paper (NZ Dip Ag
 )\, only 1 NZ season\, visa tied to employer. 7/10\nPeter leaning Mere. Re
 fs for Mere + Priya.
LAST-MODIFIED:20250523T031244Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2IC – notes
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01"
            "000000000000000010000000DEADBEEF00112233445566778899AABB"
        ),
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-agency-sends-candidate",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Gibbs, Nicola":mailto:nicola.gibbs@ruralstaffing.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam@kahik
 ateadairies.co.nz:mailto:liam@kahikateadairies.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sand
 hu:mailto:priya.sandhu.nz@gmail.com
DESCRIPTION;LANGUAGE=en-NZ:Hi Liam\,\n\nFurther to my email\, here's a time
  for you and Peter to meet Priya Sandhu for your 2IC role. Her CV and my
  notes are attached. Priya is on an Accredited Employer Work Visa – happy
  to talk through what that means for you as employer.\n\nNicola Gibbs\nRu
 ral Staffing NZ\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000
 10000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=en-NZ:Kahikatea Dairies – 2IC – Priya Sandhu (Rural Staffi
 ng NZ)
DTSTART;TZID=New Zealand Standard Time:20250523T123000
DTEND;TZID=New Zealand Standard Time:20250523T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T221033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Kahikatea Dairies – Baxter house
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "debrief",
        "uid": "7gg8hh9ii0jj1kk2ll3mm4nn5o@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-debrief-with-owner",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250526T080000Z
DTEND:20250526T083000Z
DTSTAMP:20250523T050102Z
ORGANIZER;CN=Liam Te Huia:mailto:liam@kahikateadairies.co.nz
UID:7gg8hh9ii0jj1kk2ll3mm4nn5o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Peter
  Baxter;X-NUM-GUESTS=0:mailto:peter@kahikateadairies.co.nz
DESCRIPTION:Decide between Mere and Priya after refs. Who rings who.
LOCATION:Farm office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2IC – wash up / decision
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "uid": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-calendly-host",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70
DTSTAMP:20250729T091502Z
DTSTART:20250731T020000Z
DTEND:20250731T021500Z
SUMMARY:Farm Assistant – quick phone chat between Liam Te Huia and Jordan
  Kereama
DESCRIPTION:Event Name: Farm Assistant – quick phone chat\n\nLocation: Lia
 m Te Huia will call the invitee at +64 21 077 3341\n\nQuestions:\nDo you h
 ave a full licence?: Restricted\, sitting full in Sept\nHave you milked be
 fore?: Yes – holidays at my uncle's farm Te Kūiti\n\nPowered by Calendly.
 com
ORGANIZER;CN=Liam Te Huia:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CN=Jordan Kereama;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:jor
 dankereama@hotmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "booking-page",
        "uid": "8hh9ii0jj1kk2ll3mm4nn5oo6p@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-google-booking-page",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250730T230000Z
DTEND:20250730T231500Z
DTSTAMP:20250728T110233Z
ORGANIZER;CN=Liam Te Huia:mailto:liam@kahikateadairies.co.nz
UID:8hh9ii0jj1kk2ll3mm4nn5oo6p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam T
 e Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Wa
 rd;X-NUM-GUESTS=0:mailto:samward.ag@gmail.com
DESCRIPTION:Booked by\nSam Ward\nsamward.ag@gmail.com\n\nFarm assistant job
  – 15 min call with Liam (Kahikatea Dairies)\n\nPhone: 022 614 0087\n\nTh
 is event was booked via a Google Calendar booking page.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sam Ward and Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "seek-applications",
        "uid": "9ii0jj1kk2ll3mm4nn5oo6pp7q@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-screening-applications-block",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART:20250727T073000Z
DTEND:20250727T090000Z
DTSTAMP:20250801T010101Z
UID:9ii0jj1kk2ll3mm4nn5oo6pp7q@google.com
CREATED:20250724T200511Z
DESCRIPTION:34 on Seek + 6 emailed. Shortlist 5 for phone chats. Check lic
 ence + visa status.
LAST-MODIFIED:20250724T200511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Go through farm asst applications
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ref-check",
        "uid": "0jj1kk2ll3mm4nn5oo6pp7qq8r@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-reference-check-for-candidate",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART:20250525T200000Z
DTEND:20250525T203000Z
DTSTAMP:20250601T010101Z
UID:0jj1kk2ll3mm4nn5oo6pp7qq8r@google.com
CREATED:20250523T080009Z
DESCRIPTION:Hoani Bishop 027 331 9087 – Mere's boss at Ōtorohanga (2 seaso
 ns). Ask: reliability\, calving\, how she handles staff\, would he have h
 er back.
LAST-MODIFIED:20250523T080009Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check – Mere (ring Hoani)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-applicant",
        "uid": "ZOOM-81145220981-20250801T1900@zoom.us",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-zoom-overseas-applicant",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
DTSTAMP:20250729T023015Z
DTSTART;TZID=Pacific/Auckland:20250801T190000
DTEND;TZID=Pacific/Auckland:20250801T194500
SUMMARY:Kahikatea Dairies - Farm Assistant - Ramon Dizon
UID:ZOOM-81145220981-20250801T1900@zoom.us
TZID:Pacific/Auckland
DESCRIPTION:Liam Te Huia is inviting you to a scheduled Zoom meeting.\n\nJo
 in Zoom Meeting\nhttps://us05web.zoom.us/j/81145220981?pwd=bGlhbXRoZXdpbm
 5lcg\n\nMeeting ID: 811 4522 0981\nPasscode: 7Kd2xQ\n\n(3pm Philippines t
 ime)\n
LOCATION:https://us05web.zoom.us/j/81145220981?pwd=bGlhbXRoZXdpbm5lcg
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shortlist",
        "uid": "1kk2ll3mm4nn5oo6pp7qq8rr9s@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-shortlisting-with-owner",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250513T020000Z
DTEND:20250513T030000Z
DTSTAMP:20250511T213300Z
ORGANIZER;CN=Peter Baxter:mailto:peter@kahikateadairies.co.nz
UID:1kk2ll3mm4nn5oo6pp7qq8rr9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Liam Te Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
DESCRIPTION:Printed all 2IC CVs\, in the folder on my desk. Pick 3-4 to see.
LOCATION:Farm office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2IC – CVs
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "offer-call",
        "uid": "71C3D0E2-8A5B-4C9D-9E10-F2A3B4C5D6E7",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-offer-call-to-chosen-candidate",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250526T090211Z
DTSTAMP:20250526T090215Z
DTSTART:20250527T123000
DTEND:20250527T124500
SUMMARY:ring Mere - job offer 2IC
DESCRIPTION:$70k + house + power. start 16 June. IEA from Peter.
SEQUENCE:0
UID:71C3D0E2-8A5B-4C9D-9E10-F2A3B4C5D6E7
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calf-rearer",
        "uid": "82D4E1F3-9B6C-4DAE-8F21-03B4C5D6E7F8",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-casual-calf-rearer-meet",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20250702T200100Z
DTSTAMP:20250702T200104Z
DTSTART;TZID=Pacific/Auckland:20250704T133000
DTEND;TZID=Pacific/Auckland:20250704T141500
SUMMARY:Aroha re calf rearing - meet @ calf shed
DESCRIPTION:casual for spring\, 6 wks. Reared calves before (Pirongia). Se
 e how she goes w the feeder + colostrum.
SEQUENCE:0
UID:82D4E1F3-9B6C-4DAE-8F21-03B4C5D6E7F8
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "relief-milker",
        "uid": "93E5F204-AC7D-4EBF-9032-14C5D6E7F809",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-relief-milker-trial-shift",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241108T064001Z
DTSTAMP:20241108T064005Z
DTSTART:20241110T143000
DTEND:20241110T173000
SUMMARY:Relief milker trial – Kev (Sun pm)
DESCRIPTION:if he's ok put him on the roster every 2nd wkend
SEQUENCE:0
UID:93E5F204-AC7D-4EBF-9032-14C5D6E7F809
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "runoff-manager-panel",
        "uid": "2ll3mm4nn5oo6pp7qq8rr9ss0t@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-panel-for-owners-second-farm",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250304T200000Z
DTEND:20250305T000000Z
DTSTAMP:20250226T061504Z
ORGANIZER;CN=Peter Baxter:mailto:peter@kahikateadairies.co.nz
UID:2ll3mm4nn5oo6pp7qq8rr9ss0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Peter
  Baxter;X-NUM-GUESTS=0:mailto:peter@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Liam Te Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jo Mar
 sh;X-NUM-GUESTS=0:mailto:jo.marsh@totaraagri.co.nz
DESCRIPTION:Pukeatua block manager – 3 applicants\, 1 hr each. Liam please
  sit in – you'll be working alongside whoever we pick. Jo has the questio
 ns and scoring sheet.
LOCATION:Pukeatua block woolshed
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pukeatua – manager interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "practical-scoring",
        "uid": "3mm4nn5oo6pp7qq8rr9ss0tt1u@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-practical-assessment-scoring",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART:20250529T230000Z
DTEND:20250530T000000Z
DTSTAMP:20250601T010101Z
UID:3mm4nn5oo6pp7qq8rr9ss0tt1u@google.com
CREATED:20250527T050544Z
DESCRIPTION:Score sheet on clipboard. Tractor + feed wagon\, shift break f
 ence\, effluent pond check\, vat wash. /5 each. Then Priya same at 1pm.
LAST-MODIFIED:20250527T050544Z
LOCATION:Cowshed
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Practical – Mere – score
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "work-trial",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB01"
            "000000000000000010000000F00DFACE0123456789ABCDEF01234567"
        ),
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-msd-work-trial-candidate",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Ngata, Whetu":mailto:whetu.ngata@msd.govt.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam@kahik
 ateadairies.co.nz:mailto:liam@kahikateadairies.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Kia ora Liam\,\n\nThanks for agreeing to a work
  trial for Kahu Rangi (20) for your Farm Assistant vacancy. Kahu has done
  the Primary Industries pre-employment course and has his own gumboots. I
  will drop him at the shed at 6.30am and pick him up at 12. Please let me
  know how he goes – Mana in Mahi can help with wages if you take him on.
 \n\nNgā mihi\nWhetu Ngata\nWork Broker\, Ministry of Social Development\n
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB010000000000000000
 10000000F00DFACE0123456789ABCDEF01234567
SUMMARY;LANGUAGE=en-NZ:Work trial – Kahu Rangi – Kahikatea Dairies
DTSTART;TZID=New Zealand Standard Time:20250812T063000
DTEND;TZID=New Zealand Standard Time:20250812T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250806T004412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Kahikatea Dairies cowshed
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "student-relief",
        "uid": "4nn5oo6pp7qq8rr9ss0tt1uu2v@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-vet-student-summer-relief",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241015T070000Z
DTEND:20241015T073000Z
DTSTAMP:20241010T085900Z
ORGANIZER;CN=Liam Te Huia:mailto:liam@kahikateadairies.co.nz
UID:4nn5oo6pp7qq8rr9ss0tt1uu2v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam T
 e Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ella B
 urke;X-NUM-GUESTS=0:mailto:ella.burke@massey.ac.nz
DESCRIPTION:Hi Ella – thanks for getting in touch about summer work. Quick
  video chat so I can hear what you've done and you can ask about the farm.
  Relief milking Dec–Feb\, 4 days on 2 off.\n\nLiam\n\nJoin with Google Meet
 : https://meet.google.com/xzq-ypts-wrm
LOCATION:https://meet.google.com/xzq-ypts-wrm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ella Burke – summer relief milker – chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
