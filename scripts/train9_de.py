# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""train9 German bank: whole-message templates (see train9_core.parse_bank for the format)."""

BANK = """
@@ rejection status_portal ats
S: Statusänderung Ihrer Bewerbung - {company}
Hallo {first},

der Status Ihrer Bewerbung als {role} hat sich geändert. Bitte melden Sie sich im Bewerberportal an, um den aktuellen Stand einzusehen.

Ihr Recruiting-Team
@@ rejection implied hr
S: Ihre Bewerbung als {role}
Guten Tag {first},

vielen Dank für die Gespräche. Wir haben uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil noch näher an den Anforderungen liegt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

{me}
@@ rejection implied manager
S: Rückmeldung {role}
Hallo {first},

ich wollte es Ihnen selbst sagen: Wir haben uns für jemanden mit mehr Erfahrung in der [[Disposition|Laborautomation|Teamleitung]] entschieden. Es war knapp.

Beste Grüße
{me}
@@ rejection post_assessment hr
S: Ergebnis Fallstudie - {role}
Hallo {first},

danke für Ihre Ausarbeitung der Fallstudie. Nach Auswertung durch das Panel können wir Sie leider nicht in die finale Runde einladen.

Freundliche Grüße
{me}
@@ rejection search_closed hr
S: Stellenbesetzung {role}
Guten Tag {first},

wir möchten Sie informieren, dass das Auswahlverfahren für die Position {role} ohne Besetzung beendet wurde. Die Stelle wird aus organisatorischen Gründen vorerst nicht nachbesetzt.

Mit freundlichen Grüßen
{me}
@@ rejection mobile_short founder
S: AW: {role}
hi {first}, wir gehen einen anderen weg. sorry und danke dir!
@@ rejection thread_rejection recruiter
S: AW: Nachfrage {role}
Hallo {first}, kurze Rückmeldung: die Entscheidung ist gegen Sie gefallen, das Team hat jemand anderen ausgewählt. Alles Gute!

{me}
@@ rejection typo_rejection hr
S: absage {role}
Hallo {first},

leider müssen wir Ihnen eine absage erteilen. Wir haben uns für eine andere Bewerberin entscheiden.

{me}
@@ rejection rescinded hr
S: Ihr Vertragsangebot
Guten Tag {first},

aufgrund eines kurzfristig verhängten Einstellungsstopps müssen wir das Ihnen unterbreitete Angebot für die Position {role} leider zurückziehen. Das tut uns sehr leid.

{me}
@@ rejection rescinded manager
S: Umstrukturierung
Hallo {first},

nach der Umstrukturierung gibt es die Stelle, für die wir Ihnen zugesagt hatten, in dieser Form nicht mehr. Wir können die Zusage daher nicht aufrechterhalten.

{me}
@@ rejection talent_pool ats
S: Ihre Bewerbung bei {company}
Hallo {first},

Ihr Profil passt aktuell nicht zu dieser Stelle. Gern nehmen wir Sie in unseren Talentpool auf und melden uns bei passenden Vakanzen.

Ihr {company} Recruiting
@@ offer casual_offer founder
S: !!!
hey {first}, wir wollen dich unbedingt im team haben. wann kannst du anfangen? vertrag kommt diese woche
@@ offer conditional_offer hr
S: Zusage {role}
Hallo {first},

wir freuen uns, Ihnen die Stelle als {role} anbieten zu können, vorbehaltlich der Zustimmung des Betriebsrats und einwandfreier Referenzen. Bitte geben Sie uns bis {deadline} Bescheid.

{me}
@@ offer paperwork_offer hr
S: Ihr Arbeitsvertrag
Hallo {first},

anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie ein unterschriebenes Exemplar bis {deadline} zurück. Ihr erster Arbeitstag ist der {start}.

Herzlich willkommen!
{me}
@@ offer verbal_offer manager
S: Nach unserem Telefonat
Hallo {first},

wie eben am Telefon besprochen: Wir möchten Sie als {role} einstellen. Das schriftliche Angebot folgt, sobald die Freigabe da ist.

{me}
@@ offer welcome_aboard manager
S: Willkommen an Bord!
Liebe/r {first},

schön, dass Sie zugesagt haben - willkommen im Team! Der Vertrag ist unterwegs, Start wäre am {start}.

{me}
@@ next_step offer_slots recruiter
S: Zweites Gespräch - {role}
Hallo {first},

das Team möchte Sie gern ein zweites Mal kennenlernen. Ich kann Ihnen folgende Termine anbieten: {slot} oder am Tag danach. Leider ist Freitag nicht möglich. <<Eine Entscheidung erwarten wir {P}.>>

{me}
@@ next_step trial_day manager
S: Probearbeitstag
Hallo {first},

wir würden Ihnen gern einen Probetag bei uns im Team anbieten, am {slot}. Passt das?

{me}
@@ next_step assessment ats
S: Nächster Schritt: Online-Test
Hallo {first},

als nächsten Schritt bitten wir Sie, den Online-Test bis {due} abzuschließen. <<Die Auswertung erhalten Sie {P}.>>

Ihr Recruiting-Team
@@ pending waitlist_offer_other hr
S: Zwischenstand {role}
Hallo {first},

wir haben einer anderen Kandidatin ein Angebot gemacht. Sie stehen auf Platz zwei unserer Nachrückliste; sollte sie absagen, kommen wir auf Sie zu. <<Wir wissen mehr {P}.>>

{me}
@@ pending still_reviewing hr
S: AW: Nachfrage
Hallo {first},

danke für Ihre Nachfrage. Wir sind noch mitten in den Gesprächen und haben noch keine Entscheidung getroffen. <<Wir melden uns {P}.>>

{me}
@@ pending on_hold manager
S: Stelle {role} pausiert
Hallo {first},

die Stelle liegt wegen der Budgetplanung gerade auf Eis. Sie sind weiterhin im Rennen. <<Ich rechne mit einer Entscheidung {P}.>>

{me}
@@ acknowledgement received ats
S: Eingangsbestätigung Ihrer Bewerbung
Hallo {first},

vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und prüfen sie sorgfältig. <<Sie hören von uns {P}.>>

Ihr {company} Team
@@ acknowledgement received_docs hr
S: Unterlagen erhalten
Hallo {first},

Ihre Zeugnisse sind angekommen, danke! <<Wir geben Ihnen {P} Bescheid.>>

{me}
@@ auto_reply out_of_office ooo
S: Abwesenheitsnotiz
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {start} nicht im Büro. In dringenden Fällen wenden Sie sich an bewerbung@{domain}.
@@ other interviewer_offer colleague
S: Kandidat {cand}
Hallo {first},

danke fürs Interview mit {cand}. Wir würden ihm gern ein Angebot machen - kannst du bis {due} dein Feedback schicken?

{me}
@@ other newsletter_regret board
S: Ihr Jobletter
Hallo {first},

wir bedauern, dass Sie letzte Woche keine Treffer hatten. Diese Woche: 8 neue Angebote als {role}. Bewerbungsschluss {deadline}.

Abmelden
@@ other market_update agency
S: Marktupdate Logistik & Life Sciences
Hallo {first},

kurzer Überblick: Viele Kunden halten Stellen gerade zurück, Angebote dauern länger. Ich melde mich, sobald etwas passt.

{me}
"""
