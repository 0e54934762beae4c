"""holdout139: the user's own interviews, part 4 (Outlook panels, Afrikaans, agencies, exports, hand-typed)."""

from __future__ import annotations

from holdout139ev_common import GOOGLE, MAC, OUTLOOK, Ev, cal

EVENTS = [
    Ev("teams-escaped-comma", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Williams, Ashwin":mailto:ashwin.williams@bontebok.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Williams, Ashwin":mailt
 o:ashwin.williams@bontebok.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Fortuin, Charmaine":mai
 lto:charmaine.fortuin@bontebok.co.za
DESCRIPTION;LANGUAGE=en-ZA:Interview for the position of Depot Manager\, Ca
 pe Town (Paarden Eiland). Interviewers: Ashwin Williams (Operations Execut
 ive)\, Charmaine Fortuin (HR Manager).\n\n________________________________
 ________________________________________________\nMicrosoft Teams meeting\
 nJoin on your computer\, mobile app or room device\nClick here to join the
  meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qm9u>\nMee
 ting ID: 301 774 129 880\nPasscode: cT5eQ8\nDownload Teams | Join on the w
 eb\nLearn More | Meeting options\n________________________________________
 ________________________________________
UID:040000008200E00074C5B7101A82E00800000000A1A1B2B2C31BDC01000000000000000
 010000000FACEFEED0102030405060708090A0B0C
SUMMARY;LANGUAGE=en-ZA:Interview – Depot Manager\, Cape Town – T Nkosi
DTSTART;TZID=South Africa Standard Time:20250925T113000
DTEND;TZID=South Africa Standard Time:20250925T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250918T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Bontebok Container Depot", "Depot Manager, Cape Town", "",
       "ashwin.williams@bontebok.co.za;charmaine.fortuin@bontebok.co.za", "outlook-teams-escaped-comma-cn"),

    Ev("successfactors-outlook", cal(r"""
BEGIN:VEVENT
UID:SFRCM-INT-40917-2231-20250919
DTSTAMP:20250915T103000Z
DTSTART;TZID=Africa/Johannesburg:20250919T140000
DTEND;TZID=Africa/Johannesburg:20250919T143000
SUMMARY:Telephonic Interview - DC Manager (Centurion) - Khanyisa Pharmacies
ORGANIZER;CN=Khanyisa Recruitment:mailto:recruitment@khanyisa.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Thandiwe Nkosi:mailto:thandiwe.n
 kosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mpho Kekana:mailto:mpho.kekana@khanyisa.co
 .za
DESCRIPTION:Dear Thandiwe\,\n\nYou have been shortlisted for the position o
 f DC Manager (Centurion). Mpho Kekana (Talent Acquisition Partner) will co
 ntact you telephonically for a 30-minute screening interview.\n\nPlease en
 sure you are in a quiet place with good signal (load-shedding permitting!)
 .\n\nKind regards\nKhanyisa Pharmacies Recruitment\n\nPowered by SAP Succe
 ssFactors
LOCATION:Telephonic
END:VEVENT
""", "-//SAP SuccessFactors//Recruiting Management//EN"), 1, "Khanyisa Pharmacies", "DC Manager (Centurion)",
       "recruiter_screen", "mpho.kekana@khanyisa.co.za", "successfactors-telephonic-tz"),

    Ev("google-export-final", cal(r"""
BEGIN:VEVENT
DTSTART:20251017T080000Z
DTEND:20251017T093000Z
DTSTAMP:20251012T184500Z
ORGANIZER;CN=Candice Mokoena:mailto:candice.mokoena@imvelofresh.co.za
UID:5tg6yh7uj8ik9ol0pq1aw2se3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thandi
 we Nkosi;X-NUM-GUESTS=0:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sizwe
  Mahlaba;X-NUM-GUESTS=0:mailto:sizwe.mahlaba@imvelofresh.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Candic
 e Mokoena;X-NUM-GUESTS=0:mailto:candice.mokoena@imvelofresh.co.za
CREATED:20251012T184400Z
DESCRIPTION:Final round for Supply Chain GM: 60 min with Sizwe Mahlaba (CEO
 ) followed by 30 min on terms with me (Candice\, People Director).\n\nVenu
 e: Imvelo Fresh head office\, 12 Kramer Rd\, Bedfordview.
LAST-MODIFIED:20251012T184500Z
LOCATION:Imvelo Fresh Markets head office\, Bedfordview
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Imvelo Fresh – final interview (Supply Chain GM)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", head="CALSCALE:GREGORIAN\nX-WR-CALNAME:thandiwe.nkosi.ops@webmail.co.za\n"
       "X-WR-TIMEZONE:Africa/Johannesburg", tz=()), 1, "Imvelo Fresh Markets", "Supply Chain GM", "final",
       "sizwe.mahlaba@imvelofresh.co.za;candice.mokoena@imvelofresh.co.za", "google-export-x-wr-timezone-utc"),

    Ev("outlook-afrikaans", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Rossouw, Elmarie":mailto:elmarie.rossouw@bolandvrugte.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Visser, Deon":mailto:de
 on.visser@bolandvrugte.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Rossouw, Elmarie":mailt
 o:elmarie.rossouw@bolandvrugte.co.za
DESCRIPTION;LANGUAGE=af-ZA:Goeie dag Thandiwe\,\n\nBaie dankie vir u aansoe
 k. Ons nooi u graag uit na 'n onderhoud vir die pos van Logistieke Bestuur
 der by ons koelkamers in Ceres. Die onderhoud sal in Engels gevoer word.\n
 \nPaneel: Deon Visser (Bedryfshoof) en Elmarie Rossouw (Menslike Hulpbronn
 e).\n\nVriendelike groete\nElmarie Rossouw\nBoland Vrugte Koöperasie Bpk
UID:040000008200E00074C5B7101A82E00800000000B0B1C2C3D41BDC01000000000000000
 01000000031415926535897932384626433832795
SUMMARY;LANGUAGE=af-ZA:Onderhoud: Logistieke Bestuurder – T. Nkosi
DTSTART;TZID=South Africa Standard Time:20251009T100000
DTEND;TZID=South Africa Standard Time:20251009T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=af-ZA:Boland Vrugte\, Vos Straat 3\, Ceres
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Boland Vrugte Koöperasie", "Logistieke Bestuurder", "",
       "deon.visser@bolandvrugte.co.za;elmarie.rossouw@bolandvrugte.co.za", "outlook-afrikaans-panel"),

    Ev("agency-employer-in-body", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250917T100000
DTEND;TZID=Africa/Johannesburg:20250917T110000
DTSTAMP:20250912T084400Z
ORGANIZER;CN=Bianca Ferreira:mailto:bianca@logipeople.co.za
UID:9ol8ik7uj6yh5tg4rf3ed2ws1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bianca Ferreira;X-NUM-GUESTS=0:mailto:bianca@logipeople.co.za
DESCRIPTION:Hi Thandiwe\,\n\nInterview confirmed with my client\, Lekker Sn
 acks (the Midrand factory + DC). You'll be meeting Jaco Nel\, Supply Chain
  Manager\, and Refiloe Tau from HR.\n\nAddress: 45 Richards Drive\, Halfwa
 y House\, Midrand. Security will need your ID.\n\nBianca Ferreira\nLogiPeo
 ple Search | Supply Chain & Logistics Recruitment
LOCATION:45 Richards Drive\, Halfway House\, Midrand
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Warehouse Manager (FMCG) – Midrand
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 1, "Lekker Snacks", "Warehouse Manager (FMCG)", "", "Jaco Nel;Refiloe Tau",
       "agency-employer-in-body-only"),

    Ev("handtyped-phone", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250910T143000
DTEND;TZID=Africa/Johannesburg:20250910T150000
DTSTAMP:20250908T171510Z
UID:3ed4rf5tg6yh7uj8ik9ol0pq1a@google.com
CREATED:20250908T171500Z
DESCRIPTION:Amatola Logistics (East London) - Nandi from HR calls me. Wareh
 ouse Manager\, Berlin (EC) DC.
LAST-MODIFIED:20250908T171510Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen Amatola
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 1, "Amatola Logistics", "Warehouse Manager", "recruiter_screen", "Nandi",
       "handtyped-phone-screen-berlin-ec"),

    Ev("teams-hm-3pl", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Khoza, Mandla":mailto:mandla.khoza@ubuntufreight.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thandiwe.n
 kosi.ops@webmail.co.za:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Smith, Jo
 lene":mailto:jolene.smith@ubuntufreight.co.za
DESCRIPTION;LANGUAGE=en-ZA:Thandiwe\, thanks for your time on the phone wit
 h Jolene last week. As hiring manager for the GM: Warehousing role I'd lik
 e to take you through our client portfolio (two FMCG and one pharma contra
 ct at Pomona) and hear how you'd run a multi-client site. Jolene (Recruitm
 ent) is optional and will only take notes.\n\nMandla Khoza\nExecutive: Con
 tract Logistics\nUbuntu Freight Solutions\n\n_____________________________
 ___________________________________________________\nMicrosoft Teams meeti
 ng\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VWJ1\nMee
 ting ID: 366 210 584 097  Passcode: Lp2mN7\n______________________________
 __________________________________________________
UID:040000008200E00074C5B7101A82E00800000000C0C1D2D3E41BDC01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-ZA:Ubuntu Freight | Interview – General Manager: Ware
 housing
DTSTART;TZID=South Africa Standard Time:20251001T160000
DTEND;TZID=South Africa Standard Time:20251001T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Ubuntu Freight Solutions", "General Manager: Warehousing", "hiring_manager",
       "mandla.khoza@ubuntufreight.co.za", "outlook-hm-optional-notetaker"),

    Ev("final-pa-sentby", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Govender, Ronnie";SENT-BY="mailto:pa.md@ubuntufreight.co.za":
 mailto:ronnie.govender@ubuntufreight.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thandiwe.n
 kosi.ops@webmail.co.za:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Khoza, Mandla":mailto:m
 andla.khoza@ubuntufreight.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pomona HQ -
  Baobab Boardroom (10):mailto:pomona.baobab@ubuntufreight.co.za
DESCRIPTION;LANGUAGE=en-ZA:Final interview with Ronnie Govender (Managing D
 irector) and Mandla Khoza.\nSent on behalf of Ronnie Govender by his PA\,
  Charlene.\n\nUbuntu Freight Solutions\, 7 Kelly Rd\, Pomona\, Kempton Par
 k
UID:040000008200E00074C5B7101A82E00800000000D0D1E2E3F41BDC01000000000000000
 01000000001010202030304040505060607070808
SUMMARY;LANGUAGE=en-ZA:FINAL – T Nkosi (GM Warehousing)
DTSTART;TZID=South Africa Standard Time:20251014T090000
DTEND;TZID=South Africa Standard Time:20251014T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T073000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Pomona HQ - Baobab Boardroom (10)
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Ubuntu Freight Solutions", "GM Warehousing", "final",
       "ronnie.govender@ubuntufreight.co.za;mandla.khoza@ubuntufreight.co.za", "final-md-sent-by-pa-room"),

    Ev("teams-mining-supplier", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Botha, Johan":mailto:johan.botha@inyoni-eng.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Thandiwe\,\n\nInterview for Supply Chain Manager
  (Rustenburg) – you would report to me. We supply wear parts and consuma
 bles to the platinum mines on the western limb\, so on-site consignment st
 ock is a big part of the job.\n\nJohan Botha\nGeneral Manager\nInyoni Engi
 neering Consumables\n\n___________________________________________________
 _____________________________\nMicrosoft Teams meeting\nJoin: https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_SW55\nMeeting ID: 349 002 718 5
 56  Passcode: Yq8rD3\n____________________________________________________
 ____________________________
UID:040000008200E00074C5B7101A82E00800000000E0E1F2F3A41BDC01000000000000000
 010000000C0DEC0DEC0DEC0DEC0DEC0DEC0DEC0DE
SUMMARY;LANGUAGE=en-ZA:Teams: Interview - Supply Chain Manager (Rustenburg)
DTSTART;TZID=South Africa Standard Time:20250926T130000
DTEND;TZID=South Africa Standard Time:20250926T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Inyoni Engineering Consumables", "Supply Chain Manager (Rustenburg)",
       "hiring_manager", "johan.botha@inyoni-eng.co.za", "outlook-hm-organiser-only"),

    Ev("competency-panel", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mokoena, Thabo":mailto:thabo.mokoena@sizwelog.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mokoena, Thabo":mailto:
 thabo.mokoena@sizwelog.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hlongwane, Zinhle":mail
 to:zinhle.hlongwane@sizwelog.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pretorius, Wian":mailto
 :wian.pretorius@sizwelog.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=KPK - Traini
 ng Room 2:mailto:kpk.training2@sizwelog.co.za
DESCRIPTION;LANGUAGE=en-ZA:Competency-based panel interview – DC Manager
  (Kempton Park)\n\nPanel: Thabo Mokoena (Head of Operations)\, Zinhle Hlon
 gwane (HR Business Partner)\, Wian Pretorius (Client Solutions). Expect ST
 AR-format questions on leadership\, safety and IR.\n\nPlease arrive 15 min
  early; psychometric results will be discussed with you afterwards by HR.
UID:040000008200E00074C5B7101A82E00800000000F0F1A2A3B41BDC01000000000000000
 01000000011112222333344445555666677778888
SUMMARY;LANGUAGE=en-ZA:Competency-based panel interview - DC Manager (Kempt
 on Park)
DTSTART;TZID=South Africa Standard Time:20250919T090000
DTEND;TZID=South Africa Standard Time:20250919T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:KPK - Training Room 2
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Sizwe Logistics", "DC Manager (Kempton Park)", "onsite",
       "thabo.mokoena@sizwelog.co.za;zinhle.hlongwane@sizwelog.co.za;wian.pretorius@sizwelog.co.za",
       "competency-panel-room-en"),

    Ev("mac-handtyped-final", cal(r"""
BEGIN:VEVENT
CREATED:20250926T183012Z
DTEND;TZID=Africa/Johannesburg:20251003T150000
DTSTAMP:20250926T183040Z
DTSTART;TZID=Africa/Johannesburg:20251003T140000
LAST-MODIFIED:20250926T183040Z
SEQUENCE:0
SUMMARY:Sizwe final w/ MD (Vusi Shabalala)
DESCRIPTION:Sizwe Logistics HQ\, Isando. Thabo says it's mostly culture fit
  + package. Take leave half-day.
TRANSP:OPAQUE
UID:F3B1A2C4-5D6E-4F70-8192-A3B4C5D6E7F8
X-APPLE-CREATOR-IDENTITY:com.apple.calendar
END:VEVENT
""", MAC, method=None), 1, "Sizwe Logistics", "", "final", "Vusi Shabalala", "handtyped-final-mac"),

    Ev("workday-nostage", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-44172-SSD@myworkday.com
DTSTAMP:20250930T120000Z
DTSTART;TZID=Africa/Johannesburg:20251013T110000
DTEND;TZID=Africa/Johannesburg:20251013T120000
SUMMARY:Interview - Logistics Manager (Vanderbijlpark)
ORGANIZER;CN=Sedibeng Steel Distributors:mailto:sedibengsteel@myworkday.com
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
DESCRIPTION:Dear Thandiwe\,\n\nYou are scheduled for an interview for Logis
 tics Manager (Vanderbijlpark)\, requisition JR-00917.\n\nInterviewers: Kob
 us Engelbrecht\; Lebogang Motaung\nLocation: Sedibeng Steel Distributors\,
  Gate 2\, Frikkie Meyer Blvd\, Vanderbijlpark\n\nPlease check in at securi
 ty 15 minutes before the interview.\n\nSedibeng Steel Distributors Talent
  Acquisition
LOCATION:Sedibeng Steel Distributors\, Vanderbijlpark
END:VEVENT
""", "-//Workday Inc.//Workday Recruiting//EN"), 1, "Sedibeng Steel Distributors",
       "Logistics Manager (Vanderbijlpark)", "", "Kobus Engelbrecht;Lebogang Motaung", "workday-names-only"),

    Ev("ashby-final", cal(r"""
BEGIN:VEVENT
UID:ashby-interview-event-1e7d3b9f-2a4c-4f8e-b6d0-5c1a9e3f7b2d
DTSTAMP:20251006T090000Z
DTSTART;TZID=Africa/Johannesburg:20251010T100000
DTEND;TZID=Africa/Johannesburg:20251010T110000
SUMMARY:Mzansi Parcel | Hub Operations Lead – Final Interview (CEO)
ORGANIZER;CN=Mzansi Parcel Recruiting:mailto:recruiting@mzansiparcel.co.za
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thandiwe.n
 kosi.ops@webmail.co.za
ATTENDEE;CN=Ayanda Zulu;ROLE=REQ-PARTICIPANT:mailto:ayanda@mzansiparcel.co.
 za
ATTENDEE;CN=Mzansi Parcel Recruiting;ROLE=NON-PARTICIPANT:mailto:recruiting
 @mzansiparcel.co.za
DESCRIPTION:Hi Thandiwe\,\n\nYour final interview with Ayanda Zulu (Co-foun
 der & CEO) is confirmed at our Linbro Park sortation hub\, 18 Modderfontei
 n Rd.\n\nScheduled with Ashby
LOCATION:Mzansi Parcel Linbro Park hub
STATUS:CONFIRMED
END:VEVENT
""", "-//Ashby//Ashby Scheduling//EN"), 1, "Mzansi Parcel", "Hub Operations Lead", "final",
       "ayanda@mzansiparcel.co.za", "ashby-final-ceo"),
]
