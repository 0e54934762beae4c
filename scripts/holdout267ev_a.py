# ruff: noqa: E501, W291, W293, RUF100
"""holdout267 events, part A: the user's own interviews (first half)."""

from holdout267ev_zones import TZ_GMT_STD, TZ_LONDON, TZ_ROMANCE, TZ_UTC_DUBLIN

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A0F1C3D2B95ADC01000000000000000010000000E3A9F0B6C1D24E4F8A1B2C3D4E5F6071",
        is_interview=1,
        company="Hafren Archaeology",
        role="Senior Archaeologist",
        stage="recruiter_screen",
        interviewers="l.bevan@hafrenarchaeology.example.co.uk",
        trap="outlook-gmt-standard-time-hr-phone-screen",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Bevan, Lowri":mailto:l.bevan@hafrenarchaeology.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nThank you for your application for the post of Senior Archaeologist (ref HA/26/014). I would like to arrange a short telephone conversation to talk through your application\, your availability and notice period\, and the next steps in our selection process.\n\nI will call you on 07700 900418 at the time below. The call should take no more than 30 minutes.\n\nKind regards\,\nLowri Bevan\nHR & Office Manager\nHafren Archaeology Ltd | Unit 4\, Llansamlet Business Park\, Swansea SA7 9ZZ\nT: 01792 496 030\n
UID:040000008200E00074C5B7101A82E00800000000A0F1C3D2B95ADC01000000000000000010000000E3A9F0B6C1D24E4F8A1B2C3D4E5F6071
SUMMARY;LANGUAGE=en-GB:Telephone call - Senior Archaeologist application (Rhys Llewellyn)
DTSTART;TZID=GMT Standard Time:20261013T123000
DTEND;TZID=GMT Standard Time:20261013T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T091512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone (Lowri to call Rhys)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-practical",
        uid="040000008200E00074C5B7101A82E00800000000B7D2E8F3C95ADC01000000000000000010000000F4B1A2C3D4E5F60718293A4B5C6D7E8F",
        is_interview=1,
        company="Hafren Archaeology",
        role="Senior Archaeologist",
        stage="onsite",
        interviewers="a.prosser@hafrenarchaeology.example.co.uk;c.walsh@hafrenarchaeology.example.co.uk",
        trap="outlook-room-resource-coordinator-organizer-panel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Bevan, Lowri":mailto:l.bevan@hafrenarchaeology.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prosser, Aled (Dr)":mailto:a.prosser@hafrenarchaeology.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Walsh, Catrin":mailto:c.walsh@hafrenarchaeology.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HA Boardroom (10)":mailto:boardroom@hafrenarchaeology.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nFurther to our call I am pleased to invite you to interview for the post of Senior Archaeologist.\n\nThe morning will be in two parts:\n1. Site practical (approx. 45 mins) in our training trench behind the office - you will be asked to record a pre-cut section (drawing at 1:10\, context sheets\, levels). Please bring boots and hi-vis\; we provide drawing kit.\n2. Formal interview (approx. 60 mins) with Dr Aled Prosser (Operations Manager) and Catrin Walsh (Senior Project Manager).\n\nI will meet you at reception. Parking is available in bays 10-14.\n\nKind regards\,\nLowri\n
UID:040000008200E00074C5B7101A82E00800000000B7D2E8F3C95ADC01000000000000000010000000F4B1A2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=en-GB:Interview & site practical - Senior Archaeologist - R Llewellyn
DTSTART;TZID=GMT Standard Time:20261029T100000
DTEND;TZID=GMT Standard Time:20261029T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T140233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Hafren Archaeology\, Unit 4 Llansamlet Business Park\, Swansea SA7 9ZZ
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000C9E3F104D95ADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        is_interview=1,
        company="Hafren Archaeology",
        role="Senior Archaeologist",
        stage="final",
        interviewers="g.hopkins@hafrenarchaeology.example.co.uk",
        trap="outlook-windows-zone-without-vtimezone-final",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hopkins, Geraint":mailto:g.hopkins@hafrenarchaeology.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bevan, Lowri":mailto:l.bevan@hafrenarchaeology.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Rhys - thanks again for your time at the practical. As discussed\, final step is a conversation with me about the role\, the 2027 pipeline (the Tawe Valley link road and two solar schemes) and terms. Lowri is copied for info only.\n\nGeraint\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTRhOGQtYjE5Ny00M2E3LWI0ZjMtZDEwODk5MjU0YjAx%40thread.v2/0>\nMeeting ID: 348 112 907 455\nPasscode: uV7tqP\nDownload Teams | Join on the web\nOr call in (audio only)\n+44 20 3321 5200\,\,918273645#   United Kingdom\, London\nPhone Conference ID: 918 273 645#\nFind a local number | Reset PIN\nLearn More | Meeting options\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C9E3F104D95ADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:Rhys Llewellyn / Geraint Hopkins - final conversation
DTSTART;TZID="GMT Standard Time":20261116T160000
DTEND;TZID="GMT Standard Time":20261116T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T170401Z
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
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:g.hopkins@hafrenarchaeology.example.co.uk\;gruu\;opaque=app:conf:focus:id:NjQ4ZTRh
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="council-bilingual-invite",
        uid="TL-INT-7731-20261106-1400-R4821@morlan.gov.example.uk",
        is_interview=1,
        company="Morlan County Council",
        role="Historic Environment Record Officer",
        stage="onsite",
        interviewers="Eirian Lloyd;Paul Haddock",
        trap="welsh-bilingual-cyfweliad-council-panel-names-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lumesse//TalentLink Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:TL-INT-7731-20261106-1400-R4821@morlan.gov.example.uk
