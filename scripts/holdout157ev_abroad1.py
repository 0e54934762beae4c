# ruff: noqa: E501
"""holdout157 events: Priya's own interviews abroad (Berlin, Amsterdam)."""

from holdout157ev_tz import AMSTERDAM, BERLIN, W_EUROPE_WINDOWS, ev

EVENTS = [
    ev(
        "smartrecruiters", "sr-interview-74410213-0001", 1, "Delivery Hero", "QA Lead (f/m/d)", "recruiter_screen",
        "julia.brandt@deliveryhero.com", "smartrecruiters-berlin-first-call",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:sr-interview-74410213-0001
DTSTAMP:20250304T143000Z
DTSTART;TZID=Europe/Berlin:20250310T100000
DTEND;TZID=Europe/Berlin:20250310T103000
SUMMARY:First Call: QA Lead (f/m/d) - Delivery Hero
ORGANIZER;CN=Julia Brandt:mailto:julia.brandt@deliveryhero.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Julia Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julia.brandt@deliveryhero.com
LOCATION:Google Meet
DESCRIPTION:Hi Priya\,\n\nThank you for applying to the QA Lead (f/m/d) role in our Berlin HQ. In this first call I'd like to learn more about you\, your motivation to relocate to Berlin\, and explain our process and relocation/visa support (EU Blue Card).\n\nGoogle Meet: https://meet.google.com/dhq-pzvc-wnr\n\nBest\,\nJulia Brandt | Talent Acquisition Partner\n\nScheduled via SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "greenhouse-tech", "greenhouse-int-6120994-4410", 1, "N26", "Lead QA Engineer", "technical",
        "tobias.weber@n26.com;ana.ferreira@n26.com", "greenhouse-berlin-technical-interview",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:greenhouse-int-6120994-4410
DTSTAMP:20250320T101500Z
DTSTART;TZID=Europe/Berlin:20250326T093000
DTEND;TZID=Europe/Berlin:20250326T103000
SUMMARY:N26 Interview - Lead QA Engineer - Technical Interview
ORGANIZER;CN=N26 Talent:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Tobias Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.weber@n26.com
ATTENDEE;CN=Ana Ferreira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana.ferreira@n26.com
LOCATION:https://n26.zoom.us/j/87720441290
DESCRIPTION:Hi Priya\,\n\nYour technical interview is confirmed for Wednesday\, 26 March\, 09:30 - 10:30 CET (14:00 IST).\n\nInterviewers: Tobias Weber (Engineering Manager\, Core Banking) and Ana Ferreira (Senior QA Engineer)\nTopics: test automation architecture for mobile + backend\, contract testing\, quality in a regulated environment.\n\nZoom: https://n26.zoom.us/j/87720441290\n\nThe N26 Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "final-vp", "greenhouse-int-6120994-5102", 1, "N26", "Lead QA Engineer", "final",
        "lena.hoffmann@n26.com", "greenhouse-final-with-vp-outlook-zone-name",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{W_EUROPE_WINDOWS}
BEGIN:VEVENT
UID:greenhouse-int-6120994-5102
DTSTAMP:20250407T081500Z
DTSTART;TZID=W. Europe Standard Time:20250411T113000
DTEND;TZID=W. Europe Standard Time:20250411T121500
SUMMARY:Final interview: Priya Raghavan x Lena Hoffmann (VP Engineering)
ORGANIZER;CN=N26 Talent:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lena.hoffmann@n26.com
LOCATION:https://n26.zoom.us/j/81003998421
DESCRIPTION:Hi Priya\,\n\nCongratulations on making it to the final stage for Lead QA Engineer. You'll meet Lena Hoffmann\, VP Engineering. This is a 45 minute conversation about leadership\, your view of quality ownership in product teams\, and your questions about N26.\n\nZoom: https://n26.zoom.us/j/81003998421
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "personio-de", "personio-appointment-2291045-ab12", 1, "Klarwerk Software",
        "Teamleitung Qualitätssicherung (m/w/d)", "recruiter_screen", "s.krueger@klarwerk.de",
        "personio-german-kennenlerngespraech",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:personio-appointment-2291045-ab12
DTSTAMP:20250312T090000Z
DTSTART;TZID=Europe/Berlin:20250318T140000
DTEND;TZID=Europe/Berlin:20250318T144500
SUMMARY:Kennenlerngespräch: Teamleitung Qualitätssicherung (m/w/d) - Priya Raghavan
ORGANIZER;CN=Sabine Krüger:mailto:s.krueger@klarwerk.de
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Sabine Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.krueger@klarwerk.de
LOCATION:Microsoft Teams (Link siehe Beschreibung)
DESCRIPTION:Hallo Priya\,\n\nvielen Dank für Ihre Bewerbung als Teamleitung Qualitätssicherung (m/w/d) bei der Klarwerk Software GmbH in Berlin. Gerne möchten wir Sie in einem ersten Kennenlerngespräch (ca. 45 Minuten\, auf Englisch) näher kennenlernen.\n\nGesprächspartnerin: Sabine Krüger (People & Culture)\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KW2291045@thread.v2/0\n\nViele Grüße\nIhr Klarwerk Recruiting-Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "ashby-hm", "ashby-interview-9f0e1d2c-3b4a-5968-7a6b-5c4d3e2f1a0b", 1, "Trade Republic", "Senior QA Lead",
        "hiring_manager", "m.schulz@traderepublic.com", "ashby-utc-hiring-manager-berlin",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-9f0e1d2c-3b4a-5968-7a6b-5c4d3e2f1a0b
DTSTAMP:20250402T154500Z
DTSTART:20250409T120000Z
DTEND:20250409T124500Z
SUMMARY:Trade Republic - Priya Raghavan - Hiring Manager Interview
ORGANIZER;CN=Trade Republic Recruiting:mailto:scheduling@ashbyhq.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Maximilian Schulz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.schulz@traderepublic.com
LOCATION:Google Meet: https://meet.google.com/trp-kqzn-ewa
DESCRIPTION:Interview for Senior QA Lead\n\nInterviewer: Maximilian Schulz (Engineering Lead\, Brokerage)\nDuration: 45 min\n\nGoogle Meet: https://meet.google.com/trp-kqzn-ewa\n\nNeed to reschedule? https://app.ashbyhq.com/candidate/reschedule/9f0e1d2c
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "entretien-fr", "wttj-event-3f81c2a0-doctolib-priya", 1, "Doctolib", "QA Lead (Berlin)", "technical",
        "camille.martin@doctolib.com", "welcome-to-the-jungle-french-invite-berlin-role",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:wttj-event-3f81c2a0-doctolib-priya
DTSTAMP:20250403T080000Z
DTSTART;TZID=Europe/Berlin:20250410T140000
DTEND;TZID=Europe/Berlin:20250410T150000
SUMMARY:Entretien technique – QA Lead (Berlin) – Priya Raghavan
ORGANIZER;CN=Camille Martin:mailto:camille.martin@doctolib.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Camille Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.martin@doctolib.com
LOCATION:Google Meet
DESCRIPTION:Bonjour Priya\,\n\nJe vous confirme notre entretien technique pour le poste de QA Lead basé à Berlin. L'entretien se déroulera en anglais (1h) : stratégie de test\, automatisation (Cypress/Playwright)\, et un cas pratique sur la qualité d'une fonctionnalité de prise de rendez-vous.\n\nLien Google Meet : https://meet.google.com/dct-bqwe-ymr\n\nÀ très vite\,\nCamille Martin\nEngineering Manager – Doctolib\n\nEnvoyé via Welcome to the Jungle
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "calcom-intro", "calcom-8rT2xQw9LmP4vZ1aBc7dEf", 1, "Contentful", "Engineering Manager, Quality",
        "recruiter_screen", "hannah.vogel@contentful.com", "cal-com-booked-intro-berlin",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-8rT2xQw9LmP4vZ1aBc7dEf
DTSTAMP:20250225T171200Z
DTSTART:20250303T110000Z
DTEND:20250303T113000Z
SUMMARY:Intro Call | Engineering Manager\, Quality between Hannah Vogel and Priya Raghavan
ORGANIZER;CN=Hannah Vogel:mailto:hannah.vogel@contentful.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
LOCATION:https://app.cal.com/video/8rT2xQw9LmP4vZ1aBc7dEf
DESCRIPTION:What: Intro Call | Engineering Manager\, Quality\nInvitee Time Zone: Asia/Kolkata\nWho:\n- Hannah Vogel - Organizer (hannah.vogel@contentful.com)\n- Priya Raghavan (priya.raghavan.qa@outlook.com)\nWhere: Cal Video\nAdditional notes: Applied via LinkedIn - happy to relocate to Berlin\n\nNeed to make a change? Reschedule or cancel: https://app.cal.com/booking/8rT2xQw9LmP4vZ1aBc7dEf
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "workday-screen", "WD-BKNG-JR-38812-PS-01", 1, "Booking.com", "Engineering Manager - Test Automation",
        "recruiter_screen", "sanne.devries@booking.com", "workday-amsterdam-phone-screen",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:WD-BKNG-JR-38812-PS-01
DTSTAMP:20250305T120000Z
DTSTART;TZID=Europe/Amsterdam:20250312T103000
DTEND;TZID=Europe/Amsterdam:20250312T110000
SUMMARY:Booking.com | Phone Screen | Engineering Manager - Test Automation (JR-38812)
ORGANIZER;CN=Booking.com Talent Acquisition:mailto:bookinghr@myworkday.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Sanne de Vries;ROLE=REQ-PARTICIPANT:mailto:sanne.devries@booking.com
LOCATION:Zoom
DESCRIPTION:Dear Priya\,\n\nThank you for your interest in Booking.com. Your phone screen with Sanne de Vries (Senior Technical Recruiter) is confirmed. Note the time is Amsterdam time (CET) - 15:00 in India.\n\nZoom: https://booking.zoom.us/j/92017731188\n\nBooking.com Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "zoom-technical", "WD-BKNG-JR-38812-TI-02", 1, "Booking.com", "Engineering Manager - Test Automation",
        "technical", "pieter.bakker@booking.com;r.mukherjee@booking.com", "workday-amsterdam-technical-two-panelists",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:WD-BKNG-JR-38812-TI-02
DTSTAMP:20250321T090000Z
DTSTART;TZID=Europe/Amsterdam:20250401T130000
DTEND;TZID=Europe/Amsterdam:20250401T140000
SUMMARY:Booking.com | Technical Interview | Engineering Manager - Test Automation (JR-38812)
ORGANIZER;CN=Booking.com Talent Acquisition:mailto:bookinghr@myworkday.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Pieter Bakker;ROLE=REQ-PARTICIPANT:mailto:pieter.bakker@booking.com
ATTENDEE;CN=Rahul Mukherjee;ROLE=REQ-PARTICIPANT:mailto:r.mukherjee@booking.com
LOCATION:Zoom
DESCRIPTION:Dear Priya\,\n\nYour technical interview is scheduled. Interviewers: Pieter Bakker (Principal Engineer) and Rahul Mukherjee (Engineering Manager). Expect a test-architecture design exercise and a discussion of how you measure automation effectiveness.\n\nZoom: https://booking.zoom.us/j/95541203377\n\nBooking.com Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "case-interview", "greenhouse-int-8830129-1177", 1, "Adyen", "Test Engineering Lead", "technical",
        "joost.vanleeuwen@adyen.com", "greenhouse-amsterdam-case-interview",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:greenhouse-int-8830129-1177
DTSTAMP:20250414T110000Z
DTSTART;TZID=Europe/Amsterdam:20250423T110000
DTEND;TZID=Europe/Amsterdam:20250423T121500
SUMMARY:Adyen - Case interview - Test Engineering Lead
ORGANIZER;CN=Adyen Recruitment:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Joost van Leeuwen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:joost.vanleeuwen@adyen.com
LOCATION:Google Meet - https://meet.google.com/ady-vnkq-oxp
DESCRIPTION:Hi Priya\,\n\nYou will be working through a case with Joost van Leeuwen (Team Lead\, Payment Platform Testing). No preparation needed - the case will be shared during the call.\n\nGoogle Meet: https://meet.google.com/ady-vnkq-oxp\n\nKind regards\,\nAdyen Recruitment
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "teamtailor-call", "teamtailor-meeting-1f2e3d4c5b6a-picnic", 1, "Picnic", "Test Lead", "recruiter_screen",
        "eva.jansen@teampicnic.com", "teamtailor-amsterdam-phone-call-x-wr-timezone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
UID:teamtailor-meeting-1f2e3d4c5b6a-picnic
DTSTAMP:20250318T100500Z
DTSTART:20250324T090000Z
DTEND:20250324T093000Z
SUMMARY:Picnic x Priya Raghavan - Phone call
ORGANIZER;CN=Eva Jansen:mailto:eva.jansen@teampicnic.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Eva Jansen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:eva.jansen@teampicnic.com
LOCATION:Phone: +91 98450 22718
DESCRIPTION:Hi Priya\,\n\nThanks for your application for Test Lead at Picnic! I will call you for a first chat about your experience\, the role and relocation to Amsterdam.\n\nSee you soon\,\nEva\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
