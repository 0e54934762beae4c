# ruff: noqa: E501
"""holdout142 negatives: job-search look-alikes that are not the user's own interview."""

from holdout142ev_tz import EDMONTON, MADRID, MONTREAL, VANCOUVER, WIN_MOUNTAIN, ZURICH

EVENTS = [
    dict(
        kind="mock-interview",
        uid="e29b7f10-4c6a-4d2b-9a8e-51f3c0d7b6a2",
        iv=0, company="", role="", stage="", who="",
        trap="mock-panel-interview-with-leadership-coach",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e29b7f10-4c6a-4d2b-9a8e-51f3c0d7b6a2
DTSTAMP:20250926T150312Z
DTSTART:20250929T013000Z
DTEND:20250929T023000Z
SUMMARY:Mock Panel Interview (Nurse Leaders) between Renée Castonguay and Jasmine Okoro
DESCRIPTION:Event Name: Mock Panel Interview (Nurse Leaders) – 60 min\n\nWh
 at role are you preparing for?: Clinical Nurse Educator ICU at PLC + VGH\n
 Anything else?: BDI format\, I freeze on the conflict questions\n\nPaymen
 t: $140.00 CAD (paid)\n\nRenée Castonguay\, RN MN – Nurse Leadership Coac
 hing\nZoom link will be sent 1 hour before.\n\nPowered by Calendly.com
LOCATION:Zoom
ORGANIZER;CN=Renée Castonguay:mailto:renee@nurseleadercoaching.ca
ATTENDEE;CN=Jasmine Okoro;PARTSTAT=ACCEPTED:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="practice-bdi",
        uid="4f8d2a1c-77e3-4b90-8c5d-3a6e1b9f0c27",
        iv=0, company="", role="", stage="", who="",
        trap="typed-practice-interview-questions-with-friend",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:4f8d2a1c-77e3-4b90-8c5d-3a6e1b9f0c27
DTSTAMP:20251003T021544Z
DTSTART:20251006T193000
DTEND:20251006T210000
SUMMARY:practice BDI qs w Tolu 💪
LOCATION:Tolu's place
DESCRIPTION:she plays Kathleen lol. STAR answers: sepsis bundle audit\, th
 e new grad who froze at the code\, CRRT teaching. bring wine
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="union-webinar",
        uid="ZOOMW81155203349@zoom.us",
        iv=0, company="", role="", stage="", who="",
        trap="union-webinar-about-behavioural-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTAMP:20250910T163300Z
DTSTART;TZID=America/Edmonton:20250917T190000
DTEND;TZID=America/Edmonton:20250917T200000
SUMMARY:UNA Education Webinar: Acing the Behavioural Descriptive Interview
  (BDI) – Posting\, Seniority & Your Rights
UID:ZOOMW81155203349@zoom.us
DESCRIPTION:Hi Jasmine Okoro\,\n\nThank you for registering for "UNA Educa
 tion Webinar: Acing the Behavioural Descriptive Interview (BDI)".\n\nTopic
 s: how AHS postings are awarded under Article 14\, what a BDI panel looks
  for\, STAR answers\, and what to do if you are unsuccessful.\n\nPlease su
 bmit any questions to: education@una.ca\n\nJoin from PC\, Mac\, iPad or An
 droid: https://una-ab-ca.zoom.us/w/81155203349?tk=xYz\nWebinar ID: 811 55
 20 3349
LOCATION:https://una-ab-ca.zoom.us/w/81155203349?tk=xYz
ORGANIZER;CN=United Nurses of Alberta:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="career-fair",
        uid="hxf-2025-fall-vfair-att-118273@vfairs.com",
        iv=0, company="", role="", stage="", who="",
        trap="virtual-nursing-career-fair-booths",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//vFairs//Virtual Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hxf-2025-fall-vfair-att-118273@vfairs.com
DTSTAMP:20251001T170000Z
DTSTART:20251018T160000Z
DTEND:20251018T230000Z
SUMMARY:Canadian Nursing Careers Virtual Fair – Fall 2025
DESCRIPTION:You're registered! Visit the booths of 40+ employers (health au
 thorities\, travel agencies\, long-term care) and drop your resume. Live
  Q&A sessions: 'Moving to BC'\, 'Working in Québec as an anglophone nurse
 '\, 'US travel nursing 101'. Some exhibitors offer on-the-spot chats.\n\nE
 nter the fair: https://nursingcareers.vfairs.com/en/hall
LOCATION:Online
ORGANIZER;CN=Canadian Nursing Careers Fair:mailto:info@nursingcareers.vfairs.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="info-session",
        uid="ZOOMW84470218856@zoom.us",
        iv=0, company="", role="", stage="", who="",
        trap="employer-named-recruitment-info-session",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + VANCOUVER + r"""BEGIN:VEVENT
DTSTAMP:20250919T200100Z
DTSTART;TZID=America/Vancouver:20250925T170000
DTEND;TZID=America/Vancouver:20250925T180000
SUMMARY:Vancouver Coastal Health – Critical Care Nursing Virtual Info Session
UID:ZOOMW84470218856@zoom.us
DESCRIPTION:Hi Jasmine\,\n\nThank you for registering. Hear from VGH and Li
 ons Gate ICU leaders about our critical care nursing teams\, relocation su
 pport for out-of-province nurses and current postings. Cameras optional.\n
 \nJoin: https://vch.zoom.us/w/84470218856\nWebinar ID: 844 7021 8856
LOCATION:https://vch.zoom.us/w/84470218856
ORGANIZER;CN=VCH Recruitment:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coffee-chat",
        uid="2kq7v0m4d9c1h6t3b8l5rsge0j@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="informational-coffee-with-educator-at-other-site",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20250913T100000
DTEND;TZID=America/Edmonton:20250913T110000
DTSTAMP:20250908T031140Z
ORGANIZER;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
UID:2kq7v0m4d9c1h6t3b8l5rsge0j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marisol
  Vega;X-NUM-GUESTS=0:mailto:marisol.vega@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=jasmine.okoro@shaw.ca;X-NUM-GUESTS=0:mailto:jasmine.okoro@shaw.ca
DESCRIPTION:Thanks for making time!! Want to pick your brain about what the
  CNE job is really like day to day at Rockyview + how you prepped for you
 r BDI. Coffee's on me.
LOCATION:Phil & Sebastian\, Marda Loop
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Marisol ☕
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="referee-call",
        uid="040000008200E00074C5B7101A82E00800000000C0A7E3F9B145DC01000000000000000010000000E2",
        iv=0, company="", role="", stage="", who="",
        trap="reference-call-user-is-the-referee",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kwan, Heather":mailto:heather.kwan@islandhealth.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine\, thank you for agreeing to be a reference for Daniel Mbeki\, who has applied to our critical care team. I'll call you for about 15 minutes with our standard reference questions about his clinical practice and teamwork.\nHeather Kwan\, Manager\, Critical Care\, Island Health\n
UID:040000008200E00074C5B7101A82E00800000000C0A7E3F9B145DC01000000000000000010000000E2
SUMMARY;LANGUAGE=en-US:Reference – Daniel Mbeki
DTSTART;TZID=Mountain Standard Time:20251125T121500
DTEND;TZID=Mountain Standard Time:20251125T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T200301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruiter-intro",
        uid="040000008200E00074C5B7101A82E00800000000F0D0B2A78E26DC0100000000000000001000000013",
        iv=0, company="", role="", stage="", who="",
        trap="travel-agency-recruiter-call-no-facility-named",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Kayla Brooks:mailto:kbrooks@ayahealthcare.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine! So glad you filled out the profile. Let's hop on a quick call so I can learn what you're looking for – ICU vs CVICU\, states you're open to\, when your TN visa + licensure would be ready\, and how travel pay packages work for Canadians. No pressure at all!\nKayla\n
UID:040000008200E00074C5B7101A82E00800000000F0D0B2A78E26DC0100000000000000001000000013
SUMMARY;LANGUAGE=en-US:Intro call – Aya Healthcare / Jasmine Okoro
DTSTART;TZID=Mountain Standard Time:20250924T170000
DTEND;TZID=Mountain Standard Time:20250924T172000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T224019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="8s3p1d6f0k2m9h4v7c5t0qbnle@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="prep-block-before-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jasmine.okoro@shaw.ca
X-WR-TIMEZONE:America/Edmonton
BEGIN:VEVENT
DTSTART:20251106T170000Z
DTEND:20251106T193000Z
DTSTAMP:20251102T180044Z
UID:8s3p1d6f0k2m9h4v7c5t0qbnle@google.com
CREATED:20251102T180021Z
DESCRIPTION:STAR stories (x6)\, VCH values\, read VGH ICU annual report\, 1
 0-min CRRT teaching example\, questions to ask them. test Teams camera.
LAST-MODIFIED:20251102T180044Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP – VCH panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thank-you",
        uid="C2B0E4F1-5A6D-47B9-8E3C-0D1F2A3B4C5E",
        iv=0, company="", role="", stage="", who="",
        trap="thank-you-notes-reminder-after-final",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251118T212030Z
DTSTAMP:20251118T212030Z
DTSTART;VALUE=DATE:20251119
DTEND;VALUE=DATE:20251120
SUMMARY:send thank you emails - Colleen + Raymond (Fraser)
UID:C2B0E4F1-5A6D-47B9-8E3C-0D1F2A3B4C5E
DESCRIPTION:mention the JPT tour + the charge nurse huddle idea
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="compliance-labs",
        uid="LL-APPT-2025-11-24-778102@lifelabs.com",
        iv=0, company="", role="", stage="", who="",
        trap="pre-employment-titres-tb-test-for-travel-contract",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//LifeLabs//Appointment Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + EDMONTON + r"""BEGIN:VEVENT
UID:LL-APPT-2025-11-24-778102@lifelabs.com
DTSTAMP:20251119T230001Z
DTSTART;TZID=America/Edmonton:20251124T073000
DTEND;TZID=America/Edmonton:20251124T074500
SUMMARY:LifeLabs appointment – Jasmine Okoro
DESCRIPTION:Appointment confirmation #778102\nTests: blood collection (per
  requisition)\nBring: health card\, requisition\, photo ID.\n\nMy note: MM
 R/varicella/Hep B titres + QuantiFERON for Aya/Stanford pre-employment c
 ompliance – upload results to the Aya app
