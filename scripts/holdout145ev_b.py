# ruff: noqa: E501
"""holdout145 events, part b: Munich, Hamburg and Amsterdam processes (own interviews)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "sf-einladung",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:SFIS_7731025_1_flix
DTSTAMP:20250224T140317Z
DTSTART;TZID=Europe/Berlin:20250303T150000
DTEND;TZID=Europe/Berlin:20250303T160000
SUMMARY:Interview Einladung: Lead UX Designer (all genders) - Flix SE
ORGANIZER;CN=Flix Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Moritz Eberl;ROLE=REQ-PARTICIPANT:mailto:moritz.eberl@flix.com
ATTENDEE;CN=Jelena Petrović;ROLE=REQ-PARTICIPANT:mailto:jelena.petrovic@flix.com
DESCRIPTION:Liebe Lea\,\n\nvielen Dank für dein Interesse an Flix! Hiermit
  laden wir dich zum Interview für die Position Lead UX Designer (all gender
 s) ein.\n\nGesprächspartner:innen: Moritz Eberl (VP Design) und Jelena Pet
 rović (Senior Product Manager)\nDauer: 60 Minuten\nFormat: Microsoft Teams
 \n\n________________________________________________________________________
 ________\nMicrosoft Teams Besprechung\nAuf dem Computer\, in der mobilen A
 pp oder auf dem Raumgerät teilnehmen\nHier klicken\, um an der Besprechung
  teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ1
 ZDk0@thread.v2/0>\nBesprechungs-ID: 371 220 458 993\nPasscode: Gw9sQe\n___
 _____________________________________________________________________________
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "SFIS_7731025_1_flix",
        yes=1, company="Flix", role="Lead UX Designer (all genders)", stage="hiring_manager",
        who="moritz.eberl@flix.com;jelena.petrovic@flix.com", trap="successfactors-german-teams-boilerplate",
    ),
    ev(
        "vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Huber, Markus";SENT-BY="mailto:sabine.lechner@check24.de":mailto:markus.huber@check24.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.vogt.design@mailbox.org:mailto:lea.vogt.design@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Aydin, Cem":mailto:cem.aydin@check24.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MUC-ER-3.OG-Isar (8 Pers.)":mailto:muc-er-3og-isar@check24.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nim Auftrag von Herrn
  Huber bestätige ich Ihnen das persönliche Gespräch für die Position Teaml
 ead UX Design (m/w/d) im Bereich Versicherungen. Gesprächspartner sind Her
 r Markus Huber (Bereichsleiter Produkt) und Herr Cem Aydin (Head of UX).\n
 \nBitte melden Sie sich am Empfang im EG.\n\nMit freundlichen Grüßen\nSabi
 ne Lechner\nAssistenz Bereichsleitung\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F3A4C083DB01000000000000000010000000B7C4E0A2F21D5E4C9A3E3F7C1D2B8E6A
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Vogt - Teamlead UX Design
DTSTART;TZID=W. Europe Standard Time:20250306T140000
DTEND;TZID=W. Europe Standard Time:20250306T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T103155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:CHECK24\, Erika-Mann-Str. 62-66\, 80636 München\, 3. OG Raum Isar
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D0E1F3A4C083DB01000000000000000010000000B7C4E0A2F21D5E4C9A3E3F7C1D2B8E6A",
        yes=1, company="CHECK24", role="Teamlead UX Design (m/w/d)", stage="onsite",
        who="markus.huber@check24.de;cem.aydin@check24.de", trap="outlook-sent-by-assistant-room-resource-de",
    ),
    ev(
        "kennenlerngespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFIS_6620417_1_otto
DTSTAMP:20250207T091100Z
DTSTART:20250214T130000Z
DTEND:20250214T140000Z
SUMMARY:Kennenlerngespräch Design Lead (w/m/d) Checkout – OTTO
ORGANIZER;CN=OTTO Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Friederike Janssen:mailto:friederike.janssen@otto.de
LOCATION:Google Meet
DESCRIPTION:Moin Lea\,\n\nwir freuen uns auf das erste Kennenlernen mit Fri
 ederike Janssen (Teamlead UX Checkout & Payment). Den Link zum Google Meet
  bekommst du kurz vorher.\n\nViele Grüße aus Hamburg-Bramfeld\nDein OTTO Re
 cruiting Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "SFIS_6620417_1_otto",
        yes=1, company="OTTO", role="Design Lead (w/m/d) Checkout", stage="hiring_manager",
        who="friederike.janssen@otto.de", trap="kennenlerngespraech-hamburg-de",
    ),
    ev(
        "case-praesi",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:lea.vogt.design@mailbox.org
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250228T100000
DTEND;TZID=Europe/Berlin:20250228T113000
DTSTAMP:20250410T080000Z
UID:4ml1h6v0s9e2r7p3d8j5k0g1qa@google.com
CREATED:20250218T201144Z
DESCRIPTION:Case Präsi!! 20 min + Fragen. Friederike + jmd aus Payment + P
 O. Hamburg\, Werner-Otto-Str. 1-7\, Haus 12. ICE 6:29 ab Hbf
LAST-MODIFIED:20250218T201356Z
LOCATION:Otto HH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Otto – Case
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4ml1h6v0s9e2r7p3d8j5k0g1qa@google.com",
        yes=1, company="OTTO", role="", stage="technical",
        who="Friederike", trap="self-typed-google-export-x-wr-timezone",
    ),
    ev(
        "teamkennenlernen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Interview Scheduler//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:sg-5d1f07a9c3b84e21@softgarden.io
DTSTAMP:20250311T120501Z
DTSTART;TZID=Europe/Berlin:20250318T130000
DTEND;TZID=Europe/Berlin:20250318T143000
SUMMARY:Teamkennenlernen | Lead UX Designer (m/w/d) | New Work SE
ORGANIZER;CN=New Work SE Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Gesa Thormählen:mailto:gesa.thormaehlen@new-work.se
ATTENDEE;CN=Bastian Krull:mailto:bastian.krull@new-work.se
ATTENDEE;CN=Mia Oltmanns:mailto:mia.oltmanns@new-work.se
LOCATION:New Work SE\, Am Strandkai 1\, 20457 Hamburg
DESCRIPTION:Hallo Lea\,\n\nals nächsten Schritt möchten wir dich einladen\,
  das XING-Designteam persönlich kennenzulernen. Es gibt keine Präsentation
  – ihr sprecht über eure Arbeitsweise\, Rituale und was dir wichtig ist.\n
 Dabei sind Gesa\, Bastian und Mia aus dem Team.\n\nPowered by softgarden
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "sg-5d1f07a9c3b84e21@softgarden.io",
        yes=1, company="New Work SE", role="Lead UX Designer (m/w/d)", stage="",
        who="gesa.thormaehlen@new-work.se;bastian.krull@new-work.se;mia.oltmanns@new-work.se",
        trap="softgarden-teamkennenlernen-no-clear-stage",
    ),
    ev(
        "zweitgespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-32207715@personio.de
DTSTAMP:20250313T093000Z
DTSTART;TZID=Europe/Berlin:20250320T110000
DTEND;TZID=Europe/Berlin:20250320T120000
SUMMARY:Zweitgespräch Jimdo – Senior/Lead Product Designer
ORGANIZER;CN=Jimdo Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Hauke Petersen:mailto:hauke.petersen@jimdo.com
LOCATION:https://jimdo.zoom.us/j/81933071288
DESCRIPTION:Hi Lea\,\n\nschön\, dass es weitergeht! Im Zweitgespräch lernst
  du Hauke kennen\, unseren Head of Product Design. Er möchte mit dir über
  Führung\, Feedbackkultur und eure Erfahrungen mit Design Systems sprechen.
 \n\nLiebe Grüße\nNele von Jimdo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-32207715@personio.de",
        yes=1, company="Jimdo", role="Senior/Lead Product Designer", stage="hiring_manager",
        who="hauke.petersen@jimdo.com", trap="personio-zweitgespraech-employer-is-not-personio",
    ),
    ev(
        "round-one",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-EVENT-3-120114908@myworkday.com
DTSTAMP:20250214T081712Z
DTSTART:20250219T083000Z
DTEND:20250219T090000Z
SUMMARY:HelloFresh Interview - Design Manager\, Consumer Apps - Round 1
ORGANIZER;CN=HelloFresh Careers:mailto:hellofresh@myworkday.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Daniela Ruiz;PARTSTAT=ACCEPTED:mailto:daniela.ruiz@hellofresh.com
LOCATION:Google Meet: meet.google.com/tqs-bvae-jmp
DESCRIPTION:Round 1: Talent Acquisition Interview (30 min)\nInterviewer: Da
 niela Ruiz\, Talent Acquisition Partner\n\nPlease make sure you are in a qu
 iet place with a stable internet connection.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "WD-INTERVIEW-EVENT-3-120114908@myworkday.com",
        yes=1, company="HelloFresh", role="Design Manager, Consumer Apps", stage="recruiter_screen",
        who="daniela.ruiz@hellofresh.com", trap="workday-round-1-talent-acquisition",
    ),
    ev(
        "values-chat",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:workable-event-9f21c4e7a0@workable.com
DTSTAMP:20250305T102000Z
DTSTART;TZID=Europe/Berlin:20250312T103000
DTEND;TZID=Europe/Berlin:20250312T111500
SUMMARY:Ecosia: Culture & values conversation with Lea Vogt
ORGANIZER;CN=Ecosia via Workable:mailto:notifications@workablemail.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Ruth Abebe:mailto:ruth.abebe@ecosia.org
ATTENDEE;CN=Jan Olsen:mailto:jan.olsen@ecosia.org
LOCATION:https://ecosia.zoom.us/j/93300291145
DESCRIPTION:Hi Lea! 🌳\n\nThis is a relaxed conversation with two Ecosians
  from outside the design team (Ruth\, People & Culture and Jan\, Engineerin
 g) about how we work and what matters to you. It's part of the Lead Desig
 ner process.\n\nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "workable-event-9f21c4e7a0@workable.com",
        yes=1, company="Ecosia", role="Lead Designer", stage="",
        who="ruth.abebe@ecosia.org;jan.olsen@ecosia.org", trap="culture-fit-conversation-workable",
    ),
    ev(
        "first-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_AMSTERDAM@@
BEGIN:VEVENT
UID:gh-interview-6001243-2025021716@greenhouse.io
DTSTAMP:20250211T140922Z
DTSTART;TZID=Europe/Amsterdam:20250217T160000
DTEND;TZID=Europe/Amsterdam:20250217T164500
SUMMARY:Adyen - Interview (Product Design Lead) - Lea Vogt
ORGANIZER;CN=Sem de Vries:mailto:sem.devries@adyen.com
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Sem de Vries;ROLE=REQ-PARTICIPANT:mailto:sem.devries@adyen.com
LOCATION:Google Meet - https://meet.google.com/pzr-wqhd-cob
DESCRIPTION:Hi Lea\,\n\nI'm looking forward to our first conversation abou
 t the Product Design Lead role in Amsterdam. We'll go through your backgro
 und\, Adyen's design organisation and the interview process.\n\nCheers\,\n
 Sem (Recruiter\, Design & Research)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-6001243-2025021716@greenhouse.io",
        yes=1, company="Adyen", role="Product Design Lead", stage="recruiter_screen",
        who="sem.devries@adyen.com", trap="amsterdam-zone-recruiter-first-call",
    ),
    ev(
        "onsite-loop",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_AMSTERDAM@@
BEGIN:VEVENT
UID:gh-interview-6001243-2025031309@greenhouse.io
DTSTAMP:20250304T090112Z
DTSTART;TZID=Europe/Amsterdam:20250313T093000
DTEND;TZID=Europe/Amsterdam:20250313T140000
SUMMARY:On-site interviews Adyen – Lea Vogt
ORGANIZER;CN=Sem de Vries:mailto:sem.devries@adyen.com
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Sem de Vries;ROLE=OPT-PARTICIPANT:mailto:sem.devries@adyen.com
ATTENDEE;CN=Floor Bakker;ROLE=REQ-PARTICIPANT:mailto:floor.bakker@adyen.com
ATTENDEE;CN=Thijs van Dam;ROLE=REQ-PARTICIPANT:mailto:thijs.vandam@adyen.com
ATTENDEE;CN=Anouk Meijer;ROLE=REQ-PARTICIPANT:mailto:anouk.meijer@adyen.com
ATTENDEE;CN=AMS-SC-5.03 Keizer;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:ams-sc-503-keizer@adyen.com
LOCATION:Adyen HQ\, Simon Carmiggeltstraat 6-50\, 1011 DJ Amsterdam
DESCRIPTION:Schedule (Amsterdam time):\n09:30 Welcome with Sem\n09:45 Portf
 olio deep dive – Floor Bakker (Design Director)\n11:00 Product collaborati
 on – Thijs van Dam (Product Manager)\n12:00 Lunch\n13:00 Leadership – Anou
 k Meijer (VP Product Design)\n\nFlights and hotel are booked by our travel
  team\, details follow by email.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-6001243-2025031309@greenhouse.io",
        yes=1, company="Adyen", role="", stage="onsite",
        who="floor.bakker@adyen.com;thijs.vandam@adyen.com;anouk.meijer@adyen.com",
        trap="amsterdam-onsite-loop-recruiter-and-room-excluded",
    ),
    ev(
        "case-study",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="van der Linden, Eva":mailto:eva.vanderlinden@booking.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.vogt.design@mailbox.org:mailto:lea.vogt.design@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, Chidi":mailto:chidi.okafor@booking.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitz, Laura":mailto:laura.schmitz@booking.com
DESCRIPTION;LANGUAGE=en-US:Hi Lea\,\n\nPlease find below the details for yo
 ur case study interview for the Design Manager – Accommodations role. Chid
 i and Laura will review the case you received on Monday with you.\n\nKind r
 egards\,\nEva van der Linden\nRecruitment Coordinator\n\n__________________
 ______________________________________________________________\nMicrosoft
  Teams meeting\nJoin on your computer\, mobile app or room device\nClick he
 re to join the meeting\nMeeting ID: 318 448 201 557\nPasscode: u6Ka9P\n\nDi
 al in by phone\n+31 20 794 8431\,\,71822934# Netherlands\, Amsterdam\n____
 ____________________________________________________________________________
UID:040000008200E00074C5B7101A82E0080000000050A7C1E2D88BDB01000000000000000010000000A12F9D3E4C5B6A7F8091A2B3C4D5E6F7
SUMMARY;LANGUAGE=en-US:Booking.com | Design Manager | Case study interview
DTSTART;TZID=W. Europe Standard Time:20250321T140000
DTEND;TZID=W. Europe Standard Time:20250321T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T091422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000050A7C1E2D88BDB01000000000000000010000000A12F9D3E4C5B6A7F8091A2B3C4D5E6F7",
        yes=1, company="Booking.com", role="Design Manager – Accommodations", stage="technical",
        who="chidi.okafor@booking.com;laura.schmitz@booking.com",
        trap="outlook-coordinator-organizer-case-study-amsterdam",
    ),
    ev(
        "challenge-review",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8a1b9c0d-2e3f-4a5b-8c6d-7e8f9a0b1c2d
DTSTAMP:20250320T151200Z
DTSTART:20250327T130000Z
DTEND:20250327T141500Z
SUMMARY:Mollie | Lead Product Designer | Design Challenge Review
ORGANIZER;CN=Mollie Talent Team:mailto:talent@mollie.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Joost Verhoeven;PARTSTAT=ACCEPTED:mailto:joost.verhoeven@mollie.com
ATTENDEE;CN=Lotte Hendriks;PARTSTAT=ACCEPTED:mailto:lotte.hendriks@mollie.com
LOCATION:https://meet.google.com/bsa-mkpe-rxy
DESCRIPTION:You'll present your take-home challenge (invoicing flow for SME
 s) to Joost (Design Director) and Lotte (Senior Product Designer). 30 min p
 resentation\, 45 min discussion.\n\nThis invitation was sent via Lever.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "lever-interview-8a1b9c0d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
        yes=1, company="Mollie", role="Lead Product Designer", stage="technical",
        who="joost.verhoeven@mollie.com;lotte.hendriks@mollie.com", trap="take-home-review-as-candidate",
    ),
]
