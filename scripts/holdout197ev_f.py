# ruff: noqa: E501
"""holdout197 events: startups, agencies naming the client, Cork/Dublin sites (part 2)."""

from holdout197ev_tz import DUBLIN, GMT_STD

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="founder-chat",
    uid="3nq0c8t4vh6p2jf1k7r9s5md2a@google.com",
    is_interview=1, company="Lúnasa Bio", role="Head of Process Engineering", stage="hiring_manager",
    interviewers="ronan.lunasabio@gmail.com",
    trap="founder-on-gmail-casual-chat-is-interview",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250321T173000Z
DTEND:20250321T183000Z
DTSTAMP:20250317T224012Z
ORGANIZER;CN=Ronan Hegarty:mailto:ronan.lunasabio@gmail.com
UID:3nq0c8t4vh6p2jf1k7r9s5md2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ronan Hegarty;X-NUM-GUESTS=0:mailto:ronan.lunasabio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=cian.osullivan.eng@gmail.com;X-NUM-GUESTS=0:mailto:cian.osullivan.e
 ng@gmail.com
DESCRIPTION:Cian – great to hear from you via Maeve. As I said\, we're 6 peo
 ple\, precision fermentation (dairy proteins)\, just closed the seed round a
 nd need someone to own scale-up from 200 L to our first CMO run. Would love
  to hear how you'd approach it and tell you more about the Head of Process E
 ngineering job. Pints on us if it works out!\nRonan (CEO/co-founder\, Lúnas
 a Bio)\n\nJoin with Google Meet: https://meet.google.com/bxe-qspo-kze
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cian <> Ronan – Lúnasa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="headhunter-call",
    uid="040000008200E00074C5B7101A82E0080000000044E1B2C3D4A9DB010000000000000000100000009988776655443322110FFEEDDCCBBAA0",
    is_interview=1, company="Bristol Myers Squibb", role="Associate Director MSAT", stage="recruiter_screen",
    interviewers="dkinsella@harcourtsearch.ie",
    trap="headhunter-confidential-title-employer-only-in-body",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Declan Kinsella:mailto:dkinsella@harcourtsearch.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Cian\,\n\nThanks for taking my call earlier. In confidence: the client is Bristol Myers Squibb at Cruiserath\, Dublin 15 – the search is for an Associate Director MSAT (biologics DS\, 8-10 reports). I'll take you through their brief and then ask you a series of questions I need to cover before I present you to their VP of Operations. Allow 45 minutes.\n\nDeclan Kinsella\nPartner\, Harcourt Executive Search\, Dublin 2\n+353 1 906 4418\n
UID:040000008200E00074C5B7101A82E0080000000044E1B2C3D4A9DB010000000000000000100000009988776655443322110FFEEDDCCBBAA0
SUMMARY;LANGUAGE=en-GB:Confidential – AD MSAT search – Declan / Cian
DTSTART;TZID=GMT Standard Time:20250508T123000
DTEND;TZID=GMT Standard Time:20250508T131500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250502T161108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone – Declan to call mobile
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-interview",
    uid="AAMkAGQ1ZmVlYzc1LTcwNDgtNDU4Ni05ZTNkLTg0ZjQ5YzJlYjE1MwBGAAAAAAC7hovione",
    is_interview=1, company="Hovione", role="Senior Process Engineer (API)", stage="",
    interviewers="paula.silva@hovione.com;john.buckley@hovione.com",
    trap="agency-sends-client-interview-invite-agency-organizer",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkAGQ1ZmVlYzc1LTcwNDgtNDU4Ni05ZTNkLTg0ZjQ5YzJlYjE1MwBGAAAAAAC7hovione
DTSTAMP:20250326T142500Z
DTSTART;TZID=GMT Standard Time:20250403T140000
DTEND;TZID=GMT Standard Time:20250403T150000
SUMMARY:Hovione Interview – Cian O'Sullivan (Collins McNicholas candidate)
ORGANIZER;CN=Emer Lucey:mailto:elucey@collinsmcnicholas.ie
ATTENDEE;CN=cian.osullivan.eng@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Hovione\, Loughbeg\, Ringaskiddy\, Co. Cork
DESCRIPTION:Hi Cian\,\n\nDelighted to confirm your interview with Hovione f
 or the Senior Process Engineer (API) role. You'll meet Paula Silva (Enginee
 ring Manager\, paula.silva@hovione.com) and John Buckley (Production Manage
 r\, john.buckley@hovione.com) on site. Ask for Paula at reception. Give me a
  ring after and let me know how it went!\n\nEmer Lucey\nCollins McNicholas
  Recruitment\, Cork
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="icims-phone",
    uid="icims-gilead-int-57120-1@careers-gilead.icims.com",
    is_interview=1, company="Gilead", role="Senior Engineer, Process Engineering", stage="recruiter_screen",
    interviewers="sarah.lynch@gilead.com",
    trap="icims-phone-screen-utc",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-gilead-int-57120-1@careers-gilead.icims.com
