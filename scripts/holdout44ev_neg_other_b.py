"""holdout44: negatives, part B (internal, own appraisal/exit, coffee chats, fairs, referee and recruiter calls)."""

from __future__ import annotations

from holdout44ev_ics import Ev
from holdout44ev_neg_side_a import _OUTLOOK_HEAD, _OUTLOOK_TAIL

_CLOSING = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Pidoux, Alain":mailto:a.pidoux@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Oppliger, Nicole":
  ~mailto:n.oppliger@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Ordre du jour : 1. Débiteurs > 90 jours par mandat 2. Provisions 3. Facturation des
  honoraires de bouclement 4. Divers (vacances de Pâques).\n
UID:040000008200E00074C5B7101A82E00800000000ABCD1234EF56DC0100000000000000001000000011112222333344445555666677778888
SUMMARY;LANGUAGE=fr-CH:Clôture mensuelle mars - revue comptes clients
DTSTART;TZID=W. Europe Standard Time:20260401T163000
DTEND;TZID=W. Europe Standard Time:20260401T173000
DTSTAMP:20260316T081500Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Salève
""" + _OUTLOOK_TAIL

_APPRAISAL = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Pidoux, Alain":mailto:a.pidoux@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Chloé,\n\nVoici le créneau pour ton entretien annuel d'évaluation 2025.
  Merci de remplir ton auto-évaluation dans Personio d'ici lundi. Nous parlerons aussi de tes objectifs 2026 et de
  formation continue.\n\nAlain\n
UID:040000008200E00074C5B7101A82E00800000000BCDE2345F067DC0100000000000000001000000022223333444455556666777788889999
SUMMARY;LANGUAGE=fr-CH:Entretien annuel d'évaluation - Chloé Favre
DTSTART;TZID=W. Europe Standard Time:20260304T100000
DTEND;TZID=W. Europe Standard Time:20260304T113000
DTSTAMP:20260223T090215Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau A. Pidoux
""" + _OUTLOOK_TAIL

_EXIT = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Jaccard, Sophie":mailto:s.jaccard@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Chloé,\n\nComme pour chaque départ, je te propose un entretien de sortie
  (exit interview) confidentiel : ton regard sur la Fiduciaire, ce qui t'a fait partir, ce que nous pourrions
  améliorer. Nous réglerons aussi la restitution du matériel et ton certificat de travail.\n\nSophie\n
UID:040000008200E00074C5B7101A82E00800000000CDEF3456A178DC01000000000000000010000000333344445555666677778888999900AA
SUMMARY;LANGUAGE=fr-CH:Entretien de départ (exit interview) - C. Favre
DTSTART;TZID=W. Europe Standard Time:20260624T140000
DTEND;TZID=W. Europe Standard Time:20260624T150000
DTSTAMP:20260603T140000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau RH
""" + _OUTLOOK_TAIL

_COFFEE_FR = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.61.2//EN
CALSCALE:GREGORIAN
@tz zurich
BEGIN:VEVENT
UID:Rt7Yu2Io9Pa4Sd1Fg6Hj3Kl8Zx5Cv0Bn@proton.me
DTSTAMP:20260305T211500Z
DTSTART;TZID=Europe/Zurich:20260310T073000
DTEND;TZID=Europe/Zurich:20260310T081500
SUMMARY:Café Julien Perrenoud (CFO Riviera Hôtels)
DESCRIPTION:Recommandé par Anne. Pas de poste ouvert chez eux\, juste un échange sur le métier de CFO dans
  l'hôtellerie et son réseau à Montreux. Penser à le remercier.
LOCATION:Café de Grancy\, Lausanne
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_COFFEE_EN = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260319T123000
DTEND;TZID=Europe/Zurich:20260319T130000
DTSTAMP:20260316T104408Z
ORGANIZER;CN=Anna Meier:mailto:anna.meier@pivotalpay.ch
UID:6h0l4p8t2x6b0f4j8n2r6v0z4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anna Meier;X-NUM-GUESTS=0:
  ~mailto:anna.meier@pivotalpay.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Hi Chloé, happy to share what finance looks like at a Zurich fintech – we don't have an open role on
  our side right now, so this is just a virtual coffee between fellow controllers. Anna\n\nJoin with Google Meet:
  https://meet.google.com/hte-wqpx-zza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Virtual coffee – Anna / Chloé
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_FAIR_FR = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1190023344-ticket-88710253@eventbrite.com
DTSTAMP:20260303T190512Z
DTSTART:20260321T090000Z
DTEND:20260321T160000Z
SUMMARY:Salon Emploi Finance & Comptabilité 2026 – Lausanne
LOCATION:Palais de Beaulieu, Avenue des Bergières 10, 1004 Lausanne
DESCRIPTION:Votre billet visiteur (gratuit) pour le Salon Emploi Finance & Comptabilité : plus de 40
  employeurs et cabinets de recrutement, conférences « CV et LinkedIn » et « préparer un entretien ». Présentez ce
  billet à l'entrée. Billet n° 88710253.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_FAIR_DE = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Karrieretag Finance//Anmeldung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ktf-2026-zh-besucher-30418@karrieretag-finance.ch
DTSTAMP:20260311T082019Z
DTSTART;VALUE=DATE:20260508
DTEND;VALUE=DATE:20260509
SUMMARY:Finance & Controlling Karrieretag Zürich
LOCATION:Kongresshaus Zürich, Claridenstrasse 5, 8002 Zürich
DESCRIPTION:Vielen Dank für Ihre Anmeldung. Am Karrieretag treffen Sie über 60 Arbeitgeber aus Banken,
  Industrie und Beratung. Speed-Dating-Slots mit Unternehmen können vor Ort gebucht werden. Ihr Besucher-Code:
  30418.
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_REFEREE_FR = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Walder, Christophe":mailto:c.walder@walder-partners.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Favre,\n\nMme Sophie Gilliéron vous a indiquée comme référence dans le cadre
  d'une candidature que nous accompagnons. Je vous appellerai au 079 412 88 05 pour un entretien de référence
  d'environ 15 minutes (collaboration, points forts, axes de développement).\n\nChristophe Walder\nWalder &
  Partners Conseil RH\n
UID:040000008200E00074C5B7101A82E00800000000DEF04567B289DC01000000000000000010000000444455556666777788889999AAAABBBB
SUMMARY;LANGUAGE=fr-CH:Référence - Sophie Gilliéron (appel Walder & Partners)
DTSTART;TZID=W. Europe Standard Time:20260407T123000
DTEND;TZID=W. Europe Standard Time:20260407T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T090133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Téléphone
END:VEVENT
END:VCALENDAR
"""

