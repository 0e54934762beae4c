"""holdout183 events, part I: newsroom life, media appearances, the Brussels trip."""

from holdout183ev_zones import BRUSSELS, GMT_STD, LONDON, ROMANCE_STD

EVENTS = []

# Radio: Oliver is the one being interviewed
EVENTS.append(dict(
    kind="gcal-radio", iv=0,
    trap="radio-down-the-line-user-interviewed",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T071000Z
DTEND:20250227T072000Z
DTSTAMP:20250226T184412Z
ORGANIZER;CN=Today Programme Bookings:mailto:today.bookings@bbc.co.uk
UID:6m8o0q2s4u6w8y0a2c4e6g8i0k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp@theledger.co.uk;X-NUM-GUESTS=0:mailto:oliver.kemp@thele
 dger.co.uk
CREATED:20250226T184355Z
DESCRIPTION:Thanks Oliver - live interview down the line from home (ISDN no
 t needed\\, we'll call your landline and record a backup on Cleanfeed). Item
 : Thames Water creditors deal. Presenter: Justin. On air approx 08:12. Produ
 cer mobile 07700 900 231.
LAST-MODIFIED:20250226T184412Z
LOCATION:Down the line (phone)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:R4 Today - Oliver Kemp (The Ledger) - Thames Water
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Podcast guest recording
EVENTS.append(dict(
    kind="riverside", iv=0,
    trap="podcast-guest-interview-recording",
    ics="""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-session-the-deal-desk-ep-112
DTSTAMP:20250303T120000Z
DTSTART:20250307T150000Z
DTEND:20250307T160000Z
SUMMARY:Recording: The Deal Desk podcast - guest interview with Oliver Kemp
DESCRIPTION:Hi Oliver\\, thanks for coming on! We'll talk about the big UK ta
 keover battles of the year and what you've learned covering them. Please use
  headphones and Chrome.\\n\\nStudio link: https://riverside.fm/studio/the-deal-d
 esk?t=3f81a2\\n\\n- Marcus & Jen\\, The Deal Desk
ORGANIZER;CN=The Deal Desk:mailto:hello@thedealdeskpod.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Bank of England press conference (same institution as a job interview)
EVENTS.append(dict(
    kind="outlook-press", iv=0,
    trap="central-bank-press-conference-accreditation",
    ics="""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Press Office, Bank of England":mailto:press@bankofengland.co.uk
DESCRIPTION;LANGUAGE=en-GB:Monetary Policy Report press conference. Accredi
 ted media only - bring your press card. Doors 11:40. Lock-up for the Report
  from 11:00 (sign-up required). Q&A with the Governor and Deputy Governors.\\n
UID:040000008200E00074C5B7101A82E00800000000CADBECFD0E1FDB010000000000000000100000006F7081926F7081926F7081926F708192
SUMMARY;LANGUAGE=en-GB:MPR press conference - February 2025
DTSTART;TZID=GMT Standard Time:20250206T123000
DTEND;TZID=GMT Standard Time:20250206T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Bank of England\\, Threadneedle Street
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Morning conference: recurring, with one moved instance (RECURRENCE-ID)
EVENTS.append(dict(
    kind="outlook-recurring", iv=0,
    trap="recurring-news-conference-with-override",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Joe":mailto:joe.whitaker@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Business Desk":mailto:businessdesk@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Biz morning conference. Lists in the doc by 09:4
 0 please. Pitches for the Sunday spread on Thursdays.\\n
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
UID:040000008200E00074C5B7101A82E00800000000DBECFD0E1F20DB01000000000000000010000000708192A3708192A3708192A3708192A3
SUMMARY;LANGUAGE=en-GB:Business morning conference
DTSTART;TZID=GMT Standard Time:20250106T100000
DTEND;TZID=GMT Standard Time:20250106T102000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250102T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Business desk / Teams
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Joe":mailto:joe.whitaker@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Business Desk":mailto:businessdesk@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Spring Statement day - conference at 8.30 so we
  can get lines out before the Chancellor is on her feet.\\n
RECURRENCE-ID;TZID=GMT Standard Time:20250326T100000
UID:040000008200E00074C5B7101A82E00800000000DBECFD0E1F20DB01000000000000000010000000708192A3708192A3708192A3708192A3
SUMMARY;LANGUAGE=en-GB:Business morning conference - EARLY (Spring Stmt)
DTSTART;TZID=GMT Standard Time:20250326T083000
DTEND;TZID=GMT Standard Time:20250326T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T153000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Business desk / Teams
END:VEVENT
END:VCALENDAR
"""))

# Five-a-side, weekly, typed
EVENTS.append(dict(
    kind="phone-recurring", iv=0,
    trap="weekly-five-a-side",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
""" + LONDON + """BEGIN:VEVENT
CREATED:20250107T221500Z
DTSTAMP:20250107T221530Z
DTSTART;TZID=Europe/London:20250108T193000
DTEND;TZID=Europe/London:20250108T203000
RRULE:FREQ=WEEKLY;BYDAY=WE
LOCATION:Powerleague Shoreditch
SUMMARY:5-a-side
DESCRIPTION:£7 on the app. bring bibs if it's my week
SEQUENCE:0
TRANSP:OPAQUE
UID:5A5A5A5A-F17E-4A51-9E00-0000000000A1
END:VEVENT
END:VCALENDAR
"""))

# Daughter's parents' evening via SchoolCloud
EVENTS.append(dict(
    kind="schoolcloud", iv=0,
    trap="parents-evening-appointment-with-teacher",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SchoolCloud//Parents Evening System//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:schoolcloud-stmarys-ye6-20250304-kemp-1745
DTSTAMP:20250221T190212Z
DTSTART:20250304T174500Z
DTEND:20250304T175000Z
SUMMARY:Parents' Evening appointment: Mrs Hughes (Year 6 - Maple)
DESCRIPTION:Student: Isla Kemp\\nTeacher: Mrs C Hughes\\nSubject: Class Teach
 er\\nAppointment: 17:45 - 17:50\\n\\nThis is a video appointment. Log in to Sch
 oolCloud 5 minutes before and click Join Video.
LOCATION:Video appointment
ORGANIZER;CN=St Mary's CE Primary School:mailto:noreply@parents-booking.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# GP appointment
EVENTS.append(dict(
    kind="nhs-app", iv=0,
    trap="gp-appointment-nhs-app",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NHS App//Appointments//EN
BEGIN:VEVENT
UID:nhsapp-appt-9b71e0a4c2
DTSTAMP:20250130T081233Z
DTSTART:20250203T084000Z
DTEND:20250203T085000Z
SUMMARY:GP appointment - Dr A Malik
DESCRIPTION:Appointment type: Face to face\\nPractice: Mildmay Medical Centre
 \\nPlease arrive 5 minutes early. If you cannot attend\\, cancel in the NHS Ap
 p.
LOCATION:Mildmay Medical Centre\\, Newington Green Road\\, N1
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

# Stag do, all-day, multi-day
EVENTS.append(dict(
    kind="gcal-allday", iv=0,
    trap="stag-do-multi-day-all-day",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Oliver (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250516
DTEND;VALUE=DATE:20250519
DTSTAMP:20250210T203011Z
UID:2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com
CREATED:20250210T202950Z
DESCRIPTION:Pete's stag. Ryanair FR 205 Stansted 07:10 Fri. £180 to Gaz by
  end of March. NO karaoke (lies)
LAST-MODIFIED:20250210T203011Z
LOCATION:Dublin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:STAG - Dublin
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

# Mock interview with a coach
EVENTS.append(dict(
    kind="zoom", iv=0,
    trap="mock-strengths-interview-with-coach",
    ics="""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250217T103000Z
UID:ZOOM81172009934
SUMMARY:Mock interview - Treasury SPO (Claire / Oliver)
DTSTART:20250220T190000Z
DTEND:20250220T200000Z
DESCRIPTION:Claire Holmes is inviting you to a scheduled Zoom meeting.\\n\\nFul
 l mock of a Civil Service interview: 4 behaviour questions (STAR)\\, 3 streng
 ths questions fired quickly\\, feedback after. Send me the job advert and you
 r personal statement beforehand.\\n\\nJoin Zoom Meeting\\nhttps://us06web.zoom.
 us/j/81172009934?pwd=cWx0bG9\\nMeeting ID: 811 7200 9934\\nPasscode: 220225
LOCATION:https://us06web.zoom.us/j/81172009934?pwd=cWx0bG9
ORGANIZER;CN=Claire Holmes:mailto:claire@holmescareercoaching.co.uk
ATTENDEE;CN=oliver.kemp.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
END:VEVENT
END:VCALENDAR
"""))

# Webinar on success profiles
EVENTS.append(dict(
    kind="zoom-webinar", iv=0,
    trap="webinar-on-civil-service-interviews",
    ics="""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250205T150000Z
UID:ZOOMWEBINAR92200871163
SUMMARY:Webinar: Cracking Civil Service Success Profiles & Strengths-Based I
 nterviews
DTSTART:20250212T123000Z
DTEND:20250212T133000Z
DESCRIPTION:Hi Oliver\\,\\n\\nThank you for registering for "Cracking Civil Se
 rvice Success Profiles & Strengths-Based Interviews" (Government Communicatio
 n Service careers series).\\n\\nPlease submit any questions to the panel in adv
 ance. Join from a PC\\, Mac\\, iPad or Android:\\nhttps://us02web.zoom.us/w/922
 00871163?tk=aB3\\nPasscode: GCS2025
LOCATION:https://us02web.zoom.us/w/92200871163
ORGANIZER;CN=GCS Careers:mailto:no-reply@zoom.us
ATTENDEE;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
END:VEVENT
END:VCALENDAR
"""))

# Appraisal at The Ledger
EVENTS.append(dict(
    kind="outlook", iv=0,
    trap="own-annual-review-at-current-paper",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Joe":mailto:joe.whitaker@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Annual review - please fill in the self-assessmen
 t on Workday beforehand (objectives\\, best stories\\, development). We'll al
 so talk about the desk restructure.\\n
UID:040000008200E00074C5B7101A82E00800000000ECFD0E1F2031DB01000000000000000010000000819203B4819203B4819203B4819203B4
SUMMARY;LANGUAGE=en-GB:Oliver / Joe - annual review 2024-25
DTSTART;TZID=GMT Standard Time:20250408T153000
DTEND;TZID=GMT Standard Time:20250408T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Joe's office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Brussels trip: Eurostar, typed
EVENTS.append(dict(
    kind="phone-typed", iv=0,
    trap="brussels-trip-train-with-zone",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + LONDON + BRUSSELS + """BEGIN:VEVENT
CREATED:20250314T090102Z
DTSTAMP:20250314T090130Z
DTSTART;TZID=Europe/London:20250401T080100
DTEND;TZID=Europe/Brussels:20250401T110500
SUMMARY:Eurostar 9116 to Brussels
LOCATION:St Pancras International
DESCRIPTION:coach 12 seat 61. Ledger paying (Commission briefing + commissi
 oner int). Hotel Amigo 2 nights
SEQUENCE:0
TRANSP:OPAQUE
UID:EE0A1B2C-3D4E-5F60-7182-93A4B5C6D7E8
END:VEVENT
END:VCALENDAR
"""))

# Brussels: press interview with an EU commissioner, French invite from the spokesperson
EVENTS.append(dict(
    kind="outlook-fr", iv=0,
    trap="french-entretien-press-with-commissioner",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_STD + """BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Claire (CAB-FIN)":mailto:claire.dubois@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kem
 p@theledger.co.uk:mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Monsieur Kemp\\,\\n\\nJe vous confirme l'en
 tretien avec le Commissaire (services financiers) pour The Ledger : 25 minu
 tes\\, en anglais\\, on the record. Merci de vous présenter à l'accueil du Ber
 laymont à 9h45 avec votre carte de presse.\\n\\nCordialement\\,\\nClaire Dubois\\n
 Porte-parole adjointe\\n
UID:040000008200E00074C5B7101A82E00800000000FD0E1F203142DB010000000000000000100000009203B4C59203B4C59203B4C59203B4C5
SUMMARY;LANGUAGE=fr-BE:Entretien presse - Commissaire / The Ledger (O. Kemp)
DTSTART;TZID=Romance Standard Time:20250403T100000
DTEND;TZID=Romance Standard Time:20250403T102500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Berlaymont\\, Rue de la Loi 200
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Brussels: Commission midday briefing
EVENTS.append(dict(
    kind="gcal-brussels", iv=0,
    trap="press-briefing-brussels-zone",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + BRUSSELS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250402T120000
DTEND;TZID=Europe/Brussels:20250402T130000
DTSTAMP:20250320T110000Z
UID:9r1t3v5x7z9b1d3f5h7j9l1n3p@google.com
CREATED:20250320T105950Z
DESCRIPTION:Midday briefing in the Berlaymont press room. Tariffs Q if poss
 ible. Badge from the accreditation desk.
LAST-MODIFIED:20250320T110000Z
LOCATION:Berlaymont press room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Commission midday briefing
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))