DTSTAMP:20250310T090000Z
DTSTART:20250314T110000Z
DTEND:20250314T113000Z
SUMMARY:Phone Screen: Senior Engineer\, Process Engineering (Req 57120)
ORGANIZER;CN=Sarah Lynch:mailto:sarah.lynch@gilead.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Phone (+353 86 221 7740)
DESCRIPTION:Sarah Lynch (Talent Acquisition) will call you at the number on
  your application. Gilead Sciences Ireland UC\, IDA Business & Technology Pa
 rk\, Carrigtwohill\, Co. Cork.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="icims-panel",
    uid="icims-gilead-int-57120-2@careers-gilead.icims.com",
    is_interview=1, company="Gilead", role="Senior Engineer, Process Engineering", stage="onsite",
    interviewers="mark.hennessy@gilead.com;deirdre.o.callaghan@gilead.com",
    trap="icims-onsite-panel-carrigtwohill",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:icims-gilead-int-57120-2@careers-gilead.icims.com
DTSTAMP:20250321T155100Z
DTSTART;TZID=Europe/Dublin:20250402T100000
DTEND;TZID=Europe/Dublin:20250402T120000
SUMMARY:Onsite Interview: Senior Engineer\, Process Engineering (Req 57120)
ORGANIZER;CN=Sarah Lynch:mailto:sarah.lynch@gilead.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Mark Hennessy:mailto:mark.hennessy@gilead.com
ATTENDEE;CN=Deirdre O Callaghan:mailto:deirdre.o.callaghan@gilead.com
LOCATION:Gilead Carrigtwohill – Building 2 Reception
DESCRIPTION:Panel interview with Mark Hennessy (Director Engineering) and D
 eirdre O Callaghan (Associate Director Operations)\, followed by a short wa
 lk of the formulation area. Bring ID.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="successfactors-german",
    uid="SF-INTSCHED-merckgroupP-4b7d9e11-3c02-11f0-a1b2-0a58a9fe1003",
    is_interview=1, company="MilliporeSigma", role="Senior Process Engineer (Carrigtwohill)", stage="hiring_manager",
    interviewers="liam.fitzgerald@milliporesigma.com",
    trap="successfactors-german-parent-template-irish-site",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:SF-INTSCHED-merckgroupP-4b7d9e11-3c02-11f0-a1b2-0a58a9fe1003
DTSTAMP:20250411T080201Z
DTSTART;TZID=Europe/Dublin:20250418T110000
DTEND;TZID=Europe/Dublin:20250418T120000
SUMMARY:Interview / Vorstellungsgespräch – Senior Process Engineer (Carrigtwohill) – 285512
ORGANIZER;CN=Merck Recruiting:mailto:recruiting.noreply@merckgroup.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Liam Fitzgerald;PARTSTAT=ACCEPTED:mailto:liam.fitzgerald@milliporesigma.com
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrte/r Cian O'Sullivan\, / Dear Cian O'Sullivan\,\n\nvie
 len Dank für Ihre Bewerbung. / Thank you for your application. Your intervi
 ew with Liam Fitzgerald (Engineering Manager\, MilliporeSigma Carrigtwohill)
  is confirmed.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_Mrk285@thread.v2/0\n\nMerck KGaA\, Darmstadt – Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="phenom-interview",
    uid="phenom-sched-tfs-7713a2c9e0@thermofisher.phenompeople.com",
    is_interview=1, company="Thermo Fisher Scientific", role="Senior Engineer, Process (Drug Product)", stage="technical",
    interviewers="kieran.walsh@thermofisher.com;anna.kowalczyk@thermofisher.com",
    trap="phenom-scheduling-technical-zoom",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Phenom People//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:phenom-sched-tfs-7713a2c9e0@thermofisher.phenompeople.com