DTSTAMP:20261023T080011Z
DTSTART:20261106T140000Z
DTEND:20261106T150000Z
ORGANIZER;CN=Cyngor Sir Morlan Recriwtio / Morlan County Council Recruitment:mailto:no-reply-recruitment@morlan.gov.example.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
SUMMARY:Cyfweliad / Interview: Swyddog Cofnod yr Amgylchedd Hanesyddol / Historic Environment Record Officer (MCC-0926-118)
LOCATION:Neuadd y Sir / County Hall\, Ystafell Bwyllgor 2 / Committee Room 2\, Heol y Castell\, Morlan MN1 2XX
DESCRIPTION:Annwyl Rhys Llewellyn\,\n\nYn dilyn y broses rhestr fer\, mae'n bleser gennym eich gwahodd i gyfweliad ar gyfer y swydd uchod. Mae croeso i chi gael eich cyfweliad yn Gymraeg neu'n Saesneg.\n\nDear Rhys Llewellyn\,\n\nFollowing shortlisting\, we are pleased to invite you to interview for the above post. You are welcome to be interviewed in Welsh or English.\n\nPanel: Mrs Eirian Lloyd (Rheolwr CAH / HER Manager) and Mr Paul Haddock (Pennaeth Polisi Cynllunio / Head of Planning Policy). Tracy Bowen (Cynghorydd AD / HR Adviser) will greet you and take your ID documents for right-to-work checks.\n\nThe interview will be competency-based and will last approx. 45-60 minutes. Please also arrive at 13:00 for a 45-minute written and GIS exercise.\n\nPlease bring: passport or birth certificate + NI number\, original certificates.\n\nCyngor Sir Morlan / Morlan County Council\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export",
        uid="6pl3g1c4r0s8ljhgmf2e7qv9bk@google.com",
        is_interview=1,
        company="Morlan County Council",
        role="Historic Environment Record Officer",
        stage="technical",
        interviewers="",
        trap="self-made-written-gis-exercise-before-panel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rhys (personal)
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261106T130000
DTEND;TZID=Europe/London:20261106T134500
DTSTAMP:20261101T202212Z
UID:6pl3g1c4r0s8ljhgmf2e7qv9bk@google.com
CREATED:20261023T193044Z
DESCRIPTION:written + GIS ex. (45 min) then panel at 2. HER data entry\, map regression\, short consultation response?? bring ID + certs!!
LAST-MODIFIED:20261101T202212Z
LOCATION:County Hall Morlan
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Morlan CC HER officer - written/GIS test
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-day-in-field",
        uid="SF-ISCH-20261110-5521-88412@henebion.example.gov.wales",
        is_interview=1,
        company="Henebion Cymru",
        role="Inspector of Ancient Monuments",
        stage="technical",
        interviewers="n.vaughan@henebion.example.gov.wales;i.jeffreys@henebion.example.gov.wales",
        trap="day-in-the-field-scheduled-monument-assessment",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
UID:SF-ISCH-20261110-5521-88412@henebion.example.gov.wales
DTSTAMP:20261027T111906Z
DTSTART;TZID=Europe/London:20261110T093000
DTEND;TZID=Europe/London:20261110T153000
ORGANIZER;CN=Henebion Cymru Recruitment:mailto:recruitment@henebion.example.gov.wales
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Dr Non Vaughan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n.vaughan@henebion.example.gov.wales
ATTENDEE;CN=Iwan Jeffreys;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i.jeffreys@henebion.example.gov.wales
SUMMARY:Diwrnod yn y Maes / Day in the Field - Arolygydd Henebion / Inspector of Ancient Monuments (JR 104377)
LOCATION:Man cyfarfod / Meeting point: Castell y Garn hillfort car park\, nr Llanfabon (grid ref ST 0xx 9xx - details in email)
DESCRIPTION:Interview stage 1 of 2.\n\nYou will spend the day with two assessors\, Dr Non Vaughan (Senior Inspector) and Iwan Jeffreys (Field Monument Warden)\, visiting three scheduled monuments. At each you will be asked to assess condition and risk\, and at the last you will be given a draft Scheduled Monument Consent application to discuss. There is no written test on the day.\n\nOutdoor clothing and walking boots are essential. Lunch will be provided.\n\nSuccessful candidates will be invited to the presentation and panel stage.\n\nThis message was sent by SAP SuccessFactors Recruiting on behalf of Henebion Cymru.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-presentation-panel",
        uid="SF-ISCH-20261126-5521-90127@henebion.example.gov.wales",
        is_interview=1,
        company="Henebion Cymru",
        role="Inspector of Ancient Monuments",
        stage="onsite",
        interviewers="n.vaughan@henebion.example.gov.wales;r.ashe@henebion.example.gov.wales;s.parry@henebion.example.gov.wales",
        trap="bilingual-presentation-and-competency-panel-folded",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
