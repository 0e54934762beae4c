"""holdout64: the user's own interviews, English, second part (iCIMS, GoodTime, ModernLoop, Cal.com, agency)."""

from __future__ import annotations

from holdout64ev_boiler import meet, teams_en, zoom_en
from holdout64ev_ics import (
    PRODID_OUTLOOK,
    TZ_BERLIN,
    TZ_VIENNA,
    TZ_WIN,
    TZ_WIN_EN,
    TZ_ZURICH,
    WIN_EN_NAME,
    Ev,
    cal,
)

WE = f'"{WIN_EN_NAME}"'

EVENTS: list[Ev] = []

# iCIMS phone screen; the recruiter calls.
EVENTS.append(Ev(
    "icims-phone-screen-en",
    "iCIMS-Interview-25-1187-000412@harlowmed.icims.com",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:iCIMS-Interview-25-1187-000412@harlowmed.icims.com
DTSTAMP:20251002T140000Z
DTSTART;TZID=Europe/Vienna:20251008T170000
DTEND;TZID=Europe/Vienna:20251008T173000
ORGANIZER;CN=Harlow Medical Talent Acquisition:mailto:talent@harlowmed.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Kevin Doyle:mailto:kevin.doyle@harlowmed.com
SUMMARY:Phone Screen – HR Director Austria & Switzerland (Req 25-1187)
DESCRIPTION:Dear Dragana\,\n\nThank you for your application to Harlow Medical Devices. Kevin Doyle\, Seni
 or Recruiter EMEA\, will call you at the scheduled time to discuss the HR Director Austria & Switzerland p
 osition (Vienna).\n\nIf you need to reschedule\, please reply to this message.\n\nRegards\,\nHarlow Medi
 cal Talent Acquisition\n\nPowered by iCIMS
LOCATION:Phone call
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Harlow Medical Devices", "HR Director Austria & Switzerland", "recruiter_screen",
    "kevin.doyle@harlowmed.com", "icims-phone-screen-en",
))

