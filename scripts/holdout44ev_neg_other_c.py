"""holdout44: negatives, part C (recruiter, prep blocks, 'entretien' that is maintenance, client, audit, classes)."""

from __future__ import annotations

from holdout44ev_ics import Ev
from holdout44ev_neg_side_a import _OUTLOOK_HEAD, _OUTLOOK_TAIL

_RECRUITER_EN = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260408T111500Z
DTSTART:20260413T160000Z
DTEND:20260413T163000Z
UID:a3f9c1e7-5b2d-4d80-9e6a-2c4f8b1d7e35@calendly.com
SUMMARY:Introductory call between Hannah Clarke and Chloé Favre
ORGANIZER;CN=Hannah Clarke:mailto:hannah.clarke@harboursearch.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Hannah Clarke;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.clarke@harboursearch.com
LOCATION:Hannah Clarke will call you
DESCRIPTION:Event Name: Introductory call (30 min)\n\nHarbour Search – Finance & Accounting practice,
  Geneva/London. Confidential CFO search for a client in French-speaking Switzerland (client name shared at a
  later stage).\n\nPlease share anything that will help prepare for our meeting: Currently Senior Accountant,
  looking for Head of Finance / Controller roles.\n\nNeed to make changes to this event?\nCancel:
  https://calendly.com/cancellations/a3f9c1e7-5b2d-4d80-9e6a-2c4f8b1d7e35\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_PREP_FR = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.61.2//EN
CALSCALE:GREGORIAN
@tz zurich
BEGIN:VEVENT
UID:Pp3Rr6Tt9Vv2Xx5Zz8Bb1Dd4Ff7Hh0Jj@proton.me
DTSTAMP:20260310T204512Z
DTSTART;TZID=Europe/Zurich:20260316T193000
DTEND;TZID=Europe/Zurich:20260316T210000
SUMMARY:Préparation entretien Vuillemin
DESCRIPTION:Relire rapport annuel + communiqués\, préparer 3 exemples STAR (clôture\, conflit\, projet ERP)\,
  questions pour M. Rochat. Itinéraire Lausanne – Le Sentier.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_PREP_EN = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.61.2//EN
CALSCALE:GREGORIAN
@tz zurich
BEGIN:VEVENT
UID:Qq4Ss7Uu0Ww3Yy6Aa9Cc2Ee5Gg8Ii1Kk@proton.me
DTSTAMP:20260328T101544Z
DTSTART;TZID=Europe/Zurich:20260329T140000
DTEND;TZID=Europe/Zurich:20260329T173000
SUMMARY:Prep: Clearwater modelling exercise
DESCRIPTION:Build 3-statement model from the data pack\, sensitivity on churn + interchange\, 5 slides max.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_CAR = r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
VERSION:2.0
X-WR-CALNAME:Chloé
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
@tz zurich_apple
BEGIN:VEVENT
CREATED:20260227T175512Z
UID:1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D
DTSTART;TZID=Europe/Zurich:20260306T073000
DTEND;TZID=Europe/Zurich:20260306T080000
SUMMARY:Entretien voiture – Garage du Lac
LOCATION:Garage du Lac\, Route de Genève 80\, 1028 Préverenges
DESCRIPTION:Service 60'000 km + pneus été. Déposer la clé à la boîte si fermé.
DTSTAMP:20260227T175512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_BOILER = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Chauffage Bersier SA//Planification interventions//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:intervention-2026-03187@bersier-chauffage.ch
DTSTAMP:20260305T134500Z
DTSTART:20260324T063000Z
DTEND:20260324T083000Z
SUMMARY:Entretien annuel chaudière – Favre, Ch. de Pierrefleur 22
LOCATION:Chemin de Pierrefleur 22, 1004 Lausanne
DESCRIPTION:Madame,\n\nNous vous confirmons l'entretien annuel de votre chaudière à gaz (contrat n° 4471) par
  notre technicien M. Dos Santos, entre 7h30 et 9h30. Merci de rendre la chaufferie accessible.\n\nChauffage
  Bersier SA – Service après-vente – 021 647 31 20
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_CLIENT = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pascal Moret:mailto:p.moret@garage-moret.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Moret,\n\nJe vous confirme notre entretien pour le bouclement 2025
  de Garage Moret SA : revue des stocks, amortissements et projet de comptes annuels avant l'assemblée générale.
  Merci d'apporter l'inventaire signé au 31.12.\n\nMeilleures salutations\nChloé Favre\nFiduciaire Lémanique SA\n
UID:040000008200E00074C5B7101A82E00800000000F0126789D4ABDC01000000000000000010000000666677778888999900001111CCCCDDDD
SUMMARY;LANGUAGE=fr-CH:Entretien client - bouclement 2025 Garage Moret SA
DTSTART;TZID=W. Europe Standard Time:20260312T090000
DTEND;TZID=W. Europe Standard Time:20260312T103000
DTSTAMP:20260302T151500Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Dent-de-Jaman
""" + _OUTLOOK_TAIL

_AUDIT = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Kovac, Elena":mailto:elena.kovac@lindgren-audit.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reto Vogt:mailto:r.vogt@alpina-sports.ch
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Favre,\n\nAs part of our statutory audit of Alpina Sports SA (FY 2025), we
  would like to interview you about the revenue and receivables process you run for the company (walkthrough:
  invoicing, credit notes, month-end cut-off). Please have two sample invoices at hand.\n\nKind regards,\nElena
  Kovac\nAudit Manager, Lindgren & Partner Audit SA\n
UID:040000008200E00074C5B7101A82E0080000000001237890E5BCDC01000000000000000010000000777788889999000011112222DDDDEEEE
SUMMARY;LANGUAGE=en-GB:Audit interview - Alpina Sports SA FY2025 - revenue cycle walkthrough
DTSTART;TZID=W. Europe Standard Time:20260303T140000
DTEND;TZID=W. Europe Standard Time:20260303T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T100012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Fiduciaire Lémanique\, Salle Salève
END:VEVENT
END:VCALENDAR
"""