UID:SF-ISCH-20261126-5521-90127@henebion.example.gov.wales
DTSTAMP:20261116T154407Z
DTSTART;TZID=Europe/London:20261126T110000
DTEND;TZID=Europe/London:20261126T123000
ORGANIZER;CN=Henebion Cymru Recruitment:mailto:recruitment@henebion.example.gov.wales
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Dr Non Vaughan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n.vaughan@henebion.example.gov.wales
ATTENDEE;CN=Richard Ashe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r.ashe@henebion.example.gov.wales
ATTENDEE;CN=Siwan Parry (aelod annibynnol / independent member);ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.parry@henebion.example.gov.wales
SUMMARY:Cyflwyniad a chyfweliad panel / Presentation and panel interview - Inspector of Ancient Monuments (JR 104377)
LOCATION:Microsoft Teams
DESCRIPTION:Congratulations on progressing to stage 2.\n\nPlease prepare a 10-minute presentation on: "A
  farmer wants to install a new slurry lagoon within the setting of a schedule
 d round barrow. How would you advise\, and how would you balance protection a
 nd the needs of the farm business?" You may share slides on Teams.\n\nThis wi
 ll be followed by a 60-minute competency-based interview using the Success P
 rofiles framework (behaviours: Making Effective Decisions\, Communicating and
  Influencing\, Working Together\; plus technical questions).\n\nPanel: Dr Non
  Vaughan (chair)\, Richard Ashe (Head of Heritage Management)\, Siwan Parry (
 independent member).\n\nJoin Microsoft Teams meeting: https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_ZmE3YjA0%40thread.v2/0\nMeeting ID: 371 552
  604 118  Passcode: hC3bq9\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-chief",
        uid="040000008200E00074C5B7101A82E00800000000D1A4B2C3E95ADC0100000000000000001000000077A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5",
        is_interview=1,
        company="Henebion Cymru",
        role="Inspector of Ancient Monuments",
        stage="final",
        interviewers="h.rowlands@henebion.example.gov.wales",
        trap="final-conversation-chief-inspector-sent-by-pa",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Rowlands, Hefin (Dr)";SENT-BY="mailto:c.meredith@henebion.example.gov.wales":mailto:h.rowlands@henebion.example.gov.wales
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Llewellyn\,\n\nDr Rowlands\, Chief Inspector\, would like to meet the two candidates remaining in the process for the Inspector of Ancient Monuments post for a final conversation (approx. 40 minutes). This will be the last stage before a decision.\n\nThe meeting will be held in person at our Treforest office. Please report to reception on the ground floor.\n\nCofion / Regards\,\nCeri Meredith\nCynorthwy-ydd Personol i'r Prif Arolygydd / PA to the Chief Inspector\n
UID:040000008200E00074C5B7101A82E00800000000D1A4B2C3E95ADC0100000000000000001000000077A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5
SUMMARY;LANGUAGE=en-GB:Final interview - Inspector of Ancient Monuments - Dr H Rowlands / R Llewellyn
DTSTART;TZID=GMT Standard Time:20261209T143000
DTEND;TZID=GMT Standard Time:20261209T151000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Henebion Cymru\, Plas Carew\, Treforest
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-teams",
        uid="040000008200E00074C5B7101A82E00800000000E2C5A6B7F95ADC01000000000000000010000000889900AABBCCDDEEFF00112233445566",
        is_interview=1,
        company="Severnside University",
        role="Lecturer in Archaeological Practice and Field School Director",
        stage="hiring_manager",
        interviewers="j.carver@severnside.ac.example.uk",
        trap="university-field-school-initial-interview-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="HR Recruitment Team":mailto:hr-recruitment@severnside.ac.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Carver, Judith (Prof.)":mailto:j.carver@severnside.ac.example.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nVacancy: Lecturer in Archaeological Practice and Field School Director (Grade 7\, ref. SU-AH-2611)\n\nThank you for your application. Professor Judith Carver\, Head of the School of History\, Archaeology and Heritage\, would like to hold a first-round interview with you on Microsoft Teams (30 minutes). Shortlisted candidates will then be invited to a selection day on campus.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2V2ZXJu%40thread.v2/0\n\nHR Recruitment Team\nSevernside University\n
UID:040000008200E00074C5B7101A82E00800000000E2C5A6B7F95ADC01000000000000000010000000889900AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=en-GB:SU-AH-2611 First-round interview: Rhys Llewellyn
DTSTART:20261019T140000Z
DTEND:20261019T143000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T083355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jobtrain-selection-day",
        uid="jobtrain-SU-AH-2611-sd-20261104-c0037@severnside.ac.example.uk",
        is_interview=1,
        company="Severnside University",
        role="Lecturer in Archaeological Practice and Field School Director",
        stage="onsite",
        interviewers="Judith Carver;Marcus Oyelaran;Sara Whitcombe",
        trap="academic-selection-day-teaching-presentation-student-session",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Candidate Interview Booking//EN
