# ruff: noqa: E501
"""holdout182 events, part k: appraisal, exit, media, research and podcast look-alikes (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000950725879ED1DB01000000000000000010000000F8091A2B3C4D5E6F708192A3B4C5D6E7",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "press-interview-radio-via-communications",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lamarche, Vincent (CIUSSS NIM)":mailto:vincent.lamarche.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nMerci d'accepter d'accorder une entrevue à l'émission Le 15-18 (ICI Radio-Canada Première) sur le thème de la Semaine de la profession infirmière et de la prévention cardiaque. Entrevue en direct par téléphone\, environ 7 minutes\, avec l'animatrice. Le recherchiste (Maxime) vous appellera 10 minutes avant au poste 4412.\n\nOn se voit 15 minutes avant pour valider les messages clés.\n\nVincent Lamarche\nConseiller en relations médias\, Direction des communications\n
UID:040000008200E00074C5B7101A82E00800000000950725879ED1DB01000000000000000010000000F8091A2B3C4D5E6F708192A3B4C5D6E7
SUMMARY;LANGUAGE=fr-CA:Entrevue média - Le 15-18 (Radio-Canada) - G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250507T163000
DTEND;TZID=Eastern Standard Time:20250507T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T200718Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau des communications - K-1010
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "8zx1c4v7b0n3m6q9w2e5r8t1yk@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "research-study-participant-interview",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250424T190000
DTEND;TZID=America/Toronto:20250424T200000
DTSTAMP:20250416T150022Z
ORGANIZER;CN=Équipe de recherche ÉQUILIBRE:mailto:etude.equilibre@uqam.ca
UID:8zx1c4v7b0n3m6q9w2e5r8t1yk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
DESCRIPTION:Bonjour\,\n\nMerci de participer à l'étude ÉQUILIBRE sur l'inten
 tion de quitter et les trajectoires de carrière des infirmières du Québec (
 certificat éthique UQAM 2024-5521). L'entrevue semi-dirigée d'environ 60 mi
 nutes sera enregistrée (audio seulement) et menée par Élodie Marcotte\, étu
 diante au doctorat. Une compensation de 40 $ vous sera remise.\n\nLien Zoom
  : https://uqam.zoom.us/j/81190426683
LOCATION:https://uqam.zoom.us/j/81190426683
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue de recherche – étude ÉQUILIBRE (participante #N-047)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "riverside-rec-nwr-ep42@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "podcast-guest-recording-english",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250529T233000Z
DTEND:20250530T003000Z
DTSTAMP:20250519T165533Z
ORGANIZER;CN=Nurses Who Research Podcast:mailto:hello@nurseswhoresearch.fm
UID:riverside-rec-nwr-ep42@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
DESCRIPTION:Hi Geneviève!\n\nThanks for agreeing to be our guest on episode
  42. We'll record a ~45 min interview about moving from bedside cardiology
  nursing into research and education. We record on Riverside — please use C
 hrome and wired headphones.\n\nStudio link: https://riverside.fm/studio/nur
 ses-who-research?t=9a1c2f\n\nTalk soon\,\nDana & Priya\, hosts
LOCATION:https://riverside.fm/studio/nurses-who-research?t=9a1c2f
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast recording – Nurses Who Research ep. 42 (guest interview)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A6183698AFE2DB01000000000000000010000000091A2B3C4D5E6F708192A3B4C5D6E7F8",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "own-performance-appraisal-current-job",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nRencontre annuelle d'appréciation de la contribution. Merci de remplir ton autoévaluation dans le formulaire (section 2 : objectifs 2024-2025\, section 3 : besoins de développement) et de me la retourner 2 jours avant. On parlera aussi de tes projets de carrière (DESS? rôle de CSI?).\n\nIsabelle\n
UID:040000008200E00074C5B7101A82E00800000000A6183698AFE2DB01000000000000000010000000091A2B3C4D5E6F708192A3B4C5D6E7F8
SUMMARY;LANGUAGE=fr-CA:Appréciation de la contribution - Geneviève T.
DTSTART;TZID=Eastern Standard Time:20250325T140000
DTEND;TZID=Eastern Standard Time:20250325T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T183001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau cheffe d'unité 7-104
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B72947A9B0F3DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "own-exit-interview-hr",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dion, Stéphanie (CIUSSS NIM)":mailto:stephanie.dion.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nÀ la suite de ta démission (dernier quart le 4 juillet)\, je te propose une entrevue de départ confidentielle de 30 minutes. Tes commentaires nous aident à améliorer la rétention du personnel infirmier. Nous verrons aussi les modalités de fin d'emploi (paie de vacances\, retour de la carte d'identité et des clés\, RREGOP).\n\nStéphanie Dion\, CRHA\n
UID:040000008200E00074C5B7101A82E00800000000B72947A9B0F3DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=fr-CA:Entrevue de départ - G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250630T110000
DTEND;TZID=Eastern Standard Time:20250630T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250619T144040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "B8D0F2A4-6C8E-4A1B-9D3F-5E7A9C1B3D5F",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "informational-coffee-chat-peer",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250306T030055Z
DTSTAMP:20250306T030055Z
LAST-MODIFIED:20250306T030055Z
UID:B8D0F2A4-6C8E-4A1B-9D3F-5E7A9C1B3D5F
DTSTART:20250315T100000
DTEND:20250315T113000
SUMMARY:Café Marie-Josée (CSI ICM)
LOCATION:Café Névé Rachel
DESCRIPTION:lui demander c'est quoi une journée type de CSI\, si le DESS es
 t obligatoire\, comment elle a eu son poste. Pas une entrevue\, juste jaser
  (amie de Julie)
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
