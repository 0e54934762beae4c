"""holdout76: Kenji Watanabe's own interviews, international employers (part A). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_AMS, UTC1_EN, ev, meet, outlook_x, teams, tz_utc1

EVENTS = [
    ev("workday-utc-screen-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-2025-03318-a91c04d7e2@myworkday.com
DTSTAMP:20251009T140512Z
DTSTART:20251016T070000Z
DTEND:20251016T074500Z
SUMMARY:Interview: Director Logistics Operations DACH (R-2025-03318)
ORGANIZER;CN=Rheinfels Logistik Talent Acquisition:mailto:rheinfels@myworkday.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Nadine Schulte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadine.schulte@rheinfels-logistik.com
LOCATION:Phone
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Rheinfels Logistik", "Director Logistics Operations DACH", "recruiter_screen",
      "nadine.schulte@rheinfels-logistik.com", "workday-utc-recruiter-phone-en"), D="""
Dear Kenji,

You have been scheduled for an interview.

Position: Director Logistics Operations DACH (R-2025-03318)
Date: Thursday, 16 October 2025
Time: 09:00 - 09:45 (Central European Summer Time)
Format: Phone call – Nadine Schulte, Senior Talent Acquisition Partner, will call you on the number in your profile.

If you need to reschedule, please contact nadine.schulte@rheinfels-logistik.com.

Rheinfels Logistik SE | Duisburg | Moving Europe's industry
This is an automated message from Workday.
"""),
    ev("outlook-utc1-en-final-board", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Schulte, Nadine":mailto:nadine.schulte@rheinfels-logistik.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoff, Dr. Christian":mailto:christian.hoff@rhe
 infels-logistik.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vester, Marion":mailto:marion.vester@rheinfel
 s-logistik.com
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Schulte, Nadine":mailto:nadine.schulte@rhein
 fels-logistik.com
DESCRIPTION;LANGUAGE=en-US:{D}
UID:040000008200E00074C5B7101A82E00800000000B1F6D3C8A27CDC01000000000000000010000000D7A2E5B0C9F3164E
 8C1A4D7F2B5E9063
SUMMARY;LANGUAGE=en-US:Final interview with the Management Board – Director Logistics Operations DACH
DTSTART;TZID="{RAW_TZN}":20251202T143000
DTEND;TZID="{RAW_TZN}":20251202T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T125841Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Rheinfels Logistik SE\, Hafenstraße 1\, 47119 Duisburg – Board Room\, 6th floor
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Rheinfels Logistik", "Director Logistics Operations DACH", "final",
      "christian.hoff@rheinfels-logistik.com;marion.vester@rheinfels-logistik.com", "outlook-utc1-zone-final-en"),
       RAW_TZ=tz_utc1(UTC1_EN), RAW_TZN=UTC1_EN, RAW_X=outlook_x(0, "-640187733"), D="""
Dear Kenji,

Congratulations on reaching the final stage. You will meet Dr. Christian Hoff (CEO) and Marion Vester (COO) at
our headquarters in Duisburg. The conversation will be held in German and English.

I will welcome you at reception at 14:15 but will not join the interview itself.

Kind regards,
Nadine Schulte
Senior Talent Acquisition Partner | Rheinfels Logistik SE
"""),
    ev("recruitee-screen-nl", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//NL
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:recruitee-event-19920431@recruitee.com
DTSTAMP:20251010T093012Z
DTSTART;TZID=Europe/Amsterdam:20251017T110000
DTEND;TZID=Europe/Amsterdam:20251017T113000
SUMMARY:Kennismakingsgesprek – Logistiek Directeur (Kenji Watanabe)
ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@vdmeulen.nl
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Femke Jansen;PARTSTAT=ACCEPTED:mailto:femke.jansen@vdmeulen.nl
LOCATION:Microsoft Teams
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Van der Meulen Distributie", "Logistiek Directeur", "recruiter_screen", "femke.jansen@vdmeulen.nl",
      "recruitee-recruiter-screen-nl"), RAW_TZ=TZ_AMS, D="""
