"""holdout178 events, part 3: Vetalys (Lever), Vetvita (Personio, German), Lille clinics."""

from holdout178ev_common import iv

EVENTS = [
    (
        "lever",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9b1e4c77-02fd-4f0a-8d3e-61a5c2b7e910
DTSTAMP:20250924T103322Z
DTSTART:20251001T120000Z
DTEND:20251001T123000Z
SUMMARY:Vetalys Laboratoires - Vétérinaire biologiste / conseil technique -
  Élodie Vasseur - Premier échange
ORGANIZER;CN=Mathilde Garnier:mailto:mathilde.garnier@vetalys.fr
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Mathilde Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 athilde.garnier@vetalys.fr
DESCRIPTION:Bonjour Élodie\,\n\nJe vous appellerai au 06 71 23 48 90 pour un
  premier échange de 30 minutes (parcours\, motivations\, prétentions\, dispo
 nibilité).\n\nMathilde Garnier\nChargée de recrutement - Vetalys Laborato
 ires\n\n--\nScheduled with Lever
LOCATION:Appel téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("lever-interview-9b1e4c77-02fd-4f0a-8d3e-61a5c2b7e910", "Vetalys Laboratoires",
            "Vétérinaire biologiste / conseil technique", "recruiter_screen",
            "mathilde.garnier@vetalys.fr", "lever-phone-screen-laboratory")],
    ),
    (
        "lever",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-3f6a0d12-c8b9-4e75-a1f4-d02e9b58c6a3
DTSTAMP:20251008T090207Z
DTSTART:20251014T123000Z
DTEND:20251014T140000Z
SUMMARY:Vetalys Laboratoires - Étude de cas : interprétation de bilans + ent
 retien Dr Pommier
ORGANIZER;CN=Mathilde Garnier:mailto:mathilde.garnier@vetalys.fr
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Dr Arnaud Pommier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 a.pommier@vetalys.fr
ATTENDEE;CN=Dr Yasmine Haddad;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE:mailto
 :y.haddad@vetalys.fr
DESCRIPTION:Déroulé : 45 min de cas pratiques (3 bilans biochimiques/hémato
  + 1 frottis à commenter\, partage d'écran) puis 45 min d'échange avec le D
 r Arnaud Pommier\, responsable du pôle conseil vétérinaire.\n\nZoom : https
 ://vetalys.zoom.us/j/84412093377?pwd=bWx2Q0ZpT1\nID de réunion : 844 1209 3
 377 - Code : 552190\n\n--\nScheduled with Lever
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        [iv("lever-interview-3f6a0d12-c8b9-4e75-a1f4-d02e9b58c6a3", "Vetalys Laboratoires", "",
            "technical", "a.pommier@vetalys.fr;y.haddad@vetalys.fr",
            "lever-zoom-case-study-blood-panels")],
    ),
    (
        "personio",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
UID:personio-appointment-1582739-20251013@personio.de
DTSTAMP:20251006T120045Z
DTSTART;TZID=Europe/Brussels:20251013T180000
DTEND;TZID=Europe/Brussels:20251013T184500
SUMMARY:Vorstellungsgespräch: Leitende Tierärztin / Leitender Tierarzt (m/w
 /d) - Standort Brüssel
ORGANIZER;CN=Vetvita Recruiting:mailto:recruiting@vetvita.de
ATTENDEE;CN=Elodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Dr. Katharina Brenner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:k.brenner@vetvita.de
DESCRIPTION:Hallo Elodie\,\n\nvielen Dank für Ihre Bewerbung. Wir freuen un
 s auf das Gespräch mit Dr. Katharina Brenner (Regionalleitung Benelux). Das
  Gespräch kann auf Englisch oder Französisch geführt werden.\n\nGoogle Meet
 : https://meet.google.com/hsw-bnpe-zra\n\nViele Grüße\nIhr Vetvita Recrui
 ting Team
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("personio-appointment-1582739-20251013@personio.de", "Vetvita",
            "Leitende Tierärztin / Leitender Tierarzt (m/w/d)", "hiring_manager",
            "k.brenner@vetvita.de", "personio-german-vorstellungsgespraech")],
    ),
    (
        "personio",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-appointment-1601204-20251104@personio.de
DTSTAMP:20251027T073512Z
DTSTART:20251104T090000Z
DTEND:20251104T103000Z
SUMMARY:Abschlussgespräch / Final interview - Clinic Lead Brussels - Elodie
  Vasseur
ORGANIZER;CN=Vetvita Recruiting:mailto:recruiting@vetvita.de
ATTENDEE;CN=Elodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Dr. Katharina Brenner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:k.brenner@vetvita.de
ATTENDEE;CN=Markus Feld;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.feld
 @vetvita.de
DESCRIPTION:Dear Elodie\,\n\nthank you for the good conversation with Kathar
 ina. We would like to invite you to meet Markus Feld (COO) and Katharina in
  person at our new clinic site in Etterbeek\, Avenue de Tervueren 54\, 1040
  Brussels. The meeting will be held in English.\n\nBest regards\nVetvita R
 ecruiting Team
LOCATION:Vetvita Bruxelles\, Avenue de Tervueren 54\, 1040 Etterbeek
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("personio-appointment-1601204-20251104@personio.de", "Vetvita",
            "Clinic Lead Brussels", "final", "k.brenner@vetvita.de;m.feld@vetvita.de",
            "personio-german-english-final-utc")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Caudron, Philippe";SENT-BY="mailto:accueil@clinique-vieuxlill
 e.fr":mailto:p.caudron@clinique-vieuxlille.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Bureau Dr Caudro
 n:mailto:bureau.caudron@clinique-vieuxlille.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Docteur\,\n\nLe Dr Caudron vous recevra
  pour un entretien concernant le poste de vétérinaire canin en CDI (rempla
 cement d'un départ en retraite). Merci de vous présenter à l'accueil.\n\nC
 ordialement\,\nSandrine\, secrétariat\n
UID:040000008200E00074C5B7101A82E0080000000010A2C4E69C2ADC0100000000000000001
 0000000B4F7E21A6C9D3F4E8C1A0B2D3E4F5A6B
SUMMARY;LANGUAGE=fr-FR:RDV Dr Vasseur - entretien poste vétérinaire
DTSTART;TZID=Romance Standard Time:20250922T191500
DTEND;TZID=Romance Standard Time:20250922T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T093321Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Vétérinaire du Vieux-Lille\, 8 rue de la
  Barre\, Lille
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E0080000000010A2C4E69C2ADC0100000000000000001"
            "0000000B4F7E21A6C9D3F4E8C1A0B2D3E4F5A6B", "Clinique Vétérinaire du Vieux-Lille",
            "vétérinaire canin", "hiring_manager", "p.caudron@clinique-vieuxlille.fr",
            "outlook-secretary-sent-by-office-resource")],
    ),
    (
        "flatchr",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-6d0e8a31f2b94c57@flatchr.io
DTSTAMP:20250910T160000Z
DTSTART:20250917T070000Z
DTEND:20250917T073000Z
SUMMARY:Entretien visio - Responsable de clinique (H/F) - Lens
ORGANIZER;CN=Vet'Alliance Hauts-de-France:mailto:noreply@flatchr.io
ATTENDEE;CN=Élodie VASSEUR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.va
 sseur.veto@orange.fr
ATTENDEE;CN=Lucie Hennebert;PARTSTAT=ACCEPTED:mailto:lucie.hennebert@vetall
 iance.fr
DESCRIPTION:Bonjour Élodie\,\n\nVous avez rendez-vous avec Lucie Hennebert\,
  chargée de recrutement chez Vet'Alliance\, le mercredi 17 septembre à 9h00.
 \n\nLien de connexion : https://meet.google.com/pqa-urdn-cfx\n\nBonne journ
 ée\,\nL'équipe Vet'Alliance\n\nCet e-mail a été envoyé depuis Flatchr.
LOCATION:https://meet.google.com/pqa-urdn-cfx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("flatchr-evt-6d0e8a31f2b94c57@flatchr.io", "Vet'Alliance Hauts-de-France",
            "Responsable de clinique (H/F)", "recruiter_screen",
            "lucie.hennebert@vetalliance.fr", "flatchr-french-ats-visio-screen")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_PARIS@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251025T100000
