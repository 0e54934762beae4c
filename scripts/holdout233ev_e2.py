"""holdout233 events, part E2: Youssef on the HIRING side at Câblages du Détroit, continued (hand-written)."""

from holdout233ev_tz import CASA, OUTLOOK_HEAD_MA, neg

EVENTS = [
    dict(
        kind="comite-recrutement",
        uid=("040000008200E00074C5B7101A82E00800000000A5987DEAC08DB7AB"
             "00000000000000001000000059368651CDA019A244D0D94A5FBA1291"),
        label=neg("user-as-interviewer-hiring-committee-shortlist"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Filali, Hassan":mailto:h.filali@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
 , Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chaoui, Nabil":mailto:n.chaoui@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Ordre du jour :\n1. Short-list Planificateur MRP
  (4 dossiers)\n2. Validation budget poste Approvisionneur\n3. Planning des
  entretiens semaine 10\n
UID:040000008200E00074C5B7101A82E00800000000A5987DEAC08DB7AB00000000000000001000000059368651CDA019A244D0D94A5FBA1291
SUMMARY;LANGUAGE=fr-FR:Comité recrutement – short-list Planificateur MRP
DTSTART;TZID=Morocco Standard Time:20260226T110000
DTEND;TZID=Morocco Standard Time:20260226T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260220T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de direction
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="test-candidats",
        uid=("040000008200E00074C5B7101A82E0080000000082FFC43B640FB13F"
             "00000000000000001000000075445F21CDB78CA513E75B932E5923A5"),
        label=neg("user-as-interviewer-runs-excel-sap-test-for-candidates"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouhlal,
  Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CDD-Salle Forma
 tion (PC)":mailto:salle.formation@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Test écrit pour les 4 candidats approvisionneur
 s : calcul besoins nets\, TCD Excel\, lecture transaction MD04. Je corrige
  le soir même. Samira accueille les candidats à 8h45.\n
UID:040000008200E00074C5B7101A82E0080000000082FFC43B640FB13F00000000000000001000000075445F21CDB78CA513E75B932E5923A5
SUMMARY;LANGUAGE=fr-FR:Test Excel/SAP – candidats approvisionneurs
DTSTART;TZID=Morocco Standard Time:20260303T090000
DTEND;TZID=Morocco Standard Time:20260303T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CDD-Salle Formation (PC)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="appel-candidat",
        uid="c4a3b2d1e0f9@samsung-rifi",
        label=neg("user-as-interviewer-typed-phone-screen-of-candidate"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:c4a3b2d1e0f9@samsung-rifi
DTSTAMP:20260209T083000Z
DTSTART:20260210T123000
DTEND:20260210T130000
SUMMARY:Appel candidat Rachid Bennis – planif
DESCRIPTION:0662 48 13 90 – préqualif tel avant de le faire venir. vérifier MRP\, horaires en équipe\, préavis.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="avis-cv",
        uid=("040000008200E00074C5B7101A82E00800000000CAC0C1FB3B4087E9"
             "0000000000000000100000003405B062AB8C672F7AC826B41CB76E5C"),
        label=neg("user-as-interviewer-cv-review-feedback-task"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Youssef\, peux-tu me donner ton avis (OK / KO /
  à voir) sur les 5 CV Planificateur reçus via ReKrute ? Dossier partagé
  : \\\\cdd-fs01\\RH\\Recrutement\\2026\\Planificateur\n
UID:040000008200E00074C5B7101A82E00800000000CAC0C1FB3B4087E90000000000000000100000003405B062AB8C672F7AC826B41CB76E5C
SUMMARY;LANGUAGE=fr-FR:Retour avis CV Planificateur (5 profils)
DTSTART;TZID=Morocco Standard Time:20260205T160000
DTEND;TZID=Morocco Standard Time:20260205T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260203T100000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="successfactors-interviewer",
        uid="SF-IS-20260309-000412907@successfactors.eu",
        label=neg("user-as-interviewer-successfactors-panel-namesake-candidate"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
UID:SF-IS-20260309-000412907@successfactors.eu
DTSTAMP:20260309T101500Z
SEQUENCE:0
ORGANIZER;CN=Câblages du Détroit Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Youssef El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;CN=Samira Bouhlal;PARTSTAT=ACCEPTED:mailto:samira.bouhlal@cablages-detroit.ma
DTSTART;TZID=Africa/Casablanca:20260312T100000
DTEND;TZID=Africa/Casablanca:20260312T110000
SUMMARY:Interview: Planificateur MRP (Req 1044) – Candidate: Yassine El Amrani
DESCRIPTION:You have been scheduled as an interviewer.\n\nCandidate: Yassin
 e El Amrani\nRequisition: Planificateur MRP (1044)\nInterview panel: Youss
 ef El Amrani\, Samira Bouhlal\n\nPlease submit your interview assessment i
 n Interview Central within 24 hours after the interview.
LOCATION:CDD-Salle RH 1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="forum-stand",
        uid="0f1e2d3c4b5a69788796a5b4c3d2e1f0@cablages-detroit.ma",
        label=neg("user-as-interviewer-campus-forum-stand-flash-interviews"),
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
UID:0f1e2d3c4b5a69788796a5b4c3d2e1f0@cablages-detroit.ma
DTSTAMP:20260301T100000Z
DTSTART;VALUE=DATE:20260319
DTEND;VALUE=DATE:20260320
SUMMARY;LANGUAGE=fr-FR:Forum Entreprises ENSA Tanger – stand Câblages du Détroit
DESCRIPTION;LANGUAGE=fr-FR:Stand CDD (RH + Youssef pour la supply chain) :
  présentation de l'entreprise\, collecte de CV stagiaires PFE et jeunes d
 iplômés\, entretiens flash de 10 min avec les étudiants intéressés pa
 r la logistique.\n
LOCATION;LANGUAGE=fr-FR:ENSA Tanger\, Route de Ziaten
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="point-recrutement",
        uid=("040000008200E00074C5B7101A82E00800000000EC6680862BA20B95"
             "0000000000000000100000007DCD471823B7CE3E7B783EF0C8BBC4AF"),
        label=neg("user-as-interviewer-weekly-recruiting-sync-with-override"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Suivi des postes ouverts logistique : sourcing\,
  entretiens de la semaine\, retours candidats\, propositions.\n
RRULE:FREQ=WEEKLY;UNTIL=20260430T150000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000EC6680862BA20B950000000000000000100000007DCD471823B7CE3E7B783EF0C8BBC4AF
SUMMARY;LANGUAGE=fr-FR:Point recrutement RH / Logistique
DTSTART;TZID=Morocco Standard Time:20260108T160000
DTEND;TZID=Morocco Standard Time:20260108T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Décalé à 14h (audit client jeudi après-midi).\n
RECURRENCE-ID;TZID=Morocco Standard Time:20260122T160000
UID:040000008200E00074C5B7101A82E00800000000EC6680862BA20B950000000000000000100000007DCD471823B7CE3E7B783EF0C8BBC4AF
SUMMARY;LANGUAGE=fr-FR:Point recrutement RH / Logistique
DTSTART;TZID=Morocco Standard Time:20260122T140000
DTEND;TZID=Morocco Standard Time:20260122T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="mobilite-interne",
        uid=("040000008200E00074C5B7101A82E00800000000CCA7FCB3B9C948AC"
             "000000000000000010000000A4954D79EBC4A7B4824CD283B687C534"),
        label=neg("user-as-interviewer-internal-mobility-candidate"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sabri, Imane":mailto:i.sabri@cablages-detroit.ma
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouhlal,
  Samira":mailto:samira.bouhlal@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Imane\,\n\nSuite à ta candidature interne sur l
 e poste de Chef de quai expédition\, je te propose qu'on en discute : tes
  motivations\, ta vision du poste (chargement camions\, EDI DESADV\, OTD c
 lient)\, et le plan de formation. Samira sera présente.\n\nYoussef\n
UID:040000008200E00074C5B7101A82E00800000000CCA7FCB3B9C948AC000000000000000010000000A4954D79EBC4A7B4824CD283B687C534
SUMMARY;LANGUAGE=fr-FR:Candidature interne – Chef de quai (Imane S.)
DTSTART;TZID=Morocco Standard Time:20260407T110000
DTEND;TZID=Morocco Standard Time:20260407T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Supply Chain – Bât. A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="moqabala-murachah",
        uid=("040000008200E00074C5B7101A82E008000000000AF97D5EAFC48EA8"
             "0000000000000000100000008FB06B24C84568A109948A3FC1572EF3"),
        label=neg("user-as-interviewer-arabic-subject-second-round-cariste"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Akhdim, Mustapha":mailto:m.akhdim@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
 , Youssef":mailto:y.elamrani@cablages-detroit.ma
DESCRIPTION;LANGUAGE=ar-MA:السلام عليكم\,\nالمرشح عبد
  الرحيم (سائق رافعة) – الجولة الثانية مع
  اختبار عملي في المخزن. المرجو الحضور لتق
 ييم المرشح.\nMustapha\n
UID:040000008200E00074C5B7101A82E008000000000AF97D5EAFC48EA80000000000000000100000008FB06B24C84568A109948A3FC1572EF3
SUMMARY;LANGUAGE=ar-MA:مقابلة مع المرشح – cariste (2e tour)
DTSTART;TZID=Morocco Standard Time:20260421T093000
DTEND;TZID=Morocco Standard Time:20260421T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260417T084500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Magasin PF – quai 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="stagiaires-pfe",
        uid=("040000008200E00074C5B7101A82E00800000000FF68081FC02100DF"
             "000000000000000010000000B39CC51BAF8942A2B0F8ECD41D071676"),
        label=neg("user-as-interviewer-intern-selection-pfe-slots"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bouhlal, Samira":mailto:samira.bouhlal@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Sélection des stagiaires PFE supply chain (ENSA
  / ENCG / EMSI) – 4 étudiants x 30 min :\n14h00 Douae H.\n14h30 Zakaria
  M.\n15h00 Soukaina B.\n15h30 Adam R.\nSujets : optimisation des stocks bo
 rd de ligne\, digitalisation des réceptions (EDI/ASN).\n
UID:040000008200E00074C5B7101A82E00800000000FF68081FC02100DF000000000000000010000000B39CC51BAF8942A2B0F8ECD41D071676
SUMMARY;LANGUAGE=fr-FR:Stagiaires PFE SC – entretiens (4 étudiants)
DTSTART;TZID=Morocco Standard Time:20260128T140000
DTEND;TZID=Morocco Standard Time:20260128T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260123T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CDD-Salle RH 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
