"""holdout242 events, part I: job-search admin, farm work and more look-alikes (all negatives)."""

EVENTS = [
    {
        "kind": "reference-call",
        "uid": "3ww4xx5yy6zz7aa8bb9cc0dd1e@google.com",
        "interview": 0,
        "trap": "reference-call-user-is-referee",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T013000Z
DTEND:20250408T015000Z
DTSTAMP:20250404T022233Z
ORGANIZER;CN=Gemma Ruawai:mailto:gemma.ruawai@tuipastoral.co.nz
UID:3ww4xx5yy6zz7aa8bb9cc0dd1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam@kahikateadairies.co.nz;X-NUM-GUESTS=0:mailto:liam@kahikatead
 airies.co.nz
DESCRIPTION:Hi Liam\, Sam Tautahi has given your name as a referee for our
  Assistant Farm Manager role. Would 1.30 Tuesday suit for a 20 minute ref
 erence call? I'll ring your mobile.\n\nGemma Ruawai\nPeople Advisor\, Tūī
  Pastoral
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check – Sam Tautahi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "uid": "E8F90A1B-2C3D-4E4F-9A5B-6C7D8E9FA0B1",
        "interview": 0,
        "trap": "prep-block-before-directors-interview",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20250224T081111Z
DTSTAMP:20250224T081115Z
DTSTART;TZID=Pacific/Auckland:20250226T193000
DTEND;TZID=Pacific/Auckland:20250226T213000
SUMMARY:Prep - Kaimai directors
DESCRIPTION:5-farm plan on 1 page. Budget: MS/ha\, FWE\, staff 14. Their S
 CC problem at Home Farm. Questions: reporting line\, vehicle\, house\, bo
 nus. Print 3 copies.
SEQUENCE:0
UID:E8F90A1B-2C3D-4E4F-9A5B-6C7D8E9FA0B1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you",
        "uid": "F90A1B2C-3D4E-4F5A-8B6C-7D8E9FA0B1C2",
        "interview": 0,
        "trap": "thank-you-email-reminder",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241106T040011Z
DTSTAMP:20241106T040013Z
DTSTART;VALUE=DATE:20241107
DTEND;VALUE=DATE:20241108
SUMMARY:email thanks - Grant & Michelle + Jo
DESCRIPTION:mention the runoff idea + that Hana is keen on the calf rearin
 g
SEQUENCE:0
UID:F90A1B2C-3D4E-4F5A-8B6C-7D8E9FA0B1C2
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pre-employment-medical",
        "uid": "appt-88213-hamilton@worksafehealth.co.nz",
        "interview": 0,
        "trap": "pre-employment-medical-names-employer",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Occupational Health Bookings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-88213-hamilton@worksafehealth.co.nz
DTSTAMP:20250414T021500Z
DTSTART:20250416T213000Z
DTEND:20250416T221500Z
SUMMARY:Pre-employment medical & drug screen – Te Waipounamu Farming Ltd
DESCRIPTION:Dear Liam Te Huia\,\n\nYour pre-employment health assessment (h
 earing\, spirometry\, vision\, urine drug screen) has been booked on behal
 f of Te Waipounamu Farming Ltd.\n\nPlease bring photo ID and your glasses
  if you wear them. Avoid loud noise for 16 hours before the hearing test
 .\n\nWorkSafe Health Hamilton\n
LOCATION:WorkSafe Health\, 12 Vialou Street\, Hamilton
ORGANIZER;CN=WorkSafe Health Bookings:mailto:bookings@worksafehealth.co.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:liam.tehui
 a.farm@xtra.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ab-tech",
        "uid": "4xx5yy6zz7aa8bb9cc0dd1ee2f@google.com",
        "interview": 0,
        "trap": "ab-tech-mating-start-all-day",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART;VALUE=DATE:20241021
DTEND;VALUE=DATE:20241022
DTSTAMP:20250601T010101Z
UID:4xx5yy6zz7aa8bb9cc0dd1ee2f@google.com
CREATED:20240910T040404Z
DESCRIPTION:PSM. AB tech (Lyn) 7am after milking every day for 6 wks. Tai
 l paint check. Bulls in 2 Dec.
LAST-MODIFIED:20240910T040404Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mating starts – AB tech
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "herd-test",
        "uid": "5yy6zz7aa8bb9cc0dd1ee2ff3g@google.com",
        "interview": 0,
        "trap": "herd-test-booking",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250120T033000Z
DTEND:20250120T070000Z
DTSTAMP:20250109T201500Z
ORGANIZER;CN=Herd Testing Waikato:mailto:bookings@herdtestwaikato.co.nz
UID:5yy6zz7aa8bb9cc0dd1ee2ff3g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=liam@k
 ahikateadairies.co.nz;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
DESCRIPTION:Herd test technician arrives for pm milking (meters set up 4.30
 pm)\, stays for am milking Tuesday. 498 cows. Please have cow numbers rea
 dable.
LOCATION:Kahikatea Dairies
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Herd test – Kahikatea Dairies (pm/am)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "effluent-inspection",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000077665544332DDB01"
            "0000000000000000100000001020304050607080900A0B0C0D0E0F10"
        ),
        "interview": 0,
        "trap": "regional-council-effluent-compliance-inspection",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Harris, Toby":mailto:toby.harris@waikatorc.govt.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam@kahik
 ateadairies.co.nz:mailto:liam@kahikateadairies.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Kia ora Liam\, routine farm dairy effluent compl
 iance monitoring visit. I'll look at the pond\, travelling irrigator\, the
  application area and your effluent records. Please be available to answ
 er questions.\n\nToby Harris\nCompliance Officer\, Waikato Regional Counci
 l\n
UID:040000008200E00074C5B7101A82E0080000000077665544332DDB010000000000000000
 100000001020304050607080900A0B0C0D0E0F10
SUMMARY;LANGUAGE=en-NZ:FDE compliance inspection – Kahikatea Dairies
DTSTART;TZID=New Zealand Standard Time:20241203T100000
DTEND;TZID=New Zealand Standard Time:20241203T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241125T201010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:1840 Kahikatea Road\, Ōtorohanga
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
        "kind": "supplier-visit",
        "uid": "6zz7aa8bb9cc0dd1ee2ff3gg4h@google.com",
        "interview": 0,
        "trap": "milk-co-op-area-manager-supplier-visit",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T220000Z
DTEND:20250121T230000Z
DTSTAMP:20250116T012233Z
ORGANIZER;CN=Hine Poutama:mailto:hine.poutama@kaitiakidairy.co.nz
UID:6zz7aa8bb9cc0dd1ee2ff3gg4h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hine P
 outama;X-NUM-GUESTS=0:mailto:hine.poutama@kaitiakidairy.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Liam Te Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Peter Baxter;X-NUM-GUESTS=0:mailto:peter@kahikateadairies.co.nz
DESCRIPTION:Kia ora Liam – AM visit as promised. Your SCC has crept up over
  the last 3 pickups\, so let's look at the plant\, teat spray and the ma
 stitis records together. Also the new Farm Excellence audit dates.\n\nHin
 e Poutama\nArea Manager\, Kaitiaki Dairy (supply no. 41882)
LOCATION:Kahikatea Dairies cowshed
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaitiaki AM visit – Kahikatea Dairies (41882)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "parent-teacher",
        "uid": "schoolinterviews-7731-20250402-1545@schoolinterviews.co.nz",
        "interview": 0,
        "trap": "school-parent-teacher-interviews",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//School Interviews//NZ//EN
METHOD:PUBLISH
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
UID:schoolinterviews-7731-20250402-1545@schoolinterviews.co.nz
DTSTAMP:20250326T083000Z
DTSTART:20250402T024500Z
DTEND:20250402T025500Z
SUMMARY:Parent Teacher Interview – Nikau Te Huia – Whaea Tania (Room 7)
DESCRIPTION:Ōtorohanga Primary School – Term 1 learning conferences.\nStude
 nt: Nikau Te Huia\nTeacher: Whaea Tania Hetet\nRoom 7\n\nBooking code: 8KW
 2H
LOCATION:Ōtorohanga Primary School – Room 7
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "7aa8bb9cc0dd1ee2ff3gg4hh5i@google.com",
        "interview": 0,
        "trap": "podcast-recording-interview",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T080000Z
DTEND:20250602T090000Z
DTSTAMP:20250525T211112Z
ORGANIZER;CN=Jess Tamaki:mailto:jess@themilkshedpod.nz
UID:7aa8bb9cc0dd1ee2ff3gg4hh5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam@kahikateadairies.co.nz;X-NUM-GUESTS=0:mailto:liam@kahikatead
 airies.co.nz
DESCRIPTION:Kia ora Liam! Thanks for coming on The Milk Shed. We'll record
  a 40 min chat about your wetland project\, te ao Māori on farm and bring
 ing young people into dairying. Riverside link below – headphones please.
 \n\nhttps://riverside.fm/studio/the-milk-shed
LOCATION:https://riverside.fm/studio/the-milk-shed
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:The Milk Shed podcast – recording w/ Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "research-interview",
        "uid": "8bb9cc0dd1ee2ff3gg4hh5ii6j@google.com",
        "interview": 0,
        "trap": "research-study-interview-participant",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241112T003000Z
DTEND:20241112T013000Z
DTSTAMP:20241104T224455Z
ORGANIZER;CN=Dr Aniwa Keepa:mailto:aniwa.keepa@agresearch-nz.org
UID:8bb9cc0dd1ee2ff3gg4hh5ii6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam@kahikateadairies.co.nz;X-NUM-GUESTS=0:mailto:liam@kahikatead
 airies.co.nz
DESCRIPTION:Thank you for agreeing to take part in our study on staff recr
 uitment and retention on dairy farms. The semi-structured interview takes
  about 60 minutes and will be recorded with your consent. You'll receive
  a $50 voucher.\n\nDr Aniwa Keepa\, Social Scientist
LOCATION:Kahikatea Dairies farm office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview – farm labour study (Kahikatea Dairies)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lawyer",
        "uid": "0A1B2C3D-4E5F-4A6B-9C7D-8E9FA0B1C2D3",
        "interview": 0,
        "trap": "lawyer-reviews-sharemilking-agreement-after-offer",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20241118T020202Z
DTSTAMP:20241118T020206Z
DTSTART;TZID=Pacific/Auckland:20241122T140000
DTEND;TZID=Pacific/Auckland:20241122T150000
SUMMARY:Lawyer - sharemilking agreement (Kōwhai Downs)
LOCATION:Gallie Moore Law\, Te Awamutu
DESCRIPTION:Fed Farmers 50/50 agreement. Check: term 3 yrs\, right of renew
 al\, 2IC house\, who pays nitrogen/ fert. Hana coming.
SEQUENCE:0
UID:0A1B2C3D-4E5F-4A6B-9C7D-8E9FA0B1C2D3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "block-course",
        "uid": "9cc0dd1ee2ff3gg4hh5ii6jj7k@google.com",
        "interview": 0,
        "trap": "training-block-course-diploma",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250610
DTEND;VALUE=DATE:20250612
DTSTAMP:20250320T032200Z
ORGANIZER;CN=Primary ITO Waikato:mailto:waikato@primaryito.ac.nz
UID:9cc0dd1ee2ff3gg4hh5ii6jj7k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=liam.t
 ehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION:NZ Diploma in Agribusiness Management (Level 5) – Block course
  3: People management – employment law\, recruitment\, performance review
 s. Assessment: written assignment due 4 July.
LOCATION:Primary ITO rooms\, Hamilton
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Primary ITO L5 – block course 3 (people mgmt)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "staff-workshop",
        "uid": "0dd1ee2ff3gg4hh5ii6jj7kk8l@google.com",
        "interview": 0,
        "trap": "workshop-on-recruiting-and-interviewing-staff",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240918T223000Z
DTEND:20240919T030000Z
DTSTAMP:20240902T040011Z
ORGANIZER;CN=DairyNZ Events:mailto:events@dairynz.co.nz
UID:0dd1ee2ff3gg4hh5ii6jj7kk8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=liam@k
 ahikateadairies.co.nz;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
DESCRIPTION:People & Teams workshop: Finding and keeping good staff. Writi
 ng the job ad\, interview questions that work\, reference checks\, trial
  days and the employment agreement. Morning tea and lunch provided.
LOCATION:Ōtorohanga Club
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DairyNZ workshop – hiring & interviewing farm staff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calving-start",
        "uid": "1ee2ff3gg4hh5ii6jj7kk8ll9m@google.com",
        "interview": 0,
        "trap": "planned-start-of-calving-all-day",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250720
DTEND;VALUE=DATE:20250721
DTSTAMP:20250701T010101Z
UID:1ee2ff3gg4hh5ii6jj7kk8ll9m@google.com
CREATED:20250410T040404Z
DESCRIPTION:PSC. Springer mob in Paddock 14. Calf shed ready\, colostrum v
 at cleaned\, Aroha starts 21st. Drying off was 20 May.
LAST-MODIFIED:20250410T040404Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Planned start of calving
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