DTEND;TZID=Europe/Paris:20251025T120000
DTSTAMP:20251018T213000Z
ORGANIZER;CN=CHV Métropole - Direction:mailto:direction@chv-metropole.fr
UID:7aa2mcr5dlq1s0o8f3n6i4vbju@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Ben
 jamin Duhamel;X-NUM-GUESTS=0:mailto:b.duhamel@chv-metropole.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Ma
 rion Leclercq;X-NUM-GUESTS=0:mailto:m.leclercq@chv-metropole.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Samedi matin : visite du CHV (imagerie\, hospitalisation\, bloc)
  puis entretien avec le Dr Duhamel et le Dr Leclercq pour le poste de vétér
 inaire en médecine interne / consultations référées.\nParking visiteurs à g
 auche de l'entrée des urgences.
LOCATION:CHV Métropole\, 3 rue des Saules\, 59810 Lesquin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Élodie Vasseur - visite + entretien
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("7aa2mcr5dlq1s0o8f3n6i4vbju@google.com", "CHV Métropole", "", "onsite",
            "b.duhamel@chv-metropole.fr;m.leclercq@chv-metropole.fr",
            "google-saturday-visit-shared-direction-organizer")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:a3e6b7f0-22c1-4e9d-8a51-0c7d3b9e6f12