LOCATION:LifeLabs – Calgary Crowfoot\, 600 Crowfoot Cres NW
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="examen-francais",
        uid="OQLF-EX-2026-00418833@oqlf.gouv.qc.ca",
        iv=0, company="", role="", stage="", who="",
        trap="french-professional-order-language-exam",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Office québécois de la langue française//Convocation//FR
VERSION:2.0
METHOD:PUBLISH
""" + MONTREAL + r"""BEGIN:VEVENT
UID:OQLF-EX-2026-00418833@oqlf.gouv.qc.ca
DTSTAMP:20251128T150000Z
DTSTART;TZID=America/Montreal:20260113T090000
DTEND;TZID=America/Montreal:20260113T120000
SUMMARY:Convocation – Examen de français pour les ordres professionnels
DESCRIPTION:Madame Jasmine Okoro\,\n\nVous êtes convoquée à l'examen de fr
 ançais de l'Office québécois de la langue française en vue de l'obtentio
 n d'un permis de l'Ordre des infirmières et infirmiers du Québec (OIIQ).
 \n\nÉpreuves : compréhension écrite\, compréhension orale\, expression écr
 ite. L'épreuve d'expression orale (entrevue) aura lieu le même jour en ap
 rès-midi.\n\nPrésentez-vous 30 minutes à l'avance avec une pièce d'identit
 é avec photo.
