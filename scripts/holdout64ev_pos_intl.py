"""holdout64: the user's own interviews in French, Croatian and Spanish."""

from __future__ import annotations

from holdout64ev_boiler import meet, teams_hr, webex
from holdout64ev_ics import PRODID_OUTLOOK, TZ_BERLIN, TZ_WIN, TZ_ZURICH, Ev, cal

EVENTS: list[Ev] = []

# French Swiss watchmaker, Webex, managing director.
EVENTS.append(Ev(
    "webex-entretien-dg-fr",
    "9A1C3E5F7B2D4F6A8C0E1B3D5F7A9C2E@valbrise.webex.com",
    cal(TZ_ZURICH + "\n" + rf"""BEGIN:VEVENT
UID:9A1C3E5F7B2D4F6A8C0E1B3D5F7A9C2E@valbrise.webex.com
DTSTAMP:20251008T123000Z
DTSTART;TZID=Europe/Zurich:20251016T080000
DTEND;TZID=Europe/Zurich:20251016T090000
ORGANIZER;CN=Laurent Girardin:mailto:laurent.girardin@valbrise.ch
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Entretien – Responsable RH Suisse – Mme Petrović
DESCRIPTION:Madame\,\n\nSuite à votre échange avec notre chargée de recrutement\, j'ai le plaisir de vous
  proposer un entretien par vidéoconférence pour le poste de Responsable RH Suisse. En tant que directeur
  général de Montres Valbrise SA\, je serais votre supérieur direct.\n\nVeuillez agréer\, Madame\, mes sa
 lutations distinguées.\n\nLaurent Girardin\nDirecteur général\n\n{webex("valbrise", "2356 880 1147", "fr")}
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Montres Valbrise", "Responsable RH Suisse", "hiring_manager", "laurent.girardin@valbrise.ch",
    "webex-fr",
))

# French-speaking Swiss dairy, phone screen by an HR partner (Google, UTC).
EVENTS.append(Ev(
    "entretien-telephonique-fr",
    "4b6d8f0h2j4l6n8p0r2t4v6x8z@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20251009T071500Z
DTEND:20251009T074500Z
DTSTAMP:20251003T145500Z
ORGANIZER;CN=Céline Monnier:mailto:celine.monnier@laiterie-jorat.ch
UID:4b6d8f0h2j4l6n8p0r2t4v6x8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dragana.petrovic@gmx.at
 ;X-NUM-GUESTS=0:mailto:dragana.petrovic@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Céline Monnier;X-NUM-GUESTS=0:mailto:c
 eline.monnier@laiterie-jorat.ch
DESCRIPTION:Bonjour Madame Petrović\,\n\nComme convenu\, je vous appellerai jeudi à 9h15 pour un premier
  entretien téléphonique concernant le poste de Cheffe du personnel (H/F) à 100 %.\n\nMeilleures salutati
 ons\nCéline Monnier\nPartenaire RH\, Laiterie du Jorat SA\, Mézières VD
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique – Cheffe du personnel (H/F)
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Laiterie du Jorat", "Cheffe du personnel", "recruiter_screen", "celine.monnier@laiterie-jorat.ch",
    "phone-screen-fr",
))

# Same dairy, second interview with the managing director on site.
EVENTS.append(Ev(
    "entretien-directrice-sur-site-fr",
    "8e0g2i4k6m8o0q2s4u6w8y0a2c@google.com",
    cal(TZ_ZURICH + "\n" + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251027T140000
DTEND;TZID=Europe/Zurich:20251027T153000
DTSTAMP:20251017T081200Z
ORGANIZER;CN=Céline Monnier:mailto:celine.monnier@laiterie-jorat.ch
UID:8e0g2i4k6m8o0q2s4u6w8y0a2c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dragana.petrovic@gmx.at
 :mailto:dragana.petrovic@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Isabelle Chappuis:mailto:isabelle.ch
 appuis@laiterie-jorat.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Céline Monnier:mailto:celine.monnier
 @laiterie-jorat.ch
DESCRIPTION:Madame Petrović\,\n\nNous avons le plaisir de vous convier à un second entretien avec Mme Isab
 elle Chappuis\, directrice générale\, dans nos locaux de Mézières (Route du Jorat 40). Je vous accueillerai
  à la réception mais ne participerai pas à l'entretien.\n\nLe programme comprend une visite de la fromage
 rie.\n\nMeilleures salutations\nCéline Monnier
LOCATION:Laiterie du Jorat SA\, Route du Jorat 40\, 1083 Mézières VD
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2e entretien – Cheffe du personnel – avec Mme Chappuis (DG)
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Laiterie du Jorat", "Cheffe du personnel", "hiring_manager", "isabelle.chappuis@laiterie-jorat.ch",
    "second-interview-onsite-fr",
))

# Croatian food group hiring a DACH HR director based in Vienna; Outlook in Croatian with Teams.
EVENTS.append(Ev(
    "outlook-intervju-uprava-hr",
    "040000008200E00074C5B7101A82E00800000000AB01CD23EF45DC01000000000000000010000000A1B2C3D4E5F60718293A"
    "4B5C6D7E8F90",
    cal(TZ_WIN + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Babić, Ivana":mailto:ivana.babic@kvarnerfood.hr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kovač, Tomislav":mailto:tomislav.kovac@kvarnerfood.hr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Babić, Ivana":mailto:ivana.babic@kvarnerfood.hr
DESCRIPTION;LANGUAGE=hr-HR:Poštovana gospođo Petrović\,\n\nzahvaljujemo na Vašoj prijavi za radno mjesto
  direktorice ljudskih potencijala za regiju DACH (sjedište u Beču). Pozivamo Vas na razgovor s predsje
 dnikom Uprave\, g. Tomislavom Kovačem\, i sa mnom.\n\nLijep pozdrav\,\nIvana Babić\nDirektorica ljudskih
  resursa Grupe\, Kvarner Food Group d.d.\, Rijeka\n\n{teams_hr("318 226 540 971", "YWM3ZjE0OGEtNDQ")}
SUMMARY;LANGUAGE=hr-HR:Intervju – direktorica ljudskih potencijala DACH\, Kvarner Food
DTSTART;TZID=W. Europe Standard Time:20251105T100000
DTEND;TZID=W. Europe Standard Time:20251105T110000
UID:040000008200E00074C5B7101A82E00800000000AB01CD23EF45DC01000000000000000010000000A1B2C3D4E5F60718293A
 4B5C6D7E8F90
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T131300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=hr-HR:Microsoft Teams sastanak
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Kvarner Food Group", "direktorica ljudskih potencijala DACH", "hiring_manager",
    "tomislav.kovac@kvarnerfood.hr;ivana.babic@kvarnerfood.hr", "outlook-croatian",
))

# Spanish dairy group hiring an HR director for its German subsidiary; case presentation on Meet.
EVENTS.append(Ev(
    "meet-caso-practico-es",
    "2a4c6e8g0i2k4m6o8q0s2u4w6y@google.com",
    cal(TZ_BERLIN + "\n" + rf"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251119T160000
DTEND;TZID=Europe/Berlin:20251119T171500
DTSTAMP:20251111T094500Z
ORGANIZER;CN=Marta Iglesias Ruiz:mailto:marta.iglesias@lacteoscantabrico.es
UID:2a4c6e8g0i2k4m6o8q0s2u4w6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dragana.petrovic@gmx.at
 :mailto:dragana.petrovic@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Iglesias Ruiz:mailto:marta.igl
 esias@lacteoscantabrico.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javier Sainz:mailto:javier.sainz@lac
 teoscantabrico.es
DESCRIPTION:Hola Dragana:\n\nTe confirmamos la presentación del caso práctico para el puesto de Directora
  de RRHH para Alemania (Lácteos del Cantábrico GmbH\, Múnich). Estarán Javier Sainz (Director General Int
 ernacional) y yo (Directora Corporativa de Personas). La sesión será en inglés.\n\nUn saludo\,\nMarta\n\n
 {meet("qdk-xuwe-bam", "es")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Directora de RRHH Alemania – presentación del caso
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Lácteos del Cantábrico", "Directora de RRHH Alemania", "technical",
    "marta.iglesias@lacteoscantabrico.es;javier.sainz@lacteoscantabrico.es", "meet-case-es",
))
