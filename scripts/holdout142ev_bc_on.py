# ruff: noqa: E501
"""holdout142: Jasmine Okoro's own interviews with British Columbia and Ontario employers (raw iCalendar text)."""

from holdout142ev_tz import TORONTO, VANCOUVER, WIN_EASTERN, WIN_PACIFIC

_VCH_PANEL_UID = "040000008200E00074C5B7101A82E00800000000D07B5C41E846DC01000000000000000010000000C2A1F98B"

EVENTS = [
    dict(
        kind="healthmatch-screen",
        uid="040000008200E00074C5B7101A82E00800000000F0B6E3A7F12ADC0100000000000000001000000019D4E7",
        iv=1, company="Vancouver Coastal Health", role="Clinical Nurse Educator - Critical Care, VGH",
        stage="recruiter_screen",
        who="amelia.chow@healthmatchbc.org",
        trap="provincial-recruitment-service-screen-names-authority-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
CLASS:PUBLIC
CREATED:20250929T180255Z
DESCRIPTION:Hi Jasmine\,\n\nThanks for registering with HealthMatch BC. As
  a Health Career Advisor I'd like to go over your profile before I forward
  it to the hiring team for the Clinical Nurse Educator - Critical Care po
 sting at Vancouver Coastal Health (Vancouver General Hospital\, JP 3rd fl
 oor ICU). We'll cover your Alberta registration and the BCCNM process\, r
 elocation\, start date and your CNE-relevant experience.\n\nI'll call you
  at 587-555-0192. Please note the time is Pacific.\n\nAmelia Chow\nHealth
  Career Advisor – Nursing\nHealthMatch BC | a free health professional re
 cruitment service funded by the Government of BC\n
DTEND;TZID="Pacific Standard Time":20251006T093000
DTSTAMP:20250929T180255Z
DTSTART;TZID="Pacific Standard Time":20251006T090000
LAST-MODIFIED:20250929T180255Z
LOCATION:Phone
ORGANIZER;CN="Chow, Amelia":mailto:amelia.chow@healthmatchbc.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:HealthMatch BC – profile review call – Jasmine Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0B6E3A7F12ADC0100000000000000001000000019D4E7
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vch-panel",
        uid=_VCH_PANEL_UID,
        iv=1, company="Vancouver Coastal Health", role="Clinical Nurse Educator - Critical Care", stage="onsite",
        who="nicole.desrosiers@vch.ca;tomas.herrera@vch.ca;kiran.bains@vch.ca",
        trap="health-authority-panel-original-invite",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ORGANIZER;CN="Desrosiers, Nicole [VCH]":mailto:nicole.desrosiers@vch.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera, Tomas [VCH]":mailto:tomas.herrera@vch.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bains, Kiran [VCH]":mailto:kiran.bains@vch.ca
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine\,\n\nThank you for your interest in the Clinical Nurse Educator – Critical Care position at VGH. Please join us for a panel interview (approx. 60 min) on MS Teams.\n\nPanel:\nNicole Desrosiers\, Patient Care Manager\, ICU\nTomas Herrera\, Clinical Nurse Specialist\nKiran Bains\, CNE\, ICU (peer)\n\nYou will be sent a short scenario 15 minutes before the interview.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1MmQ5>\nMeeting ID: 244 517 880 912\nPasscode: Uk2Fa7\nOr call in (audio only)\n+1 604-675-3017\,\,612907334#   Canada\, Vancouver\nPhone Conference ID: 612 907 334#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07B5C41E846DC01000000000000000010000000C2A1F98B
SUMMARY;LANGUAGE=en-US:Interview - CNE Critical Care VGH
DTSTART;TZID=Pacific Standard Time:20251104T100000
DTEND;TZID=Pacific Standard Time:20251104T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T201733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vch-panel-moved",
        uid=_VCH_PANEL_UID,
        iv=1, company="Vancouver Coastal Health", role="Clinical Nurse Educator - Critical Care", stage="onsite",
        who="nicole.desrosiers@vch.ca;tomas.herrera@vch.ca;kiran.bains@vch.ca",
        trap="rescheduled-panel-same-uid-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ORGANIZER;CN="Desrosiers, Nicole [VCH]":mailto:nicole.desrosiers@vch.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera, Tomas [VCH]":mailto:tomas.herrera@vch.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bains, Kiran [VCH]":mailto:kiran.bains@vch.ca
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine – apologies\, we've had to move this to Thursday because of a unit accreditation visit. Same link\, same panel.\n\nNicole\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1MmQ5>\nMeeting ID: 244 517 880 912\nPasscode: Uk2Fa7\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07B5C41E846DC01000000000000000010000000C2A1F98B
SUMMARY;LANGUAGE=en-US:Interview - CNE Critical Care VGH
DTSTART;TZID=Pacific Standard Time:20251106T130000
DTEND;TZID=Pacific Standard Time:20251106T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T162250Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="taleo-prescreen",
        uid="TSC-8841907-FH-20251008@taleo.net",
        iv=1, company="Fraser Health", role="Patient Care Coordinator - ICU, Royal Columbian Hospital",
        stage="recruiter_screen",
        who="mandeep.gill@fraserhealth.ca",
        trap="taleo-scheduling-center-prescreen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center 25A//EN
VERSION:2.0
METHOD:REQUEST
""" + VANCOUVER + r"""BEGIN:VEVENT
UID:TSC-8841907-FH-20251008@taleo.net
DTSTAMP:20251003T223015Z
DTSTART;TZID=America/Vancouver:20251008T143000
DTEND;TZID=America/Vancouver:20251008T150000
SUMMARY:Fraser Health - Pre-Screen Interview - Patient Care Coordinator - I
 CU (Royal Columbian Hospital)
DESCRIPTION:Dear Jasmine Okoro\,\n\nYour pre-screen interview has been sche
 duled.\n\nPosition: Patient Care Coordinator - ICU\, Royal Columbian Hospit
 al (Req 25-118204)\nInterviewer: Mandeep Gill\, Talent Acquisition Consult
 ant\nType: Telephone. The interviewer will call the number on your applica
 tion.\n\nTime shown in Pacific Time.\n\nFraser Health Talent Acquisition\n
 Better health. Best in health care.
ORGANIZER;CN=Fraser Health Careers:mailto:do-not-reply@fraserhealth.taleo.net
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Mandeep Gill:mailto:mandeep.gill@fraserhealth.ca
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="manager-teams",
        uid="040000008200E00074C5B7101A82E00800000000707E86E2253FDC010000000000000000100000003F0BE5",
        iv=1, company="Fraser Health", role="Patient Care Coordinator - ICU", stage="hiring_manager",
        who="colleen.mcavoy@fraserhealth.ca",
        trap="hiring-manager-teams-pacific-outlook-cn-comma",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
CLASS:PUBLIC
CREATED:20251016T001412Z
DESCRIPTION:Hi Jasmine\,\nLooking forward to our conversation about the PCC
  role. This will be me (Manager\, Critical Care RCH) – about 45 min.\nColl
 een\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobil
 e app or room device\nClick here to join the meeting\nMeeting ID: 219 335
  604 118\nPasscode: 9hJ2zK\n________________________________________________________________________________\n
DTEND;TZID="Pacific Standard Time":20251021T114500
DTSTAMP:20251016T001412Z
DTSTART;TZID="Pacific Standard Time":20251021T110000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="McAvoy, Colleen":mailto:colleen.mcavoy@fraserhealth.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:PCC ICU – J. Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000707E86E2253FDC010000000000000000100000003F0BE5
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onsite-tour",
        uid="040000008200E00074C5B7101A82E008000000001068A3A1AD4CDC0100000000000000001000000088B2D",
        iv=1, company="Fraser Health", role="Patient Care Coordinator, ICU", stage="final",
        who="colleen.mcavoy@fraserhealth.ca;raymond.leung@fraserhealth.ca",
        trap="final-in-person-with-unit-tour-room-resource",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN="Leung, Raymond";RSVP=TRUE:mailto:raymond.leung@fraserhealth.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="RCH JPT 4th Flr Meeting Rm 4-210";RSVP=TRUE:mailto:rch.jpt4210@fraserhealth.ca
CLASS:PUBLIC
CREATED:20251104T191003Z
DESCRIPTION:Jasmine – final step for the PCC ICU position: in-person mee
 ting with Raymond Leung (Director\, Critical Care Network) and me\, follow
 ed by a walk-through of the new Jim Pattison Tower ICU with the charge nu
 rse. Meet at the JPT main entrance\, 330 E Columbia St\, New Westminster.
  Pay parking P2.\nColleen
DTEND;TZID="Pacific Standard Time":20251118T113000
DTSTAMP:20251104T191003Z
DTSTART;TZID="Pacific Standard Time":20251118T100000
LOCATION:RCH JPT 4th Flr Meeting Rm 4-210
ORGANIZER;CN="McAvoy, Colleen":mailto:colleen.mcavoy@fraserhealth.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Final interview + unit tour – PCC ICU (Okoro)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001068A3A1AD4CDC0100000000000000001000000088B2D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cancelled",
        uid="040000008200E00074C5B7101A82E00800000000A02C7B3F8E30DC01000000000000000010000000FFE0",
        iv=1, company="Providence Health Care", role="Clinical Nurse Leader, ICU St. Paul's",
        stage="hiring_manager",
        who="fiona.macleod@providencehealth.bc.ca",
        trap="method-cancel-canceled-prefix",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Fiona":mailto:fiona.macleod@providencehealth.bc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine\, unfortunately the Clinical Nurse Leader posting has been put on hold pending the move to the new St. Paul's at Station Street. I'll be in touch if it re-opens. Sorry for the short notice.\nFiona\n
UID:040000008200E00074C5B7101A82E00800000000A02C7B3F8E30DC01000000000000000010000000FFE0
SUMMARY;LANGUAGE=en-US:Canceled: Interview – Clinical Nurse Leader\, ICU SPH – Jasmine Okoro
DTSTART;TZID=Pacific Standard Time:20251027T150000
DTEND;TZID=Pacific Standard Time:20251027T154500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251024T172103Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-screen",
        uid="040000008200E00074C5B7101A82E00800000000C1D0C82A9A37DC01000000000000000010000000B4419C",
        iv=1, company="Interior Health", role="Clinical Nurse Educator - Critical Care, KGH",
        stage="recruiter_screen",
        who="dana.kowalchuk@interiorhealth.ca",
        trap="microsoft-bookings-recruitment-phone-screen",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ORGANIZER;CN=IH Nursing Recruitment:mailto:IHNursingRecruitment@interiorhealth.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Okoro:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Dana Kowalchuk:mailto:dana.kowalchuk@interiorhealth.ca
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Recruitment phone screen (30 min)\nStaff: Dana Kowalchuk\n\nCustomer information\nName: Jasmine Okoro\nPhone: 5875550192\nPosting you applied to: Clinical Nurse Educator - Critical Care\, KGH (#01172933)\n\nNeed to make changes? Manage booking\n\nInterior Health Nursing Recruitment\nPowered by Microsoft Bookings\n
UID:040000008200E00074C5B7101A82E00800000000C1D0C82A9A37DC01000000000000000010000000B4419C
SUMMARY;LANGUAGE=en-US:Recruitment phone screen
DTSTART;TZID=Pacific Standard Time:20251030T083000
DTEND;TZID=Pacific Standard Time:20251030T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T041122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-interview",
        uid="ZOOM92370145522@zoom.us",
        iv=1, company="Island Health", role="Clinical Nurse Leader - Critical Care, Victoria General", stage="",
        who="heather.kwan@islandhealth.ca",
        trap="zoom-invite-interview-without-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + VANCOUVER + r"""BEGIN:VEVENT
DTSTAMP:20251124T180020Z
DTSTART;TZID=America/Vancouver:20251201T130000
DTEND;TZID=America/Vancouver:20251201T140000
SUMMARY:Island Health – CNL Critical Care VGH interview (J. Okoro)
UID:ZOOM92370145522@zoom.us
DESCRIPTION:Heather Kwan is inviting you to a scheduled Zoom meeting.\n\nJo
 in Zoom Meeting\nhttps://islandhealth.zoom.us/j/92370145522?pwd=dUJ2TzZDbk
 x0\n\nMeeting ID: 923 7014 5522\nPasscode: 770114\n\nOne tap mobile\n+1778
 9072071\,\,92370145522#\,\,\,\,*770114# Canada\n\nHeather Kwan\, Manager
 \, Critical Care Victoria General Hospital
LOCATION:https://islandhealth.zoom.us/j/92370145522?pwd=dUJ2TzZDbkx0
ORGANIZER;CN=Heather Kwan:mailto:heather.kwan@islandhealth.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-screen",
        uid="WD-INT-5e81a0c3f2b94d77a2c1@myworkday.com",
        iv=1, company="University Health Network", role="Nurse Educator - Medical Surgical ICU, Toronto General",
        stage="recruiter_screen",
        who="rachel.goldstein@uhn.ca",
        trap="workday-toronto-recruiter-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
""" + TORONTO + r"""BEGIN:VEVENT
UID:WD-INT-5e81a0c3f2b94d77a2c1@myworkday.com
DTSTAMP:20250930T134402Z
DTSTART;TZID=America/Toronto:20251003T130000
DTEND;TZID=America/Toronto:20251003T133000
SUMMARY:Phone Interview - Nurse Educator - MSICU (954127)
DESCRIPTION:Candidate: Jasmine Okoro\nJob Requisition: 954127 Nurse Educat
 or - Medical Surgical ICU\, Toronto General Hospital\nInterview Type: Rec
 ruiter Phone Screen\nInterviewers: Rachel Goldstein\nPhone: Interviewer w
 ill call candidate\n\nTime zone: Eastern Time
ORGANIZER;CN=UHN Talent Acquisition:mailto:uhn@myworkday.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Rachel Goldstein:mailto:rachel.goldstein@uhn.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-panel",
        uid="040000008200E00074C5B7101A82E00800000000E0E2A53CD434DC0100000000000000001000000055AB0C",
        iv=1, company="University Health Network", role="Nurse Educator, MSICU", stage="onsite",
        who="anjali.deshpande@uhn.ca;michael.obeng@uhn.ca;sophie.lalonde@uhn.ca",
        trap="outlook-eastern-zoom-panel-three-interviewers",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN="Deshpande, Anjali";RSVP=TRUE:mailto:anjali.deshpande@uhn.ca
ATTENDEE;CN="Obeng, Michael";RSVP=TRUE:mailto:michael.obeng@uhn.ca
ATTENDEE;CN="Lalonde, Sophie";RSVP=TRUE:mailto:sophie.lalonde@uhn.ca
CLASS:PUBLIC
CREATED:20251015T140155Z
DESCRIPTION:Hello Jasmine\,\n\nPlease accept this invitation for your pane
 l interview for the Nurse Educator\, MSICU position.\n\nPanel: Anjali Desh
 pande (Clinical Director)\, Michael Obeng (Nurse Manager)\, Sophie Lalond
 e (Advanced Practice Nurse Educator).\nThe panel interview is 60 minutes
  and includes a 10-minute presentation: "How would you onboard 12 new gr
 ads to the MSICU in a staffing crisis?"\n\nJoin Zoom Meeting\nhttps://uhn
 .zoom.us/j/61587740291\nMeeting ID: 615 8774 0291\nPasscode: MSICU\n\nReg
 ards\,\nCharlene\, Administrative Assistant\, Critical Care
DTEND;TZID="Eastern Standard Time":20251023T150000
DTSTAMP:20251015T140155Z
DTSTART;TZID="Eastern Standard Time":20251023T140000
LOCATION:https://uhn.zoom.us/j/61587740291
ORGANIZER;CN="Admin, Critical Care TGH":mailto:tgh.criticalcare.admin@uhn.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Panel Interview – Nurse Educator MSICU – Jasmine Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E0E2A53CD434DC0100000000000000001000000055AB0C
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="case-scenario",
        uid="040000008200E00074C5B7101A82E008000000005094E0C7174BDC01000000000000000010000000D3C1",
        iv=1, company="Sunnybrook Health Sciences Centre", role="Patient Care Manager, Trauma-Neuro ICU",
        stage="onsite",
        who="david.feldman@sunnybrook.ca;grace.osei@sunnybrook.ca",
        trap="case-scenario-handed-out-before-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Feldman, David":mailto:david.feldman@sunnybrook.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Grace":mailto:grace.osei@sunnybrook.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tran, Vivian (HR Assistant)":mailto:vivian.tran@sunnybrook.ca
DESCRIPTION;LANGUAGE=en-US:Jasmine\, this is your interview for Patient Care Manager\, Tory Trauma-Neuro ICU. You will receive a case scenario by email 20 minutes before start time – please review it; we will discuss it in the first part of the interview. Interviewers: David Feldman (Director\, Critical Care Program) and Grace Osei (Interprofessional Practice Lead). Vivian will monitor the Teams lobby.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQxYTk\nMeeting ID: 281 004 559 773\nPasscode: T7nC4s\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005094E0C7174BDC01000000000000000010000000D3C1
SUMMARY;LANGUAGE=en-US:PCM TNICU – Interview – Okoro
DTSTART;TZID=Eastern Standard Time:20251127T120000
DTEND;TZID=Eastern Standard Time:20251127T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T151533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-bilingual",
        uid="2f9a7c1e6d9b4e3c8a1f0b7d6e5c4a3b@ottawahospital.webex.com",
        iv=1, company="The Ottawa Hospital", role="Clinical Manager, Critical Care (Civic Campus)",
        stage="hiring_manager",
        who="genevieve.paquette@toh.ca",
        trap="bilingual-entrevue-interview-webex",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + TORONTO + r"""BEGIN:VEVENT
UID:2f9a7c1e6d9b4e3c8a1f0b7d6e5c4a3b@ottawahospital.webex.com
DTSTAMP:20251112T154200Z
DTSTART;TZID=America/Toronto:20251117T093000
DTEND;TZID=America/Toronto:20251117T103000
SUMMARY:Entrevue / Interview – Gestionnaire clinique\, Soins intensifs / Cl
 inical Manager\, Critical Care – J. Okoro
DESCRIPTION:Bonjour Jasmine / Hello Jasmine\,\n\nGeneviève Paquette\, Direc
 trice\, Programme de soins critiques / Director\, Critical Care Program\,
  vous invite à une réunion Webex. / is inviting you to a Webex meeting.\n
 \nL'entrevue se déroulera en anglais avec quelques questions en français
  (poste bilingue désigné). / The interview will be in English with some q
 uestions in French (designated bilingual position).\n\nJoin meeting: http
 s://ottawahospital.webex.com/ottawahospital/j.php?MTID=m8f21c0\nMeeting n
 umber: 2634 118 9071\nPassword: Civic2025\nJoin by phone +1-613-555-0107
 \, access code 2634 118 9071
LOCATION:https://ottawahospital.webex.com/ottawahospital/j.php?MTID=m8f21c0
ORGANIZER;CN=Geneviève Paquette:mailto:genevieve.paquette@toh.ca
ATTENDEE;CN=Jasmine Okoro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-assessment",
        uid="icims-sched-20251209-6a0d44e1@icims.com",
        iv=1, company="Hamilton Health Sciences", role="Clinical Educator - ICU, Juravinski Hospital",
        stage="technical",
        who="laura.pietrangelo@hhsc.ca",
        trap="icims-clinical-knowledge-assessment-before-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-sched-20251209-6a0d44e1@icims.com
DTSTAMP:20251202T190741Z
DTSTART:20251209T150000Z
DTEND:20251209T163000Z
SUMMARY:Hamilton Health Sciences: Clinical Knowledge Assessment & Intervie
 w - Clinical Educator - ICU (Job 2025-21870)
DESCRIPTION:Dear Jasmine\,\n\nPart 1 (45 min): online critical care clinica
 l knowledge assessment\, proctored over MS Teams (camera on).\nPart 2 (45
  min): interview with Laura Pietrangelo\, Clinical Manager ICU Juravinski
 .\n\nTeams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YT
 c0ZjAw\n\nPlease reply through the candidate portal to confirm.\n\nHHS Tal
 ent Acquisition
ORGANIZER;CN=HHS Talent Acquisition:mailto:talentacquisition@hhsc.ca
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Laura Pietrangelo:mailto:laura.pietrangelo@hhsc.ca
END:VEVENT
END:VCALENDAR
""",
    ),
]
