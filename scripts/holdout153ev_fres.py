"""holdout153: French and Spanish employers, EMBL (hand-written raw iCalendar text)."""

from holdout153ev_base import yes

EVENTS = [
    dict(kind="zoom", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Laurent Gaëlle":mailto:gaelle.laurent@pasteur.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=fr-FR:Chère Dr Weiss\,\n\nSuite à l'examen des candidatu
 res à l'appel « Groupes à 5 ans – Biologie structurale »\, le comité de sél
 ection souhaite s'entretenir avec vous par visioconférence (20 min de présen
 tation\, 20 min de questions). L'entretien se déroulera en anglais.\n\nLien
  Zoom : https://pasteur-fr.zoom.us/j/94418203377\nID de réunion : 944 1820 3
 377 – Code secret : G5struct\n\nBien cordialement\,\nGaëlle Laurent\nDirecti
 on des Ressources Humaines – Recrutement scientifique
UID:040000008200E00074C5B7101A82E00800000000D2F4A6C8E15BDC010000000000000000
 10000000C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D7
SUMMARY;LANGUAGE=fr-FR:G5 Biologie structurale – entretien de présélection (H
 . Weiss)
DTSTART;TZID=Romance Standard Time:20251016T150000
DTEND;TZID=Romance Standard Time:20251016T154000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T082244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000D2F4A6C8E15BDC0100000000000000001000"
               "0000C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D7", "Institut Pasteur", "", "",
               "", "french-preselection-interview-romance-zone")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Laurent Gaëlle":mailto:gaelle.laurent@pasteur.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rey Félix":ma
 ilto:felix.rey@pasteur.fr
DESCRIPTION;LANGUAGE=fr-FR:Chère Dr Weiss\,\n\nNous avons le plaisir de vous
  inviter aux auditions finales pour un poste de chef·fe de groupe à 5 ans.\n
 \nMardi 3 février :\n10h30 Séminaire public (45 min)\, Auditorium François J
 acob\n14h00 Audition devant le comité de sélection (présidé par Félix Rey)\,
  salle du Conseil\n\nLes frais de déplacement et d'hébergement sont pris en
  charge par l'Institut.\n\nBien cordialement\,\nGaëlle Laurent
UID:040000008200E00074C5B7101A82E008000000005B7D9F1A326BDC010000000000000000
 10000000E3B5D7F9A1C3E5B7D9F1A3C5E7B9D1F3
SUMMARY;LANGUAGE=fr-FR:Auditions G5 – Dr Hannah Weiss (séminaire + audition)
DTSTART;TZID=Romance Standard Time:20260203T103000
DTEND;TZID=Romance Standard Time:20260203T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T143030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Institut Pasteur\, 25-28 rue du Docteur Roux\, 75015
  Paris
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E008000000005B7D9F1A326BDC0100000000000000001000"
               "0000E3B5D7F9A1C3E5B7D9F1A3C5E7B9D1F3", "Institut Pasteur", "chef·fe de groupe à 5 ans", "final",
               "felix.rey@pasteur.fr", "french-auditions-finales-committee")),

    dict(kind="workday", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//FR
VERSION:2.0
METHOD:REQUEST
@TZ:PARIS@
BEGIN:VEVENT
UID:wd-sanofi-int-8e2a4c60-91b7-4d3f-a5e8-2c0f6b9d1e73@myworkday.com
DTSTAMP:20251113T100503Z
DTSTART;TZID=Europe/Paris:20251120T093000
DTEND;TZID=Europe/Paris:20251120T103000
SUMMARY:Entretien – Chercheur·se Senior Biologie Structurale (H/F) – R2814
 077
DESCRIPTION:Bonjour Hannah\,\n\nNous vous confirmons votre entretien avec Dr
  Isabelle Moreau (Head of Integrated Drug Discovery – Structural Biology\, V
 itry-sur-Seine) et Thomas Garnier (Talent Acquisition).\n\nLien Teams : htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg5ZGYy\n\nCordialement
 \,\nL'équipe Talent Acquisition Sanofi
LOCATION:Microsoft Teams
ORGANIZER;CN=Sanofi Talent Acquisition:mailto:sanofi@myworkday.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Isabelle Moreau;PARTSTAT=ACCEPTED:mailto:isabelle.moreau@sanofi
 .com
ATTENDEE;CN=Thomas Garnier;PARTSTAT=ACCEPTED:mailto:thomas.garnier@sanofi.c
 om
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("wd-sanofi-int-8e2a4c60-91b7-4d3f-a5e8-2c0f6b9d1e73@myworkday.com", "Sanofi",
               "Chercheur·se Senior Biologie Structurale (H/F)", "hiring_manager",
               "isabelle.moreau@sanofi.com;thomas.garnier@sanofi.com", "french-entretien-workday")),

    dict(kind="bookings", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Servier Paris-Saclay:mailto:RecrutementServierParis
 Saclay@servier.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Julien Ma
 rchand:mailto:julien.marchand@servier.com
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : Entr
 etien téléphonique – Ingénieur·e de recherche en cristallographie (CDI)\nAve
 c : Julien Marchand\nDurée : 30 minutes\n\nJulien vous appellera au numéro i
 ndiqué lors de la réservation.\n\nPour modifier ou annuler : https://outlook
 .office365.com/owa/calendar/RecrutementServierParisSaclay@servier.onmicroso
 ft.com/bookings/\n\nMicrosoft Bookings
UID:040000008200E00074C5B7101A82E00800000000A8C0E2A4F36BDC010000000000000000
 10000000D9F1B3D5F7A9C1E3B5D7F9A1C3E5B7D9
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique – Ingénieur·e de recherche cris
 tallographie
DTSTART;TZID=Romance Standard Time:20251125T111500
DTEND;TZID=Romance Standard Time:20251125T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T163741Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000A8C0E2A4F36BDC0100000000000000001000"
               "0000D9F1B3D5F7A9C1E3B5D7F9A1C3E5B7D9", "Servier",
               "Ingénieur·e de recherche en cristallographie (CDI)", "recruiter_screen",
               "julien.marchand@servier.com", "microsoft-bookings-french-phone")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251203T160000