# Final panel; the interview coordinator organizes as NON-PARTICIPANT; English Windows zone name.
EVENTS.append(Ev(
    "outlook-final-panel-coordinator-en",
    "040000008200E00074C5B7101A82E00800000000C0FFEE11A4F1DB010000000000000000100000009988776655443322110"
    "0AABBCCDDEEFF",
    cal(TZ_WIN_EN + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Ruiz, Amanda":mailto:amanda.ruiz@harlowmed.com
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ruiz, Amanda":mailto:amanda.ruiz@harlowmed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Whitfield, Sarah":mailto:sarah.whitfield@harlowmed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Strasser, Michael":mailto:michael.strasser@harlowmed.com
DESCRIPTION;LANGUAGE=en-US:Hello Dragana\,\n\nPlease find below the details of your final panel interview
  for HR Director Austria & Switzerland.\n\nPanel:\n- Sarah Whitfield\, VP Human Resources EMEA\n- Micha
 el Strasser\, General Manager Austria\n\nI will open the call and introduce everyone\, then drop off.\n\n
 Best regards\,\nAmanda Ruiz\nInterview Coordinator\, Harlow Medical Devices\n\n
 {teams_en("329 884 105 776", "ZDU0N2E3MjQtOGY")}
SUMMARY;LANGUAGE=en-US:Final Panel Interview – HR Director Austria & Switzerland
DTSTART;TZID={WE}:20251030T140000
DTEND;TZID={WE}:20251030T153000
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11A4F1DB0100000000000000001000000099887766554433221100
 AABBCCDDEEFF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T093010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Harlow Medical Devices", "HR Director Austria & Switzerland", "final",
    "sarah.whitfield@harlowmed.com;michael.strasser@harlowmed.com", "outlook-coordinator-non-participant-en",
))

# GoodTime recruiter screen, fintech in Berlin.
EVENTS.append(Ev(
    "goodtime-recruiter-screen-en",
    "goodtime-8a3e5c1f0b7d4e29@goodtime.io",
    cal(rf"""BEGIN:VEVENT
UID:goodtime-8a3e5c1f0b7d4e29@goodtime.io
DTSTAMP:20250929T120000Z
DTSTART:20251003T080000Z
DTEND:20251003T083000Z
ORGANIZER;CN=Veridian Interviews:mailto:interviews@veridianpay.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Lucas Meier:mailto:lucas.meier@veridianpay.com
SUMMARY:Veridian | Recruiter Screen | Dragana Petrović
DESCRIPTION:Hi Dragana\,\n\nYour recruiter screen for VP People is confirmed.\n\nInterviewer: Lucas Meier
 \, Senior Recruiter\nDuration: 30 minutes\n\n{meet("tyc-mvra-kid", "en")}\n\nScheduled by GoodTime on beh
 alf of Veridian Payments.
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Veridian Payments", "VP People", "recruiter_screen", "lucas.meier@veridianpay.com", "goodtime-screen-en",
))

# GoodTime virtual onsite with three back-to-back sessions and a coordinator.
EVENTS.append(Ev(
    "goodtime-virtual-onsite-en",
    "goodtime-2f9d6b4a1c8e7053@goodtime.io",
    cal(TZ_BERLIN + "\n" + rf"""BEGIN:VEVENT
UID:goodtime-2f9d6b4a1c8e7053@goodtime.io
DTSTAMP:20251020T090000Z
DTSTART;TZID=Europe/Berlin:20251029T130000
DTEND;TZID=Europe/Berlin:20251029T163000
ORGANIZER;CN=Veridian Interviews:mailto:interviews@veridianpay.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Aisha Rahman:mailto:aisha.rahman@veridianpay.com
ATTENDEE;CN=Henrik Solberg:mailto:henrik.solberg@veridianpay.com
ATTENDEE;CN=Paula Jiménez:mailto:paula.jimenez@veridianpay.com
ATTENDEE;ROLE=NON-PARTICIPANT;CN=Greta Fink:mailto:greta.fink@veridianpay.com
SUMMARY:Virtual Onsite – VP People – Dragana Petrović
DESCRIPTION:Hi Dragana\,\n\nHere is your virtual onsite for VP People at Veridian Payments:\n\n13:00–14:00
  Aisha Rahman\, CEO – leadership & values\n14:00–15:00 Henrik Solberg\, CTO – scaling engineering teams\n
 15:15–16:30 Paula Jiménez\, CFO – people budget case\n\nGreta Fink (Recruiting Coordinator) will be your
  point of contact on the day.\n\n{meet("hsw-pbnq-eoc", "en")}\n\nScheduled by GoodTime.
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Veridian Payments", "VP People", "onsite",
    "aisha.rahman@veridianpay.com;henrik.solberg@veridianpay.com;paula.jimenez@veridianpay.com",
    "goodtime-virtual-onsite-en",
))

# ModernLoop, COO (hiring manager), Zurich.
EVENTS.append(Ev(
    "modernloop-coo-en",
    "ml-sched-6b1e0f3a-2c7d-49e8-b5a4-9f0c3d2e1b7a",
    cal(TZ_ZURICH + "\n" + rf"""BEGIN:VEVENT
UID:ml-sched-6b1e0f3a-2c7d-49e8-b5a4-9f0c3d2e1b7a
DTSTAMP:20251024T071500Z
DTSTART;TZID=Europe/Zurich:20251031T100000
DTEND;TZID=Europe/Zurich:20251031T105000
ORGANIZER;CN=Tidewell Scheduling:mailto:scheduling@tidewell.ch
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Nora Keller:mailto:nora.keller@tidewell.ch
SUMMARY:Tidewell Interview: Dragana Petrović x Nora Keller (COO)
DESCRIPTION:Hi Dragana\,\n\nYou're scheduled to meet Nora Keller\, our COO and the hiring manager for He
 ad of People Switzerland.\n\n{zoom_en("874 663 0125", "dGlkZXdlbGwx", "tidewell")}\n\nScheduled with Mode
 rnLoop
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Tidewell", "Head of People Switzerland", "hiring_manager", "nora.keller@tidewell.ch", "modernloop-en",
))

# Cal.com intro call with a talent partner.
EVENTS.append(Ev(
    "calcom-intro-en",
    "ckb3x9w2q0001lh08v1e6fz7r@Cal.com",
    cal(r"""BEGIN:VEVENT
UID:ckb3x9w2q0001lh08v1e6fz7r@Cal.com
DTSTAMP:20251017T102030Z
DTSTART:20251022T090000Z
DTEND:20251022T092500Z
ORGANIZER;CN=Finn Albers:mailto:finn@loopwerk.de
ATTENDEE;CN=Dragana Petrović;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:dragana.petrovic@gmx.at
SUMMARY:Intro call: Head of People between Finn Albers and Dragana Petrović
DESCRIPTION:What: Intro call: Head of People\nInvitee time zone: Europe/Vienna\nWho:\nFinn Albers - Orga
 nizer (Talent Partner\, Loopwerk)\nfinn@loopwerk.de\nDragana Petrović\ndragana.petrovic@gmx.at\nWhere: Cal
  Video\nhttps://app.cal.com/video/x7Yq2LmP0aBv\n\nNeed to make a change? Cancel or reschedule: https://ap
 p.cal.com/booking/x7Yq2LmP0aBv
LOCATION:https://app.cal.com/video/x7Yq2LmP0aBv
STATUS:CONFIRMED
END:VEVENT""", prodid="-//Cal.com Inc.//Cal.com Event//EN"),
    1, "Loopwerk", "Head of People", "recruiter_screen", "finn@loopwerk.de", "calcom-en",
))

# Ashby onsite in Berlin.
EVENTS.append(Ev(
    "ashby-onsite-berlin-en",
    "ashby-ee27d1c0-5b94-4a3f-8d6e-0f1a2b3c4d5e",
    cal(TZ_BERLIN + "\n" + r"""BEGIN:VEVENT
UID:ashby-ee27d1c0-5b94-4a3f-8d6e-0f1a2b3c4d5e
DTSTAMP:20251112T101010Z
DTSTART;TZID=Europe/Berlin:20251120T100000
DTEND;TZID=Europe/Berlin:20251120T143000
ORGANIZER;CN=Mosaiq Health Talent:mailto:talent@mosaiq.health
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Dr. Katrin Sommer:mailto:katrin.sommer@mosaiq.health
ATTENDEE;CN=Yusuf Demir:mailto:yusuf.demir@mosaiq.health
ATTENDEE;CN=Ines Hartmann:mailto:ines.hartmann@mosaiq.health
SUMMARY:Onsite: Dragana Petrović – Head of People – Berlin office
DESCRIPTION:Hi Dragana\,\n\nWe're excited to host you in Berlin! Address: Mosaiq Health GmbH\, Chausseestr
 aße 86\, 10115 Berlin\, 3rd floor.\n\nAgenda\n10:00 Dr. Katrin Sommer (CEO)\n11:00 Yusuf Demir (VP Engin
 eering)\n12:00 Lunch with the team\n13:15 Ines Hartmann (Head of Finance) – workforce planning case\n\nSc
 heduled with Ashby
LOCATION:Mosaiq Health GmbH\, Chausseestraße 86\, 10115 Berlin
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Mosaiq Health", "Head of People", "onsite",
    "katrin.sommer@mosaiq.health;yusuf.demir@mosaiq.health;ines.hartmann@mosaiq.health", "ashby-onsite-en",
))

# Executive search firm sends the invite for the client's CEO; consultant does not join.
EVENTS.append(Ev(
    "agency-client-ceo-en",
    "KTP-2025-0457-INT2@kinrosstalent.com",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:KTP-2025-0457-INT2@kinrosstalent.com
DTSTAMP:20251103T160000Z
DTSTART;TZID=Europe/Vienna:20251114T100000
DTEND;TZID=Europe/Vienna:20251114T113000
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@kinrosstalent.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Martin Holzer:mailto:martin.holzer@alpinex.com
SUMMARY:Interview: Alpinex Outdoor – Head of HR (Martin Holzer\, CEO)
DESCRIPTION:Dear Dragana\,\n\nAs discussed\, please find the invitation for your meeting with Martin Holz
 er\, CEO of our client Alpinex Outdoor GmbH\, at their headquarters in Innsbruck. The Head of HR role rep
 orts directly to Martin.\n\nI won't attend but will call you afterwards for a debrief.\n\nKind regards\,\n
 Oliver Grant\nPartner\, Kinross Talent Partners\, Zurich
LOCATION:Alpinex Outdoor GmbH\, Grabenweg 68\, 6020 Innsbruck
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Alpinex Outdoor", "Head of HR", "hiring_manager", "martin.holzer@alpinex.com", "agency-names-employer-en",
))

# Outlook, Windows zone ID, Swiss machine builder, case presentation.
EVENTS.append(Ev(
    "outlook-case-presentation-ch-en",
    "040000008200E00074C5B7101A82E008000000007A6B5C4D3E2FDC0100000000000000001000000012ABCDEF3456789012AB"
    "CDEF34567890",
    cal(TZ_WIN + "\n" + r"""BEGIN:VEVENT
ORGANIZER;CN="Meier, Claudia":mailto:claudia.meier@zellweger-ag.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Zellweger, Andrea":mailto:andrea.zellweger@zellweger-ag.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Frei, Daniel":mailto:daniel.frei@zellweger-ag.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="WIN Sitzungszimmer Töss":mailto:sz-toess@zellweger-ag.ch
DESCRIPTION;LANGUAGE=en-US:Dear Ms Petrović\,\n\nAs agreed\, we invite you to present your case study ("
 HR operating model for 2\,400 employees in 4 countries") to Andrea Zellweger (CEO) and Daniel Frei (CFO)
 . 30 minutes presentation\, 45 minutes discussion.\n\nAddress: Zellweger Maschinen AG\, Tössfeldstrasse
  21\, 8406 Winterthur\, Building 3\, reception.\n\nKind regards\,\nClaudia Meier\nAssistant to the CEO
SUMMARY;LANGUAGE=en-US:Case presentation – Head of HR – D. Petrović
DTSTART;TZID=W. Europe Standard Time:20251126T090000
DTEND;TZID=W. Europe Standard Time:20251126T104500
UID:040000008200E00074C5B7101A82E008000000007A6B5C4D3E2FDC0100000000000000001000000012ABCDEF3456789012AB
 CDEF34567890
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T080810Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zellweger Maschinen AG\, Tössfeldstrasse 21\, 8406 Winterthur
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Zellweger Maschinen", "Head of HR", "technical",
    "andrea.zellweger@zellweger-ag.ch;daniel.frei@zellweger-ag.ch", "outlook-case-windows-zone-en",
))

# Outlook (English "(UTC+01:00) … Vienna" zone), UK retailer, two interviewers, no stage.
EVENTS.append(Ev(
    "outlook-utc-zone-name-en",
    "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC010000000000000000100000003E4F5A6B7C8D9E0F1A2B"
    "3C4D5E6F7A8B",
    cal(TZ_WIN_EN + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Clarke, Fiona":mailto:fiona.clarke@lumenretail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN='dragana.petrovic@gmx.at':mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Auer, Hans-Peter":mailto:hans-peter.auer@lumenretail.at
DESCRIPTION;LANGUAGE=en-GB:Hi Dragana\,\n\nLovely to speak last week. As promised\, here's a slot with me
  and Hans-Peter Auer (Country Manager Austria) to talk about the Head of HR Austria role in more depth.\n
 \nBest\,\nFiona\nFiona Clarke | Regional People Director Central Europe | Lumen Retail Group\n\n
 {teams_en("304 711 982 650", "NzI1YjQxMWQtZWM")}
SUMMARY;LANGUAGE=en-GB:Interview – Head of HR Austria
DTSTART;TZID={WE}:20251202T110000
DTEND;TZID={WE}:20251202T120000
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC010000000000000000100000003E4F5A6B7C8D9E0F1A2B
 3C4D5E6F7A8B
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T170200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Lumen Retail Group", "Head of HR Austria", "",
    "fiona.clarke@lumenretail.co.uk;hans-peter.auer@lumenretail.at", "outlook-utc-zone-name-en",
))
