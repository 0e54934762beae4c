"""holdout233 events, part D: more single-round interviews, Spain/France/Morocco, typed entries (hand-written)."""

from holdout233ev_tz import AMSTERDAM, BERLIN, CASA, MADRID, MOROCCO_WIN, PARIS

EVENTS = [
    dict(
        kind="entrevista-hrbp",
        uid="7kq3n0v5b8x1c4z6m9l2j5h8antolin@google.com",
        label=(1, "Grupo Antolin", "Supply Chain Manager", "recruiter_screen",
               "rocio.sanz@grupoantolin.com", "spanish-google-meet-hrbp-valladolid"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260219T100000
DTEND;TZID=Europe/Madrid:20260219T104500
DTSTAMP:20260213T081233Z
ORGANIZER;CN=Rocío Sanz:mailto:rocio.sanz@grupoantolin.com
UID:7kq3n0v5b8x1c4z6m9l2j5h8antolin@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rocío Sanz;X-NUM-GUESTS=0:mailto:rocio.sanz@grupoantolin.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Hola Youssef\, como hablamos por LinkedIn\, te propongo una pri
 mera conversación sobre la posición de Supply Chain Manager en nuestra p
 lanta de Valladolid (Interiores). Si prefieres hablar en francés no hay p
 roblema.\n\nUnirse con Google Meet: https://meet.google.com/gsa-qwer-tyu
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Youssef El Amrani / Grupo Antolin – Supply Chain Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teamtailor",
        uid="teamtailor-interview-3390127@teamtailor.com",
        label=(1, "Ficosa", "S&OP Planner Senior", "",
               "jordi.puig@ficosa.com", "teamtailor-spanish-no-stage"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-3390127@teamtailor.com
DTSTAMP:20260220T094411Z
DTSTART:20260226T143000Z
DTEND:20260226T153000Z
SUMMARY:Entrevista: S&OP Planner Senior – Youssef El Amrani
DESCRIPTION:¡Hola Youssef!\n\nTe esperamos en la entrevista para el puesto
  S&OP Planner Senior (Viladecavalls\, Barcelona). Participará Jordi Puig\
 , Demand & Supply Planning Manager.\n\nEnlace a la videollamada: https://f
 icosa.teamtailor.com/meetings/3390127\n\nSaludos\,\nEquipo de Talento de F
 icosa
LOCATION:Videollamada
ORGANIZER;CN=Ficosa:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Jordi Puig:mailto:jordi.puig@ficosa.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="modernloop-panel",
        uid="modernloop-evt-0c91a7e5b3f2-flexport@modernloop.io",
        label=(1, "Flexport", "Operations Manager, EMEA Fulfillment", "onsite",
               "pvandijk@flexport.com;akaur@flexport.com;jmartens@flexport.com",
               "modernloop-virtual-onsite-amsterdam-tz"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:modernloop-evt-0c91a7e5b3f2-flexport@modernloop.io
DTSTAMP:20260402T133301Z
DTSTART;TZID=Europe/Amsterdam:20260409T140000
DTEND;TZID=Europe/Amsterdam:20260409T163000
SUMMARY:Flexport Virtual Onsite – Youssef El Amrani (Operations Manager\, EMEA Fulfillment)
DESCRIPTION:Hi Youssef\,\n\nHere is your virtual onsite agenda (times in Am
 sterdam time):\n14:00 Pieter van Dijk – Hiring Manager\n14:45 Amrit Kaur
  – Cross-functional (Customer Ops)\n15:30 Break\n15:45 Jeroen Martens
  – Bar Raiser\n\nGoogle Meet: https://meet.google.com/fxp-onsi-tee\n\nPl
 ease reply to your coordinator\, Chloe\, with any questions.\n\nSent with
  ModernLoop
LOCATION:Google Meet
ORGANIZER;CN=Chloe Martin (Recruiting Coordinator):mailto:cmartin@flexport.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Pieter van Dijk;PARTSTAT=ACCEPTED:mailto:pvandijk@flexport.com
ATTENDEE;CN=Amrit Kaur;PARTSTAT=ACCEPTED:mailto:akaur@flexport.com
ATTENDEE;CN=Jeroen Martens;PARTSTAT=ACCEPTED:mailto:jmartens@flexport.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-paris",
        uid="vk2p8d4a6f1s3g5h7j9valeo@google.com",
        label=(1, "Valeo", "Responsable Logistique Site", "",
               "christophe.berthier@valeo.com", "french-paris-tz-zoom-for-tangier-site"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260401T090000
DTEND;TZID=Europe/Paris:20260401T100000
DTSTAMP:20260326T151520Z
ORGANIZER;CN=Christophe Berthier:mailto:christophe.berthier@valeo.com
UID:vk2p8d4a6f1s3g5h7j9valeo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Christophe Berthier;X-NUM-GUESTS=0:mailto:christophe.berthier@valeo.co
 m
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Bonjour Youssef\,\n\nEchange au sujet du poste de Responsable L
 ogistique Site (Valeo Tanger\, activité éclairage). Je suis basé à Bob
 igny\, l'horaire est donc à l'heure de Paris (8h chez vous).\n\nRejoindre
  la réunion Zoom\nhttps://valeo.zoom.us/j/81466203397?pwd=VkxMR3\nID de r
 éunion : 814 6620 3397\nCode secret : 207731\n\nChristophe Berthier\nDire
 cteur Logistique Division Lighting
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valeo – échange poste Resp. Logistique Site Tanger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-nexans",
        uid=("040000008200E00074C5B7101A82E00800000000A1F3C5E7B99EDC01"
             "000000000000000010000000AA11BB22CC33DD44EE55FF6600771188"),
        label=(1, "Nexans Maroc", "Responsable Supply Chain", "recruiter_screen",
               "mouna.bennis@nexans.com", "outlook-drh-entretien-de-recrutement-morocco-time"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="BENNIS Mouna":mailto:mouna.bennis@nexans.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CASA-AINSEBAA S
 alle Atlas":mailto:salle.atlas.casa@nexans.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur El Amrani\,\n\nSuite à votre c
 andidature\, nous avons le plaisir de vous recevoir pour un entretien de r
 ecrutement (poste : Responsable Supply Chain).\n\nAdresse : Nexans Maroc\,
  Bd Ahl Loghlam\, Ain Sebaa\, Casablanca.\n\nCordialement\,\nMouna BENNIS\
 nResponsable Ressources Humaines\n
UID:040000008200E00074C5B7101A82E00800000000A1F3C5E7B99EDC01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Resp. Supply Chain - M. EL AMRANI
DTSTART;TZID=Morocco Standard Time:20260406T150000
DTEND;TZID=Morocco Standard Time:20260406T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260330T102202Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CASA-AINSEBAA Salle Atlas
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calendly-partner",
        uid="5c2a8f10-9e4d-4b7a-b6c3-kaizenpartners@calendly.com",
        label=(1, "Kaizen Partners Maroc", "Consultant Senior Supply Chain", "",
               "rachida.alami@kaizenpartners.ma", "calendly-candidate-books-consulting-firm-slot"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5c2a8f10-9e4d-4b7a-b6c3-kaizenpartners@calendly.com
DTSTAMP:20260323T201544Z
DTSTART:20260327T100000Z
DTEND:20260327T104500Z
SUMMARY:Youssef El Amrani and Rachida Alami
DESCRIPTION:Event Name: Entretien – Consultant Senior Supply Chain (45 mi
 n)\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/
 84120375561\n\nPlease share anything that will help prepare for our meetin
 g.: Ingénieur supply chain 7 ans\, câblage automobile\, S&OP et MRP SAP.
  CV envoyé par mail.\n\nNeed to make changes to this event?\nCancel: http
 s://calendly.com/cancellations/5c2a8f10\nReschedule: https://calendly.com/
 reschedulings/5c2a8f10\n\nPowered by Calendly.com
LOCATION:https://us06web.zoom.us/j/84120375561
ORGANIZER;CN=Rachida Alami:mailto:rachida.alami@kaizenpartners.ma
ATTENDEE;CN=Youssef El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Rachida Alami;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rachida.alami@kaizenpartners.ma
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calcom",
        uid="calcom-booking-qa7Fk2Lm9PzR@cal.com",
        label=(1, "Freightlane", "Operations Lead EMEA", "hiring_manager",
               "lena@freightlane.io", "calcom-berlin-tz-head-of-ops"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:calcom-booking-qa7Fk2Lm9PzR@cal.com
DTSTAMP:20260415T090909Z
DTSTART;TZID=Europe/Berlin:20260421T160000
DTEND;TZID=Europe/Berlin:20260421T164500
SUMMARY:Interview – Ops Lead EMEA between Lena Vogt and Youssef El Amrani
DESCRIPTION:What: Interview – Ops Lead EMEA\nInvitee time zone: Africa/Ca
 sablanca\nWho:\n- Lena Vogt - Organizer (lena@freightlane.io)\n- Youssef E
 l Amrani (youssef.elamrani.scm@gmail.com)\nWhere: Cal Video https://app.ca
 l.com/video/qa7Fk2Lm9PzR\nAdditional notes: Role: Operations Lead EMEA (re
 mote\, Spain or Morocco). Lena is Head of Operations.\n\nNeed to reschedul
 e or cancel? https://cal.com/booking/qa7Fk2Lm9PzR
LOCATION:https://app.cal.com/video/qa7Fk2Lm9PzR
ORGANIZER;CN=Lena Vogt:mailto:lena@freightlane.io
ATTENDEE;CN=Youssef El Amrani;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-notes",
        uid="F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8",
        label=(1, "Menara Préfa", "Resp Logistique", "", "Mr Bakkali",
               "user-typed-desktop-notes-rekrute-source"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
""" + CASA + r"""BEGIN:VEVENT
UID:F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8
DTSTAMP:20260405T182210Z
CREATED:20260405T182150Z
DTSTART;TZID=Africa/Casablanca:20260408T113000
DTEND;TZID=Africa/Casablanca:20260408T123000
SUMMARY:Menara Préfa - entretien Resp Logistique
LOCATION:Menara Préfa\, Lot 214 ZI Sidi Bernoussi\, Casa
DESCRIPTION:vu sur ReKrute\nRDV avec Mr Bakkali (DG adjoint)\n- parc camion
 s 30 toupies/porteurs\, planif livraisons chantiers\n- demander : salaire\
 , voiture de fonction\, relocation Casa ?\ntrain Al Boraq 7h05 Tanger →
  Casa Voyageurs
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
