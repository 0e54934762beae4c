"""holdout164 negatives: Fiona on the hiring side at Glasgow City Council social work services (part A)."""

NO = dict(interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NO, kind="panel-day",
        uid=("040000008200E00074C5B7101A82E00800000000F1A5F1A5F1A5DC01"
             "000000000000000010000000F1A5F1A5F1A5F1A5F1A5F1A5F1A5F1A5"),
        trap="user-as-interviewer-panel-member-social-worker-posts",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Docherty, Angela (SWS)":mailto:Angela.Docherty@glasgow-sws.go
 v.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Resourcin
 g Team (SWS)":mailto:SWSResourcing@glasgow-sws.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Possilpark SWS
  - Interview Rm G.04":mailto:PossilRmG04@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Fiona\, thanks for agreeing to sit on the panel.
  Candidate packs (application forms\, anonymised) are in the Recruitment f
 older on the NW Teams channel - please don't print.\n\n09:30 Candidate A\n
 10:45 Candidate B\n12:00 Candidate C\n13:30 lunch\n14:00 Candidate D\n15:1
 5 scoring / agree outcome\n\nSame questions for all - I'll ask 1-3\, you t
 ake 4-6 (CP\, chronology\, reflective supervision). Angela
UID:040000008200E00074C5B7101A82E00800000000F1A5F1A5F1A5DC01000000000000000
 010000000F1A5F1A5F1A5F1A5F1A5F1A5F1A5F1A5
SUMMARY;LANGUAGE=en-GB:Interviews - Social Worker (C&F) NW x2 posts - GCC/S
 W/25/412
DTSTART;TZID=GMT Standard Time:20260127T091500
DTEND;TZID=GMT Standard Time:20260127T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T110302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - Interview Rm G.04
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="shortlisting",
        uid=("040000008200E00074C5B7101A82E0080000000051015101DC01000"
             "0000000000000100000005101510151015101510151015101510151"),
        trap="user-as-interviewer-shortlisting-applications",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Kane, Mhairi (SWS)":mailto:Mhairi.Kane@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona - 23 applications for the 3 Family Supp
 ort Worker posts. I've put them in the shared folder. Can you score yours
  against the person spec (essential/desirable) before we meet and we'll agr
 ee who goes forward to interview. Mhairi\n\n______________________________
 __________________________________________________\nMicrosoft Teams meetin
 g\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2hvcnRsaX
 N0aW5n%40thread.v2/0\n____________________________________________________
 ____________________________
UID:040000008200E00074C5B7101A82E0080000000051015101DC010000000000000000100
 000005101510151015101510151015101510151
SUMMARY;LANGUAGE=en-GB:Shortlisting - FSW x3 (GCC/SW/26/031)
DTSTART;TZID=GMT Standard Time:20260211T130000
DTEND;TZID=GMT Standard Time:20260211T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260204T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="accepted-reply",
        uid=("040000008200E00074C5B7101A82E00800000000CA9DCA9DCA9DDC01"
             "000000000000000010000000CA9DCA9DCA9DCA9DCA9DCA9DCA9DCA9D"),
        trap="user-as-interviewer-candidate-accepted-reply-free-mail",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260217T140000Z
DTEND:20260217T150000Z
DTSTAMP:20260210T201145Z
ORGANIZER;CN="MacLeod, Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
UID:040000008200E00074C5B7101A82E00800000000CA9DCA9DCA9DDC01000000000000000
 010000000CA9DCA9DCA9DCA9DCA9DCA9DCA9DCA9D
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kerry
  Brown;X-NUM-GUESTS=0:mailto:kerrybrown.sw92@gmail.com
COMMENT:Thank you\, see you then!
CREATED:20260210T201145Z
LAST-MODIFIED:20260210T201145Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview - Senior Practitioner (C&F) NW - Kerry Brown
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="agency-candidate-call",
        uid="1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        trap="user-as-interviewer-agency-sends-locum-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260114T121500
DTEND;TZID=Europe/London:20260114T124500
DTSTAMP:20260112T163020Z
ORGANIZER;CN=Ryan Doig:mailto:ryan.doig@hays.com
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ryan D
 oig;X-NUM-GUESTS=0:mailto:ryan.doig@hays.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Fiona.MacLeod@glasgow-sws.gov.uk;X-NUM-GUESTS=0:mailto:Fiona.MacLe
 od@glasgow-sws.gov.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandra
  Okafor;X-NUM-GUESTS=0:mailto:sandra.okafor.sw@outlook.com
CREATED:20260112T163018Z
DESCRIPTION:Hi Fiona\, as discussed with Angela\, here's a slot to speak to
  Sandra Okafor (HCPC/SSSC registered\, 6 yrs C&F in Lanarkshire + 18 month
 s locum in Leeds) for the 3-month locum cover in NW. CV attached to my ema
 il. She can start on 2 Feb subject to compliance. Thanks\, Ryan - Hays Soc
 ial Care
LAST-MODIFIED:20260112T163020Z
LOCATION:Google Meet: https://meet.google.com/hsc-loc-umsw
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Locum SW - Sandra Okafor / Glasgow NW - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="typed-candidate-notes",
        uid="f8e7d6c5-b4a3-4291-8071-605f4e3d2c1b",
        trap="user-as-interviewer-hand-typed-notes-on-candidates",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:f8e7d6c5-b4a3-4291-8071-605f4e3d2c1b
DTSTAMP:20260127T172233Z
DTSTART:20260127T163000
DTEND:20260127T170000
SUMMARY:intvws SW posts - my notes
DESCRIPTION:A - v strong on CP + chronology\, good on SCIM. bit nervous.
  B - weaker on analysis\, all description. C - withdrew. D - lovely with
  families by the sound of it but no court experience. Angela + me both
  say A + D. Ref checks fri.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="debrief-moderation",
        uid=("040000008200E00074C5B7101A82E00800000000DEB1DEB1DEB1DC01"
             "000000000000000010000000DEB1DEB1DEB1DEB1DEB1DEB1DEB1DEB1"),
        trap="user-as-interviewer-debrief-and-score-moderation",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Docherty, Angela (SWS)":mailto:Angela.Docherty@glasgow-sws.go
 v.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Thomas
  (HR)":mailto:Thomas.Grant@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Quick catch up to moderate the scores from Tuesd
 ay and confirm preferred candidates + reserve list before Tom sends out th
 e conditional offers. Please bring your original score sheets.
UID:040000008200E00074C5B7101A82E00800000000DEB1DEB1DEB1DC01000000000000000
 010000000DEB1DEB1DEB1DEB1DEB1DEB1DEB1DEB1
SUMMARY;LANGUAGE=en-GB:SW recruitment - moderation & outcome
DTSTART;TZID=GMT Standard Time:20260129T153000
DTEND;TZID=GMT Standard Time:20260129T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T165511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Angela's office
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="chair-support-worker",
        uid=("040000008200E00074C5B7101A82E00800000000C4A1C4A1C4A1DC01"
             "000000000000000010000000C4A1C4A1C4A1C4A1C4A1C4A1C4A1C4A1"),
        trap="user-as-interviewer-chairing-family-support-worker-interviews",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Kane, Mhairi (SWS)":mailto:Mhairi.Kane@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ali, Rashid (
 SWS)":mailto:Rashid.Ali@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Fiona - you're chairing (Rashid second panel mem
 ber). 6 candidates\, 40 mins each. Interview questions + scoring matrix at
 tached. Candidates have been told to bring ID and PVG details. Candidate s
 chedule:\n09:30 / 10:15 / 11:00 / 11:45 / 13:30 / 14:15\nMhairi (Admin)