Beste Kenji,

Bedankt voor je sollicitatie bij Van der Meulen Distributie in Venlo. Graag plan ik een eerste
kennismakingsgesprek van 30 minuten via Teams. We voeren het gesprek in het Engels of Duits – wat jij prettig vindt.

Met vriendelijke groet,
Femke Jansen
Recruiter | Van der Meulen Distributie B.V.

""" + teams("nl", "368 207 114 559", "Vd3Mq9", "YzE3OGFm")),
    ev("google-second-round-dc-tour-nl", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20251121T100000
DTEND;TZID=Europe/Amsterdam:20251121T133000
DTSTAMP:20251110T152210Z
ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@vdmeulen.nl
UID:1t7h0qcm3es9a5vb2kd8ngp4ru@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruud van der Meulen;X-NUM-GUESTS=0:ma
 ilto:ruud@vdmeulen.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bas Hendriks;X-NUM-GUESTS=0:mailto:ba
 s.hendriks@vdmeulen.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femke Jansen;X-NUM-GUESTS=0:mailto:fe
 mke.jansen@vdmeulen.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251110T152209Z
DESCRIPTION:{D}
LAST-MODIFIED:20251110T152210Z
LOCATION:Van der Meulen Distributie\, Celsiusweg 18\, 5928 PR Venlo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tweede gesprek + rondleiding DC Venlo – Kenji Watanabe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Van der Meulen Distributie", "Logistiek Directeur", "onsite", "ruud@vdmeulen.nl;bas.hendriks@vdmeulen.nl",
      "google-onsite-dc-tour-nl"), RAW_TZ=TZ_AMS, D="""
Hoi Kenji,

Zoals besproken: het tweede gesprek vindt plaats op ons DC in Venlo, met Ruud van der Meulen (algemeen directeur)
en Bas Hendriks (operations manager). Daarna volgt een rondleiding door het DC en de cross-dock. Ik ontvang je
om 09:50 bij de receptie; het gesprek zelf voeren Ruud en Bas.

Parkeren kan op het bezoekersterrein aan de Celsiusweg.

Groet,
Femke
"""),
    ev("teamtailor-ceo-meet-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-5528190-2b7e4f@teamtailor.com
DTSTAMP:20251023T081100Z
DTSTART:20251029T130000Z
DTEND:20251029T140000Z
SUMMARY:Video interview – Head of Supply Chain | Brabant Cold Chain
ORGANIZER;CN=Brabant Cold Chain:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Maarten de Vries;PARTSTAT=ACCEPTED:mailto:maarten.devries@brabantcoldchain.nl
LOCATION:https://meet.google.com/qre-ydmk-wtc
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Brabant Cold Chain", "Head of Supply Chain", "hiring_manager", "maarten.devries@brabantcoldchain.nl",
      "teamtailor-ceo-meet-en"), D="""
Hi Kenji,

Your interview for Head of Supply Chain at Brabant Cold Chain is booked!

Who you'll meet: Maarten de Vries, CEO (the role reports directly to Maarten)
Where: Google Meet (link below)
Length: 60 minutes

Good luck, and don't hesitate to reply to this email if anything comes up.
Team Brabant Cold Chain – Tilburg

""" + meet("en", "qre-ydmk-wtc", "227501846")),
    ev("gmail-founder-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251022T160000Z
DTEND:20251022T164500Z
DTSTAMP:20251019T203355Z
ORGANIZER;CN=Tobias Wendt:mailto:tobias.wendt.muc@gmail.com
UID:3ja8ne1sb6q0v5kt9m2fwd7coh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobias Wendt;X-NUM-GUESTS=0:mailto:to
 bias.wendt.muc@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251019T203354Z
DESCRIPTION:{D}
LAST-MODIFIED:20251019T203355Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Voltaris <> Kenji – Supply Chain
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Voltaris Mobility", "Head of Supply Chain", "hiring_manager", "tobias.wendt.muc@gmail.com",
      "gmail-founder-en"), D="""
