"""holdout228 events, part A: public employers (transit, cities, utility, government)."""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_ATS, TOR_GOOGLE, WIN_EASTERN, ev

RTC = "Réseau de transport de la Capitale"
HQ = "Hydro-Québec"

EVENTS = []

EVENTS.append(ev("examen-ecrit", "040000008200E00074C5B7101A82E00800000000B0C4F2E1A97DDB01000000000000000010000000C8D3A1F5E2B94A4C9E0B7D6F3A2C1E55", 1,
    "public-employer-examen-ecrit-outlook-windows-tz", WIN_EASTERN.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Isabelle":mailto:isabelle.gagnon@rtcquebec.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Bouchard\,\n\nÀ la suite de l'analyse
  de votre candidature au concours RTC-2025-017 – Contremaître\, entretien 
 des autobus\, nous avons le plaisir de vous convoquer à l'examen écrit.\n\n
 Durée : 2 h 30\nL'examen porte sur : programme d'entretien préventif (PEP)
 \, normes de vérification mécanique de la SAAQ\, planification des bons de
  travail et gestion d'une équipe syndiquée.\n\nVeuillez vous présenter 15 
 minutes à l'avance avec une pièce d'identité avec photo. La calculatrice no
 n programmable est permise. Aucun cellulaire dans la salle.\n\nMerci de con
 firmer votre présence en acceptant cette invitation.\n\nIsabelle Gagnon\nCo
 nseillère\, dotation\nDirection des ressources humaines\nRéseau de transpo
 rt de la Capitale\n418 627-2351\n
UID:040000008200E00074C5B7101A82E00800000000B0C4F2E1A97DDB01000000000000000
 010000000C8D3A1F5E2B94A4C9E0B7D6F3A2C1E55
SUMMARY;LANGUAGE=fr-CA:Examen écrit – Concours RTC-2025-017 Contremaître\, 
 entretien des autobus
DTSTART;TZID=Eastern Standard Time:20250225T083000
DTEND;TZID=Eastern Standard Time:20250225T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T183412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:720\, rue des Rocailles\, Québec – Salle Laurentide
  (rez-de-chaussée)
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
"""]), company=RTC, role="Contremaître, entretien des autobus", stage="technical"))

_RTC_SEL = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Isabelle":mailto:isabelle.gagnon@rtcquebec.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Drolet, Marc-
 André":mailto:marc-andre.drolet@rtcquebec.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fortin, Éric"
 :mailto:eric.fortin@rtcquebec.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Côté, Nat
 halie":mailto:nathalie.cote@rtcquebec.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="RTC-Salle 2.14 
 Rocailles (10)":mailto:salle214.rocailles@rtcquebec.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Bouchard\,\n\nFélicitations! Vous ave
 z réussi l'examen écrit. Nous vous invitons à une entrevue de sélection de
 vant le comité de sélection composé de :\n- M. Marc-André Drolet\, surinte
 ndant\, Entretien des véhicules\n- M. Éric Fortin\, contremaître général
 \n- Mme Nathalie Côté\, conseillère en ressources humaines\n\nDurée prévue 
 : 60 minutes. Une mise en situation de 15 minutes vous sera remise à votre 
 arrivée.\n\nAu plaisir\,\nIsabelle Gagnon\nConseillère\, dotation\n
UID:040000008200E00074C5B7101A82E00800000000D21A9C03B39DDB01000000000000000
 010000000F7E2C0B1A4D3984E8C1F5A6B7D9E0C13
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection – RTC-2025-017 Contremaître\, 
 entretien des autobus
DTSTART:%(start)s
DTEND:%(end)s
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%(stamp)s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:%(seq)s
LOCATION;LANGUAGE=fr-CA:RTC-Salle 2.14 Rocailles (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:%(seq)s
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
_RTC_UID = "040000008200E00074C5B7101A82E00800000000D21A9C03B39DDB01000000000000000010000000F7E2C0B1A4D3984E8C1F5A6B7D9E0C13"
_RTC_WHO = "marc-andre.drolet@rtcquebec.ca;eric.fortin@rtcquebec.ca;nathalie.cote@rtcquebec.ca"

EVENTS.append(ev("entrevue-selection", _RTC_UID, 1, "comite-de-selection-panel-outlook-utc",
    _RTC_SEL % {"start": "20250318T133000Z", "end": "20250318T143000Z", "stamp": "20250307T151045Z", "seq": "0"},
    company=RTC, role="Contremaître, entretien des autobus", stage="onsite", who=_RTC_WHO))

EVENTS.append(ev("entrevue-deplacee", _RTC_UID, 1, "rescheduled-same-uid-sequence-1",
    _RTC_SEL.replace("Félicitations! Vous ave\n z réussi", "IMPORTANT : la date de l'entrevue a été modifiée en raison d'une absence au comité.\\n\\nFélicitations! Vous ave\n z réussi")
    % {"start": "20250320T180000Z", "end": "20250320T190000Z", "stamp": "20250314T124402Z", "seq": "1"},
    company=RTC, role="Contremaître, entretien des autobus", stage="onsite", who=_RTC_WHO))

EVENTS.append(ev("affichage-entrevue", "8C1D5F0A-77E2-4B3C-9A41-2D6E0F9B3A71", 1,
    "union-affichage-entrevue-typed-floating", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250404T115812Z
DTEND:20250415T150000
DTSTAMP:20250404T115901Z
DTSTART:20250415T140000
LAST-MODIFIED:20250404T115901Z
LOCATION:RTC garage Métrobus - entrée employés
DESCRIPTION:Affichage A-25-041 chef d'équipe méca (syndiqué). Ouvert aux ex
 ternes apres le 10 mars.\nÉric Fortin + RH. Rep syndical présent comme obs
 ervateur seulement\nApporter cartes compétence\, attestation PEP\, liste tr
 ucks Camions L.
SEQUENCE:0
SUMMARY:Entrevue RTC affichage chef d'équipe
UID:8C1D5F0A-77E2-4B3C-9A41-2D6E0F9B3A71
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""", company=RTC, role="chef d'équipe méca", stage="", who="Éric Fortin", crlf=False))

