"""holdout178 events, part 4: Brussels, Ghent, Paris and Montpellier clinics (mixed tools)."""

from holdout178ev_common import iv

EVENTS = [
    (
        "free-mail-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ROMANCE@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251002T195811Z
DESCRIPTION:Bonsoir Madame Vasseur\,\n\nJe vous confirme notre rendez-vous d
 e samedi au cabinet. Je vous fais visiter\, on boit un café et on discute
  de la reprise de ma patientèle à moyen terme (je pars à la pension dans
  3-4 ans).\nSonnez au 27\, c'est la porte verte.\n\nDr Guy Lambotte\nGSM 0
 497 31 08 26\n
DTEND;TZID="Romance Standard Time":20251004T113000
DTSTAMP:20251002T195811Z
DTSTART;TZID="Romance Standard Time":20251004T100000
LAST-MODIFIED:20251002T195811Z
LOCATION:Rue Léopold Ier 27\, 1090 Jette
ORGANIZER;CN="Guy Lambotte":mailto:guy.lambotte@skynet.be
ATTENDEE;CN="elodie.vasseur.veto@orange.fr";RSVP=TRUE:mailto:elodie.vasseur.
 veto@orange.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Rencontre Mme Vasseur
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0C1D7A36533DC01000000000000000010
 000000A9F4C2E07D1B3A4C9E5F6071829304A5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000F0C1D7A36533DC01000000000000000010"
            "000000A9F4C2E07D1B3A4C9E5F6071829304A5", "Clinique Vétérinaire de Jette", "", "",
            "guy.lambotte@skynet.be", "founder-on-skynet-free-mail-succession-chat")],
    ),
    (
        "ms-bookings",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ROMANCE@
BEGIN:VEVENT
UID:bookings-7c21e9a4-33f5-4d6b-b0a8-5e1d9c2f7a60
DTSTAMP:20251013T111207Z
DTSTART;TZID=Romance Standard Time:20251020T120000
DTEND;TZID=Romance Standard Time:20251020T124500
SUMMARY:Entretien de recrutement - vétérinaire pour Élodie Vasseur
ORGANIZER;CN=Centre Vétérinaire de Woluwe:mailto:CentreVeterinairedeWoluwe@
 cvwoluwe.onmicrosoft.com
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.vas
 seur.veto@orange.fr
ATTENDEE;CN=Dr Olivier Jacquemin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mail
 to:o.jacquemin@cvwoluwe.be
DESCRIPTION:Votre rendez-vous est confirmé.\n\nService : Entretien de recrut
 ement - vétérinaire\nMembre du personnel : Dr Olivier Jacquemin\nDurée : 4
 5 minutes\n\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_MmU0YTcx\n\nGérer la réservation : https://o
 utlook.office365.com/owa/calendar/CentreVeterinairedeWoluwe@cvwoluwe.onmicr
 osoft.com/bookings/\n\nCentre Vétérinaire de Woluwe\, Avenue Georges Henri 3
 02\, 1200 Woluwe-Saint-Lambert
LOCATION:Réunion Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("bookings-7c21e9a4-33f5-4d6b-b0a8-5e1d9c2f7a60", "Centre Vétérinaire de Woluwe",
            "vétérinaire", "", "o.jacquemin@cvwoluwe.be", "ms-bookings-user-as-customer")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T120000Z
DTEND:20251008T130000Z
DTSTAMP:20251003T144322Z
ORGANIZER;CN=Wouter Claeys:mailto:wouter.claeys@gmail.com
UID:1fk3o8ab6s2dq9pl0v4r7ehmcu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wouter
  Claeys;X-NUM-GUESTS=0:mailto:wouter.claeys@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lien V
 an Damme;X-NUM-GUESTS=0:mailto:lien@dap-gentzuid.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Dag Elodie\,\n\nLeuk dat je interesse hebt in onze praktijk! Zo
 als afgesproken: een kennismakingsgesprek bij ons in de praktijk\, met Lie
 n (mijn vennoot) erbij. Mag in het Frans\, ons Frans is ook niet slecht ;-
 )\n\nTot woensdag\,\nWouter\nDierenartsenpraktijk Gent-Zuid