DTSTAMP:20250930T070512Z
DTSTART:20251003T123000
DTEND:20251003T130000
SUMMARY:Tel Dr Vannier - Citadelle
DESCRIPTION:c'est elle qui appelle. pause midi -> prévenir Karine que je sor
 s 5 min\nposte 80% + 1 sam/2
END:VEVENT
END:VCALENDAR
""",
        [iv("a3e6b7f0-22c1-4e9d-8a51-0c7d3b9e6f12", "Clinique Vétérinaire de la Citadelle", "",
            "", "Dr Vannier", "samsung-terse-call-with-clinic-owner")],
    ),
    (
        "calendly",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:1b7d3e58-5f60-4d0b-9c24-a8e91f03b6d2@calendly.com
DTSTAMP:20251105T201233Z
DTSTART:20251112T124500Z
DTEND:20251112T131500Z
SUMMARY:Élodie Vasseur et Benoît Carlier
ORGANIZER;CN=Benoît Carlier:mailto:b.carlier@veto-barbieux.fr
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:el
 odie.vasseur.veto@orange.fr
ATTENDEE;CN=Benoît Carlier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:b.c
 arlier@veto-barbieux.fr
DESCRIPTION:Type d'événement : Entretien vétérinaire (30 min)\n\nNom de l'in
 vité : Élodie Vasseur\nE-mail de l'invité : elodie.vasseur.veto@orange.fr\n
 \nQuestions :\nPoste visé : vétérinaire canin temps plein\, Clinique du Par
 c Barbieux (Roubaix)\nDisponibilité : préavis 1 mois\n\nEmplacement : Appe
 l téléphonique. Benoît Carlier vous appellera au +33 6 71 23 48 90.\n\nPou
 r annuler : https://calendly.com/cancellations/1b7d3e58\n\nPropulsé par Cal
 endly.com
LOCATION:+33 6 71 23 48 90
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("1b7d3e58-5f60-4d0b-9c24-a8e91f03b6d2@calendly.com",
            "Clinique Vétérinaire du Parc Barbieux", "vétérinaire canin temps plein",
            "hiring_manager", "b.carlier@veto-barbieux.fr", "calendly-user-booked-owner-calls")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251021T141500
DTEND;TZID=Europe/Brussels:20251021T150000
DTSTAMP:20251016T190144Z
ORGANIZER;CN=Anne-Sophie Delvaux:mailto:as.delvaux@veto-lacambre.be
UID:4mb8rq0u2h6jd3vfs1k7e9locn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anne-S
 ophie Delvaux;X-NUM-GUESTS=0:mailto:as.delvaux@veto-lacambre.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour Élodie\,\n\nComme dit au téléphone\, on se voit en visio
  pour parler du poste (temps plein\, septante pour cent de canine\, le rest
 e NAC et chats). Si la connexion coince\, je vous rappelle sur votre GSM.\n
 \nRejoindre avec Google Meet : https://meet.google.com/dxe-mrkp-wqa\nRejoi
 ndre par téléphone : (BE) +32 2 290 36 61 PIN : 771 418 590#\n\nA.-S. Del
 vaux\, vétérinaire gérante
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Élodie / Anne-Sophie - poste vétérinaire Ixelles
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("4mb8rq0u2h6jd3vfs1k7e9locn@google.com", "Clinique Vétérinaire de la Cambre", "",
            "hiring_manager", "as.delvaux@veto-lacambre.be",
            "belgian-french-septante-gsm-meet")],
    ),
]