UID:040000008200E00074C5B7101A82E00800000000C4A1C4A1C4A1DC01000000000000000
 010000000C4A1C4A1C4A1C4A1C4A1C4A1C4A1C4A1
SUMMARY;LANGUAGE=en-GB:FSW interviews (GCC/SW/26/031) - Chair: F MacLeod
DTSTART;TZID=GMT Standard Time:20260225T091500
DTEND;TZID=GMT Standard Time:20260225T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260213T120101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Templeton Business Centre - Meeting Rm 3
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="shadowing-panel",
        uid=("040000008200E00074C5B7101A82E0080000000054AD54AD54ADDC01"
             "00000000000000001000000054AD54AD54AD54AD54AD54AD54AD54AD"),
        trap="user-as-interviewer-shadowing-team-manager-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="McGuigan, Lorraine (SWS)":mailto:Lorraine.McGuigan@glasgow-sw
 s.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Fiona - as agreed at your PRD\, you're welcome t
 o observe the Team Leader interviews as part of your management developmen
 t. You won't score but please sit in for the morning and we can debrief af
 ter. Lorraine
UID:040000008200E00074C5B7101A82E0080000000054AD54AD54ADDC01000000000000000
 01000000054AD54AD54AD54AD54AD54AD54AD54AD
SUMMARY;LANGUAGE=en-GB:Observe - Team Leader interview panel (development)
DTSTART;TZID=GMT Standard Time:20260313T093000
DTEND;TZID=GMT Standard Time:20260313T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T100033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Commonwealth House\, 32 Albion St - Rm 4.1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="bookings-host",
        uid="3e5d7c9b-1a2f-4e6d-8c0b-a9f8e7d6c5b4",
        trap="user-as-interviewer-bookings-host-pre-application-chat",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=NW Children & Families Recruitment:mailto:NWCFRecruitment@glas
 gow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MacLeod, Fio
 na (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamie Laff
 erty:mailto:jamie.lafferty88@hotmail.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Informal discussion - So
 cial Worker posts (NW Children & Families)\nCustomer: Jamie Lafferty\nEmai
 l: jamie.lafferty88@hotmail.co.uk\nPhone: 07812 334 209\nStaff: Fiona MacL
 eod\n\nNotes from customer: NQSW finishing at Strathclyde in June\, keen t
 o hear about the supported year in NW.\n\nJoin your appointment: https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_Ym9va2luZ3M%40thread.v2/0
UID:3e5d7c9b-1a2f-4e6d-8c0b-a9f8e7d6c5b4
SUMMARY;LANGUAGE=en-GB:Informal discussion - Social Worker posts (NW C&F) f
 or Jamie Lafferty
DTSTART;TZID=GMT Standard Time:20260304T161500
DTEND;TZID=GMT Standard Time:20260304T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260301T192010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Online
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="pre-placement-student",
        uid=("040000008200E00074C5B7101A82E00800000000P1ACE0000001DC01"
             "00000000000000001000000071AC71AC71AC71AC71AC71AC71AC71AC"),
        trap="user-as-interviewer-pre-placement-interview-with-student",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Practice Learning Team (Glasgow SWS)":mailto:PracticeLearning
 @glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Rahm
 an (student):mailto:2719304r@student.gla.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Pre-placement interview for Aisha Rahman (MSW Ye
 ar 2\, University of Glasgow)\, final 100-day placement with NW Children &
  Families from 23 March. Practice Educator: Fiona MacLeod. Please discuss
  learning needs\, any reasonable adjustments and the placement agreement. I
 f the placement is not suitable please let the Practice Learning Team know
  by 6 March.
UID:040000008200E00074C5B7101A82E00800000000P1ACE0000001DC01000000000000000
 01000000071AC71AC71AC71AC71AC71AC71AC71AC
SUMMARY;LANGUAGE=en-GB:Pre-placement interview - A Rahman (MSW2) / F MacLeo
 d (PE)
DTSTART;TZID=GMT Standard Time:20260302T140000
DTEND;TZID=GMT Standard Time:20260302T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T104500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - Rm 1.02
END:VEVENT
END:VCALENDAR
"""),
]
