"""holdout169 events, part d: more single interviews, watch industry and medtech (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("chopard-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Bovet, Sylvie":mailto:sylvie.bovet@chopard.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Premier échange RH – poste Responsable des flux
  de production\, Fleurier Ebauches.\n____________________________________
 ____________________________________________\nRéunion Microsoft Teams\nRej
 oindre sur votre ordinateur\, une application mobile ou un appareil de sal
 le\nCliquez ici pour participer à la réunion\nID de réunion : 318 660 274
  901\nCode secret : 9hA3wT\nParticiper par téléphone\n+41 44 529 71 53\,\,8
 47220115#   Suisse\, Zurich\nID de conférence téléphonique : 847 220 115#\n
 _________________________________________________________________________
 _______\n
UID:040000008200E00074C5B7101A82E00800000000B7E9D2A14E36DC01000000000000000
 010000000D4C3B2A1F0E9D8C7B6A5948372615040
SUMMARY;LANGUAGE=fr-CH:Chopard / M. Girardin - premier échange RH
DTSTART;TZID=W. Europe Standard Time:20251003T114500
DTEND;TZID=W. Europe Standard Time:20251003T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T090155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B7E9D2A14E36DC0100000000000000001000000"
       "0D4C3B2A1F0E9D8C7B6A5948372615040", 1, "Chopard", "Responsable des flux de production",
       "recruiter_screen", "sylvie.bovet@chopard.ch", "outlook-premier-echange-rh-lunch-slot"),

    ev("raymond-weil", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20251013T080000Z
DTEND:20251013T090000Z
DTSTAMP:20251007T113012Z
ORGANIZER;CN=Elie Bernheim:mailto:ebernheim@raymond-weil.ch
UID:3fq9m2b7n0c1k5t8vd4hs6ra1u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elie B
 ernheim;X-NUM-GUESTS=0:mailto:ebernheim@raymond-weil.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandra
  Mottier;X-NUM-GUESTS=0:mailto:smottier@raymond-weil.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Mathieu Girardin;X-NUM-GUESTS=0:mailto:mathieu.girardin@bluewin.ch
CREATED:20251007T112958Z
DESCRIPTION:Bonjour Mathieu\, ravi de pouvoir échanger autour du poste d'Op
 erations Manager. Sandra (Supply & Logistics) se joindra à nous.\n\n-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nRejoindre avec Google Meet : https://meet.google.com/kwz-tqbn-uyd\nRejoi
 ndre par téléphone\n(CH) +41 43 210 74 82 PIN : 388 901 447#\n-::~:~::~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Raymond Weil – Operations Manager – Mathieu Girardin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3fq9m2b7n0c1k5t8vd4hs6ra1u@google.com", 1, "Raymond Weil", "Operations Manager", "hiring_manager",
       "ebernheim@raymond-weil.ch;smottier@raymond-weil.ch", "google-ceo-invite-x-wr-timezone-utc"),

    ev("workable", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-4b8e1ac0d7@fc-geneve.workable.com
DTSTAMP:20251014T080201Z
DTSTART:20251021T123000Z
DTEND:20251021T131500Z
SUMMARY:Video interview with Frédérique Constant - Supply Chain Manager
DESCRIPTION:Hi Mathieu\,\n\nKaren Bolliger has invited you to a video inter
 view for the Supply Chain Manager position at Frédérique Constant SA.\n\nJoi
 n: https://zoom.us/j/73015528840?pwd=dWZrN0VtR2lBZzBkQT09\n\nPowered by Wo
 rkable
ORGANIZER;CN=Karen Bolliger via Workable:mailto:noreply@workablemail.com
ATTENDEE;CN=Karen Bolliger;PARTSTAT=ACCEPTED:mailto:karen.bolliger@frederiq
 ueconstant.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "workable-event-4b8e1ac0d7@fc-geneve.workable.com", 1, "Frédérique Constant", "Supply Chain Manager", "",
       "karen.bolliger@frederiqueconstant.com", "workable-video-interview-utc"),

    ev("greenhouse", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-51829304-tagheuer@greenhouse.io
DTSTAMP:20251117T132233Z
DTSTART:20251124T150000Z
DTEND:20251124T160000Z
SUMMARY:Interview: Mathieu Girardin for S&OP Lead Watches (La Chaux-de-Fonds
 )
DESCRIPTION:Interview with TAG Heuer\n\nInterviewers:\nGuillaume Cuenot - S
 upply Chain Director\nMelanie Roth - Demand Planning Manager\n\nMeet link
 : https://meet.google.com/bqe-ufsn-zrp\n\nPlease note: this interview will
  be conducted in English.\n\nThe TAG Heuer Talent team
ORGANIZER;CN=TAG Heuer Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Guillaume Cuenot;PARTSTAT=ACCEPTED:mailto:guillaume.cuenot@tagh
 euer.com
ATTENDEE;CN=Melanie Roth;PARTSTAT=ACCEPTED:mailto:melanie.roth@tagheuer.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "greenhouse-interview-51829304-tagheuer@greenhouse.io", 1, "TAG Heuer", "S&OP Lead Watches",
       "hiring_manager", "guillaume.cuenot@tagheuer.com;melanie.roth@tagheuer.com",
       "greenhouse-panel-two-interviewers"),

    ev("kenissi", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Guenat, Michel":mailto:m.guenat@kenissi.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Robert, S
 téphanie":mailto:s.robert@kenissi.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="KEN Salle Jura
  (RDC)":mailto:ken-salle-jura@kenissi.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour M. Girardin\,\n\nSuite à votre candidatu
 re\, je vous propose de nous rencontrer à la manufacture (Rue du Midi 48\,
  Le Locle) pour parler du poste de Responsable Planification & Ordonnanceme
 nt. Mme Robert (RH) sera également présente.\n\nCordialement\nMichel Guen
 at\nDirecteur de production\n
UID:040000008200E00074C5B7101A82E00800000000C9A8B7C6D5E4DC01000000000000000
 010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=fr-CH:Rencontre Kenissi - M. Girardin
DTSTART;TZID=W. Europe Standard Time:20251202T160000
DTEND;TZID=W. Europe Standard Time:20251202T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T070955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:KEN Salle Jura (RDC)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C9A8B7C6D5E4DC0100000000000000001000000"
       "0F1E2D3C4B5A69788796A5B4C3D2E1F00", 1, "Kenissi", "Responsable Planification & Ordonnancement",
       "hiring_manager", "m.guenat@kenissi.ch;s.robert@kenissi.ch", "outlook-rencontre-hiring-manager-organizer"),

    ev("sf-nivarox", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFRCM-IS-9002145-nivarox-20251202
DTSTAMP:20251126T124408Z
SEQUENCE:0
DTSTART:20251202T063000Z
DTEND:20251202T073000Z
SUMMARY:Entretien - Chef de projet S&OP (H/F) - Nivarox-FAR SA
DESCRIPTION:Monsieur Girardin\,\n\nNous vous confirmons votre entretien à No
 tre site de Le Locle\, Avenue du Collège 10. M. Jean-Daniel Huguenin\, Res
 ponsable Supply Chain\, et Mme Carla Neves\, RH\, vous recevront.\n\nThe Sw
 atch Group Recruiting
ORGANIZER;CN=Swatch Group Recruiting:mailto:noreply-recruiting@swatchgroup.c
 om
ATTENDEE;CN=Jean-Daniel Huguenin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:jean-daniel.huguenin@nivarox.ch
ATTENDEE;CN=Carla Neves;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carla
 .neves@nivarox.ch
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Nivarox-FAR SA\, Le Locle
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "SFRCM-IS-9002145-nivarox-20251202", 1, "Nivarox-FAR", "Chef de projet S&OP (H/F)", "onsite",
       "jean-daniel.huguenin@nivarox.ch;carla.neves@nivarox.ch", "successfactors-utc-early-morning-onsite"),

    ev("journee-essai", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251024
DTEND;VALUE=DATE:20251025
DTSTAMP:20251016T191233Z
UID:2b6ha8s0n4jq3r1dm9t7ck5vef@google.com
CREATED:20251016T191230Z
DESCRIPTION:Universo - journée d'essai poste resp. logistique\nRdv 7h30 Rue
  des Crêtets 11\, demander M. Sandoz\nprendre chaussures de sécu\nposer con
 gé chez MJ (fait)
LAST-MODIFIED:20251016T191232Z
LOCATION:Universo SA\, La Chaux-de-Fonds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'essai Universo
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "2b6ha8s0n4jq3r1dm9t7ck5vef@google.com", 1, "Universo", "resp. logistique", "onsite", "M. Sandoz",
       "user-typed-all-day-trial-day"),

    ev("workday-villeret", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-c0f3e9d21a7b44b6b1e2f8a7d5c4b3a2@myworkday.com
DTSTAMP:20251008T064012Z
DTSTART:20251015T090000Z
DTEND:20251015T094500Z
SUMMARY:Interview with Straumann Group: Manager Operational Excellence & S&OP
  (Villeret)
DESCRIPTION:Dear Mathieu\,\n\nWe would like to invite you to a first interv
 iew.\n\nInterviewer: Franziska Baumann\, Talent Acquisition Partner\nForma
 t: Microsoft Teams (link below)\nLanguage: English or German\n\nhttps://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_ZmE0OGJmNzEtM2QwOC00YTY2%40thre
 ad.v2/0\n\nStraumann Group Talent Acquisition
ORGANIZER;CN=Straumann Group:mailto:straumann@myworkday.com
ATTENDEE;CN=Franziska Baumann;PARTSTAT=ACCEPTED:mailto:franziska.baumann@stra
 umann.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu.g
 irardin@bluewin.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "wd-interview-c0f3e9d21a7b44b6b1e2f8a7d5c4b3a2@myworkday.com", 1, "Straumann",
       "Manager Operational Excellence & S&OP", "recruiter_screen", "franziska.baumann@straumann.com",
       "workday-medtech-screen-english"),

    ev("bilingue-bienne", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
ATTENDEE;CN="Zürcher Beat";RSVP=TRUE:mailto:b.zuercher@cmsa.ch
CLASS:PUBLIC
DESCRIPTION:Guten Tag Herr Girardin / Bonjour Monsieur Girardin\n\nGerne be
 stätigen wir das Vorstellungsgespräch für die Stelle Leiter Disposition & L
 ogistik / Responsable planification & logistique.\nNous vous attendons à l
 a réception\, Rebgasse 9\, 2501 Biel/Bienne.\n\nFreundliche Grüsse / Meill
 eures salutations\nMonika Hirschi\, HR\nCendres+Métaux SA\n
DTEND;TZID="W. Europe Standard Time":20251126T103000
DTSTAMP:20251118T134405Z
DTSTART;TZID="W. Europe Standard Time":20251126T090000
LOCATION:Cendres+Métaux\, Rebgasse 9\, Biel/Bienne
ORGANIZER;CN="Hirschi Monika":mailto:m.hirschi@cmsa.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Vorstellungsgespräch / Entretien M. Girardin
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DC01000000000000000
 010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DC0100000000000000001000000"
       "0A0A1A2A3A4A5A6A7A8A9AAABACADAEAF", 1, "Cendres+Métaux", "Leiter Disposition & Logistik",
       "", "b.zuercher@cmsa.ch;m.hirschi@cmsa.ch", "bilingual-german-french-bienne"),

    ev("webex-valtronic", r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ZURICH_PLAIN%%
BEGIN:VEVENT
UID:webex-2741889012-20251104T150000Z@valtronic.webex.com
DTSTAMP:20251028T101515Z
DTSTART;TZID=Europe/Zurich:20251104T160000
DTEND;TZID=Europe/Zurich:20251104T170000
SUMMARY:Valtronic – entretien Operations Manager – M. Girardin
DESCRIPTION:Bonjour\,\n\nRenaud Golay vous invite à une réunion Webex.\n\nR
 éunion: Valtronic – entretien Operations Manager\nNuméro de réunion (code d
 'accès): 2741 889 012\nMot de passe de la réunion: Vt2025ops\n\nRejoindre
  la réunion\nhttps://valtronic.webex.com/valtronic/j.php?MTID=m8c1f2d3e4a5
 b6c7d8e9f0a1b2c3d4e5\n\nRejoindre par téléphone\n+41-44-580-2280 Suisse\n
ORGANIZER;CN=Renaud Golay:mailto:renaud.golay@valtronic.ch
ATTENDEE;CN=Renaud Golay;PARTSTAT=ACCEPTED:mailto:renaud.golay@valtronic.ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:https://valtronic.webex.com/valtronic/j.php?MTID=m8c1f2d3e4a5b6c7d
 8e9f0a1b2c3d4e5
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "webex-2741889012-20251104T150000Z@valtronic.webex.com", 1, "Valtronic", "Operations Manager", "",
       "renaud.golay@valtronic.ch", "webex-boilerplate-medtech"),

    ev("typed-appel", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250915T121500Z
DTEND:20250917T123000
DTSTAMP:20250915T121500Z
DTSTART:20250917T120000
LAST-MODIFIED:20250915T121500Z
SEQUENCE:0
SUMMARY:Appel Mme Python RH Sonceboz (pause de midi - sortir du bureau)
DESCRIPTION:elle appelle sur natel\nposte ops manager moteurs pas à pas\n1e
 r tour tel\, 20-30 min
TRANSP:OPAQUE
UID:A19C3D5E-7F20-4B6A-8E9D-0C1B2A3F4E5D
END:VEVENT
END:VCALENDAR
""", "A19C3D5E-7F20-4B6A-8E9D-0C1B2A3F4E5D", 1, "Sonceboz", "ops manager", "recruiter_screen",
       "Mme Python", "hand-typed-phone-screen-natel-floating"),

    ev("coveto-sonceboz", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Coveto AG//coveto ATS//DE
METHOD:REQUEST
%%TZ:ZURICH_PLAIN%%
BEGIN:VEVENT
UID:coveto-1907733-termin-2@sonceboz.coveto.ch
DTSTAMP:20250926T141020Z
DTSTART;TZID=Europe/Zurich:20251006T140000
DTEND;TZID=Europe/Zurich:20251006T160000
SUMMARY:Sonceboz SA - Entretien 2 - Operations Manager Motion Systems
DESCRIPTION:Madame\, Monsieur\,\n\nNous vous confirmons votre 2e entretien.\n
 \nParticipants : Mme Anne Python (RH)\, M. Daniel Wüthrich (COO)\, M. Yann
 ick Schaer (Resp. Production)\n\nAdresse : Sonceboz SA\, Rue Rosselet-Chall
 andes 5\, 2605 Sonceboz\n\nCordiales salutations
ORGANIZER;CN=Sonceboz SA Recrutement:mailto:noreply@coveto.ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathie
 u.girardin@bluewin.ch
LOCATION:Sonceboz SA
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "coveto-1907733-termin-2@sonceboz.coveto.ch", 1, "Sonceboz", "Operations Manager Motion Systems", "onsite",
       "Mme Anne Python;M. Daniel Wüthrich;M. Yannick Schaer", "swiss-ats-second-round-names-only-in-body"),
]
