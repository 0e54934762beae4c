"""holdout143: recruiter without employer, prep, reminders, medical, personal life (not interviews)."""

from holdout143ev_common import no

EVENTS = []

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250127T190033Z
DESCRIPTION:Bonjour Olivier\,\n\nJ'ai vu votre profil LinkedIn. J'accompa
 gne actuellement plusieurs clients en hôtellerie haut de gamme et en res
 tauration institutionnelle (mandats confidentiels) qui recherchent des c
 hefs exécutifs et sous-chefs exécutifs dans le Grand Montréal. Un premie
 r appel de 20 minutes pour mieux connaître vos aspirations?\n\nVincent Bo
 isvert\, CRHA\nAssocié\, Talentis Hospitalité\n
DTEND;TZID="Eastern Standard Time":20250130T123000
DTSTAMP:20250127T190033Z
DTSTART;TZID="Eastern Standard Time":20250130T121000
LOCATION:Téléphone – 514-555-0128
ORGANIZER;CN="Vincent Boisvert":mailto:vboisvert@talentis-hospitalite.ca
ATTENDEE;CN="Olivier Bélanger";RSVP=TRUE:mailto:olivier.belanger.cuisine@ho
 tmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Appel découverte – Olivier Bélanger / Talentis
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB010000000000000
 000100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB010000000000000000100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D",
    "headhunter-discovery-call-no-employer-named"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T033012Z
UID:0F3A6D9C-2E51-4B84-A7C0-5D8E1F4B7A23
DTSTART:20250324T133000
DTEND:20250324T153000
SUMMARY:Prép entrevue Lutetia
DESCRIPTION:relire carte Brasserie Lutetia + prix\, préparer 3 ex. de gest
 ion brigade\, question logement/visa\, décalage = 17h Paris -> 12h ici. c
 hemise repassée (caméra)
DTSTAMP:20250320T033012Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "0F3A6D9C-2E51-4B84-A7C0-5D8E1F4B7A23", "prep-block-before-own-interview", crlf=False))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:olivier.belanger.cuisine@hotmail.com
X-WR-TIMEZONE:America/Montreal
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250319T090000
DTEND;TZID=America/Montreal:20250319T091500
DTSTAMP:20250318T223011Z
UID:7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com
CREATED:20250318T223010Z
DESCRIPTION:courriel de remerciement chef Castonguay + Mme Lemaire (Ritz)
 . mentionner le canard et la carte des fromages
LAST-MODIFIED:20250318T223011Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Envoyer merci Ritz
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com", "thank-you-reminder-x-wr-timezone-export"))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:NYC%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250326T150022Z
DESCRIPTION:Dear Olivier\,\n\nCongratulations on your conditional offer. As
  required for all shipboard crew\, please attend your Pre-Employment Medic
 al Examination (PEME) at our approved clinic. Bring passport\, vaccinati
 on record (Yellow Fever\, COVID-19)\, glasses if any. Fasting 8 hours for
  blood work.\n\nMarisol Vega\, SeaChefs Crew Services\n
DTEND;TZID=America/New_York:20250408T113000
DTSTAMP:20250326T150022Z
DTSTART;TZID=America/New_York:20250408T083000
LOCATION:Clinique Médicale Maritime\, 1500 Rue University\, bureau 700\, M
 ontréal
ORGANIZER;CN="Marisol Vega":mailto:mvega@seachefscrew.com
ATTENDEE;CN="Olivier Bélanger";RSVP=TRUE:mailto:olivier.belanger.cuisine@ho
 tmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:PEME – Seafarer Medical – O. Belanger
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000000000000
 000100000009E9E9E9E8D8D8D8D7C7C7C7C6B6B6B6B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000000000000000100000009E9E9E9E8D8D8D8D7C7C7C7C6B6B6B6B",
    "pre-employment-medical-from-agency-of-interview-employer"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250110T160002Z
UID:1A4B7C0D-3E62-4F95-B8D1-6E9F2A5C8B34
DTSTART:20250128T081500
DTEND:20250128T090000
SUMMARY:Dentiste Dr Allard
LOCATION:Clinique dentaire Verdun
DESCRIPTION:nettoyage + radiographie
DTSTAMP:20250110T160002Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "1A4B7C0D-3E62-4F95-B8D1-6E9F2A5C8B34", "personal-dentist", crlf=False))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250213T184500
DTEND;TZID=America/Montreal:20250213T190000
DTSTAMP:20250206T120000Z
ORGANIZER;CN=Mme Sabrina Lortie:mailto:lortie.s@csmb.qc.ca
UID:8i0k2m4o6q8s0u2w4y6a8c0e2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
DESCRIPTION:Rencontre de parents – 1re étape (Léo Bélanger\, 2e année\, gr
 oupe 203). 15 minutes par famille.
