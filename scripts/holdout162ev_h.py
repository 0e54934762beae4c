"""holdout162 events, part H: job-search look-alikes that are not the user's own interview (negatives)."""

from holdout162ev_tz import GOOGLE_PARIS, MONTREAL, ROMANCE, W_EUROPE, ev

EVENTS = [
    ev("riverside", "riverside-rec-kinetalks-ep42",
       (0, "", "", "", "", "podcast-interview-recording"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-kinetalks-ep42
DTSTAMP:20250325T170000Z
DTSTART:20250403T180000Z
DTEND:20250403T190000Z
SUMMARY:Kiné Talks #42 – interview Camille Lefèvre (retour au jeu chez les
  rugbywomen)
DESCRIPTION:Enregistrement du podcast Kiné Talks. Host : Bastien Ollier.\nS
 tudio link : https://riverside.fm/studio/kine-talks\nCasque obligatoire\, p
 as de wifi partagé si possible.
LOCATION:https://riverside.fm/studio/kine-talks
ORGANIZER;CN=Bastien Ollier:mailto:bastien@kinetalks.fr
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("zoom-recherche", "zoom-83312077415-memoire-staps",
       (0, "", "", "", "", "research-interview-user-is-participant"),
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTAMP:20250302T101010Z
DTSTART;TZID=Europe/Paris:20250310T190000
DTEND;TZID=Europe/Paris:20250310T194500
SUMMARY:Entretien semi-directif – mémoire M2 STAPS (kinés en club)
UID:zoom-83312077415-memoire-staps
DESCRIPTION:Léo Fabre vous invite à une réunion Zoom planifiée.\n\nMerci d'
 avoir accepté de participer à mon étude qualitative sur la place du kinési
 thérapeute dans les staffs de rugby professionnel. L'entretien est enregis
 tré et anonymisé (formulaire de consentement en PJ).\n\nParticiper à la réu
 nion Zoom\nhttps://u-bordeaux-fr.zoom.us/j/83312077415\n
LOCATION:https://u-bordeaux-fr.zoom.us/j/83312077415
ORGANIZER;CN=Léo Fabre:mailto:leo.fabre@etu.u-bordeaux.fr
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("enquete", "urps-enquete-tel-2025-0417-cl",
       (0, "", "", "", "", "survey-phone-interview-professional-body"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour\,\n\nDans le cadre de l'enquête régionale sur les cond
 itions d'exercice des masseurs-kinésithérapeutes salariés\, un enquêteur
  vous appellera pour un entretien téléphonique de 15 minutes. Vos réponses
  restent anonymes.\n\nURPS MK Nouvelle-Aquitaine
DTEND;TZID="Romance Standard Time":20250417T131500
DTSTAMP:20250410T080000Z
DTSTART;TZID="Romance Standard Time":20250417T130000
LOCATION:Téléphone
ORGANIZER;CN="URPS MK NA":mailto:enquete@urps-mk-na.fr
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Enquête URPS - entretien téléphonique
TRANSP:OPAQUE
UID:urps-enquete-tel-2025-0417-cl
END:VEVENT
END:VCALENDAR
"""),
    ev("eae", "040000008200E00074C5B7101A82E00800000000C3C4D5E6F7A8DB01000000000000000010000000EAE1",
       (0, "", "", "", "", "own-annual-appraisal-current-job"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lartigue\, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Camille\,\n\nVoici le créneau pour ton entretien
  annuel d'évaluation. Pense à remplir ta partie du support (bilan de l'anné
 e\, objectifs\, souhaits de formation) dans l'espace RH avant le rendez-vous
 .\n\nMarion\nCadre de santé rééducation
UID:040000008200E00074C5B7101A82E00800000000C3C4D5E6F7A8DB01000000000000000010000000EAE1
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation - C. Lefèvre
DTSTART;TZID=Romance Standard Time:20250221T160000
DTEND;TZID=Romance Standard Time:20250221T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau cadre
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-pro", "040000008200E00074C5B7101A82E00800000000D4D5E6F7A8B9DB01000000000000000010000000EP02",
       (0, "", "", "", "", "own-biennial-professional-review-hr"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rivière\, Nathalie":mailto:n.riviere@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\,\n\nConformément à l'article L.
 6315-1 du Code du travail\, je vous propose votre entretien professionnel (
 perspectives d'évolution\, formation\, CPF). Il est distinct de l'entretien
  annuel avec votre cadre.\n\nNathalie Rivière\, RH
UID:040000008200E00074C5B7101A82E00800000000D4D5E6F7A8B9DB01000000000000000010000000EP02
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel - Camille Lefèvre
DTSTART;TZID=Romance Standard Time:20250522T140000
DTEND;TZID=Romance Standard Time:20250522T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
END:VEVENT
END:VCALENDAR
"""),
    ev("cafe", "3C4D5E6F-7A8B-4C9D-0E1F-2A3B4C5D6E7F",
       (0, "", "", "", "", "informational-coffee-with-club-physio"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250219T211000Z
DTEND:20250222T110000
DTSTAMP:20250219T211022Z
DTSTART:20250222T100000
DESCRIPTION:Marion B. (kiné au Stade Français\, promo IFMK 2018) de passage
  à Bdx. lui demander comment elle a eu son poste en club\, réseau\, salaire
 s\, si ça recrute en Top 14
LOCATION:Café Lucien\, place du Marché des Chartrons
SEQUENCE:0
SUMMARY:café Marion B. - conseils taf en club
UID:3C4D5E6F-7A8B-4C9D-0E1F-2A3B4C5D6E7F
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("salon", "salon-sante-bdx-2025-visiteur-44871",
       (0, "", "", "", "", "healthcare-careers-fair-all-day"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weezevent//Billetterie//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:salon-sante-bdx-2025-visiteur-44871
DTSTAMP:20250301T120000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Forum Emploi Santé Nouvelle-Aquitaine – Bordeaux
DESCRIPTION:Votre badge visiteur n° 44871. Plus de 60 établissements recrut
 eurs (CHU\, cliniques\, SMR\, EHPAD\, clubs sportifs). Job dating kinés à 1
 4h\, conférence « Réussir son entretien » à 11h. Hangar 14\, quai des Chartr
 ons.
LOCATION:Hangar 14\, Bordeaux
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-call", "040000008200E00074C5B7101A82E00800000000E5E6F7A8B9C0DB01000000000000000010000000RF01",
       (0, "", "", "", "", "reference-call-user-is-referee-for-ex-trainee"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rochat Maude (DRH)":mailto:Maude.Rochat@hug.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame Lefèvre\,\n\nM. Lucas Perrin\, candidat c
 hez nous\, vous a indiquée comme référence (il a été votre stagiaire puis c
 ollègue en 2023-2024). Auriez-vous 15 minutes pour un appel de références
  à son sujet ?\n\nMaude Rochat\, chargée de recrutement\, HUG
UID:040000008200E00074C5B7101A82E00800000000E5E6F7A8B9C0DB01000000000000000010000000RF01
SUMMARY;LANGUAGE=fr-FR:Prise de références - L. Perrin
DTSTART;TZID=W. Europe Standard Time:20250506T124500
DTEND;TZID=W. Europe Standard Time:20250506T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Appel téléphonique
END:VEVENT
END:VCALENDAR
"""),
    ev("hays-call", "4t7w0z3c6f9i2l5o8r1u4x7a0d@google.com",
       (0, "", "", "", "", "recruiter-call-no-employer-named"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250225T123000
DTEND;TZID=Europe/Paris:20250225T130000
DTSTAMP:20250221T101500Z
ORGANIZER;CN=Romain Delmas:mailto:romain.delmas@hays.fr
UID:4t7w0z3c6f9i2l5o8r1u4x7a0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
DESCRIPTION:Bonjour Camille\,\nJe me permets de vous appeler pour faire con
 naissance : nous accompagnons plusieurs établissements et centres de méde
 cine du sport en Nouvelle-Aquitaine et en Suisse romande qui recrutent des
  kinés. L'idée est de comprendre votre projet pour vous proposer des opport
 unités adaptées.\nRomain Delmas\, consultant Hays Santé
LAST-MODIFIED:20250221T101500Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camille Lefèvre / Hays Santé - prise de contact
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("prep-block", "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A",
       (0, "", "", "", "", "prep-block-before-interview"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250314T193000Z
DTEND:20250316T173000
DTSTAMP:20250314T193012Z
DTSTART:20250316T150000
DESCRIPTION:relire protocole ischios Askling + retour au jeu cheville (con
 sensus)\, vocabulaire espagnol (esguince\, isquiotibiales\, readaptación)\
 , préparer tenue
SUMMARY:Prépa Real Sociedad demain
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("rappel-merci", "6e1b7a2c-merci-hug-0311",
       (0, "", "", "", "", "thank-you-note-reminder"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:6e1b7a2c-merci-hug-0311
DTSTAMP:20250311T120512Z
DTSTART:20250311T190000
DTEND:20250311T191500
SUMMARY:mail de remerciement HUG (Berset + Favre-Dupraz)
DESCRIPTION:remercier pr l'entretien de ce matin\, rappeler vignette Achil
 le\, demander délai de réponse
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("visite-medicale", "santetravail-convoc-2025-06-02-88410",
       (0, "", "", "", "", "pre-employment-medical-occupational-health"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AHI33//Convocations//FR
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
UID:santetravail-convoc-2025-06-02-88410
DTSTAMP:20250526T080000Z
DTSTART;TZID=Europe/Paris:20250602T083000
DTEND;TZID=Europe/Paris:20250602T090000
SUMMARY:Visite d'information et de prévention - embauche
DESCRIPTION:Convocation : visite d'information et de prévention préalable à
  l'embauche (salarié : LEFEVRE Camille). Apporter carnet de vaccination (hé
 patite B) et liste des traitements en cours.\nCentre AHI33 Bordeaux-Lac.
LOCATION:AHI33 – Centre de Bordeaux-Lac
ORGANIZER;CN=AHI33 Santé au travail:mailto:convocations@ahi33.org
ATTENDEE;CN=LEFEVRE Camille;RSVP=FALSE:mailto:camille.lefevre.kine@laposte.
 net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("oppq", "oppq-equiv-entrevue-2025-04-16-2291",
       (0, "", "", "", "", "licensing-board-entrevue-not-a-job"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MONTREAL + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Madame\,\n\nDans le cadre de l'étude de votre demande de recon
 naissance d'équivalence de diplôme et de formation\, le comité d'admission
  vous convoque à une entrevue par visioconférence. Durée : 45 minutes. Les
  questions porteront sur votre formation clinique et votre pratique actuel
 le.\n\nService de l'admission – Ordre professionnel de la physiothérapie d
 u Québec
DTEND;TZID=America/Montreal:20250416T101500
DTSTAMP:20250402T150000Z
DTSTART;TZID=America/Montreal:20250416T093000
LOCATION:Zoom (lien envoyé 24 h avant)
ORGANIZER;CN="Admission OPPQ":mailto:admission@oppq.qc.ca
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-CA:Entrevue - comité d'admission (équivalence) - LEFEVR
 E Camille
TRANSP:OPAQUE
UID:oppq-equiv-entrevue-2025-04-16-2291
END:VEVENT
END:VCALENDAR
"""),
    ev("crs-appel", "8a1d4g7j0m3p6s9v2y5b8e1h4k@google.com",
       (0, "", "", "", "", "diploma-recognition-call-swiss-red-cross"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250305T090000Z
DTEND:20250305T093000Z
DTSTAMP:20250601T090000Z
UID:8a1d4g7j0m3p6s9v2y5b8e1h4k@google.com
CREATED:20250226T174000Z
DESCRIPTION:SRK/CRS Berne rappelle pour mon dossier de reconnaissance (man
 que attestation de stage IFMK). n° dossier 2025-PHY-0381
LAST-MODIFIED:20250226T174000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel Croix-Rouge suisse - reconnaissance diplôme
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