DTEND;TZID=Europe/Madrid:20251203T170000
DTSTAMP:20251121T121901Z
ORGANIZER;CN=Programa de Biología Estructural CNIO:mailto:sbp-secretaria@cn
 io.es
UID:8e2g4j6l8n0q2s4u6w8y0a2c4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss.bio@posteo.de;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@p
 osteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Óscar Llorca;X-NUM-GUESTS=0:mailto:ollorca@cnio.es
DESCRIPTION:Estimada Dra. Weiss:\n\nLe confirmamos la entrevista por videocon
 ferencia para la plaza de Jefe/a de Grupo Junior (Junior Group Leader) en e
 l Programa de Biología Estructural. La entrevista tendrá lugar en inglés con
  el comité de selección presidido por el Dr. Óscar Llorca: presentación de 2
 0 minutos sobre su proyecto de investigación y 40 minutos de preguntas.\n\nE
 nlace Webex: https://cnio.webex.com/meet/sbp.seleccion\n\nUn cordial saludo\,
 \nSecretaría del Programa de Biología Estructural
LOCATION:Webex
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Jefe/a de Grupo Junior – Dra. Hannah Weiss
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("8e2g4j6l8n0q2s4u6w8y0a2c4f@google.com", "CNIO", "Jefe/a de Grupo Junior", "",
               "ollorca@cnio.es", "spanish-entrevista-junior-group-leader")),

    dict(kind="teams-call", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Puig, Marta":mailto:marta.puig@irbbarcelona.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Coll, Miquel"
 :mailto:miquel.coll@irbbarcelona.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fernández-Rec
 io, Juan":mailto:juan.fernandez@irbbarcelona.org
DESCRIPTION;LANGUAGE=es-ES:Hola Hannah\,\n\ncomo comentamos\, te envío la co
 nvocatoria para la primera entrevista online del proceso de selección de Ju
 nior Group Leader (Structural and Computational Biology Programme). Duración
  aprox. 45 min: breve presentación y preguntas del comité.\n\nUnirse a la re
 unión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_YzE0OGQ1\n\nSaludos cordiales\,\nMarta Puig\nHuman Resources\, IRB Barc
 elona
UID:040000008200E00074C5B7101A82E00800000000B9D1F3A5047BDC010000000000000000
 10000000A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B1
SUMMARY;LANGUAGE=es-ES:Entrevista online – Junior Group Leader (SCB) – Hanna
 h Weiss
DTSTART;TZID=Romance Standard Time:20251111T113000
DTEND;TZID=Romance Standard Time:20251111T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T085559Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000B9D1F3A5047BDC0100000000000000001000"
               "0000A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B1", "IRB Barcelona", "Junior Group Leader", "",
               "miquel.coll@irbbarcelona.org;juan.fernandez@irbbarcelona.org", "spanish-teams-first-online-interview")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah Weiss
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251124
DTEND;VALUE=DATE:20251126
DTSTAMP:20251030T190210Z
UID:9a3c5e7g9j1l3n5q7s9u1w3y5b@google.com
CREATED:20251030T190210Z
DESCRIPTION:EMBL Hamburg GL interviews (Structural Biology)\nMo: Anreise\, Di
 nner mit GLs\nDi: Talk 9:00\, dann 1:1s + Interview mit Search Committee (Ma
 tthias Wilmanns + Thomas Schneider + ext.)\nUnterkunft: EMBL Guesthouse\, c/
 o DESY Geb. 25a
LAST-MODIFIED:20251105T081744Z
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:EMBL HH 🧬 GL Interviews
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", label=yes("9a3c5e7g9j1l3n5q7s9u1w3y5b@google.com", "EMBL", "", "onsite",
               "Matthias Wilmanns;Thomas Schneider", "self-typed-all-day-two-day-gl-interviews")),
]