METHOD:PUBLISH
{TZ_LONDON}BEGIN:VEVENT
UID:jobtrain-SU-AH-2611-sd-20261104-c0037@severnside.ac.example.uk
DTSTAMP:20261022T161200Z
DTSTART;TZID=Europe/London:20261104T093000
DTEND;TZID=Europe/London:20261104T150000
SUMMARY:Selection day - SU-AH-2611 Lecturer in Archaeological Practice and Field School Director
LOCATION:Severnside University\, Hafod Building\, Room H2.14\, Newport
DESCRIPTION:Programme:\n09:30 Welcome and tour of the archaeology labs and finds store\n10:15 Meet current students (informal\, not assessed)\n11:00 Teaching presentation (15 mins): 'Running a training excavation for 60 first-year students: safety\, assessment and fun'\n13:30 Formal interview: Prof. Judith Carver (Chair)\, Dr Marcus Oyelaran (Director of Fieldwork)\, Sara Whitcombe (HR Business Partner\, panel member)\n\nPlease bring originals of your degree certificates.\n\nBooked via Jobtrain.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-phone-screen",
        uid="wkbl-int-4f8e2a91-7c3d-4b0e-9a55-2d6e1f0c8b73",
        is_interview=1,
        company="Avonmere Heritage",
        role="Senior Heritage Consultant (Archaeology)",
        stage="recruiter_screen",
        interviewers="becky.sandford@avonmere.example.co.uk",
        trap="workable-phone-screen-bst-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:wkbl-int-4f8e2a91-7c3d-4b0e-9a55-2d6e1f0c8b73
DTSTAMP:20261015T130214Z
DTSTART:20261021T100000Z
DTEND:20261021T103000Z
SUMMARY:Phone screen: Rhys Llewellyn - Senior Heritage Consultant (Archaeology)
ORGANIZER;CN=Becky Sandford:mailto:becky.sandford@avonmere.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Becky Sandford;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:becky.sandford@avonmere.example.co.uk
LOCATION:Phone call - Becky will call +44 7700 900418
DESCRIPTION:Hi Rhys\,\n\nLooking forward to our chat about the Senior Heritage Consultant (Archaeology) role at Avonmere Heritage Consulting in Bristol. I'll call you on the number on your CV.\n\nBecky Sandford\nTalent Partner\, Avonmere Heritage Consulting\n\n--\nScheduled with Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-updated-invite",
        uid="0a7k2m9v3q1t5r8p4n6j2h0f8d@google.com",
        is_interview=1,
        company="Avonmere Heritage",
        role="Senior Heritage Consultant (Archaeology)",
        stage="hiring_manager",
        interviewers="huw.tanner@avonmere.example.co.uk",
        trap="rescheduled-higher-sequence-google-updated-invitation",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261105T140000Z
DTEND:20261105T150000Z
DTSTAMP:20261102T091733Z
ORGANIZER;CN=Huw Tanner:mailto:huw.tanner@avonmere.example.co.uk
UID:0a7k2m9v3q1t5r8p4n6j2h0f8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Huw Tanner;X-NUM-GUESTS=0:mailto:huw.tanner@avonmere.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.
 arch@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1849203377
CREATED:20261026T105511Z
DESCRIPTION:Moved to Thursday - sorry Rhys\, I'm stuck on a planning inquir
 y Tuesday. Same format: about an hour\, mostly about how you'd run the arch
 aeology side of our EIA work and a couple of case studies. Come to the offi
 ce (Queen Square) if you can\, otherwise Meet is fine.\n\nHuw\n\n-::~:~::~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-\nJoin with Google Meet: https://meet.google.com/qvt-hxmk-bdr\nOr di
 al: (GB) +44 20 3937 0912 PIN: 418 220 771#\n\nLearn more about Meet at: ht
 tps://support.google.com/a/users/answer/9282720\n\nPlease do not edit this 
 section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261102T091733Z
LOCATION:Avonmere Heritage Consulting\, 12 Queen Square\, Bristol BS1 4NT
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Rhys Llewellyn <> Huw Tanner (Senior Heritage Consultant interview)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-assessment",
        uid="wkbl-asmt-91c07d2e-3b55-4a8f-b6e1-7f0a2c9d4e18",
        is_interview=1,
        company="Avonmere Heritage",
        role="Senior Heritage Consultant (Archaeology)",
        stage="technical",
        interviewers="",
        trap="remote-desk-based-assessment-written-exercise",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wkbl-asmt-91c07d2e-3b55-4a8f-b6e1-7f0a2c9d4e18
DTSTAMP:20261106T100100Z
DTSTART:20261110T093000Z
DTEND:20261110T113000Z
SUMMARY:Written exercise (2 hrs) - Senior Heritage Consultant (Archaeology) - Avonmere Heritage
ORGANIZER;CN=Becky Sandford:mailto:becky.sandford@avonmere.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:Remote - brief will be emailed at 09:30
DESCRIPTION:At the start time you'll receive a site brief (a proposed housing allocation near Keynsham with HER extract\, historic mapping and LiDAR). You'll have 2 hours to write the archaeology section of a desk-based assessment\, including a statement of significance and recommendations for evaluation. Return by email by 11:30.\n\nNo-one will be on the call - just you and the brief. Good luck!\n\n--\nScheduled with Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-entrevista",
        uid="3fh8s0qk2lp6c9x1m4a7e0r2t5@google.com",
        is_interview=1,
        company="Arqueoloxía Atlántica",
        role="Director/a técnico/a de intervenciones arqueológicas",
        stage="hiring_manager",
        interviewers="xoan.mosquera@arqueoloxiaatlantica.example.es",
        trap="spanish-entrevista-google-meet-cest-founder",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261022T150000Z
