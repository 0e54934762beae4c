# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part b: Daniel's own interviews (HK, KL, Sydney, France, US tools)."""

EVENTS = [
    {
        "kind": "lever",
        "uid": "lever-interview-3c1e8d52-77a0-4b19-a6f4-0d2e9b7c5a18",
        "label": (1, "Pacific Crest Healthcare", "Head of Sourcing, Greater China & SEA", "hiring_manager",
                  "raymond.cheung@pacificcresthc.com.hk", "lever-hong-kong-zone-zoom-coo"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Hong_Kong@@
BEGIN:VEVENT
UID:lever-interview-3c1e8d52-77a0-4b19-a6f4-0d2e9b7c5a18
DTSTAMP:20250210T071233Z
DTSTART;TZID=Asia/Hong_Kong:20250213T110000
DTEND;TZID=Asia/Hong_Kong:20250213T120000
SUMMARY:Daniel Tan <> Raymond Cheung | Pacific Crest Healthcare
DESCRIPTION:Role: Head of Sourcing\, Greater China & SEA\nInterviewer: Raymond Cheung\, Chief Operating Officer\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/87012345566?pwd=cGNoMjAyNQ\nMeeting ID: 870 1234 5566\nPasscode: 204411\nHong Kong: +852 5808 6088\nSingapore: +65 3165 1065\n\nCoordinated by Joanne Yip (Talent Acquisition) - please contact joanne.yip@pacificcresthc.com.hk if you need to reschedule.
LOCATION:Zoom
ORGANIZER;CN=Joanne Yip:mailto:joanne.yip@pacificcresthc.com.hk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raymond Cheung:mailto:raymond.cheung@pacificcresthc.com.hk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone",
        "uid": "7B1E44C2-93A5-4F0E-8D61-2C7A9B05E3F1",
        "label": (1, "Pacific Crest Healthcare", "", "final",
                  "Raymond C;Eunice", "user-typed-dinner-final-round-hong-kong"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@TZ:Asia/Hong_Kong@@
BEGIN:VEVENT
CREATED:20250303T120455Z
UID:7B1E44C2-93A5-4F0E-8D61-2C7A9B05E3F1
DTSTART;TZID=Asia/Hong_Kong:20250311T191500
DTEND;TZID=Asia/Hong_Kong:20250311T213000
SUMMARY:Dinner w Raymond C + Eunice (PCH) - final rd
LOCATION:Duddell's\, 1 Duddell St\, Central
DESCRIPTION:joanne says this is the last step b4 offer. Eunice = CFO. smart casual. ask abt reporting line to group + the shenzhen warehouse. dun talk $$ unless they raise
DTSTAMP:20250303T120512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "1h8pq4kd0m2t6v3r9n5c7e0bxa@google.com",
        "label": (1, "Permata Medik", "Head of Procurement", "",
                  "hafiz.rahman@permatamedik.com.my;aminah.yusof@permatamedik.com.my",
                  "google-kuala-lumpur-temuduga-malay-english"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Kuala_Lumpur@@
BEGIN:VEVENT
DTSTART;TZID=Asia/Kuala_Lumpur:20250217T103000
DTEND;TZID=Asia/Kuala_Lumpur:20250217T113000
DTSTAMP:20250212T010522Z
ORGANIZER;CN=Aminah Yusof:mailto:aminah.yusof@permatamedik.com.my
UID:1h8pq4kd0m2t6v3r9n5c7e0bxa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aminah Yusof;X-NUM-GUESTS=0:mailto:aminah.yusof@permatamedik.com.my
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hafiz Rahman;X-NUM-GUESTS=0:mailto:hafiz.rahman@permatamedik.com.my
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Dear Mr Daniel\,\n\nThank you for your application. We are pleased to invite you for an interview session (temuduga) for the position of Head of Procurement with our Managing Director\, Encik Hafiz Rahman\, and myself.\n\nThe session will be via Google Meet. Kindly join 5 minutes early.\n\nTerima kasih.\nAminah Yusof\nHR Manager\, Permata Medik Sdn Bhd\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/kvb-ptre-ahs\nOr dial: (MY) +60 3-2771 1452 PIN: 601 338 220#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Temuduga / Interview: Head of Procurement - Daniel Tan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pageup",
        "uid": "pageup-int-511877-20250219-0900@pageuppeople.com",
        "label": (1, "Southern Cross Clinical Supplies", "Head of Procurement & Supply", "recruiter_screen",
                  "rebecca.thompson@southerncross-clinical.com.au", "pageup-sydney-zone-telephone-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//PageUp People//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Australia/Sydney@@
BEGIN:VEVENT
UID:pageup-int-511877-20250219-0900@pageuppeople.com
DTSTAMP:20250213T224100Z
DTSTART;TZID=Australia/Sydney:20250219T120000
DTEND;TZID=Australia/Sydney:20250219T123000
SUMMARY:Telephone interview - Head of Procurement & Supply (Job no. 511877)
DESCRIPTION:Hi Daniel\,\n\nThanks for selecting a time. Bec Thompson from our Talent team will call you for a 30 minute telephone interview.\n\nPlease note the time is shown in Sydney time (AEDT). That's 9:00am in Singapore.\n\nIf you need to change your booking\, use the link in your confirmation email.\n\nKind regards\,\nTalent Acquisition | Southern Cross Clinical Supplies
LOCATION:Telephone - we will call you
ORGANIZER;CN=Southern Cross Careers:mailto:noreply@pageuppeople.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Bec Thompson:mailto:rebecca.thompson@southerncross-clinical.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000806F4C2D9E85DB01000000000000000010000000C7B6A5948372615049382716A5B4C3D2",
        "label": (1, "Southern Cross Clinical Supplies", "Head of Procurement & Supply", "onsite",
                  "michael.obrien@southerncross-clinical.com.au;sarah.nguyen@southerncross-clinical.com.au;rebecca.thompson@southerncross-clinical.com.au",
                  "outlook-aus-eastern-zone-panel-interview"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:AUS Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Thompson, Bec":mailto:rebecca.thompson@southerncross-clinical.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Brien, Michael":mailto:michael.obrien@southerncross-clinical.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nguyen, Sarah":mailto:sarah.nguyen@southerncross-clinical.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Daniel\,\n\nGreat news - the panel would like to meet you. You'll meet Michael O'Brien (COO)\, Sarah Nguyen (Head of Finance) and me. Expect a mix of behavioural and situational questions (e.g. a supply disruption on a sole-sourced SKU) - about 60 mins plus time for your questions.\n\nCheers\,\nBec\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzFhNGQ2@thread.v2/0>\nMeeting ID: 427 551 390 028\nPasscode: kT5s8B\nOr call in (audio only)\n+61 2 8318 0090\,\,612044871#   Australia\, Sydney\nPhone Conference ID: 612 044 871#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000806F4C2D9E85DB01000000000000000010000000C7B6A5948372615049382716A5B4C3D2
SUMMARY;LANGUAGE=en-AU:Panel interview - Daniel Tan - Head of Procurement & Supply
DTSTART;TZID=AUS Eastern Standard Time:20250305T130000
DTEND;TZID=AUS Eastern Standard Time:20250305T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T053301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000C3A1F7E08E88DB010000000000000000100000009B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D",
        "label": (1, "Laboratoires Vernay", "Directeur Achats Asie-Pacifique", "hiring_manager",
                  "claire.dubois@vernay-labs.fr", "outlook-french-entretien-paris"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Claire":mailto:claire.dubois@vernay-labs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Daniel Tan":mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MARTIN Élodie":mailto:elodie.martin@vernay-labs.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Daniel\,\n\nSuite à votre échange avec Élodie (RH)\, je vous propose un entretien pour le poste de Directeur Achats Asie-Pacifique\, basé à Singapour. Nous pourrons échanger en anglais.\n\nÉlodie est en copie pour information.\n\nBien cordialement\,\nClaire Dubois\nDirectrice Achats Groupe\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDE4ZmFm@thread.v2/0>\nID de la réunion : 366 104 552 871\nCode secret : Rt9w4M\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C3A1F7E08E88DB010000000000000000100000009B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D
SUMMARY;LANGUAGE=fr-FR:Entretien Directeur Achats APAC - D. Tan / C. Dubois
DTSTART;TZID=Romance Standard Time:20250304T090000
DTEND;TZID=Romance Standard Time:20250304T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T161045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime",
        "uid": "goodtime-7e3f9c10a2b84d5f@goodtime.io",
        "label": (1, "Norvance Therapeutics", "Senior Director, Supply Chain APAC", "onsite",
                  "d.kowalski@norvance.com;mei.tanaka@norvance.com;s.varghese@norvance.com;b.okafor@norvance.com",
                  "goodtime-virtual-onsite-loop-with-coordinator"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7e3f9c10a2b84d5f@goodtime.io
DTSTAMP:20250220T170455Z
DTSTART:20250227T010000Z
DTEND:20250227T050000Z
SUMMARY:Virtual Onsite: Daniel Tan - Senior Director\, Supply Chain APAC
DESCRIPTION:Hi Daniel\, here is your virtual onsite agenda (all times SGT). Each session has its own Zoom link - they are the same room\, just stay on.\n\n09:00-09:45  Dorota Kowalski\, SVP Global Supply Chain\n09:45-10:30  Mei Tanaka\, VP Quality Asia\n10:30-10:45  Break\n10:45-11:30  Sanjay Varghese\, Director Commercial Finance\n11:30-12:15  Blessing Okafor\, Head of External Manufacturing\n\nZoom: https://norvance.zoom.us/j/93300127841\n\nYour recruiting coordinator is Jess Tan - reach her at recruiting-coord@norvance.com.\n\nScheduled with GoodTime
LOCATION:https://norvance.zoom.us/j/93300127841
ORGANIZER;CN=Jess Tan (Recruiting Coordinator):mailto:recruiting-coord@norvance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dorota Kowalski:mailto:d.kowalski@norvance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mei Tanaka:mailto:mei.tanaka@norvance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sanjay Varghese:mailto:s.varghese@norvance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Blessing Okafor:mailto:b.okafor@norvance.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop",
        "uid": "ml-8d2c1f0e-4a5b-46c7-9e3d-b1a2c3d4e5f6@modernloop.io",
        "label": (1, "Veridian Surgical", "Director, Indirect Procurement APAC", "hiring_manager",
                  "natalie.fischer@veridiansurgical.com", "modernloop-hiring-manager-meet"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-8d2c1f0e-4a5b-46c7-9e3d-b1a2c3d4e5f6@modernloop.io
DTSTAMP:20250217T192210Z
DTSTART:20250224T003000Z
DTEND:20250224T011500Z
SUMMARY:Veridian Surgical | Hiring Manager Interview | Daniel Tan
DESCRIPTION:Hi Daniel\,\n\nYou'll be speaking with Natalie Fischer\, Senior Director Global Indirect Procurement\, about the Director\, Indirect Procurement APAC role.\n\nGoogle Meet: https://meet.google.com/xqe-hmnt-fcw\nDial in: +65 6714 8920 PIN: 829 440 167#\n\nNeed to reschedule? Reply to this invite and our recruiting team will help.\n\nPowered by ModernLoop
LOCATION:Google Meet
ORGANIZER;CN=Veridian Recruiting:mailto:recruiting@veridiansurgical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natalie Fischer:mailto:natalie.fischer@veridiansurgical.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby",
        "uid": "ashby-ivs-41f7a6c2-0d9e-4b38-8c15-7e2a9d03b6f4",
        "label": (1, "Helix Cold Chain", "Head of Procurement", "hiring_manager",
                  "maya@helixcoldchain.com", "ashby-startup-cofounder-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:ashby-ivs-41f7a6c2-0d9e-4b38-8c15-7e2a9d03b6f4
DTSTAMP:20250121T041500Z
DTSTART;TZID=Asia/Singapore:20250123T170000
DTEND;TZID=Asia/Singapore:20250123T174500
SUMMARY:Daniel Tan <> Maya Iyer (Helix)
DESCRIPTION:Head of Procurement - Interview with Maya Iyer\, Co-founder & COO\n\nMaya will cover how we buy reefer containers\, data loggers and 3PL capacity today and where it breaks. Come with questions!\n\nGoogle Meet joining info\nVideo call link: https://meet.google.com/ujr-kqpz-wab\n\nThis interview was scheduled with Ashby. Questions? Reply to talent@helixcoldchain.com
LOCATION:https://meet.google.com/ujr-kqpz-wab
ORGANIZER;CN=Helix Talent:mailto:talent@helixcoldchain.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Iyer:mailto:maya@helixcoldchain.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims",
        "uid": "icims-2025-3312-int-000482@brightwaterhealth.icims.com",
        "label": (1, "Brightwater Consumer Health", "Procurement Director, Asia", "technical",
                  "olivia.grant@brightwaterhealth.com;chen.weijie@brightwaterhealth.com",
                  "icims-case-study-presentation"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-2025-3312-int-000482@brightwaterhealth.icims.com
DTSTAMP:20250224T134402Z
DTSTART:20250303T070000Z
DTEND:20250303T081500Z
SUMMARY:Case Study Interview - Procurement Director\, Asia (Req 2025-3312)
DESCRIPTION:Dear Daniel\,\n\nAs the next step you are invited to a case study interview. Please prepare a 20-minute presentation based on the brief sent separately (resin and packaging cost pass-through across 4 markets)\, followed by Q&A.\n\nInterviewers:\nOlivia Grant - VP Procurement\, International\nChen Wei Jie - Finance Director\, Asia\n\nWebex: https://brightwaterhealth.webex.com/meet/olivia.grant\n\nTime zone: UTC. 07:00 UTC is 15:00 Singapore.\n\nBrightwater Consumer Health Talent Acquisition\n(This message was sent by iCIMS on behalf of Brightwater Consumer Health.)
LOCATION:Webex
ORGANIZER;CN=Brightwater Talent Acquisition:mailto:brightwaterhealth@talent.icims.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Olivia Grant:mailto:olivia.grant@brightwaterhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Chen Wei Jie:mailto:chen.weijie@brightwaterhealth.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000A07D12F3C086DB01000000000000000010000000B2C4D6E8F0A1B3C5D7E9F1A3B5C7D9E1",
        "label": (1, "HealthLink Shared Services", "Deputy Director (Procurement Policy & Operations)", "onsite",
                  "Ms Jacqueline Soh;Mr Ravi Chandran;Dr Tan Hui Min",
                  "outlook-public-sector-panel-named-in-body-only"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Nur Hidayah Binte Osman (HLSS)":mailto:nur_hidayah_osman@healthlink.gov.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Dear Mr Daniel Tan Wei Ming\,\n\nThank you for your application via Careers@Gov (Job ID HLSS/PPO/2025/014). We are pleased to invite you to an interview for the position of Deputy Director (Procurement Policy & Operations).\n\nInterview Panel:\nMs Jacqueline Soh\, Chief Procurement Officer\nMr Ravi Chandran\, Director\, Finance\nDr Tan Hui Min\, Director\, HR\n\nVenue: HealthLink Shared Services\, 1 Maritime Square #08-01\, HarbourFront Centre (please report to the L8 reception 15 minutes before)\n\nPlease bring along your NRIC and original educational certificates. Kindly acknowledge receipt of this invitation.\n\nThank you.\n\nNur Hidayah\nTalent Acquisition\, Human Resource
UID:040000008200E00074C5B7101A82E00800000000A07D12F3C086DB01000000000000000010000000B2C4D6E8F0A1B3C5D7E9F1A3B5C7D9E1
SUMMARY;LANGUAGE=en-SG:Interview for Deputy Director (Procurement Policy & Operations)
DTSTART;TZID=Singapore Standard Time:20250226T143000
DTEND;TZID=Singapore Standard Time:20250226T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T032017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:HLSS\, 1 Maritime Square #08-01
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings",
        "uid": "040000008200E00074C5B7101A82E00800000000BOOKINGS5C1A9E77D2F44B8FA1",
        "fold": False,
        "label": (1, "Kallang Health Partners", "Head of Procurement", "recruiter_screen",
                  "farah.ismail@kallanghealth.com.sg", "microsoft-bookings-phone-screening"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=KHP Talent Acquisition:mailto:KHPTalentAcquisition@kallanghealth.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Farah Ismail:mailto:farah.ismail@kallanghealth.com.sg
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nPhone screening - Head of Procurement\n\nStaff: Farah Ismail\nDuration: 30 minutes\nKallang Health Partners\n\nWe will call you at +6591234471.\n\nIf you need to make changes to your booking\, please use the Manage booking link in your confirmation email.\n\nPowered by Microsoft Bookings
UID:040000008200E00074C5B7101A82E00800000000BOOKINGS5C1A9E77D2F44B8FA1
SUMMARY;LANGUAGE=en-US:Phone screening - Head of Procurement
DTSTART;TZID=Singapore Standard Time:20250128T150000
DTEND;TZID=Singapore Standard Time:20250128T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex",
        "uid": "6D1F2A83B40C4E7B9A0512C3D4E5F607@webex.com",
        "label": (1, "Lumeris Diagnostics", "Director, Strategic Sourcing APAC", "onsite",
                  "paul.henderson@lumerisdx.com;angela.seah@lumerisdx.com;rohit.bansal@lumerisdx.com",
                  "webex-panel-dial-in-boilerplate"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:6D1F2A83B40C4E7B9A0512C3D4E5F607@webex.com
DTSTAMP:20250304T022903Z
DTSTART;TZID=Asia/Singapore:20250310T100000
DTEND;TZID=Asia/Singapore:20250310T113000
SUMMARY:Panel Interview - Daniel Tan - Director\, Strategic Sourcing APAC
DESCRIPTION:Panel: Paul Henderson (VP Global Sourcing)\, Angela Seah (Director HR APAC)\, Rohit Bansal (Director\, Manufacturing Ops Singapore)\n\nWhen it's time\, join the Webex meeting here.\n\nJoin meeting\nhttps://lumerisdx.webex.com/lumerisdx/j.php?MTID=m4b7d1e2f\n\nMeeting number (access code): 2634 118 9021\nMeeting password: Lum3Rx25\n\nJoin by phone\n+65-6703-6949 Singapore Toll\n+1-650-479-3208 Call-in toll number (US/Canada)\n\nCan't join the meeting?\nhttps://help.webex.com/docs/DOC-5412
LOCATION:https://lumerisdx.webex.com/lumerisdx/j.php?MTID=m4b7d1e2f
ORGANIZER;CN=Angela Seah:mailto:angela.seah@lumerisdx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paul Henderson:mailto:paul.henderson@lumerisdx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rohit Bansal:mailto:rohit.bansal@lumerisdx.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "0s7cj3r2f9hq1l6k4vb8n5t2po@google.com",
        "label": (1, "Aurelis Orthopaedics", "Head of Procurement APAC", "hiring_manager",
                  "wendy.lau@aurelisortho.com", "google-zoom-hiring-manager-gm"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
DTSTART:20250205T080000Z
DTEND:20250205T090000Z
DTSTAMP:20250131T023345Z
ORGANIZER;CN=Wendy Lau:mailto:wendy.lau@aurelisortho.com
UID:0s7cj3r2f9hq1l6k4vb8n5t2po@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wendy Lau;X-NUM-GUESTS=0:mailto:wendy.lau@aurelisortho.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Hi Daniel - looking forward to our chat about the Head of Procurement APAC role. I'll share a bit about the implant sets consignment model we run with hospitals and would love to hear how you've handled loaner kits at Meridian.\n\nWendy Lau\nGeneral Manager\, Aurelis Orthopaedics APAC\n\nJoin Zoom Meeting\nhttps://aurelisortho.zoom.us/j/81234009876?pwd=QXVyZWxpcw\nMeeting ID: 812 3400 9876\nPasscode: 773120
LOCATION:https://aurelisortho.zoom.us/j/81234009876?pwd=QXVyZWxpcw
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Daniel Tan / Wendy Lau - Head of Procurement APAC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom",
        "uid": "ZOOM86553012744-20250219T220000Z@zoom.us",
        "label": (1, "Aurelis Orthopaedics", "Head of Procurement APAC", "final",
                  "greg.whitaker@aurelisortho.com", "zoom-native-invite-utc-final-us-vp"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250212T181122Z
DTSTART:20250219T220000Z
DTEND:20250219T224500Z
SUMMARY:Final Interview - Daniel Tan (Head of Procurement APAC) w/ Greg Whitaker
UID:ZOOM86553012744-20250219T220000Z@zoom.us
DESCRIPTION:Greg Whitaker is inviting you to a scheduled Zoom meeting.\n\nTopic: Final Interview - Daniel Tan (Head of Procurement APAC) w/ Greg Whitaker\nTime: Feb 20\, 2025 06:00 AM Singapore\n\nJoin Zoom Meeting\nhttps://aurelisortho.zoom.us/j/86553012744?pwd=R3JlZ1c\n\nMeeting ID: 865 5301 2744\nPasscode: 908812\n\n---\nOne tap mobile\n+6531587288\,\,86553012744#\,\,\,\,*908812# Singapore\n\nGreg is SVP Global Supply Chain (Memphis) - early start for you\, sorry! - Wendy
LOCATION:https://aurelisortho.zoom.us/j/86553012744?pwd=R3JlZ1c
ORGANIZER;CN=Greg Whitaker:mailto:greg.whitaker@aurelisortho.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
]
