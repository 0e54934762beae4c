"""holdout101: follow-up rounds and odd shapes of the user's own interviews (raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)
OLK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[dict[str, str]]:
    return [
        ev("terse-abbrev-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251023T173000
DTEND;TZID=Europe/Berlin:20251023T183000
DTSTAMP:20251019T200112Z
UID:3n5p7r9t1v3x5z7b9d1f3h5j7l@google.com
CREATED:20251019T200100Z
DESCRIPTION:Wohnbaugesellschaft Würmtal\, Hr. Nagl (techn. GF) + Fr. Sommer (Teamleitung Modernisierung). Stelle Projekt
 leitung Bestand/Sanierung. Zeugnisse nachreichen!
LAST-MODIFIED:20251019T200112Z
LOCATION:Bahnhofstr. 21\, Gräfelfing
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VG WBW
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, method="PUBLISH", tzids=BER, head=("X-WR-CALNAME:Franzi privat",), is_interview=1,
           company="Wohnbaugesellschaft Würmtal", role="Projektleitung Bestand/Sanierung", stage="",
           interviewers="Hr. Nagl;Fr. Sommer", trap="terse-abbrev-title-de"),

        ev("teams-technical-en", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000CD12EF34AB56DC0100000000000000001000000077665544332211009988AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:Quadra RE | Technical interview – Architect Design Development
DTSTART;TZID=W. Europe Standard Time:20251106T090000
DTEND;TZID=W. Europe Standard Time:20251106T100000
DTSTAMP:20251029T154400Z
ORGANIZER;CN="Römer, Timo":mailto:t.roemer@quadra-re.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="van Dijk, Pieter":mailto:p.vandijk@quadra-re.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hollerith, Sandra":mailto:s.hollerith@quadra-re.de
DESCRIPTION;LANGUAGE=en-US:Hi Franziska\,\n\nthank you for the great first conversation. As next step we'd like to invit
 e you to a technical interview with Pieter van Dijk (Head of Design) and Sandra Hollerith (Senior Architect). Expect qu
 estions on design development\, cost control (DIN 276) and coordination with the GC. I'm just sending the invite.\n\n__
 ______________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your c
 omputer\, mobile app or room device\nClick here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_UXVhZHJh\nMeeting ID: 344 118 200 903\nPasscode: Qd8f3K\n_________________________________________________________
 _______________________\n\nBest\,\nTimo\n
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1, company="Quadra Real Estate",
           role="Architect Design Development", stage="technical",
           interviewers="p.vandijk@quadra-re.de;s.hollerith@quadra-re.de", trap="teams-technical-sender-en"),

        ev("outlook-austria-onsite-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Oberhofer Sabine":mailto:sabine.oberhofer@domus-tirol.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='franzi.eder.arch@web.de':mailto:franzi.eder.arch@web.d
 e
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mair Christoph":mailto:christoph.mair@domus-tirol.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Oberhofer Sabine":mailto:sabine.oberhofer@domus-tirol.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Eder\,\n\nwie telefonisch besprochen laden wir Sie zum persönlichen Gespräc
 h nach Innsbruck ein (Projektleitung Wohnbau). Gesprächspartner: Herr Ing. Christoph Mair (Prokurist\, Leitung Bau) und
  ich.\n\nDomus Tirol Gemeinnützige Wohnbau GmbH\nSüdtiroler Platz 4\, 6020 Innsbruck\n\nFreundliche Grüße\nSabine Oberh
 ofer\nPersonal\n
UID:040000008200E00074C5B7101A82E008000000001234ABCD5678DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-AT:Persönliches Gespräch Domus Tirol / Eder
DTSTART;TZID=W. Europe Standard Time:20251031T100000
DTEND;TZID=W. Europe Standard Time:20251031T113000
DTSTAMP:20251020T081000Z
LOCATION;LANGUAGE=de-AT:Südtiroler Platz 4\, 6020 Innsbruck\, 5. Stock
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1, company="Domus Tirol",
           role="Projektleitung Wohnbau", stage="onsite",
           interviewers="christoph.mair@domus-tirol.at;sabine.oberhofer@domus-tirol.at", trap="outlook-austria-de"),

        ev("icims-panel-en", r"""
