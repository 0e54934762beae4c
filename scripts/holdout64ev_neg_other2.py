"""holdout64: other negatives, second part (chats, references, recruiters without employer, prep, family)."""

from __future__ import annotations

from holdout64ev_boiler import meet, webex, zoom_en
from holdout64ev_ics import PRODID_APPLE, PRODID_OUTLOOK, PRODID_TB, TZ_VIENNA, TZ_ZURICH, Ev, cal

EVENTS: list[Ev] = []

# The user supports a manager's appraisal talk in a conflict case.
EVENTS.append(Ev(
    "mag-begleitung-de",
    "AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADmagKoBr",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADmagKoBr
DTSTAMP:20251112T090000Z
DTSTART;TZID=Europe/Vienna:20251118T090000
DTEND;TZID=Europe/Vienna:20251118T100000
ORGANIZER;CN=Martin Koller:mailto:martin.koller@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Sabine Brandstätter:mailto:sabine.brandstaetter@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Mitarbeitergespräch Fr. Brandstätter (mit HR-Begleitung)
DESCRIPTION:Dragana begleitet das Gespräch auf Wunsch beider Seiten (Zielvereinbarung 2026\, Arbeitszeit
 regelung).
LOCATION:Werk Freistadt\, Büro Produktionsleitung
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="hr-appraisal-support-de",
))

