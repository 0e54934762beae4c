"""holdout101: more of the user's own interviews – bookings tools, public employers, France, Spain, agencies
(raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)
OLK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[dict[str, str]]:
    return [
        ev("calcom-de", r"""
BEGIN:VEVENT
UID:calcom-booking-uid-Yt4mQ8wZrK2pXv7s
DTSTAMP:20251013T084411Z
DTSTART:20251017T090000Z
DTEND:20251017T093000Z
SUMMARY:Kennenlernen Vireo × Franziska Eder
DESCRIPTION:Was: Kennenlernen Vireo × Franziska Eder\nWer:\nLeonie Brunnhuber - Organisator\nleonie@vireo-la.de\nFranzis
 ka Eder\nfranzi.eder.arch@web.de\nWo: Cal Video https://app.cal.com/video/Yt4mQ8wZrK2pXv7s\nZusätzliche Hinweise: Stell
 e Architektin / Schnittstelle Freiraum & Hochbau – Vireo Landschaftsarchitektur\n\nBuchung abbrechen oder ändern: https
 ://app.cal.com/booking/Yt4mQ8wZrK2pXv7s
LOCATION:https://app.cal.com/video/Yt4mQ8wZrK2pXv7s
ORGANIZER;CN=Leonie Brunnhuber:mailto:leonie@vireo-la.de
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:franzi.eder.arch@web.de
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Cal.com Inc.//Cal.com Event//EN", is_interview=1, company="Vireo Landschaftsarchitektur",
           role="Architektin / Schnittstelle Freiraum & Hochbau", stage="",
           interviewers="leonie@vireo-la.de", trap="calcom-de"),

        ev("bookings-de", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000006F8A1C0B9E4FDC0100000000000000001000000001AB23CD45EF6789AB01CD23EF456789
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Technischer Vorstand – Referentin Planung mit Franziska Eder
DTSTART;TZID=W. Europe Standard Time:20251119T130000
DTEND;TZID=W. Europe Standard Time:20251119T140000
DTSTAMP:20251112T091000Z
ORGANIZER;CN=Karriere Wohnbau Südost:mailto:Karriere@wohnbau-suedost.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Hannelore Pichler:mailto:h.pichler@wohnbau-suedost.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
DESCRIPTION;LANGUAGE=de-DE:Ihr Termin wurde gebucht.\n\nDienst: Bewerbungsgespräch Technischer Vorstand\nMitarbeiter: Dr
 . Hannelore Pichler (Vorstand Technik)\nStelle: Referentin Planung und Bau (m/w/d)\n\nWohnbau Südost eG\, Rosenheimer S
 tr. 145\, 81671 München\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/WohnbauSuedostKarriere@wohnbau-
 suedost.de/bookings/\n\nMicrosoft Bookings
LOCATION;LANGUAGE=de-DE:Wohnbau Südost eG\, Rosenheimer Str. 145\, 81671 München
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1, company="Wohnbau Südost",
           role="Referentin Planung und Bau (m/w/d)", stage="hiring_manager",
           interviewers="h.pichler@wohnbau-suedost.de", trap="ms-bookings-de"),

        ev("teams-fr", r"""
BEGIN:VEVENT
ORGANIZER;CN="Schaeffer, Claire":mailto:c.schaeffer@ateliers-brisach.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wendling, Marc":mailto:m.wendling@ateliers-brisach.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Eder\,\n\nSuite à notre échange\, je vous propose un entretien en visio avec M
 arc Wendling\, associé\, et moi-même pour le poste d'architecte chef de projet (projets transfrontaliers Strasbourg – K
 ehl).\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRej
 oindre sur votre ordinateur\, votre application mobile ou l'appareil de la salle\nCliquez ici pour rejoindre la réunion
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YnJpc2Fj\nID de la réunion : 312 884 509 771\nCode secret : hR
 4k9P\n________________________________________________________________________________\n\nBien cordialement\,\nClaire S
 chaeffer\nResponsable RH – Ateliers Brisach\n
UID:040000008200E00074C5B7101A82E00800000000C2B3A4958677DC010000000000000000100000004455667788990011AABBCCDDEEFF0011
SUMMARY;LANGUAGE=fr-FR:Entretien – Architecte chef de projet – Ateliers Brisach
DTSTART;TZID=Romance Standard Time:20251118T100000
DTEND;TZID=Romance Standard Time:20251118T110000
DTSTAMP:20251107T140000Z
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("Romance Standard Time",), is_interview=1, company="Ateliers Brisach",
           role="Architecte chef de projet", stage="hiring_manager",
           interviewers="c.schaeffer@ateliers-brisach.fr;m.wendling@ateliers-brisach.fr", trap="teams-fr"),

        ev("final-geneva-fr", r"""
BEGIN:VEVENT
UID:20251201-entretien-eder-mdarchitectes@morel-dufaux.ch
DTSTAMP:20251124T101010Z
DTSTART;TZID=Europe/Zurich:20251205T140000
DTEND;TZID=Europe/Zurich:20251205T163000
SUMMARY:Entretien final – Franziska Eder – Morel & Dufaux architectes
ORGANIZER;CN=Isabelle Morel:mailto:i.morel@morel-dufaux.ch
ATTENDEE;CN=Isabelle Morel;PARTSTAT=ACCEPTED:mailto:i.morel@morel-dufaux.ch
ATTENDEE;CN=Laurent Dufaux;PARTSTAT=ACCEPTED:mailto:l.dufaux@morel-dufaux.ch
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Chère Franziska\,\n\nNous avons le plaisir de vous accueillir à l'atelier pour un dernier entretien (poste :
  cheffe de projet\, équipe concours). Au programme : présentation de vos projets (30 min)\, échange avec Laurent et moi
 \, puis visite du chantier de l'école des Acacias.\n\nAdresse : Rue des Bains 35\, 1205 Genève\n\nÀ bientôt\,\nIsabelle
  Morel
