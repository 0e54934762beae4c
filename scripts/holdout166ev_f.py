"""holdout166 events, part F: the user on the HIRING side at Sportiva Lyon Confluence (negatives). CC0 1.0."""

EVENTS = [
    {
        "kind": "france-travail",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="GUERIN Sabrina":mailto:sabrina.guerin@francetravail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bonnet, Ke
 vin":mailto:kevin.bonnet@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Morel\,\n\nJe vous confirme le jo
 b dating Sportiva dans nos locaux le 16/10 de 9h à 12h. 22 candidats positi
 onnés (vendeurs sport\, CDD saison hiver 24h et 35h). Entretiens de 10 min
 \, une salle est réservée pour vous et votre adjoint.\nMerci d'apporter vos
  fiches de poste.\n\nSabrina GUERIN\nConseillère entreprises – France Trav
 ail Lyon Gerland\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE00113ADC01000000000000000
 0100000005A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A
SUMMARY;LANGUAGE=fr-FR:Job dating SPORTIVA – vendeurs saison hiver
DTSTART;TZID=Romance Standard Time:20251016T090000
DTEND;TZID=Romance Standard Time:20251016T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T084512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:France Travail Lyon Gerland – salle 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000C0FFEE00113ADC010000000000000000100000005A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-france-travail-job-dating-recruiting-vendeurs")],
    },
    {
        "kind": "alternant-gmail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN=enzo.martin.2006@gmail.com;RSVP=TRUE:mailto:enzo.martin.2006@gma
 il.com
CLASS:PUBLIC
DESCRIPTION:Bonjour Enzo\,\n\nSuite à votre candidature pour l'alternance B
 TS MCO (rentrée septembre)\, je vous propose un entretien au magasin. Deman
 dez-moi à l'accueil.\n\nSandrine Morel\nDirectrice de magasin – Sportiva Ly
 on Confluence\n
DTEND;TZID="Romance Standard Time":20250912T113000
DTSTAMP:20250909T071200Z
DTSTART;TZID="Romance Standard Time":20250912T110000
LOCATION:Sportiva Lyon Confluence – bureau direction
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien alternance BTS MCO – Enzo Martin
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000009E1D2C3B4A25DC01000000000000000
 0100000001B2C3D4E5F60718293A4B5C6D7E8F901
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000009E1D2C3B4A25DC010000000000000000100000001B2C3D4E5F60718293A4B5C6D7E8F901",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-alternant-candidate-on-gmail")],
    },
    {
        "kind": "candidate-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Android//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000DAB0C0DE3B30DC01000000000000000
 010000000AA11BB22CC33DD44EE55FF6600112233
DTSTAMP:20250924T190233Z
DTSTART:20250926T080000Z
DTEND:20250926T083000Z
SUMMARY:Accepté: Entretien vendeur(se) rayon cycle – Sportiva Confluence
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lucas Ferreira:mailto:lucas.ferreira69@hotmail
 .fr
COMMENT:Merci beaucoup\, je serai là. Bonne soirée
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000DAB0C0DE3B30DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600112233",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply")],
    },
    {
        "kind": "interim-candidat",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T130000Z
DTEND:20251120T133000Z
DTSTAMP:20251118T101010Z
ORGANIZER;CN=Morgane Petit:mailto:lyon.confluence@interalpes-interim.fr
UID:6d8f0h2j4l6n8p0r2t4v6x8z0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Sandrine Morel;X-NUM-GUESTS=0:mailto:sandrine.morel@sportiva-retail
 .fr
DESCRIPTION:Bonjour Sandrine\,\nJe vous présente Rayan B.\, intérimaire dis
 ponible pour votre renfort inventaire + réassort décembre (missions 20 à 3
 5h/semaine). Expérience 2 ans en logistique magasin (Castorama). Il passe v
 ous voir jeudi 14h au magasin pour un court entretien.\nCV en pièce jointe
  du mail.\nMorgane – Interalpes Intérim Lyon Confluence\n04 72 ** ** 30
LOCATION:Sportiva Lyon Confluence
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation intérimaire – Rayan B. – renfort inventaire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("6d8f0h2j4l6n8p0r2t4v6x8z0b@google.com", 0, "", "", "", "",
                    "user-as-interviewer-interim-agency-presents-temp")],
    },
    {
        "kind": "sessions-recurring",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entretiens collectifs étudiants (contrats week-end 8h/12h). Sal
 le de pause. Kevin ou Élodie en binôme. Grille Taleez à remplir après chaq
 ue session.
DTSTART;TZID="Romance Standard Time":20251105T140000
DTEND;TZID="Romance Standard Time":20251105T160000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
DTSTAMP:20251030T170000Z
LOCATION:Salle de pause – Sportiva Confluence
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Session recrutement étudiants samedis
UID:040000008200E00074C5B7101A82E00800000000AB01CD02EF03DC01000000000000000
 01000000012121212343434345656565678787878
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Décalé à 15h (livraison Rossignol l'après-midi). Seulement 5 ca
 ndidats inscrits.
DTSTART;TZID="Romance Standard Time":20251119T150000
DTEND;TZID="Romance Standard Time":20251119T170000
RECURRENCE-ID;TZID="Romance Standard Time":20251119T140000
DTSTAMP:20251117T090000Z
LOCATION:Salle de pause – Sportiva Confluence
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
SEQUENCE:1
SUMMARY;LANGUAGE=fr:Session recrutement étudiants samedis
UID:040000008200E00074C5B7101A82E00800000000AB01CD02EF03DC01000000000000000
 01000000012121212343434345656565678787878
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000AB01CD02EF03DC0100000000000000001000000012121212343434345656565678787878",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-recurring-group-sessions-students-with-override")],
    },
    {
        "kind": "essai-typed",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:D1C8E4F2-3A5B-4C6D-9E7F-8A0B1C2D3E4F
DTSTAMP:20251007T112000Z
DTSTART:20251011T093000
DTEND:20251011T130000
SUMMARY:Essai Mehdi K. rayon running
DESCRIPTION:avec Chloé en binôme. voir accueil client\, conseil chaussures
 \, encaissement. si ok -> CDD 24h samedi+mercredi
END:VEVENT
END:VCALENDAR
""",
        "labels": [("D1C8E4F2-3A5B-4C6D-9E7F-8A0B1C2D3E4F", 0, "", "", "", "",
                    "user-as-interviewer-trial-shift-she-supervises-typed")],
    },
    {
        "kind": "debrief-teams",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Massot, Aurélie":mailto:aurelie.massot@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chabert, La
 urent":mailto:laurent.chabert@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Point sur les 4 profils RDR glisse vus cette sem
 aine (2 internes\, 2 externes). Merci de compléter vos avis dans Taleez av
 ant.\n\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/
 l/meetup-join/19%3ameeting_c3BvcnRpdmE\n
UID:040000008200E00074C5B7101A82E00800000000DEB1EF00A23ADC01000000000000000
 010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=fr-FR:Débrief candidats RDR glisse
DTSTART;TZID=Romance Standard Time:20251017T173000
DTEND;TZID=Romance Standard Time:20251017T180000
CLASS:PUBLIC
DTSTAMP:20251014T141500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000DEB1EF00A23ADC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-debrief-with-regional-hr")],
    },
    {
        "kind": "comite-validation",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Chabert, Laurent";SENT-BY="mailto:secretariat.dr-sudest@sporti
 va-retail.fr":mailto:laurent.chabert@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Massot, Au
 rélie":mailto:aurelie.massot@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nicolas, Fa
 bien":mailto:fabien.nicolas@sportiva-retail.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="DR Sud-Est - Salle Mont Bl
 anc":mailto:dr-sudest-montblanc@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Comité de validation des candidats au poste de Di
 recteur de magasin adjoint (Vénissieux). Chaque candidat présente son proj
 et 20 min devant le comité. Sandrine : tu tiens la grille managériale.\n
UID:040000008200E00074C5B7101A82E00800000000C0C0A0A0B04BDC01000000000000000
 01000000099990000888811117777222266663333
SUMMARY;LANGUAGE=fr-FR:Comité de validation – adjoint Vénissieux
DTSTART;TZID=Romance Standard Time:20251120T090000
DTEND;TZID=Romance Standard Time:20251120T123000
CLASS:PUBLIC
DTSTAMP:20251106T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:DR Sud-Est - Salle Mont Blanc
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000C0C0A0A0B04BDC0100000000000000001000000099990000888811117777222266663333",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-hiring-committee-panel-member")],
    },
    {
        "kind": "bookings-host",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN=Sportiva Lyon Confluence - Recrutement:mailto:SportivaConfluenc
 eRecrutement@sportivaretail.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Mor
 el:mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Camille Nguyen:
 mailto:camille.ng.pro@outlook.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien Équip
 ier(ère) de vente – renfort Noël (20 min)\nClient : Camille Nguyen\nTéléph
 one : 07 ** ** ** 12\nMembre du personnel : Sandrine Morel\n\nLieu : Sportiv
 a Lyon Confluence\, accueil\n
UID:040000008200E00074C5B7101A82E00800000000BEEF0B00C47CDC01000000000000000
 01000000013572468ACE0BDF113572468ACE0BDF1
SUMMARY;LANGUAGE=fr-FR:Camille Nguyen – Entretien Équipier(ère) de vente
DTSTART;TZID=Romance Standard Time:20251122T103000
DTEND;TZID=Romance Standard Time:20251122T105000
CLASS:PUBLIC
DTSTAMP:20251119T213012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Sportiva Lyon Confluence\, accueil
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000BEEF0B00C47CDC0100000000000000001000000013572468ACE0BDF113572468ACE0BDF1",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-ms-bookings-user-is-staff-host")],
    },
    {
        "kind": "notes-candidats",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D
DTSTAMP:20251023T074501Z
DTSTART;VALUE=DATE:20251023
DTEND;VALUE=DATE:20251024
SUMMARY:rappeler Léa (caisse) + Yanis
DESCRIPTION:Léa : top\, dispo sam + vac. Noël\, proposer 12h. Yanis : bof
  en conseil\, ok logistique ? voir avec Kevin. répondre aux 3 autres (non)
  avant vendredi
END:VEVENT
END:VCALENDAR
""",
        "labels": [("0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D", 0, "", "", "", "",
                    "user-as-interviewer-hand-typed-notes-on-candidates")],
    },
]