# Coffee with an HR head at another company; no application.
EVENTS.append(Ev(
    "kaffee-austausch-de",
    "7c0f3i6l9o2r5u8x1a4d7g0j3m@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20250926T063000Z
DTEND:20250926T073000Z
DTSTAMP:20250922T112000Z
ORGANIZER;CN=Sabine Ortner:mailto:sabine.ortner@pfeiffer-logistik.at
UID:7c0f3i6l9o2r5u8x1a4d7g0j3m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=dragana.petrovic@gmx.at:mailto:drag
 ana.petrovic@gmx.at
DESCRIPTION:Endlich wieder mal! Ich erzähl dir\, wie wir bei Pfeiffer die HR-Leitung neu aufgestellt haben
 \, und du mir\, was du als Nächstes vorhast. Bei uns ist grad nix offen\, aber ich kenn ein paar Leute.\n
 \nSabine
LOCATION:Café Hofstätter\, Margaretenstraße 7\, 1040 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Sabine / Dragana
TRANSP:OPAQUE
END:VEVENT"""),
    0, trap="coffee-chat-names-company-de",
))

# Informational chat in English with a VP People; explicitly no open role.
EVENTS.append(Ev(
    "informational-chat-en",
    "0d3g6j9m2p5s8v1y4b7e0h3k6n@google.com",
    cal(rf"""BEGIN:VEVENT
DTSTART:20251007T160000Z
DTEND:20251007T163000Z
DTSTAMP:20251002T081500Z
ORGANIZER;CN=Maya Rosen:mailto:maya.rosen@northbeam.io
UID:0d3g6j9m2p5s8v1y4b7e0h3k6n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dragana.petrovic@gmx.at
 :mailto:dragana.petrovic@gmx.at
DESCRIPTION:Hi Dragana – happy to share how we set up People in DACH after our Munich acquisition. To be
  transparent\, we don't have an open role right now\, this is just a chat. Tomasz introduced us.\n\nMaya\n
 \n{meet("ngt-rvxa-pqe", "en")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Informational chat – Maya Rosen (Northbeam) / Dragana Petrović
TRANSP:OPAQUE
END:VEVENT"""),
    0, trap="informational-chat-en",
))

# Executive career day (the user visits as a job seeker), all-day.
EVENTS.append(Ev(
    "karrieretag-besucherin-de",
    "E2C4A6B8-0D1F-4E3A-9B5C-7D9F1B3E5A70",
    cal(r"""BEGIN:VEVENT
CREATED:20250912T190000Z
DTSTAMP:20250912T190000Z
DTSTART;VALUE=DATE:20251008
DTEND;VALUE=DATE:20251009
SUMMARY:Executive Career Day Wien – 40 Arbeitgeber (Ticket in Wallet)
DESCRIPTION:CV 10x ausdrucken\; Liste: Stände 12\, 18\, 31 (Lebensmittel/Pharma)\; Vortrag 14:00 „Vom HRBP
  zur HR-Leitung“
LOCATION:Marx Halle\, Karl-Farkas-Gasse 19\, 1030 Wien
TRANSP:TRANSPARENT
UID:E2C4A6B8-0D1F-4E3A-9B5C-7D9F1B3E5A70
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    0, trap="job-fair-visitor-de",
))

# Reference call where the user is the referee for a former colleague.
EVENTS.append(Ev(
    "referenzauskunft-de",
    "20251020-ref-gruber@brauhaus-leitner.at",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:20251020-ref-gruber@brauhaus-leitner.at
DTSTAMP:20251020T100000Z
DTSTART;TZID=Europe/Vienna:20251022T120000
DTEND;TZID=Europe/Vienna:20251022T122000
ORGANIZER;CN=Michael Stadler:mailto:m.stadler@brauhaus-leitner.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Referenzauskunft Martin Gruber – Brauhaus Leitner
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nHerr Martin Gruber hat Sie als Referenz angegeben (Bewerbung
  als Schichtleiter bei uns). Ich rufe Sie zum vereinbarten Zeitpunkt für ca. 15 Minuten an.\n\nMit freu
 ndlichen Grüßen\nMichael Stadler\nPersonal\, Brauhaus Leitner GmbH
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="reference-call-referee-de",
))

# English reference check, the user as referee.
EVENTS.append(Ev(
    "reference-check-referee-en",
    "refcheck-5521-berger@novacorp-group.com",
    cal(rf"""BEGIN:VEVENT
UID:refcheck-5521-berger@novacorp-group.com
DTSTAMP:20251110T140000Z
DTSTART:20251113T130000Z
DTEND:20251113T132000Z
ORGANIZER;CN=Holly Price:mailto:holly.price@novacorp-group.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Reference check: Anna Berger (HR Manager candidate)
DESCRIPTION:Hi Dragana\,\n\nThanks for agreeing to act as a referee for Anna Berger\, who has applied for
  our HR Manager Austria role. 15–20 minutes\, questions on leadership\, collaboration and areas for devel
 opment.\n\nBest\,\nHolly Price\nTalent Acquisition\, Novacorp\n\n{zoom_en("915 330 7720", "cmVmY2hlY2s5")}
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="reference-check-referee-en",
))

# Headhunter call that names no employer (confidential mandate).
EVENTS.append(Ev(
    "headhunter-vertraulich-de",
    "klug-consulting-20251015-1000",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:klug-consulting-20251015-1000
DTSTAMP:20251010T090000Z
DTSTART;TZID=Europe/Vienna:20251015T120000
DTEND;TZID=Europe/Vienna:20251015T123000
ORGANIZER;CN=Dr. Renate Klug:mailto:r.klug@klug-consulting.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Telefonat Dr. Klug – vertrauliches Mandat HR-Leitung Industrie (OÖ)
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nwie angekündigt möchte ich Ihnen ein vertrauliches Mandat vor
 stellen: HR-Leitung eines familiengeführten Industrieunternehmens in Oberösterreich (ca. 900 MA). Den Na
 men unseres Klienten kann ich erst nach Ihrer Zustimmung nennen.\n\nBeste Grüße\nRenate Klug
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="recruiter-call-no-employer-de",
))

# English recruiter intro naming no employer (same agency as one real interview).
EVENTS.append(Ev(
    "recruiter-intro-confidential-en",
    "KTP-2025-0511-INTRO@kinrosstalent.com",
    cal(TZ_ZURICH + "\n" + rf"""BEGIN:VEVENT
UID:KTP-2025-0511-INTRO@kinrosstalent.com
DTSTAMP:20251117T081000Z
DTSTART;TZID=Europe/Zurich:20251121T083000
DTEND;TZID=Europe/Zurich:20251121T090000
ORGANIZER;CN=Emma Shaw:mailto:emma.shaw@kinrosstalent.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Intro call – Kinross Talent Partners (confidential search: Head of People\, Zurich)
DESCRIPTION:Hi Dragana\,\n\nOliver mentioned you might be open to other conversations. We're running a co
 nfidential Head of People search for a listed industrial client in Zurich – I can share the name once we
 've spoken.\n\nBest\,\nEmma Shaw\nKinross Talent Partners\n\n{webex("kinrosstalent", "2518 774 0031", "de")}
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="recruiter-call-no-employer-en",
))

# Prep block naming the employer of a real interview.
EVENTS.append(Ev(
    "vorbereitung-interview-de",
    "c9f2a5d8-1b4e-4f7a-8c0d-3e6f9a2b5c81",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20250926T190000Z
LAST-MODIFIED:20250926T190000Z
DTSTAMP:20250926T190000Z
UID:c9f2a5d8-1b4e-4f7a-8c0d-3e6f9a2b5c81
SUMMARY:Vorbereitung Interview Seeland Pharma (Geschäftsbericht\, Fragen)
DTSTART;TZID=Europe/Vienna:20250928T160000
DTEND;TZID=Europe/Vienna:20250928T180000
DESCRIPTION:Geschäftsbericht 2024 lesen\, Standorte CH\, GAV? Eigene Fragen an Recruiterin notieren.
TRANSP:OPAQUE
END:VEVENT""", prodid=PRODID_TB, method=None),
    0, trap="prep-block-names-employer-de",
))

# English prep block before a final round.
EVENTS.append(Ev(
    "prep-final-round-en",
    "1e4h7k0n3q6t9w2z5c8f1i4l7o@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20251104T180000Z
DTEND:20251104T193000Z
DTSTAMP:20251101T100000Z
UID:1e4h7k0n3q6t9w2z5c8f1i4l7o@google.com
CREATED:20251101T100000Z
DESCRIPTION:STAR stories: works council negotiation\, SAP HCM rollout\, restructuring Freistadt. 5 questi
 ons for Rachel (CPO).
LAST-MODIFIED:20251101T100000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep: Kestrel final round
TRANSP:OPAQUE
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:Dragana privat\nX-WR-TIMEZONE:Europe/Vienna"),
    0, trap="prep-block-names-employer-en",
))

# Family: Slava (Serbian patron saint's day), all-day.
EVENTS.append(Ev(
    "slava-porodica-sr",
    "3f6i9l2o5r8u1x4a7d0g3j6m9p@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20251219
DTEND;VALUE=DATE:20251220
DTSTAMP:20251120T210000Z
UID:3f6i9l2o5r8u1x4a7d0g3j6m9p@google.com
CREATED:20251120T210000Z
DESCRIPTION:Sveti Nikola – slava kod tetke Vesne. Poneti kolač i vino\, deca idu s nama.
LOCATION:Ottakring\, kod tetke Vesne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Slava kod tetke Vesne
TRANSP:TRANSPARENT
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:Porodica\nX-WR-TIMEZONE:Europe/Vienna"),
    0, trap="family-sr",
))

# Thank-you note reminder naming an employer.
EVENTS.append(Ev(
    "erinnerung-dankesmail-de",
    "5A8C0E2F-4B6D-4F8A-9C1E-3B5D7F9A1C24",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20250923T120000Z
DTEND;TZID=Europe/Vienna:20250923T173000
DTSTAMP:20250923T120000Z
DTSTART;TZID=Europe/Vienna:20250923T171500
SEQUENCE:0
SUMMARY:Dankesmail an Tauernland (Dr. Kogler) schicken
TRANSP:TRANSPARENT
UID:5A8C0E2F-4B6D-4F8A-9C1E-3B5D7F9A1C24
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    0, trap="thank-you-reminder-names-employer-de",
))

# The son's job interview for a summer job; the user only drives him.
EVENTS.append(Ev(
    "sohn-vorstellungsgespraech-de",
    "7B9D1F3A-5C7E-4A0B-8D2F-4E6A8C0E2B46",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20251118T191500Z
DTEND;TZID=Europe/Vienna:20251127T170000
DTSTAMP:20251118T191500Z
DTSTART;TZID=Europe/Vienna:20251127T163000
LOCATION:Eissalon Bellini\, Landstraßer Hauptstraße 40\, 1030 Wien
SEQUENCE:0
SUMMARY:Luka – Vorstellungsgespräch Ferialjob Eissalon (hinbringen)
DESCRIPTION:Luka hat sich für Juli beworben\; Lebenslauf nochmal mit ihm durchgehen. Ich warte draußen.
TRANSP:OPAQUE
UID:7B9D1F3A-5C7E-4A0B-8D2F-4E6A8C0E2B46
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    0, trap="family-member-interview-de",
))

# A master's student interviews the user for a thesis.
EVENTS.append(Ev(
    "masterarbeit-interview-de",
    "a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d
DTSTAMP:20251020T100000Z
DTSTART;TZID=Europe/Vienna:20251029T170000
DTEND;TZID=Europe/Vienna:20251029T174500
ORGANIZER;CN=Julia Strasser:mailto:julia.strasser@edu.fh-donauland.ac.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Experteninterview Masterarbeit – Employer Branding in der Lebensmittelindustrie
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nherzlichen Dank\, dass Sie mir für ein Experteninterview im R
 ahmen meiner Masterarbeit (MA Personalmanagement) zur Verfügung stehen. Das Gespräch wird aufgezeichnet
  und anonymisiert ausgewertet.\n\nMit freundlichen Grüßen\nJulia Strasser\n\n{meet("jmq-ezbo-wfa", "de")}
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="thesis-expert-interview-de",
))

# Spanish class with a job-interview role play.
EVENTS.append(Ev(
    "clase-espanol-simulacion-es",
    "clase-b1-grupo3-2025-11-12@escuela-sol.at",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:clase-b1-grupo3-2025-11-12@escuela-sol.at
DTSTAMP:20251105T090000Z
DTSTART;TZID=Europe/Vienna:20251112T183000
DTEND;TZID=Europe/Vienna:20251112T200000
ORGANIZER;CN=Escuela Sol Viena:mailto:cursos@escuela-sol.at
ATTENDEE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Clase de español B1 – Unidad 7: la entrevista de trabajo (simulación)
DESCRIPTION:Hola a todos:\n\nEn la clase del miércoles practicaremos entrevistas de trabajo por parejas
  (uno hace de entrevistador\, otro de candidato). Traed el vocabulario de la unidad 7.\n\nUn saludo\,\nPr
 ofesora Lucía
LOCATION:Escuela Sol\, Neubaugasse 25\, 1070 Wien\, Aula 2
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="class-roleplay-es",
))

# French webinar about structured interviews.
EVENTS.append(Ev(
    "webinaire-entretien-structure-fr",
    "rhforum-webinaire-2025-12-04@rh-forum.ch",
    cal(TZ_ZURICH + "\n" + rf"""BEGIN:VEVENT
UID:rhforum-webinaire-2025-12-04@rh-forum.ch
DTSTAMP:20251120T100000Z
DTSTART;TZID=Europe/Zurich:20251204T120000
DTEND;TZID=Europe/Zurich:20251204T130000
ORGANIZER;CN=RH Forum Suisse romande:mailto:evenements@rh-forum.ch
ATTENDEE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Webinaire : Recruter sans biais – l'entretien structuré
DESCRIPTION:Madame\,\n\nMerci pour votre inscription au webinaire « Recruter sans biais – l'entretien str
 ucturé » avec Prof. Hélène Dubois (HEC Lausanne).\n\n{webex("rhforum", "2650 119 4823", "fr")}
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="webinar-fr",
))