DTEND:20261022T160000Z
DTSTAMP:20261016T183021Z
ORGANIZER;CN=Xoán Mosquera:mailto:xoan.mosquera@arqueoloxiaatlantica.example.es
UID:3fh8s0qk2lp6c9x1m4a7e0r2t5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Xoán Mosquera;X-NUM-GUESTS=0:mailto:xoan.mosquera@arqueoloxiaatlantica.example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261016T183021Z
DESCRIPTION:Hola Rhys\,\n\nGracias por tu candidatura al puesto de director/a técnico/a de intervenciones arqueológicas. Te propongo una primera entrevista por videollamada para conocernos\, hablar de tu experiencia en arqueología preventiva en Gales y de los proyectos que tenemos en marcha (castros y obra lineal en A Coruña). Podemos hablar en castellano o en inglés\, como prefieras.\n\nUn saludo\,\nXoán Mosquera\nSocio fundador - Arqueoloxía Atlántica S.L.\nRúa do Vilar 18\, 15705 Santiago de Compostela\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/fsx-wdpa-kno\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\nNo edites esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir notificaciones de este evento\, rechaza la invitación.
LAST-MODIFIED:20261016T183021Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Rhys Llewellyn - Director/a técnico/a (Arqueoloxía Atlántica)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-romance-final",
        uid="040000008200E00074C5B7101A82E00800000000F3D6C7A8A95ADC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
        is_interview=1,
        company="Arqueoloxía Atlántica",
        role="Director/a técnico/a de intervenciones arqueológicas",
        stage="final",
        interviewers="xoan.mosquera@arqueoloxiaatlantica.example.es;uxia.pereira@arqueoloxiaatlantica.example.es",
        trap="spanish-outlook-romance-standard-time-final-site-visit",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Pereira Castro, Uxía":mailto:uxia.pereira@arqueoloxiaatlantica.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Mosquera Rial, Xoán":mailto:xoan.mosquera@arqueoloxiaatlantica.example.es
DESCRIPTION;LANGUAGE=es-ES:Hola Rhys\,\n\nComo te comentó Xoán\, nos gustaría que la entrevista final fuese en persona. Por la mañana visitaremos juntos la excavación del castro de Ameixenda (Ames) y después comeremos y haremos la entrevista con los dos socios en la oficina.\n\nProgramación:\n10:00 Recogida en la oficina (Rúa do Vilar 18)\n10:30-12:30 Visita a la excavación\n13:00 Entrevista final con Xoán Mosquera y Uxía Pereira\n\nTe reembolsamos el vuelo Bristol-Santiago.\n\nUn abrazo\,\nUxía\n
UID:040000008200E00074C5B7101A82E00800000000F3D6C7A8A95ADC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=es-ES:Entrevista final + visita a la excavación - Rhys Llewellyn
DTSTART;TZID=Romance Standard Time:20261130T100000
DTEND;TZID=Romance Standard Time:20261130T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T120533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Arqueoloxía Atlántica\, Rúa do Vilar 18\, Santiago de Compostela
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000A4E7D8B9B95ADC01000000000000000010000000CAFEBABE0011223344556677889900AA",
        is_interview=1,
        company="Tir Treftadaeth Archaeology",
        role="Project Manager (Consultancy & Planning)",
        stage="onsite",
        interviewers="e.morgan@tirtreftadaeth.example.co.uk;d.ashworth@tirtreftadaeth.example.co.uk",
        trap="internal-application-method-cancel-own-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Jenkins, Sarah":mailto:s.jenkins@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ashworth, David":mailto:d.ashworth@tirtreftadaeth.example.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TT Cardiff - Meeting Room 2 (Caerau)":mailto:mr2.caerau@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Rhys\, apologies - Eleri is now on leave that week so we need to move your interview for the internal PM post. I'll send a new time shortly.\n\nSarah\n
UID:040000008200E00074C5B7101A82E00800000000A4E7D8B9B95ADC01000000000000000010000000CAFEBABE0011223344556677889900AA
SUMMARY;LANGUAGE=en-GB:Canceled: Internal interview - Project Manager (Consultancy & Planning) - Rhys Llewellyn
DTSTART;TZID=GMT Standard Time:20261117T100000
DTEND;TZID=GMT Standard Time:20261117T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261109T084512Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 2 (Caerau)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-interview",
        uid="040000008200E00074C5B7101A82E00800000000B5F8E9CAC95ADC01000000000000000010000000DEADBEEF112233445566778899AABBCC",
        is_interview=1,
        company="Tir Treftadaeth Archaeology",
        role="Project Manager (Consultancy & Planning)",
        stage="onsite",
        interviewers="e.morgan@tirtreftadaeth.example.co.uk;d.ashworth@tirtreftadaeth.example.co.uk",
        trap="internal-application-work-address-room-x-alt-desc",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Jenkins, Sarah":mailto:s.jenkins@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morgan, Eleri":mailto:e.morgan@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ashworth, David":mailto:d.ashworth@tirtreftadaeth.example.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TT Cardiff - Meeting Room 2 (Caerau)":mailto:mr2.caerau@tirtreftadaeth.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Rebooked. Internal candidates: interview with Eleri Morgan (Head of Consultancy) and David Ashworth (MD)\, 60 mins incl. a 10 min presentation on 'Growing our pre-application advice work'. Confidential - please don't forward.\n
