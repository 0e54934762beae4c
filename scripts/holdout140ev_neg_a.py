"""holdout140: look-alikes around the job search that are not the user's own interviews."""

from holdout140ev_common import TZ_BER, TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("mock-coach", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Birthe Lassen:mailto:bla@danskmetal.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Mikkel\n\nSom aftalt øver vi en jobsamtale t
 il en lederstilling. Send mig jobopslaget fra Vestas (Site Manager)\, så s
 piller jeg ansættelsesudvalget og giver dig feedback bagefter. Vi optager
  ikke noget.\n\nVenlig hilsen\nBirthe Lassen\nKarriererådgiver\, Dansk Me
 tal\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000
 010000000DA7A5E7DA7A5E7DA7A5E7DA7A5E7DA7A
SUMMARY;LANGUAGE=da-DK:Jobsamtaletræning - Mikkel Sørensen
DTSTART;TZID=Romance Standard Time:20250314T150000
DTEND;TZID=Romance Standard Time:20250314T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T121200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000DA7A5E7DA7A5E7DA7A5E7DA7A5E7DA7A",
      False, trap="mock-interview-union-coach-names-employer"),

    E("webinar", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250204T120000Z
DTSTART:20250211T150000Z
DTEND:20250211T160000Z
SUMMARY:Webinar: Nail the interview - leadership careers in offshore wind
UID:ZOOMW93017722410-mikkel
DESCRIPTION:Hi Mikkel Sørensen\,\n\nThank you for registering for "Nail the
  interview - leadership careers in offshore wind". Recruiters from two tu
 rbine OEMs share what they look for when technicians apply for supervisor
  roles\, followed by Q&A.\n\nHosted by Energy Cluster Denmark.\n\nJoin fr
 om PC\, Mac\, iPad\, or Android: https://us02web.zoom.us/w/93017722410?tk
 =mJ8xV\nWebinar ID: 930 1772 2410\n\nYou can cancel your registration at
  any time.
ORGANIZER;CN=Energy Cluster Denmark:mailto:no-reply@zoom.us
LOCATION:https://us02web.zoom.us/w/93017722410
END:VEVENT
END:VCALENDAR
""", "ZOOMW93017722410-mikkel", False, trap="webinar-about-interviewing"),

    E("avis-interview", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250227T150000
DTEND;TZID=Europe/Copenhagen:20250227T160000
DTSTAMP:20250220T110000Z
ORGANIZER;CN=Kasper Nørgaard:mailto:kasno@jv.dk
UID:0h8g6f4d2s1a9p7o5i3u1y9t7r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
DESCRIPTION:Hej Mikkel\, tak fordi du vil stille op. Interviewet handler om
  hverdagen som vindmølletekniker i Esbjerg - vejr\, rotationer\, mangel på
  folk. Vi tager også et par billeder ved træningstårnet (aftalt med jeres
  kommunikationsafdeling). Kasper\, JydskeVestkysten
LOCATION:Vestkyst Vindservice\, Svanevej 9
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview til JydskeVestkysten (vindmølleteknikere)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0h8g6f4d2s1a9p7o5i3u1y9t7r@google.com", False, trap="press-interview-local-newspaper"),

    E("podcast", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250411T120000Z
DTEND:20250411T131500Z
DTSTAMP:20250325T080000Z
ORGANIZER;CN=Op i møllen podcast:mailto:opimoellen.podcast@gmail.com
UID:4k6j8h0g2f4d6s8a0p2o4i6u8y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail.dk
DESCRIPTION:Optagelse af episode 41: "Fra lærling til lead tech". Vi interv
 iewer dig ca. 50 min. Riverside-link: https://riverside.fm/studio/op-i-mo
 ellen - brug headset\, ikke AirPods.
LOCATION:Riverside (online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-optagelse: Op i møllen ep. 41 m. Mikkel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4k6j8h0g2f4d6s8a0p2o4i6u8y@google.com", False, trap="podcast-guest-interview"),

    E("user-research", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Event Invite//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:CAL-44d0b7a2-9c1e-4f83-b5d6-0e2a7c9f1b38@calendly.com
DTSTAMP:20250402T101000Z
DTSTART:20250408T070000Z
DTEND:20250408T074500Z
SUMMARY:Mikkel Sørensen and Ana Ruiz
DESCRIPTION:Event Name: Service technician research interview (45 min)\n\n
 Location: Microsoft Teams\n\nHi! Thanks for signing up. We are the UX team
  for Siemens Gamesa's service app. We'd like to hear how you use work ord
 ers and checklists in the nacelle. There are no right or wrong answers. A
  €50 gift card is sent after the session.\n\nPowered by Calendly.com
ORGANIZER;CN=Ana Ruiz:mailto:ana.ruiz@siemensgamesa.com
ATTENDEE;CN=Mikkel Sørensen;PARTSTAT=ACCEPTED:mailto:mikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "CAL-44d0b7a2-9c1e-4f83-b5d6-0e2a7c9f1b38@calendly.com", False,
      trap="user-research-interview-at-interviewing-employer"),

    E("survey-phone", r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A44C2E91-7B3D-4F20-9E6A-1C8D5B0F7E33
DTSTAMP:20250304T170012Z
CREATED:20250304T170012Z
SUMMARY:Danmarks Statistik ringer (AKU interview)
DTSTART:20250306T173000
DTEND:20250306T180000
DESCRIPTION:arbejdskraftundersøgelsen - de ringer fra 33 91 ... ca 20 min
END:VEVENT
END:VCALENDAR
""", "A44C2E91-7B3D-4F20-9E6A-1C8D5B0F7E33", False, trap="survey-interview-statistics-denmark", eol="\n"),

    E("mus", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lund, Henrik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Mikkel\n\nÅrets MUS. Udfyld forberedelsessk
 emaet i HR-portalen inden. Vi snakker om det forgangne år\, dine mål\, ud
 dannelse (GWO instruktør?) og løn.\n\nHenrik\n
UID:040000008200E00074C5B7101A82E008000000003C4B5A69788FDB01000000000000000
 010000000AAAA1111BBBB2222CCCC3333DDDD4444
SUMMARY;LANGUAGE=da-DK:MUS - Mikkel / Henrik
DTSTART;TZID=Romance Standard Time:20250311T130000
DTEND;TZID=Romance Standard Time:20250311T143000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250224T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Henriks kontor
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000003C4B5A69788FDB01000000000000000010000000AAAA1111BBBB2222CCCC3333DDDD4444",
      False, trap="own-appraisal-mus-current-employer"),

    E("exit-samtale", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Mikkel\n\nSom ved alle fratrædelser vil jeg
  gerne tage en fratrædelsessamtale (exit interview) med dig. Det er frivil
 ligt og fortroligt - vi bruger svarene til at blive en bedre arbejdsplads
 . Vi tager også aflevering af nøglekort\, PPE og GWO-kort.\n\nCharlotte\n
UID:040000008200E00074C5B7101A82E00800000000EE1F2A3B4C5DDB01000000000000000
 0100000006E7E8E9EAEBECEDEEEFE0F1F2F3F4F5F
SUMMARY;LANGUAGE=da-DK:Fratrædelsessamtale / exit interview - Mikkel Sørens
 en
DTSTART;TZID=Romance Standard Time:20250626T100000
DTEND;TZID=Romance Standard Time:20250626T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250602T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:HR
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000EE1F2A3B4C5DDB010000000000000000100000006E7E8E9EAEBECEDEEEFE0F1F2F3F4F5F",
      False, trap="own-exit-interview-current-employer"),

    E("kaffe-info", r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + TZ_CPH + r"""BEGIN:VEVENT
CREATED:20250203T201400Z
UID:0D3F7E21-9A4B-4C68-B2E1-5F6A7B8C9D0E
DTSTAMP:20250203T201455Z
DTSTART;TZID=Europe/Copenhagen:20250207T153000
DTEND;TZID=Europe/Copenhagen:20250207T163000
SUMMARY:Kaffe m. Stine (Ørsted O&M)
LOCATION:Baresso\, Kongensgade\, Esbjerg
DESCRIPTION:kender hende fra GWO ART kurset. høre hvordan det er at være s
 upervisor hos Ørsted\, arbejdstider\, kultur. IKKE en stilling - bare sna
 k. hun giver kaffe ;)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "0D3F7E21-9A4B-4C68-B2E1-5F6A7B8C9D0E", False, trap="informational-coffee-at-interviewing-employer",
      eol="\n"),

    E("career-day", r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-ticket-1097755012-2891221@eventbrite.com
DTSTAMP:20250301T093000Z
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
SUMMARY:Offshore Wind Job & Career Day 2025 - Esbjerg
LOCATION:Esbjerg Kulturhus / SPACE\, Dronningensgade 5\, 6700 Esbjerg
DESCRIPTION:Meet 40+ employers from offshore wind: OEMs\, utilities\, vessel
  operators and service companies. On-the-spot CV check\, short talks\, and
  speed-meetings with recruiters. Free entry - ticket #1097755012.\n\nOrgan
 ised by Energy Cluster Denmark & Esbjerg Kommune.
ORGANIZER;CN=Eventbrite:mailto:noreply@eventbrite.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "eventbrite-ticket-1097755012-2891221@eventbrite.com", False, trap="careers-fair-all-day"),

    E("reference-referee", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Sara Holt:mailto:sara.holt@hays.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\,\n\nThank you for agreeing to act as
  a referee for Jesper Kragh\, who has applied for a Service Team Lead role
  with our client Vestas. The call takes about 15 minutes: how you worked
  together\, his strengths\, areas to develop and his approach to safety.
 \n\nI will call you on +45 40 18 22 71.\n\nKind regards\nSara Holt\nHays
  Energy\, Aarhus\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000
 01000000055AA66BB77CC88DD99EE00FF11AA22BB
SUMMARY;LANGUAGE=en-US:Reference call - Jesper Kragh (Hays / Vestas)
DTSTART;TZID=Romance Standard Time:20250402T160000
DTEND;TZID=Romance Standard Time:20250402T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
      False, trap="reference-call-user-is-referee-names-employer"),

    E("recruiter-noname", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250204T160000Z
DTEND:20250204T163000Z
DTSTAMP:20250131T094000Z
ORGANIZER;CN=Tom Beckett:mailto:tom.beckett@airswift.com
UID:7u9i1o3p5a7s9d1f3g5h7j9k1l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
DESCRIPTION:Hi Mikkel\, great to connect. I recruit site and HSE leads for
  offshore wind across Germany\, the Netherlands and the UK - several clien
 ts are ramping up for 2026 campaigns. Quick intro call to understand what
  you're after\, day-rate vs permanent and your availability. I'll call yo
 u on WhatsApp.\n\nTom Beckett | Senior Consultant\, Renewables | Airswift
LOCATION:WhatsApp call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mikkel Sørensen / Airswift - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7u9i1o3p5a7s9d1f3g5h7j9k1l@google.com", False, trap="recruiter-intro-call-no-employer-named"),

    E("prep-block", r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:B8E1C5A2-4D6F-4A9B-8C3E-2F1D0E9A8B7C
DTSTAMP:20250309T190100Z
CREATED:20250309T190100Z
SUMMARY:forb. Ørsted panel
DTSTART;TZID=Europe/Copenhagen:20250311T190000
DTEND;TZID=Europe/Copenhagen:20250311T210000
DESCRIPTION:STAR eks: LOTO-hændelsen HR2 2023\, løft af gearkasse\, konfli
 kt m. kran-firma. læs om Hornsea/ HR3 O&M setup. 3 spørgsmål til Lars.
END:VEVENT
END:VCALENDAR
""", "B8E1C5A2-4D6F-4A9B-8C3E-2F1D0E9A8B7C", False, trap="prep-block-before-own-interview", eol="\n"),

    E("tak-mail", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:mikkel.sorensen@mail.dk
X-WR-TIMEZONE:Europe/Copenhagen
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250305
DTEND;VALUE=DATE:20250306
DTSTAMP:20250601T090000Z
UID:2c4v6b8n0m2l4k6j8h0g2f4d6s@google.com
CREATED:20250304T112000Z
DESCRIPTION:til Peter + Ulrik (Vestas) - nævn V236 snak og at jeg kan starte
  1/6
LAST-MODIFIED:20250304T112000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send tak-mail Vestas
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "2c4v6b8n0m2l4k6j8h0g2f4d6s@google.com", False, trap="thank-you-reminder-all-day", eol="\n"),

    E("einstellungsuntersuchung", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:amz-husum-termin-20250602-0830-sorensen
DTSTAMP:20250521T131500Z
DTSTART;TZID=Europe/Berlin:20250602T083000
DTEND;TZID=Europe/Berlin:20250602T100000
SUMMARY:Einstellungsuntersuchung (G41 / G25) - Nordex - Herr Sørensen
LOCATION:Arbeitsmedizinisches Zentrum Husum\, Osterende 61\, 25813 Husum
DESCRIPTION:Sehr geehrter Herr Sørensen\,\n\nim Auftrag der Nordex Energy
  SE & Co. KG bestätigen wir Ihren Termin zur arbeitsmedizinischen Einstell
 ungsuntersuchung (G41 Arbeiten mit Absturzgefahr\, G25 Fahr-\, Steuer- u
 nd Überwachungstätigkeiten). Bitte nüchtern erscheinen und Brille/Kontakt
 linsen sowie Impfausweis mitbringen.\n\nIhr AMZ Husum
ORGANIZER;CN=AMZ Husum Terminvergabe:mailto:termine@amz-husum.de
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "amz-husum-termin-20250602-0830-sorensen", False, trap="pre-employment-medical-names-employer"),
]
