"""holdout215 events, part e: business aviation, Gulf and other single interviews (some in French or German)."""

from holdout215ev_common import (
    TZ_DUBAI,
    TZ_LISBON,
    TZ_LONDON,
    TZ_LUXEMBOURG,
    TZ_RIYADH,
    TZ_WIN_ARABIAN,
    TZ_WIN_WEUROPE,
    TZ_ZURICH,
    E,
)

EVENTS = [
    E(
        "entretien-visio", 1, "flatchr-rdv-88412-luxav@flatchr.io",
        company="Luxaviation", role="Hôtesse de l'air VIP / Cabin Host", stage="recruiter_screen",
        interviewers="julie.schmit@luxaviation.com", trap="french-ats-entretien-visio",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Flatchr//Agenda Recrutement//FR
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUXEMBOURG + r"""BEGIN:VEVENT
UID:flatchr-rdv-88412-luxav@flatchr.io
DTSTAMP:20250404T124512Z
DTSTART;TZID=Europe/Luxembourg:20250411T103000
DTEND;TZID=Europe/Luxembourg:20250411T111500
SUMMARY:Entretien visio - Hôtesse de l'air VIP / Cabin Host - Niamh Gallag
 her
DESCRIPTION:Bonjour Niamh\,\n\nSuite à votre candidature\, nous avons le p
 laisir de vous inviter à un premier entretien en visio avec Julie Schmit\
 , Chargée de recrutement. L'entretien se fera en anglais et en français.
 \n\nLien : https://meet.google.com/jfo-kxwd-mra\n\nÀ bientôt\,\nL'équipe
  Talent - Luxaviation
ORGANIZER;CN=Julie Schmit:mailto:julie.schmit@luxaviation.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "einladung-interview", 1, "sf-int-JA-2025-112093-1@successfactors.eu",
        company="Jet Aviation", role="Flight Attendant VIP (m/w/d) - Basis Dubai", stage="recruiter_screen",
        interviewers="sandra.meier@jetaviation.com", trap="german-successfactors-erstgespraech",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
UID:sf-int-JA-2025-112093-1@successfactors.eu
DTSTAMP:20250508T070144Z
DTSTART;TZID=Europe/Zurich:20250514T100000
DTEND;TZID=Europe/Zurich:20250514T104500
SUMMARY:Einladung zum Interview: Flight Attendant VIP (m/w/d) - Basis Dub
 ai
DESCRIPTION:Sehr geehrte Frau Gallagher\,\n\nvielen Dank für Ihre Bewerbu
 ng. Gerne möchten wir Sie zu einem ersten Gespräch (Microsoft Teams) mit
  Sandra Meier\, Talent Acquisition Partner\, einladen. Das Gespräch find
 et auf Englisch statt.\n\nTeams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_SmV0QXY%40thread.v2/0\n\nFreundliche Grüsse\nJet Aviation
  AG\, Human Resources\, Basel
ORGANIZER;CN=Jet Aviation HR:mailto:noreply@jetaviation.successfactors.eu
ATTENDEE;CN=Sandra Meier;ROLE=REQ-PARTICIPANT:mailto:sandra.meier@jetaviat
 ion.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "zoom-instructor", 1, "3g9h1j5k7l2z4x6c8v0b1n3m5q@google.com",
        company="Emirates Aviation University", role="Instructor - Cabin Crew Training Programmes",
        stage="hiring_manager", interviewers="hamad.almansoori@eau.ac.ae;clare.dunne@eau.ac.ae",
        trap="google-zoom-instructor-panel-dubai",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBAI + r"""BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20250702T130000
DTEND;TZID=Asia/Dubai:20250702T140000
DTSTAMP:20250626T061944Z
ORGANIZER;CN=Clare Dunne:mailto:clare.dunne@eau.ac.ae
UID:3g9h1j5k7l2z4x6c8v0b1n3m5q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Ha
 mad Al Mansoori;X-NUM-GUESTS=0:mailto:hamad.almansoori@eau.ac.ae
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
DESCRIPTION:Dear Niamh\, (lovely to see a fellow Irish applicant!) please
  find the Zoom details for your interview for the Instructor - Cabin Cre
 w Training Programmes post with Dr Hamad Al Mansoori (Dean\, School of A
 viation Services) and myself (Programme Lead).<br><br>Zoom: https://eau.
 zoom.us/j/84410927761<br>Passcode: 552190<br><br>Clare
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EAU Interview - Instructor (Cabin Crew) - N. Gallagher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "virtual-interview", 1, "sr-int-2e9d7c4b1a0f48e6b3d5c7a9e1f20344@smartrecruiters.com",
        company="Saudia", role="Cabin Crew (Female) - International Recruitment", stage="recruiter_screen",
        trap="smartrecruiters-riyadh-time-virtual",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_RIYADH + r"""BEGIN:VEVENT
UID:sr-int-2e9d7c4b1a0f48e6b3d5c7a9e1f20344@smartrecruiters.com
DTSTAMP:20250225T113405Z
DTSTART;TZID=Asia/Riyadh:20250304T140000
DTEND;TZID=Asia/Riyadh:20250304T143000
SUMMARY:Virtual Interview - Saudia Cabin Crew
DESCRIPTION:Dear Niamh\,\n\nYou are invited to a virtual interview for Cab
 in Crew (International Recruitment). Kindly join 10 minutes early using t
 he link in your candidate portal. The time shown is Saudi Arabia time.\n
 \nSaudia Talent Acquisition
ORGANIZER;CN=Saudia Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "meet-interview", 1, "8c2v6b0n4m1q5w9e3r7t2y6u0i@google.com",
        company="Air Arabia", role="Cabin Crew", interviewers="reema.khan@airarabia.com",
        trap="google-meet-sharjah-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBAI + r"""BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20250319T113000
DTEND;TZID=Asia/Dubai:20250319T120000
DTSTAMP:20250316T085215Z
ORGANIZER;CN=Reema Khan:mailto:reema.khan@airarabia.com
UID:8c2v6b0n4m1q5w9e3r7t2y6u0i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
DESCRIPTION:Interview for Cabin Crew position (Sharjah base).<br>Join with
  Google Meet: https://meet.google.com/ahq-tvwe-kzr<br>Join by phone: (AE)
  +971 4 521 7740 PIN: 902 335 118#
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Air Arabia - Cabin Crew - Niamh Gallagher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "ashby-hm", 1, "ashby-iv-5d0e3c7a-b1f2-4a86-9e34-c7d2f0a1b859@ashbyhq.com",
        company="Flexjet", role="Flight Attendant", stage="hiring_manager", interviewers="olivia.grant@flexjet.com",
        trap="ashby-hiring-manager-farnborough",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:ashby-iv-5d0e3c7a-b1f2-4a86-9e34-c7d2f0a1b859@ashbyhq.com
DTSTAMP:20250709T134410Z
DTSTART;TZID=Europe/London:20250716T150000
DTEND;TZID=Europe/London:20250716T154500
SUMMARY:Flexjet | Flight Attendant | Hiring Manager Interview
DESCRIPTION:Interviewer: Olivia Grant (Cabin Services Manager\, UK)\n\nVid
 eo call: https://flexjet.zoom.us/j/91822740036\n\nScheduled via Ashby
ORGANIZER;CN=Flexjet Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Olivia Grant;ROLE=REQ-PARTICIPANT:mailto:olivia.grant@flexjet.c
 om
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "zoho-interview", 1, "zr-evt-1772000055813044@zohorecruit.com",
        company="Royal Jet", role="VIP Flight Attendant", interviewers="Khalid Al Dhaheri",
        trap="zoho-recruit-name-only-interviewer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBAI + r"""BEGIN:VEVENT
UID:zr-evt-1772000055813044@zohorecruit.com
DTSTAMP:20250520T101255Z
DTSTART;TZID=Asia/Dubai:20250527T150000
DTEND;TZID=Asia/Dubai:20250527T153000
SUMMARY:Interview Scheduled: VIP Flight Attendant - Niamh Gallagher
DESCRIPTION:Interview Name: Online Interview\nInterviewer(s): Khalid Al Dh
 aheri\nPosting Title: VIP Flight Attendant\nClient: Royal Jet\, Abu Dhab
 i\nVenue: Microsoft Teams (link to follow)
ORGANIZER;CN=Royal Jet HR:mailto:notifications@zohorecruit.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "recruitee-call", 1, "recruitee-ev-4419920-hifly@recruitee.com",
        company="Hi Fly", role="Cabin Crew - Seasonal (Wet Lease)", stage="recruiter_screen",
        interviewers="ana.sousa@hifly.aero", trap="recruitee-lisbon-time-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LISBON + r"""BEGIN:VEVENT
UID:recruitee-ev-4419920-hifly@recruitee.com
DTSTAMP:20250130T161200Z
DTSTART;TZID=Europe/Lisbon:20250206T140000
DTEND;TZID=Europe/Lisbon:20250206T143000
SUMMARY:Hi Fly - Cabin Crew - First interview
DESCRIPTION:Hello Niamh\, this is a first interview with Ana Sousa (Crew R
 ecruitment) about the seasonal cabin crew positions (A330/A340 wet lease)
 .\nGoogle Meet: https://meet.google.com/pue-wcxa-nbf
ORGANIZER;CN=Ana Sousa:mailto:ana.sousa@hifly.aero
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "bamboohr-interview", 1, "bamboohr-ats-iv-60218-gama@bamboohr.com",
        company="Gama Aviation", role="Cabin Host - Farnborough", stage="hiring_manager",
        interviewers="james.pike@gamaaviation.com", trap="bamboohr-cabin-host-in-person",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//BambooHR//BambooHR Hiring//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:bamboohr-ats-iv-60218-gama@bamboohr.com
DTSTAMP:20250403T111020Z
DTSTART;TZID=Europe/London:20250416T110000
DTEND;TZID=Europe/London:20250416T120000
SUMMARY:Interview: Cabin Host - Farnborough (Niamh Gallagher)
DESCRIPTION:In-person interview with James Pike\, Head of Cabin Services.
  Please report to reception at Gama Aviation\, Farnborough Airport\, GU1
 4 6XA. Bring passport for airside pass.
ORGANIZER;CN=James Pike:mailto:james.pike@gamaaviation.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
LOCATION:Gama Aviation\, Farnborough Airport
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "calendly-interview", 1, "c3a91f04-7e2b-4d85-b6f0-19ad5e8c2b7d",
        company="TAG Aviation", role="Flight Attendant", interviewers="helen.ward@tagaviation.com",
        trap="calendly-utc-host-is-interviewer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c3a91f04-7e2b-4d85-b6f0-19ad5e8c2b7d
DTSTAMP:20250314T203144Z
DTSTART:20250318T090000Z
DTEND:20250318T093000Z
SUMMARY:Flight Attendant interview - TAG Farnborough between Helen Ward a
 nd Niamh Gallagher
DESCRIPTION:Event Name: Flight Attendant interview - TAG Farnborough\n\nL
 ocation: This is a Microsoft Teams web conference. Join: https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_VEFHZmFy%40thread.v2/0\n\nPlease
  share anything that will help prepare for our meeting.: Currently ATR c
 rew with Emerald Skylink\, looking to move into business aviation.\n\nNee
 d to make changes to this event?\nCancel: https://calendly.com/cancellatio
 ns/c3a91f04\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Helen Ward:mailto:helen.ward@tagaviation.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "open-day", 1, "jv-evt-wizzauh-dub-20250621-0098@jobvite.com",
        company="Wizz Air Abu Dhabi", role="Cabin Crew - Abu Dhabi Base", stage="onsite",
        trap="registered-open-day-selection",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Jobvite//Jobvite Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBAI + r"""BEGIN:VEVENT
UID:jv-evt-wizzauh-dub-20250621-0098@jobvite.com
DTSTAMP:20250610T080010Z
DTSTART;TZID=Asia/Dubai:20250621T130000
DTEND;TZID=Asia/Dubai:20250621T190000
SUMMARY:Wizz Air Abu Dhabi - Cabin Crew Open Day - Dublin (registered)
DESCRIPTION:You are registered for our Cabin Crew Open Day in Dublin. Doors
  open 10:00 Irish time. After a company presentation we will run group a
 ctivities\, a reach test and short interviews - successful candidates r
 eceive a conditional offer on the day.\n\nVenue: Maldron Hotel Dublin Air
 port
LOCATION:Maldron Hotel Dublin Airport
ORGANIZER;CN=Wizz Air Recruitment:mailto:noreply@jobvite.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "bookings-video", 1, "b7e2c5a1-0d94-4f63-8a2e-5c1b9f7d3e60",
        company="Comlux", role="Cabin Attendant (VIP)", interviewers="Stefania Rossi",
        trap="bookings-w-europe-zone-staff-name",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Comlux Crew Recruitment:mailto:CrewRecruitment@comlux.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Niamh Gal
 lagher:mailto:niamh.gallagher.fly@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Video int
 erview - Cabin Attendant\nStaff: Stefania Rossi\n\nJoin your appointment
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q29tbHV4%40threa
 d.v2/0\n
UID:b7e2c5a1-0d94-4f63-8a2e-5c1b9f7d3e60
SUMMARY;LANGUAGE=en-US:Video interview - Cabin Attendant
DTSTART;TZID=W. Europe Standard Time:20250605T140000
DTEND;TZID=W. Europe Standard Time:20250605T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250601T175508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-outlook", 1,
        "040000008200E00074C5B7101A82E00800000000F1B6A23E9BE9DB0100000000000000001000000012C4E8A7F03D6B49A1E5C2D7B8F9034A",
        company="DC Aviation Al-Futtaim", role="Flight Attendant", stage="final",
        interviewers="yousef.almarri@dcaviation-alfuttaim.com;kerry.oneill@dcaviation-alfuttaim.com",
        trap="outlook-sent-by-final-dubai-time",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WIN_ARABIAN + r"""BEGIN:VEVENT
ORGANIZER;CN="Al Marri, Yousef";SENT-BY="mailto:hr.assistant@dcaviation-al
 futtaim.com":mailto:yousef.almarri@dcaviation-alfuttaim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Neill,
  Kerry":mailto:kerry.oneill@dcaviation-alfuttaim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=niamh.gal
 lagher.fly@gmail.com:mailto:niamh.gallagher.fly@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Niamh\,\n\nWe are pleased to invite you t
 o the final interview for the Flight Attendant role with Yousef Al Marri
  (Director Flight Operations) and Kerry O'Neill (Chief Flight Attendant)
 .\n\nTeams link below. Time is UAE time.\n\nBest regards\,\nHR Team\n\nJo
 in: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RENBRg%40thre
 ad.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000F1B6A23E9BE9DB0100000000000000001000000012C4E8A7F03D6B49A1E5C2D7B8F9034A
SUMMARY;LANGUAGE=en-US:Final Interview - Flight Attendant - Niamh Gallagh
 er
DTSTART;TZID=Arabian Standard Time:20250709T120000
DTEND;TZID=Arabian Standard Time:20250709T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250703T064530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
