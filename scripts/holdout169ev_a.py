"""holdout169 events, part a: Tissot, Mathys and Groupe Maréchal processes (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("sf-phone-screen", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ZURICH_PLAIN%%
BEGIN:VEVENT
UID:SFRCM-IS-8841276-tissot-20250916
DTSTAMP:20250910T081522Z
SEQUENCE:0
DTSTART;TZID=Europe/Zurich:20250916T173000
DTEND;TZID=Europe/Zurich:20250916T180000
SUMMARY:Entretien téléphonique - Supply Chain Manager (H/F) - Tissot SA\, Le
  Locle
DESCRIPTION:Bonjour Monsieur Girardin\,\n\nNous vous remercions de l'intér
 êt porté à Tissot SA et avons le plaisir de vous confirmer un premier entre
 tien téléphonique pour le poste de Supply Chain Manager (H/F) - réf. 43871.
 \n\nMme Céline Droz\, HR Business Partner\, vous appellera au numéro indiqu
 é dans votre dossier (+41 79 412 58 90).\nDurée: env. 30 minutes.\n\nMeill
 eures salutations\nHuman Resources - The Swatch Group Recruiting\n\nCe mess
 age a été généré automatiquement. Merci de ne pas y répondre.
ORGANIZER;CN=Swatch Group Recruiting:mailto:noreply-recruiting@swatchgroup.c
 om
ATTENDEE;CN=Céline Droz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:celine
 .droz@tissot.ch
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Téléphone
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "SFRCM-IS-8841276-tissot-20250916", 1, "Tissot", "Supply Chain Manager (H/F)", "recruiter_screen",
       "celine.droz@tissot.ch", "successfactors-phone-screen-noreply-organizer"),

    ev("outlook-manager", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Droz, Céline":mailto:celine.droz@tissot.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gir
 ardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rérat, Oli
 vier":mailto:olivier.rerat@tissot.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU
 E;CN="LL-B2 Salle Chemin-Blanc (8)":mailto:ll-b2-chemin-blanc@tissot.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Girardin\,\n\nSuite à notre échange té
 léphonique\, je vous confirme votre entretien avec M. Olivier Rérat\, Resp
 onsable Logistique & Planification\, le mardi 30 septembre à 14h00.\n\nAdr
 esse: Tissot SA\, Chemin des Tourelles 17\, 2400 Le Locle – réception bâti
 ment B2. Merci de vous munir d'une pièce d'identité.\n\nAvec mes meilleure
 s salutations\nCéline Droz\n\n
UID:040000008200E00074C5B7101A82E00800000000B0C3A1F2F229DC01000000000000000
 01000000079A2C1E0D2B6AC4F9A8F2E3F6C1D5B77
SUMMARY;LANGUAGE=fr-CH:Tissot SA - Entretien Supply Chain Manager / M. Giraa
 rdin
DTSTART;TZID=W. Europe Standard Time:20250930T140000
DTEND;TZID=W. Europe Standard Time:20250930T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250918T121044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:LL-B2 Salle Chemin-Blanc (8)
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
""", "040000008200E00074C5B7101A82E00800000000B0C3A1F2F229DC0100000000000000001000000079A2C1E0D2B6AC4F9A8F2E3F6C"
       "1D5B77", 1, "Tissot", "Supply Chain Manager", "hiring_manager", "olivier.rerat@tissot.ch",
       "outlook-second-round-room-resource-typo-name"),

    ev("outlook-final", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Droz, Céline":mailto:celine.droz@tissot.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gi
 rardin:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vuille, Patri
 ck":mailto:patrick.vuille@tissot.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rérat, Ol
 ivier":mailto:olivier.rerat@tissot.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LL-Direction Sal
 le du Conseil":mailto:ll-direction-conseil@tissot.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Girardin\,\n\nNous avons le plaisir de
  vous convier à un dernier entretien avec M. Patrick Vuille\, Directeur des
  Opérations\, et moi-même. Il sera suivi d'une visite de la manufacture (en
 v. 45 min).\n\nMerci de prévoir la matinée.\n\nCéline Droz\nHR Business Pa
 rtner\n
UID:040000008200E00074C5B7101A82E00800000000D17F5C3B1A3ADC01000000000000000
 010000000C4E9AB0F71B3A6489F20DD3C1E0A9B12
SUMMARY;LANGUAGE=fr-CH:Entretien final + visite de la manufacture - Tissot
  SA