_EXAM_DE = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aarelingua//Pruefungsplanung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:pruefung-c1-2026-05-sprechen-117@aarelingua.ch
DTSTAMP:20260415T090000Z
DTSTART:20260509T114500Z
DTEND:20260509T120500Z
SUMMARY:Mündliche Prüfung Deutsch C1 (Sprechen, Paarprüfung)
LOCATION:Sprachschule Aarelingua, Spitalgasse 4, 3011 Bern, Raum 2
DESCRIPTION:Liebe Frau Favre\, Ihre mündliche Prüfung findet als Paarprüfung statt (Vorbereitungszeit 15
  Minuten, Prüfungsgespräch 15 Minuten mit zwei Prüferinnen). Bitte erscheinen Sie 20 Minuten vorher mit
  amtlichem Ausweis.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_CLASS_ES = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260423T183000
DTEND;TZID=Europe/Zurich:20260423T200000
DTSTAMP:20260418T093301Z
ORGANIZER;CN=Marta Ibáñez:mailto:marta@solylengua.ch
UID:1b5f9j3n7r1v5z9d3h7l1p5t9x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:¡Hola Chloé!\n\nEl jueves hacemos en clase una simulación de entrevista de trabajo (juego de roles
  por parejas: entrevistador/a y candidato/a). Trae tu CV en español y prepara tres preguntas.\n\nMarta\nAcademia
  Sol y Lengua – Español B1
LOCATION:Academia Sol y Lengua\, Rue de Bourg 33\, Lausanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase de español B1 – simulación de entrevista
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_COACHING = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Monnier, Isabelle":mailto:i.monnier@orientation-carriere.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Chloé,\n\nSéance 3/5 de votre bilan de compétences : restitution des tests
  d'intérêts et de personnalité, et premières pistes de postes cibles (direction financière PME, controlling
  industriel).\n\nIsabelle Monnier\nPsychologue conseillère en orientation\n
UID:040000008200E00074C5B7101A82E00800000000123489A0F6CDDC01000000000000000010000000888899990000111122223333EEEEFFFF
SUMMARY;LANGUAGE=fr-CH:Bilan de compétences - séance 3/5
DTSTART;TZID=W. Europe Standard Time:20260302T180000
DTEND;TZID=W. Europe Standard Time:20260302T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T100500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Orientation & Carrière\, Place Saint-François 12\, Lausanne
END:VEVENT
END:VCALENDAR
"""

_THANKYOU = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.61.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:Tt5Vv8Xx1Zz4Bb7Dd0Ff3Hh6Jj9Ll2Nn@proton.me
DTSTAMP:20260430T181500Z
DTSTART;VALUE=DATE:20260501
DTEND;VALUE=DATE:20260502
SUMMARY:Send thank-you email to Jan & Eva (Kairos)
DESCRIPTION:Mention the board-reporting idea + audit committee question. Keep it short.
TRANSP:TRANSPARENT
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("recruiter-no-employer-en", "en", "a3f9c1e7-5b2d-4d80-9e6a-2c4f8b1d7e35@calendly.com", _RECRUITER_EN, 0,
       trap="recruiter-call-client-undisclosed-en"),
    Ev("prep-block-fr", "fr", "Pp3Rr6Tt9Vv2Xx5Zz8Bb1Dd4Ff7Hh0Jj@proton.me", _PREP_FR, 0,
       trap="prep-block-names-employer-fr"),
    Ev("prep-block-en", "en", "Qq4Ss7Uu0Ww3Yy6Aa9Cc2Ee5Gg8Ii1Kk@proton.me", _PREP_EN, 0,
       trap="prep-block-names-employer-en"),
    Ev("car-service-fr", "fr", "1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D", _CAR, 0, trap="entretien-voiture-fr"),
    Ev("boiler-service-fr", "fr", "intervention-2026-03187@bersier-chauffage.ch", _BOILER, 0,
       trap="entretien-chaudiere-fr"),
    Ev("client-meeting-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000F0126789D4ABDC01000000000000000010000000666677778888999900001111CCCCDDDD",
       _CLIENT, 0, trap="entretien-client-work-fr"),
    Ev("audit-interview-en", "en",
       "040000008200E00074C5B7101A82E0080000000001237890E5BCDC01000000000000000010000000777788889999000011112222DDDDEEEE",
       _AUDIT, 0, trap="audit-walkthrough-interview-en"),
    Ev("language-exam-de", "de", "pruefung-c1-2026-05-sprechen-117@aarelingua.ch", _EXAM_DE, 0,
       trap="oral-language-exam-de"),
    Ev("spanish-class-roleplay-es", "es", "1b5f9j3n7r1v5z9d3h7l1p5t9x@google.com", _CLASS_ES, 0,
       trap="language-class-interview-roleplay-es"),
    Ev("career-coaching-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000123489A0F6CDDC01000000000000000010000000888899990000111122223333EEEEFFFF",
       _COACHING, 0, trap="career-coaching-fr"),
    Ev("thank-you-reminder-en", "en", "Tt5Vv8Xx1Zz4Bb7Dd0Ff3Hh6Jj9Ll2Nn@proton.me", _THANKYOU, 0,
       trap="thank-you-reminder-names-employer-en"),
]