LOCATION:Sint-Pietersnieuwstraat 201\, 9000 Gent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennismaking Elodie Vasseur
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("1fk3o8ab6s2dq9pl0v4r7ehmcu@google.com", "Dierenartsenpraktijk Gent-Zuid", "", "",
            "wouter.claeys@gmail.com;lien@dap-gentzuid.be", "dutch-kennismaking-gmail-partner")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Beste mevrouw Vasseur\,\n\nHierbij bevestig ik uw sollicitatiege
 sprek voor de functie van dierenarts gezelschapsdieren (voltijds\, met wach
 tdienst 1 weekend op 4).\nU wordt ontvangen door dr. Bart Goossens en dr.
  Els Maes.\n\nMet vriendelijke groeten\,\nHilde Verstraete\nadministratie
 \n
DTEND;TZID=Europe/Brussels:20251023T171500
DTSTAMP:20251014T080233Z
DTSTART;TZID=Europe/Brussels:20251023T163000
LOCATION:Dierenkliniek Merelbeke\, Hundelgemsesteenweg 412\, 9820 Merelbeke
ORGANIZER;CN="Verstraete Hilde":mailto:hilde@dierenkliniekmerelbeke.be
ATTENDEE;CN="Goossens Bart";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bart@dieren
 kliniekmerelbeke.be
ATTENDEE;CN="Maes Els";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:els@dierenklinie
 kmerelbeke.be
ATTENDEE;CN="elodie.vasseur.veto@orange.fr";ROLE=REQ-PARTICIPANT;RSVP=TRUE:m
 ailto:elodie.vasseur.veto@orange.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl-be:Sollicitatiegesprek E. Vasseur
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E6B2F0C8A744DC01000000000000000010
 0000003C8D1F2E4A5B6C7D8E9F0A1B2C3D4E5F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000E6B2F0C8A744DC01000000000000000010"
            "0000003C8D1F2E4A5B6C7D8E9F0A1B2C3D4E5F", "Dierenkliniek Merelbeke",
            "dierenarts gezelschapsdieren", "",
            "bart@dierenkliniekmerelbeke.be;els@dierenkliniekmerelbeke.be",
            "dutch-sollicitatiegesprek-admin-sends")],
    ),
    (
        "desktop-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@TZ_BRUSSELS@
BEGIN:VEVENT
UID:C1D8A4E2-7B39-4F06-9E15-2A6F0B8C3D71
DTSTAMP:20251027T212015Z
CREATED:20251027T211940Z
DTSTART;TZID=Europe/Brussels:20251031T140000
DTEND;TZID=Europe/Brussels:20251031T151500
SUMMARY:gesprek De Pauw Gent 14u
LOCATION:Dierenkliniek De Pauw\, Brusselsesteenweg 88\, Gentbrugge
DESCRIPTION:train Lille Flandres 11h58 -> Gent St-Pieters\nvragen: wachtd
 iensten ? NL niveau B1 ok ?? salaris bruto/netto BE vs FR\, auto van de z
 aak ?\nDr. Annelies De Pauw + haar man (Koen)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("C1D8A4E2-7B39-4F06-9E15-2A6F0B8C3D71", "Dierenkliniek De Pauw", "", "",
            "Dr. Annelies De Pauw;Koen", "mac-typed-dutch-gesprek-with-notes")],
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
DTSTART;TZID=Europe/Paris:20251106T124500
DTEND;TZID=Europe/Paris:20251106T133000
DTSTAMP:20251030T090119Z
ORGANIZER;CN=Clinique Vétérinaire des Batignolles:mailto:contact@veto-batign
 olles.fr
UID:0t9uq4p1ml7bh2c6a5e8s3gvkd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Nico
 las Aubert;X-NUM-GUESTS=0:mailto:n.aubert@veto-batignolles.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Entretien en visio avec le Dr Aubert\, associé gérant\, pour le
  poste de vétérinaire associée (entrée au capital à 18 mois). Merci de vous
  connecter 5 min avant.\n\nhttps://meet.google.com/ojk-wtys-pzv