LOCATION:Morel & Dufaux architectes\, Rue des Bains 35\, 1205 Genève
END:VEVENT
""", prodid="-//Apple Inc.//macOS 14.6//EN", tzids=("Europe/Zurich",), is_interview=1,
           company="Morel & Dufaux architectes", role="cheffe de projet, équipe concours", stage="final",
           interviewers="i.morel@morel-dufaux.ch;l.dufaux@morel-dufaux.ch", trap="final-onsite-fr-ch"),

        ev("zoom-es", r"""
BEGIN:VEVENT
UID:zoom-84401299307-ribera-1029
DTSTAMP:20251022T163000Z
DTSTART;TZID=Europe/Madrid:20251029T170000
DTEND;TZID=Europe/Madrid:20251029T174500
SUMMARY:Entrevista – Arquitecta de proyecto (Estudio Ribera)
ORGANIZER;CN=Lucía Ribera:mailto:lucia@estudioribera.es
ATTENDEE;CN=Lucía Ribera;PARTSTAT=ACCEPTED:mailto:lucia@estudioribera.es
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Hola Franziska\,\n\ngracias por tu candidatura para el puesto de arquitecta de proyecto en nuestra oficina d
 e Madrid (proyectos residenciales en madera). Te propongo una primera entrevista por Zoom conmigo.\n\nLucía Ribera le e
 stá invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\nhttps://us02web.zoom.us/j/84401299307?pwd=
 cmliZXJh\n\nID de reunión: 844 0129 9307\nCódigo de acceso: 552190\n\nUn saludo\,\nLucía Ribera\nSocia fundadora – Estu
 dio Ribera Arquitectos
