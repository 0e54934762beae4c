# ruff: noqa: E501, W291, W293, RUF100
"""holdout275 events, part c: the user's own interviews (schools, logistics, insurers, cancelled ones, agencies)."""

from holdout275ev_zones import BERLIN_APPLE, BERLIN_GOOGLE, UTC_PLUS_ONE_DE, W_EUROPE

EVENTS = [
    dict(
        kind="google-export-terse",
        uid="2tq5n0k8v1c3m7h9b4p6r2d0ls@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Markus privat
X-WR-TIMEZONE:Europe/Berlin
{BERLIN_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260226T170000
DTEND;TZID=Europe/Berlin:20260226T180000
DTSTAMP:20260301T120455Z
UID:2tq5n0k8v1c3m7h9b4p6r2d0ls@google.com
CREATED:20260219T211503Z
DESCRIPTION:
LAST-MODIFIED:20260219T211503Z
LOCATION:Fahrschule Wörner\, Plochinger Str.\, Esslingen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespr. Wörner ES 17h - Fahrl. CE / stellv. Leitung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fahrschule Wörner & Söhne",
        role="Fahrl. CE / stellv. Leitung",
        stage="",
        interviewers="",
        trap="google-export-terse-abbreviated-no-attendees",
        hiring=False,
    ),
    dict(
        kind="outlookcom-cancelled",
        uid="040000008200E00074C5B7101A82E00800000000C4E1B7A2039F8D6E5B1A7C3F9E2D4B8A",
        ics=rf"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Kerstin Maier:mailto:kerstin.maier@drive-in-fellbach.example.d
 e
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;RSVP=FALSE;CN=Markus Eberl
 e:mailto:markus.eberle76@web.de
DESCRIPTION;LANGUAGE=de-DE:Terminart: Bewerbungsgespräch Fahrschulleitung 
 (45 Min.)\n\nOrt: Fahrschule Drive-In\, Bahnhofstraße 48\, 70734 Fellbach\n
 \nDieser Termin wurde abgesagt.\nGrund: Herr Eberle: "Leider habe ich an 
 dem Abend eine Nachschulung\, ich melde mich wegen eines neuen Termins."\n
 \nBereitgestellt von Calendly.com\n
UID:040000008200E00074C5B7101A82E00800000000C4E1B7A2039F8D6E5B1A7C3F9E2D4B8A
SUMMARY;LANGUAGE=de-DE:Abgesagt: Markus Eberle und Kerstin Maier
DTSTART;TZID=W. Europe Standard Time:20260211T190000
DTEND;TZID=W. Europe Standard Time:20260211T194500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T071502Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Fahrschule Drive-In\, Bahnhofstraße 48\, 70734 Fel
 lbach
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fahrschule Drive-In Fellbach",
        role="Fahrschulleitung",
        stage="hiring_manager",
        interviewers="kerstin.maier@drive-in-fellbach.example.de",
        trap="cancelled-by-candidate-calendly-names-only-summary",
        hiring=False,
    ),
    dict(
        kind="ios-phone-call",
        uid="1BC6C29F-B832-4198-BC00-C542573DB1EA",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
{BERLIN_APPLE}
BEGIN:VEVENT
CREATED:20260108T175212Z
DTEND;TZID=Europe/Berlin:20260112T124500
DTSTAMP:20260108T175240Z
DTSTART;TZID=Europe/Berlin:20260112T121500
LAST-MODIFIED:20260108T175240Z
SEQUENCE:0
SUMMARY:Tel. Trucker Akademie - Gökalp Yildiz ruft an (Ausbilder CE)
DESCRIPTION:Stellenanzeige Ausbilder Lkw/BKF-Grundquali\, Kornwestheim. V
 orher Fahrschüler Nico absagen/verschieben!! Fragen: Vollzeit? Fahrzeuge 
 (Actros?)\, Samstage?
TRANSP:OPAQUE
UID:1BC6C29F-B832-4198-BC00-C542573DB1EA
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT10M
UID:9E3F1A77-2C6B-4D8E-A1F0-7B5C3D2E1A90
X-WR-ALARMUID:9E3F1A77-2C6B-4D8E-A1F0-7B5C3D2E1A90
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Trucker Akademie Kornwestheim",
        role="Ausbilder CE",
        stage="recruiter_screen",
        interviewers="Gökalp Yildiz",
        trap="hand-typed-phone-screen-abbreviation-tel",
        hiring=False,
    ),
    dict(
        kind="google-all-day-probetag",
        uid="7hb3r9k1t0q5v2n8m4c6d1a0pf@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260220
DTEND;VALUE=DATE:20260221
DTSTAMP:20260127T090215Z
ORGANIZER;CN=Gökalp Yildiz:mailto:g.yildiz@trucker-akademie.example.de
UID:7hb3r9k1t0q5v2n8m4c6d1a0pf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gökalp Yildiz;X-NUM-GUESTS=0:mailto:g.yildiz@trucker-akademie.example.
 de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260127T090211Z
DESCRIPTION:Hallo Markus\,\n\nwie am Telefon besprochen: Probetag bei uns 
 als Ausbilder Lkw (CE). Ab 7:00 Uhr auf dem Hof\, vormittags fährst du mi
 t unserem Azubi-Kurs (Grundquali) Rangieren/Kuppeln\, nachmittags Theorie
 block Ladungssicherung. Um 15:30 setzen wir uns zusammen.\n\nGruß Gökalp\n
 Leitung Ausbildung\, Trucker Akademie Kornwestheim\n\nEinladung von Googl
 e Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E
 -Mail\, weil Sie ein Gast dieses Termins sind. Wenn Sie keine Benachrichti
 gungen mehr für diesen Termin erhalten möchten\, sagen Sie ihn ab.
LAST-MODIFIED:20260127T090214Z
LOCATION:Trucker Akademie\, Rudolf-Diesel-Str. 9\, 70806 Kornwestheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probetag Ausbilder Lkw (CE) – Markus Eberle
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Trucker Akademie Kornwestheim",
        role="Ausbilder Lkw (CE)",
        stage="onsite",
        interviewers="g.yildiz@trucker-akademie.example.de",
        trap="all-day-trial-day-transparent",
        hiring=False,
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000091D3A6F2B8C04E7A5D1F9B3C6E8A2D07",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN=Markus Eberle;RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Ostertag, Bernd";RSVP=TRUE:mailto:b.ostertag@entsorgung-necka
 r.example.de
CLASS:PUBLIC
CREATED:20260305T131517Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nvielen Dank für Ihre Bewerbung 
 als Fuhrparkkoordinator/in mit Schwerpunkt Fahrsicherheit (m/w/d). Wir lad
 en Sie herzlich zu einem Vorstellungsgespräch ein. An dem Gespräch nehmen
  Herr Bernd Ostertag (Leiter Logistik\, 85 Abfallsammelfahrzeuge) und ich
  teil.\n\nBitte melden Sie sich am Empfang Verwaltung.\n\nMit freundlichen
  Grüßen\nHeike Schnaitmann\nPersonalabteilung\nEntsorgung Neckar GmbH\n
DTEND;TZID="W. Europe Standard Time":20260318T090000
DTSTAMP:20260305T131517Z
DTSTART;TZID="W. Europe Standard Time":20260318T080000
LAST-MODIFIED:20260305T131517Z
LOCATION:Entsorgung Neckar GmbH\, Verwaltung\, Hafenstraße 17\, 70327 Stut
 tgart
ORGANIZER;CN="Schnaitmann, Heike":mailto:h.schnaitmann@entsorgung-neckar.e
 xample.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Fuhrparkkoordinator/in Fahrsicher
 heit – Herr Eberle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000091D3A6F2B8C04E7A5D1F9B3C6E8A2D07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Entsorgung Neckar",
        role="Fuhrparkkoordinator/in mit Schwerpunkt Fahrsicherheit (m/w/d)",
        stage="hiring_manager",
        interviewers="b.ostertag@entsorgung-neckar.example.de;h.schnaitmann@entsorgung-neckar.example.de",
        trap="windows-zone-without-vtimezone-waste-fleet",
        hiring=False,
    ),
    dict(
        kind="bookings-invite",
        uid="040000008200E00074C5B7101A82E00800000000B5E2D9A1F7C34B0E6A8D2F1C5B9E7A34",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Paketblitz Karriere:mailto:PaketblitzKarriere@paketblitz.exam
 ple.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tobias Reichle
 :mailto:tobias.reichle@paketblitz.example.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nService: Kenne
 nlerngespräch (Video) – Fleet Safety Coordinator (m/w/d) Region Süd\nMita
 rbeiter: Tobias Reichle (Regionalleiter Flotte Süd)\nDauer: 45 Minuten\n\n
 Sie können Ihren Termin hier verwalten: https://outlook.office365.com/owa
 /calendar/PaketblitzKarriere@paketblitz.example.de/bookings/s/x2Kq9vT0aU
 6eLw\n\n______________________________________________________________________
 __________\nMicrosoft Teams-Besprechung\nNehmen Sie auf Ihrem Computer\, 
 in der mobilen App oder auf einem Raumgerät teil.\nKlicken Sie hier\, um 
 an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_MmE3ZTFhYjktNDA2Mi00ODVhLWE1ZTItYjM3Zjg4%40thread.v2/0>\nBe
 sprechungs-ID: 395 017 733 852\nPasscode: hT2pXw\n______________________
 __________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B5E2D9A1F7C34B0E6A8D2F1C5B9E7A34
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch (Video) – Fleet Safety Coordinat
 or (m/w/d) Region Süd
DTSTART;TZID=W. Europe Standard Time:20260409T160000
DTEND;TZID=W. Europe Standard Time:20260409T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T183302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Paketblitz",
        role="Fleet Safety Coordinator (m/w/d) Region Süd",
        stage="recruiter_screen",
        interviewers="tobias.reichle@paketblitz.example.de",
        trap="microsoft-bookings-shared-mailbox-organizer",
        hiring=False,
    ),
    dict(
        kind="smartrecruiters-invite",
        uid="sr-interview-6a0e2f91c4b7-rkl@smartrecruiters.rheintal-kl.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6a0e2f91c4b7-rkl@smartrecruiters.rheintal-kl.example.de
DTSTAMP:20260422T154012Z
DTSTART:20260505T080000Z
DTEND:20260505T090000Z
SUMMARY:Interview – HSE Specialist Fleet & Transport (m/w/d) – Rheintal Ko
 ntraktlogistik SE
ORGANIZER;CN=Aylin Demir:mailto:aylin.demir@rheintal-kl.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
ATTENDEE;CN=Frank Hildebrandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailt
 o:f.hildebrandt@rheintal-kl.example.de
ATTENDEE;CN=Aylin Demir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ayli
 n.demir@rheintal-kl.example.de
DESCRIPTION:Hallo Markus Eberle\,\n\nIhr Interview wurde bestätigt.\n\nPos
 ition: HSE Specialist Fleet & Transport (m/w/d)\nStandort: Ludwigsburg (L
 ogistikzentrum Süd)\nInterviewer: Frank Hildebrandt (Head of HSE Germany)\
 , Aylin Demir (HR Business Partner)\nFormat: Vor Ort\, 60 Minuten\n\nBitte
  bringen Sie Ihre Zeugnisse und den Nachweis Ihrer Fahrlehrerlaubnis mit.
 \n\nPowered by SmartRecruiters
LOCATION:Rheintal Kontraktlogistik SE\, Logistikzentrum Süd\, Monreposstr
 aße 60\, 71634 Ludwigsburg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheintal Kontraktlogistik",
        role="HSE Specialist Fleet & Transport (m/w/d)",
        stage="hiring_manager",
        interviewers="f.hildebrandt@rheintal-kl.example.de;aylin.demir@rheintal-kl.example.de",
        trap="smartrecruiters-english-title-german-text",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="4kd8m1v0q7t3b9n2h5r6c0a1xs@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260415T133000Z
DTEND:20260415T143000Z
DTSTAMP:20260407T061133Z
ORGANIZER;CN=Matthias Grözinger:mailto:m.groezinger@rd-filder.example.de
UID:4kd8m1v0q7t3b9n2h5r6c0a1xs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Matthias Grözinger;X-NUM-GUESTS=0:mailto:m.groezinger@rd-filder.examp
 le.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260407T061129Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nvielen Dank für Ihre Bewerbung 
 als Ausbilder Einsatzfahrtraining (m/w/d). Gerne möchte ich Sie zu einem p
 ersönlichen Gespräch auf unsere Rettungswache Filderstadt einladen. Wir s
 uchen jemanden\, der unsere Notfallsanitäter und Rettungssanitäter in Son
 der- und Wegerechtsfahrten schult.\n\nMit freundlichen Grüßen\nMatthias G
 rözinger\nRettungsdienstleiter\n\nEinladung von Google Kalender: https://
 calendar.google.com/calendar/\n\nSie erhalten diese E-Mail\, weil Sie ein 
 Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen mehr für diese
 n Termin erhalten möchten\, sagen Sie ihn ab.
LAST-MODIFIED:20260407T061132Z
LOCATION:Rettungswache Filderstadt\, Mahlestraße 3\, 70794 Filderstadt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Ausbilder Einsatzfahrtraining – Eberle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rettungsdienst Filder",
        role="Ausbilder Einsatzfahrtraining",
        stage="hiring_manager",
        interviewers="m.groezinger@rd-filder.example.de",
        trap="emergency-service-driver-trainer-plain-google",
        hiring=False,
    ),
    dict(
        kind="google-cancel",
        uid="0pc6n2h8k4t1v9m3b7q5d0r2la@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260326T170000Z
DTEND:20260326T174500Z
DTSTAMP:20260323T115908Z
ORGANIZER;CN=Florian Kienzle:mailto:f.kienzle@neckarmobil.example.de
UID:0pc6n2h8k4t1v9m3b7q5d0r2la@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ma
 rkus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Floria
 n Kienzle;X-NUM-GUESTS=0:mailto:f.kienzle@neckarmobil.example.de
CREATED:20260316T200145Z
DESCRIPTION:Hallo Markus\, leider muss ich unser Gespräch absagen – wir ha
 ben die Stelle Fahrertrainer & Flottensicherheit (Teilzeit) intern besetz
 t. Sorry für die kurzfristige Info und danke für dein Interesse an Neckar
 mobil! Florian (Teamleitung Flotte)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nAn 
 Google Meet teilnehmen: https://meet.google.com/wpe-tnad-ucs\n\nWeitere In
 formationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n
 Bitte nehmen Sie keine Änderungen an diesem Abschnitt vor.\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260323T115907Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Video-Interview Fahrertrainer & Flottensicherheit (TZ) – Markus Eb
 erle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Neckarmobil Carsharing",
        role="Fahrertrainer & Flottensicherheit (Teilzeit)",
        stage="hiring_manager",
        interviewers="f.kienzle@neckarmobil.example.de",
        trap="method-cancel-position-filled-internally",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E008000000007D2A9F4C1E8B36D05A7C3E9F1B4D6A28",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Bofinger, Lea":mailto:lea.bofinger@filder-versicherung.exampl
 e.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hornung, Sve
 n Dr.":mailto:sven.hornung@filder-versicherung.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Eberle\,\n\nherzlichen Dank f
 ür Ihre Bewerbung als Risikoberater/in Flottenschadenverhütung (m/w/d). Wi
 r möchten Sie gerne per Teams kennenlernen. Gesprächspartner: Dr. Sven Hor
 nung (Leiter Schadenverhütung Kraftfahrt) und ich.\n\nViele Grüße\nLea Bof
 inger\nRecruiting\, Filder Versicherung AG\n\n__________________________
 ______________________________________________________\nMicrosoft Teams-Be
 sprechung\nNehmen Sie auf Ihrem Computer\, in der mobilen App oder auf ei
 nem Raumgerät teil.\nKlicken Sie hier\, um an der Besprechung teilzunehme
 n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk1YjM4NzAtYzU3
 Ny00YTA5LTg2ZjEtMWM2%40thread.v2/0>\nBesprechungs-ID: 327 661 849 105\nPa
 sscode: Fv8sN2\n_________________________________________________________
 _______________________\n
UID:040000008200E00074C5B7101A82E008000000007D2A9F4C1E8B36D05A7C3E9F1B4D6A28
SUMMARY;LANGUAGE=de-DE:Interview Risikoberater/in Flottenschadenverhütung (
 m/w/d) – Markus Eberle
DTSTART;TZID=W. Europe Standard Time:20260420T160000
DTEND;TZID=W. Europe Standard Time:20260420T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260410T100012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Filder Versicherung",
        role="Risikoberater/in Flottenschadenverhütung (m/w/d)",
        stage="hiring_manager",
        interviewers="sven.hornung@filder-versicherung.example.de;lea.bofinger@filder-versicherung.example.de",
        trap="insurer-risk-role-teams-first-interview",
        hiring=False,
    ),
    dict(
        kind="outlook-fallstudie",
        uid="040000008200E00074C5B7101A82E00800000000E8C1F5A3D9B2470E6C4A8F2D1B7E9C53",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{UTC_PLUS_ONE_DE}
BEGIN:VEVENT
ATTENDEE;CN="Markus Eberle";RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Hornung, Sven Dr.";RSVP=TRUE:mailto:sven.hornung@filder-versi
 cherung.example.de
ATTENDEE;CN="Necker, Claudia";RSVP=TRUE:mailto:claudia.necker@filder-versi
 cherung.example.de
ATTENDEE;CN="FV Raum 5.21 Wilhelma";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;R
 SVP=TRUE:mailto:raum-5.21@filder-versicherung.example.de
CLASS:PUBLIC
CREATED:20260424T084410Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nwie angekündigt erhalten Sie am
  Vortag per Mail eine Fallstudie (Schadenstatistik eines Speditionskunde
 n mit 120 Fahrzeugen). Bitte bereiten Sie eine Präsentation (max. 30 Min.
 ) mit Maßnahmenvorschlägen vor. Anschließend Gespräch mit Frau Claudia Ne
 cker (Bereichsleiterin Firmenkunden Kraftfahrt) und Herrn Dr. Hornung.\n\n
 Viele Grüße\nLea Bofinger\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":202
 60507T110000
DTSTAMP:20260424T084410Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2
 0260507T090000
LAST-MODIFIED:20260424T084410Z
LOCATION:FV Raum 5.21 Wilhelma\, Filder Versicherung\, Heßbrühlstraße 21\,
  70565 Stuttgart
ORGANIZER;CN="Bofinger, Lea":mailto:lea.bofinger@filder-versicherung.exampl
 e.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:2. Runde: Fallstudie + Präsentation – Risikoberater Fl
 otte (Eberle)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E8C1F5A3D9B2470E6C4A8F2D1B7E9C53
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Filder Versicherung",
        role="Risikoberater Flotte",
        stage="technical",
        interviewers="sven.hornung@filder-versicherung.example.de;claudia.necker@filder-versicherung.example.de",
        trap="case-study-presentation-display-name-zone",
        hiring=False,
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-1f4e7b2c-9a0d-4c83-b5e6-d27a0f9c3e18@clickdrive.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-1f4e7b2c-9a0d-4c83-b5e6-d27a0f9c3e18@clickdrive.example.com
DTSTAMP:20260302T133017Z
DTSTART:20260310T163000Z
DTEND:20260310T171500Z
SUMMARY:Markus Eberle – Interview with ClickDrive (Customer Success Manage
 r\, Driving Schools DACH)
ORGANIZER;CN=Amelia Stone (Recruiting Coordinator):mailto:amelia.stone@cli
 ckdrive.example.com
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
ATTENDEE;CN=Ben Carter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ben.c
 arter@clickdrive.example.com
DESCRIPTION:Hi Markus\,\n\nYou're confirmed for a 45-minute video intervie
 w with Ben Carter (Head of Customer Success) for the Customer Success Mana
 ger\, Driving Schools DACH role. Ben will be interested in how driving sch
 ools in Germany plan lessons\, exams and vehicle usage – your practical e
 xperience is exactly what we're looking for. The conversation will be in 
 English\; Ben understands German.\n\nZoom: https://clickdrive.zoom.examp
 le.com/j/91822044713\n\nIf you need to reschedule\, reply to this email.\n
 \nCheers\,\nAmelia\nRecruiting Coordinator\, ClickDrive GmbH
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ClickDrive",
        role="Customer Success Manager, Driving Schools DACH",
        stage="hiring_manager",
        interviewers="ben.carter@clickdrive.example.com",
        trap="lever-coordinator-organizer-driving-school-software",
        hiring=False,
    ),
    dict(
        kind="google-export-handtyped",
        uid="5br0t3k9n1q7v2h6m8c4d0a5ez@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:markus.eberle76@web.de
X-WR-TIMEZONE:Europe/Berlin
{BERLIN_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260317T190000
DTEND;TZID=Europe/Berlin:20260317T200000
DTSTAMP:20260320T070144Z
UID:5br0t3k9n1q7v2h6m8c4d0a5ez@google.com
CREATED:20260309T122210Z
DESCRIPTION:Fr. Lörcher (1. Vorsitzende). Minijob Moderator Schulwegtraini
 ng/Seniorentraining\, 2-3 Einsätze im Monat. Zeugnis Fahrlehrerschein mit
 nehmen.
LAST-MODIFIED:20260309T122210Z
LOCATION:Vereinsheim Verkehrswacht\, Filderstadt-Bernhausen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VW Filder Gesrpäch Moderator (Minijob)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrswacht Filder",
        role="Moderator (Minijob)",
        stage="",
        interviewers="Lörcher",
        trap="acronym-vw-not-carmaker-side-job-hand-typed",
        hiring=False,
    ),
    dict(
        kind="outlook-municipality",
        uid="040000008200E00074C5B7101A82E00800000000A3D7F1B9C2E54860E1B8D4A7F3C9E2B5",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{UTC_PLUS_ONE_DE}
BEGIN:VEVENT
ATTENDEE;CN="Markus Eberle";RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Hermle, Uwe";RSVP=TRUE:mailto:uwe.hermle@neckarhalden.example
 .de
CLASS:PUBLIC
CREATED:20260429T075502Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nwir danken für Ihre Bewerbung a
 uf unsere Stellenausschreibung 07/2026 Sachgebietsleitung Fuhrpark & Fahr
 sicherheit (m/w/d\, EG 10 TVöD). Zum Vorstellungsgespräch begrüßen Sie H
 err Uwe Hermle (Amtsleiter Bauhof) und ich. Der Personalrat ist eingelade
 n.\n\nMit freundlichen Grüßen\nJürgen Stäbler\nHaupt- und Personalamt\nSt
 adt Neckarhalden\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":202
 60513T150000
DTSTAMP:20260429T075502Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2
 0260513T140000
LAST-MODIFIED:20260429T075502Z
LOCATION:Rathaus Neckarhalden\, Kleiner Sitzungssaal\, Marktplatz 1
ORGANIZER;CN="Stäbler, Jürgen":mailto:j.staebler@neckarhalden.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Stellenausschreibung 07/2026 – Ebe
 rle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A3D7F1B9C2E54860E1B8D4A7F3C9E2B5
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stadt Neckarhalden",
        role="Sachgebietsleitung Fuhrpark & Fahrsicherheit",
        stage="hiring_manager",
        interviewers="uwe.hermle@neckarhalden.example.de;j.staebler@neckarhalden.example.de",
        trap="municipality-reference-number-summary-no-role",
        hiring=False,
    ),
    dict(
        kind="outlook-stepstone",
        uid="040000008200E00074C5B7101A82E008000000005F9B2C7E1A3D48F0B6E2C9A4D7F1E8B3",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kaufmann, Nicole":mailto:n.kaufmann@kaufmann-baustoffe.examp
 le.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markus.ebe
 rle76@web.de:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sigle, Ralf":
 mailto:r.sigle@kaufmann-baustoffe.example.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Eberle\,\n\nvielen Dank für Ihre 
 Bewerbung über StepStone auf unsere Stelle Fahrertrainer Lkw (m/w/d). Wir 
 haben 38 Fahrer (Kipper\, Kran-Lkw\, Sattelzüge) und möchten die Unterweis
 ungen und Fahrerschulungen künftig intern abdecken. Gerne lernen wir Sie 
 persönlich kennen – mit dabei ist unser Fuhrparkleiter Ralf Sigle.\n\nFreu
 ndliche Grüße\nNicole Kaufmann\nPersonal\, Kaufmann Baustoffe GmbH\n
UID:040000008200E00074C5B7101A82E008000000005F9B2C7E1A3D48F0B6E2C9A4D7F1E8B3
SUMMARY;LANGUAGE=de-DE:Ihre Bewerbung über StepStone: Vorstellungsgespräch 
 Fahrertrainer Lkw (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20260313T130000
DTEND;TZID=W. Europe Standard Time:20260313T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260306T093318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kaufmann Baustoffe\, Lager Remseck\, Neckarstraße 
 101
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kaufmann Baustoffe",
        role="Fahrertrainer Lkw (m/w/d)",
        stage="hiring_manager",
        interviewers="n.kaufmann@kaufmann-baustoffe.example.de;r.sigle@kaufmann-baustoffe.example.de",
        trap="job-board-name-in-summary-not-employer",
        hiring=False,
    ),
    dict(
        kind="rexx-invite",
        uid="rexx-termin-20260521-000417-bader@rexx.bader-frischelogistik.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-termin-20260521-000417-bader@rexx.bader-frischelogistik.example.de
DTSTAMP:20260508T111205Z
DTSTART:20260521T080000Z
DTEND:20260521T090000Z
SUMMARY:Einladung zum Vorstellungsgespräch - Leiter Fahrerschulung (m/w/d)
ORGANIZER;CN=Frischelogistik Bader GmbH:mailto:karriere@bader-frischelogis
 tik.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nwir freuen uns\, Sie zu einem V
 orstellungsgespräch für die Position Leiter Fahrerschulung (m/w/d) einlad
 en zu dürfen.\n\nTermin: Donnerstag\, 21.05.2026\, 10:00 Uhr\nOrt: Frisch
 elogistik Bader GmbH\, Kühlhausstraße 2\, 74078 Heilbronn\nGesprächsteiln
 ehmer: Herr Oliver Bader (Geschäftsführung)\, Frau Melanie Gaiser (Person
 alleitung)\n\nBitte bestätigen Sie den Termin über das Bewerberportal.\n\n
 Mit freundlichen Grüßen\nIhr Personalteam\n\nDiese E-Mail wurde automatis
 ch erzeugt (rexx Recruiting).
LOCATION:Frischelogistik Bader GmbH\, Kühlhausstraße 2\, 74078 Heilbronn
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Frischelogistik Bader",
        role="Leiter Fahrerschulung (m/w/d)",
        stage="hiring_manager",
        interviewers="Oliver Bader;Melanie Gaiser",
        trap="german-ats-noreply-organizer-names-in-description",
        hiring=False,
    ),
    dict(
        kind="outlookcom-owner-freemail",
        uid="040000008200E00074C5B7101A82E00800000000C9F4A1E7B3D25860D2A9E6F1C8B4A7D0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Fahrschule Kübler:mailto:kuebler.fahrschule@outlook.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markus.ebe
 rle76@web.de:mailto:markus.eberle76@web.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Eberle\,\n\nwie am Telefon: Ich höre 
 Ende des Jahres auf und suche einen Fahrschulleiter\, der die Fahrschule 
 (2 Filialen\, 5 Fahrlehrer) weiterführt\, evtl. später übernimmt. Treffen
  wir uns am Samstag in der Filiale Lustnau.\n\nGruß\nHelmut Kübler\n\nVon
  Outlook für Android gesendet\n
UID:040000008200E00074C5B7101A82E00800000000C9F4A1E7B3D25860D2A9E6F1C8B4A7D0
SUMMARY;LANGUAGE=de-DE:Fahrschulleiter Stelle – Treffen
DTSTART;TZID=W. Europe Standard Time:20260418T110000
DTEND;TZID=W. Europe Standard Time:20260418T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260413T202201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fahrschule Kübler\, Filiale Lustnau\, Dorfackerstr
 . 4\, Tübingen
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fahrschule Kübler",
        role="Fahrschulleiter",
        stage="hiring_manager",
        interviewers="kuebler.fahrschule@outlook.de",
        trap="owner-outlook-com-freemail-succession-treffen",
        hiring=False,
    ),
    dict(
        kind="google-invite-bus-company",
        uid="6ht2q0k5v8n1m3b9r7c4d2a0gy@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260518T150000Z
DTEND:20260518T160000Z
DTSTAMP:20260511T073344Z
ORGANIZER;CN=Sabine Mayer:mailto:sabine.mayer@mayer-busreisen.example.de
UID:6ht2q0k5v8n1m3b9r7c4d2a0gy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sabine Mayer;X-NUM-GUESTS=0:mailto:sabine.mayer@mayer-busreisen.exampl
 e.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260511T073340Z
DESCRIPTION:Hallo Herr Eberle\, schön dass es klappt. Wir suchen einen Au
 sbilder für unser Fahrpersonal (Reisebus\, Linienverkehr Alb\, Schulbusse
 ) – Erste-Hilfe-Auffrischung\, Eco-Training\, Einweisung neue Fahrer. Meh
 r dann beim Gespräch. Viele Grüße Sabine Mayer (Geschäftsführung)\n\nInvi
 tation from Google Calendar: https://calendar.google.com/calendar/\n\nYou 
 are receiving this email because you are an attendee on the event. To stop 
 receiving future updates for this event\, decline this event.
LAST-MODIFIED:20260511T073343Z
LOCATION:Mayer Busreisen\, Lindenstraße 22\, 72555 Metzingen-Neuhausen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellung Herr Eberle – Ausbilder Fahrpersonal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mayer Busreisen",
        role="Ausbilder Fahrpersonal",
        stage="hiring_manager",
        interviewers="sabine.mayer@mayer-busreisen.example.de",
        trap="vorstellung-wording-english-footer-german-text",
        hiring=False,
    ),
    dict(
        kind="agency-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000D1B6E3A8F4C27950C3E1A7D9F2B5C6E4",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Ott, Melanie (Brunnen Personalberatung)":mailto:m.ott@brunne
 n-personal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Christian Fran
 k:mailto:c.frank@getraenke-frank.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Eberle\,\n\nich freue mich\, Ihnen m
 itteilen zu können\, dass Herr Christian Frank\, geschäftsführender Gesel
 lschafter der Getränkelogistik Frank GmbH & Co. KG (Heilbronn)\, Sie für 
 die Position Fuhrparkleiter (m/w/d) mit Verantwortung für Fahrerschulung 
 kennenlernen möchte. Ich selbst wähle mich zu Beginn kurz ein\, stelle Si
 e vor und verlasse dann das Gespräch.\n\n__________________________________
 ______________________________________________\nMicrosoft Teams-Besprechu
 ng\nNehmen Sie auf Ihrem Computer\, in der mobilen App oder auf einem Rau
 mgerät teil.\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE1ZmQ3OGItMzRlYy00MT
 c1LTgyNjUt%40thread.v2/0>\nBesprechungs-ID: 366 490 128 570\nPasscode: Wm
 5bK3\n__________________________________________________________________
 ______________\n\nMelanie Ott\nSenior Consultant Logistik & Transport\nBru
 nnen Personalberatung\n
UID:040000008200E00074C5B7101A82E00800000000D1B6E3A8F4C27950C3E1A7D9F2B5C6E4
SUMMARY;LANGUAGE=de-DE:Interview beim Kunden: Getränkelogistik Frank – Fuh
 rparkleiter (m/w/d) | Brunnen PB
DTSTART;TZID=W. Europe Standard Time:20260520T083000
DTEND;TZID=W. Europe Standard Time:20260520T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260513T162045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Getränkelogistik Frank",
        role="Fuhrparkleiter (m/w/d)",
        stage="hiring_manager",
        interviewers="c.frank@getraenke-frank.example.de",
        trap="headhunter-organizer-client-attendee-teams",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F7A2C8E1D5B34960A4F2B8E1D6C3A9F7",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Markus Eberle";RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Riexinger, Thomas Dr.";RSVP=TRUE:mailto:t.riexinger@lebenshil
 fe-neckar.example.de
CLASS:PUBLIC
CREATED:20260512T141530Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nherzlichen Dank für Ihre Bewerb
 ung als Leitung Fahrdienst (m/w/d). Unser Fahrdienst befördert täglich 2
 40 Menschen mit Behinderung zu Werkstätten und Schulen\; neben der Einsatz
 planung suchen wir jemanden\, der unsere 45 Fahrerinnen und Fahrer schult
  (Rollstuhlsicherung\, defensives Fahren).\n\nGesprächspartner: Dr. Thoma
 s Riexinger (Geschäftsführer) und ich.\n\nMit freundlichen Grüßen\nAndrea
  Mack\nBereichsleitung Dienste\n
DTEND;TZID="W. Europe Standard Time":20260526T150000
DTSTAMP:20260512T141530Z
DTSTART;TZID="W. Europe Standard Time":20260526T140000
LAST-MODIFIED:20260512T141530Z
LOCATION:Lebenshilfe Neckar\, Geschäftsstelle\, Am Mühlkanal 9\, 72622 Nür
 tingen
ORGANIZER;CN="Mack, Andrea":mailto:a.mack@lebenshilfe-neckar.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Leitung Fahrdienst
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F7A2C8E1D5B34960A4F2B8E1D6C3A9F7
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lebenshilfe Neckar",
        role="Leitung Fahrdienst",
        stage="hiring_manager",
        interviewers="t.riexinger@lebenshilfe-neckar.example.de;a.mack@lebenshilfe-neckar.example.de",
        trap="plain-summary-no-name-social-care-driver-service",
        hiring=False,
    ),
]