LOCATION:https://meet.google.com/ojk-wtys-pzv
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visio Dr Aubert / Dr Vasseur
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("0t9uq4p1ml7bh2c6a5e8s3gvkd@google.com", "Clinique Vétérinaire des Batignolles",
            "vétérinaire associée", "hiring_manager", "n.aubert@veto-batignolles.fr",
            "google-visio-associate-partner-track")],
    ),
    (
        "workable",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-2f8b04a1d3@workable.com
DTSTAMP:20251015T134456Z
DTSTART:20251022T080000Z
DTEND:20251022T084500Z
SUMMARY:Interview with CHV Seine-Ouest: Vétérinaire généraliste - médecine c
 anine (H/F)
ORGANIZER;CN=CHV Seine-Ouest via Workable:mailto:notifications@workablemail.com
ATTENDEE;CN=Élodie Vasseur;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.vas
 seur.veto@orange.fr
ATTENDEE;CN=Romain Tessier;PARTSTAT=ACCEPTED:mailto:romain.tessier@chvso.fr
DESCRIPTION:Hi Élodie\,\n\nYour interview for Vétérinaire généraliste - méd
 ecine canine (H/F) at CHV Seine-Ouest has been scheduled.\n\nWhen: Wed\, 22
  Oct 2025 10:00 - 10:45 (Europe/Paris)\nWith: Romain Tessier (Responsable
  RH)\nWhere: Video call - Zoom https://us06web.zoom.us/j/87730211964\n\nPow
 ered by Workable
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("workable-event-2f8b04a1d3@workable.com", "CHV Seine-Ouest",
            "Vétérinaire généraliste - médecine canine (H/F)", "recruiter_screen",
            "romain.tessier@chvso.fr", "workable-english-wrapper-french-role")],
    ),
    (
        "icloud-invite",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
@TZ_PARIS@
BEGIN:VEVENT
UID:8D3F0A6C-E2B1-4C97-B5A0-F14E7D2C9B38
DTSTAMP:20251103T173010Z
DTSTART;TZID=Europe/Paris:20251113T140000
DTEND;TZID=Europe/Paris:20251113T150000
SUMMARY:Dr Vasseur - entretien Oberkampf
ORGANIZER;CN=Claire Benhamou:mailto:claire.benhamou@icloud.com
ATTENDEE;CN=Claire Benhamou;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:claire.benha
 mou@icloud.com
ATTENDEE;CN=elodie.vasseur.veto@orange.fr;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;RO
 LE=REQ-PARTICIPANT:mailto:elodie.vasseur.veto@orange.fr
LOCATION:Clinique Vétérinaire Oberkampf\n97 rue Oberkampf\, 75011 Paris
DESCRIPTION:Métro Parmentier. On sera entre deux consults donc je vous fais
  visiter vite fait et on s'installe en salle de pause.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("8D3F0A6C-E2B1-4C97-B5A0-F14E7D2C9B38", "Clinique Vétérinaire Oberkampf", "", "",
            "claire.benhamou@icloud.com", "icloud-owner-invite-entretien")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251009T190000Z
DTEND:20251009T194500Z
DTSTAMP:20251007T223301Z
ORGANIZER;CN=Maxime Dervaux:mailto:maxime.dervaux@gmail.com
UID:5c2hn9ej0b4ro7kq1f8ma3ulsp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maxime
  Dervaux;X-NUM-GUESTS=0:mailto:maxime.dervaux@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Hello Élodie\,\n\nSuper d'avoir ton retour sur LinkedIn. Comme
  je te disais\, on lance Vetaligo (consultations vétérinaires à domicile +
  téléconsult) à Lille en janvier et je cherche notre première vét' référen
 te / lead médical. On fait ça en visio ce soir après tes consults ?\n\nMax
 \, co-founder & CEO\n\nhttps://meet.google.com/ynb-hqcz-xru
LOCATION:https://meet.google.com/ynb-hqcz-xru
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Élodie x Max (Vetaligo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("5c2hn9ej0b4ro7kq1f8ma3ulsp@google.com", "Vetaligo", "", "hiring_manager",
            "maxime.dervaux@gmail.com", "startup-founder-gmail-evening-meet")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251121
DTSTAMP:20251105T100233Z
ORGANIZER;CN=Julie Roussel:mailto:julie.roussel@clinique-occitanie.vet
UID:2pd7e0g5jq9kl4t1b6m3o8rvah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julie R
 oussel;X-NUM-GUESTS=0:mailto:julie.roussel@clinique-occitanie.vet
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Journée d'immersion à la clinique (8h-18h30) : consultations en
  binôme avec moi le matin\, chirurgie l'après-midi avec le Dr Vidal. Déjeu
 ner avec l'équipe.\nPensez à votre tenue et à une pièce d'identité pour l'a
 ssurance.
LOCATION:Clinique Vétérinaire Occitanie\, 1450 avenue de Toulouse\, 34070 M
 ontpellier
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'immersion - Élodie Vasseur
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        [iv("2pd7e0g5jq9kl4t1b6m3o8rvah@google.com", "Clinique Vétérinaire Occitanie", "",
            "onsite", "julie.roussel@clinique-occitanie.vet;Dr Vidal",
            "all-day-journee-immersion-montpellier")],
    ),
]