DTSTAMP:20250505T081500Z
DTSTART:20250509T083000Z
DTEND:20250509T093000Z
SUMMARY:Thermo Fisher Scientific – Interview – Senior Engineer\, Process (Drug Product) – R-01297745
ORGANIZER;CN=Thermo Fisher Scientific Scheduling:mailto:noreply-scheduling@thermofisher.phenompeople.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Kieran Walsh;PARTSTAT=ACCEPTED:mailto:kieran.walsh@thermofisher.com
ATTENDEE;CN=Anna Kowalczyk;PARTSTAT=ACCEPTED:mailto:anna.kowalczyk@thermofisher.com
LOCATION:Zoom
DESCRIPTION:Technical interview (60 min) with Kieran Walsh and Anna Kowalczy
 k – Swords site\, Dublin. Expect a whiteboard problem on lyophilisation cyc
 le transfer.\nZoom: https://thermofisher.zoom.us/j/96612883150 Passcode: 33
 0155
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="bookings-interview",
    uid="bookings-nibrt-e3b0c442-98fc-1c14-9afb-f4c8996fb924",
    is_interview=1, company="NIBRT", role="Senior Process Engineer – Training & Operations", stage="",
    interviewers="fiona.daly@nibrt.ie",
    trap="microsoft-bookings-candidate-self-booked-slot",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=NIBRT Recruitment:mailto:NIBRTRecruitment@nibrt.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cian O'Sullivan:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Fiona Daly:mailto:fiona.daly@nibrt.ie
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Interview – Senior Process Engineer (Training & Operations)\nStaff: Fiona Daly\n\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NbrT@thread.v2/0\n\nNeed to make changes? Manage booking\n\nPowered by Microsoft Bookings
UID:bookings-nibrt-e3b0c442-98fc-1c14-9afb-f4c8996fb924
SUMMARY;LANGUAGE=en-US:Interview – Senior Process Engineer (Training & Operations)
DTSTART;TZID=GMT Standard Time:20250428T150000
DTEND;TZID=GMT Standard Time:20250428T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T203322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hirehive-invite",
    uid="hirehive-interview-recordati-61294@hirehive.com",
    is_interview=1, company="Recordati", role="Process Engineer (Senior)", stage="",
    interviewers="b.oconnell@recordati.ie",
    trap="hirehive-irish-ats-onsite-short",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireHive//HireHive Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:hirehive-interview-recordati-61294@hirehive.com
DTSTAMP:20250313T121200Z
DTSTART:20250320T150000Z
DTEND:20250320T160000Z
SUMMARY:Interview with Recordati Ireland – Process Engineer (Senior)
ORGANIZER;CN=Recordati Ireland Careers:mailto:jobs@recordati.hirehive.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Brendan O'Connell:mailto:b.oconnell@recordati.ie
LOCATION:Recordati Ireland\, Raheens East\, Ringaskiddy\, Co. Cork
DESCRIPTION:Interview with Brendan O'Connell\, Technical Services Manager. P
 lease report to reception. Powered by HireHive.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-screen-sigmar",
    uid="7ab5d0c3-5f22-4a91-8e1d-sigmar-skbiotek@sigmar.ie",
    is_interview=1, company="SK biotek", role="Senior Process Engineer", stage="recruiter_screen",
    interviewers="conor.mahon@sigmarrecruitment.com",
    trap="agency-calendly-screen-client-named-in-title",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7ab5d0c3-5f22-4a91-8e1d-sigmar-skbiotek@sigmar.ie
DTSTAMP:20250317T094500Z
DTSTART:20250319T124500Z
DTEND:20250319T131500Z
SUMMARY:Cian O'Sullivan and Conor Mahon – SK biotek Swords: Senior Process Engineer screening
ORGANIZER;CN=Conor Mahon:mailto:conor.mahon@sigmarrecruitment.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=ACCEPTED:mailto:cian.osullivan.eng@gmail.com
LOCATION:Conor will call you on +353862217740
DESCRIPTION:Event Name: SK biotek Swords: Senior Process Engineer screening
 \n\nConor will run through the client's screening questions (API / small m
 olecule experience\, batch reactors\, shift pattern) before submitting your
  profile to SK biotek.\n\nNeed to make changes to this event?\nCancel: https
 ://calendly.com/cancellations/7ab5d0c3\nReschedule: https://calendly.com/re
 schedulings/7ab5d0c3\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))
