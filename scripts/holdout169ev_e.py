"""holdout169 events, part e: German-Swiss firms, medtech, founder and agencies (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("softgarden", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sg-appointment-88127740@jura.softgarden.io
DTSTAMP:20251030T081144Z
DTSTART:20251110T130000Z
DTEND:20251110T140000Z
SUMMARY:Kennenlerngespräch JURA Elektroapparate AG – Leiter Supply Chain Plan
 ning
DESCRIPTION:Guten Tag Herr Girardin\n\nBesten Dank für Ihre Terminauswahl.
  Wir freuen uns\, Sie persönlich kennenzulernen.\n\nGesprächspartner: Thom
 as Ackermann (Head of Supply Chain)\, Eveline Jäggi (HR)\nOrt: Kaffeeweltst
 rasse 10\, 4626 Niederbuchsiten\, Empfang\n\nFreundliche Grüsse\nJURA Human
  Resources
ORGANIZER;CN=JURA Elektroapparate AG:mailto:noreply@softgarden.io
ATTENDEE;CN=Thomas Ackermann;PARTSTAT=ACCEPTED:mailto:thomas.ackermann@jura
 .com
ATTENDEE;CN=Eveline Jäggi;PARTSTAT=ACCEPTED:mailto:eveline.jaeggi@jura.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=ACCEPTED:mailto:mathieu.girardin@blu
 ewin.ch
LOCATION:JURA Elektroapparate AG\, Niederbuchsiten
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "sg-appointment-88127740@jura.softgarden.io", 1, "JURA Elektroapparate", "Leiter Supply Chain Planning",
       "onsite", "thomas.ackermann@jura.com;eveline.jaeggi@jura.com", "german-kennenlerngespraech-softgarden"),

    ev("modernloop", r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-candidate-event-6f0a2c5d9e1b4a7f8c3d2e1f0a9b8c7d@modernloop.io
DTSTAMP:20251119T170045Z
DTSTART:20251201T090000Z
DTEND:20251201T120000Z
SUMMARY:Stryker Interview Confirmation – Manager\, Supply Chain Planning (S
 elzach)
DESCRIPTION:Hi Mathieu\,\n\nYour interviews for Manager\, Supply Chain Plan
 ning at Stryker Osteosynthesis\, Bohnackerweg 1\, 2545 Selzach are confirm
 ed.\n\n10:00 – 10:45 CET  Jens Hartmann\, Senior Director Operations\n10:45
  – 11:30 CET  Petra Schenk\, Plant Controller\n11:30 – 12:15 CET  Luca Bian
 chi\, Value Stream Manager\n12:15 – 13:00 CET  Gemba walk (production)\n\nC
 oordinator: Olivia Marti\n\nSent with ModernLoop
ORGANIZER;CN=Stryker Recruiting:mailto:scheduling@modernloop.io
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Stryker Selzach\, Bohnackerweg 1\, 2545 Selzach
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ml-candidate-event-6f0a2c5d9e1b4a7f8c3d2e1f0a9b8c7d@modernloop.io", 1, "Stryker",
       "Manager, Supply Chain Planning", "onsite", "Jens Hartmann;Petra Schenk;Luca Bianchi",
       "modernloop-candidate-itinerary-no-attendees"),

    ev("sf-deutsch", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ZURICH_PLAIN%%
BEGIN:VEVENT
UID:SFRCM-IS-1120456-eh-20251208
DTSTAMP:20251201T092930Z
SEQUENCE:0
DTSTART;TZID=Europe/Zurich:20251208T140000
DTEND;TZID=Europe/Zurich:20251208T150000
SUMMARY:Einladung zum Interview: S&OP Manager (m/w/d) - Reinach BL
DESCRIPTION:Sehr geehrter Herr Girardin\n\nWir laden Sie herzlich zu einem
  virtuellen Interview via Microsoft Teams ein. Ihre Gesprächspartner sind H
 err Lukas Gysin (Head of Supply Chain Flow) und Frau Jasmin Vogt (HR).\n\nM
 it freundlichen Grüssen\nEndress+Hauser Flowtec AG – Talent Acquisition
ORGANIZER;CN=Endress+Hauser Careers:mailto:careers-noreply@endress.com
ATTENDEE;CN=Lukas Gysin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas
 .gysin@endress.com
ATTENDEE;CN=Jasmin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jasmi
 n.vogt@endress.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "SFRCM-IS-1120456-eh-20251208", 1, "Endress+Hauser", "S&OP Manager (m/w/d)", "hiring_manager",
       "lukas.gysin@endress.com;jasmin.vogt@endress.com", "successfactors-german-basel-region"),

    ev("ashby", r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-3c8e0b1f-ff52-4d9a-a1f6-9b2c7e4d1a08
DTSTAMP:20251024T152210Z
DTSTART:20251031T100000Z
DTEND:20251031T104500Z
SUMMARY:Mathieu Girardin // Nuvomed – Ops Chat (Head of Operations)
DESCRIPTION:Hi Mathieu\, 👋\n\nLooking forward to your conversation with Ol
 ivier Chautems (CEO & co-founder) about the Head of Operations role at Nuvo
 med (Neuchâtel). We'll talk about scaling our catheter assembly line from
  pilot to series\, suppliers\, and how you run S&OP.\n\nGoogle Meet: https:/
 /meet.google.com/vyc-mdkp-wae\n\nNeed to reschedule? https://jobs.ashbyhq.c
 om/nuvomed/reschedule/3c8e0b1f\n\nThe Nuvomed team
ORGANIZER;CN=Nuvomed Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Olivier Chautems;PARTSTAT=ACCEPTED:mailto:olivier@nuvomed.ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ashby-interview-event-3c8e0b1f-ff52-4d9a-a1f6-9b2c7e4d1a08", 1, "Nuvomed", "Head of Operations",
       "hiring_manager", "olivier@nuvomed.ch", "ashby-chat-wording-startup-ceo"),

    ev("fondateur-gmail", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251101T093000
DTEND;TZID=Europe/Zurich:20251101T110000
DTSTAMP:20251014T204510Z
ORGANIZER;CN=Bernard Perrin:mailto:bernard.perrin.cadrans@gmail.com
UID:7ga1b3c5d7e9f0h2i4j6k8m0n2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bernar
 d Perrin;X-NUM-GUESTS=0:mailto:bernard.perrin.cadrans@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
DESCRIPTION:Salut Mathieu\,\n\ncomme dit au téléphone\, passe samedi matin
  à l'atelier\, on pourra parler tranquillement du poste de chef d'exploita
 tion (planif + achats + 35 personnes) sans les machines qui tournent. Je te
  ferai visiter.\n\nBernard
LOCATION:Cadrans Perrin Sàrl\, Rue du Doubs 63\, La Chaux-de-Fonds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mathieu G. – atelier Perrin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7ga1b3c5d7e9f0h2i4j6k8m0n2@google.com", 1, "Cadrans Perrin", "chef d'exploitation", "hiring_manager",
       "bernard.perrin.cadrans@gmail.com", "founder-on-gmail-saturday-tutoiement"),

    ev("chasseur", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Antoine Dupasquier":mailto:antoinedupasquier@michaelpage.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Mathieu\,\n\nMerci pour votre retour. Co
 mme convenu\, je vous appelle jeudi pour un entretien de qualification con
 cernant le poste d'Operations Manager chez notre client Hublot SA à Nyon (m
 andat exclusif\, rattachement au COO). Nous passerons en revue votre parcou
 rs\, vos attentes salariales et votre préavis.\n\nBien à vous\,\nAntoine D
 upasquier\nSenior Consultant – Michael Page Engineering & Manufacturing\, G
 enève\n
UID:040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DC01000000000000000
 010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=fr-CH:Michael Page / Mathieu Girardin - échange téléphoni
 que
DTSTART;TZID=W. Europe Standard Time:20251120T123000
DTEND;TZID=W. Europe Standard Time:20251120T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T101403Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Téléphone - Antoine appelle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DC0100000000000000001000000"
       "0C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF", 1, "Hublot", "Operations Manager", "recruiter_screen",
       "antoinedupasquier@michaelpage.ch", "headhunter-names-employer-only-in-body"),

    ev("agence-kelly", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251029T180000
DTEND;TZID=Europe/Zurich:20251029T184500
DTSTAMP:20251027T081120Z
ORGANIZER;CN=Valérie Monnet:mailto:valerie.monnet@kellyservices.ch
UID:5pl8k2j4h6g8f0d2s4a6q8w0e2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
DESCRIPTION:Bonsoir Monsieur Girardin\,\n\nJe vous confirme notre entretien
  vidéo de mercredi 18h (après vos heures de travail comme demandé) au sujet
  du poste de Responsable Supply Chain chez Johnson Electric à Morat (CDI\, p
 oste fixe). Ensuite\, si tout est OK\, je transmets votre dossier au client
 .\n\nLien : https://meet.google.com/hgu-qwex-mzk\n\nValérie Monnet\nKelly S
 ervices (Suisse) SA – Succursale de Neuchâtel\n+41 32 729 80 11
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Kelly Services – M. Girardin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5pl8k2j4h6g8f0d2s4a6q8w0e2@google.com", 1, "Johnson Electric", "Responsable Supply Chain",
       "recruiter_screen", "valerie.monnet@kellyservices.ch", "agency-screen-named-client-in-body"),
]