UID:040000008200E00074C5B7101A82E00800000000B5F8E9CAC95ADC01000000000000000010000000DEADBEEF112233445566778899AABBCC
SUMMARY;LANGUAGE=en-GB:Internal interview - PM (Consultancy & Planning) - R Llewellyn
DTSTART;TZID=GMT Standard Time:20261203T140000
DTEND;TZID=GMT Standard Time:20261203T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261111T110302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TT Cardiff - Meeting Room 2 (Caerau)
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Rebooked. Internal candidates: interview with <b>Eleri Morgan</b> (Head of Consultancy) and <b>David Ashworth</b> (MD)\, 60 mins incl. a 10 min presentation on 'Growing our pre-application advice work'.</p><p><i>Confidential - please don't forward.</i></p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-google-invite",
        uid="5tq9w1e3r7y2u4i6o8p0a2s4d6@google.com",
        is_interview=1,
        company="Ridgeway Archaeological Services",
        role="Project Manager",
        stage="hiring_manager",
        interviewers="Simon Ketteridge",
        trap="agency-organizer-names-client-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261124T110000Z
DTEND:20261124T120000Z
DTSTAMP:20261117T150911Z
ORGANIZER;CN=Natalie Greaves:mailto:natalie@trowelandtape.example.co.uk
UID:5tq9w1e3r7y2u4i6o8p0a2s4d6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Natalie Greaves;X-NUM-GUESTS=0:mailto:natalie@trowelandtape.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261117T150911Z
DESCRIPTION:Hi Rhys\,\n\nGreat news - Ridgeway Archaeological Services would like to meet you for the Project Manager role (Oxford office\, hybrid). You'll be speaking with Dr Simon Ketteridge\, Head of Fieldwork\, on Zoom - he'll send the link directly. I won't be on the call but give me a ring after!\n\nNatalie Greaves\nSenior Consultant\, Trowel & Tape Recruitment - heritage & archaeology specialists\n07700 900733\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer\, be added to the guest list\, invite others regardless of their own invitation status\, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20261117T150911Z
LOCATION:Zoom (link to follow from Ridgeway)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ridgeway Archaeological Services - PM interview - Rhys Llewellyn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pinpoint-video-panel",
        uid="pinpoint-interview-2f7b0c31-8e4a-4d19-b2c6-55a9e0f17d42",
        is_interview=1,
        company="Mercian Field Archaeology",
        role="Senior Project Officer",
        stage="onsite",
        interviewers="kirsty.adebayo@mercianfield.example.co.uk;martin.roe@mercianfield.example.co.uk",
        trap="pinpoint-ats-utc-video-panel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinpoint//Pinpoint Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pinpoint-interview-2f7b0c31-8e4a-4d19-b2c6-55a9e0f17d42
DTSTAMP:20261021T090417Z
DTSTART:20261030T100000Z
DTEND:20261030T110000Z
SUMMARY:Interview: Senior Project Officer - Rhys Llewellyn
ORGANIZER;CN=Mercian Field Archaeology Careers:mailto:notifications@mercianfield.pinpointhq.example.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Kirsty Adebayo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kirsty.adebayo@mercianfield.example.co.uk
ATTENDEE;CN=Martin Roe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martin.roe@mercianfield.example.co.uk
LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_bWVyY2lh%40thread.v2/0
DESCRIPTION:Hi Rhys\,\n\nYour interview for Senior Project Officer at Mercian Field Archaeology is confirmed.\n\nInterviewers: Kirsty Adebayo (Project Manager)\, Martin Roe (Operations Director)\nFormat: 60 minute video interview on Microsoft Teams. We'll ask about supervising teams on large rural sites\, post-ex planning and health & safety.\n\nNeed to reschedule? Use the link in your confirmation email.\n\nPowered by Pinpoint
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="8C1E5F0A-3B7D-4E29-A6C4-D1F8B2E03A57",
        is_interview=1,
        company="Mercian Field Archaeology",
        role="",
        stage="final",
        interviewers="Martin Roe",
        trap="hand-typed-2nd-int-site-visit-alarm",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261102T204411Z
DTEND;TZID=Europe/London:20261113T130000
DTSTAMP:20261102T204419Z
DTSTART;TZID=Europe/London:20261113T103000
LAST-MODIFIED:20261102T204419Z
LOCATION:Mercian site compound\, Bescot Rd\, Walsall
SEQUENCE:0
SUMMARY:2nd int Mercian - site visit w/ Martin Roe
DESCRIPTION:final round. boots+hi vis. M62?? no M5/M6. leave 7.45
TRANSP:OPAQUE
UID:8C1E5F0A-3B7D-4E29-A6C4-D1F8B2E03A57
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT3H
UID:1B0E77C2-9F3A-4D12-8E65-0C4A7B9D2F11
X-WR-ALARMUID:1B0E77C2-9F3A-4D12-8E65-0C4A7B9D2F11
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-terse",
        uid="d2b6f0a4-7c1e-4f38-9a2d-5e8b1c7f3a60",
        is_interview=1,
        company="Kernow Field Unit",
        role="",
        stage="",
        interviewers="",
        trap="terse-abbreviation-phone-int-floating-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261020T211503Z