BEGIN:VEVENT
UID:icims-meridianec-req2025-3381-cand-778120-evt-5
DTSTAMP:20251124T100200Z
DTSTART;TZID=Europe/Berlin:20251204T090000
DTEND;TZID=Europe/Berlin:20251204T113000
SUMMARY:Panel Interview – Senior Architect\, Munich (Req 2025-3381) – Franziska Eder
DESCRIPTION:Dear Franziska\,\n\nWe are pleased to confirm your panel interview at our Munich office.\n\nPanel:\n- Daniel
  Whitcombe\, Associate Director Architecture\n- Katharina Roth\, Director Buildings Germany\n- Aidan Murphy\, BIM Lead
 \n\nYour host on the day is Lisa Frey (Talent Acquisition)\, who will meet you at reception and is not part of the pane
 l.\n\nLocation: Meridian Engineering Consultants\, Arnulfstraße 60\, 80335 München\, 6th floor\n\nRegards\,\nMeridian T
 alent Acquisition
LOCATION:Arnulfstraße 60\, 80335 München
ORGANIZER;CN=Meridian Talent Acquisition:mailto:talent-noreply@meridian-ec.com
ATTENDEE;CN="Whitcombe, Daniel":mailto:daniel.whitcombe@meridian-ec.com
ATTENDEE;CN="Roth, Katharina":mailto:katharina.roth@meridian-ec.com
ATTENDEE;CN="Murphy, Aidan":mailto:aidan.murphy@meridian-ec.com
ATTENDEE;CN="Frey, Lisa":mailto:lisa.frey@meridian-ec.com
ATTENDEE;CN=Franziska Eder;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//iCIMS Inc//iCIMS Talent Cloud//EN", tzids=BER, is_interview=1,
           company="Meridian Engineering Consultants", role="Senior Architect, Munich", stage="onsite",
           interviewers=("daniel.whitcombe@meridian-ec.com;katharina.roth@meridian-ec.com;"
                         "aidan.murphy@meridian-ec.com"), trap="icims-panel-host-en"),

        ev("workable-case-de", r"""
BEGIN:VEVENT
UID:workable-event-8e2f60a4c1@kessler-pm.workable.com
DTSTAMP:20251110T130000Z
DTSTART:20251117T130000Z
DTEND:20251117T150000Z
SUMMARY:Fallstudie Projektsteuerung – Kessler Projektmanagement AG / Franziska Eder
DESCRIPTION:Hallo Franziska\,\n\nfür die zweite Runde (Projektsteuerer/in Hochbau) bereitest du bitte die Fallstudie "Ne
 ubau Verwaltungsgebäude – Terminrahmen und Kostenrisiken" vor (Unterlagen im Anhang der Mail). Du präsentierst 30 Minut
 en vor Ralf Mittermaier und Dr. Ines Kessler\, danach Diskussion.\n\nOrt: Kessler PM\, Nymphenburger Str. 4\, 80335 Mün
 chen\n\nSent via Workable
LOCATION:Nymphenburger Str. 4\, 80335 München
ORGANIZER;CN=Jana Ströbel:mailto:jana.stroebel@kessler-pm.de
ATTENDEE;CN=Ralf Mittermaier:mailto:ralf.mittermaier@kessler-pm.de
ATTENDEE;CN=Dr. Ines Kessler:mailto:ines.kessler@kessler-pm.de
ATTENDEE;CN=Franziska Eder;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Workable//Workable Calendar//EN", is_interview=1, company="Kessler Projektmanagement",
           role="Projektsteuerer/in Hochbau", stage="technical",
           interviewers="ralf.mittermaier@kessler-pm.de;ines.kessler@kessler-pm.de", trap="workable-case-study-de"),

        ev("teamtailor-onsite-de", r"""
BEGIN:VEVENT
UID:tt-meeting-a9c4e2b7-5d13-4f8a-9e6b-c0d1f2a3b4e5@teamtailor.com
DTSTAMP:20251024T090000Z
DTSTART:20251105T130000Z
DTEND:20251105T150000Z
SUMMARY:Interview vor Ort: Teamleitung Objektplanung Hochbau – PlanQuadrat
DESCRIPTION:Hallo Franziska\,\n\nschön\, dass es weitergeht! Wir treffen uns in unserem Büro in der Landsberger Straße 1
 10.\n\nMit dabei: Matthias Kerschbaumer (Bereichsleitung)\, Carina Eberl (Teamleitung TGA) und Peter Wendl (Geschäftsfü
 hrer)\n\nBis bald!\nTeam PlanQuadrat
LOCATION:PlanQuadrat Ingenieure GmbH\, Landsberger Str. 110\, 80339 München
ORGANIZER;CN="PlanQuadrat Ingenieure GmbH":mailto:notifications@teamtailor-mail.com
ATTENDEE;CN="Matthias Kerschbaumer";PARTSTAT=ACCEPTED:mailto:m.kerschbaumer@planquadrat-ing.de
ATTENDEE;CN="Carina Eberl";PARTSTAT=ACCEPTED:mailto:c.eberl@planquadrat-ing.de
ATTENDEE;CN="Peter Wendl";PARTSTAT=ACCEPTED:mailto:p.wendl@planquadrat-ing.de
ATTENDEE;CN="Franziska Eder";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Teamtailor//Teamtailor Calendar//EN", is_interview=1, company="PlanQuadrat Ingenieure",
           role="Teamleitung Objektplanung Hochbau", stage="onsite",
           interviewers="m.kerschbaumer@planquadrat-ing.de;c.eberl@planquadrat-ing.de;p.wendl@planquadrat-ing.de",
           trap="teamtailor-onsite-de"),

        ev("workday-ac-de", r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-00019790544
DTSTAMP:20251112T061530Z
SEQUENCE:0
DTSTART;TZID=W. Europe Standard Time:20251127T083000
DTEND;TZID=W. Europe Standard Time:20251127T130000
SUMMARY:Assessment Center (finale Runde): Senior Projektmanagerin Planung (R-004512)
LOCATION:Nordhaus Immobilien AG\, Prinzregentenstraße 54\, München - Konferenzetage
ORGANIZER;CN=Nordhaus Immobilien AG Recruiting:mailto:nordhaus@myworkday.com
ATTENDEE;CN=Bernhard Lechner;ROLE=REQ-PARTICIPANT:mailto:bernhard.lechner@nordhaus-ag.de
ATTENDEE;CN=Claudia Nordhaus;ROLE=REQ-PARTICIPANT:mailto:claudia.nordhaus@nordhaus-ag.de
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Finale Runde\n\nKandidatin: Franziska Eder\nStelle: Senior Projektmanagerin Planung (m/w/d) (R-004512)\nInte
 rviewer: Bernhard Lechner\, Claudia Nordhaus (Vorständin)\n\nAblauf: Präsentation Fallaufgabe\, Rollenspiel Bauherrenbe
 sprechung\, Abschlussgespräch.\n\nDiese Einladung wurde von Workday generiert.
END:VEVENT
""", prodid="-//Workday Inc//Workday Recruiting//EN", tzids=("W. Europe Standard Time",), is_interview=1,
           company="Nordhaus Immobilien", role="Senior Projektmanagerin Planung (m/w/d)", stage="final",
           interviewers="bernhard.lechner@nordhaus-ag.de;claudia.nordhaus@nordhaus-ag.de",
           trap="workday-assessment-final-de"),

        ev("meet-technical-es", r"""
BEGIN:VEVENT
DTSTART:20251112T160000Z
DTEND:20251112T170000Z
DTSTAMP:20251105T101500Z
ORGANIZER;CN=Lucía Ribera:mailto:lucia@estudioribera.es
UID:1a3c5e7g9i1k3m5o7q9s1u3w5y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Ribera;X-NUM-GUESTS=0:mailto:lucia@estudiorib
 era.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Álvaro Sanz;X-NUM-GUESTS=0:mailto:alvaro@estudiorib
 era.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de;X-NUM-GUESTS=
 0:mailto:franzi.eder.arch@web.de
DESCRIPTION:Segunda entrevista: revisión técnica de un proyecto de ejecución con Álvaro Sanz (director técnico) y Lucía.
 \n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.go
 ogle.com/rib-ewxz-pqa\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\nNo edites est
 a sección de la descripción.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Estudio Ribera – segunda entrevista (técnica) – Franziska Eder
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, is_interview=1, company="Estudio Ribera Arquitectos", role="", stage="technical",
           interviewers="alvaro@estudioribera.es;lucia@estudioribera.es", trap="meet-technical-es"),

        ev("meet-hm-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251119T080000
DTEND;TZID=Europe/Berlin:20251119T084500
DTSTAMP:20251114T170200Z
ORGANIZER;CN=Hauke Petersen:mailto:hp@kollektiv-nord.de
UID:5k7m9o1q3s5u7w9y1a3c5e7g9i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hauke Petersen;X-NUM-GUESTS=0:mailto:hp@kollektiv-n
 ord.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder;X-NUM-GUESTS=0:mailto:
 franzi.eder.arch@web.de
DESCRIPTION:Moin Franziska\,\n\nwie angekündigt ein erster Video-Call zur Teamleitung für unser neues Münchner Büro. Ich
  würde gern hören\, wie du Teams führst und wie du mit Bauherren umgehst.\n\nBeste Grüße aus Hamburg\nHauke (Partner\,
  Kollektiv Nord Architekten)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nMit Google
  Meet teilnehmen: https://meet.google.com/kno-fwqr-tda\n\nBitte ändern Sie diesen Abschnitt nicht.\n-::~:~::~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Video-Call Teamleitung München – Hauke / Franziska
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, tzids=BER, is_interview=1, company="Kollektiv Nord Architekten",
           role="Teamleitung", stage="hiring_manager", interviewers="hp@kollektiv-nord.de",
           trap="company-only-in-body-meet-de"),

        ev("floating-xwr-de", r"""
BEGIN:VEVENT
DTSTART:20251028T163000
DTEND:20251028T173000
DTSTAMP:20251027T090000Z
UID:9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com
CREATED:20251027T085900Z
DESCRIPTION:Arbor Workplace\, 2. Runde: Case "Flächenkonzept Bürofläche 2.400 m²" mit Sofie + Nils (COO). Präsi als PDF
  vorher schicken.
LAST-MODIFIED:20251027T090000Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bespr. Arbor – 2. Runde (Case)
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, method="PUBLISH", head=("X-WR-CALNAME:Franzi privat", "X-WR-TIMEZONE:Europe/Berlin"),
           is_interview=1, company="Arbor Workplace", role="", stage="technical", interviewers="Sofie;Nils",
           trap="floating-xwr-self-typed-de"),

        ev("greenhouse-recruiter-en", r"""
BEGIN:VEVENT
UID:gh-4412983002-interview-88290114@greenhouse.io
DTSTAMP:20251022T101500Z
DTSTART;TZID=Europe/London:20251028T080000
DTEND;TZID=Europe/London:20251028T083000
SUMMARY:Recruiter Call - Franziska Eder / Sorensen Hale Architects
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@sorensenhale.co.uk
ATTENDEE;CN=Grace Holloway;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:grace.holloway@sorensenhale.co.uk
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
LOCATION:Phone: Grace will call +49 171 5520394
DESCRIPTION:Hi Franziska\,\n\nGrace Holloway\, our Talent Partner\, will give you a call to talk through the Senior Arch
 itect role in our new Munich studio\, your experience and your salary expectations.\n\nBest\,\nHarriet Cole\nRecruiting
  Coordinator
END:VEVENT
""", prodid="-//Greenhouse Software Inc//Greenhouse//EN", tzids=("Europe/London",), is_interview=1,
           company="Sorensen Hale Architects", role="Senior Architect", stage="recruiter_screen",
           interviewers="grace.holloway@sorensenhale.co.uk", trap="greenhouse-recruiter-call-en"),

        ev("stadtsanierung-thunderbird-de", r"""
BEGIN:VEVENT
CREATED:20251201T090000Z
LAST-MODIFIED:20251201T090100Z
DTSTAMP:20251201T090100Z
UID:2b8f4d61-0c3e-4a7f-9d12-e5a6b7c8d9f0
SUMMARY:Vorstellungsgespräch 2. Runde
DTSTART;TZID=Europe/Berlin:20251211T090000
DTEND;TZID=Europe/Berlin:20251211T100000
LOCATION:Marienplatz 8\, Weilheim
DESCRIPTION:Stadtsanierung Oberland GmbH – Projektleiterin Städtebauförderung. Mit Geschäftsführer Dr. Albrecht Kögl und
  Bürgermeisterin (Aufsichtsrat) Fr. Rieder.
X-MOZ-GENERATION:1
END:VEVENT
""", prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tzids=BER, method=None, is_interview=1,
           company="Stadtsanierung Oberland", role="Projektleiterin Städtebauförderung", stage="",
           interviewers="Dr. Albrecht Kögl;Fr. Rieder", trap="company-only-in-description-de"),
    ]
