"""holdout169 events, part b: Medos, Festina, Kuhn, Rolex, Patek processes (written blind)."""

from holdout169ev_tz import ev

MEDOS_HM_UID = ("040000008200E00074C5B7101A82E008000000005A7D4E9C6F3FDC010000000000000000100000002B7E0D3A9C4F1E4BB0"
                "A6C1D2E3F40516")

EVENTS = [
    ev("workday-screen", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-3f9a7c10b2e44d1c9e0a5b7d81f2c6a4@myworkday.com
DTSTAMP:20251006T135901Z
DTSTART:20251013T120000Z
DTEND:20251013T123000Z
SUMMARY:Interview: Supply Chain Planning Lead - R-047731 (Medos International
  Sàrl)
DESCRIPTION:Dear Mathieu\,\n\nThank you for your interest in Johnson & John
 son. Your interview has been scheduled as follows:\n\nCandidate: Mathieu Gi
 rardin\nJob Requisition: R-047731 Supply Chain Planning Lead\nLocation: Le L
 ocle\, Switzerland\nInterview Type: Recruiter Phone Screen\nInterviewer: Sa
 rah Meier (Talent Acquisition Partner)\n\nJoin Microsoft Teams Meeting\nhtt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZGE2YjAtOTk1Yy00Y2R
 kLWE3ZDEtMmUxNTc4OGYwYjU3%40thread.v2/0\nOr call in (audio only)\n+41 44 5
 29 84 11\,\,583216004# Switzerland\, Zurich\nPhone Conference ID: 583 216 0
 04#\n\nPlease do not reply to this email.
ORGANIZER;CN=Johnson & Johnson Careers:mailto:jnj@myworkday.com
ATTENDEE;CN=Sarah Meier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:SMeie
 r7@ITS.JNJ.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "wd-interview-3f9a7c10b2e44d1c9e0a5b7d81f2c6a4@myworkday.com", 1, "Medos International",
       "Supply Chain Planning Lead", "recruiter_screen", "smeier7@its.jnj.com",
       "workday-parent-brand-in-body-mixed-case-email"),

    ev("hm-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Keller, Thomas [MEDCH]":mailto:TKeller12@ITS.JNJ.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meier, Sa
 rah [JJCCH Non-J&J]":mailto:SMeier7@ITS.JNJ.com
DESCRIPTION;LANGUAGE=en-US:Hi Mathieu\, looking forward to our conversation
  about the Planning Lead role in Le Locle. Best\, Thomas\n\n______________
 __________________________________________________________________\nMicroso
 ft Teams Need help?\nJoin the meeting now\nMeeting ID: 389 114 702 558\nPa
 sscode: Zt4Yh9\n________________________________________________________
 ________________________\n
UID:040000008200E00074C5B7101A82E008000000005A7D4E9C6F3FDC01000000000000000
 0100000002B7E0D3A9C4F1E4BB0A6C1D2E3F40516
SUMMARY;LANGUAGE=en-US:Mathieu Girardin / Thomas Keller - Planning Lead
DTSTART;TZID=W. Europe Standard Time:20251028T160000
DTEND;TZID=W. Europe Standard Time:20251028T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T112501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_MjU0ZDI1OTgtNzM2YS00ZjAxLWJhNDEtNzY3MmQ2NjM0Y2Uy%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""", MEDOS_HM_UID, 1, "Medos International", "Planning Lead", "hiring_manager",
       "tkeller12@its.jnj.com", "outlook-names-only-summary-hiring-manager"),

    ev("hm-moved", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Keller, Thomas [MEDCH]":mailto:TKeller12@ITS.JNJ.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meier, Sa
 rah [JJCCH Non-J&J]":mailto:SMeier7@ITS.JNJ.com
DESCRIPTION;LANGUAGE=en-US:Hi Mathieu\, sorry – I have to move our call to
  Thursday due to a site audit. Same Teams link. Best\, Thomas\n\n________
 ________________________________________________________________________\nM
 icrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 389 114 702 5
 58\nPasscode: Zt4Yh9\n____________________________________________________
 ____________________________\n
UID:040000008200E00074C5B7101A82E008000000005A7D4E9C6F3FDC01000000000000000
 0100000002B7E0D3A9C4F1E4BB0A6C1D2E3F40516
SUMMARY;LANGUAGE=en-US:Mathieu Girardin / Thomas Keller - Planning Lead
DTSTART;TZID=W. Europe Standard Time:20251030T170000
DTEND;TZID=W. Europe Standard Time:20251030T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T084217Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", MEDOS_HM_UID, 1, "Medos International", "Planning Lead", "hiring_manager",
       "tkeller12@its.jnj.com", "rescheduled-same-uid-sequence-2"),

    ev("goodtime-panel", r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7c1e5a90-4b2f-4c8d-9f1a-33e0d6b2a7c8@goodtime.io
DTSTAMP:20251105T101010Z
DTSTART:20251113T080000Z
DTEND:20251113T113000Z
SUMMARY:Onsite Interview - Mathieu Girardin - Supply Chain Planning Lead (Le
  Locle)
DESCRIPTION:Hello Mathieu\,\n\nYour onsite interview at Medos Internationa
 l Sàrl\, Chemin-Blanc 38\, 2400 Le Locle is confirmed.\n\nSchedule\n09:00-
 09:45  Laura Brunetti\, Site Quality Lead\n09:45-10:30  Thomas Keller\, Hea
 d of Supply Chain\n10:30-11:15  Pascal Humair\, Production Manager\n11:15-
 12:30  Site tour & lunch with the planning team\n\nPlease bring a valid ID
 . Badge pickup at the main reception.\n\nScheduled by Nina Fässler\, Recru
 iting Coordinator\nPowered by GoodTime
ORGANIZER;CN=Nina Fässler via GoodTime:mailto:scheduling@goodtime.io
ATTENDEE;CN=Laura Brunetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lb
 runett@its.jnj.com
ATTENDEE;CN=Thomas Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tke
 ller12@its.jnj.com
ATTENDEE;CN=Pascal Humair;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:ph
 umair@its.jnj.com
ATTENDEE;CN=Nina Fässler;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nfae
 ssle@its.jnj.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Medos International Sàrl\, Chemin-Blanc 38\, 2400 Le Locle
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "gt-7c1e5a90-4b2f-4c8d-9f1a-33e0d6b2a7c8@goodtime.io", 1, "Medos International",
       "Supply Chain Planning Lead", "onsite",
       "lbrunett@its.jnj.com;tkeller12@its.jnj.com;phumair@its.jnj.com",
       "goodtime-onsite-panel-coordinator-non-participant"),

    ev("entrevista", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MADRID_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251009T100000
DTEND;TZID=Europe/Madrid:20251009T104500
DTSTAMP:20251002T085431Z
ORGANIZER;CN=Marta Puig:mailto:mpuig@festina.com
UID:6d2hk0s9p1q7m4v3j8c5bn2ura@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Puig;X-NUM-GUESTS=0:mailto:mpuig@festina.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
DESCRIPTION:Hola Mathieu\,\n\nTe confirmo la entrevista por videollamada pa
 ra la posición de Supply Chain Manager – Swiss Brands (Candino / Perrelet)
 . Podemos hacerla en español o en francés\, como prefieras.\n\nUn saludo\,
 \nMarta Puig\nTalent Acquisition – Festina Lotus S.A.\n\nÚnete con Google
  Meet: https://meet.google.com/qhv-rbzt-ykc\nO llama al: (ES) +34 932 57 4
 1 68 PIN: 701 224 936#
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Festina – Supply Chain Manager Swiss Brands
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6d2hk0s9p1q7m4v3j8c5bn2ura@google.com", 1, "Festina Lotus", "Supply Chain Manager – Swiss Brands",
       "recruiter_screen", "mpuig@festina.com", "spanish-entrevista-google-meet-madrid"),

    ev("segunda-entrevista", r"""BEGIN:VCALENDAR
PRODID:-//Factorial HR//Factorial Calendar//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-interview-118734@factorialhr.com
DTSTAMP:20251020T150002Z
DTSTART;TZID=Europe/Madrid:20251027T163000
DTEND;TZID=Europe/Madrid:20251027T173000
SUMMARY:Segunda entrevista: Mathieu Girardin <> Jordi Casals (Dir. Operacio
 nes)
DESCRIPTION:Proceso: Supply Chain Manager – Swiss Brands\nFase: Entrevista
  con el responsable\nEntrevistadores: Jordi Casals\nEnlace: https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_ODFiYzc4NzItZGJmOS00MWM5LTgxNmQt%4
 0thread.v2/0\n\nEnviado por Factorial en nombre de Festina Lotus S.A.
ORGANIZER;CN=Festina Lotus S.A. (Factorial):mailto:no-reply@factorialhr.com
ATTENDEE;CN=Jordi Casals;PARTSTAT=ACCEPTED:mailto:jcasals@festina.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "factorial-ats-interview-118734@factorialhr.com", 1, "Festina Lotus", "Supply Chain Manager – Swiss Brands",
       "hiring_manager", "jcasals@festina.com", "spanish-ats-tzid-without-vtimezone"),

    ev("personio-erstgespraech", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:BERLIN_PERSONIO%%
BEGIN:VEVENT
UID:personio-recruiting-event-2f4c7b8e1a@personio.de
DTSTAMP:20251015T091212Z
DTSTART;TZID=Europe/Berlin:20251022T110000
DTEND;TZID=Europe/Berlin:20251022T114500
SUMMARY:Erstgespräch | S&OP Lead (w/m/d) | Kuhn Präzisionsteile AG
DESCRIPTION:Hallo Mathieu\,\n\nwir freuen uns auf das Kennenlernen! Teilneh
 mende: Sabine Kuhn (HR) und Marco Ammann (Leiter Werk Solothurn).\n\nMicros
 oft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nhttps://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_YjE3NjRiNjMtOGYzYi00%40thread.v2/0\n
 Besprechungs-ID: 362 905 118 440\nKennung: 8VbQ2r\n\nDiese Nachricht wurde
  automatisch über Personio versendet.
ORGANIZER;CN=Kuhn Präzisionsteile AG:mailto:noreply@personio.de
ATTENDEE;CN=Sabine Kuhn;PARTSTAT=ACCEPTED:mailto:s.kuhn@kuhn-praezision.ch
ATTENDEE;CN=Marco Ammann;PARTSTAT=ACCEPTED:mailto:m.ammann@kuhn-praezision.
 ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "personio-recruiting-event-2f4c7b8e1a@personio.de", 1, "Kuhn Präzisionsteile AG", "S&OP Lead (w/m/d)",
       "", "s.kuhn@kuhn-praezision.ch;m.ammann@kuhn-praezision.ch", "personio-erstgespraech-berlin-zone"),

    ev("basel-vor-ort", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:BERLIN_PERSONIO%%
BEGIN:VEVENT
UID:personio-recruiting-event-9a03d1f65c@personio.de
DTSTAMP:20251106T163040Z
DTSTART;TZID=Europe/Berlin:20251118T133000
DTEND;TZID=Europe/Berlin:20251118T163000
SUMMARY:Zweitgespräch vor Ort (Basel) | S&OP Lead (w/m/d)
DESCRIPTION:Hallo Mathieu\,\n\nwie besprochen das zweite Gespräch bei uns i
 n Basel (Werk Dreispitz\, Florenz-Strasse 1). Ablauf: Rundgang Produktion\,
  Gespräch mit Urs Kuhn (CEO) und Marco Ammann\, kurze Präsentation Ihrer Id
 een für unseren S&OP-Prozess (15 Min.\, kein Beamer nötig).\n\nAnreise: Tr
 am 11 bis Dreispitz.\n\nDiese Nachricht wurde automatisch über Personio ve
 rsendet.
ORGANIZER;CN=Kuhn Präzisionsteile AG:mailto:noreply@personio.de
ATTENDEE;CN=Urs Kuhn;PARTSTAT=ACCEPTED:mailto:u.kuhn@kuhn-praezision.ch
ATTENDEE;CN=Marco Ammann;PARTSTAT=ACCEPTED:mailto:m.ammann@kuhn-praezision.
 ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Kuhn Präzisionsteile AG\, Werk Dreispitz\, Florenz-Strasse 1\, 4142
  Münchenstein
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "personio-recruiting-event-9a03d1f65c@personio.de", 1, "Kuhn Präzisionsteile AG", "S&OP Lead (w/m/d)",
       "onsite", "u.kuhn@kuhn-praezision.ch;m.ammann@kuhn-praezision.ch", "personio-zweitgespraech-onsite-basel"),

    ev("rolex-sentby", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Schaller, Yves";SENT-BY="mailto:nathalie.boillat@rolex.com":m
 ailto:yves.schaller@rolex.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wenger, Anouk
 ":mailto:anouk.wenger@rolex.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BIE-Salle 3.14
  (visiteurs)":mailto:bie-salle-3-14@rolex.com
DESCRIPTION;LANGUAGE=fr-CH:Monsieur\,\n\nPar la présente\, nous vous confir
 mons votre rendez-vous avec M. Yves Schaller\, Responsable Planification In
 dustrielle\, et Mme Anouk Wenger\, Ressources Humaines.\n\nLieu : Rolex SA\
 , Rue David-Moning 9\, 2501 Bienne – accueil visiteurs.\nMerci de présenter
  une pièce d'identité. Les appareils photo ne sont pas admis sur le site.\n
 \nNathalie Boillat\nAssistante de direction\n
UID:040000008200E00074C5B7101A82E00800000000E3B27C9A0D35DC01000000000000000
 01000000011D2C3B4A5968778695A4B3C2D1E0F00
SUMMARY;LANGUAGE=fr-CH:Rendez-vous Rolex - M. Girardin - Responsable S&OP
DTSTART;TZID=W. Europe Standard Time:20250925T100000
DTEND;TZID=W. Europe Standard Time:20250925T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T064510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:BIE-Salle 3.14 (visiteurs)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E3B27C9A0D35DC0100000000000000001000000011D2C3B4A5968778695A4B3C2D"
       "1E0F00", 1, "Rolex", "Responsable S&OP", "hiring_manager",
       "yves.schaller@rolex.com;anouk.wenger@rolex.com", "outlook-sent-by-assistant-rendez-vous-wording"),

    ev("assessment-allday", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wenger, Anouk":mailto:anouk.wenger@rolex.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Girardin\,\n\nComme annoncé\, l'étape s
 uivante consiste en une journée d'évaluation (assessment) à Genève\, condui
 te par notre partenaire Mercuri Urval : tests d'aptitudes\, mise en situati
 on de planification\, entretien avec un psychologue\, et échange avec M. Sc
 haller en fin de journée.\n\nAccueil 8h15\, fin prévue vers 17h00.\nRolex S
 A\, Rue François-Dussaud 3-7\, 1211 Genève 26.\n\nAnouk Wenger\nRessources
  Humaines\n
UID:040000008200E00074C5B7101A82E008000000009C1A0E7B4E37DC01000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-CH:Journée d'évaluation Rolex Genève
DTSTART;VALUE=DATE:20251020
DTEND;VALUE=DATE:20251021
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T093311Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Rolex SA Genève - Acacias
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000009C1A0E7B4E37DC0100000000000000001000000" "0A1B2C3D4E5F60718293A4B5C6D"
       "7E8F90", 1, "Rolex", "", "onsite", "M. Schaller",
       "all-day-assessment-centre-third-party-psychologist"),

    ev("annule", r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Favre, Lucie":mailto:lucie.favre@patek.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chappuis,
  Marc":mailto:marc.chappuis@patek.com
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Girardin\, comme évoqué par téléphone\,
  le poste a été suspendu (réorganisation interne). Je me permets donc d'ann
 uler notre rencontre et reviendrai vers vous dès que possible. Avec nos exc
 uses\, Lucie Favre\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000
 0100000005566778899AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=fr-CH:Annulé: Entretien Patek Philippe - Responsable S&OP
  Mouvements
DTSTART;TZID=W. Europe Standard Time:20251104T140000
DTEND;TZID=W. Europe Standard Time:20251104T153000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251030T171205Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:Plan-les-Ouates\, Chemin du Pont-du-Centenaire 141
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC010000000000000000100000005566778899AABBCCDDEEFF0011"
       "223344", 1, "Patek Philippe", "Responsable S&OP Mouvements", "",
       "lucie.favre@patek.com;marc.chappuis@patek.com", "cancelled-interview-method-cancel"),
]
