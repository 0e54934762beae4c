"""holdout143: food makers, contract caterers, clubs, a caterer founder, Cirque (own interviews)."""

from holdout143ev_common import yes

EVENTS = []

EVENTS.append(yes("successfactors", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-20250306-77412-30918@successfactors.com
DTSTAMP:20250306T134500Z
DTSTART:20250313T180000Z
DTEND:20250313T184500Z
SUMMARY:Entrevue : Chef\, innovation culinaire (Req 30918)
DESCRIPTION:Bonjour Olivier Bélanger\,\n\nVotre entrevue pour le poste Che
 f\, innovation culinaire a été confirmée.\n\nDate : 13 mars 2025\nHeure :
  14 h 00 - 14 h 45 (HAE)\nFormat : Microsoft Teams (le lien suit dans un c
 ourriel séparé)\nPanel : Nathalie Pelletier (Directrice\, Innovation prod
 uits)\; Hugo Desrosiers (Partenaire d'affaires RH)\n\nSaputo inc.\n\nCeci
  est un message généré automatiquement. Merci de ne pas y répondre.
ORGANIZER;CN=Saputo Recrutement:mailto:noreply@successfactors.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:olivier.
 belanger.cuisine@hotmail.com
ATTENDEE;CN=Nathalie Pelletier;ROLE=REQ-PARTICIPANT:mailto:nathalie.pellet
 ier@saputo.com
ATTENDEE;CN=Hugo Desrosiers;ROLE=REQ-PARTICIPANT:mailto:hugo.desrosiers@sap
 uto.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "SF-ISC-20250306-77412-30918@successfactors.com", "Saputo", "Chef, innovation culinaire", "",
    "nathalie.pelletier@saputo.com;hugo.desrosiers@saputo.com", "successfactors-noreply-panel-utc-times"))

EVENTS.append(yes("smartrecruiters", r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:sr-interview-8d0b6f5e-2a31-4c7e-9f08-71be34d5c2aa
DTSTAMP:20250402T121503Z
DTSTART;TZID=America/Toronto:20250404T100000
DTEND;TZID=America/Toronto:20250404T110000
SUMMARY:Annulé : Entrevue - Chef de développement de produits - Olymel
DESCRIPTION:Bonjour Olivier\,\n\nNous devons malheureusement annuler votr
 e entrevue du 4 avril avec Marc-André Thibodeau\, le poste de Chef de dév
 eloppement de produits (Boucherville) étant mis en attente. Nous conserv
 ons votre candidature et communiquerons avec vous si le processus repren
 d.\n\nL'équipe Acquisition de talents\nOlymel s.e.c.
ORGANIZER;CN=Olymel - Acquisition de talents:mailto:olymel@smartrecruiter
 smail.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:ma
 ilto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Marc-André Thibodeau;ROLE=REQ-PARTICIPANT:mailto:marc-andre.thi
 bodeau@olymel.com
LOCATION:Olymel - Centre de R&D\, Boucherville
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""", "sr-interview-8d0b6f5e-2a31-4c7e-9f08-71be34d5c2aa", "Olymel", "Chef de développement de produits", "",
    "marc-andre.thibodeau@olymel.com", "smartrecruiters-method-cancel-no-vtimezone"))

EVENTS.append(yes("icims", r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:NYC%%
BEGIN:VEVENT
UID:icims-compassgroupcanada-44190-0071
DTSTAMP:20250116T211920Z
DTSTART;TZID=America/New_York:20250121T140000
DTEND;TZID=America/New_York:20250121T144500
SUMMARY:Compass Group Canada - Interview - Executive Chef\, Chartwells (Co
 ncordia University) - Olivier Belanger
DESCRIPTION:Interview Type: Phone Interview\nRecruiter: Danielle Brooks\nP
 lease be available at 514-555-0163 at the scheduled time. Times are show
 n in Eastern Time.\n\nJob ID: 2024-44190\nCompass Group Canada\n5560 Explo
 rer Drive\, Mississauga\, ON
ORGANIZER;CN=Danielle Brooks:mailto:danielle.brooks@compass-canada.com
ATTENDEE;RSVP=TRUE;CN=Olivier Belanger:mailto:olivier.belanger.cuisine@hotm
 ail.com
LOCATION:Phone Interview
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "icims-compassgroupcanada-44190-0071", "Compass Group Canada", "Executive Chef, Chartwells (Concordia University)",
    "recruiter_screen", "danielle.brooks@compass-canada.com", "icims-english-phone-interview-new-york-zone"))

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Graham":mailto:graham.macleod@sodexo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Olivier\,\n\nGreat chatting with you at the
  CHRIE night. As discussed\, let's set up a proper conversation about the
  Executive Chef opening at our Montreal healthcare account (MUHC Glen sit
 e). I'll walk you through the scope (3 kitchens\, 48 FTE\, union environm
 ent) and I'd like to hear how you run a brigade.\n\nJoin Zoom Meeting\nht
 tps://sodexo.zoom.us/j/93318820574?pwd=Rm1UaE9xQm9mN2t0\n\nMeeting ID: 933
  1882 0574\nPasscode: 611204\n\nOne tap mobile\n+16475580588\,\,933188205
 74# Canada\n\nGraham MacLeod\nDistrict Manager\, Healthcare – Québec\nSod
 exo Canada\n
UID:040000008200E00074C5B7101A82E00800000000809C3D1E8F73DB0100000000000000
 00100000003E11A5B5D8F0E24AA58C8C1A6D1E7B09
SUMMARY;LANGUAGE=en-US:Olivier / Graham - Exec Chef MUHC
DTSTART;TZID=Eastern Standard Time:20250129T160000
DTEND;TZID=Eastern Standard Time:20250129T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250123T225010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://sodexo.zoom.us/j/93318820574?pwd=Rm1UaE9x
 Qm9mN2t0
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000809C3D1E8F73DB010000000000000000100000003E11A5B5D8F0E24AA58C8C1A6D1E7B09",
    "Sodexo", "Exec Chef MUHC", "hiring_manager", "graham.macleod@sodexo.com",
    "outlook-zoom-slash-summary-no-interview-word-english"))

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Martine";SENT-BY="mailto:reception@royalmontreal.ca":
 mailto:mgagnon@royalmontreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Olivier
  Bélanger":mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitfield, Da
 vid":mailto:dwhitfield@royalmontreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beaulieu, Ren
 é":mailto:rbeaulieu@royalmontreal.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Salle du Cons
 eil":mailto:salleduconseil@royalmontreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Bélanger\,\n\nÀ la suite de notre éc
 hange\, nous avons le plaisir de vous convier à une rencontre avec le co
 mité House & Food (M. David Whitfield\, président du comité\, et M. René
  Beaulieu\, directeur général) pour le poste de Chef exécutif adjoint.\n\n
 Tenue de ville. Stationnement des membres permis.\n\nMartine Gagnon\nDire
 ctrice des ressources humaines\nClub de golf Royal Montréal\n25\, chemin
  South Ridge\, L'Île-Bizard\n
UID:040000008200E00074C5B7101A82E00800000000A07B52F3D794DB010000000000000
 00010000000E4A1C99B02C6F942A69C1D8E55E3AA01
SUMMARY;LANGUAGE=fr-CA:Comité House & Food – candidature Chef exécutif adj
 oint
DTSTART;TZID=Eastern Standard Time:20250415T103000
DTEND;TZID=Eastern Standard Time:20250415T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T154421Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle du Conseil
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A07B52F3D794DB01000000000000000010000000E4A1C99B02C6F942A69C1D8E55E3AA01",
    "Club de golf Royal Montréal", "Chef exécutif adjoint", "final",
    "mgagnon@royalmontreal.ca;dwhitfield@royalmontreal.ca;rbeaulieu@royalmontreal.ca",
    "outlook-club-committee-panel-sent-by-reception-room"))

# Traiteur Bouche Bée: founder on gmail, coffee meeting then a tasting
EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250122T143000
DTEND;TZID=America/Montreal:20250122T153000
DTSTAMP:20250119T232011Z
ORGANIZER;CN=Geneviève Ouimet:mailto:gen.ouimet@gmail.com
UID:5b7c2d9e1f0a3h4j6k8l0m2n4p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Geneviève Ouimet;X-NUM-GUESTS=0:mailto:gen.ouimet@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
DESCRIPTION:Merci d'avoir répondu à l'annonce sur Facebook! On se rejoint
  au café pour parler du poste de chef exécutif chez Bouche Bée (événemen
 ts corporatifs + mariages\, 2 cuisines de production). Amène ton portfol
 io si tu en as un. Gen
LOCATION:Café Olimpico\, 124 Rue Saint-Viateur O\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Olivier B. / Gen - poste chef exécutif Bouche Bée
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5b7c2d9e1f0a3h4j6k8l0m2n4p@google.com", "Traiteur Bouche Bée", "chef exécutif", "hiring_manager",
    "gen.ouimet@gmail.com", "founder-on-gmail-cafe-meeting-is-interview"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250205T100000
DTEND;TZID=America/Montreal:20250205T140000
DTSTAMP:20250124T140933Z
ORGANIZER;CN=Geneviève Ouimet:mailto:gen.ouimet@gmail.com
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Patrice Ouimet;X-NUM-GUESTS=0:mailto:patrice@traiteurbouchebee.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Geneviève Ouimet;X-NUM-GUESTS=0:mailto:gen.ouimet@gmail.com
DESCRIPTION:Comme promis : dégustation à la cuisine de production. Tu nou
 s proposes un menu cocktail dînatoire 6 bouchées pour 150 pers. (on en g
 oûte 4). Patrice (mon associé\, côté opérations) sera là. Budget bouffe
  remboursé sur facture.
LOCATION:Traiteur Bouche Bée\, 8500 Boul. Saint-Laurent\, local 110\, Mon
 tréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation Olivier - 2e rencontre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com", "Traiteur Bouche Bée", "", "technical",
    "gen.ouimet@gmail.com;patrice@traiteurbouchebee.ca", "founder-gmail-degustation-second-round"))

EVENTS.append(yes("calendly", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7b4a1f0-9e83-4d62-bd21-05f3e8a9c6d4@calendly.com
DTSTAMP:20250310T021155Z
DTSTART:20250312T130000Z
DTEND:20250312T132000Z
SUMMARY:Entrevue téléphonique 20 min entre Maxime Lavoie et Olivier Bélang
 er
DESCRIPTION:Nom de l'événement : Entrevue téléphonique 20 min\n\nPoste vis
 é : Chef exécutif – bannière Chez Victor / Groupe Restos Plaisirs\n\nLocal
 isation : Maxime Lavoie vous appellera au +1 514-555-0104.\n\nBesoin de f
 aire des changements à cet événement ?\nAnnuler : https://calendly.com/ca
 ncellations/c7b4a1f0\nReprogrammer : https://calendly.com/reschedulings/c
 7b4a1f0\n\nPropulsé par Calendly.com
ORGANIZER;CN=Maxime Lavoie:mailto:mlavoie@restosplaisirs.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:o
 livier.belanger.cuisine@hotmail.com
LOCATION:+1 514-555-0104
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "c7b4a1f0-9e83-4d62-bd21-05f3e8a9c6d4@calendly.com", "Groupe Restos Plaisirs",
    "Chef exécutif – bannière Chez Victor", "recruiter_screen", "mlavoie@restosplaisirs.com",
    "calendly-user-booked-slot-as-invitee"))

EVENTS.append(yes("teamtailor", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-2219087-premieremoisson
DTSTAMP:20250415T184002Z
DTSTART:20250422T130000Z
DTEND:20250422T140000Z
SUMMARY:Entrevue avec Première Moisson - Chef de production (cuisine centr
 ale)
DESCRIPTION:Bonjour Olivier\,\n\nNous avons hâte de vous rencontrer!\n\nQu
 and : 22 avril\, 9 h 00\nOù : Usine de Baie-D'Urfé\, 189 Boul. Harwood\,
  Vaudreuil-Dorion (accueil principal)\nAvec : Louis-Philippe Nault (Direc
 teur de production)\, Chantal Rioux (RH)\n\nLa rencontre comprend une vi
 site de la cuisine centrale (bottes fournies).\n\nPremière Moisson\, via
  Teamtailor
ORGANIZER;CN=Chantal Rioux:mailto:chantal.rioux@premieremoisson.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Louis-Philippe Nault;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:lp.nault@premieremoisson.com
ATTENDEE;CN=Chantal Rioux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:cha
 ntal.rioux@premieremoisson.com
LOCATION:189 Boul. Harwood\, Vaudreuil-Dorion
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "tt-meeting-2219087-premieremoisson", "Première Moisson", "Chef de production (cuisine centrale)", "onsite",
    "chantal.rioux@premieremoisson.com;lp.nault@premieremoisson.com", "teamtailor-onsite-plant-visit-utc"))

# Cirque du Soleil: Greenhouse screen, then panel
EVENTS.append(yes("greenhouse", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
UID:greenhouse-interview-81552093-cirque@greenhouse.io
DTSTAMP:20250128T190311Z
DTSTART;TZID=America/Montreal:20250204T100000
DTEND;TZID=America/Montreal:20250204T103000
SUMMARY:Olivier Bélanger <> Cirque du Soleil - Recruiter call
DESCRIPTION:Hi Olivier\,\n\nLooking forward to speaking with you about th
 e Head Chef\, Touring Kitchen (Big Top) role.\n\nGoogle Meet: https://mee
 t.google.com/ktx-vbqd-hwe\nOr dial: (CA) +1 437-555-0190 PIN: 488 201 937
 #\n\nInterviewer: Stéphanie Aubin\, Senior Talent Partner\n\nCirque du Sol
 eil Entertainment Group
ORGANIZER;CN=Stéphanie Aubin:mailto:stephanie.aubin@cirquedusoleil.com
ATTENDEE;CN=Olivier Bélanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivie
 r.belanger.cuisine@hotmail.com
ATTENDEE;CN=Stéphanie Aubin;PARTSTAT=ACCEPTED:mailto:stephanie.aubin@cirqu
 edusoleil.com
LOCATION:https://meet.google.com/ktx-vbqd-hwe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "greenhouse-interview-81552093-cirque@greenhouse.io", "Cirque du Soleil", "Head Chef, Touring Kitchen (Big Top)",
    "recruiter_screen", "stephanie.aubin@cirquedusoleil.com", "greenhouse-recruiter-call-meet-english"))

EVENTS.append(yes("greenhouse", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
UID:greenhouse-interview-81552871-cirque@greenhouse.io
DTSTAMP:20250210T154022Z
DTSTART;TZID=America/Montreal:20250217T130000
DTEND;TZID=America/Montreal:20250217T143000
SUMMARY:Panel - Head Chef\, Touring Kitchen - Olivier Bélanger
DESCRIPTION:Schedule:\n1:00 PM - 1:45 PM Marc Tessier-Leblanc\, Director
 \, Tour Services\n1:45 PM - 2:30 PM Julia Okafor\, Company Manager (Kurio
 s tour) + Bastien Roch\, Head Chef (Alegría tour)\n\nLocation: Siège soci
 al\, 8400 2e Avenue\, Montréal – ask for Stéphanie at reception (badge vi
 siteur)\n\nPlease bring a sample 2-week staff menu (70 artists + 40 tech
 s\, halal & vegan options).
ORGANIZER;CN=Stéphanie Aubin:mailto:stephanie.aubin@cirquedusoleil.com
ATTENDEE;CN=Olivier Bélanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivie
 r.belanger.cuisine@hotmail.com
ATTENDEE;CN=Marc Tessier-Leblanc;PARTSTAT=ACCEPTED:mailto:marc.tessier-lebl
 anc@cirquedusoleil.com
ATTENDEE;CN=Julia Okafor;PARTSTAT=ACCEPTED:mailto:julia.okafor@cirquedusol
 eil.com
ATTENDEE;CN=Bastien Roch;PARTSTAT=TENTATIVE:mailto:bastien.roch@cirquedusol
 eil.com
LOCATION:8400 2e Avenue\, Montréal
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "greenhouse-interview-81552871-cirque@greenhouse.io", "Cirque du Soleil", "Head Chef, Touring Kitchen",
    "onsite",
    "marc.tessier-leblanc@cirquedusoleil.com;julia.okafor@cirquedusoleil.com;bastien.roch@cirquedusoleil.com",
    "greenhouse-onsite-panel-schedule-in-description"))
