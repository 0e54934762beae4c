# ruff: noqa: E501
"""holdout142: own interviews via US travel-nurse agencies, federal/territorial employers and health-tech."""

from holdout142ev_tz import ANCHORAGE, CHICAGO, EDMONTON, LOS_ANGELES, PHOENIX, WIN_EASTERN, WIN_MOUNTAIN

EVENTS = [
    dict(
        kind="submission-call",
        uid="040000008200E00074C5B7101A82E00800000000506F1A3BEB29DC010000000000000000100000004D1E",
        iv=1, company="Stanford Health Care", role="Travel RN - CVICU (13 weeks)", stage="recruiter_screen",
        who="kbrooks@ayahealthcare.com",
        trap="travel-agency-screen-before-submission-to-named-facility",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Kayla Brooks:mailto:kbrooks@ayahealthcare.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hey Jasmine! Before I submit you to Stanford Health Care for the CVICU travel contract (13 wks\, nights\, Palo Alto\, start 1/12) I need to do my recruiter screen: skills checklist review\, TN visa / NCLEX / California license timeline\, references\, and your must-haves on pay package + housing stipend. Should take 30 min. I'll call you!\n\nKayla Brooks | Travel Nurse Recruiter | Aya Healthcare\n
UID:040000008200E00074C5B7101A82E00800000000506F1A3BEB29DC010000000000000000100000004D1E
SUMMARY;LANGUAGE=en-US:Jasmine O. – Stanford CVICU submission call
DTSTART;TZID=Mountain Standard Time:20251027T160000
DTEND;TZID=Mountain Standard Time:20251027T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T213301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="facility-interview",
        uid="aya-fi-2025-3318821@ayahealthcare.com",
        iv=1, company="Stanford Health Care", role="CVICU Travel RN", stage="hiring_manager",
        who="Melissa Tran",
        trap="agency-app-facility-interview-utc-name-only-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Aya Healthcare//Aya App//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:aya-fi-2025-3318821@ayahealthcare.com
DTSTAMP:20251104T180000Z
DTSTART:20251107T003000Z
DTEND:20251107T010000Z
SUMMARY:Facility Interview: Stanford Health Care – CVICU
DESCRIPTION:Job #3318821 CVICU Travel RN\, Stanford Health Care\, Palo Alto
  CA\nInterviewer: Melissa Tran\, Assistant Nurse Manager\nType: Phone. The
  manager will call you from a blocked number – please answer!\nTip: have y
 our questions ready (ratio\, floating\, orientation length\, self-schedulin
 g).
LOCATION:Phone (facility will call)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="amn-interview",
        uid="AMN-INT-0a2c71f5-5b0e@amnhealthcare.com",
        iv=1, company="Mayo Clinic", role="ICU RN (Travel)", stage="hiring_manager",
        who="Rebecca Thornhill",
        trap="agency-email-facility-interview-phoenix-no-dst",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//AMN Healthcare//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + PHOENIX + r"""BEGIN:VEVENT
UID:AMN-INT-0a2c71f5-5b0e@amnhealthcare.com
DTSTAMP:20251117T221208Z
DTSTART;TZID=America/Phoenix:20251120T140000
DTEND;TZID=America/Phoenix:20251120T142000
SUMMARY:AMN Healthcare – Interview: Mayo Clinic Arizona\, ICU RN (Travel)
DESCRIPTION:Your interview with Mayo Clinic Hospital (Phoenix\, AZ) has been
  confirmed.\nUnit: Medical ICU\nInterviewer: Rebecca Thornhill\, Nurse Ma
 nager\nFormat: Phone\, the manager will call you\n\nYour AMN recruiter: Je
 ssica Dunn\, 866-555-0119 x4412\n\nTime is Arizona time (MST\, no daylight
  saving).
ORGANIZER;CN=AMN Interview Scheduling:mailto:interviews@amnhealthcare.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-facility",
        uid="A3E8B1C4-7F20-4D6E-95B2-0C1D8E7F6A53",
        iv=1, company="NewYork-Presbyterian", role="", stage="",
        who="",
        trap="typed-abbreviations-nyp-ccn-time-conversion",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
""" + EDMONTON + r"""BEGIN:VEVENT
CREATED:20251201T030915Z
DTSTAMP:20251201T031002Z
DTSTART;TZID=America/Edmonton:20251203T130000
DTEND;TZID=America/Edmonton:20251203T133000
LAST-MODIFIED:20251201T031002Z
SEQUENCE:0
SUMMARY:NYP Weill Cornell MICU facility intvw (CCN)
UID:A3E8B1C4-7F20-4D6E-95B2-0C1D8E7F6A53
DESCRIPTION:= 3pm NY. they call me from a 212 #. Cross Country recruiter Je
 nna said mgr is "tough but fair". ask: 1:2 ratio? floating to CCU? 12h nig
 hts only?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trusted-interview",
        uid="trusted-interview-b9d04c21e7@trustedhealth.com",
        iv=1, company="UCSF Health", role="ICU Travel Nurse - Parnassus 13 ICU", stage="hiring_manager",
        who="Chris Alvarado",
        trap="travel-platform-interview-request-pacific",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Trusted Health//Trusted Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LOS_ANGELES + r"""BEGIN:VEVENT
UID:trusted-interview-b9d04c21e7@trustedhealth.com
DTSTAMP:20251201T173055Z
DTSTART;TZID=America/Los_Angeles:20251205T110000
DTEND;TZID=America/Los_Angeles:20251205T111500
SUMMARY:Interview with UCSF Health – ICU (Parnassus 13 ICU)
DESCRIPTION:Great news\, Jasmine! UCSF Health wants to interview you for IC
 U Travel Nurse - Parnassus 13 ICU.\n\nWho: Chris Alvarado\, Nurse Manager
 \nHow: Phone call to (587) 555-0192\nTime: 11:00 AM PT\n\nYour Trusted Ad
 vocate\, Priya\, is here if you have questions.
ORGANIZER;CN=Trusted Health:mailto:notifications@trustedhealth.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-intro",
        uid="8e51d2c9-3f47-4b11-a0a2-6bd71e4c9f02",
        iv=1, company="Alaska Native Medical Center", role="Rapid Response ICU RN - Anchorage",
        stage="recruiter_screen",
        who="derek.sloan@fastaff.com",
        trap="calendly-agency-intro-facility-named-in-answers",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8e51d2c9-3f47-4b11-a0a2-6bd71e4c9f02
DTSTAMP:20251110T200414Z
DTSTART:20251113T183000Z
DTEND:20251113T190000Z
SUMMARY:Rapid Response Intro - Anchorage ICU between Derek Sloan and Jasmine Okoro
DESCRIPTION:Event Name: Rapid Response Intro - Anchorage ICU\n\nPlease shar
 e anything that will help prepare for our meeting.: Saw the Alaska Native
  Medical Center ICU posting - 8 weeks\, can start Jan. Canadian RN + NCLE
 X\, TN visa eligible\n\nNeed to make changes to this event?\nCancel: https
 ://calendly.com/cancellations/8e51d2c9\nReschedule: https://calendly.com/r
 eschedulings/8e51d2c9\n\nPowered by Calendly.com
LOCATION:Derek will call you at +15875550192
ORGANIZER;CN=Derek Sloan:mailto:derek.sloan@fastaff.com
ATTENDEE;CN=Jasmine Okoro;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Derek Sloan;PARTSTAT=ACCEPTED:mailto:derek.sloan@fastaff.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-anchorage",
        uid="a1d9e4c7b2f03e58d6c1@anmc.org",
        iv=1, company="Alaska Native Medical Center", role="Rapid Response ICU RN", stage="hiring_manager",
        who="lena.nanouk@anmc.org",
        trap="facility-manager-teams-anchorage-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ANCHORAGE + r"""BEGIN:VEVENT
UID:a1d9e4c7b2f03e58d6c1@anmc.org
DTSTAMP:20251118T232000Z
DTSTART;TZID=America/Anchorage:20251120T100000
DTEND;TZID=America/Anchorage:20251120T102000
SUMMARY:ANMC ICU – traveler interview – J. Okoro (Fastaff)
DESCRIPTION:Quick Teams call to meet you before we confirm the contract. L
 ena Nanouk\, RN\, ICU Nurse Manager.\nMicrosoft Teams meeting\nMeeting ID
 : 245 337 610 002\nPasscode: AnMc25
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Nanouk, Lena":mailto:lena.nanouk@anmc.org
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Derek Sloan:mailto:derek.sloan@fastaff.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bullhorn-interview",
        uid="bh-appt-55301927@bullhornstaffing.com",
        iv=1, company="Houston Methodist", role="CVICU Travel RN", stage="hiring_manager",
        who="Keisha Warren",
        trap="bullhorn-agency-appointment-chicago-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Bullhorn//Bullhorn ATS Appointment//EN
VERSION:2.0
METHOD:REQUEST
""" + CHICAGO + r"""BEGIN:VEVENT
UID:bh-appt-55301927@bullhornstaffing.com
DTSTAMP:20251208T160200Z
DTSTART;TZID=America/Chicago:20251210T133000
DTEND;TZID=America/Chicago:20251210T140000
SUMMARY:Facility Interview - Houston Methodist Hospital (TMC) - CVICU
DESCRIPTION:Candidate: Jasmine Okoro\nClient: Houston Methodist Hospital\,
  Texas Medical Center\nJob: CVICU Travel RN\, 13 wks\, days\nInterviewer
 : Keisha Warren\, CVICU Nurse Manager (will call candidate)\nRecruiter: T
 yler Marsh\, Medical Solutions
ORGANIZER;CN=Tyler Marsh:mailto:tyler.marsh@medicalsolutions.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="selection-board",
        uid="040000008200E00074C5B7101A82E00800000000C0477FB20D40DC0100000000000000001000000031A2",
        iv=1, company="Indigenous Services Canada", role="Nurse (NU-CHN-02), Nursing Station, Alberta Region",
        stage="onsite",
        who="patricia.cardinal@sac-isc.gc.ca;joel.martineau@sac-isc.gc.ca",
        trap="federal-selection-board-bilingual-after-written-exam",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN="Martineau, Joel (ISC/SAC)";RSVP=TRUE:mailto:joel.martineau@sac-isc.gc.ca
CLASS:PUBLIC
CREATED:20251030T161211Z
DESCRIPTION:*** Le français suit l'anglais ***\n\nSelection process 25-ISC-
 AB-EA-401227 – Nurse (NU-CHN-02)\, First Nations and Inuit Health Branch\,
  Alberta Region\n\nFurther to your results on the written examination\, y
 ou are invited to an interview with the assessment board (Patricia Cardin
 al\, Nurse Manager\; Joel Martineau\, Nursing Practice Consultant). Please
  have photo ID. Accommodation requests: contact us before the interview.\n
 \n---\nProcessus de sélection 25-ISC-AB-EA-401227 – Infirmière (NU-CHN-02
 ). Suite à vos résultats à l'examen écrit\, vous êtes invitée à une entr
 evue avec le comité d'évaluation.\n\nMS Teams: Meeting ID 227 560 118 904
 \, Passcode Xn5Ta9
DTEND;TZID="Mountain Standard Time":20251112T103000
DTSTAMP:20251030T161211Z
DTSTART;TZID="Mountain Standard Time":20251112T090000
LOCATION:MS Teams
ORGANIZER;CN="Cardinal, Patricia (ISC/SAC)":mailto:patricia.cardinal@sac-isc.gc.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Interview / Entrevue – 25-ISC-AB-EA-401227 – Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0477FB20D40DC0100000000000000001000000031A2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-interview",
        uid="040000008200E00074C5B7101A82E00800000000B04CD8F7E144DC010000000000000000100000007EE",
        iv=1, company="Government of Nunavut", role="Charge Nurse – Inpatient, Qikiqtani General Hospital",
        stage="",
        who="annie.kilabuk@gov.nu.ca;mark.ellsworth@gov.nu.ca",
        trap="territorial-phone-interview-eastern-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN=Annie Kilabuk:mailto:annie.kilabuk@gov.nu.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Ellsworth:mailto:mark.ellsworth@gov.nu.ca
DESCRIPTION;LANGUAGE=en-US:Phone interview – Charge Nurse – Inpatient\, Qikiqtani General Hospital\, Iqaluit (Competition 10-508421). We will call you. Please note time is Eastern (Iqaluit).\nAnnie Kilabuk\, Director of Nursing QGH\nMark Ellsworth\, Human Resources\, Department of Health\n
UID:040000008200E00074C5B7101A82E00800000000B04CD8F7E144DC010000000000000000100000007EE
SUMMARY;LANGUAGE=en-US:Interview - Charge Nurse Inpatient QGH
DTSTART;TZID=Eastern Standard Time:20251209T140000
DTEND;TZID=Eastern Standard Time:20251209T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251203T184455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Telephone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-4481993002@greenhouse.io",
        iv=1, company="Maple", role="Clinical Nurse Lead", stage="recruiter_screen",
        who="olivia.park@getmaple.ca",
        trap="greenhouse-telehealth-recruiter-screen-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software\, Inc.//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4481993002@greenhouse.io
DTSTAMP:20250925T145522Z
DTSTART:20251001T160000Z
DTEND:20251001T163000Z
SUMMARY:Jasmine Okoro - Recruiter Screen (Clinical Nurse Lead)
DESCRIPTION:Hi Jasmine\,\n\nThanks for scheduling time with Maple! You'll b
 e meeting with Olivia Park (Talent Partner).\n\nGoogle Meet: https://meet.
 google.com/xbr-qmvk-ncs\n\nIf you need to reschedule\, please reply to thi
 s email.\n\nOlivia Park · Maple
LOCATION:https://meet.google.com/xbr-qmvk-ncs
ORGANIZER;CN=Maple Recruiting:mailto:recruiting@getmaple.ca
ATTENDEE;CN=Jasmine Okoro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Olivia Park;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.park@getmaple.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-entrevue",
        uid="lever-int-3f9c4b27-81ad-4c1e-b6a0-2de5f7a01c88@hire.lever.co",
        iv=1, company="Dialogue", role="Infirmière en télésanté – Chef d'équipe", stage="hiring_manager",
        who="emilie.bergeron@dialogue.co",
        trap="lever-french-telehealth-team-lead",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-3f9c4b27-81ad-4c1e-b6a0-2de5f7a01c88@hire.lever.co
DTSTAMP:20251015T182233Z
DTSTART:20251021T150000Z
DTEND:20251021T154500Z
SUMMARY:Entrevue avec Dialogue – Infirmière en télésanté – Chef d'équipe
DESCRIPTION:Bonjour Jasmine\,\n\nVoici les détails de votre entrevue avec
  Émilie Bergeron (Gestionnaire\, Soins infirmiers). Lien Google Meet : htt
 ps://meet.google.com/ekp-tnbo-ruv\n\nÀ bientôt !\nL'équipe Talent de Dial
 ogue
LOCATION:https://meet.google.com/ekp-tnbo-ruv
ORGANIZER;CN=Dialogue Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Émilie Bergeron:mailto:emilie.bergeron@dialogue.co
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-case",
        uid="ashby-7c3b9e10-0d2f-4a55-9b71-8e4a3c6f2d19@ashbyhq.com",
        iv=1, company="Kinnect Care", role="Tele-ICU Nurse Lead", stage="technical",
        who="samir.patel@kinnectcare.com;hannah.lee@kinnectcare.com",
        trap="ashby-clinical-case-interview-startup",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7c3b9e10-0d2f-4a55-9b71-8e4a3c6f2d19@ashbyhq.com
DTSTAMP:20251106T020015Z
DTSTART:20251112T230000Z
DTEND:20251113T000000Z
SUMMARY:Jasmine Okoro <> Kinnect Care: Clinical Case Interview
DESCRIPTION:Interview: Clinical Case Interview (60 min)\nRole: Tele-ICU Nur
 se Lead\nInterviewers: Samir Patel (VP Clinical Operations)\, Hannah Lee
  (Tele-ICU RN)\n\nYou'll look at a de-identified overnight telemetry + lab
  trend for a remote ICU patient and talk us through what you'd escalate a
 nd how.\n\nZoom: https://kinnectcare.zoom.us/j/95521183004\n\nScheduled v
 ia Ashby
LOCATION:https://kinnectcare.zoom.us/j/95521183004
ORGANIZER;CN=Kinnect Care Recruiting:mailto:recruiting@kinnectcare.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Samir Patel:mailto:samir.patel@kinnectcare.com
ATTENDEE;CN=Hannah Lee:mailto:hannah.lee@kinnectcare.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-panel",
        uid="gt-evt-0b8f6d1a9e22@goodtime.io",
        iv=1, company="Medtronic", role="Clinical Specialist, Critical Care (Calgary/Edmonton)", stage="onsite",
        who="jonathan.reyes@medtronic.com;amanda.kerr@medtronic.com;stephane.leduc@medtronic.com",
        trap="goodtime-med-device-panel-series",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:gt-evt-0b8f6d1a9e22@goodtime.io
DTSTAMP:20251124T171900Z
DTSTART;TZID=America/Edmonton:20251201T090000
DTEND;TZID=America/Edmonton:20251201T113000
SUMMARY:Medtronic | Interview Panel – Clinical Specialist\, Critical Care (
 Calgary/Edmonton)
DESCRIPTION:Hello Jasmine\,\n\nYour interview schedule:\n09:00–09:45 Jonat
 han Reyes\, Regional Manager (hiring manager)\n09:45–10:30 Amanda Kerr\,
  Clinical Specialist (peer) – product in-service role play\n10:30–11:15 S
 téphane Leduc\, Therapy Development Manager\n\nAll sessions are on Micros
 oft Teams (same link): https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_MDtr\n\nThis invitation was sent on behalf of Medtronic by GoodTime.
ORGANIZER;CN=Medtronic Talent Acquisition:mailto:medtronic@scheduling.goodtime.io
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Jonathan Reyes:mailto:jonathan.reyes@medtronic.com
ATTENDEE;CN=Amanda Kerr:mailto:amanda.kerr@medtronic.com
ATTENDEE;CN=Stephane Leduc:mailto:stephane.leduc@medtronic.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-hm",
        uid="ml-7d2e90b4c1a3f8e6@modernloop.io",
        iv=1, company="Edwards Lifesciences", role="Clinical Consultant, Critical Care (Western Canada)",
        stage="hiring_manager",
        who="brian.castellano@edwards.com",
        trap="modernloop-hiring-manager-med-device",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-7d2e90b4c1a3f8e6@modernloop.io
DTSTAMP:20251203T011010Z
DTSTART:20251210T200000Z
DTEND:20251210T204500Z
SUMMARY:Edwards Lifesciences – Hiring Manager Interview: Clinical Consultan
 t\, Critical Care (Western Canada)
DESCRIPTION:Candidate: Jasmine Okoro\nInterviewer: Brian Castellano\, Regio
 nal Sales Manager\, Critical Care – Canada West\n\nVideo: https://edwards.
 zoom.us/j/96634402118\n\nNeed to reschedule? Reply to your recruiter\, Me
 gan.\n\nScheduled with ModernLoop
LOCATION:https://edwards.zoom.us/j/96634402118
ORGANIZER;CN=Edwards Recruiting Coordination:mailto:recruiting-coordination@edwards.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Brian Castellano:mailto:brian.castellano@edwards.com
END:VEVENT
END:VCALENDAR
""",
    ),
]
