# ruff: noqa: E501, W291
"""holdout246 events, part A: the user's own interviews (French public sector, Spain, catholic schools, councils)."""
from holdout246ev_zones import (
    GOOGLE_EN,
    GOOGLE_ES,
    GOOGLE_FR,
    PARIS,
    ROMANCE,
    TEAMS_ES,
    TEAMS_FR,
    UTC1_ES,
    UTC1_FR,
    WEUROPE,
)

FORMS = {
    "Lycée international Marguerite-Avenel": "Lycée Avenel|Marguerite-Avenel|Lycée international Avenel",
    "Rectorat de l'académie de Montpellier": "Rectorat de Montpellier|Académie de Montpellier|Rectorat",
    "DSDEN de l'Hérault": "DSDEN 34|Direction des services départementaux de l'Éducation nationale de l'Hérault",
    "Ministère de l'Éducation nationale": "Éducation nationale|MEN|Ministère de l'Éducation nationale et de la Jeunesse",
    "Lycée français Jacqueline-de-Romilly de Madrid": "LFJR|Lycée français de Madrid|Lycée Jacqueline-de-Romilly|LFJR Madrid",
    "Lycée français Mercè-Rodoreda de Barcelone": "Lycée Mercè-Rodoreda|LFMR|Lycée français de Barcelone|Liceo Francés Mercè Rodoreda",
    "AEFE": "Agence pour l'enseignement français à l'étranger",
    "Colegio Internacional Alameda": "Colegio Alameda|Alameda",
    "British-French International School of Madrid": "BFIS|British-French International School",
    "Ensemble scolaire Sainte-Odile-du-Lez": "Sainte-Odile|Sainte-Odile-du-Lez|Ste Odile|OGEC Sainte-Odile",
    "Institution Notre-Dame-des-Cévennes": "Notre-Dame-des-Cévennes|NDC Alès|Notre-Dame des Cévennes",
    "DDEC de l'Hérault": "Direction diocésaine de l'Enseignement catholique de l'Hérault|DDEC 34|DDEC|Enseignement catholique de l'Hérault",
    "Ville de Saint-Clément-des-Étangs": "Saint-Clément-des-Étangs|Mairie de Saint-Clément-des-Étangs|Saint-Clément",
    "Agglo Hérault-Lagunes": "Hérault-Lagunes|Communauté d'agglomération Hérault-Lagunes|HLA",
    "Passerelles Éducatives Occitanie": "Passerelles Éducatives|Association Passerelles Éducatives Occitanie",
    "Lycée Saint-Anselme": "Saint-Anselme|Lycée privé Saint-Anselme|St Anselme",
    "Lycée Jean-Baptiste-Delmas": "Lycée Delmas|Jean-Baptiste-Delmas|LJBD",
    "GRETA Garrigues-Lez": "GRETA|GRETA Garrigues Lez",
    "INSPÉ Occitanie-Méditerranée": "INSPÉ|INSPE Occitanie-Méditerranée|INSPE",
    "EPLEFPA de Lozère-Causses": "EPLEFPA Lozère-Causses|Lycée agricole de Lozère-Causses|EPLEFPA",
}

W = "karim.haddad@ac-montpellier.fr"
P = "karim.haddad34@laposte.net"


def ev(kind, uid, ics, company, role, stage, interviewers, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=1, company=company, role=role, stage=stage,
                interviewers=interviewers, trap=trap, hiring=False)


