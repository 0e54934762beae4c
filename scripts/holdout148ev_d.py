# ruff: noqa: E501, W291  (raw iCalendar text: long content lines and the trailing space before a fold are data)
"""holdout148 events, part D: Madrid, Lyon and Paris schools, in Spanish, French and English (raw iCalendar text)."""

from holdout148ev_tz import MADRID_G, PARIS_G, ROMANCE_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("factorial-entrevista", "factorial-ats-interview-118342@factorialhr.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial ATS//ES
METHOD:REQUEST
""" + MADRID_G + r"""BEGIN:VEVENT
UID:factorial-ats-interview-118342@factorialhr.com
DTSTAMP:20250114T084102Z
DTSTART;TZID=Europe/Madrid:20250121T170000
DTEND;TZID=Europe/Madrid:20250121T174500
SUMMARY:Entrevista: Jefe/a de Departamento de Matemáticas (Secundaria y Bachillerato) - Colegio Británico Las Encinas
ORGANIZER;CN=Beatriz Lozano Prieto:mailto:rrhh@colegiolasencinas.es
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Beatriz Lozano Prieto;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rrhh@colegiolasencinas.es
DESCRIPTION:Hola Aoife\,\n\nGracias por tu interés en el Colegio Británico 
 Las Encinas. Te confirmamos la entrevista inicial con Beatriz Lozano (Resp
 onsable de Personas) por Google Meet. La entrevista será en inglés y en es
 pañol (nivel B1 deseable).\n\nEnlace: https://meet.google.com/ezq-trvn-kpa\
 n\nSi necesitas cambiar la hora\, responde a este correo.\n\nUn saludo\,\nE
 quipo de Selección - Colegio Británico Las Encinas\nEnviado con Factorial
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Colegio Británico Las Encinas", "Jefe/a de Departamento de Matemáticas (Secundaria y Bachillerato)",
    "recruiter_screen", "rrhh@colegiolasencinas.es", "spanish-factorial-entrevista-inicial")