DTSTART;TZID=W. Europe Standard Time:20251021T083000
DTEND;TZID=W. Europe Standard Time:20251021T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T070312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:LL-Direction Salle du Conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D17F5C3B1A3ADC01000000000000000010000000C4E9AB0F71B3A6489F20DD3C1E"
       "0A9B12", 1, "Tissot", "", "final", "patrick.vuille@tissot.ch;celine.droz@tissot.ch",
       "outlook-final-round-with-manufacture-tour"),

    ev("telefoninterview", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-termin-55120-2025-09-19@mathysmedical.rexx-systems.com
DTSTAMP:20250911T142208Z
DTSTART:20250919T070000Z
DTEND:20250919T074500Z
SUMMARY:Telefoninterview: Leiter Supply Chain (m/w/d) 100% – Bettlach
DESCRIPTION:Sehr geehrter Herr Girardin\n\nvielen Dank für Ihre Bewerbung
  als Leiter Supply Chain (m/w/d). Gerne bestätigen wir Ihnen das telefonis
 che Interview mit Frau Nadine Studer (HR Business Partner). Frau Studer r
 uft Sie unter +41 79 412 58 90 an.\n\nDas Gespräch kann auf Wunsch auch a
 uf Französisch geführt werden.\n\nFreundliche Grüsse\nMathys AG Bettlach\n
 Human Resources\nRobert Mathys Strasse 5\, 2544 Bettlach
ORGANIZER;CN=Mathys AG Bettlach - Human Resources:mailto:jobs@mathysmedica
 l.com
ATTENDEE;CN=Nadine Studer;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:nadine.studer
 @mathysmedical.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "rexx-termin-55120-2025-09-19@mathysmedical.rexx-systems.com", 1, "Mathys AG Bettlach",
       "Leiter Supply Chain (m/w/d) 100%", "recruiter_screen", "nadine.studer@mathysmedical.com",
       "rexx-german-telefoninterview-utc"),

    ev("vorstellungsgespraech", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-termin-55298-2025-10-02@mathysmedical.rexx-systems.com
DTSTAMP:20250923T094411Z
DTSTART:20251002T080000Z
DTEND:20251002T100000Z
SUMMARY:Persönliches Gespräch vor Ort – Leiter Supply Chain (m/w/d)
DESCRIPTION:Sehr geehrter Herr Girardin\n\nGerne laden wir Sie zu einem pe
 rsönlichen Gespräch nach Bettlach ein. Sie treffen:\n- Reto Flückiger\, Le
 iter Operations\n- Nadine Studer\, HR Business Partner\n\nIm Anschluss erh
 alten Sie einen kurzen Einblick in unsere Produktion (Implantate). Bitte me
 lden Sie sich am Empfang Gebäude A.\n\nParkplätze stehen für Besucher zur
  Verfügung.\n\nFreundliche Grüsse\nHuman Resources
ORGANIZER;CN=Mathys AG Bettlach - Human Resources:mailto:jobs@mathysmedica
 l.com
ATTENDEE;CN=Reto Flückiger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r
 eto.flueckiger@mathysmedical.com
ATTENDEE;CN=Nadine Studer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:na
 dine.studer@mathysmedical.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Mathys AG Bettlach\, Robert Mathys Strasse 5\, 2544 Bettlach
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "rexx-termin-55298-2025-10-02@mathysmedical.rexx-systems.com", 1, "Mathys AG Bettlach",
       "Leiter Supply Chain (m/w/d)", "onsite",
       "reto.flueckiger@mathysmedical.com;nadine.studer@mathysmedical.com",
       "german-persoenliches-gespraech-onsite-no-interview-word"),

    ev("assessment-day", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
ATTENDEE;CN="Flückiger Reto";RSVP=TRUE:mailto:reto.flueckiger@mathysmedica
 l.com
ATTENDEE;CN="Brunner Daniel";RSVP=TRUE:mailto:daniel.brunner@mathysmedical.
 com
ATTENDEE;CN="Sitzungszimmer Grenchenberg";CUTYPE=RESOURCE;ROLE=NON-PARTICIP
 ANT;RSVP=TRUE:mailto:sz-grenchenberg@mathysmedical.com
CLASS:PUBLIC
CREATED:20251013T150255Z
DESCRIPTION:Grüezi Herr Girardin\n\nwie telefonisch besprochen\, hier die E
 inladung zur letzten Runde: Präsentation Ihrer Fallstudie (S&OP-Prozess fü
 r ein Implantat-Sortiment\, Unterlagen folgen per Mail\, 20 Min. + Fragen)
  und anschliessend Gespräch mit Daniel Brunner (CEO) und mir.\n\nBeste Grü
 sse\nReto Flückiger\n
DTEND;TZID="W. Europe Standard Time":20251023T120000
DTSTAMP:20251013T150255Z
DTSTART;TZID="W. Europe Standard Time":20251023T090000
LAST-MODIFIED:20251013T150255Z
LOCATION:Sitzungszimmer Grenchenberg
ORGANIZER;CN="Flückiger Reto":mailto:reto.flueckiger@mathysmedical.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Schlussrunde M. Girardin - Fallstudie S&OP + Gespräc
 h GL
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000020E5B9D13E3CDC01000000000000000
 0100000006F3D3C47D2A5EA4D8C1D87A7A0F2B1E4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000020E5B9D13E3CDC010000000000000000100000006F3D3C47D2A5EA4D8C1D87A7A0"
       "F2B1E4", 1, "Mathys AG Bettlach", "", "final",
       "reto.flueckiger@mathysmedical.com;daniel.brunner@mathysmedical.com",
       "german-schlussrunde-case-study-outlook-quoted-tzid"),

    ev("visio-rh", r"""BEGIN:VCALENDAR
PRODID:-//Flatchr//Agenda recrutement//FR
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:PARIS_GOOGLE%%
BEGIN:VEVENT
UID:flatchr-evt-6a1f0c2e-93b1-4b8e-a0d9-12c4f7e5d301
DTSTAMP:20251103T102233Z
DTSTART;TZID=Europe/Paris:20251107T120000
DTEND;TZID=Europe/Paris:20251107T124500
SUMMARY:Échange visio - Responsable Supply Chain H/F (Besançon) - Mathieu G
 irardin
DESCRIPTION:Bonjour Mathieu\,\n\nComme convenu\, voici l'invitation pour no
 tre échange en visio (45 min) concernant le poste de Responsable Supply Cha
 in H/F basé à Besançon (Temis).\n\nRejoindre la réunion Microsoft Teams :\n
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2NWY0MjUtYmE1Ny0
 0ZjJiLWI0N2MtY2M5ZDk0ZjY2N2Ix%40thread.v2/0\nID de réunion : 341 228 905 6
 17  Code secret : q7XkP2\n\nÀ très vite\,\nAmandine Roy\nChargée de recrut
 ement - Groupe Maréchal Microtechniques
ORGANIZER;CN=Amandine Roy:mailto:a.roy@groupe-marechal.fr
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "flatchr-evt-6a1f0c2e-93b1-4b8e-a0d9-12c4f7e5d301", 1, "Groupe Maréchal Microtechniques",
       "Responsable Supply Chain H/F", "recruiter_screen", "a.roy@groupe-marechal.fr",
       "french-ats-echange-visio-paris-zone"),

    ev("entretien-site", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:PARIS_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251125T093000
DTEND;TZID=Europe/Paris:20251125T123000
DTSTAMP:20251114T160512Z
ORGANIZER;CN=Amandine Roy:mailto:a.roy@groupe-marechal.fr
UID:4r8q2m1v0hn6c3pt9kd5s7bjeg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amandi
 ne Roy;X-NUM-GUESTS=0:mailto:a.roy@groupe-marechal.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lauren
 t Bourgeois;X-NUM-GUESTS=0:mailto:l.bourgeois@groupe-marechal.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
X-MICROSOFT-CDO-OWNERAPPTID:-1734201884
CREATED:20251114T160510Z
DESCRIPTION:Rencontre sur site avec Laurent Bourgeois (Directeur industriel
 ) puis déjeuner avec l'équipe ADV/planif. Visite de l'atelier usinage.\n\n
 Adresse : 18 rue Alain Savary\, 25000 Besançon (parking visiteurs côté Tem
 is).\n\nMerci d'apporter une pièce d'identité pour l'accueil.
LAST-MODIFIED:20251114T160511Z
LOCATION:Groupe Maréchal Microtechniques\, 18 Rue Alain Savary\, 25000 Besa
 nçon\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Groupe Maréchal – Direction industrielle (sur site)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4r8q2m1v0hn6c3pt9kd5s7bjeg@google.com", 1, "Groupe Maréchal Microtechniques", "", "onsite",
       "l.bourgeois@groupe-marechal.fr;a.roy@groupe-marechal.fr", "google-rencontre-sur-site-france"),

    ev("visite-medicale", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:PARIS_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260115T083000
DTEND;TZID=Europe/Paris:20260115T091500
DTSTAMP:20260106T131955Z
ORGANIZER;CN=Ressources Humaines GMM:mailto:rh@groupe-marechal.fr
UID:0b7u1jq3ds5fq8m2kc6r9tnv4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
DESCRIPTION:Bonjour Mathieu\,\n\nDans le cadre de votre embauche\, votre vi
 site d'information et de prévention (VIP) est programmée auprès de notre se
 rvice de santé au travail (AST25). Merci de vous présenter 10 min avant\,
  avec votre carte d'identité et vos lunettes/lentilles le cas échéant.\n\n
 Bien à vous\,\nService RH
LOCATION:AST25 - Santé au travail\, 2 rue de la Gare\, 25000 Besançon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite médicale d'embauche (VIP) - AST25
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0b7u1jq3ds5fq8m2kc6r9tnv4a@google.com", 0, trap="pre-employment-medical-after-offer"),
]
