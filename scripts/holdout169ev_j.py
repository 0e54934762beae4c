"""holdout169 events, part j: the trade's everyday calendar and personal life (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("sop-recurrent", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Girardin, Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Monnier, Pier
 re":mailto:p.monnier@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ducommun, Ala
 in":mailto:a.ducommun@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jeanneret, Ya
 nn":mailto:y.jeanneret@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Ordre du jour: prévisions clients (calibres A10
 /A20)\, charge vs capacité atelier\, stocks fournitures\, ruptures\, déci
 sions PDP.\n
RRULE:FREQ=MONTHLY;BYDAY=2TU
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DC01000000000000000
 010000000A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3
SUMMARY;LANGUAGE=fr-CH:S&OP mensuel - revue demande / capacité
DTSTART;TZID=W. Europe Standard Time:20250909T083000
DTEND;TZID=W. Europe Standard Time:20250909T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250820T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MJ-Salle Direction
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Girardin, Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Monnier, Pier
 re":mailto:p.monnier@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Décalé à cause de l'inventaire. Ordre du jour in
 changé.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20251209T083000
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DC01000000000000000
 010000000A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3
SUMMARY;LANGUAGE=fr-CH:S&OP mensuel - revue demande / capacité (décalé)
DTSTART;TZID=W. Europe Standard Time:20251211T133000
DTEND;TZID=W. Europe Standard Time:20251211T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:MJ-Salle Direction
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DC0100000000000000001000000"
       "0A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3", trap="recurring-internal-sop-meeting-with-override"),

    ev("visite-fournisseur", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Ducommun, Alain":mailto:a.ducommun@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=r.tschan@decol
 letage-prevotois.ch:mailto:r.tschan@decolletage-prevotois.ch
DESCRIPTION;LANGUAGE=fr-CH:Visite chez le fournisseur (axes et pignons): ca
 pacité 2026\, délais de réappro\, rupture barres acier 20AP. Départ 7h15 d
 evant la manufacture\, voiture de service.\n
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DC01000000000000000
 010000000B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4
SUMMARY;LANGUAGE=fr-CH:Visite fournisseur - Décolletage Prévôtois (Moutier)
DTSTART;TZID=W. Europe Standard Time:20251001T080000
DTEND;TZID=W. Europe Standard Time:20251001T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T100101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Moutier
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DC0100000000000000001000000"
       "0B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4", trap="supplier-visit-work"),

    ev("cours-cpim", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250920T083000
DTEND;TZID=Europe/Zurich:20250920T163000
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=SA
DTSTAMP:20250825T190000Z
UID:4cv6b8n0m2q4w6e8r0t2y4u6i8@google.com
CREATED:20250825T185959Z
DESCRIPTION:ASCM CPIM Part 2 – préparation examen\, module MPR / DSP\nHE-Arc
  Ingénierie\, salle 2.12\, Neuchâtel
LAST-MODIFIED:20250825T190000Z
LOCATION:HE-Arc\, Espace de l'Europe 11\, Neuchâtel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cours CPIM (samedi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4cv6b8n0m2q4w6e8r0t2y4u6i8@google.com", trap="recurring-certification-class"),

    ev("medecin", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250929T080010Z
DTEND:20251017T081500
DTSTAMP:20250929T080010Z
DTSTART:20251017T074500
LAST-MODIFIED:20250929T080010Z
LOCATION:Cabinet Dr Jeanneret\, Av. Léopold-Robert 66
SEQUENCE:0
SUMMARY:Dr Jeanneret - contrôle tension + prise de sang (à jeun!)
TRANSP:OPAQUE
UID:F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C
END:VEVENT
END:VCALENDAR
""", "F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C", trap="personal-doctor-appointment", lf=True),

    ev("entretien-parents", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251111T171500
DTEND;TZID=Europe/Zurich:20251111T174500
DTSTAMP:20251103T121212Z
ORGANIZER;CN=Véronique Calame:mailto:veronique.calame@rpn.ch
UID:5rt7y9u1i3o5p7a9s1d3f5g7h9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mathie
 u.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie
  Girardin;X-NUM-GUESTS=0:mailto:sophie.girardin@gmail.com
DESCRIPTION:Entretien de parents pour Léa (9H4) – bilan du 1er semestre et
  choix d'options. Salle 14\, collège Numa-Droz.
LOCATION:Collège Numa-Droz\, La Chaux-de-Fonds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de parents – Léa Girardin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5rt7y9u1i3o5p7a9s1d3f5g7h9@google.com", trap="school-parent-teacher-entretien"),

    ev("banque", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
CLASS:PUBLIC
DESCRIPTION:Cher Monsieur Girardin\,\n\nJe vous confirme notre rendez-vous
  pour le renouvellement de votre hypothèque à taux fixe (échéance 31.03.20
 26) et un point sur votre prévoyance (3e pilier A).\n\nMeilleures salutati
 ons\nOlivier Matthey\, conseiller clientèle privée\nBCN – Banque Cantonale
  Neuchâteloise\n
DTEND;TZID="W. Europe Standard Time":20251204T181500
DTSTAMP:20251124T113344Z
DTSTART;TZID="W. Europe Standard Time":20251204T173000
LOCATION:BCN\, Av. Léopold-Robert 42\, La Chaux-de-Fonds
ORGANIZER;CN="Matthey Olivier":mailto:olivier.matthey@bcn.ch
PRIORITY:5
SEQUENCE:0
SUMMARY:Rendez-vous BCN - hypothèque / 3e pilier
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F5A6B7C8D9E0DC01000000000000000
 010000000C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F5A6B7C8D9E0DC0100000000000000001000000"
       "0C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5", trap="bank-advisor-rendez-vous"),

    ev("expertise-voiture", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251006T171500Z
DTEND:20251030T083000
DTSTAMP:20251006T171500Z
DTSTART:20251030T080000
LAST-MODIFIED:20251006T171500Z
LOCATION:SCAN\, Rue du Collège 100\, La Chaux-de-Fonds
SEQUENCE:0
SUMMARY:Expertise Golf au SCAN
DESCRIPTION:prendre permis de circulation + facture garage (freins faits)
TRANSP:OPAQUE
UID:0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D
END:VEVENT
END:VCALENDAR
""", "0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D", trap="official-vehicle-inspection", lf=True),

    ev("souper", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Girardin
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20251025T170000Z
DTEND:20251025T210000Z
DTSTAMP:20251012T094400Z
UID:6yh8j0k2l4z6x8c0v2b4n6m8q0@google.com
CREATED:20251012T094359Z
DESCRIPTION:septante ans de Jean-Pierre! apporter un Oeil-de-Perdrix\, Sop
 hie fait la tarte
LAST-MODIFIED:20251012T094400Z
LOCATION:Chez les Perret\, Le Locle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Souper chez les Perret
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6yh8j0k2l4z6x8c0v2b4n6m8q0@google.com", trap="personal-dinner-utc-export"),

    ev("entretien-chaudiere", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
%%TZ:ZURICH_APPLE%%
BEGIN:VEVENT
CREATED:20250915T184510Z
UID:7B6A5C4D-3E2F-4A1B-9C8D-E7F6A5B4C3D2
DTEND;TZID=Europe/Zurich:20251007T100000
TRANSP:OPAQUE
SUMMARY:Entretien chaudière (Jacot Chauffage)
LAST-MODIFIED:20250915T184510Z
DTSTAMP:20250915T184510Z
DTSTART;TZID=Europe/Zurich:20251007T080000
SEQUENCE:0
DESCRIPTION:Sophie est à la maison le matin. Ramoneur passe le même jour?
END:VEVENT
END:VCALENDAR
""", "7B6A5C4D-3E2F-4A1B-9C8D-E7F6A5B4C3D2", trap="entretien-means-boiler-maintenance"),

    ev("visite-clients", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Monnier, Pierre":mailto:p.monnier@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ducommun,
  Alain":mailto:a.ducommun@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Délégation client (marque japonaise\, 4 personn
 es + interprète). Mathieu: présentation planification & délais calibre A20
  (15 min) puis visite de la manufacture\, atelier remontage. Repas à 12h15.
 \n
UID:040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F1DC01000000000000000
 010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=fr-CH:Visite de la manufacture - délégation client Japon
DTSTART;TZID=W. Europe Standard Time:20251106T093000
DTEND;TZID=W. Europe Standard Time:20251106T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MJ-Salle Direction / ateliers
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F1DC0100000000000000001000000"
       "0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6", trap="manufacture-tour-for-clients-not-candidate"),

    ev("bilan-competences", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250910T173000
DTEND;TZID=Europe/Zurich:20250910T190000
DTSTAMP:20250901T080808Z
ORGANIZER;CN=Corinne Vermot:mailto:corinne.vermot@ne.ch
UID:7ui9o1p3a5s7d9f1g3h5j7k9l1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mathie
 u.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin@bluewin.ch
DESCRIPTION:Bilan de compétences – séance 3/5 : restitution des tests d'int
 érêts et valeurs\, pistes professionnelles.\nOffice cantonal de l'orientat
 ion scolaire et professionnelle (OCOSP)\, Espacité 3\, La Chaux-de-Fonds
LOCATION:OCOSP La Chaux-de-Fonds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences – séance 3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7ui9o1p3a5s7d9f1g3h5j7k9l1@google.com", trap="career-counselling-session-tests"),

    ev("apero-reseau", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Event//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1188420915-4471@eventbrite.com
DTSTAMP:20251015T101010Z
DTSTART;TZID=Europe/Zurich:20251113T180000
DTEND;TZID=Europe/Zurich:20251113T210000
SUMMARY:GS1 Network Arc jurassien – Afterwork Supply Chain & apéro
DESCRIPTION:Table ronde « Planifier dans l'incertitude : l'horlogerie face a
 ux droits de douane » puis apéro réseautage. Billet gratuit n° 4471-88120.
LOCATION:Hôtel de la Fleur-de-Lys\, Neuchâtel
URL:https://www.eventbrite.ch/e/1188420915
END:VEVENT
END:VCALENDAR
""", "eventbrite-1188420915-4471@eventbrite.com", trap="networking-afterwork-event"),

    ev("delai-postulation", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250909T204040Z
DTEND;VALUE=DATE:20250922
DTSTAMP:20250909T204040Z
DTSTART;VALUE=DATE:20250921
LAST-MODIFIED:20250909T204040Z
SEQUENCE:0
SUMMARY:DERNIER DELAI postuler Breitling Head of Supply Planning
DESCRIPTION:lettre en anglais! relire par Sophie
TRANSP:TRANSPARENT
UID:8C9D0E1F-2A3B-4C5D-8E6F-7A8B9C0D1E2F
END:VEVENT
END:VCALENDAR
""", "8C9D0E1F-2A3B-4C5D-8E6F-7A8B9C0D1E2F", trap="application-deadline-reminder"),

    ev("entretiens-equipe", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Calendrier
%%TZ:WEUROPE%%
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Entretiens annuels de mes 4 planificateurs (grilles Umantis)\n
 1. Anaïs 2. Bastien 3. Noémie 4. Kilian\nbloquer 1h30 chacun
DTEND;TZID="W. Europe Standard Time":20251208T103000
DTSTAMP:20251110T071000Z
DTSTART;TZID="W. Europe Standard Time":20251208T090000
RRULE:FREQ=DAILY;COUNT=4;BYDAY=MO,TU,WE,TH,FR
LOCATION:mon bureau
PRIORITY:5
SEQUENCE:0
SUMMARY:Entretiens annuels équipe planif
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC01000000000000000
 010000000E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC0100000000000000001000000"
       "0E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7", trap="user-conducts-team-appraisals-not-hiring"),

    ev("careers-live", r"""BEGIN:VCALENDAR
PRODID:-//ON24//Webcast//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-event-4920118-reg-66120457@on24.com
DTSTAMP:20251006T080000Z
DTSTART:20251016T160000Z
DTEND:20251016T170000Z
SUMMARY:Richemont Careers Live: Operations & Supply Chain in our Maisons
DESCRIPTION:Thank you for registering. Meet members of our Operations teams
  (Cartier\, Vacheron Constantin\, Jaeger-LeCoultre) and our Talent Acquisit
 ion team\, who will share tips for your application and interviews. Live Q&
 A.\n\nYour personal link: https://event.on24.com/wcc/r/4920118/66120457
LOCATION:Online
END:VEVENT
END:VCALENDAR
""", "on24-event-4920118-reg-66120457@on24.com", trap="employer-virtual-careers-event"),

    ev("orientation-fils", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
%%TZ:ZURICH_APPLE%%
BEGIN:VEVENT
CREATED:20251101T100200Z
UID:9D0E1F2A-3B4C-4D5E-8F6A-7B8C9D0E1F2A
DTEND;TZID=Europe/Zurich:20251120T180000
TRANSP:OPAQUE
SUMMARY:Hugo - entretien orientation OCOSP (avec moi)
LAST-MODIFIED:20251101T100200Z
DTSTAMP:20251101T100200Z
DTSTART;TZID=Europe/Zurich:20251120T170000
LOCATION:Espacité 3
SEQUENCE:0
DESCRIPTION:il hésite entre polymécanicien et ECG. amener ses stages (Tissot
  + garage)
END:VEVENT
END:VCALENDAR
""", "9D0E1F2A-3B4C-4D5E-8F6A-7B8C9D0E1F2A", trap="childs-career-orientation-appointment"),

    ev("audit-iso", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Aubry, Nadia (Qualité)":mailto:n.aubry@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=auditor.sqs@sq
 s.ch:mailto:auditor.sqs@sqs.ch
DESCRIPTION;LANGUAGE=fr-CH:Audit de suivi ISO 9001 (SQS). Interview du pro
 cessus « Planification et ordonnancement » avec l'auditeur: indicateurs OT
 D\, revue de capacité\, traçabilité des OF. Préparer les PV S&OP des 3 dern
 iers mois.\n
UID:040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DC01000000000000000
 010000000F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8
SUMMARY;LANGUAGE=fr-CH:Audit ISO 9001 - interview processus planification
DTSTART;TZID=W. Europe Standard Time:20251119T100000
DTEND;TZID=W. Europe Standard Time:20251119T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T083030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau planification
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DC0100000000000000001000000"
       "0F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8", trap="quality-audit-process-interview"),
]
