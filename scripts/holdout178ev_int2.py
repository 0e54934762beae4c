"""holdout178 events, part 2: AniCura (Teamtailor), IVC Evidensia (SmartRecruiters, Dutch),
the Barcelona emergency hospital (Spanish), CHV Languedoc."""

from holdout178ev_common import iv

EVENTS = [
    (
        "teamtailor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-4471920-candidate-88310457@teamtailor.com
DTSTAMP:20250930T121508Z
DTSTART:20251007T110000Z
DTEND:20251007T114500Z
SUMMARY:Entretien vidéo - Vétérinaire praticien(ne) animaux de compagnie - A
 niCura Uccle
ORGANIZER;CN=AniCura Belgique:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Nathalie Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n
 athalie.peeters@anicura.be
DESCRIPTION:Bonjour Élodie\,\n\nMerci pour votre candidature chez AniCura !
  Nathalie Peeters\, Talent Acquisition Specialist Benelux\, vous retrouvera
  en visio pour un premier entretien de 45 minutes.\n\nRejoindre la réunion
  : https://app.teamtailor.com/meetings/v/4471920-aK2p\n\nÀ bientôt\,\nL'éq
 uipe AniCura
LOCATION:Teamtailor Video Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("tt-meeting-4471920-candidate-88310457@teamtailor.com", "AniCura",
            "Vétérinaire praticien(ne) animaux de compagnie", "recruiter_screen",
            "nathalie.peeters@anicura.be", "teamtailor-video-noreply-organizer")],
    ),
    (
        "teamtailor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
UID:tt-meeting-4502288-candidate-88310457@teamtailor.com
DTSTAMP:20251013T090011Z
DTSTART;TZID=Europe/Brussels:20251017T130000
DTEND;TZID=Europe/Brussels:20251017T163000
SUMMARY:Visite de la clinique & rencontre avec l'équipe - AniCura Uccle
ORGANIZER;CN=AniCura Belgique:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Dr Thomas Wouters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 thomas.wouters@anicura.be
ATTENDEE;CN=Dr Aline Goffin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:al
 ine.goffin@anicura.be
DESCRIPTION:Bonjour Élodie\,\n\nSuite à votre échange avec Nathalie\, le Dr
  Wouters (directeur médical) et le Dr Goffin vous accueillent à la clinique
  pour l'après-midi : visite\, participation à quelques consultations en obs
 ervation et discussion sur le poste.\n\nAdresse : Chaussée de Waterloo 1185
 \, 1180 Uccle. Parking dans la cour.\nEn cas de souci\, GSM du Dr Wouters :
  0476 52 71 90.\n\nL'équipe AniCura
LOCATION:AniCura Uccle\, Chaussée de Waterloo 1185\, 1180 Uccle
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("tt-meeting-4502288-candidate-88310457@teamtailor.com", "AniCura", "", "onsite",
            "thomas.wouters@anicura.be;aline.goffin@anicura.be",
            "teamtailor-clinic-visit-brussels-tz-gsm")],
    ),
    (
        "smartrecruiters",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d5e1b8f0-3c42-4a7e-9f11-6b2a0c8e7d35@smartrecruiters.com
DTSTAMP:20251002T143050Z
DTSTART:20251009T163000Z
DTEND:20251009T171500Z
SUMMARY:Kennismakingsgesprek - Dierenarts gezelschapsdieren (m/v/x) - Eviden
 sia Dierenziekenhuis Gent
ORGANIZER;CN=IVC Evidensia Belgium:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Elodie Vasseur;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.vas
 seur.veto@orange.fr
ATTENDEE;CN=Katrien De Smet;PARTSTAT=ACCEPTED:mailto:katrien.desmet@evidensia
 .be
DESCRIPTION:Beste Elodie\,\n\nBedankt voor je sollicitatie. Katrien De Smet
  (clinic manager) plant graag een eerste online kennismakingsgesprek met je
 . Het gesprek mag gerust in het Frans of het Engels als je dat verkiest.\n
 \nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 N2Q4ZjEx\n\nMet vriendelijke groeten\,\nIVC Evidensia Recruitment
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("d5e1b8f0-3c42-4a7e-9f11-6b2a0c8e7d35@smartrecruiters.com", "IVC Evidensia",
            "Dierenarts gezelschapsdieren (m/v/x)", "hiring_manager",
            "katrien.desmet@evidensia.be", "smartrecruiters-dutch-kennismaking")],
    ),
    (
        "smartrecruiters",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:71c0a9e4-58b3-4f26-a0d7-e93b12f6c480@smartrecruiters.com
DTSTAMP:20251020T081744Z
DTSTART;VALUE=DATE:20251029
DTEND;VALUE=DATE:20251030
SUMMARY:Proefdag - Dierenarts gezelschapsdieren - Evidensia Dierenziekenhuis
  Gent
ORGANIZER;CN=IVC Evidensia Belgium:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Elodie Vasseur;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.vas
 seur.veto@orange.fr
ATTENDEE;CN=Katrien De Smet;PARTSTAT=ACCEPTED:mailto:katrien.desmet@evidensia
 .be
ATTENDEE;CN=Dr. Pieter Vermeulen;PARTSTAT=ACCEPTED:mailto:pieter.vermeulen@e
 vidensia.be
DESCRIPTION:Beste Elodie\,\n\nWe verwachten je om 8u30 aan het onthaal voor
  je proefdag. Je draait mee met Dr. Pieter Vermeulen op consultatie en in
  het OK. Breng je eigen stethoscoop en een RIZIV/Orde-attest mee indien besc
 hikbaar. Lunch wordt voorzien.\n\nAdres: Kortrijksesteenweg 1012\, 9000 Ge
 nt\n\nTot dan!
LOCATION:Evidensia Dierenziekenhuis Gent\, Kortrijksesteenweg 1012\, 9000 G
 ent
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("71c0a9e4-58b3-4f26-a0d7-e93b12f6c480@smartrecruiters.com", "IVC Evidensia",
            "Dierenarts gezelschapsdieren", "onsite",
            "katrien.desmet@evidensia.be;pieter.vermeulen@evidensia.be",
            "all-day-proefdag-dutch-trial-day")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251015T193000
DTEND;TZID=Europe/Madrid:20251015T201500
DTSTAMP:20251010T172209Z
ORGANIZER;CN=Marta Puig Ferrer:mailto:marta.puig@hvdiagonal.cat
UID:2r8sk1ubf0e6q3dj5n7lv9a4pc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta P
 uig Ferrer;X-NUM-GUESTS=0:mailto:marta.puig@hvdiagonal.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Hola Élodie\,\n\nTe envío la invitación para la videollamada con
  nuestra directora clínica (yo misma) y Jordi\, responsable del servicio de
  urgencias. Hablaremos de tu experiencia en guardias\, del cuadrante de tur
 nos 24/7 y del proceso de colegiación en el COVB.\n\nUnirse con Google Meet
 : https://meet.google.com/vbx-qzua-kmt\nUnirse por teléfono: (ES) +34 910
  48 73 62 PIN: 518 302 776#\n\nUn saludo\,\nMarta
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videollamada Élodie Vasseur - Veterinaria de urgencias (HV Diagonal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("2r8sk1ubf0e6q3dj5n7lv9a4pc@google.com", "Hospital Veterinari Diagonal",
            "Veterinaria de urgencias", "hiring_manager", "marta.puig@hvdiagonal.cat;Jordi",
            "spanish-meet-madrid-tz-directora-clinica")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251107T200000
DTEND;TZID=Europe/Madrid:20251108T080000
DTSTAMP:20251024T101010Z
ORGANIZER;CN=Jordi Casals:mailto:jordi.casals@hvdiagonal.cat
UID:6h0fq3c9e2m7k1u4b8t5a0rsvl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi C
 asals;X-NUM-GUESTS=0:mailto:jordi.casals@hvdiagonal.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Hola Élodie\,\n\nComo hablamos\, te esperamos para el turno de p
 rueba de noche en urgencias. Estarás conmigo en triaje y en la UCI; no ha
 rás actos sola. Trae pijama quirúrgico\, el resto lo ponemos nosotros.\n\n
 Entrada por Carrer de Provença 412 (puerta de urgencias).\nMi móvil: +34 6
 12 77 40 95\n\nJordi
LOCATION:Hospital Veterinari Diagonal\, Carrer de Provença 412\, 08025 Barc
 elona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Turno de prueba nocturno - Élodie Vasseur
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("6h0fq3c9e2m7k1u4b8t5a0rsvl@google.com", "Hospital Veterinari Diagonal", "",
            "onsite", "jordi.casals@hvdiagonal.cat", "spanish-overnight-trial-shift")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250929T163000Z
DTEND:20250929T171500Z
DTSTAMP:20250922T081530Z
ORGANIZER;CN=Recrutement CHV Languedoc:mailto:recrutement@chv-languedoc.fr
UID:3vd9p0kl5q8rbm2ja6e1h4cgt7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Recrute
 ment CHV Languedoc;X-NUM-GUESTS=0:mailto:recrutement@chv-languedoc.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Fra
 nçois Azéma;X-NUM-GUESTS=0:mailto:f.azema@chv-languedoc.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour Dr Vasseur\,\n\nNous avons bien reçu votre candidature v
 ia VetCarrières pour le poste de vétérinaire responsable du service médecine
  générale. Le Dr Azéma (directeur médical) vous propose un premier entretie
 n en visio.\n\nLien Meet : https://meet.google.com/ktp-fwra-ohd\n\nCordial
 ement\,\nLe service recrutement
LOCATION:https://meet.google.com/ktp-fwra-ohd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio - Dr Vasseur / CHV Languedoc
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("3vd9p0kl5q8rbm2ja6e1h4cgt7@google.com", "CHV Languedoc",
            "vétérinaire responsable du service médecine générale", "hiring_manager",
            "f.azema@chv-languedoc.fr", "google-shared-mailbox-organizer-x-wr-timezone")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Azéma, François":mailto:f.azema@chv-languedoc.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bonnafoux, Cé
 line":mailto:c.bonnafoux@chv-languedoc.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Salle staff RDC:m
 ailto:salle.staff@chv-languedoc.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nPour la deuxième étape : matinée sur
  place (tour des services\, staff du matin à 8h30\, puis entretien avec moi
 -même et Céline Bonnafoux\, DAF).\nNous vous remboursons le train Lille-Mont
 pellier sur justificatif.\n\nF. Azéma\n
UID:040000008200E00074C5B7101A82E00800000000D09E7B2611F3DB010000000000000000
 100000006E3B9AC2D0F1474FB51C8E2A7D903B66
SUMMARY;LANGUAGE=fr-FR:2e entretien sur place - Dr Vasseur
DTSTART;TZID=Romance Standard Time:20251016T083000
DTEND;TZID=Romance Standard Time:20251016T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T154102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CHV Languedoc\, 210 rue de la Galéra\, 34090 Montpel
 lier
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000D09E7B2611F3DB010000000000000000"
            "100000006E3B9AC2D0F1474FB51C8E2A7D903B66", "CHV Languedoc", "", "onsite",
            "f.azema@chv-languedoc.fr;c.bonnafoux@chv-languedoc.fr",
            "outlook-second-round-onsite-resource-room")],
    ),
]