EVENTS.append(ev("fin-affichage", "b3k9q2m7v1x8r4t6@google.com", 0, "affichage-deadline-all-day-reminder",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:mathieu.bouchard.meca@videotron.ca
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250322
DTSTAMP:20250312T020411Z
UID:b3k9q2m7v1x8r4t6@google.com
CREATED:20250312T020355Z
DESCRIPTION:affichage A-25-041 chef d'équipe mécanique RTC\nPostuler avant 
 16h30 sur le site RTC emplois. CV + lettre + copie carte compétence
LAST-MODIFIED:20250312T020355Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FIN affichage RTC !!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("appel-rh", "sf-int-7745012-FR-20250206", 1, "successfactors-phone-screen-talent-acquisition",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//FR
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:sf-int-7745012-FR-20250206
DTSTAMP:20250131T142200Z
DTSTART;TZID=America/Toronto:20250206T100000
DTEND;TZID=America/Toronto:20250206T103000
SUMMARY:Entrevue téléphonique - Planificatrice ou planificateur d'entretien
  - Parc de véhicules (Réq. 41877)
ORGANIZER;CN=Hydro-Québec Acquisition de talents:mailto:noreply@successfac
 tors.com
ATTENDEE;CN=Mélanie Bergeron;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :bergeron.melanie@hydroquebec.com
ATTENDEE;CN=Mathieu Bouchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.bouchard.meca@videotron.ca
DESCRIPTION:Bonjour Mathieu\,\n\nMélanie Bergeron\, conseillère en acquisit
 ion de talents\, vous appellera au numéro inscrit à votre dossier (418-555
 -0182). L'appel dure environ 30 minutes : parcours\, disponibilité\, atten
 tes salariales\, permis de conduire classe 3.\n\nPour modifier ce rendez-v
 ous\, utilisez le lien reçu par courriel.\n\nHydro-Québec
LOCATION:Appel téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company=HQ, role="Planificatrice ou planificateur d'entretien - Parc de véhicules",
    stage="recruiter_screen", who="bergeron.melanie@hydroquebec.com"))

EVENTS.append(ev("entrevue-technique", "040000008200E00074C5B7101A82E008000000004F1A2B3C889EDB01000000000000000010000000AA61C9D0E5F7B24C8D3E1F0A9B8C7D61", 1,
    "teams-entrevue-technique-two-interviewers", TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN="Bergeron, Mélanie":mailto:bergeron.melanie@hydroquebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Bo
 uchard:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lapointe, Den
 is":mailto:lapointe.denis@hydroquebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morin, Julie"
 :mailto:morin.julie3@hydroquebec.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bergeron,
  Mélanie":mailto:bergeron.melanie@hydroquebec.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nComme convenu\, voici l'inv
 itation pour l'entrevue technique. Vous rencontrerez M. Denis Lapointe\, c
 hef Entretien du parc de véhicules (région Capitale-Nationale)\, et Mme Ju
 lie Morin\, planificatrice principale. Prévoyez des questions sur la plani
 fication des PEP\, les bons de travail dans SAP PM et le suivi des DEF/SCR
 .\n\nBonne chance!\nMélanie\n\n___________________________________________
 _____________________________________\nRéunion Microsoft Teams\nRejoindre
  : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MGE2ZTctZjA5
 Ni00YjE2LWE3ZGMtYjQ2OGRlYjg2ZWQx%40thread.v2/0\nID de réunion : 247 815 3
 90 114\nCode secret : Ln7Xq2\nComposer par téléphone\n+1 581-319-2194\,\,6
 52778013# Canada\, Québec\nID de conférence téléphonique : 652 778 013#\n_
 _______________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E008000000004F1A2B3C889EDB010000000000000000
 10000000AA61C9D0E5F7B24C8D3E1F0A9B8C7D61
SUMMARY;LANGUAGE=fr-CA:Entrevue technique - Planificateur d'entretien - Mat
 hieu Bouchard
DTSTART;TZID=America/Toronto:20250219T133000
DTEND;TZID=America/Toronto:20250219T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T160232Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NzQ1MGE2ZTctZjA5Ni00YjE2LWE3ZGMtYjQ2OGRlYjg2ZWQx%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
"""]), company=HQ, role="Planificateur d'entretien", stage="technical",
    who="lapointe.denis@hydroquebec.com;morin.julie3@hydroquebec.com"))

EVENTS.append(ev("hq-finale", "5qv0n8h2c1l4d7e9s3a6@google.com", 1, "typed-google-final-names-in-notes",
    TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:America/Toronto
""", r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250312T090000
DTEND;TZID=America/Toronto:20250312T103000
DTSTAMP:20250305T230112Z
UID:5qv0n8h2c1l4d7e9s3a6@google.com
CREATED:20250305T225934Z
DESCRIPTION:Dernière étape selon Mélanie. Denis Lapointe + Caroline Ouellet
  (directrice). Amener portfolio : tableau suivi PEP\, exemple planif arrêt 
 flotte hiver. Demander : horaire 4 jours? véhicule de service? 
LAST-MODIFIED:20250305T230112Z
LOCATION:Hydro-Québec\, 2625 boul. Lebourgneuf\, Québec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HQ entrevue finale 
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""]), company=HQ, role="", stage="final", who="Denis Lapointe;Caroline Ouellet"))
