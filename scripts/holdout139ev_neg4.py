"""holdout139: negatives, part 4 – internal meetings, her own appraisal and exit interview, job-search admin."""

from __future__ import annotations

from holdout139ev_common import GOOGLE, OUTLOOK, THUNDERBIRD, Ev, cal

EVENTS = [
    Ev("ohs-committee", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="SHE Officer":mailto:she@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nkosi, Thandiwe":mailto
 :tnkosi@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Monthly OHS committee: incident stats\, fire dri
 ll results\, first-aider refresher\, racking inspection report.
RRULE:FREQ=MONTHLY;BYDAY=2TH
UID:040000008200E00074C5B7101A82E00800000000A2A3B4B5C61BDC01000000000000000
 01000000005405405405405405405405405405405
SUMMARY;LANGUAGE=en-ZA:OHS committee
DTSTART;TZID=South Africa Standard Time:20250911T140000
DTEND;TZID=South Africa Standard Time:20250911T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250801T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Canteen
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="internal-ohs-committee"),

    Ev("stock-take", cal(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250927
DTEND;VALUE=DATE:20250929
DTSTAMP:20250901T070000Z
UID:8ko9lp0zx1cv2bn3mq4we5rt6y@google.com
DESCRIPTION:Bi-annual stock take. No receiving Sat. Auditors on site Sun 06
 h00.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:STOCK TAKE
TRANSP:TRANSPARENT
END:VEVENT
""", GOOGLE, method=None), 0, trap="internal-stock-take-allday"),

    Ev("own-appraisal", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mashaba, Kgomotso":mailto:kmashaba@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Mid-year performance review. Please complete you
 r self-assessment on the HR portal beforehand (KPIs: DIFOT\, shrinkage\, O
 HS\, people development).
UID:040000008200E00074C5B7101A82E00800000000B3B4C5C6D71BDC01000000000000000
 01000000042424242424242424242424242424242
SUMMARY;LANGUAGE=en-ZA:Mid-year review – Thandiwe Nkosi
DTSTART;TZID=South Africa Standard Time:20250918T140000
DTEND;TZID=South Africa Standard Time:20250918T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250904T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:GM Supply Chain office
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="own-appraisal"),

    Ev("own-exit-interview", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Venter, Michelle":mailto:mventer@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hi Thandiwe\, as part of your resignation proces
 s please join me for your exit interview. It is confidential and helps us
  understand why people leave. We'll also go through leave pay and the retu
 rn of your laptop\, access card and company cellphone.
UID:040000008200E00074C5B7101A82E00800000000C4C5D6D7E81BDC01000000000000000
 010000000E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0
SUMMARY;LANGUAGE=en-ZA:Exit interview - T. Nkosi
DTSTART;TZID=South Africa Standard Time:20251024T100000
DTEND;TZID=South Africa Standard Time:20251024T104500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251020T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:HR interview room\, Admin block
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="own-exit-interview"),

    Ev("coffee-chat", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250913T093000
DTEND;TZID=Africa/Johannesburg:20250913T103000
DTSTAMP:20250909T200000Z
ORGANIZER;CN=Nomsa Zwane:mailto:nomsa.zwane@gmail.com
UID:9lp0zx1cv2bn3mq4we5rt6yu7i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=thandi
 we.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nkosi.ops@webmai
 l.co.za
DESCRIPTION:Lovely to reconnect! Happy to tell you what it's really like wo
 rking at Zuri Commerce's fulfilment centres before you decide to apply. No
 t a formal thing – just coffee.
LOCATION:Vida e Caffè\, Rosebank
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee – Nomsa (ex-Kwezi\, now at Zuri)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="informational-coffee-chat-names-company"),

    Ev("job-fair", cal(r"""
BEGIN:VEVENT
UID:expo-lscc-2025-visitor-55120@lsccexpo.co.za
DTSTAMP:20250901T100000Z
DTSTART;TZID=Africa/Johannesburg:20251018T090000
DTEND;TZID=Africa/Johannesburg:20251018T160000
SUMMARY:Logistics & Supply Chain Careers Expo – visitor registration
DESCRIPTION:Your free visitor ticket: LSCC-55120. Meet 60+ employers (3PLs\
 , retailers\, FMCG\, mining) and recruiters; on-the-spot CV clinics and mo
 ck interviews all day.
LOCATION:Gallagher Convention Centre\, Midrand
END:VEVENT
""", "-//Quicket//Events//EN", method="PUBLISH"), 0, trap="job-fair"),

    Ev("referee-call", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250922T163000
DTEND;TZID=Africa/Johannesburg:20250922T164500
DTSTAMP:20250919T110000Z
ORGANIZER;CN=Sharon Maritz:mailto:sharon.maritz@mthathawholesale.co.za
UID:0zx1cv2bn3mq4we5rt6yu7io8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tnkosi
 @kwezi-retail.co.za;X-NUM-GUESTS=0:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Hi Thandiwe\, Bongani Zulu has listed you as a referee for the
  Warehouse Supervisor position at Mthatha Wholesalers. I'd like 15 minutes
  to ask about his time reporting to you. Thank you!\nSharon Maritz\, HR Of
 ficer
LOCATION:Telephonic
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check – Bongani Zulu
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="reference-call-user-is-referee"),

    Ev("recruiter-no-employer", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250910T123000
DTEND;TZID=Africa/Johannesburg:20250910T130000
DTSTAMP:20250908T090000Z
ORGANIZER;CN=Kagiso Sebego:mailto:kagiso@pinnaclescr.co.za
UID:1cv2bn3mq4we5rt6yu7io8pa9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=thandi
 we.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nkosi.ops@webmai
 l.co.za
DESCRIPTION:Quick call to tell you about a confidential DC Manager mandate
  in Johannesburg South (large FMCG client – I can only share the name on
 ce you're happy for me to submit your CV). Also want to understand your no
 tice period and salary expectations.\n\nKagiso\nPinnacle Supply Chain Recr
 uitment
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call with Kagiso (Pinnacle) – confidential DC role
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="recruiter-call-no-employer"),

    Ev("own-prep-block", cal(r"""
BEGIN:VEVENT
CREATED:20250928T170000Z
LAST-MODIFIED:20250928T170000Z
DTSTAMP:20250928T170000Z
UID:b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e
SUMMARY:PREP – Tugela final: STAR stories + DC KPIs
DTSTART;TZID=Africa/Johannesburg:20250929T190000
DTEND;TZID=Africa/Johannesburg:20250929T210000
DESCRIPTION:Read Tugela annual report. 3 stories: peak 2023\, WMS cutover\,
  strike. Questions for MD.
TRANSP:OPAQUE
END:VEVENT
""", THUNDERBIRD, method=None), 0, trap="prep-block-own-interview"),

    Ev("indaba", cal(r"""
BEGIN:VEVENT
UID:sali-2025-delegate-3321@logisticsindaba.co.za
DTSTAMP:20250801T080000Z
DTSTART;VALUE=DATE:20251022
DTEND;VALUE=DATE:20251024
SUMMARY:Southern Africa Logistics Indaba 2025
DESCRIPTION:Delegate pass 3321. Day 1 keynote: 'Rail\, ports and the road f
 reight squeeze'. Day 2 panel: 'Interviews with the DC managers who survive
 d stage 6'.
LOCATION:Durban ICC
END:VEVENT
""", "-//Eventbrite//Eventbrite//EN", method="PUBLISH", tz=()), 0, trap="conference-indaba-allday"),

    Ev("thank-you-reminder", cal(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251011
DTEND;VALUE=DATE:20251012
DTSTAMP:20251010T170000Z
UID:2bn3mq4we5rt6yu7io8pa9sd0f@google.com
DESCRIPTION:Email Kavitha + Gerrit after yesterday's final. Mention the ret
 urns-centre idea.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Send thank-you note – Protea Home Stores
TRANSP:TRANSPARENT
END:VEVENT
""", GOOGLE, method=None), 0, trap="follow-up-reminder-names-company"),

    Ev("pre-employment-medical", cal(r"""
BEGIN:VEVENT
UID:ohc-booking-771208@medwell-ohc.co.za
DTSTAMP:20251020T090000Z
DTSTART;TZID=Africa/Johannesburg:20251023T080000
DTEND;TZID=Africa/Johannesburg:20251023T093000
SUMMARY:Pre-employment medical – Highveld Mining Supplies
DESCRIPTION:Booked by Highveld Mining Supplies for candidate Thandiwe Nkosi
 : medical questionnaire\, audiometry\, spirometry\, vision and drug test.
  Fast for 8 hours. Bring ID.
LOCATION:MedWell Occupational Health\, Witbank
ORGANIZER;CN=MedWell OHC Bookings:mailto:bookings@medwell-ohc.co.za
ATTENDEE;CN=Thandiwe Nkosi:mailto:thandiwe.nkosi.ops@webmail.co.za
END:VEVENT
""", "-//MedWell//Bookings//EN"), 0, trap="pre-employment-medical"),

    Ev("webinar-de", cal(r"""
BEGIN:VEVENT
UID:webinar-hubmaster-20251009@hubmaster.de
DTSTAMP:20250920T080000Z
DTSTART;TZID=Europe/Berlin:20251009T100000
DTEND;TZID=Europe/Berlin:20251009T110000
SUMMARY:Webinar: Schmalganglager richtig planen – Praxisinterview mit Anw
 endern
ORGANIZER;CN=Hubmaster Flurförderzeuge:mailto:webinar@hubmaster.de
ATTENDEE;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Vielen Dank für Ihre Anmeldung. Im Webinar zeigen wir Schmalga
 ngstapler\, Regalplanung und Sicherheit – mit einem Praxisinterview mit
  zwei Lagerleitern. Sprache: Deutsch mit englischen Untertiteln.\n\nZugang
 : https://hubmaster.webex.com/webinar/9910
LOCATION:Webex Webinar
END:VEVENT
""", "-//Hubmaster//Webinar//DE", tz=("ber",)), 0, trap="webinar-de"),

    Ev("webinar-fr", cal(r"""
BEGIN:VEVENT
UID:froidafrique-webinaire-2025-11@froidafrique.org
DTSTAMP:20250925T090000Z
DTSTART:20251014T120000Z
DTEND:20251014T133000Z
SUMMARY:Webinaire : la chaîne du froid en Afrique de l'Est – retours d'e
 xpérience
ORGANIZER;CN=Association Froid Afrique:mailto:contact@froidafrique.org
ATTENDEE;CN=Thandiwe Nkosi:mailto:thandiwe.nkosi.ops@webmail.co.za
DESCRIPTION:Merci pour votre inscription. Intervenants : responsables d'ent
 repôts frigorifiques à Nairobi\, Mombasa et Kampala. Traduction simultan
 ée en anglais.\nLien Zoom : https://us02web.zoom.us/w/83310022991
LOCATION:Zoom
END:VEVENT
""", "-//Association Froid Afrique//Agenda//FR", tz=()), 0, trap="webinar-fr"),

    Ev("podcast-es", cal(r"""
BEGIN:VEVENT
UID:lsf-episodio-48-grabacion@logisticasinfronteras.es
DTSTAMP:20250928T100000Z
DTSTART;TZID=Europe/Madrid:20251020T170000
DTEND;TZID=Europe/Madrid:20251020T180000
SUMMARY:Entrevista para el podcast «Logística sin Fronteras» – episodi
 o 48
ORGANIZER;CN=Marta Solís:mailto:marta@logisticasinfronteras.es
ATTENDEE;CN=Thandiwe Nkosi:mailto:thandiwe.nkosi.ops@webmail.co.za
DESCRIPTION:Hola Thandiwe\, gracias por aceptar la entrevista para el podca
 st. Hablaremos en inglés sobre la gestión de un centro de distribución
  con cortes de luz programados. Grabación en Zencastr: https://zencastr.c
 om/z/lsf48
LOCATION:Zencastr
END:VEVENT
""", "-//Logistica sin Fronteras//Podcast//ES", tz=("mad",)), 0, trap="podcast-interview-es"),
]