LAST-MODIFIED:20261020T211530Z
DTSTAMP:20261020T211530Z
UID:d2b6f0a4-7c1e-4f38-9a2d-5e8b1c7f3a60
SUMMARY:Kernow FU phone int
DTSTART:20261027T140000
DTEND:20261027T143000
DESCRIPTION:they ring me. proj archaeologist post\, Truro. CV v4
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-dublin-zone-panel",
        uid="040000008200E00074C5B7101A82E00800000000C6A9FADBD95ADC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="Pictish Heritage",
        role="Senior Project Manager",
        stage="onsite",
        interviewers="fraser.munro@pictishheritage.example.co.uk;isla.grant@pictishheritage.example.co.uk",
        trap="outlook-utc-plus-zero-dublin-edinburgh-zone-name",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC_DUBLIN}BEGIN:VEVENT
ORGANIZER;CN="Munro, Fraser":mailto:fraser.munro@pictishheritage.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Grant, Isla (Dr)":mailto:isla.grant@pictishheritage.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Rhys\,\n\nThanks for applying for the Senior Project Manager post. Isla Grant (Post-Excavation Manager) and I would like to interview you on Teams. Expect questions on budgets and programme on multi-phase developer-funded schemes\, managing sub-contract specialists\, and working with the Highland Council HER.\n\nFraser Munro\nHead of Projects\, Pictish Heritage Ltd\, Inverness\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 391 004 227 318\nPasscode: Lm2Xe8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C6A9FADBD95ADC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Interview - Senior Project Manager - Rhys Llewellyn
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261102T130000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261102T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T152200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-final",
        uid="040000008200E00074C5B7101A82E00800000000D7BA0BECE95ADC010000000000000000100000001029384756AFBECDDCBA0987654321FE",
        is_interview=1,
        company="Pictish Heritage",
        role="Senior Project Manager",
        stage="final",
        interviewers="fraser.munro@pictishheritage.example.co.uk;callum.bain@pictishheritage.example.co.uk",
        trap="pa-sent-by-final-meet-the-directors",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC_DUBLIN}BEGIN:VEVENT
ORGANIZER;CN="Bain, Callum";SENT-BY="mailto:morag.sinclair@pictishheritage.example.co.uk":mailto:callum.bain@pictishheritage.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Munro, Fraser":mailto:fraser.munro@pictishheritage.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Sinclair, Morag":mailto:morag.sinclair@pictishheritage.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nCallum Bain (Managing Director) and Fraser Munro would like to invite you to a final interview at our Inverness office. Travel and one night's accommodation are booked - I've emailed the details separately.\n\nKind regards\,\nMorag Sinclair\nOffice Manager\n
UID:040000008200E00074C5B7101A82E00800000000D7BA0BECE95ADC010000000000000000100000001029384756AFBECDDCBA0987654321FE
SUMMARY;LANGUAGE=en-GB:Final interview - meet the Directors - Rhys Llewellyn
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261123T110000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20261123T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T094002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Pictish Heritage\, 7 Longman Drive\, Inverness IV1 1ZZ
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-post-ex-test",
        uid="040000008200E00074C5B7101A82E00800000000E8CB1CFDF95ADC0100000000000000001000000055443322110099887766554433221100",
        is_interview=1,
        company="Fenland Archaeological Trust",
        role="Post-Excavation Manager",
        stage="technical",
        interviewers="h.staunton@fenlandarch.example.org.uk",
        trap="post-ex-finds-archive-practical-test-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Staunton, Helen (Dr)":mailto:h.staunton@fenlandarch.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nAs part of the selection for Post-Excavation Manager we ask shortlisted candidates to complete a practical exercise at our finds store in Ely (about 2 hours): sorting and spot-dating a mixed assemblage\, checking an archive against a museum deposition standard\, and drafting a post-excavation assessment task list and budget. I will be with you throughout and we will talk through your approach at the end.\n\nDr Helen Staunton\nDirector\, Fenland Archaeological Trust\n
UID:040000008200E00074C5B7101A82E00800000000E8CB1CFDF95ADC0100000000000000001000000055443322110099887766554433221100
SUMMARY;LANGUAGE=en-GB:Practical exercise - Post-Excavation Manager
DTSTART;TZID=GMT Standard Time:20261118T100000
DTEND;TZID=GMT Standard Time:20261118T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261109T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:FAT Finds Store\, Lisle Lane\, Ely CB7 4ZZ
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-screen",
        uid="ZOOM-83215509912-20261008@zoom.us",
        is_interview=1,
        company="Thameside Archaeological Unit",
        role="Senior Archaeologist",
        stage="recruiter_screen",
        interviewers="priya.nair@thamesidearch.example.co.uk",
        trap="zoom-boilerplate-bst-europe-london",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
