"""holdout139: the user's own interviews, part 1 (ATS and scheduler invites)."""

from __future__ import annotations

from holdout139ev_common import GOOGLE, OUTLOOK, Ev, cal

EVENTS = [
    Ev("greenhouse-screen", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250909T100000
DTEND;TZID=Africa/Johannesburg:20250909T103000
DTSTAMP:20250903T081522Z
ORGANIZER;CN=Aisha Mwangi:mailto:aisha.mwangi@zuricommerce.com
UID:3m0c1q2r7b8vlk5fd0g4h2u6aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Aisha Mwangi;X-NUM-GUESTS=0:mailto:aisha.mwangi@zuricommerce.com
X-GOOGLE-CONFERENCE:https://meet.google.com/kqe-tvbn-wzo
CREATED:20250903T081520Z
DESCRIPTION:Hi Thandiwe\,\n\nThanks for applying for Head of Fulfilment Ope
 rations (Johannesburg). This first conversation is a 30-minute chat with m
 e about your background\, what you're looking for and how our hiring proce
 ss works.\n\nNo preparation needed.\n\nAisha Mwangi\nTalent Partner\, Zuri
  Commerce\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/kqe-tvbn-wz
 o\n\nJoin by phone\n(ZA) +27 10 823 4471 PIN: 512 884 093#\n\nLearn more a
 bout Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250903T081521Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thandiwe Nkosi <> Zuri Commerce | Recruiter call
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 1, "Zuri Commerce", "Head of Fulfilment Operations", "recruiter_screen",
       "aisha.mwangi@zuricommerce.com", "greenhouse-google-en"),

    Ev("greenhouse-onsite", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250930T090000
DTEND;TZID=Africa/Johannesburg:20250930T130000
DTSTAMP:20250922T140210Z
ORGANIZER;CN=Sarah Petersen:mailto:sarah.petersen@zuricommerce.com
UID:7ks0v1d9o3nq2p8h6e5tljm4rc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Thandiwe Nkosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David
  Odhiambo:mailto:david.odhiambo@zuricommerce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Refilw
 e Masilo:mailto:refilwe.masilo@zuricommerce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Chris
  van der Merwe:mailto:chris.vandermerwe@zuricommerce.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=CPT Eppi
 ng FC-Boardroom (12);X-NUM-GUESTS=0:mailto:c_188c2fa0e1b4@resource.calenda
 r.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah
  Petersen:mailto:sarah.petersen@zuricommerce.com
DESCRIPTION:Onsite interview – Head of Fulfilment Operations\n\nSchedule
  (SAST):\n09:00 Welcome & FC walk with Refilwe Masilo (GM\, Epping FC)\n10
 :15 Operations deep-dive with David Odhiambo (VP Operations)\n11:30 Financ
 e & budgeting with Chris van der Merwe (Finance Business Partner)\n12:30 W
 rap-up with Sarah (Recruiting Coordinator) – not an interview\n\nPlease
  bring safety shoes for the floor walk and ID for gate access. Parking at
  Gate 3\, 14 Bofors Circle\, Epping Industria.\n\nAny questions\, reply to
  this invite.\nSarah
LOCATION:Zuri Commerce Epping FC\, 14 Bofors Circle\, Epping Industria\, Ca
 pe Town
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite: Thandiwe Nkosi – Head of Fulfilment Operations
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 1, "Zuri Commerce", "Head of Fulfilment Operations", "onsite",
       "refilwe.masilo@zuricommerce.com;david.odhiambo@zuricommerce.com;chris.vandermerwe@zuricommerce.com",
       "greenhouse-onsite-room-coordinator"),

    Ev("workday-teams", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Govender, Preshanthi":mailto:preshanthi.govender@tugelabev.co
 .za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thandiwe.n
 kosi.ops@webmail.co.za:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reddy, An
 and":mailto:anand.reddy@tugelabev.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Thandiwe\n\nThank you for your application
  for Distribution Centre Manager - Durban (R-10482). We would like to invi
 te you to an interview with Anand Reddy\, Head of Distribution: KZN.\n\nTh
 e interview will be held on Microsoft Teams and will take approximately 60
  minutes.\n\nKind regards\nPreshanthi Govender\nTalent Acquisition Special
 ist | Tugela Beverages\n\n________________________________________________
 ________________________________\nMicrosoft Teams Need help?<https://aka.m
 s/JoinTeamsMeeting?omkt=en-ZA>\nJoin the meeting now<https://teams.microso
 ft.com/l/meetup-join/19%3ameeting_NmQ4>\nMeeting ID: 371 602 118 449\nPass
 code: 4Tq7Ws\n________________________________\nDial in by phone\n+27 21 8
 34 2210\,\,903184712# South Africa\, Cape Town\nPhone conference ID: 903 1
 84 712#\n_________________________________________________________________
 _______________
UID:040000008200E00074C5B7101A82E00800000000A0C4F3E1D21BDC01000000000000000
 010000000F7C9A4E23B1D6A4C9E1F2B3C4D5E6F70
SUMMARY;LANGUAGE=en-ZA:Interview: Distribution Centre Manager - Durban (R-1
 0482)
DTSTART;TZID=South Africa Standard Time:20250911T140000
DTEND;TZID=South Africa Standard Time:20250911T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250904T101144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting"\,"LocationA
 nnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":""}]
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Tugela Beverages", "Distribution Centre Manager - Durban", "hiring_manager",
       "anand.reddy@tugelabev.co.za", "workday-outlook-teams-en"),

    Ev("rescheduled-final", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Govender, Preshanthi":mailto:preshanthi.govender@tugelabev.co
 .za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thandiwe.n
 kosi.ops@webmail.co.za:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Naicker,
  Sibusiso":mailto:sibusiso.naicker@tugelabev.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reddy, An
 and":mailto:anand.reddy@tugelabev.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;C
 N=DBN-Prospecton-Boardroom 1:mailto:dbn-prospecton-br1@tugelabev.co.za
DESCRIPTION;LANGUAGE=en-ZA:PLEASE NOTE NEW DATE AND TIME – the MD is trav
 elling on the original date.\n\nDear Thandiwe\n\nYour final interview for
  Distribution Centre Manager - Durban has been moved to Tuesday 30 Septemb
 er at 10:00. You will meet Sibusiso Naicker (Managing Director) and Anand
  Reddy (Head of Distribution: KZN) at our Prospecton plant.\n\nPlease repo
 rt to the main gate security with your ID book/card. A short plant walk wi
 ll follow.\n\nKind regards\nPreshanthi
UID:040000008200E00074C5B7101A82E00800000000D1A2B3C4E51BDC01000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-ZA:Updated: Final interview - DC Manager Durban - T. Nk
 osi
DTSTART;TZID=South Africa Standard Time:20250930T100000
DTEND;TZID=South Africa Standard Time:20250930T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250923T072201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-ZA:DBN-Prospecton-Boardroom 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Tugela Beverages", "DC Manager Durban", "final",
       "sibusiso.naicker@tugelabev.co.za;anand.reddy@tugelabev.co.za", "rescheduled-final-outlook-room"),

    Ev("successfactors-telephonic", cal(r"""
BEGIN:VEVENT
UID:SFRCM-INT-88213-4471-20250915
DTSTAMP:20250910T063000Z
DTSTART:20250915T073000Z
DTEND:20250915T080000Z
SUMMARY:Interview Invitation: Logistics Manager - Central Stores (Req ID 88
 213)
ORGANIZER;CN=HMS Careers:mailto:careers@hms-group.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Thandiwe Nkosi:mailto:thandiwe.n
 kosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marthinus Steyn:mailto:marthinus.steyn@hms
 -group.co.za
DESCRIPTION:Dear Thandiwe Nkosi\,\n\nThank you for your interest in the pos
 ition of Logistics Manager - Central Stores at Highveld Mining Supplies.\n
 \nWe are pleased to invite you to a telephonic interview with Marthinus St
 eyn (Talent Acquisition).\n\nDate: 15 September 2025\nTime: 09:30 - 10:00
  (South Africa Standard Time)\nMarthinus will call you on the mobile numbe
 r in your profile.\n\nTo accept or decline\, please log in to the HMS care
 ers portal.\n\nThis message was sent by SAP SuccessFactors Recruiting on b
 ehalf of Highveld Mining Supplies (Pty) Ltd.
LOCATION:Telephonic
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//SAP SuccessFactors//Recruiting Management//EN", tz=()), 1, "Highveld Mining Supplies",
       "Logistics Manager - Central Stores", "recruiter_screen", "marthinus.steyn@hms-group.co.za",
       "successfactors-telephonic-utc"),

    Ev("allday-site-visit", cal(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251007
DTEND;VALUE=DATE:20251008
DTSTAMP:20250926T174411Z
UID:1d4c7e2a9f3b@webmail.co.za
CREATED:20250926T174400Z
SUMMARY:HMS site visit eMalahleni – interview w/ Johan Kruger (GM Ops)
DESCRIPTION:Central Stores + Kriel satellite store. Leave 05h30\, N12. Joha
 n said wear PPE\, they supply hard hat. Bring certs + ID.
LOCATION:Highveld Mining Supplies\, 9 Watermeyer St\, eMalahleni
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
""", GOOGLE, method=None, head="X-WR-CALNAME:Thandiwe\nX-WR-TIMEZONE:Africa/Johannesburg", tz=()), 1,
       "Highveld Mining Supplies", "", "onsite", "Johan Kruger", "allday-handtyped-site-visit"),

    Ev("google-meet-nairobi", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250918T110000
DTEND;TZID=Africa/Nairobi:20250918T114500
DTSTAMP:20250912T070312Z
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@savannaexpress.co.ke
UID:5p2nq8r0s1t3u4v6w7x9y0z1ab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@savannaexpress.co.ke
DESCRIPTION:Dear Thandiwe\,\n\nFurther to your application for the Regional
  Logistics Director role\, kindly find the invite for the HR screening int
 erview. Please note the time is East Africa Time (EAT)\, which is 1 hour a
 head of SAST.\n\nRegards\,\nWanjiru Kamau\nGroup HR Manager\nSavanna Expre
 ss Logistics Ltd\nMombasa Road\, Nairobi\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: http
 s://meet.google.com/hzw-pkdn-vyr\nJoin by phone\n(KE) +254 20 5231 887 PIN
 : 774 201 559#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HR Screening Interview – Regional Logistics Director
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=("nbo",)), 1, "Savanna Express Logistics", "Regional Logistics Director", "recruiter_screen",
       "wanjiru.kamau@savannaexpress.co.ke", "google-meet-nairobi-tz"),

    Ev("outlook-case-nairobi", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@savannaexpress.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Otieno Och
 ieng:mailto:o.ochieng@savannaexpress.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Faith Njer
 i:mailto:f.njeri@savannaexpress.co.ke
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wanjiru Ka
 mau:mailto:wanjiru.kamau@savannaexpress.co.ke
DESCRIPTION;LANGUAGE=en-US:Dear Thandiwe\,\n\nCongratulations on progressin
 g to the next stage. You will present your case study ("Consolidating thre
 e Nairobi cross-docks into one regional DC") to our COO\, Otieno Ochieng\,
  and CFO\, Faith Njeri. Please prepare a 20-minute presentation; 40 minute
 s Q&A will follow. I will join only to introduce the panel.\n\nKindly send
  your slides by Tuesday 5pm EAT.\n\nRegards\,\nWanjiru\n__________________
 ______________________________________________________________\nMicrosoft
  Teams meeting\nJoin on your computer\, mobile app or room device\nClick h
 ere to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_ZjA5>\nMeeting ID: 248 991 530 776\nPasscode: Xk3p9Q\n_______________
 _________________________________________________________________
UID:040000008200E00074C5B7101A82E0080000000010F1A6C7E41BDC01000000000000000
 01000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=en-US:Case Study Presentation - Thandiwe Nkosi - Regional
  Logistics Director
DTSTART;TZID="(UTC+03:00) Nairobi":20251002T140000
DTEND;TZID="(UTC+03:00) Nairobi":20251002T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T120017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, tz=("utc-ke",)), 1, "Savanna Express Logistics", "Regional Logistics Director", "technical",
       "o.ochieng@savannaexpress.co.ke;f.njeri@savannaexpress.co.ke", "case-outlook-utc-zone-name"),

    Ev("workable", cal(r"""
BEGIN:VEVENT
UID:workable-evt-6f1b0c2e-91d4-4b7e-a0f3-2c8d7e5a9b11
DTSTAMP:20250915T091500Z
DTSTART:20250922T070000Z
DTEND:20250922T074500Z
SUMMARY:Interview with Amani Supermarkets for Supply Chain Manager
ORGANIZER;CN=Amani Supermarkets:mailto:noreply@workablemail.com
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thandiwe.n
 kosi.ops@webmail.co.za
ATTENDEE;CN=Mercy Achieng;ROLE=REQ-PARTICIPANT:mailto:mercy.achieng@amanisu
 permarkets.co.ke
ATTENDEE;CN=Daniel Kiprop;ROLE=REQ-PARTICIPANT:mailto:daniel.kiprop@amanisu
 permarkets.co.ke
DESCRIPTION:Hi Thandiwe\,\n\nYour interview for the Supply Chain Manager po
 sition at Amani Supermarkets is confirmed.\n\nWhen: Monday\, September 22\
 , 2025 10:00 AM - 10:45 AM (EAT)\nWhere: Zoom - https://us06web.zoom.us/j/
 81234509876?pwd=QWxhbWJyYQ\nWith: Mercy Achieng\, Daniel Kiprop\n\nIf you
  need to reschedule\, please reply to this email.\n\nPowered by Workable
LOCATION:https://us06web.zoom.us/j/81234509876?pwd=QWxhbWJyYQ
STATUS:CONFIRMED
END:VEVENT
""", "-//Workable//Workable Calendar//EN", tz=()), 1, "Amani Supermarkets", "Supply Chain Manager", "",
       "mercy.achieng@amanisupermarkets.co.ke;daniel.kiprop@amanisupermarkets.co.ke", "workable-zoom-nostage"),

    Ev("calendly-hm", cal(r"""
BEGIN:VEVENT
UID:c8e1f3a2-77b4-4d0c-9a5e-1f2e3d4c5b6a
DTSTAMP:20250916T131208Z
DTSTART:20250919T080000Z
DTEND:20250919T083000Z
SUMMARY:Thandiwe Nkosi and Pieter van Wyk
ORGANIZER;CN=Pieter van Wyk:mailto:pieter@karoofresh.co.za
ATTENDEE;CN=Pieter van Wyk;ROLE=REQ-PARTICIPANT:mailto:pieter@karoofresh.co
 .za
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:th
 andiwe.nkosi.ops@webmail.co.za
DESCRIPTION:Event Name: Telephonic interview - Packhouse Logistics Manager
  (30 min)\n\nLocation: Pieter van Wyk will call the invitee at +27 82 555
  0143\n\nPlease share anything that will help prepare for our meeting.: Cu
 rrently DC ops manager at a retail DC in Gauteng\, 3 weeks notice.\n\nNeed
  to make changes to this event?\nCancel: https://calendly.com/cancellation
 s/AB12CD34\nReschedule: https://calendly.com/reschedulings/AB12CD34\n\nPow
 ered by Calendly.com
LOCATION:+27 82 555 0143
STATUS:CONFIRMED
END:VEVENT
""", "-//Calendly//Calendly//EN", tz=()), 1, "Karoo Fresh Produce", "Packhouse Logistics Manager", "",
       "pieter@karoofresh.co.za", "calendly-company-host-body-only"),

    Ev("handtyped-floating", cal(r"""
BEGIN:VEVENT
UID:7F2C9A1E-33B0-4C5D-8E6F-0A1B2C3D4E5F
DTSTAMP:20250924T192010Z
DTSTART:20251003T100000
DTEND:20251003T120000
SUMMARY:Karoo Fresh 2nd intvw – Paarl packhouse
LOCATION:Karoo Fresh Produce\, Klein Drakenstein Rd\, Paarl
DESCRIPTION:Pieter + Annelie (HR). Fly CPT Thu evening\, Pieter sending fli
 ght details. Walk packhouse + cold store.
SEQUENCE:0
END:VEVENT
""", "-//Apple Inc.//iPhone OS 18.0//EN", method=None, tz=()), 1, "Karoo Fresh Produce", "", "onsite",
       "Pieter;Annelie", "handtyped-floating-ios"),

    Ev("smartrecruiters-technical", cal(r"""
BEGIN:VEVENT
UID:sr-interview-3f2a9c10-5d6e-4b7f-8a9b-0c1d2e3f4a5b
DTSTAMP:20250917T100000Z
DTSTART;TZID=Africa/Johannesburg:20250924T113000
DTEND;TZID=Africa/Johannesburg:20250924T123000
SUMMARY:Jacaranda Pharma Distributors - Technical Interview (GDP & Cold Cha
 in) - Warehouse Manager
ORGANIZER;CN=Jacaranda Pharma Recruitment:mailto:jobs@jacarandapharma.co.za
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Dr. Farzana Moosa (Responsible Pharmacist):mailto:farzana.moosa
 @jacarandapharma.co.za
ATTENDEE;CN=Kabelo Molefe (Operations Manager):mailto:kabelo.molefe@jacaran
 dapharma.co.za
DESCRIPTION:Hello Thandiwe\,\n\nYou are invited to a technical interview fo
 r the Warehouse Manager position.\n\nInterviewers:\n- Dr. Farzana Moosa\,
  Responsible Pharmacist\n- Kabelo Molefe\, Operations Manager\n\nTopics wi
 ll include Good Distribution Practice (GDP)\, SAHPRA requirements\, temper
 ature mapping and cold-chain excursions.\n\nVideo link: https://jacarandap
 harma.webex.com/meet/k.molefe\n\nBest regards\,\nJacaranda Pharma Recruitm
 ent Team\n\nSent via SmartRecruiters
LOCATION:Webex
END:VEVENT
""", "-//SmartRecruiters//Interview Scheduler//EN"), 1, "Jacaranda Pharma Distributors", "Warehouse Manager",
       "technical", "farzana.moosa@jacarandapharma.co.za;kabelo.molefe@jacarandapharma.co.za",
       "smartrecruiters-webex-technical"),

    Ev("agency-names-employer", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN=Kagiso Sebego:mailto:kagiso@pinnaclescr.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Ravi Pill
 ay:mailto:ravi.pillay@msinsicoldchain.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hi Thandiwe\n\nAs discussed\, please see confirm
 ation of your interview with my client Msinsi Cold Chain for the Operation
 s Manager (Durban) position.\n\nYou will meet Ravi Pillay\, General Manage
 r. Address: 22 Bluff Road\, Fynnland\, Durban. Ask for Ravi at reception.\
 n\nPlease call me straight after the interview for feedback.\n\nGood luck!
 \nKagiso Sebego\nSenior Consultant | Pinnacle Supply Chain Recruitment\n08
 3 441 2290
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F61BDC01000000000000000
 010000000C0FFEE0011223344556677889900AABB
SUMMARY;LANGUAGE=en-ZA:Interview: Msinsi Cold Chain - Operations Manager (D
 urban)
DTSTART;TZID=South Africa Standard Time:20251008T100000
DTEND;TZID=South Africa Standard Time:20251008T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T152011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:22 Bluff Road\, Fynnland\, Durban
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Msinsi Cold Chain", "Operations Manager (Durban)", "",
       "ravi.pillay@msinsicoldchain.co.za", "agency-names-employer-en"),

    Ev("sentby-hm", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Naidoo, Kavitha";SENT-BY="mailto:lerato.mahlangu@proteahome.c
 o.za":mailto:kavitha.naidoo@proteahome.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Naidoo, Kavitha":mailto
 :kavitha.naidoo@proteahome.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mahlangu, Lerato":mailt
 o:lerato.mahlangu@proteahome.co.za
DESCRIPTION;LANGUAGE=en-ZA:Good day Thandiwe\,\n\nOn behalf of Kavitha Naid
 oo (Executive: Supply Chain)\, please find the invitation for your intervi
 ew for the Head of Logistics role.\n\nKind regards\nLerato Mahlangu\nExecu
 tive Assistant to the Executive: Supply Chain\nProtea Home Stores | Suppor
 t Office\, Germiston\n\n__________________________________________________
 ______________________________\nMicrosoft Teams meeting\nJoin: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_YTk2\nMeeting ID: 359 118 207
  446  Passcode: mB8vZ2\n__________________________________________________
 ______________________________
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C71BDC01000000000000000
 0100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=en-ZA:Protea Home Stores | Interview | Head of Logistics
DTSTART;TZID="(UTC+02:00) Harare, Pretoria":20250926T083000
DTEND;TZID="(UTC+02:00) Harare, Pretoria":20250926T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T114522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
""", OUTLOOK, tz=("utc-za",)), 1, "Protea Home Stores", "Head of Logistics", "hiring_manager",
       "kavitha.naidoo@proteahome.co.za", "outlook-sent-by-assistant-cn-lastfirst"),
]