LOCATION:OQLF\, 125\, rue Sherbrooke Ouest\, Montréal
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="srk-anerkennung",
        uid="2c7f1e90-b4a3-4d6e-9f8a-1b2c3d4e5f60@srk.ch",
        iv=0, company="", role="", stage="", who="",
        trap="german-diploma-recognition-advice-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Schweizerisches Rotes Kreuz//Termin//DE
VERSION:2.0
METHOD:PUBLISH
""" + ZURICH + r"""BEGIN:VEVENT
UID:2c7f1e90-b4a3-4d6e-9f8a-1b2c3d4e5f60@srk.ch
DTSTAMP:20251021T080000Z
DTSTART;TZID=Europe/Zurich:20251029T163000
DTEND;TZID=Europe/Zurich:20251029T170000
SUMMARY:SRK Anerkennung ausländischer Ausbildungsabschlüsse – telefonische
  Beratung
DESCRIPTION:Terminbestätigung: telefonisches Beratungsgespräch zur Anerkenn
 ung Ihres Pflegediploms (Bachelor of Nursing\, Kanada) für die Schweiz. B
 itte halten Sie Ihre Dossiernummer bereit: ANK-2025-18832.\nDie Beraterin
  ruft Sie unter der angegebenen Nummer an.
LOCATION:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cita-homologacion",
        uid="cita-previa-MU-2025-667120@universidades.gob.es",
        iv=0, company="", role="", stage="", who="",
        trap="spanish-degree-recognition-cita-previa",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ministerio de Ciencia\, Innovación y Universidades//Cita Previa//ES
VERSION:2.0
METHOD:PUBLISH
""" + MADRID + r"""BEGIN:VEVENT
UID:cita-previa-MU-2025-667120@universidades.gob.es
DTSTAMP:20251023T101500Z
DTSTART;TZID=Europe/Madrid:20251106T170000
DTEND;TZID=Europe/Madrid:20251106T171500
SUMMARY:Cita previa – Homologación de títulos extranjeros (Enfermería)
DESCRIPTION:Justificante de cita previa\nTrámite: consulta sobre el estado
  del expediente de homologación al título de Graduado/a en Enfermería\nEx
 pediente: 2025/H/041877\nModalidad: videollamada\n\nSi no puede asistir\,
  anule la cita desde la sede electrónica.
LOCATION:Videollamada – Sede electrónica
END:VEVENT
END:VCALENDAR
""",
    ),
]