_REFEREE_EN = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260422T171500
DTEND;TZID=Europe/Zurich:20260422T173500
DTSTAMP:20260417T140011Z
ORGANIZER;CN=Megan Frost:mailto:megan.frost@brightwell-analytics.com
UID:8j2n6r0v4z8d2h6l0p4t8x2b6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Hi Chloé,\n\nDaniel Ortiz has listed you as a professional reference for the Accounting Manager role
  at Brightwell Analytics. Thank you for agreeing to a short reference call – I'll ask about your time working
  together at Fiduciaire Lémanique.\n\nI'll call you on +41 79 412 88 05.\n\nMegan Frost\nPeople Partner,
  Brightwell Analytics
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call re: Daniel Ortiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_RECRUITER_FR = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260305T123000
DTEND;TZID=Europe/Zurich:20260305T131500
DTSTAMP:20260302T165522Z
ORGANIZER;CN=Nadia Perret:mailto:nadia.perret@swissfinancesearch.ch
UID:9k3o7s1w5a9e3i7m1q5u9y3c7g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Bonjour Chloé,\n\nComme évoqué sur LinkedIn, j'aimerais faire votre connaissance et mieux comprendre
  votre projet. Je travaille actuellement sur plusieurs mandats confidentiels de responsable financier / CFO dans
  l'industrie et les services en Suisse romande.\n\nNadia Perret\nSenior Consultant, Swiss Finance Search\n
  ~Participer avec Google Meet : https://meet.google.com/gkd-prxe-vbn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Chloé Favre / Nadia Perret – opportunités Head of Finance
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_RECRUITER_DE = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Baumann, Urs":mailto:u.baumann@bw-search.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Favre\n\nbesten Dank für Ihre Rückmeldung. Gerne stelle ich Ihnen in
  einem kurzen Telefonat unsere aktuellen CFO- und Leiter-Finanzen-Mandate im Raum Bern/Solothurn vor. Die Namen
  unserer Auftraggeber kann ich erst nach Ihrer Zustimmung und Rücksprache mit dem Kunden nennen.\n\nFreundliche
  Grüsse\nUrs Baumann\nBaumann & Wälti Executive Search AG\n
UID:040000008200E00074C5B7101A82E00800000000EF015678C39ADC01000000000000000010000000555566667777888899990000BBBBCCCC
SUMMARY;LANGUAGE=de-CH:Telefonat Hr. Baumann / Frau Favre - CFO-Mandate Raum Bern
DTSTART;TZID=W. Europe Standard Time:20260327T080000
DTEND;TZID=W. Europe Standard Time:20260327T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260324T181245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("internal-closing-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000ABCD1234EF56DC0100000000000000001000000011112222333344445555666677778888",
       _CLOSING, 0, trap="internal-meeting-fr"),
    Ev("own-appraisal-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000BCDE2345F067DC0100000000000000001000000022223333444455556666777788889999",
       _APPRAISAL, 0, trap="own-appraisal-entretien-annuel-fr"),
    Ev("own-exit-interview-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000CDEF3456A178DC01000000000000000010000000333344445555666677778888999900AA",
       _EXIT, 0, trap="own-exit-interview-fr"),
    Ev("coffee-chat-fr", "fr", "Rt7Yu2Io9Pa4Sd1Fg6Hj3Kl8Zx5Cv0Bn@proton.me", _COFFEE_FR, 0,
       trap="coffee-chat-names-company-fr"),
    Ev("coffee-chat-en", "en", "6h0l4p8t2x6b0f4j8n2r6v0z4d@google.com", _COFFEE_EN, 0, trap="coffee-chat-en"),
    Ev("job-fair-fr", "fr", "eventbrite-1190023344-ticket-88710253@eventbrite.com", _FAIR_FR, 0, trap="job-fair-fr"),
    Ev("job-fair-de", "de", "ktf-2026-zh-besucher-30418@karrieretag-finance.ch", _FAIR_DE, 0,
       trap="job-fair-allday-de"),
    Ev("referee-call-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000DEF04567B289DC01000000000000000010000000444455556666777788889999AAAABBBB",
       _REFEREE_FR, 0, trap="reference-call-user-is-referee-fr"),
    Ev("referee-call-en", "en", "8j2n6r0v4z8d2h6l0p4t8x2b6f@google.com", _REFEREE_EN, 0,
       trap="reference-call-user-is-referee-en"),
    Ev("recruiter-no-employer-fr", "fr", "9k3o7s1w5a9e3i7m1q5u9y3c7g@google.com", _RECRUITER_FR, 0,
       trap="recruiter-call-no-employer-fr"),
    Ev("recruiter-no-employer-de", "de",
       "040000008200E00074C5B7101A82E00800000000EF015678C39ADC01000000000000000010000000555566667777888899990000BBBBCCCC",
       _RECRUITER_DE, 0, trap="recruiter-call-no-employer-de"),
]
