"""holdout233 events, part B: Algeciras, Geodis, Marjane, Aptiv, Siemens Gamesa, Decathlon (hand-written)."""

from holdout233ev_tz import CASA, MADRID, ROMANCE_WIN, W_EUROPE_WIN

EVENTS = [
    dict(
        kind="personio-llamada",
        uid="personio-interview-1184502-es@personio.de",
        label=(1, "Bahía Logística", "Responsable de Logística", "recruiter_screen",
               "lucia.moreno@bahialogistica.es", "personio-spanish-phone-screen-algeciras"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//ES
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:personio-interview-1184502-es@personio.de
DTSTAMP:20260116T121400Z
DTSTART;TZID=Europe/Madrid:20260120T170000
DTEND;TZID=Europe/Madrid:20260120T173000
SUMMARY:Entrevista telefónica: Responsable de Logística (Algeciras) – Youssef El Amrani
DESCRIPTION:Hola Youssef\,\n\nGracias por tu interés en Marítima Bahía L
 ogística S.L. Te confirmamos una primera entrevista telefónica con Lucí
 a Moreno (Talento y Personas).\n\nTe llamaremos al +212 661 234 578. Si ne
 cesitas cambiar la hora\, responde a este correo.\n\nUn saludo\,\nEquipo d
 e Selección – Bahía Logística
ORGANIZER;CN=Lucía Moreno:mailto:lucia.moreno@bahialogistica.es
ATTENDEE;CN=Youssef El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista-presencial",
        uid="3hb8q2nfe0j4gk7ptd1v6c9m5a@google.com",
        label=(1, "Bahía Logística", "", "onsite",
               "antonio.ruiz@bahialogistica.es;lucia.moreno@bahialogistica.es",
               "spanish-onsite-algeciras-ferry-madrid-tz"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260211T113000
DTEND;TZID=Europe/Madrid:20260211T130000
DTSTAMP:20260202T084412Z
ORGANIZER;CN=Lucía Moreno:mailto:lucia.moreno@bahialogistica.es
UID:3hb8q2nfe0j4gk7ptd1v6c9m5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Antonio Ruiz;X-NUM-GUESTS=0:mailto:antonio.ruiz@bahialogistica.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Moreno;X-NUM-GUESTS=0:mailto:lucia.moreno@bahialogistica.es
DESCRIPTION:Segunda entrevista\, presencial\, con Antonio Ruiz (Director de
  Operaciones). Nuestras oficinas están a 10 min a pie de la estación mar
 ítima: si vienes en el ferry de Tanger Med de las 09:00 llegas con margen
 .\n\nDirección: Av. Virgen del Carmen 21\, 2ª planta\, 11201 Algeciras (
 Cádiz).\nPregunta por Lucía en recepción.
LOCATION:Marítima Bahía Logística\, Av. Virgen del Carmen 21\, Algeciras
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrevista – Y. El Amrani / Dirección de Operaciones
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-rh-france",
        uid=("040000008200E00074C5B7101A82E00800000000E1D7A04BBA90DC01"
             "00000000000000001000000055AA33CC77EE11DD99BB00FF22446688"),
        label=(1, "GEODIS", "Responsable S&OP Europe du Sud (H/F)", "recruiter_screen",
               "claire.dumont@geodis.com", "french-company-teams-romance-standard-time"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="DUMONT Claire":mailto:claire.dumont@geodis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Youssef\,\n\nJe vous remercie pour votre
  candidature au poste de Responsable S&OP Europe du Sud (H/F) basé à Lyo
 n. Je vous propose un premier entretien en visio.\n\n_____________________
 ___________________________________________________________\nRéunion Micr
 osoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appare
 il de salle\nCliquez ici pour participer à la réunion<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_OTBjZTQx>\nID de réunion : 381 902 5
 54 117\nCode secret : Zk7mP3\nParticiper par téléphone\n+33 1 70 91 86 4
 6\,\,208117446#   France\, Paris\nID de conférence téléphonique : 208 1
 17 446#\n_________________________________________________________________
 _______________\n\nClaire DUMONT\nChargée de recrutement – GEODIS Contr
 act Logistics\n
UID:040000008200E00074C5B7101A82E00800000000E1D7A04BBA90DC0100000000000000001000000055AA33CC77EE11DD99BB00FF22446688
SUMMARY;LANGUAGE=fr-FR:Entretien Teams - Youssef EL AMRANI - Resp. S&OP Europe du Sud
DTSTART;TZID=Romance Standard Time:20260122T140000
DTEND;TZID=Romance Standard Time:20260122T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T100127Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTBjZTQx
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-manager-france",
        uid=("040000008200E00074C5B7101A82E008000000009F3E6C21C596DC01"
             "000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56"),
        label=(1, "GEODIS", "", "hiring_manager",
               "thomas.lefevre@geodis.com;claire.dumont@geodis.com", "french-company-teams-n-plus-1-paris-time"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="DUMONT Claire":mailto:claire.dumont@geodis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LEFEVRE Thomas":mailto:thomas.lefevre@geodis.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Youssef\,\n\nSuite à notre échange\, j
 'ai le plaisir de vous proposer un entretien avec Thomas LEFEVRE\, Directe
 ur Supply Chain Europe du Sud\, futur N+1 du poste. Je serai également pr
 ésente.\n\nAttention : l'heure indiquée est l'heure de Paris.\n\n_______
 _________________________________________________________________________\
 nRéunion Microsoft Teams\nCliquez ici pour participer à la réunion<http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_YTQ1ZmE2>\nID de réuni
 on : 327 554 810 092\nCode secret : 4TqR8v\n______________________________
 __________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000009F3E6C21C596DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=fr-FR:Entretien - Y. EL AMRANI / T. LEFEVRE
DTSTART;TZID=Romance Standard Time:20260206T110000
DTEND;TZID=Romance Standard Time:20260206T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T152244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="rekrute-invite",
        uid="6f2k9d0q1r8s3t7u4v5w0xmarjane@google.com",
        label=(1, "Marjane", "Supply Chain Manager Régional Nord", "recruiter_screen",
               "meriem.tahiri@marjane.ma", "google-invite-rekrute-candidature-visio"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260302T113000
DTEND;TZID=Africa/Casablanca:20260302T121500
DTSTAMP:20260225T091015Z
ORGANIZER;CN=Meriem Tahiri:mailto:meriem.tahiri@marjane.ma
UID:6f2k9d0q1r8s3t7u4v5w0xmarjane@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Meriem Tahiri;X-NUM-GUESTS=0:mailto:meriem.tahiri@marjane.ma
DESCRIPTION:Bonjour M. El Amrani\,\n\nSuite à votre candidature via ReKrut
 e (réf. MJ-SCM-0226)\, nous vous invitons à un premier entretien en visi
 oconférence pour le poste de Supply Chain Manager Régional Nord.\n\nRejo
 indre Google Meet : https://meet.google.com/xbt-qwpo-kmz\n\nMeriem Tahiri\
 nChargée de recrutement – Marjane Group
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marjane – Entretien SCM Régional Nord
TRANSP:OPAQUE
CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.google.com/xbt-qwpo-kmz
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cancelled",
        uid="6f2k9d0q1r8s3t7u4v5w0xmarjane@google.com",
        label=(1, "Marjane", "", "recruiter_screen",
               "meriem.tahiri@marjane.ma", "method-cancel-same-uid-ramadan-reschedule-later"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260302T113000
DTEND;TZID=Africa/Casablanca:20260302T121500
DTSTAMP:20260301T162245Z
ORGANIZER;CN=Meriem Tahiri:mailto:meriem.tahiri@marjane.ma
UID:6f2k9d0q1r8s3t7u4v5w0xmarjane@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=yo
 ussef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamrani.scm@gm
 ail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Meriem
  Tahiri;X-NUM-GUESTS=0:mailto:meriem.tahiri@marjane.ma
DESCRIPTION:Cet événement a été annulé. Nous reviendrons vers vous après l'Aïd pour fixer un nouveau créneau.
LOCATION:Google Meet
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Annulé : Marjane – Entretien SCM Régional Nord
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-17733902004@greenhouse.io",
        label=(1, "Aptiv", "Materials & Logistics Manager", "recruiter_screen",
               "sara.elkhoury@aptiv.com", "greenhouse-english-utc-zoom-screen"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-17733902004@greenhouse.io
DTSTAMP:20260105T150533Z
DTSTART:20260109T100000Z
DTEND:20260109T103000Z
SUMMARY:Youssef El Amrani <> Aptiv | Recruiter Screen
DESCRIPTION:Hi Youssef\,\n\nThanks for your interest in the Materials & Log
 istics Manager role at our Tangier site. This is a 30-minute conversation
  with Sara El Khoury from our Talent Acquisition team.\n\nJoin Zoom Meetin
 g\nhttps://aptiv.zoom.us/j/93811045672?pwd=Qm9sV1N4\nMeeting ID: 938 1104
  5672\nPasscode: 551902\n\nOne tap mobile\n+33170372246\,\,93811045672# Fr
 ance\n\nPowered by Greenhouse
LOCATION:https://aptiv.zoom.us/j/93811045672
ORGANIZER;CN=Sara El Khoury:mailto:sara.elkhoury@aptiv.com
ATTENDEE;CN=Youssef El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Sara El Khoury;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sara.elkhoury@aptiv.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hiring-manager",
        uid="greenhouse-interview-17733902377@greenhouse.io",
        label=(1, "Aptiv", "", "hiring_manager",
               "mehdi.lahlou@aptiv.com", "greenhouse-hiring-manager-coordinator-organizer"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-17733902377@greenhouse.io
DTSTAMP:20260114T101204Z
DTSTART:20260119T130000Z
DTEND:20260119T140000Z
SUMMARY:Youssef El Amrani <> Aptiv | Hiring Manager Interview
DESCRIPTION:Hi Youssef\,\n\nYou're confirmed for your interview with Mehdi
  Lahlou (Plant Materials Manager\, Tangier). Our coordinator Ines will be
  your point of contact for logistics.\n\nJoin Microsoft Teams Meeting\nhtt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_MWY0NTFk\n\nPowered by
  Greenhouse
LOCATION:Microsoft Teams
ORGANIZER;CN=Ines Haddad (Recruiting Coordinator):mailto:ines.haddad@aptiv.com
ATTENDEE;CN=Youssef El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Mehdi Lahlou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mehdi.lahlou@aptiv.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="smartrecruiters",
        uid="SR-INTERVIEW-6a1e77c2-0d3f-49b1-a3c5-sgre@smartrecruiters.com",
        label=(1, "Siemens Gamesa", "Supply Chain Planning Lead", "technical",
               "ana.gil@siemensgamesa.com;hamid.belkadi@siemensgamesa.com", "smartrecruiters-technical-panel-english"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
UID:SR-INTERVIEW-6a1e77c2-0d3f-49b1-a3c5-sgre@smartrecruiters.com
DTSTAMP:20260218T081145Z
DTSTART;TZID=Africa/Casablanca:20260223T100000
DTEND;TZID=Africa/Casablanca:20260223T111500
SUMMARY:Technical Interview – Supply Chain Planning Lead (Tangier Blade Factory)
DESCRIPTION:Dear Youssef\,\n\nYour technical interview has been scheduled.\
 n\nInterviewers:\n• Ana Gil – Head of Planning\, Blades EMEA\n• Hami
 d Belkadi – Logistics Manager\, Tangier\n\nTopics: MRP parameters\, capa
 city planning\, SAP PP/MM\, supplier VMI set-ups.\n\nMicrosoft Teams: http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3YjQ0\n\nKind regard
 s\,\nSiemens Gamesa Talent Acquisition
ORGANIZER;CN=Siemens Gamesa Talent Acquisition:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Ana Gil;PARTSTAT=ACCEPTED:mailto:ana.gil@siemensgamesa.com
ATTENDEE;CN=Hamid Belkadi;PARTSTAT=ACCEPTED:mailto:hamid.belkadi@siemensgamesa.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="final-madrid",
        uid=("040000008200E00074C5B7101A82E0080000000077F10C8A03A2DC01"
             "000000000000000010000000EE11DD22CC33BB44AA5599668877FF00"),
        label=(1, "Siemens Gamesa", "SC Planning Lead", "final",
               "javier.ortega@siemensgamesa.com", "outlook-final-w-europe-zone-director-madrid"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Ortega Sanz, Javier";SENT-BY="mailto:marta.lopez@siemensgamesa.com":mailto:javier.ortega@siemensgamesa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
DESCRIPTION;LANGUAGE=en-US:Final conversation with Javier Ortega\, VP Opera
 tions Blades. 45 minutes\, English/Spanish.\n\n___________________________
 _____________________________________________________\nMicrosoft Teams mee
 ting\nJoin on your computer\, mobile app or room device\nClick here to joi
 n the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDcxY
 TEy>\nMeeting ID: 354 771 029 886\nPasscode: p8XwQ2\n_____________________
 ___________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000077F10C8A03A2DC01000000000000000010000000EE11DD22CC33BB44AA5599668877FF00
SUMMARY;LANGUAGE=en-US:Final interview – Y. El Amrani (SC Planning Lead Tangier)
DTSTART;TZID=W. Europe Standard Time:20260312T170000
DTEND;TZID=W. Europe Standard Time:20260312T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T110930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="decathlon-meet",
        uid="1a9v4b7n0m3c6x2z5l8k1decath@google.com",
        label=(1, "Decathlon", "Responsable Logistique Entrepôt Régional", "recruiter_screen",
               "ghita.amrani@decathlon.com", "google-workspace-employer-meet-screen"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Africa/Casablanca
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260128T173000
DTEND;TZID=Africa/Casablanca:20260128T181500
DTSTAMP:20260124T135540Z
ORGANIZER;CN=Ghita Amrani:mailto:ghita.amrani@decathlon.com
UID:1a9v4b7n0m3c6x2z5l8k1decath@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ghita Amrani;X-NUM-GUESTS=0:mailto:ghita.amrani@decathlon.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Salut Youssef !\n\nComme on s'est dit au téléphone\, on se ca
 le 45 min pour parler de toi\, de ton parcours et du rôle de Responsable
  Logistique Entrepôt Régional à Bouskoura. Ici on se tutoie :)\n\nRejoi
 ndre avec Google Meet : https://meet.google.com/pzr-hyqa-fve\nRejoindre pa
 r téléphone : (FR) +33 1 87 40 41 73 PIN : 613 442 851 9087#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Youssef x Decathlon – on fait connaissance
TRANSP:OPAQUE
CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.google.com/pzr-hyqa-fve
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="immersion-day",
        uid="4q7w1e3r5t9y2u8i0odecath@google.com",
        label=(1, "Decathlon", "", "onsite",
               "anas.mekouar@decathlon.com", "journee-immersion-entrepot-trial-day-all-day"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260219
DTEND;VALUE=DATE:20260220
DTSTAMP:20260210T102030Z
ORGANIZER;CN=Ghita Amrani:mailto:ghita.amrani@decathlon.com
UID:4q7w1e3r5t9y2u8i0odecath@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Anas Mekouar;X-NUM-GUESTS=0:mailto:anas.mekouar@decathlon.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ghita Amrani;X-NUM-GUESTS=0:mailto:ghita.amrani@decathlon.com
DESCRIPTION:Journée d'immersion à l'entrepôt régional de Bouskoura avec
  Anas (Leader Supply Maroc) : tour des quais le matin avec l'équipe réce
 ption\, atelier sur les flux magasins l'après-midi\, puis debrief à 17h.
  Horaires : 8h30 – 17h30 (ramadan : on adapte\, fin à 16h). Tenue sport
  ok\, chaussures de sécu fournies.
LOCATION:Entrepôt Decathlon Bouskoura\, Zone industrielle Ouled Saleh
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée immersion entrepôt – Youssef
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