DTSTAMP:20261002T141500Z
DTSTART;TZID=Europe/London:20261008T090000
DTEND;TZID=Europe/London:20261008T093000
SUMMARY:TAU - Senior Archaeologist - intro call with Priya (Talent)
UID:ZOOM-83215509912-20261008@zoom.us
TZID:Europe/London
DESCRIPTION:Priya Nair is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://thamesidearch.zoom.us/j/83215509912?pwd=aGxUQ2pQ\n\nMeeting ID: 832 1550 9912\nPasscode: 551207\n\n---\n\nOne tap mobile\n+442034815237\,\,83215509912#\,\,\,\,*551207# United Kingdom\n\n---\n\nJoin by SIP\n• 83215509912@zoomcrc.com\n
ORGANIZER;CN=Priya Nair:mailto:priya.nair@thamesidearch.example.co.uk
ATTENDEE;CN=rhys.llewellyn.arch@gmail.com;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:https://thamesidearch.zoom.us/j/83215509912?pwd=aGxUQ2pQ
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-assessment-day",
        uid="teamtailor-interview-6a1f9d20-44b3-4c8e-8d7a-1e2f3a4b5c6d",
        is_interview=1,
        company="Thameside Archaeological Unit",
        role="Senior Archaeologist",
        stage="onsite",
        interviewers="dan.whitlock@thamesidearch.example.co.uk;grace.ekwueme@thamesidearch.example.co.uk",
        trap="assessment-centre-group-exercise-recruiter-not-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-6a1f9d20-44b3-4c8e-8d7a-1e2f3a4b5c6d
DTSTAMP:20261012T101044Z
DTSTART:20261020T083000Z
DTEND:20261020T150000Z
SUMMARY:Assessment Day - Senior Archaeologist - Thameside Archaeological Unit
ORGANIZER;CN=Priya Nair:mailto:priya.nair@thamesidearch.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Dan Whitlock;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dan.whitlock@thamesidearch.example.co.uk
ATTENDEE;CN=Grace Ekwueme;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:grace.ekwueme@thamesidearch.example.co.uk
LOCATION:TAU Mortlake office\, 3 Ship Lane\, London SW14 7ZZ
DESCRIPTION:Hi Rhys\,\n\nWe're looking forward to welcoming you to our assessment day. Timings (UK time):\n09:30 Arrival and coffee (I'll meet you)\n10:00 Group exercise with the other candidates - planning a 12-week excavation on a Thames foreshore site\n11:30 Written test: interpreting a Harris matrix and a stratigraphic report\n13:30 Interview with Dan Whitlock (Fieldwork Manager) and Grace Ekwueme (Senior Project Manager)\n15:00 Finish\n\nPriya Nair\nTalent Acquisition\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-trial-day",
        uid="040000008200E00074C5B7101A82E00800000000F9DC2D0E095ADC01000000000000000010000000A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D0",
        is_interview=1,
        company="Dee Estuary Archaeology",
        role="Senior Archaeologist",
        stage="onsite",
        interviewers="j.hale@deeestuaryarch.example.co.uk",
        trap="paid-trial-day-on-site-part-of-selection",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Hale, Jonny":mailto:j.hale@deeestuaryarch.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Rhys\,\n\nAs discussed\, the second part of our selection for the Senior Archaeologist job is a paid trial day on our Saltney excavation. You'll run a small area with two of our diggers under my eye\, and we'll have a proper chat in the cabin at the end of the day. CSCS card\, full PPE and packed lunch please. Site induction at 08:00 sharp.\n\nJonny Hale\nProject Manager\, Dee Estuary Archaeology\n07700 900251\n
UID:040000008200E00074C5B7101A82E00800000000F9DC2D0E095ADC01000000000000000010000000A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D0
SUMMARY;LANGUAGE=en-GB:Trial day - Senior Archaeologist - Saltney site
DTSTART;TZID=GMT Standard Time:20261112T080000
DTEND;TZID=GMT Standard Time:20261112T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T071522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Site cabin\, off River Lane\, Saltney CH4 8ZZ (what3words in email)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-freemail-founder",
        uid="7n2b4v6c8x0z1l3k5j7h9g1f3e@google.com",
        is_interview=1,
        company="Ynys Archaeology",
        role="Senior Archaeologist",
        stage="hiring_manager",
        interviewers="garethowen.ynysarch@gmail.example.com",
        trap="founder-free-mail-evening-chat-about-job",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261028T190000Z
DTEND:20261028T194500Z
DTSTAMP:20261024T122040Z
ORGANIZER;CN=Gareth Owen:mailto:garethowen.ynysarch@gmail.example.com
UID:7n2b4v6c8x0z1l3k5j7h9g1f3e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gareth Owen;X-NUM-GUESTS=0:mailto:garethowen.ynysarch@gmail.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261024T122040Z
DESCRIPTION:Shwmae Rhys - evenings are easier for me\, I'm on site all day. It's only me and Bethan running the firm so this is the interview really\, bring any questions about the senior archaeologist job. I'll ring you on WhatsApp video.\n\nGareth\nYnys Archaeology\, Llangefni\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20261024T122040Z
LOCATION:WhatsApp video
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gareth / Rhys - senior archaeologist job
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-floating-terse",
        uid="F3A90C27-61B4-4E8D-9C0F-7A2B5D8E1C34",
        is_interview=1,
        company="Cotswold Edge Archaeology",
        role="",
        stage="",
        interviewers="Jenny H",
        trap="hand-typed-floating-int-initial-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261103T072255Z
DTEND:20261119T120000
DTSTAMP:20261103T072301Z
DTSTART:20261119T103000
LAST-MODIFIED:20261103T072301Z
LOCATION:Cirencester
SEQUENCE:0
SUMMARY:Cotswold Edge int - Jenny H\, Cirencester office 10.30
TRANSP:OPAQUE
UID:F3A90C27-61B4-4E8D-9C0F-7A2B5D8E1C34
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