add("clase-modelo", "4kq1b7s9e3m2n0dv6pt8uh5cfr@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250207T093000
DTEND;TZID=Europe/Madrid:20250207T123000
DTSTAMP:20250129T115510Z
ORGANIZER;CN=Dirección Académica - Las Encinas:mailto:direccion.academica@colegiolasencinas.es
UID:4kq1b7s9e3m2n0dv6pt8uh5cfr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Ortega Sanz;X-NUM-GUESTS=0:mailto:jortega@colegiolasencinas.es
DESCRIPTION:Aoife\, te esperamos en el campus de Aravaca:\n\n09:30 Clase mo
 delo con Year 10 (45 min\, tema: ecuaciones simultáneas)\n10:30 Entrevista
  con el Director Académico (Javier Ortega) y la Head of Secondary (Claire 
 Whitfield)\n11:30 Visita del colegio y café con el departamento\n\nPor fav
 or trae tu pasaporte para el control de acceso.\n\nDirección Académica
LOCATION:Colegio Británico Las Encinas\, Camino de la Zarzuela 14\, Aravaca
  (Madrid)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase modelo + entrevista - Aoife Brennan (Jefe/a Dpto. Matemáticas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Colegio Británico Las Encinas", "Jefe/a Dpto. Matemáticas", "technical",
    "jortega@colegiolasencinas.es;Claire Whitfield", "spanish-clase-modelo-demo-lesson-plus-interview")

add("calendly-madrid", "calendly-3f9a1e77-b2c4-4d55-9a0e-7c1b2d3e4f50@calendly.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-3f9a1e77-b2c4-4d55-9a0e-7c1b2d3e4f50@calendly.com
DTSTAMP:20241209T213340Z
DTSTART:20241212T163000Z
DTEND:20241212T171500Z
SUMMARY:Aoife Brennan and Richard Hale
ORGANIZER;CN=Richard Hale:mailto:head.secondary@stannesmadrid.es
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Event Name: St Anne's - Head of Secondary - Shortlist Interview (45 min)\n\nLocation: This is a Zoom web conference.\nhttps://stannesmadrid.zoom.us/j/81123455098\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/3f9a1e77-b2c4-4d55-9a0e-7c1b2d3e4f50\nReschedule: https://calendly.com/reschedulings/3f9a1e77-b2c4-4d55-9a0e-7c1b2d3e4f50\n\nPowered by Calendly.com
LOCATION:https://stannesmadrid.zoom.us/j/81123455098
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "St Anne's International School Madrid", "Head of Secondary", "",
    "head.secondary@stannesmadrid.es", "calendly-names-only-title-role-in-event-name")

add("entrevista-typed", "F0E1D2C3-B4A5-4968-8776-655443322110", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250203T180002Z
DTSTAMP:20250203T180040Z
UID:F0E1D2C3-B4A5-4968-8776-655443322110
SUMMARY:Entrevista Montealto - 10h Madrid (=9h aqui)
DTSTART:20250211T090000
DTEND:20250211T094500
DESCRIPTION:Sra. Echeverría (directora técnica). por teléfono - me llaman ellos +34 91 xxx. Puesto: profesora de matemáticas/física bachillerato internacional (IBDP). repasar vocabulario: claustro\, tutoría\, evaluación\, oposiciones (no hace falta - colegio privado)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Colegio Internacional Montealto", "profesora de matemáticas/física bachillerato internacional (IBDP)", "",
    "Sra. Echeverría", "typed-spanish-floating-phone-interview")

add("entretien-visio", "csi-lyon-section-anglo-2025-0304-ab@section-anglophone-lyon.fr", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
METHOD:REQUEST
""" + ROMANCE_WIN + r"""BEGIN:VEVENT
UID:csi-lyon-section-anglo-2025-0304-ab@section-anglophone-lyon.fr
DTSTAMP:20250224T151212Z
ORGANIZER;CN="Véronique Marchand":mailto:direction@section-anglophone-lyon.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Aoife Brennan":mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Thomas Giraud":mailto:t.giraud@section-anglophone-lyon.fr
SUMMARY;LANGUAGE=fr:Entretien - poste de professeur(e) de mathématiques\, section anglophone (CSI Lyon)
DTSTART;TZID=Romance Standard Time:20250304T173000
DTEND;TZID=Romance Standard Time:20250304T181500
LOCATION;LANGUAGE=fr:Visioconférence Teams
DESCRIPTION;LANGUAGE=fr:Madame\,\n\nSuite à votre candidature\, nous avons le plaisir de vous convier à un premier entretien en visioconférence pour le poste de professeur(e) de mathématiques (enseignement en anglais\, collège et lycée\, préparation à l'OIB/BFI) à la section anglophone de la Cité Scolaire Internationale de Lyon.\n\nVous serez reçue par Véronique Marchand\, directrice de la section\, et Thomas Giraud\, coordinateur de mathématiques.\n\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzFkYWE%40thread.v2/0\n\nBien cordialement\,\nLe secrétariat de la section anglophone
CLASS:PUBLIC
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Cité Scolaire Internationale de Lyon", "professeur(e) de mathématiques, section anglophone", "",
    "direction@section-anglophone-lyon.fr;t.giraud@section-anglophone-lyon.fr", "french-entretien-visio-romance-zone")

add("entretien-lyon", "7ns2d9k0q4b1vh6ce3pl8m5atj@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Aoife Brennan
X-WR-TIMEZONE:Europe/Dublin
""" + PARIS_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250328T100000
DTEND;TZID=Europe/Paris:20250328T123000
DTSTAMP:20250318T201500Z
UID:7ns2d9k0q4b1vh6ce3pl8m5atj@google.com
CREATED:20250318T201455Z
DESCRIPTION:2e entretien CSI - avec M. le Proviseur (M. Lefèvre) + Mme Marc
 hand. Séance d'essai 10h avec une classe de 2nde OIB (30 min\, thème libre 
 - trigo?). Vol Cork-Lyon? non\, Dublin-Lyon Aer Lingus jeudi soir. Hôtel I
 bis Gerland. Métro B.
LAST-MODIFIED:20250318T201500Z
LOCATION:Cité Scolaire Internationale\, 2 place de Montréal\, 69007 Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CSI Lyon - 2e entretien + séance d'essai
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Cité Scolaire Internationale de Lyon", "", "final", "M. Lefèvre;Mme Marchand",
    "gcal-export-french-second-interview-trial-lesson")

add("teamtailor", "teamtailor-interview-5f1e2d3c4b5a@teamtailor-mail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5f1e2d3c4b5a@teamtailor-mail.com
DTSTAMP:20250305T100020Z
DTSTART:20250312T160000Z
DTEND:20250312T164500Z
SUMMARY:Entretien : Coordinateur·rice Mathématiques (Secondaire) - École Internationale Lyon Ouest
ORGANIZER;CN=École Internationale Lyon Ouest:mailto:noreply@teamtailor-mail.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Camille Besson;ROLE=REQ-PARTICIPANT:mailto:camille.besson@eilo.fr
ATTENDEE;CN=Antoine Perrin;ROLE=REQ-PARTICIPANT:mailto:antoine.perrin@eilo.fr
DESCRIPTION:Bonjour Aoife\,\n\nVotre entretien est confirmé.\n\nAvec : Cam
 ille Besson (Directrice du secondaire)\, Antoine Perrin (Responsable péda
 gogique PEI/IBDP)\nDurée : 45 minutes\nLieu : Google Meet - https://meet.g
 oogle.com/nqe-xjwa-rbm\n\nÀ bientôt !\nL'équipe recrutement EILO
LOCATION:https://meet.google.com/nqe-xjwa-rbm
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "École Internationale Lyon Ouest", "Coordinateur·rice Mathématiques (Secondaire)", "",
    "camille.besson@eilo.fr;antoine.perrin@eilo.fr", "teamtailor-french-utc-noreply-organizer")

add("calcom-paris", "cal-8YkPq2VnR4sTx7Lz@cal.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:cal-8YkPq2VnR4sTx7Lz@cal.com
SUMMARY:Entretien LIPO - Coordinatrice PEI/PD Mathématiques between Nathalie Rousseau and Aoife Brennan
DTSTART:20250122T163000Z
DTEND:20250122T171500Z
DTSTAMP:20250117T091212Z
DESCRIPTION:Quoi :\nEntretien LIPO - Coordinatrice PEI/PD Mathématiques between Nathalie Rousseau and Aoife Brennan\n\nQuand :\nmercredi 22 janvier 2025 17:30 - 18:15 (Europe/Paris)\n\nQui :\nNathalie Rousseau - Organisateur\nn.rousseau@lipo-paris.fr\nAoife Brennan\naoife.brennan77@eircom.net\n\nOù :\nCal Video\nhttps://app.cal.com/video/8YkPq2VnR4sTx7Lz\n\nNotes supplémentaires :\nBonjour Madame Rousseau\, je joins ma lettre de motivation en français pour le poste au Lycée International de Paris-Ouest. Aoife
ORGANIZER;CN=Nathalie Rousseau:mailto:n.rousseau@lipo-paris.fr
ATTENDEE;PARTSTAT=ACCEPTED;CN=Aoife Brennan:mailto:aoife.brennan77@eircom.net
LOCATION:https://app.cal.com/video/8YkPq2VnR4sTx7Lz
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Lycée International de Paris-Ouest", "Coordinatrice PEI/PD Mathématiques", "",
    "n.rousseau@lipo-paris.fr", "calcom-french-between-title-acronym")
