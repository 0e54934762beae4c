"""holdout147 events, part j: job-search look-alikes (mock interviews, webinars, press, appraisal...)."""

from holdout147ev_tz import TZ_ROMANCE


def neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


EVENTS = [
    {
        "kind": "simulation-apec",
        "label": neg("apec-rdv-conseil-8841207@apec.fr", "mock-interview-apec-consultant"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//APEC//Rendez-vous conseil//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:apec-rdv-conseil-8841207@apec.fr
DTSTAMP:20250114T100000Z
DTSTART;TZID=Europe/Paris:20250120T121500
DTEND;TZID=Europe/Paris:20250120T131500
SUMMARY:Apec - Entretien conseil : simulation d'entretien de recrutement
DESCRIPTION:Bonjour Inès\,\n\nVotre rendez-vous avec votre consultante Ape
 c\, Mme Hélène Vayssière\, est confirmé. Au programme : simulation d'entre
 tien de recrutement filmée sur une offre de votre choix (apportez l'annon
 ce)\, puis débriefing.\n\nLien Teams envoyé la veille.\n\nApec Occitanie
LOCATION:Visio Apec
ORGANIZER;CN=Apec Occitanie:mailto:ne-pas-repondre@apec.fr
ATTENDEE;CN=Ines Carvalho;RSVP=TRUE:mailto:ines.carvalho31@orange.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar-entretien",
        "label": neg("zoom-webinar-88302147759-reg-4410@zoom.us", "webinar-about-interviewing-aerospace"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-webinar-88302147759-reg-4410@zoom.us
DTSTAMP:20250129T093000Z
DTSTART:20250206T113000Z
DTEND:20250206T123000Z
SUMMARY:Webinaire : Réussir ses entretiens dans l'aéronautique et le spat
 ial
DESCRIPTION:Bonjour Inès Carvalho\,\n\nMerci de vous être inscrit(e) au we
 binaire « Réussir ses entretiens dans l'aéronautique et le spatial » orga
 nisé par Aerospace Valley et l'Apec. Avec les témoignages de recruteurs d
 'un avionneur et d'un équipementier.\n\nRejoindre : https://us02web.zoom.
 us/w/88302147759?tk=Xk3\nCode secret : 2025\n\nVous pouvez annuler votre i
 nscription à tout moment.
LOCATION:https://us02web.zoom.us/w/88302147759
ORGANIZER;CN=Aerospace Valley:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interview-presse",
        "label": neg("9f1h3j5k7l9z1x3c5v7b9n1m3q@google.com", "press-interview-newspaper-portrait"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250304T160000Z
DTEND:20250304T164500Z
DTSTAMP:20250226T092110Z
ORGANIZER;CN=Audrey Fourcade:mailto:audrey.fourcade.journaliste@gmail.com
UID:9f1h3j5k7l9z1x3c5v7b9n1m3q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ines.carvalho31@orange.fr;X-NUM-GUESTS=0:mailto:ines.carvalho31@ora
 nge.fr
DESCRIPTION:Bonjour Inès\, merci d'avoir accepté l'interview pour notre sé
 rie « Elles font l'industrie » (supplément La Dépêche du 8 mars). 30-40 mi
 n par téléphone\, puis une photo sur site à caler avec votre service com.
 \nAudrey Fourcade\, pigiste
LOCATION:Téléphone 06 22 41 87 30
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview La Dépêche - Inès Carvalho (Elles font l'industrie)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "label": neg("riverside-rec-5c2e9a10@riverside.fm", "podcast-recording-interview-guest"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-5c2e9a10@riverside.fm
DTSTAMP:20250311T081500Z
DTSTART:20250318T170000Z
DTEND:20250318T180000Z
SUMMARY:Enregistrement podcast "Tolérances serrées" - invitée Inès Carvalho
DESCRIPTION:Salut Inès !\nOn enregistre l'épisode 23 : « la qualité fourni
 sseurs vue de l'atelier ». Format interview\, ~45 min\, casque obligatoire
 .\nStudio : https://riverside.fm/studio/tolerances-serrees\nGaël
LOCATION:https://riverside.fm/studio/tolerances-serrees
ORGANIZER;CN=Gaël Marty:mailto:gael@tolerances-serrees.fr
ATTENDEE;CN=Inès Carvalho;RSVP=TRUE:mailto:ines.carvalho31@orange.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "etude-utilisateur",
        "label": neg("userinterviews-session-661204@userinterviews.com", "user-research-interview-paid-study"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-661204@userinterviews.com
DTSTAMP:20250130T140000Z
DTSTART:20250203T170000Z
DTEND:20250203T174500Z
SUMMARY:Research interview: Metrology software workflows (45 min) - $90 i
 ncentive
DESCRIPTION:Hi Ines\,\n\nYou're confirmed for a remote research interview
  about how quality teams use CMM programming and reporting software. The
  researcher will ask about your daily workflow and show a few prototypes.
  This is not a job interview.\n\nJoin: https://zoom.us/j/97218830041\n\nUse
 r Interviews on behalf of the study team
LOCATION:https://zoom.us/j/97218830041
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Ines Carvalho;RSVP=TRUE:mailto:ines.carvalho31@orange.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-annuel",
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DA01000000000000000010000000"
            "A0B1C2D3E4F5061728394A5B6C7D8E9F",
            "own-annual-appraisal-current-employer",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="ROUX Marc":mailto:m.roux@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Inès\,\n\nEntretien annuel d'évaluation 2024 :
  merci de compléter ta partie auto-évaluation dans le formulaire (object
 ifs 2024\, compétences\, souhaits d'évolution) 48h avant.\n\nMarc\n
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DA0100000000000000
 0010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation - Inès Carvalho
DTSTART;TZID=Romance Standard Time:20250116T100000
DTEND;TZID=Romance Standard Time:20250116T113000
DTSTAMP:20250106T151200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau M. Roux
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-professionnel",
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DB01000000000000000010000000"
            "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
            "own-entretien-professionnel-hr",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="PONS Valérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nDans le cadre de l'entretie
 n professionnel obligatoire (tous les 2 ans)\, je te propose ce créneau.
  On parlera formations suivies\, CPF\, perspectives d'évolution et mobili
 té interne. Ce n'est pas l'évaluation annuelle.\n\nValérie - RH\n
UID:040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DB0100000000000000
 00100000000A1B2C3D4E5F60718293A4B5C6D7E8F9
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel - I. Carvalho
DTSTART;TZID=Romance Standard Time:20250212T103000
DTEND;TZID=Romance Standard Time:20250212T113000
DTSTAMP:20250203T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-depart",
        "label": neg(
            "040000008200E00074C5B7101A82E0080000000013579BDF2468DB01000000000000000010000000"
            "13579BDF02468ACE13579BDF02468ACE",
            "own-exit-interview-after-resignation",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="PONS Valérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Inès\, suite à ta démission\, on fait l'entreti
 en de départ : motifs\, retours sur ton poste\, passation\, solde de tout c
 ompte et restitution badge/PC.\n
UID:040000008200E00074C5B7101A82E0080000000013579BDF2468DB0100000000000000
 001000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=fr-FR:Entretien de sortie - Inès Carvalho
DTSTART;TZID=Romance Standard Time:20250428T140000
DTEND;TZID=Romance Standard Time:20250428T144500
DTSTAMP:20250414T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cafe-reseau",
        "crlf": False,
        "label": neg("51A7C3E9-2D4F-4B86-9C10-E8F3A2D6B4C0", "informational-coffee-ex-colleague-at-target"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:51A7C3E9-2D4F-4B86-9C10-E8F3A2D6B4C0
DTSTAMP:20250109T183300Z
DTSTART;TZID=Europe/Paris:20250114T123000
DTEND;TZID=Europe/Paris:20250114T133000
SUMMARY:Dej Julien (Airbus SQ)
LOCATION:Les Halles de la Cartoucherie
DESCRIPTION:lui demander comment ça se passe côté SQ Airbus\, ambiance\, s
 i des postes vont s'ouvrir\, s'il peut faire passer mon CV en interne ?
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "salon-emploi",
        "label": neg("8s0d2f4g6h8j0k2l4z6x8c0v2b@google.com", "careers-fair-all-day"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
DTSTAMP:20250301T201500Z
UID:8s0d2f4g6h8j0k2l4z6x8c0v2b@google.com
DESCRIPTION:Forum emploi aéro Occitanie - MEETT\nstands Airbus\, Safran\, T
 hales\, Liebherr\, sous-traitants\nimprimer 15 CV\, badge e-ticket dans l
 es mails
LOCATION:MEETT\, Aussonne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum Emploi Aéro - MEETT (job dating + conférences)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "appel-reference",
        "label": neg("2t4y6u8i0o2p4a6s8d0f2g4h6j@google.com", "reference-call-user-is-referee"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250402T073000Z
DTEND:20250402T074500Z
DTSTAMP:20250331T150212Z
ORGANIZER;CN=Sarah Benhamou:mailto:sarah.benhamou@expectra.fr
UID:2t4y6u8i0o2p4a6s8d0f2g4h6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ines.carvalho31@orange.fr;X-NUM-GUESTS=0:mailto:ines.carvalho31@ora
 nge.fr
DESCRIPTION:Bonjour Madame Carvalho\, merci d'accepter d'échanger au sujet
  de Thomas Bru\, votre ancien collaborateur\, qui est en process chez un
 de nos clients. Une prise de références de 10-15 min : son rôle\, ses poin
 ts forts\, axes de progrès.\nSarah Benhamou - Expectra
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références - Thomas Bru
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "enquete-insee",
        "crlf": False,
        "label": neg("4B9E1D27-83A6-4F5C-B0E2-7C1A9D3F5E80", "survey-interview-statistics-office"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:4B9E1D27-83A6-4F5C-B0E2-7C1A9D3F5E80
DTSTAMP:20250219T190500Z
DTSTART;TZID=Europe/Paris:20250222T100000
DTEND;TZID=Europe/Paris:20250222T104500
SUMMARY:Enquête Insee (emploi) - enquêtrice passe à la maison
DESCRIPTION:Mme Rivière\, carte officielle\, questionnaire sur situation pr
 o du foyer\, 2e interrogation sur 6
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "revue-sqa",
        "label": neg(
            "040000008200E00074C5B7101A82E0080000000024680ACE1357DB01000000000000000010000000"
            "2468ACE013579BDF2468ACE013579BDF",
            "customer-monthly-review-names-target-employer",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="SERRES, Guillaume":mailto:guillaume.serres@airbus.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUX Ma
 rc":mailto:m.roux@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Revue mensuelle performance fournisseur AeroPr
 écis (OTD/OQD\, QN ouvertes\, plan d'actions 8D brides A350). Merci d'envoy
 er le dashboard la veille.\n\n_____________________________________________
 ___________________________________\nRéunion Microsoft Teams\nCliquez ici p
 our rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_cnZ3%40thread.v2/0>\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E0080000000024680ACE1357DB0100000000000000
 00100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=fr-FR:Airbus SQ / AeroPrécis - revue mensuelle fournisse
 ur
DTSTART;TZID=Romance Standard Time:20250114T093000
DTEND;TZID=Romance Standard Time:20250114T103000
RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6
DTSTAMP:20250103T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
