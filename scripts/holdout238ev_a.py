"""holdout238 events, part A: UN-Habitat, Mercy Bridge International, Jumuiya Bank, Lumenfold."""
# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded lines ending in a space)

from holdout238ev_common import TZ_BERLIN, TZ_NAIROBI, TZ_WIN_EAST_AFRICA

EVENTS: list[dict] = []

# --- UN agency: written assessment, then competency-based interview on Teams -------------
EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000B07E3A2F41B6DB01000000000000000010000000C1A9F4D2E5B0E44C9B5E3D7A1C2F8E61",
    iv=1, company="UN-Habitat", role="Data Management Officer", stage="technical", who="",
    trap="un-written-assessment-exchange",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN=UNHABITAT-Recruitment:mailto:unhabitat-recruitment@un.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.ka
 mau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Ms. Kamau\,\n\nWith reference to your appli
 cation for the position of Data Management Officer\, P3 (Job Opening 25-IM
 A-UN-HABITAT-251873-R-NAIROBI)\, we are pleased to inform you that you hav
 e been short-listed to participate in the written assessment.\n\nThe asses
 sment will be administered online and will last three (3) hours. The link 
 to the assessment platform will be sent to this e-mail address 30 minutes 
 before the start time. Please ensure a stable internet connection. The ass
 essment is closed-book\; the use of generative AI tools is not permitted.\
 n\nKindly acknowledge receipt of this invitation by accepting the meeting 
 request.\n\nBest regards\,\nHuman Resources Management Section\nUnited Nat
 ions Office at Nairobi on behalf of UN-Habitat\n
UID:040000008200E00074C5B7101A82E00800000000B07E3A2F41B6DB01000000000000000
 010000000C1A9F4D2E5B0E44C9B5E3D7A1C2F8E61
SUMMARY;LANGUAGE=en-US:Written Assessment - Data Management Officer\, P3 - 
 JO 25-IMA-UN-HABITAT-251873-R-NAIROBI
DTSTART;TZID=E. Africa Standard Time:20250506T100000
DTEND;TZID=E. Africa Standard Time:20250506T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1217704311
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
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="teams-invite", uid="040000008200E00074C5B7101A82E0080000000041D55E8B93D3DB01000000000000000010000000E84A71C0A3F2B94D8C66A1F0B7D3E952",
    iv=1, company="UN-Habitat", role="Data Management Officer", stage="onsite",
    who="peter.odhiambo@un.org;anna.schmidt@un.org;kofi.mensah@un.org",
    trap="un-competency-based-panel-teams-sent-by",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Odhiambo, Peter";SENT-BY="mailto:jane.muthoni@un.org":mailto:peter.odhiambo@un.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmidt, Anna":mailto:anna.schmidt@un.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, Kofi":mailto:kofi.mensah@un.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Muthoni, Jane":mailto:jane.muthoni@un.org
DESCRIPTION;LANGUAGE=en-US:Dear Ms. Kamau\,\n\nFurther to your successful performance in the written assessment\, you are invited to a competency-based interview (CBI) for the post of Data Management Officer\, P3\, JO 25-IMA-UN-HABITAT-251873-R-NAIROBI.\n\nThe interview will be conducted via Microsoft Teams by an assessment panel and will last approximately 60 minutes. The competencies to be assessed are Professionalism\, Planning and Organizing\, Communication and Technological Awareness.\n\nPlease join 10 minutes early and have your passport or national ID at hand for identification.\n\nJane Muthoni\nHR Assistant\, on behalf of the Chair of the Assessment Panel\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTdkM2E4ZjEtOWU2Zi00ZDc5LWE1NzQtYjk3OGQ0ZTVmMDE1%40thread.v2/0?context=%7b%22Tid%22%3a%220f9e35db-544f-4f60-bdcc-5ea416e6dc70%22%7d>\nMeeting ID: 381 224 906 517\nPasscode: x7Qa3N\nDownload Teams | Join on the web\nLearn More | Meeting options\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000041D55E8B93D3DB01000000000000000010000000E84A71C0A3F2B94D8C66A1F0B7D3E952
SUMMARY;LANGUAGE=en-US:Competency-Based Interview - Data Management Officer P3 (UN-Habitat) - Ms. W. Kamau
DTSTART;TZID=E. Africa Standard Time:20250610T140000
DTEND;TZID=E. Africa Standard Time:20250610T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T113047Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:peter.odhiambo@un.org\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NTdkM2E4ZjEtOWU2Zi00ZDc5LWE1NzQtYjk3OGQ0ZTVmMDE1-thread.v2!0f9e35db544f4f60bdcc5ea416e6dc70
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Microsoft Teams Meeting"\, "LocationAnnotation" : ""\, "LocationUri" : ""\, "LocationStreet" : ""\, "LocationCity" : ""\, "LocationState" : ""\, "LocationCountry" : ""\, "LocationPostalCode" : ""\, "LocationFullAddress" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""))

