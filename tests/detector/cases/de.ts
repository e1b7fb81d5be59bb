// German cases written for the rule tests (Sie and du; DE, AT, CH).
import type { Case } from './types';

export const DE_CASES: readonly Case[] = [
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Braun,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen',
  ],
  [
    'rejection',
    'Ihre Bewerbung als Buchhalter',
    'Sehr geehrter Herr Roth, nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihre Bewerbung leider nicht berücksichtigen.',
  ],
  [
    'rejection',
    'Absage',
    'Hallo Tim, danke für deine Bewerbung. Leider hat es diesmal nicht geklappt – wir haben uns für jemanden mit mehr Erfahrung entschieden.',
  ],
  [
    'rejection',
    'Rückmeldung zu Ihrer Bewerbung',
    'Guten Tag Frau Keller, wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht erfolgreich war.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Damen und Herren, leider können wir Ihnen keine Stelle anbieten. Wir wünschen Ihnen für Ihre Zukunft alles Gute.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Yilmaz, wir haben uns nach reiflicher Überlegung gegen Ihre Bewerbung entschieden.',
  ],
  [
    'rejection',
    'Bewerbung Vertrieb',
    'Sehr geehrte Frau Jung, die Stelle wurde zwischenzeitlich anderweitig besetzt. Wir danken Ihnen für Ihr Interesse.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Hallo Lisa, wir haben uns entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.',
  ],
  [
    'rejection',
    'Absage auf Ihre Bewerbung',
    'Sehr geehrter Herr Wolf, leider müssen wir Ihnen eine Absage erteilen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung bei uns',
    'Sehr geehrte Frau Schulz, Ihr Profil entspricht leider nicht ganz unseren Anforderungen. Wir haben uns daher für andere Bewerber entschieden.',
  ],
  [
    'rejection',
    'Bewerbung',
    'Lieber Max, leider müssen wir dir absagen. Wir hatten sehr viele Bewerbungen und haben uns für ein anderes Profil entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Lang, wir werden Ihre Bewerbung nicht weiter verfolgen.',
  ],
  [
    'rejection',
    'Status Ihrer Bewerbung',
    'Der Status Ihrer Bewerbung hat sich geändert. Status: Absage',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Meier, nach dem Vorstellungsgespräch haben wir uns entschieden, Ihnen kein Angebot zu machen.',
  ],
  [
    'rejection',
    'Vertragsangebot',
    'Sehr geehrter Herr Fuchs, zu unserem großen Bedauern müssen wir das Ihnen unterbreitete Angebot zurückziehen.',
  ],
  [
    'rejection',
    'Stelle gestrichen',
    'Hallo Frau Kraus, die ausgeschriebene Position wurde leider gestrichen, daher können wir das Verfahren mit Ihnen nicht fortsetzen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Hahn, wir haben die Position intern besetzt. Wir bedanken uns für Ihr Interesse.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr König, wir können Sie im weiteren Auswahlverfahren leider nicht mehr berücksichtigen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Grüezi Herr Baumann, leider können wir Ihnen keinen positiven Bescheid geben.',
  ],
  [
    'rejection',
    'Deine Bewerbung',
    'Hey Jana, danke nochmal für das Gespräch! Wir gehen leider nicht mit dir weiter, sondern haben uns für eine andere Person entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Peters, leider konnten wir Sie nicht in die engere Auswahl nehmen.',
  ],
  [
    'rejection',
    'Bewerbung',
    'Sehr geehrter Herr Vogel, wir haben Ihre Bewerbung geprüft und müssen Ihnen leider absagen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung als Entwickler',
    'Hallo Herr Frank, wir haben uns dafür entschieden, die Stelle mit einem Kandidaten zu besetzen, der besser zu unseren Anforderungen passt.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Berger, leider hat Ihre Bewerbung uns nicht überzeugen können.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Schmid, eine Zusammenarbeit kommt leider nicht zustande.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Zimmermann, wir müssen Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.',
  ],
  [
    'rejection',
    'Bewerbung',
    'Hallo Ben, die Entscheidung ist gegen dich gefallen. Danke für deine Zeit.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Lorenz, leider sind Sie nicht in die nächste Runde gekommen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Krüger, wir haben einem anderen Bewerber den Vorzug gegeben.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Engel, Ihre Bewerbung wurde leider abgelehnt.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Arnold, wir haben uns für einen anderen Kandidaten entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Simon, nach der finalen Runde haben wir uns leider anders entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Graf, wir bedauern, Ihnen keine Zusage geben zu können.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Pohl, wir können Ihnen leider keine positive Rückmeldung geben.',
  ],

  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Hofmann, die Wahl ist auf eine andere Kandidatin gefallen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Busch, wir haben uns entschlossen, Ihnen keine Stelle anzubieten.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Kuhn, leider kommen Sie für die Position nicht in Frage.',
  ],
  ['rejection', 'Ihre Bewerbung', 'Sehr geehrter Herr Otto, wir müssen Ihnen leider absagen.'],
  [
    'rejection',
    'Deine Bewerbung',
    'Hi Paul, leider hat es diesmal nicht gereicht. Wir drücken dir die Daumen!',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Roth, wir haben uns dazu entschieden, den Bewerbungsprozess mit Ihnen nicht weiter fortzusetzen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Wagner, Sie sind leider nicht in die engere Wahl gekommen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Beck, wir haben uns gegen eine Einstellung entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Horn, wir haben entschieden, Sie nicht zum Gespräch einzuladen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Franke, die Position wird nicht besetzt, daher endet das Verfahren.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Scholz, wir haben uns letztlich für eine interne Lösung entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Ludwig, Sie gehören leider nicht zum engeren Kreis der Kandidaten.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Jäger, wir müssen Ihnen leider mitteilen, dass die Stelle bereits vergeben ist.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Kaiser, Ihr Profil passt leider nicht zu unseren aktuellen Anforderungen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Brandt, wir haben die Besetzung der Stelle mit einem anderen Bewerber vorgenommen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Haas, wir haben Ihre Unterlagen geprüft und uns leider gegen Sie entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Schreiber, leider fiel unsere Wahl nicht auf Sie.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Liebe Frau Dietrich, wir möchten Ihnen mitteilen, dass wir die Stelle anderweitig vergeben haben.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Ziegler, leider können wir Ihre Bewerbung im weiteren Verlauf nicht berücksichtigen.',
  ],
  [
    'rejection',
    'Absage',
    'Hallo Mia, wir haben uns für jemand anderen entschieden. Trotzdem danke für deine Zeit!',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Brandl, Ihre Bewerbung hat uns gefallen, dennoch haben wir uns für eine andere Besetzung entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Sauer, bedauerlicherweise ist die ausgeschriebene Stelle entfallen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Stein, nach dem Gespräch haben wir entschieden, nicht mit Ihnen weiterzumachen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Pfeiffer, für die Stelle haben wir inzwischen eine Zusage erteilt.',
  ],
  ['rejection', 'Ihre Bewerbung', 'Hallo Jonas, leider passt du nicht ins Profil, das wir suchen.'],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Winter, leider können wir Sie nicht für ein weiteres Gespräch einladen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Kühn, wir sind zu dem Ergebnis gekommen, dass andere Bewerber besser geeignet sind.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Vogt, wir sehen leider keine Möglichkeit, Ihre Bewerbung zu berücksichtigen.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Krause, eine interne Bewerberin hat den Vorzug erhalten.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Busch, die Stelle wird aus betrieblichen Gründen nicht mehr besetzt.',
  ],
  ['rejection', 'Status', 'Status Ihrer Bewerbung: Absage'],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Lehmann, wir haben uns anderweitig entschieden.',
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Maier, wir müssen Ihnen leider eine negative Rückmeldung geben.',
  ],
  [
    'not',
    'Ihr Termin',
    'Sehr geehrte Frau Hofmann, leider ist der Parkplatz nicht verfügbar, bitte reisen Sie mit der Bahn zu Ihrem Vorstellungsgespräch an.',
  ],
  [
    'not',
    'Ihre Bewerbung',
    'Sehr geehrter Herr Busch, wir prüfen Ihre Bewerbung derzeit und können Ihnen leider noch keine Rückmeldung geben.',
  ],
  [
    'not',
    'Zusage',
    'Liebe Frau Kuhn, wir freuen uns sehr, Ihnen eine Zusage für die Stelle geben zu können!',
  ],
  [
    'not',
    'Kurze Rückfrage',
    'Hallo Paul, leider fehlt noch Ihr Arbeitszeugnis in den Unterlagen. Könnten Sie es nachreichen?',
  ],
  [
    'not',
    'Eingangsbestätigung',
    'Sehr geehrte Frau Braun, vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns in den nächsten zwei Wochen.',
  ],
  [
    'not',
    'Ihre Bewerbung',
    'Hallo Tim, deine Bewerbung ist bei uns eingegangen. Leider können wir nicht jedem persönlich antworten. Sollten wir uns nicht innerhalb von drei Wochen melden, ist die Stelle anderweitig vergeben.',
  ],
  [
    'not',
    'Einladung zum Vorstellungsgespräch',
    'Sehr geehrter Herr Roth, wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns mit, welcher Termin Ihnen passt.',
  ],
  [
    'not',
    'Terminverschiebung',
    'Sehr geehrte Frau Keller, leider müssen wir unser Gespräch am Dienstag verschieben, da unsere Teamleiterin erkrankt ist. Passt Ihnen Donnerstag?',
  ],
  [
    'not',
    'Vertragsangebot',
    'Sehr geehrter Herr Wolf, wir freuen uns, Ihnen die Stelle anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag.',
  ],
  [
    'not',
    'Nächste Runde',
    'Hallo Lisa, gute Nachrichten: Du bist eine Runde weiter! Wir laden dich zum Zweitgespräch ein.',
  ],
  [
    'not',
    'Online-Test',
    'Sehr geehrte Frau Meier, als nächsten Schritt bitten wir Sie, den Online-Test bis Freitag abzuschließen.',
  ],
  [
    'not',
    'Neue Jobs für dich',
    'Hallo Max, hier sind 10 neue Jobs, die zu deinem Suchprofil passen. Jetzt bewerben!',
  ],
  [
    'not',
    'Kreditanfrage',
    'Sehr geehrter Herr Lang, leider müssen wir Ihnen mitteilen, dass wir Ihren Kreditantrag ablehnen müssen.',
  ],
  [
    'not',
    'Mietwohnung',
    'Sehr geehrte Frau Hahn, leider haben wir uns für einen anderen Mietinteressenten entschieden.',
  ],
  [
    'not',
    'Ihr Vortrag',
    'Sehr geehrter Herr König, leider konnten wir Ihren Vortrag für die Konferenz nicht berücksichtigen.',
  ],
  [
    'not',
    'Kündigung',
    'Liebe Kolleginnen und Kollegen, leider müssen wir euch mitteilen, dass im Rahmen der Umstrukturierung 40 Stellen abgebaut werden.',
  ],
  [
    'not',
    'Einstellungsstopp',
    'Sehr geehrte Frau Berger, aufgrund eines Einstellungsstopps ruht das Verfahren vorerst. Wir melden uns, sobald es weitergeht.',
  ],
  [
    'not',
    'AW: Absage',
    'Sehr geehrter Herr Schmid, vielen Dank für Ihre Rückmeldung. Darf ich Sie um ein kurzes Feedback zu meinem Gespräch bitten?',
  ],
  [
    'not',
    'Angebot',
    'Sehr geehrte Frau Lorenz, vielen Dank für Ihr Angebot. Ich habe mich jedoch entschieden, das Angebot abzulehnen.',
  ],
  [
    'not',
    'Wahlkreis',
    'Liebe Wählerinnen und Wähler, am Sonntag ist Kommunalwahl. Leider fällt unsere Veranstaltung aus. Wählen Sie unsere Kandidatin!',
  ],
  [
    'not',
    'Spannende Position',
    'Hallo Herr Krüger, ich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Hätten Sie Interesse an einem kurzen Austausch?',
  ],
  [
    'not',
    'Newsletter',
    'Liebe Leserinnen und Leser, in dieser Ausgabe: Wie formuliert man eine Absage? „Leider müssen wir Ihnen mitteilen…“',
  ],
  [
    'not',
    'Ihre Bestellung',
    'Leider konnte Ihre Bestellung nicht bearbeitet werden, da die Zahlung abgelehnt wurde.',
  ],
  [
    'not',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Simon, vielen Dank für Ihre Geduld. Ihre Bewerbung befindet sich noch in Prüfung, wir melden uns bald.',
  ],
];