Hi Kenji,

great to connect via Jan! As mentioned, we're looking for our first Head of Supply Chain at Voltaris as we scale
battery module production in Munich from pilot to 40k units. I'd love to hear about your experience with
Tier-1 sourcing and tell you where we are. Sorry for the private calendar, our Workspace is still being migrated.

Cheers,
Tobias
Co-founder & CEO, Voltaris Mobility

""" + meet("en", "fvc-hmzq-pka", "815332047")),
    ev("calcom-case-en", r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:qW7dH2kP9sLm4vZx1cB8nR@Cal.com
DTSTAMP:20251029T110244Z
DTSTART:20251105T100000Z
DTEND:20251105T113000Z
SUMMARY:Case presentation: battery module sourcing between Voltaris and Kenji Watanabe
ORGANIZER;CN=Jan Reuter:mailto:jan@voltaris.io
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Mira Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mira@voltaris.io
LOCATION:Voltaris HQ\, Schleißheimer Str. 141\, 80797 München
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Voltaris Mobility", "Head of Supply Chain", "technical", "jan@voltaris.io;mira@voltaris.io",
      "calcom-case-presentation-en"), D="""
What: Case presentation: battery module sourcing between Voltaris and Kenji Watanabe
Invitee Time Zone: Europe/Berlin
Who:
Jan Reuter - Organizer (COO)
jan@voltaris.io
Mira Okafor (CTO)
mira@voltaris.io
Kenji Watanabe
kenji.watanabe@gmx.de
Where: Voltaris HQ, Schleißheimer Str. 141, 80797 München
Additional notes: Please prepare ~30 min on how you would de-risk cell and busbar sourcing for 2026 (the brief
Tobias sent you). We'll challenge you on the numbers :)

Need to make a change? Cancel or reschedule: https://app.cal.com/booking/qW7dH2kP9sLm4vZx1cB8nR
"""),
    ev("greenhouse-hm-meet-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251024T080000Z
DTEND:20251024T084500Z
DTSTAMP:20251017T124006Z
ORGANIZER;CN=Emma Lindholm:mailto:emma.lindholm@lindqvist-auto.com
UID:7fr2pl0d9ku4e1sm6bq3tv8hcn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Erik Sandberg;X-NUM-GUESTS=0:mailto:e
 rik.sandberg@lindqvist-auto.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251017T124005Z
DESCRIPTION:{D}
LAST-MODIFIED:20251017T124006Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview with Lindqvist Automotive – Senior Manager Logistics Europe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Lindqvist Automotive", "Senior Manager Logistics Europe", "hiring_manager",
      "erik.sandberg@lindqvist-auto.com", "greenhouse-google-hiring-manager-en"), D="""
Hi Kenji,

Please find below the details of your upcoming interview with Lindqvist Automotive Germany GmbH.

Schedule (CEST):
10:00 - 10:45  Erik Sandberg, VP Supply Chain Europe (Hiring Manager)

I am your Recruiting Coordinator and will not attend. Reply to this email if you need any assistance.

Emma Lindholm
Recruiting Coordinator | Lindqvist Automotive
Powered by Greenhouse

""" + meet("en", "mzs-gwpo-ekr", "447201993")),
    ev("greenhouse-onsite-panel-room-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251118T080000Z
DTEND:20251118T120000Z
DTSTAMP:20251106T091245Z
ORGANIZER;CN=Emma Lindholm:mailto:emma.lindholm@lindqvist-auto.com
UID:4cb9mt1e0oq7s2dk8vj5hra3fl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Erik Sandberg;X-NUM-GUESTS=0:mailto:e
 rik.sandberg@lindqvist-auto.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claudia Ferreira;X-NUM-GUESTS=0:mailt
 o:claudia.ferreira@lindqvist-auto.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henrik Blom;X-NUM-GUESTS=0:mailto:hen
 rik.blom@lindqvist-auto.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=HN-Building B-2-Neckar (10) [Video];X-
 NUM-GUESTS=0:mailto:c_1882f0a7b3d4e5f6a7@resource.calendar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251106T091244Z
DESCRIPTION:{D}
LAST-MODIFIED:20251106T091245Z
LOCATION:HN-Building B-2-Neckar (10) [Video]
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite interview – Senior Manager Logistics Europe (Lindqvist Automotive\, Heilbronn)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Lindqvist Automotive", "Senior Manager Logistics Europe", "onsite",
      "erik.sandberg@lindqvist-auto.com;claudia.ferreira@lindqvist-auto.com;henrik.blom@lindqvist-auto.com",
      "greenhouse-onsite-panel-resource-en"), D="""
