"""holdout213 events: Crown corporations, a headhunter, RBC (Toronto)."""

from holdout213ev_tz import EST, TOR

RBC = "RBC"
RBC_ROLE = "Senior Manager, Public Policy"

EVENTS = []

EVENTS.append(dict(
    kind="sf-interview",
    uid="SFSF-INT-edc-000191727-20251016",
    lab=(1, "Export Development Canada", "Senior Advisor, Public Policy", "hiring_manager",
         "kboateng@edc.ca", "successfactors-interview-scheduling-hiring-manager"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFSF-INT-edc-000191727-20251016
DTSTAMP:20251009T120400Z
DTSTART:20251016T150000Z
DTEND:20251016T160000Z
SUMMARY:Interview Invitation: Senior Advisor\, Public Policy (Req 191727)
DESCRIPTION:Dear Priya\,\n\nYou have been scheduled for an interview for th
 e position of Senior Advisor\, Public Policy at Export Development Canada
 .\n\nInterviewer(s): Kwame Boateng\, Director\, Government Relations (hiri
 ng manager)\n\nLocation: Microsoft Teams (link below)\n\nPlease do not rep
 ly to this e-mail. Contact your recruiter for any changes.\n\nhttps://team
 s.microsoft.com/l/meetup-join/19%3ameeting_RURD@thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=EDC Talent Acquisition:mailto:noreply@successfactors.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Kwame Boateng:mailto:KBoateng@edc.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="search-call",
    uid="040000008200E00074C5B7101A82E00800000000OB2025CIB0E8ADC010000000000000000100000004F1E2D3C4B5A",
    lab=(1, "Canada Infrastructure Bank", "Director, Policy and Research", "recruiter_screen",
         "catherine.wells@odgersberndtson.com", "headhunter-names-employer-only-in-body"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN=Catherine Wells:mailto:Catherine.Wells@odgersberndtson.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=en-US:Priya\,\n\nThank you for making time. As mention
 ed\, our client is the Canada Infrastructure Bank\, and the mandate is for
  their Director\, Policy and Research (Toronto\, hybrid\; Ottawa-based ca
 ndidates considered). I would like to walk through your background\, you
 r motivation and compensation expectations before we put forward a short
 list to the CIB's Chief Investment Officer.\n\nPlease treat the client na
 me as confidential.\n\nCatherine Wells\nPartner\, Public Sector & Not-for
 -Profit Practice\nOdgers Berndtson | Ottawa\n
UID:040000008200E00074C5B7101A82E00800000000OB2025CIB0E8ADC010000000000000000100000004F1E2D3C4B5A
SUMMARY;LANGUAGE=en-US:Priya Natarajan / Odgers Berndtson
DTSTART;TZID=Eastern Standard Time:20251002T083000
DTEND;TZID=Eastern Standard Time:20251002T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T213350Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom – https://odgers.zoom.us/j/84120937715
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="sr-interview",
    uid="smartrecruiters-interview-6d0a9e1c-4f7b-4a53-b2e1-cmhc0918",
    lab=(1, "CMHC", "Senior Specialist, Housing Policy Research", "hiring_manager",
         "ldufresne@cmhc-schl.gc.ca;ggill@cmhc-schl.gc.ca",
         "smartrecruiters-hiring-manager-and-hr-bilingual-crown"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:smartrecruiters-interview-6d0a9e1c-4f7b-4a53-b2e1-cmhc0918
DTSTAMP:20251021T151010Z
DTSTART:20251030T173000Z
DTEND:20251030T183000Z
SUMMARY:Interview: Senior Specialist\, Housing Policy Research – Canada Mortgage and Housing Corporation
DESCRIPTION:Hi Priya\,\n\nYour interview with CMHC / SCHL has been confirme
 d.\n\nWith: Luc Dufresne (Manager\, Housing Policy Research) and Gurpreet
  Gill (HR Business Partner)\nFormat: video\, 60 min\n\nJoin Microsoft Teams
  Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q01IQw@thr
 ead.v2/0\n\nThis invitation was sent via SmartRecruiters on behalf of CMH
 C. To reschedule\, use the link in your e-mail.
LOCATION:Microsoft Teams
ORGANIZER;CN=CMHC Careers:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Luc Dufresne:mailto:ldufresne@cmhc-schl.gc.ca
ATTENDEE;CN=Gurpreet Gill:mailto:ggill@cmhc-schl.gc.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="deuxieme-entrevue",
    uid="bdc-wd-intv-2025-4471-02@bdc.myworkday.com",
    lab=(1, "BDC", "Senior Advisor, Public Affairs", "",
         "isabelle.morin@bdc.ca;pierre-luc.roy@bdc.ca",
         "montreal-bilingual-second-interview-no-clear-stage"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bdc-wd-intv-2025-4471-02@bdc.myworkday.com
DTSTAMP:20251103T140302Z
DTSTART:20251107T150000Z
DTEND:20251107T160000Z
SUMMARY:Entrevue / Interview - Conseillère principale\, Affaires publiques / Senior Advisor\, Public Affairs
DESCRIPTION:Bonjour Priya\,\n\nVoici les détails de votre deuxième entrevu
 e avec BDC.\nAvec : Isabelle Morin (Vice-présidente\, Affaires publiques)
  et Pierre-Luc Roy (Directeur\, Relations gouvernementales)\nLangue : l'en
 trevue se déroulera en français et en anglais.\n\nHello Priya\, here are
  the details of your second interview with BDC (Business Development Bank
  of Canada).\n\nMicrosoft Teams : https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_QkRD@thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=BDC Talent Acquisition:mailto:bdc@myworkday.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Isabelle Morin:mailto:Isabelle.Morin@bdc.ca
ATTENDEE;CN=Pierre-Luc Roy:mailto:Pierre-Luc.Roy@bdc.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="phone-screen",
    uid="WD-RBC-R-0654321-SCR-7d1e2f3a@rbc.myworkday.com",
    lab=(1, RBC, RBC_ROLE, "recruiter_screen", "amelia.ferreira@rbc.com",
         "workday-bank-phone-screen-private-toronto"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-RBC-R-0654321-SCR-7d1e2f3a@rbc.myworkday.com
DTSTAMP:20250923T130015Z
DTSTART:20250929T143000Z
DTEND:20250929T150000Z
SUMMARY:RBC Phone Screen - Senior Manager\, Public Policy (R-0654321)
DESCRIPTION:Hi Priya\,\n\nThis confirms your phone screen with Amelia Ferre
 ira\, Senior Talent Acquisition Partner\, RBC Thought Leadership & Public
  Policy. Amelia will call you at the number on your application.\n\nRBC is
  an equal opportunity employer.
LOCATION:Phone
ORGANIZER;CN=RBC Talent Acquisition:mailto:rbc@myworkday.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Amelia Ferreira:mailto:amelia.ferreira@rbc.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="goodtime-hm",
    uid="goodtime-3f8e2a71b6c94d20a5e1-rbc@goodtime.io",
    lab=(1, RBC, RBC_ROLE, "hiring_manager", "daniel.osei@rbc.com",
         "goodtime-interview-with-vp-coordinator-organizer"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-3f8e2a71b6c94d20a5e1-rbc@goodtime.io
DTSTAMP:20251002T180944Z
DTSTART:20251007T160000Z
DTEND:20251007T164500Z
SUMMARY:Interview with RBC: Priya Natarajan - Senior Manager\, Public Policy
DESCRIPTION:Hi Priya\,\n\nYou're confirmed for the following interview:\n\n
 11:00 AM - 11:45 AM EDT  Daniel Osei\, VP\, Thought Leadership (Hiring Ma
 nager)\n\nVideo: Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join
 /19%3ameeting_UkJDR1Q@thread.v2/0\n\nQuestions? Reply to your coordinator
 \, Kiara Lee (kiara.lee@rbc.com).\n\nScheduled with GoodTime
LOCATION:Microsoft Teams
ORGANIZER;CN=Kiara Lee:mailto:kiara.lee@rbc.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Daniel Osei:mailto:daniel.osei@rbc.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="panel-toronto",
    uid="040000008200E00074C5B7101A82E0080000000052RBCWPP9D1ADC01000000000000000010000000C3B2A1908F7E",
    lab=(1, RBC, RBC_ROLE, "onsite",
         "daniel.osei@rbc.com;farah.haddad@rbc.com;ian.mcallister@rbc.com",
         "in-person-panel-toronto-toronto-tz-coordinator-organizer"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TOR + r"""BEGIN:VEVENT
ORGANIZER;CN="Lee, Kiara":mailto:kiara.lee@rbc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osei, Daniel"
 :mailto:daniel.osei@rbc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haddad, Farah
 ":mailto:farah.haddad@rbc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McAllister, I
 an":mailto:ian.mcallister@rbc.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="WPP-88QQW-07-Lake
  Ontario (10)":mailto:wpp88qqw07lakeontario@rbc.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\,\n\nWe're excited to host you at RBC W
 aterPark Place\, 88 Queens Quay West\, 7th floor. Please check in with se
 curity in the lobby and ask for Kiara Lee.\n\n1:00 – 1:45 Daniel Osei & Fa
 rah Haddad (Director\, Economics)\n1:45 – 2:30 Ian McAllister (Head\, Gov
 ernment Affairs)\n2:30 – 2:45 Wrap-up with me\n\nPlease bring a one-page w
 riting sample (published or not).\n\nKiara Lee | Recruiting Coordinator\n
UID:040000008200E00074C5B7101A82E0080000000052RBCWPP9D1ADC01000000000000000010000000C3B2A1908F7E
SUMMARY;LANGUAGE=en-US:RBC | Onsite – Priya Natarajan – Sr Mgr Public Policy
DTSTART;TZID=America/Toronto:20251017T130000
DTEND;TZID=America/Toronto:20251017T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T142516Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:RBC WaterPark Place\, 88 Queens Quay W\, Toronto – 7th fl
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))