EVENTS = [
ev("zimbra-invite", "9f1c2e44-7a0b-4d2e-9c61-avenel-r1@zimbra.lycee-avenel-toulouse.fr", f"""BEGIN:VCALENDAR
X-WR-CALNAME:Agenda
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:9f1c2e44-7a0b-4d2e-9c61-avenel-r1@zimbra.lycee-avenel-toulouse.fr
SUMMARY:Entretien poste à profil CPE - section internationale (M. Haddad)
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=Mathieu Oubrier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.oubrier@lycee-avenel-toulouse.fr
ORGANIZER;CN=Hélène Castaing:mailto:h.castaing@lycee-avenel-toulouse.fr
DTSTART;TZID="Europe/Paris":20260204T163000
DTEND;TZID="Europe/Paris":20260204T171500
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LOCATION:Visio-agents (lien ci-dessous)
DTSTAMP:20260128T091244Z
SEQUENCE:0
DESCRIPTION:Monsieur\\,\\n\\nSuite à votre candidature sur le poste à profil de
  CPE de la section internationale (mouvement 2026)\\, je vous propose un entreti
 en en visioconférence avec M. Oubrier\\, proviseur adjoint\\, et moi-même.\\n\\nLi
 en : https://visio-agents.education.fr/meeting/signin/invite/48817/creator/1
 1204/hash/3f0c\\n\\nBien cordialement\\,\\nHélène Castaing\\nProviseure
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=START:-PT15M
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Lycée international Marguerite-Avenel", "CPE - section internationale", "hiring_manager",
   "h.castaing@lycee-avenel-toulouse.fr;m.oubrier@lycee-avenel-toulouse.fr", "poste-a-profil-visio-agents-zimbra"),

ev("thunderbird-typed", "0b5e7d1a-3f2c-4b8e-a1d9-5c7e2f9a0d13", """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260212T201532Z
LAST-MODIFIED:20260212T201710Z
DTSTAMP:20260212T201710Z
UID:0b5e7d1a-3f2c-4b8e-a1d9-5c7e2f9a0d13
SUMMARY:Toulouse - commission PAP Avenel (rectorat salle 204)
DTSTART:20260305T104000
DTEND:20260305T112000
LOCATION:Rectorat de Toulouse\\, bât. B\\, salle 204
DESCRIPTION:train 7h12 St Roch. Commission : Mme Castaing + IA-IPR EVS + DRH.
  Ramener projet vie scolaire section inter (5 min de présentation).
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Lycée international Marguerite-Avenel", "", "final", "Mme Castaing", "hand-typed-floating-abbrev-pap"),

ev("zimbra-invite", "5d2a9b70-1c4e-4f3a-8b2d-rectorat-mission-cs@ac-montpellier.fr", f"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:5d2a9b70-1c4e-4f3a-8b2d-rectorat-mission-cs@ac-montpellier.fr
SUMMARY:Entretien - candidature chargé de mission académique climat scolaire
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=LARRIEU Vincent;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vincent.larrieu@ac-montpellier.fr
ORGANIZER;CN=Secrétariat IA-IPR EVS:mailto:secretariat.ipr-evs@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260120T140000
DTEND;TZID="Europe/Paris":20260120T144500
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Rectorat - 31 rue de l'Université - bureau 3.12
DTSTAMP:20260109T103355Z
SEQUENCE:0
DESCRIPTION:Bonjour\\,\\nM. Larrieu\\, IA-IPR établissements et vie scolaire\\, vou
 s recevra pour un entretien concernant votre candidature (appel à candidatur
 es interne - mission climat scolaire et prévention du harcèlement\\, quotité 50
  %).\\nMerci de vous munir d'une pièce d'identité pour l'accès au bâtiment.\\n
 Le secrétariat
END:VEVENT
END:VCALENDAR
""", "Rectorat de l'académie de Montpellier", "chargé de mission académique climat scolaire", "hiring_manager",
   "vincent.larrieu@ac-montpellier.fr", "internal-application-same-domain-secretariat-organizer"),

ev("zimbra-reschedule", "7e40c1b2-rectorat-cabinet-mission-cs-2@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:7e40c1b2-rectorat-cabinet-mission-cs-2@ac-montpellier.fr
SUMMARY:[Modifié] Entretien cabinet du recteur - mission climat scolaire - M. HADDAD
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=DORIAT Stéphane;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:stephane.doriat@ac-montpellier.fr
ATTENDEE;CN=BERNADAC Laure;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laure.bernadac@ac-montpellier.fr
ATTENDEE;CUTYPE=ROOM;CN=Rectorat - Salle Peyrou;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:salle.peyrou@ac-montpellier.fr
ORGANIZER;CN=Cabinet du recteur;SENT-BY="mailto:nathalie.combes@ac-montpellier.fr":mailto:ce.cabinet@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260213T091500
DTEND;TZID="Europe/Paris":20260213T100000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Rectorat - Salle Peyrou
DTSTAMP:20260205T160212Z
SEQUENCE:2
DESCRIPTION:Nouvel horaire (le créneau du 10/02 est annulé en raison du CTA).\\n
 Entretien final avec M. Doriat\\, directeur de cabinet\\, et Mme Bernadac\\, DRH\\,
  sur votre candidature à la mission académique climat scolaire.
END:VEVENT
END:VCALENDAR
""", "Rectorat de l'académie de Montpellier", "mission académique climat scolaire", "final",
   "stephane.doriat@ac-montpellier.fr;laure.bernadac@ac-montpellier.fr", "rescheduled-sequence-internal-room-sent-by"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000D0A4C1F2C38FDC01000000000000000010000000A3B1C9D8E7F60504", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Vidal-Ferrand, Corinne":mailto:corinne.vidal-ferrand@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DSDEN34 - Division des personnels":mailto:ce.dipe34@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\\,\\n\\nDans le cadre de l'appel à candidatures
  pour des fonctions de personnel de direction faisant fonction à la rentrée 2
 026\\, Mme l'inspectrice d'académie adjointe vous recevra en entretien.\\n\\nLa d
 ivision des personnels est en copie pour information.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A4C1F2C38FDC01000000000000000010000000A3B1C9D8E7F60504
SUMMARY;LANGUAGE=fr-FR:Entretien - faisant fonction personnel de direction (rentrée 2026)
DTSTART;TZID=Romance Standard Time:20260317T110000
DTEND;TZID=Romance Standard Time:20260317T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260303T082711Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:DSDEN de l'Hérault - bureau de l'IA-DAASEN adjointe
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", "DSDEN de l'Hérault", "personnel de direction faisant fonction", "hiring_manager",
   "corinne.vidal-ferrand@ac-montpellier.fr", "outlook-internal-faisant-fonction-division-cc"),

ev("ios-typed", "A3F0E9C2-6B1D-4E55-9D8A-0F3C7B21E6A4", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260402T183012Z
DTEND:20260521T093000
DTSTAMP:20260402T183044Z
DTSTART:20260521T081500
LAST-MODIFIED:20260402T183044Z
LOCATION:Paris - centre d'examen (voir convoc Cyclades)
SEQUENCE:0
SUMMARY:ORAL PERDIR !!! convoc 8h15 - entretien avec le jury
DESCRIPTION:Admissibilité ok. Dossier RAEP + pièce d'identité + convocation
  imprimée. 10 min exposé puis entretien jury. Hôtel réservé rue Monge.
TRANSP:OPAQUE
UID:A3F0E9C2-6B1D-4E55-9D8A-0F3C7B21E6A4
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-P1D
UID:5F7B0C1E-2E9A-4E6D-9C7B-AA10E0B3C711
X-WR-ALARMUID:5F7B0C1E-2E9A-4E6D-9C7B-AA10E0B3C711
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Ministère de l'Éducation nationale", "personnel de direction", "final", "",
   "concours-oral-admission-hand-typed-floating"),

ev("teams-invite", "040000008200E00074C5B7101A82E008000000005C2E91A3B88EDC010000000000000000100000004F1E6A0B9C8D7E6F", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Delorme, Antoine":mailto:a.delorme@lfromilly-madrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=karim.haddad34@laposte.net:mailto:karim.haddad34@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Haddad\\,\\n\\nJe vous remercie pour votre
  candidature au poste de conseiller principal d'éducation (détachement direc
 t\\, rentrée 2026). Je vous propose un premier échange en visioconférence.\\n\\nB
 ien cordialement\\,\\nAntoine Delorme\\nProviseur\\n\\n{TEAMS_FR.format(mid="NmQ3YTk1ZjQtYjE2Mi00ZTQ4LWE0NjQtYzk0YjE1", num="374 551 902 118", pw="Qx7bH2")}
UID:040000008200E00074C5B7101A82E008000000005C2E91A3B88EDC010000000000000000100000004F1E6A0B9C8D7E6F
SUMMARY;LANGUAGE=fr-FR:Entretien candidature CPE - détachement direct rentrée 2026
DTSTART;TZID=Romance Standard Time:20260115T173000
DTEND;TZID=Romance Standard Time:20260115T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YTk1ZjQtYjE2Mi00ZTQ4LWE0NjQtYzk0YjE1%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
END:VEVENT
END:VCALENDAR
""", "Lycée français Jacqueline-de-Romilly de Madrid", "conseiller principal d'éducation", "hiring_manager",
   "a.delorme@lfromilly-madrid.es", "teams-romance-zone-private-address-abroad"),

ev("teams-reschedule", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E58FDC01000000000000000010000000DEADBEEF00112233", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_ES}
BEGIN:VEVENT
ORGANIZER;CN="Gómez Ruiz, Marta":mailto:m.gomez@lfromilly-madrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delorme, Antoine":mailto:a.delorme@lfromilly-madrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vasseur, Élodie":mailto:e.vasseur@lfromilly-madrid.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Sala de juntas - Edificio A:mailto:saladejuntas@lfromilly-madrid.es
DESCRIPTION;LANGUAGE=es-ES:Estimado Sr. Haddad:\\n\\nLe escribo de parte del Sr. Delor
 me. La entrevista con el equipo de dirección (Proviseur\\, Proviseure adjointe
  Élodie Vasseur y yo misma\\, Secretaria General) se aplaza al martes 27 a las 1
 8:00. Disculpe las molestias.\\n\\nUn saludo\\,\\nMarta Gómez\\n\\n{TEAMS_ES.format(mid="ZjE4MmQ0YTItOGY1Ni00MmNlLTk3YjEtNzE0ZDcw", num="331 087 240 665", pw="r9Lk3P")}
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E58FDC01000000000000000010000000DEADBEEF00112233
SUMMARY;LANGUAGE=es-ES:Entrevista equipo de dirección - candidatura CPE (K. Haddad) - NUEVA FECHA
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260127T180000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260127T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T091501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1918273645
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "Lycée français Jacqueline-de-Romilly de Madrid", "CPE", "onsite",
   "a.delorme@lfromilly-madrid.es;e.vasseur@lfromilly-madrid.es;m.gomez@lfromilly-madrid.es",
   "spanish-rescheduled-utc-label-zone-resource"),

ev("ios-typed", "E1B7C4D2-9A0F-4C3E-8B6D-21F4A7C9E0B5", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260204T211955Z
UID:E1B7C4D2-9A0F-4C3E-8B6D-21F4A7C9E0B5
DTEND;TZID=Europe/Madrid:20260219T133000
TRANSP:OPAQUE
SUMMARY:LFJR Madrid : visite + entretien final proviseur
DTSTART;TZID=Europe/Madrid:20260219T100000
DTSTAMP:20260204T212040Z
LOCATION:Calle de la Fuente del Berro 14\\, Madrid
DESCRIPTION:vol Montpellier-Madrid 6h50. Visite vie scolaire avec Mme Vasseur
 \\, puis entretien final avec M. Delorme. Prévoir questions internat/ASEM.
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:20A3E1C4-7B8D-4F0A-9E2C-5D6B7A8C9E01
UID:20A3E1C4-7B8D-4F0A-9E2C-5D6B7A8C9E01
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""", "Lycée français Jacqueline-de-Romilly de Madrid", "", "final", "M. Delorme",
   "apple-typed-site-visit-final-vtimezone-after-event"),

ev("google-invite", "4k2m9q7r1s3t5u8v0w6x@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:GMT+2
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:GMT+1
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260129T120000
DTEND;TZID=Europe/Madrid:20260129T123000
DTSTAMP:20260122T101512Z
ORGANIZER;CN=Núria Pons:mailto:nuria.pons@lf-rodoreda-bcn.es
UID:4k2m9q7r1s3t5u8v0w6x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Núria Pons;X-NUM-GUESTS=0:mailto:nuria.pons@lf-rodoreda-bcn.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
X-GOOGLE-CONFERENCE:https://meet.google.com/bqe-xzpt-rma
CREATED:20260122T101510Z
DESCRIPTION:Hola Karim\\,\\nTal como hablamos por correo\\, te llamo para una pr
 imera entrevista telefónica sobre tu candidatura al puesto de CPE (Conseiller
  principal d'éducation) para el curso 2026-2027: condiciones del contrato loc
 al\\, horario y expectativas.\\nUn saludo\\,\\nNúria Pons - Secretaria general{GOOGLE_ES.format(code="bqe-xzpt-rma")}
LAST-MODIFIED:20260122T101512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica - candidatura CPE (Karim Haddad)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Lycée français Mercè-Rodoreda de Barcelone", "CPE (Conseiller principal d'éducation)", "recruiter_screen",
   "nuria.pons@lf-rodoreda-bcn.es", "google-spanish-phone-screen-contrato-local"),

ev("google-invite", "7hq2c0vd3k5lr8n1m4p6t9ybzx@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260212T160000Z
DTEND:20260212T170000Z
DTSTAMP:20260203T174402Z
ORGANIZER;CN=Olivier Ranchin:mailto:o.ranchin@lf-rodoreda-bcn.es
UID:7hq2c0vd3k5lr8n1m4p6t9ybzx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olivier Ranchin;X-NUM-GUESTS=0:mailto:o.ranchin@lf-rodoreda-bcn.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Núria Pons;X-NUM-GUESTS=0:mailto:nuria.pons@lf-rodoreda-bcn.es
X-GOOGLE-CONFERENCE:https://meet.google.com/hdw-kmre-ufa
CREATED:20260203T174355Z
DESCRIPTION:Entretien final pour le poste de CPE (recrutement local) avec le
  proviseur. Mme Pons assistera pour la partie administrative (contrat\\, NIE\\,
  Seguridad Social).{GOOGLE_FR.format(code="hdw-kmre-ufa")}
LAST-MODIFIED:20260203T174402Z
LOCATION:Lycée français Mercè-Rodoreda\\, Carrer de les Magnòlies 22\\, 08017 B
 arcelona\\, Espagne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien avec le Proviseur - poste CPE
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Lycée français Mercè-Rodoreda de Barcelone", "CPE", "final",
   "o.ranchin@lf-rodoreda-bcn.es", "google-utc-final-admin-observer-optional"),

ev("webex-invite", "8A1C3E5F70924B6D8F0A2C4E6B8D0F12", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260119T101044Z
DESCRIPTION:Madame\\, Monsieur\\,\\n\\nVotre candidature au poste de conseiller pr
 incipal d'éducation expatrié (réf. 2026-EXP-118\\, zone Europe ibérique) a été
  retenue pour un entretien devant la commission de recrutement des personnels
  expatriés.\\n\\nCommission : M. Pierre-Yves Lannoy\\, IA-IPR EVS\\, et Mme Sabine
  Orcel\\, service des ressources humaines.\\n\\nRejoindre la réunion Webex :\\nhtt
 ps://aefe-recrutement.webex.com/aefe-recrutement/j.php?MTID=m7c1e0b5a9d2f\\nN
 uméro de la réunion : 2741 118 5506\\nMot de passe : Cpe2026!\\n\\nLe bureau du r
 ecrutement
DTEND:20260205T104000Z
DTSTAMP:20260119T101044Z
DTSTART:20260205T100000Z
LAST-MODIFIED:20260119T101044Z
LOCATION:Webex
ORGANIZER;CN="Bureau du recrutement - AEFE":mailto:recrutement.expatries@aefe-recrutement.fr
ATTENDEE;CN="Haddad Karim";RSVP=TRUE:mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;CN="Lannoy Pierre-Yves";ROLE=REQ-PARTICIPANT:mailto:pierre-yves.lannoy@aefe-recrutement.fr
ATTENDEE;CN="Orcel Sabine";ROLE=REQ-PARTICIPANT:mailto:sabine.orcel@aefe-recrutement.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien de recrutement - personnels expatriés - CPE (ré
 f. 2026-EXP-118)
TRANSP:OPAQUE
UID:8A1C3E5F70924B6D8F0A2C4E6B8D0F12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""", "AEFE", "conseiller principal d'éducation expatrié", "onsite",
   "pierre-yves.lannoy@aefe-recrutement.fr;sabine.orcel@aefe-recrutement.fr", "commission-expatries-webex-utc-coordinator-organizer"),

ev("factorial-invite", "factorial-interview-118293@factorialhr.com", f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial HR//ES
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:factorial-interview-118293@factorialhr.com
DTSTAMP:20260226T083000Z
DTSTART:20260303T090000Z
DTEND:20260303T094500Z
SUMMARY:Entrevista: Coordinador/a de Convivencia y Vida Escolar - Colegio Internacional Alameda
ORGANIZER;CN=Colegio Internacional Alameda (vía Factorial):mailto:no-reply@factorialhr.com
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{P}
ATTENDEE;CN=Lucía Herrero;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.herrero@colegioalameda.es
DESCRIPTION:Hola Karim\\,\\n\\nGracias por tu interés en la vacante de Coordinado
 r/a de Convivencia y Vida Escolar. Lucía Herrero (Recursos Humanos) te entrevi
 stará por videollamada.\\n\\nEnlace: https://meet.google.com/vsa-qnbe-kio\\n\\nFase
 : Entrevista RRHH (1/2)\\n\\n-- Enviado con Factorial
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Colegio Internacional Alameda", "Coordinador/a de Convivencia y Vida Escolar", "recruiter_screen",
   "lucia.herrero@colegioalameda.es", "spanish-ats-factorial-noreply-organizer"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000ALAMEDA0FINAL002", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_ES}
BEGIN:VEVENT
ORGANIZER;CN="Cuesta Llorente, Fernando":mailto:f.cuesta@colegioalameda.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ortega, Beatriz":mailto:b.ortega@colegioalameda.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrero, Lucía":mailto:lucia.herrero@colegioalameda.es
DESCRIPTION;LANGUAGE=es-ES:Estimado Karim:\\n\\nTe esperamos en el colegio para l
 a entrevista final con Dirección (Fernando Cuesta\\, director\\, y Beatriz Ort
 ega\\, jefa de estudios de Secundaria). Incluye un caso práctico de convivenc
 ia (20 min) y una visita del centro.\\n\\nAvenida de los Almendros 7\\, 28224 Po
 zuelo de Alarcón.\\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000ALAMEDA0FINAL002
SUMMARY;LANGUAGE=es-ES:Entrevista final - Coordinador/a de Convivencia - K. Haddad
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260317T100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260317T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260309T120211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Colegio Internacional Alameda - Sala de Dirección
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "Colegio Internacional Alameda", "Coordinador/a de Convivencia", "final",
   "f.cuesta@colegioalameda.es;b.ortega@colegioalameda.es", "spanish-final-case-study-onsite-hr-optional"),

ev("google-invite", "1v0e5lq8b3n7d2r9kt4cjm6fah@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260113T150000Z
DTEND:20260113T153000Z
DTSTAMP:20260109T113012Z
ORGANIZER;CN=Hannah Leclercq:mailto:hannah.leclercq@edumobility-recruiting.com
UID:1v0e5lq8b3n7d2r9kt4cjm6fah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Leclercq;X-NUM-GUESTS=0:mailto:hannah.leclercq@edumobility-recruit
 ing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Karim Haddad;X-NUM-GUESTS=0:mailto:karim.haddad34@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/tpx-wqfa-jnd
CREATED:20260109T113001Z
DESCRIPTION:Hi Karim\\,\\n\\nThanks for sending your CV. As discussed on LinkedI
 n\\, our client the British-French International School of Madrid (BFIS) is lo
 oking for a Head of Student Life (pastoral care\\, boarding\\, discipline) to s
 tart in August. This first call is to go through your background\\, your Spani
 sh and your expectations before I put you forward.\\n\\nBest\\,\\nHannah\\nSenior 
 Consultant\\, EduMobility Recruiting{GOOGLE_EN.format(code="tpx-wqfa-jnd")}
LAST-MODIFIED:20260109T113012Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call - Head of Student Life\\, BFIS Madrid (Karim Haddad)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "British-French International School of Madrid", "Head of Student Life", "recruiter_screen",
   "hannah.leclercq@edumobility-recruiting.com", "english-agency-names-client-school"),

ev("zoom-invite", "ZOOM84212377510-bfis-panel", """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Madrid
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20260126T094411Z
DTSTART;TZID=Europe/Madrid:20260203T163000
DTEND;TZID=Europe/Madrid:20260203T173000
SUMMARY:Panel Interview: Head of Student Life - Karim Haddad
UID:ZOOM84212377510-bfis-panel
TZID:Europe/Madrid
DESCRIPTION:Panel: Dr Owen Marsh (Principal) and Clara Sanz (Deputy Head\\, P
 astoral). Candidate presentation (10 min): "A safeguarding culture in a bil
 ingual secondary". Hannah Leclercq (EduMobility) will not attend.\\n\\nJoin Zo
 om Meeting\\nhttps://bfis-madrid.zoom.us/j/84212377510?pwd=QmFsY2xLdWt2Zz09\\n\\n
 Meeting ID: 842 1237 7510\\nPasscode: 551902\\n
LOCATION:https://bfis-madrid.zoom.us/j/84212377510?pwd=QmFsY2xLdWt2Zz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "British-French International School of Madrid", "Head of Student Life", "onsite",
   "Dr Owen Marsh;Clara Sanz", "zoom-panel-no-attendees-names-in-description"),

ev("google-export", "0c5d1f9e3a7b@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Karim perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260210T173000
DTEND;TZID=Europe/Paris:20260210T181500
DTSTAMP:20260301T081500Z
UID:0c5d1f9e3a7b@google.com
CREATED:20260201T190233Z
DESCRIPTION:M. Fabre\\, 2e étage bât. administratif. Apporter CV + lettre + de
 rnier rdv de carrière. Poste resp. vie scolaire (OGEC) sept 2026.
LAST-MODIFIED:20260201T190407Z
LOCATION:Ensemble scolaire Sainte-Odile\\, Castelnau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV chef d'étab Ste Odile (resp. vie scolaire)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Ensemble scolaire Sainte-Odile-du-Lez", "responsable vie scolaire", "hiring_manager", "M. Fabre",
   "google-export-typed-rdv-abbrev-private-school"),

ev("outlook-com-invite", "040000008200E00074C5B7101A82E00800000000B7C1D0E2F3A4DC0100000000000000001000000011OGECSTEODILE", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Paris, Madrid
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=karim.haddad34@laposte.net;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN="Fabre Bertrand";RSVP=TRUE:mailto:b.fabre@sainte-odile-du-lez.fr
CLASS:PUBLIC
CREATED:20260220T174411Z
DESCRIPTION:Bonjour Monsieur Haddad\\,\\n\\nSuite à votre rencontre avec M. Fabr
 e\\, je vous propose de nous voir avant la décision du conseil d'administrati
 on de l'OGEC. M. Fabre sera présent.\\n\\nJean-Marc Teissier\\nPrésident de l'OG
 EC Sainte-Odile\\n
DTEND;TZID="Paris, Madrid":20260303T191500
DTSTAMP:20260220T174411Z
DTSTART;TZID="Paris, Madrid":20260303T183000
LAST-MODIFIED:20260220T174411Z
LOCATION:Salle Saint-Jean (cour d'honneur)
ORGANIZER;CN="jm teissier":mailto:jmteissier.ogec@orange.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Rencontre président OGEC - poste responsable vie scolair
 e
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B7C1D0E2F3A4DC0100000000000000001000000011OGECSTEODILE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", "Ensemble scolaire Sainte-Odile-du-Lez", "responsable vie scolaire", "final",
   "jmteissier.ogec@orange.fr;b.fabre@sainte-odile-du-lez.fr", "board-president-free-mail-outlook-old-zone-name"),

ev("thunderbird-invite", "6f0a2b1c-8d9e-4f7a-b3c5-ndc-ales-cpe@ndc-ales.fr", f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
CREATED:20260224T092011Z
LAST-MODIFIED:20260224T092140Z
DTSTAMP:20260224T092140Z
UID:6f0a2b1c-8d9e-4f7a-b3c5-ndc-ales-cpe@ndc-ales.fr
SUMMARY:Entretien - poste de CPE (OGEC) - Institution Notre-Dame-des-Cévennes
ORGANIZER;RSVP=FALSE;CN=Anne-Sophie Brunel;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:direction@ndc-ales.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{P}
ATTENDEE;RSVP=TRUE;CN=Gilles Pradal;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:g.pradal@ndc-ales.fr
DTSTART;TZID=Europe/Paris:20260311T140000
DTEND;TZID=Europe/Paris:20260311T150000
DESCRIPTION:Entretien avec Mme Brunel (cheffe d'établissement coordinatrice)
  et M. Pradal (adjoint en pastorale scolaire). Le projet d'établissement est 
 en pièce jointe du mail.
LOCATION:Institution Notre-Dame-des-Cévennes - 4 rue des Tanneurs - Alès
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Institution Notre-Dame-des-Cévennes", "CPE", "hiring_manager",
   "direction@ndc-ales.fr;g.pradal@ndc-ales.fr", "thunderbird-invite-generic-direction-address"),

ev("all-day-typed", "ndc-immersion-20260325@karim-perso", """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:ndc-immersion-20260325@karim-perso
DTSTAMP:20260312T211000Z
SUMMARY:Alès NDC - journée d'immersion vie scolaire (2e étape recrutement)
DTSTART;VALUE=DATE:20260325
DTEND;VALUE=DATE:20260326
DESCRIPTION:Poser ASA / autorisation d'absence au lycée ! Journée avec l'équi
 pe vie scolaire + point final avec Mme Brunel à 16h.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "Institution Notre-Dame-des-Cévennes", "", "onsite", "Mme Brunel",
   "all-day-trial-day-immersion"),

ev("outlook-invite", "040000008200E00074C5B7101A82E008000000003E5F7A9B1C2DDC01000000000000000010000000DDEC34DISCERN01", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Sauvaire, Dominique":mailto:d.sauvaire@ddec-herault.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\\,\\n\\nComme convenu par téléphone\\, je vous
  recevrai pour un premier entretien dans le cadre de votre candidature à la f
 onction de chef d'établissement dans l'Enseignement catholique (parcours de d
 iscernement). Merci d'apporter votre lettre de motivation manuscrite.\\n\\nDomi
 nique Sauvaire\\nChargé de mission chefs d'établissement - DDEC de l'Hérault\\n
UID:040000008200E00074C5B7101A82E008000000003E5F7A9B1C2DDC01000000000000000010000000DDEC34DISCERN01
SUMMARY;LANGUAGE=fr-FR:Entretien de discernement - fonction de chef d'établissement
DTSTART;TZID=W. Europe Standard Time:20260122T100000
DTEND;TZID=W. Europe Standard Time:20260122T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T151806Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:DDEC - Maison diocésaine\\, bureau 12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "DDEC de l'Hérault", "chef d'établissement", "recruiter_screen",
   "d.sauvaire@ddec-herault.fr", "windows-zone-without-vtimezone-discernement"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000AA0B1C2D3E4FDC01000000000000000010000000DDEC34EVAL0002", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Sauvaire, Dominique":mailto:d.sauvaire@ddec-herault.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maison diocésaine - Grande salle:mailto:grandesalle@ddec-herault.fr
DESCRIPTION;LANGUAGE=fr-FR:Journée d'évaluation des candidats à la fonction de 
 chef d'établissement (promotion 2026) :\\n- 9h00 accueil\\n- 9h30 mises en situ
 ation (in-basket\\, conduite de réunion)\\n- 14h00 entretien collectif\\n- 15h30
  entretien individuel avec le jury (directeur diocésain\\, un chef d'établissem
 ent\\, un représentant de la tutelle)\\n- 17h00 fin\\nRepas sur place.\\n
UID:040000008200E00074C5B7101A82E00800000000AA0B1C2D3E4FDC01000000000000000010000000DDEC34EVAL0002
SUMMARY;LANGUAGE=fr-FR:Journée d'évaluation - candidats chefs d'établissement 2026
DTSTART;TZID=W. Europe Standard Time:20260314T090000
DTEND;TZID=W. Europe Standard Time:20260314T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Maison diocésaine - Grande salle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "DDEC de l'Hérault", "chef d'établissement", "onsite", "",
   "assessment-centre-catholic-discernement-room"),

ev("bookings-invite", "b7e1a0c2-4d3f-4a5b-9c8e-bookings-cdg-presel@cdg-herault-recrutement.fr", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Recrutement CDG - Missions et conseil:mailto:RecrutementCDG@cdg-herault-recrutement.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Ferrer:mailto:n.ferrer@cdg-herault-recrutement.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\\n\\nEntretien de prés
 élection - Directeur·rice du service Jeunesse (Ville de Saint-Clément-des-Ét
 angs\\, cat. A\\, filière animation ou administrative)\\n\\nAvec : Nadia Ferrer\\,
  chargée de recrutement\\n\\nLe Centre de gestion assure la présélection pour le
  compte de la collectivité. Les candidats retenus seront reçus par le jury de
  la Ville.\\n\\nRéunion Microsoft Teams : https://teams.microsoft.com/l/meetup-
 join/19%3ameeting_YzQ5MGE1%40thread.v2/0\\n\\nGérer la réservation : https://o
 utlook.office365.com/owa/calendar/RecrutementCDG@cdg-herault-recrutement.fr/
 bookings/\\n
UID:b7e1a0c2-4d3f-4a5b-9c8e-bookings-cdg-presel@cdg-herault-recrutement.fr
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection - Directeur·rice Jeunesse pour Karim Haddad
DTSTART;TZID=Romance Standard Time:20260203T093000
DTEND;TZID=Romance Standard Time:20260203T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T161133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "Ville de Saint-Clément-des-Étangs", "Directeur·rice du service Jeunesse", "recruiter_screen",
   "n.ferrer@cdg-herault-recrutement.fr", "bookings-centre-de-gestion-names-council"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000SCLEM0ECRIT003", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="RH - Recrutement":mailto:recrutement@saint-clement-etangs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\\,\\n\\nVous êtes convoqué à l'épreuve écrite d
 u recrutement au poste de Directeur·rice du service Jeunesse : cas pratique à
  partir d'un dossier (diagnostic jeunesse du territoire\\, 2h30). L'entretien a
 vec le jury fera l'objet d'une convocation distincte.\\n\\nService des ressourc
 es humaines\\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000SCLEM0ECRIT003
SUMMARY;LANGUAGE=fr-FR:Convocation - épreuve écrite - Directeur·rice Jeunesse
DTSTART:20260216T080000Z
DTEND:20260216T103000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260206T143002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hôtel de ville - salle des mariages
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "Ville de Saint-Clément-des-Étangs", "Directeur·rice du service Jeunesse", "technical", "",
   "written-case-test-council-utc"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000SCLEM0JURY0004", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_FR}
BEGIN:VEVENT
ORGANIZER;CN="Montcalm, Sylvie";SENT-BY="mailto:assistante.drh@saint-clement-etangs.fr":mailto:s.montcalm@saint-clement-etangs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lamarque, Patricia":mailto:p.lamarque@saint-clement-etangs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Daudé, Éric":mailto:e.daude@saint-clement-etangs.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Salle du Conseil (HDV):mailto:salleduconseil@saint-clement-etangs.fr
DESCRIPTION;LANGUAGE=fr-FR:Jury de recrutement - Directeur·rice du service Jeun
 esse\\n\\nComposition du jury : Mme Patricia Lamarque\\, adjointe au maire délég
 uée à la jeunesse\\; M. Éric Daudé\\, directeur général des services\\; Mme Sylvi
 e Montcalm\\, DRH.\\n\\nDéroulé : présentation du candidat (10 min)\\, restitution
  du cas pratique\\, échanges (35 min).\\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000SCLEM0JURY0004
SUMMARY;LANGUAGE=fr-FR:Jury recrutement Dir. Jeunesse - M. HADDAD
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260302T143000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260302T152000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260220T110514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle du Conseil (HDV)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Jury de recrutement - Directeur·r
 ice du service Jeunesse</p><p>Composition du jury : Mme Patricia Lamarque\\, M
 . Éric Daudé\\, Mme Sylvie Montcalm.</p></body></html>
END:VEVENT
END:VCALENDAR
""", "Ville de Saint-Clément-des-Étangs", "Directeur·rice du service Jeunesse", "final",
   "s.montcalm@saint-clement-etangs.fr;p.lamarque@saint-clement-etangs.fr;e.daude@saint-clement-etangs.fr",
   "council-jury-utc-label-zone-sent-by-room-alt-desc"),

ev("talentsoft-invite", "TS-HLA-2026-041-ENT-00318@talent-soft.com", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talentsoft//Recruiting//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:TS-HLA-2026-041-ENT-00318@talent-soft.com
DTSTAMP:20260305T074500Z
DTSTART;TZID=Europe/Paris:20260318T100000
DTEND;TZID=Europe/Paris:20260318T104500
SUMMARY:Invitation à un entretien - Coordinateur PEDT (H/F) - réf. 2026-041
ORGANIZER;CN=Hérault-Lagunes Agglomération - Recrutement:mailto:noreply-hla@talent-soft.com
ATTENDEE;CN=HADDAD Karim;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:karim.haddad34@laposte.net
DESCRIPTION:Bonjour Karim HADDAD\\,\\n\\nNous avons le plaisir de vous convier à
  un entretien pour le poste de Coordinateur PEDT (H/F).\\n\\nMembres du jury :\\n
 - Mme Claire Bastide\\, DGA Services à la population\\n- M. Hugo Peyre\\, chef d
 u service Éducation\\n\\nLieu : Siège de l'agglomération\\, 2 quai des Salins.\\n
 \\nMerci de confirmer votre présence depuis votre espace candidat.\\n
LOCATION:Siège - 2 quai des Salins
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Agglo Hérault-Lagunes", "Coordinateur PEDT (H/F)", "onsite", "Claire Bastide;Hugo Peyre",
   "ats-talentsoft-tzid-without-vtimezone-jury-names"),

ev("taleez-invite", "taleez-evt-7731902@taleez.com", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:taleez-evt-7731902@taleez.com
DTSTAMP:20260107T160000Z
DTSTART:20260114T130000Z
DTEND:20260114T140000Z
SUMMARY:Entretien - Chef de service éducatif (CDI) - Passerelles Éducatives Occitanie
ORGANIZER;CN=Véronique Astruc:mailto:v.astruc@passerelles-educatives.org
ATTENDEE;CN=Karim Haddad;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:karim.haddad34@laposte.net
DESCRIPTION:Bonjour Karim\\,\\nVéronique Astruc\\, directrice générale\\, vous rec
 evra au siège de l'association pour un premier entretien.\\nAdresse : 12 rue 
 du Faubourg Figuerolles\\, Montpellier.\\n-- \\nMessage envoyé via Taleez
LOCATION:12 rue du Faubourg Figuerolles\\, Montpellier
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Passerelles Éducatives Occitanie", "Chef de service éducatif (CDI)", "hiring_manager",
   "v.astruc@passerelles-educatives.org", "french-ats-taleez-association"),

ev("taleez-cancel", "taleez-evt-7731977@taleez.com", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Agenda//FR
METHOD:CANCEL
BEGIN:VEVENT
UID:taleez-evt-7731977@taleez.com
DTSTAMP:20260126T101500Z
DTSTART:20260129T080000Z
DTEND:20260129T113000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Annulé : Mise en situation + rencontre équipe - Chef de service éducatif
ORGANIZER;CN=Véronique Astruc:mailto:v.astruc@passerelles-educatives.org
ATTENDEE;CN=Karim Haddad;PARTSTAT=NEEDS-ACTION:mailto:karim.haddad34@laposte.net
DESCRIPTION:La mise en situation (animation d'une réunion d'équipe éducative)
  prévue le 29 janvier est annulée. Nous revenons vers vous rapidement.
END:VEVENT
END:VCALENDAR
""", "Passerelles Éducatives Occitanie", "Chef de service éducatif", "technical",
   "v.astruc@passerelles-educatives.org", "cancelled-method-cancel-mise-en-situation"),

ev("google-invite", "5fq8t1k0u2r7w3p9s6m4n1bvxe@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260108T121500
DTEND;TZID=Europe/Paris:20260108T124500
DTSTAMP:20260105T170012Z
ORGANIZER;CN=Julien Marceau:mailto:julien.marceau@taleneo-education.fr
UID:5fq8t1k0u2r7w3p9s6m4n1bvxe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Marceau;X-NUM-GUESTS=0:mailto:julien.marceau@taleneo-education.fr
CREATED:20260105T165950Z
DESCRIPTION:Bonjour Karim\\,\\nComme évoqué\\, je vous appelle pour l'entretien 
 de qualification sur le poste de Directeur vie scolaire du Lycée Saint-Ansel
 me (Nîmes\\, 1400 élèves\\, internat). Si votre profil correspond\\, je vous pr
 ésenterai au chef d'établissement.\\nJulien Marceau - Taléneo Éducation (cabin
 et de recrutement){GOOGLE_FR.format(code="kfr-nqso-wte")}
LAST-MODIFIED:20260105T170012Z
LOCATION:Téléphone (06 71 48 20 93)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de qualification - Directeur vie scolaire - Lycée Saint-Anselme
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Lycée Saint-Anselme", "Directeur vie scolaire", "recruiter_screen",
   "julien.marceau@taleneo-education.fr", "agency-qualification-call-names-private-school"),

ev("ios-typed", "C9D8E7F6-1A2B-4C3D-8E9F-0A1B2C3D4E5F", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260116T124503Z
DTEND;TZID=Europe/Paris:20260123T113000
DTSTAMP:20260116T124530Z
DTSTART;TZID=Europe/Paris:20260123T100000
LAST-MODIFIED:20260116T124530Z
LOCATION:Lycée St Anselme Nîmes
SEQUENCE:0
SUMMARY:Nîmes St Anselme - entretien chef d'étab (Mme Pujol) + consultant Taleneo
TRANSP:OPAQUE
UID:C9D8E7F6-1A2B-4C3D-8E9F-0A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
""", "Lycée Saint-Anselme", "", "hiring_manager", "Mme Pujol",
   "ios-typed-tzid-no-vtimezone-agency-mentioned"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000DELMAS0INTERNAT", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Mercadier, Françoise":mailto:francoise.mercadier@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roques, Damien":mailto:damien.roques@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Karim\\,\\n\\nComme annoncé en conseil pédagogique\\, l
 es candidatures internes pour la coordination du pôle internat (rentrée 2026\\,
  lettre de mission + IMP) sont examinées en entretien. Damien (gestionnaire) 
 sera avec moi.\\n\\nFrançoise\\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000DELMAS0INTERNAT
SUMMARY;LANGUAGE=fr-FR:Entretien - candidature interne coordination pôle internat
DTSTART;TZID=Romance Standard Time:20260409T123000
DTEND;TZID=Romance Standard Time:20260409T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T073012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau de la proviseure
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "Lycée Jean-Baptiste-Delmas", "coordination pôle internat", "hiring_manager",
   "francoise.mercadier@ac-montpellier.fr;damien.roques@ac-montpellier.fr", "internal-application-own-school-own-boss"),

ev("zimbra-invite", "a1f3c5e7-greta-cfc-2026@ac-montpellier.fr", f"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:a1f3c5e7-greta-cfc-2026@ac-montpellier.fr
SUMMARY:GRETA Garrigues-Lez - entretien candidature CFC (détachement)
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=SALLES Bruno;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bruno.salles@ac-montpellier.fr
ATTENDEE;CN=AZOULAY Myriam;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:myriam.azoulay@ac-montpellier.fr
ORGANIZER;CN=SALLES Bruno:mailto:bruno.salles@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260407T090000
DTEND;TZID="Europe/Paris":20260407T094500
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:GRETA - siège\\, lycée Jules-Ferrandi\\, salle de réunion
DTSTAMP:20260327T101122Z
SEQUENCE:0
DESCRIPTION:Entretien pour le poste de conseiller en formation continue (CFC)
  - mobilité par détachement. Jury : M. Salles (ordonnateur du GRETA)\\, Mme Az
 oulay (DOP). Durée 45 min.
END:VEVENT
END:VCALENDAR
""", "GRETA Garrigues-Lez", "conseiller en formation continue (CFC)", "hiring_manager",
   "bruno.salles@ac-montpellier.fr;myriam.azoulay@ac-montpellier.fr", "same-domain-network-greta-detachement"),

ev("outlook-zoom", "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DC01000000000000000010000000INSPE0AUDITION", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Scolarité INSPÉ - Recrutements":mailto:recrutements@inspe-om.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lafont, Sandrine":mailto:sandrine.lafont@inspe-om.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cazals, Thierry":mailto:thierry.cazals@inspe-om.fr
DESCRIPTION;LANGUAGE=fr-FR:Audition des candidats - formateur à temps partagé
  (parcours MEEF Encadrement éducatif)\\n\\nCommission : Sandrine Lafont (respo
 nsable du parcours)\\, Thierry Cazals (directeur adjoint).\\n15 min de présentat
 ion + 15 min d'échanges.\\n\\nRejoindre la réunion Zoom\\nhttps://inspe-om.zoom.
 us/j/93002117845\\nID de réunion : 930 0211 7845\\nCode secret : 204877\\n
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DC01000000000000000010000000INSPE0AUDITION
SUMMARY;LANGUAGE=fr-FR:Audition - formateur temps partagé CPE - K. Haddad (14h40)
DTSTART;TZID=Europe/Paris:20260422T144000
DTEND;TZID=Europe/Paris:20260422T151000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260410T081934Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "INSPÉ Occitanie-Méditerranée", "formateur à temps partagé", "onsite",
   "sandrine.lafont@inspe-om.fr;thierry.cazals@inspe-om.fr", "audition-word-zoom-commission"),

ev("zimbra-cancel", "c0d1e2f3-eplefpa-lozere-cpe-tel@eplefpa-lozere-causses.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:CANCEL
{PARIS}
BEGIN:VEVENT
UID:c0d1e2f3-eplefpa-lozere-cpe-tel@eplefpa-lozere-causses.fr
SUMMARY:Annulé: Entretien téléphonique - poste CPE EPLEFPA (M. Haddad)
COMMENT:Poste retiré du mouvement - entretien annulé.
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{P}
ORGANIZER;CN=Régis Chabbert:mailto:regis.chabbert@eplefpa-lozere-causses.fr
DTSTART;TZID="Europe/Paris":20260219T170000
DTEND;TZID="Europe/Paris":20260219T173000
STATUS:CANCELLED
CLASS:PUBLIC
TRANSP:OPAQUE
DTSTAMP:20260217T081215Z
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "EPLEFPA de Lozère-Causses", "CPE", "hiring_manager",
   "regis.chabbert@eplefpa-lozere-causses.fr", "cancelled-zimbra-agricultural-lycee-phone"),
]