LOCATION:École Notre-Dame-de-la-Garde\, local 112
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre de parents – Léo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8i0k2m4o6q8s0u2w4y6a8c0e2g@google.com", "personal-school-parent-teacher-meeting"))

EVENTS.append(no("desjardins", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Desjardins//Prise de rendez-vous//FR
METHOD:PUBLISH
%%TZ:MTL%%
BEGIN:VEVENT
UID:rdv-desjardins-815-20250222-4471
DTSTAMP:20250214T180155Z
DTSTART;TZID=America/Montreal:20250222T100000
DTEND;TZID=America/Montreal:20250222T110000
SUMMARY:Rendez-vous avec votre conseillère Desjardins
DESCRIPTION:Sujet : Renouvellement hypothécaire\nConseillère : Annie Gaude
 t\nCaisse Desjardins du Sud-Ouest de Montréal\, centre de services Verdun
 \nMode : en personne\n\nApportez : 2 derniers relevés de paie\, avis de c
 otisation 2024.
LOCATION:4901 Rue Wellington\, Verdun
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "rdv-desjardins-815-20250222-4471", "personal-bank-mortgage-appointment"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T010122Z
UID:2B5C8D1E-4F73-4A06-C9E2-7F0A3B6D9C45
DTSTART;VALUE=DATE:20250407
DTEND;VALUE=DATE:20250408
SUMMARY:Passeport Service Canada (urgent?? Paris)
DESCRIPTION:photos faites. formulaire PPTC 153 + garant (Stéph?). vieux pa
 sseport
DTSTAMP:20250402T010122Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "2B5C8D1E-4F73-4A06-C9E2-7F0A3B6D9C45", "official-passport-appointment-all-day", crlf=False))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ferland, Marco":mailto:m.ferland@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Préavis reçu : inspection de suivi MAPAQ (Atwat
 er). Registres de température\, étiquetage des contenants\, thermomètres
  calibrés\, plan de nettoyage à jour. Olivier présent en cuisine.\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A7DB010000000000000
 00010000000ACACACACBDBDBDBDCECECECEDFDFDFDF
SUMMARY;LANGUAGE=fr-CA:Inspection MAPAQ – suivi
DTSTART;TZID=Eastern Standard Time:20250311T090000
DTEND;TZID=Eastern Standard Time:20250311T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T200144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Cuisine – Atwater
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A7DB01000000000000000010000000ACACACACBDBDBDBDCECECECEDFDFDFDF",
    "trade-food-safety-inspection"))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250219T140000
DTEND;TZID=America/Montreal:20250219T150000
DTSTAMP:20250212T161203Z
ORGANIZER;CN=Benoît Charest:mailto:bcharest@fromagerienouvellefrance.ca
UID:9j1l3n5p7r9t1v3x5z7b9d1f3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@mais
 on-lachine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Benoît Charest;X-NUM-GUESTS=0:mailto:bcharest@fromagerienouvellefranc
 e.ca
DESCRIPTION:Dégustation de nos nouveaux fromages affinés (Zacharie Cloutie
 r réserve\, tomme de brebis) pour la carte du printemps. J'apporte les l
 istes de prix distributeur.
LOCATION:Maison Lachine Atwater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation fromages – Fromagerie Nouvelle-France
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9j1l3n5p7r9t1v3x5z7b9d1f3h@google.com", "trade-supplier-tasting-degustation"))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Bélanger, Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Brigade Atwat
 er:mailto:brigade.atwater@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Réunion de brigade avant le service : 86 de la
  semaine\, nouveaux plats\, horaire\, rappel allergènes.\n
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B8DB010000000000000
 00010000000BCBCBCBCDADADADAE9E9E9E9F8F8F8F8
SUMMARY;LANGUAGE=fr-CA:Réunion brigade
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624T190000Z
DTSTART;TZID=Eastern Standard Time:20250107T150000
DTEND;TZID=Eastern Standard Time:20250107T152000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250102T141122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Cuisine – Atwater
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B8DB01000000000000000010000000BCBCBCBCDADADADAE9E9E9E9F8F8F8F8",
    "trade-weekly-brigade-meeting"))
