"""holdout161 events, part G: the user on the HIRING side at Assurances Boréal (all negatives)."""

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring_side=True)

EVENTS = [
    dict(
        _NEG,
        kind="workday-panelist",
        uid="wd-BOR-REQ-2291-int-panel-kn@myworkday.com",
        trap="user-as-interviewer-workday-panel-invite",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//FR
VERSION:2.0
METHOD:REQUEST
@TZ America/Toronto
BEGIN:VEVENT
UID:wd-BOR-REQ-2291-int-panel-kn@myworkday.com
DTSTAMP:20250310T150000Z
DTSTART;TZID=America/Toronto:20250317T100000
DTEND;TZID=America/Toronto:20250317T110000
SUMMARY:Entrevue - Kevin Nguyen - Scientifique de données sénior (REQ-2291)
DESCRIPTION:Vous êtes intervieweur pour ce candidat.\nCandidat : Kevin Ng
 uyen\nPoste : Scientifique de données sénior (REQ-2291)\nTrousse d'entrev
 ue et grille d'évaluation : ouvrez la tâche dans Workday.\nMerci de saisi
 r votre évaluation dans les 24 heures.
ORGANIZER;CN=Assurances Boréal - Acquisition de talents:mailto:assurancesboreal@myworkday.com
ATTENDEE;CN=Marc-André Tremblay;ROLE=REQ-PARTICIPANT:mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;CN=Élise Vachon;ROLE=REQ-PARTICIPANT:mailto:elise.vachon@assurancesboreal.ca
LOCATION:Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="comite-selection-stages",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000ABCDEF0123456789AB01",
        trap="user-as-interviewer-comite-selection-stagiaires",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Vachon, Élise":mailto:elise.vachon@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay
 , Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lussier, Ra
 phaëlle":mailto:raphaelle.lussier@assurancesboreal.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MTL - Salle 1
 4.07 Saint-Laurent":mailto:salle1407@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Comité de sélection - stages d'été 2025 (scien
 ce des données)\n\n4 candidat(e)s de 30 min (Poly\, HEC\, UdeM\, Concordia
 ). Grille commune dans le dossier Teams « Stages 2025 ». Marc-André prési
 de\, Raphaëlle prend les notes.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000ABCDEF0123456789AB01
SUMMARY;LANGUAGE=fr-CA:Comité de sélection - stagiaires été 2025
DTSTART;TZID=Eastern Standard Time:20250313T130000
DTEND;TZID=Eastern Standard Time:20250313T153000
DTSTAMP:20250306T142000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:MTL - Salle 14.07 Saint-Laurent
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="grille-evaluation-tache",
        uid="wd-BOR-task-feedback-48812@myworkday.com",
        trap="user-as-interviewer-scorecard-due",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:wd-BOR-task-feedback-48812@myworkday.com
DTSTAMP:20250317T170000Z
DTSTART;VALUE=DATE:20250318
DTEND;VALUE=DATE:20250319
SUMMARY:Rappel : rétroaction d'entrevue requise - Candidat 48812 (REQ-2291)
DESCRIPTION:Votre rétroaction pour l'entrevue de Kevin Nguyen est en atten
 te. Complétez la grille d'évaluation dans votre boîte de réception Workday.
ORGANIZER;CN=Assurances Boréal - Acquisition de talents:mailto:assurancesboreal@myworkday.com
ATTENDEE;CN=Marc-André Tremblay:mailto:marc-andre.tremblay@assurancesboreal.ca
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="revue-notebook",
        uid="5B0C2A1E-3D4F-4A6B-8C9D-0E1F2A3B4C5D",
        trap="user-as-interviewer-take-home-notebook-review",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
@TZ America/Toronto
BEGIN:VEVENT
UID:5B0C2A1E-3D4F-4A6B-8C9D-0E1F2A3B4C5D
DTSTAMP:20250319T121500Z
DTSTART;TZID=America/Toronto:20250320T080000
DTEND;TZID=America/Toronto:20250320T090000
SUMMARY:Corriger exercice maison - P. Sharma (notebook fréquence sinistres)
DESCRIPTION:dans SharePoint > Recrutement > REQ-2291 > exercices\nvérifier
 : fuite de données train/test\, choix Tweedie vs Poisson\, lisibilité
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="debreffage-finalistes",
        uid="040000008200E00074C5B7101A82E00800000000D3E4F5061728DB01000000000000000010000000ABCDEF0123456789AB02",
        trap="user-as-interviewer-debrief-finalistes",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Ménard, Sophie (RH)":mailto:sophie.menard@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay
 , Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vachon\,
  Élise":mailto:elise.vachon@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Débreffage des entrevues finales - poste Scien
 tifique de données sénior (REQ-2291). Finalistes : K. Nguyen\, P. Sharma.
  Recommandation à soumettre au directeur d'ici vendredi.\n
UID:040000008200E00074C5B7101A82E00800000000D3E4F5061728DB01000000000000000010000000ABCDEF0123456789AB02
SUMMARY;LANGUAGE=fr-CA:Débreffage - REQ-2291
DTSTART;TZID=Eastern Standard Time:20250326T153000
DTEND;TZID=Eastern Standard Time:20250326T161500
DTSTAMP:20250321T190000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="calendly-host-stagiaire",
        uid="calendly-2b9f0a7e-boreal-stage-1187",
        trap="user-as-interviewer-calendly-host-student-booked",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-2b9f0a7e-boreal-stage-1187
DTSTAMP:20250303T210000Z
DTSTART:20250306T190000Z
DTEND:20250306T192000Z
SUMMARY:Laurie Gauthier and Marc-André Tremblay
DESCRIPTION:Event Name: Stage été 2025 - Science des données (20 min)\n\n
 Invitee: Laurie Gauthier\nInvitee Email: laurie.gauthier@polymtl.ca\nQues
 tions: Programme? Maîtrise en génie industriel\, 2e année\n\nLocation: Mi
 crosoft Teams\n\nPowered by Calendly.com
ORGANIZER;CN=Marc-André Tremblay:mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;CN=Laurie Gauthier;PARTSTAT=ACCEPTED:mailto:laurie.gauthier@polymtl.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="bookings-staff",
        uid="bookings-7d1e9c3a-4b2f-boreal-recrutement@outlook.com",
        trap="user-as-interviewer-microsoft-bookings-staff",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:bookings-7d1e9c3a-4b2f-boreal-recrutement@outlook.com
DTSTAMP:20250305T133000Z
DTSTART;TZID=Eastern Standard Time:20250312T110000
DTEND;TZID=Eastern Standard Time:20250312T113000
SUMMARY:Entrevues stages DS 2025 - Mehdi Rahal
DESCRIPTION:Réservation effectuée par Mehdi Rahal (mehdi.rahal@mail.conco
 rdia.ca).\nService : Entrevues stages DS 2025\nPersonnel : Marc-André Tre
 mblay\nRejoindre la réunion Microsoft Teams
ORGANIZER;CN=Recrutement Assurances Boréal:mailto:RecrutementBoreal@assurancesboreal.onmicrosoft.com
ATTENDEE;CN=Marc-André Tremblay;ROLE=REQ-PARTICIPANT:mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;CN=Mehdi Rahal;ROLE=REQ-PARTICIPANT:mailto:mehdi.rahal@mail.concordia.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000E5F6071829DB01000000000000000010000000ABCDEF0123456789AB03",
        trap="user-as-interviewer-candidate-reply-accepted",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250319T170000Z
DTEND:20250319T180000Z
DTSTAMP:20250314T011233Z
ORGANIZER;CN=Tremblay\, Marc-André:mailto:marc-andre.tremblay@assurancesbore
 al.ca
UID:040000008200E00074C5B7101A82E00800000000E5F6071829DB01000000000000000010000000ABCDEF0123456789AB03
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hugo
  Lefebvre;X-NUM-GUESTS=0:mailto:hugo.lefebvre88@gmail.com
SEQUENCE:0
SUMMARY:Accepté: Entretien technique - Hugo Lefebvre / Assurances Boréal
REQUEST-STATUS:2.0;Success
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="teams-tech-candidat-gmail",
        uid="040000008200E00074C5B7101A82E00800000000E5F6071829DB01000000000000000010000000ABCDEF0123456789AB03",
        trap="user-as-interviewer-organizer-candidate-on-gmail",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.lefeb
 vre88@gmail.com:mailto:hugo.lefebvre88@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nadeau\,
  Julien":mailto:julien.nadeau@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Hugo\,\n\nVoici l'invitation pour l'ent
 retien technique (60 min) avec Julien Nadeau et moi-même : discussion de
  votre exercice\, puis questions SQL / modélisation GLM.\n\nAu plaisir\,\n
 Marc-André Tremblay\nScientifique de données principal\, Assurances Boréa
 l\n_________________________________________________________________________
 _______\nRéunion Microsoft Teams\nID de la réunion : 219 330 488 102\nCo
 de secret : Bo9kR2\n
UID:040000008200E00074C5B7101A82E00800000000E5F6071829DB01000000000000000010000000ABCDEF0123456789AB03
SUMMARY;LANGUAGE=fr-CA:Entretien technique - Hugo Lefebvre / Assurances B
 oréal
DTSTART;TZID=Eastern Standard Time:20250319T130000
DTEND;TZID=Eastern Standard Time:20250319T140000
DTSTAMP:20250313T200000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="agence-candidat-procom",
        uid="procom-qc-20250401-cand-5521@procom.ca",
        trap="user-as-interviewer-agency-presents-candidate",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:procom-qc-20250401-cand-5521@procom.ca
DTSTAMP:20250331T141000Z
DTSTART;TZID=Eastern Standard Time:20250401T150000
DTEND;TZID=Eastern Standard Time:20250401T152000
SUMMARY:Procom - présentation de candidat - consultant MLOps (mandat 6 mois)
DESCRIPTION:Bonjour Marc-André\,\n\nComme promis\, je vous présente Jean
 Dubé\, consultant MLOps (Azure ML\, Databricks) disponible le 15 avril\, t
 aux 115 $/h. CV en pièce jointe. Je vous propose 20 minutes pour en discu
 ter et\, si le profil vous intéresse\, planifier une entrevue avec lui.\n\n
 Stéphanie Larivière\, directrice de comptes\, Procom Québec
ORGANIZER;CN="Larivière, Stéphanie":mailto:slariviere@procom.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="notes-candidate-typed",
        uid="D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70",
        trap="user-as-interviewer-hand-typed-candidate-notes",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70
DTSTAMP:20250313T203000Z
DTSTART:20250313T150000
DTEND:20250313T153000
SUMMARY:entrevue Sarah L. stage
DESCRIPTION:bon SQL\, pandas ok\, stats faibles (p-values confuses)\nmotiv
 ée\, dispo mai-août\n=> 3/5\, 2e choix après Laurie G.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="shadow-formation",
        uid="040000008200E00074C5B7101A82E00800000000F60718293ADB01000000000000000010000000ABCDEF0123456789AB04",
        trap="user-as-interviewer-shadowing-colleague-panel",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Vachon, Élise":mailto:elise.vachon@assurancesboreal.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay
 , Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:MA - tu viens en observateur (shadow) pour ter
 miner ta certification d'intervieweur. Tu ne poses pas de questions\, on
  en reparle 15 min après. Candidate : Amira Benali\, poste Ingénieur(e) M
 L (REQ-2307).\n
UID:040000008200E00074C5B7101A82E00800000000F60718293ADB01000000000000000010000000ABCDEF0123456789AB04
SUMMARY;LANGUAGE=fr-CA:[Observateur] Entrevue A. Benali - Ingénieur(e) ML
DTSTART;TZID=Eastern Standard Time:20250402T100000
DTEND;TZID=Eastern Standard Time:20250402T110000
DTSTAMP:20250328T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="comite-embauche",
        uid="040000008200E00074C5B7101A82E00800000000071829304BDB01000000000000000010000000ABCDEF0123456789AB05",
        trap="user-as-interviewer-hiring-committee-decision",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Desrosiers, Alain":mailto:alain.desrosiers@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay
 , Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ménard, Sop
 hie (RH)":mailto:sophie.menard@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Comité d'embauche - décision et offre\, poste
  REQ-2291. Fourchette salariale et date d'entrée à confirmer.\n
UID:040000008200E00074C5B7101A82E00800000000071829304BDB01000000000000000010000000ABCDEF0123456789AB05
SUMMARY;LANGUAGE=fr-CA:Comité d'embauche - Scientifique de données sénior
DTSTART;TZID=Eastern Standard Time:20250328T090000
DTEND;TZID=Eastern Standard Time:20250328T093000
DTSTAMP:20250326T170000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