# --- NGO via Workable ------------------------------------------------------------------
EVENTS.append(dict(
    kind="workable-call", uid="wk-evt-6f2c9a1e-3b7d-4e55-9a0c-81d4f2b7c310@workable.com",
    iv=1, company="Mercy Bridge International", role="Senior Data & MEL Analyst", stage="recruiter_screen",
    who="rose.achieng@mercybridge.org", trap="workable-ngo-phone-screen",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar 1.0//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250424T110000
DTEND;TZID=Africa/Nairobi:20250424T113000
DTSTAMP:20250418T064412Z
ORGANIZER;CN=Rose Achieng:mailto:rose.achieng@mercybridge.org
UID:wk-evt-6f2c9a1e-3b7d-4e55-9a0c-81d4f2b7c310@workable.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rose Achieng;X-NUM-GUESTS=0:mailto:rose.achieng@mercybridge.org
DESCRIPTION:Hi Wanjiru\,\n\nThank you for your interest in the Senior Data 
 & MEL Analyst position at Mercy Bridge International (Nairobi\, hybrid).\n
 \nThis is a 30 minute phone call with Rose Achieng\, Talent Acquisition Par
 tner. Rose will call you on +254 722 618 904. Please be ready to talk abou
 t your experience and your availability.\n\nIf you need to reschedule\, pl
 ease use the link in the confirmation e-mail.\n\n--\nScheduled with Workab
 le\nhttps://apply.workable.com/mercy-bridge-international/
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Call: Wanjiru Kamau - Senior Data & MEL Analyst
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="meet-invite", uid="1q8v0c3kgs7rbd2h5o9p4m6tj0@google.com",
    iv=1, company="Mercy Bridge International", role="Senior Data & MEL Analyst", stage="technical",
    who="t.whitfield@mercybridge.org;rose.achieng@mercybridge.org",
    trap="ngo-practical-task-presentation",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250508T150000
DTEND;TZID=Africa/Nairobi:20250508T160000
DTSTAMP:20250502T095131Z
ORGANIZER;CN=rose.achieng@mercybridge.org:mailto:rose.achieng@mercybridge.org
UID:1q8v0c3kgs7rbd2h5o9p4m6tj0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=rose.achieng@mercybridge.org;X-NUM-GUESTS=0:mailto:rose.achieng@mercybridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Whitfield;X-NUM-GUESTS=0:mailto:t.whitfield@mercybridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1837440211
CREATED:20250502T095129Z
DESCRIPTION:Hi Wanjiru\, as discussed\, please present your practical task (the anonymised beneficiary-survey dataset: cleaning approach\, 3 indicators\, one dashboard page) in 20 minutes\, followed by Q&A with Tom (Regional MEL Lead) and myself. Please share your slides or Power BI file by 12:00 on the day.<br><br>Asante\,<br>Rose\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/ngh-qyzt-bwa\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250502T095130Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MBI | Practical task presentation – Wanjiru Kamau (Snr Data & MEL Analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="zoom-panel", uid="zoom-84513377920-20250522@zoom.us",
    iv=1, company="Mercy Bridge International", role="Senior Data & MEL Analyst", stage="final",
    who="e.wanjala@mercybridge.org;t.whitfield@mercybridge.org",
    trap="ngo-final-panel-country-director-zoom",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250522T100000
DTEND;TZID=Africa/Nairobi:20250522T110000
DTSTAMP:20250516T134402Z
ORGANIZER;CN=Rose Achieng:mailto:rose.achieng@mercybridge.org
UID:zoom-84513377920-20250522@zoom.us
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Esther Wanjala;X-NUM-GUESTS=0:mailto:e.wanjala@mercybridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Whitfield;X-NUM-GUESTS=0:mailto:t.whitfield@mercybridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rose Achieng;X-NUM-GUESTS=0:mailto:rose.achieng@mercybridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Final round – panel with Esther Wanjala (Country Director\, Kenya) and Tom Whitfield (Regional MEL Lead). 45 min conversation + 15 min for your questions. I (Rose) will only open the call and take notes.\n\nRose Achieng is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84513377920?pwd=Qm9zZVhQd2ZpRnRrY1l0bUhPN3pNQT09\n\nMeeting ID: 845 1337 7920\nPasscode: 552190\n\n---\n\nOne tap mobile\n+16469313860\,\,84513377920#\,\,\,\,*552190# US\n\nDial by your location\n• +1 646 931 3860 US\n• +44 208 080 6591 United Kingdom\n\nFind your local number: https://us06web.zoom.us/u/kbE1x2Y3z
LOCATION:https://us06web.zoom.us/j/84513377920?pwd=Qm9zZVhQd2ZpRnRrY1l0bUhPN3pNQT09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final interview: Senior Data & MEL Analyst – Mercy Bridge Kenya
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

# --- Bank via SuccessFactors; panel rescheduled (same UID, SEQUENCE 1) -------------------
EVENTS.append(dict(
    kind="successfactors", uid="SFIS-JBK-2025-4521-0001-8839201@successfactors.eu",
    iv=1, company="Jumuiya Bank", role="Senior Data Analyst - Retail Analytics", stage="hiring_manager",
    who="g.kimani@jumuiyabank.co.ke", trap="successfactors-bank-hiring-manager-teams",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:SFIS-JBK-2025-4521-0001-8839201@successfactors.eu
DTSTAMP:20250507T121500Z
SEQUENCE:0
DTSTART;TZID=Africa/Nairobi:20250514T093000
DTEND;TZID=Africa/Nairobi:20250514T103000
SUMMARY:Interview Invitation: Senior Data Analyst - Retail Analytics (Requisition 4521)
ORGANIZER;CN=Jumuiya Bank Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wanjiru Kamau:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=George Kimani:mailto:g.kimani@jumuiyabank.co.ke
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Wanjiru Kamau\,\n\nThank you for applying for the position
  Senior Data Analyst - Retail Analytics (Requisition ID 4521). We are plea
 sed to invite you for an interview with George Kimani\, Head of Business I
 ntelligence.\n\nDate: 14/05/2025\nTime: 09:30 - 10:30 (EAT)\nFormat: Micro
 soft Teams\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y
 jQ2MDk5ZTEtZjI0Zi00NjA1LWI2YjMtNDg3ZmU4N2YxYTNi%40thread.v2/0\n\nPlease do
  not reply to this e-mail. To accept or decline\, use the candidate portal
 .\n\nKind regards\,\nTalent Acquisition\nJumuiya Bank Kenya Limited\n\nThi
 s message was sent by SAP SuccessFactors Recruiting on behalf of Jumuiya B
 ank Kenya Limited.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

_JBK_PANEL = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ@
BEGIN:VEVENT
ORGANIZER;CN="Chebet, Linda":mailto:linda.chebet@jumuiyabank.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kimani, George":mailto:g.kimani@jumuiyabank.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Owino, Beatrice":mailto:beatrice.owino@jumuiyabank.co.ke
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="JBC 4th Floor Boardroom (12)":mailto:jbc-4f-boardroom@jumuiyabank.co.ke
DESCRIPTION;LANGUAGE=en-US:Dear Wanjiru\,\n\n@NOTE@You are invited to a panel interview for the role of Senior Data Analyst - Retail Analytics at Jumuiya Centre\, Upper Hill (4th floor boardroom).\n\nPanel:\n- George Kimani\, Head of Business Intelligence\n- Beatrice Owino\, Head of Retail Products\n- Linda Chebet\, HR Business Partner\n\nThe session will include a 15-minute walk-through of a case (customer churn on mobile loans) that we will share with you at the reception. Please carry your national ID\, original academic certificates and a copy of your CV.\n\nKind regards\,\nLinda Chebet\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E00800000000D3C0A16F0ACADB01000000000000000010000000AB7F204C1D8E3F4A9F22D5E6C7B81A04
SUMMARY;LANGUAGE=en-US:@SUMMARY@
DTSTART;TZID=Africa/Nairobi:@START@
DTEND;TZID=Africa/Nairobi:@END@
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:@STAMP@
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:@SEQ@
LOCATION;LANGUAGE=en-US:Jumuiya Centre\, Upper Hill - 4th Floor Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:@SEQ@
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""".replace("@TZ@", TZ_NAIROBI)

EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000D3C0A16F0ACADB01000000000000000010000000AB7F204C1D8E3F4A9F22D5E6C7B81A04",
    iv=1, company="Jumuiya Bank", role="Senior Data Analyst - Retail Analytics", stage="onsite",
    who="linda.chebet@jumuiyabank.co.ke;g.kimani@jumuiyabank.co.ke;beatrice.owino@jumuiyabank.co.ke",
    trap="bank-panel-boardroom-resource",
    ics=_JBK_PANEL.replace("@NOTE@", "")
    .replace("@SUMMARY@", "Panel Interview - Senior Data Analyst (Retail Analytics) - W. Kamau")
    .replace("@START@", "20250528T100000").replace("@END@", "20250528T113000")
    .replace("@STAMP@", "20250520T071845Z").replace("@SEQ@", "0")))

EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000D3C0A16F0ACADB01000000000000000010000000AB7F204C1D8E3F4A9F22D5E6C7B81A04",
    iv=1, company="Jumuiya Bank", role="Senior Data Analyst - Retail Analytics", stage="onsite",
    who="linda.chebet@jumuiyabank.co.ke;g.kimani@jumuiyabank.co.ke;beatrice.owino@jumuiyabank.co.ke",
    trap="bank-panel-rescheduled-sequence-1",
    ics=_JBK_PANEL.replace(
        "@NOTE@",
        "Kindly note that the panel has been moved to Tuesday 3rd June at 2.30 pm due to a board meeting."
        r" We apologise for the inconvenience.\n\n")
    .replace("@SUMMARY@", "UPDATED: Panel Interview - Senior Data Analyst (Retail Analytics) - W. Kamau")
    .replace("@START@", "20250603T143000").replace("@END@", "20250603T160000")
    .replace("@STAMP@", "20250526T153302Z").replace("@SEQ@", "1")))

# --- Berlin start-up (Personio, German template), take-home, technical, culture fit ------
EVENTS.append(dict(
    kind="personio", uid="personio-interview-7731904-c5b1f2@personio.de",
    iv=1, company="Lumenfold", role="Analytics Engineer (Remote)", stage="recruiter_screen",
    who="jana.hoffmann@lumenfold.io", trap="personio-german-kennenlerngespraech",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:personio-interview-7731904-c5b1f2@personio.de
DTSTAMP:20250423T091207Z
DTSTART;TZID=Europe/Berlin:20250429T100000
DTEND;TZID=Europe/Berlin:20250429T103000
SUMMARY:Kennenlerngespräch | Analytics Engineer (Remote) | Wanjiru Kamau
ORGANIZER;CN=Jana Hoffmann:mailto:jana.hoffmann@lumenfold.io
ATTENDEE;CN=Jana Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.hoffmann@lumenfold.io
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Google Meet: https://meet.google.com/kvd-pwxe-sho
DESCRIPTION:Hallo Wanjiru\,\n\nvielen Dank für deine Bewerbung als Analytics Engineer (Remote) bei der Lumenfold GmbH. Wir freuen uns\, dich in einem ersten Kennenlerngespräch (30 Min.) näher kennenzulernen.\n\n(English below)\n\nHi Wanjiru\, thanks for applying! This is a first 30-minute intro call with Jana from our People team: your background\, what you are looking for\, salary range and time-zone overlap (we work 9-17 CET).\n\nViele Grüße / Best\,\nJana Hoffmann\nTalent Acquisition\, Lumenfold GmbH\, Berlin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="gcal-invite", uid="5ak2m9lq0f3e7c1vb8d6n4r2ps@google.com",
    iv=1, company="Lumenfold", role="Analytics Engineer", stage="technical", who="",
    trap="take-home-window-multi-day",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250505T090000
DTEND;TZID=Europe/Berlin:20250508T180000
DTSTAMP:20250430T160255Z
ORGANIZER;CN=Max Brandt:mailto:max.brandt@lumenfold.io
UID:5ak2m9lq0f3e7c1vb8d6n4r2ps@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Max Brandt;X-NUM-GUESTS=0:mailto:max.brandt@lumenfold.io
DESCRIPTION:Hi Wanjiru\,<br><br>As promised\, here is the window for the take-home. Repo: <a href="https://github.com/lumenfold-hiring/ae-take-home">github.com/lumenfold-hiring/ae-take-home</a> (you have been added as a collaborator).<br><br>Task: model the raw payments + merchants tables into a small dbt project (staging → marts)\, add tests\, and answer the 3 business questions in the README with SQL. Please don't spend more than ~4 hours on it – we really mean that.<br><br>Submit by opening a PR before Thursday 18:00 Berlin time. We'll go through it together in the technical interview.<br><br>Cheers\,<br>Max (Head of Data)
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lumenfold take-home (dbt + SQL) – submission window
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="meet-invite", uid="3hbs8u1qk2vjtr6e0n5g7wm9oc@google.com",
    iv=1, company="Lumenfold", role="Analytics Engineer", stage="technical",
    who="max.brandt@lumenfold.io;priya.nair@lumenfold.io", trap="take-home-walkthrough-technical-meet",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250515T140000
DTEND;TZID=Europe/Berlin:20250515T151500
DTSTAMP:20250509T083311Z
ORGANIZER;CN=jana.hoffmann@lumenfold.io:mailto:jana.hoffmann@lumenfold.io
UID:3hbs8u1qk2vjtr6e0n5g7wm9oc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Max Brandt;X-NUM-GUESTS=0:mailto:max.brandt@lumenfold.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Nair;X-NUM-GUESTS=0:mailto:priya.nair@lumenfold.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Technical interview (75 min): walk us through your take-home PR (~25 min)\, then live SQL on a window-function problem and a bit of data-modelling discussion. Interviewers: Max Brandt (Head of Data)\, Priya Nair (Senior Analytics Engineer).\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/rtw-jofk-ezm\nOr dial: (DE) +49 30 300195061 PIN: 618 442 390#\nMore phone numbers: https://tel.meet/rtw-jofk-ezm?pin=2310458862417\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technical Interview – Wanjiru Kamau / Lumenfold (Analytics Engineer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="meet-invite", uid="0g4c7t2sdm8kq1pv6hj9e3lb5a@google.com",
    iv=1, company="Lumenfold", role="", stage="final",
    who="lena.vogt@lumenfold.io", trap="culture-fit-call-founder-final",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250527T160000
DTEND;TZID=Europe/Berlin:20250527T164500
DTSTAMP:20250521T112040Z
ORGANIZER;CN=Jana Hoffmann:mailto:jana.hoffmann@lumenfold.io
UID:0g4c7t2sdm8kq1pv6hj9e3lb5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Vogt;X-NUM-GUESTS=0:mailto:lena.vogt@lumenfold.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Last step 🎉 A relaxed 45-min culture & values conversation with Lena (co-founder & CEO): how we work async across time zones\, how you like to give and get feedback\, and anything you want to ask about Lumenfold. No prep needed.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/bqs-hnuy-kct\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Culture fit call: Wanjiru x Lena (Lumenfold)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))