LOCATION:https://us02web.zoom.us/j/84401299307?pwd=cmliZXJh
END:VEVENT
""", prodid="-//zoom.us//iCalendar Event//EN", tzids=("Europe/Madrid",), is_interview=1,
           company="Estudio Ribera Arquitectos", role="arquitecta de proyecto", stage="hiring_manager",
           interviewers="lucia@estudioribera.es", trap="zoom-es"),

        ev("outlook-vogt-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Sebastian":mailto:sebastian.vogt@bvg-planung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brückner, Heike":mailto:heike.brueckner@bvg-planung.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BVG Raum 0.14 (8 P.)":mailto:raum014@bvg-planung.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Eder\,\n\nanbei die Einladung zum Bewerbungsgespräch für die Position Teamleitung
  Entwurf (Generalplanung Gesundheitsbauten). Frau Brückner und ich freuen uns auf Sie.\n\nParkplätze sind im Hof vorhan
 den.\n\nViele Grüße\nSebastian Vogt\nBrückner & Vogt Generalplaner GmbH\n
UID:040000008200E00074C5B7101A82E008000000004D3C2B1A0F9EDC0100000000000000001000000012ABCDEF3456789012ABCDEF34567890
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Teamleitung Entwurf\, Fr. Eder
DTSTART;TZID=W. Europe Standard Time:20251016T140000
DTEND;TZID=W. Europe Standard Time:20251016T153000
DTSTAMP:20251008T111500Z
LOCATION;LANGUAGE=de-DE:BVG Raum 0.14 (8 P.)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1,
           company="Brückner & Vogt Generalplaner", role="Teamleitung Entwurf", stage="onsite",
           interviewers="sebastian.vogt@bvg-planung.de;heike.brueckner@bvg-planung.de",
           trap="outlook-escaped-comma-room-de"),

        ev("second-round-vogt-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Sebastian":mailto:sebastian.vogt@bvg-planung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brückner, Dr. Wolfgang":mailto:wolfgang.brueckner@bvg-planung.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Eder\,\n\nwie am Telefon angekündigt: 2. Gespräch mit unserem Gründer Dr. Wolfgang
  Brückner und mir. Danach würden wir gern eine Entscheidung treffen.\n\nViele Grüße\nSebastian Vogt\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=de-DE:2. Gespräch Fr. Eder
DTSTART;TZID=W. Europe Standard Time:20251030T080000
DTEND;TZID=W. Europe Standard Time:20251030T090000
DTSTAMP:20251021T071500Z
LOCATION;LANGUAGE=de-DE:Brückner & Vogt\, Leopoldstr. 244\, München
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1,
           company="Brückner & Vogt Generalplaner", role="", stage="final",
           interviewers="sebastian.vogt@bvg-planung.de;wolfgang.brueckner@bvg-planung.de",
           trap="company-only-in-body-de"),

        ev("agency-en", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000117A2B3C4D5EDC0100000000000000001000000066778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=en-GB:Interview - Kaltenbach Real Estate Partners - Head of Design Management
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251120T150000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251120T160000
DTSTAMP:20251113T120500Z
ORGANIZER;CN="Whitfield, James":mailto:james.whitfield@harrowgate-search.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kaltenbach, Marius":mailto:m.kaltenbach@kaltenbach-rep.com
DESCRIPTION;LANGUAGE=en-GB:Hi Franziska\,\n\nAs discussed\, please find the invite for your interview with Marius Kalten
 bach (Managing Partner) at Kaltenbach Real Estate Partners for the Head of Design Management role. I will not join the
  call\, but please ring me straight afterwards.\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room
  device\nClick here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_S2FsdGVu\nMeeting ID: 3
 99 201 448 12\nPasscode: c8Vq2a\n\nKind regards\,\nJames Whitfield\nDirector – Real Estate & Construction\nHarrowgate S
 earch\n
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",), is_interview=1,
           company="Kaltenbach Real Estate Partners", role="Head of Design Management", stage="hiring_manager",
           interviewers="m.kaltenbach@kaltenbach-rep.com", trap="agency-headhunter-en"),

        ev("phone-screen-en", r"""
BEGIN:VEVENT
DTSTART:20251014T071500Z
DTEND:20251014T074500Z
DTSTAMP:20251009T142000Z
ORGANIZER;CN=Chloe Adeyemi:mailto:chloe.adeyemi@terrafirma-living.com
UID:6gq1a7b3c9d5e1f7g3h9i5j1k7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloe Adeyemi;X-NUM-GUESTS=0:mailto:chloe.adeyemi@t
 errafirma-living.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de;X-NUM-GUESTS=
 0:mailto:franzi.eder.arch@web.de
