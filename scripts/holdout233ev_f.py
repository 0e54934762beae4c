"""holdout233 events, part F: work life at the plant and personal life (hand-written)."""

from holdout233ev_tz import CASA, OUTLOOK_HEAD_MA, neg

EVENTS = [
    dict(
        kind="reunion-production",
        uid=("040000008200E00074C5B7101A82E008000000001F46B9CC88FAED8D"
             "0000000000000000100000001EF0F77C9716E2EE705F94E012AEF363"),
        label=neg("daily-production-meeting-recurring-with-override"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Chaoui, Nabil":mailto:n.chaoui@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Akhdim, Mustapha":mailto:m.akhdim@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Qualité Usine":mailto:qualite@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Tour de table 15 min : sécurité\, qualité (PP
 M)\, production J-1 vs plan\, ruptures composants\, expéditions du jour /
  OTD\, priorités.\n
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;WKST=MO
UID:040000008200E00074C5B7101A82E008000000001F46B9CC88FAED8D0000000000000000100000001EF0F77C9716E2EE705F94E012AEF363
SUMMARY;LANGUAGE=fr-FR:Réunion de production
DTSTART;TZID=Morocco Standard Time:20260105T081500
DTEND;TZID=Morocco Standard Time:20260105T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260102T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Obeya – atelier coupe
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Chaoui, Nabil":mailto:n.chaoui@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Horaires Ramadan : réunion décalée à 9h00.\n
RECURRENCE-ID;TZID=Morocco Standard Time:20260219T081500
UID:040000008200E00074C5B7101A82E008000000001F46B9CC88FAED8D0000000000000000100000001EF0F77C9716E2EE705F94E012AEF363
SUMMARY;LANGUAGE=fr-FR:Réunion de production (horaire Ramadan)
DTSTART;TZID=Morocco Standard Time:20260219T090000
DTEND;TZID=Morocco Standard Time:20260219T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260217T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Obeya – atelier coupe
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="audit-client",
        uid=("040000008200E00074C5B7101A82E008000000008C77130730BC7B1B"
             "0000000000000000100000003F6E99A97401017E62277003277CC008"),
        label=neg("customer-audit-mmog-le-employer-name-as-customer"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Filali, Hassan":mailto:h.filali@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Qualité Usine":mailto:qualite@cablages-detroit.ma
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=auditeur.s
 qe@stellantis.com:mailto:auditeur.sqe@stellantis.com
DESCRIPTION;LANGUAGE=fr-FR:Audit client Stellantis – évaluation MMOG/LE
  V6 (chapitres 3 à 5 : planification\, expéditions\, EDI). Youssef prés
 ente les KPI OTD\, taux de service\, le process VMI et le plan d'actions d
 u dernier audit. Préparer les preuves sur le partage.\n
UID:040000008200E00074C5B7101A82E008000000008C77130730BC7B1B0000000000000000100000003F6E99A97401017E62277003277CC008
SUMMARY;LANGUAGE=fr-FR:Audit client Stellantis – MMOG/LE logistique
DTSTART;TZID=Morocco Standard Time:20260122T090000
DTEND;TZID=Morocco Standard Time:20260122T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de direction + atelier
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="visite-fournisseur",
        uid=("040000008200E00074C5B7101A82E008000000003410C0778033CC20"
             "000000000000000010000000566FD59DFEBA858A2DF0665B467D0DA6"),
        label=neg("supplier-visit-vmi-otd-review"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ait Lahcen, O
 mar (Tecnocable)":mailto:o.aitlahcen@tecnocable.ma
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Acheteur
  Fils & Câbles":mailto:achats.cables@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Visite fournisseur fils & câbles : revue du sto
 ck VMI\, OTD fournisseur 87% vs 95% cible\, délais d'appro cuivre\, mise
  en place EDI DELJIT. Départ 7h30 du parking usine.\n
UID:040000008200E00074C5B7101A82E008000000003410C0778033CC20000000000000000010000000566FD59DFEBA858A2DF0665B467D0DA6
SUMMARY;LANGUAGE=fr-FR:Visite fournisseur Tecnocable Kenitra
DTSTART;TZID=Morocco Standard Time:20260304T100000
DTEND;TZID=Morocco Standard Time:20260304T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Tecnocable\, Atlantic Free Zone Kenitra
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-annuel",
        uid=("040000008200E00074C5B7101A82E00800000000102C32F4F806C65E"
             "000000000000000010000000C930A1B1F07F808A88AC7DEEC7425ECE"),
        label=neg("own-annual-appraisal-entretien-annuel-n-plus-1"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Filali, Hassan":mailto:h.filali@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
 , Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Youssef\,\n\nComme chaque année\, entretien ann
 uel d'évaluation 2025 et fixation des objectifs 2026. Merci de compléter
  ton auto-évaluation dans le module Performance avant la réunion.\n\nHas
 san\n
UID:040000008200E00074C5B7101A82E00800000000102C32F4F806C65E000000000000000010000000C930A1B1F07F808A88AC7DEEC7425ECE
SUMMARY;LANGUAGE=fr-FR:Entretien annuel 2025 – Youssef El Amrani
DTSTART;TZID=Morocco Standard Time:20260120T150000
DTEND;TZID=Morocco Standard Time:20260120T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Directeur d'usine
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="interview-presse",
        uid="1p2o3i4u5y6t7r8e9w0qleconomiste@google.com",
        label=neg("press-interview-business-newspaper-free-zone"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260227T120000
DTEND;TZID=Africa/Casablanca:20260227T124500
DTSTAMP:20260223T153312Z
ORGANIZER;CN=Leila Fassi-Fihri:mailto:l.fassifihri.journaliste@gmail.com
UID:1p2o3i4u5y6t7r8e9w0qleconomiste@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Leila Fassi-Fihri;X-NUM-GUESTS=0:mailto:l.fassifihri.journaliste@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=y.elamrani@cablages-detroit.ma;X-NUM-GUESTS=0:mailto:y.elamrani@ca
 blages-detroit.ma
DESCRIPTION:Bonjour M. El Amrani\,\n\nMerci d'avoir accepté l'interview po
 ur notre dossier spécial « Zones franches : Tanger Med\, 20 ans après
  » dans L'Économiste. Une trentaine de minutes par téléphone sur la lo
 gistique des câbleurs\, les délais portuaires et les compétences. Valid
 ation des citations par votre service communication avant publication.\n\n
 Leila Fassi-Fihri\, journaliste
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview L'Économiste – zone franche / logistique automobile
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="anapec",
        uid="8B7A6C5D-4E3F-4A2B-9C1D-0E9F8A7B6C5D",
        label=neg("anapec-public-employment-agency-advisor-meeting"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
""" + CASA + r"""BEGIN:VEVENT
UID:8B7A6C5D-4E3F-4A2B-9C1D-0E9F8A7B6C5D
DTSTAMP:20260124T102030Z
DTSTART;TZID=Africa/Casablanca:20260129T090000
DTEND;TZID=Africa/Casablanca:20260129T100000
SUMMARY:ANAPEC – RDV conseiller (mobilité internationale)
LOCATION:Agence ANAPEC Tanger\, Bd Mohammed V
DESCRIPTION:inscription programme placement à l'international (Espagne/Fra
 nce)\, ramener CIN\, diplôme légalisé\, CV FR + ES. rdv avec le conseil
 ler\, pas un entretien employeur
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="rdv-visa",
        uid="tls-ma-tng-fr-2026-0311-88341@tlscontact.com",
        label=neg("visa-appointment-consulate-france-tlscontact"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TLScontact//Appointment//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:tls-ma-tng-fr-2026-0311-88341@tlscontact.com
DTSTAMP:20260225T091500Z
DTSTART:20260311T083000Z
DTEND:20260311T090000Z
SUMMARY:Rendez-vous TLScontact – Visa France (Tanger)
DESCRIPTION:Référence de dossier : MATNG2FR88341\nDemandeur : EL AMRANI Y
 oussef\nType : Court séjour – Affaires / entretien professionnel\nMerci
  de vous présenter 15 minutes avant l'heure du rendez-vous avec votre pas
 seport\, la confirmation de rendez-vous et les pièces justificatives. Rel
 evés biométriques sur place.\nConsulat Général de France à Tanger
LOCATION:TLScontact Tanger\, Avenue Mohammed VI
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="henna-allday",
        uid="7u6y5t4r3e2w1q0p9o8i7hennasalma@google.com",
        label=neg("family-henna-night-all-day"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Famille
X-WR-TIMEZONE:Africa/Casablanca
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260424
DTEND;VALUE=DATE:20260425
DTSTAMP:20260301T200000Z
UID:7u6y5t4r3e2w1q0p9o8i7hennasalma@google.com
CREATED:20260301T200000Z
DESCRIPTION:Lilt l'henna dyal Salma 💛 chez les parents\, Branes. ramener
  les tables pliantes + récupérer le negafa à 15h. 3ors le samedi à la
  salle Al Andalous.
LAST-MODIFIED:20260301T200000Z
LOCATION:Branes\, Tanger
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Henna Salma 💍
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="medecin",
        uid="A1B2C3D4-E5F6-4789-8ABC-DEF012345678",
        label=neg("doctor-appointment-typed"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
BEGIN:VEVENT
UID:A1B2C3D4-E5F6-4789-8ABC-DEF012345678
DTSTAMP:20260110T180000Z
DTSTART:20260113T183000
DTEND:20260113T191500
SUMMARY:Dr Benjelloun (généraliste)
LOCATION:Cabinet médical Iberia\, Tanger
DESCRIPTION:ramener analyses + ordonnance\, mutuelle CNSS
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="moqataa",
        uid="4f5e6d7c8b9a@android-moqataa",
        label=neg("local-administration-cin-renewal"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:4f5e6d7c8b9a@android-moqataa
DTSTAMP:20260130T210000Z
DTSTART:20260207T090000
DTEND:20260207T110000
SUMMARY:Moqataa – CIN
DESCRIPTION:certificat de résidence d'abord\, puis DGSN pour le renouvelle
 ment CIN (4 photos\, timbre 75 dh\, acte de naissance)
LOCATION:Moqataa Beni Makada
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="foot-hebdo",
        uid="5t8k2c1q0x9z7v6b4n3m2footmalabata@google.com",
        label=neg("weekly-football-friends-recurring"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260110T180000
DTEND;TZID=Africa/Casablanca:20260110T193000
RRULE:FREQ=WEEKLY;BYDAY=SA
EXDATE;TZID=Africa/Casablanca:20260221T180000,20260228T180000,20260307T180000,20260314T180000
DTSTAMP:20260108T230000Z
ORGANIZER;CN=Anouar El Idrissi:mailto:anouar.elidrissi88@gmail.com
UID:5t8k2c1q0x9z7v6b4n3m2footmalabata@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yousse
 f.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamrani.scm@gmail.
 com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anouar
  El Idrissi;X-NUM-GUESTS=0:mailto:anouar.elidrissi88@gmail.com
DESCRIPTION:Mini-foot 5x5\, terrain synthétique Malabata. 30 dh/personne\,
  chacun ramène son eau. Pas de match pendant Ramadan (on reprend après l
 'Aïd).
LOCATION:Complexe sportif Malabata\, Tanger
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Foot ⚽ Malabata
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ftour-famille",
        uid="9F8E7D6C-5B4A-4392-8170-FEDCBA987654",
        label=neg("ramadan-ftour-family-floating"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:9F8E7D6C-5B4A-4392-8170-FEDCBA987654
DTSTAMP:20260220T120000Z
DTSTART:20260221T183000
DTEND:20260221T210000
SUMMARY:L'ftour chez mama
DESCRIPTION:toute la famille\, Salma et son khotib viennent. ramener chebakia + msemen de chez Hajja
LOCATION:Branes
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="simulation-coach",
        uid="mock-3c7d9e1f-5a2b-coach@calendly.com",
        label=neg("mock-interview-with-coach-names-employer"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:mock-3c7d9e1f-5a2b-coach@calendly.com
DTSTAMP:20260211T193000Z
DTSTART:20260214T100000Z
DTEND:20260214T110000Z
SUMMARY:Youssef El Amrani and Nadia Kettani (Coaching Carrière)
DESCRIPTION:Event Name: Simulation d'entretien (60 min)\n\nLocation: Google
  Meet – https://meet.google.com/cch-simu-lat\n\nPlease share anything th
 at will help prepare for our meeting.: Entretien final Renault Tanger mard
 i 17 avec le directeur d'usine. Je veux m'entraîner sur les questions man
 agement + prétentions. Jouez le rôle du directeur svp.\n\nPowered by Cal
 endly.com
LOCATION:https://meet.google.com/cch-simu-lat
ORGANIZER;CN=Nadia Kettani:mailto:nadia@kettani-coaching.ma
ATTENDEE;CN=Youssef El Amrani;PARTSTAT=ACCEPTED:mailto:youssef.elamrani.scm@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webinar-rekrute",
        uid="zoomwebinar-88120456733-rekrute@zoom.us",
        label=neg("webinar-about-succeeding-job-interviews"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoomwebinar-88120456733-rekrute@zoom.us
DTSTAMP:20260109T120000Z
DTSTART:20260115T180000Z
DTEND:20260115T190000Z
SUMMARY:Webinar ReKrute : Réussir son entretien d'embauche – cadres & managers
DESCRIPTION:Merci de vous être inscrit au webinar « Réussir son entretie
 n d'embauche ».\nAu programme : les questions pièges\, parler de ses pr
 étentions\, l'entretien en anglais\, les tests psychotechniques.\nInterve
 nants : équipe ReKrute Conseil\n\nRejoindre le webinar : https://us02web.
 zoom.us/w/88120456733?tk=rk26\nCode secret : 558120
LOCATION:https://us02web.zoom.us/w/88120456733
ORGANIZER;CN=ReKrute:mailto:no-reply@zoom.us
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-recherche",
        uid="3k4j5h6g7f8d9s0a1memoire@google.com",
        label=neg("research-interview-master-thesis-user-as-respondent"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260326T180000
DTEND;TZID=Africa/Casablanca:20260326T184500
DTSTAMP:20260321T101010Z
ORGANIZER;CN=Oumaima Rhouni:mailto:oumaima.rhouni@etu.uae.ac.ma
UID:3k4j5h6g7f8d9s0a1memoire@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Bonjour M. El Amrani\,\nJe vous remercie d'avoir accepté de pa
 rticiper à un entretien semi-directif dans le cadre de mon mémoire de Ma
 ster (FSJES Tanger – Université Abdelmalek Essaâdi) sur « La résilie
 nce des chaînes logistiques automobiles en zone franche ». L'entretien s
 era enregistré et anonymisé.\nMeet : https://meet.google.com/mmr-enqt-ua
 e
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien mémoire – supply chain zone franche (O. Rhouni)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="podcast",
        uid="riverside-rec-supplychaintalksmaroc-ep34@riverside.fm",
        label=neg("podcast-guest-recording"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-supplychaintalksmaroc-ep34@riverside.fm
DTSTAMP:20260402T090000Z
DTSTART:20260410T170000Z
DTEND:20260410T180000Z
SUMMARY:Supply Chain Talks Maroc – enregistrement ép. 34 (invité : Youssef El Amrani)
DESCRIPTION:Salam Youssef\, merci d'être notre invité ! Thème : « Câbl
 age automobile : gérer 3 000 références avec un OTD à 99% ». Format i
 nterview 45 min\, en français avec un peu de darija\, publiée sur Spotif
 y / YouTube.\nStudio : https://riverside.fm/studio/sctm-ep34\nCasque + mic
 ro recommandés.
LOCATION:https://riverside.fm/studio/sctm-ep34
ORGANIZER;CN=Supply Chain Talks Maroc:mailto:hello@supplychaintalks.ma
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