Hi Kenji,

We're excited to welcome you to our Heilbronn site! Here is your onsite schedule (CET):

09:00 - 09:15  Welcome & coffee (Emma Lindholm, Recruiting Coordinator)
09:15 - 10:00  Claudia Ferreira, Director Plant Logistics Heilbronn
10:00 - 10:45  Henrik Blom, Head of Global Transport (joining from Gothenburg via video)
10:45 - 11:30  Plant tour
11:30 - 13:00  Erik Sandberg, VP Supply Chain Europe – wrap-up

Please bring a photo ID for the gate. Visitor parking: Gate 3, Austraße.

Emma
Powered by Greenhouse
"""),
    ev("workable-phone-screen-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:workable-evt-4f2a91c7d3b8e065@workable.com
DTSTAMP:20251002T141020Z
DTSTART;TZID=Europe/Amsterdam:20251008T160000
DTEND;TZID=Europe/Amsterdam:20251008T162000
SUMMARY:Phone screen: Supply Chain Director – Tulpenveld Foods
ORGANIZER;CN=Sanne Bakker:mailto:sanne.bakker@tulpenveld.nl
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
LOCATION:Phone call – Sanne will call you on +49 171 5523098
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Tulpenveld Foods", "Supply Chain Director", "recruiter_screen", "sanne.bakker@tulpenveld.nl",
      "workable-phone-screen-en"), RAW_TZ=TZ_AMS, D="""
Hi Kenji,

Thanks for applying for the Supply Chain Director position at Tulpenveld Foods B.V. I'd like to schedule a short
phone screen (20 minutes) to get to know you and discuss your salary expectations and notice period.

Best,
Sanne Bakker
Talent Acquisition | Tulpenveld Foods | Zwolle
"""),
    ev("agency-second-round-teams-nl", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Visser, Daan":mailto:daan.visser@oranjetalent.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kok, Willem":mailto:w.kok@tulpenveld.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mulder, Ingrid":mailto:i.mulder@tulpenveld.nl
DESCRIPTION;LANGUAGE=nl-NL:{D}
UID:040000008200E00074C5B7101A82E00800000000C5A9E2F1B38CDC010000000000000000100000002F6B0D8A4C1E9753
 B0D6A3F9C2E5B181
SUMMARY;LANGUAGE=nl-NL:Second interview Tulpenveld Foods – K. Watanabe (Supply Chain Director)
DTSTART;TZID=W. Europe Standard Time:20251030T140000
DTEND;TZID=W. Europe Standard Time:20251030T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T103322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Tulpenveld Foods", "Supply Chain Director", "", "w.kok@tulpenveld.nl;i.mulder@tulpenveld.nl",
      "agency-organizer-nl-teams-en"), RAW_TZ=tz_utc1("W. Europe Standard Time"), RAW_X=outlook_x(0, "903355102"),
       D="""
Hi Kenji,

As discussed by phone: Tulpenveld Foods would like to continue with a second interview, this time with Willem Kok
(COO) and Ingrid Mulder (CFO). The meeting is in English. I'm just sending the invite on behalf of our client and
will call you afterwards for feedback.

Met vriendelijke groet / Kind regards,
Daan Visser
Senior Consultant Supply Chain | Oranje Talent Partners | Utrecht

""" + teams("nl", "347 590 233 618", "Ot7Wx4", "OGQyNjVh")),
]
