"""holdout216: more maître de conférences auditions (Montpellier, Nantes) -- raw iCalendar text."""

from holdout216ev_tz import PARIS_GOOGLE, ROMANCE

EVENTS = [
    (
        "thunderbird-invite",
        {
            "uid": "b41e6f0d-9a2c-4e8b-8c7d-umontpellier-cos",
            "i": 1,
            "company": "Université de Montpellier",
            "role": "Maître de conférences (33 MCF 1105) - ICGM",
            "stage": "",
            "who": "",
            "trap": "mcf-audition-ordre-de-passage-zoom-gestionnaire-sends",
        },
        """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
CREATED:20250417T081944Z
LAST-MODIFIED:20250417T082512Z
DTSTAMP:20250417T082512Z
UID:b41e6f0d-9a2c-4e8b-8c7d-umontpellier-cos
SUMMARY:33 MCF 1105 - ordre de passage - candidat ROUSSEAU (5/8)
ORGANIZER;CN=Gestion EC - DRH UM:mailto:drh-gestion-ec@umontpellier.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:clement.rousseau.chimie@free.fr
DTSTART;TZID=Europe/Paris:20250507T141000
DTEND;TZID=Europe/Paris:20250507T145000
LOCATION:Zoom - https://umontpellier-fr.zoom.us/j/81945533021?pwd=Q2NpY
DESCRIPTION:Bonjour\\,\\n\\nVous trouverez ci-dessous l'horaire de votre audit
 ion pour le poste 33 MCF 1105 (Institut Charles Gerhardt). Merci de vous con
 necter 10 minutes à l'avance ; vous serez placé en salle d'attente.\\n\\nID de
  réunion : 819 4553 3021\\nCode : 1105\\n\\nLa gestionnaire concours EC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "exchange-cancel",
        {
            "uid": "nantes-univ-cos-33mcf0455-ROUSSEAU-20250512",
            "i": 1,
            "company": "Nantes Université",
            "role": "MCF 33 MCF 0455 - IMN",
            "stage": "",
            "who": "",
            "trap": "cancelled-mcf-audition-method-cancel",
        },
        """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="Concours EC - Nantes Université":mailto:concours-ec@univ-nantes.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\\,\\n\\nNous vous informons que le poste 33 MCF 0455 (Institut des Matér
 iaux de Nantes Jean Rouxel) a été retiré de la campagne par le conseil d'administration restreint. Les au
 ditions prévues le 12 mai sont annulées.\\n\\nNous vous prions de nous excuser pour ce désagrément.\\n\\nBure
 au des concours enseignants-chercheurs\\n
UID:nantes-univ-cos-33mcf0455-ROUSSEAU-20250512
SUMMARY;LANGUAGE=fr-FR:Annulé: Audition poste 33 MCF 0455
DTSTART;TZID=Romance Standard Time:20250512T093000
DTEND;TZID=Romance Standard Time:20250512T101000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250502T142236Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:2 rue de la Houssinière\\, Nantes - bât. IMN\\, salle des thèses
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
