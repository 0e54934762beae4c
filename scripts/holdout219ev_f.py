# ruff: noqa: E501
"""holdout219 events, part f: look-alikes from work (hearings, press, research, appraisal) and job-search side events."""

from holdout219ev_common import BRU_G, W_EUROPE, ev

_EX = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
_BRU_EX = BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "")
_GOOGLE = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"

EVENTS = [
    ev("itre-hearing", "040000008200E00074C5B7101A82E00800000000E8F9A0B1C2D3DC010000000000000000100000006DB4C5D6E7F8A9B0C1D2E3F4A5B6C7D8",
       0, "", "", "", "", "parliament-committee-public-hearing-for-client",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lefèvre, Camille":mailto:c.lefevre@ruebelliard.eu
DESCRIPTION;LANGUAGE=en-GB:ITRE public hearing "Grids for the energy transition: permitting\, financing\, supply chains". Speakers: ENTSO-E\, EIB\, a DSO representative\, Commissioner's cabinet. Attend for Gridwise + Eurelec clients\, live-tweet notes to the client Teams channel\, write flash report by 18:00. Access with EP badge\, room JAN 4Q2\; webstream as backup.
UID:040000008200E00074C5B7101A82E00800000000E8F9A0B1C2D3DC010000000000000000100000006DB4C5D6E7F8A9B0C1D2E3F4A5B6C7D8
SUMMARY;LANGUAGE=en-GB:ITRE hearing - grids (JAN 4Q2) + flash report
DTSTART;TZID=Europe/Brussels:20251112T143000
DTEND;TZID=Europe/Brussels:20251112T163000
DTSTAMP:20251105T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:European Parliament\, Altiero Spinelli JAN 4Q2
END:VEVENT
END:VCALENDAR
"""),
    ev("audition-commissaire", "1c5ve8q0n3jo7t2ak9pl4bm6dr@google.com", 0, "", "", "", "",
       "commissioner-designate-audition-confirmation-hearing",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:RBP - veille institutionnelle\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART:20251106T080000Z
DTEND:20251106T110000Z
DTSTAMP:20251030T120000Z
UID:1c5ve8q0n3jo7t2ak9pl4bm6dr@google.com
DESCRIPTION:Audition du commissaire désigné (remaniement - portefeuille é
 nergie) devant les commissions ITRE/ENVI. Questions écrites déjà publiées
 . Suivi live pour clients\, note de synthèse à 14h.
LOCATION:PE - Paul-Henri Spaak 3C050
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audition commissaire désigné énergie (ITRE/ENVI)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("politico-interview", "040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC010000000000000000100000007EC5D6E7F8A9B0C1D2E3F4A5B6C7D8E9",
       0, "", "", "", "", "press-interview-journalist-interviews-user",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joshua Ferreira:mailto:jferreira@politico.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Claessens, Marc":mailto:m.claessens@ruebelliard.eu
DESCRIPTION;LANGUAGE=en-GB:Interview with POLITICO Pro Energy for a piece on industry lobbying on the Grids Package. On background for client names\, on the record for general views. Marc OK'd the lines (see email). 20 min by phone: Joshua calls +32 2 230 11 40.
UID:040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC010000000000000000100000007EC5D6E7F8A9B0C1D2E3F4A5B6C7D8E9
SUMMARY;LANGUAGE=en-GB:POLITICO Pro interview (J. Ferreira) - Grids Package
DTSTART;TZID=Europe/Brussels:20251119T113000
DTEND;TZID=Europe/Brussels:20251119T115000
DTSTAMP:20251118T163000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""),
    ev("podcast", "riverside-rec-b61f0d3a@riverside.fm", 0, "", "", "", "", "podcast-recording-guest",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-b61f0d3a@riverside.fm
DTSTAMP:20251201T090000Z
DTSTART:20251216T160000Z
DTEND:20251216T170000Z
SUMMARY:Recording: Brussels Decoded - ep. 48 "Life after the trilogue"
ORGANIZER;CN=Brussels Decoded:mailto:hello@brusselsdecoded.eu
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=ACCEPTED:mailto:elise.vdbroucke@gmail.com
LOCATION:https://riverside.fm/studio/brussels-decoded
DESCRIPTION:Thanks for joining as a guest! Host: Anna Kowalski. We'll talk about what happens to a file after political agreement (lawyer-linguists\, corrigenda\, delegated acts). Use headphones\, Chrome\, wired internet if possible.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-recherche", "3f0a9c2e-recherche-lobbying@sciencespo.fr", 0, "", "", "", "",
       "research-interview-phd-on-lobbying",
       r"""BEGIN:VCALENDAR
PRODID:-//Zimbra//Zimbra Collaboration Suite//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3f0a9c2e-recherche-lobbying@sciencespo.fr
DTSTAMP:20251015T140000Z
DTSTART:20251024T120000Z
DTEND:20251024T130000Z
SUMMARY:Entretien de recherche - thèse sur les cabinets de conseil en affaires publiques à Bruxelles
ORGANIZER;CN=Mathilde Garnier:mailto:mathilde.garnier@sciencespo.fr
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=ACCEPTED:mailto:elise.vdbroucke@gmail.com
LOCATION:Zoom - https://sciencespo.zoom.us/j/91233740021
DESCRIPTION:Bonjour\,\n\nMerci d'avoir accepté cet entretien semi-directif (environ 1h) dans le cadre de ma thèse au Centre d'études européennes (Sciences Po) sur les trajectoires professionnelles des consultant·es en affaires publiques. L'entretien sera enregistré et anonymisé\; formulaire de consentement en pièce jointe.\n\nMathilde Garnier\, doctorante
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("survey-interview", "evalstudy-tr-2025-int-0413@technopolis-group.com", 0, "", "", "", "",
       "stakeholder-survey-interview-commission-study",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:evalstudy-tr-2025-int-0413@technopolis-group.com
DTSTAMP:20251002T100000Z
DTSTART;TZID=W. Europe Standard Time:20251008T100000
DTEND;TZID=W. Europe Standard Time:20251008T104500
SUMMARY:Stakeholder interview - Evaluation of the EU Transparency Register (study for the Commission)
ORGANIZER;CN="Okonkwo, Daniel":mailto:daniel.okonkwo@technopolis-group.com
ATTENDEE;CN="Vandenbroucke, Elise";PARTSTAT=ACCEPTED:mailto:e.vandenbroucke@ruebelliard.eu
LOCATION:Microsoft Teams
DESCRIPTION:Dear Ms Vandenbroucke\,\nThank you for agreeing to an interview for the evaluation study of the Transparency Register we carry out on behalf of the Secretariat-General. The interview follows the questionnaire sent in advance (registrant perspective: consultancies). Answers will be reported in aggregated form.\nDaniel Okonkwo\, Technopolis Group
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-annuel", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000008FD6E7F8A9B0C1D2E3F4A5B6C7D8E9F0",
       0, "", "", "", "", "own-annual-appraisal-current-employer",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Claessens, Marc":mailto:m.claessens@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Entretien annuel d'évaluation 2025 : bilan des objectifs (portefeuille clients\, encadrement des stagiaires)\, objectifs 2026\, formation\, évolution vers Senior. Merci de remplir ton auto-évaluation dans Lucca avant.
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000008FD6E7F8A9B0C1D2E3F4A5B6C7D8E9F0
SUMMARY;LANGUAGE=fr-BE:Entretien annuel - Elise / Marc
DTSTART;TZID=Europe/Brussels:20251216T140000
DTEND;TZID=Europe/Brussels:20251216T153000
DTSTAMP:20251201T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Bureau Marc
END:VEVENT
END:VCALENDAR
"""),
    ev("mock-coach", "calendly-9e8d7c6b-5a4f-3e2d-1c0b-a9f8e7d6c5b4", 0, "", "", "", "",
       "mock-assessment-centre-with-paid-coach",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-9e8d7c6b-5a4f-3e2d-1c0b-a9f8e7d6c5b4
DTSTAMP:20251228T110000Z
DTSTART:20260110T090000Z
DTEND:20260110T103000Z
SUMMARY:EPSO Assessment Centre simulation (90 min) between Dimitri Vassilakis and Elise Vandenbroucke
ORGANIZER;CN=Dimitri Vassilakis:mailto:dimitri@eucareercoach.eu
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=ACCEPTED:mailto:elise.vdbroucke@gmail.com
LOCATION:Zoom
DESCRIPTION:Event Name: EPSO Assessment Centre simulation (90 min)\n\nFull mock: oral presentation (case file sent 30 min before)\, competency-based interview with feedback on each competency\, recorded for review.\n\nPayment received: EUR 150.\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("mock-cbi", "0b6hp2ct8m1vs4ek9d7ql3fa5n@google.com", 0, "", "", "", "",
       "mock-competency-interview-with-friend",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:elise.vdbroucke@gmail.com\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART:20260114T183000Z
DTEND:20260114T200000Z
DTSTAMP:20260111T140000Z
UID:0b6hp2ct8m1vs4ek9d7ql3fa5n@google.com
DESCRIPTION:Sophie (lauréate AD5 2023) joue le jury - CBI en anglais\, 8
  compétences\, elle chronomètre. Apporter vin :)
LOCATION:chez Sophie\, Rue du Trône
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock CBI avec Sophie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("epso-webinar", "epso-webinar-ac-prep-2025-11@eu-careers.webex", 0, "", "", "", "",
       "epso-webinar-how-to-prepare-assessment-centre",
       r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:epso-webinar-ac-prep-2025-11@eu-careers.webex
DTSTAMP:20251110T080000Z
DTSTART:20251125T130000Z
DTEND:20251125T143000Z
SUMMARY:EU Careers webinar: Preparing for the assessment centre and the competency-based interview
ORGANIZER;CN=EU Careers:mailto:eu-careers-events@ec.europa.eu
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=ACCEPTED:mailto:elise.vdbroucke@gmail.com
LOCATION:https://ec-europa.webex.com/ec-europa/j.php?MTID=m0a8f
DESCRIPTION:Join EPSO experts and EU Careers Ambassadors for a live webinar on what to expect at the assessment centre: the case study\, the oral presentation\, the competency-based interview and the group exercise. Q&A via Slido.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("job-days", "ejd-brussels-2026-0003@europeanjobdays.eu", 0, "", "", "", "",
       "careers-fair-visitor-european-job-days",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//European Job Days//Event Platform//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ejd-brussels-2026-0003@europeanjobdays.eu
DTSTAMP:20260109T100000Z
DTSTART;VALUE=DATE:20260206
DTEND;VALUE=DATE:20260207
SUMMARY:EU Institutions Careers Fair - Brussels (visitor registration)
LOCATION:The Egg\, Rue Bara 175\, Brussels
DESCRIPTION:Meet recruiters from the EU institutions\, agencies and international organisations. CV clinic\, talks on EPSO competitions and on contract-agent (CAST) profiles\, "meet the agencies" corner. Your QR ticket is attached.
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("cafe-dg-grow", "5gk8ru2oa7n1c3jh0e9mv4tq6p@google.com", 0, "", "", "", "",
       "informational-coffee-with-commission-official",
       _GOOGLE + "METHOD:REQUEST\n" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250923T083000
DTEND;TZID=Europe/Brussels:20250923T091500
DTSTAMP:20250919T170000Z
ORGANIZER;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
UID:5gk8ru2oa7n1c3jh0e9mv4tq6p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas
  Reinhardt;X-NUM-GUESTS=0:mailto:thomas.reinhardt.tr@gmail.com
DESCRIPTION:Café avec Thomas (DG GROW\, ex-EPSO AD5) - ses conseils pour l
 e CAST\, comment se passent les entretiens de sélection dans les DG\, quel
 les unités recrutent. Il ne recrute pas lui-même.
LOCATION:Exki Schuman
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Thomas R.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("referee-call", "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC0100000000000000001000000090E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1",
       0, "", "", "", "", "reference-call-user-as-referee-for-ex-colleague",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Amanda":mailto:amanda.whitfield@kestrelpa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Elise\,\n\nJulien Moreau has given your name as a referee for the Associate Director position at Kestrel Public Affairs. Would 15 minutes suit to talk about your experience working with him at Rue Belliard Partners? I will call you on your mobile.\n\nMany thanks\,\nAmanda Whitfield\, HR Director
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC0100000000000000001000000090E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1
SUMMARY;LANGUAGE=en-GB:Reference - Julien Moreau
DTSTART;TZID=Europe/Brussels:20251028T180000
DTEND;TZID=Europe/Brussels:20251028T181500
DTSTAMP:20251024T110000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""),
    ev("prepa-ac", "8d1kq5rn3c0ev7mb2h9ta6js4o@google.com", 0, "", "", "", "", "prep-block-before-assessment-centre",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:elise.vdbroucke@gmail.com\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20260117
DTEND;VALUE=DATE:20260119
DTSTAMP:20260105T210000Z
UID:8d1kq5rn3c0ev7mb2h9ta6js4o@google.com
DESCRIPTION:week-end révisions: case study EPSO (2 annales)\, présentation
  orale 10 min chrono x3\, STAR par compétence. Louise chez mes parents.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prépa AC EPSO
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("merci-mail", "F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8", 0, "", "", "", "", "thank-you-note-reminder",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251014T191500Z
UID:F0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8
DTSTART:20251015T081500
DTEND:20251015T083000
SUMMARY:mail de remerciement B. Van Acker + copie L. Dubreuil
DESCRIPTION:mentionner CBAM engrais + équipe de 4
DTSTAMP:20251014T191500Z
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("visite-medicale", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000A1F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2",
       0, "", "", "", "", "pre-employment-medical-commission-medical-service",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="HR MEDICAL SERVICE BXL (HR)":mailto:HR-BXL-MEDICAL-RECRUTEMENT@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nDans le cadre de votre recrutement en qualité d'agent contractuel\, vous êtes convoquée à la visite médicale d'embauche. Merci de venir à jeun (prise de sang)\, avec vos lunettes le cas échéant\, votre carnet de vaccination et le questionnaire médical complété.\n\nService médical - Bruxelles\, Rue de la Loi 130
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000A1F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2
SUMMARY;LANGUAGE=fr-FR:Visite médicale d'embauche - VANDENBROUCKE Elise
DTSTART;TZID=Europe/Brussels:20251216T080000
DTEND;TZID=Europe/Brussels:20251216T093000
DTSTAMP:20251203T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:L130 - 00/052
END:VEVENT
END:VCALENDAR
"""),
]