DESCRIPTION:Quick 30 min intro call re. the Design Manager (Residential\, Munich) opening. I'll dial your mobile.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Terrafirma Living – intro call w/ Franziska
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, is_interview=1, company="Terrafirma Living", role="Design Manager (Residential, Munich)",
           stage="recruiter_screen", interviewers="chloe.adeyemi@terrafirma-living.com",
           trap="intro-call-recruiter-en"),

        ev("greenhouse-de", r"""
BEGIN:VEVENT
UID:gh-4477210002-interview-90112877@greenhouse.io
DTSTAMP:20251125T091000Z
DTSTART;TZID=Europe/Berlin:20251202T110000
DTEND;TZID=Europe/Berlin:20251202T120000
SUMMARY:Interview mit Planbar: Technisches Gespräch BIM (Franziska Eder)
ORGANIZER;CN=Planbar Talent Team:mailto:talent@planbar.io
ATTENDEE;CN=Dominik Straßer;PARTSTAT=ACCEPTED:mailto:dominik.strasser@planbar.io
ATTENDEE;CN=Yasemin Koç;PARTSTAT=ACCEPTED:mailto:yasemin.koc@planbar.io
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
LOCATION:Google Meet
DESCRIPTION:Hallo Franziska\,\n\nhier die Details zu deinem technischen Gespräch für die Stelle Product Architect BIM (m
 /w/d) bei der Planbar GmbH.\n\nDeine Interviewer:innen:\n• Dominik Straßer – CTO\n• Yasemin Koç – Lead Product Manager
 \n\nWir schauen uns gemeinsam ein IFC-Modell an und sprechen über Ausführungsplanung in der Praxis.\n\nMit Google Meet
  teilnehmen: https://meet.google.com/pbr-tkgw-vxa\n\nBei Fragen: talent@planbar.io
END:VEVENT
""", prodid="-//Greenhouse Software Inc//Greenhouse//EN", tzids=BER, is_interview=1, company="Planbar",
           role="Product Architect BIM (m/w/d)", stage="technical",
           interviewers="dominik.strasser@planbar.io;yasemin.koc@planbar.io", trap="greenhouse-de-proptech"),

        ev("teams-hochschule-de", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC01000000000000000010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Leitung Bauabteilung (Kennziffer 2025/41)
DTSTART;TZID=W. Europe Standard Time:20251210T130000
DTEND;TZID=W. Europe Standard Time:20251210T140000
DTSTAMP:20251201T080000Z
ORGANIZER;CN="Personalabteilung HRO":mailto:personal@hs-rosenau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Prof. Dr. Brigitte Auer (Kanzlerin)":mailto:brigitte.auer@hs-rosenau
 .de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wimmer, Erich":mailto:erich.wimmer@hs-rosenau.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gleichstellungsbeauftragte":mailto:gleichstellung@hs-rosenau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Eder\,\n\nvielen Dank für Ihr Interesse an der Hochschule Rosenau. Wir lade
 n Sie herzlich zum Auswahlgespräch für die Stelle Leitung der Bauabteilung (Architekt/in\, Dipl.-Ing./Master) ein. Die
  Auswahlkommission: Frau Prof. Dr. Auer (Kanzlerin) und Herr Wimmer (Leitung Technischer Betrieb); die Gleichstellungsb
 eauftragte nimmt teil.\n\nMicrosoft Teams Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumge
 rät bei\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SFNSb3Nl\nBesprech
 ungs-ID: 301 447 118 902\nKennung: 6Ko2Pe\n\nMit freundlichen Grüßen\nPersonalabteilung\n
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1, company="Hochschule Rosenau",
           role="Leitung der Bauabteilung", stage="",
           interviewers="brigitte.auer@hs-rosenau.de;erich.wimmer@hs-rosenau.de", trap="teams-university-de"),

        ev("staatliches-bauamt-de", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000009988776655DDC01000000000000000001000000010293847566574839201A2B3C4D5E6F7
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Fr. Eder\, Baurätin (QE 4) Hochbau
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260113T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260113T110000
DTSTAMP:20251217T101500Z
ORGANIZER;CN="Straub, Veronika (StBA-IS)":mailto:veronika.straub@stbais.bayern.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Leitner, Bernd (StBA-IS)":mailto:bernd.leitner@stbais.bayern.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Eder\,\n\ndas Staatliche Bauamt Isartal lädt Sie zu einem Vorstellungsgespr
 äch ein. Gesprächspartner: Herr Ltd. Baudirektor Bernd Leitner (Behördenleiter) und Frau Straub (Personal).\n\nDienstge
 bäude: Am Hochbauamt 3\, 85354 Freising\, Zimmer 204\n\nMit freundlichen Grüßen\nVeronika Straub\n
LOCATION;LANGUAGE=de-DE:StBA Isartal\, Zi. 204
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",), is_interview=1,
           company="Staatliches Bauamt Isartal", role="Baurätin (QE 4) Hochbau", stage="",
           interviewers="bernd.leitner@stbais.bayern.de;veronika.straub@stbais.bayern.de",
           trap="public-abbrev-domain-de"),
    ]
