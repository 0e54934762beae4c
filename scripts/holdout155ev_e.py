"""holdout155 events, part E: the user on the HIRING side at Brabant Logistique (1/2)."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("interview-kit", "sr-interview-7d1c4a20-5e9b-4b31-8f02-c6a9e0d3b718@smartrecruiters.com", 0,
       "", "", "", "", "user-as-interviewer-smartrecruiters-interview-kit-payroll",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:sr-interview-7d1c4a20-5e9b-4b31-8f02-c6a9e0d3b718@smartrecruiters.com
DTSTAMP:20250224T101500Z
DTSTART;TZID=Europe/Brussels:20250304T140000
DTEND;TZID=Europe/Brussels:20250304T150000
SUMMARY:Entretien : Thomas Lejeune - Gestionnaire de paie (H/F/X) - REF2291
DESCRIPTION:Vous avez été ajouté(e) comme membre du jury pour cet entretien
 .\n\nCandidat : Thomas Lejeune\nPoste : Gestionnaire de paie (H/F/X)\, Br
 uxelles - Siège\nJury : Emilie Dubois\, Nadia Ouali\n\nKit d'entretien et
  grille d'évaluation : https://www.smartrecruiters.com/app/interviews/7d1c4
 a20/kit\nMerci de compléter votre évaluation dans les 24 heures suivant l'
 entretien.\n\nLieu : BXL - Salle Senne (2.04)
LOCATION:BXL - Salle Senne (2.04)
ORGANIZER;CN=An Claeys:mailto:a.claeys@brabant-logistique.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:e.dubois@brabant-logistique.be
ATTENDEE;CN=Nadia Ouali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:n.ouali@brabant-logistique.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("jury-selection", "040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB0100000000000000001000000012121212343434345656565678787878", 0,
       "", "", "", "", "user-as-interviewer-chairs-selection-jury-warehouse",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet, Sven":mailto:s.desmet@brabant-logistique.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="VIL - Salle Zenne":mailto:vil.zenne@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Sven\,\n\nJury pour le poste de chef d'équipe entrepôt (équipe de nuit).\n9h00 Kevin M. (interne\, cariste depuis 2019)\n10h15 Aurélie D. (Tempo-Team)\n11h30 Bilal S. (externe)\n\nGrille d'entretien et CV dans le dossier Teams > RH Recrutement > 2025 > CET nuit. On garde 15 min après chaque candidat pour la cotation.\n\nEmilie\n
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=fr-BE:Jury de sélection - Chef d'équipe entrepôt nuit (3 candidats)
DTSTART;TZID=Romance Standard Time:20250312T090000
DTEND;TZID=Romance Standard Time:20250312T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T160012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:VIL - Salle Zenne
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("sollicitatiegesprek", "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB0100000000000000001000000023232323454545456767676789898989", 0,
       "", "", "", "", "user-as-interviewer-dutch-sollicitatiegesprek-candidate-telenet",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jan.peeters85@telenet.be:mailto:jan.peeters85@telenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet, Sven":mailto:s.desmet@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Beste meneer Peeters\,\n\nBedankt voor uw sollicitatie voor de functie van magazijnverantwoordelijke in Vilvoorde. Graag nodigen wij u uit voor een sollicitatiegesprek met Sven De Smet (sitemanager) en mezelf.\n\nAdres: Brabant Logistique\, Steenkaai 12\, 1800 Vilvoorde - onthaal gebouw A. Gelieve uw identiteitskaart mee te brengen (veiligheidsregels site).\n\nMet vriendelijke groeten\,\nEmilie Dubois\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB0100000000000000001000000023232323454545456767676789898989
SUMMARY;LANGUAGE=nl-BE:Sollicitatiegesprek magazijnverantwoordelijke - J. Peeters
DTSTART;TZID=Romance Standard Time:20250319T133000
DTEND;TZID=Romance Standard Time:20250319T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T102030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vilvoorde - gebouw A - vergaderzaal 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("feedback-task", "sr-feedback-reminder-3b0e8f51-4412@smartrecruiters.com", 0,
       "", "", "", "", "user-as-interviewer-scorecard-feedback-reminder",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sr-feedback-reminder-3b0e8f51-4412@smartrecruiters.com
DTSTAMP:20250402T160000Z
DTSTART:20250403T070000Z
DTEND:20250403T071500Z
SUMMARY:Évaluation à compléter : Laura Mertens - Responsable Transport
DESCRIPTION:Bonjour Emilie\,\n\nVotre évaluation pour l'entretien du 2 avr
 il avec Laura Mertens (Responsable Transport - REF2307) n'a pas encore été
  soumise.\n\nCompléter la grille : https://www.smartrecruiters.com/app/fe
 edback/3b0e8f51\n\nLes autres membres du jury attendent votre avis pour l
 a décision.\n\nSmartRecruiters - Brabant Logistique
ORGANIZER;CN=Brabant Logistique Recrutement:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION:mailto:e.dubois@brabant-logistique.be
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("debrief-kam", "040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB0100000000000000001000000034343434565656567878787890909090", 0,
       "", "", "", "", "user-as-interviewer-candidate-debrief-go-no-go",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Vandenberghe, Marc":mailto:m.vandenberghe@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Claeys, An":mailto:a.claeys@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:On fait le tour des 3 finalistes KAM (Bruno\, Eline\, Stéphanie) et on décide qui on voit en 2e tour. Merci d'avoir mis vos cotes dans SmartRecruiters avant.\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de réunion : 318 455 202 917\nCode secret : pW7yR2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB0100000000000000001000000034343434565656567878787890909090
SUMMARY;LANGUAGE=fr-BE:Debrief candidats KAM - go/no go 2e tour
DTSTART;TZID=Romance Standard Time:20250320T163000
DTEND;TZID=Romance Standard Time:20250320T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T081100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("comite-recrutement", "040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB0100000000000000001000000045454545676767678989898901010101", 0,
       "", "", "", "", "user-as-interviewer-hiring-committee-coo-shortlist",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe";SENT-BY="mailto:c.lambert@brabant-logistique.be":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hendrickx, Dirk (CEO)":mailto:d.hendrickx@brabant-logistique.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BXL - Boardroom (5e)":mailto:bxl.boardroom@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Comité de recrutement - Directeur·rice des Opérations.\nOrdre du jour :\n1. Retour sur les 4 candidats vus en 2e tour (synthèse Emilie)\n2. Résultats des assessments\n3. Choix du/de la candidat(e) pour l'offre + fourchette salariale\n\nDocuments confidentiels dans le dossier partagé DirOps.\n\nCaroline Lambert pour Philippe Janssens\n
UID:040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB0100000000000000001000000045454545676767678989898901010101
SUMMARY;LANGUAGE=fr-BE:Comité de recrutement - Dir. Opérations (confidentiel)
DTSTART;TZID=Romance Standard Time:20250409T080000
DTEND;TZID=Romance Standard Time:20250409T093000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250331T122000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - Boardroom (5e)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("shadowing", "040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DB0100000000000000001000000056565656787878789090909012121212", 0,
       "", "", "", "", "user-as-interviewer-junior-shadows-her-driver-interviews",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wouters, Lotte":mailto:l.wouters@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Lotte\, tu assistes aux 4 entretiens chauffeurs C/CE de l'après-midi (tu observes\, tu ne poses pas de questions sauf sur le planning/horaires). On débriefe 15 min à la fin : structure STAR\, tests permis/CAP\, points d'attention légaux (questions interdites).\n
UID:040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DB0100000000000000001000000056565656787878789090909012121212
SUMMARY;LANGUAGE=fr-BE:Shadowing Lotte - entretiens chauffeurs C/CE
DTSTART;TZID=Romance Standard Time:20250326T130000
DTEND;TZID=Romance Standard Time:20250326T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:VIL - Salle Zenne
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("proefdag", "040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DB0100000000000000001000000067676767898989890101010123232323", 0,
       "", "", "", "", "user-as-interviewer-trial-shift-she-supervises",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maes, Kristof (ploegbaas nacht)":mailto:k.maes@brabant-logistique.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet, Sven":mailto:s.desmet@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Kristof\,\n\nKarim Haddad komt een proefdag (proefshift) doen als orderpicker in de nachtploeg. Hij heeft zijn veiligheidsopleiding gehad. Gelieve hem te koppelen aan een ervaren collega en mij om 03u00 een korte evaluatie door te sturen (tempo\, nauwkeurigheid scanner\, houding). Ik kom om 22u00 langs voor de ontvangst.\n\nDank je\,\nEmilie\n
UID:040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DB0100000000000000001000000067676767898989890101010123232323
SUMMARY;LANGUAGE=nl-BE:Proefdag orderpicker - Karim Haddad (nachtploeg)
DTSTART;TZID=Romance Standard Time:20250402T220000
DTEND;TZID=Romance Standard Time:20250403T060000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T091500Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vilvoorde - hal 3
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-gmail", "040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB0100000000000000001000000078787878909090901212121234343434", 0,
       "", "", "", "", "user-as-interviewer-teams-interview-candidate-on-gmail",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofie.vandenbroeck92@gmail.com:mailto:sofie.vandenbroeck92@gmail.com
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Madame Vandenbroeck\,\n\nComme convenu par téléphone\, je vous confirme notre entretien en visio pour le poste d'Assistante RH (remplacement congé de maternité\, CDD 6 mois).\n\nBien à vous\,\nEmilie Dubois\nHR Business Partner - Brabant Logistique\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de réunion : 391 227 540 881\nCode secret : Xc8kL4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB0100000000000000001000000078787878909090901212121234343434
SUMMARY;LANGUAGE=fr-BE:Entretien - Assistante RH (remplacement) - S. Vandenbroeck
DTSTART;TZID=Romance Standard Time:20250415T110000
DTEND;TZID=Romance Standard Time:20250415T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T134400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("interim-kandidaat", "040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DB0100000000000000001000000089898989010101012323232345454545", 0,
       "", "", "", "", "user-as-interviewer-interim-agency-presents-candidate",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Van Damme, Elke":mailto:elke.vandamme@flexpro-interim.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=e.dubois@brabant-logistique.be:mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s.desmet@brabant-logistique.be:mailto:s.desmet@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Emilie\,\n\nZoals telefonisch afgesproken stellen wij Mohamed El Amrani voor als heftruckchauffeur (interim met optie vast). 6 jaar ervaring reachtruck en heftruck\, attest VCA\, beschikbaar vanaf 22/04.\nHij komt om 10u op de site voor een kort gesprek met jou en Sven\, daarna een praktische test op de heftruck. CV in bijlage.\n\nGroetjes\,\nElke Van Damme\nFlexPro Interim Vilvoorde\n
UID:040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DB0100000000000000001000000089898989010101012323232345454545
SUMMARY;LANGUAGE=nl-BE:Voorstelling kandidaat heftruckchauffeur - M. El Amrani (FlexPro)
DTSTART;TZID=Romance Standard Time:20250409T100000
DTEND;TZID=Romance Standard Time:20250409T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T150100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Brabant Logistique Vilvoorde - onthaal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("reply-accepte", "040000008200E00074C5B7101A82E0080000000099C0D1E2F3A4DB0100000000000000001000000090909090121212123434343456565656", 0,
       "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
       r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;PARTSTAT=ACCEPTED;CN=Grégory Lambotte:mailto:gregory.lambotte@hotmail.com
COMMENT;LANGUAGE=fr-BE:Bonjour Madame Dubois\, je serai présent. Merci et à mardi. G. Lambotte
UID:040000008200E00074C5B7101A82E0080000000099C0D1E2F3A4DB0100000000000000001000000090909090121212123434343456565656
SUMMARY;LANGUAGE=fr-BE:Accepté: Entretien - Responsable d'entrepôt Courcelles
DTSTART;TZID=Romance Standard Time:20250520T140000
DTEND;TZID=Romance Standard Time:20250520T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T184200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Courcelles - bureaux site (1er étage)
END:VEVENT
END:VCALENDAR
"""),
]
